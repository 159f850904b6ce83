"""The dashboard through Flask's test client: every page and twin on real data, filters bound,
read-only, clear errors. Pages are in Chinese unless ?lang=en: a test of the English words asks for them.
(The browser tests in tests/browser/ drive the same pages in Chromium.)"""

import io
import re
from pathlib import Path

import pandas as pd
import pytest
from markupsafe import escape

from extract.dashboard import create_app
from extract.dashboard.pages import mark_claims
from extract.dashboard.ui_text import UiText
from extract.store import connect

PAGES = ["/", "/claims", "/metric", "/metric?key=暖心驿站", "/checks", "/checks?verdict=consistent", "/queries",
         "/queries/claims_by_subject?subject=曹县", "/queries/top_metrics?limit=5"]  # fmt: skip


@pytest.fixture(scope="module")
def db(checked_sample_db) -> Path:
    return checked_sample_db


@pytest.fixture(scope="module")
def client(db):
    return create_app(db).test_client(use_cookies=False)  # each request in the language it asks for


def csv_of(response) -> pd.DataFrame:
    assert response.data.startswith("\ufeff".encode())
    return pd.read_csv(io.BytesIO(response.data), encoding="utf-8-sig")


@pytest.mark.parametrize("url", PAGES)
def test_every_page_and_its_twins_answer(client, url):
    page = client.get(url)
    assert page.status_code == 200 and "claimkb" in page.text
    path, _, query = url.partition("?")
    path = "/overview" if path == "/" else path
    for fmt in ("csv", "json"):
        twin = client.get(f"{path}.{fmt}" + (f"?{query}" if query else ""))
        assert twin.status_code == 200, (url, fmt)
    assert client.get(f"{path}.json" + (f"?{query}" if query else "")).json["tables"]


def test_overview_counts_match_the_database(client, db):
    data = client.get("/overview.json").json["tables"]
    con = connect(db, read_only=True)
    claims = con.execute("SELECT count(*) FROM claims").fetchone()[0]
    conflicts = con.execute("SELECT count(*) FROM cross_checks WHERE verdict = 'conflict'").fetchone()[0]
    con.close()
    totals = {row["name"]: row["count"] for row in data["summary"] if row["section"] == "total"}
    assert totals["claims"] == claims
    assert {row["verdict"]: row["checks"] for row in data["verdicts"]}["conflict"] == conflicts > 0
    page = client.get("/").text
    assert "<svg" in page and "菏泽市" in page


def test_subject_filter_takes_in_the_places_below(client):
    city = csv_of(client.get("/claims.csv?subject=菏泽市&page_size=1000"))
    county = csv_of(client.get("/claims.csv?subject=定陶区&page_size=1000"))
    assert len(county) and set(county["claim_id"]) < set(city["claim_id"])
    assert "定陶区" in set(city["subject"]) and "曹县" in set(city["subject"])
    assert not {"单县公安局"} - set(city["subject"])  # an organisation in a county of the city


def test_filters_combine_and_sort(client):
    rows = client.get("/claims.json?kind=money&sort=value&order=desc&page_size=1000").json["tables"]["claims"]
    assert rows and all(r["kind"] == "money" for r in rows)
    assert [r["value"] for r in rows] == sorted((r["value"] for r in rows), reverse=True)
    conflicted = client.get("/claims.json?verdict=conflict&page_size=1000").json["tables"]["claims"]
    assert conflicted and len(conflicted) < len(client.get("/claims.json?page_size=1000").json["tables"]["claims"])
    found = client.get("/claims.json?q=驿站").json["tables"]["claims"]
    assert found and all("驿站" in r["sentence"] for r in found)


def test_paging_is_bounded(client):
    first = client.get("/claims.json?page_size=10").json["tables"]["claims"]
    second = client.get("/claims.json?page_size=10&page=2").json["tables"]["claims"]
    assert len(first) == len(second) == 10 and not {r["claim_id"] for r in first} & {r["claim_id"] for r in second}
    huge = client.get("/claims.json?page_size=100000000").json["tables"]["claims"]
    assert len(huge) <= 1000
    assert client.get("/claims?page=999999").status_code == 200
    assert client.get("/claims?page=abc&page_size=-5").status_code == 200


@pytest.mark.parametrize(
    "query",
    ["subject=x' OR 1=1 --", "metric=%'; DROP TABLE claims; --", "q=' UNION SELECT text FROM documents --",
     "sort=value; DROP TABLE claims", "kind=count' OR '1'='1", "verdict=conflict'--"],
)  # fmt: skip
def test_parameters_are_bound_never_formatted(client, db, query):
    response = client.get(f"/claims.json?{query}")
    # a free-text filter is bound and finds nothing; a choice (sort, kind, verdict) that is none is refused
    assert response.status_code == (400 if query.startswith(("sort", "kind", "verdict")) else 200)
    con = connect(db, read_only=True)
    assert con.execute("SELECT count(*) FROM claims").fetchone()[0] > 0
    con.close()
    if query.startswith(("subject", "metric", "q=")):
        assert response.json["tables"]["claims"] == []


def test_source_page_highlights_every_claim_of_the_article(client):
    claim = client.get("/claims.json?subject=曹县").json["tables"]["claims"][0]
    page = client.get(f"/source/{claim['article_id']}")
    assert page.status_code == 200
    assert f'id="claim-{claim["claim_id"]}"' in page.text
    listed = client.get(f"/source/{claim['article_id']}.json").json["tables"]["claims"]
    assert page.text.count('<mark id="claim-') == len(listed)


def test_mark_claims_escapes_text_and_keeps_offsets():
    rows = pd.DataFrame(
        [{"claim_id": "a1", "start_offset": 22, "end_offset": 26, "value": 465.0, "value_high": None, "unit": "处",
          "qualifier": None, "mention": "465处", "kind": "count", "metric": "驿站<b>", "subject": "菏泽市",
          "aspect": None, "page": None}]
    )  # fmt: skip
    english = UiText("en")
    marked = str(mark_claims("<b>标题</b>\n驿站465处。", 10, rows, english))
    assert marked.startswith("&lt;b&gt;标题&lt;/b&gt;<br>")
    assert '<mark id="claim-a1" class="claim" title="465 处 · count · 驿站&lt;b&gt; · 菏泽市">465处</mark>' in marked
    paged = str(mark_claims("<b>标题</b>\n驿站465处。", 10, rows.assign(page=3), english))
    assert 'title="465 处 · count · 驿站&lt;b&gt; · 菏泽市 · p. 3"' in paged
    stock = str(mark_claims("<b>标题</b>\n驿站465处。", 10, rows.assign(aspect="stock", page=3), english))
    assert 'title="465 处 · count · 驿站&lt;b&gt; · 菏泽市 · stock · p. 3"' in stock
    # a subject carried from an earlier sentence says so; one its own clause states does not
    carried = str(
        mark_claims(
            "<b>标题</b>\n驿站465处。", 10, rows.assign(subject_basis="carried", metric_basis="clause"), english
        )
    )
    assert 'title="465 处 · count · 驿站&lt;b&gt; · 菏泽市 (carried)"' in carried
    # in Chinese, the page's default
    chinese = str(mark_claims("<b>标题</b>\n驿站465处。", 10, rows.assign(aspect="stock", page=3), UiText("zh")))
    assert 'title="465 处 · 数量 · 驿站&lt;b&gt; · 菏泽市 · 存量 · 第 3 页"' in chinese


def test_claims_show_their_aspect_and_filter_by_it(client):
    running = client.get("/claims.json?aspect=cumulative&page_size=1000").json["tables"]["claims"]
    assert running and {c["aspect"] for c in running} == {"cumulative"}
    assert "累计建成充电桩" in " ".join(c["sentence"] for c in running)
    everything = client.get("/claims.json?page_size=1000").json["tables"]["claims"]
    assert everything and client.get("/claims.json?aspect=nonsense&page_size=1000").status_code == 400
    page = client.get("/claims?aspect=cumulative&lang=en").text
    assert 'title="sort by aspect">aspect</a>' in page and "<td>cumulative</td>" in page
    source = client.get(f"/source/{running[0]['article_id']}?lang=en")
    assert "<th>aspect</th>" in source.text and "· cumulative" in source.text
    assert "<td>累计</td>" in client.get("/claims?aspect=cumulative").text


def test_checks_page_shows_both_sides_and_the_arithmetic(client):
    data = client.get("/checks.json?verdict=conflict").json["tables"]["checks"]
    assert data and all(len(k["claims"]) >= 2 or k["rule"] == "change_levels" for k in data)
    page = client.get("/checks?verdict=conflict&lang=en").text
    assert "expected" in page and data[0]["explanation_zh"] in page and escape(data[0]["explanation_en"]) in page
    chinese = client.get("/checks?verdict=conflict").text
    assert "应为" in chinese and data[0]["explanation_zh"] in chinese


def test_unknown_pages_and_missing_database(client, tmp_path):
    assert client.get("/source/nope").status_code == 404
    assert client.get("/queries/nope").status_code == 404
    missing = create_app(tmp_path / "none.duckdb").test_client().get("/")
    assert missing.status_code == 503 and "no such database" in missing.text


def test_a_running_dashboard_does_not_lock_out_ingest(client, db):
    client.get("/claims")
    con = connect(db)  # a writer can open the file between requests
    con.close()


def test_checks_page_shows_every_verdict_unless_one_is_chosen(client, db):
    con = connect(db, read_only=True)
    total = con.execute("SELECT count(*) FROM cross_checks").fetchone()[0]
    con.close()
    everything = client.get("/checks.json?page_size=1000").json["tables"]["checks"]
    assert len(everything) == min(total, 1000) and len({k["verdict"] for k in everything}) > 1
    page = client.get("/checks?lang=en").text
    assert "all verdicts" in page and '<option value="">any</option>' in page


def test_checks_page_lists_each_check_with_its_claims_in_order(client, db):
    """Each check of a page (most documents first) with its claims in their order in the check, each with its
    sentence and document, as the tables hold them; a page, a filter and one that no check passes."""
    con = connect(db, read_only=True)
    expected = con.execute(
        "SELECT k.check_id, k.verdict, list(c.claim_id ORDER BY l.position),"
        " list([c.sentence, d.name, CAST(d.date AS VARCHAR)] ORDER BY l.position)"
        " FROM cross_checks k JOIN check_claims l USING (check_id) JOIN claims c USING (claim_id)"
        " JOIN documents d ON d.doc_id = c.doc_id"
        " GROUP BY ALL ORDER BY max(k.n_documents) DESC, max(k.rule), k.check_id"
    ).fetchall()
    con.close()
    assert len(expected) > 3

    def listed(url: str) -> list[tuple]:
        rows = client.get(url).json["tables"]["checks"]
        return [
            (
                row["check_id"],
                row["verdict"],
                row["claim_ids"],
                [[c["sentence"], c["doc"], c["date"] and c["date"][:10]] for c in row["claims"]],
            )
            for row in rows
        ]

    assert listed("/checks.json?page_size=1000") == [tuple(row) for row in expected]
    assert listed("/checks.json?page_size=2&page=2") == [tuple(row) for row in expected[2:4]]
    conflicts = [tuple(row) for row in expected if row[1] == "conflict"]
    assert conflicts and listed("/checks.json?verdict=conflict&page_size=1000") == conflicts
    assert listed("/checks.json?subject=nowhere") == []


def test_metric_index_lists_the_hundred_keys_with_most_claims(db, tmp_path):
    """The metrics page without a key: the 100 keys with most claims (ties by key), each with its claims, places
    and documents counted; here over 130 keys, many tied, so the cut at 100 falls inside a tie."""
    copy = tmp_path / "kb.duckdb"
    copy.write_bytes(db.read_bytes())
    con = connect(copy)
    con.execute(
        "INSERT INTO claims SELECT c.* REPLACE (c.claim_id || '-' || i || '-' || j AS claim_id,"
        " 'key' || i AS metric_key, CASE WHEN j % 2 = 0 THEN c.subject ELSE 'elsewhere' END AS subject)"
        " FROM (SELECT * FROM claims WHERE metric_key IS NOT NULL LIMIT 1) c, range(130) AS r(i), range(4) AS s(j)"
        " WHERE j <= i % 4"
    )
    expected = con.execute(
        "SELECT metric_key, count(*), count(DISTINCT subject), count(DISTINCT doc_id) FROM claims"
        " WHERE metric_key IS NOT NULL GROUP BY metric_key ORDER BY count(*) DESC, metric_key LIMIT 100"
    ).fetchall()
    con.close()
    listed = create_app(copy).test_client().get("/metric.json").json["tables"]["metrics"]
    assert [(m["metric_key"], m["claims"], m["subjects"], m["documents"]) for m in listed] == expected
    assert len(listed) == 100 and any(m["subjects"] == 2 for m in listed)


