import pytest

from extract.components import period
from extract.components.period import PeriodPhrases, _last_period, period_dates, period_pattern


@pytest.mark.parametrize(
    ("text", "mention", "period"),
    [
        ("今年以来，滨河街道共入户走访10余次。", "10余次", "今年以来"),
        ("截至目前，巨野县共投入各类资金6.6亿元。", "6.6亿元", "截至目前"),
        ("近两年先后实施技改项目75个。", "75个", "近两年"),
        ("2024年以来，我市发展党员61名。", "61名", "2024年以来"),
        ("全县建成驿站16处。", "16处", None),
        ("“百日攻坚”专项行动开展以来，全县新增就业岗位1200个。", "1200个", "“百日攻坚”专项行动开展以来"),
        ("专项行动开展以来，今年上半年新增岗位300个。", "300个", "今年上半年"),
        ("自2023年7月启动以来，累计接待游客12万人次。", "12万人次", "自2023年7月启动以来"),
        # since an event however it is named, also with no comma after it (a discipline commission's notice; a
        # transport news item)
        ("疫情发生以来严肃追责问责，共查处100起。", "100起", "疫情发生以来"),
        ("地铁3号线开通以来，累计运送乘客1.2亿人次。", "1.2亿人次", "地铁3号线开通以来"),
        ("年末全市常住人口875.6万人，比上年末减少2.1万人。", "875.6万人", "年末"),
        ("全年出生人口5.8万人。", "5.8万人", "全年"),
        ("进出口总额1015.3亿元，比上年下降3.4%。", "3.4%", None),  # 上年 is the baseline
        # how long a level has held: its own sentence's period, not carried to the next one
        ("粮食总产量达到185.3万吨，连续五年稳定在180万吨以上。", "180万吨以上", "连续五年"),
        ("粮食总产量连续五年稳定在180万吨以上。新建高标准农田12.5万亩。", "12.5万亩", None),
        ("今年以来，新建驿站16处。累计服务群众3万人次。", "3万人次", "今年以来"),  # carried
        # months of the year, as statistics releases write them
        ("今年前10个月，我国货物贸易进出口总值36.02万亿元。", "36.02万亿元", "今年前10个月"),
        ("10月份，进出口3.7万亿元，增长8.5%。", "8.5%", "10月份"),
        ("1-10月，全市规上工业增加值增长7.2%。", "7.2%", "1-10月"),
        ("增速比1-8月回落0.3个百分点。", "0.3个百分点", None),  # 1-8月 is the baseline
        # the first months of a year however written (首十个月, 头两个月, 首三季度), and holidays: a Macau
        # visitor release, foreign-trade news and a city's tourism news
        ("今年首十个月入境旅客总数为13699516人次。", "13699516人次", "今年首十个月"),
        ("今年头两个月，全市出口增长5%。", "5%", "今年头两个月"),
        ("首三季度全市实现生产总值1200亿元。", "1200亿元", "首三季度"),
        ("春节假期期间，全市接待游客120万人次。", "120万人次", "春节假期期间"),
        ("国庆假期，景区接待游客3.5万人次。", "3.5万人次", "国庆假期"),
        ("五一小长假，全市实现旅游收入2.1亿元。", "2.1亿元", "五一小长假"),
        ("2024年牡丹节期间，全市接待游客120万人次。", "120万人次", "2024年牡丹节期间"),
        ("在关键环节上，全市投入资金3亿元。", "3亿元", None),  # 环节 is no festival
        # days of the lunar new year, as written: holiday tourism and transport news; a school year is none
        ("国家风景区初一至初六共接待游客387万人次。", "387万人次", "初一至初六"),
        ("大年初三当天，全省高速公路车流量达84万辆次。", "84万辆次", "大年初三当天"),
        ("正月初一，全市接待游客5万人次。", "5万人次", "正月初一"),
        ("全校初三学生共有300人。", "300人", None),
        ("最初三个月，全市新增企业300家。", "300家", None),
        # a span up to now (一个多月来, 三年来), as 近两年: public security and tourism news
        ("一个多月来，全国公安机关共查处案件49起。", "49起", "一个多月来"),
        ("20多天来，全省新增病例12例。", "12例", "20多天来"),
        ("三年来全县建成农村公路300公里。", "300公里", "三年来"),
        ("近两个月来，景区累计接待游客120万人次。", "120万人次", "近两个月来"),
        # the hours or days up to a report: a hospital authority's notice and a market report
        ("今天香港公立医院通报，过去24小时共接收11名疑似患者。", "11名", "过去24小时"),
        ("最近7天，全市二手房成交1200套。", "1200套", "最近7天"),
    ],
)
def test_period(claim_of, text, mention, period):
    claim = claim_of(text, mention)
    assert claim["period"] == period


@pytest.mark.parametrize(
    ("period", "dates"),
    [
        ("今年以来", ("2024-01-01", "2024-11-28")),
        ("上半年", ("2024-01-01", "2024-06-30")),
        ("去年", ("2023-01-01", "2023-12-31")),
        ("2022年", ("2022-01-01", "2022-12-31")),
        ("截至目前", (None, "2024-11-28")),
        ("近两年", ("2022-11-28", "2024-11-28")),
        ("今年首十个月", ("2024-01-01", "2024-10-31")),
        ("头两个月", ("2024-01-01", "2024-02-29")),
        ("首三季度", ("2024-01-01", "2024-09-30")),
        ("春节假期期间", (None, None)),  # a lunar holiday: no dates from the solar calendar
        ("大年初三当天", (None, None)),
        ("今年前10个月", ("2024-01-01", "2024-10-31")),
        ("去年前三个月", ("2023-01-01", "2023-03-31")),
        ("1-10月", ("2024-01-01", "2024-10-31")),
        ("2023年1-9月", ("2023-01-01", "2023-09-30")),
        ("10月份", ("2024-10-01", "2024-10-31")),
        # the times of five-year plans
        ("“十四五”期间", ("2021-01-01", "2025-12-31")),
        ("十三五以来", ("2016-01-01", "2024-11-28")),
        ("“十二五”末", ("2015-12-31", "2015-12-31")),
        ("“十四五”前三年", ("2021-01-01", "2023-12-31")),
        ("十一五时期", ("2006-01-01", "2010-12-31")),
        # a fiscal year as Hong Kong writes it, and a school year
        ("2025-26年度", ("2025-04-01", "2026-03-31")),
        ("2024/25财政年度", ("2024-04-01", "2025-03-31")),
        ("2023—2024学年", ("2023-09-01", "2024-08-31")),
        # a span from a month of one year to a month of another, or from a year to another
        ("2015年1月至2018年8月", ("2015-01-01", "2018-08-31")),
        ("2019年至2021年", ("2019-01-01", "2021-12-31")),
        ("2001年5月至2010年5月", ("2001-05-01", "2010-05-31")),
        # a weekly market report's weeks: from the publication's, or numbered in the year (ISO weeks)
        ("本周", ("2024-11-25", "2024-12-01")),
        ("上周", ("2024-11-18", "2024-11-24")),
        ("2018年第04周", ("2018-01-22", "2018-01-28")),
        ("2018年第60周", (None, None)),
    ],
)
def test_period_dates(period, dates):
    from datetime import date

    assert period_dates(period, date(2024, 11, 28)) == dates


@pytest.mark.parametrize(
    "segment",
    [
        "今年以来，专项整治行动开展以来，近三年",
        "截至9月底，上半年，前三季度",
        "活动开展以来",
        "开展以",
        "疫情发生以来",
        "",
    ],
)
def test_period_pattern_for_a_text_finds_what_the_full_pattern_finds(segment):
    assert period_pattern(segment).findall(segment) == period_pattern().findall(segment)


@pytest.mark.parametrize(
    ("text", "mention", "period"),
    [
        # a stock at a date is dated by its date, not by the paragraph's 上半年
        ("上半年，全市实现生产总值1500亿元。6月末，金融机构存款余额1.2万亿元。", "1.2万亿元", "6月末"),
        # a time ahead is a plan's, not the report's; the span itself is dated by nothing
        ("前三季度，全市工业增加值增长5%。未来3年内，计划新建学校12所。", "12所", "未来3年内"),
        ("前三季度，全市工业增加值增长5%。未来3年内，计划新建学校12所。", "3年", None),
        # a period carried from the sentence before stays with its subject
        ("上半年，郓城县新增企业300家。单县建成驿站16处。", "16处", None),
        ("上半年，全市生产总值1500亿元。规上工业增加值增长5%。", "5%", "上半年"),
    ],
)
def test_periods_at_dates_ahead_and_with_their_subject(claim_of, text, mention, period):
    claim = claim_of(text, mention)
    assert claim["period"] == period


@pytest.mark.parametrize(
    ("period", "dates"),
    [
        ("今年前十十个月", (None, None)),  # its months unreadable: no dates, and no error
        ("十十月份", (None, None)),
        ("1-十十月", (None, None)),
        ("近" + "9" * 60 + "年", (None, None)),  # too long for a numeral
    ],
)
def test_a_month_numeral_that_cannot_be_read_gives_no_month_and_raises_nothing(period, dates):
    from datetime import date

    assert period_dates(period, date(2024, 11, 28)) == dates


@pytest.mark.parametrize(
    ("text", "date", "mention", "period", "dates"),
    [
        # communiqué lines: a year or month written needs no publication date
        ("2023年全市地区生产总值2100亿元。", None, "2100亿元", "2023年", ("2023-01-01", "2023-12-31")),
        ("2020年3月，全市新登记企业850户。", None, "850户", "2020年3月", ("2020-03-01", "2020-03-31")),
        # …and one written before dates what the text counts from it (截至12月底, 上半年)
        (
            "2023年，全市新增企业300家。截至12月底，全市共有企业1.2万家。",
            None,
            "1.2万家",
            "截至12月底",
            (None, "2023-12-31"),
        ),
        ("2023年，全市新增企业300家。上半年新增企业150家。", None, "150家", "上半年", ("2023-01-01", "2023-06-30")),
        # …but 今年 is the publication's year, unknown without its date
        ("今年以来，全县新增市场主体300户。", None, "300户", "今年以来", (None, None)),
        # news lines: a day and its hours, as of an hour; 24时 and 12时 are different times
        (
            "截至3月20日24时，全省累计报告确诊病例120例。",
            "2020-03-21",
            "120例",
            "截至3月20日24时",
            (None, "2020-03-20T24:00"),
        ),
        (
            "截至3月20日12时，全省累计报告确诊病例118例。",
            "2020-03-21",
            "118例",
            "截至3月20日12时",
            (None, "2020-03-20T12:00"),
        ),
        (
            "2020年1月20日0-24时，全省新增确诊病例12例。",
            None,
            "12例",
            "2020年1月20日0-24时",
            ("2020-01-20T00:00", "2020-01-20T24:00"),
        ),
        (
            "2月3日12时至2月4日12时，新增病例8例。",
            "2020-02-05",
            "8例",
            "2月3日12时至2月4日12时",
            ("2020-02-03T12:00", "2020-02-04T12:00"),
        ),
        ("截止 8 时，共发现病例 44 例。", "2020-01-03", "44 例", "截止8时", (None, "2020-01-03T08:00")),
        # the morning written 早 alone, in a news item and in a city's bulletin
        ("截至1月27日早6时，确诊病例增至17例。", "2020-01-27", "17例", "截至1月27日早6时", (None, "2020-01-27T06:00")),
        (
            "1月27日早8时至20时，全市新增病例3例。",
            "2020-01-28",
            "3例",
            "1月27日早8时至20时",
            ("2020-01-27T08:00", "2020-01-27T20:00"),
        ),
        # a day without its year: the publication's year, the year before for a later day
        ("12月31日，全市报告病例27例。", "2020-01-02", "27例", "12月31日", ("2019-12-31", "2019-12-31")),
        ("截至20日12时，累计确诊30例。", "2020-02-05", "30例", "截至20日12时", (None, "2020-01-20T12:00")),
        (
            "26日0—24时，全省新增确诊病例2例。",
            "2020-02-27",
            "2例",
            "26日0—24时",
            ("2020-02-26T00:00", "2020-02-26T24:00"),
        ),
        ("26日上午，全省新增确诊病例3例。", "2020-02-27", "3例", "26日", ("2020-02-26", "2020-02-26")),
        # "now" (现有) in a sentence that wrote its time is that time; after a year it is now
        (
            "截至2月17日12时，重庆市现有在院确诊病例337例。",
            "2020-02-17",
            "337例",
            "截至2月17日12时",
            (None, "2020-02-17T12:00"),
        ),
        ("2023年全市建成驿站100个，目前已建成120个。", "2024-02-17", "120个", "目前", ("2024-02-17", "2024-02-17")),
        # 当天 between the day and its hours keeps the hours: half a day's count is not the day's
        (
            "9日当天0-12时全省新增确诊病例11例。",
            "2020-02-09",
            "11例",
            "9日当天0-12时",
            ("2020-02-09T00:00", "2020-02-09T12:00"),
        ),
        # …or the year written before, when no date is given
        (
            "2020年1月20日，全省新增病例12例。截至1月21日12时，累计确诊30例。",
            None,
            "30例",
            "截至1月21日12时",
            (None, "2020-01-21T12:00"),
        ),
        # days counted from the publication date, and 当日 from the day written before: the phrase it points back to
        ("昨日全省新增确诊病例15例。", "2020-02-05", "15例", "昨日", ("2020-02-04", "2020-02-04")),
        ("今天新增治愈出院病例23例。", "2020-02-05", "23例", "今天", ("2020-02-05", "2020-02-05")),
        (
            "2020年1月27日0-24时，新增确诊病例6例，当日新增出院2例。",
            None,
            "2例",
            "2020年1月27日0-24时",
            ("2020-01-27T00:00", "2020-01-27T24:00"),
        ),
        ("1月27日0-24时，新增确诊病例6例，当日新增出院2例。", None, "2例", "1月27日0-24时", (None, None)),  # no year
        ("当日新增出院2例。", "2020-02-05", "2例", "当日", ("2020-02-05", "2020-02-05")),
        # 本日, a bulletin's own day, as 当日: the window its sentence's 目前 does not take over
        (
            "2020年2月22日0-24时，广西无新增确诊病例。目前全区累计报告确诊病例249例，本日追踪到密切接触者34人。",
            "2020-02-23",
            "34人",
            "2020年2月22日0-24时",
            ("2020-02-22T00:00", "2020-02-22T24:00"),
        ),
        # the day written before, in the publication's year (a daily report published the day after)
        (
            "1月27日0-24时，新增病例6例，当日新增出院2例。",
            "2020-01-28",
            "2例",
            "1月27日0-24时",
            ("2020-01-27T00:00", "2020-01-27T24:00"),
        ),
        ("六七月份，新增病例6例。", "2020-08-28", "6例", "六七月份", (None, None)),  # no one month
        # a day of the month later than the one written before, not later than the paper
        (
            "2020年1月29日0—24时，新增3例，均为1月28日报告的疑似病例。截至29日24时，累计报告病例12例。",
            "2020-01-30",
            "12例",
            "截至29日24时",
            (None, "2020-01-29T24:00"),
        ),
        # a day a little ahead of the paper is a plan's, in its year
        ("2月9日，另一批医护人员500名将出发。", "2020-02-08", "500名", "2月9日", ("2020-02-09", "2020-02-09")),
        # company news
        ("一季度，公司实现净利润3.2亿元。", "2024-04-28", "3.2亿元", "一季度", ("2024-01-01", "2024-03-31")),
        ("本月公司交付新车1.2万辆。", "2024-11-28", "1.2万辆", "本月", ("2024-11-01", "2024-11-30")),
        ("上月公司交付新车1.1万辆。", "2024-11-28", "1.1万辆", "上月", ("2024-10-01", "2024-10-31")),
        (
            "2024年前三季度，公司实现营业收入52.3亿元。",
            None,
            "52.3亿元",
            "2024年前三季度",
            ("2024-01-01", "2024-09-30"),
        ),
        ("截至2024年9月30日，公司总资产达120亿元。", None, "120亿元", "截至2024年9月30日", (None, "2024-09-30")),
    ],
)
def test_period_dates_from_the_text_and_the_publication_date(claims_of, text, date, mention, period, dates):
    claim = next(c for c in claims_of(text, date=date) if c["mention"] == mention)
    assert (claim["period"], (claim["period_start"], claim["period_end"])) == (period, dates)


