"""Taiwan's municipalities and counties by the short forms written before their government, council or head
(雲縣府和中央補助合計20萬元: 雲林縣's subsidy; 北市府, 高市議會, 中市長): lexicon/taiwan_short_names.tsv.

The gazetteer reads 雲縣 (云县 in the Simplified view) as Yunnan's 云县, and knows no 北市 or 高市 at all, so a Taiwan
county's own figures went to a county in Yunnan or to the region. The forms are read only in a text about Taiwan (the
caller asks roc_years.writes_roc_years, the same test of a text that writes 民國 years) and only right before 府,
政府, 议会, 议员 or 长, where they can be nothing else; in the division's own text (its region) anywhere, as its own
bureaus write it (北市PM2.5年平均濃度 in 臺北市環保局's release).

Pure functions.
"""

from __future__ import annotations

import re
from functools import cache

from extract import lexicon
from extract.pattern_cache import compile_pattern
from extract.places import Mention, MentionSpans, Place, gazetteer


def with_taiwan_short_names(text: str, divisions: list[Mention], region: Place | None = None) -> list[Mention]:
    """The divisions found, with the short forms of Taiwan's counties before their government in place of what the
    gazetteer read there (云县 of 雲縣府); a mention takes in 府 or 政府 after the short form. The short form of the
    region's own division is that division wherever it is written (臺北市's release: 109年北市PM2.5年平均濃度, 北市
    補助金額): its own papers write it so, and no other place goes by it."""
    found = [
        Mention(match.start(), match.end(), _divisions()[match["short"]])
        for match in _short_name_pattern().finditer(text)
    ]
    own = next((short for short, place in _divisions().items() if region is not None and place == region), None)
    if own is not None:
        taken = MentionSpans(found).overlap
        found += [
            Mention(match.start(), match.end(), region)
            for match in _own_short_name(own).finditer(text)
            if not taken(match.start(), match.end())
        ]
    if not found:
        return divisions
    overlaps = MentionSpans(found).overlap
    return sorted([m for m in divisions if not overlaps(m.start, m.end)] + found, key=lambda m: (m.start, -m.end))


@cache
def _divisions() -> dict[str, Place]:
    table = lexicon.word_table("taiwan_short_names.tsv")
    places = {short: gazetteer().lookup(name, None) for short, name in table.items()}
    return {short: place for short, place in places.items() if place is not None}


@cache
def _short_name_pattern() -> re.Pattern[str]:
    shorts = lexicon.alternation(list(_divisions()))
    # the government's 府 or 政府 is the place's own figures' (雲縣府和中央補助: the county's), in the mention
    return compile_pattern(rf"(?<![\u4e00-\u9fff])(?P<short>{shorts})(?:府|政府|(?=议会|议员|长))")


@cache
def _own_short_name(short: str) -> re.Pattern[str]:
    """The region's short form, not inside a longer name (台北市, 新北市, 河北市场 hold 北市; jieba joins it to a year
    before it, 109年北市, so no word boundary is asked) nor before 民 (北市民: its people)."""
    return compile_pattern(rf"(?<![台臺新河東东]){re.escape(short)}(?![民场場])")
