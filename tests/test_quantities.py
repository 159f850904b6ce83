import random
from pathlib import Path

import pytest

from extract.quantities import (
    _article_before_a_noun,
    find_quantities,
    join_unit_ranges,
    quantity_pattern,
    quantity_start,
    read_quantity,
    tokenized_quantities,
)


@pytest.mark.parametrize(
    ("mention", "value", "value_high", "unit", "qualifier", "kind"),
    [
        ("465处", 465, None, "处", None, "count"),
        ("约6.7万人", 67000, None, "人", "approx", "count"),
        ("1000余名", 1000, None, "名", "over", "count"),
        ("3000多元", 3000, None, "元", "over", "money"),
        ("1200余万元", 12000000, None, "元", "over", "money"),
        ("65万余元", 650000, None, "元", "over", "money"),
        ("七八十块钱", 70, 80, "元", "range", "money"),
        # two digits in a row with a 、 between, the scale after the second: a farm story's wages, a news count
        ("二、三百元", 200, 300, "元", "range", "money"),
        ("五、六十人", 50, 60, "人", "range", "count"),
        ("2至3家", 2, 3, "家", "range", "count"),
        ("12000斤左右", 12000, None, "斤", "approx", "measure"),
        ("80%以上", 80, None, "%", "over", "percent"),
        ("93.02％", 93.02, None, "%", None, "percent"),
        # a rate per 100,000 with its denominator alone (a health plan's maternal mortality, a cancer registry)
        ("10.46/10万", 10.46, None, "/10万", None, "percent"),
        ("285.9/10万", 285.9, None, "/10万", None, "percent"),
        ("8/10万", 8, None, "/10万", None, "percent"),  # no fraction 8/10 before 万
        ("百分之四十", 40, None, "%", None, "percent"),
        ("2.3个百分点", 2.3, None, "百分点", None, "change"),
        ("两倍", 2, None, "倍", None, "change"),
        ("翻一番", 1, None, "倍", None, "change"),  # the increase: up by once the base (增长一倍)
        ("翻两番", 3, None, "倍", None, "change"),
        ("数百万株", 1e6, None, "株", "over", "count"),
        ("万余人次", 10000, None, "人次", "over", "count"),
        ("68.34万平方米", 683400, None, "平方米", None, "measure"),
        ("不足5公顷", 5, None, "公顷", "under", "measure"),
        ("跌破七百億元", 7e10, None, "元", "under", "money"),  # a fall below a mark (a Taiwan county's farm output)
        ("跌穿2万亿元", 2e12, None, "元", "under", "money"),
        ("逾3亿美元", 3e8, None, "美元", "over", "money"),
        # a rate per ten thousand or a thousand people keeps its scale in the unit (a city's fire statistics, Taiwan;
        # a health communiqué's beds)
        ("0.60次/萬人", 0.6, None, "次/万人", None, "rate"),
        ("6.5张/千人", 6.5, None, "张/千人", None, "rate"),
        # per 100,000, its digits written (a city's maternal mortality, a province's road deaths)
        ("14.13人/10万人", 14.13, None, "人/10万人", None, "rate"),
        ("1.8人/10万人", 1.8, None, "人/10万人", None, "rate"),
        ("9大", 9, None, "个", None, "count"),
        # a rate written with a slash: the denominator joins the unit, the figure is a rate
        ("3.5元/斤", 3.5, None, "元/斤", None, "rate"),
        ("38微克/立方米", 38, None, "微克/立方米", None, "rate"),
        ("690公斤／亩", 690, None, "公斤/亩", None, "rate"),
        ("1.2万元/户", 12000, None, "元/户", None, "rate"),
        ("不超过1毫克/升", 1, None, "毫克/升", "under", "rate"),
        ("320万标准箱", 3.2e6, None, "标准箱", None, "count"),
        ("320万标箱", 3.2e6, None, "标箱", None, "count"),  # as written; lexicon/comparable_units.tsv joins them
        # a point between Chinese digits, as Taiwan's police write rates and sums: a decimal point
        ("四十三.一件", 43.1, None, "件", None, "count"),
        ("十一.三億元", 1.13e9, None, "元", None, "money"),
        # a library's loans, loan by loan and reader by reader
        ("2894.76万册次", 28947600, None, "册次", None, "count"),
        ("超过50万册人次", 5e5, None, "册人次", "over", "count"),
        ("不少于2000元", 2000, None, "元", "over", "money"),
        ("至少5人", 5, None, "人", "over", "count"),
        ("少于10人", 10, None, "人", "under", "count"),
        ("不高于5%", 5, None, "%", "under", "percent"),
        # a verb between the qualifier and its number
        ("约为1200亿元", 1.2e11, None, "元", "approx", "money"),
        ("约有300亩", 300, None, "亩", "approx", "measure"),
        ("超过了50亿元", 5e9, None, "元", "over", "money"),
        ("大约在3000元左右", 3000, None, "元", "approx", "money"),
        # 千 before 瓦/克/米 begins the unit
        ("500万千瓦", 5e6, None, "千瓦", None, "measure"),
        ("5千克", 5, None, "千克", None, "measure"),  # as written: a kilogram compares with 公斤 (comparable_units)
        ("1.5千瓦时", 1.5, None, "千瓦时", None, "measure"),
        # 千瓦小时 in full (Macau's energy statistics, a power company's report) kept as written, as 千克 is
        ("9.06亿千瓦小时", 9.06e8, None, "千瓦小时", None, "measure"),
        ("约120万千瓦小时", 1.2e6, None, "千瓦小时", "approx", "measure"),
        ("三千元", 3000, None, "元", None, "money"),
    ],
)
def test_read_quantity(mention, value, value_high, unit, qualifier, kind):
    quantity = read_quantity(mention)
    assert quantity is not None
    assert (quantity.value, quantity.value_high, quantity.unit, quantity.qualifier, quantity.kind) == (
        pytest.approx(value),
        value_high,
        unit,
        qualifier,
        kind,
    )


@pytest.mark.parametrize("mention", ["一个", "万家", "百年", "统一"])
def test_words_with_numeral_characters_are_no_quantity(mention):
    assert read_quantity(mention) is None


def test_a_slash_without_a_unit_before_it_is_no_rate():
    # 3/4 is no "3 per 4": the denominator is read only after a unit
    assert [q.mention for q in find_quantities("约3/4个")][-1] == "4个"


def test_find_quantities_keeps_near_in_nearby_out_of_the_qualifier():
    found = find_quantities("向附近12个村庄供水，约3000人受益")
    assert [(q.mention, q.qualifier) for q in found] == [("12个", None), ("约3000人", "approx")]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("楼宇买卖合约3893份", None),  # 合约, a contract: no "about"
        ("签订劳务合约120份", None),
        ("全年违约2次", None),
        ("折合约3000元", "approx"),  # 折合 and 约
        ("约3000元", "approx"),
        ("前八月對美出超854億美元", None),  # 出超, a trade surplus: no "over"
        ("全年貿易入超12.5億美元", None),
        ("支出超70%", "over"),  # 支出 and 超
        ("营业收入超30亿元", "over"),  # 收入 and 超
        ("地区生产总值逼近300亿元", "approx"),  # 逼近: close to it
    ],
)
def test_a_qualifier_that_ends_a_word_is_none(text, qualifier):
    assert find_quantities(text)[-1].qualifier == qualifier


# a word a qualifier after a measure word begins (多媒体, 多功能, 上下游: lexicon/qualifier_lookalike_words.txt) is the
# noun counted: a city's education spending, a county's culture news, an industry report; 多 before a time stays
@pytest.mark.parametrize(
    ("text", "mention", "qualifier"),
    [
        ("为34所农村牧区学校配备36个多媒体教室", "36个", None),
        ("新建20个多功能活动室", "20个", None),
        ("带动12个上下游企业落户", "12个", None),
        ("历时3年多时间建成", "3年多", "over"),
        ("共有36个多，", "36个多", "over"),
    ],
)
def test_a_word_begun_by_a_qualifier_is_the_nouns(text, mention, qualifier):
    quantity = find_quantities(text)[-1]
    assert (quantity.mention, quantity.qualifier) == (mention, qualifier)


def test_find_quantities_joins_a_number_split_by_a_column_break():
    assert [q.value for q in find_quantities("共发放奖励资金3500\n\n万元,授予")] == [35000000]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # Macau's statistics group thousands by a space, right before the unit
        ("至於在職員工方面,共有7 897人。", [7897]),
        ("入境旅客共1 234 567人次，增長5.1%。", [1234567, 5.1]),
        # and Hong Kong's departments, also before the decimals
        ("年內檢獲大麻2 874.8公斤,按年上升22%。", [2874.8, 22]),
        ("全年海上交通意外共1 012.5宗的平均數", [1012.5]),
        # and a journal's reprint of a national bulletin, before a Latin unit after a space
        ("公路密度为5 221 km/万km2,增加173 km/万km2。", [5221, 173]),
        ("完成旅客周转量35 349.06亿人·km,增长3.3%", [3.534906e12, 3.3]),
        ("隧道全长1 896 m,桥梁6 063.5 m。", [1896, 6063.5]),
        # not the columns of a table row, nor a year and a count apart
        ("總數 12 345 678\n", [12, 345, 678]),
        ("總數 12 345.6\n", [12, 345.6]),
        ("2023年 5人", [2023, 5]),
    ],
)
def test_thousands_grouped_by_a_space_before_the_unit_are_one_number(text, values):
    assert [q.value for q in find_quantities(text)] == values


_PREFILTER_TEXTS = [
    "约3000人受益，超过两成，不足1万元，将近百分之四十，逾千户，翻一番，翻两番",
    "数百万元、上万人、几十家；节约用水，签约3个项目，附近12个村",
    "全年完成投资１２．５亿元，同比增长3.2个百分点，三分之一的村",
    "统一部署，万家灯火，一个生动实践，七八十人，两三天，2至3年",
    "共有7 897人，总数 12 345 678，1 234 567人次，四十三.一件，3.5%",
]


@pytest.mark.parametrize("text", _PREFILTER_TEXTS + ["".join(_PREFILTER_TEXTS)])
def test_find_quantities_finds_what_the_pattern_finds_everywhere(text):
    """The start-character prefilter must not change what is found."""
    assert find_quantities(text) == _found_everywhere(text)


def _found_everywhere(text: str) -> list:
    """What the pattern finds tried at every character, with find_quantities's rules on the text
    around a figure (一亩地 is no figure) applied the same way."""
    everywhere = [read_quantity(m.group(), m.start()) for m in quantity_pattern().finditer(text)]
    return [q for q in everywhere if q is not None and not _article_before_a_noun(text, q)]


def test_find_quantities_prefilter_agrees_on_the_sample_pages():
    for page in sorted((Path(__file__).resolve().parents[1] / "data" / "corpus").glob("*.txt")):
        text = page.read_text(encoding="utf-8")
        assert find_quantities(text) == _found_everywhere(text), page.name


@pytest.mark.parametrize(
    ("text", "mention", "value", "value_high", "unit"),
    [
        ("每户年增收3000元至5000元。", "3000元至5000元", 3000, 5000, "元"),
        ("月薪2万-3万元", "2万-3万元", 20000, 30000, "元"),
        ("面积2万亩到3万亩", "2万亩到3万亩", 20000, 30000, "亩"),
    ],
)
def test_two_figures_of_one_unit_joined_by_to_are_one_range(text, mention, value, value_high, unit):
    (quantity,) = join_unit_ranges(text, find_quantities(text))
    assert (quantity.mention, quantity.value, quantity.value_high, quantity.unit, quantity.qualifier) == (
        mention,
        value,
        value_high,
        unit,
        "range",
    )


@pytest.mark.parametrize(
    "text",
    [
        "从100人减少到50人",  # falling: two figures, not a range
        "从20亩到900亩的产业裂变",  # from one to the other: a growth
        "3000元至5000人",  # two units
        "约3000元至5000元",  # a qualifier on one end
        "3000元，5000元",
    ],
)
def test_figures_that_are_no_range_stay_apart(text):
    assert len(join_unit_ranges(text, find_quantities(text))) == 2


@pytest.mark.parametrize(
    ("mention", "value", "unit"),
    [("三块五", 3.5, "元"), ("两块八毛钱", 2.8, "元"), ("十块钱", 10, "元"), ("三块", 3, "元")],
)
def test_spoken_prices_count_tenths_after_kuai(mention, value, unit):
    quantity = read_quantity(mention)
    assert quantity is not None and (quantity.value, quantity.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        # a digit ending the figure after 成 counts its tenths: Hong Kong crime news and a Taiwan survey
        ("上半年罪案減一成三，", "一成三", 13),
        ("受訪者中九成五的人表示滿意。", "九成五", 95),
        ("净利润增长三成五左右。", "三成五左右", 35),
        # and so does an Arabic digit after an Arabic share (Macau police statistics)
        ("的士違規個案下降近9成7。", "近9成7", 97),
        # a digit that starts a figure of its own is none
        ("一成三个月内完成。", "一成", 10),
    ],
)
def test_a_digit_ending_a_share_in_cheng_counts_its_tenths(text, mention, value):
    found = [q for q in find_quantities(text) if q.mention == mention]
    assert found and (found[0].value, found[0].unit) == (pytest.approx(value), "%")


@pytest.mark.parametrize(
    ("text", "mention", "qualifier"),
    [
        # 破 before a figure solves cases or breaks records (police news, sports news), and ends 侦破
        ("今年共破积案40起。", "40起", None),
        ("运动会上共破26项纪录。", "26项", None),
        ("全年侦破万余起案件。", "万余起", "over"),
    ],
)
def test_po_alone_before_a_figure_is_no_qualifier(text, mention, qualifier):
    assert [(q.mention, q.qualifier) for q in find_quantities(text)] == [(mention, qualifier)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # 一 and a count word closing its clause after a verb of change is the change by one (a fire service's
        # review, a Taiwan epidemic notice); before a noun it is the article
        ("比去年的六宗减少一宗。", [("六宗", 6), ("一宗", 1)]),
        ("确诊病例今天又增加一例。", [("一例", 1)]),
        ("今年增加一个项目。", []),
    ],
)
def test_one_after_a_change_closing_its_clause_is_a_figure(text, found):
    assert [(q.mention, q.value) for q in find_quantities(text)] == found


def test_a_numeral_after_kuai_that_starts_a_figure_is_not_tenths():
    assert [q.mention for q in find_quantities("一共三块，五个人分。三块五个")] == ["三块", "五个", "三块", "五个"]


@pytest.mark.parametrize(
    ("mention", "value", "unit", "qualifier"),
    [
        ("突破千亿元", 1e11, "元", "over"),  # a scale word alone, with a qualifier and a unit
        ("首破百万标箱", 1e6, "标箱", "over"),  # a level broken through for the first time (port news)
        ("首次破1亿件", 1e8, "件", "over"),  # express delivery news
        ("破万亿元", 1e12, "元", "over"),  # 破 alone before a round scale word: insurers' premiums, a city's traffic
        ("破百万人次", 1e6, "人次", "over"),
        # 破 before digits and a scale word: a headline's level broken through (a consumer council's complaints,
        # a city's express parcels, a film's box office)
        ("破4萬宗", 40000, "宗", "over"),
        ("破10亿件", 1e9, "件", "over"),
        ("破1.5亿元", 1.5e8, "元", "over"),
        ("近千万次", 1e7, "次", "approx"),
        ("千万人次以上", 1e7, "人次", "over"),
        ("385.0亿吨公里", 3.85e10, "吨公里", None),  # units as written
        ("12.0亿人公里", 1.2e9, "人公里", None),
        # a transport bulletin's passenger- and tonne-kilometres with a dot, in symbols or in Chinese
        ("35349.06亿人·km", 3.534906e12, "人·km", None),
        ("194044.56亿t·km", 1.9404456e13, "t·km", None),
        ("3534亿人·公里", 3.534e11, "人公里", None),
        ("超过100艘次", 100, "艘次", "over"),
        ("2329万标准箱", 2.329e7, "标准箱", None),
        ("150千公顷", 150_000, "公顷", None),  # thousand hectares: 千 the scale, as the guideline applies scale words
        ("143条次", 143, "条次", None),  # roads cut, line by line
        ("3.2千升", 3.2, "千升", None),
        ("541万千瓦", 5.41e6, "千瓦", None),
        # a place's digit after a larger place's is the number's, not a unit's 千 or 百
        ("约1万2千公顷", 12000, "公顷", "approx"),
        ("3千5百平方米", 3500, "平方米", None),
        ("30余班", 30, "班", "over"),  # flights of a route
        ("2.3晚", 2.3, "晚", None),  # nights of a stay
        ("2万千瓦时", 20000, "千瓦时", None),
        ("-0.57‰", -0.57, "‰", None),
    ],
)
def test_scales_units_and_signs_as_written(mention, value, unit, qualifier):
    quantity = read_quantity(mention)
    assert quantity is not None
    assert (quantity.value, quantity.unit, quantity.qualifier) == (pytest.approx(value), unit, qualifier)