@pytest.mark.parametrize(
    ("period", "published", "dates"),
    [
        ("10月22日至24日", "2024-11-28", ("2024-10-22", "2024-10-24")),
        ("1月27日16:00-28日7:00", "2020-02-01", ("2020-01-27T16:00", "2020-01-28T07:00")),
        ("2020年1月28日18时30分至24时", None, ("2020-01-28T18:30", "2020-01-28T24:00")),
        ("截至2020年2月13日12时", None, (None, "2020-02-13T12:00")),
        ("截至去年底", "2024-11-28", (None, "2023-12-31")),
        ("截止目前", "2024-11-28", (None, "2024-11-28")),
        ("3月底", "2024-11-28", ("2024-03-31", "2024-03-31")),
        ("二〇二三年", None, ("2023-01-01", "2023-12-31")),
        # quarters, and the start of the year (a stock then)
        ("一季度", "2024-11-28", ("2024-01-01", "2024-03-31")),
        ("今年一季度", "2024-11-28", ("2024-01-01", "2024-03-31")),
        ("2023年第四季度", None, ("2023-10-01", "2023-12-31")),
        ("去年三季度", "2024-11-28", ("2023-07-01", "2023-09-30")),
        ("年初", "2024-11-28", ("2024-01-01", "2024-01-01")),
        # a run of quarters: from the first's start to the last's end
        ("1-3季度", "2024-11-28", ("2024-01-01", "2024-09-30")),
        ("2023年一至二季度", None, ("2023-01-01", "2023-06-30")),
        # since a time: from its day, month or year to the publication date
        ("自2020年2月22日9时起", "2020-03-25", ("2020-02-22T09:00", "2020-03-25")),
        ("自3月3日开始", "2020-03-25", ("2020-03-03", "2020-03-25")),
        ("自2023年7月启动以来", "2024-11-28", ("2023-07-01", "2024-11-28")),
        ("自2023年7月启动以来", None, ("2023-07-01", None)),
        ("自有疫情以来", "2020-03-25", (None, "2020-03-25")),
        ("1-10月", None, (None, None)),  # a year is needed
        ("2月30日", "2024-11-28", (None, None)),  # no such day
    ],
)
def test_period_dates_of_days_and_hours(period, published, dates):
    from datetime import date

    assert period_dates(period, date.fromisoformat(published) if published else None) == dates


@pytest.mark.parametrize(
    ("text", "date", "mention", "period", "dates"),
    [
        # tonight, this morning, last night are days counted from the day published
        ("截至今晚，武汉市累计收治患者2000人。", "2020-02-10", "2000人", "今晚", ("2020-02-10", "2020-02-10")),
        ("昨晚全市新增驿站3处。", "2024-05-10", "3处", "昨晚", ("2024-05-09", "2024-05-09")),
        # the thirds of a month (旬)
        ("快递2月中旬恢复到4成以上。", "2020-02-10", "4成以上", "2月中旬", ("2020-02-11", "2020-02-20")),
        ("今年3月下旬全市新建驿站30处。", "2024-05-10", "30处", "今年3月下旬", ("2024-03-21", "2024-03-31")),
    ],
)
def test_evenings_mornings_and_thirds_of_a_month_are_periods(claims_of, text, date, mention, period, dates):
    claim = next(c for c in claims_of(text, date=date) if c["mention"] == mention)
    assert (claim["period"], (claim["period_start"], claim["period_end"])) == (period, dates)


def test_hours_are_kept_in_the_period_and_the_stored_end_is_their_day(tmp_path):
    """The claims table's period_start/period_end are DATEs: an hour reaches it as its day, and the
    period as written tells 12时 from 24时 (the JSONL of `claimkb extract` keeps T12:00, T24:00)."""
    import json

    from extract.ingest import ingest
    from extract.store import connect

    feed = tmp_path / "feed.jsonl"
    text = "截至3月20日12时，湖北省累计报告确诊病例118例。截至3月20日24时，湖北省累计报告确诊病例120例。"
    feed.write_text(json.dumps({"text": text, "date": "2020-03-21"}, ensure_ascii=False) + "\n", encoding="utf-8")
    ingest([str(feed)], str(tmp_path / "kb.duckdb"), progress=False)
    con = connect(tmp_path / "kb.duckdb")
    rows = con.execute(
        "SELECT mention, period, CAST(period_end AS VARCHAR) FROM claims ORDER BY start_offset"
    ).fetchall()
    con.close()
    assert rows == [
        ("118例", "截至3月20日12时", "2020-03-20"),
        ("120例", "截至3月20日24时", "2020-03-20"),
    ]


