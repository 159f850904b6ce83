"""The extractor version changes with any rule, and only with rules (extract/version.py)."""

import shutil
from pathlib import Path

import extract
from extract.version import EXTRACTOR_VERSION, RELEASE, rules_digest

PACKAGE = Path(extract.__file__).resolve().parent


def _copy(tmp_path: Path) -> Path:
    copy = tmp_path / "extract"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def test_version_is_the_release_and_the_digest_of_the_rules():
    assert f"{RELEASE}+{rules_digest()}" == EXTRACTOR_VERSION
    assert rules_digest() == rules_digest(PACKAGE)


def test_a_changed_word_list_or_component_changes_the_version(tmp_path):
    copy = _copy(tmp_path)
    before = rules_digest(copy)
    with (copy / "lexicon" / "units.tsv").open("a", encoding="utf-8") as handle:
        handle.write("拃\t拃\tmeasure\t1\n")
    after_lexicon = rules_digest(copy)
    assert after_lexicon != before
    (copy / "components" / "metric.py").write_text("# changed\n", encoding="utf-8")
    after_component = rules_digest(copy)
    assert after_component not in (before, after_lexicon)
    (copy / "lexicon" / "__init__.py").write_text("# changed\n", encoding="utf-8")  # the loaders
    assert rules_digest(copy) not in (before, after_lexicon, after_component)


def test_code_that_decides_no_claim_leaves_the_version_alone(tmp_path):
    copy = _copy(tmp_path)
    before = rules_digest(copy)
    (copy / "cli.py").write_text("# changed\n", encoding="utf-8")
    (copy / "startup.py").write_text("# changed\n", encoding="utf-8")
    (copy / "dashboard" / "pages.py").write_text("# changed\n", encoding="utf-8")
    assert rules_digest(copy) == before


def test_the_version_computed_on_first_use_is_the_same_everywhere():
    """EXTRACTOR_VERSION and extract.__version__ are computed when first read (not by every command's
    import), and are the one version `claimkb --version` prints."""
    import subprocess
    import sys

    from extract.version import rules_version

    assert extract.__version__ == EXTRACTOR_VERSION == rules_version()
    shown = subprocess.run([sys.executable, "-m", "extract", "--version"], capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == f"claimkb {EXTRACTOR_VERSION}"
