"""Brackets in running text (（）, (), 〔〕, []): which figures sit inside one. The checks and the metric
and subject steps all ask it, of a clause or of the text between two figures."""

from __future__ import annotations

import re
from bisect import bisect_left

from extract.pattern_cache import compile_pattern

OPENING = "（(〔["
CLOSING = "）)〕]"
# a short note in brackets with no bracket inside: a listed item's own figure (平湖市(6.8%), 中國內地( 100.4萬人次 )),
# read by the subject and metric steps' list rules
SHORT_BRACKETED = r"[(（][^()（）]{1,24}[)）]"


def balance(text: str) -> int:
    """Brackets opened in `text` less those closed: positive when it leaves some open, negative when it
    closes some opened before it."""
    # written out, not summed over OPENING and CLOSING: the metric and subject steps ask it of every
    # figure, and the generators were most of its cost
    opened = text.count("（") + text.count("(") + text.count("〔") + text.count("[")
    return opened - text.count("）") - text.count(")") - text.count("〕") - text.count("]")


_BRACKET = compile_pattern("[" + re.escape(OPENING + CLOSING) + "]")


class Balances:
    """balance() of any stretch of one text, by two binary searches over where its brackets stand, not
    by counting through the stretch: the subject step asks it of the text between every place and every
    later figure of a sentence, the metric step of the text before every figure, and a bulletin's list
    of a hundred places and figures in one sentence made that grow with the cube of its length."""

    def __init__(self, text: str) -> None:
        self._offsets: list[int] = []
        self._balances = [0]  # the balance of the text before each bracket, and after the last
        for match in _BRACKET.finditer(text):
            self._offsets.append(match.start())
            self._balances.append(self._balances[-1] + (1 if match.group() in OPENING else -1))

    def balance(self, start: int, end: int) -> int:
        """balance(text[start:end])."""
        if end <= start:
            return 0
        return self._balances[bisect_left(self._offsets, end)] - self._balances[bisect_left(self._offsets, start)]

    def closing_after(self, position: int) -> int | None:
        """The offset of the bracket that closes the one open at `position` (the first after it leaving the balance
        lower than at `position`), or None where none is open or none closes it."""
        first = bisect_left(self._offsets, position)
        balance = self._balances[first]
        if balance <= 0:
            return None
        for k in range(first, len(self._offsets)):
            if self._balances[k + 1] < balance:
                return self._offsets[k]
        return None


def last_open(text: str) -> int | None:
    """The offset of the innermost bracket still open at the end of `text`, if any."""
    opened: list[int] = []
    for i, char in enumerate(text):
        if char in OPENING:
            opened.append(i)
        elif char in CLOSING and opened:
            opened.pop()
    return opened[-1] if opened else None


def still_open(text: str, opening: int, end: int) -> bool:
    """Whether the bracket opening at text[opening] is not closed before `end`."""
    depth = 0
    for char in text[opening:end]:
        if char in OPENING:
            depth += 1
        elif char in CLOSING:
            depth -= 1
            if depth == 0:
                return False
    return depth > 0
