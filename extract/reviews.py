"""A fact-checker's decisions on claims: confirmed, rejected or corrected, and never lost.

Decisions are rows of the append-only reviews table (schema/010_reviews.sql): a later decision on a claim
supersedes an earlier one and both stay. Each keeps where its claim was, so that it attaches to the claim a
re-extraction reads there (the review_attachments view); one whose claim is gone is orphaned and listed, not
dropped. The reviewed_claims view applies the standing decisions, and the checks read it.

A decision comes from `claimkb review set` or from a row of an exported spreadsheet (its review_status,
corrected_* and review_note columns) read back by `claimkb review import`. Every row is judged before anything
is written; all the decisions of one import are written in one transaction on the store's writer connection,
which waits for an ingest or a check as they wait for each other. A row that says what the claim's standing
decision already says adds nothing, so importing a file twice changes nothing.
"""

from __future__ import annotations

import csv
import getpass
import math
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from extract.claims import KINDS
from extract.defaults import CORRECTABLE, REVIEW_STATUSES
from extract.tables import Rows, fetch_frame, fetch_rows, plain_number

if TYPE_CHECKING:
    from extract.query import Result

STATUSES = REVIEW_STATUSES
NUMERIC = ("value", "value_high")
STATUS_COLUMN = "review_status"
NOTE_COLUMN = "review_note"
CORRECTED_PREFIX = "corrected_"
REVIEW_COLUMNS = (STATUS_COLUMN, NOTE_COLUMN, *(CORRECTED_PREFIX + name for name in CORRECTABLE))
_FORMULA_GUARD = ("'=", "'+", "'-", "'@", "'\t", "'\r")  # the apostrophe the CSV export puts before such text


class ReviewError(ValueError):
    """A review file or decision that cannot be read at all, said in one line naming it."""


def default_reviewer() -> str:
    """The OS user: who decided, when --reviewer does not say."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment nor the password database (a bare container)
        return "unknown"


@dataclass(frozen=True)
class Decision:
    """What one decision says about a claim: its status, the fields it corrects, and a note."""

    status: str
    corrections: tuple[tuple[str, object], ...] = ()  # (field, value) in CORRECTABLE order
    note: str | None = None

    @property
    def fields(self) -> list[str]:
        return [name for name, _ in self.corrections]


@dataclass(frozen=True)
class ReviewRow:
    """A decision as written: a spreadsheet row or the options of `review set`, with where it was written."""

    where: str  # "claims.xlsx: row 7", or the claim id for `review set`
    claim_id: str
    cells: dict[str, object]  # review_status, review_note, corrected_<field> -> the cell as read


@dataclass
class ReviewReport:
    recorded: int = 0  # decisions added
    unchanged: int = 0  # rows that said what the claim's standing decision says
    problems: list[str] = field(default_factory=list)  # one line per bad row
    applied: bool = True  # False when bad rows stopped the whole import
    documents_to_check: int = 0  # documents whose verdicts the decisions made stale

    def summary(self) -> str:
        if not self.applied:
            return f"nothing applied: {len(self.problems)} bad row(s); fix them, or give --skip-bad to leave them out"
        skipped = f", {len(self.problems)} bad row(s) left out" if self.problems else ""
        recheck = (
            f"; run `claimkb check` to check {self.documents_to_check} document(s) again"
            if self.documents_to_check
            else ""
        )
        return f"{self.recorded} decision(s) recorded, {self.unchanged} unchanged{skipped}{recheck}"


def parse_number(cell: object) -> float:
    """A corrected value: a number as a spreadsheet holds it, or text such as '1,234.5'; ValueError if none."""
    if isinstance(cell, bool):
        raise ValueError
    if isinstance(cell, int | float):
        number = float(cell)
    else:
        number = float(str(cell).strip().replace(",", "").replace("，", ""))
    if not math.isfinite(number):
        raise ValueError
    return number


def _blank(cell: object) -> bool:
    if isinstance(cell, float):
        return math.isnan(cell)
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _text(cell: object) -> str:
    text = plain_number(cell) if isinstance(cell, int | float) and not isinstance(cell, bool) else str(cell)
    return text.strip()


def read_decision(row: ReviewRow) -> Decision | None:
    """The decision a row states (None for a row that states none), or ValueError saying what is wrong."""
    status = None if _blank(row.cells.get(STATUS_COLUMN)) else _text(row.cells[STATUS_COLUMN]).lower()
    note = None if _blank(row.cells.get(NOTE_COLUMN)) else _text(row.cells[NOTE_COLUMN])
    corrections = []
    for name in CORRECTABLE:
        cell = row.cells.get(CORRECTED_PREFIX + name)
        if _blank(cell):
            continue
        if name in NUMERIC:
            try:
                corrections.append((name, parse_number(cell)))
            except ValueError:
                raise ValueError(f"{CORRECTED_PREFIX}{name} {_text(cell)!r} is no number") from None
        elif name == "kind" and _text(cell) not in KINDS:
            raise ValueError(f"unknown kind {_text(cell)!r} (kinds: {', '.join(KINDS)})")
        else:
            corrections.append((name, _text(cell)))
    if status is None:
        if corrections:
            status = "corrected"  # a corrected field is a correction, the status cell left empty
        elif note is not None:
            raise ValueError(f"a note without a {STATUS_COLUMN} (one of {', '.join(STATUSES)})")
        else:
            return None
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r} (statuses: {', '.join(STATUSES)})")
    if corrections and status != "corrected":
        raise ValueError(f"a {status} claim has no corrected fields; the status of a correction is corrected")
    if status == "corrected" and not corrections:
        raise ValueError("status corrected but no corrected_* field says what is right")
    return Decision(status, tuple(corrections), note)


def _same(a: object, b: object) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        return a is not None and b is not None and float(a) == float(b)
    return a == b


def _standing(row: dict) -> Decision:
    """The decision a current_reviews row states."""
    corrections = tuple((name, row[name]) for name in CORRECTABLE if name in list(row["corrected_fields"]))
    return Decision(row["status"], corrections, row["note"])


def _equal(a: Decision | None, b: Decision | None) -> bool:
    if a is None or b is None:
        return a is b
    return (
        a.status == b.status
        and a.note == b.note
        and a.fields == b.fields
        and all(_same(x, y) for (_, x), (_, y) in zip(a.corrections, b.corrections, strict=True))
    )


_CLAIM_SQL = """
SELECT c.claim_id, c.doc_id, d.source_key, c.start_offset, c.end_offset, c.mention, c.sentence, c.sentence_offset,
       c.extractor_version, c.place_code, c.value, c.value_high, c.unit, c.qualifier, c.kind, c.metric, c.subject,
       c.period
