"""claimkb on Apache Spark: the same extractor over corpora beyond one machine.

`run_job` reads documents from any path Spark reads — files of the kinds `claimkb ingest` reads
(text, HTML, JSONL, Word), decoded by claimkb itself, and Parquet with a `text` column — extracts
them in partitions with `mapInArrow` (the pipeline is built once per Python worker, which Spark
reuses from task to task), and writes what `claimkb load` brings into the knowledge base:

    DIR/documents/  the documents table's columns, with `line` (of a JSONL file)
    DIR/articles/   the articles table's columns, with `source_key`
    DIR/claims/     the claims table's columns, with `source_key`

The keys are those of `claimkb ingest` (a local file's resolved path; a URL as given), so loading
the output and ingesting the same files give the same rows. pyspark is imported here only: the
rest of claimkb runs without it.
"""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlparse

import pyarrow as pa

from extract import user_lexicon
from extract.loading import ARTICLE_SCHEMA, CLAIM_SCHEMA, DOCUMENT_SCHEMA, Entry, document_table, piece_rows
from extract.pipeline import pieces
from extract.sources import Document, SourceError, is_readable, read_bytes, record_document
from extract.spark_output import OUTPUTS
from extract.user_lexicon import UserLexicon

PARQUET_SUFFIX = ".parquet"
_FILES_PER_BATCH = 32  # files handed to the extractor at once: their bytes are in memory together
_ARROW_TYPES = {pa.string(): "STRING", pa.large_string(): "STRING", pa.int32(): "INT", pa.float64(): "DOUBLE"}


def _fields(schema: pa.Schema) -> str:
    return ", ".join(f"`{f.name}`: {_ARROW_TYPES[f.type]}" for f in schema)


# the documents table's columns (the text as a plain string: Spark reads no large_string) and the line
_DOCUMENT_FIELDS = pa.schema(
    [*(f.with_type(pa.string()) if f.name == "text" else f for f in DOCUMENT_SCHEMA), pa.field("line", pa.int32())]
)
# one row per document read (or per problem): the document with its articles and claims
_OUTPUT_SCHEMA = pa.schema(
    [
        ("problem", pa.string()),  # the one-line report of what could not be read
        ("skipped", pa.bool_()),  # whether the problem left something out (else: read all the same)
        ("document", pa.struct(list(_DOCUMENT_FIELDS))),
        ("articles", pa.list_(pa.struct(list(ARTICLE_SCHEMA)))),
        ("claims", pa.list_(pa.struct(list(CLAIM_SCHEMA)))),
    ]
)
_SPARK_OUTPUT_SCHEMA = (
    "problem STRING, skipped BOOLEAN, "
    f"document STRUCT<{_fields(_DOCUMENT_FIELDS)}>, "
    f"articles ARRAY<STRUCT<{_fields(ARTICLE_SCHEMA)}>>, claims ARRAY<STRUCT<{_fields(CLAIM_SCHEMA)}>>"
)


@dataclass
class JobReport:
    documents: int = 0
    claims: int = 0
    problems: list[tuple[str, bool]] = field(default_factory=list)  # (report line, skipped)

    def summary(self) -> str:
        skipped = sum(1 for _, was_skipped in self.problems if was_skipped)
        return f"{self.documents} documents, {self.claims} claims written" + (f"; {skipped} skipped" if skipped else "")


@dataclass(frozen=True)
class Options:
    """What `claimkb ingest` also takes: the defaults for documents that do not say."""

    region: str | None = None
    date: str | None = None
    source: str | None = None
    lexicon: UserLexicon | None = None  # the user's, read and validated on the driver, sent to every executor


def run_job(paths: list[str], out: str, master: str | None = None, options: Options = Options()) -> JobReport:
    """Extract every document under the paths on Spark and write the three datasets under `out`."""
    from pyspark import StorageLevel
    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F

    # pyspark warns on every Arrow call that it has not been tested with pandas 3; claimkb's job uses
    # Arrow only, no pandas conversion
    warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas", category=FutureWarning)
    # pyspark starts its Python workers with PYSPARK_PYTHON, else with the python3 on the PATH: run from a virtual
    # environment not activated (or a pipx install), that is a Python without pyarrow and claimkb. The workers run
    # the driver's own interpreter unless the user named one (spark-submit passes spark.pyspark.python on as it).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)

    builder = SparkSession.builder.appName("claimkb")
    if master:
        builder = builder.master(master)  # under spark-submit, its --master decides
    builder = builder.config("spark.sql.execution.arrow.maxRecordsPerBatch", str(_FILES_PER_BATCH))
    spark = builder.config("spark.ui.showConsoleProgress", "false").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    try:
        parts = []
        files = [p for p in paths if not p.rstrip("/").endswith(PARQUET_SUFFIX)]
        tables = [p for p in paths if p.rstrip("/").endswith(PARQUET_SUFFIX)]
        if files:
            raw = spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(files)
            parts.append(raw.select("path", "content").mapInArrow(_file_extractor(options), _SPARK_OUTPUT_SCHEMA))
        if tables:
            rows = spark.read.parquet(*tables).withColumn("_claimkb_file", F.input_file_name())
            parts.append(rows.mapInArrow(_row_extractor(options), _SPARK_OUTPUT_SCHEMA))
        extracted = parts[0]
        for part in parts[1:]:
            extracted = extracted.unionByName(part)
        extracted = extracted.persist(StorageLevel.MEMORY_AND_DISK)  # extracted once, written three times
        found = extracted.where("document IS NOT NULL")
        documents, *tables = OUTPUTS
        found.select("document.*").write.mode("overwrite").parquet(f"{out}/{documents}")
        for name in tables:
            rows_of = found.select("document.source_key", F.explode(name).alias("row"))
            rows_of.select("row.*", "source_key").write.mode("overwrite").parquet(f"{out}/{name}")
        report = JobReport()
        report.documents = found.count()
        report.claims = found.select(F.sum(F.size("claims"))).first()[0] or 0
        problems = extracted.where("problem IS NOT NULL").select("problem", "skipped").collect()
        report.problems = [(row.problem, row.skipped) for row in problems]
        extracted.unpersist()
        return report
    finally:
        if master:
            spark.stop()


def _file_extractor(options: Options):
    def extract(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        user_lexicon.activate(options.lexicon)
        for batch in batches:
            rows: list[dict] = []
            for location, content in zip(batch["path"].to_pylist(), batch["content"].to_pylist(), strict=True):
                rows.extend(_file_rows(local_path(location), content, options))
            yield pa.RecordBatch.from_pylist(rows, schema=_OUTPUT_SCHEMA)

    return extract


def _row_extractor(options: Options):
    def extract(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        user_lexicon.activate(options.lexicon)
        for batch in batches:
            rows: list[dict] = []
            for record in batch.to_pylist():
                location = local_path(record.pop("_claimkb_file"))
                # a Parquet date column is a date, which the record's metadata gives as text
                record = {k: v.isoformat() if isinstance(v, (date, datetime)) else v for k, v in record.items()}
                for item in record_document(location, 0, record, "parquet"):
                    if isinstance(item, Document):  # named by its id (or url), else its text's hash
                        key = str(record.get("id") or record.get("url") or item.doc_id[:16])
                        item.name, item.line = f"{Path(location).name}:{key}", None
                        rows.append(_item_row(item, options, stored_key=f"{location}#{key}"))
                    else:
                        rows.append(_item_row(item, options))
            yield pa.RecordBatch.from_pylist(rows, schema=_OUTPUT_SCHEMA)

    return extract


def local_path(location: str) -> str:
    """A file: URL as the local path `claimkb ingest` would name (so the keys agree); others as given."""
    parsed = urlparse(location)
    return unquote(parsed.path) if parsed.scheme == "file" else location


def _file_rows(location: str, content: bytes, options: Options) -> Iterator[dict]:
    name = PurePosixPath(urlparse(location).path).name  # a local path's or a URL's alike
    suffix = PurePosixPath(name).suffix.lower()
    if not is_readable(name):
        yield _problem(f"{location}: not read ({suffix or 'no extension'})", False)
        return
    for item in read_bytes(location, content):
        yield _item_row(item, options)


def _item_row(item: Document | SourceError, options: Options, stored_key: str | None = None) -> dict:
    """The output row of a document (extracted) or of a problem."""
    if isinstance(item, SourceError):
        return _problem(item.report, item.skipped)
    entry = Entry(item, options.source, None, item.date or options.date, stored_key=stored_key)
    found = None
    for piece in pieces(item.text, item.name, item.doc_id, item.region or options.region, item.date or options.date):
        rows = piece_rows(piece)
        found = found or rows.region
        entry.add(rows)
    entry.region = found.name if found is not None else item.region or options.region
    document = document_table([entry]).to_pylist()[0] | {"line": item.line}
    return {
        "problem": None,
        "skipped": None,
        "document": document,
        "articles": [dict(zip(ARTICLE_SCHEMA.names, row, strict=True)) for row in entry.article_rows()],
        "claims": [dict(zip(CLAIM_SCHEMA.names, row, strict=True)) for row in entry.claims],
    }


def _problem(line: str, skipped: bool) -> dict:
    return {"problem": line, "skipped": skipped, "document": None, "articles": [], "claims": []}
