"""parts_total: a total and the parts listed after 其中 ("案件35起,其中刑事案件2起、行政案件33起").

The parts' sum must not exceed the total; equal (within what the qualifiers allow) is
consistent. Parts that fall short are unverifiable: 其中 may list only some of them. A single part
followed by its share of the total ("其中规范运营的有468家，规范运营率达到90%") is share_count's.
"""

from __future__ import annotations

from extract.checks.intervals import add, claim_interval, number_text, overlap
from extract.checks.model import CheckClaim, Verdict
from extract.checks.share_count import share_of_part

RULE = "parts_total"
SCOPE = "article"
_ADDITIVE = ("count", "money", "measure")


def check(claims: list[CheckClaim], text: str) -> list[Verdict]:
    verdicts = []
    for i, total in enumerate(claims):
        if total.kind not in _ADDITIVE:
            continue
        sentence_end = total.sentence_offset + len(total.sentence)
        marker = text.find("其中", total.end, sentence_end)
        if marker < 0 or text[total.end : marker].strip("，, "):
            continue  # 其中 must follow the total right away
        parts = [c for c in claims[i + 1 :] if c.sentence_offset == total.sentence_offset and c.start > marker]
        parts = [c for c in parts if c.unit == total.unit and c.kind == total.kind]
        if not parts or share_of_part(claims, i, text) is not None:
            continue
        verdicts.append(_verdict(total, parts))
    return verdicts


def _verdict(total: CheckClaim, parts: list[CheckClaim]) -> Verdict:
    whole = claim_interval(total)
    summed = (0.0, 0.0)
    for part in parts:
        summed = add(summed, claim_interval(part))
    observed = sum(p.value for p in parts)
    terms = " + ".join(number_text(p.value) for p in parts)
    if overlap(whole, summed):
        verdict, zh, en = (
            "consistent",
            f"分项之和 {terms} = {number_text(observed)}，与总数 {number_text(total.value)} 相符。",
            f"The parts add up: {terms} = {number_text(observed)}, the stated total is {number_text(total.value)}.",
        )
    elif summed[0] > whole[1]:
        verdict, zh, en = (
            "conflict",
            f"分项之和 {terms} = {number_text(observed)}，超过总数 {number_text(total.value)}。",
            f"The parts ({terms} = {number_text(observed)}) exceed the stated total {number_text(total.value)}.",
        )
    else:
        verdict, zh, en = (
            "unverifiable",
            f"分项之和 {number_text(observed)} 小于总数 {number_text(total.value)}，“其中”可能未列全。",
            f"The parts sum to {number_text(observed)}, below the total {number_text(total.value)}; "
            "其中 may list only some.",
        )
    tolerance = (whole[1] - whole[0]) / 2 + (summed[1] - summed[0]) / 2
    return Verdict.over(RULE, verdict, [total, *parts], total.value, observed, tolerance, zh, en)
