"""An organisation named by its level alone (市中院, 省高院, 县人民医院) is the body of the document's own place
at that level, as 全市 and 我省 are that place: its name writes the place out (东莞市中院), or takes the full
name the text gives the body elsewhere (湘西州人民医院 … 州人民医院), so the figures of one body are one subject
however the report names it. The body's own words stay as written (中院 is not rewritten 中级人民法院): the
gold and the texts name bodies as they are written.

The offices of one kind across the place (全省公安机关, 全市法院, 我县税务部门: lexicon/system_bodies.txt) are named
the same way: the place written out and the offices' word (甘肃省公安机关), a body whose work the figures are.

Pure functions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from extract import lexicon
from extract.pattern_cache import compile_pattern
from extract.places import MUNICIPALITIES, Gazetteer, Mention, Place, office_in_full, offices_across_a_place

# a name opening with one of these and no place before it names the body of the region's place at that level
_LEVEL_OPENINGS = {"省": "province", "市": "city", "州": "city", "县": "county", "区": "county"}


def of_the_region(mentions: list[Mention], region: Place | None, gazetteer: Gazetteer) -> list[Mention]:
    """The organisations, each named by its level alone given its place. A government body (市委, 县政府: it
    speaks for its place, which the subject step resolves) is left as it is."""
    names = {m.place.name for m in mentions if m.role == "organisation"}
    return [_of_the_region(m, region, gazetteer, names) for m in mentions]


def _of_the_region(mention: Mention, region: Place | None, gazetteer: Gazetteer, names: set[str]) -> Mention:
    name = mention.place.name
    level = _LEVEL_OPENINGS.get(name[:1])
    if mention.role != "organisation" or level is None or len(name) <= 2:
        return mention
    # not a province's offices (河北省法院: all its courts) for its court named by the level alone (省法院: its high
    # court)
    in_full = [
        other
        for other in names
        if other.endswith(name) and len(other) > len(name) and not offices_across_a_place(other)
    ]
    if len(in_full) > 1:
        return mention  # 巨野县政协 and 成武县政协 both: the subject step takes the one the article names most
    if in_full:
        name = in_full[0]
    else:
        place = _region_at(level, region, gazetteer)
        if place is None:
            return mention
        # 市中院 -> 东莞市中级人民法院, 省法院 -> 河北省高级人民法院: the canonical name
        name = place.name + office_in_full(name[1:], place.level, level_alone=True)
    return mention._replace(place=mention.place._replace(name=name))


def find_system_bodies(
    text: str, region: Place | None, gazetteer: Gazetteer, divisions: Sequence[Mention] = ()
) -> list[Mention]:
    """全省公安机关破获经济犯罪案件2000余起: the offices of one kind across the document's own place at the scope
    word's level (or at the level opening their name alone: 市检察机关), named with that place (甘肃省公安机关).
    Where the region has no place at that level (全市 in a province's feed), the scope word is left to the subject
    step, which reads it from the places named before. A division written out before 各级 names them as well (江苏
    各级法院 -> 江苏省法院), and so does one written right before the offices of a kind of many (湖南省检察机关)."""
    found = []
    ends = {m.end: m for m in divisions if m.place.level in ("province", "city", "county")}
    for match in _every_level_pattern().finditer(text):
        division = ends.get(match.start())
        # 各级 before the offices, or offices named as a kind of many (湖南省检察机关, 河北省公安机关): not 东莞市法院,
        # one court
        if division is not None and (match["every"] or match["body"].endswith(_kinds_of_many())):
            name = division.place.name + _system_body_names().get(match["body"], match["body"])
            found.append(Mention(division.start, match.end(), Place(name, "organisation"), "organisation"))
    for match in _system_body_pattern().finditer(text):
        level = match["level"]
        if level == "区" and region is not None and region.name.endswith("自治区"):
            place: Place | None = region  # 全区 in an autonomous region's news: the region itself
        else:
            place = _region_at(_LEVEL_OPENINGS[level], region, gazetteer)
        if place is not None:
            name = place.name + _system_body_names().get(match["body"], match["body"])
            found.append(Mention(match.start(), match.end(), Place(name, "organisation"), "organisation"))
    return found


def venues_opening_paragraphs(text: str, region: Place | None, organisations: Sequence[Mention]) -> list[Mention]:
    """文化馆深入开展文化惠民工程, 1县政务服务大厅投票情况: a public venue named by its kind alone (lexicon/
    public_venues.txt) opening a paragraph, after its item number and the region's level word at most, is the
    region's venue of that kind (龙井市文化馆, 永昌县政务服务大厅) in a city's or county's own report; none in a
    province's or the country's, whose venues are many."""
    if region is None or region.level not in ("city", "county"):
        return []
    named = {(m.start, m.end) for m in organisations}
    found = []
    for match in _venue_opening().finditer(text):
        start, end = match.start("venue"), match.end("venue")
        if match["level"] and _LEVEL_OPENINGS[match["level"]] != region.level:
            continue  # 市图书馆 in a county's report: the city's, not the county's
        if match["level"]:
            start = match.start("level")
        if (start, end) not in named:
            name = region.name + match["venue"]
            found.append(Mention(start, end, Place(name, "organisation"), "organisation"))
    return found


@cache
def _venue_opening() -> re.Pattern[str]:
    venues = lexicon.alternation(lexicon.word_list("public_venues.txt"))
    item_number = r"(?:[0-9０-９]{1,2}[.．、]?|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)?"
    return compile_pattern(
        rf"(?m)^[ \t\u3000]*{item_number}(?P<level>[市县区])?(?P<venue>{venues})(?![\u4e00-\u9fff]{{0,2}}[：:])"
    )


@cache
def _system_body_names() -> dict[str, str]:
    """The offices' word -> their name in a subject, where it differs (lexicon/system_bodies.txt's second column)."""
    return {row[0].strip(): row[1].strip() for row in lexicon.rows("system_bodies.txt") if len(row) > 1}


@cache
def _system_bodies() -> str:
    return lexicon.alternation(lexicon.word_list("system_bodies.txt"))


@cache
def _every_level_pattern() -> re.Pattern[str]:
    return compile_pattern(rf"(?P<every>各级)?(?P<body>{_system_bodies()})")


@cache
def _kinds_of_many() -> tuple[str, ...]:
    """The words that make the offices' word a kind of which a place has many (公安机关, 税务部门: lexicon/
    kinds_of_many_offices.txt)."""
    return lexicon.word_list("kinds_of_many_offices.txt")


@cache
def _system_body_pattern() -> re.Pattern[str]:
    bodies = _system_bodies()
    # the scope word (全省公安机关) or the level alone opening the name (报告显示，市检察机关保持…: the city's, as
    # 市中院 is its court), not a level ending a word (城市, 各市) or a place's name (东莞市法院: one court)
    return compile_pattern(
        rf"(?:[全我本]|(?<![\u4e00-\u9fff])|(?<=[和与及同由经对向在]))(?P<level>[省市州县区])(?:各级)?(?P<body>{bodies})"
    )


def _region_at(level: str, region: Place | None, gazetteer: Gazetteer) -> Place | None:
    """The region itself or the division above it at the level (the province of a city's text)."""
    if region is None or region.code is None:
        return None
    if region.level == level or (level == "city" and region.code[:2] in MUNICIPALITIES):
        return region  # 市动物园 in 重庆市's news: the municipality is its own city
    if level == "province":
        return gazetteer.province_of(region)
    if level == "city" and region.level == "county":
        return gazetteer.city_of(region)
    return None
