"""change_levels: two levels and the change stated between them.

"由2022年的196家增长到目前的248家，增长26.5%" -> (248-196)/196 = 26.5%; "增加52家" -> 248-196;
"由85.2%提高到87.6%，提高2.4个百分点" -> 87.6-85.2. The direction must match too. Only levels
written as 由/从 A … 到/至 B in one sentence, with the change in that sentence.
"""

from __future__ import annotations

import re

from extract.checks.intervals import interval, number_text
from extract.checks.model import CheckClaim, Verdict

RULE = "change_levels"
SCOPE = "article"
_FROM = re.compile(r"(?:由|从)[^，,。；;]{0,12}$")
_TO = re.compile(r"(?:到|至|为)[^，,。；;]{0,6}$")


def check(claims: list[CheckClaim], text: str) -> list[Verdict]:
    verdicts = []
    for i, first in enumerate(claims):
        if first.kind == "change" or not _FROM.search(text[first.sentence_offset : first.start]):
            continue
        second = next((c for c in claims[i + 1 : i + 2] if c.sentence_offset == first.sentence_offset), None)
        if second is None or second.unit != first.unit or second.kind != first.kind:
            continue
        if not _TO.search(text[first.end : second.start]):
            continue
        for change in claims[i + 2 : i + 4]:
            if change.sentence_offset != first.sentence_offset or change.kind != "change":
                continue
            verdict = _verdict(first, second, change)
            if verdict is not None:
                verdicts.append(verdict)
            break
    return verdicts


def _verdict(first: CheckClaim, second: CheckClaim, change: CheckClaim) -> Verdict | None:
    a = interval(first.mention, first.value, first.value_high, first.qualifier)
    b = interval(second.mention, second.value, second.value_high, second.qualifier)
    stated = interval(change.mention, change.value, change.value_high, change.qualifier)
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
    direction_ok = change.direction is None or (change.direction == "increase") == (expected >= 0)
    ok = direction_ok and stated[0] <= high and low <= stated[1]
    verdict = "consistent" if ok else "conflict"
    levels = f"{number_text(first.value)} → {number_text(second.value)}"
    if ok:
        zh = f"由 {levels} 的{how_zh}为 {number_text(round(magnitude, 2))}{change.unit}，与所报相符。"
        en = f"From {levels} the {how_en} is {number_text(round(magnitude, 2))}{change.unit}, as stated."
    elif not direction_ok:
        zh = f"由 {levels} 的方向与所报“{'增长' if change.direction == 'increase' else '下降'}”相反。"
        en = f"From {levels} the figure moves the other way than the stated {change.direction}."
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
