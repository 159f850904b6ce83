"""What a knowledge base holds, as sets that do not depend on the order things happened in: the texts
stored, their claims and the verdicts on them (ids that are hashes of content are kept; timestamps
are not). Two databases of the same files, checked, hold the same."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import duckdb

from extract.checks.runner import run_checks
from extract.ingest import ingest
from extract.store import connect

_CLAIMS = (
    "SELECT doc_id, start_offset, end_offset, mention, value, value_high, unit, kind, metric_key, subject, period,"
    " aspect FROM claims"
)
_VERDICTS = (
    "SELECT check_id, rule, scope, verdict, expected, observed, tolerance, claim_ids, doc_ids, n_documents,"
    " n_reprints, group_key, explanation_zh, metric_key FROM cross_checks"
)


@dataclass(frozen=True)
class State:
    documents: dict[str, str]  # doc_id -> source key (the file the text is stored under)
    claims: frozenset[tuple]
    verdicts: frozenset[tuple]
    reprints: frozenset[frozenset[str]]

    def same_as(self, clean: State) -> None:
        """Assert this holds what `clean` holds, each text under a file that holds it now (which of the
        files holding one text it is stored under depends on the order they came in)."""
        assert set(self.documents) == set(clean.documents)
        for doc_id, key in self.documents.items():
            assert hashlib.sha256(Path(key).read_text(encoding="utf-8").encode()).hexdigest() == doc_id, key
        assert self.claims == clean.claims
        assert self.reprints == clean.reprints
        assert self.verdicts == clean.verdicts


def state(db: Path) -> State:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return State(
            dict(con.execute("SELECT doc_id, source_key FROM documents").fetchall()),
            frozenset(con.execute(_CLAIMS).fetchall()),
            frozenset(
                tuple(tuple(v) if isinstance(v, list) else v for v in row) for row in con.execute(_VERDICTS).fetchall()
            ),
            # which of a pair is the original depends on which was stored first, when neither is dated earlier
            frozenset(
                frozenset(pair) for pair in con.execute("SELECT doc_id, original_doc_id FROM reprints").fetchall()
            ),
        )
    finally:
        con.close()


def clean_state(folder: Path, db: Path, **options) -> State:
    """What a new database holds after ingesting the folder as it is now and checking it."""
    ingest([str(folder)], db, progress=False, **options)
    con = connect(db)
    try:
        run_checks(con, full=True)
    finally:
        con.close()
    return state(db)


def check(db: Path) -> None:
    con = connect(db)
    try:
        run_checks(con)
    finally:
        con.close()
