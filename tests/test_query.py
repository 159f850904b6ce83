import pytest

from extract.ingest import ingest
from extract.query import named_queries, resolve, run, typed


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "kb.duckdb"
    (tmp_path / "a.txt").write_text(
        "单县建设驿站\n\n本报讯 单县新建暖心驿站16处。定陶区新建暖心驿站50处。", encoding="utf-8"
    )
    ingest([str(tmp_path / "a.txt")], path, region="菏泽市", progress=False)
    return path


def test_every_named_query_documents_itself_and_runs(db):
    params = {"subject": "单县", "metric": "暖心驿站", "limit": 5, "doc": "a.txt"}
    for query in named_queries().values():
        assert query.description and query.params
        run(query.sql, params, db)


def test_parameters_are_bound_not_formatted(db):
    hostile = "单县' OR 1=1 --"
    assert run(resolve("claims_by_subject"), {"subject": hostile}, db).empty
    frame = run(resolve("metric_across_subjects"), {"metric": "暖心驿站"}, db)
    assert list(frame["subject"]) == ["定陶区", "单县"]


def test_missing_parameter_is_an_error(db):
    with pytest.raises(ValueError, match="missing parameter"):
        run(resolve("claims_by_subject"), {}, db)


def test_queries_cannot_write(db):
    with pytest.raises(ValueError):
        run("SELECT 1; DELETE FROM claims", {}, db)
    with pytest.raises(ValueError):
        resolve("DELETE FROM claims")


@pytest.mark.parametrize(
    ("sql", "refusal"),
    [
        ("SELECT 1; COPY (SELECT name, text FROM documents) TO '{out}'", "one statement"),
        ("COPY (SELECT 1) TO '{out}'", "only statements that read"),
        ("SELECT * FROM read_text('{secret}')", "disabled by configuration"),
        ("SELECT * FROM read_csv('{secret}')", "disabled by configuration"),
        ("ATTACH '{out}' (READ_ONLY false)", "only statements that read"),
        ("INSTALL httpfs", "only statements that read"),
        ("SET enable_external_access = true", "only statements that read"),
    ],
)
def test_ad_hoc_sql_reads_the_knowledge_base_and_nothing_else(db, tmp_path, sql, refusal):
    secret = tmp_path / "secret.txt"
    secret.write_text("a,b\n1,2\n", encoding="utf-8")
    out = tmp_path / "leak.out"
    with pytest.raises(ValueError, match=refusal):
        run(sql.format(out=out, secret=secret), {}, db)
    assert not out.exists()


def test_reading_statements_still_run(db):
    assert run("WITH a AS (SELECT count(*) AS n FROM claims) SELECT n FROM a", {}, db)["n"][0] == 2
    assert not run("PRAGMA database_size", {}, db).empty


@pytest.mark.parametrize(
    ("raw", "expected"),
    [({"subject": "5"}, {"subject": "5"}), ({"limit": "3"}, {"limit": 3}), ({"other": "2.5"}, {"other": 2.5})],
)
def test_parameters_take_the_types_the_query_declares(raw, expected):
    sql = "-- demo: a query\n-- params: subject (text) — a name; limit (integer) — rows\nSELECT $subject, $limit"
    assert typed(sql, raw) == expected  # undeclared: read as a number when it is one


@pytest.mark.parametrize(
    ("raw", "message"),
    [({"limit": "abc"}, "not an integer"), ({"limit": "2.5"}, "not an integer"), ({"share": "1e999"}, "finite")],
)
def test_a_value_that_is_not_its_declared_type_is_one_line(raw, message):
    sql = "-- params: limit (integer) — rows; share (number) — a share\nSELECT $limit, $share"
    with pytest.raises(ValueError, match=message):
        typed(sql, raw)


def test_a_text_parameter_that_looks_like_a_number_finds_nothing_rather_than_failing(db):
    assert run(resolve("claims_by_subject"), {"subject": "5"}, db).empty


def test_metric_surface_forms_shows_what_each_key_folded(tmp_path):
    path = tmp_path / "kb.duckdb"
    text = "全市共有网格员2860名。全市网格员总数达到3100名。全市共有党员志愿者3.6万名。"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    ingest([str(tmp_path / "a.txt")], path, region="济宁市", progress=False)
    rows = run(resolve("metric_surface_forms"), {}, path).set_index("metric_key")
    assert list(rows.loc["网格员", "folded_forms"]) == ["网格员总数"]
    assert list(rows.loc["党员志愿者", "folded_forms"]) == []
