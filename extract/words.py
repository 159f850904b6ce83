"""Word boundaries of Chinese text, where a rule needs to know whether a name starts a word.

A gazetteer or suffix match can begin inside an ordinary word: 示范县 holds 范县, 通道县 holds 道县,
形成县乡 holds 成县. Word segmentation (rjieba, the Rust port of jieba) tells: a real name starts
where a word starts. Only the left edge is trusted; jieba cuts many names wrongly on the right
(菏泽市定陶区天中街道 -> 菏泽市/定陶/区天/中/街道) but not where they begin. Only a short window
around the doubtful offset is segmented, so the cost is per doubtful name, not per character.
"""

from __future__ import annotations

from functools import cache, lru_cache
from types import ModuleType
from typing import NamedTuple

from extract import lexicon

OF = "的"  # the particle that joins an owner or a qualifying clause to the noun it qualifies
_WINDOW = 8  # characters of context on each side: enough for jieba to see the words around


@cache
def _jieba() -> ModuleType:
    """rjieba, imported when a rule first asks for word boundaries: loading its dictionary is a tenth of
    a second that text without a doubtful name never needs (issue 32)."""
    import rjieba

    return rjieba


def starts_a_word(text: str, offset: int) -> bool:
    """Whether a word of the text starts at offset (its start and end always do)."""
    if offset <= 0 or offset >= len(text):
        return True
    start = max(0, offset - _WINDOW)
    return offset - start in _word_starts(text[start : offset + _WINDOW])


@lru_cache(maxsize=65536)  # a feed's windows repeat (新增确诊病例, 有限公司), page after page
def _word_starts(window: str) -> tuple[int, ...]:
    """The offsets in the window where a word of jieba's cut of it starts, and its end."""
    starts, position = [0], 0
    for word in _jieba().cut(window):
        position += len(word)
        starts.append(position)
    return tuple(starts)


class TaggedWord(NamedTuple):
    """A word of the text with its offsets and jieba's part-of-speech tag (n, ns, v, p, r …)."""

    start: int
    end: int
    word: str
    tag: str


def tagged_words(text: str, start: int, end: int) -> list[TaggedWord]:
    """The words of text[start:end] with their tags, segmented with a little left context so the
    first word is cut as in the sentence; of a word that begins before start, the part from start
    on (由县 in 由县供水公司 gives 县), with the word's tag (corrected as in `tags`)."""
    context_start = max(0, start - _WINDOW // 2)
    position = context_start
    out: list[TaggedWord] = []
    for word, tag in _tags(text[context_start:end]):
        word_end = position + len(word)
        if word_end > start:
            # written out, not max() and a slice for every word: this runs for every organisation suffix
            if position >= start:
                out.append(TaggedWord(position, word_end, word, tag))
            else:
                out.append(TaggedWord(start, word_end, word[start - position :], tag))
        position = word_end
    return out


def phrase_words(phrase: str) -> tuple[tuple[str, str], ...]:
    """The words of a short phrase (a metric) with their tags (`tags`), cut as the phrase alone: cached (`_tags`), since
    the same metrics recur page after page."""
    return _tags(phrase)


def tags(text: str) -> list[tuple[str, str]]:
    """jieba's words and tags of the text, the tags it gets wrong for the rules corrected (lexicon/word_tags.tsv:
    初中 is no locality word)."""
    return list(_tags(text))


@lru_cache(maxsize=65536)  # the windows before organisation suffixes repeat (人民政府, 有限公司), page after page
def _tags(text: str) -> tuple[tuple[str, str], ...]:
    corrected = _corrected_tags()
    return tuple((word, corrected.get(word, tag)) for word, tag in _jieba().tag(text))


@cache
def _corrected_tags() -> dict[str, str]:
    return {word: tag for word, tag in lexicon.rows("word_tags.tsv")}
