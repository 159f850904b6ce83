"""Reprints (extract/reprints.py): the detector on pairs of texts written for these tests, the relation
stored at ingest (idempotent, across runs), and the checks counting reprints of one text as one source
(tests/data/planted_reprints.jsonl: a health commission's notice reposted twice, the next day's notice, an
independent report of one of its figures; a statistical communiqué reposted under another headline)."""

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from extract import reprints
from extract.checks.model import CheckClaim
from extract.checks.runner import run_checks
from extract.ingest import ingest
from extract.store import connect

DATA = Path(__file__).parent / "data"
PLANTED = DATA / "planted_reprints.jsonl"
ROOT = Path(__file__).parent.parent

NOTICE = (
    "截至3月5日24时，绍兴市累计治愈出院856人，累计追踪密切接触者4521人，已解除医学观察4209人。"
    "目前全市仍有医学观察对象312人，均在指定场所接受隔离观察，情况稳定。全市各级医疗机构继续做好发热门诊预检分诊工作。"
)
COMMUNIQUE = (
    "2020年，绍兴市实现地区生产总值6001.5亿元，按可比价格计算，比上年增长3.3%。其中，第一产业增加值218.9亿元，"
    "第二产业增加值2738.4亿元，第三产业增加值3044.2亿元。全年城镇居民人均可支配收入66694元。"
)
QUIET_DAY = (
    "2月10日0-24时，全市无新增确诊病例，无新增疑似病例。截至2月10日24时，全市累计报告确诊病例18例，"
    "均已治愈出院，现有医学观察对象12人。请广大市民继续做好个人防护，减少聚集。"
)
NEWS = (
    "本报讯 昨天下午，市政府召开新闻发布会，介绍今年春运期间全市道路交通运行情况。春运40天，全市公路客运站累计发送旅客"
    "132.6万人次，比去年同期下降12.4%；高速公路日均车流量8.7万辆次。市交通运输局表示，将继续做好返程高峰的运力保障。"
)


def _is_reprint(a: str, b: str) -> bool:
    pair = (reprints.Fingerprint.of("a", a), reprints.Fingerprint.of("b", b))
    found = reprints.find_within(pair)  # the band keys must make them candidates, then the exact test passes
    assert found == reprints.confirm([pair])  # LSH loses none of these pairs
    return bool(found)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # identical texts
        (NOTICE, NOTICE, True),
        (COMMUNIQUE, COMMUNIQUE, True),
        # headline changed (the headline is the text's first line)
        ("绍兴市卫健委通报\n" + NOTICE, "绍兴通报最新疫情：累计治愈出院856人\n" + NOTICE, True),
        ("2020年绍兴市国民经济和社会发展统计公报\n" + COMMUNIQUE, "绍兴去年经济总量突破六千亿元\n" + COMMUNIQUE, True),
        ("春运交通平稳有序\n" + NEWS, "我市春运道路客运量同比下降\n" + NEWS, True),
        # a few characters edited
        (NOTICE, NOTICE.replace("预检分诊", "的预检分诊").replace("情况稳定", "病情稳定"), True),
        (COMMUNIQUE, COMMUNIQUE.replace("按可比价格计算，", "按可比价计算，"), True),
        (NEWS, NEWS.replace("本报讯 昨天下午", "昨日下午"), True),
        # punctuation and spacing of a .txt against an .html copy: half-width, spaces, line breaks
        (NOTICE, NOTICE.replace("，", ", ").replace("。", ".\n"), True),
        (NEWS, NEWS.replace("；", ";  ").replace("，", ",\n"), True),
        # a different day's notice in the same template with other numbers: a different fact
        (
            NOTICE,
            NOTICE.replace("3月5日", "3月6日").replace("856", "870").replace("4521", "4588").replace("4209", "4302")
            .replace("312", "286"),
            False,
        ),
        (
            COMMUNIQUE,
            COMMUNIQUE.replace("2020年", "2019年").replace("6001.5", "6795.3").replace("3.3%", "6.5%")
            .replace("218.9", "207.4").replace("2738.4", "3205.5").replace("3044.2", "3382.4")
            .replace("66694", "63854"),
            False,
        ),
        # the next day's notice with unchanged figures: it names another day
        (NOTICE, NOTICE.replace("3月5日", "3月6日"), False),
        (QUIET_DAY, QUIET_DAY.replace("2月10日", "2月11日"), False),
        (QUIET_DAY, "据市卫健委消息，" + QUIET_DAY, True),  # the same day's notice reposted
        # a short daily line: most 5-grams shared, none of the figures
        (
            "绍兴市今日又有5例确诊病例治愈出院，目前共有60例出院",
            "绍兴市今日又有12例确诊病例治愈出院，目前共有128例出院",
            False,
        ),
        # another text altogether
        (NOTICE, COMMUNIQUE, False),
        (NEWS, COMMUNIQUE, False),
        # too short to tell a reprint from a coincidence
        ("全市无新增病例", "全市无新增病例。", False),
    ],
)  # fmt: skip
def test_reprint_detector(first: str, second: str, expected: bool) -> None:
    assert _is_reprint(first, second) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("截至3月5日24时，累计856人", ("3", "5", "24", "856")),
        ("增长３．３％，达到6001.5亿元", ("3.3", "6001.5")),  # full-width digits read after NFKC
        ("无新增病例", ()),
    ],
)
def test_numbers_in_order(text: str, expected: tuple[str, ...]) -> None:
    assert reprints.numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("截至3月5日24时，累计856人", {"3-5"}),
        ("2月10日0-24时……截至2月10日24时", {"2-10"}),
        ("２月１１日全市无新增", {"2-11"}),  # full-width digits
        ("今年一季度，全市实现地区生产总值562.3亿元", set()),
    ],
)
def test_days_named(text: str, expected: set[str]) -> None:
    assert reprints.days(reprints.half_width(text)) == expected


def test_headline_given_as_title_is_left_out() -> None:
    with_title = reprints.Fingerprint.of("a", "绍兴通报最新疫情\n" + NOTICE, title="绍兴通报最新疫情")
    assert reprints.jaccard(with_title.hashes, reprints.Fingerprint.of("b", NOTICE).hashes) == 1.0


def test_groups_of_reprints_join_transitively() -> None:
    assert reprints.sources_of([("c", "b"), ("b", "a"), ("e", "d")]) == {
        "a": "a", "b": "a", "c": "a", "d": "d", "e": "d"
    }  # fmt: skip


def test_a_long_text_is_fingerprinted_without_a_loop_over_its_characters() -> None:
    fp = reprints.Fingerprint.of("big", NEWS * 5000)  # 650,000 characters
    assert len(fp.keys) == reprints.N_BANDS


def _pairs(con) -> set[tuple[str, str]]:
    rows = con.execute(
        "SELECT regexp_extract(a.url, '[^/]+$'), regexp_extract(b.url, '[^/]+$') FROM reprints r"
        " JOIN documents a ON a.doc_id = r.doc_id JOIN documents b ON b.doc_id = r.original_doc_id"
    ).fetchall()
    return set(rows)


PLANTED_PAIRS = {("n1r", "n1"), ("n1r2", "n1"), ("n1r2", "n1r"), ("s1r", "s1")}


def test_reprints_stored_at_ingest_and_idempotent(tmp_path: Path) -> None:
    db = tmp_path / "kb.duckdb"
    ingest([str(PLANTED)], str(db), progress=False)
    con = connect(db)
    assert _pairs(con) == PLANTED_PAIRS  # the next day's notice (n2) and the independent report (n3) are not
    methods = {row[0] for row in con.execute("SELECT DISTINCT method FROM reprints").fetchall()}
    assert methods == {reprints.METHOD}
    con.close()
    ingest([str(PLANTED)], str(db), progress=False)  # again: nothing changes
    con = connect(db)
    assert con.execute("SELECT count(*) FROM reprints").fetchone()[0] == len(PLANTED_PAIRS)
    assert con.execute("SELECT count(*) FROM reprint_bands").fetchone()[0] == 7 * reprints.N_BANDS
    con.close()


def test_reprint_of_a_document_stored_in_an_earlier_run(tmp_path: Path) -> None:
    lines = PLANTED.read_text(encoding="utf-8").splitlines()
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("\n".join(lines[:1] + lines[3:]) + "\n", encoding="utf-8")  # the originals, no reposts
    second.write_text("\n".join(lines[1:3]) + "\n", encoding="utf-8")  # the reposts, later
    db = tmp_path / "kb.duckdb"
    ingest([str(first)], str(db), progress=False)
    ingest([str(second)], str(db), progress=False)
    con = connect(db)
    assert _pairs(con) == PLANTED_PAIRS
    con.close()


