"""PDF -> text with the offset where each page starts, by PDFium (pypdfium2).

A page's text comes as PDFium's text runs, each with its box. Runs are put back into lines by their
height on the page, and lines into paragraphs: a line that reaches the right edge of its text block
(the lines set together: a frame narrower than the page ends its lines short of the page's edge)
goes on in the next one unless that one is indented or far below (a paragraph break), also across a
page break; a number broken at the line end is whole again. A line of runs with wide gaps between
them, or with narrower ones where the line next to it has one at the same place (a column boundary),
is a table row: kept a line of its own, its cells a tab apart (as .docx tables), so a row's figures
stay with their row. Running headers and footers — text in the top or bottom band of a page that
repeats on other pages (digits aside), or is a page number (3, - 3 -, 第3页, 3/10) — are dropped.

Pure with respect to the corpus: bytes in, text and page starts out; a PDF that cannot be read is a
`PdfError` with a one-line message.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise

from extract.pattern_cache import compile_pattern

_BAND = 0.08  # of the page height: where running headers and footers stand
_PAGE_NUMBER = compile_pattern(
    r"^(?:[-－—–\s]*\d{1,4}[-－—–\s]*|第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}"
    r"|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$"
)
_CELL_GAP = 2.0  # a gap this many character widths wide between two runs of a line: table cells
_COLUMN_GAP = 0.75  # a narrower gap, where the line above or below has one at the same place: a tight table's cells
_INDENT = 1.0  # a line starting this many character widths right of the body's left edge: a new paragraph
_FULL_LINE = 4.0  # a line ending within this many character widths of the right edge reaches it (ragged setting)
_PARAGRAPH_GAP = 1.8  # a gap above a line this many line heights tall: a new paragraph
_COLUMN_SHARE = 0.5  # a block at least this share of its page's text wide is set to edges of its own
_SIZE_CHANGE = 1.25  # lines whose text sizes differ by this factor are set apart (a title, a note in small type)
_CELL_SEPARATOR = "\t"  # as .docx table cells are (sources._read_word)
_UNBROKEN = compile_pattern(r"[0-9A-Za-z.,%％‰+\-]+")  # what a line is not broken inside (mostly: see _joint)
_NUMBER_END = compile_pattern(r"[0-9][.,]?$")  # a line ending in a number, maybe broken after its point
_NUMBER_GOES_ON = compile_pattern(r"[0-9.%‰]")  # a line starting with the rest of one
_LATIN_WIDTH = 0.6  # of a full-width character, about, for a digit or Latin letter


class PdfError(Exception):
    """A PDF that cannot be read; the message is one line for the user."""


@dataclass(frozen=True)
class PdfText:
    text: str
    page_starts: list[int]  # offset in text where each page's text starts (a page with none: the next one's)


@dataclass
class _Run:
    left: float
    bottom: float
    right: float
    top: float
    text: str

    @property
    def height(self) -> float:
        return self.top - self.bottom


@dataclass
class _Line:
    runs: list[_Run]
    page: int
    is_table_row: bool = False  # set by _lines once the line is whole, before its text is read

    @property
    def left(self) -> float:
        return self.runs[0].left

    @property
    def right(self) -> float:
        return self.runs[-1].right

    @property
    def top(self) -> float:
        return max(r.top for r in self.runs)

    @property
    def bottom(self) -> float:
        return min(r.bottom for r in self.runs)

    @property
    def char_width(self) -> float:
        """The width of one full-width character here: about the text's height."""
        return max(max(r.height for r in self.runs), 1.0)

    def gaps(self, least: float) -> list[tuple[float, float]]:
        """The blanks between its runs at least `least` character widths wide, as (from, to) on the page."""
        width = least * self.char_width
        return [(a.right, b.left) for a, b in pairwise(self.runs) if b.left - a.right > width]

    # read many times once the line is whole (`_lines` builds it first)
    @cached_property
    def text(self) -> str:
        if self.is_table_row:
            return _CELL_SEPARATOR.join(r.text.strip() for r in self.runs if r.text.strip())
        return "".join(r.text for r in self.runs).strip(" ")


