"""Numerals as written in Chinese text -> values.

Pure functions, no spaCy and no I/O, so they are cheap to call and easy to test table-driven.
cn2an does single numerals well, Chinese (一万五千, 二〇二四, 三千五) and mixed (6.7万, 25万6千);
the forms it gets wrong are handled here before it is called:
- ranges written as two adjacent digits (七八十 -> 70..80, 两三 -> 2..3; cn2an reads 23),
- bare scale words (万余 -> 10000, 数百万 -> 1000000; cn2an refuses them),
- fractions and percent words (百分之四十, 三成, 三分之一, 千分之五).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from math import prod

import cn2an

# full-width digits and signs, and the Traditional forms of the numeral characters (萬 億 點 兩, and
# 參/叄, the 3 of amounts written out: 參萬)
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，％萬億點兩參叄", "0123456789.,%万亿点两三三")
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
SCALE_WORDS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}

_ARABIC = re.compile(r"\d+(?:\.\d+)?")
_ARABIC_SCALED = re.compile(r"(?P<number>\d+(?:\.\d+)?)(?P<scale>[十百千万亿]+)")
_CHINESE_DECIMAL_SCALED = re.compile(r"(?P<number>.+点[〇零一二三四五六七八九]+)(?P<scale>[十百千万亿]*)")
# Two adjacent digits, the second one more than the first: an approximate range (七八十, 两三).
_ADJACENT_RANGE = re.compile(
    r"^(?P<head>.*?)(?P<low>[一二两三四五六七八九])(?P<high>[二三四五六七八九])(?P<scale>[十百千万亿]*)$"
)
_RANGE_SEPARATOR = re.compile(r"\s*(?:至|到|~|～|-|－|—|–)\s*")


@dataclass(frozen=True)
class NumberValue:
    """A parsed numeral: value, the upper bound of a range, and whether the wording was vague."""

    value: float
    value_high: float | None = None
    vague: bool = False  # 数百万, 上万, 几十: an order of magnitude rather than a figure


def normalise_numeral(text: str) -> str:
    """Full-width digits to ASCII, thousands separators and stray white space removed."""
    text = text.translate(_FULLWIDTH)
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    return re.sub(r"\s+", "", text)


@lru_cache(maxsize=65536)
def parse_chinese_number(text: str) -> float:
    """One numeral (Chinese, Arabic or mixed, no range) -> its value. Raises ValueError."""
    text = normalise_numeral(text)
    if not text:
        raise ValueError("empty numeral")
    if _ARABIC.fullmatch(text):
        return float(text)
    scaled = _ARABIC_SCALED.fullmatch(text)
    if scaled:
        # 1.2万亿, 3.5千万: cn2an reads a decimal before one scale word only; scale words multiply
        return float(Decimal(scaled["number"]) * prod(SCALE_WORDS[word] for word in scaled["scale"]))
    decimal = _CHINESE_DECIMAL_SCALED.fullmatch(text)
    if decimal and decimal["scale"]:
        # 一点五万, 十五点八亿: cn2an reads a Chinese decimal, but not one before a scale word
        return parse_chinese_number(decimal["number"]) * prod(SCALE_WORDS[word] for word in decimal["scale"])
    if text[0] in SCALE_WORDS and text[0] != "十":
        # 万余, 百万: a bare scale word means one of it
        text = "一" + text
    try:
        value = cn2an.cn2an(text, "smart")
    except (ValueError, KeyError, IndexError) as err:
        raise ValueError(f"not a numeral: {text!r}") from err
    return float(value)


def parse_number(text: str) -> NumberValue:
    """A numeral possibly written as a range or vaguely -> NumberValue. Raises ValueError.

    >>> parse_number("七八十")
    NumberValue(value=70.0, value_high=80.0, vague=False)
    """
    text = normalise_numeral(text)
    vague = False
    if text[:1] in ("数", "上", "几"):
        # 数百万 / 上万 / 几十: the scale word alone, read as its lower bound
        vague = True
        text = text[1:]
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
    if text.endswith("几"):  # 十几 -> at least 10
        return NumberValue(parse_chinese_number(text[:-1]), None, True)
    return NumberValue(parse_chinese_number(text), None, vague)


def parse_fraction(text: str) -> float:
    """A fraction or percent word -> a percentage. Raises ValueError.

    百分之四十 -> 40, 三成 -> 30, 三分之一 -> 33.33…, 千分之五 -> 0.5, 五成以上 handled by the caller.
    """
    text = normalise_numeral(text)
    if text.startswith("百分之"):
        return parse_chinese_number(text[3:])
    if text.startswith("千分之"):
        return parse_chinese_number(text[3:]) / 10
    if text.startswith("万分之"):  # 萬分之 too: normalise_numeral wrote it 万
        return parse_chinese_number(text[3:]) / 100
    if "分之" in text:
        denominator, numerator = text.split("分之", 1)
        return parse_chinese_number(numerator) / parse_chinese_number(denominator) * 100
    if text.endswith("成"):
        return parse_chinese_number(text[:-1]) * 10
    raise ValueError(f"not a fraction: {text!r}")


def is_bare_one(text: str) -> bool:
    """一 on its own reads as the article 'a' (一个生动实践), not as a figure."""
    return normalise_numeral(text) == "一"


def is_year_numeral(text: str) -> bool:
    """2024, 二〇二四: four digits written digit by digit are a calendar year before 年."""
    text = normalise_numeral(text)
    return bool(re.fullmatch(r"\d{4}", text) or re.fullmatch(r"[〇零一二三四五六七八九]{4}", text))
