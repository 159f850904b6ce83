"""Quantity expressions: a numeral with its qualifier and unit ("约6.7万人", "1000余名", "80%以上").

One regular expression, built from the lexicon files, finds them; `read_quantity` turns a match
into a `Quantity` (value with scale applied, range, unit, qualifier, kind from the unit). Whether
a quantity is a claim at all (dates, ordinals, names) is decided later, by the pipeline.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from extract import lexicon
from extract.numbers import CHINESE_DIGITS, NumberValue, is_bare_one, parse_fraction, parse_number

_AR = r"[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?"
# Chinese numerals, with the Traditional 萬 億 兩 (numbers.normalise_numeral reads them)
_CN = r"[〇零一二两兩三四五六七八九十百千万萬亿億]"
# 千 before 瓦/克/米/升/公顷 begins the unit (500万千瓦, 5千克, 150千公顷), not the number
_THOUSAND_IN_NUMBER = r"千(?![瓦克米升]|公顷)"
# 点 between Chinese digits is a decimal point (一点二, 百分之三点五)
_DECIMAL_POINT = r"[点點](?=[〇零一二三四五六七八九])"
_CN_IN_NUMBER = rf"(?:[〇零一二两兩三四五六七八九十百万萬亿億]|{_THOUSAND_IN_NUMBER}|{_DECIMAL_POINT})"
_NUM = (
    rf"(?:[数上几](?=[十百千万亿]))?(?:{_AR}|{_CN_IN_NUMBER})"
    rf"(?:{_AR}|{_CN_IN_NUMBER}|[ \t\r\n\u3000]{{1,4}}(?=[万亿]))*"
)
# a dash between two figures is a range when it has no space around it or a space on each side
# (2-3, 2 - 3); a dash after a space or tab alone is the next figure's minus sign: the cells of a
# table row ("17500\t-12.5%", "75.17 -5.1") are two figures, not a range
_RANGE = rf"{_NUM}(?:(?:\s*(?:至|到|~|～)\s*|[-－—–]|[ \u3000]+[-－—–][ \u3000]+){_NUM})?"
_FRACTION = (
    rf"(?:百分之|千分之|万分之|萬分之){_NUM}|{_CN}+分之{_CN}+"
    r"|[一二两三四五六七八九十]成(?![员为功立就本果效绩长交型品熟])"
)
_DOUBLING = r"翻了?(?P<doublings>[一两二三四1234])番|翻了?番"
# spoken prices: 三块五 is 3.5 元, 两块八毛 2.8 元 (a digit after 块 counts tenths, unless a unit or
# another numeral follows it and it starts a figure of its own)
_DIMES = r"(?<=块)[一二三四五六七八九](?:毛钱?|角)?(?![0-9〇零一二两三四五六七八九十百千万亿个名位块元斤人只件户])"
_DOUBLINGS = {"一": 1, "1": 1, "两": 2, "二": 2, "2": 2, "三": 3, "3": 3, "四": 4, "4": 4}
_CHINESE_ONLY = re.compile(rf"(?:[数上几])?(?:{_CN}|[点點])+(?:\s*(?:至|到|~|～|-|－|—|–)\s*{_CN}+)?")
_BARE_SCALE = re.compile(r"[十百千万萬亿億]+")
_MINUS = "-－−"
_BEFORE_A_SIGN = set("为是：:（(，,、 \t\n　至到")
# words of which a numeral character is only a part: 近 in 附近, 约 in 节约
_DENOMINATOR_KINDS = ("measure", "duration", "count")
_CHANGE_UNITS = ("倍",)
# a verb between a qualifier and its number: 约为1200亿元, 约有300亩, 超过了50亿元, 大约在3000元
_QUALIFIER_LINKS = "达到|为|有|达|是|在|了"
_BEFORE_BLOCKERS = {"近": "附最将靠临就接", "约": "节签制预公契条履邀特相", "超": "高"}


# a NamedTuple, not a frozen dataclass: built by the hundred per page, and twice as fast to build
class Quantity(NamedTuple):
    start: int
    end: int
    mention: str
    numeral: str
    value: float
    value_high: float | None
    unit: str  # canonical unit, scale removed (元 for 万元); "" when none is written
    unit_surface: str
    kind: str | None  # from the unit: count money measure duration age percent change date
    qualifier: str | None
    chinese: bool  # written in Chinese numerals only
    big: bool  # "5大项", "十大行动": a rhetorical count


@cache
def quantity_pattern() -> re.Pattern[str]:
    units = lexicon.alternation(list(lexicon.units()))
    quals = lexicon.qualifiers()
    before = "|".join(
        f"(?<![{_BEFORE_BLOCKERS[w]}]){re.escape(w)}" if w in _BEFORE_BLOCKERS else re.escape(w)
        for w in sorted(quals["before"], key=len, reverse=True)
    )
    after = lexicon.alternation(list(quals["after"]))
    trailing = lexicon.alternation(list(quals["trailing"]))
    # a rate written with a slash after its unit (3.5元/斤, 38微克/立方米, 690公斤/亩)
    # 日 is a date as a unit of its own (25日) but a day after a slash (80吨/日)
    per_units = lexicon.alternation(
        [u for u, e in lexicon.units().items() if e.kind in _DENOMINATOR_KINDS or u == "日"]
    )
    return re.compile(
        rf"(?:(?P<before>{before})(?:{_QUALIFIER_LINKS})?)?"
        rf"(?:(?P<fraction>{_FRACTION})|(?P<doubling>{_DOUBLING})"
        rf"|(?P<sign>[-－−])?(?P<num>{_RANGE})(?P<after>{after})?"
        rf"(?P<scale>(?:[十百万萬亿億]|{_THOUSAND_IN_NUMBER}){{0,2}})"
        rf"(?P<big>大(?![道街厦桥])(?=[\u4e00-\u9fff]|$))?"
        rf"(?:[ \t\r\n\u3000]{{0,4}}(?P<unit>{units})(?:[/／](?P<per>{per_units}))?)?"
        rf"(?P<dimes>{_DIMES})?)"
        rf"(?P<trailing>{trailing})?"
    )


@cache
def quantity_start() -> re.Pattern[str]:
    """The characters a quantity expression can start with: a digit, a Chinese numeral, 数/上/几,
    翻 or the first character of a qualifier written before the number (约, 超过, 不足)."""
    firsts = set(_CN[1:-1] + "0123456789０１２３４５６７８９数上几翻" + _MINUS)
    firsts.update(word[0] for word in lexicon.qualifiers()["before"])
    return re.compile("[" + "".join(sorted(firsts)) + "]")


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity expression in text, in order, not overlapping: what
    `quantity_pattern().finditer(text)` finds, but the pattern is tried only where a quantity can
    start. Most characters cannot, and the regex engine would try its long pattern at every one."""
    out = []
    next_start, match_at = quantity_start().search, quantity_pattern().match
    position = 0
    while (start := next_start(text, position)) is not None:
        match = match_at(text, start.start())
        if match is None:
            position = start.start() + 1
            continue
        if match.group()[0] in _MINUS and not _minus_allowed(text, match.start()):
            position = match.start() + 1  # 0731-84802117, 2007年-2009年: a dash, not a sign
            continue
        quantity = read_quantity(match.group(), match.start())
        if quantity is not None:
            out.append(quantity)
        position = match.end()
    return out


def _minus_allowed(text: str, start: int) -> bool:
    """A minus sign where a figure begins (增长率为-0.57‰, （-3.2%）), not a dash between two."""
    return start == 0 or text[start - 1] in _BEFORE_A_SIGN


_UNIT_RANGE_SEPARATORS = ("至", "到", "-", "－", "—", "–", "~", "～")


def join_unit_ranges(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """ "3000元至5000元", "2万-3万亩": two figures of the same unit joined by 至/到/- are one range,
    as 2至3家 is (the pattern takes the unit only once, after the second number). From one to the
    other (从20亩到900亩) is two figures."""
    out: list[Quantity] = []
    for quantity in quantities:
        low = out[-1] if out else None
        if (
            low is not None
            and low.unit
            and low.unit == quantity.unit
            and low.kind == quantity.kind
            and low.value_high is None
            and quantity.value_high is None
            and low.qualifier is None
            and quantity.qualifier is None
            and text[low.end : quantity.start].strip() in _UNIT_RANGE_SEPARATORS
            and quantity.value > low.value
            and text[max(0, low.start - 1) : low.start] not in ("从", "由")  # 从20亩到900亩: a growth
        ):
            out[-1] = low._replace(
                end=quantity.end,
                mention=text[low.start : quantity.end],
                numeral=text[low.start : quantity.end],
                value_high=quantity.value,
                qualifier="range",
                chinese=low.chinese and quantity.chinese,
            )
            continue
        out.append(quantity)
    return out


def read_quantity(mention: str, start: int = 0) -> Quantity | None:
    """A matched quantity expression -> Quantity, or None when it is no figure (统一, 万家)."""
    reading = _read(mention)
    if reading is None:
        return None
    return Quantity(start, start + len(mention), mention, *reading)


@lru_cache(maxsize=65536)
def _read(mention: str) -> tuple | None:
    match = quantity_pattern().fullmatch(mention)
    if match is None:
        return None
    qualifiers = lexicon.qualifiers()
    qualifier = None
    if match["before"]:
        qualifier = qualifiers["before"][match["before"]]
    if match["fraction"]:
        value = parse_fraction(match["fraction"])
        numeral = match["fraction"]
        number = NumberValue(value)
        unit_surface, unit, kind, chinese, big = "", "%", "percent", True, False
    elif match["doubling"]:
        doublings = _DOUBLINGS.get(match["doublings"] or "一", 1)
        number = NumberValue(float(2**doublings))
        numeral = match["doubling"]
        unit_surface, unit, kind, chinese, big = "", "倍", "change", True, False
    else:
        numeral = match["num"]
        chinese = bool(_CHINESE_ONLY.fullmatch(numeral))
        unit_surface = match["unit"] or ""
        big = bool(match["big"])
        if chinese and not unit_surface and not big:
            return None  # a Chinese numeral character inside a word
        qualified = bool(match["before"] or match["trailing"]) and bool(unit_surface)
        if chinese and _BARE_SCALE.fullmatch(numeral) and not (match["after"] or qualified or numeral[0] == "十"):
            # 万家, 百年, 千方: a scale word on its own is no count, unless 万余 / 百多 or a qualifier
            # and a unit make it a figure (突破千亿元, 近千万次, 千万人次以上)
            return None
        if is_bare_one(numeral) and not match["after"] and unit_surface not in _CHANGE_UNITS:
            return None  # 一个生动实践: 一 as the article; not 涨了一倍
        try:
            number = parse_number(numeral)
        except ValueError:
            return None
        scale = scale_of(match["scale"])
        number = NumberValue(
            number.value * scale,
            number.value_high * scale if number.value_high is not None else None,
            number.vague,
        )
        if match["sign"]:
            number = NumberValue(-number.value, -number.value_high if number.value_high is not None else None)
        if match["dimes"]:
            number = NumberValue(number.value + CHINESE_DIGITS[match["dimes"][0]] / 10, None, number.vague)
        if unit_surface:
            entry = lexicon.units()[unit_surface]
            unit, kind = entry.unit, entry.kind
            number = NumberValue(
                number.value * entry.scale,
                number.value_high * entry.scale if number.value_high is not None else None,
                number.vague,
            )
        elif big:
            unit, kind = "个", "count"
        else:
            unit, kind = "", None
        if match["after"]:
            qualifier = qualifiers["after"][match["after"]]
        elif number.vague:
            qualifier = "over"
        if match["per"]:
            unit, kind = f"{unit}/{lexicon.units()[match['per']].unit}", "rate"
    if match["trailing"]:
        qualifier = qualifiers["trailing"][match["trailing"]]
    if number.value_high is not None:
        qualifier = "range"
    return (numeral, number.value, number.value_high, unit, unit_surface, kind, qualifier, chinese, big)


def scale_of(words: str) -> float:
    """十 百 千 万 亿 (萬 億) written after a number, as one factor (万亿 -> 1e12)."""
    factor = 1.0
    for word in words:
        factor *= _SCALE_FACTORS[word]
    return factor


_SCALE_FACTORS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
