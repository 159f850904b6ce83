"""Lines broken at a fixed width inside sentences (text copied out of a PDF: "全国平均年降水量 706.5mm,比多年平均值
偏多\\n10.0%"): a view with those breaks taken out, for the rules to read each sentence whole.

The rules take a line break for the end of a heading, a list item or a paragraph, so a sentence broken across
lines lost the words of its first line: 农业用水 became 业用水, 耗水总量 became 量, and a year opening the
sentence no longer dated its figures. A text is read as wrapped only when most of its long lines stop
inside a sentence, at one width; then a line is joined to the next where it is long, stops inside its sentence and the
next does not open a heading or a list item (一、, （二）, 1.). Texts of lines that are paragraphs, as web pages
and feeds are, have no view.

Pure functions.
"""

from __future__ import annotations

import itertools
from statistics import median

from extract.figure_spacing import laid_out_in_columns
from extract.pattern_cache import compile_pattern
from extract.text_views import TextView

# a line of at least this many characters is long enough to have been broken at the width of its page
_LONG_LINE = 16
# a wrapped text: at least this share of its long lines stop inside a sentence
_WRAPPED_SHARE = 0.5
# and at least this many of them (a headline and two lines decide nothing)
_FEWEST_BROKEN = 4
# and most of them as long as each other, broken at one width: at least this share within _SAME_WIDTH of their
# median length (paragraphs that merely lack a full stop, a truncated page's, have lengths of every kind)
_AT_ONE_WIDTH_SHARE = 0.6
_SAME_WIDTH = 0.15
# a broken line is at least this share of the text's typical long line (the last line of a paragraph is shorter)
_FULL_WIDTH_SHARE = 0.75
# how a line ends when its sentence ends with it (or a heading's colon, or a quotation's close); not a bracket
# closing a note, which a sentence goes on after (万元国内生产总值(当年价)\n用水量 57.2m3)
_SENTENCE_END = compile_pattern(r"[。！？!?；;：:」』”]\s*$")
# how a line opens a heading or an item of its own: 一、 （二） 1. 第三章 and the like, or a bullet
_OPENS_AN_ITEM = compile_pattern(
    r"\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]{1,2}[.．、](?![0-9])"
    r"|第[一二三四五六七八九十]+[章节部分条]|(?:附表|附件|表|图)[0-9]{1,2}[.．、:：\s]|[•·●■□◆-])"
)


def unwrapped_view(text: str) -> TextView | None:
    """The text with the line breaks inside its sentences taken out, with the way back to it; None when it
    is not wrapped (most texts: then nothing is copied)."""
    lines = text.split("\n")
    long_lines = [line.rstrip() for line in lines if len(line.strip()) >= _LONG_LINE and not _a_table_row(line)]
    # a line stopping inside a sentence is broken only where a line goes on after it: the last line of a list
    # (表1、…(EXCEL)\n表2、…) or of the text stops where its item does
    broken = [
        line.rstrip()
        for line, following in itertools.pairwise(lines)
        if len(line.strip()) >= _LONG_LINE
        and not _a_table_row(line)
        and _SENTENCE_END.search(line.rstrip()) is None
        and following.strip()
        and _OPENS_AN_ITEM.match(following) is None
    ]
    if len(broken) < _FEWEST_BROKEN or len(broken) < _WRAPPED_SHARE * len(long_lines):
        return None
    if _short_lines_left_open(lines) > len(broken):
        return None  # a page whose line breaks stand for its commas, not a width that broke its sentences
    width = median(len(line) for line in broken)
    at_one_width = sum(1 for line in broken if abs(len(line) - width) <= _SAME_WIDTH * width)
    if at_one_width < _AT_ONE_WIDTH_SHARE * len(broken):
        return None
    full_width = _FULL_WIDTH_SHARE * width
    parts: list[str] = []
    spans: list[tuple[int, int, int, int]] = []
    at_original = at_view = 0
    for i, line in enumerate(lines):
        parts.append(line)
        at_view += len(line)
        at_original += len(line)
        if i == len(lines) - 1:
            break
        following = lines[i + 1]
        if _goes_on(line, following, full_width):
            spans.append((at_view, at_view, at_original, at_original + 1))  # the break dropped
        else:
            parts.append("\n")
            at_view += 1
        at_original += 1
    if not spans:
        return None
    return TextView("".join(parts), text, tuple(spans))


def _goes_on(line: str, following: str, full_width: float) -> bool:
    """Whether the sentence of a line goes on in the next: the line is as long as the text's broken lines, stops
    inside its sentence, and the next line has text that opens no heading nor item."""
    stripped = line.rstrip()
    return (
        len(stripped) >= full_width
        and not _a_table_row(line)
        and not _a_table_row(following)
        and _SENTENCE_END.search(stripped) is None
        and bool(following.strip())
        and _OPENS_AN_ITEM.match(following) is None
    )


def _short_lines_left_open(lines: list[str]) -> int:
    """How many short lines stop without punctuation, headings, items and table rows aside. A wrapped text's short
    lines end its paragraphs, so they close their sentences; a page whose line breaks stand for its commas
    (据统计\n今年春运期间\n全市道路运输共投入客运车辆45091辆\n其中班车客运车辆41065辆) leaves most of them open."""
    return sum(
        1
        for line in lines
        if 0 < len(line.strip()) < _LONG_LINE
        and _SENTENCE_END.search(line) is None
        and _OPENS_AN_ITEM.match(line) is None
        and not _a_table_row(line)
    )


def _a_table_row(line: str) -> bool:
    """A row of a table (cells apart by | or a tab, or figures laid out in columns): never joined."""
    return "|" in line or laid_out_in_columns(line)