def test_checks_page_refuses_an_unknown_verdict(client):
    response = client.get("/checks?verdict=bogus&lang=en")
    assert response.status_code == 400 and "unknown verdict" in response.text and "conflict" in response.text
    chinese = client.get("/checks?verdict=bogus")
    assert chinese.status_code == 400 and "核查结论没有" in chinese.text and "conflict" in chinese.text
    assert client.get("/checks.json?verdict=bogus").status_code == 400


@pytest.mark.parametrize("url", ["/claims", "/claims?page_size=200", "/checks", "/metric?key=暖心驿站", "/source/x"])
def test_pages_show_no_pandas_placeholders(client, url):
    if url == "/source/x":
        claim = client.get("/claims.json?subject=曹县").json["tables"]["claims"][0]
        url = f"/source/{claim['article_id']}"
    text = client.get(url).text
    for placeholder in (">nan<", "nan ", " nan", "NaT", "None", "<NA>"):
        assert placeholder not in text, (url, placeholder)


def test_claims_page_shows_qualifiers_as_written(client):
    page = client.get("/claims?page_size=1000").text
    assert ">over " not in page and ">approx " not in page and ">under " not in page
    # the figure as the text wrote it (1000余名, 80%以上), its exact value on hover
    assert re.search(r'title="[0-9.]+(–[0-9.]+)? [^"]*">[^<]*(余|以上|约|近|超过)[^<]*</td>', page)


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/queries/claims_by_subject.json?subject=5", 200),  # a text parameter stays text: no INT32 cast
        ("/queries/top_metrics.json?limit=abc", 400),  # an integer parameter that is none: a clear 400
        ("/queries/top_metrics.json?limit=3", 200),
    ],
)
def test_query_parameters_take_their_declared_types(client, url, status):
    assert client.get(url).status_code == status


@pytest.mark.parametrize(
    ("url", "status"),
    [("/nowhere.json", 404), ("/source/nope.json", 404), ("/checks.json?verdict=bogus", 400),
     ("/queries/top_metrics.json?limit=abc", 400)],
)  # fmt: skip
def test_json_twins_answer_errors_in_json_with_their_status(client, url, status):
    response = client.get(url)
    assert response.status_code == status and response.is_json
    assert response.json["status"] == status and response.json["message"]


def test_a_failed_database_is_a_503_in_json_too(tmp_path):
    from extract.dashboard import create_app

    response = create_app(tmp_path / "missing.duckdb").test_client().get("/claims.json")
    assert response.status_code == 503 and response.is_json


def test_the_source_view_of_a_pdf_shows_each_claims_page(tmp_path, make_pdf):
    from extract.ingest import ingest

    pdf = make_pdf(tmp_path / "report.pdf", [["全市新建暖心驿站16处。"], ["全市新建城市书房52个。"]])
    db = tmp_path / "kb.duckdb"
    ingest([str(pdf)], db, region="菏泽市", progress=False)
    con = connect(db)
    article = con.execute("SELECT article_id FROM claims WHERE mention = '52个'").fetchone()[0]
    con.close()
    page = create_app(db).test_client().get(f"/source/{article}?lang=en").text
    assert "<th>page</th>" in page and "· p. 2" in page


@pytest.mark.parametrize("url", ["/claims?kind=bogus", "/claims?verdict=nope", "/claims?aspect=x", "/claims?sort=zz"])
def test_the_claims_list_refuses_an_unknown_filter(client, url):
    response = client.get(f"{url}&lang=en")
    assert response.status_code == 400 and "unknown" in response.text and "choose one of" in response.text
    path, _, query = url.partition("?")
    assert client.get(f"{path}.json?{query}").status_code == 400
    assert client.get(url).status_code == 400 and "可选" in client.get(url).text


