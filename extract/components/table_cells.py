"""claimkb_table_units and claimkb_table_claims: the figures of a table's cells (extract/table_cells.py).

The layout step finds the tables (doc.user_data[TABLES_KEY]). Before the claims step, a bare figure
in a cell takes the unit and scale of its column header ("绝对数（亿元）… 481.96" is 481.96亿元), else
of its row label or the table's 单位 line, so it is a claim like any other. After the other steps,
a cell's claim takes its metric from its row label and what the column or table measures (制造 in a
table of 失业率 -> 制造失业率), its kind from its column (a 比上年增长（%） column holds changes) and its
time from the column header or title, and a column headed by a place its subject: the words around
a cell are other cells, not a sentence, and what the sentence-reading steps made of them is replaced.
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import date as Date
from decimal import Decimal

from spacy.language import Language
from spacy.tokens import Doc

from extract.components.extensions import QUANTITIES_KEY, TABLES_KEY, doc_text
from extract.components.metric import metric_key
from extract.components.period import period_dates
from extract.places import Mention, Place, division_code, gazetteer
from extract.quantities import Quantity
from extract.table_cells import (
    Cell,
    TableHead,
    cell_at,
    cell_direction,
    cell_metric,
    cell_period,
    cell_unit,
    changed_by,
)

# a change column's figure is a change whatever its unit (-12.5%, 3.2个百分点, -300元)
_CHANGEABLE_KINDS = ("percent", "change", "count", "money", "measure")
# how far into a label a place may start: after its marks (#, 其中：)
_LABEL_MARKS_MAX = 4


def _cells(doc: Doc) -> tuple[list[Cell], list[int]]:
    cells = [cell for table in doc.user_data.get(TABLES_KEY) or () for cell in table.cells]
    return cells, [cell.start for cell in cells]


@Language.component("claimkb_table_units")
def table_units_component(doc: Doc) -> Doc:
    cells, starts = _cells(doc)
    if not cells:
        return doc
    quantities: dict[int, Quantity] = doc.user_data.get(QUANTITIES_KEY, {})
    text = doc_text(doc)
    for token, quantity in quantities.items():
        if quantity.kind is not None:
            continue  # a cell's own unit (20000元, 6.3%) stands
        cell = cell_at(cells, starts, quantity.start)
        unit = cell_unit(cell) if cell is not None and quantity.end <= cell.end else None
        if unit is not None:
            quantity = with_unit(quantity, unit)
            if cell is not None and _bracketed_negative(text[cell.start : cell.end]):
                quantity = quantity._replace(value=-quantity.value)  # (155,320,838.99): a loss in the statement
            quantities[token] = quantity
    return doc


def _bracketed_negative(cell: str) -> bool:
    """A financial statement's amount in brackets, (155,320,838.99): a negative one."""
    return len(cell) > 2 and cell[0] in "(（" and cell[-1] in ")）"


def with_unit(quantity: Quantity, unit: Quantity) -> Quantity:
    """A bare figure in the unit of its header, read as "1" of it: 481.96 in 亿元 -> 48196000000 元."""
    return quantity._replace(
        value=_scaled(quantity.value, unit.value),
        value_high=_scaled(quantity.value_high, unit.value) if quantity.value_high is not None else None,
        unit=unit.unit,
        unit_surface=unit.unit_surface,
        kind=unit.kind,
    )


def _scaled(value: float, scale: float) -> float:
    """value x scale in decimal: 540.8 x 1e8 is 54080000000, not the float product 54079999999.99999."""
    return float(Decimal(repr(value)) * Decimal(repr(scale)))


@Language.component("claimkb_table_claims")
def table_claims_component(doc: Doc) -> Doc:
    cells, starts = _cells(doc)
    if not cells:
        return doc
    text = doc_text(doc)
    attributes = doc._  # one Underscore object, not one per attribute read
    places = sorted(attributes.places or [], key=lambda m: m.start)
    place_starts = [m.start for m in places]
    published = _date(attributes.date)
    region: Place | None = attributes.region
    heads: dict[TableHead, TableHead] = {}  # each table's head without the place its title opens with, read once
    for claim in attributes.claims:
        cell = cell_at(cells, starts, claim.start)
        if cell is None or claim.end > cell.end:
            continue
        # | 指标 | 单县 | 曹县 |: a column of a place gives the subject, and names no measure
        column_place = gazetteer().lookup(cell.column.header, region) if cell.column.header else None
        if column_place is not None:
            cell = cell._replace(column=cell.column._replace(measure=""))
            claim.subject, claim.place_code = column_place.name, division_code(column_place)
            claim.subject_basis = "clause"  # its column's header states it
        if cell.table not in heads:
            heads[cell.table] = _head_without_place(cell.table, text, places)
        cell = cell._replace(table=heads[cell.table])
        metric = cell_metric(cell, _label_without_place(text, cell, places, place_starts, claim.subject))
        if metric:  # a cell's row and column state what it measures, as a figure's own clause does
            claim.metric, claim.metric_key, claim.metric_basis = metric, metric_key(metric), "clause"
        if (cell.column.change or cell.row_change) and claim.kind in _CHANGEABLE_KINDS:
            # a cell that says its change in words (减少0.3个百分点) keeps the direction its verb gives
            worded = claim.direction is not None and changed_by(text[cell.start : cell.end])
            claim.kind, claim.direction = "change", claim.direction if worded else cell_direction(cell, claim.value)
        period = cell_period(cell)
        if period:
            claim.period, claim.period_basis = period, "clause"
            claim.period_start, claim.period_end = period_dates(period, published) if published else (None, None)
        claim.notes.append(f"table cell: row {cell.label!r}, column {cell.column.header!r}")
    return doc


def _head_without_place(head: TableHead, text: str, places: list[Mention]) -> TableHead:
    """The table's measure without the place its title opens with ("表4 2023年周口市规模以上工业增加值增速" ->
    规模以上工业增加值): the subject names the place, and a row's part (轻工业) reads as the part of the measure."""
    for mention in places:
        name = text[mention.start : mention.end]
        if head.measure.startswith(name) and len(head.measure) > len(name):
            return head._replace(measure=head.measure[len(name) :])
    return head


def _label_without_place(
    text: str, cell: Cell, places: list[Mention], starts: list[int], subject: str | None = None
) -> str:
    """The row label without the place or organisation that opens it: 全州总户籍人口 -> 总户籍人口, and
    "" for a row of a place (凯里市): the subject step names it, the metric is what the table measures. A place the
    subject step gave another subject keeps its label: a company's row 华北地区 is the segment its revenue was
    earned in (华北地区营业收入), the company the subject."""
    i = bisect_left(starts, cell.label_start)
    while i < len(places) and places[i].start <= cell.label_start + _LABEL_MARKS_MAX:
        name = text[places[i].start : places[i].end]
        if cell.label.startswith(name):
            if places[i].role == "place" and subject is not None and places[i].place.name != subject:
                return cell.label
            return cell.label[len(name) :].lstrip("：:")
        i += 1
    return cell.label


def _date(value: str | None) -> Date | None:
    try:
        return Date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
