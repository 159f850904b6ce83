"""Counts of days: a bulletin's figures in days after a count of days its sentence names count the days of the
condition written before each, or of the sentence's days where only a place stands there; days that say how
long something took stay durations (metric_days)."""

import pytest


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # an air-quality bulletin: the whole, with its parts in a bracket, then the polluted days
        (
            "2月份,全市环境空气质量优良天数为23天(其中优6天,良17天),轻度污染4天。",
            "铜川市",
            "23天",
            "环境空气质量优良天数",
        ),
        ("2月份,全市环境空气质量优良天数为23天(其中优6天,良17天),轻度污染4天。", "铜川市", "6天", "优天数"),
        ("2月份,全市环境空气质量优良天数为23天(其中优6天,良17天),轻度污染4天。", "铜川市", "17天", "良天数"),
        ("2月份,全市环境空气质量优良天数为23天(其中优6天,良17天),轻度污染4天。", "铜川市", "4天", "轻度污染天数"),
        # by place: the days the sentence counts, each place's (places sharing one figure are no count of them)
        ("全省各市州优良天数分别为:武汉市、宜昌市25天,襄阳市22天。", "湖北省", "22天", "优良天数"),
        ("全省各市州优良天数分别为:武汉市、宜昌市25天,襄阳市22天。", "湖北省", "25天", "优良天数"),
        # a weather summary
        ("全年降水天数为142天(其中暴雨5天,大雨18天),高温天数31天。", "湘潭市", "5天", "暴雨天数"),
        ("全年降水天数为142天(其中暴雨5天,大雨18天),高温天数31天。", "湘潭市", "18天", "大雨天数"),
    ],
)
def test_days_after_a_count_of_days_count_their_conditions_days(claim_of, text, region, mention, metric):
    claim = claim_of(text, mention, region)
    assert (claim["metric"], claim["kind"]) == (metric, "count")


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        ("全省各市州优良天数分别为:武汉市、宜昌市25天,襄阳市22天。", "湖北省", "25天", "宜昌市"),
        (
            "2月份,全省各市区环境空气质量优良天数分别为:延安市、榆林市、汉中市27天,铜川市23天。",
            "铜川市",
            "27天",
            "汉中市",
        ),
    ],
)
def test_days_after_a_list_of_places_are_a_places_days(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "mention", "kind"),
    [
        # how long a stay took stays a duration, and years held are no days
        ("患者住院天数最长18天，住院天数最短6天。", "湖北省", "6天", "duration"),
        ("鄧智輝指港鐵在過往9年中有5年凍結票價。", "香港特别行政区", "5年", "duration"),
    ],
)
def test_days_of_a_stay_and_years_held_stay_durations(claim_of, text, region, mention, kind):
    assert claim_of(text, mention, region)["kind"] == kind


def test_a_section_on_each_place_names_no_part_of_what_is_measured(claims_of):
    text = (
        "一、全市情况\n全年降水天数为142天(其中暴雨5天,大雨18天)。\n"
        "二、各县市区情况\n湘潭县降水天数138天(其中暴雨4天,大雨16天)。\n"
    )
    metrics = {c["metric"] for c in claims_of(text, region="湘潭市")}
    assert metrics == {"降水天数", "暴雨天数", "大雨天数"}


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a figure in days before a bracket or 中 is a figure, no part of a name (15分钟服务圈 is)
        ("全市环境空气质量优良天数为23天(其中优6天)。", "23天"),
        ("空气质量在优以下的22天中,首要污染物为细颗粒物的天数13天。", "22天"),
    ],
)
def test_days_before_a_bracket_or_among_are_figures(claims_of, text, mention):
    assert mention in {c["mention"] for c in claims_of(text, region="铜川市")}
