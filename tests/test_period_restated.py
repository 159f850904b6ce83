"""Periods a figure takes from another one: a headline's figure the time of the body's figure that restates it,
and a running total none of the window of hours a report gives its new figures."""

import pytest

from extract.components.period import as_of_its_end

_HEALTH = (
    "海东市新增确诊病例3例，累计9例\n"
    "3月5日0-24时，海东市报告新增确诊病例3例，新增出院病例1例。截至3月5日24时，海东市累计报告确诊病例9例。"
)
_HEALTH_NEXT_DAY = "江西省新增出院病例12例\n截至5日24时，全省累计报告确诊病例930例。5日当天全省新增出院病例12例。"
_RETAIL = (
    "华润超市全省门店销售额达2.6亿元\n"
    "据华润超市消息，2月10日至16日，华润超市全省门店实现销售额2.6亿元，同比增长12%，客流量120万人次。"
)
_JOBS = "全市新增就业岗位1200个\n今年以来，我市新增就业岗位1200个，城镇登记失业率3.2%。"


@pytest.mark.parametrize(
    ("text", "region", "date", "mention", "period", "dates"),
    [
        # a provincial health bulletin: the day's new cases are of its window, the running total of its 截至
        (_HEALTH, "青海省", "2020-03-06", "3例", "3月5日0-24时", ("2020-03-05T00:00", "2020-03-05T24:00")),
        (_HEALTH, "青海省", "2020-03-06", "9例", "截至3月5日24时", (None, "2020-03-05T24:00")),
        # …dated from the day the body wrote, not the day the page came out
        (_HEALTH_NEXT_DAY, "江西省", "2020-03-06", "12例", "5日当天", ("2020-03-05", "2020-03-05")),
        # a supermarket chain's holiday sales and a city's jobs news
        (_RETAIL, None, "2024-02-18", "2.6亿元", "2月10日至16日", ("2024-02-10", "2024-02-16")),
        (_JOBS, "菏泽市", "2024-06-30", "1200个", "今年以来", ("2024-01-01", "2024-06-30")),
    ],
)
def test_a_headline_figure_takes_the_period_of_its_restatement(claims_of, text, region, date, mention, period, dates):
    headline = next(c for c in claims_of(text, region=region, date=date) if c["mention"] == mention)
    assert (headline["period"], (headline["period_start"], headline["period_end"])) == (period, dates)


@pytest.mark.parametrize(
    ("text", "region", "date", "mention", "period"),
    [
        # the one figure of the value and unit its article names, however reworded, restates the headline's: a city's
        # bulletin on imported cases, a hospital's discharges, a company's orders
        (
            "北京新增3例境外输入病例\n3月16日14时至24时，新增报告境外输入新冠肺炎确诊病例3例，均为意大利输入。",
            "北京市",
            "2020-03-17",
            "3例",
            "3月16日14时至24时",
        ),
        (
            "甘肃6例确诊患者治愈出院\n3月1日0时至24时，全省新增治愈出院患者6例。",
            "甘肃省",
            "2020-03-02",
            "6例",
            "3月1日0时至24时",
        ),
        (
            "公司斩获新能源订单12亿元\n今年一季度，公司新签储能项目合同12亿元，同比增长35%。",
            None,
            "2024-04-20",
            "12亿元",
            "今年一季度",
        ),
    ],
)
def test_a_headline_figure_takes_the_period_of_its_one_reworded_restatement(
    claims_of, text, region, date, mention, period
):
    headline = next(c for c in claims_of(text, region=region, date=date) if c["mention"] == mention)
    assert headline["period"] == period


@pytest.mark.parametrize(
    ("text", "region", "date", "mention", "period"),
    [
        # the body gives the value twice with two times: no one restatement
        (
            "公司营业收入10亿元\n2023年，公司实现营业收入10亿元。2024年上半年，公司实现营业收入10亿元。",
            None,
            "2024-08-30",
            "10亿元",
            None,
        ),
        (
            "全省新增确诊病例5例\n2月1日0-24时，全省新增确诊病例5例。2月2日0-24时，全省新增确诊病例5例。",
            "湖南省",
            "2020-02-03",
            "5例",
            None,
        ),
        # a headline's 累计 is the body's running total, not the day's new figure of the same value
        (
            "全省新增确诊病例3例，累计3例\n1月22日0-24时，全省新增确诊病例3例。截至1月22日24时，全省累计报告确诊病例3例。",
            "贵州省",
            "2020-01-23",
            "3例",
            "1月22日0-24时",
        ),
        # a headline that writes its own time keeps it
        (
            "今年以来全市新增市场主体3000户\n1-5月，全市新增市场主体3000户，同比增长8%。",
            "菏泽市",
            "2024-06-10",
            "3000户",
            "今年以来",
        ),
    ],
)
def test_a_headline_figure_takes_no_period_of_an_ambiguous_restatement(claims_of, text, region, date, mention, period):
    headline = next(c for c in claims_of(text, region=region, date=date) if c["mention"] == mention)
    assert headline["period"] == period


def test_a_headline_running_total_takes_the_body_running_totals_moment(claims_of):
    text = (
        "全省新增确诊病例3例，累计3例\n1月22日0-24时，全省新增确诊病例3例。截至1月22日24时，全省累计报告确诊病例3例。"
    )
    first, second = claims_of(text, region="贵州省", date="2020-01-23")[:2]
    assert (first["period"], second["period"]) == ("1月22日0-24时", "截至1月22日24时")


@pytest.mark.parametrize(
    ("text", "date", "mention", "period", "dates"),
    [
        # a provincial bulletin: the hours are the new cases' window; the running total after them, in the same
        # sentence or the next, is as of the window's end: written so in the window's words (截至2月3日24时), dated
        # to it with no start
        (
            "2月3日0-24时，全省新增确诊病例3例，累计确诊病例117例。",
            "2020-02-04",
            "117例",
            "截至2月3日24时",
            (None, "2020-02-03T24:00"),
        ),
        (
            "2月3日0-24时，全省新增确诊病例3例，累计确诊病例117例。",
            "2020-02-04",
            "3例",
            "2月3日0-24时",
            ("2020-02-03T00:00", "2020-02-03T24:00"),
        ),
        # in the next sentence too
        (
            "2月3日12时至24时，云南省报告新增病例3例。全省累计报告确诊病例117例。",
            "2020-02-04",
            "117例",
            "截至2月3日24时",
            (None, "2020-02-03T24:00"),
        ),
        (
            "2月3日12时至24时，云南省报告新增病例3例。全省累计报告确诊病例117例。",
            "2020-02-04",
            "3例",
            "2月3日12时至24时",
            ("2020-02-03T12:00", "2020-02-03T24:00"),
        ),
        # a railway's and a vaccination campaign's day reports
        (
            "1月1日0时至24时，全市铁路新增发送旅客12万人次，累计发送旅客300万人次。",
            "2021-01-02",
            "300万人次",
            "截至1月1日24时",
            (None, "2021-01-01T24:00"),
        ),
        (
            "3月1日8时至20时，全市新增接种疫苗5000剂次。累计接种疫苗12万剂次。",
            "2021-03-02",
            "12万剂次",
            "截至3月1日20时",
            (None, "2021-03-01T20:00"),
        ),
        # a 截至 written before still dates the running total
        (
            "截至3月1日8时，全市累计接种疫苗11万剂次。3月1日8时至20时，全市新增接种疫苗5000剂次。累计接种疫苗中，曹县2万剂次。",
            "2021-03-02",
            "2万剂次",
            "截至3月1日8时",
            (None, "2021-03-01T08:00"),
        ),
        # the window is the total's own when no new figure comes between, and a span of days a total may be summed over
        (
            "3月1日0-24时，全市累计接种疫苗5万剂次。",
            "2021-03-02",
            "5万剂次",
            "3月1日0-24时",
            ("2021-03-01T00:00", "2021-03-01T24:00"),
        ),
        (
            "10月1日至7日，全市新增游客50万人次，累计实现旅游收入3亿元。",
            "2024-10-08",
            "3亿元",
            "10月1日至7日",
            ("2024-10-01", "2024-10-07"),
        ),
        # the parts in the brackets after the total are as of its time: a provincial bulletin's and a railway's report
        (
            "2020年2月3日12—24时，全省新增确诊病例11例，累计确诊病例270例(含重症病例20例，危重症病例2例，出院7例)。",
            "2020-02-04",
            "20例",
            "截至2020年2月3日24时",
            (None, "2020-02-03T24:00"),
        ),
        (
            "1月1日0时至24时，全市铁路新增发送旅客12万人次，累计发送旅客300万人次（含高铁旅客200万人次）。",
            "2021-01-02",
            "200万人次",
            "截至1月1日24时",
            (None, "2021-01-01T24:00"),
        ),
    ],
)
def test_a_running_total_after_a_windows_new_figures_is_as_of_its_end(claims_of, text, date, mention, period, dates):
    claim = next(c for c in claims_of(text, region="菏泽市", date=date) if c["mention"] == mention)
    assert (claim["period"], (claim["period_start"], claim["period_end"])) == (period, dates)