@pytest.mark.parametrize("mention", ["千万", "百亿", "千亿元"])
def test_a_scale_word_without_qualifier_or_unit_is_no_figure(mention):
    assert read_quantity(mention) is None


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("自然增长率为-0.57‰。", ["-0.57‰"]),
        ("电话0731-84802117。", ["0731-84802117"]),  # a dash between figures is no sign
        ("2007年-2009年", ["2007年", "2009年"]),
    ],
)
def test_a_minus_sign_only_where_a_figure_begins(text, mentions):
    assert [q.mention for q in find_quantities(text)] == mentions


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit"),
    [
        ("占比达到百分之一点二。", "百分之一点二", 1.2, "%"),
        ("人口二百五十萬人。", "二百五十萬人", 2.5e6, "人"),
        ("投资15億元。", "15億元", 1.5e9, "元"),
        ("完成一点五万元。", "一点五万元", 15000, "元"),
    ],
)
def test_decimals_and_traditional_numerals_in_running_text(text, mention, value, unit):
    quantity = next(q for q in find_quantities(text) if q.mention == mention)
    assert (quantity.value, quantity.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize("text", ["一点一滴做起。", "有一点儿进步。"])
def test_yidian_as_a_little_is_no_figure(text):
    assert [q for q in find_quantities(text) if q.unit] == []


# --- measure words, currencies, units of measure and temperatures (lexicon/units.tsv, currencies.tsv)


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit"),
    [
        # news
        ("全省新增确诊病例56例，其中境外输入3例。", "56例", 56, "例"),
        ("累计治愈出院超2千例。", "超2千例", 2000, "例"),
        ("今年以来共查处非法捕捞案件12宗。", "12宗", 12, "宗"),
        ("在长江放流鱼苗20万尾。", "20万尾", 200000, "尾"),
        ("全市已接种新冠疫苗3000万剂，覆盖120万人份。", "3000万剂", 3e7, "剂"),
        ("全市已接种新冠疫苗3000万剂，覆盖120万人份。", "120万人份", 1.2e6, "人份"),
        ("抽检食品1200批次，合格率98%。", "1200批次", 1200, "批次"),
        ("该村新打机井3口。", "3口", 3, "口"),
        ("当天接待游客车辆800辆、游船12艘。", "12艘", 12, "艘"),
        ("展出古籍善本300册、书画50幅。", "300册", 300, "册"),
        # company news
        ("公司回购股份2000万股，约占总股本1.2%。", "2000万股", 2e7, "股"),
        ("全年销售白酒1.5亿瓶。", "1.5亿瓶", 1.5e8, "瓶"),
        ("新品发布会推出5款手机。", "5款", 5, "款"),
        ("累计授课120堂，发放教材3000本。", "120堂", 120, "堂"),
        # communiqué
        ("年末生猪存栏134.4万头，家禽存栏2438万只。", "134.4万头", 1.344e6, "头"),
        ("全年办理民事案件5.2万件次。", "5.2万件次", 52000, "件次"),
        ("节日期间检查车辆5000辆次，开行旅客列车300列次。", "300列次", 300, "列次"),
        ("区政府发布预警信息12则。", "12则", 12, "则"),
        ("新建方舱医院1000床。", "1000床", 1000, "床"),
    ],
)
def test_measure_words_of_running_text(text, mention, value, unit):
    quantity = next(q for q in find_quantities(text) if q.mention == mention)
    assert (quantity.value, quantity.unit, quantity.kind) == (pytest.approx(value), unit, "count")


@pytest.mark.parametrize(
    ("text", "not_a_unit"),
    [
        ("企业日产N95口罩10万只。", "口"),  # 口 before 罩 is no well
        ("举出3例如下：", "例"),  # 例如, "for example"
        ("全村有3人担任组长。", "担"),  # 担任 (serve as): no weight of 担
        ("由2家银行担保贷款。", "担"),
        ("建成5G基站300个。", "G"),  # G is no unit; a code, dropped by the claims step
        ("延迟10ms。", "米"),  # m before s is no metre
        ("上线5g网络。", "克"),
        ("推进“四集中”要求。", "集"),  # 集 before 中 is no episode
        ("开展二十四节气研学。", "节"),
        ("元旦春节两节期间，市场供应充足。", "节"),  # the two festivals, not two lessons
        ("每户家庭每两天可派1人外出。", "两"),  # 两 is the weight only after an Arabic digit
        ("主要有三方面的原因：一是……", "方"),  # three aspects, not three cubic metres
        ("市里拿出两方案供群众选择。", "方"),
        ("工业三大门类全面增长。", "门"),  # 门类 (categories), not three guns or courses
        ("开通3门诊服务点。", "门"),
    ],
)
def test_a_measure_word_that_begins_a_word_is_no_unit(text, not_a_unit):
    assert all(q.unit != not_a_unit for q in find_quantities(text))


def test_a_measure_word_before_no_word_of_its_own_stays_a_unit():
    assert [(q.value, q.unit) for q in find_quantities("全年完成土方5万方，三方面工作齐头并进。")] == [(50000.0, "方")]


@pytest.mark.parametrize(
    ("mention", "value", "unit"),
    [
        ("1.15亿加元", 1.15e8, "加元"),
        ("2亿加拿大元", 2e8, "加元"),
        ("3000万美元", 3e7, "美元"),
        ("10万美金", 1e5, "美元"),
        ("50亿日元", 5e9, "日元"),
        ("5亿日圆", 5e8, "日元"),
        ("2亿欧元", 2e8, "欧元"),
        ("5亿港元", 5e8, "港元"),
        ("5亿港币", 5e8, "港元"),
        ("3亿澳门元", 3e8, "澳门元"),
        ("2000万新台币", 2e7, "新台币"),
        ("100万瑞士法郎", 1e6, "瑞士法郎"),
        ("5000万卢比", 5e7, "卢比"),  # several currencies are rupees: kept as written
        ("10亿韩元", 1e9, "韩元"),
        ("100万韩币", 1e6, "韩元"),
        ("3亿卢布", 3e8, "卢布"),
        ("2亿澳元", 2e8, "澳元"),
        ("1000万新加坡元", 1e7, "新加坡元"),
        ("500万泰铢", 5e6, "泰铢"),
        ("20亿英镑", 2e9, "英镑"),
        # signs before the number, with the scale word after it
        ("$20", 20, "美元"),
        ("US$5亿", 5e8, "美元"),
        ("HK$5亿", 5e8, "港元"),
        ("HK$ 3.2亿", 3.2e8, "港元"),
        ("NT$300万", 3e6, "新台币"),
        ("￥300", 300, "元"),
        ("¥300", 300, "元"),
        ("€20", 20, "欧元"),
        ("£5", 5, "英镑"),
        ("约US$5亿", 5e8, "美元"),
    ],
)
def test_foreign_currencies_are_money_in_their_own_unit(mention, value, unit):
    quantity = read_quantity(mention)
    assert quantity is not None
    assert (quantity.value, quantity.unit, quantity.kind) == (pytest.approx(value), unit, "money")


def test_currency_signs_in_running_text():
    text = "该公司去年营收US$5亿，净利润HK$3000万，门票售价€20。"
    assert [(q.mention, q.value, q.unit) for q in find_quantities(text)] == [
        ("US$5亿", 5e8, "美元"),
        ("HK$3000万", 3e7, "港元"),
        ("€20", 20, "欧元"),
    ]


@pytest.mark.parametrize(("mention", "value", "unit"), [("58万标箱", 580000, "标箱"), ("120万TEU", 1.2e6, "TEU")])
def test_containers_are_counted_in_standard_units(mention, value, unit):
    quantity = read_quantity(mention)
    assert quantity is not None
    assert (quantity.value, quantity.unit, quantity.kind) == (pytest.approx(value), unit, "count")


@pytest.mark.parametrize(
    ("mention", "value", "unit"),
    [
        # Taiwan's and Hong Kong's metric names are kept as written, as 公斤 and 公顷 are (a Taiwan scenic-spot story, a
        # sports page, a food-safety release); they compare with 厘米, 米 and 克 across articles
        ("175公分", 175, "公分"),
        ("三十公尺", 30, "公尺"),
        ("500公克", 500, "公克"),
        # Taiwan's square and cubic metres (a city's works report: 騎樓整平1萬4624平方公尺; a reservoir's storage)
        ("1萬4624平方公尺", 14624, "平方公尺"),
        ("2億立方公尺", 2e8, "立方公尺"),
        # a Latin symbol is kept as written (the Chinese unit it equals compares with it across articles)
        ("175cm", 175, "cm"),
        ("5mm", 5, "mm"),
        ("100m", 100, "m"),
        ("42.195km", 42.195, "km"),
        # a water-resources bulletin writes the square as a plain 2 (全市土地总面积18597km2), as m2 is written
        ("18597km2", 18597, "km2"),
        ("120m2", 120, "m2"),
        ("5kg", 5, "kg"),
        ("500g", 500, "g"),
        ("30t", 30, "t"),
        ("3两", 3, "两"),
        ("8斤", 8, "斤"),
        ("15万担", 1.5e5, "担"),  # a tobacco or grain harvest's weight
        ("512字节", 512, "字节"),
        ("64KB", 64, "KB"),
        ("3.5GB", 3.5, "GB"),
        ("2TB", 2, "TB"),
        ("8.8亿千瓦时", 8.8e8, "千瓦时"),
        ("120kWh", 120, "kWh"),
        ("3.5吉瓦", 3.5, "吉瓦"),
        ("3.5GW", 3.5, "GW"),
        ("200兆瓦", 200, "兆瓦"),
        ("200MW", 200, "MW"),
        # energy stored or sold (a battery maker's results, a grid's output)
        ("661GWh", 661, "GWh"),
        ("3.2万MWh", 32000, "MWh"),
        ("1.5TWh", 1.5, "TWh"),
        ("1.2万兆瓦时", 12000, "兆瓦时"),
        ("1.2万立方米", 12000, "立方米"),
        ("300m³", 300, "m³"),
        ("5升", 5, "升"),
        ("5L", 5, "L"),
        ("250毫升", 250, "毫升"),
        ("250ml", 250, "ml"),
        ("150瓦", 150, "瓦"),
        ("55分贝", 55, "分贝"),
        ("300马力", 300, "马力"),
    ],
)
def test_units_of_measure_as_people_write_them(mention, value, unit):
    quantity = read_quantity(mention)
    assert quantity is not None
    assert (quantity.value, quantity.unit, quantity.kind) == (pytest.approx(value), unit, "measure")


def _as_tokenized(text: str) -> list:
    """The quantities as the tokenizer hands them on: ranges joined, 度 and 分 settled, compound durations joined."""
    return tokenized_quantities(text)


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit"),
    [
        # a duration in two units is one, in the smaller: a port's milestones, a works report, a race
        ("而突破第二个5,000万人次，仅用约1年8个月。", "约1年8个月", 20, "个月"),
        ("项目工期1年零3个月。", "1年零3个月", 15, "个月"),
        ("救援历时2小时30分钟。", "2小时30分钟", 150, "分钟"),
        ("救援历时2小时又15分钟。", "2小时又15分钟", 135, "分钟"),
        ("强降雨持续3天12小时。", "3天12小时", 84, "小时"),
        # 分 before seconds is minutes, not a point: a race result, a call's length
        ("他以2分10秒的成绩夺得冠军。", "2分10秒", 130, "秒"),
        ("平均通话时长1分05秒。", "1分05秒", 65, "秒"),
    ],
)
def test_a_duration_in_two_units_is_one(text, mention, value, unit):
    quantity = next(q for q in _as_tokenized(text) if q.mention == mention)
    assert (quantity.value, quantity.unit, quantity.kind) == (pytest.approx(value), unit, "duration")


def test_a_clock_time_with_seconds_is_no_duration():
    # 10时30分20秒: an hour before the minutes makes it a time of day, not 630 seconds
    assert not [q.mention for q in _as_tokenized("10时30分20秒发生地震。") if "分" in q.mention]


def test_durations_of_two_things_stay_two():
    # two durations of one unit each, a comma between: not one
    assert [q.mention for q in _as_tokenized("用时约5年，此后仅8个月。")] == ["约5年", "8个月"]


@pytest.mark.parametrize(
    ("text", "mention", "value", "value_high", "unit", "kind"),
    [
        # weather news: the unit as written (度 alone in a clause of weather too)
        ("明天白天最高气温25摄氏度。", "25摄氏度", 25, None, "摄氏度", "temperature"),
        ("夜间最低气温零下5度。", "零下5度", -5, None, "度", "temperature"),
        ("北京气温-3℃，体感寒冷。", "-3℃", -3, None, "℃", "temperature"),
        # °C is the one symbol ℃ in two characters: stored as ℃ (a weather warning, a case's temperature; °F likewise)
        ("午后气温升至30°C。", "30°C", 30, None, "℃", "temperature"),
        ("27日出现发热、咳嗽，体温38.3°C。", "38.3°C", 38.3, None, "℃", "temperature"),
        ("当日纽约最高气温98°F。", "98°F", 98, None, "℉", "temperature"),
        ("室内温度保持在18至22℃。", "18至22℃", 18, 22, "℃", "temperature"),
        ("明晨气温零下3至8度。", "零下3至8度", -8, -3, "度", "temperature"),
        ("患者体温38.5度。", "38.5度", 38.5, None, "度", "temperature"),
        ("当地气温30多度。", "30多度", 30, None, "度", "temperature"),
        ("纽约气温华氏100度。", "100度", 100, None, "℉", "temperature"),
        # communiqué and company news: 度 of electricity keeps its unit, one 度 a 千瓦时
        ("全年发电量达到8.8亿度，同比增长5%。", "8.8亿度", 8.8e8, None, "度", "measure"),
        ("全社会用电量12.5亿度。", "12.5亿度", 1.25e9, None, "度", "measure"),
        ("光伏电站年均节约标煤，年发电2000万度。", "2000万度", 2e7, None, "度", "measure"),
        # hundreds of millions of 度 after a paragraph that spoke of power, their own clause naming none: a
        # Taiwan energy report (as the pipeline reads its Traditional text) and a province's power news
        ("全国总用电量达2710亿度,较前年成长55亿度,涨幅约2.4%。", "55亿度", 5.5e9, None, "度", "measure"),
        ("火力发电约为2300.7亿度,燃煤占了1259.5亿度。", "1259.5亿度", 1.2595e11, None, "度", "measure"),
        ("全省发电量3000亿度，其中风电占比12%，光伏新增并网后累计达到45万度。", "45万度", 4.5e5, None, "度", "measure"),
    ],
)
def test_degrees_are_settled_by_the_words_before_them(text, mention, value, value_high, unit, kind):
    quantity = next(q for q in _as_tokenized(text) if q.mention == mention)
    assert (quantity.value, quantity.value_high, quantity.unit, quantity.kind) == (
        pytest.approx(value),
        value_high,
        unit,
        kind,
    )
    assert text[quantity.start : quantity.end] == mention


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        # sports news: a delegation's team score at provincial games
        ("共获得了48枚金牌,团体总分达2611.50分,创历史最好成绩。", "2611.50分", 2611.5),
        ("代表团获得39金28银,团体总分1869分。", "1869分", 1869),
        # a work report's appraisal and an examination
        ("在全省营商环境考核中得分98.5分，排名第一。", "98.5分", 98.5),
        ("全市高考本科录取线为455分。", "455分", 455),
        ("群众满意度测评平均分为92.3分。", "92.3分", 92.3),
    ],
)
def test_a_point_of_a_score_is_settled_by_the_words_before_it(text, mention, value):
    quantity = next(q for q in _as_tokenized(text) if q.mention == mention)
    assert (quantity.value, quantity.unit, quantity.kind) == (pytest.approx(value), "分", "count")


