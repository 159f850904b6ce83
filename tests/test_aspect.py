"""claimkb_aspect: running total, stock or flow, from a marker in the figure's own clause."""

import pytest

from extract import lexicon
from extract.aspect_words import LEXICON, NOT_A_MARKER, accumulating_outcomes, person_outcomes
from extract.claims import ASPECTS


def _mentioned(claims_of, text: str, region: str | None, mention: str, date: str) -> list[dict]:
    """The claims of a text published on `date` whose mention is this one, in text order (a headline's copy first)."""
    return [c for c in claims_of(text, region=region, date=date) if c["mention"] == mention]


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
        ("日照市45名密切接触者正接受医学观察。", "45名", "stock"),  # 正 alone before the condition's verb
        ("全县1200名困难群众正接受临时救助。", "1200名", "stock"),
        # 尚 right before the condition's verb: those still in it (a Ningxia bulletin); 尚未 is none
        ("目前，累计解除隔离医学观察3942人,尚集中隔离医学观察452人。", "452人", "stock"),
        ("目前，累计解除隔离医学观察3942人,尚集中隔离医学观察452人。", "3942人", "cumulative"),
        # a move between conditions written with 为 (重症转为普通病例) is the window's flow, as 转普通 is
        ("当日新增确诊病例3例，重症转为普通病例1例。", "1例", "flow"),
        # parts listed after 其中 that add up to the running total or the day's figure before them take its aspect
        ("截至28日，全省累计报告确诊病例30例。其中，27例有武汉旅居史，3例为输入病例家属。", "27例", "cumulative"),
        ("当日全省新增确诊病例6例。其中，外地来黔人员3例，本省常住人口3例。", "3例", "flow"),
        # parts a condition's word reads as stocks (轻型, 普通型) are, of a day's new cases, new too (a province's daily
        # notice); of a running total they stay stocks
        ("2月13日0-24时，全省新增确诊病例23例。其中，轻型病例2例，普通型病例21例。", "21例", "flow"),
        ("2月5日0-24时，全省新增确诊病例32例。其中，轻型病例5例，普通型病例27例。", "5例", "flow"),
        ("截至2月5日24时，全省累计确诊病例32例。其中，重型病例5例，普通型病例27例。", "5例", "stock"),
        # an outcome never undone that has reached a level is all of them so far (a village's cases in a story, a
        # city's running total in a headline's words); a condition people leave again stays a stock
        ("目前，老屋村确诊人数已达7人。", "7人", "cumulative"),
        ("今天9时，天津市新增1例确诊病例，确诊病例增至9例。", "9例", "cumulative"),
        ("全市死亡病例升至12例。", "12例", "cumulative"),
        ("目前在院治疗人数已达20人。", "20人", "stock"),
        # suspected cases counted as of a time with no marker of their own are those still suspected: a stock (a
        # region's notice, a province's)
        ("截至2020年2月1日10时，全区累计报告确诊病例23例（包括出院病例1例），疑似病例5例。", "5例", "stock"),
        ("截至1月23日24时，全省累计报告确诊病例5例，疑似病例1例。", "1例", "stock"),
        # livestock on hand (存栏) and sold over a term (出栏); a running total says so (累计出栏)
        ("年末全县牛存栏4.11万头，牛出栏1.9万头。", "4.11万头", "stock"),
        ("年末全县牛存栏4.11万头，牛出栏1.9万头。", "1.9万头", "flow"),
        ("上半年生猪累计出栏167.45万头。", "167.45万头", "cumulative"),
        # the contacts traced so far are a running total with or without 累计; those traced in a day a flow
        ("目前追踪到密切接触者16208人，尚有4208人正在接受医学观察。", "16208人", "cumulative"),
        ("当日新追踪到密切接触者30人。", "30人", "flow"),
        # a bulletin's own day (本日) or today's traced contacts, after a sentence's running totals: that day's
        ("目前全区累计报告确诊病例249例，累计出院病例104例，本日追踪到密切接触者34人。", "34人", "flow"),
        ("全省累计确诊病例120例，今日追踪到密切接触者56人。", "56人", "flow"),
        ("截至本日，全市仍有3名患者在院治疗。", "3名", "stock"),
        # a change of state after the figure: the cases that moved in the window, not those in the state now
        ("当日新增确诊病例5例，1例危重型病例转为重型病例。", "1例", "flow"),
        ("新增重症病例2例，另有3例重型病例转为普通型病例。", "3例", "flow"),
        # written with 转 and the condition alone after the figure (a province's bulletin; a hospital's news)
        ("新增出院病例1例，3例重症病例转轻症病例。", "3例", "flow"),
        ("本周医院救治的患者中，2例危重症患者转重症。", "2例", "flow"),
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
        # a death listed after the running total is one itself, as in the brackets below (not the stock 重症's)
        ("全市累计确诊41例，其中已出院2例、重症7例、死亡1例。", "1例", "cumulative"),
        ("累计确诊病例486例(含重症病例18例、死亡3例)。", "3例", "cumulative"),
        ("现有确诊病例52例，其中危重5例、重型8例、普通型39例。", "8例", "stock"),
        ("现有确诊病例52例，其中危重5例、重型8例、普通型39例。", "39例", "stock"),  # its own type
        # a road accident report
        ("事故造成5人受伤，其中危重1人、轻伤4人。", "4人", None),
        # a marker that heads the list is shared by its items
        ("在院患者中危重5人、轻症20人。", "20人", "stock"),
        ("当日新增重症3例、死亡2例。", "2例", "flow"),
        # a steady state is a condition too: a province's bulletin and a hospital's news
        ("全省累计报告确诊病例146例，治愈出院1例，病情平稳10例，重症4例。", "10例", "stock"),
        ("在院治疗的12例患者中，8例病情稳定，4例为重症。", "8例", "stock"),
        ("在院治疗的12例患者中，8例病情稳定、4例出院。", "4例", None),
        # a condition singled out by 其中 of the day's new cases (a province's daily notice, a discharge note) is the
        # day's, not who is in it now
        ("1月24日，广东省报告新增确诊病例25例，其中重症病例1例，无危重病例。", "1例", "flow"),
        ("辽宁省新增3例确诊病例，均为丹东市病例，其中普通型病例2例、轻型病例1例。", "2例", "flow"),
        ("新增治愈出院2例（通化市2例，其中危重型1例）。", "1例", "flow"),
    ],
)
def test_a_condition_marker_qualifies_only_its_own_list_item(claim_of, text, mention, aspect):
    assert claim_of(text, mention)["aspect"] == aspect


