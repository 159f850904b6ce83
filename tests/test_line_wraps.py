"""Lines broken at a fixed width inside sentences (a PDF's text copied out) are read as the sentences they
break; texts whose lines are paragraphs, headings or table rows are left alone."""

import pytest

from extract.line_wraps import unwrapped_view
from extract.pipeline import extract_claims

# a water bulletin and a statistics communiqué as copied out of their PDFs: every long line stops mid-sentence
WATER_BULLETIN = (
    "2020 年某省水资源公报\n"
    "一、概述\n"
    "2020 年,全省平均年降水量 806.5mm,比多年平均值偏多 10.0%,比上\n"
    "年增加 8.5%。全省用水总量 112.9 亿 m3,其中,生活用水 16.1 亿 m3,工业用\n"
    "水 20.4 亿 m3,农业用水 72.4 亿 m3,人工生态环境补水 4.0 亿 m3。全省耗水\n"
    "总量 61.7 亿 m3,万元地区生产总值用水量 57.2m3,比上年下降 4.1%。\n"
    "二、降水量\n"
    "全省平均年降水量比多年平均值偏多,其中东部地区偏多较为明显,西部\n"
    "地区接近常年。\n"
)
COMMUNIQUE = (
    "全年全市地区生产总值 3211.5 亿元,按不变价格计算,比上年增长 6.2%。其中,第\n"
    "一产业增加值 282.4 亿元,增长 3.8%;第二产业增加值 1201.3 亿元,增长 7.5%;第\n"
    "三产业增加值 1727.8 亿元,增长 5.6%。全年人均地区生产总值 45623 元,比上年\n"
    "增长 6.4%。全年居民消费价格比上年上涨 0.3%,其中食品烟酒类价格下降 0.6%。年末全\n"
    "市常住人口 707.9 万人,比上年末减少 1.2 万人,常住人口城镇化率 60.1%。\n"
)
# a web page: its lines are paragraphs and a headline
NEWS_PAGE = (
    "我市一季度经济运行稳中有进\n"
    "一季度，全市地区生产总值完成812.3亿元，同比增长5.6%。\n"
    "规模以上工业增加值增长7.1%，固定资产投资增长4.3%，社会消费品零售总额增长6.8%。\n"
    "全市城镇新增就业1.2万人，城镇登记失业率控制在3.5%以内。\n"
)
# a table: its rows are never joined, however long
TABLE = (
    "指标 | 绝对数 | 比上年增长%\n"
    "地区生产总值（亿元） | 3211.5 | 6.2\n"
    "第一产业增加值（亿元） | 282.4 | 3.8\n"
    "第二产业增加值（亿元） | 1201.3 | 7.5\n"
    "第三产业增加值（亿元） | 1727.8 | 5.6\n"
)


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        (WATER_BULLETIN, "某省", "20.4 亿 m3", "工业用水"),
        (WATER_BULLETIN, "某省", "61.7 亿 m3", "耗水总量"),
        (COMMUNIQUE, "洛阳市", "282.4 亿元", "第一产业增加值"),
        (COMMUNIQUE, "洛阳市", "1727.8 亿元", "第三产业增加值"),
    ],
)
def test_a_sentence_broken_across_lines_names_its_figures_whole(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


def test_the_unwrapped_view_drops_only_the_breaks_inside_sentences():
    view = unwrapped_view(WATER_BULLETIN)
    assert view is not None
    lines = view.text.split("\n")
    assert lines[:2] == ["2020 年某省水资源公报", "一、概述"]  # headings stay lines of their own
    assert "二、降水量" in lines
    assert "工业用水 20.4 亿 m3" in view.text
    assert len(view.original) == len(WATER_BULLETIN)


# a truncated page: paragraphs that lack their full stop, of every length
TRUNCATED = (
    "6月零售业营业额3454亿元，年增4.9%，其中百货公司因逢年中庆，营业额年增10.2%，超市年增3.1%\n"
    "批发业营业额8714亿元，年增2.3%\n"
    "餐饮业营业额396亿元，年增8.5%，主因逢端午节、毕业季及世足赛热潮，加上进口食材价格上涨，带动业绩\n"
    "上半年零售业营业额2.1万亿元，年增3.2%，主因汽车及燃料零售业营业额增加\n"
)


# pages whose line breaks stand for their commas (a city's holiday transport report, a county's harvest news): long
# lines stop without punctuation, but so do the short ones, which no width broke
LINES_FOR_COMMAS = (
    "据统计\n"
    "今年国庆假期\n"
    "全市道路运输共投入客运车辆12091辆\n"
    "其中班车客运车辆11065辆\n"
    "包车客运车辆1026辆\n"
    "投入客车数与去年同比增长19.65%\n"
    "民航运输累计执飞国内航班364架次\n"
    "旅客吞吐量4.6万人次\n"
    "货邮吞吐量66.6吨\n"
    "铁路运输累计开行旅客列车120对\n"
    "累计发送旅客12.9万人\n"
    "同比去年国庆假期分别增长26%、33.9%\n"
)
HARVEST_LINES = (
    "今年夏粮收购工作顺利完成\n"
    "据县农业农村局统计\n"
    "全县冬小麦播种面积达到32.5万亩\n"
    "总产量14.6万吨\n"
    "其中优质小麦9.8万吨\n"
    "全县小麦平均亩产量达到450公斤\n"
    "全县粮食收购企业累计收购小麦8.2万吨\n"
    "收购均价每斤1.35元\n"
    "全县各类农业经营主体实现增收3000万元\n"
)


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        (LINES_FOR_COMMAS, "保山市", "12091辆", "道路运输共投入客运车辆"),
        (LINES_FOR_COMMAS, "保山市", "364架次", "民航运输累计执飞国内航班"),
        (HARVEST_LINES, "滑县", "32.5万亩", "冬小麦播种面积"),
        (HARVEST_LINES, "滑县", "8.2万吨", "粮食收购企业累计收购小麦"),
    ],
)
def test_a_line_that_stands_for_a_clause_names_its_own_figures(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


# a statistics office's release: a headline of two figures, contact lines, then a list of attached tables, each
# item a long line without a stop (never a sentence broken at the page's width)
RELEASE_WITH_ATTACHED_TABLES = (
    "8月底工業及服務業受僱員工人數為759萬7千人,本月總薪資平均為46,368元\n"
    "主辦單位\n"
    "國勢普查處\n"
    "一、8月底工業及服務業受僱員工人數759萬7千人,較上月底增1萬人或0.14%。\n"
    "薪資與生產力統計新聞稿本文 (PDF)\n"
    "表1、受僱員工薪資調查統計指標 (EXCEL) (ODS)\n"
    "表2、受僱員工人數-按行業分 (EXCEL) (ODS)\n"
    "表3、受僱員工每人每月總薪資-按行業分 (EXCEL) (ODS)\n"
    "表4、受僱員工每人每月工時-按行業分 (EXCEL) (ODS)\n"
    "表5、受僱員工進入率-按行業分 (EXCEL) (ODS)\n"
)
ATTACHED_FIGURES = (
    "全市月度用电量统计说明（单位：亿千瓦时，下同）\n"
    "附件1 全市分行业用电量及其增长情况统计表\n"
    "附件2 全市分区县用电量及其增长情况统计表\n"
    "附件3 全市重点工业企业用电量及增长情况\n"
    "附件4 全市居民生活用电量及增长情况统计\n"
    "附件5 全市新能源发电量及其增长情况统计\n"
)


@pytest.mark.parametrize(
    "text",
    [
        NEWS_PAGE,
        TABLE,
        TRUNCATED,
        LINES_FOR_COMMAS,
        HARVEST_LINES,
        RELEASE_WITH_ATTACHED_TABLES,
        ATTACHED_FIGURES,
        "短行\n另一行\n",
        "",
    ],
)
def test_paragraphs_headings_and_tables_are_no_wrapped_text(text):
    assert unwrapped_view(text) is None


def test_a_headline_figure_before_a_list_of_tables_keeps_its_own_noun(claim_of):
    assert claim_of(RELEASE_WITH_ATTACHED_TABLES, "46,368元", "台湾地区")["metric"] == "总薪资"


def test_claims_of_a_wrapped_text_point_at_the_text_as_published():
    for claim in extract_claims(COMMUNIQUE, "wrapped", "0" * 64, region="洛阳市"):
        assert COMMUNIQUE[claim.start : claim.end] == claim.mention
