"""Documents leaving the knowledge base: those named by path or id (`claimkb remove`), and those of the
folders an ingest read whose files are gone (`claimkb ingest --prune`).

A document goes with everything that refers to it (articles, claims, verdicts, reprint pairs and band
keys), in one transaction; the documents whose verdicts it took part in working out lose their checked
marks (loading.stale_documents), so the next `claimkb check` gives what it gives on a database that never
held it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import duckdb

from extract.loading import delete_documents, pass_on, path_key
from extract.pattern_cache import compile_pattern

_DOC_ID = compile_pattern(r"[0-9a-f]{64}")


class RemoveError(Exception):
    """A path or id that names no stored document, said in one line."""


@dataclass(frozen=True)
class Removed:
    documents: int
    claims: int

    def summary(self) -> str:
        return f"{self.documents} document(s) removed, with {self.claims} claim(s)"


def remove(con: duckdb.DuckDBPyConnection, targets: list[str]) -> Removed:
    """Remove the documents each target names: a document id, or a path (a file's documents, or those
    of every file under a folder), as the files were given to ingest. All or none: a target naming no
    stored document is a RemoveError and nothing is removed."""
    con.execute("BEGIN TRANSACTION")
    try:
        doc_ids: set[str] = set()
        for target in targets:
            named = _documents_named(con, target)
            if not named:
                raise RemoveError(f"{target}: no document stored under this path or id")
            doc_ids |= named
        removed = Removed(len(doc_ids), _claim_count(con, doc_ids))
        delete_documents(con, sorted(doc_ids))
        forget_official_marks(con)
        con.execute("COMMIT")
    except BaseException:  # an interrupt (Ctrl-C) as well: nothing is removed
        con.execute("ROLLBACK")
        raise
    return removed


def prune(
    con: duckdb.DuckDBPyConnection,
    paths: list[str],
    read: set[str],
    unread: list[str],
    heirs: dict[str, dict[str, str | None]],
) -> int:
    """Remove the documents stored under the paths an ingest was given (a folder's files, a file's
    articles) that the ingest did not read: their files are gone (or their lines, in a JSONL file). `read`
    is the source keys the ingest read; under `unread` (paths it could not read, that still exist)
    nothing goes. A text a file read this run holds as a duplicate (`heirs`, Batch.heirs) passes to that
    file instead. One transaction; how many documents were removed."""
    shielded = [path_key(path) for path in unread if Path(path).exists()]
    con.execute("BEGIN TRANSACTION")
    try:
        stored: dict[str, str] = {}
        for path in paths:
            stored.update({doc_id: key for doc_id, key in _under(con, path_key(path))})
        gone = {
            doc_id
            for doc_id, key in stored.items()
            if key not in read and not any(_within(key, shield) for shield in shielded)
        }
        passed = {doc_id: heirs[doc_id] for doc_id in gone if doc_id in heirs}
        if passed:
            pass_on(con, passed)
        if gone - set(passed):
            delete_documents(con, sorted(gone - set(passed)))
            forget_official_marks(con)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    for doc_id in passed:
        heirs.pop(doc_id)
    return len(gone) - len(passed)


def forget_official_marks(con: duckdb.DuckDBPyConnection) -> None:
    """A document removed is official no more: ingested again from the same file, it is what that ingest says.
    (A text replaced by a changed file keeps its mark: it is the same source.)"""
    con.execute("DELETE FROM official_marks WHERE source_key NOT IN (SELECT source_key FROM documents)")


def _documents_named(con: duckdb.DuckDBPyConnection, target: str) -> set[str]:
    if _DOC_ID.fullmatch(target):
        row = con.execute("SELECT doc_id FROM documents WHERE doc_id = ?", [target]).fetchone()
        if row is not None:
            return {row[0]}
    return {doc_id for doc_id, _ in _under(con, path_key(target))}


def _under(con: duckdb.DuckDBPyConnection, key: str) -> list[tuple[str, str]]:
    """(doc_id, source key) of the documents read from a path: the file's (its lines' or records', for
    a JSONL file or web archive), or those of every file under the folder."""
    return con.execute(
        "SELECT doc_id, source_key FROM documents"
        " WHERE source_key = ? OR starts_with(source_key, ?) OR starts_with(source_key, ?)",
        [key, f"{key}:", f"{key}{os.sep}"],
    ).fetchall()


def _within(key: str, path: str) -> bool:
    """Whether a source key was read from this path (the file itself, a line of it, or under the folder)."""
    return key == path or key.startswith((f"{path}:", f"{path}{os.sep}"))


def _claim_count(con: duckdb.DuckDBPyConnection, doc_ids: set[str]) -> int:
    return con.execute(
        "SELECT count(*) FROM claims WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [sorted(doc_ids)]
    ).fetchone()[0]