@pytest.mark.parametrize(
    ("text", "mention", "aspect"),
    [
        # a provincial health commission's notice and a city news item: a running total's marker on the condition's
        # own noun counts all ever reported in it (累计报告重症病例), those in it now are written 现有
        ("截至2月10日24时，全省累计报告确诊病例1004例，累计报告重症病例73例，现有重症病例51例。", "73例", "cumulative"),
        ("截至2月10日24时，全省累计报告确诊病例1004例，累计报告重症病例73例，现有重症病例51例。", "51例", "stock"),
        ("截至昨日，我市累计重症病例6例，危重病例1例。", "6例", "cumulative"),
        # inside the running total's brackets the condition is how many are in it now
        ("累计确诊病例307例(含重症病例21例，危重症病例6例)。", "21例", "stock"),
    ],
)
def test_a_running_total_of_a_condition_is_a_running_total(claim_of, text, mention, aspect):
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
        # some of the whole's after 其中, said to be of a kind (为…), though they do not add up to it: a day's new
        # cases, the sentence before's new cases past a smaller part, the suspected cases left
        ("1月25日，辽宁新增确诊病例9例，其中5例为确诊病例的密切接触者，1例为外地来沪人员。", "辽宁省", "1例", "flow"),
        (
            "2020年1月25日，广东报告新增确诊病例20例，其中重症病例2例。其中：揭阳3例为首次报告确诊病例。",
            "广东省",
            "3例",
            "flow",
        ),
        ("尚有36例疑似病例正在排查中，其中20例是境外输入型疑似病例。", "上海市", "20例", "stock"),
        # or said to have had something (7例有…接触史): a window's new cases, a running total's
        (
            "1月29日12时至20时，北京市新增9例肺炎病例，其中7例有湖北及其他省份接触史，2例为确诊病例的密切接触者。",
            "北京市",
            "7例",
            "flow",
        ),
        (
            "截至2月8日24时，全省累计报告确诊病例97例，其中，37例有武汉旅居史，4例有湖北其他地区旅居史。",
            "吉林省",
            "4例",
            "cumulative",
        ),
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
        # dates to one day, nor that day's flow (the same words are a total one day and a day's releases the
        # next); 截至 (as of), 累计 and a date of the sentence before leave it a running total
        ("3月4日已解除医学观察812人，共有2960人正在接受医学观察。", "812人", None),
        ("3月4日已解除医学观察812人，共有2960人正在接受医学观察。", "2960人", "stock"),
        ("3月4日0—24时已解除医学观察812人。", "812人", None),  # the day's hours
        ("2月29日已解除医学观察226人。", "226人", None),  # a leap day, whatever the year
        ("目前累计追踪到密切接触者4312人，3月4日已解除隔离观察351人。", "351人", None),
        ("当日已治愈出院15人。", "15人", "flow"),  # the day's own word says what 已 no longer does
        ("截至3月4日已解除医学观察812人。", "812人", "cumulative"),
        ("3月4日已累计解除医学观察812人。", "812人", "cumulative"),
        ("3月4日12时，已解除医学观察812人。", "812人", "cumulative"),  # as of an hour, in the sentence before
        # a city's news item: patients cured on one day
        ("5月12日已治愈出院病人6人，全市仍有3人在院治疗。", "6人", None),
        # business news: a day's date makes no total of what is built by then, 截至 and 累计 do
        ("2024年6月30日已建成5G基站1260个。", "1260个", None),
        ("截至2024年6月30日已建成5G基站1260个。", "1260个", "cumulative"),
        ("2024年6月30日已累计建成5G基站1260个。", "1260个", "cumulative"),
        ("年末已建成5G基站1260个。", "1260个", "cumulative"),  # 年末 is a time, no day
        # the cases found by now: a city's first notice, a province's news; a day's date makes no total of them
        ("目前已发现27例病例，其中7例病情严重。", "27例", "cumulative"),
        ("湖北荆州已发现确诊病例6例。", "6例", "cumulative"),
        ("1月20日已发现确诊病例6例。", "6例", None),
    ],
)
def test_a_clause_dated_to_one_day_makes_ji_no_running_total(claim_of, text, mention, aspect):
    assert claim_of(text, mention, region=None)["aspect"] == aspect


@pytest.mark.parametrize(
    ("text", "region", "mention", "aspect", "metric"),
    [
        # a provincial bulletin: the heading counts the running total before naming it (13例确诊病例中)
        (
            "截至3月2日24时，全区累计报告新冠肺炎确诊病例27例。27例确诊病例中包括，首府市8例、东城市5例、西山市4例。",
            "内蒙古自治区",
            "5例",
            "cumulative",
            "确诊病例",
        ),
        (
            "截至2020年3月2日12时，本省累计报告确诊病例211例。211例确诊病例中，沈阳市40例、大连市19例、丹东市7例。",
            "辽宁省",
            "19例",
            "cumulative",
            "确诊病例",
        ),
        (
            "截至3月2日24时，全区累计报告确诊病例27例。其中：27例确诊病例中包括,包头市8例，呼和浩特市5例。",
            "内蒙古自治区",
            "5例",
            "cumulative",
            "确诊病例",
        ),
        # the heading counts the places the parts are of and names the day's new cases: flow, and its metric
        (
            "3月2日0-24时，全省新增确诊病例15例。广州市新增6例，其他5个地市新增确诊病例中，深圳3例、珠海2例、佛山1例。",
            "广东省",
            "2例",
            "flow",
            "确诊病例",
        ),
        # a city's news item: the heading's count of districts, the month's new jobs
        (
            "当月全市新增城镇就业1300人。其他4个县区新增城镇就业人数中，曹县500人、单县300人。",
            "菏泽市",
            "300人",
            "flow",
            "城镇就业人数",
        ),
        # a heading of words alone says none: neither does its count, and the whole before says the aspect
        (
            "截至9月底，全市累计发放创业担保贷款6亿元。6亿元贷款中，曹县2亿元、单县1亿元。",
            "菏泽市",
            "1亿元",
            "cumulative",
            "贷款",
        ),
    ],
)
def test_a_list_heading_that_counts_before_its_noun(claim_of, text, region, mention, aspect, metric):
    claim = claim_of(text, mention, region)
    assert (claim["aspect"], claim["metric"]) == (aspect, metric)


@pytest.mark.parametrize(
    ("text", "region", "mention", "aspect", "period"),
    [
        # a provincial bulletin: the split by sex of the running total, after the day's new cases and the
        # cities' shares, is the running total's, of its time
        (
            "截至3月2日12时，全省累计报告确诊病例1200例。2日当天0-12时全省新增确诊病例15例。"
            "新增确诊病例中，广州市9例、佛山市6例。男性598例，女性602例，年龄介于1岁-88岁之间。",
            "广东省",
            "602例",
            "cumulative",
            "截至3月2日12时",
        ),
        # a city bulletin: the split in the total's own sentence
        (
            "截至目前，全市累计报告确诊病例34例，其中男性20例，女性14例。",
            "菏泽市",
            "20例",
            "cumulative",
            "截至目前",
        ),
        # a heading that says the running total
        ("全市累计确诊病例中，男性12例、女性9例。", "菏泽市", "9例", "cumulative", None),
        # a split of the day's new cases is no running total's: of the day's flow it adds up to
        (
            "截至3月2日12时，全省累计报告确诊病例1200例。2日当天0-12时全省新增确诊病例15例。男性9例，女性6例。",
            "广东省",
            "6例",
            "flow",
            "2日当天0-12时",
        ),
        # a split adding up to no figure before it
        (
            "截至3月2日12时，全省累计报告确诊病例1200例。男性500例，女性600例。",
            "广东省",
            "600例",
            None,
            "截至3月2日12时",
        ),
    ],
)
def test_a_split_by_sex_of_a_running_total_is_of_its_aspect_and_time(claim_of, text, region, mention, aspect, period):
    claim = claim_of(text, mention, region)
    assert (claim["aspect"], claim["period"]) == (aspect, period)


@pytest.mark.parametrize(
    ("text", "region", "mention", "aspect"),
    [
        # a city's bulletin: the running total split by where the cases live, adding up to it
        (
            "截至2月1日12时，本市累计报告确诊病例169例。外地来沪人员73例，本市常住人员96例。",
            "上海市",
            "96例",
            "cumulative",
        ),
        (
            "截至1月29日12时，本市累计报告确诊病例96例。71例有湖北居住或旅行史，23例有相关确诊病例接触史，2例无湖北接触史。",
            "上海市",
            "23例",
            "cumulative",
        ),
        # a province's bulletin: a split by history after 其中 that names only some of its parts is still the total's
        (
            "截至2月9日24时，全省累计报告确诊病例109例。其中，45例有武汉旅居史，7例有武汉外湖北其他地区旅居史。",
            "贵州省",
            "7例",
            "cumulative",
        ),
        # but not of a running total with another figure between: the day's new cases', the parts some of them
        (
            "全省累计报告确诊病例109例。今日新增确诊病例15例，其中，10例有武汉旅居史，3例有湖北旅居史。",
            "贵州省",
            "10例",
            "flow",
        ),
        # a market-registration release: registered bodies split by kind
        ("截至6月底，全市累计登记市场主体120万户。个体工商户80万户，企业40万户。", "杭州市", "80万户", "cumulative"),
        # a condition in a bracket closed before the list (（重症3例）:) is the bracket's, not the list items'
        (
            "截至29日24时，全省累计报告病例12例（重症3例）:贵阳市1例（已治愈），遵义市1例，黔南州4例，黔西南州1例。",
            "贵州省",
            "4例",
            "cumulative",
        ),
        # where the cases are now is a stock, though it adds up to the total too
        ("累计确诊8例，其中5例在临夏州定点医院住院隔离治疗，3例在省级定点医院住院隔离治疗。", "甘肃省", "5例", "stock"),
        # outcomes of the total, each of its own time, are no split of it
        (
            "截至2月5日24时，北京市累计确诊274例。目前，北京市死亡1例，出院31例，242例在定点医院隔离治疗。",
            "北京市",
            "242例",
            "stock",
        ),
    ],
)
def test_a_split_of_a_running_total_adding_up_to_it_is_a_running_total(claim_of, text, region, mention, aspect):
    assert claim_of(text, mention, region)["aspect"] == aspect


