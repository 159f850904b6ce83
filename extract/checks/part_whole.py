"""part_whole: a county's figure cannot exceed its city's, nor the counties' sum the city's total.

Claims with the same normalised metric, comparable units, an additive kind and a compatible
time scope, whose subjects are a division and one of its parent divisions (东明县 ⊂ 菏泽市, by
their division codes). Only subjects that are the division itself, not an organisation in it.

One verdict per whole (a city's or province's figure) and the parts found for it, and only a
conflict: a part above the whole, else the parts' sum above it. Parts within their whole are the
common case and say nothing (a county below its city): they are counted in the conflict's
explanation, not stored one by one — a pair verdict for each of them grew with the square of the
corpus (2,100 pages gave 604,800 "consistent" rows).
"""

from __future__ import annotations

from collections import defaultdict

from extract.checks.comparable import comparable_metric, same_time, unit_group
from extract.checks.intervals import interval, number_text
from extract.checks.model import CheckClaim, Verdict
from extract.places import gazetteer

RULE = "part_whole"
SCOPE = "corpus"
_ADDITIVE = ("count", "money", "measure")


def _division(claim: CheckClaim) -> str | None:
    """The claim's subject as a division code, when the subject is that division itself."""
    if not claim.place_code or not claim.subject:
        return None
    place = gazetteer().by_code.get(claim.place_code)
    return claim.place_code if place is not None and place.name == claim.subject else None


def check(claims: list[CheckClaim]) -> list[Verdict]:
    by_metric: dict[str, list[tuple[str, CheckClaim]]] = defaultdict(list)
    for claim in claims:
        code = _division(claim) if claim.kind in _ADDITIVE and comparable_metric(claim) else None
        if code:
            by_metric[f"{claim.metric_key}|{unit_group(claim)}"].append((code, claim))
    verdicts = []
    gaz = gazetteer()
    for key, members in by_metric.items():
        for code, whole in members:
            place = gaz.by_code[code]
            if place.level not in ("province", "city"):
                continue
            prefix = code[:2] if place.level == "province" else code[:4]
            parts = [
                c
                for part_code, c in members
                if c.doc_id != whole.doc_id
                and part_code != code
                and part_code.startswith(prefix)
                and same_time(whole, c)[0]
            ]
            if parts:
                verdicts.extend(_verdicts(key, whole, parts))
    return verdicts


def _verdicts(key: str, whole: CheckClaim, parts: list[CheckClaim]) -> list[Verdict]:
    ceiling = interval(whole.mention, whole.value, whole.value_high, whole.qualifier)[1]
    group = f"{key}|{whole.claim_id}"
    above = [p for p in parts if interval(p.mention, p.value, p.value_high, p.qualifier)[0] > ceiling]
    within = len(parts) - len(above)
    if above:
        names = "、".join(f"{p.subject}{p.mention}" for p in above)
        names_en = ", ".join(f"{p.subject}'s {p.mention}" for p in above)
        largest = max(above, key=lambda p: p.value)
        return [
            Verdict.over(
                RULE,
                "conflict",
                [whole, *above],
                whole.value,
                largest.value,
                ceiling - whole.value,
                f"“{whole.metric}”：{names}超过了{whole.subject}的{whole.mention}"
                + (f"（另有{within}个不超过）。" if within else "。"),
                f"{names_en} exceed{'s' if len(above) == 1 else ''} {whole.subject}'s {whole.mention}"
                + (f" ({within} more within it)." if within else "."),
                group_key=group,
            )
        ]
    # one figure per sub-division (the largest), summed against the whole
    largest_of: dict[str, CheckClaim] = {}
    for part in parts:
        code = _division(part)
        if code not in largest_of or part.value > largest_of[code].value:
            largest_of[code] = part
    if len(largest_of) < 2:
        return []
    floors = sum(interval(p.mention, p.value, p.value_high, p.qualifier)[0] for p in largest_of.values())
    if floors <= ceiling:
        return []
    total = sum(p.value for p in largest_of.values())
    names = "、".join(p.subject or "" for p in largest_of.values())
    return [
        Verdict.over(
            RULE,
            "conflict",
            [whole, *largest_of.values()],
            whole.value,
            total,
            ceiling - whole.value,
            f"{names}合计 {number_text(total)}，超过{whole.subject}的 {whole.mention}。",
            f"{names} add up to {number_text(total)}, more than {whole.subject}'s {whole.mention}.",
            group_key=group,
        )
    ]
