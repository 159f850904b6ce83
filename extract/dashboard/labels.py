"""Words a Chinese reader sees for the codes and values the data keeps (qualifier 'over' -> 余, 以上 …)."""

from __future__ import annotations

import math
from functools import cache

import numpy as np
from markupsafe import Markup, escape

from extract import lexicon

# what a code reads as when the mention does not hold the word it was read from
QUALIFIER_LABELS = {"approx": "约", "over": "以上", "under": "不足"}


def qualifier_word(code: str | None, mention: str | None = None) -> str:
    """The qualifier as written in the mention (1000余名 -> 余, 约6.7万人 -> 约), else its label."""
    if not code:
        return ""
    for surface in _surfaces().get(code, ()):
        if mention and surface in mention:
            return surface
    return QUALIFIER_LABELS.get(code, code)


@cache
def _surfaces() -> dict[str, tuple[str, ...]]:
    """qualifier code -> its words in the lexicon, longest first (不少于 before 少于)."""
    words: dict[str, set[str]] = {}
    for table in lexicon.qualifiers().values():
        for surface, code in table.items():
            words.setdefault(code, set()).add(surface)
    return {code: tuple(sorted(s, key=lambda w: (-len(w), w))) for code, s in words.items()}


def cell_text(value: object) -> str:
    """A table cell as shown: nothing for a missing value, a list's items joined (a metric key's
    surface forms: 网格员、网格员总数), anything else as itself."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, list | tuple | np.ndarray):
        return "、".join(cell_text(item) for item in value)
    return str(value)


def marked_mention(sentence: str | None, mention: str | None, at: int | None) -> Markup:
    """The sentence, escaped, with the row's figure in a <mark>: the occurrence of its mention nearest the
    claim's offset in the sentence (a sentence may print 12例 twice)."""
    sentence = sentence or ""
    if not mention or mention not in sentence:
        return Markup(escape(sentence))
    starts = [i for i in range(len(sentence)) if sentence.startswith(mention, i)]
    begin = min(starts, key=lambda i: abs(i - (at or 0)))
    end = begin + len(mention)
    return Markup(
        f'{escape(sentence[:begin])}<mark class="claim">{escape(sentence[begin:end])}</mark>{escape(sentence[end:])}'
    )