@pytest.mark.parametrize(
    ("text", "mention", "aspect"),
    [
        # news items: 共有 as of a time the clause before gives, 已有 as of 截至 or 至此
        ("截至15日，共有86支救援队、3100名队员，赶赴灾区参与救援。", "86支", "cumulative"),
        ("截至15日，共有86支救援队、3100名队员，赶赴灾区参与救援。", "3100名", "cumulative"),
        ("截至目前，全县共有41例患者治愈出院。", "41例", "cumulative"),
        ("至此，全市确诊的30例患者中已有17例出院。", "17例", "cumulative"),
        ("截至3月5日，参加聚会的人员中，已有12人确诊。", "12人", "cumulative"),
        # a provincial bulletin: the suspected there are now, and those under observation now, are stocks
        ("截至3月5日24时，全省累计报告确诊病例300例，共有疑似病例41例。", "41例", "stock"),
        ("截至3月5日24时，共有1077人正在接受医学观察。", "1077人", "stock"),
        # 共有 with no time it is counted as of, or with a time two clauses before it, says nothing sure
        ("全市共有网格员2860名。", "2860名", None),
        ("截至3月5日10时，本市共确诊病例56例，而定点医院共有床位600张。", "600张", None),
        # 已有 with no 截至 or 至此
        ("目前已有30家企业复工。", "30家", None),
        # the adverb 共 before a verb, as of a time (a Red Cross's donations, a county's jobs funds), a running total;
        # with no such time, nothing sure; 公共 is no 共
        ("截至30日，红十字会共接收27笔社会捐赠的防疫物资。", "27笔", "cumulative"),
        ("截至目前,巨野县共投入各类资金6.6亿元。", "6.6亿元", "cumulative"),
        ("今年全市共发放补贴120万元。", "120万元", None),
        ("截至目前，全市公共服务设施达到120处。", "120处", None),
        # as of a time with no word of aspect: those who died or left so far are a running total, those in hospital a
        # stock (a city's bulletin)
        ("截至2月1日16时，本市死亡1例，出院9例，在定点医院进行隔离治疗158例。", "9例", "cumulative"),
        ("截至2月1日16时，本市死亡1例，出院9例，在定点医院进行隔离治疗158例。", "158例", "stock"),
        # cases reported as of a time, no 累计 written, are all reported so far: a provincial bulletin, a health
        # commission's notifiable diseases; a report saying something (报告称) reports no cases
        ("截至2月24日24时,黑龙江省报告新型冠状病毒肺炎确诊病例480例，现有重症病例71例。", "480例", "cumulative"),
        ("截至2月24日24时,黑龙江省报告新型冠状病毒肺炎确诊病例480例，现有重症病例71例。", "71例", "stock"),
        ("截至10月底，全省通报法定传染病病例3.2万例。", "3.2万例", "cumulative"),
        ("截至6月，报告称市场规模达120亿元。", "120亿元", None),
    ],
)
def test_a_count_as_of_a_time_with_gongyou_or_yiyou_is_a_running_total(claim_of, text, mention, aspect):
    assert claim_of(text, mention, region=None)["aspect"] == aspect


@pytest.mark.parametrize(
    ("text", "region", "mention", "aspect", "period"),
    [
        # a provincial bulletin: the cities' shares of the running total come after the day's new cases, and
        # are larger than them; they are the running total's, as of its time
        (
            "截至3月2日12时，全省累计报告确诊病例1200例。2日当天0-12时全省新增确诊病例15例。"
            "确诊病例中，深圳市420例、广州市380例、珠海市3例。",
            "广东省",
            "3例",
            "cumulative",
            "截至3月2日12时",
        ),
        # a city's statistics news: the districts' shares of the year's running total of loans
        (
            "截至9月底，全市累计发放创业担保贷款6亿元。9月当月新增发放创业担保贷款0.8亿元。"
            "创业担保贷款中，曹县2.5亿元、单县0.5亿元。",
            "菏泽市",
            "0.5亿元",
            "cumulative",
            "截至9月底",
        ),
        # parts no larger than the day's figure before them stay the day's
        (
            "截至3月2日12时，全省累计报告确诊病例1200例。2日当天0-12时全省新增确诊病例15例。"
            "确诊病例中，深圳市9例、广州市6例。",
            "广东省",
            "6例",
            "flow",
            "2日当天0-12时",
        ),
    ],
)
def test_a_whole_is_no_smaller_than_its_parts(claim_of, text, region, mention, aspect, period):
    claim = claim_of(text, mention, region)
    assert (claim["aspect"], claim["period"]) == (aspect, period)


_RUNNING_TOTAL_LIST = (
    "截至5月4日24时，累计收到境外通报确诊病例96例：甲国60例（出院41例，死亡2例），乙国36例（出院30例）。"
)


@pytest.mark.parametrize(
    ("text", "mention", "aspect"),
    [
        # a health commission's notice: the parts of a running total heading a colon list, and what the
        # brackets say of each part, are running totals too
        (_RUNNING_TOTAL_LIST, "60例", "cumulative"),
        (_RUNNING_TOTAL_LIST, "2例", "cumulative"),
        (_RUNNING_TOTAL_LIST, "30例", "cumulative"),
        # a housing bureau's work report: the parts of a running total of homes
        ("五年来累计改造老旧小区住房5200套：城东区2100套（完成加装电梯300套），城西区3100套。", "3100套", "cumulative"),
        ("五年来累计改造老旧小区住房5200套：城东区2100套（完成加装电梯300套），城西区3100套。", "300套", "cumulative"),
        # figures in another unit are no parts of it, and the list turning to a day's figures ends its reach
        ("累计建成充电桩5000个：城区3200个，乡镇1800个，带动投资2亿元。", "2亿元", None),
        ("累计确诊病例257例：今日新增5例，死亡1例。", "1例", None),
        # no colon after the running total: a clause of its own says what its figure is (a condition people leave
        # again says nothing; an outcome never undone, 出院10例, is a running total by itself: test_feed_classes_seed13)
        ("累计确诊病例257例，隔离观察10例。", "10例", None),
    ],
)
def test_a_running_total_heading_a_colon_list_scopes_its_parts(claim_of, text, mention, aspect):
    assert claim_of(text, mention)["aspect"] == aspect


# a fund's annual report and a health bulletin: parts after 其中 in the total's own sentence, adding up to it
FUND = (
    "自成立以来，财政性净拨入累计10291.62亿元，其中，一般公共预算拨款3548.36亿元、国有股减转持资金2844.13亿元"
    "（减持资金971.59亿元、境内转持股票1028.99亿元、境外转持股票843.55亿元）、彩票公益金3899.13亿元。"
)
BULLETIN = "全省累计报告确诊病例245例，其中输入性病例116例，密切接触者114例，无明确接触史病例15例。"
# parts said of by a clause after them: one of them is a stock (in hospital now)
IN_HOSPITAL = "目前全市累计确诊病例121例，其中死亡1例，出院5例，115例在定点医院隔离治疗。"


@pytest.mark.parametrize(
    ("text", "mention", "aspect"),
    [
        (FUND, "3548.36亿元", "cumulative"),
        (FUND, "971.59亿元", "cumulative"),
        (FUND, "3899.13亿元", "cumulative"),
        (BULLETIN, "114例", "cumulative"),
        (BULLETIN, "15例", "cumulative"),
        (IN_HOSPITAL, "115例", "stock"),
    ],
)
def test_parts_after_qizhong_in_the_totals_sentence_take_its_aspect(claim_of, text, mention, aspect):
    assert claim_of(text, mention, "西安市")["aspect"] == aspect


