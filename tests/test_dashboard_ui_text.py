"""The dashboard in Chinese by default and in English on request: every word from ui_strings.tsv, none missing
in either language, no English label on a Chinese page, and the CSV/JSON twins the same in both."""

import re
from html.parser import HTMLParser
from importlib.resources import files
from urllib.parse import quote

import pytest

from extract.checks.model import VERDICTS
from extract.checks.runner import RULES
from extract.claims import ASPECTS, BASES, KINDS
from extract.dashboard import create_app
from extract.dashboard.check_filter import CheckFilter
from extract.dashboard.claim_filter import REVIEW_CHOICES, SORTS
from extract.dashboard.labels import QUALIFIER_LABELS
from extract.dashboard.ui_text import LANGUAGES, UiStringsError, UiText, chosen_language, ui_strings
from extract.named_queries import named_queries
from extract.store import connect

TEMPLATES = files("extract.dashboard").joinpath("templates")
# words a Chinese interface writes in Latin letters too: the product, the file formats, a SQL keyword
PROPER_NOUNS = {"claimkb", "CSV", "JSON", "SQL", "LIMIT"}


@pytest.fixture(scope="module")
def client(reviewed_sample_db):
    return create_app(reviewed_sample_db).test_client(use_cookies=False)


def template_keys() -> set[str]:
    keys = set()
    for template in TEMPLATES.iterdir():
        keys |= set(re.findall(r"\bt\('([a-z_]+\.[a-z_.]+)'\s*[,)]", template.read_text(encoding="utf-8")))
    return keys


def python_keys() -> set[str]:
    keys = set()
    for module in files("extract.dashboard").iterdir():
        if module.name.endswith(".py"):
            source = module.read_text(encoding="utf-8")
            keys |= set(re.findall(r'(?:plain|NotFound|BadRequest)\("([a-z_]+\.[a-z_.]+)"', source))
            keys |= set(re.findall(r'"(error\.[a-z_]+)"', source))
    return {key for key in keys if not TEMPLATES.joinpath(key).is_file()}  # error.html is a template


def test_every_key_the_dashboard_uses_has_words_in_every_language():
    strings = ui_strings()
    used = template_keys() | python_keys()
    assert len(used) > 80  # the scan finds the keys
    missing = sorted(key for key in used if key not in strings)
    assert missing == []
    assert all(set(strings[key]) == set(LANGUAGES) and all(strings[key].values()) for key in used)


@pytest.mark.parametrize(
    ("family", "codes"),
    [
        ("verdict", VERDICTS),
        ("kind", KINDS),
        ("aspect", ASPECTS),
        ("review", REVIEW_CHOICES),
        ("rule", tuple(rule.RULE for rule in RULES)),
        ("scope", tuple({rule.SCOPE for rule in RULES})),
        ("basis", (*BASES, "review")),
        ("sort", tuple(SORTS)),
        ("facet", ("kind", "aspect", "review", "subject", "metric", "year", "month", "verdict", "rule")),
        ("filter", ("kind", "aspect", "verdict", "review", "rule", "year", "month", "sort")),
        ("attached", ("claim", "span", "sentence", "overlap")),
        ("direction", ("increase", "decrease")),
        ("qualifier", tuple(QUALIFIER_LABELS)),
    ],
)
def test_every_code_the_data_keeps_has_a_name_in_every_language(family, codes):
    """A verdict, kind or rule added to the code needs its row in ui_strings.tsv: this fails until it has one."""
    missing = [code for code in codes if f"{family}.{code}" not in ui_strings()]
    assert missing == []
    assert all(UiText("zh").label(family, code) != code for code in codes)  # in Chinese words, not the code


def test_the_checks_list_facets_all_have_names():
    assert all(
        f"facet.{facet.name}" in ui_strings()
        for facet in [*CheckFilter(year="2023").check_facets(), *CheckFilter(year="2023").claim_facets()]
    )


def test_a_row_without_words_in_both_languages_is_refused(monkeypatch, tmp_path):
    import extract.dashboard.ui_text as ui_text

    broken = tmp_path / "extract" / "dashboard"
    broken.mkdir(parents=True)
    (broken / "ui_strings.tsv").write_text("key\tzh\ten\nnav.claims\t数字陈述\t\n", encoding="utf-8")
    monkeypatch.setattr(ui_text, "files", lambda _package: broken)
    ui_strings.cache_clear()
    try:
        with pytest.raises(UiStringsError, match=r"ui_strings.tsv:2: 'nav.claims' needs words in zh, en"):
            ui_strings()
    finally:
        ui_strings.cache_clear()


