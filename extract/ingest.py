"""Files -> pipeline -> store, document by document, with progress and a report of what was skipped."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
from tqdm import tqdm

from extract import store
from extract.pipeline import extract_document
from extract.sources import NotRead, SourceError, iter_files, read_file

PROGRESS_DELAY = 1.0  # seconds of work before the progress bar shows: short runs print no bar


@dataclass
class IngestReport:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    duplicate: int = 0  # texts another source already holds
    claims: int = 0
    errors: list[SourceError] = field(default_factory=list)
    not_read: list[NotRead] = field(default_factory=list)

    @property
    def stored(self) -> int:
        """Documents the database holds from this run (added, replaced, already there, or held as
        the text of another source)."""
        return self.added + self.replaced + self.unchanged + self.duplicate

    def summary(self) -> str:
        line = f"{self.added} added, {self.replaced} replaced, {self.unchanged} unchanged"
        if self.duplicate:
            line += f", {self.duplicate} duplicate(s) of stored texts"
        line += f"; {self.claims} claims stored"
        skipped = sum(error.skipped for error in self.errors)
        if skipped:
            line += f"; {skipped} skipped"
        if len(self.errors) > skipped:
            line += f"; {len(self.errors) - skipped} read without bad metadata"
        if self.not_read:
            line += f"; {len(self.not_read)} other file(s) not read"
        return line


def extraction_failure(err: Exception) -> str:
    """What a document's failed extraction is reported as."""
    return f"extraction failed: {type(err).__name__}: {err}"


def ingest(
    paths: list[str],
    db: str | Path = store.DEFAULT_DB,
    source: str | None = None,
    region: str | None = None,
    date: str | None = None,
    progress: bool | None = None,
) -> IngestReport:
    """Store every document under paths. Each document is one transaction; bad input is reported
    (one line each, naming file and line) and skipped, and the rest still goes in.

    progress: True always shows a bar counting documents, False never, None (default) when standard
    error is a terminal and the work has taken more than PROGRESS_DELAY seconds."""
    report = IngestReport()
    files = list(iter_files(paths))
    con = store.connect(db)
    show = progress if progress is not None else sys.stderr.isatty()
    bar = tqdm(unit=" documents", disable=not show, delay=0 if progress else PROGRESS_DELAY, file=sys.stderr)
    try:
        for number, path in enumerate(files, 1):
            if isinstance(path, NotRead):
                report.not_read.append(path)
                bar.write(f"claimkb: {path}", file=sys.stderr)
                continue
            if isinstance(path, SourceError):
                _skip(report, bar, path)
                continue
            bar.set_postfix_str(f"file {number}/{len(files)}", refresh=False)
            for item in read_file(Path(path)):
                if isinstance(item, SourceError):
                    _skip(report, bar, item)
                    continue
                doc_region = item.region or region
                doc_date = item.date or date
                try:
                    extraction = extract_document(item.text, item.name, item.doc_id, doc_region, doc_date)
                except Exception as err:  # one document's failure must not stop the corpus
                    _skip(report, bar, SourceError(item.path, item.line, extraction_failure(err)))
                    continue
                region_name = extraction.region.name if extraction.region is not None else doc_region
                try:
                    result = store.load_document(
                        con,
                        item,
                        extraction.articles,
                        extraction.claims,
                        source=source,
                        region=region_name,
                        date=doc_date,
                    )
                except duckdb.Error as err:  # rolled back: this document is not stored, the others still are
                    _skip(report, bar, SourceError(item.path, item.line, f"not stored: {str(err).splitlines()[0]}"))
                    continue
                setattr(report, result.status, getattr(report, result.status) + 1)
                if result.duplicate_of is not None:
                    same = f"claimkb: {item.path}: the same text as {result.duplicate_of}, stored once"
                    bar.write(same, file=sys.stderr)
                report.claims += result.n_claims
                bar.update()
    finally:
        bar.close()
        con.close()
    return report


def _skip(report: IngestReport, bar: tqdm, error: SourceError) -> None:
    report.errors.append(error)
    bar.write(f"claimkb: {error.report}", file=sys.stderr)
