"""Cross-checks on a planted corpus (tests/data/planted_checks.jsonl): each rule's planted
consistencies, contradictions and near-misses (rounding, 余, different periods, different places),
with the verdicts a careful reader gives in tests/data/planted_checks_expected.tsv."""

import json
import shutil
from collections import Counter
from datetime import date
from pathlib import Path

import duckdb
import pytest

from extract.checks.runner import RULES, run_checks
from extract.ingest import ingest
from extract.store import connect, migrations

DATA = Path(__file__).parent / "data"
PLANTED = DATA / "planted_checks.jsonl"

_VERDICTS_SQL = """
SELECT k.check_id, k.rule, k.verdict,
       list(regexp_extract(d.url, '[^/]+$') || ':' || c.mention ORDER BY l.position)
FROM cross_checks k JOIN check_claims l USING (check_id) JOIN claims c USING (claim_id)
JOIN documents d ON d.doc_id = c.doc_id GROUP BY ALL
"""


def expected_verdicts() -> set[tuple[str, str, frozenset[str]]]:
    out = set()
    for line in (DATA / "planted_checks_expected.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("rule\t"):
            continue
        rule, verdict, claims = line.split("\t")
        out.add((rule, verdict, frozenset(claims.split())))
    return out


def stored_verdicts(con: duckdb.DuckDBPyConnection) -> set[tuple[str, str, frozenset[str]]]:
    rows = con.execute(_VERDICTS_SQL).fetchall()
    return {(rule, verdict, frozenset(claims)) for _, rule, verdict, claims in rows}


@pytest.fixture(scope="module")
def planted_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("planted") / "planted.duckdb"
    ingest([str(PLANTED)], str(path), progress=False)
    con = connect(path)
    run_checks(con)
    yield con
    con.close()


def precision_recall(found, expected) -> dict[str, tuple[float, float, int, int]]:
    """rule -> (precision, recall, verdicts given, verdicts expected)."""
    out = {}
    for rule in sorted({r.RULE for r in RULES}):
        got = {v for v in found if v[0] == rule}
        want = {v for v in expected if v[0] == rule}
        hits = len(got & want)
        out[rule] = (hits / len(got) if got else 1.0, hits / len(want) if want else 1.0, len(got), len(want))
    return out


def test_every_rule_is_precise_on_the_planted_corpus(planted_db):
    scores = precision_recall(stored_verdicts(planted_db), expected_verdicts())
    print("\nrule            precision  recall  given  expected")
    for rule, (p, r, got, want) in scores.items():
        print(f"{rule:15s} {p:9.2f} {r:7.2f} {got:6d} {want:9d}")
    assert all(p >= 0.95 for p, _, _, _ in scores.values()), scores
    assert all(r == 1.0 for _, r, _, _ in scores.values()), scores


def test_near_misses_give_no_conflict(planted_db):
    conflicts = {v for v in stored_verdicts(planted_db) if v[1] == "conflict"}
    near_misses = ["p3:", "p5:", "s3:", "c4:", "r3:", "f5:", "f7:", "f8:", "f9:", "f10:", "w6:", "w7:"]
    # 暖新 vs 暖心 and 党员 vs 党员志愿者 (different things), counties months apart, 余 covering a sum,
    # shares and growth within their printed rounding
    near_misses += ["n1:", "n2:", "n3:", "n4:", "u5:", "u6:", "u7:", "u8:", "u9:", "u10:", "q3:", "q4:", "g4:", "g5:"]
    assert not [v for v in conflicts if any(m.startswith(tuple(near_misses)) for m in v[2])]


def _first_half_ingested(tmp_path):
    """The planted corpus split in two files, the first ingested: the database and the second file."""
    lines = PLANTED.read_text(encoding="utf-8").splitlines(keepends=True)
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("".join(lines[: len(lines) // 2]), encoding="utf-8")
    second.write_text("".join(lines[len(lines) // 2 :]), encoding="utf-8")
    db = tmp_path / "kb.duckdb"
    ingest([str(first)], str(db), progress=False)
    return db, second


def test_check_is_incremental_and_idempotent(tmp_path):
    db, second = _first_half_ingested(tmp_path)
    con = connect(db)
    run_checks(con)
    con.close()
    ingest([str(second)], str(db), progress=False)
    con = connect(db)
    report = run_checks(con)
    assert report.documents_checked == len(second.read_text(encoding="utf-8").splitlines())  # the second half
    incremental = stored_verdicts(con)
    n_rows = con.execute("SELECT count(*) FROM cross_checks").fetchone()[0]
    assert run_checks(con).documents_checked == 0  # nothing new: nothing done
    assert con.execute("SELECT count(*) FROM cross_checks").fetchone()[0] == n_rows
    run_checks(con, full=True)
    assert stored_verdicts(con) == incremental
    assert con.execute("SELECT count(*) FROM cross_checks").fetchone()[0] == n_rows
    con.close()


def checks_whose_claim_values_are_wrong(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The checks whose stored subjects, metric keys or years (schema/013) are not the distinct ones of their
    claims as read (in any order; none stored for none)."""
    return [
        row[0]
        for row in con.execute(
            "SELECT k.check_id FROM cross_checks k LEFT JOIN (SELECT l.check_id,"
            " list(DISTINCT c.subject) FILTER (WHERE c.subject IS NOT NULL) AS s,"
            " list(DISTINCT c.metric_key) FILTER (WHERE c.metric_key IS NOT NULL) AS m,"
            " list(DISTINCT year(c.period_end)) FILTER (WHERE c.period_end IS NOT NULL) AS y"
            " FROM check_claims l JOIN claims c USING (claim_id) GROUP BY l.check_id) v USING (check_id)"
            " WHERE list_sort(coalesce(k.claim_subjects, [])) IS DISTINCT FROM list_sort(coalesce(v.s, []))"
            " OR list_sort(coalesce(k.claim_metric_keys, [])) IS DISTINCT FROM list_sort(coalesce(v.m, []))"
            " OR list_sort(coalesce(k.claim_years, [])) IS DISTINCT FROM list_sort(coalesce(v.y, []))"
        ).fetchall()
    ]


def test_each_check_stores_the_distinct_values_of_its_claims_through_incremental_checks(tmp_path):
    """What the checks list's facets count (a check once per subject, metric key and year of its claims) is stored
    with each check, true after a first run, after documents that re-check their keys, and after a full run."""
    db, second = _first_half_ingested(tmp_path)
    con = connect(db)
    run_checks(con)
    assert not checks_whose_claim_values_are_wrong(con)
    con.close()
    ingest([str(second)], str(db), progress=False)
    con = connect(db)
    run_checks(con)
    assert not checks_whose_claim_values_are_wrong(con)
    several = "SELECT count(*) FROM cross_checks WHERE len(claim_subjects) > 1 OR len(claim_metric_keys) > 1"
    assert con.execute(several).fetchone()[0] > 0
    assert con.execute("SELECT count(*) FROM cross_checks WHERE len(claim_years) > 0").fetchone()[0] > 0
    run_checks(con, full=True)
    assert not checks_whose_claim_values_are_wrong(con)
    con.close()


def test_a_database_checked_before_gets_its_checks_claim_values_once(checked_sample_db, tmp_path):
    """The migration that adds the stored values fills them for the checks already stored, and running it again
    changes nothing."""
    db = tmp_path / "kb.duckdb"
    shutil.copy(checked_sample_db, db)
    con = connect(db)
    version, name, sql = next(m for m in migrations() if m[1].endswith("check_claim_values.sql"))
    con.execute("UPDATE cross_checks SET claim_subjects = NULL, claim_metric_keys = NULL, claim_years = NULL")
    con.execute("DELETE FROM schema_version WHERE version = ?", [version])
    assert checks_whose_claim_values_are_wrong(con)
    con.close()
    con = connect(db)  # migrates
    assert not checks_whose_claim_values_are_wrong(con)
    con.execute(sql)
    assert not checks_whose_claim_values_are_wrong(con)
    con.close()


def test_a_replaced_document_loses_its_verdicts_until_checked_again(tmp_path):
    source = tmp_path / "p2.txt"
    source.write_text("截至目前，曹县共建成农家书屋120个，其中村级书屋85个、社区书屋41个。", encoding="utf-8")
    db = tmp_path / "kb.duckdb"
    ingest([str(source)], str(db), region="菏泽市", progress=False)
    con = connect(db)
    run_checks(con)
    assert Counter(v[1] for v in stored_verdicts(con)) == {"conflict": 1}
    con.close()
    source.write_text("截至目前，曹县共建成农家书屋126个，其中村级书屋85个、社区书屋41个。", encoding="utf-8")
    ingest([str(source)], str(db), region="菏泽市", progress=False)
    con = connect(db)
    assert stored_verdicts(con) == set()
    run_checks(con)
    assert Counter(v[1] for v in stored_verdicts(con)) == {"consistent": 1}
    con.close()


def test_a_groups_figures_are_listed_by_value_not_as_text(tmp_path):
    feed = tmp_path / "feed.jsonl"
    lines = [
        {"text": f"截至目前，单县共建成暖心驿站{n}个。", "date": "2024-01-01", "url": f"x/{i}", "region": "曹县"}
        for i, n in enumerate((100, 10, 101))
    ]
    feed.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines), encoding="utf-8")
    db = tmp_path / "kb.duckdb"
    ingest([str(feed)], str(db), progress=False)
    con = connect(db)
    run_checks(con)
    rows = con.execute(
        "SELECT k.explanation_zh, list(c.value ORDER BY l.position) FROM cross_checks k JOIN check_claims l"
        " USING (check_id) JOIN claims c USING (claim_id) WHERE k.rule = 'same_fact' GROUP BY ALL"
    ).fetchall()
    con.close()
    assert rows, "the three figures of one fact should be compared"
    for explanation, values in rows:
        assert values == sorted(values)
        assert explanation.index("10个") < explanation.index("100个") < explanation.index("101个")


def _verdict_set(con) -> set[tuple]:
    return set(con.execute("SELECT check_id, rule, verdict, expected, observed FROM cross_checks").fetchall())


@pytest.mark.parametrize("order", [1, 2, 3, 4])
def test_incremental_checks_give_the_full_verdict_set_in_any_order_of_arrival(tmp_path, order):
    import random

    lines = PLANTED.read_text(encoding="utf-8").splitlines(keepends=True)
    lines += [p.read_text(encoding="utf-8") for p in sorted((DATA.parent.parent / "data" / "corpus").glob("*.txt"))]
    random.Random(order).shuffle(lines)
    db = tmp_path / "kb.duckdb"
    for batch, start in enumerate(range(0, len(lines), 7)):
        chunk = tmp_path / f"batch{batch}.jsonl"
        chunk.write_text(
            "".join(line if line.startswith("{") else json.dumps({"text": line}, ensure_ascii=False) + "\n"
                    for line in lines[start : start + 7]),
            encoding="utf-8",
        )  # fmt: skip
        ingest([str(chunk)], str(db), region="菏泽市", progress=False)
        con = connect(db)
        run_checks(con)
        con.close()
    con = connect(db)
    incremental = _verdict_set(con)
    run_checks(con, full=True)
    assert _verdict_set(con) == incremental and incremental
    con.close()


def _claim(claim_id: str, doc_id: str, subject: str, value: float):
    from extract.checks.model import CheckClaim
    from extract.places import gazetteer

    place = gazetteer().lookup(subject)
    return CheckClaim(
        claim_id, doc_id, f"{doc_id}:0", 0, 4, f"{value:g}个", "", 0, value, None, "个", None, "count", None,
        "便民驿站", "便民驿站", subject, place.code, None, None, None,
    )  # fmt: skip


def test_part_whole_gives_one_conflict_per_whole_and_nothing_for_parts_within_it():
    from extract.checks import part_whole

    whole = _claim("w", "d0", "菏泽市", 100)
    within = [_claim("a", "d1", "单县", 50), _claim("b", "d2", "成武县", 40)]
    assert part_whole.check([whole, *within]) == []  # below the city, and summed below it: nothing to say
    above = [_claim("c", "d3", "东明县", 120), _claim("e", "d4", "曹县", 130)]
    verdicts = part_whole.check([whole, *within, *above])
    assert [(v.verdict, v.claim_ids) for v in verdicts] == [("conflict", ["w", "c", "e"])]
    assert "另有2个不超过" in verdicts[0].explanation_zh and "2 more within it" in verdicts[0].explanation_en


def test_verdicts_of_an_older_checker_are_dropped(tmp_path):
    db = tmp_path / "kb.duckdb"
    ingest([str(PLANTED)], str(db), progress=False)
    con = connect(db)
    run_checks(con)
    con.execute(
        "INSERT INTO cross_checks (check_id, rule, scope, verdict, claim_ids, doc_ids, n_documents, group_key,"
        " explanation_zh, explanation_en, checker_version) VALUES ('old', 'part_whole', 'corpus', 'consistent',"
        " [], [], 0, 'g', '', '', '0.0.1')"
    )
    con.execute("UPDATE checked_documents SET checker_version = '0.0.1'")
    run_checks(con)
    assert con.execute("SELECT count(*) FROM cross_checks WHERE checker_version = '0.0.1'").fetchone()[0] == 0
    con.close()


def test_a_figure_that_settles_a_stored_conflict_removes_it(tmp_path):
    def page(name: str, text: str, day: str) -> Path:
        path = tmp_path / f"{name}.jsonl"
        line = {"text": text, "date": day, "url": f"x/{name}", "region": "菏泽市"}
        path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
        return path

    db = tmp_path / "kb.duckdb"
    ingest([str(page("city", "全市共建成城市书房25个。", "2024-06-01"))], str(db), progress=False)
    ingest([str(page("county", "东明县共建成城市书房30个。", "2024-06-01"))], str(db), progress=False)
    con = connect(db)
    run_checks(con)
    assert {v[:2] for v in stored_verdicts(con)} == {("part_whole", "conflict")}
    con.close()
    # the city's figure printed again the same day, higher: the county is within it, and the city's
    # figures disagree (figures with no stated period are of one time only when published one day)
    ingest([str(page("city2", "全市共建成城市书房40个。", "2024-06-01"))], str(db), progress=False)
    con = connect(db)
    run_checks(con)
    incremental = stored_verdicts(con)
    assert {v[:2] for v in incremental} == {("same_fact", "conflict")}
    run_checks(con, full=True)
    assert stored_verdicts(con) == incremental
    con.close()


def test_cumulative_compares_running_totals_only_not_a_stock_or_a_flow(tmp_path):
    def page(name: str, text: str, day: str) -> Path:
        path = tmp_path / f"{name}.jsonl"
        line = {"text": text, "date": day, "url": f"x/{name}", "region": "菏泽市"}
        path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
        return path

    db = tmp_path / "kb.duckdb"
    ingest([str(page("feb", "截至1月31日，全市累计建成充电桩5000个。", "2024-02-01"))], str(db), progress=False)
    # months later: that month's new ones (a flow) and those under construction (a stock), in a
    # sentence that reads cumulative (截至…) — neither is the running total, and neither fell
    later = "截至5月31日，全市当月新增充电桩300个，正在建设的充电桩1200个。"
    ingest([str(page("jun", later, "2024-06-03"))], str(db), progress=False)
    con = connect(db)
    aspects = con.execute(
        "SELECT c.mention, c.aspect FROM claims c JOIN documents d USING (doc_id) ORDER BY d.date, c.start_offset"
    ).fetchall()
    assert aspects == [("5000个", "cumulative"), ("300个", "flow"), ("1200个", "stock")]
    run_checks(con)
    assert {v for v in stored_verdicts(con) if v[0] == "cumulative"} == set()
    # the same claims as stored before aspects and bases were read 300个 as a running total that
    # fell (by the words before it), which the aspect removes; unknown bases make it unverifiable
    con.execute("UPDATE claims SET aspect = NULL, subject_basis = NULL, metric_basis = NULL")
    run_checks(con, full=True)
    assert {v[:2] for v in stored_verdicts(con) if v[0] == "cumulative"} == {("cumulative", "unverifiable")}
    # read by this extractor, a clause that says no aspect is no running total at all
    con.execute("UPDATE claims SET subject_basis = 'clause', metric_basis = 'clause'")
    run_checks(con, full=True)
    assert {v for v in stored_verdicts(con) if v[0] == "cumulative"} == set()
    con.execute("UPDATE claims SET aspect = 'flow' WHERE mention = '300个'")
    con.execute("UPDATE claims SET aspect = 'stock' WHERE mention = '1200个'")
    con.execute("UPDATE claims SET aspect = 'cumulative' WHERE mention = '5000个'")
    con.close()
    # a running total that did fall still conflicts
    ingest([str(page("sep", "截至8月31日，全市累计建成充电桩4800个。", "2024-09-02"))], str(db), progress=False)
    con = connect(db)
    run_checks(con, full=True)
    assert {v for v in stored_verdicts(con) if v[0] == "cumulative"} == {
        ("cumulative", "conflict", frozenset({"feb:5000个", "sep:4800个"}))
    }
    con.close()


def test_same_fact_never_calls_two_different_exact_counts_consistent():
    from extract.checks import same_fact

    verdicts = same_fact.check([_claim("a", "d1", "单县", 12), _claim("b", "d2", "单县", 13)])
    assert [v.verdict for v in verdicts] == ["unverifiable"]  # undated: not corroborated, not a conflict
    agreeing = same_fact.check([_claim("a", "d1", "单县", 12), _claim("b", "d2", "单县", 12)])
    assert [v.verdict for v in agreeing] == ["corroborated"]


def test_same_fact_compares_like_with_like_aspects():
    from dataclasses import replace

    from extract.checks import same_fact

    total = replace(_claim("a", "d1", "单县", 950), aspect="cumulative")
    new = replace(_claim("b", "d2", "单县", 12), aspect="flow")
    stock = replace(_claim("c", "d3", "单县", 300), aspect="stock")
    assert same_fact.check([total, new, stock]) == []  # three facts, none said twice
    # an unsaid aspect may be either: it is compared with the running total
    unsaid = _claim("d", "d4", "单县", 950)
    assert [sorted(v.claim_ids) for v in same_fact.check([total, new, unsaid])] == [["a", "d"]]


def test_a_conflict_needs_subjects_and_metrics_stated_in_their_own_sentences():
    from dataclasses import replace

    from extract.checks import same_fact
    from extract.checks.runner import unstated_is_unverifiable

    stated = [
        replace(_claim("a", "d1", "单县", 12), subject_basis="clause", metric_basis="clause", period_start=None),
        replace(_claim("b", "d2", "单县", 20), subject_basis="sentence", metric_basis="clause"),
    ]
    dated = [replace(c, period="2024年", period_start=date(2024, 1, 1), period_end=date(2024, 12, 31)) for c in stated]
    (verdict,) = same_fact.check(dated)
    by_id = {c.claim_id: c for c in dated}
    assert unstated_is_unverifiable(verdict, by_id).verdict == "conflict"
    # the second figure's subject carried from an earlier sentence: the disagreement is unverifiable
    carried = [dated[0], replace(dated[1], subject_basis="carried")]
    (verdict,) = same_fact.check(carried)
    verdict = unstated_is_unverifiable(verdict, {c.claim_id: c for c in carried})
    assert verdict.verdict == "unverifiable"
    assert "沿用前文" in verdict.explanation_zh and "carried" in verdict.explanation_en


def test_claims_carry_how_their_subject_metric_and_period_were_found(tmp_path):
    text = "成武县提升党建质量\n\n2023年，成武县建成驿站12处。\n\n在8个试点社区有序推进。"
    db = tmp_path / "kb.duckdb"
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    ingest([str(page)], str(db), region="菏泽市", progress=False)
    con = connect(db)
    rows = con.execute(
        "SELECT mention, subject_basis, metric_basis, period_basis FROM claims_view ORDER BY start_offset"
    ).fetchall()
    con.close()
    # 成武县 opens the clause of 12处; 8个 takes the article's topic, and no period is carried so far
    assert rows == [("12处", "clause", "clause", "sentence"), ("8个", "topic", "clause", None)]


def test_running_totals_are_ordered_by_the_time_they_are_of():
    from dataclasses import replace

    from extract.checks import cumulative

    def total(claim_id: str, value: float, day: int, period: str) -> object:
        base = _claim(claim_id, f"d{claim_id}", "单县", value)
        return replace(
            base, aspect="cumulative", period=period, period_end=date(2020, 2, day), doc_date=date(2020, 3, 20)
        )

    # two notices dated one day, the later total first in the feed: no fall
    later, earlier = total("b", 110, 7, "截至2月7日12时"), total("a", 100, 6, "截至2月6日24时")
    assert [(v.verdict, v.claim_ids) for v in cumulative.check([later, earlier])] == [("consistent", ["a", "b"])]


def test_undated_figures_of_different_days_are_two_times(tmp_path):
    def page(name: str, text: str, day: str) -> Path:
        path = tmp_path / f"{name}.jsonl"
        path.write_text(json.dumps({"text": text, "date": day, "url": f"x/{name}"}, ensure_ascii=False), "utf-8")
        return path

    db = tmp_path / "kb.duckdb"
    # a feed's successive notices: yesterday's and today's counts differ, and contradict nothing
    ingest([str(page("a", "湖南省新增确诊病例5例。", "2020-02-10"))], str(db), region="湖南省", progress=False)
    ingest([str(page("b", "湖南省新增确诊病例19例。", "2020-02-11"))], str(db), region="湖南省", progress=False)
    con = connect(db)
    run_checks(con)
    assert {v for v in stored_verdicts(con) if v[0] == "same_fact"} == set()
    con.close()
    # the same day's notice reported differently by another outlet is a conflict
    ingest([str(page("c", "湖南省新增确诊病例17例。", "2020-02-11"))], str(db), region="湖南省", progress=False)
    con = connect(db)
    run_checks(con)
    assert {v[:2] for v in stored_verdicts(con) if v[0] == "same_fact"} == {("same_fact", "conflict")}
    con.close()


def _page(tmp_path: Path, name: str, text: str, day: str) -> Path:
    path = tmp_path / f"{name}.jsonl"
    path.write_text(json.dumps({"text": text, "date": day, "url": f"x/{name}"}, ensure_ascii=False), "utf-8")
    return path


def test_a_daily_series_figure_needs_its_time_written_to_conflict(tmp_path):
    db = tmp_path / "kb.duckdb"
    # a province reported day after day: its headlines' counts without a time are of some update that day
    for name, text, day in [
        ("d1", "2020年2月6日0-24时，湖南省新增确诊病例50例。", "2020-02-07"),
        ("d2", "2020年2月7日0-24时，湖南省新增确诊病例61例。", "2020-02-08"),
        ("d3", "湖南新增确诊9例，累计确诊30例", "2020-02-09"),
        ("d4", "湖南新增确诊16例，累计确诊46例", "2020-02-09"),
    ]:
        ingest([str(_page(tmp_path, name, text, day))], str(db), progress=False)
    con = connect(db)
    run_checks(con)
    found = {v[:2] for v in stored_verdicts(con) if v[0] == "same_fact"}
    assert found == {("same_fact", "unverifiable")}
    con.close()
    # the same two figures with their hours written are two reports of one time: a conflict
    for name, text in [
        ("d5", "2020年2月8日0-24时，湖南省新增确诊病例33例。"),
        ("d6", "2020年2月8日0-24时，湖南省新增确诊病例35例。"),
    ]:
        ingest([str(_page(tmp_path, name, text, "2020-02-09"))], str(db), progress=False)
    con = connect(db)
    run_checks(con)
    conflicts = {v[2] for v in stored_verdicts(con) if v[1] == "conflict"}
    assert conflicts == {frozenset({"d5:33例", "d6:35例"})}
    con.close()


def test_daily_series_are_told_by_runs_of_close_days():
    from extract.checks.runner import daily_series

    days = [date(2020, 2, d) for d in (1, 3, 5)]
    assert daily_series([("湖南省", days), ("单县", [date(2024, 1, 1), date(2024, 3, 1), date(2024, 6, 1)])]) == {
        "湖南省"
    }
    assert daily_series([("湖南省", days[:2])]) == frozenset()


def test_a_figure_narrowed_by_its_sentence_is_not_the_same_thing():
    from dataclasses import replace

    from extract.checks.comparable import narrowed_to

    def at(sentence: str, mention: str) -> object:
        return replace(_claim("a", "d1", "单县", 5), sentence=sentence, start=sentence.index(mention))

    assert narrowed_to(at("全国湖北以外地区新增确诊病例558例。", "558例")).startswith("excluding")
    assert narrowed_to(at("除武汉外，全省新增确诊病例12例。", "12例")) == ""  # another clause
    inside = at("全省累计治愈出院4774例(含临床诊断病例631例)。", "631例")
    assert narrowed_to(inside) == "within 全省累计治愈出院"
    assert narrowed_to(at("全国新增确诊病例3399例。", "3399例")) == ""


def test_one_document_giving_two_figures_of_a_fact_counts_two_things():
    from dataclasses import replace

    from extract.checks import same_fact

    def dated(claim_id: str, doc_id: str, value: float) -> object:
        return replace(
            _claim(claim_id, doc_id, "兰州市", value),
            period="3月2日",
            period_start=date(2020, 3, 2),
            period_end=date(2020, 3, 2),
        )

    verdicts = same_fact.check([dated("a", "d1", 2), dated("b", "d1", 311), dated("c", "d2", 2), dated("d", "d2", 311)])
    assert [v.verdict for v in verdicts] == ["unverifiable"]
    assert [v.verdict for v in same_fact.check([dated("a", "d1", 2), dated("c", "d2", 3)])] == ["conflict"]


@pytest.mark.parametrize(
    ("text", "verdicts"),
    [
        # sub-parts in brackets are counted in their part already
        (
            "截至1月29日24时，宁夏全区累计报告确诊病例17例，其中银川市9例（兴庆区3例、金凤区2例、西夏区2例、永宁县2例）、吴忠市8例（利通区4例）。",
            {"consistent"},
        ),
        ("全县建成书屋20个，其中单县城区8个（示范书屋3个）、乡镇12个（示范书屋5个）。", {"consistent"}),
        # a list of another whole, a new figure of the day, a part wider than the total: no parts
        ("全省新增确诊病例5例，新增治愈出院病例1例，其中：新增确诊病例中，贵阳市1例、遵义市3例、毕节市1例。", set()),
        ("全省新增病亡11例，其中：武汉市10例，孝感市1例，全省新增出院896例。", {"consistent"}),
        ("现有疑似病例16687人，其中集中隔离17259人（含临床确诊病例），当日排除3390人。", set()),
        # a true excess still conflicts
        ("全县侦办案件35起，其中刑事案件12起、行政案件36起。", {"conflict"}),
    ],
)
def test_parts_are_the_totals_own_listed_at_its_level(tmp_path, text, verdicts):
    db = tmp_path / "kb.duckdb"
    ingest([str(_page(tmp_path, "p", text, "2020-02-14"))], str(db), progress=False)
    con = connect(db)
    run_checks(con)
    assert {v[1] for v in stored_verdicts(con) if v[0] == "parts_total"} == verdicts
    con.close()


def test_a_part_is_of_its_wholes_aspect():
    from dataclasses import replace

    from extract.checks import part_whole

    def division(claim_id: str, doc_id: str, subject: str, code: str, value: float, aspect: str) -> object:
        return replace(
            _claim(claim_id, doc_id, subject, value),
            place_code=code,
            aspect=aspect,
            period="3月3日0—24时",
            period_start=date(2020, 3, 3),
            period_end=date(2020, 3, 3),
        )

    province = division("a", "d1", "湖北省", "420000000000", 2389, "flow")
    city_total = division("b", "d2", "武汉市", "420100000000", 23031, "cumulative")
    assert part_whole.check([province, city_total]) == []
    city_day = division("c", "d2", "武汉市", "420100000000", 3000, "flow")
    assert [v.verdict for v in part_whole.check([province, city_day])] == ["conflict"]


def test_a_fall_the_later_text_explains_as_a_revision_says_so():
    from dataclasses import replace

    from extract.checks import cumulative

    def total(claim_id: str, value: float, day: int, sentence: str) -> object:
        return replace(
            _claim(claim_id, f"d{claim_id}", "单县", value),
            aspect="cumulative",
            period=f"截至2月{day}日24时",
            period_end=date(2020, 2, day),
            doc_date=date(2020, 2, day + 1),
            sentence=sentence,
        )

    earlier = total("a", 173, 18, "全县累计确诊病例173例。")
    revised = total("b", 172, 19, "全县累计确诊病例172例（核减1例）。")
    (verdict,) = cumulative.check([earlier, revised])
    assert verdict.verdict == "conflict" and "核减或订正" in verdict.explanation_zh
    (plain,) = cumulative.check([earlier, replace(revised, sentence="全县累计确诊病例172例。")])
    assert plain.verdict == "conflict" and "核减" not in plain.explanation_zh


def test_an_undated_restatement_joins_the_latest_days_figure_it_agrees_with(tmp_path):
    db = tmp_path / "kb.duckdb"
    pages = [
        ("body", "2020年1月24日0-24时，湖南省报告新型冠状病毒感染的肺炎新增确诊病例19例。", "2020-01-25"),
        ("headline", "湖南新增19例新型肺炎确诊病例，累计43例", "2020-01-25"),
        ("other", "湖南新增21例新型肺炎确诊病例", "2020-01-25"),
    ]
    for name, text, day in pages[:2]:
        ingest([str(_page(tmp_path, name, text, day))], str(db), progress=False)
    con = connect(db)
    run_checks(con)
    assert {v[1:] for v in stored_verdicts(con) if v[0] == "same_fact"} == {
        ("corroborated", frozenset({"body:19例", "headline:19例"}))
    }
    con.close()
    # a headline that disagrees is not joined: its time is a guess, so it never conflicts with the dated day
    ingest([str(_page(tmp_path, *pages[2]))], str(db), progress=False)
    con = connect(db)
    run_checks(con)
    assert not [v for v in stored_verdicts(con) if {"body:19例", "other:21例"} <= v[2]]
    con.close()


def test_an_undated_restatement_joins_a_total_as_of_the_day_before(tmp_path):
    db = tmp_path / "kb.duckdb"
    pages = [
        ("body", "截至2020年3月2日24时，湖北省累计报告新冠肺炎确诊病例67217例。", "2020-03-03"),
        ("headline", "湖北新增新冠肺炎114例，累计确诊67217例", "2020-03-03"),
    ]
    for name, text, day in pages:
        ingest([str(_page(tmp_path, name, text, day))], str(db), progress=False)
    con = connect(db)
    run_checks(con)
    assert ("same_fact", "corroborated", frozenset({"body:67217例", "headline:67217例"})) in stored_verdicts(con)
    con.close()


@pytest.mark.parametrize(
    ("text", "verdicts"),
    [
        # the rate names what the part counts, or 占 ties them: the part's share of the total
        ("全县共有家庭农场520家，其中规范运营的有468家，规范运营率达到90%。", {("share_count", "consistent")}),
        ("全县共有家庭农场520家，其中规范运营的有468家，占比达90%。", {("share_count", "consistent")}),
        ("全县共有家庭农场520家，其中规范运营的有468家，规范运营率达到60%。", {("share_count", "conflict")}),
        # a rate of its own after a listed part is no share of it (a pass rate of inspections)
        ("全县共有景区52家，其中A级景区12家，合格率达到98%以上。", set()),
        ("全市检查餐饮单位300家，其中学校食堂45家，达标率为96%。", set()),
    ],
)
def test_a_rate_is_a_parts_share_only_when_the_text_ties_them(tmp_path, text, verdicts):
    db = tmp_path / "kb.duckdb"
    ingest([str(_page(tmp_path, "r", text, "2024-05-01"))], str(db), progress=False)
    con = connect(db)
    run_checks(con)
    assert {v[:2] for v in stored_verdicts(con) if v[0] == "share_count"} == verdicts
    con.close()


def test_a_share_or_pace_that_says_not_of_what_is_compared_with_nothing(tmp_path):
    db = tmp_path / "kb.duckdb"
    pages = [
        ("a", "2023年，菏泽市比重达到35.2%。", "2024-02-01"),
        ("b", "2023年，菏泽市比重为41.0%。", "2024-02-02"),
        ("c", "2023年，菏泽市第三产业增加值占比达到35.2%。", "2024-02-01"),
        ("d", "2023年，菏泽市第三产业增加值占比为41.0%。", "2024-02-02"),
    ]
    for name, text, day in pages:
        ingest([str(_page(tmp_path, name, text, day))], str(db), region="菏泽市", progress=False)
    con = connect(db)
    run_checks(con)
    found = {(v[1], v[2]) for v in stored_verdicts(con) if v[0] == "same_fact"}
    assert ("unverifiable", frozenset({"a:35.2%", "b:41.0%"})) in found
    assert ("conflict", frozenset({"c:35.2%", "d:41.0%"})) in found
    con.close()


def test_growth_rates_against_one_base_are_compared_across_articles(tmp_path):
    db = tmp_path / "kb.duckdb"
    pages = [
        ("a", "2023年，菏泽市地区生产总值同比增长6.1%。", "2024-02-01"),
        ("b", "2023年菏泽市GDP比上年增长6.1%。", "2024-02-02"),
        ("c", "2023年，菏泽市地区生产总值同比增长6.5%。", "2024-02-03"),
        # another base, or none written: another fact, or no fact to compare
        ("d", "2023年，菏泽市地区生产总值环比增长6.8%。", "2024-02-03"),
        ("e", "2023年，菏泽市地区生产总值增长7.0%。", "2024-02-03"),
    ]
    for name, text, day in pages[:2]:
        ingest([str(_page(tmp_path, name, text, day))], str(db), region="菏泽市", progress=False)
    con = connect(db)
    run_checks(con)
    assert {(v[1], v[2]) for v in stored_verdicts(con) if v[0] == "same_fact"} == {
        ("corroborated", frozenset({"a:6.1%", "b:6.1%"}))
    }
    con.close()
    for name, text, day in pages[2:]:
        ingest([str(_page(tmp_path, name, text, day))], str(db), region="菏泽市", progress=False)
    con = connect(db)
    run_checks(con)
    found = {(v[1], v[2]) for v in stored_verdicts(con) if v[0] == "same_fact"}
    assert found == {("conflict", frozenset({"a:6.1%", "b:6.1%", "c:6.5%"}))}
    con.close()


def test_check_shows_its_progress_when_asked(tmp_path, capsys):
    db = tmp_path / "kb.duckdb"
    ingest([str(PLANTED)], str(db), progress=False)
    con = connect(db)
    capsys.readouterr()
    run_checks(con, progress=True)
    err = capsys.readouterr().err
    assert " checked" in err  # tqdm's counter of documents and metric keys
    run_checks(con, full=True, progress=False)
    assert capsys.readouterr().err == ""
    con.close()


def test_a_subject_that_becomes_a_daily_series_has_its_older_verdicts_checked_again(tmp_path):
    """Checking after each ingest gives what one full check gives: documents that make a subject a
    daily series (of another metric) change the verdicts of its figures already checked."""
    db = tmp_path / "kb.duckdb"
    headlines = [("h1", "湖南新增确诊9例", "2020-02-09"), ("h2", "湖南新增确诊16例", "2020-02-09")]
    cured = [
        (f"c{d}", f"截至2020年2月{d}日24时，湖南省累计治愈出院{d * 10}例。", f"2020-02-{d + 1:02d}") for d in (6, 7, 8)
    ]
    for name, text, day in headlines:
        ingest([str(_page(tmp_path, name, text, day))], str(db), progress=False)
    con = connect(db)
    run_checks(con)
    assert {v[1] for v in stored_verdicts(con) if v[0] == "same_fact"} == {"conflict"}
    con.close()
    for name, text, day in cured:
        ingest([str(_page(tmp_path, name, text, day))], str(db), progress=False)
    con = connect(db)
    run_checks(con)
    incremental = stored_verdicts(con)
    run_checks(con, full=True)
    assert incremental == stored_verdicts(con)
    assert ("same_fact", "unverifiable", frozenset({"h1:9例", "h2:16例"})) in incremental
    con.close()
