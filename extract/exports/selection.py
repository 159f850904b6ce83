"""Which claims an export holds, and reading them a slice of documents at a time.

Claims can be chosen by a named query (its rows' claim_id or claim_ids), a `--where` filter on the
claim_evidence columns and the verdicts of the checks they are in; all three combine with AND and
every value is bound. The rows come from the claim_evidence_of(doc_ids) macro, documents in export
order, about SLICE_CLAIMS claims at a time: gathering and sorting the evidence of a million claims in
one query takes DuckDB gigabytes, a slice takes megabytes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field

import duckdb

from extract.checks.model import VERDICTS
from extract.exports.where import parse_where
from extract.query import bind, named_queries, refuse_unknown, typed
from extract.store import file_failure

# CSV and XLSX cells hold text, so the nested verdicts become parallel "; "-separated columns: the
# n-th check id, verdict, rule and explanation belong together; other_claim_ids lists each check's
# other claims with commas.
FLAT_EVIDENCE = """
    nullif(array_to_string(e.verdicts, '; '), '') AS verdicts,
    nullif(array_to_string([x.rule FOR x IN e.checks], '; '), '') AS check_rules,
    nullif(array_to_string([x.check_id FOR x IN e.checks], '; '), '') AS check_ids,
    nullif(array_to_string([array_to_string(x.other_claim_ids, ',') FOR x IN e.checks], '; '), '') AS other_claim_ids,
    nullif(array_to_string(list_distinct(flatten([x.other_sentences FOR x IN e.checks])), ' | '), '')
        AS other_sentences,
    nullif(array_to_string([x.explanation_zh FOR x IN e.checks], '; '), '') AS check_explanations"""
_NESTED = ("verdicts", "checks")
SLICE_CLAIMS = 20_000
BATCH_ROWS = 5_000


@dataclass(frozen=True)
class Selection:
    """The claims to export: a condition on claim_evidence (alias e) and its parameters."""

    condition: str = "TRUE"
    params: dict[str, object] = field(default_factory=dict)

    def sql(self, columns: str = "e.*") -> str:
        """The rows of one slice of documents (parameter $doc_ids), in export order."""
        return (
            f"SELECT {columns} FROM claim_evidence_of($doc_ids) e WHERE {self.condition}"
            " ORDER BY e.date NULLS LAST, e.doc, e.doc_id, e.start_offset"
        )

    def narrowed(self, condition: str) -> Selection:
        return Selection(f"({self.condition}) AND {condition}", self.params)


# what counts the documents an export has written (exports.job.export sets it for one export)
EXPORT_PROGRESS: ContextVar[Callable[[int], object] | None] = ContextVar("export_progress", default=None)


def _exported(documents: int) -> None:
    advance = EXPORT_PROGRESS.get()
    if advance is not None:
        advance(documents)


def document_slices(con: duckdb.DuckDBPyConnection) -> Iterator[list[str]]:
    """The ids of documents with claims, in export order, cut into slices of about SLICE_CLAIMS claims
    (a document is never cut)."""
    rows = con.execute(
        "SELECT d.doc_id, count(*) FROM documents d JOIN claims c ON c.doc_id = d.doc_id"
        " GROUP BY d.doc_id, d.date, d.name ORDER BY d.date NULLS LAST, d.name, d.doc_id"  # as Selection.sql
    ).fetchall()
    piece: list[str] = []
    size = 0
    for doc_id, n in rows:
        if piece and size + n > SLICE_CLAIMS:
            yield piece
            _exported(len(piece))
            piece, size = [], 0
        piece.append(doc_id)
        size += n
    if piece:
        yield piece
        _exported(len(piece))


def slice_params(selection: Selection, doc_ids: list[str]) -> dict[str, object]:
    return {**selection.params, "doc_ids": doc_ids}


def batches(con: duckdb.DuckDBPyConnection, selection: Selection, columns: str = "e.*") -> Iterator[list[dict]]:
    """The selected rows as dicts, BATCH_ROWS at a time, slice after slice."""
    sql = selection.sql(columns)
    for doc_ids in document_slices(con):
        cursor = con.execute(sql, slice_params(selection, doc_ids))
        names = [column[0] for column in cursor.description]
        while rows := cursor.fetchmany(BATCH_ROWS):
            yield [dict(zip(names, row, strict=True)) for row in rows]


def column_names(con: duckdb.DuckDBPyConnection, selection: Selection, columns: str = "e.*") -> list[str]:
    return con.sql(selection.sql(columns), params=slice_params(selection, [])).columns


def evidence_columns(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """(name, type) of every column of claim_evidence."""
    return [(row[0], row[1]) for row in con.execute("DESCRIBE claim_evidence").fetchall()]


def filter_columns(con: duckdb.DuckDBPyConnection) -> set[str]:
    """The columns a --where filter may name: every plain (not list) column of claim_evidence."""
    return {name for name, kind in evidence_columns(con) if "[" not in kind and "STRUCT" not in kind}


def flat_columns(con: duckdb.DuckDBPyConnection) -> str:
    """The select list for CSV and XLSX: scalar columns, then the verdicts as text."""
    plain = [f"e.{name}" for name, _ in evidence_columns(con) if name not in _NESTED and name != "checked_at"]
    return ", ".join(plain) + "," + FLAT_EVIDENCE


def select_claims(
    con: duckdb.DuckDBPyConnection,
    query: str | None = None,
    query_params: dict[str, object] | None = None,
    where: str | None = None,
    verdicts: list[str] | None = None,
    checked_only: bool = False,
) -> Selection:
    """Build the selection; a bad query name, filter or verdict raises ValueError saying which."""
    conditions: list[str] = []
    params: dict[str, object] = {}
    if query:
        sql, used = _query_claim_ids(con, query, query_params or {})
        conditions.append(f"e.claim_id IN ({sql})")
        params.update(used)
    if where:
        parsed = parse_where(where, filter_columns(con), alias="e")
        conditions.append(parsed.sql)
        params.update(parsed.params)
    if verdicts:
        unknown = sorted(set(verdicts) - set(VERDICTS))
        if unknown:
            raise ValueError(f"unknown verdict(s) {', '.join(unknown)}; verdicts: {', '.join(VERDICTS)}")
        conditions.append("list_has_any(e.verdicts, $verdicts)")
        params["verdicts"] = list(verdicts)
    if checked_only:
        conditions.append("len(e.checks) > 0")
    return Selection(" AND ".join(conditions) or "TRUE", params)


def _query_claim_ids(
    con: duckdb.DuckDBPyConnection, name: str, params: dict[str, object]
) -> tuple[str, dict[str, object]]:
    """The claim ids a named query's rows carry (a claim_id column, or a claim_ids list)."""
    queries = named_queries()
    if name not in queries:
        raise ValueError(f"unknown query {name!r}; named queries: {', '.join(queries)}")
    sql = queries[name].body
    refuse_unknown(sql, params)
    try:
        used = bind(sql, typed(queries[name].sql, params))
    except ValueError as err:
        raise ValueError(f"query {name} needs parameter(s) — {err}") from err
    try:
        columns = con.sql(sql, params=used or None).columns
    except duckdb.Error as err:
        if file_failure(err) is not None:
            raise  # the file's failure (damage), not the query's
        raise ValueError(f"query {name}: {str(err).splitlines()[0]}") from err
    if "claim_id" in columns:
        return f"SELECT q.claim_id FROM ({sql}) q", used
    if "claim_ids" in columns:
        return f"SELECT unnest(q.claim_ids) FROM ({sql}) q", used
    raise ValueError(f"query {name} names no claims (it has no claim_id or claim_ids column)")
