"""Files -> pipeline -> store, document by document, with progress and a report of what was skipped."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from extract import store
from extract.pipeline import extract_document
from extract.sources import SourceError, iter_files, read_file


@dataclass
class IngestReport:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    claims: int = 0
    errors: list[SourceError] = field(default_factory=list)

    def summary(self) -> str:
        line = f"{self.added} added, {self.replaced} replaced, {self.unchanged} unchanged; {self.claims} claims stored"
        if self.errors:
            line += f"; {len(self.errors)} skipped"
        return line


def ingest(
    paths: list[str],
    db: str | Path = store.DEFAULT_DB,
    source: str | None = None,
    region: str | None = None,
    date: str | None = None,
    progress: bool | None = None,
) -> IngestReport:
    """Store every document under paths. Each document is one transaction; bad input is reported
    (one line each, naming file and line) and skipped, and the rest still goes in."""
    report = IngestReport()
    files = list(iter_files(paths))
    con = store.connect(db)
    try:
        bar = tqdm(
            files, unit="file", disable=progress is False or (progress is None and len(files) < 5), file=sys.stderr
        )
        for path in bar:
            for item in read_file(Path(path)):
                if isinstance(item, SourceError):
                    report.errors.append(item)
                    tqdm.write(f"claimkb: skipped {item}", file=sys.stderr)
                    continue
                doc_region = item.region or region
                doc_date = item.date or date
                try:
                    extraction = extract_document(item.text, item.name, item.doc_id, doc_region, doc_date)
                except Exception as err:  # one document's failure must not stop the corpus
                    error = SourceError(item.path, item.line, f"extraction failed: {type(err).__name__}: {err}")
                    report.errors.append(error)
                    tqdm.write(f"claimkb: skipped {error}", file=sys.stderr)
                    continue
                region_name = extraction.region.name if extraction.region is not None else doc_region
                result = store.load_document(
                    con, item, extraction.articles, extraction.claims, source=source, region=region_name, date=doc_date
                )
                setattr(report, result.status, getattr(report, result.status) + 1)
                report.claims += result.n_claims
    finally:
        con.close()
    return report
