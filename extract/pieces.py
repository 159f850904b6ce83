"""A long document -> pieces the pipeline takes one at a time, cut where an article or paragraph ends.

spaCy refuses a text longer than `nlp.max_length` (E088), and a Doc of millions of characters
holds gigabytes of tokens: a year of a paper in one file, or a long report, is cut into pieces of
at most PIECE_CHARS characters. Pure functions on the text: the pieces are runs of offsets into it,
so what the pipeline finds in a piece is shifted back into the whole text.
"""

from __future__ import annotations

from extract.layout import is_headline_like
from extract.pattern_cache import compile_pattern

# Far below spaCy's limit (1,000,000): the pipeline's memory grows with the piece, and on several
# cores one long document is shared out piece by piece. Longer than any page or report section.
PIECE_CHARS = 200_000
_BLANK_LINE = compile_pattern(r"\n[ \t\r\u3000]*\n")
_SENTENCE_END = compile_pattern(r"[。！？!?；;]")
_HEADLINE_LOOKS = 50  # blank lines tried, from the window's end back, for one an article follows


def cut_points(text: str, limit: int = PIECE_CHARS) -> list[int]:
    """Where to cut the text so that no piece is longer than `limit`: the offsets between pieces,
    in order (none for a text that fits). Each cut is the latest in the second half of the window
    of the first of: a blank line an article's headline follows, a blank line, a line end, a
    sentence end; a text with none of those (no punctuation for `limit` characters) is cut at the
    limit."""
    cuts: list[int] = []
    start = 0
    while len(text) - start > limit:
        cut = _cut_in(text, start + limit // 2, start + limit)
        cuts.append(cut)
        start = cut
    return cuts


def piece_spans(text: str, limit: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """(start, end) of each piece, covering the whole text."""
    bounds = [0, *cut_points(text, limit), len(text)]
    return list(zip(bounds, bounds[1:], strict=False))


def _cut_in(text: str, low: int, high: int) -> int:
    """The best cut at an offset in (low, high]: the next piece starts at it."""
    blanks = [m.end() for m in _BLANK_LINE.finditer(text, low, high)]
    for after in reversed(blanks[-_HEADLINE_LOOKS:]):
        line_end = text.find("\n", after, high)
        line = text[after : line_end if line_end >= 0 else high].strip(" \t\r\u3000")
        if line and is_headline_like(line):
            return after
    if blanks:
        return blanks[-1]
    line_end = text.rfind("\n", low, high)
    if line_end >= 0:
        return line_end + 1
    sentence_ends = [m.end() for m in _SENTENCE_END.finditer(text, low, high)]
    if sentence_ends:
        return sentence_ends[-1]
    return high
