"""The interval a printed figure allows: its qualifier (余, 多, 以上, 约, 不到) and its precision.

Pure functions. "93.02%" allows 93.015–93.025; "6.7万" allows 66500–67500; 余/多 add less than one unit of the last
non-zero digit written ("1000余" 1000–2000, "1.2万余" 12000–13000, "3400多" 3400–3500);
"6200元以上" allows 6200 and up; "约500" allows ±10%; "2至3" allows 2–3.
"""

from __future__ import annotations

import math

from extract.checks.model import CheckClaim
from extract.numbers import normalise_numeral
from extract.pattern_cache import compile_pattern

_DIGITS = compile_pattern(r"[0-9]+(?:\.[0-9]+)?")
_OPEN_ENDED = ("以上", "超过", "逾", "不少于", "至少")
_APPROX_SHARE = 0.1


def _written_digits(mention: str, value: float) -> tuple[str, float] | None:
    """The Arabic numeral as printed (full-width and 35,522 normalised) and the scale applied to it."""
    match = _DIGITS.search(normalise_numeral(mention))
    if match is None:
        return None
    written = float(match.group())
    return match.group(), (value / written if written else 1.0)


def _exact_whole(mention: str, value: float) -> bool:
    """The figure is written as a whole number whose digits are its value (no 万 or 亿 rounding it)."""
    digits = _written_digits(mention, value)
    if digits is None:
        return float(value).is_integer() and value < 10_000  # 十二名: Chinese numerals of a count state it exactly
    numeral, scale = digits
    return "." not in numeral and scale == 1.0


def printed_half_step(mention: str, value: float) -> float:
    """Half a unit of the last printed digit, in the value's scale (6.7万 -> 500, 93.02 -> 0.005)."""
    digits = _written_digits(mention, value)
    if digits is None:
        return 0.5  # Chinese numerals state whole numbers
    numeral, scale = digits
    decimals = len(numeral.partition(".")[2])
    return 0.5 * 10.0**-decimals * scale


def last_digit_step(mention: str, value: float) -> float:
    """One unit of the last non-zero digit written, in the value's scale (1.2万 -> 1000, 3400 -> 100)."""
    digits = _written_digits(mention, value) if value > 0 else None
    if digits is None:
        return 10.0 ** math.floor(math.log10(value)) if value > 0 else 1.0  # 万余, 十多: the scale itself
    numeral, scale = digits
    whole, _, fraction = numeral.partition(".")
    if fraction.rstrip("0"):
        place = 10.0 ** -len(fraction.rstrip("0"))
    else:
        place = 10.0 ** (len(whole) - len(whole.rstrip("0"))) if whole.strip("0") else 1.0
    return place * scale


def claim_interval(claim: CheckClaim) -> tuple[float, float]:
    """(low, high) of what a claim's figure can mean (see `interval`)."""
    return interval(claim.mention, claim.value, claim.value_high, claim.qualifier, claim.kind)


def interval(
    mention: str, value: float, value_high: float | None, qualifier: str | None, kind: str | None = None
) -> tuple[float, float]:
    """(low, high) of what a figure can mean. A count printed as a whole number with no scale word
    and no qualifier (12名, 196起) is exact: 12 and 13 never agree."""
    if kind == "count" and qualifier is None and _exact_whole(mention, value):
        return value, value
    half = printed_half_step(mention, value)
    if qualifier == "range" and value_high is not None:
        return value - half, value_high + half
    if qualifier == "over":
        if any(word in mention for word in _OPEN_ENDED):
            return value, math.inf
        return value, value + last_digit_step(mention, value)
    if qualifier == "under":
        return 0.0, value
    if qualifier == "approx":
        return value * (1 - _APPROX_SHARE), value * (1 + _APPROX_SHARE)
    return value - half, value + half


def overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def add(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    return a[0] + b[0], a[1] + b[1]


def multiply(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    products = [x * y for x in a for y in b if not (math.isinf(x) or math.isinf(y))]
    high = math.inf if math.isinf(a[1]) or math.isinf(b[1]) else max(products)
    return min(products), high


def number_text(x: float) -> str:
    """A number as a reader writes it: 35, 160.0 -> 160, 26.53."""
    if math.isinf(x):
        return "∞"
    return f"{x:.0f}" if abs(x - round(x)) < 1e-9 else f"{x:.2f}".rstrip("0").rstrip(".")
