"""A user's paths through the dashboard in headless Chromium."""

import json
import urllib.request
from urllib.parse import quote

import pandas as pd


def twin(url: str) -> dict:
    with urllib.request.urlopen(url) as response:
        return json.loads(response.read().decode("utf-8"))


def test_filter_claims_by_a_county(page, server):
    page.goto(f"{server}/claims")
    page.fill("input[name=subject]", "定陶区")
    page.select_option("select[name=kind]", "count")
    page.click("#apply")
    page.wait_for_url("**/claims?*subject=*")
    rows = page.locator("table.claims tr").count() - 1
    expected = twin(f"{server}/claims.json?subject=%E5%AE%9A%E9%99%B6%E5%8C%BA&kind=count")["tables"]["claims"]
    assert rows == len(expected) > 0
    assert page.input_value("input[name=subject]") == "定陶区"


def test_open_a_claims_source_with_the_claim_highlighted(page, server):
    page.goto(f"{server}/claims?subject=曹县")
    mention = page.locator("table.claims tr >> nth=1").locator("td.sentence").inner_text()
    page.click("a.source-link >> nth=0")
    page.wait_for_url("**/source/**#claim-*")
    target = page.locator("mark:target")
    assert target.count() == 1 and target.is_visible()
    assert target.inner_text() in mention
    assert "·" in target.get_attribute("title")  # value · kind · metric · subject


def test_follow_a_conflict_to_its_sources(page, server):
    page.goto(server)
    page.click("a[href='/checks?verdict=conflict']")
    page.wait_for_url("**/checks?verdict=conflict")
    first = page.locator(".check >> nth=0")
    assert "矛盾" in first.inner_text() and "应为" in first.inner_text()  # conflict, expected: in Chinese
    sentences = first.locator(".claim")
    assert sentences.count() >= 1
    first.locator("a.source-link >> nth=0").click()
    page.wait_for_url("**/source/**")
    assert page.locator("mark:target").count() == 1


def test_download_the_claims_page_as_csv(page, server, tmp_path):
    page.goto(f"{server}/claims?subject=曹县")
    shown = page.locator("table.claims tr").count() - 1
    with page.expect_download() as download:
        page.click("#twin-csv")
    path = tmp_path / "claims.csv"
    download.value.save_as(path)
    frame = pd.read_csv(path, encoding="utf-8-sig")
    assert len(frame) == shown > 0
    assert frame["subject"].str.contains("曹县").any()


def test_chinese_text_renders_as_glyphs_not_boxes(page, server, tmp_path):
    """Missing fonts draw every character as the same empty box: two different characters must
    give different pictures, and the page's screenshot is kept for a look."""
    page.goto(server)
    page.screenshot(path=str(tmp_path / "overview.png"), full_page=True)
    page.evaluate(
        """() => { for (const [id, ch] of [['g1', '菏'], ['g2', '泽'], ['g3', '菏']]) {
              const s = document.createElement('span'); s.id = id; s.textContent = ch;
              s.style.fontSize = '64px'; s.style.display = 'inline-block'; document.body.prepend(s); } }"""
    )
    first, second, again = (page.locator(f"#{i}").screenshot() for i in ("g1", "g2", "g3"))
    assert first == again  # the comparison is stable
    assert first != second  # and the two characters are drawn differently: real glyphs
    chart_label = page.locator("svg.chart text", has_text="菏泽市").first
    assert chart_label.bounding_box()["width"] > 30  # three characters wide, not collapsed


def test_no_page_breaks_the_content_security_policy(page, server):
    """The dashboard sends a strict policy (no inline script or style): Chromium reports on the console
    everything it refuses under it, and the stylesheet still applies."""
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    for path in ("/", "/claims?subject=曹县", "/metric?key=暖心驿站", "/checks?verdict=conflict", "/queries",
                 "/queries/top_metrics?limit=5"):  # fmt: skip
        page.goto(f"{server}{path}")
    page.goto(f"{server}/claims?subject=曹县")
    page.click("a.source-link >> nth=0")
    page.wait_for_url("**/source/**")
    assert [text for text in console if "Content Security Policy" in text] == []
    header = page.evaluate("getComputedStyle(document.querySelector('header')).backgroundColor")
    assert header == "rgb(36, 64, 95)"  # style.css's #24405f: the stylesheet was let in


def test_the_dashboard_speaks_chinese_and_switches_to_english(page, server, screenshots):
    page.goto(f"{server}/claims?kind=count")
    assert page.locator("h1").inner_text() == "数字陈述"
    assert "概览" in page.locator("header").inner_text() and page.locator("#language").inner_text() == "English"
    assert page.locator("select[name=kind] option:checked").inner_text() == "数量"
    page.screenshot(path=str(screenshots / "claims_zh.png"), full_page=False)
    page.click("#language")
    page.wait_for_url("**/claims?*lang=en*")
    assert page.locator("h1").inner_text() == "Claims"
    assert page.locator("select[name=kind] option:checked").inner_text() == "count"
    page.click("header a[href='/checks']")  # a link without ?lang: the choice is remembered
    page.wait_for_url("**/checks")
    assert page.locator("h1").inner_text() == "Cross-checks: all verdicts"
    assert page.locator("html").get_attribute("lang") == "en"
    page.screenshot(path=str(screenshots / "checks_en.png"), full_page=False)
    page.click("#language")
    page.wait_for_url("**/checks?lang=zh")
    assert page.locator("h1").inner_text() == "交叉核查：全部结论"
    # the twins are the same whichever language the page is in
    assert twin(f"{server}/checks.json?lang=en") == twin(f"{server}/checks.json")


def facet_value(page, facet: str, nth: int = 0):
    """The nth value link of a facet and the count beside it."""
    item = page.locator(f"#facet-{facet} li").nth(nth)
    return item.locator("a"), int(item.locator(".muted").inner_text())


def test_checks_facets_add_filters_that_show_and_come_off(page, server, screenshots):
    page.goto(f"{server}/checks")
    link, n = facet_value(page, "verdict")
    name = link.inner_text()
    link.click()
    page.wait_for_url("**/checks?verdict=*")
    verdict = page.url.rsplit("=", 1)[1]
    assert twin(f"{server}/checks.json?verdict={verdict}")["total"] == n
    assert page.locator(".check").count() == min(n, 20)
    assert page.locator("#facet-verdict a.chosen").inner_text() == f"{name} ×"
    link, n = facet_value(page, "subject")
    subject = link.inner_text()
    link.click()
    page.wait_for_url("**/checks?verdict=*&subject=*")
    assert page.locator(".check").count() == min(n, 20)
    assert all(subject in text for text in page.locator(".check").all_inner_texts())
    page.screenshot(path=str(screenshots / "checks_facets.png"), full_page=True)
    page.locator("#facet-verdict a.chosen").click()  # the verdict comes off, the subject stays
    page.wait_for_url("**/checks?subject=*")
    assert "verdict=" not in page.url and page.locator("#facet-subject a.chosen").count() == 1


def test_claims_by_the_year_then_the_month_their_period_ends(page, server, screenshots):
    page.goto(f"{server}/claims")
    link, n = facet_value(page, "year")
    year = link.inner_text()
    link.click()
    page.wait_for_url(f"**/claims?year={year}")
    assert f"{n} 行" in page.locator(".paging span").first.inner_text()  # as many claims as the facet counted
    month, m = facet_value(page, "month")
    assert month.inner_text().startswith(f"{year}-")
    month.click()
    page.wait_for_url(f"**/claims?year={year}&month={year}-*")
    assert page.locator("table.claims tr").count() - 1 == min(m, 50)
    page.screenshot(path=str(screenshots / "claims_by_month.png"), full_page=False)
    page.locator("#facet-year a.chosen").click()  # the year comes off with its month
    page.wait_for_url("**/claims")


def test_claims_by_review_status_once_decisions_exist(page, reviewed_server, screenshots):
    page.goto(f"{reviewed_server}/claims")
    statuses = dict(zip(page.locator("#facet-review li a").all_inner_texts(),
                        page.locator("#facet-review li .muted").all_inner_texts(), strict=True))  # fmt: skip
    assert statuses["已确认"] == statuses["已否决"] == statuses["已更正"] == "1"
    page.locator("#facet-review li a", has_text="已更正").click()
    page.wait_for_url("**/claims?review=corrected")
    rows = page.locator("table.claims tr")
    assert rows.count() == 2 and "已更正" in rows.nth(1).inner_text() and "时期" in rows.nth(1).inner_text()
    page.screenshot(path=str(screenshots / "claims_reviewed.png"), full_page=False)


def test_sort_the_claims_by_value_within_their_unit_then_by_subject(page, server):
    page.goto(f"{server}/claims?subject=菏泽市")
    page.locator("th a.sort", has_text="数值").click()  # value, largest first
    page.wait_for_url("**/claims?*sort=-value*")
    rows = twin(f"{server}/claims.json?subject=%E8%8F%8F%E6%B3%BD%E5%B8%82&sort=-value")["tables"]["claims"]
    shown = [cell.strip() for cell in page.locator("table.claims td.number").all_inner_texts()]
    assert shown == [row["mention"] for row in rows] and len(shown) > 1
    by_unit: dict[str, list[float]] = {}
    for row in rows:
        by_unit.setdefault(row["unit"], []).append(row["value"])
    assert all(values == sorted(values, reverse=True) for values in by_unit.values())
    page.locator("th a.then-sort").nth(0).click()  # + subject: sorted by value, then by subject
    page.wait_for_url("**/claims?*sort=-value%2Csubject*")


def test_a_claims_page_shows_every_field_and_its_checks(page, server):
    page.goto(f"{server}/claims?subject=曹县")
    page.locator("a.review-link").first.click()
    page.wait_for_url("**/claim/*")
    fields = page.locator("table").first.inner_text()
    for field in ("主体", "指标", "数值", "单位", "时期", "口径"):
        assert field in fields
    assert page.locator("p.sentence mark").count() == 1  # the figure marked in its sentence
    claim_id = page.url.rsplit("/", 1)[1]
    assert twin(f"{server}/claim/{claim_id}.json")["tables"]["claim"][0]["claim_id"] == claim_id


def test_the_sql_box_runs_a_reading_statement_and_refuses_a_writing_one(page, server):
    page.goto(f"{server}/sql")
    page.fill("textarea[name=sql]", "SELECT subject, count(*) AS claims FROM claims GROUP BY subject ORDER BY 2 DESC")
    page.click("form.sql button[type=submit]")
    page.wait_for_url("**/sql?sql=*")
    assert page.locator("table tr").count() > 2
    assert page.locator("table a[href^='/claims?subject=']").count() > 0  # subjects link to their claims
    page.goto(f"{server}/sql")
    page.fill("textarea[name=sql]", "DELETE FROM claims")
    page.click("form.sql button[type=submit]")
    page.wait_for_url("**/sql?sql=*")
    assert page.locator(".error").count() == 1
    assert twin(f"{server}/claims.json")["total"] > 0  # nothing was deleted


def test_a_metrics_series_links_each_point_to_its_claim(page, server):
    keys = [row["metric_key"] for row in twin(f"{server}/metric.json")["tables"]["metrics"]]
    dated = next(k for k in keys if twin(f"{server}/metric.json?key={quote(k)}")["tables"]["over_time"])
    page.goto(f"{server}/metric")
    page.locator("table a[href^='/metric?key=']").first.click()  # the index links each key to its page
    page.wait_for_url("**/metric?key=*")
    page.goto(f"{server}/metric?key={quote(dated)}")
    points = page.locator("svg.chart a")
    assert points.count() >= 1
    href = points.first.get_attribute("href")
    assert href.startswith("/claim/")
    page.goto(server + href)
    assert page.locator("p.sentence mark").count() == 1