@pytest.mark.parametrize(
    ("text", "mention", "aspect"),
    [
        # a count of diagnoses after a running total of its time is one too: a diagnosis is never undone (bulletin)
        ("截至2月18日24时，上海市已累计排除疑似病例1880例，发现确诊病例333例。", "333例", "cumulative"),
        ("截至6月30日，全市累计报告手足口病病例1200例，确诊病例45例。", "45例", "cumulative"),
        # a stock or a flow after it keeps its own marker
        ("截至2月18日24时，已累计排除疑似病例1880例，现有确诊病例30例。", "30例", "stock"),
        ("截至2月18日24时，已累计排除疑似病例1880例，新增确诊病例3例。", "3例", "flow"),
    ],
)
def test_confirmed_cases_after_a_running_total_of_their_time_are_one(claim_of, text, mention, aspect):
    assert claim_of(text, mention, "上海市")["aspect"] == aspect


@pytest.mark.parametrize(
    ("text", "mention", "aspect"),
    [
        # a city's daily notice and a province's: a day's count listed after the day's flow is of that day
        ("上海昨日无新增本地确诊病例，新增境外输入3例，治愈出院1例。", "1例", "flow"),
        ("16日当天全省新增确诊病例3例，为广州报告3例境外输入病例。", "3例", "flow"),
        # after a running total it is one too; after a stock, 现有 is not its time (a discharge is no stock): the day
        # its sentence opens with is, and people discharged on a day are that day's
        ("昨日全省累计确诊100例，治愈出院40例。", "40例", "cumulative"),
        ("昨日全省新增确诊5例，现有确诊50例，治愈出院1例。", "1例", "flow"),
    ],
)
def test_a_days_count_after_the_days_flow_is_a_flow(claims_of, text, mention, aspect):
    claims = [c for c in claims_of(text, region="上海市", date="2020-03-17") if c["mention"] == mention]
    assert claims[-1]["aspect"] == aspect


@pytest.mark.parametrize(
    ("genre", "text", "mention", "aspect"),
    [
        # a health commission's headline and a hospital's news: discharges or deaths on the one day the figure's own
        # sentence names are that day's, with no 新增
        ("city bulletin headline", "北京昨日无新增报告新冠肺炎确诊病例，7例治愈出院", "7例", "flow"),
        ("province notice", "今天，安徽有12名新冠肺炎患者治愈出院。", "12名", "flow"),
        ("hospital news", "今天下午，温州市第六人民医院有两名新型冠状病毒患者康复出院。", "两名", "flow"),
        # the page's now is no day: so far, a running total's time; and a day counted up to is no window, but the time
        # of a running total of those who left
        ("city bulletin", "目前，215例病情平稳，25例治愈出院，1例死亡。", "25例", "cumulative"),
        ("province notice", "截至2月7日24时，全省59例治愈出院。", "59例", "cumulative"),
        # a confirmed case on a day is more often the running total: left to its markers
        ("city bulletin", "今天，全市确诊病例138例。", "138例", None),
        # a contact released from observation is such an outcome: the day's, or all so far where counted as of now
        ("province bulletin", "3月12日解除观察106人，目前有102人正在接受医学观察。", "106人", "flow"),
        (
            "city bulletin",
            "目前追踪到密切接触者3850人，解除医学观察123人，尚有3727人正在接受医学观察。",
            "123人",
            "cumulative",
        ),
    ],
)
def test_an_outcome_on_the_day_its_sentence_names_is_a_flow(claims_of, genre, text, mention, aspect):
    claims = [c for c in claims_of(text, region="安徽省", date="2020-02-08") if c["mention"] == mention]
    assert claims[-1]["aspect"] == aspect, genre


@pytest.mark.parametrize(
    ("genre", "text", "mention", "aspect"),
    [
        # a move from one condition to another in the report's window is a flow of the window
        ("city notice", "2020年2月6日12—24时，重型病例转危重型病例中，万州区2例、江北区1例。", "2例", "flow"),
        ("province notice", "2020年2月10日0时-24时，全省新增重症病例转轻症病例1例。", "1例", "flow"),
        # people counted in the window after its flow, and a death beside a condition counted in the window
        (
            "national notice",
            "3月14日0—24时，全国当日新增治愈出院病例1370例，解除医学观察的密切接触者1409人。",
            "1409人",
            "flow",
        ),
        ("province notice", "26日16时～27日7时，全省新增确诊病例9例，重症病例3例，死亡病例1例。", "1例", "flow"),
        # a group named alone in a window's report is no count of the window
        ("province notice", "3月16日20时至3月17日20时，伊朗包机境外输入性病例密切接触者274人。", "274人", None),
    ],
)
def test_moves_and_people_of_a_reports_window_are_its_flow(claims_of, genre, text, mention, aspect):
    claims = [c for c in claims_of(text, region="重庆市", date="2020-03-17") if c["mention"] == mention]
    assert claims[0]["aspect"] == aspect, genre


@pytest.mark.parametrize(
    ("genre", "text", "mention", "aspect"),
    [
        # cases of a condition that left it (治愈出院, 死亡) count discharges or deaths: the sentence's earlier marker
        # says their aspect, or the rules for outcomes do — never the condition's stock
        ("province notice", "3月4日当天，新增出院30例，2例为危重型病例治愈出院，7例为重型病例出院。", "7例", "flow"),
        ("province notice", "新增出院病例中，8例为重型病例治愈出院，其他为普通型治愈出院。", "8例", "flow"),
        ("hospital news", "28日上午，医疗队在武昌医院重症监护室救治的2名患者治愈出院。", "2名", "flow"),
        ("mine rescue news", "累计救出矿工12人，其中3名矿工经抢救无效死亡，9名危重伤员已出院。", "9名", "cumulative"),
        # a condition still held is a stock
        ("province notice", "新增出院30例，现有确诊病例中，7例为重型病例。", "7例", "stock"),
        ("hospital news", "医院收治的患者中，有2名重症患者正在接受治疗。", "2名", "stock"),
    ],
)
def test_cases_that_left_a_condition_are_no_stock_of_it(claims_of, genre, text, mention, aspect):
    claims = [c for c in claims_of(text, region="山东省", date="2020-03-04") if c["mention"] == mention]
    assert claims[0]["aspect"] == aspect, genre


