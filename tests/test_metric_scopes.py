"""A figure's scope stays in its claim: the section or label it stands under, the bar that defines its group, the
group or venue that did what it measures, and the stretch of days it totals (issue 25). Texts written for
these tests, in several genres: education and health communiqués, work reports, tourism and company news."""

import pytest

# an education communiqué in numbered sections, the overall one naming the longer form of a level's metric
EDUCATION = (
    "一、综合\n全市各级各类学历教育在校生812340人，比上年增加2310人。\n"
    "二、义务教育\n全市义务教育阶段学校312所，比上年减少6所。招生98120人，增长2.1%；在校生401230人，增长0.8%。\n"
)
# a health statistics communiqué: the same layout with beds and visits
HEALTH = (
    "一、综合\n全市医疗卫生机构实有床位32150张，比上年增加820张。\n"
    "二、基层医疗卫生\n全市基层医疗卫生机构1820个。门诊量1530万人次，增长4.2%；床位6120张，增长1.5%。\n"
)


@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        (EDUCATION, "812340人", "各级各类学历教育在校生"),  # the overall section keeps its own metric
        (EDUCATION, "401230人", "义务教育在校生"),  # ends the overall section's metric: it stands there too
        (EDUCATION, "0.8%", "义务教育在校生"),
        (EDUCATION, "98120人", "义务教育招生"),  # a bare word opening its sentence beside a scoped figure
        (EDUCATION, "2.1%", "义务教育招生"),
        (EDUCATION, "312所", "义务教育阶段学校"),  # names its part already
        (HEALTH, "32150张", "医疗卫生机构实有床位"),
        (HEALTH, "6120张", "基层医疗卫生床位"),
        (HEALTH, "1530万人次", "基层医疗卫生门诊量"),
        (HEALTH, "1820个", "基层医疗卫生机构"),
    ],
)
def test_a_sections_part_scopes_its_bare_metrics(claim_of, text, mention, metric):
    assert claim_of(text, mention, "绵阳市")["metric"] == metric


def test_a_bare_word_in_a_sentence_with_a_whole_of_its_own_is_left_alone(claim_of):
    # 全市共有幼儿园: the sentence names its whole; the heading adds nothing to 幼儿园
    text = (
        "一、综合\n全市专任教师41250人。\n"
        "二、学前教育\n全市共有幼儿园402所，增长1.1%。专任教师6120人，比上年增加150人。\n"
    )
    assert claim_of(text, "402所", "绵阳市")["metric"] == "幼儿园"
    assert claim_of(text, "6120人", "绵阳市")["metric"] == "学前教育专任教师"


@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        # an education communiqué: two shares of the whole, each of the part before it
        (
            "全市有普惠性幼儿园320所，比上年增加12所，增长3.9%，占总数的71.2%；"
            "普惠性幼儿园在园幼儿52100人，增长2.2%，占总数的70.4%。",
            "71.2%",
            "普惠性幼儿园占总数",
        ),
        (
            "全市有普惠性幼儿园320所，比上年增加12所，增长3.9%，占总数的71.2%；"
            "普惠性幼儿园在园幼儿52100人，增长2.2%，占总数的70.4%。",
            "70.4%",
            "普惠性幼儿园在园幼儿占总数",
        ),
        # a statistics communiqué: the share after a level and its change
        # (its 产值 understood in both: the part is the industry)
        ("全年高新技术产业产值812亿元，增长9.1%，占规模以上工业的41.3%。", "41.3%", "高新技术产业占规模以上工业"),
    ],
)
def test_a_share_of_the_whole_is_the_share_of_the_part_named_before_it(claim_of, text, mention, metric):
    assert claim_of(text, mention, "绵阳市")["metric"] == metric


@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        # a monthly disease report: each class's list of leading diseases and the share they make up
        (
            "本月全市报告法定传染病1210例。其中：\n乙类：820例，发病数前3：肺结核301例、梅毒222例、肝炎198例，共占88.4%。\n"
            "丙类：390例，发病数前2：流行性感冒201例、手足口病99例，共占76.9%。",
            "88.4%",
            "乙类发病数前3共占",
        ),
        (
            "本月全市报告法定传染病1210例。其中：\n乙类：820例，发病数前3：肺结核301例、梅毒222例、肝炎198例，共占88.4%。\n"
            "丙类：390例，发病数前2：流行性感冒201例、手足口病99例，共占76.9%。",
            "76.9%",
            "丙类发病数前2共占",
        ),
        # an industry report: the leading sectors' list and their combined share
        ("全市主导产业：电子信息120亿元、装备制造90亿元，合计占45.2%。", "45.2%", "主导产业合计占"),
    ],
)
def test_a_combined_share_of_a_list_is_named_by_the_lists_label(claim_of, text, mention, metric):
    assert claim_of(text, mention, "绵阳市")["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric", "excluded"),
    [
        # a work report: the bar is part of the set counted, and no claim itself
        ("全年签约亿元以上项目86个，一批重点项目落地。", "绵阳市", "86个", "签约亿元以上项目", "亿元以上"),
        (
            "全年新开工5000万元以上项目120个，总投资300亿元。",
            "绵阳市",
            "120个",
            "新开工5000万元以上项目",
            "5000万元以上",
        ),
        # a statistics communiqué: households over an income bar
        ("年收入10万元以上农户达到3200户。", "绵阳市", "3200户", "年收入10万元以上农户", "10万元以上"),
        # company news: firms over a size bar
        ("全市共有500人以上企业16家。", "绵阳市", "16家", "500人以上企业", "500人以上"),
    ],
)
def test_a_bar_defining_a_counted_group_stays_in_its_metric_and_is_no_claim(
    claims_of, text, region, mention, metric, excluded
):
    claims = claims_of(text, region=region)
    assert excluded not in [c["mention"] for c in claims]
    assert next(c for c in claims if c["mention"] == mention)["metric"] == metric


def test_a_level_followed_by_a_verb_stays_a_claim(claims_of):
    # 1000万吨以上 then 连续: a level that held, not a bar before a noun
    assert "1000万吨以上" in [c["mention"] for c in claims_of("全市粮食产量稳定在1000万吨以上连续12年。")]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # tourism news: one of a list of honours, named before the village that holds it
        ("乡村旅游持续升温，漳浦十大美丽乡村赤湖镇东坑村3天接待游客1.2万人次。", "十大"),
        # a work report: a list of model companies named before the company
        ("入选全市五大标杆企业绵阳科技有限公司实现产值20亿元。", "五大"),
    ],
)
def test_a_number_in_an_honours_title_before_its_holder_is_no_claim(claims_of, text, mention):
    assert mention not in [c["mention"] for c in claims_of(text, region="福建省")]


def test_a_rhetorical_count_not_before_a_name_stays(claims_of):
    assert "十大" in [c["mention"] for c in claims_of("全市十大行动全面推进。")]


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # tourism: the monitored sites' visitors, not the province's
        ("纳入监测的18家重点景区累计接待游客120.5万人次，同比增长8.2%。", "福建省", "120.5万人次", "重点景区游客"),
        ("纳入监测的18家重点景区累计接待游客120.5万人次，同比增长8.2%。", "福建省", "8.2%", "重点景区游客"),
        # a statistics communiqué: the firms' revenue, not the city's
        ("全市38家规模以上企业实现营业收入120亿元。", "绵阳市", "120亿元", "规模以上企业营业收入"),
        # the clauses after it with no subject of their own, up to the full stop, go on with the group's acts
        (
            "纳入监测的18家重点景区累计接待游客120.5万人次，同比增长8.2%；累计实现门票收入0.9亿元。",
            "福建省",
            "0.9亿元",
            "重点景区门票收入",
        ),
        ("全市12家定点医院共救治患者3400人次，治愈出院3100人。", "绵阳市", "3100人", "定点医院治愈出院"),
    ],
)
def test_a_counted_group_that_acts_scopes_the_figure_after_it(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        # a new sentence with a subject of its own: the province's income, not the sites'
        ("纳入监测的18家重点景区累计接待游客120.5万人次。全省实现旅游收入20亿元。", "20亿元", "旅游收入"),
        # a clause with a noun of its own before its verb
        ("全市12家定点医院共救治患者3400人次，全市新增就业1.2万人。", "1.2万人", "就业"),
        # places counted are the figures' subjects, not a group that acts (31个省…报告新增确诊病例)
        ("31个省（自治区、直辖市）报告新增确诊病例119例。", "119例", "确诊病例"),
        ("境外共58个国家确诊新冠肺炎7169例，死亡共计104例。", "104例", "死亡"),
    ],
)
def test_a_group_does_not_scope_what_it_did_not_do(claim_of, text, mention, metric):
    assert claim_of(text, mention, "福建省")["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # tourism news: a historic quarter and a scenic area report their own visitors
        ("文旅融合持续升温，西街历史文化街区7天累计接待游客56.3万人次。", "福建省", "56.3万人次", "西街历史文化街区"),
        ("清源山风景名胜区国庆期间接待游客21万人次。", "福建省", "21万人次", "清源山风景名胜区"),
        # a county work report: a resort's figures are the resort's
        ("仙女湖旅游度假区全年接待游客310万人次。", "江西省", "310万人次", "仙女湖旅游度假区"),
    ],
)
def test_a_named_scenic_spot_is_the_subject_of_its_figures(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        # tourism: sites listed before 等 and what is measured of each, paired one by one
        (
            "其中，清源山、开元寺、崇武古城等景区接待游客增速分别为21.5%、18.2%和9.6%。",
            ["清源山游客增速", "开元寺游客增速", "崇武古城游客增速"],
        ),
        # company news: products listed, then what is measured of each
        (
            "其中，新能源电池、光伏组件、储能设备等产品销售额分别增长32%、25%和18%。",
            ["新能源电池产品销售额", "光伏组件产品销售额", "储能设备产品销售额"],
        ),
    ],
)
def test_a_list_closed_by_etc_pairs_each_name_with_its_figure(claims_of, text, metrics):
    assert [c["metric"] for c in claims_of(text, region="福建省")] == metrics


@pytest.mark.parametrize(
    ("text", "mention", "period"),
    [
        # tourism: the days of the holiday the total is over
        ("三坊街区7天累计接待游客12.4万人次。", "12.4万人次", "7天"),
        ("假日期间，全市接待游客100万人次。", "100万人次", "假日期间"),
        ("春节假日期间全市共接待游客50万人次。", "50万人次", "春节假日期间"),
        # an event: its days
        ("展会3天共吸引观众2.1万人次。", "2.1万人次", "3天"),
        # a hotline's 24 hours, not a level held for days
        ("全市已连续7天无新增病例，24小时内处置投诉12件。", "12件", "24小时"),
    ],
)
def test_a_stretch_of_days_written_before_its_total_is_its_period(claim_of, text, mention, period):
    assert claim_of(text, mention, "绵阳市")["period"] == period


def test_a_day_of_the_month_before_a_total_is_no_stretch(claim_of):
    # the day it is (the 3rd of the month published in), not three days the total is over
    claim = claim_of("3日累计报告确诊病例5例。", "5例", "绵阳市", date="2020-02-04")
    assert (claim["period_start"], claim["period_end"]) == ("2020-02-03", "2020-02-03")
