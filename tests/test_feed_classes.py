"""Classes of error read on a real news feed of epidemic notices (issue 25, seed-9 sample), each on texts of our
own in at least two genres: a provincial health commission's notice, a city bulletin or a news item."""

import pytest

_DATE = "2020-02-08"

# a provincial notice: the outcomes after the opening's running total, and their breakdown list
PROVINCE_OUTCOMES = (
    "截至2月7日24时，全省累计报告确诊病例96例，出院病例41例，死亡病例2例。出院病例中，南昌市12例、九江市9例。"
)
# a news item: the death total in a sentence of its own after the running total, and its list
CITY_DEATHS = "截至2月7日24时，全市累计报告病例520例。已治愈出院37例。死亡11例，其中：江岸区6例、武昌区5例。"
# a city bulletin: an outcome and a condition people leave again, as of the same time
CITY_IN_HOSPITAL = "截至2月7日24时，全市累计确诊病例315例。其中出院34例，279例在定点医院进行隔离治疗。"
# a day's window and what its paragraph reports with no marker of its own
CITY_DAY = "2月7日0时至24时，本市新增确诊病例18例，均已送定点医院救治。出院1例，死亡1例。"
PROVINCE_DAY = "2月7日0-24时，全省新增确诊病例12例。治愈出院病例3例。"
PROVINCE_DAY_AND_TOTAL = "2月7日0-24时，全省新增确诊病例12例，累计确诊病例96例（含重症病例5例，治愈出院20例）。"
CITY_WINDOW_THEN_TOTAL = "1月26日18时至21时，本市新增5例确诊病例。确诊病例68例，其中东城区12例，外地来京人员9例。"
PROVINCE_SUSPECTS = "2月2日0-24时，全省原有14例疑似病例转为确诊病例8例。"
# a level reached, restated as a running total or not
CITY_LEVEL_RESTATED = "截至2月2日6时，本市新增4例确诊病例，确诊病例增至45例。截至目前，本市累计报告确诊病例45例。"
COUNTY_LEVEL_RESTATED = (
    "截至2月2日12时，全县新增确诊病例2例，确诊病例增至17例。全县累计报告确诊病例17例，均在定点医院治疗。"
)
COUNTY_LEVEL_ALONE = "截至2月2日12时，全县新增确诊病例2例，确诊病例增至17例，均在定点医院治疗。"


@pytest.mark.parametrize(
    ("text", "region", "mention", "nth", "aspect"),
    [
        (PROVINCE_OUTCOMES, "江西省", "41例", 0, "cumulative"),
        (PROVINCE_OUTCOMES, "江西省", "9例", 0, "cumulative"),
        (PROVINCE_OUTCOMES, "江西省", "2例", 0, "cumulative"),
        (CITY_DEATHS, "武汉市", "11例", 0, "cumulative"),
        (CITY_DEATHS, "武汉市", "5例", 0, "cumulative"),
        (CITY_IN_HOSPITAL, "北京市", "34例", 0, "cumulative"),
        (CITY_IN_HOSPITAL, "北京市", "279例", 0, "stock"),  # a condition people leave again: how many are in it
        (CITY_DAY, "北京市", "1例", 1, "flow"),
        (PROVINCE_DAY, "山西省", "3例", 0, "flow"),
        # not a total after the window's own flow of the same thing (nor its list); those there were when the window
        # opened are a stock at its opening, no flow of it; an outcome in the running total's brackets is of the
        # total's time, no window's, and a running total itself (治愈出院20例 as of the window's end)
        (CITY_WINDOW_THEN_TOTAL, "北京市", "68例", 0, None),
        (CITY_WINDOW_THEN_TOTAL, "北京市", "9例", 0, None),
        (PROVINCE_DAY_AND_TOTAL, "山东省", "20例", 0, "cumulative"),
        (PROVINCE_SUSPECTS, "吉林省", "14例", 0, "stock"),
        (CITY_LEVEL_RESTATED, "天津市", "45例", 0, "cumulative"),
        (COUNTY_LEVEL_RESTATED, "菏泽市", "17例", 0, "cumulative"),
        # a diagnosis is never undone: the cases' level reached is all of them so far, restated or not (feed seed 77)
        (COUNTY_LEVEL_ALONE, "菏泽市", "17例", 0, "cumulative"),
    ],
)
def test_the_opening_clause_sets_the_aspect(claim_of, text, region, mention, nth, aspect):
    assert claim_of(text, mention, region, date=_DATE, nth=nth)["aspect"] == aspect