class VisibleText(HTMLParser):
    """The words a reader sees (text and title/placeholder/aria-label attributes), outside translate="no"
    elements (the data as stored: document names, ids, units, SQL)."""

    VOID = {"meta", "link", "input", "br", "img", "hr", "circle", "rect", "line", "polyline"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[bool] = []  # per open element: inside translate="no"
        self.words: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        untranslated = (self.stack and self.stack[-1]) or attributes.get("translate") == "no" or tag == "textarea"
        if not untranslated:
            self.words += [
                attributes[name] or "" for name in ("title", "placeholder", "aria-label") if name in attributes
            ]
        if tag not in self.VOID:
            self.stack.append(bool(untranslated))

    def handle_startendtag(self, tag, attrs):
        if not (self.stack and self.stack[-1]):
            attributes = dict(attrs)
            self.words += [
                attributes[name] or "" for name in ("title", "placeholder", "aria-label") if name in attributes
            ]

    def handle_endtag(self, tag):
        if tag not in self.VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if not (self.stack and self.stack[-1]):
            self.words.append(data)


def english_words(html: str, data_words: frozenset[str] = frozenset()) -> set[str]:
    """Latin-letter words on the page that are not the data's: a label left in English. A token with a digit,
    an underscore, a dot or a $ is an identifier or a value (2023-05, top_metrics, $subject), not a label; a
    word the stored texts hold (PH, GDP in a sentence) is the data's."""
    parser = VisibleText()
    parser.feed(html)
    tokens = re.findall(r"[A-Za-z0-9_.$%/:-]+", " ".join(parser.words))
    return {
        token
        for token in tokens
        if re.fullmatch(r"[A-Za-z]{2,}", token) and token not in PROPER_NOUNS and token not in data_words
    }


def words_of_the_data(db) -> frozenset[str]:
    """Every Latin-letter word of the stored texts and of the fields read from them."""
    con = connect(db, read_only=True)
    rows = con.execute(
        "SELECT DISTINCT unnest(regexp_extract_all(t, '[A-Za-z]+')) FROM (SELECT text AS t FROM documents"
        " UNION ALL SELECT name FROM documents UNION ALL SELECT coalesce(source, '') FROM documents)"
    ).fetchall()
    con.close()
    return frozenset(row[0] for row in rows)


def every_page(client, db) -> list[str]:
    con = connect(db, read_only=True)
    claim_id, article_id = con.execute(
        "SELECT c.claim_id, c.article_id FROM claims c JOIN check_claims USING (claim_id) ORDER BY 1 LIMIT 1"
    ).fetchone()
    reviewed = con.execute("SELECT attached_claim_id FROM current_reviews WHERE status = 'corrected'").fetchone()[0]
    qualified = con.execute("SELECT claim_id FROM claims WHERE qualifier = 'over' ORDER BY 1 LIMIT 1").fetchone()[0]
    year = con.execute("SELECT max(year(period_end)) FROM claims").fetchone()[0]
    con.close()
    examples = {"subject": "曹县", "doc": "x.txt", "metric": "暖心驿站", "limit": "5"}
    queries = [
        f"/queries/{name}?" + "&".join(f"{p}={quote(examples[p])}" for p in query.parameters)
        for name, query in named_queries().items()
    ]
    sql = quote("SELECT kind, verdict, count(*) AS n FROM claims JOIN check_claims USING (claim_id)"
                " JOIN cross_checks USING (check_id) GROUP BY ALL")  # fmt: skip
    return [
        "/", "/claims", f"/claims?year={year}", "/claims?kind=count&sort=subject,-value&review=reviewed",
        f"/claim/{claim_id}", f"/claim/{reviewed}", f"/claim/{qualified}", f"/source/{article_id}", "/metric",
        "/metric?key=暖心驿站",
        "/checks", "/checks?verdict=conflict", f"/checks?year={year}", "/queries", *queries, "/sql",
        f"/sql?sql={sql}", "/sql?sql=SELECT+%24kind", "/nowhere", "/claims?kind=bogus", "/claims?sort=zz",
        "/claims?year=20", "/source/nope", "/claim/nope", "/sql?sql=DELETE+FROM+claims", "/checks?verdict=x",
    ]  # fmt: skip


def test_no_english_label_on_a_chinese_page(client, reviewed_sample_db):
    data_words = words_of_the_data(reviewed_sample_db)
    for url in every_page(client, reviewed_sample_db):
        response = client.get(url)
        assert response.status_code in (200, 400, 404), url
        assert '<html lang="zh-CN">' in response.text, url
        assert english_words(response.text, data_words) == set(), url


def test_the_scan_sees_an_english_label():
    """The leak scan is not blind: an English heading is caught, data marked translate="no" is not."""
    assert english_words("<h1>Claims</h1><p title='sort by kind'>数量</p>") == {"Claims", "sort", "by", "kind"}
    assert english_words('<td translate="no"><a>sample.txt</a> report</td><td>2023-05 top_metrics</td>') == set()


def test_english_on_request_and_remembered(reviewed_sample_db):
    client = create_app(reviewed_sample_db).test_client()  # a browser: it keeps the cookie
    assert "数字陈述" in client.get("/claims").text
    english = client.get("/claims?lang=en")
    assert '<html lang="en">' in english.text and "<h1>Claims</h1>" in english.text
    assert "claimkb_lang=en" in english.headers["Set-Cookie"]
    assert '<html lang="en">' in client.get("/checks?verdict=conflict").text
    assert '<a href="/checks?verdict=conflict">conflict</a>' in client.get("/").text  # the next page, no ?lang
    assert "<h1>概览</h1>" in client.get("/?lang=zh").text
    assert create_app(reviewed_sample_db, language="en").test_client().get("/").text.count("<h1>Overview</h1>") == 1


@pytest.mark.parametrize(
    "url", ["/claims.json?kind=count", "/claims.csv?subject=曹县", "/checks.json", "/checks.csv?verdict=conflict",
            "/overview.json", "/metric.json?key=暖心驿站", "/queries.json", "/claims.json?kind=bogus", "/nowhere.json"],
)  # fmt: skip
def test_the_twins_are_the_same_in_both_languages(client, url):
    chinese, english = client.get(url), client.get(url + ("&" if "?" in url else "?") + "lang=en")
    assert chinese.status_code == english.status_code
    assert chinese.data == english.data


def test_chosen_language():
    assert chosen_language(None, None) == "zh"
    assert chosen_language("en", "zh") == "en"
    assert chosen_language(None, "en") == "en"
    assert chosen_language("fr", None, "en") == "en"


def test_the_named_queries_say_what_they_answer_in_chinese():
    assert all(query.description_zh and query.params_zh for query in named_queries().values())
