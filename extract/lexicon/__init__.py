"""Loads the lexicon files beside this module once, as plain Python structures.

The files are the reviewed source of truth for words: editing a unit, a qualifier or an excluded
phrase is a data change, not a code change. Lines starting with # are comments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import ahocorasick_rs

from extract import user_lexicon
from extract.pattern_cache import compile_pattern
from extract.pattern_starts import guarded


@dataclass(frozen=True)
class Unit:
    surface: str
    unit: str
    kind: str
    scale: float
    # characters that, right after the unit, make it part of a word (口 in 口罩, 例 in 例如)
    not_before: str = ""


def _rows(name: str) -> list[list[str]]:
    text = resources.files("extract.lexicon").joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.rstrip("\n").split("\t"))
    return rows


def rows(name: str) -> list[list[str]]:
    """A tab-separated lexicon file's rows, comments and blank lines left out."""
    return _rows(name)


def _words(name: str) -> list[str]:
    return [row[0].strip() for row in _rows(name)]


@cache
def units() -> dict[str, Unit]:
    """Surface form -> Unit: the package's (package_units) and the user lexicon's, each its own unit."""
    table = dict(package_units())
    user = user_lexicon.active()
    for surface, kind in user.units if user else ():
        table.setdefault(surface, Unit(surface, surface, kind, 1.0))
    return table


@cache
def package_units() -> dict[str, Unit]:
    """Surface form -> Unit: units.tsv, and the currencies written after a number (currencies.tsv)."""
    table = {r[0]: Unit(r[0], r[1], r[2], float(r[3]), r[4] if len(r) > 4 else "") for r in _rows("units.tsv")}
    for surface, unit, _iso, position in _rows("currencies.tsv"):
        if position == "after":
            table.setdefault(surface, Unit(surface, unit, "money", 1.0))
    return table


@cache
def currency_signs() -> dict[str, str]:
    """Currency signs written before a number (US$, HK$, €, ￥) -> the currency's unit (美元, 港元, 欧元, 元)."""
    return {surface: unit for surface, unit, _iso, position in _rows("currencies.tsv") if position == "before"}


@cache
def qualifiers() -> dict[str, dict[str, str]]:
    """position ('before' | 'after' | 'trailing' | 'share') -> surface -> qualifier."""
    table: dict[str, dict[str, str]] = {"before": {}, "after": {}, "trailing": {}, "share": {}}
    for surface, position, qualifier in _rows("qualifiers.tsv"):
        table[position][surface] = qualifier
    return table


@cache
def exclusion_pattern() -> re.Pattern[str]:
    """Slogans and set phrases that hold a numeral but state no quantity (the package's), behind a
    look-ahead at the characters they start with: the claims step searches the text around every
    figure for them, and trying each phrase at every character was most of that step's own cost."""
    return compile_pattern(guarded("|".join(f"(?:{p})" for p in _words("exclusions.txt"))))


@cache
def user_exclusions() -> ahocorasick_rs.AhoCorasick | None:
    """The user lexicon's excluded phrases (literal text, not patterns), found at a cost that does not
    grow with their number; None without any."""
    user = user_lexicon.active()
    return ahocorasick_rs.AhoCorasick(list(user.exclusions)) if user and user.exclusions else None


@cache
def word_list(name: str) -> tuple[str, ...]:
    """A one-word-a-line lexicon file, longest words first (for greedy matching)."""
    return tuple(sorted(set(_words(name)), key=len, reverse=True))


@cache
def word_table(name: str) -> dict[str, str]:
    """A two-column lexicon file as a mapping of its first column to its second, with the user
    lexicon's entries of the same meaning (user_lexicon: metric synonyms, subject aliases, the
    short names of organisations)."""
    table = package_word_table(name)
    user = user_lexicon.active()
    if user is None or name not in _USER_TABLES:
        return table
    return {**_USER_TABLES[name](user), **table}


def package_word_table(name: str) -> dict[str, str]:
    """A two-column lexicon file of the package as a mapping of its first column to its second."""
    return {row[0]: row[1] for row in _rows(name) if len(row) >= 2}


def _organisation_names(user: user_lexicon.UserLexicon) -> dict[str, str]:
    return {written: o.name for o in user.organisations for written in (o.name, *o.short_names)}


# the package's tables a user lexicon adds to: the entries it adds
_USER_TABLES = {
    "metric_synonyms.tsv": lambda user: dict(user.metric_synonyms),
    "scope_place_words.tsv": lambda user: dict(user.subject_aliases),
    "organisation_names.tsv": _organisation_names,
}


# what joins the items of a list: 东部、中部和西部; A和B分别…
LIST_SEPARATOR = compile_pattern(r"[、和及与]|以及")


@cache
def reporting_verbs(mark: str = "") -> tuple[str, ...]:
    """The verbs of lexicon/reporting_verbs.txt of one kind, told by the mark written before them: none (a colon
    follows: 查明：), "+" (publishing a report: 发布), "," (a body's statistics before a comma: 统计，)."""
    words = word_list("reporting_verbs.txt")
    if not mark:
        return tuple(word for word in words if not word.startswith(_REPORTING_MARKS))
    return tuple(word[len(mark) :] for word in words if word.startswith(mark))


_REPORTING_MARKS = ("+", ",")


@cache
def change_verbs() -> str:
    """The verbs of change (change_verbs.tsv: 增长, 下降, 同比增收) as one regex alternation, read by every step that
    finds a change by its verb."""
    return alternation(list(word_table("change_verbs.tsv")))


# the last character of a change's noun (增幅, 增速) or of a change naming what changed (增收, 增支, 增产)
_NAMING_A_CHANGE = ("幅", "速", "收", "支", "产")


@cache
def metric_links() -> tuple[str, ...]:
    """The words between what is counted and its figure (metric_links.txt: 达到, 共有, 同比) and the verbs of change
    of two characters or more (change_verbs.tsv: 增长, 急挫), which link a noun to its change the same way. Not links:
    nouns of change (增幅, 增速) and changes that name what changed (增收: income, 增支, 增产: the metric's word), nor
    one character alone (增, 减 end 新增, 核减)."""
    verbs = [verb for verb in word_table("change_verbs.tsv") if len(verb) > 1 and not verb.endswith(_NAMING_A_CHANGE)]
    return tuple(dict.fromkeys([*word_list("metric_links.txt"), *verbs]))


@cache
def money_words() -> tuple[str, ...]:
    """The words that name a sum of money (money_words.txt: 收入, 债务, 经费), read by every step that tells money by
    its word."""
    return tuple(word_list("money_words.txt"))


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of literal words, longest first so the longest one wins. Words of one length
    are in a fixed order, though no two of them can match at one place: the same words, from a set in
    any order, make the same pattern text, which extract/pattern_cache.py finds compiled."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda word: (-len(word), word)))
