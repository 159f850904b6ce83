"""Classes read in blind readings of a news feed (issue 25): a bracket of parts counted in 例 under a whole counted
in 名 counts what the whole counts; the places a running total spans (涉及21个市) are counted as of its time, a
running total too; an adjective before 的 describes what is counted and is no metric. Texts of our own, in a
health commission's notice and in news or a city's report."""

import pytest

_DATE = "2020-02-10"

NOTICE_PATIENTS = (
    "新增出院3例（甲市3例），累计治愈出院9例。"
    "5名危重症病例（甲市2例，乙市3例），2名重症病例（丙市1例，甲市1例）均在省级定点医院隔离治疗。"
)
NEWS_PATIENTS = "记者从市卫健委获悉，3名重症患者（东城区1例、西城区2例）已转入定点医院。"
NOTICE_SPREAD = "截至2月9日24时，全省累计报告确诊病例405例，涉及21个市（州）、124个县（市、区）。"
REPORT_SPREAD = "截至2023年底，全市累计建成充电站860座，分布在12个县区。"
DAY_SPREAD = "2月9日0-24时，全省新增确诊病例12例，涉及5个市。"
NEWS_TESTS = "患者经过两次严格的核酸检测，结果均呈阴性。"
COMPANY_CHECKS = "该企业经过三轮严格的质量检查，今年签约3个重要的项目，15个方面的问题得到解决。"


@pytest.mark.parametrize(
    ("text", "region", "mention", "nth", "metric"),
    [
        (NOTICE_PATIENTS, "某某省", "2例", 0, "危重症病例"),
        (NOTICE_PATIENTS, "某某省", "3例", 2, "危重症病例"),  # not 出院, the parallel 甲市 figure before
        (NOTICE_PATIENTS, "某某省", "1例", 0, "重症病例"),
        (NOTICE_PATIENTS, "某某省", "1例", 1, "重症病例"),
        (NEWS_PATIENTS, "北京市", "1例", 0, "重症患者"),
        (NEWS_PATIENTS, "北京市", "2例", 0, "重症患者"),
    ],
)
def test_a_bracket_of_cases_breaks_down_the_people_before_it(claim_of, text, region, mention, nth, metric):
    assert claim_of(text, mention, region, date=_DATE, nth=nth)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "aspect"),
    [
        (NOTICE_SPREAD, "某某省", "21个", "cumulative"),
        (NOTICE_SPREAD, "某某省", "124个", "cumulative"),
        (REPORT_SPREAD, "某某市", "12个", "cumulative"),
        # the places of a day's new cases are no running total
        (DAY_SPREAD, "某某省", "5个", None),
    ],
)
def test_the_places_a_running_total_spans_are_counted_as_it_is(claim_of, text, region, mention, aspect):
    assert claim_of(text, mention, region, date=_DATE)["aspect"] == aspect


@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        (NEWS_TESTS, "两次", "核酸检测"),
        (COMPANY_CHECKS, "三轮", "质量检查"),
        (COMPANY_CHECKS, "3个", "项目"),
        # a noun before 的 is what is counted
        (COMPANY_CHECKS, "15个", "方面"),
    ],
)
def test_an_adjective_before_de_is_no_metric(claim_of, text, mention, metric):
    assert claim_of(text, mention, "某某市", date=_DATE)["metric"] == metric


WATER_BULLETIN = "总供水量中地表水源供水量46.37亿立方米，占98.3%；地下水源供水量0.70亿立方米，占1.5%。"
HEALTH_NOTICE = "确诊病例中，男性病例134例，占48.9%，女性病例140例，占51.1%。"
TRADE_COMMUNIQUE = "全年出口总额120亿元，其中机电产品出口80亿元，占66.7%。"


@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        (WATER_BULLETIN, "98.3%", "总供水量中地表水源供水量占比"),
        (WATER_BULLETIN, "1.5%", "地下水源供水量占比"),
        (HEALTH_NOTICE, "48.9%", "男性病例占比"),
        (HEALTH_NOTICE, "51.1%", "女性病例占比"),
        (TRADE_COMMUNIQUE, "66.7%", "机电产品出口占比"),
    ],
)
def test_a_bare_share_is_of_the_part_before_it(claim_of, text, mention, metric):
    assert claim_of(text, mention, "某某市", date=_DATE)["metric"] == metric


COUNTY_COMMUNIQUE = "全县实现生产总值951435万元，比上年下降4.1%；与2020年相比，两年平均增长2.5%。"
CITY_REPORT = "全年规模以上工业增加值增长6.1%；两年平均增长5.2%。"


@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        (COUNTY_COMMUNIQUE, "2.5%", "生产总值两年平均增长"),
        (CITY_REPORT, "5.2%", "规模以上工业增加值两年平均增长"),
    ],
)
def test_an_average_change_after_a_semicolon_is_of_the_figure_before_it(claim_of, text, mention, metric):
    assert claim_of(text, mention, "某某县", date=_DATE)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        # a water resources bulletin: the level, and its change after it
        ("2021年总供水量与总用水量持平，为47.16亿立方米，比上年少0.2%。", "47.16亿立方米", "总供水量与总用水量"),
        ("2021年总供水量与总用水量持平，为47.16亿立方米，比上年少0.2%。", "0.2%", "总供水量与总用水量"),
        # a city's trade news and a county's population communiqué
        ("今年一季度全市进口与出口基本持平，均为120亿元。", "120亿元", "进口与出口"),
        ("2023年，全县出生人口与死亡人口大致相当，为3200人。", "3200人", "出生人口与死亡人口"),
    ],
)
def test_a_level_two_quantities_are_even_at_is_named_by_both(claim_of, text, mention, metric):
    assert claim_of(text, mention, "某某市", date=_DATE)["metric"] == metric


WATER_RESOURCES = "2021年全市平均降水量1637.1毫米，比上年少19.4%，比多年均值少1.9%。"
FLOOD_SEASON_NEWS = "今年入汛以来，全省平均降雨量620毫米，较常年同期偏多3成，较去年同期偏少12%。"


@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        (WATER_RESOURCES, "1.9%", "平均降水量比多年均值"),
        (WATER_RESOURCES, "19.4%", "平均降水量"),  # against last year: the thing's own change
        (FLOOD_SEASON_NEWS, "3成", "平均降雨量较常年同期"),
        (FLOOD_SEASON_NEWS, "12%", "平均降雨量"),
    ],
)
def test_a_change_from_a_long_term_mean_keeps_its_baseline(claim_of, text, mention, metric):
    assert claim_of(text, mention, "某某市", date=_DATE)["metric"] == metric
