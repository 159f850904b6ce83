"""A bare dollar sign is the local dollar in a text about Hong Kong, Macau or Taiwan (lexicon/local_dollars.tsv):
港幣10億元($1,072,154,197) is 1,072,154,197 港元, not US dollars. Pure functions."""

from __future__ import annotations

from functools import cache

from extract import lexicon
from extract.places import Place

_BARE_SIGNS = ("$", "＄")
_US_DOLLAR = "美元"


@cache
def _currencies() -> dict[str, str]:
    return {row[0]: row[1] for row in lexicon.rows("local_dollars.tsv")}


def local_unit(unit: str, mention: str, region: Place | None) -> str:
    """The unit of a figure written with a bare dollar sign ($864,556,425) in a text about `region`: the region's
    dollar where it has one, else `unit` as read."""
    if unit != _US_DOLLAR or not mention.lstrip().startswith(_BARE_SIGNS) or region is None or region.code is None:
        return unit
    return next((currency for prefix, currency in _currencies().items() if region.code.startswith(prefix)), unit)
