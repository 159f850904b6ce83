"""The Claims page's filters as a SQL condition with bound parameters (never formatted into SQL).

A subject filter takes in the places below it: a county or city named in the places table brings
every claim whose place code lies inside it (定陶区's organisations and towns, 菏泽市's counties);
any name also matches the subjects that start with it (定陶区 → 定陶区滨河街道).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import duckdb

from extract.checks.model import VERDICTS
from extract.claims import ASPECTS, KINDS
from extract.dashboard.ui_text import UiText
from extract.pattern_cache import compile_pattern
from extract.reviews import STATUSES

# a value is sorted within its unit: 3亿元 and 3个 are no two sizes of one thing
SORTS = {
    "date": "d.date",
    "value": "c.unit, c.value",
    "unit": "c.unit",
    "subject": "c.subject",
    "metric": "c.metric_key",
    "kind": "c.kind",
    "period": "c.period_end",
    "aspect": "c.aspect",
    "review": "r.status",
}
REVIEW_CHOICES = (*STATUSES, "reviewed", "unreviewed")  # a standing decision of a status, any, or none
_CODE_PREFIX = {"province": 2, "city": 4, "county": 6}


@dataclass(frozen=True)
class ClaimFilter:
    subject: str = ""
    metric: str = ""
    kind: str = ""
    period: str = ""
    aspect: str = ""  # cumulative / stock / flow
    verdict: str = ""
    review: str = ""  # one of REVIEW_CHOICES
    year: str = ""  # of the period's end: 2023
    month: str = ""  # of the period's end: 2023-05
    q: str = ""
    sort: str = "date"  # the columns to sort by, first first: "subject,-value" (- descending)
    descending: bool = True  # the order of a sort column written without a sign

    @classmethod
    def from_args(cls, args: dict[str, str]) -> ClaimFilter:
        """From a request's query string. An unknown kind, aspect, verdict, review status or sort is refused
        (UnknownChoice, naming the choices), as /checks refuses an unknown verdict: showing every claim
        for a mistyped filter would pass for an answer."""

        def text(name: str) -> str:
            return (args.get(name) or "").strip()[:200]

        def choice(name: str, allowed: tuple[str, ...] | list[str], default: str = "") -> str:
            value = text(name)
            if value and value not in allowed:
                raise UnknownChoice(name, value, allowed)
            return value or default

        return cls(
            subject=text("subject"),
            metric=text("metric"),
            kind=choice("kind", KINDS),
            period=text("period"),
            aspect=choice("aspect", ASPECTS),
            verdict=choice("verdict", VERDICTS),
            review=choice("review", REVIEW_CHOICES),
            year=date_part(args, "year"),
            month=date_part(args, "month"),
            q=text("q"),
            sort=_sort_columns(text("sort")) or "date",
            descending=text("order") != "asc",
        )


def _sort_columns(written: str) -> str:
    """The sort columns as written (subject,-value), each one of SORTS, else UnknownChoice."""
    columns = [column.strip() for column in written.split(",") if column.strip()]
    for column in columns:
        if column.lstrip("-") not in SORTS:
            raise UnknownChoice("sort", column, tuple(SORTS))
    return ",".join(columns)


_DATE_PARTS = {"year": compile_pattern(r"\d{4}"), "month": compile_pattern(r"\d{4}-(0[1-9]|1[0-2])")}


def date_part(args: dict[str, str], name: str) -> str:
    """A year (2023) or a month (2023-05) filter as written, else UnknownChoice: a date facet's value."""
    value = (args.get(name) or "").strip()
    if value and not _DATE_PARTS[name].fullmatch(value):
        raise UnknownChoice(name, value, ("2023",) if name == "year" else ("2023-05",))
    return value


class UnknownChoice(ValueError):
    """A filter's value that is none of its choices: its message in English (the twins say it so); the
    dashboard shows it in the page's language from `key` and `values`."""

    def __init__(self, name: str, value: str, choices: tuple[str, ...] | list[str]) -> None:
        self.key = {"sort": "error.unknown_sort", "year": "error.bad_date", "month": "error.bad_date"}.get(
            name, "error.unknown_choice"
        )
        self.values = {"name": name, "value": value[:40], "choices": ", ".join(choices)}
        super().__init__(UiText("en").plain(self.key, **self.values))


@dataclass
class Condition:
    sql: str = "TRUE"
    params: dict[str, object] = field(default_factory=dict)


def claim_condition(con: duckdb.DuckDBPyConnection, chosen: ClaimFilter) -> Condition:
    """WHERE clause over claims c (joined with documents d and the standing decisions r: current_reviews)."""
    parts: list[str] = []
    params: dict[str, object] = {}
    if chosen.subject:
        params["subject"] = chosen.subject
        inside = "c.subject = $subject OR starts_with(c.subject, $subject)"
        place = con.execute("SELECT place_code, level FROM places WHERE name = $subject", params).fetchone()
        if place:
            params["code_prefix"] = place[0][: _CODE_PREFIX[place[1]]]
            inside += " OR starts_with(c.place_code, $code_prefix)"
        parts.append(f"({inside})")
    if chosen.metric:
        params["metric"] = chosen.metric
        parts.append("(c.metric_key = $metric OR contains(c.metric_key, $metric) OR contains(c.metric, $metric))")
    if chosen.kind:
        params["kind"] = chosen.kind
        parts.append("c.kind = $kind")
    if chosen.period:
        params["period"] = chosen.period
        parts.append("contains(c.period, $period)")
    if chosen.aspect:
        params["aspect"] = chosen.aspect
        parts.append("c.aspect = $aspect")
    if chosen.verdict:
        params["verdict"] = chosen.verdict
        # a check's claims as it lists them (the same as its check_claims rows, without joining those: a third of
        # the filter's cost at a million claims)
        parts.append("c.claim_id IN (SELECT unnest(k.claim_ids) FROM cross_checks k WHERE k.verdict = $verdict)")
    if chosen.review in STATUSES:
        params["review"] = chosen.review
        parts.append("r.status = $review")
    elif chosen.review:
        parts.append(f"r.status IS {'NOT ' if chosen.review == 'reviewed' else ''}NULL")
    if chosen.year:
        params["year"] = int(chosen.year)
        parts.append("year(c.period_end) = $year")
    if chosen.month:
        params["month"] = chosen.month
        parts.append("strftime(c.period_end, '%Y-%m') = $month")
    if chosen.q:
        params["q"] = chosen.q
        parts.append("contains(c.sentence, $q)")
    return Condition(" AND ".join(parts) or "TRUE", params)


def order_by(chosen: ClaimFilter) -> str:
    """ORDER BY from the whitelisted sort columns, first first (a single column written without a sign takes
    `descending`); ties in reading order."""
    terms = []
    for column in chosen.sort.split(","):
        descending = column.startswith("-") or (len(chosen.sort.split(",")) == 1 and chosen.descending)
        direction = "DESC" if descending else "ASC"
        terms += [f"{expression} {direction} NULLS LAST" for expression in SORTS[column.lstrip("-")].split(", ")]
    return f"ORDER BY {', '.join(terms)}, d.name, c.start_offset"
