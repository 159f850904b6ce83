"""A list's heading that counts its whole before naming it: "13例确诊病例中包括，包头市3例…", "103例确诊病例中，
沈阳市25例…", "其他9个地市新增确诊病例中，深圳6例…". The count (13例, 9个) restates the whole or says how many
parts follow; the noun after it (确诊病例, 新增确诊病例) is what the parts count, as in a heading of words
alone (确诊病例中，…). Plain functions: no spaCy."""

from __future__ import annotations

from extract.pattern_cache import compile_pattern

# a short opening (其中：, 其他, 新增的), one count with its counter (13例, 9个), and a noun phrase without
# figures ending with 中 — a list's heading — and what introduces the list (包括, 有, a colon)
_COUNTED_HEADING = compile_pattern(
    r"[^0-9０-９，,；;。]{0,6}[0-9０-９]+[^0-9０-９，,；;。]?"
    r"(?P<noun>[^0-9０-９，,；;。]{2,30}?中(?:包括|有)?[：:]?)"
)


def counted_heading_noun(heading: str) -> int | None:
    """Where the noun of a list heading opening with a count starts in `heading` (the clause before the
    list's first part: 13例确诊病例中包括 -> 3, the start of 确诊病例中包括), None if it is no such heading."""
    match = _COUNTED_HEADING.fullmatch(heading)
    return match.start("noun") if match is not None else None
