"""A count of people right after a count of cases or households (120件186人, 876户2911人) counts the people of
those cases or households."""

import pytest


@pytest.mark.parametrize(
    ("text", "cases", "case_metric", "people", "people_metric"),
    [
        # a procuratorate's work report
        ("全年共起诉危险驾驶犯罪案件96件98人。", "96件", "起诉危险驾驶犯罪案件", "98人", "起诉危险驾驶犯罪"),
        (
            "今年共批准逮捕电信诈骗犯罪案件41件63人。",
            "41件",
            "批准逮捕电信诈骗犯罪案件",
            "63人",
            "批准逮捕电信诈骗犯罪",
        ),
        # a discipline commission's news
        ("全县纪检监察机关立案查处违纪违法案件27件31人。", "27件", "违纪违法案件", "31人", "违纪违法"),
        # a police bureau's news, cases counted in 起 and people in 名
        ("全区共起诉涉毒案件18起24名。", "18起", "起诉涉毒案件", "24名", "起诉涉毒"),
        # households and their people (a relief report, a poverty-monitoring notice): the same households' people
        ("全镇共有城乡低保对象1200户3500人。", "1200户", "城乡低保对象", "3500人", "城乡低保对象"),
        ("全县共有防止返贫监测对象876户2911人。", "876户", "防止返贫监测对象", "2911人", "防止返贫监测对象"),
    ],
)
def test_people_of_the_cases_take_the_cases_act(claims_of, text, cases, case_metric, people, people_metric):
    by_mention = {c["mention"]: c for c in claims_of(text)}
    assert by_mention[cases]["metric"] == case_metric
    assert by_mention[people]["metric"] == people_metric


@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        # the people stand in a clause of their own: named by their own words
        ("侦办诈骗案件35起，行政处罚33人。", "33人", "行政处罚"),
        # a count of people after another kind of count is not of cases
        ("新建村级服务站12个，培训群众300人。", "300人", "群众"),
    ],
)
def test_people_counted_apart_keep_their_own_metric(claim_of, text, mention, metric):
    assert claim_of(text, mention)["metric"] == metric
