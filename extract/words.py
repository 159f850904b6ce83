"""Word boundaries of Chinese text, where a rule needs to know whether a name starts a word.

A gazetteer or suffix match can begin inside an ordinary word: 示范县 holds 范县, 通道县 holds 道县,
形成县乡 holds 成县. Word segmentation (rjieba, the Rust port of jieba) tells: a real name starts
where a word starts. Only the left edge is trusted; jieba cuts many names wrongly on the right
(菏泽市定陶区天中街道 -> 菏泽市/定陶/区天/中/街道) but not where they begin. Only a short window
around the doubtful offset is segmented, so the cost is per doubtful name, not per character.
"""

from __future__ import annotations

import rjieba

_WINDOW = 8  # characters of context on each side: enough for jieba to see the words around


def starts_a_word(text: str, offset: int) -> bool:
    """Whether a word of the text starts at offset (its start and end always do)."""
    if offset <= 0 or offset >= len(text):
        return True
    start = max(0, offset - _WINDOW)
    position = start
    for word in rjieba.cut(text[start : offset + _WINDOW]):
        if position >= offset:
            return position == offset
        position += len(word)
    return position == offset
