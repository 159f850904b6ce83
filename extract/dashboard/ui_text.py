"""The dashboard's words in Chinese (the default) and in English: every label, heading, help text, verdict
name, button and error message comes from ui_strings.tsv (one key a row: key, zh, en), none is a literal in a
template. A value the data keeps as a code (a verdict, a kind, a rule) is shown through its family's key
(verdict.conflict), so a new verdict is two words in the file. The CSV and JSON twins never pass through here:
they are the same in both languages.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from markupsafe import Markup, escape

LANGUAGES = ("zh", "en")
DEFAULT_LANGUAGE = "zh"
HTML_LANG = {"zh": "zh-CN", "en": "en"}  # the page's <html lang>
STRINGS_FILE = "ui_strings.tsv"


class UiStringsError(ValueError):
    """A row of ui_strings.tsv that is not a key with its words in every language."""


@cache
def ui_strings() -> dict[str, dict[str, str]]:
    """key -> {language: words}, from the package's ui_strings.tsv (a header row, then key, zh, en)."""
    lines = files("extract.dashboard").joinpath(STRINGS_FILE).read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    if header != ["key", *LANGUAGES]:
        raise UiStringsError(f"{STRINGS_FILE}:1: header {header}, expected key and {', '.join(LANGUAGES)}")
    table: dict[str, dict[str, str]] = {}
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        key, *words = line.split("\t")
        if len(words) != len(LANGUAGES) or not all(word.strip() for word in words):
            raise UiStringsError(f"{STRINGS_FILE}:{number}: {key!r} needs words in {', '.join(LANGUAGES)}")
        if key in table:
            raise UiStringsError(f"{STRINGS_FILE}:{number}: {key!r} twice")
        table[key] = dict(zip(LANGUAGES, words, strict=True))
    return table


def chosen_language(asked: str | None, remembered: str | None, default: str = DEFAULT_LANGUAGE) -> str:
    """The language of a page: ?lang= when it names one, else the one remembered (the cookie), else the default."""
    for language in (asked, remembered):
        if language in LANGUAGES:
            return language
    return default


@dataclass(frozen=True)
class UiText:
    """The dashboard's words in one language; called in templates as t('key', name=value)."""

    language: str = DEFAULT_LANGUAGE

    def __call__(self, key: str, /, **values: object) -> Markup:
        """The words of `key` for HTML, each {name} filled with its value, escaped (a Markup value kept)."""
        return Markup(escape(ui_strings()[key][self.language])).format(**values)

    def plain(self, key: str, /, **values: object) -> str:
        """The words of `key` as plain text (a chart's title, a tooltip, an error in a twin)."""
        return ui_strings()[key][self.language].format(**values)

    def label(self, family: str, code: object) -> str:
        """A code the data keeps as its reader sees it (verdict conflict -> 矛盾); a code the file does not
        know (a rule added since) as itself; nothing for none."""
        if code is None or code != code:  # None or NaN
            return ""
        key = f"{family}.{code}"
        return ui_strings()[key][self.language] if key in ui_strings() else str(code)

    def has(self, family: str, code: object) -> bool:
        return f"{family}.{code}" in ui_strings()
