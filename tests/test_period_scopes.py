"""The period a paragraph opens with reaches the figures its later sentences scope (period step)."""

import pytest

from extract.pipeline import extract_claims


def _periods(text: str, region: str, date: str) -> dict[str, str | None]:
    return {c.mention: c.period for c in extract_claims(text, region=region, date=date)}


# (genre, text, region, the figures and the period each takes): a part singled out by 其中, of another subject,
# is of the paragraph's time, and so are the figures after it about the whole again
_PARTS = [
    (
        "court report",
        "2022年，全市法院受理各类案件25.4万件。其中市中院受理2.8万件，办结2.4万件。"
        "法定审限内结案率和一审服判息诉率分别提高到99.4%和83.1%。",
        "东莞市",
        {"2.8万件": "2022年", "2.4万件": "2022年", "99.4%": "2022年", "83.1%": "2022年"},
    ),
    (
        "work report",
        "2023年，全市实现进出口总额126亿元。其中鑫源集团出口额31亿元。全市实际使用外资4.2亿美元。",
        "芜湖市",
        {"31亿元": "2023年", "4.2亿美元": "2023年"},
    ),
    (
        "statistics",
        "上半年，全县接待游客520万人次。其中县文旅集团接待游客86万人次。旅游总收入增长12.5%。",
        "湘潭县",
        {"86万人次": "上半年", "12.5%": "上半年"},
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "expected"), _PARTS, ids=[p[0] for p in _PARTS])
def test_a_part_after_qizhong_and_the_figures_after_it_take_the_paragraphs_period(genre, text, region, expected):
    periods = _periods(text, region, "2023-08-01")
    assert {mention: periods.get(mention) for mention in expected} == expected, genre
