"""The characters a regular expression's match can start with, for a look-ahead that guards it.

Python's regex engine tries a pattern at every character of the text. For a long alternation (the
excluded set phrases, the period phrases) most characters can start none of its alternatives, yet
each alternative is tried there in turn. A look-ahead at the characters the pattern can start with,
`(?=[…])(?:pattern)`, fails at once where none can, and finds exactly what the pattern finds (the
class holds every character a match can start with). `guarded` builds it; the class is read from the
pattern's text, and a pattern whose start it cannot read (a negated class, a possibly empty match, a
back reference) is left as it is.
"""

from __future__ import annotations

import re

_CLASS = re.compile(r"\[\^?\]?(?:\\.|[^\]\\])*\]")
_COUNT = re.compile(r"\{(?P<least>\d*)(?:,\d*)?\}")
_ASSERTIONS = ("(?=", "(?!", "(?<=", "(?<!")
_ZERO_WIDTH_ESCAPES = "bBAZ"
_ANCHORS = "^$"


class _Unreadable(Exception):
    """The pattern's start is not one this module reads."""


def guarded(pattern: str) -> str:
    """The pattern behind a look-ahead at the characters it can start with, or unchanged when they
    cannot be read from it."""
    try:
        starts, may_be_empty = _alternation(pattern)
    except _Unreadable:
        return pattern
    return pattern if may_be_empty or not starts else f"(?=[{starts}])(?:{pattern})"


def _alternation(pattern: str) -> tuple[str, bool]:
    """(the characters its branches can start with, whether one can match the empty string)."""
    starts, may_be_empty = [], False
    for branch in _branches(pattern):
        branch_starts, empty = _sequence(branch)
        starts.append(branch_starts)
        may_be_empty = may_be_empty or empty
    return "".join(starts), may_be_empty


def _sequence(branch: str) -> tuple[str, bool]:
    """The characters a sequence can start with: its first element's, and the next one's while the
    elements before may match nothing."""
    starts, i = [], 0
    while i < len(branch):
        element_starts, empty, i = _element(branch, i)
        starts.append(element_starts)
        if not empty:
            return "".join(starts), False
    return "".join(starts), True


def _element(branch: str, i: int) -> tuple[str, bool, int]:
    """The element at branch[i] with its quantifier: (its starts, whether it may match nothing, the
    offset after it)."""
    char = branch[i]
    if branch.startswith(_ASSERTIONS, i):
        return "", True, _group_end(branch, i)  # zero-width: the characters after it start the match
    if char == "(":
        end = _group_end(branch, i)
        body = branch[i + 1 : end - 1]
        if body.startswith("?:"):
            body = body[2:]
        elif body.startswith("?P<"):
            body = body[body.index(">") + 1 :]
        elif body.startswith("?"):
            raise _Unreadable(branch)  # a flag, a conditional, a named back reference
        starts, empty = _alternation(body)
        return _quantified(branch, end, starts, empty)
    if char == "[":
        match = _CLASS.match(branch, i)
        if match is None or match.group().startswith("[^"):
            raise _Unreadable(branch)  # a negated class starts with almost any character
        return _quantified(branch, match.end(), _joinable(match.group()[1:-1]), False)
    if char == "\\":
        escaped = branch[i + 1 : i + 2]
        if escaped in _ZERO_WIDTH_ESCAPES:
            return "", True, i + 2
        if not escaped or escaped.isdigit():
            raise _Unreadable(branch)  # a back reference
        return _quantified(branch, i + 2, branch[i : i + 2], False)
    if char in _ANCHORS:
        return "", True, i + 1
    if char == ".":
        raise _Unreadable(branch)
    return _quantified(branch, i + 1, re.escape(char), False)


def _joinable(body: str) -> str:
    """A class's body that keeps its meaning beside others in one class: a - or ] at its start, or a
    - at its end, would join the next body's first character in a range; a ^ at the class's start
    would negate it; doubled &, ~ or | would be a set operation."""
    if body[:1] in ("-", "]", "^", "&", "~", "|"):
        body = "\\" + body
    if body[-1:] in ("-", "&", "~", "|") and body[-2:-1] != "\\":
        body = body[:-1] + "\\" + body[-1]
    return body


def _quantified(branch: str, i: int, starts: str, empty: bool) -> tuple[str, bool, int]:
    """An element's starts with the quantifier after it read: ?, * and {0,…} let it match nothing."""
    quantifier = branch[i : i + 1]
    if quantifier in ("?", "*"):
        empty, i = True, i + 1
    elif quantifier == "+":
        i += 1
    elif (count := _COUNT.match(branch, i)) is not None:
        empty = empty or count["least"] in ("", "0")
        i = count.end()
    else:  # a { that opens no count is a character of its own, read next
        return starts, empty, i
    if branch[i : i + 1] in ("?", "+"):  # lazy or possessive: the same characters
        i += 1
    return starts, empty, i


def _group_end(pattern: str, start: int) -> int:
    """The offset just past the group opened at pattern[start]."""
    depth, i = 0, start
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            match = _CLASS.match(pattern, i)
            if match is None:
                raise _Unreadable(pattern)
            i = match.end()
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise _Unreadable(pattern)


def _branches(pattern: str) -> list[str]:
    """The pattern split at its top-level |."""
    branches, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            match = _CLASS.match(pattern, i)
            if match is None:
                raise _Unreadable(pattern)
            i = match.end()
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    return branches
