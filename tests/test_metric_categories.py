"""Metrics that keep the category telling parallel figures apart: the part a clause's owner names (a business
line, an airport tier, a sector), carried to the later clauses of its sentence that name no owner of their own
(company results news, transport statistics releases, statistical communiqués)."""

import pytest

RESULTS = (
    "报告期内，公司锂电材料业务实现营业收入35.2亿元，同比增长12.4%；实现毛利6.1亿元，同比下降3.2%，"
    "毛利率为17.3%。公司储能业务实现营业收入8.9亿元，同比增长40.5%；实现毛利2.2亿元，毛利率24.7%。"
)
AIRPORTS = "枢纽机场完成旅客吞吐量3200万人次，增长8.1%；支线机场完成旅客吞吐量410万人次，增长15.2%。"
PORTS = "沿海港口完成货物吞吐量9.6亿吨，比上年增长4.2%；内河港口完成货物吞吐量3.1亿吨，下降1.5%。"
SECTORS = "全县第一产业实现增加值12.5亿元，增长3.1%；实现利润2.3亿元。全年完成投资50亿元，实现利润3.4亿元。"


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # company results news: each business line's gross profit, its change and margin carry the line
        (RESULTS, "东莞市", "35.2亿元", "公司锂电材料业务营业收入"),
        (RESULTS, "东莞市", "6.1亿元", "公司锂电材料业务毛利"),
        (RESULTS, "东莞市", "3.2%", "公司锂电材料业务毛利"),
        (RESULTS, "东莞市", "17.3%", "公司锂电材料业务毛利率"),
        (RESULTS, "东莞市", "2.2亿元", "公司储能业务毛利"),
        (RESULTS, "东莞市", "24.7%", "公司储能业务毛利率"),
        # a transport statistics release: the tier of airport or port owns its throughput, and its growth
        (AIRPORTS, "广东省", "3200万人次", "枢纽机场旅客吞吐量"),
        (AIRPORTS, "广东省", "410万人次", "支线机场旅客吞吐量"),
        (AIRPORTS, "广东省", "15.2%", "支线机场旅客吞吐量"),
        (PORTS, "江苏省", "9.6亿吨", "沿海港口货物吞吐量"),
        (PORTS, "江苏省", "1.5%", "内河港口货物吞吐量"),
        # a communiqué: a later clause of the sector's sentence is the sector's; the next sentence is not
        (SECTORS, "衡阳县", "2.3亿元", "第一产业利润"),
        (SECTORS, "衡阳县", "3.4亿元", "利润"),
    ],
)
def test_a_later_clause_with_no_owner_keeps_the_part_named_before(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


# a statistics release in Traditional script going through its trades one paragraph each
TRADES = (
    "在酒店業方面，二零二三年的總收益為310億元。盈餘總額佔總收益的21.5%。增加價值為150億元，較二零二二年上升12.1%。\n"
    "在零售業方面，二零二三年的總收益為2,850億元。盈餘總額佔總收益的6.4%。增加價值為420億元，較二零二二年上升3.2%。"
)
# an education communiqué going through its stages one sentence each
STAGES = (
    "全市教育事业稳步发展。在基础教育方面，全市共有专任教师3.2万人，招生4.1万人。"
    "在职业教育方面，全市共有专任教师0.6万人，招生1.2万人。"
)
# a retail survey going through its trades one clause each
CLAUSES = "在批发业，销售额为820亿元，增长4.1%；在零售业，销售额为560亿元，增长6.3%。"


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        (TRADES, "香港特别行政区", "310億元", "酒店业总收益"),
        (TRADES, "香港特别行政区", "21.5%", "酒店业盈余总额占总收益"),
        (TRADES, "香港特别行政区", "12.1%", "酒店业增加价值"),
        (TRADES, "香港特别行政区", "2,850億元", "零售业总收益"),
        (TRADES, "香港特别行政区", "420億元", "零售业增加价值"),
        (STAGES, "东莞市", "3.2万人", "基础教育专任教师"),
        (STAGES, "东莞市", "1.2万人", "职业教育招生"),
        (CLAUSES, "东莞市", "820亿元", "批发业销售额"),
        (CLAUSES, "东莞市", "6.3%", "零售业销售额"),
        # a frame naming a place says where, and one part with no parallel figure keeps its metric
        ("在全市，共有学校120所。在疫情防控方面，共检测12万人次。", "东莞市", "12万人次", "检测"),
        ("在全市，共有学校120所。在疫情防控方面，共检测12万人次。", "东莞市", "120所", "学校"),
    ],
)
def test_a_part_opening_its_paragraph_or_clause_scopes_the_parallel_figures_after_it(
    claim_of, text, region, mention, metric
):
    assert claim_of(text, mention, region)["metric"] == metric


PORT_BARS = (
    "年吞吐量1000万吨以上的港口有8个，较上年增加2个；年吞吐量1000万吨以下的港口有31个，较上年减少3个。"
    "从增速看，增幅在100%以上的港口有4个，增速在50%至100%之间的有9个，增幅在50%以内的有20个。"
)


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # transport statistics: groups above and below one bar, and growth bands, told apart by the bar
        (PORT_BARS, "江苏省", "8个", "年吞吐量1000万吨以上的港口"),
        (PORT_BARS, "江苏省", "2个", "年吞吐量1000万吨以上的港口"),
        (PORT_BARS, "江苏省", "31个", "年吞吐量1000万吨以下的港口"),
        (PORT_BARS, "江苏省", "3个", "年吞吐量1000万吨以下的港口"),
        (PORT_BARS, "江苏省", "4个", "增幅在100%以上的港口"),
        # a band naming no group of its own counts the group the figure before it counted
        (PORT_BARS, "江苏省", "9个", "增速在50%至100%之间的港口"),
        (PORT_BARS, "江苏省", "20个", "增幅在50%以内的港口"),
        # company and industry news: firms over a bar of revenue
        ("全市营收超百亿元的企业有12家。", "东莞市", "12家", "营收超百亿元的企业"),
        ("年产值5000万元以上的企业有63家，较上年增加12家。", "东莞市", "12家", "年产值5000万元以上的企业"),
        # a household survey: a band of income
        ("月收入在3000元至5000元之间的家庭有1200户。", "东莞市", "1200户", "月收入在3000元至5000元之间的家庭"),
        # no bar: the amount is an attribute, the count keeps its noun
        ("完成投资3.2亿元的项目有12个。", "东莞市", "12个", "项目"),
    ],
)
def test_a_bar_or_band_defining_the_group_counted_stays_in_its_metric(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


PORT_SHARES = (
    "年吞吐量1000万吨以上的港口有8个，完成吞吐量占全部港口吞吐量的91.2%，占比较上年上升0.4个百分点。"
    "年吞吐量1000万吨以下的港口有31个，完成吞吐量占全部港口吞吐量的8.8%，占比较上年下降0.4个百分点。"
)


@pytest.mark.parametrize(
    ("text", "region", "share", "change"),
    [
        # transport statistics: each group's share and the change of that share
        (PORT_SHARES, "江苏省", "91.2%", "0.4个百分点"),
        # a communiqué: a sector's share of the whole
        ("第三产业增加值占地区生产总值的比重为52.1%，比重比上年提高1.2个百分点。", "衡阳县", "52.1%", "1.2个百分点"),
        # industry news: a product's share of sales
        ("一季度新能源汽车销量占汽车总销量的31.5%，占比较上年同期提高4.2个百分点。", "柳州市", "31.5%", "4.2个百分点"),
    ],
)
def test_a_bare_share_that_changed_is_the_share_just_given(claims_of, text, region, share, change):
    claims = {c["mention"]: c for c in claims_of(text, region=region)}
    assert claims[change]["metric"] == claims[share]["metric"] != "占比"


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # results news: the company itself before the verb is the subject, not a part of it
        ("2023年公司实现营收12.5亿元，同比增长8.2%。", "杭州市", "12.5亿元", "营收"),
        ("上半年本集团实现营业收入86.4亿元。", "深圳市", "86.4亿元", "营业收入"),
        # a part named with it stays
        ("公司储能业务实现营业收入8.9亿元。", "东莞市", "8.9亿元", "公司储能业务营业收入"),
    ],
)
def test_the_reporting_body_before_the_verb_is_no_part(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric
