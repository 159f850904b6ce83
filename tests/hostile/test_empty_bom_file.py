"""A file holding nothing but a byte-order mark (and whitespace) is an empty file, said as one, like a file
of no bytes: not a document of no text."""

import pytest

from extract.ingest import ingest
from extract.sources import Document, SourceError, read_file


@pytest.mark.parametrize(
    "data",
    [b"\xef\xbb\xbf", b"\xef\xbb\xbf \r\n\t\n", b"\xef\xbb\xbf\xe3\x80\x80\n", b"\xff\xfe", b"\xff\xfe \x00\n\x00"],
    ids=["utf8-bom", "utf8-bom-whitespace", "utf8-bom-ideographic-space", "utf16-bom", "utf16-bom-whitespace"],
)
@pytest.mark.parametrize("name", ["notice.txt", "feed.jsonl"])
def test_a_byte_order_mark_alone_is_an_empty_file(tmp_path, data, name):
    path = tmp_path / name
    path.write_bytes(data)
    (item,) = read_file(path)
    assert isinstance(item, SourceError) and item.message == "empty file" and item.skipped


def test_ingest_reports_a_bom_only_file_as_empty_and_stores_nothing_for_it(tmp_path, capsys):
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf\n")
    (tmp_path / "page.txt").write_text("全市新增病例12例，累计确诊300例。", encoding="utf-8")
    report = ingest([str(tmp_path)], tmp_path / "kb.duckdb", progress=False)
    assert (report.added, [e.message for e in report.errors]) == (1, ["empty file"])
    assert "bom.txt: empty file" in capsys.readouterr().err


def test_a_bom_before_text_is_still_read(tmp_path):
    path = tmp_path / "page.txt"
    path.write_bytes("\ufeff全市新增病例12例。".encode())
    (item,) = read_file(path)
    assert isinstance(item, Document) and item.text == "全市新增病例12例。"
