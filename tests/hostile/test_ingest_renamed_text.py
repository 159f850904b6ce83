"""A text two files hold is stored once, under the one read first; when that one changes (or is renamed
away), the run that reads the change must leave the other file's text stored, with its claims — not
drop it until a later run reads that file again."""

import duckdb
import pytest

from extract.ingest import ingest

OLD = "全市新增病例12例，累计确诊300例。"
NEW = "全市新增病例15例，累计确诊315例。"


def _stored(db) -> dict[str, tuple[str, list[float]]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(
            "SELECT d.name, d.text, list(c.value ORDER BY c.start_offset) FROM documents d"
            " LEFT JOIN claims c USING (doc_id) GROUP BY d.name, d.text"
        ).fetchall()
    finally:
        con.close()
    return {name: (text, values) for name, text, values in rows}


# the file that holds the stored text and the one read as its duplicate, in either walk order; a batch
# of one document puts the duplicate and the change in two transactions
@pytest.mark.parametrize("holder, duplicate", [("a.txt", "b.txt"), ("b.txt", "a.txt")])
@pytest.mark.parametrize("batch", [200, 1])
def test_the_text_of_a_duplicate_stays_stored_when_the_file_it_was_stored_under_changes(
    tmp_path, holder, duplicate, batch
):
    folder = tmp_path / "pages"
    folder.mkdir()
    db = tmp_path / "kb.duckdb"
    (folder / holder).write_text(OLD, encoding="utf-8")
    ingest([str(folder)], db, progress=False, batch_documents=batch)
    (folder / duplicate).write_text(OLD, encoding="utf-8")  # a copy: stored once, under the holder
    second = ingest([str(folder)], db, progress=False, batch_documents=batch)
    assert second.duplicate == 1 and set(_stored(db)) == {holder}
    (folder / holder).write_text(NEW, encoding="utf-8")  # then the holder changes
    third = ingest([str(folder)], db, progress=False, batch_documents=batch)
    assert _stored(db) == {holder: (NEW, [15.0, 315.0]), duplicate: (OLD, [12.0, 300.0])}
    assert third.stored == 2 and not third.errors
    fourth = ingest([str(folder)], db, progress=False, batch_documents=batch)  # and nothing is left to do
    assert (fourth.added, fourth.replaced, fourth.unchanged) == (0, 0, 2)


def test_a_file_renamed_to_a_copy_of_another_leaves_that_text_stored(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    db = tmp_path / "kb.duckdb"
    (folder / "m.txt").write_text(OLD, encoding="utf-8")
    (folder / "z.txt").write_text(OLD, encoding="utf-8")
    ingest([str(folder)], db, progress=False)
    (folder / "z.txt").rename(folder / "c.txt")  # c.txt sorts before m.txt: read first, as a copy of it
    (folder / "m.txt").write_text(NEW, encoding="utf-8")
    ingest([str(folder)], db, progress=False)
    stored = _stored(db)
    assert stored["m.txt"] == (NEW, [15.0, 315.0])
    assert OLD in {text for text, _ in stored.values()}
