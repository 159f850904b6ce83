import pytest

from extract.pipeline import STEPS, analyse, build_pipeline, extract_claims, extract_document, unknown_region


def test_pipeline_is_blank_zh_with_the_named_steps():
    nlp = build_pipeline()
    assert nlp.lang == "zh"
    assert tuple(nlp.pipe_names) == STEPS


def test_results_are_on_the_doc():
    doc = analyse("巨野县建设驿站\n\n2024年，巨野县新建驿站16处。第一批驿站已投用。", region="菏泽市")
    assert [s.text for s in doc.sents][-2:] == ["2024年，巨野县新建驿站16处。", "第一批驿站已投用。"]
    assert [s.text for s in doc.spans["claims"]] == ["16处"]
    assert {s.text: s.label_ for s in doc.spans["excluded"]} == {"2024年": "date"}
    assert [c.subject for c in doc._.claims] == ["巨野县"]
    assert doc._.articles[0].headline_text(doc.text) == "巨野县建设驿站"


def test_spans_carry_their_quantity_and_claim():
    doc = analyse("2024年，巨野县新建驿站16处。", region="菏泽市")
    quantities = {s.text: s._.quantity for s in doc.spans["quantities"]}
    assert quantities["2024年"].unit == "年" and quantities["16处"].value == 16
    (claim_span,) = doc.spans["claims"]
    assert claim_span._.claim is doc._.claims[0] and claim_span._.claim.metric == "驿站"
    assert doc.spans["excluded"][0]._.claim is None  # a date: a quantity, no claim
    assert doc[0:3]._.quantity is None  # spans wider than one quantity token have none


def test_quantities_are_single_tokens():
    doc = analyse("共发放奖励资金3500\n\n万元，惠及约6.7万人。", region="菏泽市")
    assert [t.text for t in doc if t.text[0].isdigit() or t.text[0] == "约"] == ["3500\n\n万元", "约6.7万人"]


def test_extract_document_keeps_results_but_not_the_text_in_the_vocabulary():
    strings = build_pipeline().vocab.strings
    extract_document("菏泽：新建驿站16处。", region="菏泽市")  # the labels and the lexicon's strings, once
    before = len(strings)
    extraction = extract_document("单县今年以来发放补贴资金约3000万元，惠及农户1.2万户。", region="菏泽市")
    assert len(strings) == before
    found = [(c.value, c.unit, c.subject) for c in extraction.claims]
    assert found == [(30000000, "元", "单县"), (12000, "户", "单县")]
    assert extraction.region is not None and extraction.region.name == "菏泽市"
    assert extraction.articles and extraction.claims[0].sentence.startswith("单县今年以来")


# measure words, currencies, units of measure and temperatures, through the whole pipeline
_NEWS = (
    "1月23日11:20起，全市实行交通管制。截至昨日24时，全省累计报告确诊病例539例，治愈出院91例。"
    "受寒潮影响，今晨最低气温零下5度，白天最高气温3℃。"
)
_COMPANY = (
    "公司以1.15亿加元收购该矿，另获US$5亿银团贷款。全年售电量8.8亿度，回购股份2000万股。"
    "该队三度夺冠。编制2024年度预算。"
)
_COMMUNIQUE = "全年粮食总产量2.1亿斤，生猪存栏134.4万头；全社会用电量12.5亿千瓦时，日均气温18.5℃。"
# Hong Kong news in Traditional characters
_HONG_KONG = "香港特區政府宣布向合資格市民派發港幣1萬元，另撥款HK$5億，當日最低氣溫攝氏12度。"


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit", "kind"),
    [
        (_NEWS, "539例", 539, "例", "count"),
        (_NEWS, "91例", 91, "例", "count"),
        (_NEWS, "零下5度", -5, "度", "temperature"),
        (_NEWS, "3℃", 3, "℃", "temperature"),
        (_COMPANY, "1.15亿加元", 1.15e8, "加元", "money"),
        (_COMPANY, "US$5亿", 5e8, "美元", "money"),
        (_COMPANY, "8.8亿度", 8.8e8, "度", "measure"),
        (_COMPANY, "2000万股", 2e7, "股", "count"),
        (_COMMUNIQUE, "134.4万头", 1.344e6, "头", "count"),
        (_COMMUNIQUE, "12.5亿千瓦时", 1.25e9, "千瓦时", "measure"),
        (_COMMUNIQUE, "18.5℃", 18.5, "℃", "temperature"),
        (_HONG_KONG, "1萬元", 1e4, "港元", "money"),
        (_HONG_KONG, "HK$5億", 5e8, "港元", "money"),
        (_HONG_KONG, "12度", 12, "度", "temperature"),
    ],
)
def test_measure_words_currencies_and_temperatures_are_claims(claims_of, text, mention, value, unit, kind):
    claim = next(c for c in claims_of(text) if c["mention"] == mention)
    assert (claim["value"], claim["unit"], claim["kind"]) == (pytest.approx(value), unit, kind)


@pytest.mark.parametrize(
    ("text", "not_claimed"),
    [
        (_NEWS, "20起"),  # 11:20起: minutes of a time of day
        (_COMPANY, "三度"),  # times, not degrees
        (_COMPANY, "2024年"),  # 年度 is a year
    ],
)
def test_times_of_day_and_other_degrees_are_no_claims(claims_of, text, not_claimed):
    assert all(not_claimed not in c["mention"] for c in claims_of(text))


def test_every_two_days_is_no_rate_per_tael(claims_of):
    (claim,) = claims_of("每户家庭每两天可指派1名家庭成员外出采购。")
    assert claim["unit"] != "名/两"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a statistical communiqué's lines (a signed percentage is a change)
        (
            "2025年，全市工业品出厂价格同比-12.5%，采掘工业价格负3.9%。",
            [("-12.5%", -12.5, None, "%", "change"), ("负3.9%", -3.9, None, "%", "change")],
        ),
        (
            "全市人口出生率为千分之五，死亡率为万分之三。",
            [("千分之五", 5, None, "‰", "percent"), ("万分之三", 3, None, "‱", "percent")],
        ),
        (
            "全市农作物播种面积中，小麦约占三分之一，玉米占五分之二。",
            [("三分之一", 33.33, None, "%", "percent"), ("五分之二", 40, None, "%", "percent")],
        ),
        (
            "全市林地面积十几万亩，高新技术企业占9成，服务业占比百分之六七十。",
            [
                ("十几万亩", 100_000, None, "亩", "measure"),
                ("9成", 90, None, "%", "percent"),
                ("百分之六七十", 60, 70, "%", "percent"),
            ],
        ),
        # news lines
        (
            "警方在边境缴获毒品近一吨，涉案金额人民币叁万伍仟元。",
            [("近一吨", 1, None, "吨", "measure"), ("叁万伍仟元", 35000, None, "元", "money")],
        ),
        (
            "商场打出75折促销，会员再享9.9折，部分商品对折。",
            [
                ("75折", 75, None, "%", "percent"),
                ("9.9折", 99, None, "%", "percent"),
                ("对折", 50, None, "%", "percent"),
            ],
        ),
        (
            "大约六七成的受访者表示满意，另有两三个村尚未通水。",
            [("大约六七成", 60, 70, "%", "percent"), ("两三个", 2, 3, "个", "count")],
        ),
        (
            "工程历时一个半月，钢管长两米半，早餐一份五元三角。",
            [
                ("一个半月", 1.5, None, "个月", "duration"),
                ("两米半", 2.5, None, "米", "measure"),
                ("五元三角", 5.3, None, "元", "money"),
            ],
        ),
        ("他说，一个项目就能带动百分之六七十的农户增收。", [("百分之六七十", 60, 70, "%", "percent")]),
    ],
)
def test_numeral_forms_become_claims(text, expected):
    """Each numeral form through the whole pipeline: the claims with their value, upper bound, unit
    and kind (一个项目 stays no claim; 百分之六七十 once lost the whole article to an exception)."""
    claims = extract_document(text, region="菏泽市").claims
    found = [(c.mention, c.value, c.value_high, c.unit, c.kind) for c in claims]
    assert found == [(m, pytest.approx(v), h, u, k) for m, v, h, u, k in expected]


@pytest.mark.parametrize(
    ("region", "warned"),
    [
        ("菏泽市", False),
        ("菏泽", False),  # a short name
        ("玉环市", False),  # renamed since the packaged table (玉环县 until 2017)
        ("中国", False),  # a national bulletin
        (None, False),
        ("玉环镇", True),  # no division of the table
        ("大姚县金碧镇", False),  # a town of a county the table lists
        ("菏泽市市", True),
        ("绥化市北林区", False),  # written with its city: the district
        ("江苏省北林区", True),  # a district of another province's city
        ("台湾地区", False),  # a province's short name as an area
        ("菏泽地区", True),  # a city's old prefecture: no province's area
    ],
)
def test_a_region_the_gazetteer_does_not_know_is_warned_of(region, warned):
    assert (unknown_region(region) is not None) == warned


@pytest.mark.parametrize(
    ("region", "name"),
    [
        ("绥化市北林区", "北林区"),
        ("浙江省杭州市", "杭州市"),
        ("菏泽市巨野县", "巨野县"),
        ("菏泽", "菏泽市"),
        # a town the gazetteer does not list, after its county: named as a town of it
        ("大姚县金碧镇", "大姚县金碧镇"),
        ("定陶区滨河街道", "定陶区滨河街道"),
        # a foreign country: a text about it (Japan's fisheries statistics, a German trade report)
        ("日本", "日本"),
        ("德国", "德国"),
        # a province's short name and 地区, as mainland papers write a text's place (a Taiwan budget release, a
        # Hong Kong market report, a provincial outbreak round-up)
        ("香港地区", "香港特别行政区"),
        ("湖北地区", "湖北省"),
        # Taiwan's name is usage, no division's title: the form the user gave it names its figures
        ("台湾地区", "台湾地区"),
        ("臺灣", "台湾"),
        ("台湾", "台湾"),
    ],
)
def test_a_region_written_with_the_divisions_above_it_is_the_last(region, name):
    from extract.pipeline import resolve_region

    assert resolve_region(region).name == name


# a bare number joined to the next figure by 和/及/、 shares its unit and its scale; one with a scale keeps its own
@pytest.mark.parametrize(
    ("text", "mention", "value", "unit"),
    [
        ("五市分别进出口4588.6亿元、1286和1187.9亿元。", "1286", 1286e8, "元"),
        ("两县粮食产量分别为12.5和10.3万吨。", "12.5", 125000.0, "吨"),
        ("三人分别非法敛财135万、133万和39.2万元。", "133万", 1330000.0, "元"),
        ("全年分别增长3和5个百分点。", "3", 3.0, "百分点"),
        # a Macau statistics release joins the last with 及, a list of three with 、 first
        ("三星級酒店的入住率分別按年上升16.7、14.0及7.0個百分點。", "16.7", 16.7, "百分点"),
        ("三星級酒店的入住率分別按年上升16.7、14.0及7.0個百分點。", "14.0", 14.0, "百分点"),
        ("三个县的粮食产量分别为12.5、10.3及9.8万吨。", "12.5", 125000.0, "吨"),
    ],
)
def test_a_bare_number_shares_the_next_figures_unit_and_scale(text, mention, value, unit):
    claim = next(c for c in extract_claims(text, region="菏泽市") if c.mention == mention)
    assert (claim.value, claim.unit) == (value, unit)


@pytest.mark.parametrize(
    "text, region, mentions",
    [
        # a Simplified report holding half a surrogate pair (a caller's string built from UTF-16 code units)
        ("菏泽市新增\ud800确诊病例3例，累计12例。", "菏泽市", ["3例", "12例"]),
        # a Traditional one: the pair half would stop the conversion to Simplified
        ("臺灣經濟成長率達到3.5%，較去年增加。這個數據顯示\udc80經濟穩定。" * 2, "台湾省", ["3.5%", "3.5%"]),
    ],
)
def test_half_a_surrogate_pair_from_the_python_api_is_a_replacement_character(text, region, mentions):
    claims = extract_claims(text, "api", "0" * 64, region=region)
    assert [c.mention for c in claims] == mentions
    assert [c.start for c in claims] == [text.index(m, c.start) for m, c in zip(mentions, claims, strict=True)]
    assert [c.mention for c in analyse(text, "api", "0" * 64, region=region)._.claims][:1] == mentions[:1]


# a unit is written on the number's own line: a code ending one line is no count of what opens the next (a listed
# company's announcement: 公告编号:临2016-010 / 本公司董事会…)
@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("证券代码:600029 公告编号:临2016-010\n本公司董事会及全体董事保证本公告内容不存在任何虚假记载。", []),
        ("全年新增就业岗位1200\n个体工商户新增300户。", ["300户"]),
    ],
)
def test_a_unit_is_never_read_across_a_line_break(text, mentions):
    assert [c.mention for c in extract_claims(text, region="菏泽市")] == mentions