# lists after a heading that says a list follows, with a list of the same values after them
PROVINCE_LIST = "截至21日24时，全省新增确诊病例9例。新增病例分布如下：广州2例、深圳4例、佛山3例；男性4例、女性5例。"
CITY_LIST = "昨日全市新增确诊病例6例。新增病例分布如下：牡丹区2例、定陶区4例；男性4例、女性2例。"
# a list's heading written after a figure of another thing
PROVINCE_HEADING_AFTER = (
    "全省新增确诊病例5例，新增重症病例1例。其中：兰州市新增确诊病例3例，新增重症病例中，兰州市1例。"
)
CITY_JOBS = "全市新增就业岗位3200个，新增公益性岗位中，牡丹区150个。"
# the oldest and the youngest of a group
CITY_AGES = "截至1月28日24时，全市累计发现确诊病例80例，年龄最大88岁，最小7岁。"
TEAM_AGES = "出征的医疗队共120名队员，其中年龄最小的23岁，最大的58岁。"
CHILDREN_AGES = "首批出院的5名康复患儿，他们中年龄最大的14岁，最小的仅2岁。"
RUNNERS_AGES = "本届马拉松参赛选手共3万人，年龄最大者72岁，最小者仅16岁。"
# a heading opening with each place (各州市, 分县区): each place's figure, of an equal value in brackets after it
PROVINCE_EACH_PLACE = "各州市累计确诊病例：昆明市53例（治愈出院53例），昭通市25例（治愈出院25例），玉溪市14例。"
CITY_EACH_COUNTY = "全市粮食总产量300万吨。分县区粮食产量：安阳县60万吨、林州市45万吨、汤阴县38万吨。"


@pytest.mark.parametrize(
    ("text", "region", "mention", "nth", "metric"),
    [
        (PROVINCE_LIST, "广东省", "4例", 0, "病例"),
        (PROVINCE_LIST, "广东省", "4例", 1, "男性确诊病例"),  # a split by sex of the 9 new cases
        (CITY_LIST, "菏泽市", "4例", 0, "病例"),
        (PROVINCE_HEADING_AFTER, "甘肃省", "1例", 1, "重症病例"),
        (CITY_JOBS, "菏泽市", "150个", 0, "公益性岗位"),
        (CITY_AGES, "上海市", "88岁", 0, "年龄最大"),
        (CITY_AGES, "上海市", "7岁", 0, "年龄最小"),
        (TEAM_AGES, "菏泽市", "58岁", 0, "年龄最大"),
        (CHILDREN_AGES, "湖北省", "2岁", 0, "年龄最小"),  # 仅 between the extreme and the age
        (RUNNERS_AGES, "厦门市", "72岁", 0, "年龄最大"),  # 者 after the extreme
        (RUNNERS_AGES, "厦门市", "16岁", 0, "年龄最小"),
        (PROVINCE_EACH_PLACE, "云南省", "53例", 0, "确诊病例"),
        (PROVINCE_EACH_PLACE, "云南省", "53例", 1, "治愈出院"),
        (PROVINCE_EACH_PLACE, "云南省", "14例", 0, "确诊病例"),
        (PROVINCE_EACH_PLACE, "云南省", "25例", 0, "确诊病例"),
        (CITY_EACH_COUNTY, "安阳市", "60万吨", 0, "粮食产量"),
        (CITY_EACH_COUNTY, "安阳市", "38万吨", 0, "粮食产量"),
    ],
)
def test_metric_from_the_lists_own_heading(claim_of, text, region, mention, nth, metric):
    assert claim_of(text, mention, region, date=_DATE, nth=nth)["metric"] == metric


# a place named as contact or travel history with other places listed after it
CITY_CONTACT_HISTORY = (
    "2月7日0时至24时，本市新增确诊病例18例。3例有湖北及其他省份接触史，10例为确诊病例的密切接触者。出院1例，死亡1例。"
)
COUNTY_TRAVEL_HISTORY = "今年春节，全县返乡人员中有武汉或其他城市旅居史的326人，已全部纳入健康管理，其中隔离观察58人。"


@pytest.mark.parametrize(
    ("text", "region", "mention", "nth", "subject"),
    [
        (CITY_CONTACT_HISTORY, "北京市", "1例", 1, "北京市"),
        (CITY_CONTACT_HISTORY, "北京市", "10例", 0, "北京市"),
        (COUNTY_TRAVEL_HISTORY, "菏泽市", "58人", 0, "菏泽市"),
    ],
)
def test_a_place_of_contact_history_is_no_subject(claim_of, text, region, mention, nth, subject):
    assert claim_of(text, mention, region, date=_DATE, nth=nth)["subject"] == subject


# patients described one after the other, each with the day of a visit
CITY_PATIENTS = "患者胡某某，男，34岁。1月21日就诊于县人民医院。患者向某某，男，29岁。1月29日就诊于县人民医院。"
COUNTY_PATIENTS = "病例一：张某，女，61岁，2月3日入院。病例二：李某，男，45岁，2月5日入院。"
LONE_PATIENT_NEWS = "今天，本省确诊1例新型肺炎患者。患者为37岁男性，曾到过武汉。"
CITY_AGES_AS_OF = "截至1月28日24时，全市累计发现确诊病例80例。年龄最大88岁，最小7岁。"


@pytest.mark.parametrize(
    ("text", "region", "mention", "period"),
    [
        (CITY_PATIENTS, "重庆市", "29岁", None),
        (COUNTY_PATIENTS, "菏泽市", "45岁", None),
        (LONE_PATIENT_NEWS, "山东省", "37岁", "今天"),  # the day a lone patient's report opens with dates it
        (CITY_AGES_AS_OF, "上海市", "88岁", "截至1月28日24时"),  # the oldest of the cases counted then
    ],
)
def test_an_age_takes_no_day_of_another_person(claim_of, text, region, mention, period):
    assert claim_of(text, mention, region, date=_DATE)["period"] == period


# Xinjiang's bulletins count the region and the Corps together, beside each part on its own
REGION_WITH_CORPS = (
    "截至2月17日24时，新疆（含兵团）累计报告确诊病例70例（新疆维吾尔自治区49例、新疆生产建设兵团21例），"
    "累计死亡病例2例。"
)
REGION_WITH_CORPS_DAY = "2月4日0-24时，新疆（含兵团）新增确诊病例5例。新增确诊病例中，乌鲁木齐市3例、兵团第九师2例。"
REGION_WITH_CORPS_NEWS = "今天，新疆(含兵团)新增治愈出院病例6例，新疆生产建设兵团第八师2例。"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        (REGION_WITH_CORPS, "70例", "新疆维吾尔自治区（含新疆生产建设兵团）"),
        (REGION_WITH_CORPS, "49例", "新疆维吾尔自治区"),
        (REGION_WITH_CORPS, "21例", "新疆生产建设兵团"),
        (REGION_WITH_CORPS, "2例", "新疆维吾尔自治区（含新疆生产建设兵团）"),
        (REGION_WITH_CORPS_NEWS, "6例", "新疆维吾尔自治区（含新疆生产建设兵团）"),
    ],
)
def test_the_region_with_the_corps_is_told_from_the_region(claim_of, text, mention, subject):
    assert claim_of(text, mention, "新疆维吾尔自治区", date=_DATE)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject", "period"),
    [
        # the places inside its parts are inside the whole: its report window reaches their figures
        (REGION_WITH_CORPS_DAY, "3例", "乌鲁木齐市", "2月4日0-24时"),
        (REGION_WITH_CORPS_DAY, "2例", "新疆生产建设兵团第九师", "2月4日0-24时"),
    ],
)
def test_the_window_of_the_region_with_the_corps_reaches_its_places(claim_of, text, mention, subject, period):
    claim = claim_of(text, mention, "新疆维吾尔自治区", date=_DATE)
    assert (claim["subject"], claim["period"]) == (subject, period)


# an age before the noun of the person it is of, after a clause that names no person (a verb, a description)
@pytest.mark.parametrize(
    ("text", "region", "metric"),
    [
        ("江苏出现8岁新型肺炎感染者", "江苏省", "新型肺炎感染者"),
        ("本院依法起诉了有盗窃前科的45岁犯罪嫌疑人。", "菏泽市", "犯罪嫌疑人"),
        ("我院依法审结一起案件，被告人系多次盗窃的45岁无业人员。", "菏泽市", "无业人员"),
        # the person named before the age keeps it
        ("患者张某，男，56岁，务工人员。", "江苏省", "患者"),
    ],
)
def test_an_age_is_of_the_person_named_after_it(claims_of, text, region, metric):
    assert next(c for c in claims_of(text, region=region) if c["kind"] == "age")["metric"] == metric


# dated levels after a clause saying how the measure ran, with a count of days or years (连续下降2天)
PROVINCE_RUN = "全省新增确诊病例连续下降3天，2月9日为261例，2月10日为209例。"
CITY_RUN = "全市规模以上工业增加值连续3年增长，2022年为1200亿元，2023年为1350亿元。"


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        ("全省新增确诊病例连续下降3天，2月9日为261例，2月10日为209例。", "湖北省", "261例", "确诊病例"),
        ("全省新增确诊病例连续下降3天，2月9日为261例，2月10日为209例。", "湖北省", "209例", "确诊病例"),
        (
            "全市规模以上工业增加值连续3年增长，2022年为1200亿元，2023年为1350亿元。",
            "菏泽市",
            "1200亿元",
            "规模以上工业增加值",
        ),
    ],
)
def test_a_dated_level_is_of_the_measure_whose_run_heads_it(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region, date=_DATE)["metric"] == metric


# parts of a list under a heading that counts a thing (6起重大火灾中，城市4起…), named by a category word alone,
# count that category's thing; a state or an outcome (危重, 死亡) and a place stay as they were
@pytest.mark.parametrize(
    ("text", "region", "mention", "nth", "metric"),
    [
        ("6起重大火灾中，城市4起，农村2起；65起较大火灾中，农村34起，城市29起。", "中国", "2起", 0, "农村重大火灾"),
        ("6起重大火灾中，城市4起，农村2起；65起较大火灾中，农村34起，城市29起。", "中国", "29起", 0, "城市较大火灾"),
        ("13例确诊病例中，输入性10例，本地3例。", "邵阳市", "3例", 0, "本地确诊病例"),
        ("282名患者中，危重13人，死亡1人。", "菏泽市", "1人", 0, "死亡"),
    ],
)
def test_a_category_under_a_counted_heading_counts_its_thing(claim_of, text, region, mention, nth, metric):
    assert claim_of(text, mention, region, date=_DATE, nth=nth)["metric"] == metric
