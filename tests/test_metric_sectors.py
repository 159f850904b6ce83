"""Metrics that keep the sector or category telling parallel figures apart (statistical communiqués,
retail and industry releases, agriculture and business news)."""

import pytest

SECTORS = "第一产业实现增加值61.2亿元，增长3.1%；第二产业实现增加值130.5亿元，增长5.6%。"


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a county communiqué: the sector before 实现 owns the elliptical 增加值, and the growth after it too
        (
            SECTORS,
            "衡阳县",
            "61.2亿元",
            "第一产业增加值",
        ),
        (
            SECTORS,
            "衡阳县",
            "130.5亿元",
            "第二产业增加值",
        ),
        (
            SECTORS,
            "衡阳县",
            "5.6%",
            "第二产业增加值",
        ),
        ("全年规模以上工业完成增加值88.4亿元，增长7.2%。", "邵东市", "88.4亿元", "规模以上工业增加值"),
        # a retail or industry release: the category before the verb
        ("社会消费品实现零售总额412.7亿元，同比增长9.3%。", "东莞市", "412.7亿元", "社会消费品零售总额"),
        ("建筑业完成总产值56.3亿元，增长4.8%。", "东莞市", "56.3亿元", "建筑业总产值"),
        # agriculture news: the crop owns the output value
        ("去年全县茶叶实现产值2.4亿元。", "保康县", "2.4亿元", "茶叶产值"),
        # a word of summing before the verb owns nothing, and a measure with a name of its own keeps it
        ("上半年合计实现净利润18.6亿元。", "深圳市", "18.6亿元", "净利润"),
        ("全县实现地区生产总值320亿元。", "衡阳县", "320亿元", "地区生产总值"),
    ],
)
def test_a_sector_before_a_verb_owns_its_elliptical_measure(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric
