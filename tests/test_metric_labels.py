"""A figure's metric from a label before a colon, and a converted figure's from the figure it converts."""

import pytest


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        # a health bulletin's lines: each class of disease labels its count
        (
            "本月全市报告法定传染病1320例，死亡2例。其中：\n甲类：0例。\n乙类：905例，死亡2例。\n丙类：415例。",
            ["法定传染病", "死亡", "甲类", "乙类", "乙类死亡", "丙类"],
        ),
        (
            "2024年法定传染病疫情概况如下：\n甲类传染病：无。\n乙类传染病：612例。\n丙类传染病：1033例。",
            ["乙类传染病", "丙类传染病"],
        ),
        # a statistics communiqué's population by sex and by residence
        (
            "年末全县户籍人口86.4万人。其中，男性：44.1万人，女性：42.3万人。城镇：51.2万人，乡村：35.2万人。",
            ["户籍人口", "男性", "女性", "城镇", "乡村"],
        ),
        # a market regulator's news: results of a sampling inspection
        ("本次抽检食品的检验结果：合格：312批次，不合格：8批次。", ["合格", "不合格"]),
    ],
)
def test_a_short_label_before_a_colon_names_the_figure_after_it(claims_of, text, metrics):
    assert [c["metric"] for c in claims_of(text)] == metrics


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        # a label that opens a list or a saying names no figure: the parts take their whole's metric
        ("全市新增确诊病例10例。其中：县人民医院：6例，县中医院：4例。", ["确诊病例", "确诊病例", "确诊病例"]),
        ("全市累计报告病例25例，其中：15例已治愈出院。", ["病例", "治愈出院"]),
        # a place before the colon is where, not what
        ("全省新增确诊病例8例，海口市：5例，三亚市：3例。", ["确诊病例", "确诊病例", "确诊病例"]),
        # a case's number before a colon: an age is that case's, named by its ordinal (the colon's label is no metric)
        ("新增确诊患者情况：第12例：男，45岁。", ["第12例"]),
    ],
)
def test_a_colon_after_a_list_opening_a_place_or_a_number_names_nothing(claims_of, text, metrics):
    assert [c["metric"] for c in claims_of(text)] == metrics


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        # a health bulletin: the deaths on a class's line are the class's, told from the whole's deaths before
        (
            "本月全市报告法定传染病1320例，死亡2例。其中：\n乙类：905例，死亡2例。",
            ["法定传染病", "死亡", "乙类", "乙类死亡"],
        ),
        # an emergency management bureau's yearly report: each kind of accident with its dead and injured
        (
            "全年全市发生生产安全事故45起，死亡38人。其中：\n道路交通事故：30起，死亡25人，受伤41人。\n"
            "火灾事故：6起，死亡2人。",
            ["发生生产安全事故", "死亡"]
            + ["道路交通事故", "道路交通事故死亡", "道路交通事故受伤", "火灾事故", "火灾事故死亡"],
        ),
        # a hospital's news: the discharged on the inpatients' line are inpatients
        ("今年一季度医院收治患者2300人。住院患者：1200人，出院1150人。", ["医院收治患者", "住院患者", "住院患者出院"]),
        # a metric of its own words names what it counts already, and a colon of its own opens another label
        ("乙类：905例，发病率3.5%。", ["乙类", "发病率"]),
        ("乙类：905例，发病数前3：肝炎400例、死亡2例。", ["乙类", "肝炎", "死亡"]),
    ],
)
def test_a_colon_label_scopes_the_bare_outcomes_later_on_its_line(claims_of, text, metrics):
    assert [c["metric"] for c in claims_of(text)] == metrics


@pytest.mark.parametrize(
    ("text", "converted", "mention", "metric"),
    [
        # a statistics communiqué: the per-capita product in dollars is still the per-capita product
        (
            "按常住人口计算，人均地区生产总值98650元（折合13980美元），比上年增加4120元。",
            "98650元",
            "13980美元",
            "人均地区生产总值",
        ),
        ("全年全市居民人均可支配收入41230元，折合5845美元。", "41230元", "5845美元", "居民人均可支配收入"),
        # company and business news: a sum restated in another currency
        ("公司上半年实现营业收入45.6亿元（折合人民币约6.3亿美元）。", "45.6亿元", "约6.3亿美元", "营业收入"),
        ("该项目总投资3亿美元，约合人民币21.5亿元。", "3亿美元", "21.5亿元", "项目总投资"),
        # travel news: a price restated
        ("景区门票价格每人120元（合16美元）。", "120元", "16美元", "景区门票价格"),
    ],
)
def test_a_converted_figure_takes_the_metric_of_the_figure_it_converts(claim_of, text, converted, mention, metric):
    assert claim_of(text, converted)["metric"] == claim_of(text, mention)["metric"]
    assert metric in claim_of(text, mention)["metric"]


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        # a market regulator's year: each numbered kind of complaint, then the act of receiving it
        (
            "1、价格类投诉,全年共接收10888件,较上年同期12211件降低10.83%;2、质量问题类投诉,全年共接收11254件。",
            ["价格类投诉接收", "价格类投诉接收", "价格类投诉接收", "质量问题类投诉接收"],
        ),
        # a city's weekly housing sales: each kind of property, then what was sold of it
        ("其中:商业,成交206套,均价32040元/㎡;办公楼,成交165套。", ["商业成交", "均价", "办公楼成交"]),
        # a bureau's work summary: the kind of application, then the act on it
        ("二、政务服务。专利申请,今年受理2000件;商标注册,办结1500件。", ["专利申请受理", "商标注册办结"]),
    ],
)
def test_a_figure_named_by_an_act_alone_is_of_the_topic_before_it(claims_of, text, metrics):
    assert [c["metric"] for c in claims_of(text)] == metrics


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        # a time, a saying or a statement before the act is no topic: the act alone stays
        ("今年以来,共接收12件。", ["接收"]),
        ("据介绍,共接待19.91万人次。", ["接待"]),
        ("西藏无新增确诊,累计确诊1例。", ["确诊"]),
        ("德国是第一大贸易伙伴,进出口3553.4亿元。", ["进出口"]),
    ],
)
def test_a_statement_before_an_act_names_no_topic(claims_of, text, metrics):
    assert [c["metric"] for c in claims_of(text)] == metrics
