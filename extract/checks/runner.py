"""Runs the cross-check rules over the database and stores their verdicts, incrementally.

`run_checks` looks at the documents not yet checked (or checked by an older checker): the
article rules run on their articles; the corpus rules run on the claims of every metric key a new
document names, and their verdicts for that key replace the stored ones whole (a new figure may
settle a conflict as well as start one). Everything is written in one transaction; running it
twice changes nothing.

Claims are streamed out of DuckDB in the order the rules group them, never all held at once: the
new documents' claims document by document for the article rules, and the claims of every metric
key a new document names, key by key (a few keys per query, so no sort holds the corpus), for the
corpus rules — each of which compares claims of one metric key only, so a key's claims are all it
needs. Memory is that of the largest metric, not the corpus.

Claims are read as a fact-checker's standing decisions leave them (the reviewed_claims view): a rejected
claim is left out, a corrected one compared with its corrected fields. A decision drops the verdicts of its
claim's document (extract/reviews.py), so the next run checks that document again.

Each claim carries the document its group of reprints counts as (the reprints table, joined
transitively): the corpus rules count independent sources, not copies of one text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import groupby
from types import ModuleType

import duckdb
import pandas as pd

from extract import lexicon
from extract.checks import (
    change_levels,
    cumulative,
    official,
    part_whole,
    parts_total,
    rate_total,
    same_fact,
    share_count,
)
from extract.checks.comparable import narrowed_to, time_written
from extract.checks.model import CHECKER_VERSION, TRUSTED_BASES, CheckClaim, Verdict
from extract.official import refresh_links
from extract.progress import progress_bar
from extract.reprints import sources_of
from extract.store import rollback

RULES: tuple[ModuleType, ...] = (parts_total, share_count, change_levels, rate_total, same_fact, part_whole, cumulative)
_SCOPES = {rule.RULE: rule.SCOPE for rule in (*RULES, official)}

# a claim's indicator (schema/012_official.sql: metric_indicators), joined where the claims are read
_INDICATOR_JOIN = """LEFT JOIN metric_indicators mi
     ON mi.metric = c.metric AND mi.metric_key = coalesce(c.metric_key, '') AND mi.unit = c.unit AND mi.kind = c.kind"""
_CLAIM_COLUMNS = f"""
SELECT c.claim_id, c.doc_id, c.article_id, c.start_offset, c.end_offset, c.mention, c.sentence, c.sentence_offset,
       c.value, c.value_high, c.unit, c.qualifier, c.kind, c.direction, c.metric, c.metric_key, c.subject,
       c.place_code, c.period, c.period_start, c.period_end, d.date, c.aspect, c.subject_basis, c.metric_basis,
       c.period_basis, mi.indicator_id
FROM reviewed_claims c JOIN documents d USING (doc_id)
{_INDICATOR_JOIN}
WHERE c.review_status IS DISTINCT FROM 'rejected'
"""
# what the corpus rules compare a claim within (CheckClaim.compare_key): its indicator, else its metric key
_COMPARE_KEY = "coalesce('indicator:' || mi.indicator_id, c.metric_key)"
# the corpus rules compare metrics of two characters or more (comparable.comparable_metric): the keys the
# new documents name, and those of the subjects (and provinces) whose daily-series standing changed, with
# how many claims each has
_NEW_KEYS_SQL = f"""
WITH keyed AS (
    SELECT {_COMPARE_KEY} AS compare_key, c.doc_id, c.subject, c.place_code FROM reviewed_claims c
    {_INDICATOR_JOIN}
    WHERE length(c.metric_key) >= 2 AND c.review_status IS DISTINCT FROM 'rejected'
)
SELECT compare_key, count(*) FROM keyed
WHERE compare_key IN (
    SELECT compare_key FROM keyed WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))
    UNION ALL SELECT compare_key FROM keyed WHERE subject IN (SELECT unnest(?::VARCHAR[]))
    UNION ALL SELECT compare_key FROM keyed WHERE 'province:' || left(place_code, 2) IN (SELECT unnest(?::VARCHAR[])))
