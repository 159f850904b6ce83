"""change_levels: two levels and the change stated between them.

"由2022年的196家增长到目前的248家，增长26.5%" -> (248-196)/196 = 26.5%; "增加52家" -> 248-196;
"由85.2%提高到87.6%，提高2.4个百分点" -> 87.6-85.2. The direction must match too. The levels are
two figures of one unit in one sentence, written in either order the press uses:

- old first: 由/从/比/较 A … 到/至/为 B ("比2022年的150个增加到180个");
- new first: B，较/比/相比 …的 A ("达到1200家，较2022年底的1000家增长25%").

The change is the next figure of the sentence, a percentage or 个百分点 (kind change) or a figure of the
levels' unit right after a change verb (增加2.6万吨).
"""

from __future__ import annotations

import re
from functools import cache

from extract import lexicon
from extract.checks.intervals import claim_interval, number_text
from extract.checks.model import CheckClaim, Verdict
from extract.pattern_cache import compile_pattern

RULE = "change_levels"
SCOPE = "article"
_FROM = compile_pattern(r"(?:由|从|比|较)[^，,。；;]{0,12}$")
_TO = compile_pattern(r"(?:到|至|为)[^，,。；;]{0,6}$")
# between the new level and the old: "，较2022年底的", "，比上年的", "，相比去年同期的"
_AGAINST = compile_pattern(r"^[，,]?(?:较|比|相比|相较|相较于|与)[^，,。；;到至]{0,12}的$")


@cache
def _change_verbs() -> dict[str, str]:
    return lexicon.word_table("change_verbs.tsv")


@cache
def _verb_before() -> re.Pattern[str]:
    """A change verb right before a figure (增加2.6万吨, 减少了15起), not 增加到 (a level)."""
    return compile_pattern(rf"(?P<verb>{lexicon.alternation(list(_change_verbs()))})了?(?:约|近)?$")


def check(claims: list[CheckClaim], text: str) -> list[Verdict]:
    verdicts = []
    for i, first in enumerate(claims[:-1]):
        second = claims[i + 1]
        if first.kind == "change" or second.sentence_offset != first.sentence_offset:
            continue
        if second.unit != first.unit or second.kind != first.kind:
            continue
        between = text[first.end : second.start]
        if _FROM.search(text[first.sentence_offset : first.start]) and _TO.search(between):
            old, new = first, second
        elif _AGAINST.match(between):
            old, new = second, first
        else:
            continue
        for change in claims[i + 2 : i + 4]:
            direction = _stated_change(change, text, first.unit)
            if change.sentence_offset != first.sentence_offset or direction is False:
                continue
            verdict = _verdict(old, new, change, direction)
            if verdict is not None:
                verdicts.append(verdict)
            break
    return verdicts


def _stated_change(change: CheckClaim, text: str, level_unit: str) -> str | None | bool:
    """The direction a figure states as a change (None: not said), False when it is no change."""
    if change.kind == "change":
        return change.direction
    if change.unit != level_unit:
        return False
    match = _verb_before().search(text[change.sentence_offset : change.start])
    return _change_verbs()[match.group("verb")] if match else False


def _verdict(first: CheckClaim, second: CheckClaim, change: CheckClaim, direction: str | None) -> Verdict | None:
    a = claim_interval(first)
    b = claim_interval(second)
    stated = claim_interval(change)
    if change.unit == "%" and first.unit != "%":
        if first.value <= 0:
            return None
        expected = (second.value - first.value) / first.value * 100
        candidates = [(y - x) / x * 100 for x in a for y in b if x > 0]
        how_zh, how_en = "增幅", "growth"
    elif change.unit in ("百分点",) and first.unit == "%" or change.unit == first.unit:
        expected = second.value - first.value
        candidates = [y - x for x in a for y in b]
        how_zh, how_en = "变化量", "change"
    else:
        return None
    magnitude = abs(expected)
    low, high = abs(min(candidates, key=abs)), max(abs(c) for c in candidates)
    if min(candidates) < 0 < max(candidates):
        low = 0.0
    direction_ok = direction is None or (direction == "increase") == (expected >= 0)
    ok = direction_ok and stated[0] <= high and low <= stated[1]
    verdict = "consistent" if ok else "conflict"
    levels = f"{number_text(first.value)} → {number_text(second.value)}"
    if ok:
        zh = f"由 {levels} 的{how_zh}为 {number_text(round(magnitude, 2))}{change.unit}，与所报相符。"
        en = f"From {levels} the {how_en} is {number_text(round(magnitude, 2))}{change.unit}, as stated."
    elif not direction_ok:
        zh = f"由 {levels} 的方向与所报“{'增长' if direction == 'increase' else '下降'}”相反。"
        en = f"From {levels} the figure moves the other way than the stated {direction}."
    else:
        zh = f"由 {levels} 的{how_zh}应为 {number_text(round(magnitude, 2))}{change.unit}，所报为 {change.mention}。"
        en = f"From {levels} the {how_en} is {number_text(round(magnitude, 2))}{change.unit}, not {change.mention}."
    return Verdict.over(
        RULE,
        verdict,
        [first, second, change],
        round(magnitude, 4),
        change.value,
        (high - low) / 2 + (stated[1] - stated[0]) / 2,
        zh,
        en,
    )
