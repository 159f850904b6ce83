"""spaCy imported without its command line (extract/spacy_import.py): the pipeline works as before, and
what was left out is there when asked for. Each case runs in a new interpreter: the test process has
imported spaCy long before."""

import subprocess
import sys

import pytest


def run(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return result.stdout.strip()


def test_importing_claimkb_then_spacy_leaves_out_spacys_commands():
    shown = run(
        "import sys, extract, spacy\n"
        "print(sorted(m for m in ('spacy.cli', 'spacy.cli.info', 'typer', 'weasel') if m in sys.modules))\n"
        "print(spacy.blank('zh').lang)"
    )
    assert shown.splitlines() == ["[]", "zh"]


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        ("import spacy.cli; print(callable(spacy.cli.download))", "True"),  # the real package, loaded on demand
        ("from spacy.cli.info import info; print(info is not spacy.info and callable(info))", "True"),
        ("print(type(spacy.info()).__name__)", "dict"),  # spacy.info still answers, through the real one
    ],
)
def test_what_was_left_out_is_there_when_asked_for(asked, expected):
    assert run(f"import extract, spacy\n{asked}").splitlines()[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "全市新增病例12例，累计确诊300例。",  # news
        "全年全省粮食总产量达到1,234.5万吨，比上年增长2.1%。",  # statistics communiqué
        "公司2023年实现营业收入56.7亿元，同比下降3%。",  # company news
    ],
)
def test_claims_are_those_of_a_spacy_imported_whole(text):
    """The same claims, spaCy imported first (its command line and all) or after claimkb (without)."""
    code = (
        "from extract.pipeline import extract_claims\n"
        f"print([c.to_record()['mention'] + '|' + str(c.to_record()['metric']) for c in extract_claims({text!r})])"
    )
    whole, without = run(f"import spacy.cli\n{code}"), run(code)
    assert whole == without
    assert whole != "[]"
