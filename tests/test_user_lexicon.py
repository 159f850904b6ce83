"""A newsroom's own lexicon folder (extract/user_lexicon.py): read whole or refused with the file and line,
merged into extraction while active, and recorded with the claims it read."""

from pathlib import Path

import pytest

from extract import user_lexicon
from extract.ingest import ingest
from extract.pipeline import extract_claims
from extract.store import connect
from extract.summary import other_lexicons, user_lexicon_claims
from extract.user_lexicon import LexiconError, load
from extract.version import EXTRACTOR_VERSION, extractor_version

PLACES = "name\tlevel\tparent\tcode\n# a village the papers of 定陶区 name\n西大王庄村\tvillage\t定陶区\t\n"
ORGANISATIONS = "name\tshort_names\tparent\n蓝海物流有限公司\t蓝海物流|蓝海\t菏泽市\n"
VILLAGE = "据了解，西大王庄村种植大蒜3000亩。"
COMPANY = "蓝海物流营收3.2亿元。"


def write(folder: Path, **files: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name.replace("_txt", ".txt").replace("_tsv", ".tsv")).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def active():
    """Activate a lexicon folder for the test; the package's lexicons alone again after it."""
    yield lambda folder: user_lexicon.activate(load(folder))
    user_lexicon.activate(None)


def subjects(text: str, region: str = "菏泽市") -> dict[str, str | None]:
    return {c.mention: c.subject for c in extract_claims(text, "t.txt", "0" * 64, region=region)}


def test_a_village_and_a_company_of_the_user_lexicon_are_the_subjects(tmp_path, active):
    assert subjects(VILLAGE + COMPANY) == {"3000亩": "王庄村", "3.2亿元": "王庄村"}  # the package alone
    active(write(tmp_path / "lex", places_tsv=PLACES, organisations_tsv=ORGANISATIONS))
    claims = {c.mention: c for c in extract_claims(VILLAGE + COMPANY, "t.txt", "0" * 64, region="菏泽市")}
    assert claims["3000亩"].subject == "西大王庄村"
    assert claims["3000亩"].place_code == "371703000000"  # its parent's: 定陶区
    assert claims["3.2亿元"].subject == "蓝海物流有限公司"
    assert claims["3.2亿元"].place_code == "371700000000"  # its parent's: 菏泽市
    user_lexicon.activate(None)
    assert subjects(VILLAGE + COMPANY) == {"3000亩": "王庄村", "3.2亿元": "王庄村"}  # its caches went with it


def test_units_metric_synonyms_aliases_and_exclusions_of_the_user_lexicon(tmp_path, active):
    text = "全市发出车皮1200车皮。牡丹城新增就业1.2万人。会议提出三个一批工作法。"
    before = {c.mention: c for c in extract_claims(text, "t.txt", "0" * 64, region="济南市")}
    assert "1200车皮" not in before and before["1.2万人"].subject == "济南市" and "三个" in before
    active(
        write(
            tmp_path / "lex",
            units_tsv="unit\tkind\n车皮\tcount\n",
            metric_synonyms_tsv="form\tkey\n就业\t城镇新增就业人数\n",
            subject_aliases_tsv="alias\tname\n牡丹城\t菏泽市\n",
            exclusions_txt="三个一批\n",
        )
    )
    after = {c.mention: c for c in extract_claims(text, "t.txt", "0" * 64, region="济南市")}
    assert after["1200车皮"].unit == "车皮"
    assert after["1.2万人"].subject == "菏泽市"
    assert after["1.2万人"].metric_key == "城镇新增就业人数"
    assert "三个" not in after


def test_reingesting_under_a_user_lexicon_replaces_the_claims_and_records_its_digest(tmp_path, active):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(VILLAGE + COMPANY, encoding="utf-8")
    db = tmp_path / "kb.duckdb"
    ingest([str(tmp_path / "docs")], db, progress=False, jobs=1)
    lexicon = load(write(tmp_path / "lex", places_tsv=PLACES, organisations_tsv=ORGANISATIONS))
    user_lexicon.activate(lexicon)
    report = ingest([str(tmp_path / "docs")], db, progress=False, jobs=1)
    assert (report.replaced, report.other_lexicon) == (1, 1)
    assert "(1 of them because the user lexicon changed)" in report.summary()
    con = connect(db)
    claims = con.execute("SELECT mention, subject, lexicon_digest FROM claims ORDER BY start_offset").fetchall()
    version = con.execute("SELECT extractor_version FROM documents").fetchone()[0]
    assert claims == [("3000亩", "西大王庄村", lexicon.digest), ("3.2亿元", "蓝海物流有限公司", lexicon.digest)]
    assert version == extractor_version() == f"{EXTRACTOR_VERSION}.lexicon.{lexicon.digest}"
    assert user_lexicon_claims(con, lexicon) == (2, 2)
    assert other_lexicons(con, None) == {lexicon.digest: 2} and other_lexicons(con, lexicon.digest) == {}
    con.close()
    assert ingest([str(tmp_path / "docs")], db, progress=False, jobs=1).unchanged == 1
    user_lexicon.activate(None)
    report = ingest([str(tmp_path / "docs")], db, progress=False, jobs=1)
    assert (report.replaced, report.other_lexicon) == (1, 1)  # back to the package's words alone
    con = connect(db)
    assert con.execute("SELECT DISTINCT subject, lexicon_digest FROM claims").fetchall() == [("王庄村", None)]
    con.close()


def test_the_digest_follows_the_files(tmp_path):
    first = load(write(tmp_path / "a", places_tsv=PLACES))
    assert load(write(tmp_path / "b", places_tsv=PLACES)).digest == first.digest
    assert load(write(tmp_path / "c", places_tsv=PLACES + "东小庄村\tvillage\t定陶区\n")).digest != first.digest


@pytest.mark.parametrize(
    ("files", "where", "said"),
    [
        ({"places_tsv": "name\tlevel\tparent\n西大王庄村\tvillage\n"}, "places.tsv:2", "2 field(s); expected 3"),
        ({"places_tsv": "名称\t级别\n西大王庄村\tvillage\t定陶区\n"}, "places.tsv:1", "header"),
        ({"places_tsv": "name\tlevel\tparent\n西大王庄村\thamlet\t定陶区\n"}, "places.tsv:2", "unknown level 'hamlet'"),
        (
            {"places_tsv": "name\tlevel\tparent\n西大王庄村\tvillage\t火星区\n"},
            "places.tsv:2",
            "unknown parent '火星区'",
        ),
        ({"places_tsv": PLACES + "西大王庄村\tvillage\t曹县\n"}, "places.tsv:4", "differs from its entry on line 3"),
        ({"places_tsv": "name\tlevel\tparent\tcode\n定陶区\tcounty\t菏泽市\t\n"}, "places.tsv:2", "the package knows"),
        ({"places_tsv": "name\tlevel\tparent\tcode\n新区\tcounty\t菏泽市\t3717\n"}, "places.tsv:2", "code '3717'"),
        (
            {"organisations_tsv": "name\tshort_names\tparent\n蓝海物流有限公司\t蓝海\t火星区\n"},
            "organisations.tsv:2",
            "火星区",
        ),
        (
            {"organisations_tsv": ORGANISATIONS + "蓝海控股集团\t蓝海\t\n"},
            "organisations.tsv:3",
            "蓝海 stands for 蓝海物流有限公司 on line 2",
        ),
        ({"organisations_tsv": "name\tshort_names\tparent\n某公司\t深市\t\n"}, "organisations.tsv:2", "in the package"),
        ({"units_tsv": "unit\tkind\n车皮\tweight\n"}, "units.tsv:2", "unknown kind 'weight'"),
        ({"units_tsv": "unit\tkind\n亩\tmoney\n"}, "units.tsv:2", "亩 is a measure unit in the package"),
        ({"metric_synonyms_tsv": "form\tkey\n营收\t营业收入\n营收\t收入\n"}, "metric_synonyms.tsv:3", "on line 2"),
        ({"subject_aliases_tsv": "alias\tname\n牡丹城\t牡丹国\n"}, "subject_aliases.tsv:2", "unknown place '牡丹国'"),
        ({"subject_aliases_tsv": "alias\tname\n港府\t菏泽市\n"}, "subject_aliases.tsv:2", "港府 is the place"),
        ({"exclusions_txt": "三个一批\n两个\t维护\n"}, "exclusions.txt:2", "without tabs"),
        ({"place_tsv": "name\tlevel\tparent\n"}, "place.tsv", "not a lexicon file"),
    ],
)
def test_a_broken_lexicon_is_refused_naming_file_and_line(tmp_path, files, where, said):
    with pytest.raises(LexiconError) as refused:
        load(write(tmp_path / "lex", **files))
    message = str(refused.value)
    assert f"{tmp_path / 'lex' / where}" in message and said in message and "\n" not in message


def test_a_file_not_utf8_and_a_missing_folder_are_refused(tmp_path):
    folder = tmp_path / "lex"
    folder.mkdir()
    (folder / "places.tsv").write_bytes("name\tlevel\tparent\n西大王庄村\tvillage\t定陶区\n".encode("gb18030"))
    with pytest.raises(LexiconError, match="places.tsv: not UTF-8"):
        load(folder)
    with pytest.raises(LexiconError, match="no such lexicon folder"):
        load(tmp_path / "absent")


def test_the_folder_in_use(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(user_lexicon.ENV_VARIABLE, raising=False)
    assert user_lexicon.folder_in_use(None) is None
    (tmp_path / "claimkb-lexicon").mkdir()
    assert user_lexicon.folder_in_use(None) == Path("claimkb-lexicon")
    monkeypatch.setenv(user_lexicon.ENV_VARIABLE, "/elsewhere")
    assert user_lexicon.folder_in_use(None) == Path("/elsewhere")
    assert user_lexicon.folder_in_use("given") == Path("given")
