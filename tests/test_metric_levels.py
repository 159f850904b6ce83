"""A level written right after a change (增长12%，达到320万人次) is of what changed (metric step)."""

import pytest

from extract.pipeline import extract_claims

# (genre, text, region, mention, metric)
_LEVELS = [
    # tourism news and a statistics release
    ("news", "国庆假期全市接待游客同比增长12%，达到320万人次。", "黄山市", "320万人次", "游客"),
    ("statistics", "全年进出口总额增长8.1%，为1250亿元。", "芜湖市", "1250亿元", "进出口总额"),
    (
        "statistics",
        "十月入境旅客數目較去年同月增加35.4%，達1,509,403人次。",
        "澳门特别行政区",
        "1,509,403人次",
        "入境旅客数目",
    ),
    # the level is of what changed, not of the change's rate, and so is a share after it
    (
        "statistics",
        "內地旅客增幅達78.1%，為7,836,240人次，佔旅客總數57.2%。",
        "澳门特别行政区",
        "7,836,240人次",
        "内地旅客",
    ),
    (
        "statistics",
        "內地旅客增幅達78.1%，為7,836,240人次，佔旅客總數57.2%。",
        "澳门特别行政区",
        "57.2%",
        "内地旅客占旅客总数",
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "mention", "metric"), _LEVELS)
def test_a_level_after_a_change_is_of_what_changed(genre, text, region, mention, metric):
    claims = {c.mention: c for c in extract_claims(text, region=region)}
    assert claims[mention].metric == metric, genre


# a rank after a change is no level of it, and a figure with its own noun keeps it
@pytest.mark.parametrize(
    ("genre", "text", "mention", "metric"),
    [
        ("work report", "规模以上工业增加值增长5%，居全省第3位。", "5%", "规模以上工业增加值"),
        ("news", "接待游客增长12%，实现旅游收入8.6亿元。", "8.6亿元", "旅游收入"),
    ],
)
def test_a_figure_of_its_own_after_a_change_keeps_its_metric(genre, text, mention, metric):
    claims = {c.mention: c for c in extract_claims(text, region="芜湖市")}
    assert claims[mention].metric == metric, genre


@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        # a health commission's briefing: a level falling from its peak, with the manner of the fall
        ("武汉重症占确诊病例的比例，由1月28日的最高点32.4%波动下降至2月15日的21.6%。", "32.4%", "重症占确诊病例的比例"),
        ("武汉重症占确诊病例的比例，由1月28日的最高点32.4%波动下降至2月15日的21.6%。", "21.6%", "重症占确诊病例的比例"),
        # a city's labour report: the same with an adverb, and a peak written as 峰值
        ("全市城镇调查失业率，由2月的峰值6.2%震荡回落至12月的5.1%。", "5.1%", "城镇调查失业率"),
        # a count's noun after it stays, whatever verb follows it
        ("引导12名党员增收致富。", "12名", "党员"),
        ("全省重症病例减少174例。", "174例", "重症病例"),
    ],
)
def test_a_levels_peak_and_the_manner_of_its_change_name_nothing(claim_of, text, mention, metric):
    assert claim_of(text, mention, "湖北省")["metric"] == metric


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # a change's starting point of time (从…的, 由…的) right before its first level is no part of what changed,
        # even when a verb in it (创建, 建成, 新建) would govern a noun after the figure (a forest-city award story,
        # a sewage works' review, an industrial park's report)
        ("forest city", "中心城区绿化覆盖率从创建初期的35.03%增加到40.58%。", "通化市", "35.03%", "中心城区绿化覆盖率"),
        ("sewage works", "污水处理率从建成初期的61.3%提高到95.2%。", "宿迁市", "61.3%", "污水处理率"),
        ("industrial park", "园区入驻率从新建初期的40.5%提高到88.2%。", "宿迁市", "40.5%", "园区入驻率"),
        ("air quality", "优良天数比例从创建之初的71.2%提高到86.6%。", "通化市", "71.2%", "优良天数比例"),
    ],
)
def test_a_changes_starting_point_of_time_is_no_part_of_what_changed(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a wages release: the level of the months so far named like the month's, then its change
        (
            "三、8月經常性薪資平均為40,058元,較上月增0.45%;1至8月平均為39,793元,較上年同期增1.65%。",
            "台湾地区",
            "1.65%",
            "经常性薪资",
        ),
        # a city's wage news in Simplified
        (
            "8月全市在岗职工月平均工资为8120元,较上月增3.2%;1至8月平均为8050元,较上年同期增2.9%。",
            "洛阳市",
            "2.9%",
            "在岗职工月平均工资",
        ),
        # a change restated as a rate after 或, both after a level named like the one before
        (
            "8月底受僱員工人數759萬7千人,較上月增1萬人;1至8月平均為753萬4千人,較上年同期增10萬1千人或1.35%。",
            "台湾地区",
            "1.35%",
            "受雇员工人数",
        ),
        (
            "8月末全市就业人员312万人,较上月增1万人;1至8月平均为309万人,较上年同期增5万人或1.6%。",
            "洛阳市",
            "1.6%",
            "就业人员",
        ),
    ],
)
def test_a_change_right_after_a_level_named_like_the_one_before_is_of_it(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # an exchange's results news: a level doubling nearly, from one year's to another's
        (
            "香港股票 ETF 的平均每日成交金額,由 2020年的28億元接近倍增至2021年的54億元。",
            "香港特别行政区",
            "54億元",
            "平均每日成交金额",
        ),
        (
            "香港股票 ETF 的平均每日成交金額,由 2020年的28億元接近倍增至2021年的54億元。",
            "香港特别行政区",
            "28億元",
            "平均每日成交金额",
        ),
        # a city's industry news
        ("全市规上企业营收,由2020年的600亿元接近倍增至2023年的1150亿元。", "洛阳市", "1150亿元", "规上企业营收"),
    ],
)
def test_a_level_reached_by_nearly_doubling_is_of_the_measure_before(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a solar company's results news quoting a rival's forecast, and a city's fiscal news: a comparison right after
        # the figure is the next figure's change, no name of this one
        (
            "隆基发布的业绩预告则显示，2020年度公司净利润82亿元-86亿元同比增加55.30%-62.88%。",
            "中国",
            "82亿元-86亿元",
            "公司净利润",
        ),
        ("全市一般公共预算收入85.6亿元同比增加6.1%。", "洛阳市", "85.6亿元", "一般公共预算收入"),
        ("全县新增市场主体1.2万户同比增长8%。", "滑县", "1.2万户", "市场主体"),
    ],
)
def test_a_comparison_right_after_a_figure_names_nothing_of_it(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric
