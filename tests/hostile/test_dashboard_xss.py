"""A feed's record cannot put script on the dashboard (issue 27, item 1): a source's url is a link only
when it is a web address (http, https), and every response carries a strict Content-Security-Policy
(and nosniff), which the pages keep to: no inline script, style or event handler."""

import json
import re
from html.parser import HTMLParser

import pytest

from extract.dashboard import create_app
from extract.ingest import ingest
from extract.store import connect

# addresses a browser would run as script (or a page of the attacker's) if they were an href
HOSTILE_URLS = [
    "javascript:alert(9)",
    "JaVaScRiPt:alert(9)",
    " javascript:alert(9)",
    "java\tscript:alert(9)",
    "\x01javascript:alert(9)",
    "data:text/html,<script>alert(9)</script>",
    "vbscript:msgbox(9)",
]
WEB_URL = "https://example.org/news/1?a=1&b=2"
PAGES = ["/", "/claims", "/metric", "/metric?key=驿站", "/checks", "/queries", "/queries/top_metrics?limit=5"]


@pytest.fixture(scope="module")
def planted(tmp_path_factory) -> tuple[object, dict[str, str]]:
    """A database of one article per url; the test client, and url -> the article's id."""
    folder = tmp_path_factory.mktemp("xss")
    feed = folder / "feed.jsonl"
    records = [
        {"title": f"单县新闻{n}", "url": url, "date": "2024-03-01", "text": f"单县新建暖心驿站{n + 10}处。"}
        for n, url in enumerate([*HOSTILE_URLS, WEB_URL])
    ]
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    db = folder / "kb.duckdb"
    ingest([str(feed)], db, region="菏泽市", progress=False)
    con = connect(db, read_only=True)
    ids = dict(con.execute("SELECT d.url, a.article_id FROM articles a JOIN documents d USING (doc_id)").fetchall())
    con.close()
    assert set(ids) == {*HOSTILE_URLS, WEB_URL}
    return create_app(db).test_client(), ids


class _Markup(HTMLParser):
    """Every tag's attributes, as the browser reads them (entities decoded)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def markup(html: str) -> _Markup:
    parser = _Markup()
    parser.feed(html)
    return parser


def scheme(href: str) -> str:
    """The scheme a browser reads from an href: leading blanks and controls stripped, tabs and
    newlines removed anywhere; '' for a relative address."""
    cleaned = re.sub(r"[\t\n\r]", "", href).lstrip("".join(map(chr, range(0x21))))
    found = re.match(r"([A-Za-z][A-Za-z0-9+.-]*):", cleaned)
    return found.group(1).lower() if found else ""


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_a_source_url_that_is_not_a_web_address_is_text_not_a_link(planted, url):
    client, ids = planted
    page = client.get(f"/source/{ids[url]}")
    assert page.status_code == 200
    parsed = markup(page.text)
    hrefs = [attrs["href"] or "" for _, attrs in parsed.tags if "href" in attrs]
    assert {scheme(href) for href in hrefs} <= {"", "http", "https"}, hrefs
    assert url.strip() in "".join(parsed.text)  # shown, as text, for the reader to judge


def test_a_web_address_is_still_the_link_to_the_original(planted):
    client, ids = planted
    parsed = markup(client.get(f"/source/{ids[WEB_URL]}").text)
    assert any(tag == "a" and attrs.get("href") == WEB_URL for tag, attrs in parsed.tags)


def _policy(response) -> dict[str, set[str]]:
    header = response.headers.get("Content-Security-Policy", "")
    directives = (part.split() for part in header.split(";") if part.strip())
    return {name: set(values) for name, *values in directives}


def test_every_response_carries_a_strict_content_security_policy(planted):
    client, ids = planted
    source = f"/source/{ids[HOSTILE_URLS[0]]}"
    paths = [*PAGES, source, f"{source}.csv", f"{source}.json", "/claims.csv", "/claims.json", "/overview.json",
             "/static/style.css", "/no-such-page", "/no-such-page.json", "/source/nothing.csv"]  # fmt: skip
    for path in paths:
        response = client.get(path)
        policy = _policy(response)
        assert policy.get("default-src") == {"'self'"}, (path, policy)
        assert policy.get("script-src") == {"'self'"} and policy.get("style-src") == {"'self'"}, path
        assert policy.get("object-src") == {"'none'"} and policy.get("base-uri") == {"'none'"}, path
        assert policy.get("frame-ancestors") == {"'none'"} and policy.get("form-action") == {"'self'"}, path
        assert response.headers.get("X-Content-Type-Options") == "nosniff", path


def test_no_page_has_what_the_policy_would_block(planted):
    """Inline script, <style>, style="" and on…="" handlers would be refused by the browser under the
    policy: the pages have none (so none breaks), and every chart and stylesheet is the dashboard's own."""
    client, ids = planted
    for path in [*PAGES, f"/source/{ids[WEB_URL]}"]:
        for tag, attrs in markup(client.get(path).text).tags:
            assert tag != "style" and not (tag == "script" and not attrs.get("src")), (path, tag)
            assert not {name for name in attrs if name == "style" or name.startswith("on")}, (path, tag, attrs)
            for name in ("src", "href"):
                assert scheme(attrs.get(name) or "") in ("", "http", "https"), (path, tag, attrs)
