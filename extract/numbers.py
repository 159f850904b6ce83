"""Numerals as written in Chinese text -> values.

Pure functions, no spaCy and no I/O, so they are cheap to call and easy to test table-driven.
cn2an does single numerals well, Chinese (一万五千, 二〇二四, 三千五) and mixed (6.7万, 25万6千);
the forms it gets wrong are handled here before it is called:
- ranges written as two adjacent digits (七八十 -> 70..80, 两三 -> 2..3; cn2an reads 23),
- bare scale words (万余 -> 10000, 数百万 -> 1000000; cn2an refuses them), 万万 (an old 亿),
- 几 as a digit (十几, 三十几万, 几百),
- the capital numerals of amounts written out (壹佰, 叁万伍仟),
- fractions and percent words (百分之四十, 三成, 三分之一, 1/3, 千分之五) and discounts (八折, 75折).

Every parser here raises ValueError, and only ValueError, on text it cannot read: a caller catches
that one exception and the figure is no claim, whatever cn2an or the arithmetic met inside.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from math import isfinite, prod
from typing import NamedTuple

from extract.pattern_cache import compile_pattern

# full-width digits and signs, the Traditional forms of the numeral characters (萬 億 點 兩), and the
# capital numerals of amounts written out on cheques and contracts (壹 贰 叁 … 拾 佰 仟, Simplified and
# Traditional: 貳 參 叄 陸), read as the ordinary ones
_FULLWIDTH = str.maketrans(
    "０１２３４５６７８９．，％／萬億點兩參叄壹贰貳肆伍陆陸柒捌玖拾佰仟",
    "0123456789.,%/万亿点两三三一二二四五六六七八九十百千",
)
CHINESE_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
# 兆 is 10^12 as Taiwan and Hong Kong write money (1兆6,951億元); quantities.py reads it only there
SCALE_WORDS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000, "兆": 1_000_000_000_000}

_ARABIC = compile_pattern(r"\d+(?:\.\d+)?")
_ARABIC_SCALED = compile_pattern(r"(?P<number>\d+(?:\.\d+)?)(?P<scale>[十百千万亿兆]+)")
_CHINESE_DECIMAL_SCALED = compile_pattern(r"(?P<number>.+点[〇零一二三四五六七八九]+)(?P<scale>[十百千万亿兆]*)")
# Two adjacent digits, the second one more than the first: an approximate range (七八十, 两三).
_ADJACENT_RANGE = compile_pattern(
    r"^(?P<head>.*?)(?P<low>[一二两三四五六七八九])(?P<high>[二三四五六七八九])(?P<scale>[十百千万亿]*)$"
)
_RANGE_SEPARATOR = compile_pattern(r"\s*(?:至|到|~|～|-|－|—|–)\s*|(?<=[一二两三四五六七八九])、(?=[二三四五六七八九])")
# 几 as a digit: after 十 it adds nothing to the lower bound (十几 -> 10+), before a scale word it
# is one of it (几十 -> 10+, 几百万 -> 1000000+); the figure is vague, its value the lower bound, as
# 几十 and 上万 always were here (十几万 is 100000, over, not the range 110000-190000)
_JI_AFTER_TEN = compile_pattern(r"(?<=十)几")
_JI_BEFORE_SCALE = compile_pattern(r"几(?=[十百千万亿])")
# digits written one by one before a scale word (一八八一亿, 二〇五万): three or more, or two with a zero — two
# other adjacent digits are a range (七八万 is 70000–80000)
_DIGIT_BY_DIGIT_SCALED = compile_pattern(
    r"(?P<digits>[〇零一二三四五六七八九]{3,}|[〇零][一二三四五六七八九]|[一二三四五六七八九][〇零])(?P<scale>[万亿兆]+)"
)
# a numeral of groups before 亿 and 万, one of them at least written digit by digit (三六六亿二三二九万七千, as Taiwan's
# budgets write sums: 366亿2329万7千)
_SCALE_GROUP_SPLIT = compile_pattern(r"(亿|万)")
_DIGITS_ONE_BY_ONE = compile_pattern(r"[〇零一二三四五六七八九]{2,}")


def _digit_groups(text: str) -> float | None:
    """The value of a numeral made of groups before 亿 and 万, one of them at least digit by digit; else None."""
    parts = _SCALE_GROUP_SPLIT.split(text)
    groups = list(zip(parts[0::2], [*parts[1::2], ""], strict=True))
    if len(groups) < 2 or not any(_DIGITS_ONE_BY_ONE.fullmatch(group) for group, _ in groups):
        return None
    value = 0.0
    for group, scale in groups:
        if not group:
            if scale:
                return None  # 亿万, 万亿: a scale word after another is no group of this kind
            continue
        digits = _DIGITS_ONE_BY_ONE.fullmatch(group)
        number = float("".join(str(CHINESE_DIGITS[c]) for c in group)) if digits else parse_chinese_number(group)
        value += number * (SCALE_WORDS[scale] if scale else 1)
    return _finite(value, text)


_ARABIC_FRACTION = compile_pattern(r"(?P<numerator>\d+)/(?P<denominator>\d+)")
# 千分之五 is written 5‰ elsewhere, 万分之三 3‱: the claim keeps the sign the text's own wording
# stands for (as "-0.57‰" keeps ‰), so one figure written either way is one claim, and the value
# stays the one printed, not a small decimal of a percent.
# 百份之 is Macau's and Hong Kong's way of writing 百分之 (同比減少百份之三點五)
_PER_WORDS = {"百分之": "%", "百份之": "%", "千分之": "‰", "万分之": "‱"}
# a numeral longer than this is a run of numeral characters, not a figure (and would cost a
# quadratic backtrack in the patterns below)
_LONGEST_NUMERAL = 48


@dataclass(frozen=True)
class NumberValue:
    """A parsed numeral: value, the upper bound of a range, and whether the wording was vague."""

    value: float
    value_high: float | None = None
    vague: bool = False  # 数百万, 上万, 几十: an order of magnitude rather than a figure


# compiled once: every figure's numeral is normalised (re.sub with a string looks its pattern up)
_THOUSANDS_SEPARATOR = compile_pattern(r"(?<=\d),(?=\d{3})")
_WHITE_SPACE = compile_pattern(r"\s+")
# a point between Chinese digits, as Taiwan's police write rates (平均受理詐欺案四十三.一件): 点
_POINT_BETWEEN_CHINESE_DIGITS = compile_pattern(r"(?<=[〇零一二三四五六七八九十])\.(?=[〇零一二三四五六七八九])")


def normalise_numeral(text: str) -> str:
    """Full-width digits to ASCII, thousands separators and stray white space removed, a point between Chinese digits
    written 点."""
    text = text.translate(_FULLWIDTH)
    text = _THOUSANDS_SEPARATOR.sub("", text)
    text = _POINT_BETWEEN_CHINESE_DIGITS.sub("点", text)
    return _WHITE_SPACE.sub("", text)


class Share(NamedTuple):
    """A fraction or percent word read: its value in its unit, the upper bound of a range."""

    value: float
    value_high: float | None
    unit: str  # % ‰ ‱
    vague: bool = False  # 百分之几十, 几成: the lower bound of an order of magnitude


def scaled(value: float, factor: float, plus: float = 0.0) -> float:
    """value x factor + plus in decimal, so 7.2成 is 72 and 1.1成 11 (not 11.000000000000002), and
    3元5角6分 is 3.56."""
    try:
        return float(Decimal(repr(value)) * Decimal(repr(factor)) + Decimal(repr(plus)))
    except (InvalidOperation, ValueError):
        return value * factor + plus


def _finite(value: float, text: str) -> float:
    if not isfinite(value):
        raise ValueError(f"not a finite figure: {text!r}")
    return value


@lru_cache(maxsize=1)
def _cn2an() -> Callable[[str, str], object]:
    """cn2an's reader, imported at the first numeral it reads: its import compiles its patterns, a
    tenth of a second of every start, and text written in digits never needs it (issue 32)."""
    import cn2an

    return cn2an.cn2an


@lru_cache(maxsize=65536)
def parse_chinese_number(text: str) -> float:
    """One numeral (Chinese, Arabic or mixed, no range) -> its value. Raises ValueError."""
    text = normalise_numeral(text)
    if not text:
        raise ValueError("empty numeral")
    if len(text) > _LONGEST_NUMERAL:
        raise ValueError(f"too long for a numeral: {text[:20]!r}…")
    if _ARABIC.fullmatch(text):
        return _finite(float(text), text)
    scaled_number = _ARABIC_SCALED.fullmatch(text)
    if scaled_number:
        # 1.2万亿, 3.5千万: cn2an reads a decimal before one scale word only; scale words multiply
        factor = prod(SCALE_WORDS[word] for word in scaled_number["scale"])
        return _finite(float(Decimal(scaled_number["number"]) * factor), text)
    decimal = _CHINESE_DECIMAL_SCALED.fullmatch(text)
    if decimal and decimal["scale"]:
        # 一点五万, 十五点八亿: cn2an reads a Chinese decimal, but not one before a scale word
        factor = prod(SCALE_WORDS[word] for word in decimal["scale"])
        return _finite(float(Decimal(repr(parse_chinese_number(decimal["number"]))) * factor), text)
    by_digit = _DIGIT_BY_DIGIT_SCALED.fullmatch(text)
    if by_digit:
        # 一八八一亿: digits written one by one, as 2024 is 二〇二四, before a scale word: 1881亿
        digits = "".join(str(CHINESE_DIGITS[c]) for c in by_digit["digits"])
        return parse_chinese_number(digits + by_digit["scale"])
    grouped = _digit_groups(text)
    if grouped is not None:
        return grouped
    if "兆" in text:
        # cn2an has no 兆: 1兆6951亿 is 1 x 10^12 and 6951亿
        trillions, rest = text.split("兆", 1)
        high = parse_chinese_number(trillions) if trillions else 1.0
        return _finite(high * SCALE_WORDS["兆"] + (parse_chinese_number(rest) if rest else 0.0), text)
    # 一万万: ten thousand ten-thousands, the older way to write 亿
    text = text.replace("万万", "亿")
    if text[0] in SCALE_WORDS and text[0] != "十":
        # 万余, 百万: a bare scale word means one of it
        text = "一" + text
    try:
        value = float(_cn2an()(text, "smart"))
    except Exception as err:  # cn2an's own errors are not all ValueError; any of them means unreadable
        raise ValueError(f"not a numeral: {text!r}") from err
    return _finite(value, text)


def parse_number(text: str) -> NumberValue:
    """A numeral possibly written as a range or vaguely -> NumberValue. Raises ValueError.

    >>> parse_number("七八十")
    NumberValue(value=70.0, value_high=80.0, vague=False)
    """
    text = normalise_numeral(text)
    if not text:
        raise ValueError("empty numeral")
    if len(text) > _LONGEST_NUMERAL:
        raise ValueError(f"too long for a numeral: {text[:20]!r}…")
    vague = False
    if text[:1] in ("数", "上"):
        # 数百万 / 上万: the scale word alone, read as its lower bound
        vague = True
        text = text[1:]
    if "几" in text:
        vague = True
        text = _JI_BEFORE_SCALE.sub("", _JI_AFTER_TEN.sub("", text))
        if not text or "几" in text:
            raise ValueError("几 with no scale to count")
    parts = _RANGE_SEPARATOR.split(text)
    if len(parts) == 2 and parts[0] and parts[1]:
        low_text, high_text = parts
        # a scale written once applies to both ends: 2-3万, 二至三成 is handled by the caller
        trailing_scale = re.search(r"[十百千万亿]+$", high_text)
        if trailing_scale and not re.search(r"[十百千万亿]$", low_text):
            low_text += trailing_scale.group()
        low, high = parse_chinese_number(low_text), parse_chinese_number(high_text)
        return NumberValue(low, high if high != low else None, vague)
    match = _ADJACENT_RANGE.match(text)
    if match and CHINESE_DIGITS[match["high"]] == CHINESE_DIGITS[match["low"]] + 1:
        head, scale = match["head"], match["scale"]
        if not head or head[-1] in SCALE_WORDS:
            low = parse_chinese_number(head + match["low"] + scale)
            high = parse_chinese_number(head + match["high"] + scale)
            return NumberValue(low, high, vague)
    return NumberValue(parse_chinese_number(text), None, vague)


def parse_share(text: str) -> Share:
    """A fraction or percent word -> its value and unit. Raises ValueError.

    百分之四十 -> 40 %, 百分之六七十 -> 60..70 %, 三分之一 and 1/3 -> 33.33 %, 千分之五 -> 5 ‰,
    万分之三 -> 3 ‱, 三成 -> 30 %, 三成半 -> 35 %, 半成 -> 5 %, 一半 -> 50 %, 百分百 -> 100 %, 八折 -> 80 % (see
    parse_discount).
    A share of A parts is numerator x 100 / A to two decimals, as statistics write it and people annotate it: 1/3
    is 33.33 %, 2/3 66.67 % (a value to the last bit would never equal a figure written by hand).
    """
    text = normalise_numeral(text)
    word = text[:3]
    if word in _PER_WORDS:
        number = parse_number(text[3:])
        return Share(number.value, number.value_high, _PER_WORDS[word], number.vague)
    arabic = _ARABIC_FRACTION.fullmatch(text)
    if arabic or "分之" in text:
        denominator_text, numerator_text = (
            (arabic["denominator"], arabic["numerator"]) if arabic else text.split("分之", 1)
        )
        denominator, numerator = parse_chinese_number(denominator_text), parse_number(numerator_text)
        if denominator == 0:
            raise ValueError(f"a fraction of nothing: {text!r}")
        high = _fraction_percent(numerator.value_high, denominator) if numerator.value_high is not None else None
        return Share(_fraction_percent(numerator.value, denominator), high, "%", numerator.vague)
    if text == "半成":
        return Share(5.0, None, "%")
    if text == "一半":
        return Share(50.0, None, "%")
    if text == "百分百":
        return Share(100.0, None, "%")
    if text.endswith("折"):
        number = parse_discount(text[:-1])
        return Share(number.value, number.value_high, "%", number.vague)
    if text.endswith("成半"):
        number = parse_number(text[:-2])
        if number.value_high is not None:
            raise ValueError(f"half of a range: {text!r}")
        return Share(scaled(number.value + 0.5, 10), None, "%", number.vague)
    if text.endswith("成"):
        number = parse_number(text[:-1])
        high = scaled(number.value_high, 10) if number.value_high is not None else None
        return Share(scaled(number.value, 10), high, "%", number.vague)
    raise ValueError(f"not a fraction: {text!r}")


def _fraction_percent(numerator: float, denominator: float) -> float:
    return round(numerator * 100 / denominator, _FRACTION_DECIMALS)


_FRACTION_DECIMALS = 2


def parse_fraction(text: str) -> float:
    """A fraction or percent word -> the percentage it equals (千分之五 -> 0.5). Raises ValueError."""
    share = parse_share(text)
    return share.value / {"%": 1, "‰": 10, "‱": 100}[share.unit]


def parse_discount(numeral: str) -> NumberValue:
    """The numeral before 折 -> the share of the full price paid, a percentage. Raises ValueError.

    A discount is a percentage of the price, not a unit of its own (the claim is kind percent, unit
    %): 八折 is 80 % of the price, 八五折 85 % (cn2an reads two digits one by one), 8.5折 and 八点五折
    85 %, 75折 75 %, 9.9折 99 %, 七八折 70..80 %, 对折 50 %. So a discount compares with the shares
    and rates a text gives in %.
    """
    if normalise_numeral(numeral) == "对":
        return NumberValue(50.0)
    number = parse_number(numeral)
    high = _discount(number.value_high) if number.value_high is not None else None
    return NumberValue(_discount(number.value), high, number.vague)


def _discount(value: float) -> float:
    if 0 < value < 10:
        return scaled(value, 10)  # 8 -> 80, 9.9 -> 99
    if 10 <= value < 100 and value == int(value):
        return value  # 75 -> 75
    raise ValueError(f"not a discount: {value}折")


def is_bare_one(text: str) -> bool:
    """一 on its own reads as the article 'a' (一个生动实践), not as a figure."""
    return normalise_numeral(text) == "一"


def is_year_numeral(text: str) -> bool:
    """2024, 二〇二四: four digits written digit by digit are a calendar year before 年."""
    text = normalise_numeral(text)
    return bool(re.fullmatch(r"\d{4}", text) or re.fullmatch(r"[〇零一二三四五六七八九]{4}", text))