@pytest.mark.parametrize(
    ("text", "region", "date", "mention", "period"),
    [
        # 现有 says its own figure is a stock; the list after it is dated by the report's time
        (
            "截至2月7日24时，湖南省累计报告确诊病例803例，现有重症病例57例。现有重症病例中，长沙市19例、"
            "衡阳市3例。出院病例中，长沙市21例、衡阳市11例。",
            "湖南省",
            "2020-02-08",
            "11例",
            "截至2月7日24时",
        ),
        (
            "截至9月底，全市累计建成充电桩5000个，现有公交车800辆。现有公交车中，新能源车600辆。"
            "建成的充电桩中，快充桩1200个。",
            "菏泽市",
            "2024-10-10",
            "1200个",
            "截至9月底",
        ),
        # a report's time reaches the places inside its subject, whichever part was listed last
        (
            "2月7日0—12时，重庆市报告新增确诊病例4例，新增出院病例1例。新增确诊病例中，万州区1例、合川区2例、"
            "云阳县1例；新增出院病例为万州区3例。",
            "重庆市",
            "2020-02-07",
            "3例",
            "2月7日0—12时",
        ),
        (
            "2月7日0—12时，重庆市报告新增确诊病例4例，新增出院病例1例。新增确诊病例中，万州区1例、合川区2例、"
            "云阳县1例；新增出院病例为万州区3例。",
            "重庆市",
            "2020-02-07",
            "2例",
            "2月7日0—12时",
        ),
        # and a body named with the subject's place (浙江省人民医院, 菏泽市立医院) in a bulletin and in health news
        (
            "2月20日0-24时，浙江省新增确诊病例3例。新增确诊病例中，省人民医院2例，宁波市1例。",
            "浙江省",
            "2020-02-21",
            "1例",
            "2月20日0-24时",
        ),
        (
            "上半年，菏泽市医疗机构门诊量达到1200万人次。市立医院门诊量80万人次，同比增长5%。",
            "菏泽市",
            None,
            "80万人次",
            "上半年",
        ),
        ("上半年，菏泽市新增市场主体3.2万户。单县新增1.1万户。曹县新增0.9万户。", "菏泽市", None, "0.9万户", "上半年"),
        # 此前 is an earlier event's time, not the sentences' after it
        (
            "2月2日0-24时，全省新增确诊病例5例。其中3例为此前确诊病例的密切接触者。患者年龄最大的65岁。",
            "山西省",
            "2020-02-03",
            "65岁",
            "2月2日0-24时",
        ),
        ("上半年全市新增企业3000家，此前已有5家企业落户园区。其中规上企业120家。", "菏泽市", None, "120家", "上半年"),
        # a running total is as of the last 截至 before it, not the window of the day's flow in between
        (
            "截至1月29日24时，全省累计报告确诊病例311例。29日当天全省新增确诊病例70例。"
            "累计报告确诊病例中，深圳市86例、广州市79例。",
            "广东省",
            "2020-01-30",
            "79例",
            "截至1月29日24时",
        ),
        (
            "截至9月底，全市累计发放创业担保贷款5亿元。9月当月新增发放贷款8000万元。累计发放贷款中，曹县1.2亿元。",
            "菏泽市",
            None,
            "1.2亿元",
            "截至9月底",
        ),
        # the whole is the sentence's first figure that has a subject, not a count of no one's
        (
            "3月3日0—24时，31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例119例。"
            "湖北新增确诊病例115例（武汉114例）。",
            None,
            "2020-03-04",
            "114例",
            "3月3日0—24时",
        ),
        (
            "一季度，20多个市场主体共实现营业收入48亿元，全省新增企业3000家。济南市新增企业800家。",
            None,
            None,
            "800家",
            "一季度",
        ),
        # …but not a sibling place's, nor any figure of its sentence (the first figure decides)
        ("上半年，郓城县新增企业300家。单县建成驿站16处，曹县12处。", "菏泽市", None, "12处", None),
        # a time in brackets right after a figure is its own: a back series, years written inline
        (
            "2月17日0-24时，全国除湖北以外地区新增确诊病例79例。过去这一数据分别为：890例（3日）、731例（4日）。",
            None,
            "2020-02-18",
            "731例",
            "4日",
        ),
        ("全市地区生产总值分别为4200亿元（2022年）、4460亿元（2023年）。", "菏泽市", None, "4460亿元", "2023年"),
        ("2月7日，全省新增确诊病例5例（其中重症2例）。", "湖南省", "2020-02-08", "5例", "2月7日"),  # no time
        # how long a level has held, in days or months as in years
        ("连续12天治愈出院超千人", None, "2020-02-24", "超千人", "连续12天"),
        ("连续3个月，全市新增城镇就业超过1万人。", "菏泽市", None, "超过1万人", "连续3个月"),
        ("连续3个月新增城镇就业超过1万人。全市新增企业300家。", "菏泽市", None, "300家", None),  # never carried
        # held in a clause of its own: not the time of a later clause's figure, which the sentence's time scopes
        ("截至3月2日24时，已连续11天新增病例为0，全省累计确诊病例174例。", "云南省", None, "174例", "截至3月2日24时"),
        ("2023年末，全县已连续5年无重大安全事故，全县规模以上企业达到86家。", "菏泽市", None, "86家", "2023年末"),
        # an hour of a part of the day is a time, not the date of an earlier sentence's event
        (
            "患者于1月17日在温州定点医院隔离治疗。中午12时，全省累计报告确诊病例5例。",
            "浙江省",
            "2020-01-17",
            "5例",
            "中午12时",
        ),
        ("3月2日启动集中接种。下午3时，全市累计接种疫苗12万剂次。", "菏泽市", "2021-03-02", "12万剂次", "下午3时"),
        ("截止今天中午12点，全省累计报告确诊病例354例。", "广东省", "2020-01-27", "354例", "截止今天中午12点"),
        # a month alone (11月当月), against the months up to it (前11个月)
        ("今年前11个月，全省进出口1.62万亿元。11月当月进出口1565.1亿元。", "山东省", None, "1565.1亿元", "11月当月"),
        ("1-10月全市接待游客520万人次，10月份当月接待游客61万人次。", "菏泽市", None, "61万人次", "10月份当月"),
        # a rank against another time's figure (仅次于今年1月份的895.9亿元): that time is that figure's only
        ("11月当月出口887.9亿元，仅次于今年1月份的895.9亿元，同比增长10.2%。", "山东省", None, "10.2%", "11月当月"),
        ("11月当月出口887.9亿元，仅次于今年1月份的895.9亿元。", "山东省", None, "895.9亿元", "今年1月份"),
        ("二季度失业率3.7%，仅次于2003年二季度的4.3%，同比上升1.2个百分点。", "香港", None, "1.2个百分点", "二季度"),
        # what the year produced or sold (出栏, 产量) takes no end of the year written for the stocks beside it
        ("年末，全县牛存栏4.36万头。其中，牛存栏4.11万头；牛出栏1.9万头，增长5.32%。", "庆城县", None, "5.32%", None),
        ("年末，全县大牲畜存栏4.36万头。其中，牛存栏4.11万头；牛出栏1.9万头。", "庆城县", None, "4.11万头", "年末"),
        ("2022年末，全市生猪存栏120万头，生猪出栏210万头。", "菏泽市", None, "210万头", "2022年"),
        # a span of years and as many figures after 分别: each figure its year
        ("预计公司2025-2027年归母净利润分别为8.12亿元、10.70亿元、13.16亿元。", "中山市", None, "10.70亿元", "2026年"),
        ("全县2021—2023年粮食产量分别为45万吨、47万吨和48万吨。", "汝阳县", None, "48万吨", "2023年"),
        ("2021—2025年全市计划新建学校12所。", "菏泽市", None, "12所", "2021—2025年"),
        # a month alone opening its line (8月，全国…), against the months up to it (1—8月)
        ("8月，全国地级及以上城市优良天数比例为93.2%。\n1—8月，优良天数比例为86.3%。", "中国", None, "93.2%", "8月"),
        # and opening a clause before its words (1月全省…, 1月出生數…): the month's figures; not a day or a third of it
        ("1月全省一般公共预算收入为230亿元，同比增长5.1%。", "江西省", None, "230亿元", "1月"),
        ("全年税收收入2000亿元，12月税收收入230亿元。", "江西省", None, "230亿元", "12月"),
        ("內政部今天公布戶口統計資料。1月出生數1萬3137人，較去年12月減少990人。", "台湾省", None, "1萬3137人", "1月"),
        ("1月20日全省新增确诊病例3例。", "江西省", None, "3例", "1月20日"),
        ("1月中旬全市降雨量为12毫米。", "南昌市", None, "12毫米", "1月中旬"),
        # and after the name it is of (a car maker's month), not an age in months (11月龄)
        ("小鹏汽车10月总交付量为3040台。", "中国", None, "3040台", "10月"),
        ("截至1月27日24时，累计确诊188例，年龄介于11月龄-85岁之间。", "广东省", None, "188例", "截至1月27日24时"),
        # a quarter as Taiwan and Macau write it after its year (2023年第4季, 今年第3季)
        ("2023年第4季本地生产总值实质上升80.5%。", "澳门", None, "80.5%", "2023年第4季"),
        ("今年第3季GDP成长率为7.64%。", "台湾省", None, "7.64%", "今年第3季"),
        # the first quarter as Hong Kong and Macau write it: 首季, 首季度
        ("今年首季访港旅客达1050万人次。", "香港", None, "1050万人次", "今年首季"),
        ("2024年首季，本澳GDP实质增长7.8%。", "澳门", None, "7.8%", "2024年首季"),
        ("首季度全市完成固定资产投资120亿元。", "菏泽市", None, "120亿元", "首季度"),
        # a run of quarters (1-3季度, 一至三季度): one period, not its last quarter with the rest left in the metric
        ("1～3季度全市实现地区生产总值500亿元。", "菏泽市", None, "500亿元", "1～3季度"),
        ("2023年1-2季度，全省外贸进出口额增长5.2%。", "江西省", None, "5.2%", "2023年1-2季度"),
        ("一至三季度，全县实现财政收入8亿元。", "汝阳县", None, "8亿元", "一至三季度"),
        # a text about Taiwan writes a quarter alone: of its figures
        ("主計總處公布，第3季經濟成長率為4.17%。", "台湾省", None, "4.17%", "第3季"),
        ("第3季商品出口1694億美元，年增36.5%。", "台湾省", None, "36.5%", "第3季"),
        # and so do Hong Kong's and Macau's offices, in either script; a mainland text's 第三季 alone is a show's season
        ("本澳第三季貨物出口總值為32.1億澳門元。", "澳门", None, "32.1億澳門元", "第三季"),
        ("第二季本港整體出口貨值按年上升12.1%。", "香港", None, "12.1%", "第二季"),
        ("该剧第三季共播出12集。", "菏泽市", None, "12集", None),
        # alone, 首季 may be a show's first season
        ("该剧首季播出12集。", "菏泽市", None, "12集", None),
        # a holiday named in quotes, and after its year (今年“五一”假期, 今年国庆假期)
        ("据统计，今年“五一”假期，全市共接待游客86.5万人次。", "曲阜市", None, "86.5万人次", "今年“五一”假期"),
        ("“十一”黄金周期间，全市实现旅游收入5.2亿元。", "曲阜市", None, "5.2亿元", "“十一”黄金周期间"),
        ("今年国庆假期，全省累计接待游客3161万人次。", "福建省", None, "3161万人次", "今年国庆假期"),
        # an online shopping festival's days (双十一期间), not the National Day holiday (十一)
        ("双十一期间，全市快递业务量达到1.2亿件。", "合肥市", None, "1.2亿件", "双十一期间"),
        ("双12期间，全省网络零售额达到32亿元。", "浙江省", None, "32亿元", "双12期间"),
        ("十一期间，全市接待游客520万人次。", "合肥市", None, "520万人次", "十一期间"),
        # 上年结转 is a budget's term: its 上年 dates neither it nor the figures after it
        ("2023年，省级收入265.9亿元，加上上年结转22.7亿元、下级上解92.3亿元。", "甘肃省", None, "92.3亿元", "2023年"),
        ("今年全县财政收入12.1亿元，上年结余1.3亿元，上级补助8.2亿元。", "汝阳县", None, "8.2亿元", "今年"),
        # 同期 opens a sentence on the time of the figures before it, past a paragraph's end
        ("2023年，该行净息差为2.15%。\n\n同期，该行净利息收入2146.69亿元。", "深圳市", None, "2146.69亿元", "2023年"),
        ("上半年，全州粮食产量12万吨。\n\n同期，全州生猪出栏30万头，牛出栏2万头。", "大理州", None, "2万头", "上半年"),
    ],
)
def test_periods_of_lists_brackets_spans_and_hours(claims_of, text, region, date, mention, period):
    claim = next(c for c in claims_of(text, region=region, date=date) if c["mention"] == mention)
    assert claim["period"] == period


