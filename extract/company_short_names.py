"""A company named in full as the publisher of the text's figures (南昌公交运输集团于1月4日发布大数据显示) is
then written by its name without the legal form or group word it ends in (南昌公交, 青岛啤酒: lexicon/
company_name_endings.txt): the short name names the same company, so the figures of its release (南昌公交营运线路
276条) are the company's, not those of the place its name opens with.

Only a company the text names in full and says publishes (the publishing verbs of lexicon/reporting_verbs.txt in its
clause): a company a court's or a paper's story names in passing (紫金矿业集团) keeps its short name a word of the
story. Only short names of four characters or more, and only where the short name starts a word.

A company's own release may publish under a short name that leaves out inner words of its stem (中铁工业发布重大合同
签约公告 of 中铁高新工业股份有限公司, named in full only in a note or a title): a short name that publishes, opens
with the stem's first two characters, ends with its last and keeps the rest in order is that company too.

Pure functions.
"""

from __future__ import annotations

import re
from functools import cache

from extract import lexicon
from extract.pattern_cache import compile_pattern
from extract.places import Mention, MentionSpans, Place
from extract.words import starts_a_word

_SHORTEST = 4  # 南昌公交, 青岛啤酒: shorter stems are a place and a word (青岛港) or a word alone


def company_short_name(name: str) -> str | None:
    """南昌公交运输集团 -> 南昌公交, 青岛啤酒股份有限公司 -> 青岛啤酒; None for a name with no such ending or too
    short a stem."""
    ending = next((e for e in _endings() if name.endswith(e)), None)
    if ending is None:
        return None
    stem = name[: -len(ending)]
    return stem if len(stem) >= _SHORTEST else None


def with_company_short_names(text: str, organisations: list[Mention]) -> list[Mention]:
    """The organisations, where the text writes a company it names in full by its short name each a mention of that
    company: new mentions, and those another step found under the short name alone (中铁工业发布2023年年度报告: a
    results reporter) renamed."""
    companies: dict[str, Place] = {}
    for mention in organisations:
        if mention.role != "organisation" or (short := company_short_name(mention.place.name)) is None:
            continue
        if _publishing().match(text, _after_its_bracket(text, mention.end)):
            companies.setdefault(short, mention.place)
        for abbreviation in _publishing_abbreviations(text, short):
            companies.setdefault(abbreviation, mention.place)
    if not companies:
        return organisations
    renamed = [
        m._replace(place=companies[m.place.name])
        if m.role == "organisation" and m.place.name in companies and text[m.start : m.end] == m.place.name
        else m
        for m in organisations
    ]
    named = MentionSpans(organisations)
    for short, company in companies.items():
        at = text.find(short)
        while at >= 0:
            end = at + len(short)
            if not named.overlap(at, end) and starts_a_word(text, at):
                renamed.append(Mention(at, end, company, "organisation"))
            at = text.find(short, end)
    return renamed


def _publishing_abbreviations(text: str, stem: str) -> set[str]:
    """The short names of the stem, with inner words left out, that the text writes as a publisher (中铁工业发布…公告
    of 中铁高新工业)."""
    if len(stem) <= _SHORTEST:
        return set()
    inner = re.escape(stem[2:-1])
    shape = compile_pattern(rf"{re.escape(stem[:2])}[{inner}]{{1,{len(stem) - 4}}}{re.escape(stem[-1])}")
    return {
        found.group()
        for found in shape.finditer(text)
        if abbreviates(found.group(), stem)
        and starts_a_word(text, found.start())
        and _publishing().match(text, found.end())
    }


def abbreviates(short: str, stem: str) -> bool:
    """中铁工业 of 中铁高新工业: shorter, the stem's first two characters and its last, the rest in the stem's order."""
    if not _SHORTEST <= len(short) < len(stem) or short[:2] != stem[:2] or short[-1] != stem[-1]:
        return False
    rest = iter(stem[2:-1])
    return all(character in rest for character in short[2:-1])


def _after_its_bracket(text: str, end: int) -> int:
    """Where a company's clause goes on after the bracket right after its name, if any: 泸州老窖股份有限公司
    (泸州老窖,000568.SZ)披露…: its short name and stock code, no clause of their own."""
    bracket = _OWN_BRACKET.match(text, end)
    return bracket.end() if bracket is not None else end


_OWN_BRACKET = compile_pattern(r"\s?[（(][^（）()\n]{1,30}[）)]")


@cache
def _publishing() -> re.Pattern[str]:
    """The rest of a clause up to a publishing verb (于1月4日发布: lexicon/reporting_verbs.txt's + rows)."""
    verbs = lexicon.alternation(lexicon.reporting_verbs("+"))
    return compile_pattern(rf"[^，,。；;：:\n]{{0,{_PUBLISHING_REACH}}}?(?:{verbs})")


_PUBLISHING_REACH = 12


@cache
def _endings() -> tuple[str, ...]:
    return tuple(sorted(lexicon.word_list("company_name_endings.txt"), key=len, reverse=True))
