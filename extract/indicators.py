"""The catalogue of standard indicators (lexicon/indicators.tsv) and the link from a claim's metric to one.

A claim links to an indicator when its metric, or its metric key, with a leading scope word (全市, 全年 …) and
a bracketed note (（不含农户）) taken off, is the indicator's name or one of its aliases exactly — no substring
match: 人均地区生产总值 is not 地区生产总值, 第一产业投资 is not 第一产业 — and when its figure can be one of
the indicator: a growth (kind change) of it, or a level in the indicator's unit (2139亿元 of 第二产业增加值, not
its 39.0% share). The link is a pure function of (metric, metric key, unit, kind), so it is stored once per
distinct tuple (schema/012_official.sql: metric_indicators) rather than once per claim.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from extract import lexicon
from extract.pattern_cache import compile_pattern

CATALOGUE = "indicators.tsv"
ASPECTS = ("flow", "stock", "ratio")
# the data portal's databases (data.stats.gov.cn): national (hg) / provincial (fs) / city (cs), annual (nd),
# quarterly (jd) or monthly (yd); one indicator has a different code in each
NBS_DATABASES = ("hgnd", "hgjd", "hgyd", "fsnd", "fsjd", "fsyd", "csnd", "csyd")
_NBS_CODE = compile_pattern(r"([a-z]{4}):(A[0-9A-Z]{2,8})")
_CODE_YEARS = compile_pattern(r"(\d{4})-(\d{4})?")
# what a metric may begin with that says where or when, not what: 全市生产总值 is 生产总值
_SCOPE_PREFIX = compile_pattern(r"^(?:全[市省州县区国盟旗]|全年|年末|年底|全社会(?=固定资产投资))+")
_BRACKETED = compile_pattern(r"[（(][^（）()]*[）)]")
_QUOTES = compile_pattern(r"[“”\"'‘’「」《》\s]")
# a reference table's metric that names the growth of an indicator (地区生产总值增长率, GDP增速)
_GROWTH_SUFFIX = compile_pattern(r"(?:比上年|同比)?(?:增长率|增速|增幅|增长|名义增长|实际增长)$")


@dataclass(frozen=True)
class NbsCode:
    """One code of the data portal: its database, the code (zb) and the years it is valid for when known."""

    database: str  # one of NBS_DATABASES
    code: str  # A020102
    first_year: int | None
    last_year: int | None  # None with a first year: valid to the source's date


@dataclass(frozen=True)
class Indicator:
    indicator_id: str
    name: str
    aliases: tuple[str, ...]
    unit: str  # the base unit of a level (元, 人, 吨, %, ‰): scale words removed, as claims store it
    kind: str  # the claim kind of a level figure
    aspect: str  # flow, stock or ratio
    nbs_code: str | None  # as the catalogue writes it: hgnd:A020102|fsnd:A020101
    code_years: str | None  # aligned with nbs_code: 1952-|1992-
    nbs_codes: tuple[NbsCode, ...]  # nbs_code and code_years, parsed


def parse_nbs_codes(codes: str, years: str) -> tuple[NbsCode, ...]:
    """The catalogue's nbs_code and code_years cells as NbsCodes. The codes are database:code separated by |;
    the years, when given, one entry per code in the same order, each YYYY-, YYYY-YYYY or empty (unknown).
    ValueError names what is malformed."""
    entries = [entry.strip() for entry in codes.split("|")] if codes else []
    spans = [span.strip() for span in years.split("|")] if years else [""] * len(entries)
    if len(spans) != len(entries):
        raise ValueError(f"{len(entries)} code(s) but {len(spans)} code_years entries")
    found = []
    for entry, span in zip(entries, spans, strict=True):
        code = _NBS_CODE.fullmatch(entry)
        if code is None or code[1] not in NBS_DATABASES:
            raise ValueError(f"nbs_code {entry!r} is not database:code (databases {', '.join(NBS_DATABASES)})")
        first = last = None
        if span:
            bounds = _CODE_YEARS.fullmatch(span)
            if bounds is None or (bounds[2] and int(bounds[2]) < int(bounds[1])):
                raise ValueError(f"code_years {span!r} of {entry} is not YYYY- or YYYY-YYYY")
            first, last = int(bounds[1]), int(bounds[2]) if bounds[2] else None
        found.append(NbsCode(code[1], code[2], first, last))
    return tuple(found)


@cache
def catalogue() -> dict[str, Indicator]:
    """indicator id -> Indicator, in the file's order."""
    found: dict[str, Indicator] = {}
    for number, row in enumerate(lexicon.rows(CATALOGUE), start=1):
        cells = [cell.strip() for cell in row] + [""] * (8 - len(row))
        indicator_id, name, aliases, unit, kind, aspect, code, years = cells[:8]
        if not indicator_id or not name or aspect not in ASPECTS or indicator_id in found:
            raise ValueError(f"{CATALOGUE}: entry {number} ({indicator_id or name!r}) is malformed or repeated")
        names = tuple(a for a in (alias.strip() for alias in aliases.split("|")) if a)
        try:
            codes = parse_nbs_codes(code, years)
        except ValueError as error:
            raise ValueError(f"{CATALOGUE}: entry {number} ({indicator_id}): {error}") from None
        found[indicator_id] = Indicator(
            indicator_id, name, names, unit, kind, aspect, code or None, years or None, codes
        )
    return found


@cache
def _by_surface() -> dict[str, str]:
    """Every name and alias, as the link normalises them -> its indicator id."""
    table: dict[str, str] = {}
    for indicator in catalogue().values():
        for surface in (indicator.name, *indicator.aliases):
            key = surface_key(surface)
            if table.setdefault(key, indicator.indicator_id) != indicator.indicator_id:
                raise ValueError(f"{CATALOGUE}: {surface} names both {table[key]} and {indicator.indicator_id}")
    return table


@cache
def digest() -> str:
    """Eight hex digits of the catalogue's text: stored links made with another catalogue are made again."""
    text = resources.files("extract.lexicon").joinpath(CATALOGUE).read_bytes()
    return hashlib.sha256(text).hexdigest()[:8]


def surface_key(metric: str) -> str:
    """A metric as the catalogue is looked up with: no quotes or spaces, no bracketed note, no leading scope word
    (全市, 全年, 年末), Latin letters in upper case (gdp is GDP)."""
    plain = _BRACKETED.sub("", _QUOTES.sub("", metric))
    return _SCOPE_PREFIX.sub("", plain).upper() or plain.upper()


def name_ending(phrase: str) -> int | None:
    """Where the longest indicator name or alias that the phrase ends with starts in it (实现城镇新增就业 -> 2), or
    None: the metric step keeps such a name whole, though a verb stands inside it (新增)."""
    found = _name_at_end().search(phrase)
    return found.start() if found else None


@cache
def _name_at_end() -> re.Pattern[str]:
    surfaces = {surface for indicator in catalogue().values() for surface in (indicator.name, *indicator.aliases)}
    return compile_pattern(f"(?:{'|'.join(map(re.escape, sorted(surfaces, key=len, reverse=True)))})$")


def find(metric: str | None) -> Indicator | None:
    """The indicator a metric names exactly (after surface_key), or None."""
    if not metric:
        return None
    indicator_id = _by_surface().get(surface_key(metric))
    return catalogue()[indicator_id] if indicator_id else None


def link(metric: str | None, metric_key: str | None, unit: str | None, kind: str | None) -> str | None:
    """The indicator id a claim's figure is a value of: its metric or metric key names the indicator, and the
    figure is a growth of it (kind change) or a level in its unit. None otherwise."""
    for surface in (metric, metric_key):
        indicator = find(surface)
        if indicator is not None and (kind == "change" or (unit or "") == indicator.unit):
            return indicator.indicator_id
    return None


def growth_named(metric: str) -> tuple[Indicator | None, bool]:
    """A reference table's metric: the indicator it names, and whether it names the indicator's growth
    (地区生产总值增长率, GDP增速) rather than its level."""
    indicator = find(metric)
    if indicator is not None:
        return indicator, False
    stem = _GROWTH_SUFFIX.sub("", surface_key(metric))
    if stem and stem != surface_key(metric):
        return find(stem), True
    return None, False
