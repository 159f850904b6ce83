"""Files -> Documents: .txt (UTF-8, GB18030/GBK, Big5, UTF-16), .html/.htm, .jsonl, .docx, .pdf, .warc, folders.

A document's identity is the SHA-256 of its decoded text. Bad input never stops a run: each
problem becomes a `SourceError` naming the file (and line), and the rest still comes through.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import sys
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date as _date
from functools import cache, cached_property
from pathlib import Path, PurePath, PurePosixPath
from typing import BinaryIO, NamedTuple

from extract.defaults import (
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    OLD_WORD_SUFFIXES,
    PDF_SUFFIXES,
    READ_SUFFIXES,
    WORD_SUFFIXES,
)
from extract.pattern_cache import compile_pattern
from extract.text_views import has_unpaired_surrogates, unpaired_surrogates_replaced
from extract.warc import is_warc


def is_readable(name: str) -> bool:
    """Whether a folder walk reads a file of this name."""
    return name.lower().endswith(tuple(READ_SUFFIXES))


MAX_LINE_CHARS = 1_000_000  # a longer "line" is not text a newspaper printed
MAX_FILE_BYTES = 200_000_000
EMPTY_FILE = "empty file"  # no bytes, or none but a byte-order mark, white space and control characters


@dataclass
class Document:
    name: str  # file name, or file name + line for a JSONL article
    path: str
    text: str
    encoding: str = "utf-8"
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    region: str | None = None
    line: int | None = None  # line number inside a JSONL file
    meta: dict = field(default_factory=dict)
    page_starts: list[int] | None = None  # a paged file's (PDF): the offset in text where each page starts

    def page_of(self, offset: int) -> int | None:
        """The page (from 1) a text offset lies on, for a paged document; None for the others."""
        if not self.page_starts:
            return None
        return bisect_right(self.page_starts, offset) or 1

    @cached_property
    def doc_id(self) -> str:
        """SHA-256 of the text (computed once: the text of a document is not changed)."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class SourceError:
    path: str
    line: int | None
    message: str
    skipped: bool = True  # False: the document is read all the same, without what was wrong (a bad date)

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        # one line whatever a library's message or a file's name holds (warcio's run over several)
        return _LINE_BREAKS.sub(" ", f"{where}: {self.message}")

    @property
    def report(self) -> str:
        """The line a run prints for it."""
        return f"skipped {self}" if self.skipped else str(self)


# what str.splitlines breaks at, with the spaces around it
_LINE_BREAKS = compile_pattern(r"\s*[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+\s*")


@dataclass(frozen=True)
class NotRead:
    """A file a folder walk passed over because claimkb does not read its kind: said, never silent."""

    path: str

    def __str__(self) -> str:
        suffix = Path(self.path).suffix or "(no extension)"
        return f"{self.path}: not read: a folder walk reads {', '.join(sorted(READ_SUFFIXES))} files, not {suffix}"


