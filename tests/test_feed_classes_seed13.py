"""Classes of errors found reading a fixed-seed sample of real-feed claims (issue 25, seed 13, exploratory), each on
texts written for the test in at least two genres."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "mention", "nth", "subject"),
    [
        # a clause opened by a city with its county (威海市环翠区) is that county's, as one opened by the county alone:
        # not the place an earlier clause opened with, nor the province of the sentence
        (
            "2020年1月27日12—24时，山东省报告新增确诊病例3例，其中：济南市市中区新增确诊病例1例，"
            "威海市环翠区新增确诊病例1例，日照市东港区新增确诊病例1例。",
            "1例",
            1,
            "环翠区",
        ),
        (
            "2020年1月27日12—24时，山东省报告新增确诊病例3例，其中：济南市市中区新增确诊病例1例，"
            "威海市环翠区新增确诊病例1例，日照市东港区新增确诊病例1例。",
            "1例",
            2,
            "东港区",
        ),
        ("今年全省新建口袋公园10个，其中菏泽市单县建成4个，济宁市梁山县建成6个。", "6个", 0, "梁山县"),
        ("一季度全省新增规模以上工业企业9家，其中：青岛市黄岛区新增5家，烟台市莱山区新增4家。", "4家", 0, "莱山区"),
        ("一季度全省新增规模以上工业企业9家，其中：青岛市黄岛区新增5家，烟台市莱山区新增4家。", "5家", 0, "黄岛区"),
    ],
)
def test_a_clause_opened_by_a_city_and_its_county_is_the_countys(claim_of, text, mention, nth, subject):
    assert claim_of(text, mention, "山东省", nth=nth)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "date", "mention", "period", "start"),
    [
        # today with its day in brackets is one time phrase, dated to the day in the brackets
        ("疫情指挥中心今（20）日公布，岛内新增27例确诊病例。", "2020-03-20", "27例", "今（20）日", "2020-03-20"),
        ("台湾主计总处今（15）日发布，失业率为3.7%。", "2024-02-15", "3.7%", "今（15）日", "2024-02-15"),
        # a month opening the figure's own clause is its time, not the day it was published
        ("台湾主计总处今（15）日发布，1月失业率为3.7%。", "2024-02-15", "3.7%", "1月", "2024-01-01"),
        ("市卫生健康委今日（10日）通报：4例患者治愈出院。", "2020-02-10", "4例", "今日（10日）", "2020-02-10"),
        ("县文旅局今天（2月6日）发布，接待游客12万人次。", "2024-02-06", "12万人次", "今天（2月6日）", "2024-02-06"),
    ],
)
def test_today_with_its_day_in_brackets_is_the_period(claim_of, text, date, mention, period, start):
    claim = claim_of(text, mention, "台湾" if "岛内" in text or "主计" in text else "上海市", date=date)
    assert (claim["period"], claim["period_start"]) == (period, start)


@pytest.mark.parametrize(
    ("text", "date", "mention", "period"),
    [
        # a post's bracketed title takes the time of the figure of its own sentence restating it, not of a copy of the
        # title at the page's end carried another time
        (
            "【#台湾地区新增27例确诊病例#】据报道，疫情指挥中心今（20）日公布，岛内新增27例确诊病例。"
            "截至目前，台湾地区累计确诊135例。台湾地区新增27例确诊病例 累计135例",
            "2020-03-20",
            "27例",
            "今（20）日",
        ),
        (
            "【#本市新增驿站12个#】据市总工会消息，3月上旬本市新增驿站12个。"
            "截至目前，全市累计建成驿站300个。本市新增驿站12个 累计300个",
            "2024-03-16",
            "12个",
            "3月上旬",
        ),
    ],
)
def test_a_bracketed_title_takes_the_time_of_its_own_sentence(claim_of, text, date, mention, period):
    assert claim_of(text, mention, "上海市", date=date)["period"] == period


@pytest.mark.parametrize(
    ("text", "mention", "aspect"),
    [
        # an outcome never undone (a discharge, a death) listed after a running total of its sentence is a running
        # total too, whatever time the sentence is of, or none
        ("全省累计报告确诊病例125例，治愈出院111例，死亡1例。", "111例", "cumulative"),
        ("全省累计报告确诊病例125例，治愈出院111例，死亡1例。", "1例", "cumulative"),
        ("周先旺市长说，目前全市累计收治患者618例，已经治愈出院40例，死亡5例。", "5例", "cumulative"),
        ("今年以来，市人民医院累计收治住院病人3.2万人次，出院3.1万人次。", "3.1万人次", "cumulative"),
        # not after a flow between them, nor a condition people leave again
        ("全省累计报告确诊病例125例，当日新增出院3例，死亡1例。", "1例", None),
        ("全省累计报告确诊病例125例，在院治疗13例，疑似病例2例。", "2例", None),
    ],
)
def test_an_outcome_listed_after_a_running_total_is_one(claim_of, text, mention, aspect):
    assert claim_of(text, mention, "辽宁省")["aspect"] == aspect


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a headline's parts written apart by a space: what the figure counts is named after the space
        ("甘肃无新增境外输入确诊病例 累计境外输入确诊病例45例", "甘肃省", "45例", "境外输入确诊病例"),
        ("上海3月22日无新增本地确诊病例 治愈出院1例", "上海市", "1例", "治愈出院"),
        ("全市又一批重点企业复工复产 累计复工企业3200家", "甘肃省", "3200家", "复工企业"),
        # not where only the figure's own 累计 follows the space: the part before names what it counts
        ("四川新增13例确诊病例 累计28例", "四川省", "28例", "确诊病例"),
        # a province's short name with 地区 names the province: 地区 is no part of what is counted
        ("截至目前，台湾地区累计确诊135例。", "台湾", "135例", "确诊"),
        ("香港地区一季度失业率为3.7%。", "香港特别行政区", "3.7%", "失业率"),
        ("今年一季度，台湾地区出口额增长12%。", "台湾", "12%", "出口额"),
    ],
)
def test_what_a_figure_counts_leaves_out_a_headlines_other_part_and_an_area_word(
    claim_of, text, region, mention, metric
):
    assert claim_of(text, mention, region)["metric"] == metric


def test_a_province_written_with_area_is_the_subject_of_its_list_part(claim_of):
    text = "累计收到港澳台地区通报确诊病例25例：香港特别行政区10例、澳门特别行政区7例、台湾地区8例。"
    assert claim_of(text, "8例", None)["subject"] == "台湾"


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # 地区 opening a term of its own (地区生产总值) stays the term's
        ("过去一年，江苏地区生产总值达12.82万亿元、增长5.8%。", "江苏省", "12.82万亿元", "地区生产总值"),
        ("2023年，湖南地区生产总值增长4.6%。", "湖南省", "4.6%", "地区生产总值"),
    ],
)
def test_a_term_opening_with_area_is_kept_whole(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        # a clause before 的 that tells one group of the counted from another (released from observation, still
        # under it) stays with the noun: the noun alone would name the parallel figures alike
        (
            "累计追踪到密切接触者4234人，当日解除医学观察4人，尚在医学观察的密切接触者59人。",
            "59人",
            "医学观察的密切接触者",
        ),
        ("当日新增治愈出院病例930例，解除医学观察的密切接触者1105人。", "1105人", "解除医学观察的密切接触者"),
        (
            "截至3月20日，口岸累计入境人员1.2万人，解除隔离观察的入境人员3200人，尚在隔离观察的入境人员450人。",
            "3200人",
            "解除隔离观察的入境人员",
        ),
        # any other clause before 的 leaves the noun alone
        ("全区共有关系民生的传统侵财案件120起。", "120起", "传统侵财案件"),
    ],
)
def test_a_clause_telling_groups_apart_stays_with_its_noun(claim_of, text, mention, metric):
    assert claim_of(text, mention, "上海市")["metric"] == metric