def test_a_diagnosis_is_an_outcome_never_undone_but_befalls_no_counted_person():
    # one lexicon (accumulating_outcomes.txt) read by the aspect, metric and age steps: a death or a discharge befalls
    # a person already counted; a diagnosis makes the case, so only the running-total rule reads it
    assert {"死亡", "出院", "确诊病例"} <= set(accumulating_outcomes())
    assert "确诊病例" not in person_outcomes()
    assert set(person_outcomes()) == set(accumulating_outcomes()) - {"确诊病例"}


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "aspect"),
    [
        # a headline's copy of a window's count is no other count of the same thing: the body's is the window's flow
        (
            "health bulletin",
            "内蒙古新增出院病例5例，排除疑似病例1例\n\n2020年2月27日7时至28日7时，内蒙古自治区新增出院病例5例，"
            "排除疑似病例1例。",
            "内蒙古自治区",
            "1例",
            "flow",
        ),
        (
            "flood bulletin",
            "全省新增转移群众3.2万人，因灾死亡2人\n\n7月20日8时至21日8时，全省新增转移群众3.2万人，因灾死亡2人。",
            "河南省",
            "2人",
            "flow",
        ),
    ],
)
def test_a_headlines_copy_is_no_other_count_of_a_windows_figure(claims_of, genre, text, region, mention, aspect):
    claims = _mentioned(claims_of, text, region, mention, "2020-02-28")
    assert claims[-1]["aspect"] == aspect, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "aspect"),
    [
        # those discharged or dead never leave the count: "现有" of them is every one so far, a running total; the
        # cases and conditions there are now stay stocks (a province's bulletin, a city's)
        (
            "province bulletin",
            "黑龙江省报告确诊病例483例，现有治愈出院病例460例，现有确诊病例10例。",
            "黑龙江省",
            "460例",
            "cumulative",
        ),
        (
            "province bulletin",
            "黑龙江省报告确诊病例483例，现有治愈出院病例460例，现有确诊病例10例。",
            "黑龙江省",
            "10例",
            "stock",
        ),
        ("city bulletin", "全市现有死亡病例3例，现有重症病例2例。", "哈尔滨市", "3例", "cumulative"),
        ("city bulletin", "全市现有死亡病例3例，现有重症病例2例。", "哈尔滨市", "2例", "stock"),
    ],
)
def test_a_current_count_of_outcomes_never_undone_is_a_running_total(claim_of, genre, text, region, mention, aspect):
    assert claim_of(text, mention, region)["aspect"] == aspect, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "period", "dates"),
    [
        # the window opens the new figures' report; a running total or a stock in a sentence after it is counted as
        # of the window's end: as of that end in the window's words, dated to it with no start
        (
            "province bulletin",
            "2月1日0时至12时，云南省新增确诊病例2例。全省累计报告确诊病例93例，现有危重3例。现有疑似病例208例。"
            "确诊病例中，昆明市30例、曲靖市5例。",
            "云南省",
            "30例",
            "截至2月1日12时",
            (None, "2020-02-01T12:00"),
        ),
        (
            "province bulletin",
            "6日当天0-12时全省新增确诊病例26例。有3530名密切接触者正在接受医学观察。",
            "广东省",
            "3530名",
            "截至6日12时",
            (None, "2020-02-06T12:00"),
        ),
        # a bare 当日 gives no hour to count up to: no time
        (
            "national bulletin",
            "当日新增治愈出院病例730例。累计收到港澳台地区通报确诊病例333例：香港特别行政区208例。",
            None,
            "208例",
            None,
            (None, None),
        ),
        (
            "flood bulletin",
            "7月20日8时至21日8时，全省新增转移群众3.2万人。全省累计转移群众15.6万人。",
            "河南省",
            "15.6万人",
            "截至7月21日8时",
            (None, "2020-07-21T08:00"),
        ),
        # a part of the total takes the total's window past a 当日 between them (a province's bulletin, a flood's)
        (
            "province bulletin",
            "2月14日12时至24时，云南省新增确诊病例6例。全省累计报告确诊病例168例。密切接触者当日解除医学观察563人。"
            "确诊病例中，昆明市48例、玉溪市14例。",
            "云南省",
            "14例",
            "截至2月14日24时",
            (None, "2020-02-14T24:00"),
        ),
        (
            "flood bulletin",
            "7月20日8时至21日8时，全省新增转移群众3.2万人。全省累计转移群众15.6万人。当日恢复供电1200户。"
            "累计转移群众中，郑州市5.1万人、新乡市3.3万人。",
            "河南省",
            "3.3万人",
            "截至7月21日8时",
            (None, "2020-07-21T08:00"),
        ),
        # a condition singled out of the window's new figures is of the window
        (
            "province bulletin",
            "2020年2月5日0-24时，江苏省报告新增确诊病例32例。其中，轻型病例5例，普通型病例27例。",
            "江苏省",
            "5例",
            "2020年2月5日0-24时",
            ("2020-02-05T00:00", "2020-02-05T24:00"),
        ),
        (
            "province bulletin",
            "2020年2月15日0-24时，江苏省新增出院病例30例。新增重型病例3例，1例重型病例符合出院标准。",
            "江苏省",
            "1例",
            "2020年2月15日0-24时",
            ("2020-02-15T00:00", "2020-02-15T24:00"),
        ),
        # the window's own sentence: the new figures' time (a flow), as written
        (
            "flood bulletin",
            "7月20日8时至21日8时，全省新增转移群众3.2万人。全省累计转移群众15.6万人。",
            "河南省",
            "3.2万人",
            "7月20日8时至21日8时",
            ("2020-07-20T08:00", "2020-07-21T08:00"),
        ),
    ],
)
def test_a_window_carried_onto_a_total_or_stock_dates_it_to_its_end(
    claims_of, genre, text, region, mention, period, dates
):
    claims = _mentioned(claims_of, text, region, mention, "2020-02-28")
    last = claims[-1]
    assert (last["period"], (last["period_start"], last["period_end"])) == (period, dates), genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "aspect"),
    [
        # the 现有 heading a list reaches its items: a stock, or a running total of those discharged or dead
        (
            "region bulletin",
            "截止2月25日24时，我区现有新冠肺炎确诊病例0例，重症病例0例，死亡病例3例，疑似病例4例，治愈出院病例1例。",
            "西藏自治区",
            "3例",
            "cumulative",
        ),
        (
            "region bulletin",
            "截止2月25日24时，我区现有新冠肺炎确诊病例0例，重症病例0例，死亡病例3例，疑似病例4例，治愈出院病例1例。",
            "西藏自治区",
            "4例",
            "stock",
        ),
        (
            "province bulletin",
            "全省累计报告确诊病例93例，现有危重3例，重症7例，治愈出院5例，疑似病例235例，密切接触者医学观察3423人。",
            "云南省",
            "5例",
            "cumulative",
        ),
        (
            "province bulletin",
            "全省累计报告确诊病例93例，现有危重3例，重症7例，治愈出院5例，疑似病例235例，密切接触者医学观察3423人。",
            "云南省",
            "3423人",
            "stock",
        ),
        # not a day's outcome, nor the heading of a breakdown
        ("city bulletin", "全市现有在院患者10人，今日出院2人。", "北京市", "2人", "flow"),
        (
            "province bulletin",
            "现有37名确诊患者在院治疗，全省121例确诊病例中，目前累计追踪到密切接触者2717人。",
            "黑龙江省",
            "121例",
            None,
        ),
    ],
)
def test_the_xianyou_heading_a_list_reaches_its_items(claims_of, genre, text, region, mention, aspect):
    claims = _mentioned(claims_of, text, region, mention, "2020-02-26")
    assert claims[-1]["aspect"] == aspect, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "aspect"),
    [
        # a headline's figure of no marker of its own takes the aspect of the body's figure restating it
        (
            "national bulletin",
            "全国确诊830例新型肺炎病例\n\n截至1月23日24时，国家卫生健康委收到29个省（区、市）累计报告确诊病例830例。",
            None,
            "830例",
            "cumulative",
        ),
        (
            "city news",
            "武汉7148个小区全面封闭\n\n副市长表示：武汉市现有7148个小区，其中物业小区3159个。",
            "武汉市",
            "7148个",
            "stock",
        ),
        (
            "province news",
            "黄冈再改造2所医院，增500余张床位\n\n15日，该市再次改造两所医院，用作定点医院，共新增床位500余张。",
            "黄冈市",
            "500余张",
            "flow",
        ),
        # the one figure of its value and unit in the body restates it, however reworded (a city's discharge news)
        (
            "city bulletin",
            "上海有1例确诊病例3月12日出院\n\n市卫健委今日通报：1例新型冠状病毒肺炎病例经专家组评估符合出院标准，于今日出院。",
            "上海市",
            "1例",
            "flow",
        ),
        # a body figure of another metric restates nothing
        (
            "province bulletin",
            "湖南确诊病例100例\n\n截至1月28日24时，全省累计报告确诊病例143例，新增出院100例。",
            "湖南省",
            "100例",
            None,
        ),
    ],
)
def test_a_headlines_figure_takes_the_aspect_of_its_restatement(claims_of, genre, text, region, mention, aspect):
    claims = _mentioned(claims_of, text, region, mention, "2020-02-26")
    assert claims[0]["aspect"] == aspect, genre