@pytest.mark.parametrize(
    "text",
    [
        "事故发生于10时30分。",  # a clock time
        "这项工作十分重要。",  # a word
        "每斤售价1元5角3分。",  # a cent
        "他以2分10秒的成绩夺冠。",  # minutes of a time, its score word after it
        "三分天下。",
    ],
)
def test_fen_without_a_score_around_it_is_no_point(text):
    assert all(q.unit != "分" for q in _as_tokenized(text))


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit"),
    [
        ("公投案同意票數為13180票、不同意票數為4012票。", "13180票", 13180, "票"),  # votes
        ("该议案以52票赞成获得通过。", "52票", 52, "票"),
        ("已恢复供电34290用户。", "34290用户", 34290, "用户"),  # users counted by the noun alone
        ("全省5G网络覆盖1.2亿用户。", "1.2亿用户", 1.2e8, "用户"),
        ("全区新增变电容量120万千伏安。", "120万千伏安", 1.2e6, "千伏安"),  # a capacity, no grade
        # loads of rail wagons or trucks: a transport report, a relief item
        ("累计货运装车4226车26.91万吨。", "4226车", 4226, "车"),
        ("运来5车蔬菜支援灾区。", "5车", 5, "车"),
        # an infant's age in months: an epidemic bulletin, a vaccination notice
        ("年龄介于10月龄-86岁之间。", "10月龄", 10, "月龄"),
        ("6月龄以下婴儿暂不接种。", "6月龄以下", 6, "月龄"),
        # people by sex after their total: a fire service's figures (Traditional), an epidemic notice
        ("涉及11,540人(5,903男、5,637女)。", "5,903男", 5903, "人"),
        ("这5名新增患者为3男2女。", "2女", 2, "人"),
    ],
)
def test_votes_users_and_capacities_are_units(text, mention, value, unit):
    quantity = next(q for q in _as_tokenized(text) if q.mention == mention)
    assert (quantity.value, quantity.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "not_a_unit"),
    [
        ("已恢复4座110千伏变电站。", "千伏"),  # a voltage grading equipment
        ("新建35千伏线路8条。", "千伏"),
        ("110千伏及以上线路长度增加。", "千伏"),
        ("实行安全生产一票否决。", "票"),  # words 票 opens
        ("该片票房3亿元，另有3张票据。", "票"),
        ("道路拓宽为6车道。", "车"),  # words 车 opens
        ("零售業銷貨額達324億年升13.7%", "年"),  # a year-on-year rise after a headline's sum
        ("出口額612億年跌3%", "年"),
        ("新建2车间。", "车"),
        ("一男子在路边被抓获。", "人"),  # words 男 and 女 open
        ("3名女性患者出院。", "人"),
    ],
)
def test_grades_and_words_are_no_units(text, not_a_unit):
    assert all(q.unit != not_a_unit for q in _as_tokenized(text))


@pytest.mark.parametrize(
    "text",
    [
        "编制2024年度预算。",  # a year
        "该队三度夺冠。",  # times
        "机械臂可旋转180度。",  # an angle
        "当地抗震设防烈度为7度。",
        "推出52度白酒。",
        "会议室温差较大，3-5人一组。",  # a temperature word, but no 度 written
        "全省用电量平稳。机械臂可旋转180度。",  # power before, but no 万 or 亿 before the 度
        "全省用电量平稳。\n该队三万度夺冠。",  # a large 度 in the next paragraph only
    ],
)
def test_du_without_electricity_or_temperature_around_it_is_no_unit(text):
    found = _as_tokenized(text)
    assert all(q.kind not in ("temperature", "degree") and q.unit not in ("度", "℃") for q in found)


@pytest.mark.parametrize(
    ("text", "value", "value_high"),
    [("气温在10℃-15℃之间。", 10, 15), ("气温3-5℃。", 3, 5)],
)
def test_a_dash_between_temperatures_is_a_range_not_a_sign(text, value, value_high):
    (quantity,) = _as_tokenized(text)
    assert (quantity.value, quantity.value_high, quantity.unit) == (value, value_high, "℃")


@pytest.mark.parametrize("character", ["(", "%", "+", ",", ".", "/", "#", "&"])
def test_the_start_prefilter_holds_only_the_characters_a_quantity_starts_with(character):
    # its signs ($) and minus (-) escaped, not a range of the ASCII punctuation between them
    assert quantity_start().match(character) is None


@pytest.mark.parametrize("character", ["$", "-", "€", "U", "3", "约"])
def test_the_start_prefilter_holds_signs_and_numbers(character):
    assert quantity_start().match(character) is not None


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit"),
    [
        ("特区政府向每位市民派发港币1万元。", "1万元", 1e4, "港元"),  # Hong Kong news
        ("景区门票新台币300元。", "300元", 300, "新台币"),
        ("公司获得美金贷款约3000万元。", None, None, None),  # a word between: 元 is as written
        ("本次募集资金人民币5亿元。", "5亿元", 5e8, "元"),  # company news: 人民币 is 元
        ("月薪港币约2万元。", "约2万元", 2e4, "港元"),
    ],
)
def test_a_currency_named_before_the_number_is_the_unit_of_its_yuan(text, mention, value, unit):
    found = _as_tokenized(text)
    if mention is None:
        assert [q.unit for q in found] == ["元"]
    else:
        (quantity,) = found
        assert (quantity.mention, quantity.value, quantity.unit, quantity.kind) == (mention, value, unit, "money")


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        # a qualifier before the currency's name is the figure's (in the Simplified view the tokenizer reads): a
        # Taiwan farm-loss report, Hong Kong company news
        ("总计损失约新台币5.9亿元。", "approx"),
        ("该公司去年盈利逾港币3.2亿元。", "over"),
        ("景区门票新台币300元。", None),
    ],
)
def test_a_qualifier_before_the_currency_named_before_the_number_is_the_figures(text, qualifier):
    (quantity,) = _as_tokenized(text)
    assert quantity.qualifier == qualifier


# Numerals in running text, two genres: lines of a statistical communiqué, and news lines. Each row:
# text, the mention found, value, value_high, unit, qualifier, kind.
_COMMUNIQUE_LINES = [
    ("全年工业品出厂价格同比-12.5%。", "-12.5%", -12.5, None, "%", None, "percent"),
    ("采掘工业价格负3.9%。", "负3.9%", -3.9, None, "%", None, "percent"),
    # a minus after a word joining two figures (和, 及) is the second figure's sign, no range's dash
    ("教育和卫生投资分别为-85.9%和-97.8%。", "-97.8%", -97.8, None, "%", None, "percent"),
    ("出口和进口分别为-3.1%及-5.2%。", "-5.2%", -5.2, None, "%", None, "percent"),
    ("地面沉降负0.2千米。", "负0.2千米", -0.2, None, "公里", None, "measure"),
    ("全市人口出生率为千分之五。", "千分之五", 5, None, "‰", None, "percent"),
    ("人口死亡率万分之三。", "万分之三", 3, None, "‱", None, "percent"),
    ("玉米占五分之二。", "五分之二", 40, None, "%", None, "percent"),
    ("水稻面积约占全县耕地的4分之1。", "4分之1", 25, None, "%", None, "percent"),  # a fraction in Arabic digits
    ("服务业占比百分之六七十。", "百分之六七十", 60, 70, "%", "range", "percent"),
    ("成本下降百分之几十。", "百分之几十", 10, None, "%", "over", "percent"),
    ("高新技术企业占9成。", "9成", 90, None, "%", None, "percent"),
    ("出口企业7.2成实现增长。", "7.2成", 72, None, "%", None, "percent"),
    ("覆盖率八点五成。", "八点五成", 85, None, "%", None, "percent"),
    ("收入中位数下跌1成。", "1成", 10, None, "%", None, "percent"),
    ("林地面积十几万亩。", "十几万亩", 100_000, None, "亩", "over", "measure"),
    ("营业收入三十几万元。", "三十几万元", 300_000, None, "元", "over", "money"),
    ("全年接待游客一万万人次。", "一万万人次", 1e8, None, "人次", None, "count"),
    ("年产值达1兆6,951亿元。", "1兆6,951亿元", 1.6951e12, None, "元", None, "money"),
    ("财政拨款贰仟元。", "贰仟元", 2000, None, "元", None, "money"),
]
_NEWS_LINES = [
    ("警方在边境缴获毒品近一吨。", "近一吨", 1, None, "吨", "approx", "measure"),
    ("每张门票折扣一美元。", "一美元", 1, None, "美元", None, "money"),
    ("借据上写着人民币叁万伍仟元整。", "叁万伍仟元", 35000, None, "元", None, "money"),
    ("捐款壹佰元。", "壹佰元", 100, None, "元", None, "money"),
    ("车费玖元。", "玖元", 9, None, "元", None, "money"),
    ("收到人民币壹元整。", "壹元", 1, None, "元", None, "money"),  # 壹 is never the article
    ("大约六七成的受访者表示满意。", "大约六七成", 60, 70, "%", "range", "percent"),
    ("縣府宣布加碼補助2分之1費用。", "2分之1", 50, None, "%", None, "percent"),  # Taiwan's papers' fractions
    ("有两三个村尚未通水。", "两三个", 2, 3, "个", "range", "count"),
    ("现场来了六七十人。", "六七十人", 60, 70, "人", "range", "count"),
    ("这根钢管长两米半。", "两米半", 2.5, None, "米", None, "measure"),
    ("货车装了一吨半。", "一吨半", 1.5, None, "吨", None, "measure"),
    ("工程历时一个半月。", "一个半月", 1.5, None, "个月", None, "duration"),  # 个月 as written, its 半 inside
    ("商品住房去化周期8.9个月。", "8.9个月", 8.9, None, "个月", None, "duration"),
    ("居民每天饮水2升。", "2升", 2, None, "升", None, "measure"),
    ("庭审历时8个多小时。", "8个多小时", 8, None, "小时", "over", "duration"),
    ("他在外打工一年半。", "一年半", 1.5, None, "年", None, "duration"),
    ("孩子刚满三岁半。", "三岁半", 3.5, None, "岁", None, "age"),
    ("超过三成半的商户涨价。", "超过三成半", 35, None, "%", "over", "percent"),
    ("利润只增长半成。", "半成", 5, None, "%", None, "percent"),
    ("商场打出75折促销。", "75折", 75, None, "%", None, "percent"),
    ("会员再享9.9折。", "9.9折", 99, None, "%", None, "percent"),
    ("部分商品对折出售。", "对折", 50, None, "%", None, "percent"),
    ("全场八折。", "八折", 80, None, "%", None, "percent"),
    ("早餐一份五元三角。", "五元三角", 5.3, None, "元", None, "money"),
    ("票价两美元又三美分。", "两美元又三美分", 2.03, None, "美元", None, "money"),
    ("一斤卖3元5角。", "3元5角", 3.5, None, "元", None, "money"),
    ("邮票每枚3元5角6分。", "3元5角6分", 3.56, None, "元", None, "money"),
    # money under one 元 right after a currency word: tenths (角, Hong Kong's 毫) and hundredths (仙); its 元 is
    # settled by the currency named before it (a listed company's dividend; a fare notice)
    ("全年股息每股港币七角九仙。", "七角九仙", 0.79, None, "元", None, "money"),
    ("末期股息每股港币六角。", "六角", 0.6, None, "元", None, "money"),
    ("每股派息港币二十仙。", "二十仙", 0.2, None, "元", None, "money"),
    ("小童车费港币五毫。", "五毫", 0.5, None, "元", None, "money"),
    ("去年同期减少约一半。", "约一半", 50, None, "%", "approx", "percent"),
    ("三成年轻人选择网购。", "三成", 30, None, "%", None, "percent"),  # not 成年人
    ("两成家庭有汽车。", "两成", 20, None, "%", None, "percent"),
    ("八成以上的村民参保。", "八成以上", 80, None, "%", "over", "percent"),
    ("两成多的商户涨价。", "两成多", 20, None, "%", "over", "percent"),
    ("打七八折。", "七八折", 70, 80, "%", "range", "percent"),
]