def iter_files(paths: list[str]) -> Iterator[Path | NotRead | SourceError]:
    """Files under the given paths, folders walked recursively in name order; a file of a kind
    claimkb does not read is a NotRead, a folder that cannot be listed a SourceError. A file named
    directly is read whatever its extension (as text)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path, set())
        else:
            yield path


def _walk(folder: Path, seen: set[Path]) -> Iterator[Path | NotRead | SourceError]:
    real = folder.resolve()
    if real in seen:
        return  # a link back to a folder already walked: its files are already in
    seen.add(real)
    try:
        children = sorted(folder.iterdir())
    except OSError as err:
        yield SourceError(str(folder), None, f"cannot read the folder: {err.strerror or err}")
        return
    for child in children:
        if child.is_dir():
            yield from _walk(child, seen)
        elif not child.is_file():
            continue  # sockets, fifos, broken links: nothing to read
        elif is_readable(child.name):
            yield child
        else:
            yield NotRead(str(child))


STDIN = "-"  # the path that stands for standard input
STDIN_NAME = "<stdin>"  # what its document is named in output and messages


def read_documents(paths: list[str], stdin: BinaryIO | None = None) -> Iterator[Document | SourceError | NotRead]:
    """Every document in the given files and folders, and an error for each thing that is not one;
    the path "-" is standard input (`stdin`, else the process's), read as a text file is."""
    for raw in paths:
        if raw == STDIN:
            yield from read_bytes(STDIN_NAME, (stdin or sys.stdin.buffer).read())
            continue
        for path in iter_files([raw]):
            if isinstance(path, Path):
                yield from read_file(path)
            else:
                yield path


def read_file(path: Path) -> Iterator[Document | SourceError]:
    if not path.exists():
        yield SourceError(str(path), None, "no such file")
        return
    try:
        data = path.read_bytes()
    except OSError as err:
        yield SourceError(str(path), None, f"cannot read: {err.strerror or err}")
        return
    yield from read_bytes(str(path), data)


def _file_path(location: str) -> PurePath:
    """A location's file name and extension are read as a URL's (hdfs://…/a.txt) or a local path's."""
    return PurePosixPath(location) if "://" in location else Path(location)


def read_bytes(location: str, data: bytes) -> Iterator[Document | SourceError]:
    """The documents in a file's bytes; `location` is its path (or a URL, from Spark), which names
    the documents and tells the format by its extension."""
    suffix = _file_path(location).suffix.lower()
    if not data.strip():
        yield SourceError(location, None, EMPTY_FILE)
        return
    if len(data) > MAX_FILE_BYTES:
        yield SourceError(location, None, f"file larger than {MAX_FILE_BYTES} bytes")
        return
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(location, data)
        return
    if suffix in OLD_WORD_SUFFIXES:
        yield SourceError(location, None, "an old Word file (.doc): save it as .docx (or text) and ingest that")
        return
    if suffix in WORD_SUFFIXES:
        yield from _read_word(location, data)
        return
    if suffix in PDF_SUFFIXES:
        yield from _read_pdf(location, data)
        return
    if is_warc(_file_path(location).name):
        yield from _read_warc(location, data)
        return
    decoded = decode_bytes(data)
    if isinstance(decoded, str):
        yield SourceError(location, None, decoded)
        return
    text, encoding, note = decoded
    if not text.strip():  # a byte-order mark, control characters or white space, and nothing else
        yield SourceError(location, None, EMPTY_FILE)
        return
    if note:
        yield SourceError(location, None, note, skipped=False)
    published = None
    if suffix in HTML_SUFFIXES:
        published = html_date(text)
        try:
            text = html_to_text(text)
        except Exception as err:  # a parser's failure on one page must not stop the corpus
            yield SourceError(location, None, f"cannot take the text out of the HTML: {type(err).__name__}: {err}")
            return
        if not text.strip():
            yield SourceError(location, None, "no article text found in the HTML")
            return
    problem = _text_problem(text)
    if problem:
        yield SourceError(location, problem[0], problem[1])
        return
    yield Document(name=_file_path(location).name, path=location, text=text, encoding=encoding, date=published)


class Decoded(NamedTuple):
    text: str
    encoding: str
    note: str | None = None  # what was not quite right, said but not fatal (a stray byte replaced)


# the Chinese encodings a file may be in besides UTF-8, tried when UTF-8 fails
_CHINESE_ENCODINGS = ("gb18030", "big5hkscs")
# of the Han characters a decoding gives, the share that must be common ones (GB2312 level 1 or Big5
# level 1) for it to be the text's: a Big5 page read as GB18030 gives rare characters, private-use
# code points, kana and box drawing ("籓\ue665カ現┎参璸"), a GBK one read as cp949 gives hangul
_PLAUSIBLE_SHARE = 0.8
_SAMPLE_CHARS = 20_000
# a few bad bytes in a long UTF-8 file are damage, not another encoding: at most this many per
# thousand characters (and at least 3 allowed)
_STRAY_PER_THOUSAND = 1
_UTF16_MIN_CHARS = 8  # UTF-16 without a byte-order mark is told only from this many characters on
_CONTROL = compile_pattern(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode_bytes(data: bytes) -> Decoded | str:
    """Bytes -> Decoded (text, encoding, note), or a message saying why they are not text.

    UTF-8 (with or without BOM), UTF-16 (with or without BOM), GB18030 (so GBK and GB2312) and
    Big5-HKSCS; of the Chinese encodings, the one whose decoding reads as Chinese text. One stray
    byte in a UTF-8 file is replaced and reported with its offset, not the file refused."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return _clean(data[3:].decode("utf-8"), "utf-8-sig")
        except UnicodeDecodeError as err:
            return f"undecodable bytes at offset {err.start + 3} (UTF-8 with BOM)"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _clean(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError as err:
            return f"undecodable bytes at offset {err.start} (UTF-16 with BOM)"
    if b"\x00" in data[:8192]:
        utf16 = _utf16_without_bom(data)
        return utf16 if utf16 is not None else "binary file (NUL bytes), not text"
    try:
        return _clean(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as err:
        first_bad = err.start
    damaged = data.decode("utf-8", errors="replace")
    strays = damaged.count("\ufffd")
    if strays <= max(3, len(damaged) * _STRAY_PER_THOUSAND // 1000) and _plausible(damaged):
        note = f"{strays} undecodable byte(s) replaced, the first at offset {first_bad} (UTF-8)"
        return _clean(damaged, "utf-8", note)
    best: tuple[float, str, str] | None = None
    # UTF-16 of Han text alone has no NUL byte: it is a candidate like the others
    utf16 = len(data) % 2 == 0 and len(data) >= 2 * _UTF16_MIN_CHARS
    candidates = _CHINESE_ENCODINGS + (("utf-16-le", "utf-16-be") if utf16 else ())
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _common_share(text)
        if best is None or score > best[0]:
            best = (score, text, encoding)
    if best is None or best[0] < _PLAUSIBLE_SHARE:
        return f"undecodable bytes at offset {first_bad}: not Chinese text in UTF-8, GB18030, Big5 or UTF-16"
    return _clean(best[1], best[2])


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 written without a byte-order mark: the byte order whose text reads as Chinese."""
    if len(data) % 2 or len(data) < 2 * _UTF16_MIN_CHARS:
        return None  # "\x00abc" decodes to two Han characters: too short to tell from bytes
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not _CONTROL.search(text[:_SAMPLE_CHARS].replace("\x00", "")) and "\x00" not in text and _plausible(text):
            return _clean(text, encoding)
    return None


def _plausible(text: str) -> bool:
    return _common_share(text) >= _PLAUSIBLE_SHARE


def _common_share(text: str) -> float:
    """Of the Han and suspicious characters of the text's start, the share that are common Han
    characters; 1.0 for text with neither (ASCII)."""
    common_chars = _common_han()
    common = odd = 0
    for ch in text[:_SAMPLE_CHARS]:
        if ch in common_chars:
            common += 1
        elif "\u4e00" <= ch <= "\u9fff" or _SUSPICIOUS.match(ch):
            odd += 1
    return common / (common + odd) if common + odd else 1.0


# what a wrong decoding of Chinese bytes produces besides rare Han characters: private use, kana,
# hangul, rare extension A and compatibility ideographs, box drawing, Latin-1 letters, U+FFFD
_SUSPICIOUS = compile_pattern(
    "[\ue000-\uf8ff\u3040-\u30ff\uac00-\ud7af\u1100-\u11ff\u3130-\u318f\u3400-\u4dbf\uf900-\ufaff"
    "\u2500-\u257f\u00c0-\u00ff\ufffd]"
)


@cache
def _common_han() -> frozenset[str]:
    """The common Han characters, simplified and traditional: GB2312 level 1 and Big5 level 1."""
    chars = set()
    for high in range(0xB0, 0xD8):
        for low in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                chars.add(bytes([high, low]).decode("gb2312"))
    for high in range(0xA4, 0xC7):
        for low in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            with contextlib.suppress(UnicodeDecodeError):
                chars.add(bytes([high, low]).decode("big5"))
    return frozenset(ch for ch in chars if "\u4e00" <= ch <= "\u9fff")


def _clean(text: str, encoding: str, note: str | None = None) -> Decoded:
    """Control characters (a NUL deep in the file, form feeds) removed: they are no text and would
    go raw into a CSV."""
    return Decoded(_CONTROL.sub("", text), encoding, note)


def html_to_text(html: str) -> str:
    """The main text of a page, boilerplate (menus, footers) removed, paragraphs on their own lines."""
    import trafilatura

    extracted = trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True)
    if not extracted:
        return ""
    # blank lines between paragraphs, as printed pages have them
    return "\n\n".join(line for line in extracted.splitlines() if line.strip())


# The <meta> tags that carry a page's publication date: PubDate on Chinese government sites (their
# CMS writes <meta name="PubDate" content="2024-11-28 10:21">), Open Graph's article:published_time,
# schema.org's datePublished, Dublin Core's DC.date.issued and the publishdate of news sites. Only
# the head is read, where they stand.
_META_TAG = compile_pattern(r"<meta\b[^>]*>", re.IGNORECASE)
_META_DATE_NAME = compile_pattern(
    r"""(?:name|property|itemprop)\s*=\s*["']?(?:pubdate|publishdate|publish_date|publishtime|"""
    r"""article:published_time|datepublished|og:release_date|dc\.date\.issued|dc\.date)["'\s/>]""",
    re.IGNORECASE,
)
_META_CONTENT = compile_pattern(r"""content\s*=\s*["']([^"']{8,40})""", re.IGNORECASE)
_WRITTEN_DAY = compile_pattern(r"(\d{4})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})")
_HEAD_CHARS = 30_000


def html_date(html: str) -> str | None:
    """The publication date a page's <meta> tags give (YYYY-MM-DD), or None: what anchors its 今年,
    昨日 and 截至3月20日 when no --date is given."""
    for tag in _META_TAG.finditer(html, 0, _HEAD_CHARS):
        if _META_DATE_NAME.search(tag.group()) is None:
            continue
        content = _META_CONTENT.search(tag.group())
        day = _WRITTEN_DAY.search(content.group(1)) if content else None
        if day is not None:
            with contextlib.suppress(ValueError):
                return _date(int(day[1]), int(day[2]), int(day[3])).isoformat()
    return None


def _text_problem(text: str) -> tuple[int, str] | None:
    for number, line in enumerate(text.split("\n"), 1):
        if len(line) > MAX_LINE_CHARS:
            return number, f"line of {len(line)} characters, longer than {MAX_LINE_CHARS}"
    return None


def _read_warc(location: str, data: bytes) -> Iterator[Document | SourceError]:
    """Each HTML response of a web archive, with its URL and crawl date, through the same main-text
    extraction as an .html file; a record that cannot be read is skipped with its number."""
    from extract.warc import RecordProblem, html_pages

    name = _file_path(location).name
    pages = problems = 0
    for page in html_pages(data):
        if isinstance(page, RecordProblem):
            yield SourceError(location, None, page.message)  # the message names the record
            problems += 1
            continue
        pages += 1
        decoded = _decoded_page(page.body, page.charset)
        if isinstance(decoded, str):
            yield SourceError(location, None, f"record {page.number} ({page.url}): {decoded}")
            continue
        published = html_date(decoded.text)  # the page's own date, else the day it was crawled
        try:
            text = html_to_text(decoded.text)
        except Exception as err:  # a parser's failure on one page must not stop the archive
            message = f"record {page.number}: cannot take the text out of the HTML: {type(err).__name__}: {err}"
            yield SourceError(location, None, message)
            continue
        if not text.strip():
            yield SourceError(location, None, f"record {page.number} ({page.url}): no article text in the HTML")
            continue
        yield Document(
            name=f"{name}:{page.number}",
            path=location,
            text=text,
            encoding=decoded.encoding,
            date=published or page.date,
            url=page.url,
            line=page.number,
            meta={"warc_record": page.number},
        )
    if not pages and not problems:  # a problem said is why there are none: one line for a broken archive
        yield SourceError(location, None, "no HTML responses in the web archive")


def _decoded_page(body: bytes, charset: str | None) -> Decoded | str:
    """A page body in the charset its HTTP header declares, else as any text file is decoded."""
    if charset:
        with contextlib.suppress(LookupError, UnicodeDecodeError):
            return Decoded(body.decode(charset), charset.lower())
    return decode_bytes(body)


def _read_pdf(location: str, data: bytes) -> Iterator[Document | SourceError]:
    from extract.pdf import PdfError, pdf_text

    try:
        read = pdf_text(data)
    except PdfError as err:
        yield SourceError(location, None, str(err))
        return
    if not read.text.strip():
        yield SourceError(location, None, "no text in the PDF besides running headers and page numbers")
        return
    problem = _text_problem(read.text)
    if problem:
        yield SourceError(location, problem[0], problem[1])
        return
    name = _file_path(location).name
    yield Document(name=name, path=location, text=read.text, encoding="pdf", page_starts=read.page_starts)


def _read_word(location: str, data: bytes) -> Iterator[Document | SourceError]:
    try:
        text = word_to_text(data)
    except Exception as err:  # python-docx raises what the zip and XML layers raise: any of it is one line
        yield SourceError(location, None, f"not a readable Word file: {type(err).__name__}")
        return
    if not text.strip():
        yield SourceError(location, None, "no text in the Word file")
        return
    yield Document(name=_file_path(location).name, path=location, text=text, encoding="docx")


def word_to_text(data: bytes) -> str:
    """A .docx file's paragraphs and tables in the order they stand, a paragraph a line, a table row
    a line with its cells apart by tabs (so "地区生产总值\t5481.6亿元" keeps the figure with its name)."""
    import io

    from docx import Document as WordDocument
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    word = WordDocument(io.BytesIO(data))
    lines: list[str] = []
    for block in word.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                for cell in row.cells:
                    if not cells or cell.text != cells[-1]:  # a merged cell is listed once per column
                        cells.append(cell.text)
                lines.append("\t".join(cells))
            lines.append("")
    return "\n\n".join(line for line in lines if line.strip()) + "\n"


def _read_jsonl(location: str, data: bytes) -> Iterator[Document | SourceError]:
    decoded = decode_bytes(data)
    # a JSON text starts with an ASCII character: a UTF-16 reading that does not is a misreading (a UTF-8
    # file with a NUL in a line, "[[" read as 孛; a first line of two bytes that look like a byte-order mark)
    misread = isinstance(decoded, Decoded) and decoded.encoding.startswith("utf-16") and not decoded.text[:1].isascii()
    if isinstance(decoded, Decoded) and decoded.note is None and not misread:
        # lines end at \n only: a JSON string may hold U+2028 or U+0085 as they are (json.dumps with
        # ensure_ascii=False writes them so), which str.splitlines would take for line ends
        lines: list[Decoded | str] = [decoded._replace(text=line) for line in decoded.text.split("\n")]
    else:
        # not text as a whole (a NUL, a line of binary, stray bytes): each line is decoded on its own, so
        # what is wrong costs its own line only, said with its number; a file none of whose lines is a
        # JSON object is no JSONL (binary data), said once
        lines = [_decoded_line(raw) for raw in data.split(b"\n")]
        if not any(isinstance(line, Decoded) and _is_object(line.text) for line in lines):
            yield SourceError(location, None, decoded if isinstance(decoded, str) else "no line is a JSON object")
            return
    if not any(isinstance(line, str) or line.text.strip() for line in lines):
        yield SourceError(location, None, EMPTY_FILE)
        return
    for number, line in enumerate(lines, 1):
        if isinstance(line, str):
            yield SourceError(location, number, line)
            continue
        if line.note:
            yield SourceError(location, number, line.note, skipped=False)
        if not line.text.strip():
            continue
        if len(line.text) > MAX_LINE_CHARS:
            yield SourceError(location, number, f"line of {len(line.text)} characters, longer than {MAX_LINE_CHARS}")
            continue
        try:
            record = json.loads(line.text, parse_constant=_no_constant)
        except json.JSONDecodeError as err:
            yield SourceError(location, number, f"malformed JSON: {err.msg} at column {err.colno}")
            continue
        except RecursionError:
            yield SourceError(location, number, "malformed JSON: nested too deeply")
            continue
        except ValueError as err:  # NaN, Infinity; an integer of thousands of digits
            problem = "a number too long" if "digits" in str(err) else str(err).splitlines()[0]
            yield SourceError(location, number, f"malformed JSON: {problem}")
            continue
        yield from record_document(location, number, record, line.encoding)


def _decoded_line(raw: bytes) -> Decoded | str:
    """One line of a JSONL file that is not text as a whole, decoded as a file is; a message if it is no text."""
    raw = raw.removesuffix(b"\r")
    if not raw.strip():
        return Decoded("", "utf-8")
    decoded = decode_bytes(raw)
    return f"a line that is not text ({decoded})" if isinstance(decoded, str) else decoded


def _is_object(line: str) -> bool:
    if not line.lstrip().startswith("{") or len(line) > MAX_LINE_CHARS:
        return False
    try:
        return isinstance(json.loads(line, parse_constant=_no_constant), dict)
    except (ValueError, RecursionError):
        return False


def record_document(location: str, number: int, record: object, encoding: str) -> Iterator[Document | SourceError]:
    """One article given as a record (a JSONL line, a Parquet row): its `text`, and its title,
    date, source, url and region where given as text; `number` is its line or row."""
    text = record.get("text") if isinstance(record, dict) else None
    if not isinstance(text, str) or not _CONTROL.sub("", text).strip():  # "\u0001" alone is no text either
        yield SourceError(location, number, 'not an article: needs a non-empty "text" field')
        return
    wrong = next((key for key in _TEXT_FIELDS if not isinstance(record.get(key), (str, type(None)))), None)
    if wrong is not None:
        kind = type(record[wrong]).__name__
        yield SourceError(location, number, f'"{wrong}" must be text, not {kind}')
        return
    unpaired = [key for key in ("text", *_TEXT_FIELDS) if has_unpaired_surrogates(record.get(key) or "")]
    if unpaired:
        # a JSON escape of half a surrogate pair (\ud800) is no character: it could not even be written out
        record = record | {key: unpaired_surrogates_replaced(record[key]) for key in unpaired}
        fields = ", ".join(f'"{key}"' for key in unpaired)
        yield SourceError(location, number, f"{fields}: unpaired surrogate escapes replaced with U+FFFD", skipped=False)
    written_date = _text_field(record, "date")
    date = parse_date(written_date) if written_date is not None else None
    if written_date is not None and date is None:
        problem = f'"date" {written_date[:40]!r} is not a date (YYYY-MM-DD): read without one'
        yield SourceError(location, number, problem, skipped=False)
    body = _CONTROL.sub("", record["text"])  # a \u0000 escape is no text either
    title = record.get("title")
    if isinstance(title, str) and title.strip() and not body.startswith(title):
        body = f"{title.strip()}\n\n{body}"  # the headline is part of the page, as printed
    yield Document(
        name=f"{_file_path(location).name}:{number}",
        path=location,
        text=body,
        encoding=encoding,
        title=title if isinstance(title, str) else None,
        date=date,
        source=_text_field(record, "source"),
        url=_text_field(record, "url"),
        region=_text_field(record, "region"),
        line=number,
        meta={k: v for k, v in record.items() if k != "text"},
    )


# metadata a JSONL record gives as text (a list or number there is a mistake, not a value to stringify)
_TEXT_FIELDS = ("title", "date", "source", "url", "region")


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not a JSON value")


def parse_date(value: str) -> str | None:
    """A publication date as YYYY-MM-DD (a time after it is ignored), or None if it is not one."""
    try:
        return _date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        return None


def _text_field(record: dict, key: str) -> str | None:
    value = record.get(key)
    return str(value) if value not in (None, "") else None