@pytest.mark.parametrize(
    ("text", "mention", "period"),
    [
        # a day opening a lede before a reporting clause dates the news, not what it counts: business news,
        # a statistics release and a city's announcement
        ("昨日，数据显示，98家成都上市公司实现营业收入2091.05亿元。", "98家", None),
        ("11月20日，记者从省统计局了解到，全省粮食总产量达到5000万吨。", "5000万吨", None),
        ("2月4日，市人民政府发布关于实施十项措施的通告。", "十项", None),
        # its own time phrase still counts, a span is no report's day, and a day's new cases are that day's
        ("昨日，记者从市统计局获悉，上半年全市实现生产总值1200亿元。", "1200亿元", "上半年"),
        ("今年以来，数据显示，全市新增就业1.2万人。", "1.2万人", "今年以来"),
        ("1月29日，省卫健委发布疫情通报，歙县新增确诊病例3例。", "3例", "1月29日"),
        ("11月20日，全市新增病例5例，数据显示疫情平稳。", "5例", "11月20日"),
        # a day right before the publisher's verb (国家统计局今天发布): a rate or a change is not of that day
        ("国家统计局今天发布数据，全国居民消费价格同比上涨0.3%。", "0.3%", None),
        ("市统计局今日公布，全市居民人均可支配收入达到5.2万元。", "5.2万元", None),
        ("行政院主計總處今天公布，經濟成長率為4.17%。", "4.17%", None),
        # a count is as of the day it is reported
        ("卫生署22日下午通报，全港累计确诊病例达317例。", "317例", "22日"),
        ("市卫健委今日通报：5例确诊病例治愈出院。", "5例", "今日"),
    ],
)
def test_a_day_before_a_reporting_clause_dates_the_report(claim_of, text, mention, period):
    assert claim_of(text, mention)["period"] == period


@pytest.mark.parametrize(
    ("text", "mention", "period"),
    [
        # the figure compared with is of the time it is compared at; a multiple is of the figure's own time,
        # not of its base: company results, a city's foreign trade and a farm output report
        ("上半年实现净利润222.20亿元，较2020年同期的177.25亿元增长25.35%。", "177.25亿元", "2020年同期"),
        ("上半年实现净利润222.20亿元，较2020年同期的177.25亿元增长25.35%。", "25.35%", "上半年"),
        ("全市城镇新增就业4.3万人，比上年同期的3.2万人增加1.1万人。", "3.2万人", "上年同期"),
        ("今年1-10月，全市出口额是去年同期的1.5倍。", "1.5倍", "今年1-10月"),
        ("2023年，全县粮食产量为2019年的3倍。", "3倍", "2023年"),
        # the start of a year compared with, and a broker's note writing a space before 年
        ("9月完全成本已下降至13.7元/公斤，相比2024年初的15.8元/公斤，已下降超过2元/公斤。", "15.8元/公斤", "2024年初"),
        ("全市平均房价为每平方米8500元，相比2023 年初的9200元，下降了700元。", "9200元", "2023年初"),
    ],
)
def test_a_base_figure_takes_the_time_compared_with_and_a_multiple_its_own(claim_of, text, mention, period):
    assert claim_of(text, mention)["period"] == period


_HENAN = (
    "截至2月24日24时，全省累计报告确诊病例1271例，现有重症病例17例，现有危重病例14例，"
    "累计死亡病例19例，累计出院病例989例。"
)


@pytest.mark.parametrize(
    ("text", "mention", "period"),
    [
        # 现有 says its own clause's figure is a stock now, not the time of the clauses after it: a health
        # bulletin and a grain reserve's report
        (_HENAN, "19例", "截至2月24日24时"),
        (_HENAN, "989例", "截至2月24日24时"),
        # its own 现有 is "now" in a sentence that wrote its time, as its sibling 17例's is: that time
        (_HENAN, "17例", "截至2月24日24时"),
        (_HENAN, "14例", "截至2月24日24时"),
        ("现有确诊病例150例，累计死亡病例2例。", "2例", None),
        # (with no time written, a stock's period is none: 现有 is its aspect, no time)
        ("现有确诊病例150例、重症12例。", "12例", None),  # a list's items share it
        ("现有重症病例5例（桂林2例，柳州3例）。", "3例", None),  # and a stock's parts
        ("全市现有库存粮食3.2万吨，累计收购粮食12万吨。", "12万吨", None),
        ("全市现有库存粮食3.2万吨，今年累计收购粮食12万吨。", "12万吨", "今年"),
        ("全市现有库存粮食3.2万吨，今年累计收购粮食12万吨。", "3.2万吨", None),
    ],
)
def test_xianyou_dates_only_its_own_clause(claim_of, text, mention, period):
    assert claim_of(text, mention)["period"] == period


_BULLETIN = (
    "2020年3月8日8时至9日8时，陕西无新增确诊病例，新增疑似病例0例。截至3月9日8时，陕西累计报告确诊病例245例。"
    "全省新增密切接触者8人（协查），累计18954人，均集中医学观察。"
)
_RAILWAY = "1月1日0时至24时，全市铁路发送旅客12万人次。截至1月1日24时，春运累计发送旅客300万人次。全市新增航班50架次。"