def test_replaced_document_takes_its_pairs_with_it(tmp_path: Path) -> None:
    lines = PLANTED.read_text(encoding="utf-8").splitlines()
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(lines[:2]) + "\n", encoding="utf-8")
    db = tmp_path / "kb.duckdb"
    ingest([str(feed)], str(db), progress=False)
    # the repost's line now holds the communiqué: no longer a reprint of the notice
    feed.write_text("\n".join([lines[0], lines[5]]) + "\n", encoding="utf-8")
    ingest([str(feed)], str(db), progress=False)
    con = connect(db)
    assert _pairs(con) == set()
    assert con.execute("SELECT count(*) FROM reprint_bands").fetchone()[0] == 2 * reprints.N_BANDS
    con.close()


def test_txt_and_html_of_one_article_are_reprints(tmp_path: Path) -> None:
    paragraphs = [NEWS, NOTICE, "市交通运输局提醒，返程高峰期间请旅客合理安排出行时间，错峰出行，注意行车安全。"]
    (tmp_path / "article.txt").write_text("春运交通平稳有序\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    html = (
        "<html><head><meta charset='utf-8'><title>春运交通平稳有序_本地新闻</title></head><body>"
        f"<div class='nav'><a href='/'>首页</a></div><article><h1>春运交通平稳有序</h1>\n{body}</article>"
        "<div class='footer'>版权所有</div></body></html>"
    )
    (tmp_path / "article.html").write_text(html, encoding="utf-8")
    db = tmp_path / "kb.duckdb"
    ingest([str(tmp_path / "article.txt"), str(tmp_path / "article.html")], str(db), progress=False)
    con = connect(db)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    assert con.execute("SELECT count(*) FROM reprints").fetchone()[0] == 1
    con.close()


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    db = tmp_path_factory.mktemp("reprints") / "kb.duckdb"
    ingest([str(PLANTED)], str(db), progress=False)
    con = connect(db)
    run_checks(con)
    yield con
    con.close()


def _same_fact(con, metric_key: str) -> list[tuple]:
    return con.execute(
        "SELECT verdict, n_documents, n_reprints, explanation_zh, explanation_en FROM cross_checks"
        " WHERE rule = 'same_fact' AND metric_key = ?",
        [metric_key],
    ).fetchall()


def test_corroboration_counts_independent_sources(checked) -> None:
    # n1 and its reposts n1r and n1r2 (written with spaced commas) say 856, and so does the independent
    # report n3: two sources, two reprints aside
    [(verdict, n_documents, n_reprints, zh, en)] = _same_fact(checked, "治愈出院")
    assert (verdict, n_documents, n_reprints) == ("corroborated", 2, 2)
    assert "另有 2 篇转载未计" in zh and "2 reprints not counted" in en


def test_reprints_alone_corroborate_nothing(checked) -> None:
    # the communiqué and its repost under another headline, and the notice's contacts in its reposts only
    assert _same_fact(checked, "地区生产总值") == []
    assert _same_fact(checked, "追踪密切接触者") == []


def _claim(claim_id: str, doc_id: str, value: float, reprint_of: str | None = None) -> CheckClaim:
    return CheckClaim(
        claim_id, doc_id, f"{doc_id}:0", 0, 4, f"{value:g}人", "", 0, value, None, "人", None, "count", None,
        "治愈出院", "治愈出院", "绍兴市", None, "截至3月5日", None, None, date(2021, 3, 6), reprint_of=reprint_of,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        # three outlets, one notice: no corroboration
        ([_claim("a", "d1", 856, "d1"), _claim("b", "d2", 856, "d1"), _claim("c", "d3", 856, "d1")], []),
        # the notice, a repost and an independent report: corroborated by two, one reprint set aside
        (
            [_claim("a", "d1", 856, "d1"), _claim("b", "d2", 856, "d1"), _claim("c", "d3", 856)],
            [("corroborated", 2, 1)],
        ),
        # two independent documents, no reprints: as before
        ([_claim("a", "d1", 856), _claim("c", "d3", 856)], [("corroborated", 2, 0)]),
        # a repost that changed a figure still makes a conflict, said to involve a reprint
        ([_claim("a", "d1", 856, "d1"), _claim("b", "d2", 865, "d1")], [("conflict", 1, 1)]),
    ],
)
def test_same_fact_sets_reprints_aside(claims: list[CheckClaim], expected: list[tuple]) -> None:
    from extract.checks import same_fact

    assert [(v.verdict, v.n_documents, v.n_reprints) for v in same_fact.check(claims)] == expected


@pytest.mark.parametrize("script", ["bench_reprints.py", "bench_realcorpus.py"])
def test_bench_scripts_have_help(script: str) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / script), "--help"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0 and "--corpus" in done.stdout


def test_bench_realcorpus_skips_without_the_corpus(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "bench_realcorpus.py"), "--corpus", str(tmp_path / "absent.jsonl")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0 and "skipped" in done.stdout
