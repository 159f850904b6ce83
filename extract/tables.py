"""Query results as tables: DataFrames with None for what is missing, and plain text for a terminal.

pandas 3 holds a missing text value as NaN (and pandas 2 a missing number as NaN, a missing date as
NaT): all three are true in a template and print as "nan". Every frame the CLI, the dashboard and
the checks read comes through `fetch_frame`, so a missing value is None, whichever pandas is installed.
"""

from __future__ import annotations

import math
from decimal import Decimal

import duckdb
import pandas as pd


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


def text_table(frame: pd.DataFrame) -> str:
    """A frame as an aligned text table with a header row; blanks for missing values."""
    columns = [str(c) for c in frame.columns]
    rows = [[plain_number(v) for v in row] for row in without_missing(frame).itertuples(index=False)]
    return aligned([columns, *rows])


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
