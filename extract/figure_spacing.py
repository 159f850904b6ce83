"""Figures set apart by typographic spaces ("2023 年", "增长 5.8%", "5% 以上", "302 億 1,292萬"): a view
without those spaces, for the rules to read the figure, its unit, its qualifier and its date as one.

Many web pages and some newspapers put a space between Chinese characters and the digits next to them.
The rules are written for running text without it, so such a space cut "2023 年" from being a year, "5%"
from its 以上 and a metric from its figure. Only a single space between a digit (or a percent sign) and a
Han character is dropped: a tab or a run of spaces lays out columns, and a line holding two figures
apart by a space is a table row (种植业 282.41 3.8), whose cells the table step reads by their spacing.
Text copied from PDFs also cuts words where a line ended or spaces out every letter (出境水 量, 比 上 年 减 少
2.0%): between the first and the last punctuation of a line (a sentence's) a single space between two Han
characters is dropped too; before the first, after the last, or in a line with none, a headline's space may part
two phrases (【台湾新增5例确诊病例 累计39例】, a feed item's closing 新增23例确诊病例 累计100例) and stays.

Pure functions.
"""

from __future__ import annotations

from extract.pattern_cache import compile_pattern
from extract.table_cells import space_row_lines
from extract.text_views import TextView

_HAN = "\u4e00-\u9fff"
# one space between two Han characters (or a Han character and the punctuation next to it) of running text: a word
# cut where a PDF's line ended or its letters were spaced out (从赣江出境水 量, 农 村 居 民 用 水 量 1.88亿 立 方 米 ,
# 比 上 年 减 少 2.0%), never a headline's break between its phrases (党建引领聚合力 健全机制迸活力: no punctuation)
_CJK = rf"{_HAN}，。；：、（）,;:"
_WORD_SPACE = rf"(?<=[{_CJK}][ \u00a0])(?=[{_CJK}])"
# one space (ordinary or no-break) between a figure's digit or percent sign and a Han character, either way, or a
# word's space: the space first, what stands around it looked at after (the engine skips to a space instead of
# trying the lookbehinds at every character: a third of the step's cost)
_ANY_SPACE = compile_pattern(
    rf"[ \u00a0](?:(?<=[0-9%％‰][ \u00a0])(?=[{_HAN}])|(?<=[{_HAN}][ \u00a0])(?=[0-9])|(?P<word>{_WORD_SPACE}))"
)
# a line of running text: a sentence's punctuation in it
_RUNNING_TEXT = compile_pattern(r"[，。；]|[,;](?![0-9])")  # not a thousands separator (1,292)
# a line laid out in columns: two figures with only spaces between them, a tab or a run of spaces inside it
# (not the full-width spaces that indent a paragraph), or a header of years as columns (项目 2016年 2015年)
_COLUMNS = compile_pattern(
    r"[0-9%％][ \u00a0\u3000]+[-－+]?[0-9]|(?<=\S)(?:\t|[ \u3000]{2,})(?=\S)"
    r"|(?:19|20)[0-9]{2}年度?[ \u00a0\u3000]+(?:19|20)[0-9]{2}年"
)


def unspaced_view(text: str) -> TextView | None:
    """The text without the spaces that set its figures apart, with the way back to it; None when it has
    none (most texts: then nothing is copied)."""
    if _ANY_SPACE.search(text) is None:
        return None
    parts: list[str] = []
    spans: list[tuple[int, int, int, int]] = []
    at_original = at_view = 0
    rows = space_row_lines(text)
    for line in text.splitlines(keepends=True):
        if not laid_out_in_columns(line) and at_original not in rows:
            kept = 0
            words: range | None = None  # where a word's space is dropped: read at the line's first one
            for match in _ANY_SPACE.finditer(line):
                if match.group("word") is not None:
                    if words is None:
                        words = _running_text_of(line)
                    if match.start() not in words:
                        continue
                parts.append(line[kept : match.start()])
                at_view += match.start() - kept
                spans.append((at_view, at_view, at_original + match.start(), at_original + match.end()))
                kept = match.end()
            parts.append(line[kept:])
            at_view += len(line) - kept
        else:
            parts.append(line)
            at_view += len(line)
        at_original += len(line)
    if not spans:
        return None
    return TextView("".join(parts), text, tuple(spans))


def _running_text_of(line: str) -> range:
    """Where a line's running text lies, between its first and its last punctuation: before the first a line may open
    with a headline, after the last a feed item may repeat one, and their spaces part phrases."""
    marks = [mark.start() for mark in _RUNNING_TEXT.finditer(line)]
    return range(marks[0], marks[-1]) if marks else range(0)


def laid_out_in_columns(line: str) -> bool:
    """Whether a line is laid out in columns (two figures with only spaces between them, a tab, a run of spaces)."""
    return _COLUMNS.search(line) is not None
