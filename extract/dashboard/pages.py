"""What each dashboard page shows: bound SQL over the database, returned as tables and charts.

Each function takes a read-only connection, the request's parameters and the page's words (text: the
interface's language) and returns a Page: its tables (the first is what the page's .csv twin holds; the
.json twin holds them all, the same in every language) and whatever else its template needs. Every table
is paged or capped; nothing renders an unbounded result.
"""

from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass, field
from functools import partial
from html import escape

import duckdb
import pandas as pd
from markupsafe import Markup

from extract import store
from extract.checks.model import VERDICTS
from extract.claims import ASPECTS, KINDS, STATED
from extract.dashboard.charts import bar_chart, line_chart
from extract.dashboard.check_filter import STORED_CLAIM_FACETS, CheckFilter, check_conditions, stored_claim_values
from extract.dashboard.claim_filter import (
    REVIEW_CHOICES,
    SORTS,
    ClaimFilter,
    Condition,
    UnknownChoice,
    claim_condition,
    order_by,
)
from extract.dashboard.facets import Facet, facet_counts, year_facets
from extract.dashboard.labels import qualifier_word
from extract.dashboard.ui_text import UiText
from extract.named_queries import PARAMETER
from extract.pattern_cache import compile_pattern
from extract.query import named_queries, one_reading_statement, typed
from extract.reviews import CORRECTABLE
from extract.summary import summarise
from extract.tables import fetch_frame

PAGE_SIZE = 50
MAX_PAGE_SIZE = 1000
TOP = 15


class PageError(Exception):
    """A page that cannot be shown, said in the words of ui_strings.tsv's `key` with `values` filled in: in
    English as the exception's message (what the twins say), in the page's language on the HTML page."""

    def __init__(self, key: str, **values: object) -> None:
        self.key, self.values = key, values
        super().__init__(UiText("en").plain(key, **values))


class NotFound(PageError):
    """The page asked for does not exist (unknown article, query …)."""


class BadRequest(PageError):
    """A parameter with a value the page does not know, said to the user rather than guessed."""

    @classmethod
    def from_choice(cls, err: UnknownChoice) -> BadRequest:
        return cls(err.key, **err.values)


@dataclass
class Paging:
    page: int
    size: int
    total: int

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.size

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.size))

    @classmethod
    def from_args(cls, args: dict[str, str], total: int) -> Paging:
        size = _int(args.get("page_size"), PAGE_SIZE, 1, MAX_PAGE_SIZE)
        pages = max(1, math.ceil(total / size))
        return cls(_int(args.get("page"), 1, 1, pages), size, total)


@dataclass
class Page:
    template: str
    title: str
    tables: dict[str, pd.DataFrame]
    context: dict[str, object] = field(default_factory=dict)


def _int(text: str | None, default: int, low: int, high: int) -> int:
    try:
        return min(max(int(text or default), low), high)
    except ValueError:
        return default


def overview(con: duckdb.DuckDBPyConnection, args: dict[str, str], *, text: UiText) -> Page:
    counts = summarise(con, TOP)
    kinds, verdicts, metrics, places = counts.kinds, counts.verdicts, counts.metrics, counts.subjects
    summary = pd.concat(
        [
            pd.DataFrame({"section": "total", "name": list(counts.totals), "count": list(counts.totals.values())}),
            pd.DataFrame({"section": "kind", "name": kinds["kind"], "count": kinds["claims"]}),
            pd.DataFrame({"section": "verdict", "name": verdicts["verdict"], "count": verdicts["checks"]}),
            pd.DataFrame({"section": "metric", "name": metrics["metric_key"], "count": metrics["claims"]}),
            pd.DataFrame({"section": "subject", "name": places["subject"], "count": places["claims"]}),
        ],
        ignore_index=True,
    )
    charts = {
        "kinds": bar_chart(
            [text.label("kind", kind) for kind in kinds["kind"]],
            kinds["claims"].tolist(),
            "",
            text.plain("chart.kinds"),
        ),
        "metrics": bar_chart(
            metrics["metric_key"].tolist(), metrics["claims"].tolist(), "", text.plain("chart.top_metrics")
        ),
        "places": bar_chart(places["subject"].tolist(), places["claims"].tolist(), "", text.plain("chart.top_places")),
    }
    return Page(
        "overview.html",
        "Overview",
        {"summary": summary, "kinds": kinds, "verdicts": verdicts, "metrics": metrics, "places": places},
        {"totals": counts.totals, "charts": charts},
    )


_CLAIM_COLUMNS = (
    "c.claim_id, c.subject, c.metric, c.metric_key, c.value, c.value_high, c.unit, c.qualifier, c.kind,"
    " c.direction, c.period, c.aspect, c.mention, c.sentence, d.name AS doc, d.date, c.article_id, c.start_offset,"
    " c.sentence_offset,"
    " r.status AS review_status, array_to_string(r.corrected_fields, ', ') AS corrected"
)
# the claims as read, each with the decision that stands for it (none: NULL)
_CLAIMS_FROM = (
    "FROM claims c JOIN documents d ON d.doc_id = c.doc_id"
    " LEFT JOIN current_reviews r ON r.attached_claim_id = c.claim_id"
)
# the same rows to count: no filter reads the documents, and every claim's document is stored (a document's
# claims are loaded and deleted with it), so a count needs no join with them (it cost a million-claim list
# 40 ms in its facets, 90 ms in its count)
_CLAIMS_COUNTED_FROM = "FROM claims c LEFT JOIN current_reviews r ON r.attached_claim_id = c.claim_id"


def claims(con: duckdb.DuckDBPyConnection, args: dict[str, str], *, text: UiText) -> Page:
    try:
        chosen = ClaimFilter.from_args(args)
    except UnknownChoice as err:
        raise BadRequest.from_choice(err) from err
    condition = claim_condition(con, chosen)
    total = con.execute(
        f"SELECT count(*) {_CLAIMS_COUNTED_FROM} WHERE {condition.sql}", condition.params or None
    ).fetchone()[0]
    paging = Paging.from_args(args, total)
    rows = fetch_frame(
        con,
        f"SELECT {_CLAIM_COLUMNS} {_CLAIMS_FROM} WHERE {condition.sql} {order_by(chosen)}"
        f" LIMIT {paging.size} OFFSET {paging.offset}",
        condition.params,
    )
    return Page(
        "claims.html",
        "Claims",
        {"claims": rows},
        {
            # computed only when the HTML page shows them, not for its CSV/JSON twins (see Page.deferred); over
            # the rows counted (_CLAIMS_COUNTED_FROM)
            "deferred": {"facets": partial(_claim_facet_counts, con, chosen, condition)},
            "filter": chosen,
            "paging": paging,
            "kinds": KINDS,
            "aspects": ASPECTS,
            "verdicts": VERDICTS,
            "reviews": REVIEW_CHOICES,
            "sorts": list(SORTS),
        },
    )


# the facets of the claims list: the most common values of each under the filters chosen, with their counts
def _claim_facet_counts(
    con: duckdb.DuckDBPyConnection, chosen: ClaimFilter, condition: Condition
) -> list[tuple[Facet, list[tuple[str, int]]]]:
    """The claims list's facets: the review status only once a decision exists (else every claim is
    unreviewed, a facet that says nothing), the period's month once its year is chosen."""
    reviewed = con.execute("SELECT EXISTS (SELECT 1 FROM reviews)").fetchone()[0]
    facets = [
        Facet("kind", "c.kind", family="kind"),
        Facet("aspect", "c.aspect", family="aspect"),
        *([Facet("review", "coalesce(r.status, 'unreviewed')", family="review")] if reviewed else []),
        Facet("subject", "c.subject"),
        Facet("metric", "c.metric_key"),
        *year_facets("c.period_end", bool(chosen.year)),
    ]
    return facet_counts(con, facets, f"{_CLAIMS_COUNTED_FROM} WHERE {condition.sql}", condition.params)


def source(con: duckdb.DuckDBPyConnection, args: dict[str, str], article_id: str, *, text: UiText) -> Page:
    article = con.execute(
        "SELECT a.article_id, a.headline, a.start_offset, a.end_offset, d.name AS doc, d.source, d.date, d.url,"
        " substring(d.text, a.start_offset + 1, a.end_offset - a.start_offset) AS text"
        " FROM articles a JOIN documents d ON d.doc_id = a.doc_id WHERE a.article_id = $id",
        {"id": article_id},
    ).fetchone()
    if article is None:
        raise NotFound("error.no_article", id=article_id)
    names = ("article_id", "headline", "start", "end", "doc", "source", "date", "url", "text")
    info = dict(zip(names, article, strict=True))
    info["link"] = web_link(info["url"])
    rows = fetch_frame(
        con,
        "SELECT c.claim_id, c.start_offset, c.end_offset, c.mention, c.value, c.value_high, c.unit, c.qualifier,"
        " c.kind, c.metric, c.subject, c.period, c.aspect, c.subject_basis, c.metric_basis, c.page"
        " FROM claims c WHERE c.article_id = $id"
        " ORDER BY c.start_offset",
        {"id": article_id},
    )
    return Page(
        "source.html",
        info["headline"] or info["doc"],
        {"claims": rows},
        {"article": info, "marked": mark_claims(info["text"], info["start"], rows, text)},
    )


# an address a browser fetches over the web: http(s):// at its very start and no blank or control
# character anywhere (a browser drops tabs and newlines from an address before reading its scheme)
_WEB_ADDRESS = compile_pattern(r"https?://[^\s\x00-\x1f\x7f]+", re.IGNORECASE)


def web_link(url: str | None) -> str | None:
    """A source's address, to link to, when it is a web page's; else None (shown as text). A record's
    url comes from whoever wrote the feed: javascript:, data: or vbscript: in an href runs as script
    on the dashboard's origin when a reader clicks "original"."""
    return url if url and _WEB_ADDRESS.fullmatch(url) else None


def claim(con: duckdb.DuckDBPyConnection, args: dict[str, str], claim_id: str, *, text: UiText) -> Page:
    """One claim as read and as reviewed, and every decision on it, the standing one first."""
    found = fetch_frame(
        con,
        "SELECT r.claim_id, r.review_status, r.value, r.value_high, r.unit, r.qualifier, r.kind, r.metric,"
        " r.subject, r.period, c.value AS read_value, c.value_high AS read_value_high, c.unit AS read_unit,"
        " c.qualifier AS read_qualifier, c.kind AS read_kind, c.metric AS read_metric, c.subject AS read_subject,"
        " c.period AS read_period, c.mention, c.sentence, c.article_id, c.extractor_version, d.name AS doc, d.date,"
        " c.start_offset, c.sentence_offset, c.subject_basis, c.metric_basis, c.period_basis, c.aspect, c.place_code,"
        " c.period_start, c.period_end"
        " FROM reviewed_claims r JOIN claims c ON c.claim_id = r.claim_id JOIN documents d ON d.doc_id = c.doc_id"
        " WHERE r.claim_id = $id",
        {"id": claim_id},
    )
    if found.empty:
        raise NotFound("error.no_claim", id=claim_id)
    history = fetch_frame(
        con,
        "SELECT review_id, status, array_to_string(corrected_fields, ', ') AS corrected, value, value_high, unit,"
        " qualifier, kind, metric, subject, period, note, reviewer, reviewed_at, attached_by,"
        " claim_id AS decided_on, extractor_version FROM review_attachments WHERE attached_claim_id = $id"
        " ORDER BY review_id DESC",
        {"id": claim_id},
    )
    checks = fetch_frame(
        con,
        "SELECT k.check_id, k.rule, k.verdict, k.explanation_zh, k.explanation_en, o.claim_id, o.mention, o.subject,"
        " o.period, od.name AS doc, o.sentence"
        " FROM check_claims l JOIN cross_checks k ON k.check_id = l.check_id"
        " JOIN check_claims m ON m.check_id = k.check_id JOIN claims o ON o.claim_id = m.claim_id"
        " JOIN documents od ON od.doc_id = o.doc_id"
        " WHERE l.claim_id = $id AND o.claim_id <> $id ORDER BY k.verdict, k.check_id, m.position",
        {"id": claim_id},
    )
    # against the official figure: a reference table's row is no claim, so not among the checks' other claims
    official = fetch_frame(
        con,
        "SELECT k.verdict, k.expected AS official_value, k.observed AS value, k.official_source,"
        " k.official_release_date, k.explanation_zh, k.explanation_en"
        " FROM check_claims l JOIN cross_checks k ON k.check_id = l.check_id"
        " WHERE l.claim_id = $id AND l.position = 0 AND k.rule = 'official' ORDER BY k.check_id",
        {"id": claim_id},
    )
    linked = con.execute(
        "SELECT i.name, i.nbs_code FROM claim_indicators l JOIN indicators i USING (indicator_id)"
        " WHERE l.claim_id = $id",
        {"id": claim_id},
    ).fetchone()
    info = found.iloc[0].to_dict()
    info["indicator"] = f"{linked[0]} ({linked[1]})" if linked and linked[1] else (linked[0] if linked else None)
    basis = {"metric": info["metric_basis"], "subject": info["subject_basis"], "period": info["period_basis"]}
    fields = [(name, info[f"read_{name}"], info[name], basis.get(name)) for name in CORRECTABLE]
    return Page(
        "claim.html",
        f"{info['mention']} · {info['doc']}",
        {"history": history, "checks": checks, "official": official, "claim": found},
        {"claim": info, "fields": fields},
    )


