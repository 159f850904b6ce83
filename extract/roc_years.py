"""Years of the Republic of China calendar (民國紀年), as Taiwan's offices write them: 106年 is 2017.

Taiwan's statistics and news write the year as its number since 1911, without 民國 (106年底, 96年, 113年1月),
or with it (民國99年12月25日). 民國 says so anywhere; a bare two- or three-digit year is one only in a text
about Taiwan (a mainland text's 106年 is a span of 106 years, and 2023年 is 2023 everywhere). A text is
about Taiwan when its region (given, or inferred from the places it names) is in Taiwan, or when it is in
Traditional script with Taiwan's names (OpenCC's tw2sp) and no region outside Taiwan.

Pure functions on the Simplified text the rules read.
"""

from __future__ import annotations

from extract.pattern_cache import compile_pattern
from extract.places import Place

ROC_OFFSET = 1911  # 民國1年 is 1912
_TAIWAN_CODE = "71"  # the prefix of Taiwan's division codes (lexicon/hk_macau_taiwan_divisions.tsv)
_TAIWAN_SCRIPT = "tw2sp"  # OpenCC's conversion for a Traditional text that names Taiwan's places

# a year written with 民國: any text
WITH_ROC = r"民国\s?[0-9]{1,3}"
# a bare year of the calendar as Taiwan writes it now and in the last decades: 50 to 149 (1961–2060),
# not part of a longer number or a decimal, nor a span of years (60年来, 近50年, 满60年, 成长50年, 成立70年,
# 50年内, 60年多, 70年代), nor one that ends its sentence (见证城市成长60年。: a span)
BARE_ROC = (
    r"(?<![0-9.．\-－—~～])(?:"
    r"(?<![近约逾达满每第超过历余共长立营办届了])(?:[5-9][0-9]|1[0-4][0-9])"
    r"(?=\s?年(?!来|以来|内|间|多|余|左右|之久|半|代|[。！？!?]))"
    # whatever stands before it, a year whose figure follows (已逼近105年的108萬餘人, 超越了104年的97萬2968人): the
    # level of that year compared with, not a span
    r"|(?:[5-9][0-9]|1[0-4][0-9])(?=\s?年的\s?[0-9])"
    r")"
)

# the year numerals a period's pattern reads: four digits (2023, 二〇二三), and 民国 years
YEAR_NUMERAL = rf"(?:[0-9]{{4}}|[〇零一二三四五六七八九]{{4}}|{WITH_ROC})"
# and, in a text about Taiwan, bare years of its calendar too
ROC_YEAR_NUMERAL = rf"(?:[0-9]{{4}}|[〇零一二三四五六七八九]{{4}}|{WITH_ROC}|{BARE_ROC})"

_ROC_IN_PERIOD = compile_pattern(rf"民国\s?(?P<with>[0-9]{{1,3}})(?=\s?年)|(?P<bare>{BARE_ROC})")
_WITH_ROC_ONLY = compile_pattern(r"民国\s?(?P<with>[0-9]{1,3})(?=\s?年)")
_YEAR_ROC_AT = compile_pattern(rf"(?:{BARE_ROC})\s?年")


def writes_roc_years(region: Place | None, script: str | None) -> bool:
    """Whether a text writes bare years of the 民國 calendar: its region is in Taiwan, or it is Traditional
    text naming Taiwan's places with no region, or only the nation's, known outside Taiwan."""
    if region is not None and region.code is not None:
        return region.code.startswith(_TAIWAN_CODE)
    return script == _TAIWAN_SCRIPT


def gregorian(phrase: str, roc: bool) -> str:
    """A time phrase with its 民國 years written as years of the common era (民国99年12月25日 ->
    2010年12月25日; 106年底 -> 2017年底 where `roc`), for its dates to be read."""
    if "民国" not in phrase and not roc:
        return phrase
    pattern = _ROC_IN_PERIOD if roc else _WITH_ROC_ONLY
    return pattern.sub(lambda m: str(int(m["with"] or m["bare"]) + ROC_OFFSET), phrase)


def roc_year_at(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a bare 民國 year with its 年 (106年), in a text about Taiwan, after the 近 of a verb
    (逼近105年的108萬人) read as a qualifier at most."""
    match = _YEAR_ROC_AT.match(text, start)
    if match is None and end - start > 1 and text[start] in _READ_AS_QUALIFIERS:
        match = _YEAR_ROC_AT.match(text, start + 1)
    return match is not None and match.end() == end


_READ_AS_QUALIFIERS = "近约逾"
