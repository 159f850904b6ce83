"""Properties of the readers (extract/sources.py, pdf.py, warc.py): hostile bytes in, never a traceback out.

Whatever the bytes of a file, reading it gives Documents and SourceErrors only; an error is one line that
starts with the file's name (and, for a JSONL line or a web archive's record, names which); and a good
JSONL record is read whatever the lines around it hold.
"""

import io
import json

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extract.sources import MAX_LINE_CHARS, Document, SourceError, read_bytes

SUFFIXES = [".txt", ".html", ".htm", ".jsonl", ".ndjson", ".pdf", ".warc", ".warc.gz", ".docx", ".doc", ".md"]
# the first bytes of the formats, so random bytes after them reach the format's own reader
MAGIC = [b"", b"%PDF-1.7\n", b"PK\x03\x04", b"WARC/1.0\r\n", b"\x1f\x8b\x08\x00", b"\xef\xbb\xbf", b"\xff\xfe"]
TEXT = "单县新建暖心驿站16处，服务骑手3000余人次。"


def _read(location: str, data: bytes) -> list[Document | SourceError]:
    items = list(read_bytes(location, data))
    assert items, "a file neither read nor said"
    for item in items:
        assert isinstance(item, Document | SourceError), item
        if isinstance(item, Document):
            assert item.doc_id and item.text.strip()  # text that can be written (hashed as UTF-8), not blank
        if isinstance(item, SourceError):
            said = item.report
            assert said.splitlines() == [said], f"not one line: {said!r}"
            assert item.message and item.message != "None", said
            assert str(item).startswith(f"{location}:"), said
    return items


@settings(max_examples=1000)
@given(st.sampled_from(SUFFIXES), st.sampled_from(MAGIC), st.binary(max_size=600))
@example(".txt", b"", b"\x00" * 20)
@example(".jsonl", b"", "孛孛孛孛孛孛孛孛孛\n".encode("utf-16-le"))  # was the message "None"
@example(".html", b"", b"<html><body><p>" + TEXT.encode() + b"</p></body></html>")
def test_any_bytes_are_documents_or_one_line_errors(suffix, magic, data):
    _read(f"/in/feed{suffix}", magic + data)


# good files of the paged and archived formats, made once, then cut and damaged at random
def _pdf() -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for page in range(2):
        pdf.setFont("STSong-Light", 12)
        pdf.drawString(72, 700, f"{TEXT}第{page + 1}页正文。")
        pdf.drawString(72, 680, "县区\u3000\u3000\u3000\u3000驿站（处）\u3000\u3000\u3000\u300016")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def _warc(gzip: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    for number in range(2):
        html = f"<html><body><article><p>{TEXT}第{number}篇。</p></article></body></html>".encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(f"https://example.org/{number}", "response", payload=io.BytesIO(html),
                                      http_headers=headers, warc_headers_dict={"WARC-Date": "2024-05-01T08:00:00Z"})
        )  # fmt: skip
    return out.getvalue()


def _docx() -> bytes:
    from docx import Document as WordDocument

    word = WordDocument()
    word.add_paragraph(TEXT)
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def good_files() -> dict[str, bytes]:
    return {".pdf": _pdf(), ".warc": _warc(False), ".warc.gz": _warc(True), ".docx": _docx()}


@settings(max_examples=800)
@given(st.sampled_from([".pdf", ".warc", ".warc.gz", ".docx"]), st.data())
def test_a_cut_or_damaged_file_is_documents_or_one_line_errors(good_files, suffix, data):
    whole = good_files[suffix]
    cut = data.draw(st.integers(min_value=1, max_value=len(whole)), label="cut")
    damage = data.draw(st.lists(st.tuples(st.integers(0, cut - 1), st.integers(0, 255)), max_size=4), label="damage")
    damaged = bytearray(whole[:cut])
    for at, byte in damage:
        damaged[at] = byte
    _read(f"/in/report{suffix}", bytes(damaged))


def test_the_good_files_are_read(good_files):
    for suffix, whole in good_files.items():
        documents = [i for i in _read(f"/in/report{suffix}", whole) if isinstance(i, Document)]
        assert documents and all("暖心驿站16处" in d.text for d in documents), suffix


# JSONL: a good record, and the ways a line goes wrong
# any character a string can be written in UTF-8 with (a lone surrogate cannot)
characters = st.characters(codec="utf-8")
good_records = st.fixed_dictionaries(
    {"text": st.text(characters, min_size=1, max_size=40).map(lambda s: TEXT + s)},
    optional={
        "title": st.text(characters, max_size=20),
        "date": st.sampled_from(["2024-11-28", "2024-11-28T08:00:00+08:00", "garbage", ""]),
        "source": st.text(characters, max_size=10),
        "region": st.sampled_from(["菏泽市", "单县", "不存在的地方"]),
        "url": st.just("https://example.org/a"),
    },
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
bad_lines = st.one_of(
    st.text(st.characters(codec="utf-8", exclude_characters="\n"), max_size=60).map(str.encode),  # not JSON, mostly
    json_values.filter(lambda v: not isinstance(v, dict)).map(lambda v: json.dumps(v).encode()),  # not an object
    st.fixed_dictionaries({"text": json_values}).map(lambda r: json.dumps(r).encode()),  # text not text
    st.text(st.characters(max_codepoint=0x20), min_size=1).map(lambda s: json.dumps({"text": s}).encode()),  # blank
    st.builds(
        lambda key, value: json.dumps({"text": TEXT, key: value}).encode(),
        st.sampled_from(["title", "date", "source", "url", "region"]),
        json_values,
    ),  # metadata of another type than text (or text with an unpaired surrogate escape, \ud800)
    good_records.map(lambda r: json.dumps(r, ensure_ascii=False).encode()).flatmap(
        lambda line: st.integers(0, len(line) - 1).map(lambda cut: line[:cut])
    ),  # cut short
    st.binary(min_size=1, max_size=60).filter(lambda b: b"\n" not in b),  # not text
    st.builds(lambda: b"[" * 100_000),  # nested too deeply
    st.builds(lambda: b'{"text": "' + "单".encode() * (MAX_LINE_CHARS + 1) + b'"}'),  # huge
    st.sampled_from(
        [
            b'{"text": "\x00\x00"}',  # NUL bytes and nothing else
            b"\x00" * 8,
            b'\xef\xbb\xbf{"text": 5}',  # a byte-order mark
            b'{"text": "' + b"x" * 10 + b'", "n": ' + b"9" * 5000 + b"}",  # a number too long
            b'{"text": NaN}',
        ]
    ),
)


def _good_line(record: dict, ascii_only: bool) -> bytes:
    return json.dumps(record, ensure_ascii=ascii_only).encode()


jsonl_lines = st.lists(
    st.one_of(
        st.tuples(st.just("good"), st.builds(_good_line, good_records, st.booleans())),
        st.tuples(st.just("bad"), bad_lines),
    ),
    min_size=1,
    max_size=6,
)


@settings(max_examples=400)
@given(jsonl_lines, st.sampled_from([b"\n", b"\r\n"]), st.booleans())
@example(
    [("good", _good_line({"text": TEXT + "\u2028\x85"}, False)), ("good", _good_line({"text": TEXT}, True))],
    b"\n",
    False,
)
@example([("good", _good_line({"text": TEXT}, False)), ("bad", b"\x00")], b"\n", False)
def test_a_good_jsonl_record_is_read_whatever_the_lines_around_it(lines, newline, bom):
    location = "/in/feed.jsonl"
    data = (b"\xef\xbb\xbf" if bom else b"") + newline.join(line for _, line in lines) + newline
    items = _read(location, data)
    good = [number for number, (what, _) in enumerate(lines, 1) if what == "good"]
    read = {item.line: item for item in items if isinstance(item, Document)}
    assert set(good) <= set(read), [str(i) for i in items if isinstance(i, SourceError)]
    for number in good:
        assert TEXT in read[number].text and read[number].name == f"feed.jsonl:{number}"
    for item in items:
        if isinstance(item, SourceError) and item.line is not None:
            assert str(item).startswith(f"{location}:{item.line}: ") and 1 <= item.line <= len(lines)


@settings(max_examples=400)
@given(
    st.lists(
        st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<table><tr><td>", "</td></tr></table>", "<script>",
                         "<!--", "-->", "<br/>", "&nbsp;", "&#0;", "&#xD800;", "<meta charset='big5'>", TEXT,
                         "<meta name='PubDate' content='2024-13-45'>", "<![CDATA[", "<?xml ?>", "\x00", "<"]),
        max_size=20,
    ).map("".join),
    st.text(max_size=30),
)  # fmt: skip
def test_any_html_is_a_document_or_one_line_errors(markup, noise):
    page = f"<html><head></head><body>{markup}{noise}</body></html>"
    _read("/in/page.html", page.encode("utf-8", errors="surrogatepass"))