def _basis(row: object, field: str, words: UiText) -> str:
    """How a field was found, after it in a tooltip, where its sentence does not state it."""
    basis = getattr(row, field, None)
    return f" ({words.label('basis', basis)})" if isinstance(basis, str) and basis not in STATED else ""


def mark_claims(text: str, start: int, rows: pd.DataFrame, words: UiText) -> Markup:
    """The article's text, escaped, with each claim's mention in a <mark> whose tooltip names the
    value, unit, kind, metric and subject (in `words`' language); paragraphs kept."""
    out, cursor = [], 0
    for row in rows.itertuples():
        begin, end = row.start_offset - start, row.end_offset - start
        if begin < cursor or end > len(text):
            continue
        value = f"{row.value:g}" + (f"–{row.value_high:g}" if pd.notna(row.value_high) else "")
        qualifier = qualifier_word(row.qualifier, row.mention)
        tip = (
            f"{qualifier}{value} {row.unit} · {words.label('kind', row.kind)}"
            f" · {row.metric or '–'}{_basis(row, 'metric_basis', words)}"
            f" · {row.subject or '–'}{_basis(row, 'subject_basis', words)}"
        )
        if isinstance(row.aspect, str):
            tip += f" · {words.label('aspect', row.aspect)}"
        if pd.notna(row.page):
            tip += f" · {words.plain('source.page', page=int(row.page))}"
        out.append(escape(text[cursor:begin]))
        mention = escape(text[begin:end])
        out.append(f'<mark id="claim-{escape(row.claim_id)}" class="claim" title="{escape(tip)}">{mention}</mark>')
        cursor = end
    out.append(escape(text[cursor:]))
    return Markup("".join(out).replace("\n", "<br>\n"))


def metric(con: duckdb.DuckDBPyConnection, args: dict[str, str], *, text: UiText) -> Page:
    key = (args.get("key") or "").strip()[:200]
    if not key:
        # the 100 keys with most claims first, then their places and documents: counting distinct documents
        # (nearly one a claim) for every key took most of the page (130 ms at a million claims)
        top = fetch_frame(
            con,
            "WITH top AS (SELECT metric_key, count(*) AS claims FROM claims WHERE metric_key IS NOT NULL"
            " GROUP BY metric_key ORDER BY claims DESC, metric_key LIMIT 100)"
            " SELECT c.metric_key, t.claims, count(DISTINCT c.subject) AS subjects,"
            " count(DISTINCT c.doc_id) AS documents FROM claims c JOIN top t ON t.metric_key = c.metric_key"
            " GROUP BY c.metric_key, t.claims ORDER BY t.claims DESC, c.metric_key",
        )
        return Page("metric.html", "Metrics", {"metrics": top}, {"key": ""})
    unit_row = con.execute(
        "SELECT unit FROM claims WHERE metric_key = $key GROUP BY unit ORDER BY count(*) DESC, unit LIMIT 1",
        {"key": key},
    ).fetchone()
    unit = unit_row[0] if unit_row else ""
    params = {"key": key, "unit": unit}
    # across places: each subject's latest figure in the metric's most common unit
    across = fetch_frame(
        con,
        "SELECT subject, arg_max(c.value, coalesce(d.date, DATE '1900-01-01')) AS value, max(d.date) AS date,"
        " count(*) AS claims"
        " FROM claims c JOIN documents d ON d.doc_id = c.doc_id WHERE c.metric_key = $key AND c.unit = $unit"
        " AND c.subject IS NOT NULL GROUP BY subject ORDER BY value DESC LIMIT 30",
        params,
    )
    # over time: a figure is dated by the end of its period (由2023年的400家 → 2023-12-31), else by
    # its document's date; the six subjects with most figures get a line each
    over_time = fetch_frame(
        con,
        "SELECT c.subject, coalesce(c.period_end, d.date) AS date, max(c.value) AS value,"
        " arg_max(c.claim_id, c.value) AS claim_id"
        " FROM claims c JOIN documents d ON d.doc_id = c.doc_id"
        " WHERE c.metric_key = $key AND c.unit = $unit AND coalesce(c.period_end, d.date) IS NOT NULL AND c.subject IN"
        " (SELECT subject FROM claims WHERE metric_key = $key AND unit = $unit GROUP BY subject"
        "  ORDER BY count(*) DESC, subject LIMIT 6)"
        " GROUP BY ALL ORDER BY 2 LIMIT 2000",
        params,
    )
    total = con.execute("SELECT count(*) FROM claims WHERE metric_key = $key", {"key": key}).fetchone()[0]
    paging = Paging.from_args(args, total)
    figures = fetch_frame(
        con,
        f"SELECT {_CLAIM_COLUMNS} {_CLAIMS_FROM} WHERE c.metric_key = $key"
        f" ORDER BY d.date DESC NULLS LAST, d.name, c.start_offset LIMIT {paging.size} OFFSET {paging.offset}",
        {"key": key},
    )
    # the official figures of the indicator the metric links to, for the places drawn: a line of their own
    official = fetch_frame(
        con,
        "SELECT o.place AS subject, o.period_end AS date, o.value, o.source, o.release_date"
        " FROM official_observations o"
        " WHERE o.measure = 'level' AND o.unit = $unit AND o.place IN (SELECT unnest($places::VARCHAR[]))"
        " AND o.indicator_id IN (SELECT m.indicator_id FROM metric_indicators m WHERE m.metric_key = $key)"
        " ORDER BY o.place, o.period_end, o.release_date LIMIT 500",
        params | {"places": sorted(set(over_time["subject"]))},
    )
    series: dict[str, list] = {}
    links: dict[tuple[str, object], str] = {}
    for row in over_time.itertuples():
        series.setdefault(row.subject, []).append((row.date.date(), row.value))
        links[(row.subject, row.date.date())] = f"/claim/{row.claim_id}"
    for row in official.itertuples():
        series.setdefault(text.plain("chart.official_line", place=row.subject), []).append((row.date.date(), row.value))
    charts = {
        "across": bar_chart(
            across["subject"].tolist(), across["value"].tolist(), unit, text.plain("chart.by_place", key=key)
        ),
        "over_time": line_chart(series, unit, text.plain("chart.over_time", key=key), links=links),
    }
    return Page(
        "metric.html",
        key,
        {"figures": figures, "across": across, "over_time": over_time, "official": official},
        {"key": key, "unit": unit, "charts": charts, "paging": paging},
    )


def _paged_query(
    con: duckdb.DuckDBPyConnection, sql: str, params: dict[str, object], args: dict[str, str]
) -> tuple[pd.DataFrame, Paging]:
    """One page of a query's rows and the total, in one run of the query (the total rides along as a
    window count: counting first and then paging would run an expensive query twice)."""
    size = _int(args.get("page_size"), PAGE_SIZE, 1, MAX_PAGE_SIZE)
    wanted = Paging(_int(args.get("page"), 1, 1, 10**9), size, total=0)
    paged = f"SELECT *, count(*) OVER () AS __total FROM ({sql}) LIMIT {wanted.size} OFFSET {wanted.offset}"
    frame = fetch_frame(con, paged, params)
    if frame.empty and wanted.page > 1:  # past the end: the last page instead
        total = con.execute(f"SELECT count(*) FROM ({sql})", params or None).fetchone()[0]
        return _paged_query(con, sql, params, {**args, "page": str(max(1, math.ceil(total / wanted.size)))})
    total = int(frame["__total"].iloc[0]) if not frame.empty else 0
    return frame.drop(columns="__total"), Paging(wanted.page, wanted.size, total)


SQL_SECONDS = 10  # the SQL box's time limit: a query still running then is interrupted
SQL_MAX_CHARS = 20_000


def sql(con: duckdb.DuckDBPyConnection, args: dict[str, str], *, text: UiText) -> Page:
    """A reading statement typed by the analyst, on the sandboxed connection every page uses: one
    statement that reads (a writing one is a 400 saying why), its $name parameters as form fields, at
    most MAX_PAGE_SIZE rows a page and SQL_SECONDS of work (both shown)."""
    statement = (args.get("sql") or "").strip()
    if len(statement) > SQL_MAX_CHARS:
        raise BadRequest("error.sql_too_long", n=len(statement), most=SQL_MAX_CHARS)
    names = sorted(set(PARAMETER.findall(statement)))
    values = {name: (args.get(name) or "").strip() for name in names}
    context: dict[str, object] = {
        "sql": statement, "values": values, "paging": None, "error": None, "seconds": SQL_SECONDS,
        "max_rows": MAX_PAGE_SIZE,
    }  # fmt: skip
    result = pd.DataFrame()
    if statement and all(values.values()):
        try:
            one_reading_statement(con, statement)
            params = typed(statement, dict(values))
        except ValueError as err:
            raise BadRequest("error.as_said", reason=str(err)) from err
        timer = threading.Timer(SQL_SECONDS, con.interrupt)
        timer.start()
        try:
            result, paging = _paged_query(con, statement.rstrip().rstrip(";"), params, args)
            context["paging"] = paging
        except duckdb.InterruptException as err:
            raise BadRequest("error.sql_stopped", seconds=SQL_SECONDS) from err
        except duckdb.Error as err:
            if store.file_failure(err) is not None:
                raise
            raise BadRequest("error.as_said", reason=str(err).splitlines()[0]) from err
        finally:
            timer.cancel()
    return Page("sql.html", "SQL", {"rows": result}, context)


def checks(con: duckdb.DuckDBPyConnection, args: dict[str, str], *, text: UiText) -> Page:
    try:
        chosen = CheckFilter.from_args(args)
    except UnknownChoice as err:
        raise BadRequest.from_choice(err) from err
    on_check, on_claim = check_conditions(chosen)
    params = {**on_check.params, **on_claim.params}
    where = on_check.sql
    if on_claim.params:  # a check with a claim that passes every claim filter
        where += (
            " AND k.check_id IN (SELECT l.check_id FROM check_claims l JOIN claims c ON c.claim_id = l.claim_id"
            f" WHERE {on_claim.sql})"
        )
    total = con.execute(f"SELECT count(*) FROM cross_checks k WHERE {where}", params or None).fetchone()[0]
    paging = Paging.from_args({**args, "page_size": args.get("page_size") or "20"}, total)
    groups = _check_groups(con, where, params, paging)
    rules = [r[0] for r in con.execute("SELECT DISTINCT rule FROM cross_checks ORDER BY rule").fetchall()]
    return Page(
        "checks.html",
        f"Checks: {chosen.verdict or 'all verdicts'}",
        {"checks": groups},
        {
            "deferred": {"facets": partial(_check_facet_counts, con, chosen, where, on_check, on_claim)},
            "filter": chosen,
            "verdicts": VERDICTS,
            "rules": rules,
            "paging": paging,
        },
    )


def _keys_in(name: str, keys: list[str]) -> tuple[str, dict[str, str]]:
    """`$name0, $name1, …` for an IN list of `keys`, and their bindings (NULL for none: IN () is no SQL). An IN list
    of parameters is looked up in the table's index; a join with a few rows, or = ANY of a list, scans the table."""
    bindings = {f"{name}{i}": key for i, key in enumerate(keys)}
    return ", ".join(f"${binding}" for binding in bindings) or "NULL", bindings


def _check_groups(
    con: duckdb.DuckDBPyConnection, where: str, params: dict[str, object], paging: Paging
) -> pd.DataFrame:
    """The checks of the page, each with its claims in order, found by key: the page's checks and their claims
    first, then those checks, claims and documents through the tables' indexes. Joining the page's checks to the
    claims and documents in one query hashed every claim and document (66 of a /checks' 350 ms at a million
    claims)."""
    members = con.execute(
        "SELECT l.check_id, l.claim_id, l.position FROM check_claims l WHERE l.check_id IN (SELECT k.check_id"
        f" FROM cross_checks k WHERE {where} ORDER BY k.n_documents DESC, k.rule, k.check_id"
        f" LIMIT {paging.size} OFFSET {paging.offset})",
        params or None,
    ).fetchall()
    checks, check_keys = _keys_in("check", sorted({check for check, _, _ in members}))
    claims, claim_keys = _keys_in("claim", sorted({claim for _, claim, _ in members}))
    found = con.execute(f"SELECT DISTINCT doc_id FROM claims WHERE claim_id IN ({claims})", claim_keys or None)
    documents, document_keys = _keys_in("doc", [doc for (doc,) in found.fetchall()])
    check_of, claim_of, position_of = (list(column) for column in zip(*members, strict=True)) if members else ([],) * 3
    return fetch_frame(
        con,
        "WITH l AS (SELECT unnest($check_of::VARCHAR[]) AS check_id, unnest($claim_of::VARCHAR[]) AS claim_id,"
        " unnest($position_of::INTEGER[]) AS position)"
        " SELECT k.check_id, k.rule, k.scope, k.verdict, k.expected, k.observed, k.tolerance, k.n_documents,"
        " k.explanation_zh, k.explanation_en, list(c.claim_id ORDER BY l.position) AS claim_ids,"
        " list(struct_pack(claim_id := c.claim_id, mention := c.mention, sentence := c.sentence,"
        " subject := c.subject, article_id := c.article_id, doc := d.name, date := d.date) ORDER BY l.position)"
        " AS claims"
        " FROM cross_checks k JOIN l ON l.check_id = k.check_id JOIN claims c ON c.claim_id = l.claim_id"
        " JOIN documents d ON d.doc_id = c.doc_id"
        f" WHERE k.check_id IN ({checks}) AND c.claim_id IN ({claims}) AND d.doc_id IN ({documents})"
        " GROUP BY ALL ORDER BY k.n_documents DESC, k.rule, k.check_id",
        {"check_of": check_of, "claim_of": claim_of, "position_of": position_of}
        | check_keys
        | claim_keys
        | document_keys,
    )


def _check_facet_counts(
    con: duckdb.DuckDBPyConnection, chosen: CheckFilter, where: str, on_check: Condition, on_claim: Condition
) -> list[tuple[Facet, list[tuple[str, int]]]]:
    """The checks list's facets, each counting the checks its link lists: the verdict and rule over the checks
    listed (`where`, the list's own condition); the subject, metric and year over their claims that pass the
    claim filters, a check once per value. With no claim filter, from the values each check stores of its claims
    (STORED_CLAIM_FACETS: 235 ms of CPU at a million claims, now about 20); else over the claims that pass,
    counted distinctly. Two scans, not one over checks x claims: counting each check's verdict distinctly across
    its claims took twice as long (85 ms against 45 ms at 200,000 claims)."""
    params = {**on_check.params, **on_claim.params}
    by_check = facet_counts(con, chosen.check_facets(), f"FROM cross_checks k WHERE {where}", params)
    if not on_claim.params:
        return by_check + facet_counts(con, STORED_CLAIM_FACETS, stored_claim_values(on_check), on_check.params)
    claims_of = "FROM check_claims l JOIN claims c ON c.claim_id = l.claim_id"
    if on_check.params:  # a verdict or rule chosen: the claims of those checks only
        claims_of += " JOIN cross_checks k ON k.check_id = l.check_id"
    by_claim = facet_counts(
        con, chosen.claim_facets(), f"{claims_of} WHERE {on_check.sql} AND {on_claim.sql}", params, counted="l.check_id"
    )
    return by_check + by_claim


def queries(con: duckdb.DuckDBPyConnection, args: dict[str, str], *, text: UiText) -> Page:
    named = named_queries()
    listing = pd.DataFrame(
        [(q.name, q.description, q.params, ", ".join(q.parameters)) for q in named.values()],
        columns=["name", "description", "params", "parameters"],
    )
    return Page("queries.html", "Queries", {"queries": listing}, {"named": named})


def query(con: duckdb.DuckDBPyConnection, args: dict[str, str], name: str, *, text: UiText) -> Page:
    known = named_queries()
    if name not in known:
        raise NotFound("error.no_query", name=name)
    named = known[name]
    values = {p: (args.get(p) or "").strip() for p in named.parameters}  # the form's fields
    context: dict[str, object] = {"query": named, "values": values, "error": None, "paging": None}
    result = pd.DataFrame()
    if all(values.values()):
        try:
            params = typed(named.sql, dict(values))
        except ValueError as err:
            raise BadRequest("error.as_said", reason=str(err)) from err
        try:
            result, paging = _paged_query(con, named.body, params, args)
            context["paging"] = paging
        except duckdb.Error as err:
            context["error"] = str(err).splitlines()[0]
    return Page("query.html", name, {"rows": result}, context)