FROM claims c JOIN documents d ON d.doc_id = c.doc_id
WHERE c.claim_id IN (SELECT unnest(?::VARCHAR[]))
"""


def apply(
    con: duckdb.DuckDBPyConnection, rows: Iterable[ReviewRow], reviewer: str, skip_bad: bool = False
) -> ReviewReport:
    """Judge every row, then record their decisions in one transaction: none of them when a row is bad,
    unless `skip_bad` (the bad ones are then left out). Decisions that change a claim make its document's
    verdicts stale: they are dropped, for `claimkb check` to work out again."""
    rows = list(rows)
    report = ReviewReport()
    con.execute("BEGIN TRANSACTION")
    try:
        claims = _claims(con, sorted({row.claim_id for row in rows}))
        standing = {
            r["attached_claim_id"]: _standing(r)
            for r in _records(
                con,
                "SELECT * FROM current_reviews WHERE attached_claim_id IN (SELECT unnest(?::VARCHAR[]))",
                [sorted({c["claim_id"] for c in claims.values()})],
            )
        }
        inserts: list[tuple[dict, Decision]] = []
        for row in rows:
            claim = claims.get(row.claim_id)
            try:
                decision = read_decision(row)
                if decision is not None and claim is None:
                    raise ValueError(f"unknown claim id {row.claim_id!r}")
            except ValueError as err:
                report.problems.append(f"{row.where}: {err}")
                continue
            if decision is None:  # a row left as exported, or with its status emptied: it decides nothing
                report.unchanged += 1
                continue
            current = standing.get(claim["claim_id"])
            if _equal(decision, current):
                report.unchanged += 1
                continue
            decision = _without_unchanged_fields(decision, claim)
            if _equal(decision, current):
                report.unchanged += 1
                continue
            if decision.status == "corrected" and not decision.corrections:
                report.problems.append(f"{row.where}: every corrected field equals what the claim says")
                continue
            standing[claim["claim_id"]] = decision
            inserts.append((claim, decision))
        if report.problems and not skip_bad:
            con.execute("ROLLBACK")
            report.applied = False
            return report
        _insert(con, inserts, reviewer)
        stale = sorted({claim["doc_id"] for claim, _ in inserts})
        if stale:
            from extract.loading import forget_checks  # with the store's loads: `review list` and stats need none

            forget_checks(con, stale)
        con.execute("COMMIT")
    except BaseException:  # an interrupt as well: no decision of the import stays
        con.execute("ROLLBACK")
        raise
    report.recorded = len(inserts)
    report.documents_to_check = len(stale)
    return report


def _claims(con: duckdb.DuckDBPyConnection, claim_ids: list[str]) -> dict[str, dict]:
    """The stored claims the ids name, by id; an id of a claim re-extracted since (a sheet exported before)
    names the claim its decisions are attached to now."""
    found = {row["claim_id"]: row for row in _records(con, _CLAIM_SQL, [claim_ids])}
    missing = [claim_id for claim_id in claim_ids if claim_id not in found]
    if missing:
        moved = dict(
            con.execute(
                "SELECT DISTINCT ON (claim_id) claim_id, attached_claim_id FROM review_attachments"
                " WHERE claim_id IN (SELECT unnest(?::VARCHAR[])) AND attached_claim_id IS NOT NULL"
                " ORDER BY claim_id, review_id DESC",
                [missing],
            ).fetchall()
        )
        now = {row["claim_id"]: row for row in _records(con, _CLAIM_SQL, [sorted(set(moved.values()))])}
        found.update({old: now[new] for old, new in moved.items() if new in now})
    return found


def _records(con: duckdb.DuckDBPyConnection, sql: str, params: list) -> list[dict]:
    cursor = con.execute(sql, params)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _without_unchanged_fields(decision: Decision, claim: dict) -> Decision:
    """A correction names only the fields it changes: one set to what the claim says is no correction."""
    kept = tuple((name, value) for name, value in decision.corrections if not _same(value, claim[name]))
    return Decision(decision.status, kept, decision.note)


def _insert(con: duckdb.DuckDBPyConnection, inserts: list[tuple[dict, Decision]], reviewer: str) -> None:
    if not inserts:
        return
    from extract.components.metric import metric_key  # the extractor's normalisation: loads its lexicons
    from extract.places import gazetteer

    places = gazetteer()
    rows = []
    for claim, decision in inserts:
        values = dict(decision.corrections)
        place_code = None
        if "subject" in values:
            region = places.by_code.get(claim["place_code"]) if claim["place_code"] else None
            place = places.lookup(str(values["subject"]), region)
            place_code = place.code if place else None
        rows.append(
            {
                "claim_id": claim["claim_id"],
                "status": decision.status,
                "corrected_fields": decision.fields,
                **{name: values.get(name) for name in CORRECTABLE},
                "metric_key": metric_key(str(values["metric"])) if "metric" in values else None,
                "place_code": place_code,
                "reviewer": reviewer,
                "note": decision.note,
                **{name: claim[name] for name in _WHERE_IT_WAS},
            }
        )
    import pyarrow as pa

    types = {"corrected_fields": pa.list_(pa.string()), "start_offset": pa.int32(), "end_offset": pa.int32()}
    types |= {"sentence_offset": pa.int32()} | {name: pa.float64() for name in NUMERIC}
    table = pa.table({name: pa.array([row[name] for row in rows], types.get(name, pa.string())) for name in rows[0]})
    con.register("claimkb_review_rows", table)
    try:
        columns = ", ".join(table.column_names)
        con.execute(f"INSERT INTO reviews ({columns}) SELECT {columns} FROM claimkb_review_rows")
    finally:
        con.unregister("claimkb_review_rows")


_WHERE_IT_WAS = (
    "doc_id",
    "source_key",
    "start_offset",
    "end_offset",
    "mention",
    "sentence",
    "sentence_offset",
    "extractor_version",
)


def read_file(path: str | Path) -> list[ReviewRow]:
    """The rows of an exported spreadsheet (.xlsx, every sheet) or CSV that carry a claim id; ReviewError
    naming the file when it cannot be read or has no review columns."""
    path = Path(path)
    if not path.is_file():
        raise ReviewError(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        tables = _xlsx_tables(path)
    elif suffix == ".csv":
        tables = [("", _csv_rows(path))]
    else:
        raise ReviewError(f"{path}: not a spreadsheet claimkb reads (.xlsx or .csv, as `claimkb export` writes)")
    rows = []
    for sheet, lines in tables:
        lines = iter(lines)
        header = [("" if _blank(cell) else _text(cell)) for cell in next(lines, [])]
        if "claim_id" not in header or not set(REVIEW_COLUMNS) & set(header):
            raise ReviewError(
                f"{path}{sheet}: no claim_id and review columns ({STATUS_COLUMN}, {NOTE_COLUMN}, corrected_…);"
                " export the claims with `claimkb export --format xlsx` and edit those"
            )
        for number, line in enumerate(lines, start=2):
            cells = dict(zip(header, line, strict=False))
            if _blank(cells.get("claim_id")) and all(_blank(cells.get(name)) for name in REVIEW_COLUMNS):
                continue  # an empty line
            rows.append(ReviewRow(f"{path.name}{sheet}: row {number}", _text(cells.get("claim_id") or ""), cells))
    return rows


def _xlsx_tables(path: Path) -> list[tuple[str, Iterator[tuple]]]:
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, OSError, KeyError, ValueError) as err:
        raise ReviewError(f"{path}: not an Excel workbook ({type(err).__name__})") from err
    several = len(workbook.worksheets) > 1
    return [(f" [{sheet.title}]" * several, sheet.iter_rows(values_only=True)) for sheet in workbook.worksheets]


def _csv_rows(path: Path) -> list[list[str]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return [[_unguarded(cell) for cell in line] for line in csv.reader(handle)]
    except UnicodeDecodeError as err:
        raise ReviewError(f"{path}: not UTF-8 text at byte {err.start}; save it as CSV UTF-8") from err
    except csv.Error as err:
        raise ReviewError(f"{path}: not CSV: {err}") from err


def _unguarded(cell: str) -> str:
    """A CSV cell without the apostrophe the export put before text a spreadsheet would run as a formula."""
    return cell[1:] if cell.startswith(_FORMULA_GUARD) else cell


def decide(
    con: duckdb.DuckDBPyConnection,
    claim_id: str,
    reviewer: str,
    status: str | None = None,
    note: str | None = None,
    corrections: dict[str, object] | None = None,
) -> ReviewReport:
    """Record one decision on a claim (`claimkb review set`)."""
    cells: dict[str, object] = {STATUS_COLUMN: status, NOTE_COLUMN: note}
    cells.update({CORRECTED_PREFIX + name: value for name, value in (corrections or {}).items()})
    return apply(con, [ReviewRow(claim_id, claim_id, cells)], reviewer)


def standing_reviews(
    con: duckdb.DuckDBPyConnection, status: str | None = None, fetch: Callable[..., Result] = fetch_frame
) -> Result:
    """The decision that stands for each reviewed claim (of one status), latest first, as `fetch` makes it
    (a frame, or plain rows)."""
    if status is not None and status not in STATUSES:
        raise ReviewError(f"unknown status {status!r} (statuses: {', '.join(STATUSES)})")
    return fetch(
        con,
        "SELECT attached_claim_id AS claim_id, status, array_to_string(corrected_fields, ',') AS corrected,"
        " reviewer, reviewed_at, note, mention, attached_by FROM current_reviews"
        " WHERE $status IS NULL OR status = $status ORDER BY review_id DESC",
        {"status": status},
    )


def orphaned_reviews(
    con: duckdb.DuckDBPyConnection, status: str | None = None, fetch: Callable[..., Result] = fetch_frame
) -> Result:
    """Every decision (of one status) attached to no stored claim (its claim gone in a re-extraction), with
    where it was, as `fetch` makes it (a frame, or plain rows)."""
    return fetch(
        con,
        "SELECT r.review_id, r.claim_id, r.status, array_to_string(r.corrected_fields, ',') AS corrected,"
        " r.reviewer, r.reviewed_at, r.note, r.mention, r.sentence, coalesce(d.name, r.source_key) AS doc"
        " FROM review_attachments r LEFT JOIN documents d ON d.doc_id = r.doc_id"
        " WHERE r.attached_claim_id IS NULL AND ($status IS NULL OR r.status = $status) ORDER BY r.review_id",
        {"status": status},
    )


@dataclass(frozen=True)
class ReviewCounts:
    statuses: dict[str, int]  # status -> claims whose standing decision it is
    decisions: int  # every decision, superseded ones included
    orphaned: int  # decisions attached to no stored claim
    precision: Rows  # the review_precision query: extractor_version, field, reviewed, correct, precision


def review_counts(con: duckdb.DuckDBPyConnection) -> ReviewCounts:
    """What `claimkb stats` says of the reviews: decisions, standing statuses, orphans, and the extractor's
    precision on the reviewed claims (queries/review_precision.sql)."""
    from extract.named_queries import named_queries

    statuses = dict(con.execute("SELECT status, count(*) FROM current_reviews GROUP BY status").fetchall())
    decisions, orphaned = con.execute(
        "SELECT count(*), count(*) FILTER (WHERE attached_claim_id IS NULL) FROM review_attachments"
    ).fetchone()
    precision = fetch_rows(con, named_queries()["review_precision"].body)
    return ReviewCounts({status: statuses.get(status, 0) for status in STATUSES}, decisions, orphaned, precision)
