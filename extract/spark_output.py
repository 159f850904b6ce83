"""The Spark job's output (extract/spark.py) into the knowledge base: `claimkb load DIR --db FILE`.

DIR holds documents/, articles/ and claims/ as Parquet. They are read with DuckDB (no Spark
needed), sorted by source key, and merged into one Entry per document, which goes through the same
batched, idempotent load as `claimkb ingest`: loading the output twice adds nothing, and a
document already ingested from the same file is unchanged.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import duckdb

from extract.loading import ARTICLE_SCHEMA, CLAIM_SCHEMA, Batch, Entry
from extract.sources import Document

OUTPUTS = ("documents", "articles", "claims")
_FETCH_ROWS = 10_000
_DOCUMENT_COLUMNS = (
    "source_key",
    "name",
    "path",
    "source",
    "title",
    "date",
    "url",
    "region",
    "encoding",
    "text",
    "line",
    "extractor_version",
)


class OutputError(Exception):
    """A folder that is not the Spark job's output, said in one line."""


def check_output(folder: str | Path) -> None:
    """Raise OutputError unless folder holds the three datasets: said before any database is opened,
    so a wrong folder leaves no database behind."""
    folder = Path(folder)
    for name in OUTPUTS:
        if not any((folder / name).glob("*.parquet")):
            raise OutputError(f"{folder}: no {name}/*.parquet here; give the --out folder of `claimkb spark`")


def output_entries(folder: str | Path) -> Iterator[Entry]:
    """One Entry per document of the output, in source-key order, with its articles and claims in
    the order the job wrote them."""
    folder = Path(folder)
    check_output(folder)
    reader = duckdb.connect()
    reader.execute("SET enable_progress_bar = false")

    def stream(sql: str) -> Iterator[tuple]:
        cursor = reader.cursor()
        cursor.execute(sql)
        while rows := cursor.fetchmany(_FETCH_ROWS):
            yield from rows

    def parquet(name: str) -> str:
        return f"read_parquet('{folder / name}/*.parquet', filename = true, file_row_number = true)"

    def columns(name: str, wanted: Sequence[str]) -> str:
        """The select list of `wanted` columns; one an older claimkb's output lacks (aspect, the bases) is NULL."""
        held = {row[0] for row in reader.execute(f"DESCRIBE SELECT * FROM {parquet(name)}").fetchall()}
        return ", ".join(column if column in held else f"NULL AS {column}" for column in wanted)

    documents = stream(
        f"SELECT {columns('documents', _DOCUMENT_COLUMNS)} FROM {parquet('documents')} ORDER BY source_key"
    )
    articles = stream(
        f"SELECT source_key, {', '.join(ARTICLE_SCHEMA.names)} FROM {parquet('articles')}"
        " ORDER BY source_key, article_index"
    )
    claims = stream(
        f"SELECT source_key, {columns('claims', CLAIM_SCHEMA.names)} FROM {parquet('claims')}"
        " ORDER BY source_key, filename, file_row_number"
    )
    pending_article, pending_claim = next(articles, None), next(claims, None)
    try:
        for key, name, path, source, title, date, url, region, encoding, text, line, version in documents:
            document = Document(
                name=name,
                path=path,
                text=text,
                encoding=encoding,
                title=title,
                date=date and str(date),
                source=source,
                url=url,
                region=region,
                line=line,
            )
            entry = Entry(document, None, None, None, stored_key=key, stored_version=version)
            while pending_article is not None and pending_article[0] == key:
                entry.articles.append(pending_article[1:])
                pending_article = next(articles, None)
            while pending_claim is not None and pending_claim[0] == key:
                entry.claims.append(pending_claim[1:])
                pending_claim = next(claims, None)
            yield entry
    finally:
        reader.close()


def load_output(folder: str | Path, batch: Batch) -> None:
    """Every document of the output into the database, through `batch`."""
    for entry in output_entries(folder):
        batch.add(entry)
    batch.flush()
