"""A sentence opening with a breakdown by place (按地区分, 分地区看: lexicon/breakdown_openers.txt) lists the parts of
the figure of the sentence before, as one opening with 其中 does: each part counts what that figure counts."""

import pytest

from extract.layout import continues_a_list


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        # a province's typhoon response
        (
            "截至4日0时，海上应撤离渔船1.19万艘，均已回港避风。按地区分，舟山市4087艘、台州市3656艘、绍兴市13艘。",
            "浙江省",
            {"4087艘": ("海上应撤离渔船", "舟山市"), "13艘": ("海上应撤离渔船", "绍兴市")},
        ),
        # a province's grain communiqué
        (
            "全年全省粮食播种面积4500万亩。分地区看，兰州市120万亩，天水市560万亩，定西市780万亩。",
            "甘肃省",
            {"120万亩": ("粮食播种面积", "兰州市"), "780万亩": ("粮食播种面积", "定西市")},
        ),
        # a prefecture's communiqué: the whole's change between it and the breakdown
        (
            "全市实现地区生产总值520亿元，增长5.2%。分县看，涞水县120亿元，增长6.1%；易县98亿元，增长5.2%。",
            "保定市",
            {
                "120亿元": ("地区生产总值", "涞水县"),
                "6.1%": ("地区生产总值", "涞水县"),
                "98亿元": ("地区生产总值", "易县"),
            },
        ),
        # a Taiwan county's farm statistics in Traditional: 就鄉鎮別言 names the parts, it measures nothing
        (
            "全縣農業總產值52億元，成長5.2%。就鄉鎮別言，卓蘭鎮12億元，成長6.1%；大湖鄉9.8億元，成長5.2%。",
            "苗栗县",
            {"12億元": ("农业总产值", "苗栗县卓兰镇"), "6.1%": ("农业总产值", "苗栗县卓兰镇")},
        ),
        # a banner's grain figures in Inner Mongolia
        (
            "全旗粮食总产量120万吨，增长3.1%。分苏木镇看，巴彦镇20万吨，增长2.5%。",
            "科尔沁左翼中旗",
            {"20万吨": ("粮食总产量", "科尔沁左翼中旗巴彦镇")},
        ),
    ],
)
def test_parts_after_a_breakdown_opener_count_what_the_whole_counts(claims_of, text, region, expected):
    found = {c["mention"]: (c["metric"], c["subject"]) for c in claims_of(text, region=region)}
    assert {m: found[m] for m in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("其中，甲市1例。", True),
        ("按地区分，甲市1例。", True),
        ("分地区看，甲市1例。", True),
        ("分县看，甲县1例。", True),
        ("就乡镇别言，甲镇1例。", True),
        ("地区生产总值增长5%。", False),
    ],
)
def test_continues_a_list(text, expected):
    assert continues_a_list(text, 0) is expected