@pytest.mark.parametrize(
    "query", ["", "verdict=conflict", "subject=菏泽市", "kind=count&year=2024", "metric=驿站&sort=-value", "q=nowhere"]
)
def test_the_claims_lists_total_is_the_rows_it_lists(client, query):
    """The total a claims list says (its pages, its twins') is the number of claims it lists under its filters."""
    listed = client.get(f"/claims.json?{query}&page_size=1000").json
    assert listed["total"] == len(listed["tables"]["claims"]) < 1000
    assert len({row["claim_id"] for row in listed["tables"]["claims"]}) == listed["total"]


def test_the_claims_list_by_verdict_is_every_claim_with_a_check_of_that_verdict(client, db):
    con = connect(db, read_only=True)
    verdicts = dict(
        con.execute(
            "SELECT k.verdict, list(DISTINCT l.claim_id ORDER BY l.claim_id) FROM cross_checks k"
            " JOIN check_claims l USING (check_id) JOIN claims c USING (claim_id) GROUP BY k.verdict"
        ).fetchall()
    )
    con.close()
    assert len(verdicts) > 2
    for verdict, claim_ids in verdicts.items():
        listed = client.get(f"/claims.json?verdict={verdict}&page_size=1000").json["tables"]["claims"]
        assert sorted(row["claim_id"] for row in listed) == claim_ids, verdict


def test_a_paged_json_twin_says_the_total_the_page_size_and_the_next_page(client):
    first = client.get("/claims.json?page_size=5&kind=count").json
    assert first["page"] == 1 and first["page_size"] == 5 and first["total"] > 5
    assert first["next"].startswith("/claims.json?") and "page=2" in first["next"] and "kind=count" in first["next"]
    second = client.get(first["next"]).json
    assert second["page"] == 2 and second["tables"]["claims"] != first["tables"]["claims"]


def test_a_check_with_an_infinite_tolerance_shows_and_its_csv_cells_are_plain(tmp_path):
    import shutil

    from extract.checks.runner import run_checks
    from extract.ingest import ingest

    db = tmp_path / "kb.duckdb"
    pages = tmp_path / "pages"
    pages.mkdir()
    # two figures written 超过60亿元: their interval has no upper end, so the verdict's tolerance is infinite
    (pages / "a.txt").write_text("2023年，菏泽市招商引资超过60亿元。", encoding="utf-8")
    (pages / "b.txt").write_text("2023年，菏泽市招商引资超过60亿元。\n\n另讯。", encoding="utf-8")
    ingest([str(pages)], str(db), progress=False)
    con = connect(db)
    run_checks(con)
    assert con.execute("SELECT count(*) FROM cross_checks WHERE isinf(tolerance)").fetchone()[0] >= 1
    con.close()
    client = create_app(db).test_client()
    for url in ("/checks", "/checks?verdict=corroborated", "/checks?rule=same_fact"):
        assert client.get(url).status_code == 200, url
    table = csv_of(client.get("/checks.csv"))
    for column in table.columns:
        cells = table[column].dropna().astype(str)
        assert not cells.str.contains(r"^\[.*\]$|\n|\{'", regex=True).any(), column
    shutil.rmtree(pages)


def test_the_sql_box_runs_one_reading_statement_with_its_parameters(client):
    from urllib.parse import quote

    sql = "SELECT subject, count(*) AS n FROM claims WHERE kind = $kind GROUP BY subject ORDER BY n DESC"
    form = client.get(f"/sql?sql={quote(sql)}&lang=en")
    assert form.status_code == 200 and 'name="kind"' in form.text and "Fill in the parameters" in form.text
    rows = client.get(f"/sql.json?sql={quote(sql)}&kind=count").json
    assert rows["tables"]["rows"] and rows["total"] >= 1 and rows["tables"]["rows"][0]["n"] >= 1
    assert csv_of(client.get(f"/sql.csv?sql={quote(sql)}&kind=count"))["n"].sum() > 0
    # a named query opens in it
    assert "/sql?sql=" in client.get("/queries/top_metrics").text


