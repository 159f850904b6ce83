"""share_count: a share of a counted whole, with or without the part's count.

"全市172家乡镇(街道)商会中,实体党组织覆盖率已提高至93.02%": some whole number k of the 172 must give
the printed share — 160/172 = 93.02% is consistent; a share that no k can produce (at the printed
precision) is a conflict. Only when the count is exact and is named as the whole ("…中") right
before the share.

"共有家庭农场520家，其中规范运营的有468家，规范运营率达到90%": the total, the one part 其中 names and
the share right after it; 468/520 = 90.0% is consistent, a share the two counts do not give (at
their printed precision) is a conflict. parts_total leaves these to this rule.
"""

from __future__ import annotations

import math

from extract.checks.comparable import unit_group
from extract.checks.intervals import claim_interval, number_text, overlap
from extract.checks.model import CheckClaim, Verdict

RULE = "share_count"
SCOPE = "article"
_SHARE_WORDS = ("率", "比例", "占比", "比重")
_MAX_GAP = 16  # characters from the count to the 中 that makes it the whole


def check(claims: list[CheckClaim], text: str) -> list[Verdict]:
    verdicts = []
    for i, whole in enumerate(claims):
        counted = share_of_part(claims, i, text)
        if counted is not None:
            verdicts.append(_counts_verdict(whole, *counted))
            continue
        if whole.kind != "count" or whole.qualifier is not None or whole.value < 1 or whole.value != int(whole.value):
            continue
        share = claims[i + 1] if i + 1 < len(claims) else None  # the very next figure, nothing between
        if share is None or share.sentence_offset != whole.sentence_offset or share.kind != "percent":
            continue
        if not _is_share(share):
            continue
        within = text.find("中", whole.end, share.start)
        if within < 0 or within - whole.end > _MAX_GAP:
            continue
        verdicts.append(_verdict(whole, share))
    return verdicts


def share_of_part(claims: list[CheckClaim], i: int, text: str) -> tuple[CheckClaim, CheckClaim] | None:
    """(part, share) when claims[i] is a total, the next figure the one part 其中 names, the one after it
    that part's share of the total, all in one sentence."""
    total = claims[i]
    if total.kind != "count" or i + 2 >= len(claims):
        return None
    part, share = claims[i + 1], claims[i + 2]
    if not total.sentence_offset == part.sentence_offset == share.sentence_offset:
        return None
    marker = text.find("其中", total.end, part.start)
    if marker < 0 or text[total.end : marker].strip("，, "):
        return None  # 其中 right after the total
    if part.kind != "count" or unit_group(part) != unit_group(total) or not _is_share(share):
        return None
    return (part, share) if _tied(part, share, text, marker) else None


def _tied(part: CheckClaim, share: CheckClaim, text: str, listed_from: int) -> bool:
    """Whether the text makes the rate the part's share: 占 or 比例 between them, or the rate names what
    the part counts (其中规范运营的有468家，规范运营率达到90%). A rate of its own (其中A级景区12家，合格率
    达到98%以上: the pass rate of inspections) is no share of the listed part."""
    between = text[part.end : share.start]
    if any(word in between for word in _TYING_WORDS):
        return True
    stem = share.metric or ""
    for word in _SHARE_WORDS:
        stem = stem.removesuffix(word)
    stem = stem[-_STEM_CHARS:]
    return len(stem) >= 2 and stem in text[listed_from : part.end]


_TYING_WORDS = ("占", "比例为", "比例达")
_STEM_CHARS = 4  # the end of a rate's name that says what it is of: 规范运营率 -> 规范运营


def _is_share(claim: CheckClaim) -> bool:
    return claim.kind == "percent" and bool(claim.metric) and any(w in (claim.metric or "") for w in _SHARE_WORDS)


def _counts_verdict(total: CheckClaim, part: CheckClaim, share: CheckClaim) -> Verdict:
    whole = claim_interval(total)
    counted = claim_interval(part)
    printed = claim_interval(share)
    quotient = (100 * counted[0] / whole[1], 100 * counted[1] / whole[0] if whole[0] > 0 else float("inf"))
    computed = 100 * part.value / total.value if total.value else float("inf")
    sum_text = f"{part.mention}/{total.mention} = {computed:.2f}%"
    if overlap(quotient, printed):
        verdict = "consistent"
        zh = f"{sum_text}，与所报比例 {share.mention} 相符。"
        en = f"{sum_text}, as the printed {share.mention}."
    else:
        verdict = "conflict"
        zh = f"{sum_text}，与所报比例 {share.mention} 不符。"
        en = f"{sum_text}, not the printed {share.mention}."
    tolerance = (quotient[1] - quotient[0]) / 2 + (printed[1] - printed[0]) / 2
    return Verdict.over(RULE, verdict, [total, part, share], round(computed, 4), share.value, tolerance, zh, en)


def _verdict(whole: CheckClaim, share: CheckClaim) -> Verdict:
    n = int(whole.value)
    low, high = claim_interval(share)
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