GROUP BY compare_key ORDER BY compare_key
"""
_KEY_CLAIMS_SQL = _CLAIM_COLUMNS + (
    f"AND length(c.metric_key) >= 2 AND {_COMPARE_KEY} IN (SELECT unnest(?::VARCHAR[]))"
    f" ORDER BY {_COMPARE_KEY}, c.doc_id, c.start_offset"
)
# claims of the keys one query sorts: DuckDB's sort of every claim at once held 570 MB at 725,000 claims
_CLAIMS_AT_ONCE = 50_000
# IN (SELECT unnest(?)) is a hash join; list_contains(?, doc_id) searched the list for every row
_NEW_CLAIMS_SQL = _CLAIM_COLUMNS + "AND c.doc_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY c.doc_id, c.start_offset"
_FETCH_ROWS = 10_000
_DOCUMENTS_AT_ONCE = 200  # new documents whose claims and texts the article rules hold at a time


@dataclass
class CheckReport:
    documents_checked: int = 0
    verdicts: dict[str, int] = field(default_factory=dict)  # verdict -> count written this run

    def summary(self) -> str:
        counts = ", ".join(f"{n} {v}" for v, n in sorted(self.verdicts.items())) or "no new verdicts"
        return f"{self.documents_checked} documents checked: {counts}"


def run_checks(con: duckdb.DuckDBPyConnection, full: bool = False, progress: bool | None = False) -> CheckReport:
    """Check the documents not checked yet (all of them with `full`) and store the verdicts; `progress`
    shows a bar of the documents and metric keys checked (None: on a terminal, after a second)."""
    con.execute("BEGIN TRANSACTION")
    try:
        if full:
            for table in ("cross_checks", "check_claims", "checked_documents"):
                con.execute(f"DELETE FROM {table}")
        # verdicts an older checker gave go: a rule it had may now give none for a group (part_whole
        # no longer stores a county below its city), so no new verdict would replace them
        con.execute(
            "DELETE FROM check_claims WHERE check_id IN (SELECT check_id FROM cross_checks WHERE checker_version <> ?)",
            [CHECKER_VERSION],
        )
        con.execute("DELETE FROM cross_checks WHERE checker_version <> ?", [CHECKER_VERSION])
        new_docs = {
            row[0]
            for row in con.execute(
                "SELECT doc_id FROM documents WHERE doc_id NOT IN"
                " (SELECT doc_id FROM checked_documents WHERE checker_version = ?)",
                [CHECKER_VERSION],
            ).fetchall()
        }
        report = CheckReport(documents_checked=len(new_docs))
        # links made before the corpus rules group by them: a claim stored by `claimkb load`, a metric a review
        # corrected, a catalogue changed since
        refresh_links(con)
        if new_docs:
            with progress_bar("checked", progress) as bar:
                verdicts, rechecked = evaluate(con, new_docs, bar.update)
            _store(con, verdicts, rechecked, new_docs)
            for verdict in verdicts:
                report.verdicts[verdict.verdict] = report.verdicts.get(verdict.verdict, 0) + 1
        for verdict in _check_official(con):
            report.verdicts[verdict.verdict] = report.verdicts.get(verdict.verdict, 0) + 1
        con.execute("COMMIT")
    except Exception:
        rollback(con)
        raise
    return report


def _check_official(con: duckdb.DuckDBPyConnection) -> list[Verdict]:
    """Every claim against the official figures, all at once (a join of the linked claims with the official
    observations, which a new document or a reference table loaded may change): the official rule's stored
    verdicts are replaced whole; the ones not stored before (or whose verdict changed) are returned."""
    before = dict(con.execute("SELECT check_id, verdict FROM cross_checks WHERE rule = ?", [official.RULE]).fetchall())
    verdicts = official.check(con)
    con.execute(
        "DELETE FROM check_claims WHERE check_id IN (SELECT check_id FROM cross_checks WHERE rule = ?)", [official.RULE]
    )
    con.execute("DELETE FROM cross_checks WHERE rule = ?", [official.RULE])
    _store(con, verdicts, set(), set())
    return [v for v in verdicts if before.get(v.check_id) != v.verdict]


def stream_claims(
    con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None, sources: dict[str, str] | None = None
) -> Iterator[CheckClaim]:
    """The claims a query selects (_CLAIM_COLUMNS), fetched a slice at a time; `sources` maps a document
    that is in a group of reprints to the one the group counts as (reprint_sources)."""
    sources = sources or {}
    cursor = con.cursor()  # its own result: the caller's connection stays free for other statements
    try:
        cursor.execute(sql, params)
        while rows := cursor.fetchmany(_FETCH_ROWS):
            for row in rows:
                yield CheckClaim(*row, reprint_of=sources.get(row[1]))
    finally:
        cursor.close()


def reprint_sources(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """Every document in a group of reprints -> the document the group counts as (groups joined
    transitively: a pair per row of the reprints table, a few per reposted text, so held at once)."""
    return sources_of(con.execute("SELECT doc_id, original_doc_id FROM reprints").fetchall())


def evaluate(
    con: duckdb.DuckDBPyConnection, new_docs: set[str], advance: Callable[[int], object] = lambda n: None
) -> tuple[list[Verdict], set[str]]:
    """The article rules' verdicts on the new documents, and the corpus rules' verdicts on every metric
    key a new document names (each with its metric_key set); and those metric keys, whose stored corpus
    verdicts the new ones replace."""
    verdicts: list[Verdict] = []
    rechecked: set[str] = set()
    article_rules = [rule for rule in RULES if rule.SCOPE == "article"]
    corpus_rules = [rule for rule in RULES if rule.SCOPE != "article"]
    ordered = sorted(new_docs)
    sources = reprint_sources(con)
    days = con.execute(_DAILY_SQL, [ordered, ordered]).fetchall()  # (subject, every day, the days before)
    daily = daily_series([(subject, every) for subject, every, _ in days])
    # a subject the new documents made daily (or not) changes the verdicts of figures checked before
    changed = daily ^ daily_series([(subject, before or []) for subject, _, before in days])
    for start in range(0, len(ordered), _DOCUMENTS_AT_ONCE):
        chunk = ordered[start : start + _DOCUMENTS_AT_ONCE]
        by_article: dict[str, list[CheckClaim]] = {}
        for claim in stream_claims(con, _NEW_CLAIMS_SQL, [chunk], sources):
            by_article.setdefault(claim.article_id, []).append(claim)
        texts = _texts(con, set(chunk))
        for rule in article_rules:
            for members in by_article.values():
                verdicts.extend(rule.check(members, texts[members[0].doc_id]))
        advance(len(chunk))  # documents of the article rules
    for _, group in groupby(_claims_by_key(con, ordered, sorted(changed), sources), key=lambda c: c.compare_key):
        claims = list(group)
        by_id = {claim.claim_id: claim for claim in claims}
        for rule in corpus_rules:
            for verdict in rule.check(claims):
                verdict.metric_key = claims[0].compare_key
                verdicts.append(_generic_is_unverifiable(unstated_is_unverifiable(verdict, by_id, daily)))
        # a key whose claims give no verdict now still replaces what it gave before
        rechecked.add(claims[0].compare_key)
        advance(1)  # a metric key of the corpus rules
    return verdicts, rechecked


def unstated_is_unverifiable(
    verdict: Verdict, claims: dict[str, CheckClaim], daily: frozenset[str] = frozenset()
) -> Verdict:
    """A disagreement across documents is a conflict only between figures whose own sentences state
    their subject and metric: where one was carried from an earlier sentence, taken from the topic or
    the region by default, the figures may well be of different things, so it is unverifiable, saying
    which figure and why."""
    if verdict.verdict != "conflict":
        return verdict
    unstated = [claims[i] for i in verdict.claim_ids if i in claims and not claims[i].stated]
    if not unstated:
        return _untimed_is_unverifiable(_narrowed_is_unverifiable(verdict, claims), claims, daily)
    first = unstated[0]
    how_zh = {"carried": "沿用前文", "topic": "取自文章主题", "region": "默认为文档地区"}
    how = first.subject_basis if first.subject_basis not in TRUSTED_BASES else first.metric_basis
    what_zh, what_en = ("主体", "subject") if first.subject_basis not in TRUSTED_BASES else ("指标", "metric")
    verdict.verdict = "unverifiable"
    verdict.explanation_zh += (
        f"（“{first.mention}”的{what_zh}{how_zh.get(how or '', '未在其句中写明')}，无法确认是同一事实。）"
    )
    verdict.explanation_en += (
        f" ({first.mention}: its {what_en} is {how or 'not known'}, not stated in its sentence,"
        " so the figures may not be of one fact.)"
    )
    return verdict


# a subject with running totals, stocks or flows reported on this many days, each within _DAILY_GAP days of
# the one before, is a series updated day by day (a health commission's notices)
_DAILY_DAYS = 3
_DAILY_GAP = 2
# by subject, and by province (a city's figures in a province's daily notice are as daily as the province's)
# (every day, and the days of the documents other than those listed: those checked before, to tell which
# subjects the new ones made daily; one scan for both)
_DAILY_SQL = """
SELECT c.subject, list(DISTINCT d.date ORDER BY d.date),
  list(DISTINCT d.date ORDER BY d.date) FILTER (WHERE d.doc_id NOT IN (SELECT unnest(?::VARCHAR[])))
FROM claims c JOIN documents d USING (doc_id)
WHERE c.aspect IS NOT NULL AND c.subject IS NOT NULL AND d.date IS NOT NULL GROUP BY c.subject
UNION ALL
SELECT 'province:' || left(c.place_code, 2), list(DISTINCT d.date ORDER BY d.date),
  list(DISTINCT d.date ORDER BY d.date) FILTER (WHERE d.doc_id NOT IN (SELECT unnest(?::VARCHAR[])))
FROM claims c JOIN documents d USING (doc_id)
WHERE c.aspect IS NOT NULL AND c.place_code IS NOT NULL AND d.date IS NOT NULL GROUP BY left(c.place_code, 2)
"""


def daily_series(days_of: list[tuple[str, list]]) -> frozenset[str]:
    """The subjects whose moving figures the corpus reports day after day, from (subject, its days)."""
    daily = set()
    for subject, days in days_of:
        run = 1
        for before, after in zip(days, days[1:], strict=False):
            run = run + 1 if (after - before).days <= _DAILY_GAP else 1
            if run >= _DAILY_DAYS:
                daily.add(subject)
                break
    return frozenset(daily)


# the rules that say two figures are of one thing (not a part against its whole)
_SAME_THING_RULES = ("same_fact", "cumulative")


def _narrowed_is_unverifiable(verdict: Verdict, claims: dict[str, CheckClaim]) -> Verdict:
    """Figures their sentences narrow differently (one inside the bracket of another figure, one leaving
    a place out) are not of one thing, whatever their metric's words."""
    if verdict.verdict != "conflict" or verdict.rule not in _SAME_THING_RULES:
        return verdict
    narrowed = [(claims[i].mention, narrowed_to(claims[i])) for i in verdict.claim_ids if i in claims]
    if len({how for _, how in narrowed}) <= 1:
        return verdict
    mention, how = next((m, how) for m, how in narrowed if how)
    verdict.verdict = "unverifiable"
    verdict.explanation_zh += f"（“{mention}”在其句中限定为“{how}”，与其他数字可能不是同一事物。）"
    verdict.explanation_en += f" ({mention} is narrowed by its sentence ({how}): not one thing.)"
    return verdict


@cache
def _generic_metrics() -> frozenset[str]:
    return frozenset(lexicon.word_list("generic_share_metrics.txt"))


def _generic_is_unverifiable(verdict: Verdict) -> Verdict:
    """A share or a pace that does not say of what (比重, 贡献率, 增速 alone) may be of anything: figures
    under it neither agree nor disagree across articles (lexicon/generic_share_metrics.txt)."""
    if verdict.metric_key not in _generic_metrics() or verdict.verdict == "unverifiable":
        return verdict
    verdict.verdict = "unverifiable"
    verdict.explanation_zh += f"（“{verdict.metric_key}”未说明是什么的{verdict.metric_key}，无法比较。）"
    verdict.explanation_en += f" ({verdict.metric_key} alone does not say what it is of: not comparable.)"
    return verdict


def _in_daily_series(claim: CheckClaim, daily: frozenset[str]) -> bool:
    return claim.subject in daily or bool(claim.place_code and f"province:{claim.place_code[:2]}" in daily)


def _untimed_is_unverifiable(verdict: Verdict, claims: dict[str, CheckClaim], daily: frozenset[str]) -> Verdict:
    """The figures of a subject reported day after day move from one update to the next (a feed's 12时 and
    24时 notices of one day, a headline's "新增2例，累计105例"): a disagreement among them is a conflict
    only when each figure's own sentence writes its time — not "now" (目前, 现有, 今天), a period carried
    from an earlier sentence or the day published — and says what kind of count it is (a running total,
    a stock or a day's)."""
    members = [claims[i] for i in verdict.claim_ids if i in claims and _in_daily_series(claims[i], daily)]
    untimed = next((c for c in members if not time_written(c)), None)
    unsaid = next((c for c in members if c.aspect is None), None) if any(c.aspect for c in members) else None
    if untimed is None and unsaid is None:
        return verdict
    verdict.verdict = "unverifiable"
    if untimed is not None:
        verdict.explanation_zh += f"（“{untimed.mention}”的时间未在其句中写明，可能是另一次通报的数字。）"
        verdict.explanation_en += (
            f" ({untimed.mention}: its time is not written in its sentence; it may be of another update.)"
        )
    else:
        verdict.explanation_zh += f"（“{unsaid.mention}”未说明是累计数、现有数还是当日数。）"
        verdict.explanation_en += (
            f" ({unsaid.mention}: it does not say whether it is a running total, a current count or a day's.)"
        )
    return verdict


