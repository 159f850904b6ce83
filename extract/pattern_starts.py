"""The characters a regular expression's match can start with, for a look-ahead that guards it.

Python's regex engine tries a pattern at every character of the text. It skips ahead by itself to
the characters a pattern can start with when each of its alternatives opens with a fixed character
(a list of words) or the pattern with one class; otherwise (an alternative that opens with a class,
an optional part or a look-behind: the excluded set phrases, the period phrases, the change verbs
after an optional comparison) each alternative is tried at every character in turn. A look-ahead at
the characters the pattern can start with, `(?=[…])(?:pattern)`, fails at once where none can, and
finds exactly what the pattern finds (the class holds every character a match can start with).
`guarded` builds it where the engine would not skip by itself; the class is read from the pattern's
text, and a pattern whose start it cannot read (a negated class, a possibly empty match, a flag) is
left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from extract.pattern_cache import compile_pattern

_CLASS = compile_pattern(r"\[\^?\]?(?:\\.|[^\]\\])*\]")
_COUNT = compile_pattern(r"\{(?P<least>\d*)(?:,\d*)?\}")
_ASSERTIONS = ("(?=", "(?!", "(?<=", "(?<!")
_ZERO_WIDTH_ESCAPES = "bBAZ"
_ANCHORS = "^$"
_LITERAL, _CLASS_LEAD = "literal", "class"


class _Unreadable(Exception):
    """The pattern's start is not one this module reads."""


class _Start(NamedTuple):
    """How (part of) a pattern starts: the characters it can start with (a class's body), whether it can
    match the empty string, and what opens it when it is always there: a fixed character (_LITERAL), a
    class (_CLASS_LEAD) or something else (None)."""

    starts: str
    empty: bool
    lead: str | None


def guarded(pattern: str) -> str:
    """The pattern behind a look-ahead at the characters it can start with, or unchanged when the engine
    skips to them by itself or they cannot be read from it."""
    try:
        branches = [_sequence(branch) for branch in _branches(pattern)]
    except _Unreadable:
        return pattern
    if any(b.empty or not b.starts for b in branches):
        return pattern
    if all(b.lead == _LITERAL for b in branches) or (len(branches) == 1 and branches[0].lead == _CLASS_LEAD):
        return pattern  # the engine's own skip is faster than a look-ahead
    return f"(?=[{''.join(b.starts for b in branches)}])(?:{pattern})"


def _alternation(pattern: str) -> _Start:
    """How a group's branches start, together."""
    branches = [_sequence(branch) for branch in _branches(pattern)]
    lead = _LITERAL if all(b.lead == _LITERAL for b in branches) else None
    return _Start("".join(b.starts for b in branches), any(b.empty for b in branches), lead)


def _sequence(branch: str) -> _Start:
    """How a sequence starts: with its first element's characters, and the next one's while the
    elements before may match nothing."""
    starts, i, lead = [], 0, None
    while i < len(branch):
        element, i = _element(branch, i)
        if not starts and not element.empty:
            lead = element.lead
        starts.append(element.starts)
        if not element.empty:
            return _Start("".join(starts), False, lead)
    return _Start("".join(starts), True, None)


def _element(branch: str, i: int) -> tuple[_Start, int]:
    """The element at branch[i] with its quantifier, and the offset after it."""
    char = branch[i]
    if branch.startswith(_ASSERTIONS, i):
        return _Start("", True, None), _group_end(branch, i)  # zero-width: the characters after it start the match
    if char == "(":
        end = _group_end(branch, i)
        body = branch[i + 1 : end - 1]
        if body.startswith("?:"):
            body = body[2:]
        elif body.startswith("?P<"):
            body = body[body.index(">") + 1 :]
        elif body.startswith("?"):
            raise _Unreadable(branch)  # a flag, a comment, a conditional, a named back reference
        return _quantified(branch, end, _alternation(body))
    if char == "[":
        match = _CLASS.match(branch, i)
        if match is None or match.group().startswith("[^"):
            raise _Unreadable(branch)  # a negated class starts with almost any character
        return _quantified(branch, match.end(), _Start(_joinable(match.group()[1:-1]), False, _CLASS_LEAD))
    if char == "\\":
        escaped = branch[i + 1 : i + 2]
        if escaped in _ZERO_WIDTH_ESCAPES:
            return _Start("", True, None), i + 2
        if not escaped or escaped.isdigit():
            raise _Unreadable(branch)  # a back reference
        lead = _LITERAL if not escaped.isalpha() else _CLASS_LEAD  # \. is a character, \d a class
        return _quantified(branch, i + 2, _Start(branch[i : i + 2], False, lead))
    if char in _ANCHORS:
        return _Start("", True, None), i + 1
    if char == ".":
        raise _Unreadable(branch)
    return _quantified(branch, i + 1, _Start(re.escape(char), False, _LITERAL))


def _joinable(body: str) -> str:
    """A class's body that keeps its meaning beside others in one class: a - or ] at its start, or a
    - at its end, would join the next body's first character in a range; a ^ at the class's start
    would negate it; doubled &, ~ or | would be a set operation."""
    if body[:1] in ("-", "]", "^", "&", "~", "|"):
        body = "\\" + body
    if body[-1:] in ("-", "&", "~", "|") and body[-2:-1] != "\\":
        body = body[:-1] + "\\" + body[-1]
    return body


def _quantified(branch: str, i: int, element: _Start) -> tuple[_Start, int]:
    """The element with the quantifier after it read: ?, * and {0,…} let it match nothing."""
    quantifier = branch[i : i + 1]
    if quantifier in ("?", "*"):
        element, i = element._replace(empty=True), i + 1
    elif quantifier == "+":
        i += 1
    elif (count := _COUNT.match(branch, i)) is not None:
        element, i = element._replace(empty=element.empty or count["least"] in ("", "0")), count.end()
    else:  # a { that opens no count is a character of its own, read next
        return element, i
    if branch[i : i + 1] in ("?", "+"):  # lazy or possessive: the same characters
        i += 1
    return element, i


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """The offsets and characters of the pattern from `start` that shape it: an escape (\\x) and a
    character class ([…]) are passed over whole, so their ( ) | mean nothing."""
    i = start
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
        yield i, char
        i += 1


def _group_end(pattern: str, start: int) -> int:
    """The offset just past the group opened at pattern[start]."""
    depth = 0
    for i, char in _structure(pattern, start):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i + 1
    raise _Unreadable(pattern)


def _branches(pattern: str) -> list[str]:
    """The pattern split at its top-level |."""
    branches, depth, start = [], 0, 0
    for i, char in _structure(pattern):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
    branches.append(pattern[start:])
    return branches
