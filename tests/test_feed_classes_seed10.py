"""Classes of error read on a real news feed of epidemic notices (issue 25, seed-10 sample), each on texts of our
own in at least two genres: a provincial health commission's notice and a news item (or a city's report)."""

import pytest

_DATE = "2020-02-10"


# a running total's list of places ending in an item named by a label of its own, no place
PROVINCE_TOTAL_WITH_LABEL = "截至3日18时，全省累计确诊病例52例，其中济南市5例、青岛市3例，外省来鲁人员8例。"
CITY_NEWS_TOTAL_WITH_LABEL = "截至3日18时，天津市累计确诊病例52例，其中和平区5例、河西区3例，外地来津人员8例。"
CITY_DAY_WITH_LABEL = "昨日全市新增确诊病例9例，其中牡丹区5例、曹县2例，境外输入2例。"
# a new batch told by 又有 (once more there are), with its list of places in the next sentence
CITY_NEWS_NEW_BATCH = "重庆又有12例确诊患者治愈出院。其中，万州区3例、涪陵区9例。目前，全市共有300名患者治愈出院。"
COUNTY_NEW_BATCH = "全县又有3家企业通过认证，累计达到20家。"
# another count after the list, of the same head noun: no part of the whole
PROVINCE_OTHER_COUNT = "截至1月27日24时，全区累计报告确诊病例11例，其中首府市7例、东城市4例，疑似病例0例。"
# a headline's figures before the day's figure the body lists
CITY_HEADLINE_FIGURES = "本市新增16例，确诊96例"


@pytest.mark.parametrize(
    ("text", "region", "mention", "nth", "aspect"),
    [
        (PROVINCE_TOTAL_WITH_LABEL, "山东省", "8例", 0, "cumulative"),
        (CITY_NEWS_TOTAL_WITH_LABEL, "天津市", "8例", 0, "cumulative"),
        (CITY_DAY_WITH_LABEL, "菏泽市", "2例", 1, "flow"),
        (CITY_NEWS_NEW_BATCH, "重庆市", "12例", 0, "flow"),
        (CITY_NEWS_NEW_BATCH, "重庆市", "3例", 0, "flow"),
        (CITY_NEWS_NEW_BATCH, "重庆市", "9例", 0, "flow"),
        # no part of the new batch: those discharged so far, as of now (目前), a running total
        (CITY_NEWS_NEW_BATCH, "重庆市", "300名", 0, "cumulative"),
        (COUNTY_NEW_BATCH, "菏泽市", "3家", 0, "flow"),
        # not the running total's part: the suspects of that time, a stock of their own
        (PROVINCE_OTHER_COUNT, "内蒙古自治区", "0例", 0, "stock"),
        (CITY_HEADLINE_FIGURES, "上海市", "96例", 0, None),
    ],
)
def test_a_part_takes_its_totals_aspect(claim_of, text, region, mention, nth, aspect):
    assert claim_of(text, mention, region, date=_DATE, nth=nth)["aspect"] == aspect


# a county's short name among a province's list of city short names, its city not named before
PROVINCE_SUSPECTS = "新增疑似病例20例，其中：合肥5例、阜阳3例、宿松2例、蚌埠1例、黄山1例。"
PROVINCE_JOBS = "全年新增就业岗位中，济南1.2万个、成武0.8万个、青岛3.5万个。"


@pytest.mark.parametrize(
    ("text", "region", "mention", "nth", "subject", "metric"),
    [
        (PROVINCE_SUSPECTS, "安徽省", "2例", 0, "宿松县", "疑似病例"),
        (PROVINCE_SUSPECTS, "安徽省", "1例", 0, "蚌埠市", "疑似病例"),  # the metric spreads no further
        (PROVINCE_SUSPECTS, "安徽省", "1例", 1, "黄山市", "疑似病例"),
        (PROVINCE_JOBS, "山东省", "0.8万个", 0, "成武县", "就业岗位"),
        (PROVINCE_JOBS, "山东省", "3.5万个", 0, "青岛市", "就业岗位"),
    ],
)
def test_a_county_short_name_among_listed_figures_is_a_place(claim_of, text, region, mention, nth, subject, metric):
    claim = claim_of(text, mention, region, date=_DATE, nth=nth)
    assert (claim["subject"], claim["metric"]) == (subject, metric)


def test_a_county_short_name_that_is_a_word_stays_a_word(claim_of):
    # 公安 (the police) is a county's short name too: listed after figures it is still the police
    claim = claim_of("全省受理案件中，法院12件、公安3件。", "3件", "湖北省", date=_DATE)
    assert claim["subject"] != "公安县"


# a correction of an earlier count (核减, 核增) in a running total's brackets, and in a county's report
PROVINCE_CORRECTION = "截至2月9日24时，全省累计报告确诊病例700例（核减九江市2例），其中重症病例50例。"
PROVINCE_CORRECTION_UP = "截至2月10日24时，江西省累计报告确诊病例804例（上饶市核增1例），其中重症病例58例。"
COUNTY_CORRECTION = "因重复统计，全县核减贫困户120户、调增脱贫人口30人，累计脱贫人口达到5000人。"
CORRECTED_LEVEL = "全省新增确诊病例数由411例订正为631例。"