@pytest.mark.parametrize(
    ("text", "date", "mention", "period", "dates"),
    [
        # 当天 after a day is that day, one phrase with it: a provincial bulletin and a shopping festival's report
        (
            "截至16日24时，全省累计报告确诊病例1322例。16日当天全省新增确诊病例6例。",
            "2020-02-17",
            "6例",
            "16日当天",
            ("2020-02-16", "2020-02-16"),
        ),
        (
            "11月11日当天，全市快递业务量达3.2万单。",
            "2024-11-12",
            "3.2万单",
            "11月11日当天",
            ("2024-11-11", "2024-11-11"),
        ),
    ],
)
def test_a_day_and_the_that_day_after_it_are_one_period(claims_of, text, date, mention, period, dates):
    claim = next(c for c in claims_of(text, region=None, date=date) if c["mention"] == mention)
    assert (claim["period"], (claim["period_start"], claim["period_end"])) == (period, dates)


_PARTS_OF_TOTAL = (
    "2月3日0时至12时，全省报告新增确诊病例4例。全省累计报告确诊病例55例。其中，昆明市15例、丽江市6例、保山市34例。"
)
_PARTS_OF_NEW = "2月4日0-24时，全省报告新增确诊病例33例。其中，南京市3例、无锡市30例。"
_DOSES = "3月1日8时至20时，全省新增接种疫苗5000剂次。全省累计接种疫苗12万剂次。其中，济南市3万剂次、青岛市2万剂次。"


@pytest.mark.parametrize(
    ("text", "region", "mention", "period", "dates"),
    [
        # the parts of a running total listed after it are as of the window's end too: a provincial bulletin and a
        # vaccination campaign's report
        (_PARTS_OF_TOTAL, "云南省", "15例", "截至2月3日12时", (None, "2020-02-03T12:00")),
        (_PARTS_OF_TOTAL, "云南省", "4例", "2月3日0时至12时", ("2020-02-03T00:00", "2020-02-03T12:00")),
        (_DOSES, "山东省", "3万剂次", "截至3月1日20时", (None, "2020-03-01T20:00")),
        (_DOSES, "山东省", "5000剂次", "3月1日8时至20时", ("2020-03-01T08:00", "2020-03-01T20:00")),
        # the parts of the new figures are of their window
        (_PARTS_OF_NEW, "江苏省", "3例", "2月4日0-24时", ("2020-02-04T00:00", "2020-02-04T24:00")),
    ],
)
def test_the_parts_of_a_running_total_are_as_of_the_windows_end(claims_of, text, region, mention, period, dates):
    claim = next(c for c in claims_of(text, region=region, date="2020-02-05") if c["mention"] == mention)
    assert (claim["period"], (claim["period_start"], claim["period_end"])) == (period, dates)


@pytest.mark.parametrize(
    ("text", "region", "mention", "expected"),
    [
        # a province's bulletin: the headline's running total the body does not restate, over a body of one window
        (
            "新疆新增3例累计32例\n2020年2月4日0-24时，新疆报告新增确诊病例3例，新增死亡病例0例。确诊病例中，乌鲁木齐市12例、"
            "伊犁州9例。目前尚有1929人正在接受医学观察。",
            "新疆维吾尔自治区",
            "32例",
            ("截至2020年2月4日24时", None, "2020-02-04T24:00", "cumulative"),
        ),
        # an earthquake bureau's aftershock bulletin
        (
            "长宁地震新增余震12次，累计余震153次\n6月18日0时至12时，长宁县共记录到余震12次，其中3级以上2次。",
            "宜宾市",
            "153次",
            ("截至6月18日12时", None, "2019-06-18T12:00", "cumulative"),
        ),
    ],
)
def test_a_headlines_running_total_not_restated_is_as_of_the_end_of_the_bodys_window(
    claims_of, text, region, mention, expected
):
    claim = next(
        c
        for c in claims_of(text, region=region, date="2019-06-19" if "余震" in text else "2020-02-05")
        if c["mention"] == mention
    )
    assert (claim["period"], claim["period_start"], claim["period_end"], claim["aspect"]) == expected


