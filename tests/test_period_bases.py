"""Times that are not a figure's period (period step): a comparison base, a record's span; and a window of hours
written with doubled dashes, whose figures and the list lines under its 其中： are all of the whole window."""

import pytest

from extract.pipeline import extract_claims


def _claims(text: str, region: str, date: str | None) -> dict:
    return {c.mention: c for c in extract_claims(text, region=region, date=date)}


def _periods(text: str, region: str, date: str | None) -> dict[str, str | None]:
    return {mention: c.period for mention, c in _claims(text, region, date).items()}


# (genre, text, region, the figures and the period each takes): 由上年的… (the base a change starts from) is no
# period to carry; the figures after it keep the year's 全年 or have none
_BASES = [
    (
        "statistical communiqué",
        "全年全市实现生产总值3520.4亿元，比上年增长6.2%。三次产业结构由上年的5.1:44.2:50.7调整为4.9:43.8:51.3。"
        "按常住人口计算，人均地区生产总值98320元，比上年增加4210元。",
        "芜湖市",
        {"98320元": "全年", "4210元": "全年"},
    ),
    (
        "work report",
        "过去一年，全县城镇化率从去年的52.3%提高到54.1%。人均公共绿地面积达到14.6平方米，比上年增加0.8平方米。",
        "湘潭县",
        # 过去一年 opens the paragraph: the period of its figures (not 去年, the base the change starts from)
        {"54.1%": "过去一年", "14.6平方米": "过去一年", "0.8平方米": "过去一年"},
    ),
    (
        "news",
        "今年一季度，全市外贸进出口总额由去年同期的210亿元增至245亿元。全市新登记市场主体1.2万户，同比增长9.3%。",
        "东莞市",
        {"210亿元": "去年同期", "245亿元": "今年一季度", "1.2万户": "今年一季度", "9.3%": "今年一季度"},
    ),
    # the base's time right before its figure, with no 的 (a procuratorate's report news, an environment bulletin): the
    # level reached is not of the base's year
    (
        "procuratorate report news",
        "2022年，刑事案件不捕率从2021年41.7%上升至64.1%。诉前羁押率从2021年46.5%降至28.2%。",
        "广州市",
        {"41.7%": "2021年", "64.1%": "2022年", "46.5%": "2021年"},
    ),
    (
        "environment bulletin",
        "空气质量优良天数比例从2020年85.2%提高至89.6%，重污染天数减少3天。",
        "石家庄市",
        {"85.2%": "2020年", "89.6%": None},
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "expected"), _BASES, ids=[b[0] for b in _BASES])
def test_a_base_a_change_starts_from_is_not_carried_as_a_period(genre, text, region, expected):
    periods = _periods(text, region, "2024-03-28")
    assert {mention: periods.get(mention) for mention in expected} == expected, genre


# (genre, text, region, the figures and the period each takes): 35年来、20年来首次, 近十年来最高 say how rare a
# figure is, not the time it counts over: no period, in the sentence or carried on
_RECORDS = [
    (
        "work report",
        "地区生产总值增长6.3%，规模以上工业增加值增长9.1%，增速分别为30年来、15年来首次居全省第一；"
        "固定资产投资增长8.2%，一般公共预算收入增长1.4%。争取专项债券项目42个。",
        "邯郸市",
        {"8.2%": None, "1.4%": None, "42个": None},
    ),
    (
        "news",
        "全市粮食总产量达到312万吨，创近十年来最高。油料产量18.6万吨，增长3.2%。",
        "菏泽市",
        {"18.6万吨": None, "3.2%": None},
    ),
    (
        "statistical communiqué",
        "2023年，全市接待入境游客52.4万人次，为多年来的最好水平。国内旅游收入680亿元。",
        "桂林市",
        {"680亿元": "2023年"},
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "expected"), _RECORDS, ids=[r[0] for r in _RECORDS])
def test_a_records_span_is_no_period(genre, text, region, expected):
    periods = _periods(text, region, "2024-02-20")
    assert {mention: periods.get(mention) for mention in expected} == expected, genre


def test_a_span_up_to_now_that_is_no_record_is_still_a_period():
    periods = _periods("近五年来，全县累计新建农村公路860公里。", "湘潭县", "2024-02-20")
    assert periods["860公里"] == "近五年来"


_WINDOW = "2023年3月1日00:00--31日24:00"

# (genre, text, region, the figures and the period each takes): a window of hours with a doubled dash is one
# period, and the lines listed under the sentence that ends 其中： are of it too
_LISTED_WINDOWS = [
    (
        "health bulletin",
        f"{_WINDOW}，全省共报告法定传染病2856例，死亡3例。其中：\n甲类：0例。\n"
        "乙类：1920例，死亡3例，发病数前3：肺结核610例、梅毒402例、肝炎388例。\n"
        "丙类：936例，无死亡，发病数前2：流行性感冒512例、手足口病201例。\n",
        "海南省",
        {
            "2856例": _WINDOW,
            "1920例": _WINDOW,
            "610例": _WINDOW,
            "936例": _WINDOW,
            "201例": _WINDOW,
        },
    ),
    (
        "news",
        "3月5日8:00——3月6日8:00，全市共接报警情1236起。其中：\n1. 刑事警情112起；\n2. 交通警情486起。\n"
        "全市新增注册车辆2300辆。\n",
        "东莞市",
        {"1236起": "3月5日8:00——3月6日8:00", "112起": "3月5日8:00——3月6日8:00", "486起": "3月5日8:00——3月6日8:00"},
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "expected"), _LISTED_WINDOWS, ids=[w[0] for w in _LISTED_WINDOWS])
def test_a_window_of_hours_is_one_period_and_the_lines_under_its_qizhong_take_it(genre, text, region, expected):
    periods = _periods(text, region, None)
    assert {mention: periods.get(mention) for mention in expected} == expected, genre


def test_a_window_with_a_doubled_dash_has_both_ends():
    claims = _claims(f"{_WINDOW}，全省共报告法定传染病2856例。", "海南省", None)
    assert (claims["2856例"].period_start, claims["2856例"].period_end) == ("2023-03-01T00:00", "2023-03-31T24:00")


def test_lines_after_a_list_are_not_the_lists():
    text = f"{_WINDOW}，全省共报告法定传染病2856例。其中：\n甲类：0例。\n全省医疗机构达到6120家。\n"
    periods = _periods(text, "海南省", None)
    assert periods["6120家"] is None


# (genre, text, region, the figures and the period each takes): a figure before the change (由…的32.4%下降至) is of
# the base's time; the one after it is of its own
_BEFORE_THE_CHANGE = [
    (
        "health bulletin",
        "截至3月10日24时，全省重症病例占比由2月5日的最高点21.3%下降至3月10日的8.2%。",
        "湖北省",
        {"21.3%": "2月5日", "8.2%": "3月10日"},
    ),
    (
        "work report",
        "2023年，全县贫困发生率由2018年的8.6%下降到零。森林覆盖率从2018年的41%提高到45.2%。",
        "湘潭县",
        {"8.6%": "2018年", "41%": "2018年", "45.2%": "2023年"},
    ),
]


@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"), _BEFORE_THE_CHANGE, ids=[b[0] for b in _BEFORE_THE_CHANGE]
)
def test_a_figure_before_the_change_is_of_the_bases_time(genre, text, region, expected):
    periods = _periods(text, region, "2024-03-28")
    assert {mention: periods.get(mention) for mention in expected} == expected, genre


# (genre, text, region, the figures and the period each takes): a time a ratio is taken against (是1978年的53.3倍,
# 分别是1949年、1978年的48.7、1.2倍, 恢复到2019年同期的95%: lexicon/ratio_base_verbs.txt) is the period of no figure,
# neither the ratio's nor those after it; a level of another time after a comparison keeps its time
_RATIO_BASES = [
    (
        "statistics bureau's achievements feature",
        "2023年，全省高校在校大学生129.1万人，是新中国成立初1949年的416.5倍，是改革开放初1978年的53.3倍；"
        "普通中学在校学生262.2万人，分别是1949年、1978年的48.7、1.2倍；小学学龄儿童入学率达99.99%。",
        "浙江省",
        {
            "416.5倍": "2023年",
            "53.3倍": "2023年",
            "262.2万人": "2023年",
            "48.7": "2023年",
            "1.2倍": "2023年",
            "99.99%": "2023年",
        },
    ),
    (
        "holiday tourism news",
        "2024年国庆假期，全市接待游客1200万人次，恢复到2019年同期的95%，实现旅游收入85亿元，是2019年的1.1倍。",
        "桂林市",
        {"95%": "2024年国庆假期", "85亿元": "2024年国庆假期", "1.1倍": "2024年国庆假期"},
    ),
    (
        "company results",
        "2024年上半年，公司实现营业收入52.6亿元，为上年同期的87.5%；净利润3.1亿元，比2023年的2.4亿元增加0.7亿元。",
        "深圳市",
        {"87.5%": "2024年上半年", "3.1亿元": "2024年上半年", "2.4亿元": "2023年"},
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "expected"), _RATIO_BASES)
def test_the_time_a_ratio_is_taken_against_is_no_period(genre, text, region, expected):
    assert {m: p for m, p in _periods(text, region, None).items() if m in expected} == expected


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        # a base's level in brackets after its comparison is of the base's time; the change after it is of the
        # clause's own time and measures what the level does: a water bulletin, a climate review
        (
            "2017年全州地表水资源量79.12亿立方米，比常年(99.12亿立方米)偏少20.2%。",
            "大理白族自治州",
            {"99.12亿立方米": ("常年", "地表水资源量"), "20.2%": ("2017年", "地表水资源量")},
        ),
        (
            "2023年全市年降水量1320毫米，较常年（1150毫米）偏多14.8%。",
            "桂林市",
            {"1150毫米": ("常年", "年降水量"), "14.8%": ("2023年", "年降水量")},
        ),
    ],
)
def test_a_bracketed_base_level_is_of_the_base_and_its_change_of_the_level(text, region, expected):
    claims = _claims(text, region, None)
    assert {m: (claims[m].period, claims[m].metric) for m in expected} == expected


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "period", "metric"),
    [
        # the level compared with, in brackets after a figure with its time: a consumer council's release
        # (Traditional), a statistical communiqué, a labour-market release (with a colon)
        (
            "Hong Kong consumer council (Traditional)",
            "亦導致去年與「服務」相關的投訴佔比上升,達69%(2023年為61%)。",
            "香港特别行政区",
            "61%",
            "2023年",
            "投诉占比",
        ),
        (
            "statistical communiqué",
            "第三产业增加值占地区生产总值的比重为55.2%（上年为53.1%）。",
            "大庆市",
            "53.1%",
            "上年",
            "第三产业增加值比重",
        ),
        (
            "labour-market release",
            "全年失业率为3.1%（2022年：3.5%），较上年下降。",
            "澳门特别行政区",
            "3.5%",
            "2022年",
            "失业率",
        ),
    ],
)
def test_a_bracketed_level_with_its_time_is_the_base_of_the_figure_before(
    claim_of, genre, text, region, mention, period, metric
):
    claim = claim_of(text, mention, region)
    assert (claim["period"], claim["metric"]) == (period, metric), genre
