"""What a claims database holds, in counts: `claimkb stats` prints it, the dashboard overview shows it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

import duckdb

from extract.tables import fetch_frame
from extract.user_lexicon import UserLexicon

Table = TypeVar("Table")  # a DataFrame (the dashboard), or tables.Rows (`claimkb stats`, which loads no pandas)


@dataclass(frozen=True)
class Summary(Generic[Table]):
    totals: dict[str, int]  # documents, articles, claims, checks
    kinds: Table  # kind, claims
    verdicts: Table  # verdict, checks
    metrics: Table  # metric_key, claims, documents (the most frequent)
    subjects: Table  # subject, claims, place_code (the most frequent)


def summarise(
    con: duckdb.DuckDBPyConnection,
    top: int,
    fetch: Callable[[duckdb.DuckDBPyConnection, str, object], Table] = fetch_frame,
) -> Summary[Table]:
    """Totals, claims by kind, checks by verdict, and the `top` metrics and subjects by claims, each table as
    `fetch` makes it."""
    names = ("documents", "articles", "claims", "checks")
    totals = con.execute(
        "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM articles),"
        " (SELECT count(*) FROM claims), (SELECT count(*) FROM cross_checks)",
    ).fetchone()
    return Summary(
        {name: int(count) for name, count in zip(names, totals, strict=True)},
        fetch(con, "SELECT kind, count(*) AS claims FROM claims GROUP BY kind ORDER BY claims DESC, kind"),
        fetch(
            con, "SELECT verdict, count(*) AS checks FROM cross_checks GROUP BY verdict ORDER BY checks DESC, verdict"
        ),
        fetch(
            con,
            "SELECT metric_key, count(*) AS claims, count(DISTINCT doc_id) AS documents FROM claims"
            " WHERE metric_key IS NOT NULL GROUP BY metric_key ORDER BY claims DESC, metric_key LIMIT $top",
            {"top": top},
        ),
        fetch(
            con,
            "SELECT subject, count(*) AS claims, any_value(place_code) AS place_code FROM claims"
            " WHERE subject IS NOT NULL GROUP BY subject ORDER BY claims DESC, subject LIMIT $top",
            {"top": top},
        ),
    )


def user_lexicon_claims(con: duckdb.DuckDBPyConnection, lexicon: UserLexicon) -> tuple[int, int]:
    """How many claims were read with the user lexicon, and how many of them it decided: their subject is
    one of its places or organisations, or their metric key one of its metric synonyms' keys."""
    read, decided = con.execute(
        "SELECT count(*), count(*) FILTER (WHERE list_contains($subjects, subject) OR list_contains($keys, metric_key))"
        " FROM claims WHERE lexicon_digest = $digest",
        {"digest": lexicon.digest, "subjects": sorted(lexicon.subjects()), "keys": sorted(lexicon.metric_keys())},
    ).fetchone()
    return int(read), int(decided)


def other_lexicons(con: duckdb.DuckDBPyConnection, digest: str | None) -> dict[str, int]:
    """The digests of the user lexicons other than this one that stored claims were read with, and their claims."""
    rows = con.execute(
        "SELECT lexicon_digest, count(*) FROM claims WHERE lexicon_digest IS NOT NULL"
        " AND lexicon_digest IS DISTINCT FROM $digest GROUP BY lexicon_digest ORDER BY lexicon_digest",
        {"digest": digest},
    ).fetchall()
    return {found: int(n) for found, n in rows}
