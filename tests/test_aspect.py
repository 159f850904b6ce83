"""claimkb_aspect: running total, stock or flow, from a marker in the figure's own clause."""

import pytest

from extract import lexicon
from extract.aspect_words import LEXICON, NOT_A_MARKER
from extract.claims import ASPECTS


@pytest.mark.parametrize(
    ("text", "mention", "aspect"),
    [
        # a health commission's daily notice
        ("当日解除医学观察183人，共有1077人正在接受医学观察。", "183人", "flow"),
        ("当日解除医学观察183人，共有1077人正在接受医学观察。", "1077人", "stock"),
        ("截至2月3日24时，全省累计报告确诊病例356人。", "356人", "cumulative"),
        ("全省累计追踪到密切接触者4210人，已解除医学观察1862人，尚有2348人正在接受医学观察。", "4210人", "cumulative"),
        ("全省累计追踪到密切接触者4210人，已解除医学观察1862人，尚有2348人正在接受医学观察。", "1862人", "cumulative"),
        ("全省累计追踪到密切接触者4210人，已解除医学观察1862人，尚有2348人正在接受医学观察。", "2348人", "stock"),
        ("今日新增治愈出院患者12人，目前在院治疗37人。", "12人", "flow"),
        ("今日新增治愈出院患者12人，目前在院治疗37人。", "37人", "stock"),
        ("其中46人尚在隔离医学观察中。", "46人", "stock"),  # the stock's state written after the figure
        ("昨日新增密切接触者25人、解除隔离9人。", "9人", "flow"),  # a list's items share their marker
        ("截至当日，全市仍有3名患者在院治疗。", "3名", "stock"),
        ("截至当日全市累计治愈出院患者512人。", "512人", "cumulative"),  # 截至当日 dates it, no day's flow
        # statistical releases and economic news
        ("全年累计完成投资520亿元，同比增长8.5%。", "520亿元", "cumulative"),
        ("全年累计完成投资520亿元，同比增长8.5%。", "8.5%", None),  # a change is no amount
        ("目前现有库存粮食3.2万吨。", "3.2万吨", "stock"),
        ("当月新增城镇就业3100人。", "3100人", "flow"),
        ("今年以来累计新增城镇就业2.1万人。", "2.1万人", "cumulative"),  # 累计新增: a running total of additions
        ("年末全市金融机构各项存款余额2860亿元。", "2860亿元", "stock"),
        ("景区国庆期间日均接待游客3.5万人次。", "3.5万人次", "flow"),
        ("全市汽车保有量达到86万辆。", "86万辆", "stock"),
        ("全市在建项目132个，完成投资76亿元。", "132个", "stock"),
        ("全市在建项目132个，完成投资76亿元。", "76亿元", None),  # never carried from the clause before
        ("三个项目共计划投资5亿元。", "5亿元", None),  # 共计划 is 共+计划, not 共计
        ("全市共有网格员2860名。", "2860名", None),  # 共有 alone says nothing sure
        # a condition patients are in and leave: those in it now, also listed inside a running total
        ("累计确诊病例486例(含重症病例18例，危重症病例9例，治愈出院71例)。", "18例", "stock"),
        ("累计确诊病例486例(含重症病例18例，危重症病例9例，治愈出院71例)。", "9例", "stock"),
        ("累计报告确诊病例293例（危重型7例、重型4例，死亡病例1例）。", "4例", "stock"),
        ("新增重症病例1280例（湖北1193例），新增死亡病例86例。", "1280例", "flow"),
        ("全市累计收治病人3200人次，目前危重患者12人。", "12人", "stock"),
    ],
)
def test_aspect_from_the_figures_own_clause(claim_of, text, mention, aspect):
    assert claim_of(text, mention)["aspect"] == aspect


@pytest.mark.parametrize(
    ("text", "mention", "aspect"),
    [
        # a health commission's notice: 重症 is the condition of its own item, not of the items after it
        ("全市累计确诊41例，其中已出院2例、重症7例、死亡1例。", "7例", "stock"),
        ("全市累计确诊41例，其中已出院2例、重症7例、死亡1例。", "1例", None),
        ("累计确诊病例486例(含重症病例18例、死亡3例)。", "3例", "cumulative"),
        ("现有确诊病例52例，其中危重5例、重型8例、普通型39例。", "8例", "stock"),
        ("现有确诊病例52例，其中危重5例、重型8例、普通型39例。", "39例", "stock"),  # its own type
        # a road accident report
        ("事故造成5人受伤，其中危重1人、轻伤4人。", "4人", None),
        # a marker that heads the list is shared by its items
        ("在院患者中危重5人、轻症20人。", "20人", "stock"),
        ("当日新增重症3例、死亡2例。", "2例", "flow"),
    ],
)
def test_a_condition_marker_qualifies_only_its_own_list_item(claim_of, text, mention, aspect):
    assert claim_of(text, mention)["aspect"] == aspect


def test_the_item_markers_are_stock_markers_of_the_lexicon():
    table = lexicon.word_table(LEXICON)
    assert all(table.get(word) == "stock" for word in lexicon.word_list("aspect_item_markers.txt"))


def test_a_marker_of_the_clause_before_is_never_carried(claims_of):
    claims = claims_of("全市累计建成充电桩5000个，其中快充桩1200个。当日新增充电桩30个，全市有公交车800辆。")
    assert [(c["mention"], c["aspect"]) for c in claims] == [
        ("5000个", "cumulative"),
        ("1200个", None),
        ("30个", "flow"),
        ("800辆", None),
    ]


def test_traditional_text_gets_its_aspect_from_the_simplified_view(claim_of):
    assert claim_of("當日新增確診病例8人，累計確診病例215人。", "215人", region=None)["aspect"] == "cumulative"


def test_the_lexicon_names_only_known_aspects():
    table = lexicon.word_table(LEXICON)
    assert set(table.values()) == {*ASPECTS, NOT_A_MARKER}
    assert len(lexicon.rows(LEXICON)) == len(table)  # no marker listed twice


@pytest.mark.parametrize(
    ("text", "region", "mention", "aspect"),
    [
        # parts listed under a whole are of the whole's aspect: a heading's, or the whole figure's
        ("新增确诊病例中，长沙市19例、衡阳市11例。", "湖南省", "11例", "flow"),
        ("截至2月9日24时，全省累计确诊病例80例。其中长春市33例，吉林市3例。", "吉林省", "3例", "cumulative"),
        ("全年新增就业岗位中，单县1.2万个、曹县3.5万个。", "菏泽市", "3.5万个", "flow"),
        # a whole counted in people (名), its parts in cases (例)
        ("今日全市又有5名患者治愈出院。其中市传染病医院2例，市人民医院3例。", "菏泽市", "3例", "flow"),
        ("当月全市新增城镇就业120人。其中曹县50名，单县70名。", "菏泽市", "70名", "flow"),
        # a heading that says no aspect gives none
        ("出院病例中，长沙市19例、衡阳市11例。", "湖南省", "19例", None),
    ],
)
def test_parts_take_their_wholes_aspect(claim_of, text, region, mention, aspect):
    assert claim_of(text, mention, region)["aspect"] == aspect


@pytest.mark.parametrize(
    ("text", "region", "mention", "aspect"),
    [
        # the whole names the metric at length; an earlier list with the heading's words is a day's
        (
            "新增确诊病例中，南昌市8例、新余市8例。截至1月28日24时，江西省累计报告新型冠状病毒感染的肺炎确诊病例"
            "109例。确诊病例中，南昌市25例、九江市16例。",
            "江西省",
            "16例",
            "cumulative",
        ),
        (
            "全年新增就业岗位中，单县1.2万个、曹县3.5万个。截至年底，全市累计提供城镇就业岗位8.6万个。"
            "就业岗位中，单县2.1万个、曹县3.3万个。",
            "菏泽市",
            "3.3万个",
            "cumulative",
        ),
    ],
)
def test_parts_take_the_aspect_of_their_whole_named_at_length(claim_of, text, region, mention, aspect):
    assert claim_of(text, mention, region)["aspect"] == aspect


@pytest.mark.parametrize(
    ("text", "region", "mention", "aspect"),
    [
        # a list's own heading of words says its aspect, whatever the figure before it counted
        (
            "截至1月29日24时，全省累计报告确诊病例311例。29日当天全省新增确诊病例70例。"
            "累计报告确诊病例中，深圳市86例、广州市79例。",
            "广东省",
            "79例",
            "cumulative",
        ),
        ("现有重型病例12例。新增重型病例中，忠县1例、奉节县1例。", "重庆市", "1例", "flow"),
        (
            "截至9月底，全市累计发放创业担保贷款5亿元。当月新增发放创业担保贷款8000万元。"
            "累计发放创业担保贷款中，曹县1.2亿元、单县0.9亿元。",
            "菏泽市",
            "0.9亿元",
            "cumulative",
        ),
    ],
)
def test_a_lists_heading_of_words_says_its_aspect(claim_of, text, region, mention, aspect):
    assert claim_of(text, mention, region)["aspect"] == aspect


@pytest.mark.parametrize(
    ("text", "mention", "aspect"),
    [
        # a health commission's daily notice: 已 (done by now) makes no running total of a figure its clause
        # dates to one day; 截至 (as of), 累计 and a date of the sentence before leave it one
        ("3月4日已解除医学观察812人，共有2960人正在接受医学观察。", "812人", None),
        ("3月4日已解除医学观察812人，共有2960人正在接受医学观察。", "2960人", "stock"),
        ("3月4日0—24时已解除医学观察812人。", "812人", None),  # the day's hours
        ("2月29日已解除医学观察226人。", "226人", None),  # a leap day, whatever the year
        ("当日已治愈出院15人。", "15人", "flow"),  # the day's own word says what 已 no longer does
        ("截至3月4日已解除医学观察812人。", "812人", "cumulative"),
        ("3月4日已累计解除医学观察812人。", "812人", "cumulative"),
        ("3月4日12时，已解除医学观察812人。", "812人", "cumulative"),  # as of an hour, in the sentence before
        # business news: a day's date makes no total of what is built by then, 截至 and 累计 do
        ("2024年6月30日已建成5G基站1260个。", "1260个", None),
        ("截至2024年6月30日已建成5G基站1260个。", "1260个", "cumulative"),
        ("2024年6月30日已累计建成5G基站1260个。", "1260个", "cumulative"),
        ("年末已建成5G基站1260个。", "1260个", "cumulative"),  # 年末 is a time, no day
    ],
)
def test_a_clause_dated_to_one_day_makes_ji_no_running_total(claim_of, text, mention, aspect):
    assert claim_of(text, mention, region=None)["aspect"] == aspect