@pytest.mark.parametrize(
    ("sql", "reason"),
    [
        ("DELETE FROM claims", "only statements that read"),
        ("COPY claims TO 'out.csv'", "only statements that read"),
        ("SELECT 1; SELECT 2", "one statement at a time"),
        ("SELECT * FROM read_csv('/etc/hostname')", ""),
    ],
)
def test_the_sql_box_refuses_what_does_not_only_read(client, db, sql, reason):
    from urllib.parse import quote

    response = client.get(f"/sql?sql={quote(sql)}")
    assert response.status_code == 400 and reason in response.text
    assert client.get(f"/sql.json?sql={quote(sql)}").status_code == 400
    con = connect(db, read_only=True)
    assert con.execute("SELECT count(*) FROM claims").fetchone()[0] > 0
    con.close()


def test_the_sql_box_stops_a_query_at_its_time_limit(client, monkeypatch):
    from urllib.parse import quote

    from extract.dashboard import pages

    monkeypatch.setattr(pages, "SQL_SECONDS", 0.3)
    slow = "SELECT count(*) FROM range(100000000000) a"
    response = client.get(f"/sql?sql={quote(slow)}&lang=en")
    assert response.status_code == 400 and "stopped after" in response.text


def test_cells_that_name_a_claim_an_article_a_place_or_a_metric_link_to_its_page(client):
    from urllib.parse import quote

    page = client.get("/sql?sql=" + quote("SELECT claim_id, article_id, subject, metric_key FROM claims LIMIT 3")).text
    assert page.count('href="/claim/') >= 3 and page.count('href="/source/') >= 3
    assert 'href="/claims?subject=' in page and 'href="/metric?key=' in page
    claim = client.get("/claims.json?page_size=1").json["tables"]["claims"][0]
    assert client.get(f"/claim/{claim['claim_id']}").status_code == 200


def test_the_claims_list_has_facets_with_counts_that_add_and_remove_filters(client):
    import re

    page = client.get("/claims?kind=count").text
    assert 'title="移除此筛选">数量 ×</a>' in page and 'href="/claims"' in page
    facet = r'<li><a href="/claims\?kind=count&amp;{}=([^"]+)">([^<]+)</a> <span class="muted">(\d+)</span>'
    aspects = re.findall(facet.format("aspect"), page)
    assert aspects
    value, _, n = aspects[0]
    # the count an exact facet shows is what its link lists
    assert client.get(f"/claims.json?kind=count&aspect={value}&page_size=1").json["total"] == int(n)
    # a place's count is its own claims; its link lists the places below it too
    place, _, n = re.findall(facet.format("subject"), page)[0]
    assert client.get(f"/claims.json?kind=count&subject={place}&page_size=1").json["total"] >= int(n)


def test_every_column_sorts_and_several_columns_sort_in_turn(client):
    rows = client.get("/claims.json?sort=unit,-value&page_size=1000").json["tables"]["claims"]
    keys = [(r["unit"], -r["value"]) for r in rows]
    assert keys == sorted(keys)  # by unit, then by value descending within it: values of one unit only
    page = client.get("/claims?sort=subject").text
    assert 'class="sort" href="/claims?sort=-subject"' in page and "sort=subject%2Cmetric" in page
    assert client.get("/claims?sort=subject,-nonsense").status_code == 400


def test_a_claims_page_shows_how_it_was_found_and_its_checks_with_the_other_claims(client, db):
    con = connect(db, read_only=True)
    claim_id, others = con.execute(
        "SELECT l.claim_id, count(*) - 1 FROM check_claims l JOIN check_claims m USING (check_id)"
        " GROUP BY l.claim_id, l.check_id ORDER BY 2 DESC, 1 LIMIT 1"
    ).fetchone()
    con.close()
    page = client.get(f"/claim/{claim_id}?lang=en").text
    assert "how it was found" in page and '<mark class="claim">' in page and "Its checks" in page
    checks = client.get(f"/claim/{claim_id}.json").json["tables"]["checks"]
    assert len(checks) >= others >= 1 and all(row["claim_id"] != claim_id for row in checks)