# the figure's own noun after it opens with its marker: its aspect (a flow's or a running total's word after a figure
# whose noun is before it belongs to the next figure: 投资5亿元新增产能)
@pytest.mark.parametrize(
    ("genre", "text", "mention", "aspect"),
    [
        ("health notice", "这5名新增患者为3男2女，年龄在36岁-45岁之间。", "5名", "flow"),
        ("county news", "全县共有12家新增规模以上企业投产。", "12家", "flow"),
        ("company news", "公司投资5亿元新增产能20万吨。", "5亿元", None),
    ],
)
def test_the_marker_opening_the_figures_own_noun_after_it_is_its_aspect(claim_of, genre, text, mention, aspect):
    assert claim_of(text, mention, "银川市", date="2020-02-01")["aspect"] == aspect, genre


@pytest.mark.parametrize(
    ("text", "mention", "aspect"),
    [
        # people discharged or dead, counted as of now, are all of them so far; those in a condition beside them are
        # a stock — a city's daily bulletin, a family's story
        ("目前，186例病情平稳，13例病情危重，124例治愈出院，1例死亡。", "124例", "cumulative"),
        ("目前，186例病情平稳，13例病情危重，124例治愈出院，1例死亡。", "13例", "stock"),
        ("该家庭共有5人确诊新型冠状病毒感染，目前已有3人出院。", "3人", "cumulative"),
    ],
)
def test_an_outcome_counted_as_of_now_is_a_running_total(claim_of, text, mention, aspect):
    assert claim_of(text, mention, "上海市")["aspect"] == aspect


