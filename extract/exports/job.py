"""The export: the chosen claims of a database written in one of the formats (extract/exports/)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import duckdb

from extract import store
from extract.exports import BINARY_FORMATS, FORMATS
from extract.exports.claimreview import RatingScale, write_claimreview
from extract.exports.selection import EXPORT_PROGRESS, Selection, select_claims
from extract.exports.writers import write_csv, write_jsonl, write_parquet
from extract.progress import progress_bar

_SUFFIX = {"claimreview": "json"}  # the file name a format is written to, where it is not the format


def export(
    db: str | Path,
    fmt: str,
    out: str | Path | None = None,
    *,
    query: str | None = None,
    query_params: dict[str, object] | None = None,
    where: str | None = None,
    verdicts: list[str] | None = None,
    author: str | None = None,
    language: str = "zh",
    rating_scale: str | Path | None = None,
    url_template: str | None = None,
    progress: bool | None = False,
) -> int:
    """Export the chosen claims of a database (opened read-only); returns how many were written.

    Without `out`, text formats go to stdout. A file is written under a temporary name and renamed
    when complete, so a failed export never leaves half a file where the export should be. ClaimReview
    rates reviewed claims on `rating_scale` (a JSON file; the default scale without) and gives each review
    the url `url_template` makes of its claim id. `progress` shows a bar of the documents exported (None:
    on a terminal, after a second)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; formats: {', '.join(FORMATS)}")
    if fmt in BINARY_FORMATS and out is None:
        raise ValueError(f"{fmt} is a binary format: give a file with --out")
    if fmt == "claimreview" and not author:
        raise ValueError("claimreview needs the exporting organisation: --author NAME")
    scale = RatingScale.from_file(rating_scale) if rating_scale else None
    review = _Review(author or "", language, scale, url_template)
    con = store.connect(db, read_only=True)
    try:
        selection = select_claims(con, query=query, query_params=query_params, where=where, verdicts=verdicts)
        with progress_bar("documents", progress) as bar:
            token = EXPORT_PROGRESS.set(bar.update)
            try:
                if out is None:
                    return _write_stream(con, selection, fmt, sys.stdout, review)
                return _write_file(con, selection, fmt, Path(out), review)
            finally:
                EXPORT_PROGRESS.reset(token)
    except duckdb.ConversionException as err:  # date > 'garbage', value = 'abc': a value of the wrong type
        raise ValueError(f"{str(err).splitlines()[0]}" + (f" (in --where {where!r})" if where else "")) from err
    except duckdb.Error as err:
        failure = store.file_failure(err)  # damage a query ran into
        if failure is None:
            raise
        raise store.StoreError(f"{db}: {failure}") from err
    finally:
        con.close()


@dataclass(frozen=True)
class _Review:
    """What a ClaimReview export needs besides the claims."""

    author: str
    language: str
    scale: RatingScale | None
    url_template: str | None


def _write_stream(
    con: duckdb.DuckDBPyConnection, selection: Selection, fmt: str, stream: IO[str], review: _Review
) -> int:
    if fmt == "csv":
        return write_csv(con, selection, stream)
    if fmt == "claimreview":
        return write_claimreview(
            con, selection, stream, review.author, review.language, review.scale, review.url_template
        )
    return write_jsonl(con, selection, stream)


def _write_file(con: duckdb.DuckDBPyConnection, selection: Selection, fmt: str, path: Path, review: _Review) -> int:
    if not path.parent.is_dir():
        raise ValueError(f"{path}: no such folder {path.parent}")
    if path.is_dir():
        raise ValueError(
            f"{path}: is a folder; give the file to write, e.g. {path / f'claims.{_SUFFIX.get(fmt, fmt)}'}"
        )
    partial = path.with_name(f".{path.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        if fmt == "parquet":
            n = write_parquet(con, selection, partial)
        elif fmt == "xlsx":
            from extract.exports.xlsx import write_xlsx  # openpyxl, for this format only

            n = write_xlsx(con, selection, partial)
        else:
            with partial.open("w", encoding="utf-8", newline="") as stream:
                n = _write_stream(con, selection, fmt, stream, review)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return n
