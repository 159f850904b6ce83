"""A text about Hong Kong, Macau or Taiwan counts its own money in 元, as a mainland text counts 人民币
(lexicon/local_dollars.tsv): the place's dollar named (港幣10億元, 新臺幣2478.1億元, HK$5億) or a bare dollar sign
($1,072,154,197) is 元 there, as the gold of every set writes it (dev2 SOURCES: "money is 新臺幣 but written 億元 / 元;
annotated with unit 元"). Another place's dollar stays named (1.5亿港元 in a mainland text, US$20 anywhere), and a
bare dollar sign elsewhere is the US dollar. Pure functions."""

from __future__ import annotations

from functools import cache

from extract import lexicon
from extract.places import Place

_BARE_SIGNS = ("$", "＄")
_US_DOLLAR = "美元"
_OWN_MONEY = "元"


@cache
def _currencies() -> dict[str, str]:
    return {row[0]: row[1] for row in lexicon.rows("local_dollars.tsv")}


@cache
def _own_dollar(code: str) -> str | None:
    """The dollar of the place of this division code, where it writes its own (lexicon/local_dollars.tsv); asked for
    every figure of a text, read once a code."""
    return next((currency for prefix, currency in _currencies().items() if code.startswith(prefix)), None)


def local_unit(unit: str, mention: str, region: Place | None) -> str:
    """The unit of a money figure in a text about `region`: 元 for the region's own dollar, named or written as a
    bare dollar sign, where the region writes its own money so; else `unit` as read."""
    own = _own_dollar(region.code) if region is not None and region.code is not None else None
    if own is None:
        return unit
    bare_sign = unit == _US_DOLLAR and mention.lstrip().startswith(_BARE_SIGNS)
    return _OWN_MONEY if unit == own or bare_sign else unit
