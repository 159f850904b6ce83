import re

from extract.breaks import Breaks

_CLAUSE = re.compile(r"[，,；;。]")


def _after_last_by_reading(text: str, start: int, end: int) -> int:
    """The clause start as the steps read it before: every break from the sentence's start to the figure."""
    cut = start
    for match in _CLAUSE.finditer(text, start, end):
        cut = match.end()
    return cut


def test_the_clause_start_found_by_search_is_the_one_found_by_reading_the_sentence():
    text = "全市新增病例12例，其中A市3例；B市5例,C市4例。累计确诊300例，治愈200例。"
    breaks = Breaks(text, _CLAUSE)
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert breaks.after_last(start, end) == _after_last_by_reading(text, start, end), (start, end)
            assert breaks.within(start, end) == [m.start() for m in _CLAUSE.finditer(text, start, end)], (start, end)


def test_a_sentence_without_a_break_starts_its_clause():
    assert Breaks("新建驿站16处", _CLAUSE).after_last(0, 6) == 0
    assert Breaks("", _CLAUSE).after_last(0, 0) == 0