@pytest.mark.parametrize(
    ("text", "mention", "aspect"),
    [
        # the suspected cases there were when the window opened are a stock; those turned or cleared in it a flow —
        # two provinces' daily notices
        ("2月2日0-24时，全省原有14例疑似病例转为确诊病例8例，排除1例，新增12例。", "14例", "stock"),
        ("2月2日0-24时，全省原有14例疑似病例转为确诊病例8例，排除1例，新增12例。", "8例", "flow"),
        ("2月17日0-24时，全省原有36例疑似病例中，排除16例。", "36例", "stock"),
        ("2月17日0-24时，全省原有36例疑似病例中，排除16例。", "16例", "flow"),
    ],
)
def test_the_count_a_window_opened_with_is_a_stock(claim_of, text, mention, aspect):
    assert claim_of(text, mention, "吉林省", date="2020-02-18")["aspect"] == aspect


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention"),
    [
        # a part of new cases said to be of a condition (其中1例为重型病例) is new too, though its word reads as a stock
        # (a province's bulletin, a city hospital's notice)
        (
            "province bulletin",
            "辽宁省鞍山市新增2例确诊病例,其中1例为重型病例，1例为普通型病例。",
            "辽宁省",
            "1例",
        ),
        ("hospital notice", "昨日全市新增住院患者12人，其中3人为重症患者。", "洛阳市", "3人"),
    ],
)
def test_a_part_of_new_figures_in_a_condition_is_new(claim_of, genre, text, region, mention):
    assert claim_of(text, mention, region)["aspect"] == "flow", genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention"),
    [
        # 现有 says a figure is a stock, not when it is: no period as written, dated to the page as of its writing (a
        # province's daily bulletin; a county's farm report)
        ("province bulletin", "新增疑似病例1例，现有疑似病例42例。", "山东省", "42例"),
        ("county farm report", "全县现有茶园面积36万亩,上半年全县干毛茶产量14840吨。", "安化县", "36万亩"),
    ],
)
def test_xianyou_is_the_stock_aspect_not_a_period(claim_of, genre, text, region, mention):
    claim = claim_of(text, mention, region, date="2020-02-18")
    assert (claim["aspect"], claim["period"], claim["period_start"], claim["period_end"]) == (
        "stock",
        None,
        "2020-02-18",
        "2020-02-18",
    ), genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention"),
    [
        # a stock's 现有 after the "now" its sentence opened with: the period is that now (a province's bulletin; a
        # county's forestry report)
        (
            "province bulletin",
            "目前全区累计报告确诊病例252例，累计出院病例129例，现有确诊病例121例，均在院治疗。",
            "广西壮族自治区",
            "121例",
        ),
        ("county forestry report", "目前全县累计造林12万亩，现有林地面积86万亩。", "安化县", "86万亩"),
    ],
)
def test_a_stocks_xianyou_takes_the_now_its_sentence_opened_with(claim_of, genre, text, region, mention):
    claim = claim_of(text, mention, region, date="2020-02-25")
    assert (claim["aspect"], claim["period"]) == ("stock", "目前"), genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention"),
    [
        # the time a figure counts as of, said after who reports it and a colon, is read as if it opened the
        # sentence: a running total (a city's press conference; a province's bulletin; a red-cross notice)
        (
            "city press conference",
            "今天，青岛市政府新闻办召开疫情防控工作新闻发布会，通报：截至 1 月 26 日 24 时，青岛市共确诊新型冠状病毒"
            "感染的肺炎病例 10 例，其中男性 7 例，女性 3 例。",
            "山东省",
            "7 例",
        ),
        (
            "province bulletin",
            "省卫健委通报：截至2月24日24时，黑龙江省报告确诊病例480例，死亡12例。",
            "黑龙江省",
            "480例",
        ),
        (
            "province bulletin, an outcome",
            "省卫健委通报：截至2月24日24时，黑龙江省报告确诊病例480例，死亡12例。",
            "黑龙江省",
            "12例",
        ),
        ("red-cross notice", "市红十字会发布公告：截至2月10日17时，共接收社会捐款3200万元。", "武汉市", "3200万元"),
        # the colon of a clock time ends no speaker's words
        (
            "city daily, a clock time",
            "据黄石日报，记者从指挥部获悉，截至1月23日21:00，全市发热门诊共接诊发热病人1917例。",
            "黄石市",
            "1917例",
        ),
    ],
)
def test_a_time_counted_as_of_after_a_colon_makes_a_running_total(claim_of, genre, text, region, mention):
    assert claim_of(text, mention, region)["aspect"] == "cumulative", genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention"),
    [
        # all there are (共, 共有, 已有) from a start up to now is a running total: a discipline commission's notice, a
        # county's tourism news, a finance digest
        (
            "discipline notice",
            "福建省纪委监委通报，疫情发生以来严肃追责问责，共查处100起、处理170人。",
            "福建省",
            "170人",
        ),
        ("county tourism news", "今年以来，全县共接待游客500万人次，同比增长5%。", "安化县", "500万人次"),
        ("finance digest", "今年以来共有2248只基金实施分红。", "中国", "2248只"),
    ],
)
def test_all_there_are_since_a_start_is_a_running_total(claim_of, genre, text, region, mention):
    assert claim_of(text, mention, region, date="2024-08-26")["aspect"] == "cumulative", genre


@pytest.mark.parametrize(
    ("text", "mention", "aspect"),
    [
        # a condition left (解除重症, 脱离危重) is no stock of it: the marker before says what kind of figure (a
        # provincial notice's day, a city news item's running total)
        ("2020年2月3日0-24时，全省新增确诊病例9例，新增重症病例1例，新增解除重症1例。", "1例", "flow"),
        ("截至2月3日24时，全省现有重症病例5例，累计脱离危重3例。", "3例", "cumulative"),
        ("本周我市新增脱离危重病例2例，出院病例10例。", "2例", "flow"),
    ],
)
def test_a_condition_left_is_no_stock_of_it(claims_of, text, mention, aspect):
    claims = [c for c in claims_of(text) if c["mention"] == mention]
    assert claims[-1]["aspect"] == aspect


# those isolated or in hospital at the time are a stock (当前隔离508人, 目前住院治疗12例), though 目前/当前 alone say
# nothing sure (目前追踪到密切接触者17020人 is a running total)
@pytest.mark.parametrize(
    ("text", "mention", "aspect"),
    [
        ("全省新增密切接触者55人，当前隔离508人。", "508人", "stock"),
        ("目前住院治疗12例。", "12例", "stock"),
        ("目前隔离观察人数为30人。", "30人", "stock"),
        ("目前追踪到密切接触者17020人。", "17020人", "cumulative"),
    ],
)
def test_those_isolated_or_in_hospital_now_are_a_stock(claim_of, text, mention, aspect):
    assert claim_of(text, mention, "陕西省")["aspect"] == aspect
