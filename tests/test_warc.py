"""warc: each HTML response of a web archive is a document with its URL, crawl date and record."""

import gzip

import pytest

from extract.sources import Document, SourceError, read_bytes

PAGE = "<html><head><title>{t}</title></head><body><article><h1>{t}</h1><p>{p}</p></article></body></html>"
ONE = PAGE.format(t="单县暖心驿站", p="单县新建暖心驿站16处，服务骑手3000余人次，全县共建成驿站120处。")
TWO = PAGE.format(t="定陶区就业", p="定陶区今年以来新增城镇就业5600人，城镇登记失业率控制在3%以内。")


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_each_html_response_is_a_document_with_its_url_date_and_record(make_warc, tmp_path, name):
    path = make_warc(
        tmp_path / name,
        [
            ("https://example.org/a.html", ONE, "text/html; charset=utf-8"),
            ("https://example.org/logo.png", "not a page", "image/png"),
            ("https://example.org/b.html", TWO, "text/html"),
        ],
    )
    items = list(read_bytes(str(path), path.read_bytes()))
    documents = [i for i in items if isinstance(i, Document)]
    assert not [i for i in items if isinstance(i, SourceError)]
    assert [(d.url, d.date, d.name) for d in documents] == [
        ("https://example.org/a.html", "2024-05-01", f"{name}:2"),
        ("https://example.org/b.html", "2024-05-01", f"{name}:4"),
    ]  # record 1 is the warcinfo, 3 the image
    assert "暖心驿站16处" in documents[0].text and documents[0].line == 2


def test_a_page_that_gives_its_publication_date_is_dated_by_it_not_by_the_crawl(make_warc, tmp_path):
    dated = ONE.replace("<head>", '<head><meta name="PubDate" content="2024-04-28 09:30">')
    path = make_warc(
        tmp_path / "a.warc",
        [("https://example.org/a", dated, "text/html"), ("https://example.org/b", TWO, "text/html")],
    )
    documents = [i for i in read_bytes(str(path), path.read_bytes()) if isinstance(i, Document)]
    assert [d.date for d in documents] == ["2024-04-28", "2024-05-01"]


def test_a_page_in_gbk_declared_by_its_header_is_read(make_warc, tmp_path):
    path = make_warc(tmp_path / "a.warc", [("https://example.org/a", ONE, "text/html; charset=gbk")])
    assert ONE.encode("gbk") in path.read_bytes()
    documents = [i for i in read_bytes(str(path), path.read_bytes()) if isinstance(i, Document)]
    assert len(documents) == 1 and "暖心驿站16处" in documents[0].text and documents[0].encoding == "gbk"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"WARC/1.0\r\nnot really a record\r\n\r\n", "web archive"),
        (gzip.compress(b"just some gzip text, no records"), "web archive"),
    ],
)
def test_a_broken_archive_is_one_line(tmp_path, data, message):
    items = list(read_bytes(str(tmp_path / "bad.warc.gz"), data))
    assert items and all(isinstance(i, SourceError) for i in items)
    assert message in str(items[0]) and "\n" not in str(items[0])


def test_an_archive_without_pages_says_so(make_warc, tmp_path):
    path = make_warc(tmp_path / "images.warc", [("https://example.org/logo.png", "png", "image/png")])
    items = list(read_bytes(str(path), path.read_bytes()))
    assert [str(i) for i in items] == [f"{path}: no HTML responses in the web archive"]


@pytest.mark.parametrize("name", ["a.warc", "a.warc.gz"])
def test_an_archive_cut_short_keeps_its_whole_records_and_names_the_cut_one(make_warc, tmp_path, name):
    path = make_warc(
        tmp_path / name, [("https://example.org/a", ONE, "text/html"), ("https://example.org/b", TWO, "text/html")]
    )
    data = path.read_bytes()
    items = list(read_bytes(str(path), data[: len(data) - 100]))
    assert [i.url for i in items if isinstance(i, Document)] == ["https://example.org/a"]
    problems = [str(i) for i in items if isinstance(i, SourceError)]
    assert len(problems) == 1 and "record 3" in problems[0]


@pytest.mark.parametrize("data", [b"\x00", b"\x1f\x8b\x08\x00"])
def test_a_broken_archive_is_said_once_not_also_as_an_archive_without_pages(data):
    # it was two lines: "record 1: cut short" and "no HTML responses in the web archive"
    (error,) = read_bytes("/in/crawl.warc.gz", data)
    assert "cut short" in str(error)


def test_an_archive_gzipped_whole_not_record_by_record_is_one_line(make_warc, tmp_path):
    # warcio says so over several lines ("non-chunked gzip file detected, gzip block continues\n    beyond …")
    plain = make_warc(tmp_path / "crawl.warc", [("http://a.example/1", ONE, "text/html; charset=utf-8")])
    items = list(read_bytes(str(tmp_path / "crawl.warc.gz"), gzip.compress(plain.read_bytes())))
    problems = [item for item in items if isinstance(item, SourceError)]
    assert problems and all("\n" not in problem.report for problem in problems)
