"""Figures in tables: pipe rows, tab-separated cells (.docx, PDF) and space-separated PDF text.

Every table here is written for these tests."""

import pytest

from extract.layout import split_articles
from extract.pipeline import extract_claims, extract_document
from extract.table_cells import Column, cell_direction, cell_metric, find_tables

# a communiqué's table in pipe form, its title a row of its own, with a separator row
MONTHLY_SALES_PIPE = (
    "月份 | 肉鸡销量(万只) | | 销售收入(亿元) | | 毛鸡销售均价(元/公斤) |\n"
    "| 当月 | 当年累计 | 当月 | 当年累计 | 当月 |\n"
    "2021年 10月 | 3,416.16 | 31,749.29 | 8.77 | 79.17 | 12.82 |\n"
    "2021年 11月 | 3,231.00 | 34,980.30 | 9.13 | 88.30 | 13.72 |\n"
)
COMMUNIQUE_PIPE = """全年全市经济运行总体平稳。
| 2025年各县（区）粮食产量 |  |  |
| 县区 | 产量（万吨） | 比上年增长（%） |
|---|---|---|
| 单县 | 45.6 | 2.1 |
| 曹县 | 30.2 | -1.4 |
全年粮食生产保持稳定。
"""

# a company's quarterly table as .docx and PDF rows come in: cells apart by tabs, units in the labels
QUARTERLY_TABS = """星河电子股份有限公司2025年第三季度报告
2025年第三季度主要财务数据
项目\t本报告期\t本报告期比上年同期增减\t年初至报告期末
营业收入（万元）\t12,345.67\t8.5%\t35,000.00
归属于上市公司股东的净利润（万元）\t1,234.50\t-3.2%\t3,456.78
"""

# a Traditional-script release with a change column and figures carrying their own units
TRADITIONAL_PIPE = """| 本季各區住戶入息中位數 |  |  |  |
| 地區 | 上季入息中位數 | 本季入息中位數 | 變化 |
| 製造 | 30000元 | 28500元 | -5.0% |
| 零售及餐飲 | 18000元 | 18900元 | 5.0% |
"""

# a statistical communiqué copied from a PDF: cells apart by spaces, a caption line, a total row
COMMUNIQUE_SPACES = """表3 2025年工业总产值及其增长速度
指标名称 绝对数（亿元） 比上年增长（%）
工业总产值 812.40 6.3
#轻工业 302.15 5.1
重 工 业 510.25 7.0
全年工业生产增长 6.3%。
"""

# places as columns, measures as rows
TRANSPOSED_TABS = """2025年各县主要经济指标
指标\t单县\t曹县
地区生产总值（亿元）\t512.3\t498.7
地区生产总值增速（%）\t6.1\t5.0
"""

# two header rows, the upper's cells spanning two columns; years as rows
STACKED_PIPE = """| 2025年上半年主要指标 |  |  |  |  |
| 指标 | 上半年 |  | 一季度 |  |
|  | 绝对数（亿元） | 增长（%） | 绝对数（亿元） | 增长（%） |
| 地区生产总值 | 1230.5 | 5.8 | 598.2 | 5.5 |
"""
YEARS_TABS = """历年地区生产总值
年份\t地区生产总值（亿元）\t增长（%）
2023年\t4812.6\t5.4
2024年\t5046.3\t4.9
"""

# two tables in one run of rows, the second's title a row; a section row inside the first
TWO_TABLES_PIPE = """| 表6 2025年各县（区）财政收入 |  |
| 县区 | 收入（亿元） |
| 一、县 |  |
| 单县 | 30.5 |
| 表7 2025年各县（区）常住人口 |  |
| 县区 | 人口（万人） |
| 曹县 | 150.2 |
"""

# a table of products with a column of units
PRODUCTS_SPACES = """表4 2025年主要工业产品产量
产品名称 单位 产量 比上年增长（%）
发电量 亿千瓦时 123.4 5.6
水泥 万吨 88.2 -2.0
"""


def _claims(text: str, region: str = "菏泽市") -> dict[str, object]:
    return {c.mention: c for c in extract_claims(text, region=region)}


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit", "kind", "metric", "period"),
    [
        # the unit and scale of the column header, the metric from the row and the title
        (COMMUNIQUE_PIPE, "45.6", 456000, "吨", "measure", "粮食产量", "2025年"),
        (COMMUNIQUE_PIPE, "-1.4", -1.4, "%", "change", "粮食产量增长", "2025年"),
        # tab-separated: the unit in the row label (营业收入（万元）), the period in the header
        (QUARTERLY_TABS, "12,345.67", 123456700, "元", "money", "营业收入", "本报告期"),
        (QUARTERLY_TABS, "35,000.00", 350000000, "元", "money", "营业收入", "年初至报告期末"),
        (QUARTERLY_TABS, "-3.2%", -3.2, "%", "change", "归属于上市公司股东的净利润增减", "本报告期"),
        # Traditional: metrics come out Simplified
        (TRADITIONAL_PIPE, "28500元", 28500, "元", "money", "制造入息中位数", "本季"),
        (TRADITIONAL_PIPE, "-5.0%", -5.0, "%", "change", "制造入息中位数变化", "本季"),
        (TRADITIONAL_PIPE, "5.0%", 5.0, "%", "change", "零售及餐饮入息中位数变化", "本季"),
        # spaces between cells; a part of the total row takes its measure's head (轻工业总产值)
        (COMMUNIQUE_SPACES, "812.40", 81240000000, "元", "money", "工业总产值", "2025年"),
        (COMMUNIQUE_SPACES, "302.15", 30215000000, "元", "money", "轻工业总产值", "2025年"),
        (COMMUNIQUE_SPACES, "510.25", 51025000000, "元", "money", "重工业总产值", "2025年"),
        (COMMUNIQUE_SPACES, "7.0", 7.0, "%", "change", "重工业总产值增长", "2025年"),
        # measures as rows, places as columns: the row is the metric
        (TRANSPOSED_TABS, "498.7", 49870000000, "元", "money", "地区生产总值", "2025年"),
        (TRANSPOSED_TABS, "5.0", 5.0, "%", "change", "地区生产总值增速", "2025年"),  # a row of changes
        # two header rows: each column headed by both
        (STACKED_PIPE, "1230.5", 123050000000, "元", "money", "地区生产总值", "上半年"),
        (STACKED_PIPE, "5.8", 5.8, "%", "change", "地区生产总值增长", "上半年"),
        (STACKED_PIPE, "598.2", 59820000000, "元", "money", "地区生产总值", "一季度"),
        (STACKED_PIPE, "5.5", 5.5, "%", "change", "地区生产总值增长", "一季度"),
        # a row of a year: its time, not its metric
        (YEARS_TABS, "5046.3", 504630000000, "元", "money", "地区生产总值", "2024年"),
        (YEARS_TABS, "5.4", 5.4, "%", "change", "地区生产总值增长", "2023年"),
        # a header cell starting with a digit is no figure (5G基站)
        ("| 县 | 5G基站（个） | 增长（%） |\n| 单县 | 1200 | 15.2 |\n", "1200", 1200, "个", "count", "5G基站", None),
        # a second table's title row starts its own head; a section row (一、县) is no title
        (TWO_TABLES_PIPE, "30.5", 3050000000, "元", "money", "财政收入", "2025年"),
        (TWO_TABLES_PIPE, "150.2", 1502000, "人", "count", "常住人口", "2025年"),
        # a column of units gives each row its own
        (PRODUCTS_SPACES, "123.4", 12340000000, "千瓦时", "measure", "发电量", "2025年"),
        (PRODUCTS_SPACES, "88.2", 882000, "吨", "measure", "水泥产量", "2025年"),
        (PRODUCTS_SPACES, "-2.0", -2.0, "%", "change", "水泥产量增长", "2025年"),
        # a price table's column of rises and falls holds changes, a rise by its sign as a fall (a prefecture's
        # communiqué; a city's monthly price bulletin)
        (
            "表1 2023年居民消费价格比上年涨跌幅度 | |\n指标名称 | 涨跌幅(%) |\n居民消费价格 | 0 |\n食品烟酒 | -2.1 |\n"
            "居住 | 2.6 |\n",
            "2.6",
            2.6,
            "%",
            "change",
            "居住居民消费价格涨跌幅",
            "2023年",
        ),
        (
            "| 类别 | 涨跌幅(%) |\n| 鲜菜 | 12.5 |\n| 猪肉 | -8.1 |\n",
            "12.5",
            12.5,
            "%",
            "change",
            "鲜菜涨跌幅",
            None,
        ),
        # a header's unit apart from its name by a space
        (
            "指标 绝对数 （亿元） 增长 （%）\n工业总产值 812.4 6.3\n工业增加值 230.1 5.9\n",
            "230.1",
            23010000000,
            "元",
            "money",
            "工业增加值",
            None,
        ),
        # a two-row header, the lower row written without the label's cell (a listed company's monthly sales): each
        # column is its upper cell's, unit and all, and the lower cell's (当月, 当年累计)
        (
            MONTHLY_SALES_PIPE,
            "31,749.29",
            317492900,
            "只",
            "count",
            "肉鸡销量当年累计",
            "2021年10月",
        ),
        (MONTHLY_SALES_PIPE, "8.77", 877000000, "元", "money", "销售收入当月", "2021年10月"),
        (MONTHLY_SALES_PIPE, "13.72", 13.72, "元/公斤", "rate", "毛鸡销售均价当月", "2021年11月"),
    ],
)
def test_table_cells_take_their_row_and_column(text, mention, value, unit, kind, metric, period):
    claim = _claims(text)[mention]
    assert claim.value == pytest.approx(value)
    assert (claim.unit, claim.kind, claim.metric, claim.period) == (unit, kind, metric, period)


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        (COMMUNIQUE_PIPE, "45.6", "单县"),  # a row of a place: the place is the subject, not the metric
        (TRANSPOSED_TABS, "512.3", "单县"),  # a column of a place too
        (TRANSPOSED_TABS, "5.0", "曹县"),
        (COMMUNIQUE_PIPE, "-1.4", "曹县"),
        (COMMUNIQUE_SPACES, "812.40", "菏泽市"),
    ],
)
def test_a_row_of_a_place_is_its_subject(text, mention, subject):
    claim = _claims(text)[mention]
    assert claim.subject.endswith(subject)
    assert subject not in (claim.metric or "")


@pytest.mark.parametrize(
    ("text", "mention", "direction"),
    [
        (COMMUNIQUE_PIPE, "2.1", "increase"),
        (COMMUNIQUE_PIPE, "-1.4", "decrease"),  # 增长 of a negative figure is a fall
        (TRADITIONAL_PIPE, "-5.0%", "decrease"),
        (QUARTERLY_TABS, "8.5%", "increase"),
    ],
)
def test_a_change_column_gives_the_direction_by_its_word_and_sign(text, mention, direction):
    assert _claims(text)[mention].direction == direction


@pytest.mark.parametrize(
    "text",
    [COMMUNIQUE_PIPE, QUARTERLY_TABS, TRADITIONAL_PIPE, COMMUNIQUE_SPACES, PRODUCTS_SPACES],
)
def test_no_metric_is_a_separator_or_a_cell_fragment(text):
    for claim in extract_claims(text, region="菏泽市"):
        assert claim.metric and "|" not in claim.metric and "\t" not in claim.metric, claim
        assert claim.metric.strip("-:| "), claim


@pytest.mark.parametrize(
    ("text", "not_claims"),
    [
        # years and times in a header are no claims; nor are row numbers
        ("| 指标 | 2024年 | 2025年 |\n| 地区生产总值（亿元） | 512.3 | 540.8 |\n", {"2024年", "2025年"}),
        ("| 序号 | 项目 | 投资（万元） |\n| 1 | 东山大桥 | 3200 |\n| 2 | 西河公园 | 800 |\n", {"1", "2"}),
        ("项目\t1-6月\t同比\n营业收入（万元）\t500\t3.0%\n", {"1-6月"}),
    ],
)
def test_header_years_and_ordinals_are_no_claims(text, not_claims):
    mentions = set(_claims(text))
    assert not mentions & not_claims
    assert mentions  # the figures themselves are


def test_header_years_date_their_columns():
    claims = _claims("| 指标 | 2024年 | 2025年 |\n|---|---|---|\n| 地区生产总值（亿元） | 512.3 | 540.8 |\n")
    assert (claims["540.8"].value, claims["540.8"].unit, claims["540.8"].period) == (54080000000, "元", "2025年")
    assert claims["540.8"].metric == "地区生产总值"


@pytest.mark.parametrize(
    ("text", "tables"),
    [
        (COMMUNIQUE_PIPE, 1),
        (QUARTERLY_TABS, 1),
        (COMMUNIQUE_SPACES, 1),
        # prose with figures apart by spaces is no table: a sentence's clause breaks, or a lone line
        ("全年粮食产量 45.6 万吨，比上年增长 2.1 %。\n困难人员再就业 7278 人。\n", 0),
        ("全年地区生产总值 540.8\n", 0),
        # a header alone, with no row of figures
        ("| 姓名 | 职务 |\n| 张三 | 主任 |\n", 0),
    ],
)
def test_find_tables(text, tables):
    assert len(find_tables(text)) == tables


def test_table_lines_are_blocks_of_their_own_never_headlines():
    text = "东山市统计局发布数据\n" + COMMUNIQUE_SPACES
    articles = split_articles(text)
    assert len(articles) == 1  # the table's short lines open no article
    roles = {text[b.start : b.end]: b.role for b in articles[0].blocks}
    assert roles["表3 2025年工业总产值及其增长速度"] == "table"
    assert roles["#轻工业 302.15 5.1"] == "table"
    sentences = [text[s:e] for s, e in articles[0].sentences]
    assert "重 工 业 510.25 7.0" in sentences  # one row, one sentence


@pytest.mark.parametrize(
    ("sentence", "mention", "kind", "direction", "metric"),
    [
        # a space between a verb and its figure changes nothing, in prose too
        ("全年全市粮食产量 45.6 万吨，比上年增长 2.1%。", "2.1%", "change", "increase", "粮食产量"),
        ("全年全市粮食产量 45.6 万吨，比上年增长 2.1 %。", "2.1 %", "change", "increase", "粮食产量"),
        ("社会消费品零售总额 88.5 亿元，下降 0.7%。", "0.7%", "change", "decrease", "社会消费品零售总额"),
        ("公司营业收入12亿元，同比增长 15%。", "15%", "change", "increase", "营业收入"),
    ],
)
def test_a_space_between_verb_and_figure(sentence, mention, kind, direction, metric):
    claim = _claims(sentence)[mention]
    assert (claim.kind, claim.direction) == (kind, direction)
    assert metric in claim.metric


@pytest.mark.parametrize(
    ("header", "period", "measure", "change", "unit", "scale"),
    [
        ("上季失业率", "上季", "失业率", None, None, None),
        ("比上年增长（%）", None, "", "增长", "%", 1),
        ("绝对数（亿元）", None, "", None, "元", 1e8),
        ("年末数（人）", "年末", "", None, "人", 1),
        ("人数（万人）", None, "人数", None, "人", 1e4),
        ("增长%", None, "", "增长", "%", 1),
        ("本报告期比上年同期增减", "本报告期", "", "增减", None, None),
        ("上年同期", "上年同期", "", None, None, None),
        ("上年度末", "上年度末", "", None, None, None),
        ("2025年", "2025年", "", None, None, None),
        ("2025年4月至6月失业率（%）", "2025年4月至6月", "失业率", None, "%", 1),
        ("1-9月累计（万元）", "1-9月", "", None, "元", 1e4),  # 累计 names no measure of its own
        ("序号", None, "", None, None, None),
        # a price table's column of rises and falls (a communiqué's CPI table, a price bulletin's)
        ("涨跌幅(%)", None, "", "涨跌幅", "%", 1),
        ("比上月涨跌幅度（%）", None, "", "涨跌幅度", "%", 1),
    ],
)
def test_column_headers(header, period, measure, change, unit, scale):
    from extract.table_cells import _column

    column = _column(header)
    assert (column.period, column.measure, column.change) == (period, measure, change)
    assert (column.unit.unit if column.unit else None) == unit
    assert (column.unit.value if column.unit else None) == scale


@pytest.mark.parametrize(
    ("title", "measure", "period"),
    [
        ("表1 2025年年末户籍人口及其构成", "户籍人口", "2025年年末"),
        ("今年第二季各行业失业率", "失业率", "今年第二季"),
        ("表2 2025年农林牧渔业总产值及其增长速度", "农林牧渔业总产值", "2025年"),
        ("2025年第三季度主要财务数据", "", "2025年第三季度"),  # an overview names no one measure
        ("2025年分地区生产总值（单位：亿元）", "生产总值", "2025年"),
        # a table of changes: what changed, its comparison and change word left to the change column
        ("表1 2023年居民消费价格比上年涨跌幅度", "居民消费价格", "2023年"),
        ("表3 2024年主要农产品产量比上年增长", "主要农产品产量", "2024年"),
    ],
)
def test_table_titles(title, measure, period):
    from extract.table_cells import _table_head

    head = _table_head(title, None)
    assert (head.measure, head.period) == (measure, period)


def test_a_unit_line_above_the_table_scales_its_bare_figures():
    text = (
        "表5 2025年财政主要指标\n单位：万元\n| 项目 | 金额 |\n"
        "| 一般公共预算收入 | 5200 |\n| 一般公共预算支出 | 8100 |\n"
    )
    claims = _claims(text)
    assert (claims["5200"].value, claims["5200"].unit, claims["5200"].metric) == (52000000, "元", "一般公共预算收入")


def test_cell_metric_and_direction_rules():
    from extract.table_cells import Cell, TableHead

    population = TableHead("户籍人口", None, None, False)
    share = Cell(0, 1, "城镇", 0, None, False, None, None, Column("比重", None, None, "比重", None, False), population)
    assert cell_metric(share) == "城镇户籍人口比重"
    assert cell_metric(share, "") == "户籍人口比重"  # a row of a place: the place is the subject
    overview = TableHead("", None, None, False)
    fall = Cell(0, 1, "水泥", 0, None, False, None, None, Column("比上年下降", None, None, "", "下降", False), overview)
    assert cell_direction(fall, 2.0) == "decrease"
    assert cell_direction(fall, -2.0) == "increase"


# a communiqué's table as a Word or PDF file holds it: rows of cells, read as tab-separated lines
FILE_TABLE = [
    ["指标", "绝对数（亿元）", "比上年增长（%）"],
    ["地区生产总值", "540.8", "5.2"],
    ["第一产业增加值", "61.3", "-1.5"],
]
FILE_EXPECTED = {
    "540.8": (54080000000, "元", "money", "地区生产总值"),
    "-1.5": (-1.5, "%", "change", "第一产业增加值增长"),
}


def _file_claims(text: str) -> dict[str, tuple]:
    claims = extract_claims(text, region="菏泽市")
    return {c.mention: (pytest.approx(c.value), c.unit, c.kind, c.metric) for c in claims if c.mention in FILE_EXPECTED}


def test_a_word_files_table_is_read_cell_by_cell(tmp_path):
    from docx import Document as WordDocument

    from extract.sources import read_documents

    word = WordDocument()
    word.add_paragraph("2025年全市经济运行总体平稳。")
    table = word.add_table(rows=len(FILE_TABLE), cols=len(FILE_TABLE[0]))
    for r, row in enumerate(FILE_TABLE):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    word.save(tmp_path / "report.docx")
    (document,) = list(read_documents([str(tmp_path)]))
    assert "地区生产总值\t540.8\t5.2" in document.text
    assert _file_claims(document.text) == FILE_EXPECTED


def test_a_pdfs_table_is_read_cell_by_cell(make_pdf, tmp_path):
    from extract.pdf import pdf_text

    path = make_pdf(tmp_path / "report.pdf", [["2025年全市经济运行总体平稳，主要指标如下。", FILE_TABLE]])
    text = pdf_text(path.read_bytes()).text
    assert "地区生产总值\t540.8\t5.2" in text
    assert _file_claims(text) == FILE_EXPECTED


def test_a_web_pages_table_is_read_cell_by_cell():
    from extract.sources import html_to_text

    rows = "".join(f"<tr>{''.join(f'<td>{cell}</td>' for cell in row)}</tr>" for row in FILE_TABLE)
    html = (
        "<html><body><article><h1>2025年全市国民经济和社会发展统计公报</h1>"
        "<p>全年全市经济运行总体平稳，主要指标好于预期，各项事业取得新进展，民生保障有力有效。</p>"
        f"<p>表1 2025年主要经济指标</p><table>{rows}</table>"
        "<p>全年粮食总产量达到45.6万吨，比上年增长2.1%，粮食生产保持稳定。</p></article></body></html>"
    )
    assert _file_claims(html_to_text(html)) == FILE_EXPECTED


# a company's quarterly report: a unit line with its currency above two tables in one run of rows,
# the second's header written without the row label's cell (so it ends in an empty cell)
QUARTERLY_SHIFTED_HEADER = """海川机械股份有限公司2025年第一季度报告
（一）主要会计数据和财务指标
单位：元 币种：人民币
项目 | 本报告期 | 本报告期比上年同期增减变动幅度(%) |
营业收入 | 2,345,678,901 | -3.27 |
基本每股收益(元/股) | 0.412 | 6.18 |
加权平均净资产收益率(%) | 4.87 | 减少0.31个百分点 |
本报告期末 | 上年度末 | 本报告期末比上年度末增减变动幅度(%) | |
总资产 | 18,765,432,100 | 17,654,321,000 | 6.29 |
"""

# a statistical communiqué's table: the unit in a caption line of its own, tab cells, the header
# without the label's cell
COMMUNIQUE_SHIFTED_TABS = """表4 2025年全市金融机构主要指标
金额单位：亿元
年末数\t上年末数\t比上年末增减（%）\t
各项存款余额\t3120.5\t2890.4\t7.96
各项贷款余额\t2480.2\t2310.7\t7.34
存贷比（%）\t79.5\t79.9\t下降0.4个百分点
"""

# a unit line naming a foreign currency: 千元 of 美元
FOREIGN_UNIT_LINE = """东海航运有限公司2025年半年度主要数据
币种：美元 单位：千元
项目 | 本期 | 上期 |
营业收入 | 56,780 | 51,230 |
"""


# a listed company's annual results (pipe rows) and a quarterly report (tab cells) under 单位：万元: a row of an amount
# per share without its own (元/股) is in 元, unscaled
RESULTS_PER_SHARE_ROWS = """一、2023年度主要财务数据
单位:万元
项目 | 2023年 | 2022年 | 增减幅度 |
营业总收入 | 117,586.55 | 96,223.70 | 22.20% |
期末归属于上市公司股东的 每股净资产 | 4.53 | 3.95 | 14.68% |
"""
QUARTERLY_PER_SHARE_TABS = """主要会计数据
金额单位：万元
项目\t本报告期\t上年同期\t
营业收入\t8,650.20\t7,930.11\t
每股经营活动产生的现金流量净额\t0.36\t0.28\t
"""


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit"),
    [
        (RESULTS_PER_SHARE_ROWS, "117,586.55", 1175865500, "元"),
        (RESULTS_PER_SHARE_ROWS, "4.53", 4.53, "元/股"),
        (RESULTS_PER_SHARE_ROWS, "3.95", 3.95, "元/股"),
        (QUARTERLY_PER_SHARE_TABS, "8,650.20", 86502000, "元"),
        (QUARTERLY_PER_SHARE_TABS, "0.36", 0.36, "元/股"),
    ],
)
def test_a_row_per_share_takes_the_tables_unit_unscaled(text, mention, value, unit):
    claim = _claims(text)[mention]
    assert (claim.value, claim.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit", "kind", "metric", "period"),
    [
        # the bare integers of a 单位：元 table are money, not lost
        (QUARTERLY_SHIFTED_HEADER, "2,345,678,901", 2345678901, "元", "money", "营业收入", "本报告期"),
        (QUARTERLY_SHIFTED_HEADER, "-3.27", -3.27, "%", "change", "营业收入增减变动幅度", "本报告期"),
        (QUARTERLY_SHIFTED_HEADER, "6.18", 6.18, "%", "change", "基本每股收益增减变动幅度", "本报告期"),
        (QUARTERLY_SHIFTED_HEADER, "0.412", 0.412, "元/股", "rate", "基本每股收益", "本报告期"),
        # a header without the label's cell: each column over its own figures
        (QUARTERLY_SHIFTED_HEADER, "18,765,432,100", 18765432100, "元", "money", "总资产", "本报告期末"),
        (QUARTERLY_SHIFTED_HEADER, "17,654,321,000", 17654321000, "元", "money", "总资产", "上年度末"),
        (QUARTERLY_SHIFTED_HEADER, "6.29", 6.29, "%", "change", "总资产增减变动幅度", "本报告期末"),
        (COMMUNIQUE_SHIFTED_TABS, "3120.5", 312050000000, "元", "money", "各项存款余额", "年末"),
        (COMMUNIQUE_SHIFTED_TABS, "2310.7", 231070000000, "元", "money", "各项贷款余额", "上年末"),
        (COMMUNIQUE_SHIFTED_TABS, "7.34", 7.34, "%", "change", "各项贷款余额增减", "2025年"),
        (FOREIGN_UNIT_LINE, "56,780", 56780000, "美元", "money", "营业收入", "本期"),
        (FOREIGN_UNIT_LINE, "51,230", 51230000, "美元", "money", "营业收入", "上期"),
    ],
)
def test_headers_of_unequal_length_and_unit_lines_with_a_currency(text, mention, value, unit, kind, metric, period):
    claim = _claims(text)[mention]
    assert claim.value == pytest.approx(value)
    assert (claim.unit, claim.kind, claim.metric, claim.period) == (unit, kind, metric, period)


@pytest.mark.parametrize(
    ("text", "mention", "direction", "metric", "period"),
    [
        # a change column's cell may say its change in words: its verb gives the direction, not the sign
        (QUARTERLY_SHIFTED_HEADER, "0.31个百分点", "decrease", "加权平均净资产收益率增减变动幅度", "本报告期"),
        (COMMUNIQUE_SHIFTED_TABS, "0.4个百分点", "decrease", "存贷比增减", "2025年"),
    ],
)
def test_a_change_cell_in_words(text, mention, direction, metric, period):
    claim = _claims(text)[mention]
    assert (claim.kind, claim.direction, claim.metric, claim.period) == ("change", direction, metric, period)


def test_a_last_column_without_a_header_keeps_the_label_column():
    # a header that names its label column ("指标") is no shifted header, though its last cell is empty
    claims = _claims("| 指标 | 产量（万吨） | |\n| 粮食 | 45.6 | 2.1 |\n")
    assert (claims["45.6"].value, claims["45.6"].unit) == (pytest.approx(456000), "吨")


@pytest.mark.parametrize(
    ("line", "unit", "scale"),
    [
        ("单位：元 币种：人民币", "元", 1),
        ("单位:元币种:人民币", "元", 1),  # without the space: 币种 is no part of the unit
        ("币种：美元 单位：千元", "美元", 1e3),
        ("金额单位：人民币万元", "元", 1e4),
        ("单位：亿元人民币", "元", 1e8),
        ("（单位：万吨）", "吨", 1e4),
    ],
)
def test_unit_lines(line, unit, scale):
    from extract.table_cells import _UNIT_LINE, _read_unit, _unit_line_unit

    read = _read_unit(_unit_line_unit(_UNIT_LINE.fullmatch(line)))
    assert (read.unit, read.value) == (unit, scale)


def test_a_unit_in_the_title_with_its_currency():
    from extract.table_cells import _table_head

    head = _table_head("表1 主要会计数据（单位：元 币种：人民币）", None)
    assert (head.measure, head.unit.unit, head.unit.value) == ("", "元", 1)


# a company's balance sheet: columns headed by a day; a table titled by its items and amounts
BALANCE_SHEET = """合并资产负债表
编制单位：海川机械股份有限公司
单位：元 币种：人民币 审计类型：未经审计
项目 | 2025年3月31日 | 2024年12月31日 |
货币资金 | 3,236,451,200 | 3,015,338,900 |
非经常性损益项目和金额
单位：元 币种：人民币
项目 | 本期金额 | 说明 |
非流动性资产处置损益 | -1,234,567 | |
"""

# a statistics bureau's table of balances on two days, tab cells
BALANCES_TABS = """表6 2025年6月末金融机构存贷款余额
单位：亿元
指标\t2025年6月30日\t2024年12月31日
住户存款余额\t1820.4\t1705.9
"""


@pytest.mark.parametrize(
    ("text", "mention", "value", "metric", "period"),
    [
        (BALANCE_SHEET, "3,236,451,200", 3236451200, "货币资金", "2025年3月31日"),
        (BALANCE_SHEET, "3,015,338,900", 3015338900, "货币资金", "2024年12月31日"),
        (BALANCE_SHEET, "-1,234,567", -1234567, "非流动性资产处置损益", "本期"),  # not …项目和金额
        (BALANCES_TABS, "1705.9", 170590000000, "住户存款余额", "2024年12月31日"),
    ],
)
def test_a_day_heads_its_column(text, mention, value, metric, period):
    claim = _claims(text, region="上海市")[mention]
    assert claim.value == pytest.approx(value)
    assert (claim.unit, claim.metric, claim.period) == ("元", metric, period)


# two header rows, the label's header spanning both: the lower row has no cell of its own for it
COMMUNIQUE_ROWSPAN_PIPE = """| 指标 | 2025年 |  | 2024年 |  |
| 绝对数（亿元） | 增长（%） | 绝对数（亿元） | 增长（%） |
| 地区生产总值 | 1230.5 | 5.8 | 1160.2 | 5.1 |
"""
QUARTERLY_ROWSPAN_TABS = """项目\t本报告期\t\t年初至报告期末\t
金额（万元）\t同比增减（%）\t金额（万元）\t同比增减（%）
营业收入\t52,310.6\t4.2\t148,902.3\t-1.7
"""


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit", "metric", "period"),
    [
        (COMMUNIQUE_ROWSPAN_PIPE, "1230.5", 123050000000, "元", "地区生产总值", "2025年"),
        (COMMUNIQUE_ROWSPAN_PIPE, "5.1", 5.1, "%", "地区生产总值增长", "2024年"),
        (QUARTERLY_ROWSPAN_TABS, "52,310.6", 523106000, "元", "营业收入", "本报告期"),
        (QUARTERLY_ROWSPAN_TABS, "148,902.3", 1489023000, "元", "营业收入", "年初至报告期末"),
        (QUARTERLY_ROWSPAN_TABS, "-1.7", -1.7, "%", "营业收入增减", "年初至报告期末"),
    ],
)
def test_a_lower_header_row_without_the_labels_cell(text, mention, value, unit, metric, period):
    claim = _claims(text)[mention]
    assert claim.value == pytest.approx(value)
    assert (claim.unit, claim.metric, claim.period) == (unit, metric, period)


# two header lines apart by spaces, a county communiqué's: each group of the upper one spans as many columns of the
# lower one, and the unit line lists the levels' unit, then the changes' percent
COMMUNIQUE_STACKED_SPACES = """表四 2022年居民人均收支主要指标
单位:元、%
指标 全体居民 城镇居民 农村居民
总量 增长 总量 增长 总量 增长
可支配收入 60459 5.7 71661 4.7 45100 7.1
生活消费支出 37036 7.2 43670 6.1 27940 8.8
"""
CITY_STACKED_SPACES = """单位：万元、%
项目 本月 累计
金额 增长 金额 增长
税收收入 5230 3.1 61200 4.5
非税收入 1210 -2.0 15800 1.2
"""


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit", "metric"),
    [
        (COMMUNIQUE_STACKED_SPACES, "71661", 71661, "元", "可支配收入城镇居民"),
        (COMMUNIQUE_STACKED_SPACES, "8.8", 8.8, "%", "生活消费支出农村居民增长"),
        (CITY_STACKED_SPACES, "61200", 612000000, "元", "税收收入"),
        (CITY_STACKED_SPACES, "-2.0", -2.0, "%", "非税收入增长"),
    ],
)
def test_two_header_lines_apart_by_spaces_and_listed_units(text, mention, value, unit, metric):
    claim = _claims(text)[mention]
    assert claim.value == pytest.approx(value)
    assert (claim.unit, claim.metric) == (unit, metric)


@pytest.mark.parametrize(
    ("text", "mention", "value", "metric"),
    [
        # the unit in the last cell of the title row (a communiqué) or in a row of its own (a company's table)
        (
            "| 表1 2025年财政收支 |  | 单位：万元 |\n| 项目 | 金额 | 增长（%） |\n"
            "| 一般公共预算收入 | 52,300 | 6.1 |\n",
            "52,300",
            523000000,
            "一般公共预算收入",
        ),
        (
            "主要会计数据\n| 单位：元 |  |  |\n| 项目 | 本报告期 | 上年同期 |\n"
            "| 营业收入 | 812,530,114 | 790,402,551 |\n",
            "812,530,114",
            812530114,
            "营业收入",
        ),
    ],
)
def test_a_unit_in_a_cell_of_its_own(text, mention, value, metric):
    claims = _claims(text)
    assert "单位" not in "".join(c.metric for c in claims.values())
    claim = claims[mention]
    assert claim.value == pytest.approx(value)
    assert (claim.unit, claim.kind) == ("元", "money")
    assert claim.metric.startswith(metric)


# a listed company's financial statement as an exchange announcement prints it: columns apart by spaces under a header
# of years in Chinese numerals over a column of note numbers, its unit in brackets after its period, rows added up by
# 减:/加:, a loss in brackets
INCOME_STATEMENT = """合并利润表
二零一六年一月至十二月(人民币元)
附注 二零一六年 二零一五年 (经重述)
营业收入 7 93,183,521,384.54 74,167,740,555.91
减:营业成本 7 72,099,983,058.63 57,063,786,786.20
销售费用 7,644,628,984.86 6,275,023,707.69
加:公允价值变动损益 (155,320,838.99) (23,353,073.10)
投资收益 120,490,092.49 114,954,618.74
"""
# a county's statistical table of two years' columns apart by single spaces
COUNTY_TABLE = """主要经济指标
单位：万元
指标 2023年 2022年
地区生产总值 1234567 1100234
一般公共预算收入 45678 43210
"""


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit", "metric", "period"),
    [
        (INCOME_STATEMENT, "93,183,521,384.54", 93183521384.54, "元", "营业收入", "二零一六年"),
        (INCOME_STATEMENT, "57,063,786,786.20", 57063786786.20, "元", "营业成本", "二零一五年"),
        (INCOME_STATEMENT, "6,275,023,707.69", 6275023707.69, "元", "销售费用", "二零一五年"),
        (INCOME_STATEMENT, "155,320,838.99", -155320838.99, "元", "公允价值变动损益", "二零一六年"),
        (COUNTY_TABLE, "1100234", 11002340000, "元", "地区生产总值", "2022年"),
        (COUNTY_TABLE, "45678", 456780000, "元", "一般公共预算收入", "2023年"),
    ],
)
def test_columns_of_years_apart_by_spaces(text, mention, value, unit, metric, period):
    claim = _claims(text)[mention]
    assert claim.value == pytest.approx(value)
    assert (claim.unit, claim.metric, claim.period) == (unit, metric, period)


def test_a_statements_note_numbers_are_no_claims():
    assert "7" not in _claims(INCOME_STATEMENT)


# a header's unit with the home currency's name before it (人民币万元): the unit, scaled, as on a unit line (a listed
# company's contracts table, a city's budget table)
@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("重大合同\n| 序号 | 合同名称 | 合同金额(人民币万元) |\n| 1 | 盾构采购合同 | 27,257 |\n", "27,257", 272570000),
        ("财政支出\n| 项目 | 金额（人民币亿元） |\n| 教育支出 | 86.5 |\n| 卫生健康支出 | 42.1 |\n", "42.1", 4210000000),
    ],
)
def test_a_headers_unit_after_the_currencys_name_is_read(text, mention, value):
    claim = _claims(text)[mention]
    assert (claim.value, claim.unit) == (pytest.approx(value), "元")


# a city's communiqué copied out of its PDF: rows of one figure parted from their label by one space under a header
# line, a title naming the place before the measure, rows marked 在总计中：, a header whose letters the PDF spaced out
# (产 量) over a unit column, a product's quantity of four digits; a county's table in Traditional of the same layout
CITY_COMMUNIQUE_PDF = """三、工业和建筑业
全年全市规模以上工业增加值增长 5.0%。
表4 2023年周口市规模以上工业增加值增速
指标 比上年增长（%）
规模以上工业增加值 5.0
在总计中： 轻工业 0.2
重工业 11.2
在总计中： 国有企业 -2.0
集体企业 -28.0
表5 2023年周口市规模以上工业主要产品产量及增速
产品名称 单位 产 量 比上年增长（%）
钢材 吨 1577693 48.8
服装 万件 7938 0.3
化学药品原药 吨 1916 9.1
全年全市建筑业总产值增长 9.4%。
"""
COUNTY_TABLE_PDF = """表2 2023年屏東縣農業主要產品產量
產品名稱 單 位 產 量
稻米 公噸 82150
香蕉 公噸 1536
"""


@pytest.mark.parametrize(
    ("text", "region", "mention", "value", "unit", "kind", "metric"),
    [
        (CITY_COMMUNIQUE_PDF, "周口市", "11.2", 11.2, "%", "change", "重工业增加值增长"),
        (CITY_COMMUNIQUE_PDF, "周口市", "-2.0", -2.0, "%", "change", "国有企业增加值增长"),
        (CITY_COMMUNIQUE_PDF, "周口市", "1577693", 1577693, "吨", "measure", "钢材产量"),
        (CITY_COMMUNIQUE_PDF, "周口市", "7938", 79380000, "件", "count", "服装产量"),
        (CITY_COMMUNIQUE_PDF, "周口市", "1916", 1916, "吨", "measure", "化学药品原药产量"),
        (COUNTY_TABLE_PDF, "屏东县", "82150", 82150, "公吨", "measure", "稻米产量"),
        (COUNTY_TABLE_PDF, "屏东县", "1536", 1536, "公吨", "measure", "香蕉产量"),
    ],
)
def test_a_pdfs_table_of_single_spaces(text, region, mention, value, unit, kind, metric):
    claims = {c.mention: c for c in extract_document(text, region=region).claims}
    claim = claims[mention]
    assert claim.value == pytest.approx(value)
    assert (claim.unit, claim.kind, claim.metric) == (unit, kind, metric)
