"""A trading partner (对沙特进出口, 自日本進口, 对东盟、沙特和美国等贸易伙伴进出口) is no subject of the trade figure:
the figure is the reporting place's trade with it, and the partner stays in the metric (trade_partners, subject and
metric steps)."""

import pytest

from extract.pipeline import extract_claims
from extract.trade_partners import is_a_partner, partner_phrase


def _claims(text: str, region: str) -> dict:
    return {c.mention: c for c in extract_claims(text, "trade", "0" * 64, region=region)}


# (genre, text, region, the figures and the subject and metric each takes)
_TRADE = [
    (
        "city customs news, Simplified",
        "前两月,泉州市外贸进出口总值447.6亿元。前两月,对沙特进出口66.1亿元,同比增长34.3%;对美国进出口62.2亿元。",
        "泉州市",
        {
            "447.6亿元": ("泉州市", "外贸进出口总值"),
            "66.1亿元": ("泉州市", "对沙特进出口"),
            "34.3%": ("泉州市", "对沙特进出口"),
            "62.2亿元": ("泉州市", "对美国进出口"),
        },
    ),
    (
        "Hong Kong trade release, Traditional",
        "二月份，香港對美國出口總額達3.2億元，自日本進口貨值12億元。",
        "香港特别行政区",
        {"3.2億元": ("香港特别行政区", "对美国出口总额"), "12億元": ("香港特别行政区", "自日本进口货值")},
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "expected"), _TRADE, ids=[t[0] for t in _TRADE])
def test_a_trading_partner_is_in_the_metric_and_no_subject(genre, text, region, expected):
    claims = _claims(text, region)
    assert {m: (claims[m].subject, claims[m].metric) for m in expected} == expected, genre


def test_a_places_own_trade_is_its_own():
    claims = _claims("前两月,厦门市进出口总值1200亿元,泉州市进出口447.6亿元。", "福建省")
    assert (claims["1200亿元"].subject, claims["447.6亿元"].subject) == ("厦门市", "泉州市")


@pytest.mark.parametrize(
    ("before", "place", "after", "partner"),
    [
        ("对", "沙特", "进出口66.1亿元", True),
        ("对东盟、沙特和", "美国", "等主要贸易伙伴进出口", True),
        ("自", "澳大利亚", "进口铁矿石", True),
        ("全年", "泉州市", "进出口447.6亿元", False),  # no word of trading with
        ("对", "泉州市", "企业开展调研", False),  # no word of trade
    ],
)
def test_a_place_between_trading_with_and_trade_is_a_partner(before, place, after, partner):
    text = before + place + after
    assert is_a_partner(text, len(before), len(before) + len(place)) == partner


def test_the_partner_phrase_stops_before_the_kind_of_partner():
    match = partner_phrase().search("对东盟、沙特和美国等主要贸易伙伴进出口")
    assert match is not None and match["partner"] == "对东盟、沙特和美国"


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # partners listed after 对 with no word of trade, then 分别 and their changes: each the trade with its partner,
        # not the last partner's name (a province's customs release, a province's trade news, Taiwan's export orders)
        (
            "customs release",
            "此外,广东对俄罗斯、拉美、中东、中亚分别增长64%、11.9%、9.2%、48.4%。",
            "广东省",
            "64%",
            "对俄罗斯",
        ),
        ("trade news", "前三季度，浙江对美国、日本、德国分别增长5.1%、2.3%、7.8%。", "浙江省", "2.3%", "对日本"),
        (
            "export orders",
            "今年外銷訂單中,對美國、日本、歐洲分別成長12.5%、3.2%、8.1%。",
            "台湾",
            "8.1%",
            "对欧洲",
        ),
    ],
)
def test_partners_listed_with_no_word_of_trade_are_each_figures(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre
