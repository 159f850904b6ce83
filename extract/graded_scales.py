"""A figure in 级 that grades a scale (6.8级地震, 风力达12级): a measure of the quake's magnitude or the wind's force,
not a count of levels (市、县两级, 二级以上医院). The words that say so are lexicon/graded_scale_words.tsv: an event
right after the figure, whose measure the third column names, or the scale's name right before it."""

from __future__ import annotations

import re
from functools import cache

from extract import lexicon
from extract.pattern_cache import compile_pattern

GRADE = "级"
# a verb of reaching between the scale's name and its figure (风力达12级, 阵风可达14级)
_REACHING = r"(?:最大|最高)?(?:可达|达到|达|为|有)?"
# how far before the figure the scale's name may stand
_REACH = 8


@cache
def _words(side: str) -> dict[str, str]:
    return {row[0]: row[2] if len(row) > 2 else "" for row in lexicon.rows("graded_scale_words.tsv") if row[1] == side}


@cache
def _event_after() -> re.Pattern[str]:
    return compile_pattern(f"(?:特大|大|强烈)?(?P<event>{lexicon.alternation(list(_words('after')))})")


@cache
def _scale_before() -> re.Pattern[str]:
    return compile_pattern(f"(?:{lexicon.alternation(list(_words('before')))}){_REACHING}$")


def grades_a_scale(text: str, start: int, end: int) -> bool:
    """Whether the figure in 级 at text[start:end] grades a scale: an event right after it or the scale's name
    right before it."""
    return (
        _event_after().match(text, end) is not None
        or _scale_before().search(text, max(0, start - _REACH), start) is not None
    )


def measure_of_the_event(text: str, end: int) -> str | None:
    """What a graded figure measures when an event follows it (5.7级地震重大考验: 地震震级), else None."""
    match = _event_after().match(text, end)
    return _words("after")[match["event"]] if match is not None else None
