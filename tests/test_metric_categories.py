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
