"""A user's paths through the dashboard in headless Chromium."""

import json
import urllib.request

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
    assert "conflict" in first.inner_text() and "expected" in first.inner_text()
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