@pytest.mark.parametrize(
    ("text", "mention", "period"),
    [
        # a day's flow after the running totals' 截至 moment takes the day's window written before them; the
        # totals keep their moment: a health commission's bulletin and a railway's holiday report
        (_BULLETIN, "8人", "2020年3月8日8时至9日8时"),
        (_BULLETIN, "18954人", "截至3月9日8时"),
        (_BULLETIN, "245例", "截至3月9日8时"),
        (_RAILWAY, "50架次", "1月1日0时至24时"),
        (_RAILWAY, "300万人次", "截至1月1日24时"),
        # with no window written, the moment is all there is
        ("截至3月9日8时，全省累计报告确诊病例245例。全省新增密切接触者8人。", "8人", "截至3月9日8时"),
    ],
)
def test_a_flow_carries_the_days_window_and_a_running_total_its_moment(claims_of, text, mention, period):
    claim = next(c for c in claims_of(text, region=None, date="2020-03-09") if c["mention"] == mention)
    assert claim["period"] == period


@pytest.mark.parametrize(
    ("period", "published", "dates"),
    [
        ("4日", "2020-02-18", ("2020-02-04", "2020-02-04")),  # a day of the month of the paper
        ("中午12时", "2020-01-17", ("2020-01-17T12:00", "2020-01-17T12:00")),
        ("下午3时至5时", "2021-03-02", ("2021-03-02T15:00", "2021-03-02T17:00")),
        ("2月6日晚上8点", "2020-02-07", ("2020-02-06T20:00", "2020-02-06T20:00")),
        ("凌晨2时", "2020-02-07", ("2020-02-07T02:00", "2020-02-07T02:00")),
        ("截止今天中午12点", "2020-01-27", (None, "2020-01-27T12:00")),  # as of an hour of today
        ("截至3日下午4时", "2020-02-05", (None, "2020-02-03T16:00")),
    ],
)
def test_period_dates_of_days_of_the_month_and_parts_of_the_day(period, published, dates):
    from datetime import date

    assert period_dates(period, date.fromisoformat(published)) == dates


class _Figure:
    """What PeriodPhrases reads of a claim: its sentence's start and its own."""

    def __init__(self, sentence_start: int, start: int) -> None:
        self.sentence_start, self.start = sentence_start, start


@pytest.mark.parametrize(
    "text",
    [
        # a phrase whose look-ahead reads past a cut (26日 before 上午): found in the whole, not in the cut
        "截至目前，全市26日上午新增12例，26日晚上新增3例；自2020年2月22日9时起累计5例，1月20日0-24时新增9例。",
        # the slower pattern only for cuts that hold 开展以来; baselines (比上年) are no period
        "专项行动开展以来，今年上半年新增岗位300个，比上年增加12个，近三年新增800个。",
        "上半年，全市生产总值1500亿元。\n规上工业增加值增长5%，连续五年稳定在180万吨以上，现有企业12家。",
    ],
)
def test_the_phrases_of_every_cut_are_those_a_search_of_the_cut_alone_finds(text):
    phrases = PeriodPhrases(text, [_Figure(0, len(text))])
    for end in range(len(text) + 1):
        segment = text[:end]
        searched = list(period_pattern(segment).finditer(segment))
        stretch, found = phrases.in_sentence(_Figure(0, end))
        assert [m.span() for m in found] == [m.span() for m in searched], segment
        for carried in (False, True):
            assert _last_period(stretch, found, carried) == _last_period(segment, searched, carried), segment


def test_a_sentence_of_many_figures_is_searched_once_not_once_a_figure(claims_of, monkeypatch):
    """The period step read text[sentence start:figure] afresh for each figure: a cost growing with the
    square of the sentence's length (issue 32)."""
    searched = []

    class CountingPattern:
        def __init__(self, pattern):
            self.pattern = pattern

        def finditer(self, string, pos=0, endpos=None):
            searched.append((len(string) if endpos is None else endpos) - pos)
            return self.pattern.finditer(string, pos, len(string) if endpos is None else endpos)

        def __getattr__(self, name):  # match, fullmatch: the metric step's, at one offset
            return getattr(self.pattern, name)

    patterns = {flag: CountingPattern(period._period_pattern(flag)) for flag in (False, True)}
    monkeypatch.setattr(period, "_period_pattern", lambda flag, roc=False, quarters_alone=False: patterns[flag])
    sentence = (
        "今年以来，" + "、".join(f"{name}新建驿站{n}处" for n, name in enumerate(["曹县", "单县"] * 60, 1)) + "。"
    )
    assert len(claims_of(sentence)) == 120
    assert sum(searched) < 3 * len(sentence)


@pytest.mark.parametrize(
    ("text", "date", "mention", "period", "dates"),
    [
        # months to a third of the last one (1-2月上旬): from the first month's 1st to the end of the third
        ("1月至2月上旬，全省新增确诊病例120例。", "2020-02-20", "120例", "1月至2月上旬", ("2020-01-01", "2020-02-10")),
        ("1-2月上旬，全国快递业务量完成12亿件。", "2020-02-20", "12亿件", "1-2月上旬", ("2020-01-01", "2020-02-10")),
        # as of a third: its end, not the month's
        ("截至2月中旬，全省累计治愈出院300例。", "2020-02-25", "300例", "截至2月中旬", (None, "2020-02-20")),
        (
            "截至今年3月上旬，公司累计交付新车1.2万辆。",
            "2024-05-10",
            "1.2万辆",
            "截至今年3月上旬",
            (None, "2024-03-10"),
        ),
        # an hour of the day before the document's date; 昨晚's hours are the evening's
        (
            "截至昨晚24时，全省累计报告确诊病例500例。",
            "2020-02-05",
            "500例",
            "截至昨晚24时",
            (None, "2020-02-04T24:00"),
        ),
        ("截至昨晚8时，全省累计报告确诊病例498例。", "2020-02-05", "498例", "截至昨晚8时", (None, "2020-02-04T20:00")),
        # the evening of a day written (3日晚24时, 10日晚8时): one phrase, its hours the evening's
        (
            "截至到3日晚24时，全国确诊病例的病死率是2.1%。",
            "2020-02-04",
            "2.1%",
            "截至到3日晚24时",
            (None, "2020-02-03T24:00"),
        ),
        (
            "11月10日晚8时，商城成交额达到5亿元。",
            "2024-11-11",
            "5亿元",
            "11月10日晚8时",
            ("2024-11-10T20:00", "2024-11-10T20:00"),
        ),
        (
            "昨日24时，全省累计报告确诊病例500例。",
            "2020-02-05",
            "500例",
            "昨日24时",
            ("2020-02-04T24:00", "2020-02-04T24:00"),
        ),
        ("截至昨天15时，公司股票成交额达12亿元。", "2024-05-10", "12亿元", "截至昨天15时", (None, "2024-05-09T15:00")),
        (
            "今晚10点，商城成交额达到5亿元。",
            "2024-11-11",
            "5亿元",
            "今晚10点",
            ("2024-11-11T22:00", "2024-11-11T22:00"),
        ),
        # a window from an hour of a named day to an hour: the whole window, for the flow reported in it
        (
            "今天8时—1月28日15时，全省报告新增确诊病例7例。",
            "2020-01-28",
            "7例",
            "今天8时—1月28日15时",
            ("2020-01-28T08:00", "2020-01-28T15:00"),
        ),
        (
            "昨天0-24时，全区新增确诊病例1例。",
            "2020-01-24",
            "1例",
            "昨天0-24时",
            ("2020-01-23T00:00", "2020-01-23T24:00"),
        ),
        (
            "今天0点到中午12点，全省新增确诊病例317例。",
            "2020-01-30",
            "317例",
            "今天0点到中午12点",
            ("2020-01-30T00:00", "2020-01-30T12:00"),
        ),
        (
            "今天9时至15时，平台新增订单3.2万单。",
            "2024-11-11",
            "3.2万单",
            "今天9时至15时",
            ("2024-11-11T09:00", "2024-11-11T15:00"),
        ),
        (
            "2020年2月19日，全省新增确诊病例3例。当日0时至12时，全省新增出院病例2例。",
            None,
            "2例",
            "当日0时至12时",
            ("2020-02-19T00:00", "2020-02-19T12:00"),
        ),
    ],
)
def test_thirds_of_months_named_days_hours_and_windows_from_an_hour(claims_of, text, date, mention, period, dates):
    claim = next(c for c in claims_of(text, date=date) if c["mention"] == mention)
    assert (claim["period"], (claim["period_start"], claim["period_end"])) == (period, dates)


