"""Words that point back at the figure just given (这一数据, 该比例): lexicon/figure_references.txt. A figure
named only by one of them measures what the figure before it measured, of the same place (全国…新增确诊病例558例。
而过去4日这一数据分别为：890例、731例). Plain functions: the metric and subject steps read them."""

from __future__ import annotations

import re
from functools import cache

from extract import lexicon
from extract.pattern_cache import compile_pattern


def figure_reference_words() -> list[str]:
    """The words that point back at the figure just given (lexicon/figure_references.txt)."""
    return lexicon.word_list("figure_references.txt")


@cache
def figure_reference_label() -> re.Pattern[str]:
    """A label ending in a word that points back, and the verb linking it to its figures (这一数据分别为)."""
    words = lexicon.alternation(figure_reference_words())
    return compile_pattern(rf"(?P<word>{words})(?:分别|依次|则)?(?:为|是)?$")


@cache
def _reference_before_figures() -> re.Pattern[str]:
    words = lexicon.alternation(figure_reference_words())
    return compile_pattern(rf"(?:{words})(?:分别|依次|则)?(?:为|是)[：:]?")


def refers_back(text: str, start: int, end: int) -> bool:
    """The text between start and end names its figures by a word pointing back (…这一数据分别为：890例、…)."""
    return _reference_before_figures().search(text, start, end) is not None