@pytest.mark.parametrize(
    ("text", "mention", "value", "value_high", "unit", "qualifier", "kind"),
    _COMMUNIQUE_LINES + _NEWS_LINES,
)
def test_numeral_forms_in_running_text(text, mention, value, value_high, unit, qualifier, kind):
    found = {q.mention: q for q in join_unit_ranges(text, find_quantities(text))}
    assert mention in found, list(found)
    quantity = found[mention]
    assert (quantity.value, quantity.value_high, quantity.unit, quantity.qualifier, quantity.kind) == (
        pytest.approx(value),
        value_high,
        unit,
        qualifier,
        kind,
    )


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        # a qualifier before the whole a share is of is read by the claims step; the fraction is a percentage to two
        # decimals, as a statistics table or an annotator writes it (a crop report, a survey, Taiwan's farm news)
        ("小麦约占播种面积的三分之一。", "三分之一", 33.33),
        ("民营企业约占1/3。", "1/3", 33.33),
        ("男性占2/3。", "2/3", 66.67),
        ("農民自付3分之1。", "3分之1", 33.33),
        ("占八分之一。", "八分之一", 12.5),
    ],
)
def test_fractions_are_percentages_to_two_decimals(text, mention, value):
    (quantity,) = [q for q in find_quantities(text) if q.mention == mention]
    assert (quantity.value, quantity.unit, quantity.kind) == (value, "%", "percent")


@pytest.mark.parametrize(
    ("genre", "text"),
    [
        # a year and the next written with a slash are a school, fiscal or sports year, no fraction (2004/2005 is no
        # 99.95%): a Macau education survey, a Hong Kong budget, a league report
        ("Macau education survey", "2004/2005学年全澳共有138间学校。"),
        ("Hong Kong budget", "2024/25財政年度的開支。"),
        ("league report", "2023/24赛季的观众。"),
        ("bare", "在2019/2020年间。"),
    ],
)
def test_a_year_across_two_is_no_fraction(genre, text):
    assert [q.mention for q in find_quantities(text) if "/" in q.mention] == [], genre


@pytest.mark.parametrize(
    ("genre", "text", "mention", "unit"),
    [
        # micrograms in the Greek or the micro sign, per cubic metre: a Taiwan city's air-quality release and a
        # mainland city's environment bulletin
        ("Taiwan air quality", "台中去年PM2.5年均濃度降至20.2μg/m3。", "20.2μg/m3", "μg/m3"),
        ("city environment bulletin", "PM2.5平均浓度为32µg/m³。", "32µg/m³", "μg/m³"),
    ],
)
def test_micrograms_per_cubic_metre(genre, text, mention, unit):
    (quantity,) = [q for q in find_quantities(text) if q.mention == mention]
    assert quantity.unit == unit, genre


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("他说，一个项目就能带动全村。", []),  # 一 before a count word is the article
        ("一家企业落户园区。", []),
        ("村里承包了一块地。", []),  # 块 as a count word
        ("一亩地能收获8000斤。", ["8000斤"]),  # 一亩 is the base the figure is per
        ("一斤6块钱。", ["6块钱"]),
        ("书屋名叫一米阳光。", []),
        ("政策一成不变。", []),
        ("小组有三成员。", []),
        ("村里有3成年人。", ["3"]),  # 成年人 begins with 成 (lexicon/unit_not_before.tsv)
        ("推行二元化管理。", []),
        ("游客三五成群。", []),
        ("厂房设备8折旧后入账。", ["8"]),
        ("队伍1000人。", ["1000人"]),  # 伍 in 队伍 is no capital numeral
        ("大陆3家企业。", ["3家"]),
        ("主队胜3场负2场。", ["3场", "2场"]),  # 负 before a count: games lost, not minus two
        ("年龄介于11月龄-85岁之间。", ["11月龄", "85岁"]),  # a dash between two figures
        ("电话0731-84802117。", ["0731-84802117"]),
        ("约3/4个", ["约3", "4个"]),  # a unit after the slash: no fraction
        ("日期2024/11/28。", ["2024", "11", "28"]),
        ("比分12/5。", []),  # not a proper fraction
        ("装机100兆瓦。", ["100兆瓦"]),  # 兆 before 瓦 is mega-, the unit's
        ("百兆宽带入户。", []),
        ("另一半在外地。", []),
        ("七十百人。", []),  # unreadable: no figure, and no exception
    ],
)
def test_numeral_characters_that_make_no_figure(text, mentions):
    assert [q.mention for q in find_quantities(text)] == mentions


_RUN_CHARACTERS = list(
    "一二两三四五六七八九十百千万亿零〇点半几余多成分之折对兆负"
    + "壹贰叁伍陆柒捌玖拾佰仟0123456789./-%元个人吨米年月约近"
)


@pytest.mark.parametrize("seed", range(8))
def test_no_run_of_numeral_characters_raises(seed):
    """Property: nothing that finds or reads quantities raises, whatever run of numeral characters
    (and the units, signs and qualifiers around them) it is given; an unreadable one is no figure."""
    rng = random.Random(seed)
    for _ in range(300):
        text = "".join(rng.choice(_RUN_CHARACTERS) for _ in range(rng.randint(1, 24)))
        join_unit_ranges(text, find_quantities(text))
        read_quantity(text)