@pytest.mark.parametrize(
    ("text", "region", "mention", "kind", "direction", "aspect"),
    [
        (PROVINCE_CORRECTION, "江西省", "2例", "change", "decrease", None),
        (PROVINCE_CORRECTION, "江西省", "700例", "count", None, "cumulative"),
        (PROVINCE_CORRECTION_UP, "江西省", "1例", "change", "increase", None),
        (COUNTY_CORRECTION, "菏泽市", "120户", "change", "decrease", None),
        (COUNTY_CORRECTION, "菏泽市", "30人", "change", "increase", None),
        (COUNTY_CORRECTION, "菏泽市", "5000人", "count", None, "cumulative"),
        (CORRECTED_LEVEL, "湖北省", "631例", "count", None, "flow"),  # 订正为: the corrected level
    ],
)
def test_a_correction_is_a_change_of_what_it_corrects(claim_of, text, region, mention, kind, direction, aspect):
    claim = claim_of(text, mention, region, date=_DATE)
    assert (claim["kind"], claim["direction"], claim["aspect"]) == (kind, direction, aspect)


# a feed's hashtag headline restating the body's day figure and the running total, then the body's list
PROVINCE_HASHTAG = (
    "【#江苏新增确诊20例#，#江苏累计确诊300例#】2020年2月5日0-24时，江苏省报告新增确诊病例20例。"
    "其中，南京市3例、无锡市5例、苏州市12例。"
)
CITY_HASHTAG = "【#本市新增确诊5例#，#本市累计确诊60例#】2月5日0-24时，本市新增确诊病例5例。其中，牡丹区2例、曹县3例。"


@pytest.mark.parametrize(
    ("text", "region", "mention", "aspect", "metric"),
    [
        (PROVINCE_HASHTAG, "江苏省", "12例", "flow", "确诊病例"),
        (PROVINCE_HASHTAG, "江苏省", "300例", "cumulative", "确诊"),
        (CITY_HASHTAG, "菏泽市", "3例", "flow", "确诊病例"),
    ],
)
def test_a_headline_leaks_nothing_into_the_bodys_list(claim_of, text, region, mention, aspect, metric):
    claim = claim_of(text, mention, region, date=_DATE)
    assert (claim["aspect"], claim["metric"]) == (aspect, metric)


# a whole said to have become something else as a whole: its parts count what they became
PROVINCE_SUSPECTS_CONFIRMED = "2月5日0时至24时，全区报告疑似病例4例全部确诊。其中：包头市1例、赤峰市3例。"
CITY_SAMPLES_POSITIVE = "当日送检可疑样本12份，均已确认阳性。其中曹县5份，单县7份。"
PROVINCE_STILL_SUSPECTED = "2月5日0时至24时，全区新增疑似病例4例。其中：包头市1例、赤峰市3例。"


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        (PROVINCE_SUSPECTS_CONFIRMED, "内蒙古自治区", "3例", "确诊病例"),
        (PROVINCE_SUSPECTS_CONFIRMED, "内蒙古自治区", "4例", "疑似病例"),  # the whole is what it was
        (CITY_SAMPLES_POSITIVE, "菏泽市", "7份", "阳性样本"),
        (PROVINCE_STILL_SUSPECTED, "内蒙古自治区", "3例", "疑似病例"),
    ],
)
def test_parts_count_what_their_whole_became(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region, date=_DATE)["metric"] == metric


# a bulletin's day window in its first paragraph, the day's other new ones in the next paragraph with no time
PROVINCE_PARAGRAPHS = (
    "2020年2月1日0-24时，全省新增确诊病例20例。其中：合肥市5例、阜阳市3例。\n"
    "新增疑似病例12例，其中：合肥7例、阜阳5例。\n"
    "截至2月1日24时，全省累计报告确诊病例200例。"
)
CITY_PARAGRAPHS = "2月1日0-24时，本市无新增确诊病例，新增出院病例6例。\n新增出院病例中，牡丹区4例、曹县2例。"
# a window of days, not a bulletin's hours, and a paragraph opening with no flow word: nothing carried
CITY_WEEK_PARAGRAPHS = "2月1日至7日，全市新增就业岗位800个。\n新增公益性岗位120个。"


@pytest.mark.parametrize(
    ("text", "region", "mention", "nth", "period"),
    [
        (PROVINCE_PARAGRAPHS, "安徽省", "12例", 0, "2020年2月1日0-24时"),
        (PROVINCE_PARAGRAPHS, "安徽省", "7例", 0, "2020年2月1日0-24时"),
        (PROVINCE_PARAGRAPHS, "安徽省", "200例", 0, "截至2月1日24时"),
        (CITY_PARAGRAPHS, "菏泽市", "4例", 0, "2月1日0-24时"),
        (CITY_WEEK_PARAGRAPHS, "菏泽市", "120个", 0, None),
    ],
)
def test_a_paragraph_of_the_days_new_ones_takes_the_window_before_it(claim_of, text, region, mention, nth, period):
    assert claim_of(text, mention, region, date=_DATE, nth=nth)["period"] == period
