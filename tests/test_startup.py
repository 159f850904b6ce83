"""The commands start at once (issue 32): each loads only the libraries its work needs. Timed by
bench/bench_startup.py; held here by what a fresh process has imported when the command is done,
which no machine's load changes."""

import gc
import json
import subprocess
import sys

import pytest
from werkzeug.test import Client

from extract.startup import long_lived

HEAVY = ("pandas", "pyarrow", "numpy", "spacy", "openpyxl", "cn2an", "rjieba", "flask")


def heavy_imports(args: list[str]) -> list[str]:
    """The heavy libraries a fresh process has loaded after `claimkb ARGS`."""
    code = (
        "import json, sys\nfrom extract.cli import main\ncode = main(sys.argv[1:])\n"
        f"print(json.dumps([code, [m for m in {HEAVY!r} if m in sys.modules]]))"
    )
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    code, loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert code == 0, result.stderr
    return loaded


@pytest.mark.parametrize(
    ("args", "needed"),
    [
        (["stats"], []),
        (["query", "top_metrics", "--param", "limit=3"], []),
        (["review", "list"], []),
        (["export", "--where", "value < 0"], []),
        (["verify"], ["numpy"]),  # the blocks' checksums, a vector at a time
    ],
)
def test_a_command_that_reads_the_database_loads_no_frames_nor_the_extractor(checked_sample_db, args, needed):
    assert heavy_imports([*args, "--db", str(checked_sample_db)]) == needed


def test_extract_loads_the_extractor_but_no_database_nor_frames(tmp_path):
    sentence = tmp_path / "one.txt"
    sentence.write_text("全市新增病例12例，累计确诊300例。\n", encoding="utf-8")
    loaded = heavy_imports(["extract", str(sentence), "--format", "jsonl"])
    assert "spacy" in loaded and not {"pandas", "pyarrow", "openpyxl", "flask"} & set(loaded)


def test_text_in_digits_is_read_without_the_chinese_numeral_reader(tmp_path):
    sentence = tmp_path / "one.txt"
    sentence.write_text("全市新增病例12例，累计确诊300例。\n", encoding="utf-8")
    assert "cn2an" not in heavy_imports(["extract", str(sentence)])


def test_the_dashboard_listens_before_its_app_is_built_and_serves_once_it_is(checked_sample_db):
    code = (
        "import sys\nfrom extract.dashboard import DeferredApp\n"
        "print(sorted(m for m in ('pandas', 'flask') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"  # what `claimkb serve` loads before it listens
    from extract.dashboard import DeferredApp

    response = Client(DeferredApp(checked_sample_db)).get("/")
    assert response.status_code == 200 and "claimkb" in response.get_data(as_text=True)


def collector_after(args: list[str]) -> tuple[bool, int, int]:
    """The garbage collector in a fresh process after `claimkb ARGS`: whether it runs, how many objects
    it no longer walks (gc.freeze) and how many it does."""
    code = (
        "import gc, json, sys\nfrom extract.cli import main\ncode = main(sys.argv[1:])\n"
        "print(json.dumps([code, gc.isenabled(), gc.get_freeze_count(), len(gc.get_objects())]))"
    )
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    code, enabled, frozen, walked = json.loads(result.stdout.strip().splitlines()[-1])
    assert code == 0, result.stderr
    return enabled, frozen, walked


@pytest.mark.parametrize("command", [["extract"], ["ingest", "--jobs", "1", "--no-progress", "--db", "claims.duckdb"]])
def test_what_the_extractor_imports_is_walked_by_no_collection_after(tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    sentence = tmp_path / "one.txt"
    sentence.write_text("全市新增病例12例，累计确诊300例。\n", encoding="utf-8")
    enabled, frozen, walked = collector_after([*command, str(sentence)])
    # spaCy's and the pipeline's objects, frozen, outnumber what the document and the tables made after
    assert enabled and frozen > walked


@pytest.mark.parametrize(
    "args",
    [["stats"], ["query", "top_metrics", "--param", "limit=3"], ["review", "list"], ["export", "--where", "value < 0"],
     ["verify"]],
)  # fmt: skip
def test_what_a_command_reading_the_database_imports_is_walked_by_no_collection_after(checked_sample_db, args):
    enabled, frozen, walked = collector_after([*args, "--db", str(checked_sample_db)])
    assert enabled and frozen > walked


@pytest.fixture
def collector_restored():
    enabled = gc.isenabled()
    yield
    gc.unfreeze()
    if enabled:
        gc.enable()
    else:
        gc.disable()


def test_long_lived_pauses_the_collector_then_freezes_what_the_block_built(collector_restored):
    gc.enable()
    with long_lived():
        assert not gc.isenabled()
        built = [[] for _ in range(1000)]
    assert gc.isenabled() and gc.get_freeze_count() >= len(built)
    assert not any(obj is built[0] for obj in gc.get_objects())


def test_long_lived_leaves_a_paused_collector_paused(collector_restored):
    gc.disable()
    with long_lived():
        pass
    assert not gc.isenabled()


def test_the_parser_names_the_files_read_without_loading_their_readers():
    code = (
        "import sys\nfrom extract.cli import build_parser\nbuild_parser()\n"
        "print('extract.sources' in sys.modules, 'extract.warc' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "False"]  # what every command, stats or --help, starts with


def test_the_help_of_extract_lists_every_file_a_folder_walk_reads(capsys):
    from extract.cli import main
    from extract.sources import is_readable

    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    listed = help_text.split("a folder is walked for ")[1].split(" files (")[0].split(", ")
    assert {".txt", ".docx", ".pdf", ".warc.gz"} <= set(listed) and all(is_readable(f"a{end}") for end in listed)


def test_the_parser_reads_neither_the_named_queries_nor_the_rules_until_asked():
    """Every command builds the whole parser: the named queries (listed in `query --help`) and the rules'
    version (--version) are read when that help or version is shown, not for stats or extract."""
    code = (
        "import sys\nfrom extract.cli import build_parser\nimport extract.version as v\n"
        "build_parser().parse_args(['stats'])\n"
        "print('extract.named_queries' in sys.modules, v.rules_version.cache_info().currsize)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "0"]


def test_the_help_of_query_lists_the_named_queries(capsys):
    from extract.cli import main
    from extract.named_queries import named_queries

    with pytest.raises(SystemExit):
        main(["query", "--help"])
    help_text = capsys.readouterr().out
    assert "named queries:" in help_text
    assert all(name in help_text for name in named_queries())
