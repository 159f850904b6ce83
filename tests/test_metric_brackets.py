"""Changes told in brackets after the item they are of (metric_brackets)."""

import pytest

from extract.pipeline import extract_claims

# (genre, text, region, mention -> metric)
_ITEMS = [
    (
        "Hong Kong consumer prices (Traditional)",
        "各類消費項目中,價格大幅上升的食品項目有牛肉(在綜合消費物價指數中上升31.3%);蛋(上升30.6%);罐裝肉類(上升29.3%)"
        "及其他肉類(上升15.8%)。",
        "香港特别行政区",
        {"31.3%": "牛肉", "30.6%": "蛋", "29.3%": "罐装肉类", "15.8%": "其他肉类"},
    ),
    (
        "city price monitoring",
        "本周主要农产品价格涨跌互现，其中猪肉（下降3.2%）、鸡蛋（上涨1.5%）和大白菜（上涨8.1%）变动较大。",
        "济南市",
        {"3.2%": "猪肉", "1.5%": "鸡蛋", "8.1%": "大白菜"},
    ),
    # the time compared with (同比, 按年) before the verb in the bracket
    (
        "city consumer prices",
        "医疗保健类商品(同比上涨4.9%)和服务价格同比上涨幅度较大,其余则相对温和。",
        "兰州市",
        {"4.9%": "医疗保健类商品"},
    ),
    (
        "Hong Kong consumer prices (Traditional)",
        "價格升幅較大的有外出用膳(按年上升3.1%)、電力(按年上升5.2%)。",
        "香港特别行政区",
        {"3.1%": "外出用膳", "5.2%": "电力"},
    ),
    # an item whose name joins two goods with 及 or 和 is one item; the list's own joining word follows a bracket
    (
        "Hong Kong retail sales (Traditional)",
        "其次為百貨公司貨品(零售量上升9.7%);服裝(上升7.6%);藥物及化妝品(上升8.0%);燃料(下跌0.5%)。",
        "香港特别行政区",
        {"7.6%": "服装", "8.0%": "药物及化妆品", "0.5%": "燃料"},
    ),
    (
        "city price monitoring",
        "本周肉类价格涨跌互现，其中猪肉（下降3.2%）、牛肉和羊肉（上涨1.5%）及禽蛋（上涨0.8%）变动较大。",
        "济南市",
        {"3.2%": "猪肉", "1.5%": "牛肉和羊肉", "0.8%": "禽蛋"},
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "expected"), _ITEMS, ids=[c[0] for c in _ITEMS])
def test_a_change_in_brackets_is_of_the_item_before_them(genre, text, region, expected):
    metrics = {c.mention: c.metric for c in extract_claims(text, region=region, date="2007-11-22")}
    assert {mention: metrics.get(mention) for mention in expected} == expected, genre


@pytest.mark.parametrize(
    ("text", "mention", "not_the_metric"),
    [
        # a figure's note in brackets is no item's change
        ("截至2月15日24时，全省累计出院病例397例（核减1例）。", "1例", "累计出院病例397例"),
        # a place before the bracket is where, not what changed
        ("全市生产总值增长6.1%，其中长沙县（增长7.2%）领先。", "7.2%", "长沙县"),
    ],
)
def test_no_item_before_a_figures_note_or_a_place(text, mention, not_the_metric):
    claim = next(c for c in extract_claims(text, region="湖南省", date="2020-02-16") if c.mention == mention)
    assert claim.metric != not_the_metric
    assert "397" not in (claim.metric or "")