@pytest.mark.parametrize(
    ("text", "region", "date", "mention", "expected"),
    [
        # people in the headline, cases in the body: a province's first discharged patients
        (
            "好消息！河北首批3名患者治愈出院\n2月2日，河北省首批新型冠状病毒感染的肺炎患者已符合治愈标准，正式出院3例。",
            "河北省",
            "2020-02-02",
            "3名",
            ("2月2日", "flow"),
        ),
        # a mine rescue: 名 in the headline, 人 in the body
        (
            "被困井下5名矿工全部获救\n6月3日，经过连续救援，被困井下的矿工全部升井，共救出5人。",
            "晋城市",
            "2024-06-04",
            "5名",
            ("6月3日", None),
        ),
        # a stock word of a clause before is that clause's figure's: the headline's death is the running total's
        (
            "海南累计确诊31例，死亡1例\n26日16时～27日7时，海南省新增确诊病例9例，重症病例3例，死亡病例1例。"
            "截至1月27日7:00，海南省累计报告确诊病例31例，重症病例4例，死亡病例1例。",
            "海南省",
            "2020-01-27",
            "1例",
            ("截至1月27日7:00", "cumulative"),
        ),
    ],
)
def test_a_headline_takes_the_time_of_a_body_figure_counted_in_other_words(
    claims_of, text, region, date, mention, expected
):
    claim = next(c for c in claims_of(text, region=region, date=date) if c["mention"] == mention)
    assert (claim["period"], claim["aspect"] if expected[1] else None) == expected


@pytest.mark.parametrize(
    ("window", "as_of"),
    [
        # a report window's end as an as-of time, in its own words: the day and year written once before the hours
        # (a province's bulletin), a window across two days (a flood bulletin), a second end with its own month, a day
        # named by its number alone; a span of days or one with no hours at its end is left as written
        ("2020年3月4日12-24时", "截至2020年3月4日24时"),
        ("2月5日0时至12时", "截至2月5日12时"),
        ("3月18日8时至19日8时", "截至3月19日8时"),
        ("2020年1月25日23时至1月26日9时", "截至2020年1月26日9时"),
        ("1月22日12时至1月23日12时", "截至1月23日12时"),
        ("22日0至24时", "截至22日24时"),
        ("10月1日至7日", "10月1日至7日"),
        ("1-10月", "1-10月"),
    ],
)
def test_a_windows_end_is_written_as_of_it(window, as_of):
    assert as_of_its_end(window) == as_of


@pytest.mark.parametrize(
    ("genre", "text", "region", "date", "mention", "period"),
    [
        # a post's title's running total restated by the body as of a time with no 累计 of its own (a province's feed
        # post, a city's Traditional notice)
        (
            "province feed post",
            "【#黑龙江新增24例累计331例#】2020年2月9日0-24时,黑龙江省报告新增确诊病例24例。"
            "截至2月9日24时,黑龙江省报告确诊病例331例，其中：哈尔滨市128例。",
            "黑龙江省",
            "2020-02-10",
            "331例",
            "截至2月9日24时",
        ),
        (
            "Traditional city notice",
            "【#本市新增3例累計45例#】3月1日0-24時，本市新增確診病例3例。截至3月1日24時，本市報告確診病例45例。",
            "臺北市",
            "2020-03-02",
            "45例",
            "截至3月1日24时",
        ),
        # a headline's total restated by a body figure counted as of a time whose own clause says nothing of its
        # kind (增至 after the day's 新增), and a headline figure whose own clause says nothing either (确诊18例 after
        # 新增1例): the restating figure's time (a city's notice; a region's)
        (
            "city notice",
            "天津新增2例，累计确诊34例\n截至2月1日6时，天津市新增2例确诊病例，确诊病例增至34例。",
            "天津市",
            "2020-02-01",
            "34例",
            "截至2月1日6时",
        ),
        (
            "region notice",
            "新疆新增1例，确诊18例\n截至1月31日24时，新疆累计报告确诊病例18例。",
            "新疆维吾尔自治区",
            "2020-02-01",
            "18例",
            "截至1月31日24时",
        ),
    ],
)
def test_a_title_or_headline_figure_is_of_the_time_of_the_as_of_figure_restating_it(
    claims_of, genre, text, region, date, mention, period
):
    found = [c for c in claims_of(text, region=region, date=date) if c["mention"] == mention]
    assert found and {c["period"] for c in found} == {period}, genre
