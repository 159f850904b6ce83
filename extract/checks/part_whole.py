"""part_whole: a county's figure cannot exceed its city's, nor the counties' sum the city's total.

Claims with the same normalised metric, comparable units and an additive kind, whose subjects are a
division and one of its parent divisions (东明县 ⊂ 菏泽市, by their division codes). Only subjects
that are the division itself, not an organisation in it.

One verdict per fact group: a whole's figures that may be about one time (same_fact's time
clusters), against the parts of other documents —

- conflict: a part of the same time above the whole (above every figure the group prints for it),
  or else the sub-divisions' sum above it (one figure each, the least, direct sub-divisions only);
- unverifiable: else a part above the whole but dated more than a month apart: the figures may be
  from different times, and the verdict says so instead of keeping silent;
- nothing: parts within their whole are the common case and say nothing (a county below its city);
  they are counted in the conflict's explanation, not stored one by one — a pair verdict for each
  grew with the square of the corpus (2,100 pages gave 604,800 "consistent" rows).

Each claim is tested against each time cluster of its whole's division once: linear in the claims
for a given number of clusters.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from extract.checks.comparable import TimeScope, comparable_metric, unit_group
from extract.checks.intervals import claim_interval, number_text
from extract.checks.model import CheckClaim, Verdict
from extract.checks.same_fact import like_aspect, time_clusters
from extract.places import gazetteer

RULE = "part_whole"
SCOPE = "corpus"
_ADDITIVE = ("count", "money", "measure")
_CHILD_LEVEL = {"province": "city", "city": "county"}


@dataclass(frozen=True)
class _Part:
    claim: CheckClaim
    code: str
    floor: float
    scope: TimeScope


def _division(claim: CheckClaim) -> str | None:
    """The claim's subject as a division code, when the subject is that division itself."""
    if not claim.place_code or not claim.subject:
        return None
    place = gazetteer().by_code.get(claim.place_code)
    return claim.place_code if place is not None and place.name == claim.subject else None


def _floor(claim: CheckClaim) -> float:
    return claim_interval(claim)[0]


def _ceiling(claim: CheckClaim) -> float:
    return claim_interval(claim)[1]


def check(claims: list[CheckClaim]) -> list[Verdict]:
    by_key: dict[str, dict[str, list[CheckClaim]]] = defaultdict(lambda: defaultdict(list))
    for claim in claims:
        code = _division(claim) if claim.kind in _ADDITIVE and comparable_metric(claim) else None
        if code:
            by_key[f"{claim.metric_key}|{unit_group(claim)}"][code].append(claim)
    verdicts = []
    gaz = gazetteer()
    for key, by_code in by_key.items():
        for code, wholes in by_code.items():
            place = gaz.by_code[code]
            if place.level not in _CHILD_LEVEL:
                continue
            prefix = code[:2] if place.level == "province" else code[:4]
            parts = [
                _Part(c, part_code, _floor(c), TimeScope.of(c))
                for part_code, members in by_code.items()
                if part_code != code and part_code.startswith(prefix)
                for c in members
            ]
            if not parts:
                continue
            for cluster, scope in time_clusters(wholes):
                verdict = _group_verdict(f"{key}|{code}|{cluster[0].claim_id}", place.level, cluster, scope, parts)
                if verdict is not None:
                    verdicts.append(verdict)
    return verdicts


class _Ceilings:
    """The highest figure a whole's group prints, for a part of any document but the whole's own."""

    def __init__(self, wholes: list[CheckClaim]) -> None:
        ranked = sorted(wholes, key=lambda w: (-_ceiling(w), w.claim_id))
        self.top = ranked[0]
        # the best of another document than the top one's, for a part of the top one's document
        # (a reprint of a document is that document: source_doc)
        self.runner_up = next((w for w in ranked if w.source_doc != self.top.source_doc), None)

    def against(self, part: CheckClaim) -> CheckClaim | None:
        return self.top if part.source_doc != self.top.source_doc else self.runner_up


def _group_verdict(
    group: str, level: str, wholes: list[CheckClaim], scope: TimeScope, parts: list[_Part]
) -> Verdict | None:
    ceilings = _Ceilings(wholes)
    # a part is of its whole's aspect: a city's running total says nothing against the province's day
    aspect = next((w.aspect for w in wholes if w.aspect), None)
    parts = [p for p in parts if like_aspect(aspect, p.claim.aspect)]
    same_time = [p for p in parts if scope.compatible(p.scope)]
    above = [(p, w) for p in same_time if (w := ceilings.against(p.claim)) and p.floor > _ceiling(w)]
    if above:
        return _above_verdict(group, above, len(same_time) - len(above))
    summed = _sum_verdict(group, level, ceilings.top, same_time)
    if summed is not None:
        return summed
    apart = [
        (p, w)
        for p in parts
        if _dated_apart(scope, p.scope) and (w := ceilings.against(p.claim)) and p.floor > _ceiling(w)
    ]
    return _apart_verdict(group, apart) if apart else None


_MONTH = 31  # days: a city's and its counties' undated figures this far apart are worth asking about


def _dated_apart(whole: TimeScope, part: TimeScope) -> bool:
    """Not of one time only because their documents are dated more than a month apart (same phrase, no
    stated period): the case a reader would still ask about."""
    if whole.n_open < whole.n or part.n_open < part.n or len(whole.scopes | part.scopes) > 1:
        return False
    days = whole.days_apart(part)
    return days is not None and days > _MONTH


def _listed(pairs: list[tuple[_Part, CheckClaim]]) -> list[CheckClaim]:
    """The wholes compared, then the parts above them, each once."""
    wholes = list(dict.fromkeys(w.claim_id for _, w in pairs))
    by_id = {w.claim_id: w for _, w in pairs}
    return [by_id[w] for w in wholes] + [p.claim for p, _ in pairs]


def _exceeding(
    group: str, verdict: str, pairs: list[tuple[_Part, CheckClaim]], dated: bool, zh_tail: str, en_tail: str
) -> Verdict:
    """A verdict over parts above their whole: the parts named (with their dates if `dated`), then the tail."""
    whole = pairs[0][1]
    when_zh = (lambda c: f"（{c.doc_date}）") if dated else (lambda c: "")
    when_en = (lambda c: f" ({c.doc_date})") if dated else (lambda c: "")
    names = "、".join(f"{p.claim.subject}{p.claim.mention}{when_zh(p.claim)}" for p, _ in pairs)
    names_en = ", ".join(f"{p.claim.subject}'s {p.claim.mention}{when_en(p.claim)}" for p, _ in pairs)
    largest = max((p.claim for p, _ in pairs), key=lambda c: c.value)
    return Verdict.over(
        RULE,
        verdict,
        _listed(pairs),
        whole.value,
        largest.value,
        _ceiling(whole) - whole.value,
        f"“{whole.metric}”：{names}超过了{whole.subject}的{whole.mention}{when_zh(whole)}{zh_tail}",
        f"{names_en} exceed{'s' if len(pairs) == 1 else ''} {whole.subject}'s {whole.mention}{when_en(whole)}{en_tail}",
        group_key=group,
    )


def _above_verdict(group: str, above: list[tuple[_Part, CheckClaim]], within: int) -> Verdict:
    zh = f"（另有{within}个不超过）。" if within else "。"
    en = f" ({within} more within it)." if within else "."
    return _exceeding(group, "conflict", above, False, zh, en)


def _sum_verdict(group: str, level: str, whole: CheckClaim, same_time: list[_Part]) -> Verdict | None:
    """The direct sub-divisions' figures (the least of each, from other documents than the whole's)
    summed against the whole's highest figure."""
    gaz = gazetteer()
    least_of: dict[str, _Part] = {}
    for part in same_time:
        if part.claim.source_doc == whole.source_doc or gaz.by_code[part.code].level != _CHILD_LEVEL[level]:
            continue
        if part.code not in least_of or part.floor < least_of[part.code].floor:
            least_of[part.code] = part
    if len(least_of) < 2:
        return None
    ceiling = _ceiling(whole)
    if sum(p.floor for p in least_of.values()) <= ceiling:
        return None
    counted = sorted(least_of.values(), key=lambda p: p.code)
    total = sum(p.claim.value for p in counted)
    names = "、".join(p.claim.subject or "" for p in counted)
    return Verdict.over(
        RULE,
        "conflict",
        [whole, *(p.claim for p in counted)],
        whole.value,
        total,
        ceiling - whole.value,
        f"{names}合计 {number_text(total)}，超过{whole.subject}的 {whole.mention}。",
        f"{names} add up to {number_text(total)}, more than {whole.subject}'s {whole.mention}.",
        group_key=group,
    )


def _apart_verdict(group: str, apart: list[tuple[_Part, CheckClaim]]) -> Verdict:
    days = sorted(abs((p.claim.doc_date - w.doc_date).days) for p, w in apart if p.claim.doc_date and w.doc_date)
    gap = f"{days[0]}" if days[0] == days[-1] else f"{days[0]}–{days[-1]}"
    zh = f"，但两者日期相隔{gap}天，数字可能来自不同时间，无法判断是否矛盾。"
    en = f", but they are dated {gap} days apart: the figures may be from different times."
    return _exceeding(group, "unverifiable", apart, True, zh, en)
