"""Idempotent, batched loads: documents with their articles and claims, a batch per transaction.

A batch of documents goes in as one transaction, written from Arrow tables: all of it or none, so
a killed ingest loses at most the batch in flight and a re-run completes it. Which documents are
added, replaced, unchanged or duplicates is decided by one lookup of the batch's keys, then worked
out document by document in order, as if they had been loaded one at a time:

- same source key, same text (hash), same extractor: unchanged, nothing written;
- a text another source already holds: a duplicate, stored once (with the other source); the
  source's own old text, if any, goes;
- otherwise the source's old text (and an older extraction of the same text) is replaced.

A text a source lets go of (its file changed) stays when another source read in the same run holds it
as a duplicate: it passes to that source (its key, name and path), in whichever order the two were read,
so a run leaves every text it read stored.

Each document written is also compared with the others of its batch and with the stored documents that
share a MinHash band with it (extract/reprints.py): the reprint pairs found go to the reprints table, in the
same transaction, and a document deleted takes its pairs and band keys with it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import pyarrow as pa

from extract.claims import Claim
from extract.defaults import BATCH_DOCUMENTS
from extract.layout import Article
from extract.places import Place
from extract.reprints import MAX_CANDIDATES, PREFILTER, Fingerprint, Reprint, confirm, estimate, find_within, sources_of
from extract.reprints import METHOD as REPRINT_METHOD
from extract.sources import Document
from extract.store import file_failure, interrupted, rollback
from extract.version import USER_LEXICON_MARK, extractor_version, lexicon_digest

if TYPE_CHECKING:
    from extract.pipeline import Piece

BATCH_CHARS = 4_000_000  # characters of text per transaction, at most (one longer document is a batch alone)


@dataclass(frozen=True)
class LoadResult:
    status: str  # added | replaced | unchanged | duplicate
    n_claims: int
    duplicate_of: str | None = None  # the source that already holds this text
    other_lexicon: bool = False  # replaced: the same text, read before under another user lexicon


@dataclass(frozen=True)
class PieceRows:
    """What the pipeline found in one piece of a document, as the rows the store writes (tuples in
    the tables' column order): made where the piece was extracted (a worker process), and cheap to
    send back. A batch turns its rows into Arrow tables at once: one Arrow array per column and
    batch, not per document, whose cost is per call."""

    articles: list[tuple]  # articles numbered from 0 within the piece
    claims: list[tuple]
    region: Place | None  # the region given, or the one the pipeline inferred


def piece_rows(piece: Piece) -> PieceRows:
    """Extract one piece and turn its articles and claims into rows."""
    # imported here: the CLI reads this module's batch sizes for its help, and should not load
    # spaCy for every command
    from extract.pipeline import extract_piece

    extraction = extract_piece(piece)
    return PieceRows(
        article_rows(piece.text, piece.start, piece.doc_id, extraction.articles),
        claim_rows(extraction.claims),
        extraction.region,
    )


@dataclass
class Entry:
    """One document ready to store: its row's values, and the rows of its articles and claims."""

    document: Document
    source: str | None
    region: str | None
    date: str | None
    articles: list[tuple] = field(default_factory=list)
    claims: list[tuple] = field(default_factory=list)
    stored_key: str | None = None  # the source key made where the document was read (Spark's output)
    stored_version: str | None = None  # the extractor version it was read with there (with that run's user lexicon)

    @property
    def key(self) -> str:
        return self.stored_key or source_key(self.document)

    @property
    def version(self) -> str:
        return self.stored_version or extractor_version()

    @property
    def n_claims(self) -> int:
        return len(self.claims)

    def add(self, piece: PieceRows) -> None:
        """Add what the pipeline found in the document's next piece: its articles are numbered on
        from the pieces before."""
        if self.articles:
            self.articles.extend(_renumbered_articles(piece.articles, len(self.articles)))
            claims = _renumbered_claims(piece.claims, len(self.articles) - len(piece.articles))
        else:
            self.articles.extend(piece.articles)
            claims = piece.claims
        if self.document.page_starts:
            claims = [(*row[:-1], self.document.page_of(row[_CLAIM_START])) for row in claims]
        self.claims.extend(claims)

    def article_rows(self) -> list[tuple]:
        """The articles of every piece; a text with none (no line that is not blank) has one for
        all, so that every claim has its article."""
        if self.articles:
            return self.articles
        doc_id = self.document.doc_id
        return [(f"{doc_id[:16]}:0", doc_id, 0, None, None, None, 0, len(self.document.text), 0, 0)]


def _renumbered_articles(rows: list[tuple], base: int) -> list[tuple]:
    """A later piece's articles, numbered on from `base` (article_id, doc_id, article_index, …)."""
    return [(f"{row[1][:16]}:{row[2] + base}", row[1], row[2] + base, *row[3:]) for row in rows]


def _renumbered_claims(rows: list[tuple], base: int) -> list[tuple]:
    """A later piece's claims, pointing at its articles numbered on from `base` (claim_id, doc_id,
    article_id, …)."""
    out = []
    for row in rows:
        prefix, _, index = row[2].rpartition(":")
        out.append((row[0], row[1], f"{prefix}:{int(index) + base}", *row[3:]))
    return out


def source_key(document: Document) -> str:
    """What identifies a document across runs: its path (and line, in a JSONL file)."""
    path = path_key(document.path) if document.path else document.name
    return f"{path}:{document.line}" if document.line else path


def path_key(path: str) -> str:
    """A path as source keys spell it: resolved, unless it is a URL (hdfs://…, s3a://…)."""
    return path if "://" in path else str(Path(path).resolve())


class Batch:
    """Documents gathered for one transaction; `flush` stores them. Each stored document's outcome
    goes to `on_result` (an exception, for a document the database refused: the batch is then
    stored document by document, so only that one is left out)."""

    def __init__(
        self,
        con: duckdb.DuckDBPyConnection,
        on_result: Callable[[Entry, LoadResult | duckdb.Error], None],
        max_documents: int = BATCH_DOCUMENTS,
        max_chars: int = BATCH_CHARS,
    ) -> None:
        self.con = con
        self.on_result = on_result
        self.max_documents = max_documents
        self.max_chars = max_chars
        self.entries: list[Entry] = []
        self.chars = 0
        # texts stored under one source that another source read this run holds too (a duplicate): doc_id ->
        # the columns of the first such source, which the text passes to if its own source lets go of it
        self.heirs: dict[str, dict[str, str | None]] = {}

    def add(self, entry: Entry) -> None:
        self.entries.append(entry)
        self.chars += len(entry.document.text)
        if len(self.entries) >= self.max_documents or self.chars >= self.max_chars:
            self.flush()

    def flush(self) -> None:
        """Store the documents gathered; on an interrupt they stay gathered (and unstored)."""
        entries = self.entries
        if not entries:
            return
        try:
            results: list[LoadResult | duckdb.Error] = list(load_batch(self.con, entries, self.heirs))
        except (duckdb.InterruptException, RuntimeError) as err:  # Ctrl-C while DuckDB worked: rolled back
            if not interrupted(err):
                raise
            raise KeyboardInterrupt from None
        except duckdb.Error as err:  # rolled back: store the documents one by one, to leave out only the bad one
            if file_failure(err) is not None:
                raise  # the file failed (damage, a full disk), not a document: none would go in alone either
            results = [err] if len(entries) == 1 else [_alone(self.con, entry, self.heirs) for entry in entries]
        self.entries, self.chars = [], 0
        for entry, result in zip(entries, results, strict=True):
            self.on_result(entry, result)


def _alone(
    con: duckdb.DuckDBPyConnection, entry: Entry, heirs: dict[str, dict[str, str | None]]
) -> LoadResult | duckdb.Error:
    try:
        return load_batch(con, [entry], heirs)[0]
    except duckdb.Error as err:
        if file_failure(err) is not None:
            raise
        return err


def load_batch(
    con: duckdb.DuckDBPyConnection, entries: list[Entry], heirs: dict[str, dict[str, str | None]] | None = None
) -> list[LoadResult]:
    """Store the entries in one transaction; their outcomes, in order. `heirs` (Batch.heirs) is the run's
    record of duplicates, read and updated once the transaction is committed."""
    heirs = {} if heirs is None else heirs
    con.execute("BEGIN TRANSACTION")
    try:
        rows = con.execute(
            "SELECT doc_id, source_key, extractor_version FROM documents"
            " WHERE source_key IN (SELECT unnest(?::VARCHAR[])) OR doc_id IN (SELECT unnest(?::VARCHAR[]))",
            [[e.key for e in entries], [e.document.doc_id for e in entries]],
        ).fetchall()
        plan = _Plan({doc_id: (key, version) for doc_id, key, version in rows}, heirs)
        results = [plan.load(i, entry) for i, entry in enumerate(entries)]
        if plan.deleted:
            delete_documents(con, sorted(plan.deleted))
        # a text passing to another source: its stored row says that source before a row of this batch may
        # take the key it had; a row this batch writes is written with that source's columns
        passed = {doc_id: heir for doc_id, heir in plan.inherited.items() if doc_id not in plan.inserted}
        if passed:
            pass_on(con, passed)
        kept = [entries[i] for i in sorted(plan.inserted.values())]
        if kept:
            _insert(con, kept, plan.inherited)
            _store_reprints(con, kept)
        con.execute("COMMIT")
    except BaseException:  # an interrupt (Ctrl-C) as well: nothing of the batch stays
        rollback(con)
        raise
    heirs.update(plan.new_heirs)
    for doc_id in plan.spent_heirs:
        heirs.pop(doc_id, None)
    return results


class _Plan:
    """The documents' rows as they stand after each entry of a batch, loaded in order: which stored
    rows go, which entries are written."""

    def __init__(self, stored: dict[str, tuple[str, str]], heirs: dict[str, dict[str, str | None]]) -> None:
        self.rows = dict(stored)  # doc_id -> (source key, extractor version)
        self.by_key = {key: doc_id for doc_id, (key, _version) in stored.items()}
        self.deleted: set[str] = set()  # stored doc_ids to delete
        self.inserted: dict[str, int] = {}  # doc_id -> index of the entry that writes it
        self.heirs = heirs  # the run's, from the batches before (read only: this batch may roll back)
        self.new_heirs: dict[str, dict[str, str | None]] = {}  # duplicates this batch read
        self.spent_heirs: set[str] = set()  # doc_ids of the run's heirs this batch passed a text to
        self.inherited: dict[str, dict[str, str | None]] = {}  # doc_id -> the columns of the source it passed to

    def load(self, index: int, entry: Entry) -> LoadResult:
        key, doc_id, version = entry.key, entry.document.doc_id, entry.version
        same_text = self.rows.get(doc_id)
        if same_text is not None and same_text[1] == version:
            if same_text[0] == key:
                return LoadResult("unchanged", 0)
            # the source now holds a text another source holds: its own old text goes, and the text,
            # stored once, stays with the other
            if key in self.by_key:
                self._remove(self.by_key[key])
            if doc_id not in self.new_heirs and doc_id not in self.heirs:
                self.new_heirs[doc_id] = source_columns(entry)
            return LoadResult("duplicate", 0, same_text[0])
        other_lexicon = same_text is not None and _package_part(same_text[1]) == _package_part(version)
        existing = {d for d in (self.by_key.get(key), doc_id if doc_id in self.rows else None) if d is not None}
        for old in existing:
            self._remove(old, inheritable=old != doc_id)  # the same text is written again, not passed on
        self.rows[doc_id] = (key, version)
        self.by_key[key] = doc_id
        self.inserted[doc_id] = index
        return LoadResult("replaced" if existing else "added", entry.n_claims, other_lexicon=other_lexicon)

    def _remove(self, doc_id: str, inheritable: bool = True) -> None:
        key, version = self.rows.pop(doc_id)
        self.by_key.pop(key, None)
        heir = self._heir(doc_id) if inheritable else None
        if heir is not None:  # another source read this run holds the text: it stays, with that source
            self.rows[doc_id] = (heir["source_key"], version)
            self.by_key[heir["source_key"]] = doc_id
            self.inherited[doc_id] = heir
            return
        if self.inserted.pop(doc_id, None) is None:
            self.deleted.add(doc_id)
        # a row this batch wrote over a stored one (same doc_id) leaves that one deleted too

    def _heir(self, doc_id: str) -> dict[str, str | None] | None:
        """The source read this run (this batch or one before) that holds the text as a duplicate."""
        heir = self.new_heirs.pop(doc_id, None)
        if heir is None and doc_id not in self.spent_heirs:
            heir = self.heirs.get(doc_id)
            self.spent_heirs.add(doc_id)
        return heir


def _package_part(version: str) -> str:
    """An extractor version without its user lexicon's digest."""
    return version.split(USER_LEXICON_MARK)[0]


def pass_on(con: duckdb.DuckDBPyConnection, heirs: dict[str, dict[str, str | None]]) -> None:
    """Stored texts whose source let go of them, given to the source read this run that holds them too
    (its key, name, path and metadata; the text and its claims stay). Their verdicts go: the date they
    were checked with may have been the other source's."""
    forget_checks(con, sorted(heirs))
    assignments = ", ".join(f"{name} = CAST(? AS DATE)" if name == "date" else f"{name} = ?" for name in SOURCE_COLUMNS)
    con.executemany(
        f"UPDATE documents SET {assignments} WHERE doc_id = ?",
        [[heir[name] for name in SOURCE_COLUMNS] + [doc_id] for doc_id, heir in heirs.items()],
    )


def delete_documents(con: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> None:
    """The documents with their articles, claims, verdicts and reprint rows (in the caller's transaction)."""
    forget_checks(con, doc_ids)
    for table in ("claims", "articles", "documents", "reprint_bands", "reprint_sketches", "reprints"):
        con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [doc_ids])
    con.execute("DELETE FROM reprints WHERE original_doc_id IN (SELECT unnest(?::VARCHAR[]))", [doc_ids])


def _store_reprints(con: duckdb.DuckDBPyConnection, entries: list[Entry]) -> None:
    """The entries' band keys, and the reprint pairs among them and with the stored documents."""
    prints = [
        Fingerprint.of(e.document.doc_id, e.document.text, e.document.date or e.date, e.document.title) for e in entries
    ]
    bands = pa.table(
        {
            "doc_id": pa.array([fp.doc_id for fp in prints for _ in fp.keys], pa.string()),
            "band": pa.array([band for fp in prints for band in range(len(fp.keys))], pa.int16()),
            "bucket": pa.array([key for fp in prints for key in fp.keys], pa.int64()),
        }
    )
    found: list[Reprint] = find_within(prints)
    con.register("claimkb_batch_bands", bands)
    try:
        # stored documents sharing a band with a new one, the few sharing most (the batch's own rows are
        # not in the table yet)
        matches = con.execute(
            "SELECT b.doc_id, s.doc_id FROM claimkb_batch_bands b"
            " JOIN reprint_bands s ON s.band = b.band AND s.bucket = b.bucket GROUP BY b.doc_id, s.doc_id"
            " QUALIFY row_number() OVER (PARTITION BY b.doc_id ORDER BY count(*) DESC, s.doc_id) <= ?",
            [MAX_CANDIDATES],
        ).fetchall()
        con.execute("INSERT INTO reprint_bands SELECT doc_id, band, bucket FROM claimkb_batch_bands")
    finally:
        con.unregister("claimkb_batch_bands")
    sketched = [fp for fp in prints if fp.sketch]
    if sketched:
        sketch_rows = pa.table(
            {
                "doc_id": pa.array([fp.doc_id for fp in sketched], pa.string()),
                "sketch": pa.array([fp.sketch for fp in sketched], pa.binary()),
            }
        )
        con.register("claimkb_batch_sketches", sketch_rows)
        try:
            con.execute("INSERT INTO reprint_sketches SELECT doc_id, sketch FROM claimkb_batch_sketches")
        finally:
            con.unregister("claimkb_batch_sketches")
    if matches:
        by_id = {fp.doc_id: fp for fp in prints}
        sketches = dict(
            con.execute(
                "SELECT doc_id, sketch FROM reprint_sketches WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))",
                [sorted({old for _, old in matches})],
            ).fetchall()
        )
        # the text of a stored candidate is read only when the sketches make the pair likely
        likely = [
            (new, old)
            for new, old in sorted(matches)
            if old in sketches and estimate(by_id[new].sketch, sketches[old]) >= PREFILTER
        ]
        stored_ids = sorted({old for _, old in likely})
        stored = {
            doc_id: Fingerprint.of(doc_id, text, day, title)
            for doc_id, text, day, title in con.execute(
                "SELECT doc_id, text, date, title FROM documents WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))",
                [stored_ids],
            ).fetchall()
        }
        found += confirm([(stored[old], by_id[new]) for new, old in likely if old in stored])
    if found:
        joined = _joined_groups(con, found, {fp.doc_id for fp in prints})
        con.execute("DELETE FROM checked_documents WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [joined])
        con.executemany(
            "INSERT OR IGNORE INTO reprints (doc_id, original_doc_id, similarity, method) VALUES (?, ?, ?, ?)",
            [(r.doc_id, r.original_doc_id, r.similarity, REPRINT_METHOD) for r in found],
        )


def _joined_groups(con: duckdb.DuckDBPyConnection, found: list[Reprint], new: set[str]) -> list[str]:
    """The stored documents of groups of reprints that the new pairs join into one (a new copy of two texts
    stored as reprints of neither): counted as one source from now on, their verdicts on every metric key
    they name change, not only on the keys the new documents name, so they are to be checked again."""
    touched = {d for r in found for d in (r.doc_id, r.original_doc_id)} - new
    if len(touched) < 2:  # the pairs join no two stored groups: the table of pairs need not be read
        return []
    stored_pairs = con.execute("SELECT doc_id, original_doc_id FROM reprints").fetchall()
    before = sources_of(stored_pairs)
    after = sources_of(stored_pairs + [(r.doc_id, r.original_doc_id) for r in found])
    met: dict[str, set[str]] = {}  # a group after -> the groups before of its stored documents
    for doc_id in touched:
        met.setdefault(after[doc_id], set()).add(before.get(doc_id, doc_id))
    joined = {root for roots in met.values() if len(roots) > 1 for root in roots}
    members = {doc_id for doc_id, root in before.items() if root in joined} | (joined - set(before))
    return sorted(members)


def forget_checks(con: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> None:
    """Drop the verdicts that involve the documents' claims, and their checked marks: their claims
    are about to be replaced or removed, so `claimkb check` must look at them again. So must the
    documents whose verdicts they took part in working out (stale_documents)."""
    stale = stale_documents(con, doc_ids)
    con.execute(
        "DELETE FROM cross_checks WHERE check_id IN (SELECT k.check_id FROM check_claims k"
        " JOIN claims c USING (claim_id) WHERE c.doc_id IN (SELECT unnest(?::VARCHAR[])))",
        [doc_ids],
    )
    con.execute("DELETE FROM check_claims WHERE check_id NOT IN (SELECT check_id FROM cross_checks)")
    con.execute("DELETE FROM checked_documents WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [doc_ids + stale])


def stale_documents(con: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> list[str]:
    """The other documents to check again when these change or go, so that `claimkb check` gives what
    it gives on a database that never held them: one naming each metric key they name (a corpus rule's
    verdicts over the key's other figures change with them; checking one document re-checks its keys
    whole), and every document of their groups of reprints (counted as one source with them)."""
    rows = con.execute(
        "SELECT min(doc_id) FROM claims WHERE doc_id NOT IN (SELECT unnest(?::VARCHAR[])) AND metric_key IN"
        " (SELECT metric_key FROM claims WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))) GROUP BY metric_key",
        [doc_ids, doc_ids],
    ).fetchall()
    stale = {doc_id for (doc_id,) in rows}
    paired = con.execute(
        "SELECT count(*) FROM reprints WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))"
        " OR original_doc_id IN (SELECT unnest(?::VARCHAR[]))",
        [doc_ids, doc_ids],
    ).fetchone()[0]
    if paired:  # the groups are joined transitively: a document may be one group's only link between two
        groups = sources_of(con.execute("SELECT doc_id, original_doc_id FROM reprints").fetchall())
        leaving = set(doc_ids)
        roots = {groups[doc_id] for doc_id in leaving if doc_id in groups}
        stale |= {doc_id for doc_id, root in groups.items() if root in roots}
        stale -= leaving
    return sorted(stale)


def _insert(
    con: duckdb.DuckDBPyConnection, entries: list[Entry], sources: dict[str, dict[str, str | None]] | None = None
) -> None:
    tables = {
        "documents": document_table(entries, sources),
        "articles": _table([row for e in entries for row in e.article_rows()], ARTICLE_SCHEMA),
        "claims": _table([row for e in entries for row in e.claims], CLAIM_SCHEMA),
    }
    for table, rows in tables.items():
        view = f"claimkb_batch_{table}"
        con.register(view, rows)
        try:
            columns = ", ".join(rows.column_names)
            values = ", ".join(_CASTS.get(c, c) for c in rows.column_names)
            con.execute(f"INSERT INTO {table} ({columns}) SELECT {values} FROM {view}")
        finally:
            con.unregister(view)


# columns that arrive as ISO strings (the pipeline's and the metadata's dates)
_CASTS = {"date": "CAST(date AS DATE)", "period_start": "TRY_CAST(period_start AS DATE)"} | {
    "period_end": "TRY_CAST(period_end AS DATE)"
}

DOCUMENT_SCHEMA = pa.schema(
    [(name, pa.string()) for name in ("doc_id", "source_key", "name", "path", "source", "title", "date", "url")]
    + [("region", pa.string()), ("encoding", pa.string()), ("n_chars", pa.int32()), ("text", pa.large_string())]
    + [("extractor_version", pa.string())]
)


# the columns of a document's row that say where its text was read, not what the text is
SOURCE_COLUMNS = ("source_key", "name", "path", "source", "title", "date", "url", "region", "encoding")


def source_columns(entry: Entry) -> dict[str, str | None]:
    document = entry.document
    return {
        "source_key": entry.key,
        "name": document.name,
        "path": document.path,
        "source": document.source or entry.source,
        "title": document.title,
        "date": document.date or entry.date,
        "url": document.url,
        "region": document.region or entry.region,
        "encoding": document.encoding,
    }


def document_table(entries: list[Entry], sources: dict[str, dict[str, str | None]] | None = None) -> pa.Table:
    """The entries' document rows; `sources` gives the source columns of a text that passed to another
    source (doc_id -> its columns)."""
    sources = sources or {}
    columns: dict[str, list] = {name: [] for name in DOCUMENT_SCHEMA.names}
    for entry in entries:
        document = entry.document
        row = {
            "doc_id": document.doc_id,
            **sources.get(document.doc_id, source_columns(entry)),
            "n_chars": len(document.text),
            "text": document.text,
            "extractor_version": entry.version,
        }
        for name, value in row.items():
            columns[name].append(value)
    return pa.table(columns, schema=DOCUMENT_SCHEMA)


ARTICLE_SCHEMA = pa.schema(
    [("article_id", pa.string()), ("doc_id", pa.string()), ("article_index", pa.int32())]
    + [(name, pa.string()) for name in ("headline", "subtitle", "byline")]
    + [(name, pa.int32()) for name in ("start_offset", "end_offset", "n_paragraphs", "n_sentences")]
)


def article_rows(text: str, text_start: int, doc_id: str, articles: list[Article]) -> list[tuple]:
    """The articles of one piece of a document; `text` is the piece, which starts at `text_start`
    in the document (the articles' offsets are into the document)."""

    def piece(block):
        return text[block.start - text_start : block.end - text_start].lstrip("#").strip() if block else None

    return [
        (
            f"{doc_id[:16]}:{a.index}",
            doc_id,
            a.index,
            piece(a.headline),
            piece(a.subtitle),
            piece(a.byline),
            a.start,
            a.end,
            len(a.paragraphs),
            len(a.sentences),
        )
        for a in articles
    ]


CLAIM_SCHEMA = pa.schema(
    [("claim_id", pa.string()), ("doc_id", pa.string()), ("article_id", pa.string())]
    + [("start_offset", pa.int32()), ("end_offset", pa.int32()), ("mention", pa.string()), ("sentence", pa.string())]
    + [("sentence_offset", pa.int32()), ("value", pa.float64()), ("value_high", pa.float64())]
    + [(name, pa.string()) for name in ("unit", "qualifier", "kind", "direction", "metric", "metric_key")]
    + [(name, pa.string()) for name in ("subject", "place_code", "period", "period_start", "period_end", "aspect")]
    + [(name, pa.string()) for name in ("subject_basis", "metric_basis", "period_basis")]
    + [("extractor_version", pa.string()), ("lexicon_digest", pa.string())]
    + [("page", pa.int32())]  # the page last: Entry.add sets it
)
_CLAIM_START = CLAIM_SCHEMA.names.index("start_offset")


def claim_rows(claims: list[Claim]) -> list[tuple]:
    """The claims' rows; the page is the document's to tell (Entry.add), not the piece's."""
    digest = lexicon_digest()  # the user lexicon they were read with
    return [
        (
            c.claim_id,
            c.doc_id,
            c.article_id,
            c.start,
            c.end,
            c.mention,
            c.sentence,
            c.sentence_start,
            c.value,
            c.value_high,
            c.unit,
            c.qualifier,
            c.kind,
            c.direction,
            c.metric,
            c.metric_key,
            c.subject,
            c.place_code,
            c.period,
            c.period_start,
            c.period_end,
            c.aspect,
            c.subject_basis,
            c.metric_basis,
            c.period_basis,
            c.extractor_version,
            digest,
            None,
        )
        for c in claims
    ]


def _table(rows: list[tuple], schema: pa.Schema) -> pa.Table:
    """Row tuples -> an Arrow table, column by column."""
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in schema.names]
    return pa.table([pa.array(column, type=f.type) for column, f in zip(columns, schema, strict=True)], schema=schema)
