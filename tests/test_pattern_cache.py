"""The on-disk cache of compiled patterns (extract/pattern_cache.py): what it hands back is what re.compile
makes, read from the file in a later process, never a program of an older lexicon, and a folder it cannot
write only costs the compiling."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from extract import pattern_cache

# (pattern, flags, texts to search): groups, look-arounds, flags, the alternations the lexicon makes
PATTERNS = [
    (r"(?P<number>\d+(?:\.\d+)?)(?P<unit>万元|亿元|元)", 0, ["全年完成投资12.5亿元", "收入300万元", "无数字"]),
    (r"(?<![占对无好])比(?:上年|去年同期)?", 0, ["比上年增长5%", "占比三成", "同比下降"]),
    (r"(?=[截至])(?:截至|截止)\s*(?P<month>\d{1,2})月", 0, ["截至6月底", "截止 12月", "至今"]),
    (r"gdp\s+growth", re.IGNORECASE, ["GDP  Growth of 5%", "gdp growth", "none"]),
    (
        r"""(?P<year>\d{4}) 年   # a year
         (?P<month>\d{1,2})?  # its month, if written""",
        re.VERBOSE,
        ["2023年6月", "2024年", "年月"],
    ),
    ("|".join(["马达加斯加阿里亚里", "人民币", "美元", "元"]), 0, ["折合人民币约5亿", "30美元", "法郎"]),
]


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    """An empty cache folder of this test, and a process that has read no cache file yet."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(pattern_cache.ENV_VARIABLE, str(folder))
    fresh_process(monkeypatch)
    return folder


def fresh_process(monkeypatch) -> None:
    """The module's state as a new process starts with it: no file read, nothing compiled."""
    monkeypatch.setattr(pattern_cache, "_entries", None)
    monkeypatch.setattr(pattern_cache, "_new", {})


def same_as_re(compiled: re.Pattern[str], pattern: str, flags: int, texts: list[str]) -> None:
    expected = re.compile(pattern, flags)
    assert compiled == expected  # pattern text, flags and program
    assert (compiled.groups, compiled.groupindex) == (expected.groups, expected.groupindex)
    for text in texts:
        found, wanted = compiled.search(text), expected.search(text)
        assert (found and (found.span(), found.groupdict())) == (wanted and (wanted.span(), wanted.groupdict()))


@pytest.mark.parametrize(("pattern", "flags", "texts"), PATTERNS)
def test_a_pattern_compiled_and_one_read_back_match_as_re_compiles_it(cache_dir, monkeypatch, pattern, flags, texts):
    same_as_re(pattern_cache.compile_pattern(pattern, flags), pattern, flags, texts)
    pattern_cache.save()
    assert pattern_cache.cache_file().is_file()

    fresh_process(monkeypatch)

    def not_compiled(*_args):
        raise AssertionError("compiled again: the cache file was not read")

    monkeypatch.setattr(pattern_cache, "_compiled_entry", not_compiled)
    same_as_re(pattern_cache.compile_pattern(pattern, flags), pattern, flags, texts)


def test_an_edited_lexicon_file_starts_a_new_cache_file_and_the_old_one_goes(cache_dir, monkeypatch, tmp_path):
    lexicon = tmp_path / "lexicon"
    shutil.copytree(Path(pattern_cache.__file__).parent / "lexicon", lexicon)
    monkeypatch.setattr(pattern_cache, "_LEXICON", lexicon)
    pattern_cache.compile_pattern("全市|全省")
    pattern_cache.save()
    before = pattern_cache.cache_file()

    units = lexicon / "units.tsv"
    units.write_text(units.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    os.utime(units, ns=(units.stat().st_atime_ns, units.stat().st_mtime_ns + 1_000_000_000))
    fresh_process(monkeypatch)
    assert pattern_cache.cache_file() != before
    pattern_cache.compile_pattern("全市|全省")
    pattern_cache.save()
    assert pattern_cache.cache_file().is_file() and not before.exists()


def test_a_program_the_engine_refuses_is_compiled_anew(cache_dir, monkeypatch):
    pattern_cache.compile_pattern(r"累计(\d+)例")
    key, entry = next(iter(pattern_cache._new.items()))
    damaged = (entry[0], bytes(len(entry[1])), *entry[2:])  # a program of zeros
    monkeypatch.setattr(pattern_cache, "_new", {key: damaged})
    same_as_re(pattern_cache.compile_pattern(r"累计(\d+)例"), r"累计(\d+)例", 0, ["累计300例"])


def test_a_damaged_file_is_no_cache(cache_dir):
    path = pattern_cache.cache_file()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00not marshal data")
    same_as_re(pattern_cache.compile_pattern(r"新增(\d+)例"), r"新增(\d+)例", 0, ["新增12例"])
    pattern_cache.save()  # writes a good file over it
    assert pattern_cache._read(path)


@pytest.mark.parametrize("folder", ["a file/cache", ""])
def test_a_folder_that_cannot_be_written_or_none_writes_nothing(tmp_path, monkeypatch, folder):
    (tmp_path / "a file").write_text("not a folder")
    monkeypatch.setenv(pattern_cache.ENV_VARIABLE, str(tmp_path / folder) if folder else "")
    fresh_process(monkeypatch)
    same_as_re(pattern_cache.compile_pattern(r"(\d+)家企业"), r"(\d+)家企业", 0, ["全市300家企业"])
    pattern_cache.save()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a file"]


def test_the_same_words_in_any_order_make_one_pattern_text():
    from extract import lexicon

    words = ["美元", "人民币", "欧元", "日元", "港元", "马来西亚林吉特"]
    assert lexicon.alternation(words) == lexicon.alternation(list(reversed(words))) == lexicon.alternation(set(words))
    assert re.fullmatch(lexicon.alternation(words), "马来西亚林吉特")


@pytest.mark.parametrize(
    "text",
    [
        "全市新增病例12例，累计确诊300例。\n",  # news
        "2023年全省地区生产总值5.2万亿元，比上年增长6.1%。\n",  # statistics communiqué
        "今年以来，全县共审结案件1,234件，同比上升3.5%。\n",  # court report
    ],
)
def test_claims_read_with_a_warm_cache_are_those_read_without_one(tmp_path, text):
    """The cache is filled by a first process and read by a second: each finds the claims found without it."""
    source = tmp_path / "one.txt"
    source.write_text(text, encoding="utf-8")

    def claims(cache: str) -> str:
        environment = os.environ | {pattern_cache.ENV_VARIABLE: cache}
        command = [sys.executable, "-m", "extract", "extract", str(source), "--format", "jsonl"]
        result = subprocess.run(command, capture_output=True, text=True, env=environment, check=True)
        return result.stdout

    without = claims("")
    assert without.strip()
    assert claims(str(tmp_path / "cache")) == without  # filling it
    assert list((tmp_path / "cache").glob("patterns-*.marshal"))
    assert claims(str(tmp_path / "cache")) == without  # reading it


def test_only_what_builds_the_pipeline_writes_the_cache_at_exit(cache_dir, monkeypatch):
    # a command that only reads a database (query, serve, export) compiles some patterns and must write nothing
    monkeypatch.setattr(pattern_cache, "_keeping", False)
    registered: list[object] = []
    monkeypatch.setattr(pattern_cache.atexit, "register", registered.append)
    pattern_cache.compile_pattern(r"(\d+)所学校")
    assert registered == []
    from extract.pipeline import build_pipeline

    build_pipeline.cache_clear()
    build_pipeline()
    assert registered == [pattern_cache.save]


# the Ctrl-C may land while the file is found (the lexicon folder read for its name), read, or others removed
@pytest.mark.parametrize("interrupted", ["lexicon_fingerprint", "_read", "_remove_superseded"])
def test_ctrl_c_while_saving_at_exit_leaves_the_file_as_it_was_and_raises_nothing(cache_dir, monkeypatch, interrupted):
    same_as_re(pattern_cache.compile_pattern(r"(\d+)起案件"), r"(\d+)起案件", 0, ["破获300起案件"])
    pattern_cache.save()
    path = pattern_cache.cache_file()
    before = path.read_bytes()

    def interrupt(*_args):
        raise KeyboardInterrupt

    pattern_cache.compile_pattern(r"(\d+)名嫌疑人")  # something new to save
    monkeypatch.setattr(pattern_cache, interrupted, interrupt)
    try:
        pattern_cache.save()  # as the atexit callback runs it: no exception leaves it
    except KeyboardInterrupt:
        pytest.fail("Ctrl-C left save(): the atexit callback would print a traceback")
    if interrupted in ("lexicon_fingerprint", "_read"):
        assert path.read_bytes() == before
    assert not list(path.parent.glob("*.tmp"))
