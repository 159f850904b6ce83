from pathlib import Path

import pytest

from extract.quantities import find_quantities, join_unit_ranges, quantity_pattern, read_quantity


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
        ("2至3家", 2, 3, "家", "range", "count"),
        ("12000斤左右", 12000, None, "斤", "approx", "measure"),
        ("80%以上", 80, None, "%", "over", "percent"),
        ("93.02％", 93.02, None, "%", None, "percent"),
        ("百分之四十", 40, None, "%", None, "percent"),
        ("2.3个百分点", 2.3, None, "百分点", None, "change"),
        ("两倍", 2, None, "倍", None, "change"),
        ("翻一番", 2, None, "倍", None, "change"),
        ("数百万株", 1e6, None, "株", "over", "count"),
        ("万余人次", 10000, None, "人次", "over", "count"),
        ("68.34万平方米", 683400, None, "平方米", None, "measure"),
        ("不足5公顷", 5, None, "公顷", "under", "measure"),
        ("逾3亿美元", 3e8, None, "美元", "over", "money"),
        ("9大", 9, None, "个", None, "count"),
        # a rate written with a slash: the denominator joins the unit, the figure is a rate
        ("3.5元/斤", 3.5, None, "元/斤", None, "rate"),
        ("38微克/立方米", 38, None, "微克/立方米", None, "rate"),
        ("690公斤／亩", 690, None, "公斤/亩", None, "rate"),
        ("1.2万元/户", 12000, None, "元/户", None, "rate"),
        ("不超过1毫克/升", 1, None, "毫克/升", "under", "rate"),
        ("320万标准箱", 3.2e6, None, "标准箱", None, "measure"),
        ("320万标箱", 3.2e6, None, "标箱", None, "measure"),  # as written; lexicon/comparable_units.tsv joins them
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
        ("5千克", 5, None, "公斤", None, "measure"),
        ("1.5千瓦时", 1.5, None, "千瓦时", None, "measure"),
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


def test_find_quantities_joins_a_number_split_by_a_column_break():
    assert [q.value for q in find_quantities("共发放奖励资金3500\n\n万元,授予")] == [35000000]


_PREFILTER_TEXTS = [
    "约3000人受益，超过两成，不足1万元，将近百分之四十，逾千户，翻一番，翻两番",
    "数百万元、上万人、几十家；节约用水，签约3个项目，附近12个村",
    "全年完成投资１２．５亿元，同比增长3.2个百分点，三分之一的村",
    "统一部署，万家灯火，一个生动实践，七八十人，两三天，2至3年",
]


@pytest.mark.parametrize("text", _PREFILTER_TEXTS + ["".join(_PREFILTER_TEXTS)])
def test_find_quantities_finds_what_the_pattern_finds_everywhere(text):
    """The start-character prefilter must not change what is found."""
    everywhere = [read_quantity(m.group(), m.start()) for m in quantity_pattern().finditer(text)]
    assert find_quantities(text) == [q for q in everywhere if q is not None]


def test_find_quantities_prefilter_agrees_on_the_sample_pages():
    for page in sorted((Path(__file__).resolve().parents[1] / "data" / "corpus").glob("*.txt")):
        text = page.read_text(encoding="utf-8")
        everywhere = [read_quantity(m.group(), m.start()) for m in quantity_pattern().finditer(text)]
        assert find_quantities(text) == [q for q in everywhere if q is not None], page.name


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


def test_a_numeral_after_kuai_that_starts_a_figure_is_not_tenths():
    assert [q.mention for q in find_quantities("一共三块，五个人分。三块五个")] == ["三块", "五个", "三块", "五个"]


@pytest.mark.parametrize(
    ("mention", "value", "unit", "qualifier"),
    [
        ("突破千亿元", 1e11, "元", "over"),  # a scale word alone, with a qualifier and a unit
        ("近千万次", 1e7, "次", "approx"),
        ("千万人次以上", 1e7, "人次", "over"),
        ("385.0亿吨公里", 3.85e10, "吨公里", None),  # units as written
        ("12.0亿人公里", 1.2e9, "人公里", None),
        ("超过100艘次", 100, "艘次", "over"),
        ("2329万标准箱", 2.329e7, "标准箱", None),
        ("150千公顷", 150, "千公顷", None),
        ("3.2千升", 3.2, "千升", None),
        ("541万千瓦", 5.41e6, "千瓦", None),
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
