"""What befell the people a figure counts, written after their noun: "1例确诊病例3月12日出院",
"女患者于1月24日痊愈出院", and the release form whose noun stands alone in its clause and whose outcome closes the
sentence after clauses of how it came about ("重庆9名患者，经…专家组评估，认为符合…出院标准，于今日出院"). The
outcome is what is counted (患者出院) and the time before it is the figure's period (今日): the metric and period
steps read the one finding. Plain functions: no spaCy."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from extract import lexicon
from extract.aspect_words import person_outcomes
from extract.clock import PART_OF_DAY
from extract.pattern_cache import compile_pattern


class OutcomeAfter(NamedTuple):
    noun: str  # the counted people's noun right after the figure (患者, 确诊病例)
    time: str | None  # when it befell them, as written (今日, 1月24日), None when the text does not say
    outcome: str  # the outcome run (出院, 痊愈出院)
    in_own_clause: (
        bool  # written in the figure's clause (患者于今日出院), not in the sentence's last (9名患者，…，于今日出院)
    )


@lru_cache(maxsize=256)  # the metric step reads it, and the period step twice (the period, then where it was written)
def outcome_after_the_noun(text: str, figure_end: int, time: re.Pattern[str]) -> OutcomeAfter | None:
    """The outcome written after the noun that follows a figure ending at `figure_end`, past a time (`time`: the
    period phrases) or an adverb, or past clauses without a figure that say how it came about to the sentence's
    last clause; None when nothing stands between the noun and the outcome (1例确诊病例出院: the noun phrase already
    holds it) or no outcome follows."""
    noun = _NOUN.match(text, figure_end)
    if noun is None:
        return None
    clause = _CLAUSE.match(text, figure_end)
    if _outcome_run().search(text, figure_end, clause.end()) is not None:  # read the clause only when it can hold one
        for end in range(figure_end + 1, noun.end() + 1):  # the shortest noun the rest of its clause leads on from
            found = _outcome_from(text, end, time)
            if found is not None and found[0] > end:
                if _PLANNED.search(text, figure_end, found[0]):
                    return None
                return OutcomeAfter(text[figure_end:end], *found[1:3], in_own_clause=True)
    # 9名患者，经…评估，…，于今日出院: a noun that is its clause's whole (or with how it came about:
    # 12例患者经过综合诊治，), its outcome the sentence's last clause
    alone = _NOUN_ALONE.match(text, figure_end)
    if alone is None or not alone["noun"].endswith(_PEOPLE_NOUN_ENDS):
        return None  # 4名患者符合出院标准，…: a clause with its own verb is no noun alone
    between = _HOW_IT_CAME_ABOUT.match(text, alone.end())
    found = _outcome_from(text, between.end() if between else alone.end(), time)
    if found is None or _SENTENCE_CLOSE.match(text, found[3]) is None:
        return None
    return OutcomeAfter(alone["noun"], *found[1:3], in_own_clause=False)


# an outcome only planned (病情好转拟于近期出院, 将于明日出院) has not befallen anyone yet
_PLANNED = compile_pattern("拟|将|预计|计划|准备")
_NOUN = compile_pattern(r"[\u4e00-\u9fff]{1,20}")
# how a noun of people or their cases ends (患者, 人员, 病例, 病人, 儿童, 学生)
_PEOPLE_NOUN_ENDS = ("者", "人", "员", "例", "童", "生")
_NOUN_ALONE = compile_pattern(r"(?P<noun>[\u4e00-\u9fff]{2,20}?)(?:(?:经过|经)[^，,。；;！!？?\n0-9０-９]*)?[，,]")
_CLAUSE = compile_pattern(r"[^，,。；;！!？?\n]{0,40}")
# what may stand before the time: and (并), too (也, 亦), done (已, 已经), at (于, 在)
_LEAD = compile_pattern(r"\s*(?:并|也|亦)?(?:已经|已)?(?:于|在)?")
_PART_OF_THE_DAY = compile_pattern(rf"(?:{PART_OF_DAY})?")
# what may stand between the people and what befell them: done (已, 已经), all of them (全部, 均), in turn (先后),
# together (同时)
_OUTCOME_ADVERBS = compile_pattern(r"(?:已经|已|全部|均|都|先后|陆续|相继|同时)*")
# after the care that brought it about (在经过治疗后, 经救治后康复出院)
_AFTER_CARE = compile_pattern(r"(?:在)?(?:(?:经过|经)[^，,。；;！!？?\n0-9０-９]{1,10}?后)?")
# clauses of how it came about: no figure of their own (a figure would be what they count), no sentence end
_HOW_IT_CAME_ABOUT = compile_pattern(r"[^。；;！!？?\n0-9０-９]{0,200}[，,]")
_SENTENCE_CLOSE = compile_pattern(r"\s*(?:[。！!；;\n]|$)")


def _outcome_from(text: str, at: int, time: re.Pattern[str]) -> tuple[int, str | None, str, int] | None:
    """(where the outcome starts, the time, the outcome, where it ends) read from `at`: a lead, a time, adverbs,
    then the outcome run."""
    at = _LEAD.match(text, at).end()
    day = time.match(text, at)
    if day is not None:
        at = _PART_OF_THE_DAY.match(text, day.end()).end()  # 于今日上午康复出院: the day is the period
    at = _AFTER_CARE.match(text, at).end()
    at = _OUTCOME_ADVERBS.match(text, at).end()
    at = _from_where().match(text, at).end()
    outcome = _outcome_run().match(text, at)
    if outcome is None:
        return None
    return outcome.start(), day.group() if day else None, outcome.group(), outcome.end()


@cache
def _from_where() -> re.Pattern[str]:
    """Where they left, right before the outcome (先后从地坛医院、佑安医院出院)."""
    return compile_pattern(rf"(?:从[^，,。；;！!？?\n0-9０-９]{{1,40}}?(?={_outcome_run().pattern}))?")


@cache
def _outcome_run() -> re.Pattern[str]:
    """Outcomes written one after another (痊愈出院, 治愈出院): the whole run."""
    return compile_pattern(f"(?:{lexicon.alternation(list(person_outcomes()))})+")
