"""Where a text breaks into clauses, read once per sentence.

The kind, metric and subject steps each look for the start of a figure's clause: the end of the last
clause punctuation before it in its sentence. Reading the sentence from its start for every figure
made their cost grow with the square of a sentence's length (a bulletin's list of a hundred places,
each with its figure); the offsets of the punctuation are read once, as far as a figure asks, and the
last one before a figure found by a binary search. (Reading the whole text at once costs more: most of
its sentences hold no figure.)
"""

from __future__ import annotations

import re
from bisect import bisect_left

_READ_AHEAD = 48  # characters read at least at a time: a few clauses


class Breaks:
    """The offsets of a text's characters of one class (a pattern matching one character, such as
    [，,；;。]), read from each start asked about (a sentence's) as far as asked."""

    def __init__(self, text: str, characters: re.Pattern[str]) -> None:
        self._text, self._characters = text, characters
        # start -> (read up to, offsets found); the steps ask of a sentence's figures in order, so most
        # asks find the stretch already read
        self._read: dict[int, tuple[int, list[int]]] = {}

    def after_last(self, start: int, end: int) -> int:
        """The offset after the last of the characters in text[start:end], else start: where a clause
        ending at `end` starts, in a sentence starting at `start`."""
        read = self._read.get(start)  # the common case, the stretch already read, without a call
        offsets = read[1] if read is not None and end <= read[0] else self._read_from(start, end)
        i = bisect_left(offsets, end) - 1
        return offsets[i] + 1 if i >= 0 else start

    def within(self, start: int, end: int) -> list[int]:
        """The offsets of the characters in text[start:end], in order (start: a sentence's)."""
        offsets = self._read_from(start, end)
        return offsets[: bisect_left(offsets, end)]

    def _read_from(self, start: int, end: int) -> list[int]:
        """The offsets found from start, read at least up to end."""
        read = self._read.get(start)
        if read is not None and end <= read[0]:
            return read[1]
        read_to, offsets = read if read is not None else (start, [])
        if end > read_to:
            # a little further than asked: the sentence's next figures ask a few characters on, and each
            # read is a search and a list of its own
            end = max(end, read_to + _READ_AHEAD)
            offsets += [match.start() for match in self._characters.finditer(self._text, read_to, end)]
            read_to = end
        self._read[start] = (read_to, offsets)
        return offsets
