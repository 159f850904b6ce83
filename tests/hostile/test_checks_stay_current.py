"""When a document goes (replaced by its file's new text, pruned, removed), the verdicts it took part in
working out go stale with it — a corpus verdict over the other figures of its metric, and those of its
reprints — and the next `claimkb check` must give what a database that never held it gives. So must it
when a new document joins two groups of reprints into one."""

import pytest
from kb_state import check, clean_state, state

from extract import cli
from extract.ingest import ingest

OPTIONS = {"region": "菏泽市", "date": "2020-02-04"}
PAGES = {
    "a.txt": "2月3日，单县新增确诊病例12例，累计确诊病例300例。",
    "b.txt": "2月3日，单县新增确诊病例12例，累计确诊病例310例。",  # the one that goes: the conflict's other figure
    "c.txt": "2月3日，单县新增确诊病例15例，累计确诊病例300例，其中男性100例，女性200例。",
    "d.txt": "据县卫健委通报，2月3日，单县新增确诊病例12例，累计确诊病例300例。",
    "e.txt": "据县卫健委通报：2月3日，单县新增确诊病例12例，累计确诊病例300例。",  # a reprint of d.txt
}


@pytest.fixture
def checked(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    for name, text in PAGES.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "kb.duckdb"
    ingest([str(folder)], db, progress=False, **OPTIONS)
    check(db)
    assert "conflict" in {row[3] for row in state(db).verdicts} and state(db).reprints
    return folder, db


def _same_as_clean(folder, db, tmp_path):
    check(db)
    state(db).same_as(clean_state(folder, tmp_path / "clean.duckdb", **OPTIONS))


def test_a_replaced_document_leaves_no_verdict_stale(checked, tmp_path):
    folder, db = checked
    (folder / "b.txt").write_text("曹县投放8辆自行车。", encoding="utf-8")  # names the metric no more
    ingest([str(folder)], db, progress=False, **OPTIONS)
    _same_as_clean(folder, db, tmp_path)


@pytest.mark.parametrize("name", ["b.txt", "e.txt"])
def test_a_removed_document_leaves_no_verdict_stale(checked, tmp_path, name, capsys):
    folder, db = checked
    (folder / name).unlink()
    assert cli.main(["remove", str(folder / name), "--db", str(db)]) == 0
    _same_as_clean(folder, db, tmp_path)


@pytest.mark.parametrize("name", ["b.txt", "d.txt"])
def test_a_pruned_document_leaves_no_verdict_stale(checked, tmp_path, name):
    folder, db = checked
    (folder / name).unlink()
    report = ingest([str(folder)], db, progress=False, prune=True, **OPTIONS)
    assert report.pruned == 1
    _same_as_clean(folder, db, tmp_path)


def test_a_copy_of_two_texts_stored_apart_leaves_no_verdict_stale(tmp_path):
    """x.txt and y.txt print different figures on 驿站 (a conflict of two sources); n.txt, their common part,
    is a reprint of each, so the three are one source — on 驿站 too, which n.txt does not name."""
    folder = tmp_path / "pages"
    folder.mkdir()
    common = (
        "据县卫健委通报，2月3日，单县新增确诊病例12例，累计确诊病例300例。县疫情防控指挥部要求各乡镇各部门严格落实"
        "防控措施，加强重点人群排查管控，做好物资保障和宣传引导工作，坚决遏制疫情扩散蔓延势头。"
    )
    (folder / "x.txt").write_text(common + "单县新建驿站16处，服务群众3000人次。", encoding="utf-8")
    (folder / "y.txt").write_text(common + "单县新建驿站18处，服务群众5000人次。", encoding="utf-8")
    db = tmp_path / "kb.duckdb"
    ingest([str(folder)], db, progress=False, **OPTIONS)
    check(db)
    assert not state(db).reprints
    (folder / "n.txt").write_text(common, encoding="utf-8")
    ingest([str(folder)], db, progress=False, **OPTIONS)
    assert len(state(db).reprints) == 2
    _same_as_clean(folder, db, tmp_path)
