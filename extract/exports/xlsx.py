"""Writing a selection of claims as an Excel workbook (openpyxl, loaded only for this format)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from extract.exports.selection import Selection, batches, column_names, flat_columns

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

XLSX_MAX_ROWS = 1_048_576  # Excel's sheet limit, header included
XLSX_MAX_CELL = 32_767  # Excel's limit on the characters of a cell
_WIDE_COLUMNS = {"sentence": 60, "other_sentences": 60, "check_explanations": 40, "headline": 30, "place_chain": 24}


def write_xlsx(con: duckdb.DuckDBPyConnection, selection: Selection, path: Path) -> int:
    """An Excel workbook written in openpyxl's streaming mode: a header row, frozen below it,
    readable column widths; more rows than a sheet holds continue on the next sheet."""
    columns = flat_columns(con)
    names = column_names(con, selection, columns)
    workbook = Workbook(write_only=True)
    bold = Font(bold=True)

    def new_sheet(number: int) -> WriteOnlyWorksheet:
        sheet = workbook.create_sheet("claims" if number == 1 else f"claims ({number})")
        sheet.freeze_panes = "B2"  # the header and the claim id stay in view
        for index, name in enumerate(names):
            width = _WIDE_COLUMNS.get(name, max(10, min(len(name) + 2, 22)))
            sheet.column_dimensions[get_column_letter(index + 1)].width = width
        header = []
        for name in names:
            cell = WriteOnlyCell(sheet, value=name)
            cell.font = bold
            header.append(cell)
        sheet.append(header)
        return sheet

    sheets, sheet, rows_in_sheet, n = 1, new_sheet(1), 1, 0
    for rows in batches(con, selection, columns):
        for row in rows:
            if rows_in_sheet == XLSX_MAX_ROWS:
                sheets += 1
                sheet, rows_in_sheet = new_sheet(sheets), 1
            sheet.append([_xlsx_cell(sheet, row[name]) for name in names])
            rows_in_sheet += 1
        n += len(rows)
    workbook.save(path)
    return n


def _xlsx_cell(sheet: WriteOnlyWorksheet, value: object) -> object:
    if not isinstance(value, str):
        return value
    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    if len(value) > XLSX_MAX_CELL:
        value = value[: XLSX_MAX_CELL - 1] + "…"
    if value.startswith("="):  # openpyxl would store it as a formula
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        return cell
    return value
