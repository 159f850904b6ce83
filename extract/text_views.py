"""A view of a document's text that the rules read, with the way back to the text as published.

Where the published text is not what the rules are written for — Traditional characters, figures set
apart by typographic spaces — the pipeline extracts from a view and puts what it found back on the
original (pipeline._on_original): every stored mention, sentence and offset is of the text as published.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from .pattern_cache import compile_pattern

_UNPAIRED_SURROGATE = compile_pattern("[\ud800-\udfff]")


def has_unpaired_surrogates(text: str) -> bool:
    """Whether the text holds half a surrogate pair (a JSON escape \\ud800, a string built by hand): no
    character, it can be neither converted to Simplified nor written out as UTF-8."""
    return _UNPAIRED_SURROGATE.search(text) is not None


def unpaired_surrogates_replaced(text: str) -> str:
    """The text with each half surrogate pair replaced by U+FFFD, one character for one, so that
    offsets into it are offsets into the text given."""
    return _UNPAIRED_SURROGATE.sub("\ufffd", text)


@dataclass(frozen=True)
class TextView:
    """A text made from an original, with the way back for offsets."""

    text: str
    original: str
    # pieces of the view that differ in length from the original they came from: (view start,
    # view end, original start, original end), in order; offsets elsewhere move by the pieces before
    spans: tuple[tuple[int, int, int, int], ...]

    @cached_property
    def _span_starts(self) -> list[int]:
        return [span[0] for span in self.spans]

    def original_start(self, offset: int) -> int:
        """Where a stretch starting at this view offset starts in the original."""
        return self._back(offset, at_end=False)

    def original_end(self, offset: int) -> int:
        """Where a stretch ending at this view offset ends in the original."""
        return self._back(offset, at_end=True)

    def _back(self, offset: int, at_end: bool) -> int:
        i = bisect_right(self._span_starts, offset) - 1
        if i < 0:
            return offset
        view_start, view_end, original_start, original_end = self.spans[i]
        if at_end and offset == view_start == view_end:
            return original_start  # a stretch ending where the view dropped characters ends before them
        if offset < view_end or (at_end and offset == view_end and offset > view_start):
            # inside a piece that changed length: the whole piece, from its start or to its end
            return original_end if at_end and offset > view_start else original_start
        return original_end + (offset - view_end)
