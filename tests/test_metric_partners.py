"""Values listed by trading partner in brackets, and their changes, are the trade with each partner."""

import pytest


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        # Macau's trade release: destinations, then origins, with the values in brackets
        (
            "1至7月出口至中國內地(4.5億元)、香港(54.2億元)及美國(1.7億元)的貨值則分別下跌7.9%、1.9%和34.2%。",
            "澳门特别行政区",
            {
                "54.2億元": ("出口至香港货值", "澳门特别行政区"),
                "1.7億元": ("出口至美国货值", "澳门特别行政区"),
                "1.9%": ("出口至香港货值", "澳门特别行政区"),
                "34.2%": ("出口至美国货值", "澳门特别行政区"),
            },
        ),
        (
            "首七個月產自歐洲聯盟(223.7億元)及中國內地(216.8億元)的貨值按年分別下跌17.7%和1.7%。",
            "澳门特别行政区",
            {"223.7億元": ("产自欧洲联盟货值", "澳门特别行政区"), "1.7%": ("产自中国内地货值", "澳门特别行政区")},
        ),
        # a mainland customs district's news in Simplified
        (
            "前三季度全市输往东盟(312.5亿元)、欧盟(208.4亿元)和美国(156.2亿元)的商品分别增长12.1%、5.3%和下降2.4%。",
            "宁波市",
            {
                "208.4亿元": ("输往欧盟商品", "宁波市"),
                "156.2亿元": ("输往美国商品", "宁波市"),
                "5.3%": ("输往欧盟商品", "宁波市"),
            },
        ),
    ],
)
def test_values_listed_by_partner_are_the_trade_with_each(claims_of, text, region, expected):
    found = {c["mention"]: (c["metric"], c["subject"]) for c in claims_of(text, region=region)}
    assert {mention: found.get(mention) for mention in expected} == expected


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # a place in brackets after a word of trade going to it is no subject of the figure
        ("按出口目的地統計,出口至香港(54.2億元)的貨值下跌1.9%。", "澳门特别行政区", "54.2億元", "澳门特别行政区"),
        ("今年以来,全市销往俄罗斯(12.6亿元)的汽车增长35%。", "长春市", "12.6亿元", "长春市"),
    ],
)
def test_a_place_goods_go_to_or_come_from_is_no_subject(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # what is traded, named after the word of trade and its 的, keeps the partner
        ("前三季度全市自澳大利亚进口的铁矿石达12亿元。", "宁波市", "12亿元", "自澳大利亚进口铁矿石"),
        ("1至7月从香港进口的货值为584.1亿元。", "澳门特别行政区", "584.1亿元", "从香港进口货值"),
        ("1至7月從香港進口的貨值(584.1億元)下跌13.2%。", "澳门特别行政区", "13.2%", "从香港进口货值"),
        # visitors by where they came from, each with its count in brackets (a tourism bureau's holiday news)
        ("来自广州(12万人次)、深圳(8万人次)的游客分别增长12%和8%。", "清远市", "8%", "来自深圳游客"),
    ],
)
def test_a_partner_phrase_before_what_is_traded_stays_in_the_metric(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric
