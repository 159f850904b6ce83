"""Query results as tables: DataFrames with None for what is missing, plain rows, and plain text for a terminal.

pandas 3 holds a missing text value as NaN (and pandas 2 a missing number as NaN, a missing date as
NaT): all three are true in a template and print as "nan". Every frame the CLI, the dashboard and
the checks read comes through `fetch_frame`, so a missing value is None, whichever pandas is installed.
A table printed on a terminal needs no frame: `fetch_rows` keeps DuckDB's Python values, and the
commands that print one start without loading pandas (a third of a second; issue 32).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import duckdb
    import pandas as pd


@dataclass(frozen=True)
class Rows:
    """A query's result as DuckDB's Python values, None for what is missing."""

    columns: list[str]
    rows: list[tuple]


def fetch_rows(con: duckdb.DuckDBPyConnection, sql: str, params: object = None) -> Rows:
    """The rows of a query as plain Python values."""
    result = con.execute(sql, params or None)
    return Rows([column[0] for column in result.description], result.fetchall())


def fetch_frame(con: duckdb.DuckDBPyConnection, sql: str, params: object = None) -> pd.DataFrame:
    """The rows of a query, missing values as None."""
    return without_missing(con.execute(sql, params or None).df())


def without_missing(frame: pd.DataFrame) -> pd.DataFrame:
    """The same frame with object columns in which NaN, NaT and pd.NA are None."""
    return frame.astype(object).where(frame.notna(), None)


def plain_number(value: object) -> str:
    """A number as written in a table: 465, 93.02, 123450000000 (never 465.0 or 1.2345e+11)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "" if value is None else str(value)
    if isinstance(value, float) and not math.isfinite(value):
        return "" if math.isnan(value) else str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return format(Decimal(repr(value)), "f")


def rows_table(result: Rows) -> str:
    """Rows as an aligned text table with a header row; blanks for missing values."""
    return aligned([list(result.columns), *[[_cell(v) for v in row] for row in result.rows]])


def _cell(value: object) -> str:
    """A value as written in a table: a DECIMAL as its number (1.5, not 1.50), NaN blank."""
    return plain_number(float(value) if isinstance(value, Decimal) else value)


def aligned(rows: list[list[str]], max_width: int = 40) -> str:
    """Rows of cells as columns padded to their widest cell (a Chinese character is two wide)."""
    cut = [[_clip(cell.replace("\n", " "), max_width) for cell in row] for row in rows]
    widths = [max(_width(row[i]) for row in cut) for i in range(len(cut[0]))]
    lines = ["  ".join(cell + " " * (widths[i] - _width(cell)) for i, cell in enumerate(row)).rstrip() for row in cut]
    return "\n".join(lines)


def _width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def _clip(text: str, max_width: int) -> str:
    if _width(text) <= max_width:
        return text
    out, used = [], 0
    for ch in text:
        used += _width(ch)
        if used > max_width - 1:
            break
        out.append(ch)
    return "".join(out) + "…"