# (genre, text, region, mention -> (kind, metric)): a change written with its sign alone in brackets after an item is
# that item's change of the measure its clause compares; the sign makes it a change, no share
_SIGNED = [
    (
        "Macau retail release (Traditional)",
        "銷售額與去年同季比較,通訊設備(+30.6%)、鐘錶及珠寶(+23.2%)均錄得升幅,而藥房貨品(-5.5%)則下跌。",
        "澳门特别行政区",
        {
            "30.6%": ("change", "通讯设备销售额"),
            "23.2%": ("change", "钟表及珠宝销售额"),
            "-5.5%": ("change", "药房货品销售额"),
        },
    ),
    (
        "city consumer prices",
        "八大类商品价格与上年同期比较，食品烟酒(+2.1%)、衣着(-0.5%)、居住(+1.3%)。",
        "洛阳市",
        {"2.1%": ("change", "食品烟酒商品价格"), "-0.5%": ("change", "衣着商品价格")},
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "expected"), _SIGNED, ids=[c[0] for c in _SIGNED])
def test_a_signed_change_in_brackets_is_of_the_item_before_them(genre, text, region, expected):
    found = {c.mention: (c.kind, c.metric) for c in extract_claims(text, region=region)}
    assert {mention: found.get(mention) for mention in expected} == expected, genre


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # 有 of 有关 opens no item (Hong Kong police figures); a change verb before the bracket names the change its
        # clause is about, the bracket its figure in its own unit (Macau crime figures)
        (
            "警方注意到有關襲警(-56.2百分點)、行劫 (-27.2百分點)及刑事毀壞(-11百分點)案件的破案率大幅下降。",
            "香港特别行政区",
            "-56.2百分點",
            "袭警案件的破案率",
        ),
        ("整體犯罪活動共錄得9,181宗,其中,暴力犯罪上升14.7%(+61宗)。", "澳门特别行政区", "61宗", "暴力犯罪"),
    ],
)
def test_no_item_opened_inside_a_word_or_by_a_change(text, region, mention, metric):
    claim = next(c for c in extract_claims(text, region=region) if c.mention == mention)
    assert claim.metric == metric


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # a header naming two measures (X及Y…分别为:), then each item's count and its second measure in brackets with no
        # noun of its own: the bracket measures Y of X (an energy bureau's capacity notice, a county's libraries)
        (
            "capacity notice",
            "全省443处生产矿井煤矿及产能分布分别为:贵阳市12处(216万吨/年)、六盘水市120处(5883万吨/年)。",
            "贵州省",
            "5883万吨/年",
            "生产矿井煤矿产能",
        ),
        (
            "libraries",
            "全县农家书屋及藏书情况如下：城关镇书屋12个（藏书2.4万册）、郑营镇书屋8个（1.6万册）。",
            "郓城县",
            "1.6万册",
            "书屋藏书",
        ),
    ],
)
def test_a_bracket_after_a_count_measures_the_headers_second_noun(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


def test_a_count_is_no_name_of_the_figure_in_brackets_after_it(claim_of):
    # no header naming it: no metric, rather than the count (12处)
    assert claim_of("贵阳市12处(216万吨/年)。", "216万吨/年", "贵州省")["metric"] != "12处"


# a percentage alone in brackets after a count and its words: the share those counted are of the whole (a Taiwan
# county's environment release, in Traditional; a county's village works news; a city's enterprise survey)
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        (
            "county environment release",
            "目前共有1,542家裝設前處理設備(92.4%),836家裝設管末處理設備(約50.1%)。",
            "屏东县",
            "92.4%",
            "装设前处理设备占比",
        ),
        (
            "county environment release",
            "目前共有1,542家裝設前處理設備(92.4%),836家裝設管末處理設備(約50.1%)。",
            "屏东县",
            "約50.1%",
            "装设管末处理设备占比",
        ),
        ("village works", "全县有45个村通过验收（约占60%），其余正在建设。", "固阳县", "60%", "村通过验收占比"),
        ("enterprise survey", "全市共有120家企业完成改造(占85.2%)。", "泉州市", "85.2%", "企业占比"),
    ],
)
def test_a_share_in_brackets_after_a_count_is_of_what_it_counts(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


# a long bracket of examples between a noun and its figure, listed or closed by 等: the noun is the metric (a city's
# trade news, a city's tourism news)
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        (
            "city trade news",
            "全市劳动密集型产品出口188.3亿元;出口机电产品(灯具照明装置、通用机械设备、汽车零配件、电子元件等)68.6亿元。",
            "泉州市",
            "68.6亿元",
            "出口机电产品",
        ),
        (
            "city tourism news",
            "全市接待入境游客（港澳台同胞、外国人、华侨等各类入境旅客）56万人次。",
            "泉州市",
            "56万人次",
            "入境游客",
        ),
    ],
)
def test_examples_in_brackets_before_a_figure_leave_the_noun(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


# (genre, text, region, mention -> metric): an amount alone in brackets after an item of a list of such items is the
# item's, the words back to the bracket closing the item before, else to the word opening the list
_AMOUNT_ITEMS = [
    (
        "Hong Kong waste report (Traditional)",
        "總回收量增加約5.0萬公噸，增長主要由廚餘（約2.6萬公噸）及含鐵金屬（約5.3萬公噸）所帶動。",
        "香港特别行政区",
        {"約2.6萬公噸": "厨余", "約5.3萬公噸": "含铁金属"},
    ),
    (
        "Macau gaming survey (Traditional)",
        "經營費用為279.4億元,主要用於提供商品及服務予顧客(126.0億元)、管理服務及第三者提供服務(51.8億元)。",
        "澳门特别行政区",
        {"126.0億元": "商品及服务予顾客", "51.8億元": "管理服务及第三者提供服务"},
    ),
    # with a note after the amount, the date it was counted to before it, and a month opening the item's name (a
    # consumer council's year, a city's complaints)
    (
        "Hong Kong consumer council (Traditional)",
        "升幅與兩宗投訴有關,包括2月球星表演賽(1,476宗,涉及金額逾1千萬元),及9月健身中心結業(截至2024年底錄得5,619宗,"
        "涉及金額近2億元)。",
        "香港特别行政区",
        {"1,476宗": "球星表演赛", "5,619宗": "健身中心结业"},
    ),
    (
        "city complaints news",
        "投诉主要包括预付卡(320件,占25%)和装修服务(截至6月底累计210件)。",
        "杭州市",
        {"320件": "预付卡", "210件": "装修服务"},
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "expected"), _AMOUNT_ITEMS, ids=[c[0] for c in _AMOUNT_ITEMS])
def test_an_amount_in_brackets_is_of_the_item_before_them(genre, text, region, expected):
    metrics = {c.mention: c.metric for c in extract_claims(text, region=region, date="2025-12-22")}
    assert {mention: metrics.get(mention) for mention in expected} == expected, genre


def test_bracketed_amounts_of_items_qualifying_a_noun_after_the_list_keep_the_noun():
    # 留宿旅客(164.3億元)及不過夜旅客(39.2億元)的總消費: each item's sum of the noun after the list
    text = "留宿旅客(164.3億元)及不過夜旅客(39.2億元)的總消費分別錄得33.1%及48.5%的按年升幅。"
    metrics = {c.mention: c.metric for c in extract_claims(text, region="澳门特别行政区", date="2024-05-01")}
    assert metrics["164.3億元"] == "留宿旅客总消费"


def test_a_word_opening_a_list_is_a_word_of_its_own():
    # 由 inside 自由贸易区 opens no list: the first item runs from 其中
    text = "全市税收增长较快,其中自由贸易区(5亿元)、保税区(3亿元)等增幅居前。"
    metrics = {c.mention: c.metric for c in extract_claims(text, region="海口市", date="2024-01-10")}
    assert metrics["5亿元"] == "自由贸易区"


# a 及 inside the noun before a bracketed level is a word of its name (a gaming survey's spending by kind); one right
# after the bracket before joins items
@pytest.mark.parametrize(
    ("mention", "metric"),
    [
        ("51.8億元", "管理服务及第三者提供服务"),
        ("32.3%", "管理服务及第三者提供服务"),
        ("47.9億元", "市场推广"),
    ],
)
def test_a_joining_word_inside_a_bracketed_levels_noun_is_a_word_of_it(claim_of, mention, metric):
    text = (
        "費用主要用於提供餐飲等商品及服務予顧客(126.0億元)、管理服務及第三者提供服務(51.8億元),"
        "以及市場推廣(47.9億元),分別上升16.5%、32.3%及12.0%。"
    )
    assert claim_of(text, mention, "澳门特别行政区")["metric"] == metric