def pdf_text(data: bytes) -> PdfText:
    """The text of a PDF's pages, paragraphs re-joined, headers and footers dropped."""
    import pypdfium2 as pdfium  # a C library: loaded by the first PDF, not by every command

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        message = str(err)
        if "password" in message.lower():
            raise PdfError("an encrypted PDF (it needs a password): save an unlocked copy and ingest that") from err
        raise PdfError(f"not a PDF claimkb can read ({message.rstrip('.')})") from err
    try:
        pages = [_page_lines(pdf, i) for i in range(len(pdf))]
    except pdfium.PdfiumError as err:
        raise PdfError(f"a broken PDF ({str(err).rstrip('.')})") from err
    finally:
        pdf.close()
    if not pages:
        raise PdfError("a PDF without pages")
    if not any(lines for lines, _ in pages):
        raise PdfError("no text layer (a scanned PDF?): run OCR on it first, then ingest the text")
    body = _without_running_heads(pages)
    return _joined(body, len(pages))


def _page_lines(pdf, index: int) -> tuple[list[_Line], float]:
    page = pdf[index]
    try:
        height = page.get_height()
        textpage = page.get_textpage()
        try:
            runs = []
            for i in range(textpage.count_rects()):
                left, bottom, right, top = textpage.get_rect(i)
                text = textpage.get_text_bounded(left, bottom, right, top).replace("\r", "").replace("\n", "")
                if text.strip():
                    runs.append(_Run(left, bottom, right, top, text))
        finally:
            textpage.close()
    finally:
        page.close()
    return _lines(runs, index), height


def _lines(runs: list[_Run], page: int) -> list[_Line]:
    """Runs whose boxes share most of their height are one line, read left to right; lines top down."""
    lines: list[_Line] = []
    for run in sorted(runs, key=lambda r: (-r.top, r.left)):
        line = next((ln for ln in reversed(lines[-3:]) if _same_line(ln, run)), None)
        if line is None:
            lines.append(_Line([run], page))
        else:
            line.runs.append(run)
    for line in lines:
        line.runs.sort(key=lambda r: r.left)
    _mark_table_rows(lines)
    return lines


def _mark_table_rows(lines: list[_Line]) -> None:
    """A line with a wide gap between two runs is a table row, and so is one with a narrower gap where the line
    above or below has one at the same place: the column boundaries of a table whose cells stand close (a row
    read as "菏泽市 6.8 单县 7.1" would give 6.8 the 单 of the next cell as its unit)."""
    gaps = [line.gaps(_COLUMN_GAP) for line in lines]
    for i, line in enumerate(lines):
        beside = [gap for neighbour in gaps[max(i - 1, 0) : i] + gaps[i + 1 : i + 2] for gap in neighbour]
        aligned = any(_overlap(gap, other) for gap in gaps[i] for other in beside)
        line.is_table_row = aligned or bool(line.gaps(_CELL_GAP))


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _same_line(line: _Line, run: _Run) -> bool:
    shared = min(line.top, run.top) - max(line.bottom, run.bottom)
    return shared > 0.5 * min(line.top - line.bottom, run.height)


def _head_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.replace(" ", ""))


def _without_running_heads(pages: list[tuple[list[_Line], float]]) -> list[_Line]:
    """Every page's lines but page numbers and the header and footer lines other pages repeat."""
    banded: list[list[tuple[_Line, bool]]] = []
    seen: Counter[str] = Counter()
    for lines, height in pages:
        marked = [(line, line.bottom > (1 - _BAND) * height or line.top < _BAND * height) for line in lines]
        banded.append(marked)
        seen.update({_head_key(line.text) for line, in_band in marked if in_band})
    repeated = 2 if len(pages) >= 2 else math.inf  # one page: nothing repeats it
    kept = []
    for marked in banded:
        for line, in_band in marked:
            text = line.text
            if in_band and (_PAGE_NUMBER.match(text.strip()) or seen[_head_key(text)] >= repeated):
                continue
            kept.append(line)
    return kept


def _joined(lines: list[_Line], n_pages: int) -> PdfText:
    """Lines -> paragraphs (a paragraph a line of text), with where each page starts."""
    if not lines:
        return PdfText("", [0] * n_pages)
    edges = _block_edges(lines)
    parts: list[str] = []
    page_starts: list[int | None] = [None] * n_pages
    length = 0
    for i, line in enumerate(lines):
        text = line.text
        if i:
            previous = lines[i - 1]
            separator = _joint(previous.text, text) if _goes_on(previous, line, edges[i - 1], edges[i]) else "\n"
            parts.append(separator)
            length += len(separator)
        if page_starts[line.page] is None:
            page_starts[line.page] = length
        parts.append(text)
        length += len(text)
    starts: list[int] = []
    following = length
    for start in reversed(page_starts):  # a page without text starts where the next one does
        following = start if start is not None else following
        starts.append(following)
    return PdfText("".join(parts), starts[::-1])


def _pushed_down(text: str, room: float, char_width: float) -> bool:
    """Whether the line's first word was too wide for the room the line above left: a number or a Latin
    word is not broken at a line end ("…控制在" / "44.0%以内"), so the line above ends short."""
    word = _UNBROKEN.match(text)
    return word is not None and room < (_LATIN_WIDTH * len(word.group()) + 1) * char_width


def _joint(before: str, after: str) -> str:
    """What stands between two lines of one paragraph: nothing, but a space between Latin words broken at the
    line end; a number broken there ("增长6." / "0%", "17" / "89.3亿元", as Word breaks Latin text) is whole."""
    latin = before[-1:].isascii() and after[:1].isascii()
    return " " if latin and not (_NUMBER_END.search(before) and _NUMBER_GOES_ON.match(after)) else ""


def _page_edges(lines: list[_Line]) -> dict[int, tuple[float, float]]:
    """Each page's left and right edge of its text (pages of one book may be set apart differently)."""
    edges: dict[int, tuple[float, float]] = {}
    for line in lines:
        if line.is_table_row:
            continue
        left, right = edges.get(line.page, (line.left, line.right))
        edges[line.page] = (min(left, line.left), max(right, line.right))
    return edges


def _block_edges(lines: list[_Line]) -> list[tuple[float, float]]:
    """Each line's left and right edge: those of its text block, the lines set together (apart from other blocks
    by a paragraph gap, a change of text size, a table or a page break), so that the lines of a frame narrower than
    the page's text (80% of it, under a title set across it) reach their edge. A block of one line, or one narrower
    than half the page's text (a list, an address), shows no edges of its own: the page's are taken."""
    pages = _page_edges(lines)
    edges = [pages.get(line.page, (line.left, line.right)) for line in lines]
    blocks: list[list[int]] = []  # a table's rows are a block of their own (never joined)
    for i, line in enumerate(lines):
        previous = lines[i - 1] if i else line
        apart = i == 0 or previous.page != line.page or previous.is_table_row != line.is_table_row
        sizes = sorted((previous.char_width, line.char_width))
        if apart or _far_below(previous, line) or sizes[1] > _SIZE_CHANGE * sizes[0]:
            blocks.append([])
        blocks[-1].append(i)
    for block in blocks:
        members = [lines[i] for i in block]
        if len(members) < 2 or members[0].is_table_row:
            continue
        left, right = min(line.left for line in members), max(line.right for line in members)
        page_left, page_right = pages[members[0].page]
        if right - left >= _COLUMN_SHARE * (page_right - page_left):
            for i in block:
                edges[i] = (left, right)
    return edges


def _far_below(line: _Line, following: _Line) -> bool:
    """Whether a paragraph gap stands between the two lines of one page."""
    return following.page == line.page and line.bottom - following.top > _PARAGRAPH_GAP * line.char_width


def _goes_on(line: _Line, following: _Line, edges: tuple[float, float], following_edges: tuple[float, float]) -> bool:
    """Whether `following` continues the paragraph of `line` (each with the edges of its block)."""
    if line.is_table_row or following.is_table_row:
        return False
    width = line.char_width
    room = edges[1] - line.right
    if room > _FULL_LINE * width and not _pushed_down(following.text, room, width):
        return False  # a short line ends its paragraph
    indented = following.left > following_edges[0] + _INDENT * width
    if indented or following.text.startswith(("\u3000", " ")):
        return False  # an indented line starts one
    return not _far_below(line, following)
