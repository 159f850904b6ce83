"""Periods carried by a text's layout and words (period step): a heading's year scopes its section, a year opening a
line reaches the section's later lines and its 其中… lines; 过去一年 is the period of the figures after it, not the
day of the meeting written before; 2015年起 is kept whole and not carried past 随后; a year's 去年同期 is the base of a
change after it, not its time; 全年 is not carried onto a figure compared with the year's end."""

import pytest

from extract.pipeline import extract_claims


def _periods(text: str, region: str, date: str | None = None) -> dict[str, str | None]:
    return {c.mention: c.period for c in extract_claims(text, "sections", "0" * 64, region=region, date=date)}


def _check(text: str, region: str, expected: dict[str, str | None], date: str | None = None) -> None:
    periods = _periods(text, region, date)
    assert {mention: periods.get(mention, "(no claim)") for mention in expected} == expected


# (genre, text, region, the figures and their periods): a heading holding a year scopes the sections under it, up to
# the next heading with a period of its own
_HEADINGS = [
    (
        "court work report",
        "某区人民法院工作报告\n2023年主要工作\n2023年，全区法院坚持公正司法，受理各类案件3.2万件。\n"
        "一、服务发展大局\n依法审结金融借款案件820件，同比上升5.1%。\n",
        "湘潭县",
        {"820件": "2023年", "5.1%": "2023年"},
    ),
    (
        "government work report",
        "一、2024年工作回顾\n全市新建改造老旧小区120个。\n二、2025年工作安排\n新开工保障性住房3000套。\n",
        "芜湖市",
        {"120个": "2024年", "3000套": "2025年"},
    ),
    (
        "statistics communiqué",
        "2023年某县国民经济和社会发展统计公报\n一、农业\n全县粮食播种面积52.3万亩，油料产量1.2万吨。\n",
        "湘潭县",
        {"52.3万亩": "2023年", "1.2万吨": "2023年"},
    ),
    (
        "epidemic bulletin: a heading's day dates the bulletin, not figures counted up to the day before",
        "2020年1月22日疫情情况\n全省已派出医疗队12支，其他市储备床位800张。\n",
        "湖南省",
        {"12支": None, "800张": None},
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "expected"), _HEADINGS, ids=[h[0] for h in _HEADINGS])
def test_a_headings_year_scopes_its_section(genre, text, region, expected):
    _check(text, region, expected)


# a line opening with a year reaches the lines after it up to the next heading
_OPENING_YEARS = [
    (
        "education statistics",
        "一、普通高中\n2024年，全县共有普通高中5所，在校生9120人。\n其中民办高中2所，在校生1830人。\n"
        "二、职业教育\n全县中等职业学校3所。\n",
        "湘潭县",
        {"2所": "2024年", "1830人": "2024年", "3所": None},
    ),
    (
        "health statistics",
        "2023年，全市共有医疗卫生机构1260个。\n其中医院48个，乡镇卫生院62个。\n",
        "芜湖市",
        {"48个": "2023年", "62个": "2023年"},
    ),
    (
        "fire service's annual summary: numbered sections, each heading run into its paragraph, after the year's line",
        "2017年，全国共接报火灾28.1万起，亡1390人。\n一、城乡火灾总体下降。城市发生火灾13.1万起，比上年下降15.2%。\n"
        "二、重点单位火灾比重小。发生在重点单位的火灾共2.3万起。\n",
        "中国",
        {"28.1万起": "2017年", "13.1万起": "2017年", "15.2%": "2017年", "2.3万起": "2017年"},
    ),
    (
        "county agriculture report: numbered sections after the year's line",
        "2023年，全县粮食总产量45.2万吨。\n（一）种植业稳中有升。全县小麦产量21.5万吨。\n（二）畜牧业平稳。生猪出栏32万头。\n",
        "汝阳县",
        {"21.5万吨": "2023年", "32万头": "2023年"},
    ),
    (
        "court news story: a year opening one paragraph is not the time of the next ones",
        "法院通报受贿案\n2009年，某某给业务员打电话，业务员送去鱼苗3500斤。\n记者了解到，多名证人在判决书中提到2名院长。\n",
        "湘潭县",
        {"3500斤": "2009年", "2名": None},
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "expected"), _OPENING_YEARS, ids=[h[0] for h in _OPENING_YEARS])
def test_a_year_opening_a_line_reaches_the_sections_lines(genre, text, region, expected):
    _check(text, region, expected)


# 过去一年 / 过去这一年: the time of the figures after it, not the meeting's day written before it
_PAST_YEAR = [
    (
        "news on a work report",
        "2月5日上午，某市第十届人民代表大会第三次会议开幕。过去一年，全市地区生产总值达5120亿元、增长6.1%。",
        "芜湖市",
        {"5120亿元": "过去一年", "6.1%": "过去一年"},
    ),
    (
        "company news",
        "3月2日，集团召开年度工作会议。董事长表示，过去这一年，集团实现营业收入86亿元。",
        "芜湖市",
        {"86亿元": "过去这一年"},
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "expected"), _PAST_YEAR, ids=[h[0] for h in _PAST_YEAR])
def test_the_past_year_is_the_period_not_the_meetings_day(genre, text, region, expected):
    _check(text, region, expected)


