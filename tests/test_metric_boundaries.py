"""Where a metric starts on the words before its noun: a negation opening the noun is the noun's (statistics
communiqués, tourism and business news, health statistics)."""

import pytest


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # tourism release: 不过夜 is the kind of visitor; without 不 the figure counts the others
        ("不过夜旅客为785369人次，占入境旅客52.0%。", "澳门", "785369人次", "不过夜旅客"),
        ("全年不过夜游客达到320.5万人次，增长8.2%。", "菏泽市", "320.5万人次", "不过夜游客"),
        # statistics communiqué: 未 opens the people counted
        ("年末全市未就业高校毕业生1260人。", "菏泽市", "1260人", "未就业高校毕业生"),
        ("全市未参保人员减少至3.2万人。", "菏泽市", "3.2万人", "未参保人员"),
        # health statistics: the cases not yet traced, an adverb of time before the negation falls away
        ("全市新增确诊病例11例，1例尚未完成流行病学调查。", "北京市", "1例", "未完成流行病学调查"),
        ("全国未接种疫苗人群约1200万人。", "中国", "约1200万人", "未接种疫苗人群"),
        # business news: a negation jieba keeps inside its word (未分配利润) was never lost, and stays
        ("公司未分配利润为12.3亿元。", "成都市", "12.3亿元", "公司未分配利润"),
        # a negation alone before a threshold verb is the threshold's (不超过), and names nothing counted
        ("人均收入不低于2万元。", "菏泽市", "不低于2万元", "人均收入"),
    ],
)
def test_a_negation_opening_the_counted_noun_stays_in_the_metric(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric
