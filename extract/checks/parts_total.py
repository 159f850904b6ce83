"""parts_total: a total and the parts listed after 其中 ("案件35起,其中刑事案件2起、行政案件33起").

The parts' sum must not exceed the total; equal (within what the qualifiers allow) is
consistent. Parts that fall short are unverifiable: 其中 may list only some of them. A single part
followed by its share of the total ("其中规范运营的有468家，规范运营率达到90%") is share_count's.
"""

from __future__ import annotations

from extract.aspect_words import aspect_markers_in
from extract.brackets import balance
from extract.checks.intervals import add, claim_interval, number_text, overlap
from extract.checks.model import CheckClaim, Verdict
from extract.checks.same_fact import like_aspect
from extract.checks.share_count import share_of_part
from extract.pattern_cache import compile_pattern

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
        parts = [
            c for c in parts if c.unit == total.unit and c.kind == total.kind and like_aspect(total.aspect, c.aspect)
        ]
        parts = _until_a_new_figure(_listed_directly(parts, text, marker), text, marker)
        if not parts or share_of_part(claims, i, text) is not None or _of_another_whole(parts, text, marker):
            continue
        verdicts.append(_verdict(total, parts))
    return verdicts


def _listed_directly(parts: list[CheckClaim], text: str, marker: int) -> list[CheckClaim]:
    """The parts listed at the list's own level: a part in brackets after another part is one of its
    sub-parts (银川市9例（兴庆区3例、金凤区2例）), already counted in it."""
    direct = []
    depth = 0
    position = marker
    for part in parts:
        between = text[position : part.start]
        depth += balance(between)
        position = part.start
        if depth <= 0:
            direct.append(part)
    return direct


_CLAUSE_END = compile_pattern(r"[，,；;]")
# a part that takes in more than its total holds (集中隔离17259人（含临床确诊病例）): its bracket names no figure
_WIDER_PART = compile_pattern(r"\s?[（(](?:含|包括)[^）)0-9０-９]*[）)]")


def _of_another_whole(parts: list[CheckClaim], text: str, marker: int) -> bool:
    """Whether the figures after 其中 are not this total's parts: a heading of their own comes first
    (其中：新增确诊病例中，贵阳市1例…, after a total of 出院), or a part takes in more than the total counts
    (其中集中隔离17259人（含临床确诊病例）)."""
    if _CLAUSE_END.search(text, marker, parts[0].start):
        return True
    return any(_WIDER_PART.match(text, part.end) for part in parts)


def _until_a_new_figure(parts: list[CheckClaim], text: str, marker: int) -> list[CheckClaim]:
    """The list ends where a figure of its own begins: a clause with its own running-total, stock or flow
    word (其中：武汉市10例，孝感市1例，全省新增出院896例)."""
    listed = []
    for part in parts:
        cut = max((m.end() for m in _CLAUSE_END.finditer(text, marker, part.start)), default=marker)
        if aspect_markers_in(text[cut : part.start]):
            break
        listed.append(part)
    return listed


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
