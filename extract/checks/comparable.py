"""When two claims from different articles speak of the same thing at the same time.

Same normalised metric and comparable units (lexicon/comparable_units.tsv), and a compatible
time scope: the same period as written (目前 and no period both mean "at the time of writing")
in documents published within `SAME_TIME_DAYS` of each other, or normalised periods that
overlap. `dated` tells whether the time scope is known for both; undated agreement can
corroborate, undated disagreement is only unverifiable (the figures may be from different times).
"""

from __future__ import annotations

from functools import cache

from extract import lexicon
from extract.checks.model import CheckClaim

SAME_TIME_DAYS = 31
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


def same_time(a: CheckClaim, b: CheckClaim) -> tuple[bool, bool]:
    """(compatible, dated): whether the two may be about the same time, and whether that is known."""
    if a.period_start and a.period_end and b.period_start and b.period_end:
        return a.period_start <= b.period_end and b.period_start <= a.period_end, True
    if _scope(a.period) != _scope(b.period):
        return False, True
    if a.doc_date and b.doc_date:
        return abs((a.doc_date - b.doc_date).days) <= SAME_TIME_DAYS, True
    return True, False
