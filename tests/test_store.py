import duckdb
import pytest

from extract import store
from extract.ingest import ingest


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_migrations_are_recorded_once(tmp_path):
    db = tmp_path / "kb.duckdb"
    con = store.connect(db)
    assert store.migrate(con) == []
    versions = con.execute("SELECT version FROM schema_version ORDER BY version").fetchall()
    assert [v[0] for v in versions] == [m[0] for m in store.migrations()]
    con.close()


def test_ingest_is_idempotent_and_replaces_changed_documents(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    page = _write(corpus, "a.txt", "单县建设驿站\n\n本报讯 今年以来，单县新建驿站16处，服务群众3000余人次。")
    db = tmp_path / "kb.duckdb"
    first = ingest([str(corpus)], db, region="菏泽市", progress=False)
    assert (first.added, first.claims) == (1, 2)
    again = ingest([str(corpus)], db, region="菏泽市", progress=False)
    assert (again.added, again.unchanged, again.claims) == (0, 1, 0)
    page.write_text("单县建设驿站\n\n本报讯 今年以来，单县新建驿站18处。", encoding="utf-8")
    changed = ingest([str(corpus)], db, region="菏泽市", progress=False)
    assert changed.replaced == 1
    con = store.connect(db, read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    assert con.execute("SELECT value FROM claims").fetchall() == [(18.0,)]
    con.close()


def _stored_claims(tmp_path, text: str, columns: str) -> list[tuple]:
    """Ingest one page and read back these columns of its claims (c.: claims, d.: documents), in order."""
    _write(tmp_path, "page.txt", text)
    db = tmp_path / "kb.duckdb"
    ingest([str(tmp_path / "page.txt")], db, region="菏泽市", progress=False)
    con = store.connect(db, read_only=True)
    try:
        sql = f"SELECT {columns} FROM claims c JOIN documents d USING (doc_id) ORDER BY c.start_offset"
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_claims_carry_provenance(tmp_path):
    row = _stored_claims(
        tmp_path,
        "我市新建驿站465处。",
        "c.start_offset, c.end_offset, c.mention, d.text, c.extractor_version, c.article_id",
    )[0]
    start, end, mention, stored_text, version, article_id = row
    assert stored_text[start:end] == mention == "465处" and version and article_id


def test_read_only_connection_to_a_missing_database_says_so(tmp_path):
    import pytest

    with pytest.raises(store.StoreError, match="no such database"):
        store.connect(tmp_path / "missing.duckdb", read_only=True)


def test_places_are_written_once_with_their_parents(tmp_path):
    db = tmp_path / "kb.duckdb"
    con = store.connect(db)
    n = con.execute("SELECT count(*) FROM places").fetchone()[0]
    con.close()
    con = store.connect(db)  # opening again adds nothing
    assert con.execute("SELECT count(*) FROM places").fetchone()[0] == n > 3000
    chain = con.execute(
        "SELECT p.name, q.name, r.name FROM places p JOIN places q ON q.place_code = p.parent_code"
        " JOIN places r ON r.place_code = q.parent_code WHERE p.name = '定陶区'"
    ).fetchall()
    assert chain == [("定陶区", "菏泽市", "山东省")]
    con.close()


def test_read_only_connection_to_an_older_database_says_how_to_upgrade(tmp_path):
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE schema_version (version INTEGER, name VARCHAR, applied_at TIMESTAMP)")
    con.execute("INSERT INTO schema_version VALUES (1, '001_core.sql', now())")
    con.close()
    with pytest.raises(store.StoreError, match="older claimkb.*claimkb check"):
        store.connect(db, read_only=True)
    plain = tmp_path / "plain.duckdb"
    duckdb.connect(str(plain)).close()
    with pytest.raises(store.StoreError, match="not a claimkb database"):
        store.connect(plain, read_only=True)


def test_mentions_and_sentences_are_clean_text_and_offsets_index_the_original(tmp_path):
    from extract.layout import shown_text

    # a column break inside a figure and inside its sentence, as printed pages have them
    page = "单县建设驿站\n\n本报讯 今年以来，单县投入资金3500\n\n万元，新建驿站16\n处。"
    rows = _stored_claims(tmp_path, page, "c.start_offset, c.end_offset, c.mention, c.sentence, d.text")
    assert [r[2] for r in rows] == ["3500万元", "16处"]
    for start, end, mention, sentence, text in rows:
        assert "\n" not in mention and "\n" not in sentence
        assert shown_text(text[start:end]) == mention and "\n" in text[start:end]
    assert rows[0][3].endswith("今年以来，单县投入资金3500万元，新建驿站16处。")


def test_check_never_creates_a_database(tmp_path):
    with pytest.raises(store.StoreError, match="no such database"):
        store.connect(tmp_path / "typo.duckdb", create=False)
    assert not (tmp_path / "typo.duckdb").exists()


def test_a_sandboxed_connection_reads_the_file_and_nothing_else(tmp_path):
    db = tmp_path / "kb.duckdb"
    store.connect(db).close()
    (tmp_path / "other.csv").write_text("a\n1\n", encoding="utf-8")
    con = store.connect(db, sandboxed=True)
    try:
        assert con.execute("SELECT count(*) FROM schema_version").fetchone()[0] >= 1
        with pytest.raises(duckdb.PermissionException):
            con.execute(f"SELECT * FROM read_csv('{tmp_path / 'other.csv'}')")
        with pytest.raises(duckdb.Error):
            con.execute("SET enable_external_access = true")  # the configuration is locked
    finally:
        con.close()


def test_sandboxed_connections_from_many_threads_share_one_locked_configuration(tmp_path):
    import threading

    db = tmp_path / "kb.duckdb"
    store.connect(db).close()
    failures: list[Exception] = []

    def read() -> None:
        for _ in range(20):
            try:
                con = store.connect(db, sandboxed=True)
                con.execute("SELECT count(*) FROM schema_version").fetchone()
                con.close()
            except Exception as err:  # the test reports every failure, whatever its kind
                failures.append(err)

    threads = [threading.Thread(target=read) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []


def test_a_writer_waits_a_bounded_time_and_names_the_process_holding_the_file(tmp_path, monkeypatch):
    import subprocess
    import sys

    db = tmp_path / "kb.duckdb"
    store.connect(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(db)!r}, read_only=True); "
         "print('open', flush=True); time.sleep(30)"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "open"
        monkeypatch.setattr(store, "WRITER_WAIT_SECONDS", 0.5)
        with pytest.raises(store.StoreError, match=rf"still held by process {holder.pid}"):
            store.connect(db)
        assert not store.writer_marker(db).exists()  # the marker goes with the wait
    finally:
        holder.kill()
        holder.wait()


def test_the_aspect_is_stored_and_shown_in_claims_view_and_claim_evidence(tmp_path):
    text = "疫情通报\n\n当日解除医学观察183人，共有1077人正在接受医学观察，全省累计报告确诊病例356人。"
    rows = _stored_claims(tmp_path, text, "c.mention, c.aspect")
    assert rows == [("183人", "flow"), ("1077人", "stock"), ("356人", "cumulative")]
    con = store.connect(tmp_path / "kb.duckdb", read_only=True)
    try:
        for view in ("claims_view", "claim_evidence"):
            columns = [row[0] for row in con.execute(f"DESCRIBE {view}").fetchall()]
            assert columns.index("aspect") == columns.index("period_end") + 1  # shown next to the period
            assert con.execute(f"SELECT mention, aspect FROM {view} ORDER BY start_offset").fetchall() == rows
    finally:
        con.close()


def test_a_database_of_the_schema_before_gets_the_aspect_column_empty(tmp_path):
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute(
        "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
        " applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)"
    )
    for version, name, sql in store.migrations():
        if version < 7:  # the database as claimkb left it before aspects, with a claim in it
            con.execute(sql)
            con.execute("INSERT INTO schema_version (version, name) VALUES (?, ?)", [version, name])
    con.execute(
        "INSERT INTO documents (doc_id, source_key, name, n_chars, text, extractor_version)"
        " VALUES ('d', 'k', 'a.txt', 11, '我市新建驿站465处。', 'old')"
    )
    con.execute(
        "INSERT INTO claims (claim_id, doc_id, article_id, start_offset, end_offset, mention, sentence,"
        " sentence_offset, value, unit, kind, extractor_version)"
        " VALUES ('c', 'd', 'd:0', 6, 10, '465处', '我市新建驿站465处。', 0, 465, '处', 'count', 'old')"
    )
    con.close()
    con = store.connect(db)
    try:
        assert con.execute("SELECT mention, aspect FROM claims_view").fetchall() == [("465处", None)]
        assert con.execute("SELECT aspect FROM claim_evidence").fetchall() == [(None,)]
    finally:
        con.close()
