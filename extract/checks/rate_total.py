"""rate_total: a rate times a quantity against a stated total.

"按每斤0.8元…一亩地…能收获8000余斤,确保每亩收入在6200元以上": 0.8 元/斤 x 8000 斤/亩 = 6400 元/亩,
which "6200元以上" allows. The three figures are in one sentence or in consecutive sentences of
one article; the units must cancel (元/斤 x 斤[/亩] = 元[/亩]).
"""

from __future__ import annotations

from extract.checks.intervals import claim_interval, multiply, number_text, overlap
from extract.checks.model import CheckClaim, Verdict

RULE = "rate_total"
SCOPE = "article"
_WINDOW = 3  # claims after the rate in which the quantity and the total must be


def check(claims: list[CheckClaim], text: str) -> list[Verdict]:
    verdicts = []
    for i, rate in enumerate(claims):
        if rate.kind != "rate" or rate.denominator is None:
            continue
        following = [c for c in claims[i + 1 : i + 1 + _WINDOW] if _near(rate, c, text)]
        quantity = next((c for c in following if c.numerator == rate.denominator), None)
        if quantity is None:
            continue
        unit = rate.numerator + (f"/{quantity.denominator}" if quantity.denominator else "")
        total = next((c for c in following if c.start > quantity.start and c.unit == unit), None)
        if total is None:
            continue
        verdicts.append(_verdict(rate, quantity, total, unit))
    return verdicts


def _near(rate: CheckClaim, other: CheckClaim, text: str) -> bool:
    """In the rate's sentence or the next one, with no paragraph break between."""
    return "\n" not in text[rate.end : other.start] and text.count("。", rate.end, other.start) <= 1


def _verdict(rate: CheckClaim, quantity: CheckClaim, total: CheckClaim, unit: str) -> Verdict:
    product = multiply(
        claim_interval(rate),
        claim_interval(quantity),
    )
    stated = claim_interval(total)
    expected = rate.value * quantity.value
    sum_zh = f"{number_text(rate.value)}{rate.unit} × {quantity.mention} = {number_text(expected)}{unit}"
    if overlap(product, stated):
        verdict = "consistent"
        zh = f"{sum_zh}，与所报 {total.mention} 相符。"
        en = f"{number_text(rate.value)} {rate.unit} x {quantity.mention} = {number_text(expected)} {unit}, "
        en += f"which {total.mention} allows."
    else:
        verdict = "conflict"
        zh = f"{sum_zh}，与所报 {total.mention} 不符。"
        en = f"{number_text(rate.value)} {rate.unit} x {quantity.mention} = {number_text(expected)} {unit}, "
        en += f"which {total.mention} does not allow."
    return Verdict.over(RULE, verdict, [rate, quantity, total], expected, total.value, None, zh, en)
