"""share_count: a share of a counted whole ("全市172家乡镇(街道)商会中,实体党组织覆盖率已提高至93.02%").

Some whole number k of the 172 must give the printed share: 160/172 = 93.02% is consistent; a
share that no k can produce (at the printed precision) is a conflict. Only when the count is
exact and is named as the whole ("…中") right before the share.
"""

from __future__ import annotations

import math

from extract.checks.intervals import interval, number_text
from extract.checks.model import CheckClaim, Verdict

RULE = "share_count"
SCOPE = "article"
_SHARE_WORDS = ("率", "比例", "占比", "比重")
_MAX_GAP = 16  # characters from the count to the 中 that makes it the whole


def check(claims: list[CheckClaim], text: str) -> list[Verdict]:
    verdicts = []
    for i, whole in enumerate(claims):
        if whole.kind != "count" or whole.qualifier is not None or whole.value < 1 or whole.value != int(whole.value):
            continue
        share = claims[i + 1] if i + 1 < len(claims) else None  # the very next figure, nothing between
        if share is None or share.sentence_offset != whole.sentence_offset or share.kind != "percent":
            continue
        if not share.metric or not any(w in share.metric for w in _SHARE_WORDS):
            continue
        within = text.find("中", whole.end, share.start)
        if within < 0 or within - whole.end > _MAX_GAP:
            continue
        verdicts.append(_verdict(whole, share))
    return verdicts


def _verdict(whole: CheckClaim, share: CheckClaim) -> Verdict:
    n = int(whole.value)
    low, high = interval(share.mention, share.value, share.value_high, share.qualifier)
    fitting = [k for k in range(math.floor(low * n / 100), math.ceil(high * n / 100) + 1) if low <= 100 * k / n <= high]
    expected = round(share.value * n / 100, 1)
    if fitting:
        k = min(fitting, key=lambda f: abs(100 * f / n - share.value))
        zh = f"{n} 的 {number_text(share.value)}% 约为 {k}，{k}/{n} = {100 * k / n:.2f}%，与所报比例相符。"
        en = f"{number_text(share.value)}% of {n} is about {k}; {k}/{n} = {100 * k / n:.2f}%, as printed."
        verdict = "consistent"
    else:
        zh = f"没有整数 k 使 k/{n} 等于 {number_text(share.value)}%（按所印精度），该比例与总数不符。"
        en = f"No whole number k of {n} gives {number_text(share.value)}% at the printed precision."
        verdict = "conflict"
    return Verdict.over(RULE, verdict, [whole, share], expected, share.value, (high - low) / 2, zh, en)
