"""When two claims from different articles speak of the same thing at the same time.

Same normalised metric and comparable units (lexicon/comparable_units.tsv), and a compatible
time scope: the same period as written (目前 and no period both mean "at the time of writing")
in documents published the same day (`SAME_TIME_DAYS`), or normalised periods that overlap.
`dated` tells whether the time scope is known for both; undated agreement can corroborate, undated
disagreement is only unverifiable (the figures may be from different times).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from extract import lexicon
from extract.checks.model import CheckClaim

# figures with no stated period are "as of writing": of one time only when published the same day
# (issue 26: a feed's daily counts change every day; two reports of one fact on different days
# state their time, or are two times)
SAME_TIME_DAYS = 0
# phrases that put a figure at the time of writing, like no phrase at all
_NOW = {"", "目前", "截至目前", "当前", "现在", "如今", "现", "至今", "截至当前"}
COMPARABLE_KINDS = ("count", "money", "measure", "percent")


@cache
def _unit_groups() -> dict[str, str]:
    return lexicon.word_table("comparable_units.tsv")


@cache
def _uncomparable() -> frozenset[str]:
    return frozenset(lexicon.word_list("uncomparable_metrics.txt"))


def comparable_metric(claim: CheckClaim) -> bool:
    """A metric worth comparing across articles: named (two characters or more), not an aspect of
    the writing itself (方面, 任务, 级; lexicon/uncomparable_metrics.txt)."""
    key = claim.metric_key or ""
    return len(key) >= 2 and key not in _uncomparable()


def unit_group(claim: CheckClaim) -> str:
    return _unit_groups().get(claim.unit, claim.unit)


def _scope(period: str | None) -> str:
    return "" if (period or "") in _NOW else str(period)


# an hour written in a period (12时, 0-24时, 17:00): the stored dates keep the day only
_HOURS = re.compile(r"[0-9０-９]\s*[时時]|[0-9０-９][:：][0-9０-９]{2}")


def _timed(claim: CheckClaim) -> str | None:
    """The period of a claim with both bounds that writes its hours: 1月25日0-12时 and 1月25日12-24时
    are two windows of one day, whose stored dates overlap."""
    return claim.period if claim.period and _HOURS.search(claim.period) else None


def same_time(a: CheckClaim, b: CheckClaim) -> tuple[bool, bool]:
    """(compatible, dated): whether the two may be about the same time, and whether that is known."""
    if a.period_start and a.period_end and b.period_start and b.period_end:
        if _timed(a) and _timed(b) and a.period != b.period:
            return False, True  # two hours' windows written differently: the daily reports' updates
        return a.period_start <= b.period_end and b.period_start <= a.period_end, True
    if _scope(a.period) != _scope(b.period):
        return False, True
    if a.doc_date and b.doc_date:
        return abs((a.doc_date - b.doc_date).days) <= SAME_TIME_DAYS, True
    return True, False


@dataclass
class TimeScope:
    """What a set of claims says about time, enough to tell in O(1) whether every pair of two sets is
    `same_time`-compatible (a claim is a set of one). Claims with both period bounds compare by overlap;
    any other pair by scope phrase and, when both are dated, documents within SAME_TIME_DAYS."""

    n: int = 0
    latest_period_start: date | None = None  # of the claims with both bounds
    earliest_period_end: date | None = None
    scopes: frozenset[str] = frozenset()  # of every claim
    open_scopes: frozenset[str] = frozenset()  # of the claims without both bounds
    dates: tuple[date, date] | None = None  # earliest and latest document date, every claim
    open_dates: tuple[date, date] | None = None  # the same, of the claims without both bounds
    n_open: int = 0
    undated_open: int = 0  # claims without both bounds and without a document date
    undated_bounded: int = 0  # claims with both bounds and without a document date
    timed: frozenset[str] = frozenset()  # the periods with hours of the claims with both bounds

    @classmethod
    def of(cls, claim: CheckClaim) -> TimeScope:
        bounded = bool(claim.period_start and claim.period_end)
        scope = frozenset({_scope(claim.period)})
        day = (claim.doc_date, claim.doc_date) if claim.doc_date else None
        return cls(
            1,
            claim.period_start if bounded else None,
            claim.period_end if bounded else None,
            scope,
            frozenset() if bounded else scope,
            day,
            None if bounded else day,
            0 if bounded else 1,
            int(not bounded and claim.doc_date is None),
            int(bounded and claim.doc_date is None),
            frozenset({claim.period}) if bounded and _timed(claim) else frozenset(),
        )

    def compatible(self, other: TimeScope) -> bool:
        """Whether every claim of this set may be about the same time as every claim of the other."""
        if self.earliest_period_end and other.earliest_period_end:  # both hold claims with both bounds
            if self.timed and other.timed and len(self.timed | other.timed) > 1:
                return False  # windows of hours written differently (see same_time)
            if _later(self.latest_period_start, other.earliest_period_end):
                return False
            if _later(other.latest_period_start, self.earliest_period_end):
                return False
        # pairs with an unbounded claim on either side compare by scope phrase and document date
        return _open_pairs_compatible(self, other) and _open_pairs_compatible(other, self)

    def merged(self, other: TimeScope) -> TimeScope:
        return TimeScope(
            self.n + other.n,
            _latest(self.latest_period_start, other.latest_period_start),
            _earliest(self.earliest_period_end, other.earliest_period_end),
            self.scopes | other.scopes,
            self.open_scopes | other.open_scopes,
            _span(self.dates, other.dates),
            _span(self.open_dates, other.open_dates),
            self.n_open + other.n_open,
            self.undated_open + other.undated_open,
            self.undated_bounded + other.undated_bounded,
            self.timed | other.timed,
        )

    @property
    def dated(self) -> bool:
        """Whether the time of every pair is known: no pair fell back to "no date, may be the same"."""
        if self.undated_open and self.n >= 2:
            return False
        return not (self.undated_bounded and self.n_open)

    def days_apart(self, other: TimeScope) -> int | None:
        """The most days between a document of this set and one of the other, when all are dated."""
        if self.dates is None or other.dates is None or self.undated_open or other.undated_open:
            return None
        return max((other.dates[1] - self.dates[0]).days, (self.dates[1] - other.dates[0]).days)


def _open_pairs_compatible(a: TimeScope, b: TimeScope) -> bool:
    """Every (unbounded claim of a, any claim of b) pair: one scope phrase, dates close enough."""
    if not a.n_open or not b.n:
        return True
    if len(a.open_scopes | b.scopes) > 1:
        return False
    if a.open_dates and b.dates:
        gap = max((b.dates[1] - a.open_dates[0]).days, (a.open_dates[1] - b.dates[0]).days)
        return gap <= SAME_TIME_DAYS
    return True


def _later(a: date | None, b: date) -> bool:
    return a is not None and a > b


def _latest(a: date | None, b: date | None) -> date | None:
    return max(a, b) if a and b else a or b


def _earliest(a: date | None, b: date | None) -> date | None:
    return min(a, b) if a and b else a or b


def _span(a: tuple[date, date] | None, b: tuple[date, date] | None) -> tuple[date, date] | None:
    if a is None or b is None:
        return a or b
    return min(a[0], b[0]), max(a[1], b[1])