# 2018年起 kept whole; a sentence opening with 随后 / 此后 carries no period from before
_SINCE_AND_AFTER = [
    (
        "rural news",
        "2018年起，该镇投入资金860万元改造农田。随后，当地建成了蔬菜基地300亩。",
        "湘潭县",
        {"860万元": "2018年起", "300亩": None},
    ),
    (
        "company news",
        "2020年起，公司累计投入研发资金2.3亿元。此后，公司又新建生产线4条。",
        "芜湖市",
        {"2.3亿元": "2020年起", "4条": None},
    ),
]


@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"), _SINCE_AND_AFTER, ids=[h[0] for h in _SINCE_AND_AFTER]
)
def test_a_since_year_is_whole_and_stops_at_a_later_time(genre, text, region, expected):
    _check(text, region, expected)


def test_a_since_year_is_dated_from_its_year_to_the_day_published():
    claims = extract_claims("2018年起，该镇投入资金860万元改造农田。", region="湘潭县", date="2024-05-06")
    claim = next(c for c in claims if c.mention == "860万元")
    assert (claim.period_start, claim.period_end) == ("2018-01-01", "2024-05-06")


# 去年同期为…，同比增长…: the year before is the base's, the change is of the report's time
_COMPARED_YEAR = [
    (
        "company results",
        "2023年公司营收30亿元，主要是因为某业务本期收入12亿元，去年同期为9亿元，同比增长33.3%。",
        "芜湖市",
        {"9亿元": "去年同期", "33.3%": "2023年"},
    ),
    (
        "statistics news",
        "今年前三季度，全市社会消费品零售总额820亿元，去年同期为760亿元，同比增长7.9%。",
        "芜湖市",
        {"760亿元": "去年同期", "7.9%": "今年前三季度"},
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "expected"), _COMPARED_YEAR, ids=[h[0] for h in _COMPARED_YEAR])
def test_the_year_before_is_not_the_period_of_the_change(genre, text, region, expected):
    _check(text, region, expected)


# 全年 of the rates before is not carried onto a figure compared with the year's end
_YEAR_END = [
    (
        "county statistics communiqué",
        "年末全县常住人口38.6万人。全年出生人口3120人，出生率为8.1‰。城镇常住人口19.2万人，较上年末增加0.3万人。",
        "湘潭县",
        {"3120人": "全年", "19.2万人": "年末", "0.3万人": "年末"},
    ),
    (
        "city employment news",
        "年末全市就业人员52.1万人。全年城镇新增就业1.2万人。城镇登记失业人员0.8万人，比上年末减少0.1万人。",
        "芜湖市",
        {"1.2万人": "全年", "0.8万人": "年末"},
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "expected"), _YEAR_END, ids=[h[0] for h in _YEAR_END])
def test_a_year_end_figure_takes_no_full_year(genre, text, region, expected):
    _check(text, region, expected)


def test_a_spaced_year_is_a_year():
    claims = extract_claims("报告展示了 2023 年的成绩：一般公共预算收入 9930 亿元。", region="江苏省")
    claim = next(c for c in claims if c.mention.startswith("9930"))
    # the period as the rules read it, without the typographic space (extract/figure_spacing.py)
    assert (claim.period, claim.period_start, claim.period_end) == ("2023年", "2023-01-01", "2023-12-31")


# a news story on a published bulletin, and one on a company's results: the lead names the report's time
BULLETIN_STORY = (
    "民航局发布公报\n"
    "人民网北京3月20日电 今日，民航局发布《2023年全国民用运输机场生产统计公报》，"
    "公报显示，年货邮吞吐量1万吨以上的机场有63个。\n"
    "从区域看，京津冀机场群完成货邮吞吐量155.0万吨，较上年增长19.9%。\n"
)
RESULTS_STORY = "某铁路公司今日公布去年业绩，盈利146亿元。\n本地铁路服务总乘客量约16亿人次，按年下跌0.5%。\n"
# a story whose lead names no report: its later paragraphs take no year from it
PLAIN_STORY = "2009年，某某打电话给李某，要求办事。\n此后，李某先后三次送去现金共计12万元。\n"


@pytest.mark.parametrize(
    ("text", "region", "mention", "period"),
    [
        (BULLETIN_STORY, "中国", "155.0万吨", "2023年"),
        (BULLETIN_STORY, "中国", "19.9%", "2023年"),
        (RESULTS_STORY, "香港特别行政区", "约16亿人次", "去年"),
        (PLAIN_STORY, "湘西土家族苗族自治州", "12万元", None),
    ],
)
def test_a_leads_report_time_scopes_the_storys_figures(claims_of, text, region, mention, period):
    claim = next(c for c in claims_of(text, region=region) if c["mention"] == mention)
    assert claim["period"] == period
