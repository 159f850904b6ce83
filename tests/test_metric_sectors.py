"""Metrics that keep the sector or category telling parallel figures apart (statistical communiqués,
retail and industry releases, agriculture and business news)."""

import pytest

SECTORS = "第一产业实现增加值61.2亿元，增长3.1%；第二产业实现增加值130.5亿元，增长5.6%。"


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a county communiqué: the sector before 实现 owns the elliptical 增加值, and the growth after it too
        (
            SECTORS,
            "衡阳县",
            "61.2亿元",
            "第一产业增加值",
        ),
        (
            SECTORS,
            "衡阳县",
            "130.5亿元",
            "第二产业增加值",
        ),
        (
            SECTORS,
            "衡阳县",
            "5.6%",
            "第二产业增加值",
        ),
        ("全年规模以上工业完成增加值88.4亿元，增长7.2%。", "邵东市", "88.4亿元", "规模以上工业增加值"),
        # and with an adverb of the act between them (累计, 共): an investment bulletin, a liquor industry release
        ("全市第一产业累计完成投资1.09亿元，增长28.2%。", "鄂州市", "1.09亿元", "第一产业投资"),
        ("全省311家规模以上企业共完成主营业务收入2653亿元。", "四川省", "2653亿元", "规模以上企业主营业务收入"),
        # the end of a list of owners is no one owner
        (
            "五粮液、泸州老窖、郎酒、剑南春、舍得酒业、水井坊“六朵金花”企业共完成主营业务收入1532亿元。",
            "四川省",
            "1532亿元",
            "主营业务收入",
        ),
        # a retail or industry release: the category before the verb
        ("社会消费品实现零售总额412.7亿元，同比增长9.3%。", "东莞市", "412.7亿元", "社会消费品零售总额"),
        ("建筑业完成总产值56.3亿元，增长4.8%。", "东莞市", "56.3亿元", "建筑业总产值"),
        # agriculture news: the crop owns the output value
        ("去年全县茶叶实现产值2.4亿元。", "保康县", "2.4亿元", "茶叶产值"),
        # a trade of the national classification, abbreviated or listing two trades joined by 和
        ("农林牧渔业实现总产值98.2亿元，增长3.6%。", "邵东市", "98.2亿元", "农林牧渔业总产值"),
        ("批发和零售业实现增加值22.1亿元。", "邵东市", "22.1亿元", "批发和零售业增加值"),
        # a word of summing before the verb owns nothing, and a measure with a name of its own keeps it
        ("上半年合计实现净利润18.6亿元。", "深圳市", "18.6亿元", "净利润"),
        ("全县实现地区生产总值320亿元。", "衡阳县", "320亿元", "地区生产总值"),
        # company news: a brand or grade of product listed after the total owns its part of the sales volume
        (
            "一季度公司累计实现产品销量86.3万千升，其中：主品牌雪峰啤酒实现产品销量51.2万千升，"
            "高端产品实现销量20.4万千升。",
            "深圳市",
            "51.2万千升",
            "主品牌雪峰啤酒产品销量",
        ),
        (
            "一季度公司累计实现产品销量86.3万千升，其中：主品牌雪峰啤酒实现产品销量51.2万千升，"
            "高端产品实现销量20.4万千升。",
            "深圳市",
            "20.4万千升",
            "高端产品销量",
        ),
        # industry news: the type of vehicle or steel owns its sales
        ("上半年新能源车型实现销量4.2万辆，同比增长35%。", "柳州市", "4.2万辆", "新能源车型销量"),
        ("全年螺纹钢完成销售量126万吨。", "邯郸市", "126万吨", "螺纹钢销售量"),
    ],
)
def test_a_sector_before_a_verb_owns_its_elliptical_measure(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a communiqué: the numerals listed before one 产业 each number it
        ("第二、三产业实现增加值258.8亿元，增长5.7%。", "衡阳县", "258.8亿元", "第二、三产业增加值"),
        ("第二、三产业分别实现增加值130.5亿元和128.3亿元。", "衡阳县", "130.5亿元", "第二产业增加值"),
        ("第二、三产业分别实现增加值130.5亿元和128.3亿元。", "衡阳县", "128.3亿元", "第三产业增加值"),
        ("第一、二、三产业增加值分别增长3.1%、5.6%和5.8%。", "衡阳县", "5.6%", "第二产业增加值"),
        # a health statistics release: grades of hospital
        ("年末全市一、二级医院分别有5家、18家。", "东莞市", "5家", "一级医院"),
        ("年末全市一、二级医院分别有5家、18家。", "东莞市", "18家", "二级医院"),
    ],
)
def test_numerals_listed_before_one_noun_each_number_it(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a bank's quarterly report: 一级 grades the capital, so the three ratios stay apart
        (
            "报告期末，核心一级资本充足率为9.85%，一级资本充足率为11.20%，资本充足率为13.64%。",
            "深圳市",
            "9.85%",
            "核心一级资本充足率",
        ),
        (
            "报告期末，核心一级资本充足率为9.85%，一级资本充足率为11.20%，资本充足率为13.64%。",
            "深圳市",
            "11.20%",
            "一级资本充足率",
        ),
        # a health statistics communiqué: hospitals by grade
        ("全市共有三级医院床位数1.2万张。", "东莞市", "1.2万张", "三级医院床位数"),
        ("年末全县拥有三级医院5家，二级医院12家。", "保康县", "12家", "二级医院"),
        ("全市共有二级以上医院38家。", "东莞市", "38家", "二级以上医院"),
        # nature news: the grade of protection
        ("全县共有国家二级保护野生动物52种。", "保康县", "52种", "国家二级保护野生动物"),
    ],
)
def test_a_numeral_with_a_grade_unit_is_part_of_the_name(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # agriculture news and a work report: two ways of one act both qualify the noun
        ("今年全镇新建改建茶园3200亩。", "保康县", "3200亩", "新建改建茶园"),
        ("该村新栽补栽果树1.2万株。", "保康县", "1.2万株", "新栽补栽果树"),
        ("今年新建改建农村公路86公里。", "衡阳县", "86公里", "新建改建农村公路"),
        # company news: what stands before the two verbs goes, the two stay
        ("公司新建扩建厂房4.5万平方米。", "东莞市", "4.5万平方米", "新建扩建厂房"),
        # a verb and the noun after it are no two verbs: 新增 is cut
        ("全区新建扩建幼儿园12所，新增学位3600个。", "东莞市", "3600个", "学位"),
        ("全年新增确诊病例12例。", "衡阳县", "12例", "确诊病例"),
    ],
)
def test_two_coordinated_verbs_stay_with_their_noun(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a communiqué: the part before 占 tells the sectors' shares apart; too long a phrase keeps part and share
        ("第一产业增加值占地区生产总值的比重为12.3%。", "衡阳县", "12.3%", "第一产业增加值比重"),
        ("民营经济增加值占GDP的比重达55.2%。", "东莞市", "55.2%", "民营经济增加值占GDP的比重"),
        # company news and a work report
        ("研发经费投入占营业收入的比重为3.2%。", "深圳市", "3.2%", "研发经费投入占营业收入的比重"),
        ("全市党员占总人口的比例为6.1%。", "保康县", "6.1%", "党员占总人口的比例"),
        # what is before 的 alone, when no share follows it
        ("破获盗窃等关系民生的传统侵财案件120起。", "保康县", "120起", "传统侵财案件"),
    ],
)
def test_a_share_keeps_the_part_it_is_of(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a communiqué: the clause opening with 占 gives the share of the industry measured before it
        (
            "装备制造业增加值增长8.5%，占规模以上工业比重21.9%；高技术制造业增加值增长12.1%，占规模以上工业比重3.0%。",
            "邵东市",
            "21.9%",
            "装备制造业占规模以上工业比重",
        ),
        (
            "装备制造业增加值增长8.5%，占规模以上工业比重21.9%；高技术制造业增加值增长12.1%，占规模以上工业比重3.0%。",
            "邵东市",
            "3.0%",
            "高技术制造业占规模以上工业比重",
        ),
        # a share of a place's whole alone (占全国的) keeps the part's measure, or two measures' shares read alike: an
        # industry release, a county's farm news
        (
            "全省规模以上企业共完成主营业务收入2653亿元，占全国的47.2%；实现利润448.8亿元，占全国的32.0%。",
            "四川省",
            "32.0%",
            "规模以上企业利润占全国",
        ),
        ("全县茶叶实现产值2.4亿元，占全省的12%。", "保康县", "12%", "茶叶产值占全省"),
        # a work report and an epidemic bulletin
        ("全年完成投资50亿元，占年度计划的62%。", "衡阳县", "62%", "投资占年度计划"),
        ("全市共报告聚集性疫情12起，涉及病例40人，占确诊病例的35%。", "衡阳县", "35%", "病例占确诊病例"),
        # 占地 is a word, no share
        ("该基地总投资3000万元，占地面积120亩。", "保康县", "120亩", "占地面积"),
        ("项目总投资3000万元，占地120亩。", "保康县", "120亩", "占地"),
    ],
)
def test_a_share_clause_is_of_the_part_measured_before_it(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric
