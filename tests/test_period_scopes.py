"""The period a paragraph opens with reaches the figures its later sentences scope (period step)."""

import pytest

from extract.pipeline import extract_claims


def _periods(text: str, region: str, date: str) -> dict[str, str | None]:
    return {c.mention: c.period for c in extract_claims(text, region=region, date=date)}


# (genre, text, region, the figures and the period each takes): a part singled out by 其中, of another subject,
# is of the paragraph's time, and so are the figures after it about the whole again
_PARTS = [
    (
        "court report",
        "2022年，全市法院受理各类案件25.4万件。其中市中院受理2.8万件，办结2.4万件。"
        "法定审限内结案率和一审服判息诉率分别提高到99.4%和83.1%。",
        "东莞市",
        {"2.8万件": "2022年", "2.4万件": "2022年", "99.4%": "2022年", "83.1%": "2022年"},
    ),
    (
        "work report",
        "2023年，全市实现进出口总额126亿元。其中鑫源集团出口额31亿元。全市实际使用外资4.2亿美元。",
        "芜湖市",
        {"31亿元": "2023年", "4.2亿美元": "2023年"},
    ),
    (
        "statistics",
        "上半年，全县接待游客520万人次。其中县文旅集团接待游客86万人次。旅游总收入增长12.5%。",
        "湘潭县",
        {"86万人次": "上半年", "12.5%": "上半年"},
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "expected"), _PARTS, ids=[p[0] for p in _PARTS])
def test_a_part_after_qizhong_and_the_figures_after_it_take_the_paragraphs_period(genre, text, region, expected):
    periods = _periods(text, region, "2023-08-01")
    assert {mention: periods.get(mention) for mention in expected} == expected, genre


# (genre, text, region, the figures and the period each takes): quarters listed one by one break down the span
# before them, and the sentences after the list are of that span again, not of the last quarter
_QUARTER_BREAKDOWNS = [
    (
        "statistics",
        "前三季度，全市地区生产总值2856亿元，同比增长6.1%。分季度看，一季度增长5.2%，二季度增长6.4%，"
        "三季度增长6.6%。分产业看，第一产业增加值增长3.8%，第二产业增加值增长7.2%。",
        "芜湖市",
        {"5.2%": "一季度", "6.6%": "三季度", "3.8%": "前三季度", "7.2%": "前三季度"},
    ),
    (
        "statistics",
        "2023年前三季度，全省地区生产总值增长5.8%。分季度看，一季度增长4.9%，二季度增长6.3%，三季度增长5.7%。"
        "全省居民人均可支配收入增长6.1%。",
        "安徽省",
        {"5.7%": "三季度", "6.1%": "2023年前三季度"},
    ),
    (
        "work report",
        "上半年，全县规模以上工业增加值增长8.3%。分季度看，一季度增长7.9%，二季度增长8.7%。全县固定资产投资增长5.4%。",
        "湘潭县",
        {"8.7%": "二季度", "5.4%": "上半年"},
    ),
    (
        "news",
        "前三季度，全区实现地区生产总值412亿元，增长5.8%。其中，一季度增长5.1%，二季度增长6.0%，三季度增长6.2%。"
        "全区社会消费品零售总额156亿元。",
        "宝安区",
        {"6.2%": "三季度", "156亿元": "前三季度"},
    ),
]

# quarters after no span they break down each open their own paragraph: the last one is carried on
_QUARTERS_IN_TURN = [
    (
        "news",
        "今年以来，全区经济稳中向好。一季度，全市进出口增长3.2%。二季度，全市进出口增长5.6%。全市实际使用外资2.1亿美元。",
        "芜湖市",
        {"3.2%": "一季度", "5.6%": "二季度", "2.1亿美元": "二季度"},
    ),
]


@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    _QUARTER_BREAKDOWNS + _QUARTERS_IN_TURN,
    ids=[p[0] for p in _QUARTER_BREAKDOWNS + _QUARTERS_IN_TURN],
)
def test_the_span_quarters_break_down_is_carried_past_them(genre, text, region, expected):
    periods = _periods(text, region, "2023-10-20")
    assert {mention: periods.get(mention) for mention in expected} == expected, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    [
        # the time of a cause told in a clause of its own (受…影响) is no time of the figures after it: a grid
        # company's news and a tourism report
        (
            "grid company news",
            "受7月份以来离岛免税等利好政策影响，第三产业用电量持续回暖。海南第三产业累计售电量96.13亿千瓦时。",
            "海南省",
            {"96.13亿千瓦时": None},
        ),
        (
            "tourism report",
            "今年前三季度，全市接待游客3200万人次。受8月以来持续降雨影响，景区门票收入下降4.5%。",
            "桂林市",
            {"3200万人次": "今年前三季度", "4.5%": "今年前三季度"},
        ),
        # the first months written without 个 (前9月) and a span of months with a tilde (1~8月) are periods
        (
            "grid company news",
            "海南第三产业前9月累计售电量96.13亿千瓦时。",
            "海南省",
            {"96.13亿千瓦时": "前9月"},
        ),
        (
            "statistics release",
            "1~8月，全省规模以上工业增加值增长6.2%。",
            "海南省",
            {"6.2%": "1~8月"},
        ),
        # …but 前 before a day's month is no first months (节前4月28日: the 28th of April)
        (
            "airport holiday news",
            "节前4月28日，天河机场旅客吞吐量9万人次。",
            "湖北省",
            {"9万人次": "4月28日"},
        ),
        # a holiday's days counted before a pause are the window of the figures after them (假期5天，…)
        (
            "airport holiday news",
            "假期5天，武汉天河机场共保障运输航班2977架次。",
            "湖北省",
            {"2977架次": "假期5天"},
        ),
        (
            "tourism news",
            "国庆长假8天，全市接待游客520万人次。",
            "桂林市",
            {"520万人次": "国庆长假8天"},
        ),
    ],
)
def test_a_causes_time_is_no_period_and_months_written_short_are(genre, text, region, expected):
    periods = _periods(text, region, "2020-10-13")
    assert {mention: periods.get(mention) for mention in expected} == expected, genre


# (genre, text, region, the figures and the period each takes): a page's line break after 其中：, a semicolon or a
# comma is inside its sentence, not a paragraph's end: the lines after it are of the time their paragraph opened with
_BROKEN_SENTENCES = [
    (
        "fiscal release",
        "上半年,全市一般公共预算收入1144.4亿元,同比增长6.3%。主要税收收入项目情况如下:\n增值税393.9亿元,同比增长8.1%;\n"
        "企业所得税181.4亿元,同比增长2.1%;\n个人所得税47.9亿元,同比下降16.1%。",
        "天津市",
        {"181.4亿元": "上半年", "16.1%": "上半年"},
    ),
    (
        "province bulletin",
        "2020年1月27日0-24时，河南省新增确诊病例40例。其中：\n焦作市为报告首例确诊病例，确诊2例。"
        "其他地市新增确诊病例中，郑州市8例、开封市1例。",
        "河南省",
        {"2例": "2020年1月27日0-24时", "8例": "2020年1月27日0-24时"},
    ),
    (
        "province bulletin",
        "1月27日8时—1月27日15时，我省报告新增确诊病例3例。其中：福州市1例；\n莆田市2例。报告新增疑似病例7例。",
        "福建省",
        {"2例": "1月27日8时—1月27日15时", "7例": "1月27日8时—1月27日15时"},
    ),
    # a line ending its sentence ends the paragraph: the next line's figure is not dated by it
    (
        "work report",
        "2023年，全县实现地区生产总值120亿元。\n全县共有规模以上工业企业56家。",
        "湘潭县",
        {"56家": None},
    ),
]


@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"), _BROKEN_SENTENCES, ids=[p[0] for p in _BROKEN_SENTENCES]
)
def test_a_line_broken_inside_its_sentence_ends_no_paragraph(genre, text, region, expected):
    periods = _periods(text, region, "2024-08-01")
    assert {mention: periods.get(mention) for mention in expected} == expected, genre
