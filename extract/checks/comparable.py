"""When two claims from different articles speak of the same thing at the same time.

Same normalised metric and comparable units (lexicon/comparable_units.tsv), and a compatible
time scope: the same period as written (目前 and no period both mean "at the time of writing")
in documents published the same day (`SAME_TIME_DAYS`), or normalised periods of the same days and
hours (same_span). Also here: what a figure's sentence narrows it to (narrowed_to), whether its time
is written (time_written) and what a change is measured against (change_base).
`dated` tells whether the time scope is known for both; undated agreement can corroborate, undated
disagreement is only unverifiable (the figures may be from different times).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from extract import lexicon
from extract.brackets import last_open
from extract.checks.model import CheckClaim
from extract.claims import STATED
from extract.clock import on_the_clock
from extract.pattern_cache import compile_pattern

# figures with no stated period are "as of writing": of one time only when published the same day
# (issue 26: a feed's daily counts change every day; two reports of one fact on different days
# state their time, or are two times)
SAME_TIME_DAYS = 0
# phrases that put a figure at the time of writing, like no phrase at all (今日, 今天: the day published,
# counted while it lasts, not a day's whole count)
_NOW = {"", "目前", "截至目前", "当前", "现在", "如今", "现", "现有", "眼下", "至今", "截至当前", "今日", "今天"}
COMPARABLE_KINDS = ("count", "money", "measure", "percent", "change")


@cache
def _unit_groups() -> dict[str, str]:
    return lexicon.word_table("comparable_units.tsv")


@cache
def _uncomparable() -> frozenset[str]:
    return frozenset(lexicon.word_list("uncomparable_metrics.txt"))


@cache
def _bases() -> tuple[dict[str, str], re.Pattern[str]]:
    table = lexicon.word_table("comparison_bases.tsv")
    return table, compile_pattern(lexicon.alternation(list(table)))


def change_base(claim: CheckClaim) -> str | None:
    """What a change is measured against, by the comparison phrase nearest before it in its clause (同比,
    比上年: 上年同期; 环比: 上期); None when its clause names none (lexicon/comparison_bases.tsv)."""
    head = claim.sentence[: max(0, claim.start - claim.sentence_offset)]
    clause = head[max((m.end() for m in _CLAUSE_END.finditer(head)), default=0) :]
    table, pattern = _bases()
    found = [table[m.group()] for m in pattern.finditer(clause)]
    return found[-1] if found else None


def comparable_metric(claim: CheckClaim) -> bool:
    """A metric worth comparing across articles: named (two characters or more), not an aspect of
    the writing itself (方面, 任务, 级; lexicon/uncomparable_metrics.txt)."""
    key = claim.metric_key or ""
    return len(key) >= 2 and key not in _uncomparable()


def unit_group(claim: CheckClaim) -> str:
    return _unit_groups().get(claim.unit, claim.unit)


def _scope(period: str | None) -> str:
    return "" if (period or "") in _NOW else str(period)


def as_of_writing(claim: CheckClaim) -> bool:
    """The figure gives no time but "now" (no period, 目前, 现有): it is of the time it was published."""
    return _scope(claim.period) == ""


def time_written(claim: CheckClaim) -> bool:
    """Whether the claim's own sentence writes when its figure is of (a day, a month, an hour), not only
    "now" (目前, 现有) and not a period carried from an earlier sentence; a day's count published that very
    day without its hours is of the day so far (2020年1月26日，记者获悉…新增5例), not the day's."""
    if claim.period_basis not in STATED or _scope(claim.period) == "":
        return False
    so_far = claim.period_start == claim.period_end == claim.doc_date and hours(claim.period) is None
    return not (so_far and claim.aspect == "flow")


# an hour written in a period (12时, 0-24时, 17:00): the stored dates keep the day only
_HOURS = compile_pattern(r"[0-9０-９]\s*[时時点]|[0-9０-９][:：][0-9０-９]{2}")
_WINDOW = compile_pattern(r"([0-9]{1,2})\s*[时時点]?\s*[-—–~至到]\s*([0-9]{1,2})\s*[时時点]")
_POINT = compile_pattern(r"([0-9]{1,2})\s*[时時点](?:\s*([0-9]{1,2})\s*分)?|([0-9]{1,2})[:：]([0-9]{2})")
_WHOLE_DAY = (0, 24 * 60)


def hours(period: str | None) -> tuple[int, int] | None:
    """The minutes of the day a period's hours run from and to (0—12时: (0, 720); 截至12时: (720, 720);
    1月25日23时至26日8时: (1380, 480), ending on its last day), None when it writes no hours or covers the
    whole day (0—24时, 24时: the day's end, as a bare day is read)."""
    if not period or not _HOURS.search(period):
        return None
    period = on_the_clock(period.translate(_FULL_WIDTH))  # 下午5时 is 17时
    window = _WINDOW.search(period)
    if window:
        span = (int(window[1]) * 60, int(window[2]) * 60)
    else:
        points = [int(m[1] or m[3]) * 60 + int(m[2] or m[4] or 0) for m in _POINT.finditer(period)]
        if not points:
            return None
        span = (points[0], points[-1])
    if span == _WHOLE_DAY or span == (_WHOLE_DAY[1], _WHOLE_DAY[1]):
        return None
    return span


_FULL_WIDTH = str.maketrans("０１２３４５６７８９：", "0123456789:")
# one bounded period: its first day, its last day and the hours it writes (hours())
Span = tuple[date, date, tuple[int, int] | None]


def _span(claim: CheckClaim) -> Span | None:
    if claim.period_start and claim.period_end:
        return claim.period_start, claim.period_end, hours(claim.period)
    if claim.aspect and claim.period_end and hours(claim.period) is None and _scope(claim.period):
        # as of a day's end (截至2月29日24时): a day's count is that day's (湖北新增死亡病例34例), a running
        # total or a stock is the day's end, as a figure of that day's notice (2月9日0—24时…累计29631例) is
        return claim.period_end, claim.period_end, None
    return None


def same_span(a: Span, b: Span) -> bool:
    """Two bounded periods are one time when they are the same days and hours (1月25日0—12时 and 12—24时
    are two windows of one day), or one is a day at the other's end (年末 and 全年 of a stock). Periods
    that only overlap are not: 1—4月 and 上半年, 前三季度 and 全年 are nested year-to-date figures."""
    if a[2] != b[2]:
        return False
    if a[0] == b[0] and a[1] == b[1]:
        return True
    return (a[0] == a[1] == b[1]) or (b[0] == b[1] == a[1])


def same_time(a: CheckClaim, b: CheckClaim) -> tuple[bool, bool]:
    """(compatible, dated): whether the two may be about the same time, and whether that is known."""
    span_a, span_b = _span(a), _span(b)
    if span_a and span_b:
        return same_span(span_a, span_b), True
    if _scope(a.period) != _scope(b.period):
        return False, True
    if a.doc_date and b.doc_date:
        return abs((a.doc_date - b.doc_date).days) <= SAME_TIME_DAYS, True
    return True, False


_CLAUSE_END = compile_pattern(r"[，,；;。]")
# a place left out of what is counted: 湖北以外地区, 除武汉外, 全国除湖北以外
_EXCLUDING = compile_pattern(r"以外|之外|除[^，,。；;]{1,12}外")
_FIGURE = compile_pattern(r"[0-9０-９][0-9０-９.,]*\s?\S?")


def narrowed_to(claim: CheckClaim) -> str:
    """What the figure's own sentence narrows it to, '' when nothing: a place left out (全国湖北以外地区新增558
    例 is no national count), or the figure whose bracket it sits in (累计治愈出院4774例(含临床诊断病例631例)
    counts discharged patients, 累计报告病例48206例（含临床诊断病例13332例） reported ones)."""
    head = claim.sentence[: max(0, claim.start - claim.sentence_offset)]
    clause = head[max((m.end() for m in _CLAUSE_END.finditer(head)), default=0) :]
    excluded = _EXCLUDING.search(clause)
    if excluded:
        return "excluding " + clause[: excluded.end()]
    opening = last_open(head)
    if opening is None:
        return ""
    before = head[:opening]
    whole = before[max((m.end() for m in _CLAUSE_END.finditer(before)), default=0) :]
    return "within " + _FIGURE.sub("", whole).strip()


@dataclass
class TimeScope:
    """What a set of claims says about time, enough to tell whether every pair of two sets is
    `same_time`-compatible (a claim is a set of one). Claims with both period bounds compare by their
    spans (same_span; a set holds a few distinct spans); any other pair by scope phrase and, when both are
    dated, documents within SAME_TIME_DAYS."""

    n: int = 0
    spans: frozenset[Span] = frozenset()  # of the claims with both bounds
    scopes: frozenset[str] = frozenset()  # of every claim
    open_scopes: frozenset[str] = frozenset()  # of the claims without both bounds
    dates: tuple[date, date] | None = None  # earliest and latest document date, every claim
    open_dates: tuple[date, date] | None = None  # the same, of the claims without both bounds
    n_open: int = 0
    undated_open: int = 0  # claims without both bounds and without a document date
    undated_bounded: int = 0  # claims with both bounds and without a document date

    @classmethod
    def of(cls, claim: CheckClaim) -> TimeScope:
        span = _span(claim)
        scope = frozenset({_scope(claim.period)})
        day = (claim.doc_date, claim.doc_date) if claim.doc_date else None
        return cls(
            1,
            frozenset({span}) if span else frozenset(),
            scope,
            frozenset() if span else scope,
            day,
            None if span else day,
            0 if span else 1,
            int(not span and claim.doc_date is None),
            int(bool(span) and claim.doc_date is None),
        )

    def compatible(self, other: TimeScope) -> bool:
        """Whether every claim of this set may be about the same time as every claim of the other."""
        if not all(same_span(a, b) for a in self.spans for b in other.spans):
            return False
        # pairs with an unbounded claim on either side compare by scope phrase and document date
        return _open_pairs_compatible(self, other) and _open_pairs_compatible(other, self)

    def merged(self, other: TimeScope) -> TimeScope:
        return TimeScope(
            self.n + other.n,
            self.spans | other.spans,
            self.scopes | other.scopes,
            self.open_scopes | other.open_scopes,
            _days(self.dates, other.dates),
            _days(self.open_dates, other.open_dates),
            self.n_open + other.n_open,
            self.undated_open + other.undated_open,
            self.undated_bounded + other.undated_bounded,
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


def _days(a: tuple[date, date] | None, b: tuple[date, date] | None) -> tuple[date, date] | None:
    if a is None or b is None:
        return a or b
    return min(a[0], b[0]), max(a[1], b[1])
