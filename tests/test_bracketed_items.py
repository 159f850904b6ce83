"""Items each with its figure in brackets, joined by a list word, and the noun they share written once after the last
(有关襲警(-56.2百分點)、行劫(-27.2百分點)及刑事毀壞(-11百分點)案件的破案率大幅下降) measure each item's noun."""

import pytest


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        # Hong Kong's police review in Traditional
        (
            "警方注意到有关襲警(-56.2百分點)、行劫 (-27.2百分點)及刑事毀壞(-11百分點)案件的破案率大幅下降。",
            "香港特别行政区",
            {"-56.2百分點": "袭警案件的破案率", "-27.2百分點": "行劫案件的破案率", "-11百分點": "刑事毁坏案件的破案率"},
        ),
        # a city police bureau's year in Simplified
        (
            "全市盗窃（-12.5%）、诈骗（-8.1%）及抢劫（-20.0%）案件的发案数均有所下降。",
            "广州市",
            {"-12.5%": "盗窃案件的发案数", "-20.0%": "抢劫案件的发案数"},
        ),
    ],
)
def test_bracketed_items_measure_the_noun_after_the_last(claims_of, text, region, expected):
    found = {c["mention"]: c["metric"] for c in claims_of(text, region=region)}
    assert {m: found[m] for m in expected} == expected


def test_listed_places_with_bracketed_figures_keep_their_subjects(claims_of):
    found = {
        c["mention"]: c["subject"] for c in claims_of("平湖市(6.8%)、秀洲区(6.2%)、南湖区(6.0%)。", region="嘉兴市")
    }
    assert found == {"6.8%": "平湖市", "6.2%": "秀洲区", "6.0%": "南湖区"}
