"""Statistical tables in text: their rows, columns and what each cell's figure measures.

Releases and communiqués carry tables, and they reach us as text in three forms: markdown-style
pipe rows ("| 制造 | 5.8% | 6.3% |"), tab-separated cells (how .docx and PDF table rows are read,
extract/sources.py and extract/pdf.py) and, in text copied from PDFs, cells apart by spaces
("林 业 86.95 4.2"). A figure in a cell says little by itself: the column header gives its unit and
scale ("绝对数（亿元）": 86.95 is 86.95亿元), its time ("上季失业率") and whether it is a change
("比上年增长（%）"); the row label and what the table measures (the header, else the title or the
caption line before it: "表2 2023年农林牧渔业总产值及其增长速度") give its metric (林业总产值).

Pure functions on the text; the spaCy steps that use them are in components/table_cells.py.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from extract import lexicon
from extract.pattern_cache import compile_pattern
from extract.quantities import Quantity, read_quantity

# a row written with pipes: at least two of them, at an end of the line (markdown tables)
_PIPE = "|"
_SEPARATOR_CELL = compile_pattern(r":?-{2,}:?|")
# a row written with spaces (PDF text): a label, then figures apart by spaces ("林 业 86.95 4.2");
# "--" and "…" stand for a figure not given; a financial statement brackets a negative amount ((155,320,838.99))
_FIGURE_TOKEN = (
    r"(?:[-+－]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?[%％‰]?|[-—－]{1,2}|…{1,2}"
    r"|[（(][0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?[)）])"
)
_SPACE_ROW = compile_pattern(rf"(?P<label>.*?[^\s0-9０-９.,，%％‰+\-－—…])(?P<figures>(?:[ \u3000]+{_FIGURE_TOKEN})+)")
_TOKEN = compile_pattern(r"\S+")
# what every table row holds somewhere, looked for once in the whole text before reading any line
_MAYBE_A_ROW = compile_pattern(rf"[|\t]|[ \u3000]{_FIGURE_TOKEN}[ \r\u3000]*(?:\n|$)")
_WORDY = compile_pattern(r"[\u4e00-\u9fffA-Za-z]")
# running text, not a table row or header: a label never holds a clause break
_PROSE = compile_pattern(r"[，。；！？;!?]|, ")
# a figure (a number, maybe with its unit), against a year (2023, 2023年, 2023年度) or a label
_FIGURE_CELL = compile_pattern(
    r"(?:约|近|超|逾|不足)?[-+－（(]?[0-9０-９][0-9０-９,，.．]*(?:\s*[-－~～至]\s*[0-9０-９][0-9０-９,，.．]*)?"
    r"\s*[^\s0-9０-９A-Za-z|]{0,8}"
)
_FOUR_DIGITS = compile_pattern(r"[0-9]{4}")
_YEAR_CELL = compile_pattern(r"(?:19|20)[0-9]{2}(?:年(?:度|末|底|初)?)?")
# a header cell naming a year, in either numerals (2016年, 二零一六年)
_A_YEAR = compile_pattern(r"(?:19|20)[0-9]{2}年|[一二][〇○零九][〇○零一二三四五六七八九]{2}年")
_CAPTION = compile_pattern(r"附?表\s*[0-9０-９一二三四五六七八九十]+")
_NUMBERED_HEADING = compile_pattern(r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[)）]")
_CAPTION_MAX = 48
# a unit line above a table or in its caption, maybe with its currency apart ("单位：元 币种：人民币",
# "币种：美元 单位：千元", "金额单位：万元"): the currency names the money of a unit in 元
_CURRENCY_FIELD = r"(?:币种|货币)\s*[:：]\s*(?P<{name}>[^\s（）()，,;；]{{1,6}})"
_UNIT_LINE = compile_pattern(
    rf"[（(]?\s*(?:{_CURRENCY_FIELD.format(name='currency_first')}\s*[,，;；]?\s*)?"
    r"(?:金额|计量)?单位\s*[:：]\s*(?P<unit>(?:(?!币种|货币)[^\s（）()，,;；:：]){1,8})"
    rf"(?:\s*[,，;；]?\s*{_CURRENCY_FIELD.format(name='currency')})?\s*[)）]?"
)
_HOME_CURRENCY = "人民币"
# the unit of a header or a label: "年末数（人）", "营业收入（万元）", "增长%"
_UNIT_BRACKET = compile_pattern(r"[（(]\s*(?:单位\s*[:：]\s*)?(?P<unit>[^（）()]{1,8}?)\s*[)）]$|(?P<sign>[%％‰])$")
# the time a header or title is about: 上季, 2023年年末, 今年第二季, 本报告期, 1-6月, 2024年3月31日 (a balance sheet)
_PERIOD = compile_pattern(
    r"(?:(?:19|20)[0-9]{2}(?:[-－—至~](?:19|20)[0-9]{2})?年度?|[一二][〇○零九][〇○零一二三四五六七八九]{2}年度?|历年|近[0-9一二三四五六七八九十]+年|(?:上年|去年)同期"
    r"|[上本今去前明]年度?末?|年初至报告期末|年初至今|本?报告期末?|本期末?|上期末?"
    r"|第?[一二三四1-4]季度?|前三季度|[上本今][季月]度?|上半年|下半年|全年|年末|年底|年初|期末|期初"
    r"|[0-9]{1,2}月?[-－—~至][0-9]{1,2}月份?|[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2}月(?:份|末|底)?"
    r"|[一二三四五六七八九十]{1,3}月?至[一二三四五六七八九十]{1,3}月)+"
)
# what a change is compared with: 比上年, 较上年同期, 同比
_COMPARISON = compile_pattern(
    r"(?:比|较)(?:上年同期|去年同期|上年度末|上年末|上年度|上年|去年|上季度?|上月|上期末|上期|年初|同期)|同比|环比"
)
_COMPARISON_AT_END = compile_pattern(rf"(?:{_COMPARISON.pattern})$")
# 各行业失业率, 分地区生产总值, 按行业分: the table's rows are the parts named
_DISTRIBUTIVE = compile_pattern(
    r"(?:各|分|按)(?:行业|地区|区域|产业|部门|乡镇|街道|县市区|县区|区县|县市|省份|省区市|省|市州|市|县|区|镇|类别|类型)"
    r"(?:[（(][^）)]{0,6}[）)])?分?"
)
# a row label's marks of place in the table: "#城镇" (of which), "其中：", "在总计中：" (a statistics bureau's), "1.",
# "（一）", "一、"
_LABEL_MARKS = compile_pattern(
    r"^(?:[#＃]+|其中[:：]?|在?(?:总计|合计|總計|合計)中[:：]?\s*|[0-9]+[.、．]|[（(][一二三四五六七八九十0-9]+[)）]|[一二三四五六七八九十]+、|[加减][:：])+"
)  # 减:营业成本, 加:投资收益: how a financial statement's row adds up, no word of what it measures
_SPACE_BETWEEN_HAN = compile_pattern(r"(?<=[\u4e00-\u9fff、）)（(])[ \u3000]+(?=[\u4e00-\u9fff、（(])")
_LINE = compile_pattern(r"[^\n]+")
# a column of units: 产品名称 | 单位 | 产量
_UNIT_HEADERS = ("单位", "计量单位", "單位", "計量單位")
_TRIM = " \t\r\u3000"
# neutral change words: the sign of the figure gives the direction
_DIRECTIONS_BY_SIGN = {"变化", "变动", "增减", "增减变动", "同比", "环比", "增长率", "增速", "增幅"}


class Column(NamedTuple):
    """What a column header says about the figures under it."""

    header: str  # as written, white space removed
    unit: Quantity | None  # "1" read with the header's unit: its value is the scale (亿元 -> 1e8)
    period: str | None  # 上季, 2023年, 本报告期
    measure: str  # what the header names besides time, unit and comparison (失业率, 比重), or ""
    change: str | None  # the change word of a column of changes (增长, 变化, 增减)
    ordinal: bool  # 序号, 排名: not quantities


class TableHead(NamedTuple):
    """What a table's title says about all of its figures."""

    measure: str  # 户籍人口 of "表1 2023年年末户籍人口及其构成"; "" for 主要财务数据
    period: str | None
    unit: Quantity | None  # 单位：万元, for every column without a unit of its own
    has_total: bool  # a row names the measure itself (农林牧渔业总产值): the other rows are its parts
    change_unit: Quantity | None = None  # 单位：元、%: the change columns' unit a unit line lists after the levels'


class Cell(NamedTuple):
    """A figure's cell: its offsets in the text, its row's label and its column."""

    start: int
    end: int
    label: str  # the row label, marks and layout spaces removed ("#种植业" -> 种植业, "林 业" -> 林业)
    label_start: int  # offset of the label in the text
    row_unit: Quantity | None  # the row's unit: its label's ("营业收入（万元）") or its 单位 cell's (亿千瓦时)
    row_is_measure: bool  # the label names a measure with its unit (营业收入（万元）), not a part or item
    row_change: str | None  # the change word a label ends with (地区生产总值增速（%）): a row of changes
    row_period: str | None  # a label that is a time (| 2024年 | 512.3 |): the row's time, no part of the metric
    column: Column
    table: TableHead


class Table(NamedTuple):
    start: int  # from its title or caption line
    end: int  # to the end of its last row
    lines: tuple[tuple[int, int], ...]  # every line of the table, the title's included
    cells: tuple[Cell, ...]


class _Row(NamedTuple):
    line: tuple[int, int]
    cells: list[tuple[int, int]]  # (start, end) of each cell's text, trimmed; empty cells start == end


def text_lines(text: str) -> tuple[tuple[int, int], ...]:
    """Non-empty lines as (start, end), surrounding white space trimmed (as layout reads them). The last text's
    are kept: the layout step and the period step both read a page's lines."""
    global _last_lines
    last_text, lines = _last_lines  # read once: one pair, whatever another thread sets
    if last_text != text:
        lines = tuple(_read_lines(text))
        _last_lines = (text, lines)
    return lines


