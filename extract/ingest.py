"""Files -> pipeline (on every core) -> store (in batches), with progress and a report of what was skipped."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
from tqdm import tqdm

from extract import official as official_figures
from extract import removal, store
from extract.loading import BATCH_DOCUMENTS, Batch, Entry, LoadResult, PieceRows, piece_rows
from extract.pipeline import Piece, extraction_failure, pieces
from extract.progress import progress_bar
from extract.sources import Document, NotRead, SourceError, iter_files, read_file
from extract.workers import Extractor, WorkerDied, available_cores

# below this much input, one process: starting the workers (a second or so) takes longer than the work
SMALL_INPUT_BYTES = 2_000_000


@dataclass
class IngestReport:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    duplicate: int = 0  # texts another source already holds
    claims: int = 0
    other_lexicon: int = 0  # of the replaced: the same text, read before under another user lexicon
    errors: list[SourceError] = field(default_factory=list)
    not_read: list[NotRead] = field(default_factory=list)
    interrupted: int | None = None  # Ctrl-C: how many documents of the batch in flight were not stored
    stopped: str | None = None  # why the ingest stopped before the end (a worker died)
    pruned: int | None = None  # with prune: documents removed because their files are gone

    @property
    def stored(self) -> int:
        """Documents the database holds from this run (added, replaced, already there, or held as
        the text of another source)."""
        return self.added + self.replaced + self.unchanged + self.duplicate

    def summary(self) -> str:
        line = f"{self.added} added, {self.replaced} replaced"
        if self.other_lexicon:
            line += f" ({self.other_lexicon} of them because the user lexicon changed)"
        line += f", {self.unchanged} unchanged"
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
        if self.pruned is not None:
            line += f"; {self.pruned} removed (their files are gone)"
        return line


class MissingInput(Exception):
    """Paths given to ingest that are not there, said before a database is opened or created."""


def ingest(
    paths: list[str],
    db: str | Path = store.DEFAULT_DB,
    source: str | None = None,
    region: str | None = None,
    date: str | None = None,
    progress: bool | None = None,
    jobs: int | None = None,
    batch_documents: int = BATCH_DOCUMENTS,
    prune: bool = False,
    official: bool = False,
) -> IngestReport:
    """Store every document under paths, in batches of at most `batch_documents` documents (or
    BATCH_CHARS characters), each batch one transaction; bad input is reported (one line each,
    naming file and line) and skipped, and the rest still goes in.

    jobs: worker processes extracting (None: every core, or one for an input too small to be worth
    starting them); the database is the same whatever the number. Ctrl-C stops cleanly: the
    batches stored stay, the one in flight is not stored, and the report says `interrupted`. So
    does a failure of the database file (a full disk), said in the report's `stopped`. A path that
    is not there is a MissingInput, before a database is opened or created.

    progress: True always shows a bar counting documents, False never, None (default) when standard
    error is a terminal and the work has taken more than PROGRESS_DELAY seconds.

    prune: once every file is read (not after an interrupt, a worker's death or a failure of the file),
    the documents stored under the paths given that this run did not read (their files are gone) are
    removed, in one transaction (extract/removal.py); the report says how many.

    official: every document read is marked official (its figures are the official ones the check rule
    `official` compares claims with), as is one whose JSONL record says "official": true or whose source name
    is listed as official (extract/official.py). Then the claims' metrics are linked to the indicator catalogue."""
    missing = [path for path in paths if not Path(path).exists()]
    if missing:  # a mistyped path: said before a database is made for nothing
        raise MissingInput(f"{', '.join(missing)}: no such file or folder; nothing was ingested")
    report = IngestReport()
    files = list(iter_files(paths))
    # the workers start before the database opens: forked, they must not inherit its threads
    with Extractor(piece_rows, jobs if jobs is not None else default_jobs(files)) as extractor:
        con = store.connect(db)
        # a batch is small for DuckDB: its threads cost more than they bring (a fifth more time in the
        # database, measured), and take the cores the workers extract on. Reset when done: the setting
        # belongs to the database instance, which other connections in this process may share.
        con.execute("SET threads = 1")
        bar = progress_bar("documents", progress)
        read: set[str] = set()  # the source keys of the documents read: what prune keeps
        marked: dict[str, str] = {}  # the source keys of the documents read as official -> why
        batch = Batch(con, _reporter(report, _above(bar), read if prune else None), max_documents=batch_documents)
        try:
            with _stopped_by_the_file(report, db):
                _store_all(files, extractor, batch, report, bar, (source, region, date), (marked, official))
                official_figures.mark(con, marked)
                official_figures.refresh_links(con)
                if prune and report.interrupted is None and report.stopped is None:
                    unread = [error.path for error in report.errors]
                    report.pruned = removal.prune(con, paths, read, unread, batch.heirs)
                con.execute("RESET threads")  # the checkpoint that folds the batches into the file: every core
                con.execute("CHECKPOINT")
        finally:
            bar.close()
            with contextlib.suppress(duckdb.Error):
                con.execute("RESET threads")
            con.close()
    return report


@contextlib.contextmanager
def _stopped_by_the_file(report: IngestReport, db: str | Path) -> Iterator[None]:
    """A failure of the database file (a full disk, damage) stops the run, said in the report's one
    line; the batches committed before it stay. The closing CHECKPOINT is made inside, where its
    failure is said: DuckDB's own checkpoint when the connection closes fails silently."""
    try:
        yield
    except duckdb.Error as err:
        failure = store.file_failure(err)
        if failure is None:
            raise
        report.stopped = f"{db}: {failure}"


def _store_all(
    files: list[Path | SourceError | NotRead],
    extractor: Extractor[Document | SourceError | NotRead, PieceRows],
    batch: Batch,
    report: IngestReport,
    bar: tqdm,
    given: tuple[str | None, str | None, str | None],
    official: tuple[dict[str, str], bool],
) -> None:
    """Extract every document of the files and store it in batches (`given`: the source, region and date of a
    document that does not say); Ctrl-C or a worker's death stops it with what is stored kept and said in the
    report. `official`: the source keys of the documents read as official -> why, filled here, and whether
    every document is (--official); else a JSONL record's own field marks it."""
    source, region, date = given
    marked, all_official = official

    def pieces_of(item: Document | SourceError | NotRead) -> list[Piece] | None:
        if not isinstance(item, Document):
            return None
        return pieces(item.text, item.name, item.doc_id, item.region or region, item.date or date)

    try:
        for item, found in extractor.run(_inputs(files, bar), pieces_of):
            if isinstance(item, NotRead):
                report.not_read.append(item)
                _above(bar)(f"claimkb: {item}")
            elif isinstance(item, SourceError):
                _skip(report, _above(bar), item)
            elif isinstance(found, Exception):  # one document's failure must not stop the corpus
                _skip(report, _above(bar), SourceError(item.path, item.line, extraction_failure(found)))
            else:
                entry = _entry(item, found or [], source, region, date)
                batch.add(entry)
                if all_official:
                    marked[entry.key] = "ingest"
                elif official_figures.record_says_official(item.meta):
                    marked[entry.key] = "record"
                bar.update()
        batch.flush()
    except KeyboardInterrupt:
        report.interrupted = len(batch.entries)
    except WorkerDied as err:
        batch.flush()  # what the workers gave back is stored
        report.stopped = str(err)


def _reporter(
    report: IngestReport, say: Callable[[str], None], read: set[str] | None = None
) -> Callable[[Entry, LoadResult | duckdb.Error], None]:
    """What is done with each stored document's outcome: counted, its source key added to `read` (when
    given), and a duplicate or a refusal said (one line, to `say`)."""

    def stored(entry: Entry, result: LoadResult | duckdb.Error) -> None:
        document = entry.document
        if isinstance(result, duckdb.Error):  # rolled back: this document is not stored, the others still are
            _skip(report, say, SourceError(document.path, document.line, f"not stored: {str(result).splitlines()[0]}"))
            return
        if read is not None:
            read.add(entry.key)
        setattr(report, result.status, getattr(report, result.status) + 1)
        report.other_lexicon += result.other_lexicon
        if result.duplicate_of is not None:
            say(f"claimkb: {document.path}: the same text as {result.duplicate_of}, stored once")
        report.claims += result.n_claims

    return stored


def load_spark_output(folder: str | Path, db: str | Path = store.DEFAULT_DB) -> IngestReport:
    """Bring the output of `claimkb spark` (Parquet under folder) into the database, as ingest
    would have stored the same documents (extract/spark_output.py)."""
    from extract.spark_output import check_output, load_output

    check_output(folder)
    report = IngestReport()
    con = store.connect(db)
    try:
        with _stopped_by_the_file(report, db):
            load_output(folder, Batch(con, _reporter(report, lambda line: print(line, file=sys.stderr))))
            official_figures.refresh_links(con)  # the indicator links and official sources ingest makes
            con.execute("CHECKPOINT")
    except KeyboardInterrupt:
        report.interrupted = 0
    finally:
        con.close()
    return report


def default_jobs(files: list[Path | SourceError | NotRead]) -> int:
    """Every core, unless the input is too small to be worth starting worker processes for."""
    size = 0
    for path in files:
        if isinstance(path, Path):
            with contextlib.suppress(OSError):
                size += path.stat().st_size
    return available_cores() if size >= SMALL_INPUT_BYTES else 1


def _inputs(files: list[Path | SourceError | NotRead], bar: tqdm) -> Iterator[Document | SourceError | NotRead]:
    """Every document of every file, and the errors and notes on the way, in order."""
    for number, path in enumerate(files, 1):
        if not isinstance(path, Path):
            yield path
            continue
        bar.set_postfix_str(f"file {number}/{len(files)}", refresh=False)
        yield from read_file(path)


def _entry(
    document: Document, found: list[PieceRows], source: str | None, region: str | None, date: str | None
) -> Entry:
    """A document and what the pipeline found in its pieces, ready to store."""
    place = found[0].region if found else None
    region_name = place.name if place is not None else document.region or region
    entry = Entry(document, source, region_name, document.date or date)
    for piece in found:
        entry.add(piece)
    return entry


def _skip(report: IngestReport, say: Callable[[str], None], error: SourceError) -> None:
    report.errors.append(error)
    say(f"claimkb: {error.report}")


def _above(bar: tqdm) -> Callable[[str], None]:
    """Lines to standard error, written above the progress bar."""
    return lambda line: bar.write(line, file=sys.stderr)
