"""The words that say what kind of figure a count is over time — a running total, a stock, a flow — as
a reviewed lexicon (lexicon/aspect_markers.tsv), for the aspect step and for the checks that read a
clause's words (parts_total). Plain functions: no spaCy."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from extract import lexicon
from extract.pattern_cache import compile_pattern
from extract.words import OF

LEXICON = "aspect_markers.tsv"
NOT_A_MARKER = "none"  # lexicon rows that hold a marker's characters but are none (共计划, 截至当日)


@cache
def markers() -> dict[str, str]:
    """marker -> aspect (cumulative, stock, flow, or none for a phrase that is no marker)."""
    return lexicon.word_table(LEXICON)


@cache
def kind_words() -> str:
    """The words that say what kind of figure a count is (新增, 累计, 现有, 首次发现), as one regex alternation: the
    lexicon's markers less its rows that are none."""
    return lexicon.alternation([word for word, aspect in markers().items() if aspect != NOT_A_MARKER])


@cache
def marker_pattern() -> re.Pattern[str]:
    # longest first: at one position 累计新增 wins over 累计, 本月末 over 本月
    return compile_pattern(lexicon.alternation(list(markers())))


@cache
def item_markers() -> frozenset[str]:
    """The markers that qualify only their own list item (重症 of 重症7例、死亡1例): lexicon/aspect_item_markers.txt."""
    return frozenset(lexicon.word_list("aspect_item_markers.txt"))


@cache
def accumulating_outcomes() -> tuple[str, ...]:
    """What becomes of a counted person or case once and is never undone (死亡, 出院, a diagnosis: 确诊病例):
    lexicon/accumulating_outcomes.txt. A count of one as of a time is a running total."""
    return tuple(lexicon.word_list("accumulating_outcomes.txt"))


@cache
def person_outcomes() -> tuple[str, ...]:
    """The outcomes that befall a person already counted (a death, a discharge): the lexicon less the diagnosis
    (确诊病例), which makes a case rather than befalls one."""
    return tuple(word for word in accumulating_outcomes() if word != _DIAGNOSIS)


_DIAGNOSIS = "确诊病例"


@cache
def spanning_verbs() -> tuple[str, ...]:
    """The verbs of what a figure before spans (涉及, 分布在: lexicon/spanning_verbs.txt), longest first: the aspect
    step reads the places counted after them as the whole's, the metric step keeps the verb in their metric."""
    return tuple(sorted(lexicon.word_list("spanning_verbs.txt"), key=len, reverse=True))


# the measure words of a count of people: a case is a person (4名患者…其中1例); the units a report counts people in,
# and the cases they are, one for another (lexicon/people_case_units.txt)
PEOPLE_UNITS = frozenset(lexicon.word_list("people_case_units.txt"))


def names_an_outcome(metric: str | None) -> bool:
    """The metric counts people who left or died (治愈出院病例, 死亡), also of a group named after it (解除医学观察的
    密切接触者): never undone, so never a stock."""
    if not metric:
        return False
    act = metric.rsplit(OF, 1)[0] if OF in metric else metric
    return metric.endswith(person_outcomes()) or act.endswith(person_outcomes())


@lru_cache(maxsize=16384)  # the period step reads one stretch (a sentence up to its figure) for several rules
def aspect_markers_in(clause: str) -> tuple[str, ...]:
    """The aspects the marker words of a clause give, in order (phrases that are no marker left out)."""
    found = (markers()[m.group()] for m in marker_pattern().finditer(clause))
    return tuple(aspect for aspect in found if aspect != NOT_A_MARKER)