def _claims_by_key(
    con: duckdb.DuckDBPyConnection, new_docs: list[str], series: list[str], sources: dict[str, str]
) -> Iterator[CheckClaim]:
    """Every claim of the metric keys the new documents name, and of those a subject in `series` (a
    subject or province whose daily-series standing changed) has figures of, key by key, a few keys per query."""
    batch: list[str] = []
    size = 0
    for key, n in con.execute(_NEW_KEYS_SQL, [new_docs, series, series]).fetchall():
        if batch and size + n > _CLAIMS_AT_ONCE:
            yield from stream_claims(con, _KEY_CLAIMS_SQL, [batch], sources)
            batch, size = [], 0
        batch.append(key)
        size += n
    if batch:
        yield from stream_claims(con, _KEY_CLAIMS_SQL, [batch], sources)


def _texts(con: duckdb.DuckDBPyConnection, doc_ids: set[str]) -> dict[str, str]:
    if not doc_ids:
        return {}
    rows = con.execute(
        "SELECT doc_id, text FROM documents WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [sorted(doc_ids)]
    ).fetchall()
    return dict(rows)


# each check's distinct subjects, metric keys and period years of its claims as read (the checks list's facets)
_CLAIM_VALUES = (
    "SELECT l.check_id, list(DISTINCT c.subject) FILTER (WHERE c.subject IS NOT NULL) AS subjects,"
    " list(DISTINCT c.metric_key) FILTER (WHERE c.metric_key IS NOT NULL) AS metric_keys,"
    " list(DISTINCT year(c.period_end)) FILTER (WHERE c.period_end IS NOT NULL) AS years"
    " FROM check_links l JOIN claims c ON c.claim_id = l.claim_id GROUP BY l.check_id"
)


def _store(con: duckdb.DuckDBPyConnection, verdicts: list[Verdict], rechecked: set[str], new_docs: set[str]) -> None:
    if rechecked:
        keys = sorted(rechecked)
        con.execute(
            "DELETE FROM check_claims WHERE check_id IN (SELECT check_id FROM cross_checks"
            " WHERE metric_key IN (SELECT unnest(?::VARCHAR[])))",
            [keys],
        )
        con.execute("DELETE FROM cross_checks WHERE metric_key IN (SELECT unnest(?::VARCHAR[]))", [keys])
    unique = {v.check_id: v for v in verdicts}
    rows = pd.DataFrame(
        [
            {
                "check_id": check_id,
                "rule": v.rule,
                "scope": _SCOPES[v.rule],
                "verdict": v.verdict,
                "expected": v.expected,
                "observed": v.observed,
                "tolerance": v.tolerance,
                "claim_ids": v.claim_ids,
                "doc_ids": v.doc_ids,
                "n_documents": v.n_documents,
                "n_reprints": v.n_reprints,
                "group_key": v.group_key,
                "explanation_zh": v.explanation_zh,
                "explanation_en": v.explanation_en,
                "checker_version": CHECKER_VERSION,
                "metric_key": v.metric_key,
                "official_source": v.official_source,
                "official_release_date": v.official_release_date,
            }
            for check_id, v in unique.items()
        ],
        columns=[
            "check_id", "rule", "scope", "verdict", "expected", "observed", "tolerance", "claim_ids", "doc_ids",
            "n_documents", "n_reprints", "group_key", "explanation_zh", "explanation_en", "checker_version",
            "metric_key", "official_source", "official_release_date",
        ],
    )  # fmt: skip
    links = pd.DataFrame(
        [(check_id, claim_id, i) for check_id, v in unique.items() for i, claim_id in enumerate(v.claim_ids)],
        columns=["check_id", "claim_id", "position"],
    )
    con.register("check_rows", rows)
    con.register("check_links", links)
    if len(rows):
        con.execute("DELETE FROM check_claims WHERE list_contains(?, check_id)", [list(unique)])
        con.execute("DELETE FROM cross_checks WHERE list_contains(?, check_id)", [list(unique)])
        con.execute(
            "INSERT INTO cross_checks (check_id, rule, scope, verdict, expected, observed, tolerance, claim_ids,"
            " doc_ids, n_documents, n_reprints, group_key, explanation_zh, explanation_en, checker_version, metric_key,"
            " official_source, official_release_date, claim_subjects, claim_metric_keys, claim_years)"
            f" SELECT r.*, v.subjects, v.metric_keys, v.years FROM check_rows r LEFT JOIN ({_CLAIM_VALUES}) v"
            " USING (check_id)"
        )
        con.execute("INSERT INTO check_claims SELECT * FROM check_links")
    checked = pd.DataFrame({"doc_id": sorted(new_docs), "checker_version": CHECKER_VERSION})
    con.register("checked_rows", checked)
    con.execute("INSERT OR REPLACE INTO checked_documents (doc_id, checker_version) SELECT * FROM checked_rows")
    for name in ("check_rows", "check_links", "checked_rows"):
        con.unregister(name)
