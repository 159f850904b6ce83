import re
from pathlib import Path

import pytest

from extract import lexicon
from extract.components.kind import _change_pattern, _rate_pattern
from extract.components.period import _WRITTEN, _period_pattern
from extract.components.places import scope_words
from extract.components.subject import _SINCE_OPENING
from extract.pattern_starts import guarded
from extract.places import _suffix_place_pattern

SAMPLE = "\n".join(p.read_text(encoding="utf-8") for p in sorted(Path(__file__).parents[1].glob("data/corpus/*.txt")))


def _same_at_every_position(pattern: str, text: str) -> None:
    plain, guard = re.compile(pattern), re.compile(guarded(pattern))
    for i in range(len(text) + 1):
        found, expected = guard.match(text, i), plain.match(text, i)
        assert (found and found.span()) == (expected and expected.span()), (pattern, text[i : i + 20])
    assert [m.span() for m in guard.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        # an optional first element: the characters after it start a match too
        (r"(?:截[至止]到?\s?)?[0-9一二三]+\s?月", "截至3月，截止 二月，5 月，四月"),
        (r"a{0,2}b|c{1,2}d", "aab b cd ccd d"),
        # zero-width starts: look-behind, look-ahead, word boundary, anchors
        (r"(?<=[届大])[一二三]+次|(?=[上下]午)[上下]午\d+时|\bx\d|^y|z$", "十届三次会议，上午9时，下午3时 x1 y z"),
        # classes whose bodies would run into each other in one class: [+-] then [0-9], ] and ^
        (r"[+-]|[0-9]|[]a]|[\^b]|&|~", ",./+-5]a^b&~"),
        (r"\d+分钟|黄金\d+|(?P<named>四个)(?:意识|自信)|[一二]{2}", "15分钟 黄金3 四个自信 一二 ，"),
        (r"a\{2\}|x{y", "a{2} x{y"),  # literal braces
    ],
)
def test_a_guarded_pattern_finds_what_the_pattern_finds(pattern, text):
    _same_at_every_position(pattern, text)


@pytest.mark.parametrize(
    "pattern",
    [
        r"[^，,。]{2,6}开展以来",  # a negated class: almost any character starts it
        r"a?b?",  # may match nothing
        r"(?:x|)y?",
        r"(?#a comment)a",  # a comment, a conditional: read no further
        r"(?i)abc",  # a flag
        r".b",
        # the engine skips to the start of a list of words, or of one class, faster by itself
        r"两个覆盖|(?:三个|四个)代表|五(?:位|大)",
        r"[0-9]+个",
    ],
)
def test_a_pattern_whose_start_cannot_be_read_or_that_the_engine_skips_to_is_left_as_it_is(pattern):
    assert guarded(pattern) == pattern


@pytest.mark.parametrize(
    "pattern",
    [_change_pattern, _rate_pattern, scope_words, lambda: _WRITTEN[False]],
    ids=["_change_pattern", "_rate_pattern", "scope_words", "_WRITTEN"],
)
def test_the_patterns_searched_around_every_figure_or_through_the_text_are_guarded(pattern):
    guarded_pattern = pattern().pattern
    assert guarded_pattern.startswith("(?=[")
    _same_at_every_position(guarded_pattern[guarded_pattern.index("])(?:") + 5 : -1], SAMPLE)


def test_the_excluded_phrases_and_the_period_phrases_are_guarded_and_find_the_same():
    """Trying every excluded phrase and every period phrase at every character was most of the claims
    step's own cost and a third of the period step's (issue 32)."""
    excluded = "|".join(f"(?:{p})" for p in lexicon._words("exclusions.txt"))
    assert lexicon.exclusion_pattern().pattern == guarded(excluded) != excluded
    assert _period_pattern(False).pattern.startswith("(?=[")
    _same_at_every_position(excluded, SAMPLE)
    period = _period_pattern(False).pattern
    _same_at_every_position(period[period.index("(?:") + 3 : -1], SAMPLE)


def test_the_place_suffixes_open_with_a_literal_and_find_what_the_look_behind_in_front_of_them_found():
    """小镇, 小村 are no suffixes: the look-behind stands after each suffix's first character, not in front
    of the alternation, where the engine tried it at every character (the scan of the text twice as slow)."""
    suffixes = lexicon.alternation(list(lexicon.word_table("place_suffixes.tsv")))
    in_front = re.compile(f"(?<!小)(?:{suffixes})(?![民委级集干务居组里内容长道口街庄工社寨落]|[镇乡](?!长))")
    pattern = _suffix_place_pattern()
    assert not pattern.pattern.startswith(("(?=", "(?<")) and guarded(pattern.pattern) == pattern.pattern
    text = SAMPLE + "特色小镇，小村庄，王庄村，滨河街道，小街道"
    for i in range(len(text) + 1):
        found, expected = pattern.match(text, i), in_front.match(text, i)
        assert (found and found.span()) == (expected and expected.span()), text[i : i + 20]
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in in_front.finditer(text)]


def test_the_opening_of_a_since_phrase_is_found_as_with_the_look_behind_in_front():
    """自2023年…以来 around a body: the look-behind (not 各自, 来自, 亲自, 独自) after the 自, so the engine skips
    to 自 and 从 by itself, finds the same openings."""
    in_front = re.compile(r"(?<![各来亲独])[自从][^，,。；;]{0,20}$")
    assert not _SINCE_OPENING.pattern.startswith("(?<")
    clauses = [clause for clause in re.split("[，。\n]", SAMPLE) if "自" in clause or "从" in clause]
    for text in [*clauses, "自2023年12月公安部", "各自公安部", "来自公安部", "从去年起，自今年", "独自从"]:
        for i in range(len(text) + 1):
            found, expected = _SINCE_OPENING.search(text, i), in_front.search(text, i)
            assert (found and found.span()) == (expected and expected.span()), text[i:]
