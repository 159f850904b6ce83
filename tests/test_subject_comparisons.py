"""A place named only as the base a figure is compared with or ranked in is no subject (subject step)."""

import re

import pytest

from extract import lexicon
from extract.pipeline import extract_claims

# (genre, text, region): every figure of each text is the region's own
_COMPARED = [
    # a city's government work report
    ("work report", "全年地区生产总值增长7.2%，超过全省0.6个百分点；一般公共预算收入152.3亿元。", "芜湖市"),
    ("work report", "城镇居民人均可支配收入增长6.8%，高于全省平均水平1.5个百分点。新增城镇就业4.1万人。", "芜湖市"),
    ("work report", "进出口总额增长12.4%，高于全国5.1个百分点。", "芜湖市"),
    ("work report", "农村居民收入增速比全省平均高1.2个百分点。粮食总产量达到61.5万吨。", "芜湖市"),
    ("work report", "经济总量继续保持全省第3位。全年新登记市场主体3.2万户。", "芜湖市"),
    ("work report", "经济总量进入全省前3，全年新登记市场主体3.2万户。", "芜湖市"),
    # first in the whole to do something: a rural-economy report's and a work report's
    ("rural report", "新建村卫生室97个，在全省率先实现基层卫生机构标准化。报销比例达到75%以上。", "大庆市"),
    ("work report", "在全国率先出台民营经济促进条例。全年新增市场主体1.2万户。", "芜湖市"),
    # a statistics communiqué of a province and of a county
    ("statistics", "全省规模以上工业增加值增长5.9%，快于全国0.3个百分点。全年粮食产量1464万吨。", "山西省"),
    ("statistics", "全县居民人均消费支出增长7.1%，增速高于全省0.4个百分点。年末常住人口58.2万人。", "湘潭县"),
    ("statistics", "与全省平均水平相比，全县人均地区生产总值高出3200元。年末户籍人口41.6万人。", "湘潭县"),
    # a court's work report
    ("court report", "审判质效主要指标位居全省前列。全年受理执行案件4.7万件。", "东莞市"),
    ("court report", "全市结案率98.6%，比全省平均高2.1个百分点。", "东莞市"),
    # 超 alone, as energy and trade bulletins write it
    ("energy bulletin", "全省累计用电量635.3亿千瓦时，同比增长17.2%，超全国4.3个百分点。", "青海省"),
    ("trade bulletin", "全市外贸进出口增长15.3%，增速超全省6.1个百分点。", "漳州市"),
]


@pytest.mark.parametrize(("genre", "text", "region"), _COMPARED, ids=[f"{g}:{t[:12]}" for g, t, _ in _COMPARED])
def test_a_comparison_base_is_no_subject_and_is_not_carried(genre, text, region):
    claims = extract_claims(text, region=region)
    assert claims, genre
    assert [(c.mention, c.subject) for c in claims] == [(c.mention, region) for c in claims]


# a place that does the comparing, or is compared with, and is not only named as a base, keeps its figures
_NOT_A_BASE = [
    ("statistics", "全省居民人均可支配收入32000元，增长6.1%。", "山西省", "山西省"),
    ("work report", "全国一般公共预算收入增长6.4%，比上年提高0.3个百分点。", "芜湖市", "中国"),
    # 前7个月, 前三季度 after a place are the time of its own figures, not a rank in it (a finance digest, a
    # statistics release), as 前10名 would be
    ("finance digest", "5、江苏省前7个月外贸进出口总值增长5.1%。", "中国", "江苏省"),
    ("statistics", "全省前三季度规模以上工业增加值增长6.2%。", "山西省", "山西省"),
    ("statistics", "全国前10个月社会消费品零售总额增长3.5%。", "芜湖市", "中国"),
]


@pytest.mark.parametrize(("genre", "text", "region", "subject"), _NOT_A_BASE)
def test_a_place_that_is_no_base_keeps_its_figures(genre, text, region, subject):
    assert {c.subject for c in extract_claims(text, region=region)} == {subject}, genre


# 居 of living somewhere (定居, 聚居) is no ranking: the place where people live is the subject
_LIVED_IN = [
    ("news", "定居上海的外籍人士达到17.2万人。", "苏州市", "上海市"),
    ("statistics", "聚居湘西的少数民族人口达到210万人。", "湖南省", "湘西土家族苗族自治州"),
]


@pytest.mark.parametrize(("genre", "text", "region", "subject"), _LIVED_IN)
def test_a_place_lived_in_is_no_ranking_scope(genre, text, region, subject):
    assert {c.subject for c in extract_claims(text, region=region)} == {subject}, genre


# a thing ranked first or only one in a higher place (全省首个, 全国首家, 全省第一, 全市唯一) is the document's
# own: the higher place is no subject and carries to no later figure
_RANKED_IN = [
    # a city's government work report
    ("work report", "全省首个超百亿元引水工程开工建设。签约亿元以上项目312个。", "邢台市"),
    ("work report", "争取中央预算内投资项目46个、全省第一。新建5G基站3200个。", "邢台市"),
    ("work report", "建成全国首家氢能重卡换电示范城市，全年新增就业2.3万人。", "鄂尔多斯市"),
    # a county's statistics communiqué and a hospital or court news item
    ("statistics", "全市唯一的国家级经济开发区实现工业总产值420亿元，增长9.3%。", "如皋市"),
    ("news", "该项目是全省首批数字乡村试点，覆盖农户1.2万户。年末常住人口68.4万人。", "如皋市"),
    ("court report", "办理全省首例生态环境损害赔偿案件，判令赔偿修复费用860万元。全年审结案件2.1万件。", "东莞市"),
]


@pytest.mark.parametrize(("genre", "text", "region"), _RANKED_IN, ids=[f"{g}:{t[:12]}" for g, t, _ in _RANKED_IN])
def test_a_rank_within_a_higher_place_is_no_subject(genre, text, region):
    claims = extract_claims(text, region=region)
    assert claims, genre
    assert [(c.mention, c.subject) for c in claims] == [(c.mention, region) for c in claims]


# a place's own numbered sequence of events is no rank: the communiqué of 全省第四次经济普查 is the province's
def test_an_events_number_is_no_rank():
    claims = extract_claims("全省第四次经济普查结果显示，全省共有法人单位52.3万个。", region="邢台市")
    assert {c.subject for c in claims} == {"河北省"}


# the ranks are one reviewed lexicon: each row a pattern that compiles and says after which places it ranks
def test_every_rank_pattern_compiles_and_names_its_places():
    rows = lexicon.rows("rank_patterns.tsv")
    assert rows
    for row in rows:
        assert len(row) == 2 and row[1] in ("any", "whole"), row
        re.compile(row[0])


# a rank in words after a place's own name is the place's own: the place stays the subject
_OWN_FIRSTS = [
    ("news", "郴州市首例确诊患者治愈出院，全市累计治愈12例。", "湖南省", "郴州市"),
    ("work report", "临沂市首个零碳产业园投产，年产值45亿元。", "山东省", "临沂市"),
]


@pytest.mark.parametrize(("genre", "text", "region", "subject"), _OWN_FIRSTS)
def test_a_rank_after_a_places_own_name_keeps_it_the_subject(genre, text, region, subject):
    claims = extract_claims(text, region=region)
    assert claims, genre
    assert claims[0].subject == subject, genre


# (genre, text, region, mention, subject, metric): the place ranked next (其次为X) is the subject of the share its
# sentence goes on to, and that share is of the same whole, not of the share before it
_RANKED_NEXT = [
    (
        "graduates report",
        "去外省就业的毕业生中,以华北地区接收人数最多,占毕业生总数的9.6%,其次为华东地区,占毕业生总数的8%。",
        "辽宁省",
        "8%",
        "华东地区",
        "占毕业生总数",
    ),
    (
        "trade news",
        "出口市场中，以美国最多，占出口总额的21%，其次是日本，占出口总额的12%。",
        "浙江省",
        "12%",
        "日本",
        "占出口总额",
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "mention", "subject", "metric"), _RANKED_NEXT)
def test_the_place_ranked_next_has_the_share_after_it(genre, text, region, mention, subject, metric):
    claim = next(c for c in extract_claims(text, region=region) if c.mention == mention)
    assert (claim.subject, claim.metric) == (subject, metric), genre


# a place, its rank and its own figure right after (苏州市第一名24653亿元): the place ranked, no base of a comparison
# (a province's GDP ranking news, a province's grain ranking)
@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        (
            "2023年江苏省各设区市GDP排名中，苏州市第一名24653亿元，南京市第二名17421亿元。",
            "江苏省",
            "24653亿元",
            "苏州市",
        ),
        (
            "2023年江苏省各设区市GDP排名中，苏州市第一名24653亿元，南京市第二名17421亿元。",
            "江苏省",
            "17421亿元",
            "南京市",
        ),
        ("2023年全省各市粮食产量排名：周口市第一名93.5亿斤，驻马店市第二名91.2亿斤。", "河南省", "93.5亿斤", "周口市"),
    ],
)
def test_a_place_before_its_rank_and_figure_is_the_place_ranked(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject
