"""The foreign country a listed part of imported cases is named by (境外输入确诊病例5例，其中西班牙3例、意大利1例;
荷兰输入3例), and its whole's metric said of that country. Plain functions: the metric step reads foreign_origin
to take such parts as parts, claimkb_origins names them."""

from __future__ import annotations

from extract.claims import Claim
from extract.places import gazetteer

# a foreign country's longest name in the gazetteer's forms news writes, in characters
_COUNTRY_NAME_CHARS = 8
_IMPORTED = "输入"
_ABROAD = "境外"
# what may open a list's part named by a country: a separator, 其中, a colon or a bracket
_PART_OPENERS = frozenset("、，,；;：:（(中 \u3000")


def foreign_origin(text: str, part: Claim) -> tuple[str, int] | None:
    """The foreign country a listed part is named by (其中西班牙3例, 荷兰输入3例), and where its name starts,
    else None."""
    end = part.start - len(_IMPORTED) if text.endswith(_IMPORTED, 0, part.start) else part.start
    foreign = gazetteer().foreign
    for length in range(min(_COUNTRY_NAME_CHARS, end - part.sentence_start), 1, -1):
        found = foreign.get(text[end - length : end])
        if found is None or found[0].level != "country" or not found[1]:
            continue
        before = end - length - 1
        return (found[0].name, end - length) if before < 0 or text[before] in _PART_OPENERS else None
    return None


def from_the_country(metric: str, country: str, written: str) -> str:
    """A whole's metric said of the part from one country, `written` as the part names it (西班牙, 荷兰输入):
    境外输入确诊病例 -> 西班牙输入确诊病例, 疑似病例 -> 荷兰输入疑似病例, 入境游客 -> 日本入境游客."""
    if _ABROAD + _IMPORTED in metric:
        return metric.replace(_ABROAD, country, 1)
    if metric.endswith(_IMPORTED):
        return written  # the part before's origin (英国、菲律宾各输入2例、法国输入1例), no thing counted
    if written.endswith(_IMPORTED) and _IMPORTED not in metric:
        return written + metric
    return country + metric