_last_lines: tuple[str, tuple[tuple[int, int], ...]] = ("", ())


def _read_lines(text: str) -> list[tuple[int, int]]:
    out = []
    for match in _LINE.finditer(text):
        line = match.group()
        stripped = line.strip(_TRIM)
        if stripped:
            start = match.start() + len(line) - len(line.lstrip(_TRIM))
            out.append((start, start + len(stripped)))
    return out


def find_tables(text: str, lines: Sequence[tuple[int, int]] | None = None) -> list[Table]:
    """The tables of a text, in order. `lines` are its non-empty trimmed lines, if already known."""
    if _MAYBE_A_ROW.search(text) is None:
        return []  # most pages: no pipe, no tab, no line ending in a figure after a space
    if lines is None:
        lines = text_lines(text)
    forms = [_row_form(text, s, e) for s, e in lines]
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        form = forms[i]
        if form is None:
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and forms[j + 1] == form:
            j += 1
        table = _read_table(text, lines, i, j, form)
        if table is not None:
            tables.append(table)
        i = j + 1
    return tables


def space_row_lines(text: str) -> frozenset[int]:
    """Where the lines of the rows of the text's tables laid out by spaces start, before any indent (规模以上工业增加值
    5.0 under a header line): a row of one figure parted from its label by one space is a row all the same, its space
    no typographic one."""
    return frozenset(
        text.rfind("\n", 0, start) + 1
        for table in find_tables(text)
        for start, end in table.lines
        if _row_form(text, start, end) == "space"
    )


def _row_form(text: str, start: int, end: int) -> str | None:
    """How a line is cut into cells, if it is a table row: "pipe", "tab" or "space"."""
    line = text[start:end]
    if _PIPE in line and line.count(_PIPE) >= 2 and (line[0] == _PIPE or line[-1] == _PIPE):
        return "pipe"
    if "\t" in line:
        return "tab"
    if (line[-1].isdigit() or line[-1] in "%％‰-—…)）") and (" " in line or "\u3000" in line):
        match = _SPACE_ROW.fullmatch(line)
        if match and _WORDY.search(match["label"]) and not _PROSE.search(match["label"]):
            return "space"
    return None


def _cells(text: str, start: int, end: int, form: str) -> list[tuple[int, int]]:
    """The cells of a row line as trimmed (start, end) offsets."""
    if form == "space":
        match = _SPACE_ROW.fullmatch(text, start, end)
        assert match is not None
        label = _trimmed(text, match.start("label"), match.end("label"))
        return [label] + [(m.start(), m.end()) for m in _TOKEN.finditer(text, match.start("figures"), end)]
    separator = _PIPE if form == "pipe" else "\t"
    line = text[start:end]
    bounds = [start - 1] + [start + k for k, ch in enumerate(line) if ch == separator] + [end]
    cells = [_trimmed(text, a + 1, b) for a, b in zip(bounds, bounds[1:], strict=False)]
    if form == "pipe":
        if line.startswith(_PIPE):
            cells = cells[1:]
        if line.endswith(_PIPE):
            cells = cells[:-1]
    return cells


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _is_figure(cell: str) -> bool:
    """A cell holding a figure, not a year or a time (2023年, 1-6月) as header cells are; a change column's
    cell may say its change in words (增加0.12个百分点, 下降3.5)."""
    cell = cell[len(verb) :] if (verb := changed_by(cell)) else cell
    return (
        bool(cell)
        and bool(_FIGURE_CELL.fullmatch(cell))
        and not _YEAR_CELL.fullmatch(cell)
        and not _PERIOD.fullmatch(cell)
    )


def changed_by(cell: str) -> str | None:
    """The verb of change a cell opens with, right before its figure (增加0.12个百分点 -> 增加), or None."""
    match = _change_verb_before_a_figure().match(cell)
    return match.group("verb") if match else None


@cache
def _change_verb_before_a_figure() -> re.Pattern[str]:
    verbs = lexicon.change_verbs()
    return compile_pattern(rf"(?P<verb>{verbs})(?=[-+－]?[0-9０-９])")


def _label_index(texts: list[str]) -> int | None:
    """The row label's cell: the first that holds words (a row number before it is no label)."""
    return next((k for k, t in enumerate(texts) if _WORDY.search(t)), None)


def _read_table(text: str, lines: list[tuple[int, int]], first: int, last: int, form: str) -> Table | None:
    rows = [_Row(lines[k], _cells(text, *lines[k], form)) for k in range(first, last + 1)]
    caption_lines: list[tuple[int, int]] = []
    caption, title, unit_text = "", "", None
    header: list[str] = []
    before = first - 1
    if form == "space":
        if len(rows) < 2:
            return None  # one line of a label and figures is as likely a line of prose
        figures = len(rows[0].cells) - 1
        if before >= 0 and _is_space_header(text[slice(*lines[before])], figures):
            header = _space_header(text[slice(*lines[before])])
            caption_lines.append(lines[before])
            before -= 1
            if len(header) >= figures + 2 and header[-figures - 1] in _UNIT_HEADERS:
                rows = [_unit_apart(text, row) for row in rows]  # 发电量 亿千瓦时 123.4 5.6
        elif before >= 1 and (stacked_header := _stacked_space_header(text, lines[before - 1], lines[before], figures)):
            header = stacked_header
            caption_lines += [lines[before], lines[before - 1]]
            before -= 2
    # a unit line and a caption above the table: "单位：万元", "表2 2023年农林牧渔业总产值及其增长速度"
    for _ in range(2):
        if before < 0:
            break
        line = text[slice(*lines[before])]
        unit_line = _UNIT_LINE.fullmatch(line)
        if unit_line:
            unit_text = _unit_line_unit(unit_line)
        elif _is_caption(line):
            caption = line
        else:
            break
        caption_lines.append(lines[before])
        before -= 1
        if caption:
            break
    cells: list[Cell] = []
    data_rows: list[tuple[_Row, int, list[str], str]] = []
    stacked = False  # the row before was a header row too: this one is its lower level
    pending = ""  # a one-cell row after figures: a next table's title if a header row follows, else a section's
    for row in rows:
        texts = [text[s:e] for s, e in row.cells]
        unit_cell = next((m for t in texts if (m := _UNIT_LINE.fullmatch(t))), None)
        if unit_cell is not None:
            # | 表1 2025年财政收支 | | 单位：万元 |: the table's unit in a cell of its title row or a row of its own
            unit_text = unit_text or _unit_line_unit(unit_cell)
            texts = ["" if _UNIT_LINE.fullmatch(t) else t for t in texts]
        filled = [t for t in texts if t]
        if not filled or all(_SEPARATOR_CELL.fullmatch(t) for t in texts):
            continue  # |---|---|, an empty row
        label = _label_index(texts)
        figures = [t for t in texts[(label if label is not None else -1) + 1 :] if _is_figure(t)]
        if not figures:
            if len(filled) == 1 and not data_rows and not header:
                title = filled[0]  # | 今年第二季各行业失业率 |  |  |: the title as a row
            elif len(filled) == 1:
                pending = filled[0]
            elif len(filled) > 1:
                if pending:  # | 表2 … |  |, then its header: a second table in the same run of rows
                    title, pending, stacked = pending, "", False
                header = _stacked_header(header, texts) if stacked else texts
                stacked = True
            continue
        stacked, pending = False, ""
        data_rows.append((row, label if label is not None else -1, header, title))
    if not data_rows:
        return None
    if title and caption and not _CAPTION.match(caption):
        caption_lines = [line for line in caption_lines if text[slice(*line)] != caption]  # a headline above
    heads: dict[str, TableHead] = {}
    for row, k, row_header, row_title in data_rows:
        head = heads.get(row_title)
        if head is None:
            head = heads[row_title] = _table_head(row_title or caption, unit_text, _labels(text, data_rows, row_title))
        label_start, label_end = row.cells[k] if k >= 0 else (row.line[0], row.line[0])
        label_text = text[label_start:label_end]
        row_unit = _unit_of(label_text)
        row_is_measure = row_unit is not None
        label = _clean_label(_without_unit(label_text) if row_unit else label_text)
        row_change = next((w for w in _words_of("change") if label.endswith(w) and len(label) > len(w)), None)
        row_period = label if _PERIOD.fullmatch(label) or _YEAR_CELL.fullmatch(label) else None
        values = row.cells[k + 1 :]
        columns = [_column(h) for h in _header_over(row_header, len(values))]
        # headers are aligned from the right: a PDF row may have lost an empty cell on its left
        aligned = [columns[at] if at >= 0 else _column("") for at in range(len(columns) - len(values), len(columns))]
        aligned = _changes_of_their_level(aligned)
        for (s, e), column in zip(values, aligned, strict=True):
            if column.header in _UNIT_HEADERS:
                row_unit = _read_unit(text[s:e]) or row_unit  # 产品名称 | 单位 | 产量: 亿千瓦时 for the row
        for (s, e), column in zip(values, aligned, strict=True):
            # 化学药品原药 | 吨 | 1916: four digits in a row of a unit are a quantity, not the year they look like
            figure = _is_figure(text[s:e]) or (row_unit is not None and _FOUR_DIGITS.fullmatch(text, s, e) is not None)
            if s < e and figure and not column.ordinal:  # 排名: a rank, not a quantity
                cells.append(
                    Cell(s, e, label, label_start, row_unit, row_is_measure, row_change, row_period, column, head)
                )
    table_lines = sorted(caption_lines) + [row.line for row in rows]
    return Table(table_lines[0][0], table_lines[-1][1], tuple(table_lines), tuple(cells))


def _header_over(header: list[str], values: int) -> list[str]:
    """The header cells over a row's figures. A header row written without the row label's cell
    ("本报告期末 | 上年度末 | 增减（%） | |" over "总资产 | 504.6 | 492.6 | 2.44 |") ends in an empty
    cell where the label's would have been: its first cell heads figures (a time, a unit, a change),
    not labels, so the empty cells at its end head nothing and the rest stand over the figures."""
    filled = len(header)
    while filled and not header[filled - 1]:
        filled -= 1
    if filled == len(header) or filled != values or len(header) <= values:
        return header
    if not _heads_figures(header[0]):
        return header  # | 指标 | 数量 | |: a label column's header, the last column unheaded
    return header[:filled]


def _heads_figures(header: str) -> bool:
    """A header cell over figures, by its time, unit or change (本报告期末, 绝对数（亿元）), not over labels (项目)."""
    column = _column(header)
    return column.period is not None or column.unit is not None or column.change is not None


def _labels(text: str, data_rows: list[tuple[_Row, int, list[str], str]], title: str) -> list[str]:
    """The row labels under one title, as a metric reads them."""
    return [_clean_label(text[slice(*row.cells[k])]) for row, k, _, t in data_rows if k >= 0 and t == title]


def _changes_of_their_level(columns: list[Column]) -> list[Column]:
    """A change column naming no measure (比上年增长（%）) is the change of the column before it that
    names one: | 产量（万吨） | 比上年增长（%） | -> 产量 增长."""
    out, level = [], ""
    for column in columns:
        if column.change and not column.measure and level:
            column = column._replace(measure=level)
        elif not column.change:
            level = column.measure
        out.append(column)
    return out


def _unit_apart(text: str, row: _Row) -> _Row:
    """A space row's label cell ending in a unit of the 单位 column ("发电量 亿千瓦时"), as two cells."""
    start, end = row.cells[0]
    last = text.rfind(" ", start, end)
    if last < 0 or _read_unit(text[last + 1 : end]) is None:
        return row
    return row._replace(cells=[_trimmed(text, start, last), (last + 1, end), *row.cells[1:]])


def _space_header(line: str) -> list[str]:
    """A header line's cells apart by spaces; a bracket is its cell's unit ("比上年增长 （%）"); a run of single Han
    characters is one cell whose letters a PDF spaced out ("产 量", "指 标")."""
    cells: list[str] = []
    spaced = False  # the cell before is a single character or a run of them
    for token in line.split():
        if (cells and token[0] in "（(") or (spaced and _ONE_HAN.fullmatch(token)):
            cells[-1] += token
        else:
            cells.append(token)
            spaced = bool(_ONE_HAN.fullmatch(token))
    return [part for cell in cells for part in _unit_header_apart(cell)]


def _unit_header_apart(cell: str) -> tuple[str, ...]:
    """A run of spaced-out letters that opens with a unit column's header, as that header and the next (单 位 产 量 ->
    单位, 产量)."""
    opening = next((h for h in _UNIT_HEADERS if cell.startswith(h) and len(cell) > len(h)), None)
    return (opening, cell[len(opening) :]) if opening else (cell,)


_ONE_HAN = compile_pattern(r"[\u4e00-\u9fff]")


def _is_space_header(line: str, figures: int) -> bool:
    """A header line over rows of that many figures: a cell over the labels and one over each figure, or only those
    over the figures where one names a year (附注 二零一六年 二零一五年 over 营业收入 7 93,183,521,384.54 …)."""
    tokens = _space_header(line)
    return (
        (len(tokens) >= figures + 1 or (len(tokens) >= figures and any(_A_YEAR.match(t) for t in tokens)))
        and not _PROSE.search(line)
        and not any(_is_figure(t) for t in tokens)
        and len(line) <= _CAPTION_MAX
    )


def _stacked_space_header(
    text: str, upper_line: tuple[int, int], lower_line: tuple[int, int], figures: int
) -> list[str] | None:
    """Two header lines apart by spaces over rows of that many figures: the upper one a cell over the labels and one
    over each group of columns, the lower one a cell over each figure (指标 全体居民 城镇居民 农村居民 over 总量 增长
    总量 增长 总量 增长 -> 指标, 全体居民总量, 全体居民增长, …); else None."""
    upper, lower = text[slice(*upper_line)], text[slice(*lower_line)]
    if not (_is_space_header(lower, figures - 1) and _is_space_header(upper, 1)):
        return None
    upper_cells, lower_cells = _space_header(upper), _space_header(lower)
    groups = len(upper_cells) - 1
    if len(lower_cells) != figures or groups < 2 or figures % groups or figures == groups:
        return None
    # each group's cell then the empty cells it spans, as a pipe table writes them: _stacked_header joins the two
    span = figures // groups
    spanning = [upper_cells[0], *(cell for group in upper_cells[1:] for cell in [group] + [""] * (span - 1))]
    return _stacked_header(spanning, lower_cells)


def _is_caption(line: str) -> bool:
    """A table's title line: 表1 …, or a short line without the punctuation of running text."""
    if _CAPTION.match(line):
        return True
    return (
        len(line) <= _CAPTION_MAX
        and not _PROSE.search(line)
        and not line.endswith(("：", ":"))
        and not _NUMBERED_HEADING.match(line)
        and bool(_WORDY.search(line))
    )


def _stacked_header(upper: list[str], lower: list[str]) -> list[str]:
    """Two header rows as one: a cell of the upper row spans the empty cells after it, and each column
    is headed by both (| 指标 | 2025年 | | over | | 绝对数 | 增长% | -> 2025年绝对数, 2025年增长%). A lower row
    without the label's cell (the label's header spans both rows) starts one column on."""
    if lower and upper and not _heads_figures(upper[0]) and (_heads_figures(lower[0]) or len(lower) == len(upper) - 1):
        # the label's cell spans both rows: the lower row starts at the first figures' column (known by what its first
        # cell heads, or by its one cell fewer: | 当月 | 当年累计 | under 月份 | 肉鸡销量(万只) | |)
        lower = ["", *lower]
    if len(upper) < len(lower):
        upper = upper + [""] * (len(lower) - len(upper))  # empty cells at the end of a line are trimmed with it
    if len(upper) != len(lower):
        return lower
    spans = list(upper)
    for k in range(2, len(spans)):
        spans[k] = spans[k] or spans[k - 1]  # the label's column spans nothing
    return [_joined_head(u, t) if u and t and u != t else (t or u) for u, t in zip(spans, lower, strict=True)]


def _joined_head(upper: str, lower: str) -> str:
    """The upper header cell and the lower one under it, as one: the lower before the upper's unit in brackets, which
    ends a header (肉鸡销量(万只) over 当月 -> 肉鸡销量当月(万只), its figures in 万只); a generic lower one adds
    nothing."""
    if lower in _words_of("generic"):
        return upper  # 全体居民 over 总量: the level, which the generic word names no more than the upper does
    unit = _UNIT_BRACKET.search(upper)
    return upper[: unit.start()] + lower + upper[unit.start() :] if unit is not None else upper + lower


@cache
def _roles() -> dict[str, str]:
    return lexicon.word_table("table_headers.tsv")


@cache
def _words_of(role: str) -> tuple[str, ...]:
    return tuple(sorted((w for w, r in _roles().items() if r == role), key=len, reverse=True))


def _unit_of(header: str) -> Quantity | None:
    """The unit written at the end of a header or label, read as "1" of it (亿元 -> 1e8 元, 人民币万元 -> 1e4 元)."""
    match = _UNIT_BRACKET.search(header.strip(_TRIM))
    if match is None:
        return None
    # 合同金额(人民币万元): the home currency's name with the unit restates it, as on a unit line
    return _read_unit(_without_home_currency(match["unit"] or "") or match["sign"])


def _unit_line_unit(match: re.Match[str]) -> str:
    """The unit of a unit line with its currency: 元 of 币种：美元 is 美元; 人民币元 and 元 of 人民币 are 元."""
    unit = _without_home_currency(match["unit"])
    currency = match["currency"] or match["currency_first"]
    if currency and currency != _HOME_CURRENCY and unit.endswith("元") and _read_unit(currency):
        return unit[:-1] + currency  # 千元 in 美元: 千美元
    return unit


def _without_home_currency(unit: str) -> str:
    """The unit less 人民币 written before or after it (人民币元, 万元人民币), which restates it."""
    return unit.removeprefix(_HOME_CURRENCY).removesuffix(_HOME_CURRENCY)


def _read_unit(unit: str | None) -> Quantity | None:
    if not unit:
        return None
    quantity = read_quantity("1" + unit.strip())
    if quantity is None or quantity.kind is None or quantity.mention != "1" + unit.strip():
        return None
    return quantity


def _without_unit(header: str) -> str:
    match = _UNIT_BRACKET.search(header.strip(_TRIM))
    return header.strip(_TRIM)[: match.start()] if match else header


# a note in brackets closing a column header (二零一五年(经重述), 2023年（未经审计）): how the figures were restated
# or audited, no measure
_HEADER_NOTE = compile_pattern(r"[（(](?:经|未经)[\u4e00-\u9fff]{1,6}[)）]$")


@cache
def _column(header: str) -> Column:
    """A column header read: "上季失业率" -> period 上季, measure 失业率; "比上年增长（%）" -> a change
    column in %; "绝对数（亿元）" -> no measure of its own, in 亿元."""
    name = re.sub(r"\s+", "", header)
    unit = _unit_of(name)
    name = _without_unit(name) if unit else _HEADER_NOTE.sub("", name)  # 二零一五年(经重述): a note, no measure
    period = _PERIOD.match(name)
    rest = name[period.end() :] if period else name
    rest = _COMPARISON.sub("", rest)
    change = next((w for w in _words_of("change") if rest.endswith(w)), None)
    if change is None and _COMPARISON.search(name):
        change = "增长"  # 同比（%）: a change, of no direction of its own
    if change:
        rest = rest[: -len(change)] if rest.endswith(change) else rest
    ordinal = rest in _words_of("ordinal")
    if rest in _words_of("generic") or ordinal:
        rest = ""
    return Column(name, unit, period.group() if period else None, rest, change, ordinal)


def _table_head(title: str, unit_text: str | None, labels: list[str] | tuple[str, ...] = ()) -> TableHead:
    """A title read: "表1 2023年年末户籍人口及其构成" -> measure 户籍人口, period 2023年年末. With the
    table's row labels: whether one of them is the total of the others (农林牧渔业总产值)."""
    caption = _CAPTION.match(title)  # before spaces go: 表1 2023年… is table 1, not 12023
    name = re.sub(r"\s+", "", title[caption.end() :].lstrip("：:.、 \u3000") if caption else title)
    # units listed for the kinds of column (单位：元、%): the levels' first, then the changes' percent
    listed = (unit_text or "").split("、")
    unit = _read_unit(listed[0])
    change_unit = _read_unit(next((u for u in listed[1:] if u in _PERCENT_SIGNS), None))
    unit_in_title = _UNIT_LINE.search(name)
    if unit_in_title:
        unit = unit or _read_unit(_unit_line_unit(unit_in_title))
        name = name[: unit_in_title.start()]
    bracketed = _UNIT_BRACKET.search(name) if unit is None else None
    if bracketed is not None and bracketed["unit"]:
        # 二零一六年一月至十二月(人民币元): a financial statement's unit in brackets after its period
        unit = _read_unit(bracketed["unit"].removeprefix(_HOME_CURRENCY))
        name = name[: bracketed.start()] if unit is not None else name
    period = _PERIOD.match(name)
    name = name[period.end() :] if period else name
    distributive = _DISTRIBUTIVE.match(name)
    name = name[distributive.end() :] if distributive else name
    changed = True
    while changed:
        changed = False
        for end in _words_of("title_end"):
            if name.endswith(end) and len(name) > len(end):
                name, changed = name[: -len(end)], True
                break
    change = next((w for w in _words_of("change") if name.endswith(w) and len(name) > len(w)), None)
    if change is not None:
        # 居民消费价格比上年涨跌幅度: the table of the changes of 居民消费价格, which its change column says
        compared = _COMPARISON_AT_END.search(name, 0, len(name) - len(change))
        name = name[: compared.start() if compared else len(name) - len(change)]
    if name.endswith(_words_of("overview")):
        name = ""
    # a title may name the place before the measure a row names (周口市规模以上工业增加值 over 规模以上工业增加值)
    has_total = bool(name) and any(
        label.endswith(name) or (len(label) >= _TOTAL_LABEL and name.endswith(label)) for label in labels
    )
    return TableHead(name, period.group() if period else None, unit, has_total, change_unit)


_PERCENT_SIGNS = ("%", "％")


_TOTAL_LABEL = 4  # a label this long that ends the title's measure names it (业 or 工业 may end any label)


def _clean_label(label: str) -> str:
    """A row label as a metric reads it: marks of place and the spaces of layout removed."""
    label = _SPACE_BETWEEN_HAN.sub("", label.strip(_TRIM))
    return _LABEL_MARKS.sub("", label).strip(_TRIM)


def cell_at(cells: list[Cell], starts: list[int], offset: int) -> Cell | None:
    """The cell holding a character offset; `starts` are the cells' starts (cells in text order)."""
    i = bisect_right(starts, offset) - 1
    if i >= 0 and cells[i].start <= offset < cells[i].end:
        return cells[i]
    return None


def cell_unit(cell: Cell) -> Quantity | None:
    """The unit a bare figure of the cell takes: its column's, else its row's, else the table's; of a row of an
    amount per share (每股净资产 under 单位：万元: lexicon/unscaled_row_words.txt), the table's unit without its
    scale, as statements give such amounts in 元."""
    own = cell.column.unit or cell.row_unit
    if own is None and cell.column.change and cell.table.change_unit is not None:
        return cell.table.change_unit
    if own is not None or cell.table.unit is None:
        return own
    if cell.table.unit.value != 1 and any(word in cell.label for word in _unscaled_row_words()):
        return cell.table.unit._replace(value=1.0, unit_surface=cell.table.unit.unit)
    return cell.table.unit


@cache
def _unscaled_row_words() -> tuple[str, ...]:
    return tuple(lexicon.word_list("unscaled_row_words.txt"))


def cell_metric(cell: Cell, label: str | None = None) -> str | None:
    """What a cell's figure measures: its row label with what the column or table measures
    ("制造" in a table of 失业率 -> 制造失业率; "城镇" in 户籍人口's 比重 column -> 城镇户籍人口比重),
    and the change word of a change column (收入中位数变化). `label` is the row label without a place
    that opens it (the subject names the place: a row of 凯里市 is the measure itself); "" when the
    whole label is a place."""
    label = cell.label if label is None else label
    if cell.row_period:
        label = ""  # | 2024年 | 512.3 |: the row's time, the metric is what the table measures
    column, table = cell.column, cell.table
    measure = _combined_measure(column.measure, table.measure, bool(label))
    if cell.row_is_measure:
        # the row names a measure of its own (营业收入（万元）); a column may name its part (城镇)
        base = (column.measure if column.measure != table.measure else "") + label
    elif not measure or measure in label or (label and label[-1] == measure[-1]):
        base = label or measure  # 发电量 in a table of 产量: a label ending as the measure names its own
    elif not label:
        base = measure
    else:
        base = label + (_part_measure(measure, label) if table.has_total and measure == table.measure else measure)
    if column.change:
        base += column.change
    return base or None


def _combined_measure(column: str, table: str, labelled: bool = True) -> str:
    """The column's measure with the table's: 户籍人口 and 比重 -> 户籍人口比重; 失业率 and 失业率 ->
    失业率; 收入 and 收入中位数 -> 收入中位数; 主要工业产品产量 and 产量 -> 产量 for a labelled row (the
    title's rest names the rows: 水泥 -> 水泥产量), 粮食产量 for a row of a place (its subject)."""
    if not column or not table or table in column:
        return column or table
    if column in table:
        return column if labelled else table
    return table + column


def _part_measure(measure: str, label: str) -> str:
    """The total's measure for one of its parts: a table of 农林牧渔业总产值 by 种植业, 林业…: a part of
    the same kind as the total's own category (both end in 业) takes its place (种植业总产值)."""
    at = measure.rfind(label[-1], 0, len(measure) - 2)
    return measure[at + 1 :] if at >= 1 else measure


def cell_direction(cell: Cell, value: float) -> str | None:
    """increase / decrease of a change column's or row's figure: from its word (下降) and the figure's sign."""
    word = cell.column.change or cell.row_change
    if word is None:
        return None
    direction = None if word in _DIRECTIONS_BY_SIGN else lexicon.word_table("change_verbs.tsv").get(word)
    if value < 0:
        return "increase" if direction == "decrease" else "decrease"
    if value > 0:
        return direction or "increase"
    return direction


def cell_period(cell: Cell) -> str | None:
    """The time of a cell's figure: its row's and its column's (2024年, 上半年), else its table's."""
    return (cell.row_period or "") + (cell.column.period or "") or cell.table.period
