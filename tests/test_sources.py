import json

import pytest

from extract.sources import Document, NotRead, SourceError, decode_bytes, read_bytes, read_documents

TEXT = "我市新建驿站465处。"


def test_utf8_bom_and_gb18030_are_decoded(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    (tmp_path / "b.txt").write_bytes(("菏泽市" + TEXT * 20).encode("gb18030"))
    docs = list(read_documents([str(tmp_path)]))
    assert [d.encoding for d in docs] == ["utf-8-sig", "gb18030"]
    assert docs[1].text.startswith("菏泽市我市新建驿站465处")


def test_bad_files_become_errors_naming_the_file(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    items = list(read_documents([str(tmp_path)]))
    errors = [str(i) for i in items if isinstance(i, SourceError)]
    assert any("empty.txt: empty file" in e for e in errors)
    assert any("binary.txt: binary file" in e for e in errors)
    assert [i.name for i in items if isinstance(i, Document)] == ["good.txt"]


def test_jsonl_articles_and_malformed_lines(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps(
            {"title": "单县新建驿站", "text": TEXT, "date": "2024-11-28", "region": "菏泽市"}, ensure_ascii=False
        )
        + "\n{not json\n"
        + json.dumps({"title": "no text"})
        + "\n",
        encoding="utf-8",
    )
    items = list(read_documents([str(path)]))
    assert isinstance(items[0], Document) and items[0].date == "2024-11-28" and items[0].line == 1
    assert items[0].text.startswith("单县新建驿站\n\n")
    assert [str(i).split(": ")[0] for i in items[1:]] == [f"{path}:2", f"{path}:3"]


def test_html_main_text(tmp_path):
    page = tmp_path / "page.html"
    body = "".join(f"<p>{TEXT}第{i}段正文内容较长，用于测试正文抽取。</p>" for i in range(6))
    page.write_text(f"<html><body><nav>首页 | 新闻</nav><article>{body}</article></body></html>", encoding="utf-8")
    docs = [d for d in read_documents([str(page)]) if isinstance(d, Document)]
    assert docs and "465处" in docs[0].text and "首页" not in docs[0].text


def test_undecodable_bytes_are_reported():
    assert isinstance(decode_bytes(b"\x00abc"), str)


def test_a_folder_walk_names_what_it_does_not_read(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "notes.md").write_text(TEXT, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    items = list(read_documents([str(tmp_path)]))
    assert [i.name for i in items if isinstance(i, Document)] == ["a.txt"]
    not_read = [str(i) for i in items if isinstance(i, NotRead)]
    assert len(not_read) == 2 and all(": not read: a folder walk reads" in line for line in not_read)
    assert not_read[0].startswith(str(tmp_path / "notes.md")) and "not .md" in not_read[0]


def test_a_file_named_directly_is_read_whatever_its_extension(tmp_path):
    (tmp_path / "notes.md").write_text(TEXT, encoding="utf-8")
    assert [i.name for i in read_documents([str(tmp_path / "notes.md")])] == ["notes.md"]


def test_a_failing_html_parser_is_one_error_not_a_stop(tmp_path, monkeypatch):
    from extract import sources

    def broken(html):
        raise ImportError("lxml.html.clean module is now a separate project lxml_html_clean")

    monkeypatch.setattr(sources, "html_to_text", broken)
    (tmp_path / "a.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    items = list(read_documents([str(tmp_path)]))
    assert isinstance(items[0], SourceError) and "ImportError" in str(items[0]) and "a.html" in str(items[0])
    assert isinstance(items[1], Document)


def test_a_folder_linked_back_into_itself_is_walked_once(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert [i.name for i in read_documents([str(tmp_path)]) if isinstance(i, Document)] == ["a.txt"]


def _jsonl_items(tmp_path, lines: list[str]) -> list:
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return list(read_documents([str(path)]))


def test_hostile_jsonl_lines_are_one_error_each_and_the_rest_is_read(tmp_path):
    lines = [
        '{"text": "我市新建驿站465处。", "date": NaN}',
        '{"text": ' + "[" * 200_000 + "]" * 200_000 + "}",
        '{"text": "x", "n": ' + "9" * 5000 + "}",
        '{"text": "单县新建驿站16处。", "region": ["菏泽市", "济南市"]}',
        '{"text": "曹县新建驿站20处。", "title": 5}',
        '{"text": "东明县新建驿站7处。"}',
    ]
    items = _jsonl_items(tmp_path, lines)
    errors = [i for i in items if isinstance(i, SourceError)]
    assert [e.line for e in errors] == [1, 2, 3, 4, 5] and all(e.skipped for e in errors)
    assert "NaN" in errors[0].message and "nested too deeply" in errors[1].message
    assert "too long" in errors[2].message and '"region" must be text, not list' in errors[3].message
    assert [i.line for i in items if isinstance(i, Document)] == [6]


def test_a_bad_date_is_reported_and_the_document_read_without_it(tmp_path):
    lines = ['{"text": "我市新建驿站465处。", "date": "garbage"}', '{"text": "单县驿站16处。", "date": "2024-13-45"}']
    items = _jsonl_items(tmp_path, lines)
    warnings = [i for i in items if isinstance(i, SourceError)]
    documents = [i for i in items if isinstance(i, Document)]
    assert len(warnings) == 2 and not any(w.skipped for w in warnings)
    assert "read without one" in warnings[0].report and not warnings[0].report.startswith("skipped")
    assert [d.date for d in documents] == [None, None]


def test_dates_with_a_time_are_their_day(tmp_path):
    items = _jsonl_items(tmp_path, ['{"text": "我市新建驿站465处。", "date": "2024-11-28T08:00:00+08:00"}'])
    assert items[0].date == "2024-11-28"


_SIMPLIFIED = "菏泽市统计局发布：全市常住人口870万人，地区生产总值增长5.2%。"
_TRADITIONAL = "菏澤市統計局發佈：全市常住人口二百五十萬人，地區生產總值增長百分之五點二。"


@pytest.mark.parametrize(
    ("data", "encoding", "text"),
    [
        (_TRADITIONAL.encode("big5"), "big5hkscs", _TRADITIONAL),  # not GB18030's 籓\ue665カ現┎…
        ("单县新建驿站870处。".encode("gbk"), "gb18030", "单县新建驿站870处。"),  # short GBK: not cp949
        (_SIMPLIFIED.encode("gbk"), "gb18030", _SIMPLIFIED),
        (_SIMPLIFIED.encode("utf-16"), "utf-16", _SIMPLIFIED),  # with a byte-order mark
        (_SIMPLIFIED.encode("utf-16-le"), "utf-16-le", _SIMPLIFIED),  # without one: read, not "binary"
        (_SIMPLIFIED.encode("utf-16-be"), "utf-16-be", _SIMPLIFIED),
        ("菏泽市统计局发布全市常住人口".encode("utf-16-le"), "utf-16-le", "菏泽市统计局发布全市常住人口"),  # no NUL
        (("a" * 9000 + _SIMPLIFIED + "\x00\x0c").encode(), "utf-8", "a" * 9000 + _SIMPLIFIED),  # controls go
    ],
)
def test_chinese_encodings_are_told_apart_by_the_text_they_give(data, encoding, text):
    decoded = decode_bytes(data)
    assert not isinstance(decoded, str)
    assert (decoded.encoding, decoded.text, decoded.note) == (encoding, text, None)


def test_a_stray_byte_in_utf8_is_replaced_and_reported_with_its_offset(tmp_path):
    good = (_SIMPLIFIED * 20).encode("utf-8")
    path = tmp_path / "page.txt"
    path.write_bytes(good[:30] + b"\xff" + good[30:])
    items = list(read_documents([str(path)]))
    assert isinstance(items[0], SourceError) and not items[0].skipped and "offset 30" in items[0].message
    assert isinstance(items[1], Document) and items[1].text.count("\ufffd") == 1


@pytest.mark.parametrize("data", ["café résumé naïve déjà vu".encode("cp1252"), bytes(range(256)) * 4, b"\x00abc"])
def test_bytes_that_are_no_chinese_text_are_refused_in_one_line(data):
    assert isinstance(decode_bytes(data), str)


def test_an_unreadable_sub_folder_is_one_error_and_the_rest_is_read(tmp_path, monkeypatch):
    from pathlib import Path

    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text(TEXT, encoding="utf-8")
    listing = Path.iterdir

    def refuse(self):  # chmod 000 does not stop root, who runs CI here: refuse as the OS would
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return listing(self)

    monkeypatch.setattr(Path, "iterdir", refuse)
    items = list(read_documents([str(tmp_path)]))
    errors = [i for i in items if isinstance(i, SourceError)]
    assert [str(e) for e in errors] == [f"{locked}: cannot read the folder: Permission denied"]
    assert [i.name for i in items if isinstance(i, Document)] == ["a.txt"]


def _word_file(path, paragraphs: list[str], rows: list[list[str]]) -> None:
    from docx import Document as WordDocument

    word = WordDocument()
    word.add_paragraph(paragraphs[0])
    table = word.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for paragraph in paragraphs[1:]:
        word.add_paragraph(paragraph)
    word.save(path)


def test_a_word_file_gives_its_paragraphs_and_table_rows_in_order(tmp_path):
    _word_file(tmp_path / "report.docx", ["全年地区生产总值5481.6亿元。", "全市常住人口707.9万人。"],
               [["指标", "数值"], ["粮食产量", "255.6万吨"]])  # fmt: skip
    (document,) = list(read_documents([str(tmp_path)]))
    assert document.encoding == "docx"
    assert document.text.split("\n\n") == ["全年地区生产总值5481.6亿元。", "指标\t数值", "粮食产量\t255.6万吨",
                                           "全市常住人口707.9万人。\n"]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("old.doc", b"\xd0\xcf\x11\xe0 old word", "save it as .docx"),
        ("broken.docx", b"PK not a zip", "not a readable Word"),
    ],
)
def test_old_and_broken_word_files_are_one_line_each(tmp_path, name, data, message):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    items = list(read_documents([str(tmp_path)]))
    assert [message in str(i) for i in items if isinstance(i, SourceError)] == [True]
    assert [i.name for i in items if isinstance(i, Document)] == ["good.txt"]


@pytest.mark.parametrize(("offset", "page"), [(0, 1), (9, 1), (10, 2), (25, 3), (99, 3)])
def test_a_paged_documents_offset_lies_on_the_page_that_started_before_it(offset, page):
    document = Document(name="a.pdf", path="a.pdf", text="x" * 100, page_starts=[0, 10, 25])
    assert document.page_of(offset) == page
    assert Document(name="a.txt", path="a.txt", text="x" * 100).page_of(offset) is None


@pytest.mark.parametrize(
    ("meta", "date"),
    [
        ('<meta name="PubDate" content="2024-11-28 10:21">', "2024-11-28"),  # a government site's CMS
        ('<meta property="article:published_time" content="2020-02-05T08:00:00+08:00" />', "2020-02-05"),
        ("<meta itemprop='datePublished' content='2023/3/7'>", "2023-03-07"),
        ('<meta name="publishdate" content="2022年12月1日">', "2022-12-01"),
        ('<meta name="keywords" content="2024-11-28">', None),  # not a date's tag
        ('<meta name="PubDate" content="2024-13-45 10:21">', None),  # not a day
        ("", None),
    ],
)
def test_an_html_page_is_dated_by_its_meta_tags(tmp_path, meta, date):
    page = tmp_path / "page.html"
    body = "<p>今年以来，全市新建驿站465处，服务骑手3000余人次，覆盖全部街道。</p>" * 3
    page.write_text(f"<html><head>{meta}<title>驿站</title></head><body><article>{body}</article></body></html>")
    (document,) = read_documents([str(page)])
    assert document.date == date


@pytest.mark.parametrize(
    ("bad_line", "problem"),
    [
        (b'{"text": "\x00"}', "a line that is not text (binary file (NUL bytes), not text)"),  # refused the file
        (b"\x93\xff\xfe\x80" * 8, "a line that is not text (undecodable bytes at offset 0"),  # refused the file
    ],
)
def test_a_jsonl_line_of_binary_costs_that_line_only(bad_line, problem):
    good = json.dumps({"text": TEXT}, ensure_ascii=False).encode()
    items = list(read_bytes("/in/feed.jsonl", good + b"\n" + bad_line + b"\n" + good + b"\n"))
    assert [i.line for i in items if isinstance(i, Document)] == [1, 3]
    (error,) = [i for i in items if isinstance(i, SourceError)]
    assert error.line == 2 and error.message.startswith(problem)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x00\x01\xff\n" * 50 + b"\x00", "binary file (NUL bytes), not text"),  # odd: no UTF-16 either
        ("孛孛孛孛孛孛孛孛孛\n".encode("utf-16-le"), "no line is a JSON object"),  # was ": None"
    ],
)
def test_a_jsonl_file_of_no_json_lines_is_one_line(data, message):
    (error,) = read_bytes("/in/feed.jsonl", data)
    assert str(error) == f"/in/feed.jsonl: {message}"


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_a_jsonl_line_ends_at_a_newline_not_at_a_unicode_line_separator(separator):
    # json.dumps(ensure_ascii=False) writes U+2028 and U+0085 as they are, inside the string: one record, not three
    lines = [json.dumps({"text": f"{TEXT}{separator}单县16处。"}, ensure_ascii=False), json.dumps({"text": TEXT})]
    items = list(read_bytes("/in/feed.jsonl", "\n".join(lines).encode()))
    assert [(i.line, i.text) for i in items] == [(1, f"{TEXT}{separator}单县16处。"), (2, TEXT)]


def test_an_unpaired_surrogate_escape_in_jsonl_is_replaced_and_said():
    # json.loads reads "\ud800" as half a character that no UTF-8 can write: doc_id and the store failed on it
    line = b'{"text": "' + TEXT.encode() + b'\\ud800", "title": "\\udfff"}'
    warning, document = read_bytes("/in/feed.jsonl", line)
    assert not warning.skipped and '"text", "title": unpaired surrogate escapes' in warning.message
    assert document.text == f"\ufffd\n\n{TEXT}\ufffd" and document.doc_id


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("a.txt", b"\xef\xbb\xbf"),
        ("a.txt", b"\xff\xfe \x00"),
        ("a.html", b"\x01\x02\x03"),
        ("a.jsonl", b"\xef\xbb\xbf\n\n"),
    ],
)
def test_a_file_with_no_text_but_a_byte_order_mark_or_control_characters_is_one_line(name, data):
    # it was an empty document (a .jsonl one: nothing at all, not even a line saying so)
    (error,) = read_bytes(f"/in/{name}", data)
    assert isinstance(error, SourceError) and error.message == "empty file"


@pytest.mark.parametrize("text", ["\\u0001\\u0002", "\\u0000", " \\u000b\\u007f "])
def test_a_jsonl_record_whose_text_is_control_characters_only_is_no_article(text):
    # it was an empty document
    (error,) = read_bytes("/in/feed.jsonl", b'{"text": "' + text.encode() + b'"}')
    assert error.line == 1 and "needs a non-empty" in error.message


def test_a_utf8_jsonl_file_with_a_nul_is_not_misread_as_utf16_and_a_utf16_one_is_read():
    # an even number of bytes with a NUL in them decoded as UTF-16: "[[[[" became 孛孛, the good record lost
    good = json.dumps({"text": TEXT}, ensure_ascii=False).encode()
    items = list(read_bytes("/in/feed.jsonl", good + b"\n\x00\x01\x00\x01\n" + b"[" * 100_000 + b"\n"))
    assert [(i.line, type(i).__name__) for i in items] == [(1, "Document"), (2, "SourceError"), (3, "SourceError")]
    # a first line of the two bytes of a UTF-16 byte-order mark: the whole file was read as UTF-16
    data = b"\xfe\xff\n" + good + b"\n"
    data += b" " * (len(data) % 2)  # an even length, which UTF-16 decodes
    assert [i.line for i in read_bytes("/in/feed.jsonl", data)] == [2]
    record = json.dumps({"text": TEXT}, ensure_ascii=False) + "\n"
    for encoding in ("utf-16-le", "utf-16"):  # without a byte-order mark and with one
        utf16 = record.encode(encoding)
        assert [(i.text, i.encoding) for i in read_bytes("/in/feed.jsonl", utf16)] == [(TEXT, encoding)]


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("a.warc.gz", "not a readable web archive (ERROR: non-chunked gzip file detected,\n    beyond single record.)"),
        ("odd\nname.txt", "not UTF-8 text"),
        ("b.jsonl", "bad record\u2028second line"),
    ],
)
def test_every_source_error_is_one_line(path, message):
    error = SourceError(path, 3, message)
    assert error.report.splitlines() == [error.report]
    assert error.report.startswith("skipped ") and "3: " in error.report