def test_reading_a_long_digit_run_that_is_no_quantity_takes_no_time():
    # fullmatch would backtrack through every way to cut the digits between its repeated groups
    assert read_quantity("1" * 40 + "a") is None


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # a dash with no space around it, or a space on each side, joins a range
        ("每户2-3人", ["2-3人"]),
        ("每户2 - 3人", ["2 - 3人"]),
        ("每村2至 3家", ["2至 3家"]),
        # a dash after a space or a tab alone is the minus sign of the next cell's figure
        ("制造\t17500元\t-12.5%", ["17500元", "-12.5%"]),
        ("畜牧业 75.17 -5.1", ["75.17", "-5.1"]),
        ("| 零售 | 14000元 | -7.1% |", ["14000元", "-7.1%"]),
    ],
)
def test_a_dash_is_a_range_or_a_sign_by_the_spaces_around_it(text, mentions):
    assert [q.mention for q in find_quantities(text)] == mentions


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a unit is the whole next cell of a table row (a column of units): the figure's
        ("小麦\t520\t万吨\n玉米\t300\t万吨", [("520\t万吨", 5.2e6, "吨"), ("300\t万吨", 3e6, "吨")]),
        # a word in the next cell begins with a unit (单县 a place, 成武县 one): no unit of the figure's
        ("菏泽市\t6.8\t单县\t7.1", [("6.8", 6.8, ""), ("7.1", 7.1, "")]),
        ("巨野县\t6.6\t成武县\t6.3", [("6.6", 6.6, ""), ("6.3", 6.3, "")]),
    ],
)
def test_a_unit_in_the_next_cell_of_a_table_row_is_the_figures_only_as_the_whole_cell(text, found):
    assert [(q.mention, q.value, q.unit) for q in _as_tokenized(text)] == found


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit"),
    [
        # a scale word, 大 or 多 that begins a unit of the lexicon is the unit's (the property suite found them):
        ("线路电压等级为500千伏", "500千伏", 500, "千伏"),  # was 500千 = 500000, no unit, no claim
        ("气压为101.3千帕", "101.3千帕", 101.3, "千帕"),
        ("频率为900千赫", "900千赫", 900, "千赫"),
        ("容量为512千字节", "512千字节", 512, "KB"),  # was 512000 字节
        ("每天2000大卡", "2000大卡", 2000, "千卡"),  # was 2000 大, a rhetorical count
        ("下降0.5百分点", "0.5百分点", 0.5, "百分点"),  # was 0.5百 = 50, no unit
        ("共1436.26百慕大元", "1436.26百慕大元", 1436.26, "百慕大元"),
        ("共464687多布拉", "464687多布拉", 464687, "多布拉"),  # was 464687 多 (over), no unit
        # and where no unit begins with it, it stays the figure's
        ("装机500万千瓦", "500万千瓦", 5_000_000, "千瓦"),
        ("海拔5000多米", "5000多米", 5000, "米"),
        ("三百人", "三百人", 300, "人"),
    ],
)
def test_a_character_that_begins_a_unit_is_the_units_not_the_figures(text, mention, value, unit):
    [quantity] = find_quantities(text)
    assert (quantity.mention, quantity.value, quantity.unit) == (mention, pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "mention", "unit"),
    [
        # environmental bulletins sum days over cities; transport news counts flights
        ("京津冀地区共发生重污染152天次，同比下降34.8%。", "152天次", "天次"),
        ("全市共发生重污染天气3天次。", "3天次", "天次"),
        ("机场保障航班1.2万架次。", "1.2万架次", "架次"),
        # ports of entry count trains, cars and aircraft together, each crossing once
        ("全区口岸进出境交通工具为76.9万列辆架次，同比下降6.2%。", "76.9万列辆架次", "列辆架次"),
        ("口岸出入境交通工具达到120万辆架次。", "120万辆架次", "辆架次"),
        ("港口监管进出境船舶和车辆3.2万艘辆次。", "3.2万艘辆次", "艘辆次"),
    ],
)
def test_days_summed_over_cities_are_a_unit_of_their_own(text, mention, unit):
    [quantity] = [q for q in find_quantities(text) if text[q.start : q.end] == mention]
    assert quantity.unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "省公安厅经侦、治安等6部门负责人回答提问。",  # a press conference: 部 opens 部门
        "市委办公室等12部署落实。",
    ],
)
def test_bu_opening_a_word_is_no_unit(text):
    assert not any(q.unit == "部" for q in find_quantities(text))


def test_bu_counts_films_and_rules():
    assert [q.unit for q in find_quantities("拍摄电影3部，制定规章7部。")] == ["部", "部"]


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit", "kind"),
    [
        # 方 after a scale word: an area in a clause of area (a housing release), its short 方米, else a volume (a
        # works report, a water bulletin); without one a count of parties
        ("前10月全省商品房销售面积1.3亿方米。", "1.3亿方米", 1.3e8, "平方米", "measure"),
        ("住宅销售11817.6万方。", "11817.6万方", 1.18176e8, "平方米", "measure"),
        ("全年完成土方50万方。", "50万方", 5e5, "立方米", "measure"),
        ("全市供水2.1亿方。", "2.1亿方", 2.1e8, "立方米", "measure"),
        ("三方签订合作协议。", "三方", 3, "方", "count"),
    ],
)
def test_fang_after_a_scale_word_is_an_area_or_a_volume(text, mention, value, unit, kind):
    quantity = next(q for q in _as_tokenized(text) if q.mention == mention)
    assert (quantity.value, quantity.unit, quantity.kind) == (pytest.approx(value), unit, kind)
    assert text[quantity.start : quantity.end] == mention


@pytest.mark.parametrize(
    ("text", "mention", "unit"),
    [
        # a note naming the currency of the figures from there on (…下同), the figure right before it too: Macau's
        # visitor spending release, a company's results in US dollars
        ("旅客总消费上升35.9%至203.5亿元(澳门元，下同)；留宿旅客人均消费4,024元。", "203.5亿元", "澳门元"),
        ("旅客总消费上升35.9%至203.5亿元(澳门元，下同)；留宿旅客人均消费4,024元。", "4,024元", "澳门元"),
        ("公司营业收入（单位：美元，下同）为12亿元，净利润3亿元。", "3亿元", "美元"),
        # no note: 元 stays 元
        ("旅客总消费203.5亿元；留宿旅客人均消费4,024元。", "4,024元", "元"),
    ],
)
def test_a_currency_note_names_the_currency_of_the_figures_after_it(text, mention, unit):
    quantity = next(q for q in _as_tokenized(text) if q.mention == mention)
    assert quantity.unit == unit


@pytest.mark.parametrize("text", ["三班倒工作制", "实行两班制", "配齐3个班子", "一班人马"])
def test_a_team_or_a_shift_is_no_count_of_flights(text):
    assert all(q.unit != "班" for q in find_quantities(text))


@pytest.mark.parametrize("text", ["一晚上接待游客", "3月5日晚发布通报", "今晚8时", "两晚会演出"])
def test_an_evening_or_a_show_is_no_count_of_nights(text):
    assert all(q.unit != "晚" for q in find_quantities(text))


def test_the_evening_of_a_day_opening_its_clause_is_no_claim(claims_of):
    # a news item's dateline-like day: 23晚 is the evening of the 23rd
    assert claims_of("23晚，世卫组织召开新闻发布会。", region="中国") == []


