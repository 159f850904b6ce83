"""Counts of days (claimkb_metric).

A figure in days is a duration (为期40天, 平均住院天数10.25天) unless it counts the days that met a condition: its
metric names such a count (优良天数, lexicon/day_count_nouns.tsv), the days are held or recorded (103年有87天紫爆,
錄得 53 日的酷熱天氣), or an air-quality or weather bulletin's sentence has named a count of days before it and goes
on by condition ("优良天数为23天(其中优6天,良17天),轻度污染4天") or by place ("各市优良天数分别为:延安市27天,铜川市
23天"). Those are counts of the days of the condition written right before them (优 -> 优天数, 轻度污染 -> 轻度污染
天数), or, where only a place stands there, of the days the sentence counts for each place (环境空气质量优良天数); read
as durations, they took the words of the clause before them (其中优, 污染) or nothing at all.
"""

from __future__ import annotations

from functools import cache

from extract import lexicon
from extract.claims import Claim
from extract.components.claims import THERE_WERE
from extract.components.metric_headings import distributive_opening
from extract.components.metric_phrases import only_a_place
from extract.components.places import scope_words
from extract.pattern_cache import compile_pattern
from extract.quantities import DAY, DAY_UNITS
from extract.words import OF

_COUNT = "count"
_DURATION = "duration"
_DAY_COUNT = "天数"  # as a count of days is named (lexicon/day_count_nouns.tsv)
_DAY_OF_MONTH_COUNT = "日数"  # as a count in 日 is named (熱夜日數)
_DAY_COUNTS = (_DAY_COUNT, _DAY_OF_MONTH_COUNT)
# what holds or records the days something happened on before their figure (有87天, 錄得 53 日): not the wider set that
# makes a 日 no day of a month (quantities._DAYS_RECORDED: 为期40天的时间 is a duration, no days counted)
_DAYS_HELD = compile_pattern(rf"(?:(?<![所没]){THERE_WERE}|录得)\s*$")
_LONGEST_HOLDING = 4  # 录得 and two spaces
# the noun of a number of days written after the figure: 的, what happened, maybe a bracketed definition, 日数/天数
_DAYS_NAMED_AFTER = compile_pattern(
    r"的(?P<what>[\u4e00-\u9fff]{1,8}?)(?:[（(][^（()）]{1,30}[）)])?(?P<days>日数|天数)"
)
# the words before a noun of a count of days written in a sentence, which say which days (环境空气质量优良 of 天数)
_WORDS_BEFORE = compile_pattern(r"[\u4e00-\u9fff]+$")
_LONGEST_NOUN = 16
# the condition written right before a figure, back to the last break of the clause or a part's opening word
_CONDITION_BEFORE = compile_pattern(r"(?:^|[，,、；;：:（()）])(?:其中)?(?P<condition>[\u4e00-\u9fff]{0,8})$")
_LONGEST_CONDITION = 6  # 重度及以上污染: longer runs are clauses, not a condition's name


@cache
def day_count_nouns() -> dict[str, str]:
    """The nouns, longest first, and the kind each makes the figure."""
    table = lexicon.word_table("day_count_nouns.tsv")
    return {noun: table[noun] for noun in sorted(table, key=len, reverse=True)}


def _kind_made_by(metric: str) -> str | None:
    """The kind the longest noun of a number of days ending the metric makes its figure, None for no such noun."""
    noun = next((n for n in day_count_nouns() if metric.endswith(n)), None)
    return day_count_nouns()[noun] if noun else None


def counts_of_days(text: str, claims: list[Claim]) -> None:
    """A figure in days whose metric names a number of days that met a condition is a count of days; so are the days
    after 有 with what happened on them written after the figure (103年有87天紫爆: 紫爆天数), or recorded (錄得 53 日
    的酷熱天氣: 酷热天气日数, named by the unit it counts in)."""
    for claim in claims:
        held = (
            claim.kind == _DURATION
            and claim.unit in DAY_UNITS  # 过往9年中有5年冻结票价: years held are no days counted
            and _DAYS_HELD.search(text, max(0, claim.start - _LONGEST_HOLDING), claim.start)
        )
        if held and (named := _DAYS_NAMED_AFTER.match(text, claim.end)):
            # 錄得 53 日的酷熱（最高氣溫 33.0 度或以上）日數: the days' noun after them, less its bracketed definition
            claim.metric = named["what"] + named["days"]
        elif (
            held
            and claim.metric
            and text.startswith(claim.metric, claim.end + (1 if text.startswith(OF, claim.end) else 0))
        ):
            claim.metric = f"{claim.metric}{_DAY_COUNT if claim.unit != DAY else _DAY_OF_MONTH_COUNT}"
        if claim.kind == _DURATION and claim.metric:
            claim.kind = _kind_made_by(claim.metric) or claim.kind


def days_of_each_condition(text: str, claims: list[Claim]) -> None:
    """Make each figure in days after a count of days in its sentence a count of its condition's days, or of the
    sentence's days where only a place stands before it."""
    for i, claim in enumerate(claims):
        if claim.unit not in DAY_UNITS or claim.kind != _DURATION or (claim.metric or "").endswith(_DAY_COUNTS):
            continue
        counted = _count_of_days_before(text, claims, i)
        if counted is None:
            continue
        written = _CONDITION_BEFORE.search(text, claim.sentence_start, claim.start)
        condition = written["condition"] if written else ""
        if not condition or only_a_place(condition):
            claim.metric, claim.kind = counted, _COUNT
        elif len(condition) <= _LONGEST_CONDITION and not condition.endswith(_DAY_COUNTS):
            claim.metric, claim.kind = condition + _DAY_COUNT, _COUNT


def _count_of_days_before(text: str, claims: list[Claim], i: int) -> str | None:
    """The count of days claims[i]'s sentence names before it: the metric of a count of days among the figures
    before it, else a noun of one written in the sentence (优良天数分别为:), less the words of its scope; None where
    the days the sentence names are a duration (住院天数最长18天)."""
    claim = claims[i]
    for before in reversed(claims[:i]):
        if before.sentence_start != claim.sentence_start:
            break
        if before.kind == _COUNT and before.unit in DAY_UNITS and (before.metric or "").endswith(_DAY_COUNTS):
            return before.metric
    at = max(text.rfind(days, claim.sentence_start, claim.start) for days in _DAY_COUNTS)
    if at < 0:
        return None
    written = _WORDS_BEFORE.search(text, max(claim.sentence_start, at - _LONGEST_NOUN), at)
    noun = (written.group() if written else "") + text[at : at + len(_DAY_COUNT)]
    # 全省各市区环境空气质量优良天数: the words of where the days are counted are the subject step's
    while scoped := scope_words().match(noun) or distributive_opening().match(noun):
        noun = noun[scoped.end() :]
    return noun if len(noun) > len(_DAY_COUNT) and _kind_made_by(noun) == _COUNT else None
