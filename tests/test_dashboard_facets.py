"""Facets with counts on the claims and checks lists: each value a link adding its filter whose list holds as
many rows as the facet counted; the filters chosen shown and removable; a date by year, then by month."""

import re
from urllib.parse import unquote

import pytest

from extract.dashboard import create_app
from extract.store import connect

# a facet value's link and count, as the facet panel writes them
FACET_VALUE = r'<li><a href="(/{page}\?[^"]*)">[^<]+</a> <span class="muted">(\d+)</span></li>'


@pytest.fixture(scope="module")
def client(checked_sample_db):
    return create_app(checked_sample_db).test_client(use_cookies=False)


def facet_links(html: str, page: str, facet: str) -> list[tuple[str, int]]:
    """(link, count) of every value of one facet of a page."""
    panel = re.search(rf'<div class="facet" id="facet-{facet}">(.*?)</div>', html, re.S)
    assert panel, f"no {facet} facet"
    return [
        (unquote(link.replace("&amp;", "&")), int(n)) for link, n in re.findall(FACET_VALUE.format(page=page), panel[1])
    ]


@pytest.mark.parametrize("facet", ["verdict", "rule", "subject", "metric", "year"])
def test_every_checks_facet_counts_what_its_link_lists(client, facet):
    page = client.get("/checks").text
    values = facet_links(page, "checks", facet)
    assert values
    for link, n in values[:4]:
        path, _, query = link.partition("?")
        assert client.get(f"{path}.json?{query}&page_size=1").json["total"] == n, link


@pytest.mark.parametrize("query", ["", "verdict=conflict", "rule=same_fact"])
def test_checks_claim_facets_count_each_check_once_per_value_of_its_claims(client, checked_sample_db, query):
    """Without a claim filter the subject, metric and year facets come from the values each check stores of its
    claims: the same counts as checks counted distinctly over their claims, the most first (ties by value)."""
    con = connect(checked_sample_db, read_only=True)
    where = {"": "TRUE", "verdict=conflict": "k.verdict = 'conflict'", "rule=same_fact": "k.rule = 'same_fact'"}
    expected = {}
    for facet, value in (("subject", "c.subject"), ("metric", "c.metric_key"), ("year", "year(c.period_end)")):
        rows = con.execute(
            f"SELECT CAST({value} AS VARCHAR), count(DISTINCT l.check_id) AS n FROM check_claims l"
            f" JOIN claims c USING (claim_id) JOIN cross_checks k USING (check_id) WHERE {where[query]}"
            f" AND {value} IS NOT NULL GROUP BY 1 ORDER BY " + ("1 DESC" if facet == "year" else "n DESC, 1")
        ).fetchall()
        expected[facet] = [(str(v), n) for v, n in rows][: 12 if facet == "year" else 8]
    con.close()
    page = client.get(f"/checks?{query}").text
    for facet, values in expected.items():
        assert values, facet
        assert [(unquote(link).rsplit("=", 1)[1], n) for link, n in facet_links(page, "checks", facet)] == values


def test_checks_facets_narrow_under_a_chosen_filter_and_each_filter_comes_off(client, checked_sample_db):
    con = connect(checked_sample_db, read_only=True)
    subject, checks = con.execute(
        "SELECT c.subject, count(DISTINCT l.check_id) FROM check_claims l JOIN claims c USING (claim_id)"
        " WHERE c.subject IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1"
    ).fetchone()
    con.close()
    chosen = client.get(f"/checks?subject={subject}&verdict=conflict")
    assert chosen.status_code == 200
    html = chosen.text
    # the chosen filters, each with a link that takes it off and keeps the other
    removals = dict(re.findall(r'<a class="chosen" href="([^"]+)" title="移除此筛选">([^<]+) ×</a>', html))
    assert {unquote(link.replace("&amp;", "&")) for link in removals} == {
        "/checks?verdict=conflict",
        f"/checks?subject={subject}",
    }
    assert "矛盾" in removals.values()  # the verdict by its Chinese name
    # under both filters, every verdict value counted is the one chosen
    assert [link for link, _ in facet_links(html, "checks", "verdict")] == [
        f"/checks?subject={subject}&verdict=conflict"
    ]
    total = client.get(f"/checks.json?subject={subject}").json["total"]
    assert total == checks


def test_a_date_facet_goes_from_year_to_month(client):
    claims = client.get("/claims").text
    years = facet_links(claims, "claims", "year")
    assert years and all(re.fullmatch(r"/claims\?year=\d{4}", link) for link, _ in years)
    assert [link for link, _ in years] == sorted((link for link, _ in years), reverse=True)  # latest first
    link, n = years[0]
    year = link.rsplit("=", 1)[1]
    assert client.get(f"/claims.json?year={year}&page_size=1").json["total"] == n
    by_year = client.get(link).text
    months = facet_links(by_year, "claims", "month")
    assert months and sum(count for _, count in months) == n
    month_link, month_n = months[0]
    assert month_link.startswith(f"/claims?year={year}&month={year}-")
    assert client.get(month_link.replace("/claims?", "/claims.json?")).json["total"] == month_n
    # taking the year off takes its month with it
    chosen = client.get(month_link).text
    removal = re.search(rf'<a class="chosen" href="([^"]+)" title="[^"]+">{year} ×</a>', chosen)
    assert removal and removal[1] == "/claims"
    # the checks list has the same date facets
    checks_years = facet_links(client.get("/checks").text, "checks", "year")
    assert checks_years


@pytest.mark.parametrize("url", ["/claims?year=23", "/claims?month=2023-13", "/checks?year=abcd", "/checks?month=2023"])
def test_a_date_filter_that_is_none_is_refused(client, url):
    assert client.get(url).status_code == 400
    path, _, query = url.partition("?")
    assert client.get(f"{path}.json?{query}").status_code == 400


def test_facets_are_computed_for_the_html_page_only(client, monkeypatch):
    from extract.dashboard import facets

    calls = []
    original = facets.facet_counts
    monkeypatch.setattr("extract.dashboard.pages.facet_counts", lambda *a, **k: calls.append(1) or original(*a, **k))
    client.get("/checks.json")
    client.get("/checks.csv")
    assert calls == []
    client.get("/checks")
    assert calls  # the HTML page counts its facets


def test_the_review_status_is_a_facet_once_decisions_exist(client, reviewed_sample_db):
    plain = client.get("/claims").text
    assert "review=unreviewed" not in plain and "facet-kind" in plain  # no decision yet: every claim unreviewed
    reviewed = create_app(reviewed_sample_db).test_client(use_cookies=False)
    html = reviewed.get("/claims").text
    statuses = facet_links(html, "claims", "review")
    assert {link.rsplit("=", 1)[1] for link, _ in statuses} == {"unreviewed", "confirmed", "rejected", "corrected"}
    for link, n in statuses:
        assert reviewed.get(link.replace("/claims?", "/claims.json?") + "&page_size=1").json["total"] == n, link
    assert re.search(r'<a href="/claims\?review=confirmed">已确认</a>', html)