@pytest.mark.parametrize(
    ("text", "mention", "unit"),
    [
        # a bare 亿 after what an event cost (a disaster headline) is money; after the people it reached, people
        ("四川强降雨致3人死亡 直接经济损失17.6亿", "17.6亿", "元"),
        ("损失惨重，受灾群众超过10万。", "超过10万", "人"),
        ("惠及农民3.2万。", "3.2万", "人"),
    ],
)
def test_a_bare_scale_takes_the_unit_of_the_word_before_it(claims_of, text, mention, unit):
    claims = {c["mention"]: c for c in claims_of(text, region="四川省")}
    assert claims[mention]["unit"] == unit


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # a milestone (大关) after a figure is no count of big things (3大产业 is)
        ("上半年总销量已突破200亿大关，达206.35亿元。", ["206.35亿元"]),
        ("全市建成3大产业基地。", ["3大"]),
        ("聚焦组织延伸、队伍赋能三大关键。", ["三大"]),
    ],
)
def test_a_milestone_after_a_figure_is_no_count_of_big_things(text, mentions):
    assert [q.mention for q in find_quantities(text) if q.unit] == mentions


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit"),
    [
        # a toll in shorthand: Taiwan's police statistics and a mainland accident report
        ("共发生交通事故1859件、1死、2626伤。", "2626伤", 2626, "人"),
        ("事故造成3死5伤。", "3死", 3, "人"),
        # a transit operator's running distance
        ("累计运营总里程960.7767万车公里。", "960.7767万车公里", 9607767, "车公里"),
    ],
)
def test_tolls_in_shorthand_and_vehicle_kilometres(text, mention, value, unit):
    found = [q for q in find_quantities(text) if q.mention == mention]
    assert found and (found[0].value, found[0].unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize("text", ["九死一生，万死不辞。", "他伤心地说。", "事故致3人死亡。"])
def test_death_and_injury_words_are_no_shorthand_tolls(text):
    assert not [q for q in find_quantities(text) if q.mention.endswith(("死", "伤"))]


# (genre, text, region, mention -> (value, unit, kind, value_high)): a decimal's 日 counts days (a day of the month is
# never a fraction); a verb of change before "X至Y" with Y many times X is the change and the level it reached, not a
# range, while a range's bounds of one size stay one range
@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    [
        (
            "Macau visitor arrivals (Traditional)",
            "留宿旅客平均逗留2.2日,上升0.1日;不過夜旅客平均逗留時間維持在0.2日。旅客平均逗留時間減少0.1日至1.1日。",
            "澳门特别行政区",
            {
                "2.2日": (2.2, "日", "duration", None),
                "0.2日": (0.2, "日", "duration", None),
                "1.1日": (1.1, "日", "duration", None),
            },
        ),
        (
            "population statistics",
            "年末户籍人口减少3万人至120万人，预计明年增长5%至8%。",
            "怀化市",
            {
                "3万人": (30000.0, "人", "change", None),
                "120万人": (1200000.0, "人", "count", None),
                "5%至8%": (5.0, "%", "change", 8.0),
            },
        ),
    ],
)
def test_days_of_a_decimal_and_a_change_to_its_level(claims_of, genre, text, region, expected):
    claims = {c["mention"]: (c["value"], c["unit"], c["kind"], c["value_high"]) for c in claims_of(text, region=region)}
    assert {mention: claims.get(mention) for mention in expected} == expected, genre


def test_a_day_of_the_month_stays_no_claim(claims_of):
    assert not [c for c in claims_of("展会于3日开幕，参展企业120家。", region="怀化市") if c["unit"] == "日"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a provincial games' report: each colour of a tally counted, half medals of shared places kept
        ("我市共收获55金39银28铜，团体总分第三。", [("55金", 55, "金"), ("39银", 39, "银"), ("28铜", 28, "铜")]),
        ("兰州队收获112金61银49.5铜。", [("112金", 112, "金"), ("61银", 61, "银"), ("49.5铜", 49.5, "铜")]),
        # an international tournament's: gold and silver alone
        ("中国乒乓球队收获4金1银。", [("4金", 4, "金"), ("1银", 1, "银")]),
    ],
)
def test_a_tally_of_medals_counts_each_colour(text, expected):
    found = [(q.mention, q.value, q.unit) for q in find_quantities(text) if q.kind == "count"]
    assert found == [(m, pytest.approx(v), u) for m, v, u in expected]


@pytest.mark.parametrize(
    ("text", "mention", "unit", "kind"),
    [
        # 块 before a thing counted in pieces is its measure word (a games' medals, a farm's trial plots)
        ("本届省运会共产生了480块金牌。", "480块", "块", "count"),
        ("新建12块试验田。", "12块", "块", "count"),
        # a video's screens (a news feed's item)
        ("公益短片共登陆全国50座城市的近40万块数字屏。", "近40万块", "块", "count"),
        # elsewhere the spoken 元
        ("花了300块买菜。", "300块", "元", "money"),
        ("七八十块钱。", "七八十块钱", "元", "money"),
    ],
)
def test_kuai_is_pieces_before_a_thing_counted_in_pieces_else_yuan(text, mention, unit, kind):
    quantity = next(q for q in _as_tokenized(text) if q.mention == mention)
    assert (quantity.unit, quantity.kind) == (unit, kind)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a 、 joins two digits into a range only with a scale after the second: grades and quarters are a list
        ("全市有一、二级医院12家。", [12]),
        ("第一、二季度分别增长5%和6%。", [5, 6]),
        ("雇工一天的工钱要二、三百元。", [200]),
    ],
)
def test_a_dun_hao_makes_a_range_only_before_a_scale(claims_of, text, values):
    assert [c["value"] for c in claims_of(text)] == values


@pytest.mark.parametrize("text", ["监测的6项空气污染物平均浓度同比3升3降。", "各项指标三升三降。"])
def test_rises_and_falls_counted_are_no_litres(text):
    # N升N降: so many up, so many down (an environment bulletin's pollutants), no volume
    assert all(q.unit != "升" for q in _as_tokenized(text))


def test_years_before_a_growth_verb_stay_years():
    # 近3年增长50%: 年增 and 年减 keep 年 a unit (only 年升 and 年跌 are a headline's year-on-year)
    assert [q.unit for q in _as_tokenized("近3年增长50%，5年减少200人。")] == ["年", "%", "年", "人"]


@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    [
        # days counted in 日, not days of a month: above 31 (a Hong Kong weather review), after a word recording or
        # holding them (a Traditional one's 則有, a mainland air-quality note's 共)
        (
            "Hong Kong weather review (Traditional)",
            "今年天文台錄得 53 日的酷熱（最高氣溫 33.0 度或以上）日數。至於全年熱夜日數則有 24 日。",
            "香港特别行政区",
            {"53 日": (53.0, "日", "count", "酷热日数"), "24 日": (24.0, "日", "count", "热夜日数")},
        ),
        (
            "air quality note",
            "今年全市重污染天气共12日，比上年减少3日。",
            "西安市",
            {"12日": (12.0, "日", "duration", "重污染天气")},
        ),
    ],
)
def test_a_number_of_days_in_ri_is_no_day_of_a_month(claims_of, genre, text, region, expected):
    found = {c["mention"]: (c["value"], c["unit"], c["kind"], c["metric"]) for c in claims_of(text, region=region)}
    assert {m: found.get(m) for m in expected} == expected, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mentions"),
    [
        # a house's number in 号, the days of a window after 所有 (所有14日内有境外旅居史), a date: no days counted
        ("case notice", "患者住址为长春市朝阳区崇智路694号。", "吉林省", {"694号"}),
        ("quarantine notice", "所有14日内有境外旅居史的人员，一律进行集中隔离观察。", "合肥市", {"14日"}),
        ("city news", "全市于3月25日开展活动。", "西安市", {"25日"}),
    ],
)
def test_a_day_of_a_month_or_a_house_number_counts_no_days(claims_of, genre, text, region, mentions):
    assert not mentions & {c["mention"] for c in claims_of(text, region=region)}, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    [
        # basis points written in Latin letters (a bank's half-year results), dwellings in Taiwan's census counts
        # (Traditional), tents of a disaster's relief
        (
            "bank results",
            "成本收入比达57.58%,较上年同期增加24.19个bp,净息差收窄10BP。",
            "沈阳市",
            {"24.19个bp": (24.19, "bp", "change"), "10BP": (10.0, "BP", "change")},
        ),
        (
            "Taipei census brief (Traditional)",
            "住宅數計91萬7,553宅,其中空閑住宅數12萬2,907宅。",
            "臺北市",
            {"91萬7,553宅": (917553.0, "宅", "count"), "12萬2,907宅": (122907.0, "宅", "count")},
        ),
        (
            "earthquake relief news",
            "累计搭建帐篷12730顶、安装加热器12043个。",
            "日喀则市",
            {"12730顶": (12730.0, "顶", "count")},
        ),
    ],
)
def test_basis_points_dwellings_and_tents_have_their_units(claims_of, genre, text, region, expected):
    found = {c["mention"]: (c["value"], c["unit"], c["kind"]) for c in claims_of(text, region=region)}
    assert {m: found.get(m) for m in expected} == expected, genre


@pytest.mark.parametrize(
    "text",
    [
        "炖肉时放八角两颗。",  # a spice, no money without a currency word before it
        "雨量仅三毫。",
    ],
)
def test_tenths_without_a_currency_word_right_before_are_no_money(text):
    assert [q.mention for q in find_quantities(text) if q.kind == "money"] == []


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit", "kind"),
    [
        # Hong Kong's basis points: a pension fund's fee, and a bank's margin narrowing
        ("強積金基金加入積金易後行政費減至37點子。", "37點子", 37.0, "点子", "percent"),
        ("恒生銀行淨息差按年收窄12點子。", "12點子", 12.0, "点子", "change"),
    ],
)
def test_hong_kong_basis_points(claim_of, text, mention, value, unit, kind):
    claim = claim_of(text, mention, "香港特别行政区")
    assert (claim["value"], claim["unit"], claim["kind"]) == (value, unit, kind)