@pytest.mark.parametrize(
    ("text", "date", "mention", "metric", "period"),
    [
        ("快递2月中旬恢复到4成以上。", "2020-02-10", "4成以上", "快递恢复", "2月中旬"),
        ("医疗物资1月下旬运抵武汉300吨。", "2020-02-01", "300吨", "医疗物资运抵武汉", "1月下旬"),
        ("全市规上工业1-10月增加值增长7.2%。", "2024-11-28", "7.2%", "规上工业增加值", "1-10月"),
        ("公司2024年前三季度营业收入52.3亿元。", "2024-11-28", "52.3亿元", "公司营业收入", "2024年前三季度"),
    ],
)
def test_a_date_inside_a_headline_is_its_period_not_part_of_its_metric(claims_of, text, date, mention, metric, period):
    claim = next(c for c in claims_of(text, region=None, date=date) if c["mention"] == mention)
    assert (claim["metric"], claim["period"]) == (metric, period)


@pytest.mark.parametrize(
    ("text", "mention", "nth", "period"),
    [
        # a feed's post: its title, then a first line opening with topic tags and a bracketed title. Both titles'
        # figures take the period of the body's figure that restates them (health bulletin)
        (
            "宁夏新增2例，累计45例\n#新冠肺炎最新动态# 【#宁夏新增2例累计45例#】2月8日，宁夏发布最新通报。"
            "2020年2月7日0-24时，全区报告新增确诊病例2例。截至2月7日24时，全区累计报告确诊病例45例。",
            "45例",
            0,
            "截至2月7日24时",
        ),
        (
            "宁夏新增2例，累计45例\n#新冠肺炎最新动态# 【#宁夏新增2例累计45例#】2月8日，宁夏发布最新通报。"
            "2020年2月7日0-24时，全区报告新增确诊病例2例。截至2月7日24时，全区累计报告确诊病例45例。",
            "2例",
            1,
            "2020年2月7日0-24时",
        ),
        # a market regulator's post of the same shape (business news)
        (
            "全市新增市场主体1.2万户\n#数据发布# 【全市新增市场主体1.2万户】据市场监管局消息，今年一季度，"
            "全市新增市场主体1.2万户，同比增长8%。",
            "1.2万户",
            0,
            "今年一季度",
        ),
    ],
)
def test_a_posts_title_and_its_tagged_bracketed_title_take_the_bodys_period(claim_of, text, mention, nth, period):
    assert claim_of(text, mention, "宁夏回族自治区", date="2020-02-08", nth=nth)["period"] == period


@pytest.mark.parametrize(
    ("text", "mention", "period", "start", "end"),
    [
        # a span of years written digit by digit, as Taiwan's papers and plans write them
        ("外銷訂單二○二一至二○二五年平均成長3%。", "3%", "二〇二一至二〇二五年", "2021-01-01", "2025-12-31"),
        ("全市二〇二一至二〇二五年新建学校12所。", "12所", "二〇二一至二〇二五年", "2021-01-01", "2025-12-31"),
        ("全市2021至2025年新建学校12所。", "12所", "2021至2025年", "2021-01-01", "2025-12-31"),
    ],
)
def test_a_span_of_years_written_digit_by_digit_is_one_period(claim_of, text, mention, period, start, end):
    claim = claim_of(text, mention, "台湾省")
    assert (claim["period"], claim["period_start"], claim["period_end"]) == (period, start, end)


# (genre, text, mention, period): a five-year plan's time is the figure's; the plan alone or 十五 is no time
_PLAN_PERIODS = [
    ("work report", "“十四五”期间，全省新增高速公路1200公里。", "1200公里", "“十四五”期间"),
    ("poverty relief", "十三五以来，全市累计减贫12万人。", "12万人", "十三五以来"),
    ("statistics", "“十二五”末，全市常住人口达到500万人。", "500万人", "“十二五”末"),
    ("work report", "“十四五”规划提出建设100个项目。", "100个", None),
    ("statistics", "全省有十五个县。", "十五个", None),
]


@pytest.mark.parametrize(("genre", "text", "mention", "period"), _PLAN_PERIODS)
def test_the_times_of_five_year_plans(claim_of, genre, text, mention, period):
    assert claim_of(text, mention, "江西省")["period"] == period, genre


# (genre, text, region, mention, period): a budget speech's fiscal year and an education bulletin's school year;
# a span of years with 年度 stays three years, each of its list after 分别
_SPLIT_YEARS = [
    ("budget speech", "政府預計2025-26年度赤字為670億元。", "香港特别行政区", "670億元", "2025-26年度"),
    ("education bulletin", "2023—2024学年，全市共有在校生120万人。", "北京市", "120万人", "2023—2024学年"),
    ("finance digest", "2025-2027年度归母净利润分别为8.12亿元、10.70亿元、13.16亿元。", "深圳", "10.70亿元", "2026年"),
]


@pytest.mark.parametrize(("genre", "text", "region", "mention", "period"), _SPLIT_YEARS)
def test_years_across_two_calendar_years(claim_of, genre, text, region, mention, period):
    assert claim_of(text, mention, region)["period"] == period, genre


# (genre, text, mention, period): a span across years is one period, and nothing of it is left before the metric
@pytest.mark.parametrize(
    ("genre", "text", "mention", "period", "metric"),
    [
        (
            "population release",
            "2015年1月至2018年8月净迁入人口11.4万人。",
            "11.4万人",
            "2015年1月至2018年8月",
            "净迁入人口",
        ),
        (
            "bribery news",
            "2001年5月至2010年5月，医院药品销售业务量达2500余万元。",
            "2500余万元",
            "2001年5月至2010年5月",
            "医院药品销售业务量",
        ),
        ("investment news", "2019年至2021年，全市完成投资120亿元。", "120亿元", "2019年至2021年", "投资"),
    ],
)
def test_a_span_across_years_is_one_period(claim_of, genre, text, mention, period, metric):
    claim = claim_of(text, mention)
    assert (claim["period"], claim["metric"]) == (period, metric), genre


# (genre, text, mention, period): a feed writes each sentence on a line; a line opening with the parts of a figure
# before it (新增病例中，…; 重症病例中，…) is of that figure's time, across the lines of other parts before it
@pytest.mark.parametrize(
    ("genre", "text", "mention", "period"),
    [
        (
            "province notice, one line a sentence",
            "2020年1月27日，我省报告新增确诊病例42例。\n新增病例中，长沙市12例、岳阳市13例。",
            "13例",
            "2020年1月27日",
        ),
        (
            "province notice, parts over two lines",
            "截至1月27日24时，湖南省累计报告确诊病例143例，重症病例31例。其中：\n确诊病例中，长沙市24例；\n"
            "重症病例中，长沙市8例、衡阳市2例。",
            "2例",
            "截至1月27日24时",
        ),
        (
            "city statistics release",
            "2023年，全市接待游客1.2亿人次。\n其中，过夜游客3600万人次。",
            "3600万人次",
            "2023年",
        ),
        # a setting (在…中) is no part of a figure before
        ("court news", "2005年，彭某受贿5万元。\n在三人的判决书中，证人多达12名。", "多达12名", None),
    ],
)
def test_a_line_of_parts_is_of_the_time_of_the_figure_before(claim_of, genre, text, mention, period):
    assert claim_of(text, mention, "湖南省")["period"] == period, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "period"),
    [
        # the middle of a year, as population statistics count it: Hong Kong's release and a mainland city's
        ("Hong Kong population news", "本港今年中人口達738.95萬人。", "香港特别行政区", "738.95萬人", "今年中"),
        ("city population release", "2023年年中全市常住人口为875.6万人。", "洛阳市", "875.6万人", "2023年年中"),
        # not the 中 of a word after the year
        ("national news", "今年中国经济增长5%。", "中国", "5%", "今年"),
        ("regional news", "去年中部地区增长6%。", "中国", "6%", "去年"),
        ("market news", "1848家上市公司披露了2024年中报。", "中国", "1848家", None),
    ],
)
def test_the_middle_of_a_year_is_a_period(claim_of, genre, text, region, mention, period):
    assert claim_of(text, mention, region)["period"] == period, genre


