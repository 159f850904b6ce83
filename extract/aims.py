"""Targets aimed at: a place written right after a verb of aiming (省农业农村厅将力争海南省去冬今春瓜菜种植面积稳定在
300万亩左右, 經濟部將確保臺中市今年工業產值突破3兆元; lexicon/aiming_verbs.txt) is what is to reach the target.
The subject step gives that place the figures of its sentence, not the body that aims; the metric step reads the
metric from that place on, not from the body and its verb."""

from __future__ import annotations

import re
from functools import cache

from extract import lexicon
from extract.pattern_cache import compile_pattern


@cache
def _aiming_verbs() -> re.Pattern[str]:
    return compile_pattern(lexicon.alternation(lexicon.word_list("aiming_verbs.txt")))


def aiming_verb_ends(text: str) -> frozenset[int]:
    """Where each verb of aiming in the text ends: where a place aimed for would start. Read once a document by the
    steps that ask it of every figure's clause."""
    return frozenset(verb.end() for verb in _aiming_verbs().finditer(text))
