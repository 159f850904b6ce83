"""Writing a selection of claims as CSV, JSONL or Parquet (XLSX: xlsx.py), a slice of documents at a time.

JSONL is written by DuckDB's own COPY and Parquet from DuckDB's Arrow output (nested verdicts stay
nested in both); CSV and XLSX have one text column per part of the evidence (see
selection.FLAT_EVIDENCE). No format holds the whole export in memory.
"""

from __future__ import annotations

import csv
import json
import shutil
import tempfile
from collections.abc import Iterable
from datetime import datetime, time
from pathlib import Path
from typing import IO

import duckdb

from extract.exports.selection import (
    Selection,
    batches,
    column_names,
    document_slices,
    flat_columns,
    slice_params,
)

# XLSX is written by extract/exports/xlsx.py and Parquet by pyarrow, each loaded for its format only: the
# CSV of an export and the dashboard's .csv pages start without openpyxl and pyarrow (issue 32)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def write_csv(con: duckdb.DuckDBPyConnection, selection: Selection, out: IO[str]) -> int:
    """UTF-8 with a byte-order mark, so Excel and WPS read Chinese; numbers unquoted; a text cell that
    a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an apostrophe."""
    columns = flat_columns(con)
    names = column_names(con, selection, columns)
    return write_csv_rows(out, names, (row for rows in batches(con, selection, columns) for row in rows))


def write_csv_rows(out: IO[str], names: list[str], rows: Iterable[dict]) -> int:
    """The CSV every claimkb download uses (exports, dashboard twins): BOM, header, cells as below."""
    writer = csv.writer(out, lineterminator="\r\n")
    out.write("\ufeff")
    writer.writerow(names)
    n = 0
    for row in rows:
        writer.writerow([_csv_cell(row[name]) for name in names])
        n += 1
    return n


def _csv_cell(value: object) -> object:
    if value is None:
        return ""
    if hasattr(value, "tolist") and not isinstance(value, (str, bytes)):
        value = value.tolist()  # a numpy array or scalar of a list column (claim_ids)
    if isinstance(value, (list, tuple)):
        return "; ".join("" if v is None else str(_csv_cell(v)) for v in value)
    if isinstance(value, dict):  # a struct column: JSON on one line, not Python's repr
        return json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, float):
        return format_number(value)
    if isinstance(value, datetime):  # pandas' timestamps of DATE columns: the day, as DuckDB writes it
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def format_number(value: float) -> str:
    """465.0 -> 465, 93.02 -> 93.02: whole numbers without a trailing .0, others exactly as stored."""
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)


def write_parquet(con: duckdb.DuckDBPyConnection, selection: Selection, path: Path) -> int:
    """Parquet with the nested verdicts as lists of structs: DuckDB hands each slice over as an Arrow
    table and pyarrow appends it to one file (a single COPY would gather the whole export first)."""
    import pyarrow.parquet as pq

    sql = selection.sql()
    writer = None
    n = 0
    try:
        for doc_ids in document_slices(con):
            table = con.sql(sql, params=slice_params(selection, doc_ids)).to_arrow_table()
            if writer is None:
                writer = pq.ParquetWriter(path, table.schema, compression="zstd")
            writer.write_table(table)
            n += table.num_rows
        if writer is None:  # nothing to export: still a readable file, with the columns
            empty = con.sql(sql, params=slice_params(selection, [])).to_arrow_table()
            writer = pq.ParquetWriter(path, empty.schema, compression="zstd")
    finally:
        if writer is not None:
            writer.close()
    return n


def write_jsonl(con: duckdb.DuckDBPyConnection, selection: Selection, out: IO[str]) -> int:
    """JSON lines written by DuckDB's COPY, one slice at a time into a scratch file appended to out."""
    sql = selection.sql()
    n = 0
    with tempfile.TemporaryDirectory(prefix="claimkb-export-") as folder:
        part = Path(folder) / "part.jsonl"
        target = str(part).replace("'", "''")
        for doc_ids in document_slices(con):
            n += con.execute(f"COPY ({sql}) TO '{target}' (FORMAT json)", slice_params(selection, doc_ids)).fetchone()[
                0
            ]
            with part.open(encoding="utf-8") as piece:
                shutil.copyfileobj(piece, out)
    return n