# a day of the month opening its sentence or clause dates the figures after it, not a day written sentences before
@pytest.mark.parametrize(
    ("genre", "text", "date", "mention", "period", "start"),
    [
        (
            "case story",
            "患者张某，男，41岁。1月19日由武汉出发去马来西亚旅游，25日乘飞机到天津。27日出现发热、咳嗽，体温38.3°C。",
            "2020-01-29",
            "38.3°C",
            "27日",
            "2020-01-27",
        ),
        (
            "hospital news",
            "继2月3日福建首例患者治愈出院后，4日，福建又有6例确诊患者治愈出院。",
            "2020-02-05",
            "6例",
            "4日",
            "2020-02-04",
        ),
        (
            "construction news",
            "1月25日，火神山医院开工。28日，医院完成主体结构的60%，投入工人4000多名。",
            "2020-01-30",
            "4000多名",
            "28日",
            "2020-01-28",
        ),
    ],
)
def test_a_day_opening_a_sentence_dates_its_figures(claim_of, genre, text, date, mention, period, start):
    claim = claim_of(text, mention, "天津市", date=date)
    assert (claim["period"], claim["period_start"]) == (period, start), genre


@pytest.mark.parametrize("text", ["项目须在30日内完成，投资500万元。", "推出2日游线路，接待游客300人次。"])
def test_a_span_of_days_is_no_day_of_the_month(claims_of, text):
    assert all(c["period"] is None for c in claims_of(text, region="天津市", date="2020-01-30"))


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "period"),
    [
        # a page's short lines: a time compared with on a line of its own is no section's year (a city's holiday
        # tourism, a company's results)
        ("holiday tourism", "全市文旅接待量650.5万人次\n与2019年同期同比增长70.68%\n实现文旅综合收入43.42亿元",
         "开封市", "43.42亿元", None),
        ("company results", "公司实现营业收入12.5亿元\n较2021年同期增长8.2%\n实现净利润3.1亿元\n同比增长5.6%", "青海省",
         "5.6%", None),
    ],
)  # fmt: skip
def test_a_time_compared_with_on_a_line_of_its_own_dates_no_section(claim_of, genre, text, region, mention, period):
    assert claim_of(text, mention, region)["period"] == period, genre


def test_a_time_in_a_note_after_another_figure_is_that_figures_only():
    # an epidemic notice's note on a revision (序号为1月31日患者24) dates none of the figures after it
    from extract.pipeline import extract_claims

    text = (
        "截至2月1日10时，陕西累计报告确诊病例101例（因统计口径原因，核减1例确诊患者，序号为1月31日患者24），"
        "其中输入性病例73例。"
    )
    claims = {c.mention: c.period for c in extract_claims(text, region="陕西省")}
    assert claims["73例"] == "截至2月1日10时"


@pytest.mark.parametrize(
    ("text", "region", "mention", "period"),
    [
        # the year records began is how rare a figure is, no time of the figures after it: Hong Kong police figures
        # (Traditional), a city's weather review
        ("去年各類劫案共錄得66宗，為1969年有紀錄以來最低，破案率更高達90.9%。", "香港特别行政区", "90.9%", "去年"),
        ("今年全市降水量1820毫米，为1951年有气象记录以来最多，暴雨日数12天。", "广州市", "12天", "今年"),
    ],
)
def test_the_year_records_began_dates_nothing(claim_of, text, region, mention, period):
    assert claim_of(text, mention, region)["period"] == period


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "period", "metric"),
    [
        # 现 (now) before 在院 or a hospital is the stock word, no 现在 (a province's bulletin, a Traditional one):
        # the figure has the time its paragraph gives, or none, and 在院 starts what it counts
        (
            "province bulletin",
            "截至3月4日24时，全省累计报告确诊病例93例。现在院隔离治疗确诊病例6例，其中长春市2例。",
            "吉林省",
            "6例",
            "截至3月4日24时",
            "在院隔离治疗确诊病例",
        ),
        (
            "Traditional health notice",
            "本澳累計確診病例10例。現在院治療病例3例。",
            "澳门特别行政区",
            "3例",
            None,
            "在院治疗病例",
        ),
    ],
)
def test_now_before_in_hospital_is_the_stock_word_no_period(claims_of, genre, text, region, mention, period, metric):
    claim = next(c for c in claims_of(text, region=region) if c["mention"] == mention)
    assert (claim["period"], claim["metric"]) == (period, metric), genre


# (genre, text, region, date, {mention: period}): a zone of no code opening its clause (贵安新区, 东湖高新区) is one of
# the parts a report lists inside its whole: it takes the whole's time, and the parts after it still do
_ZONES_AMONG_THE_PARTS = [
    ("daily notice", "2020年2月9日0—24时，贵阳市新增确诊病例3例。新增病例中，云岩区1例；贵安新区1例；南明区1例。",
     "贵阳市", "2020-02-10", {"3例": "2020年2月9日0—24时", "1例": "2020年2月9日0—24时"}),
    ("business register", "2023年，武汉市新登记市场主体30万户。江岸区新登记1.5万户；东湖高新区新登记2.1万户；"
     "洪山区新登记1.8万户。", "武汉市", "2024-01-20", {"2.1万户": "2023年", "1.8万户": "2023年"}),
]  # fmt: skip


@pytest.mark.parametrize(("genre", "text", "region", "date", "expected"), _ZONES_AMONG_THE_PARTS)
def test_a_zone_among_a_reports_parts_keeps_the_reports_time(claims_of, genre, text, region, date, expected):
    claims = claims_of(text, region=region, date=date)
    periods = {mention: {c["period"] for c in claims if c["mention"] == mention} for mention in expected}
    assert periods == {mention: {period} for mention, period in expected.items()}, genre


@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        # the base after 相比 and the start of a year measures what the level before it does: a broker's note and a
        # housing report
        ("9月完全成本已下降至13.7元/公斤，相比2024年初的15.8元/公斤，已下降超过2元/公斤。", "15.8元/公斤", "完全成本"),
        ("全市平均房价为每平方米8500元，相比2023 年初的9200元，下降了700元。", "9200元", "平均房价"),
    ],
)
def test_a_base_at_the_start_of_a_year_measures_the_level_before(claim_of, text, mention, metric):
    assert claim_of(text, mention)["metric"] == metric


# a span of hours opening its clause with no day written (0到12点, 0时至12时) is the window of the day published: the
# new figures' own time, not the 截至 moment of the running total before them
@pytest.mark.parametrize(
    ("text", "mention", "period", "start", "end"),
    [
        (
            "截止今天中午12点全省累计报告确诊病例354例，0到12点全省新增确诊病例43例，新增出院两例。",
            "43例",
            "0到12点",
            "2020-01-30T00:00",
            "2020-01-30T12:00",
        ),
        ("0时至12时，全省新增确诊病例43例。", "43例", "0时至12时", "2020-01-30T00:00", "2020-01-30T12:00"),
        ("截至12时，全省累计报告确诊病例354例。", "354例", "截至12时", None, "2020-01-30T12:00"),
    ],
)
def test_a_span_of_hours_opening_a_clause_is_a_window_of_the_day(claim_of, text, mention, period, start, end):
    claim = claim_of(text, mention, "广东省", date="2020-01-30")
    assert (claim["period"], claim["period_start"], claim["period_end"]) == (period, start, end)
