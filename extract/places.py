"""Places and organisations named in the text, with the administrative hierarchy behind them.

Provinces, cities and counties (with their codes and parents, 定陶区 ⊂ 菏泽市 ⊂ 山东省) come from the
adcode table that the cpca package ships. Towns, streets, communities and villages are not in
any maintained package, so they are recognised by their suffix (镇 乡 街道 社区 村) and attached to
the county or town named before them. Islands, new areas and development zones the table does not list
(湄洲岛, 两江新区, 通辽市经济开发区) are recognised by their zone word (lexicon/zone_words.tsv). Organisations
are recognised by the suffix of their name (公安局, 有限公司, 联合会, …; see lexicon/organisation_suffixes.tsv).
"""

from __future__ import annotations

import csv
import importlib.util
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import cache, lru_cache
from itertools import accumulate
from pathlib import Path
from typing import NamedTuple

import ahocorasick_rs

from extract import lexicon, user_lexicon
from extract.layout import breakdown_by_place
from extract.pattern_cache import compile_pattern
from extract.words import TaggedWord, phrase_words, starts_a_word, tagged_words

LEVELS = ("country", "region", "province", "city", "county", "town", "village", "organisation")
_NAME_CHAR = compile_pattern(r"[\u4e00-\u9fff]")  # a Han character: what names are written in
_NAME = compile_pattern(r"[\u4e00-\u9fff]+")


# a NamedTuple, not a frozen dataclass: built by the hundred per page, and twice as fast to build
class Place(NamedTuple):
    """A named place or organisation; `code` is the 12-digit division code where one is known."""

    name: str  # canonical name, parents left off above the county (定陶区滨河街道)
    level: str
    code: str | None = None
    parent: str | None = None  # canonical name of the parent, where known


class Mention(NamedTuple):
    """Where a place or organisation is named: text offsets and what it refers to."""

    start: int
    end: int
    place: Place
    role: str = "place"  # place | organisation | government | scope (我市, 全县)


class MentionSpans:
    """Mentions asked, for many stretches of the text, whether one of them overlaps or holds it: by a
    binary search over their starts and the furthest end reached up to each, not a scan of them all
    (a long page names thousands of places and organisations, and scanning them for each of its scope
    words and named organisations grew with the square of its length)."""

    def __init__(self, mentions: list[Mention]) -> None:
        spans = sorted((m.start, m.end) for m in mentions)
        self._starts = [start for start, _ in spans]
        self._reach = list(accumulate((end for _, end in spans), max))

    def overlap(self, start: int, end: int) -> bool:
        """Whether a mention overlaps start..end: one that starts before its end reaches past its start."""
        i = bisect_left(self._starts, end) - 1
        return i >= 0 and self._reach[i] > start

    def hold(self, start: int, end: int) -> bool:
        """Whether a mention holds start..end: one that starts at or before it reaches its end."""
        i = bisect_right(self._starts, start) - 1
        return i >= 0 and self._reach[i] >= end


class Gazetteer:
    """The administrative divisions of China, looked up by full or short name."""

    def __init__(
        self,
        rows: list[tuple[str, str]],
        other_scripts: dict[str, str] | None = None,
        foreign: list[tuple[str, Place, bool]] | None = None,
        uncoded: list[tuple[str, Place]] | None = None,
        local_districts: list[tuple[Place, list[str], list[str]]] | None = None,
    ) -> None:
        """`rows` are (code, name); `other_scripts` maps a name in another script (臺北市) to its code;
        `foreign` lists (name as written, country or first-level division, read on its own); `uncoded`
        lists (name as written, unit) for the units the table has no code for (新疆生产建设兵团);
        `local_districts` lists (district, names read anywhere, names read only in its city): Taiwan's
        districts, named with their city (臺中市東勢區) anywhere, on their own (東勢區, 中區) only where
        a short name is (the region's city, right after the city, a figure's part after it)."""
        self.by_code: dict[str, Place] = {}
        for code, name in rows:
            if name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
                continue
            level = "province" if code[2:] == "0" * 10 else "city" if code[4:] == "0" * 8 else "county"
            parent_code = None
            if level == "city":
                parent_code = code[:2] + "0" * 10
            elif level == "county":
                parent_code = code[:4] + "0" * 8
            self.by_code[code] = Place(name, level, code, parent_code)
        self.by_name: dict[str, list[Place]] = {}
        # short names that are words first (中山, 北海), read as places only as a list's parts
        self._part_aliases: dict[str, list[Place]] = {}
        self._written_names: set[str] = set()  # autonomous divisions as written, allowed anywhere
        stop = set(lexicon.word_list("place_alias_stoplist.txt"))
        for place in self.by_code.values():
            self.by_name.setdefault(place.name, []).append(place)
            short = short_name(place.name)
            if short != place.name and len(short) >= 2:
                (self._part_aliases if short in stop else self.by_name).setdefault(short, []).append(place)
            # 湘西州, 湘西自治州, 通道县: how autonomous divisions are written in running text
            for written in autonomous_written_names(place.name):
                self.by_name.setdefault(written, []).append(place)
                self._written_names.add(written)
        for written, code in (other_scripts or {}).items():
            if code in self.by_code and written not in self.by_name:
                self.by_name[written] = [self.by_code[code]]
                self._written_names.add(written)
        for name, code, _table_name, why in _other_division_names():
            # 梁平区 (梁平县 until 2016) under its new name, 土右旗 as the 土默特右旗 it stands for, 龙港市
            # (formed in 2019) as a county of the city it lies in
            known = self.by_code.get(code)
            if known is not None and name not in self.by_name:
                if why == _SHORT_FORM:
                    successor = known
                elif why.startswith(_FORMED_WITHIN):
                    successor = Place(name, "county", known.code, known.code)
                else:
                    successor = Place(name, known.level, known.code, known.parent)
                    # 同仁 of a renamed county (同仁县 -> 同仁市, 平泉县 -> 平泉市): the short name its new name keeps
                    # stands for it under that name; the old name written in full (沙县, now 沙县区) stays as written
                    short = short_name(known.name)
                    if short != known.name and short == short_name(name) and known in self.by_name.get(short, ()):
                        self.by_name[short] = [successor if p == known else p for p in self.by_name[short]]
                self.by_name[name] = [successor]
                self._written_names.add(name)
        self._add_former_county_names()
        for written, place in uncoded or []:
            self.by_name.setdefault(written, []).append(place)
            self._written_names.add(written)
        for place, anywhere, in_its_city in local_districts or []:
            if place.code is None:
                continue
            self.by_code[place.code] = place
            for written in [place.name, *anywhere]:
                self.by_name.setdefault(written, []).append(place)
                self._written_names.add(written)
            for written in in_its_city:
                self.by_name.setdefault(written, []).append(place)
        self._generic_names = frozenset(lexicon.word_list("generic_division_names.txt"))
        # foreign countries and divisions apart from by_name: lookup(), division_code() and the region
        # stay Chinese, and a name both Chinese and foreign (德州) is foreign only after its country
        self.foreign: dict[str, tuple[Place, bool]] = {}
        for written, place, alone in foreign or []:
            self.foreign.setdefault(written, (place, alone and written not in self.by_name))
        self._index_names()

    def _add_former_county_names(self) -> None:
        """靖西县 (a county until 2015, now 靖西市), 长寿县 (now 长寿区): a county made a city or a district keeps its
        short name, and older texts write it with 县. Such a name no division bears now stands for it, as written."""
        counties = [(place, short_name(place.name)) for place in self.by_code.values() if place.level == "county"]
        shared = Counter(short for _, short in counties)  # 鼓楼区 of four cities: no one 鼓楼县
        for place, short in counties:
            if not place.name.endswith(_NOW_A_CITY_OR_DISTRICT):
                continue
            former = short + _COUNTY_SUFFIX
            if (
                len(short) >= _SHORTEST_FORMER_NAME
                and short != place.name
                and shared[short] == 1
                and former not in self.by_name
            ):
                self.by_name[former] = [Place(former, place.level, place.code, place.parent)]
                self._written_names.add(former)

    def _index_names(self) -> None:
        self._names = list(self.by_name) + [name for name in self.foreign if name not in self.by_name]
        self._names += [name for name in self._part_aliases if name not in self.by_name and name not in self.foreign]
        self._automaton = ahocorasick_rs.AhoCorasick(self._names)

    def with_places(self, places: list[Place]) -> Gazetteer:
        """A copy that also knows these places (a user lexicon's), each by its full name; one that
        has a division code of its own is looked up by it too."""
        copy = Gazetteer.__new__(Gazetteer)
        copy.__dict__.update(self.__dict__)
        copy.by_code = dict(self.by_code)
        copy.by_name = {name: list(found) for name, found in self.by_name.items()}
        for place in places:
            copy.by_name.setdefault(place.name, []).append(place)
            if place.code and place.code not in copy.by_code:
                copy.by_code[place.code] = place
        copy._index_names()
        return copy

    def parent(self, place: Place) -> Place | None:
        return self.by_code.get(place.parent) if place.parent else None

    def province_of(self, place: Place) -> Place | None:
        """The province a division belongs to (itself for a province)."""
        return self._enclosing(place, 2)

    def city_of(self, place: Place) -> Place | None:
        """The prefecture-level city a county or city belongs to."""
        return self._enclosing(place, 4)

    def _enclosing(self, place: Place, digits: int) -> Place | None:
        """The division whose code is the first `digits` digits of the place's, zero-padded."""
        if place.code is None:
            return None
        return self.by_code.get(place.code[:digits].ljust(12, "0"))

    def lookup(self, name: str, region: Place | None = None) -> Place | None:
        """The division a name refers to, preferring one inside the region when it is ambiguous."""
        candidates = self.by_name.get(name)
        if not candidates:
            return None
        if len(candidates) == 1:
            return candidates[0]  # most names: one division, nothing to choose
        if region is not None and region.code:
            prefix = region.code[:4] if region.level != "province" else region.code[:2]
            inside = [p for p in candidates if p.code and p.code.startswith(prefix)]
            if inside:
                candidates = inside
        # a full name beats a short one (曹县 over an alias), a higher level beats a lower one
        return min(candidates, key=lambda p: (p.name != name, LEVELS.index(p.level)))

    def find(self, text: str, region: Place | None = None) -> list[Mention]:
        """Divisions named in text, longest match first, not overlapping."""
        names = self._names
        # by start, the longest first: no two names share a span, so the tuples sort as they are, no key
        matches = self._automaton.find_matches_as_indexes(text, overlapping=True)
        found = sorted((start, -end, index) for index, start, end in matches)
        mentions: list[Mention] = []
        named_cities: set[str] = set()  # the code prefixes of the cities named so far
        named_provinces: set[str] = set()  # and of the provinces of every division named so far
        named_in_full: set[str] = set()  # the codes of the counties the text named by their full names so far
        last_end = -1
        for start, negative_end, index in found:
            if start < last_end:
                continue
            end, name = -negative_end, names[index]
            adjacent = mentions[-1] if mentions and mentions[-1].end == start else None
            if name in self.foreign:
                mention = self._foreign_mention(text, start, end, name, adjacent)
                if mention is not None:
                    if mention.start < start:
                        mentions[-1] = mention  # 德国 + 巴伐利亚州: one division, its country in front
                    else:
                        mentions.append(mention)
                    last_end = end
                    continue
                if name not in self.by_name:
                    continue
            if name not in self.by_name:
                part = self._list_part(text, start, end, name, region, named_provinces)
                if part is not None:
                    mentions.append(part)
                    last_end = end
                continue
            # right after a city, a name several divisions share is the one in that city (济南市市中区)
            place = self.lookup(name, adjacent.place if adjacent and adjacent.place.code else region)
            if place is None:
                continue
            # an alias after its city (怀化市洪江), or an autonomous division as papers write it (湘西州,
            # 通道县), is the division wherever the text is from
            after_its_city = (
                bool(mentions)
                and mentions[-1].end == start
                and self._encloses(mentions[-1].place, place)
                # after a province, a short name must end where a word does: 湖北公安机关 holds no 公安县
                and (mentions[-1].place.level != "province" or name == place.name or starts_a_word(text, end))
            )
            if name in self._generic_names and not after_its_city and not _a_district_of_its_own_region(place, region):
                continue  # 洪江城区 is no 城区 of 汕尾市
            if _begins_a_word(text, end) and not after_its_city and not _in_the_regions_province(place, region):
                continue  # 古城区域日接待游客 in 大同市's news: the old town's area, no 古城区 of 丽江市
            if name in _names_ending_a_word_only() and (
                not starts_a_word(text, end) or text[start - 1 : start] in _BODY_NAME_ENDINGS
            ):
                continue  # 市委市政府和县委: 和 and 县委, no 和县; nor 县水利局和县林业局: two bureaus
            # a county the text named in full before (木垒哈萨克自治县…。木垒地处…) is the county by its short name too,
            # unless that name is a word first (公安, 惠民)
            named_before = place.code in named_in_full and name not in _county_names_that_are_words()
            allowed = name == place.name or name in self._written_names or after_its_city or named_before
            if (
                not allowed
                and not self._alias_allowed(place, region, text, end, named_cities)
                and not _a_county_among_listed_figures(
                    place, region, text, start, end, named_provinces, mentions[-1] if mentions else None
                )
            ):
                continue
            if (
                start != last_end
                and _NAME_CHAR.match(text, start - 1)
                and not starts_a_word(text, start)
                and not text.endswith(_COUNTRY_BEFORE_ITS_DIVISION, 0, start)
                and not (
                    _after_a_function_word(text, start)
                    and (
                        (_full_name_form(name) and not _begins_a_word(text, end))
                        or RANKED_CLAUSE.match(text, end) is not None  # 整体死亡人数以南投增加7人最多: 以|南投
                    )
                )
            ):
                continue  # 示范县 holds no 范县, 通道县 no 道县: a name starts where a word does (中国台湾 names 台湾)
            if place.level == "province" and name == short_name(place.name) and _an_area_word(text, end):
                end += len(_AREA)  # 台湾地区, 湖北地区: the province's short name and 地区 name the province
            mentions.append(Mention(start, end, place))
            if place.code is not None:
                named_provinces.add(place.code[:2])
                if place.level == "city":
                    named_cities.add(place.code[:4])
                if place.level == "county" and name == place.name:
                    named_in_full.add(place.code)
            last_end = end
        return mentions

    def list_part_places(self, name: str) -> list[Place]:
        """The places a short name that is a word first stands for as a list's part (中山, 北海)."""
        return self._part_aliases.get(name, [])

    def _list_part(
        self, text: str, start: int, end: int, name: str, region: Place | None, named_provinces: set[str]
    ) -> Mention | None:
        """A short name that is a word first (中山, 北海: lexicon/place_alias_stoplist.txt) is its city
        as a part of a list of figures ("惠州5例、中山2例", "（北海3例、梧州1例）"): right after a list's
        separator (or 其中) and right before its figure, in the region's province or one the text named before."""
        opens_a_part = start > 0 and (text[start - 1] in _LIST_PART_BEFORE or text.endswith(PARTS_OPENING, 0, start))
        if not (text[end : end + 1].isdigit() and opens_a_part):
            return None
        provinces = set(named_provinces)
        if region is not None and region.code is not None:
            provinces.add(region.code[:2])
        inside = [p for p in self._part_aliases[name] if p.code is not None and p.code[:2] in provinces]
        if region is not None and region.code is not None and region.level != "province":
            # 长安2例 in 石家庄's text: its 长安区, not 西安's
            inside = [p for p in inside if p.code[:4] == region.code[:4]] or inside
        if not inside:
            return None
        top = min(LEVELS.index(p.level) for p in inside)
        best = [p for p in inside if LEVELS.index(p.level) == top]
        # two namesakes of one level (新华区 of 石家庄 and of 沧州) and nothing to tell them apart: no place
        return Mention(start, end, best[0]) if len(best) == 1 else None

    def _foreign_mention(self, text: str, start: int, end: int, name: str, adjacent: Mention | None) -> Mention | None:
        """A foreign country, or a division of one: right after its country (德国巴伐利亚州, 美国德州)
        whatever its name, on its own only when its name is no Chinese place nor a word (加利福尼亚州,
        not 汉堡). A country's name before 族, 裔, 籍, 语 or 洋 names a people or an ocean (朝鲜族,
        日本籍, 印度洋), not the country."""
        place, alone = self.foreign[name]
        if place.level != "country" and adjacent is not None and adjacent.place.code == place.parent:
            return Mention(adjacent.start, end, place)
        if not alone or (place.level == "country" and text[end : end + 1] in _AFTER_A_PEOPLE):
            return None
        if _NAME_CHAR.match(text, start - 1) and not starts_a_word(text, start):
            return None  # 沿海地区 holds no 海地
        return Mention(start, end, place)

    def _encloses(self, outer: Place, inner: Place) -> bool:
        """怀化市洪江: a short name right after the city (or province) it lies in is that division."""
        if outer.code is None or inner.code is None or outer.level not in ("province", "city"):
            return False
        digits = 2 if outer.level == "province" else 4
        return inner.code[:digits] == outer.code[:digits] and inner.code != outer.code

    def _alias_allowed(self, place: Place, region: Place | None, text: str, end: int, named_cities: set[str]) -> bool:
        """A short name stands for a county only inside the region's city (巨野, 东明 for 菏泽市), or as
        a figure's part inside a city the text named before it (枣阳4例, 保康2例 after 襄阳 in a bulletin
        the feed files under 湖北省), and for a city inside its province: elsewhere 公安, 惠民, 友好 and a
        洪江小镇 are words first. A province's short name (四川, 河南, 重庆) stands for it anywhere. It must
        not run into a longer word (东明珠)."""
        if end < len(text) and text[end] in "珠星月亮湖路街":
            return False
        if place.level == "province":
            return True
        if (
            place.level == "county"
            and place.code is not None
            and place.code[:4] in named_cities
            and text[end : end + 1].isdigit()
            and text[end - len(short_name(place.name)) : end] not in _county_names_that_are_words()
        ):
            return True
        if region is None or region.code is None or place.code is None:
            return place.level == "city"
        if place.level == "county":
            # a municipality's districts are as its cities' counties are (南川 for 南川区 in 重庆市's news), and so are
            # the county-level cities a province governs itself (潜江, 济源: their codes' city digits are 90)
            under_the_province = region.level == "province" and place.code[2:4] == _GOVERNED_BY_THE_PROVINCE
            width = 2 if region.code[:2] in MUNICIPALITIES or under_the_province else 4
            return place.code[:width] == region.code[:width]
        return place.code[:2] == region.code[:2] or (
            place.level == "city" and _FIGURE_IN_BRACKETS.match(text, end) is not None
        )


# a figure in brackets right after a name (宁波与南宁(74.89万人次)、合肥(72.76万人次)接近): a city outside the region's
# province written by its short name is that city, its figure's subject, as a list's part
_FIGURE_IN_BRACKETS = compile_pattern(r"[（(][0-9０-９]")

# the province-level municipalities' code prefixes: 北京, 天津, 上海, 重庆
MUNICIPALITIES = frozenset({"11", "12", "31", "50"})
# the city digits of the county-level divisions a province governs with no city between (省直辖县级行政区划: 湖北's
# 潜江市 429005, 河南's 济源市 419001)
_GOVERNED_BY_THE_PROVINCE = "90"
# the item of a list of places just before a name: its figure and at most a short unit (亳州|2例、宿松2例)
_FIGURE_ITEM = compile_pattern(r"[0-9０-９.．]+[^0-9０-９\s、，,；;（(：:。]{0,3}")


def _a_county_among_listed_figures(
    place: Place,
    region: Place | None,
    text: str,
    start: int,
    end: int,
    named_provinces: set[str],
    last: Mention | None,
) -> bool:
    """A county's short name as the next item of a list of figures by place (亳州2例、宿松2例、蚌埠1例 in a
    provincial notice; 济南1.2万个、成武0.8万个 in a jobs report): right after a separator that follows the
    item before, itself a place found (`last`) and its figure, right before its own figure, in the region's
    province or one the text named before, and no word first (公安, 资源: county_names_that_are_words.txt).
    Its city need not have been named: a province's list mixes its cities' and counties' short names."""
    if place.level != "county" or place.code is None or not text[end : end + 1].isdigit():
        return False
    if last is None or start < 2 or text[start - 1] not in _LIST_PART_BEFORE:
        return False
    if not _FIGURE_ITEM.fullmatch(text, last.end, start - 1):
        return False  # 其中枣阳4例，保康2例 with neither city named: no list of places to be an item of
    if text[start:end] in _county_names_that_are_words():
        return False
    provinces = set(named_provinces)
    if region is not None and region.code is not None:
        provinces.add(region.code[:2])
    return place.code[:2] in provinces


@cache
def _county_names_that_are_words() -> frozenset[str]:
    return frozenset(lexicon.word_list("county_names_that_are_words.txt"))


_AFTER_A_PEOPLE = frozenset("族裔籍语洋")


def _a_district_of_its_own_region(place: Place, region: Place | None) -> bool:
    """東區, 南區, 北區 in a Hong Kong, Macau or Taiwan text about the city or region they lie in: there
    they name its districts (臺中市 has a 北區, Hong Kong a 北區), not a part of town as on the mainland."""
    if region is None or region.code is None or place.code is None:
        return False
    if not in_hong_kong_macau_or_taiwan(place):
        return False
    digits = 2 if region.level == "province" else 4
    return place.code[:digits] == region.code[:digits] and place.code != region.code


def in_hong_kong_macau_or_taiwan(place: Place | None) -> bool:
    """Whether the place lies in Hong Kong, Macau or Taiwan, whose offices write their own conventions (東區 a
    district, 第3季 a quarter)."""
    return place is not None and place.code is not None and place.code.startswith(_HONG_KONG_MACAU_TAIWAN_CODES)


# Hong Kong (81), Macau (82) and Taiwan (71): the codes of lexicon/hk_macau_taiwan_divisions.tsv
_HONG_KONG_MACAU_TAIWAN_CODES = ("71", "81", "82")


@cache
def place_preceding_words() -> tuple[str, ...]:
    return lexicon.word_list("place_preceding_words.txt")


def _after_a_function_word(text: str, start: int) -> bool:
    """Whether a function word (lexicon/place_preceding_words.txt: 以, 及, 而, 為, 其中) stands right
    before start (以北區, 及南屯區, 其中左鎮區)."""
    return any(text.endswith(word, 0, start) for word in place_preceding_words())


def _in_the_regions_province(place: Place, region: Place | None) -> bool:
    """The place lies in the region's province (no region: any place may be the text's)."""
    if region is None or region.code is None or place.code is None:
        return True
    return region.level == "country" or place.code[:2] == region.code[:2]


def _begins_a_word(text: str, end: int) -> bool:
    """Whether the division word that ends a name begins a longer word (以北|区域, 区划): then it is no name."""
    return text.startswith(_DISTRICT_WORD_TAILS, end - 1)


def _full_name_form(name: str) -> str:
    """The name if it ends in a division word (南屯區, 东势区, 竹北市, 和平鄉), else ''."""
    return name if name[-1:] in _DIVISION_WORD_ENDINGS else ""


_DIVISION_WORD_ENDINGS = frozenset("区區县縣乡鄉镇鎮市")
# 以 X …最 Y (X is the most Y): what stands after 以 is ranked first by its clause (以北区每平方公里2万1,283人最稠密,
# 整体死亡人数以南投增加7人最多) — a name there, not a word of direction (以南), the figure's subject, no word of its
# metric. RANKED_CLAUSE is the rest of the clause from X (a figure's thousands comma is no clause break).
RANKED_BY = "以"
RANKED_CLAUSE = compile_pattern(r"(?:[^，,。；;！？!?\n]|(?<=\d)[,，](?=\d)){1,40}?最")
_COUNTRY_BEFORE_ITS_DIVISION = "中国"  # 中国台湾, 中国香港: one word to jieba, the division all the same
_SHORT_FORM = "short form"  # division_other_names.tsv: a name papers write for a division, not a new one
_FORMED_WITHIN = "formed within"  # division_successors.tsv: a division with no predecessor in the table


def _other_division_names() -> list[list[str]]:
    """The names of divisions the packaged table lacks: the hand-written ones (division_other_names.tsv),
    then those formed or renamed since the table (division_successors.tsv, from a current table)."""
    return [*lexicon.rows("division_other_names.tsv"), *lexicon.rows("division_successors.tsv")]


# a county made a city or a district (县改市, 县改区): its former name is its short name and 县
_NOW_A_CITY_OR_DISTRICT = ("市", "区")
_COUNTY_SUFFIX = "县"
_SHORTEST_FORMER_NAME = 2

_LIST_PART_BEFORE = frozenset("、，,；;（(：:")
PARTS_OPENING = "其中"  # 新增确诊病例5例，其中北海2例、梧州2例: the first part right after 其中

COUNTRY = Place("中国", "country")  # what 全国 / 我国 stand for
# the names a user gives the country as a document's region (--region 中国): a national paper's
COUNTRY_NAMES = frozenset({"中国", "全国", "我国", "中华人民共和国", "China"})
_REGION_SUFFIX = "地区"
_BASIN = "流域"


def find_macro_regions(text: str, region: Place | None = None) -> list[Mention]:
    """Regions above the province (东部地区, 长三角, 粤港澳大湾区; lexicon/macro_regions.txt) and inside one
    that no gazetteer lists (苏南地区, 南疆; lexicon/province_regions.txt), also when a list shares one 地区:
    东部、中部、西部和东北地区 names four regions. A river basin in the text of a place below the country (山西省:
    黄河流域耗水指标43.1亿立方米) is that place's part of the basin, a word of what is measured, no region."""
    stem_pattern, pattern = _macro_region_patterns()
    basins_are_parts = region is not None and region.level != COUNTRY.level
    mentions = []
    for match in pattern.finditer(text):
        if basins_are_parts and match.group().endswith(_BASIN):
            continue
        if match["group"] is not None:
            mentions.append(Mention(match.start(), match.end(), Place(_group_name(match), "region")))
            continue
        if match["listed"] is None:
            mentions.append(Mention(match.start(), match.end(), Place(match.group(), "region")))
            continue
        stems_end = match.end() - len(_REGION_SUFFIX)
        for stem in stem_pattern.finditer(text, match.start(), stems_end):
            end = match.end() if stem.end() == stems_end else stem.end()
            mentions.append(Mention(stem.start(), end, Place(stem.group() + _REGION_SUFFIX, "region")))
    return mentions


def _group_name(match: re.Match[str]) -> str:
    """The name of a group of cities or airports (成渝机场群); with the counted cities of a region written right
    after it (粤港澳大湾区机场群珠三角九市: the nine cities' airports of the cluster, not Hong Kong's and Macao's),
    the region and those cities (粤港澳大湾区珠三角九市), whose scope is the figure's."""
    if match["counted"] is None:
        return match["group"]
    return match.string[match.start("group") : match.start("noun")] + match["counted"]


@cache
def _macro_region_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The stems of the regions named X地区 (东部, 东北), and the pattern finding a group of cities (长三角城市群,
    成渝机场群, 珠三角九市: lexicon/region_group_*.txt), a region or a list."""
    names = [*lexicon.word_list("macro_regions.txt"), *lexicon.word_list("province_regions.txt")]
    stems = lexicon.alternation([n[: -len(_REGION_SUFFIX)] for n in names if n.endswith(_REGION_SUFFIX)])
    separator = lexicon.LIST_SEPARATOR.pattern
    listed = rf"(?P<listed>(?:{stems})(?:(?:{separator})(?:{stems}))*)(?:{separator})(?:{stems}){_REGION_SUFFIX}"
    group_stems = [*names, *lexicon.word_list("region_group_stems.txt")]
    nouns = lexicon.alternation(lexicon.word_list("region_group_nouns.txt"))
    # a region's cities counted (珠三角九市, 长三角27城): a group by itself, or the part of the group before it
    counted = rf"(?:{lexicon.alternation(names)})(?:[0-9]+|[一二两三四五六七八九十]+)[市城]"
    group = rf"(?P<group>(?:{lexicon.alternation(group_stems)})(?P<noun>{nouns})(?P<counted>{counted})?|{counted})"
    # the look-ahead at the names' first characters: without it the engine tries the list at
    # every character of the page (six times slower)
    first = re.escape("".join(sorted({name[0] for name in group_stems})))
    # 大别山区域医疗中心: a name ending in 区 that runs into 域 is the start of a 区域 (a hospital's name), no area
    return compile_pattern(stems), compile_pattern(
        f"(?=[{first}])(?:{group}|{listed}|{lexicon.alternation(names)})(?!域)"
    )


def find_exclusion_regions(text: str, divisions: list[Mention]) -> list[Mention]:
    """The country less a province, as national bulletins count it ("全国除湖北以外地区新增确诊病例509例",
    "湖北以外新增病例…", "除湖北省外，其他省…"): one region, 全国除湖北以外地区, the figure's subject, never
    the province's. Only where it opens its clause (after 全国, 除, a clause's start or a headline's mark):
    "有湖北以外地区旅居史" qualifies the cases, and the province stays a qualifier there."""
    regions = []
    for mention in divisions:
        if mention.place.level != "province":
            continue
        # always found, empty where nothing of the kind stands before the province
        before = _EXCLUSION_BEFORE.search(text, max(0, mention.start - 4), mention.start)
        assert before is not None
        after = (_EXCLUDED_AFTER_CHU if "除" in before.group() else _EXCLUDED_AFTER).match(text, mention.end)
        if after is None:
            continue
        if before.start() > 0 and before.group() == "" and not _CLAUSE_OPENING.match(text, mention.start - 1):
            continue
        name = f"全国除{short_name(mention.place.name)}以外地区"
        regions.append(Mention(before.start(), after.end(), Place(name, "region")))
    return regions


# what stands before the province: 全国, 全国除, 除 (a headline's # between), or nothing at a clause's start
_EXCLUSION_BEFORE = compile_pattern(r"(?:全国)?(?:除#?)?$")
_CLAUSE_OPENING = compile_pattern(r"[，,。；;：:\n#【】\s]")
# 外 alone only before what a bulletin counts (湖北外新增25例): 湖北外出, 湖北外来 are other words
_EXCLUDED_AFTER = compile_pattern(r"省?(?:以外|之外|外(?=新增|累计))(?:的)?(?:地区|省份|省市)?")
_EXCLUDED_AFTER_CHU = compile_pattern(r"省?(?:以外|之外|外)(?:的)?(?:地区|省份|省市)?")


# written after a province's short name, the province as an area (台湾地区累计确诊135例): part of its name
_AREA = "地区"


def _an_area_word(text: str, end: int) -> bool:
    """地区 at `end` names the area of the province before it, not a term it opens (江苏地区生产总值:
    lexicon/area_terms.txt)."""
    return text.startswith(_AREA, end) and not text.startswith(lexicon.word_list("area_terms.txt"), end)


_DIVISION_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "省", "市", "县", "区", "盟", "旗")
# the suffixes by their last character, each list in the order above: a name is tried only against those it
# can end with (the gazetteer shortens every division's name when it is built)
_SUFFIXES_ENDING_IN = {s[-1]: [t for t in _DIVISION_SUFFIXES if t[-1] == s[-1]] for s in _DIVISION_SUFFIXES}


def short_name(name: str) -> str:
    """菏泽市 -> 菏泽, 定陶区 -> 定陶, 山东省 -> 山东; names of one character keep their suffix (曹县);
    an autonomous division loses its peoples too (湘西土家族苗族自治州 -> 湘西)."""
    for suffix in _SUFFIXES_ENDING_IN.get(name[-1:], ()):
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            stem = name[: -len(suffix)]
            return _without_peoples(stem) if suffix.startswith("自治") else stem
    return name


def _without_peoples(stem: str) -> str:
    """通道侗族 -> 通道, 湘西土家族苗族 -> 湘西: the peoples at the end of an autonomous name's stem, the
    longest first; a stem's end is looked up in the set of peoples, once for each length a people has."""
    peoples, lengths = _peoples_as_written()
    changed = True
    while changed:
        changed = False
        for length in lengths:
            if len(stem) - length >= 2 and stem[-length:] in peoples:
                stem, changed = stem[:-length], True
                break
    return stem


@cache
def _peoples_as_written() -> tuple[frozenset[str], tuple[int, ...]]:
    """The peoples an autonomous name may end with, and their lengths, longest first: as listed (土家族)
    and, for a name of three characters or more, without its 族 (新疆维吾尔自治区, 伊犁哈萨克自治州)."""
    listed = lexicon.word_list("ethnic_groups.txt")
    bare = [p.removesuffix("族") for p in listed if p.endswith("族") and len(p) >= 4]
    peoples = frozenset({*listed, *bare})
    return peoples, tuple(sorted({len(p) for p in peoples}, reverse=True))


def written_name(place: Place) -> str:
    """A division's name as the head of a town's or village's name: the form papers write for an
    autonomous one (通道县坪坦乡, not 通道侗族自治县坪坦乡), else its own."""
    return autonomous_written_name(place.name) or place.name


def autonomous_written_name(name: str) -> str | None:
    """The short form plus its level, as papers write an autonomous prefecture, county or banner:
    湘西土家族苗族自治州 -> 湘西州, 通道侗族自治县 -> 通道县; None for other names."""
    for suffix, level in (("自治州", "州"), ("自治县", "县"), ("自治旗", "旗")):
        if name.endswith(suffix):
            short = short_name(name)
            return short + level if short != name and len(short) >= 2 else None
    return None


def autonomous_written_names(name: str) -> list[str]:
    """Every form papers write an autonomous division in: 湘西州 and 湘西自治州 for 湘西土家族苗族自治州."""
    written = autonomous_written_name(name)
    if written is None:
        return []
    autonomy = next(suffix for suffix in ("自治州", "自治县", "自治旗") if name.endswith(suffix))
    return [written, short_name(name) + autonomy]


@cache
def gazetteer() -> Gazetteer:
    """The package's gazetteer (package_gazetteer) with the places of the active user lexicon."""
    user = user_lexicon.active()
    package = package_gazetteer()
    return package.with_places(user_places(package, user)) if user is not None and user.places else package


def user_places(package: Gazetteer, user: user_lexicon.UserLexicon) -> list[Place]:
    """A user lexicon's places (validated: every parent known) as Places: a province, city or county
    carries its parent's code as a division does, a town or village its parent's name as a place found
    by its suffix does. Without a code of its own a place takes its parent's, as an unlisted district
    takes its city's (find_unlisted_districts): it is known to lie there."""
    entries = {entry.name: entry for entry in user.places}
    resolved: dict[str, Place] = {}

    def resolve(name: str) -> Place | None:
        if name in resolved:
            return resolved[name]
        entry = entries.get(name)
        if entry is None:
            return package.lookup(name)
        parent = resolve(entry.parent) if entry.parent else None
        code = entry.code or (parent.code if parent else None)
        division = entry.level in ("province", "city", "county")
        link = (parent.code if division else parent.name) if parent else None
        resolved[name] = Place(entry.name, entry.level, code, link)
        return resolved[name]

    return [place for name in entries if (place := resolve(name)) is not None]


@cache
def package_gazetteer() -> Gazetteer:
    """The gazetteer built from cpca's adcode table (read as a file, cpca itself is not imported)."""
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the cpca package (the source of the division codes) is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"
    with path.open(encoding="utf-8") as handle:
        records = csv.reader(handle)
        header = next(records)
        code_at, name_at = header.index("adcode"), header.index("name")  # rows as lists: 3,500 dicts cost 3 ms
        rows = [(record[code_at], record[name_at]) for record in records if record]
    # Hong Kong's and Macau's districts and Taiwan's municipalities and counties, which the table
    # lists only as regions, and their names in Traditional script; a region's row names it as claims
    # do (台湾, as Taiwan's texts and their readers write it, where the table has 台湾省)
    listed = {code: at for at, (code, _) in enumerate(rows)}
    other_scripts: dict[str, str] = {}
    for code, name, *written in lexicon.rows("hk_macau_taiwan_divisions.tsv"):
        if code not in listed:
            rows.append((code, name))
        else:
            rows[listed[code]] = (code, name)
        for form in written[0].split(",") if written else []:
            other_scripts[form.strip()] = code
    return Gazetteer(rows, other_scripts, foreign_places(), divisions_without_codes(), taiwan_districts())


def taiwan_districts() -> list[tuple[Place, list[str], list[str]]]:
    """Taiwan's districts, townships and county-administered cities (lexicon/taiwan_districts.tsv, from
    the post's ZIP code areas), as (district, names read anywhere, names read only in its city): a
    district is named with its city in front (台中市东势区, 臺中市東勢區) wherever it is written; on its
    own (東勢區, 东势区, 中區) it is a district only in its city's text or right after its city, as a
    mainland county's short name is: 中區, 西區, 北區 are districts of several cities, and Hong Kong's."""
    out = []
    for code, name, *written in lexicon.rows("taiwan_districts.tsv"):
        city_code = code[:4] + "0" * 8
        place = Place(name, "county", code, city_code)
        forms = [form.strip() for form in written[0].split(",") if form.strip()] if written else []
        alone = [form for form in forms if form[-1:] in _TAIWAN_DIVISION_ENDINGS and len(form) <= 4]
        with_city = [form for form in forms if form not in alone]
        city_length = len(name) - len(alone[0]) if alone else 0
        alone.append(name[city_length:])  # 东势区: Simplified on its own
        out.append((place, with_city, alone))
    return out


_TAIWAN_DIVISION_ENDINGS = ("區", "鄉", "鎮", "市")


def divisions_without_codes() -> list[tuple[str, Place]]:
    """The units reports list as divisions that the table has no code for (lexicon/divisions_without_codes.tsv:
    新疆生产建设兵团 and its divisions), as (name as written, unit): each by its name and its written forms."""
    out = []
    for name, level, parent, *written in lexicon.rows("divisions_without_codes.tsv"):
        place = Place(name, level, None, parent or None)
        forms = [form.strip() for form in written[0].split(",") if form.strip()] if written else []
        out.extend((form, place) for form in [name, *forms])
    return out


def foreign_places() -> list[tuple[str, Place, bool]]:
    """Foreign countries and their first-level divisions (lexicon/foreign_places.tsv, from ISO 3166):
    (name as written, place, read on its own). A country's place is named as news writes it and coded
    by ISO 3166-1 (加拿大, CA); a division's name has its country in front (德国巴伐利亚州, 日本东京都:
    one name for every way of writing it, never a Chinese division's) and is coded by ISO 3166-2, its
    parent the country's code. Their level is province's: the subject step weighs them as it does a
    Chinese province; they are no division of the table (by_code), so no check takes them for one."""
    rows = lexicon.rows("foreign_places.tsv")
    countries = {row[3]: row[1] for row in rows if row[2] == "country"}
    out = []
    for written, name, level, country, code, alone in rows:
        if level == "country":
            place = Place(name, "country", code)
        else:
            place = Place(countries[country] + name, "province", code, country)
        out.append((written, place, alone == "yes"))
    return out


# 洪江区, 乾州新区, 经开区 right after their city: districts a city runs that the division table
# does not list (management areas, new areas); two characters, then the district word
_UNLISTED_DISTRICT = compile_pattern(r"([\u4e00-\u9fff]{2})(新区|管理区|区)")


def same_stem_as_districts(text: str, divisions: list[Mention], districts: list[Mention]) -> list[Mention]:
    """Divisions written with the stem of a district the text named under the same city stand for
    that district: after 怀化市洪江区, 怀化市洪江城区 is in 洪江区, not in the county-level city 洪江市."""
    by_stem: dict[tuple[str | None, str], Place] = {}
    for district in districts:
        written = _UNLISTED_DISTRICT.fullmatch(district.place.name[len(district.place.parent or "") :])
        if written is not None:
            by_stem[(district.place.parent, written.group(1))] = district.place
    if not by_stem:
        return divisions
    out: list[Mention] = []
    for k, mention in enumerate(divisions):
        city = divisions[k - 1] if k and divisions[k - 1].end == mention.start else None
        district = by_stem.get((city.place.name, text[mention.start : mention.end])) if city else None
        out.append(mention._replace(place=district) if district is not None else mention)
    return out


_DISTRICT_WORD_TAILS = ("区域", "区划", "区间", "区块", "区位", "区别")
# a zone (三亚湾片区: find_named_zones) or a scenic area (开封府景区, a city's sight) ends in 区 and is no district
_ZONE_NOT_DISTRICT = ("片区", "景区")


def find_unlisted_districts(text: str, divisions: list[Mention]) -> list[Mention]:
    """County-level districts written right after their city that the gazetteer does not list
    (怀化市洪江区: 洪江区 is a management district of 怀化市, not the county-level city 洪江市)."""
    gaz = gazetteer()
    stop, _, stop_word_pattern = _place_name_stoplist()
    mentions = []
    for city in divisions:
        if city.place.level != "city":
            continue
        match = _UNLISTED_DISTRICT.match(text, city.end)
        if match is None:
            continue
        stem, name = match.group(1), match.group(1) + match.group(2)
        if name in gaz.by_name or stem in stop or stop_word_pattern.search(stem):
            continue  # listed (张店区), or words (市中心城区)
        if text.startswith(_DISTRICT_WORD_TAILS, match.end() - 1) or name.endswith(_ZONE_NOT_DISTRICT):
            continue  # 区域, 区划, 区间: the 区 begins a word; 三亚湾片区: a zone; 开封府景区: a sight
        # the city's code: the district is known to lie in it, not which county code it has
        place = Place(city.place.name + name, "county", city.place.code, city.place.name)  # 高新区: every city has one
        mentions.append(Mention(city.start, match.end(), place))
    return mentions


def find_listed_part_names(text: str, known: list[Mention], region: Place | None = None) -> list[Mention]:
    """Places the gazetteer does not know, written as a part of a list of places and their figures
    (莆田市4例（荔城区3例、湄洲湾北岸1例）, 银川市1例、宁东1例): a name right after a list's separator or bracket
    and right before its figure, whose words jieba tags a place name and a locality after it (湄洲湾|北岸, 宁东),
    in a list whose other parts are places with their figures. As zones are, of county level, named as written and
    coded as nothing; a part written by its kind alone (高新区, 城区) is its city's (`_the_citys_part`)."""
    covered = MentionSpans(known)
    items = [m.start for m in known if m.place.level in _ITEM_LEVELS and text[m.end : m.end + 1].isdigit()]
    out: list[Mention] = []
    for match in _LISTED_PART_NAME.finditer(text):
        start, end = match.span("name")
        if covered.overlap(start, end) or not (
            _a_place_names_words(match["name"]) or match["name"].endswith(_listed_part_words())
        ):
            continue
        if any(0 < abs(item - start) <= _LISTED_PART_REACH for item in items):
            # a city's short name outside the region's province (外市4例（马鞍山1例，武汉3例）) is that city
            known_city = gazetteer().lookup(match["name"], None)
            if known_city is not None and known_city.level == "city":
                place = known_city
            elif match["name"] in _listed_part_words():
                place = _the_citys_part(text, start, match["name"], known, region)
            else:
                place = Place(match["name"], "county")
            out.append(Mention(start, end, place))
    return out


def _the_citys_part(text: str, start: int, kind: str, known: list[Mention], region: Place | None) -> Place:
    """A list's part written by its kind alone (阳泉市3例（城区2例、郊区1例）, 高新区1例) is the one of the city whose
    figures the list breaks down: the last city (or municipality) named before it on its line, else the region's, else
    the city of the counties listed before it (我市…（其中枣阳4例，襄城3例，高新区1例）: 襄阳市). Many cities have a
    高新区 or a 城区, and claims are compared across documents by their subject: named with its city (阳泉市城区,
    重庆市高新区), coded as the city's district of that name where the table lists one, else as the city."""
    line_start = text.rfind("\n", 0, start) + 1
    before = sorted((m for m in known if line_start <= m.start < start and m.place.code), key=lambda m: m.start)
    cities = [m.place for m in before if _a_city_or_municipality(m.place)]
    whole = cities[-1] if cities else region
    if (whole is None or whole.code is None or not _a_city_or_municipality(whole)) and before:
        gaz = gazetteer()  # a county's city, or the municipality its code opens with (city_of: none for 重庆's)
        whole = gaz.city_of(before[-1].place) or gaz.province_of(before[-1].place)
    if whole is None or whole.code is None or not _a_city_or_municipality(whole):
        return Place(kind, "county")
    width = 2 if whole.level == "province" else 4
    district = next(
        (p for p in gazetteer().by_name.get(kind, []) if p.level == "county" and p.code[:width] == whole.code[:width]),
        None,
    )
    if district is not None:
        return Place(whole.name + kind, "county", district.code, district.parent)
    return Place(whole.name + kind, "county", whole.code, whole.code)


def _a_city_or_municipality(place: Place) -> bool:
    """A city, or a province-level municipality (重庆市), whose districts a list may give."""
    return place.level == "city" or (
        place.level == "province" and place.code is not None and place.code[:2] in MUNICIPALITIES
    )


# a list part's name: after a list's separator or bracket, right before its figure
_LISTED_PART_NAME = compile_pattern(r"(?<=[、（(，,；;：:])(?P<name>[\u4e00-\u9fff]{2,6})(?=[0-9０-９])")
# how far from a place with its figure another part of the same list is looked for
_LISTED_PART_REACH = 40
_ITEM_LEVELS = ("province", "city", "county", "town")
PLACE_NAME_TAG = "ns"  # jieba's tag of a place name
_LOCALITY_TAG = "f"


@cache
def _listed_part_words() -> tuple[str, ...]:
    """Bare district names and zone kinds a list may give a part by (lexicon/listed_part_words.txt)."""
    return lexicon.word_list("listed_part_words.txt")


def _a_place_names_words(name: str) -> bool:
    """jieba reads the name as a place name, maybe with localities after it (湄洲湾|北岸, 宁东)."""
    words = phrase_words(name)
    return (
        bool(words)
        and words[0][1] == PLACE_NAME_TAG
        and all(tag in (PLACE_NAME_TAG, _LOCALITY_TAG) for _, tag in words[1:])
    )


def find_named_zones(text: str, known: list[Mention]) -> list[Mention]:
    """Islands, new areas and development zones that the division table does not list, written as places
    (lexicon/zone_words.tsv): by the zone word right after their city or county (通辽市经济开发区, 长沙高新区), else
    after a name of two to four characters that is a word of its own and no verb, direction or generic word
    (湄洲岛, 两江新区, 万盛经开区, 东湖高新区; not 设立新区, 北岸经济开发区, 国家级开发区, 一座小岛). A division
    right before the name heads it (重庆两江新区 -> 重庆市两江新区). An area of county level (of town level in a
    county), coded as the division before it, else not at all. An island named by a division (平潭岛, 海南岛) is
    that division; a name the text names otherwise (秦皇岛, 黄石市开发区) is no zone."""
    zone_words, islands, generic, areas, parks = _zone_words()
    covered = MentionSpans(known)
    ends = {m.end: m for m in known if m.place.level in ("province", "city", "county")}
    out: list[Mention] = []
    before_a_feature = {m.end + 1: m for m in known if m.place.level in ("city", "county")}
    for match in zone_words.finditer(text):
        suffix_start, end = match.span()
        if covered.overlap(suffix_start, end) or not starts_a_word(text, end):
            continue  # 秦皇岛, 青岛: a division's own name; 沿海岛屿: the zone word starts a longer word
        led = before_a_feature.get(suffix_start)
        if led is not None and text[suffix_start - 1] in _FEATURES_NAMED_AFTER_A_DIVISION:
            # 三亚湾片区, 海棠湾片区: a bay named after its city or district names the zone, which lies in it
            level = "county" if led.place.level == "city" else "town"
            out.append(Mention(led.start, end, Place(text[led.start : end], level, led.place.code, led.place.name)))
            continue
        if match.group() in areas and (suffix_start in ends or text[suffix_start - 1] in _RIVER_ENDINGS):
            continue  # 柳江片区: a division's part; 红水河片区: a river's basin
        if match.group() in parks and suffix_start in ends and ends[suffix_start].place.level != "county":
            continue  # 上饶市工业园区: the city's parks together
        if suffix_start in ends and match.group() in islands:
            out.append(Mention(ends[suffix_start].start, end, ends[suffix_start].place))
            continue
        name_start = suffix_start if suffix_start in ends else _zone_name_start(text, suffix_start, end, generic)
        if name_start is None or covered.overlap(name_start, suffix_start):
            continue
        head = ends.get(name_start)
        written = text[name_start:end]
        if head is None:
            place = Place(written, "county")
        elif head.place.level == "county":
            # named as written, its county short or full (广丰经济开发区 is the zone's own name, no 广丰区…)
            place = Place(text[head.start : end], "town", None, head.place.name)
        else:
            # named as written, its city short or full (湖州莫干山高新技术产业开发区 is the zone's own name, no 湖州市…)
            place = Place(text[head.start : end], "county", head.place.code, head.place.name)
        out.append(Mention(head.start if head else name_start, end, place))
    return out


# a feature named by a division's name and one character (三亚湾, 海棠湾, 东湖): the name of a zone written after it
_FEATURES_NAMED_AFTER_A_DIVISION = frozenset("湾湖港")
# the last character of a river's name (红水河, 柳江, 沅水)
_RIVER_ENDINGS = frozenset("河江水溪")


def _zone_name_start(text: str, suffix_start: int, suffix_end: int, generic: frozenset[str]) -> int | None:
    """Where the name before a zone word starts: at the word jieba cuts over the character before it (湄洲 of
    湄洲岛, 两江 of 两江/新区), when that makes a name of two to four characters that is no verb, direction, function
    word or generic word; else None."""
    window = max(0, suffix_start - _ZONE_NAME_LONGEST - 1)
    word = next((w for w in tagged_words(text, window, suffix_end) if w.start < suffix_start <= w.end), None)
    if word is None or word.tag in _NOT_A_ZONE_NAME_TAGS:
        return None
    stem = text[word.start : suffix_start]
    if not 2 <= len(stem) <= _ZONE_NAME_LONGEST or stem in generic:
        return None  # 小岛, 大岛: a word, not a name; 鄂尔多斯市…: a longer stretch is no name of its own
    return word.start if _plausible_local_name(text, word.start, suffix_start) else None


_ZONE_NAME_LONGEST = 4
# verbs (设立新区), directions (北岸经济开发区) and the tags that stand outside any name (一座小岛, 和高新区)
_NOT_A_ZONE_NAME_TAGS = frozenset(
    ["v", "vd", "vg", "vi", "vn", "vq", "f", "p", "r", "c", "d", "t", "m", "q", "u", "uj", "ul", "ud", "uz", "ug"]
    + ["y", "e", "o", "l", "i"]
)


@cache
def _zone_words() -> tuple[re.Pattern[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The zone words as one pattern, the longest first (经济技术开发区 before 开发区), the island words among
    them, the generic words, the words of an area (片区) and of an industrial park (工业园区)."""
    table = lexicon.word_table("zone_words.tsv")
    zones = [word for word, role in table.items() if role in ("zone", "island", "area", "park")]

    def of_role(wanted: str) -> frozenset[str]:
        return frozenset(word for word, role in table.items() if role == wanted)

    return (
        compile_pattern(lexicon.alternation(zones)),
        of_role("island"),
        of_role("generic"),
        of_role("area"),
        of_role("park"),
    )


def names_a_zone(name: str) -> bool:
    """Whether a name ends in a zone word of a new area, development zone, area or park (两江新区, 东湖高新区:
    lexicon/zone_words.tsv), not an island's."""
    return name.endswith(_zone_endings())


@cache
def _zone_endings() -> tuple[str, ...]:
    return tuple(
        word for word, role in lexicon.word_table("zone_words.tsv").items() if role in ("zone", "area", "park")
    )


@cache
def _suffix_place_pattern() -> re.Pattern[str]:
    suffixes = sorted(lexicon.word_table("place_suffixes.tsv"), key=len, reverse=True)  # the longest wins
    # 小镇, 小村 are kinds of place (特色小镇), not the end of a town's or village's name: the look-behind
    # comes after each suffix's first character (村(?<!小村)), so that every alternative opens with a
    # literal and the engine skips to them by itself; in front of them it was tried at every character
    alternatives = "|".join(re.escape(s[0]) + f"(?<!小{re.escape(s[0])})" + re.escape(s[1:]) for s in suffixes)
    return compile_pattern(f"(?:{alternatives})(?![民委级集干务居组里内容长道口街庄工社寨落]|[镇乡](?!长))")


@cache
def _organisation_left_stop() -> re.Pattern[str]:
    """What ends an organisation's name on its left: punctuation, a number, a governing word. A count in Chinese
    numerals (二十一处景区, 三家医院) counts bodies of the kind, as 21处景区 does, and is no part of a name."""
    rows = sorted(
        ([cell.strip() for cell in row] for row in lexicon.rows("organisation_left_stops.txt")),
        key=lambda row: len(row[0]),
        reverse=True,
    )
    # a word with a second column stops a name only where none of those characters follows it (经 of
    # 经定点医院, not of 经济开发区 or 经信局)
    words = "|".join(re.escape(row[0]) + (f"(?![{re.escape(row[1])}])" if len(row) > 1 else "") for row in rows)
    # the look-ahead at the words' first characters spares trying each word at every position
    first = re.escape("".join(sorted({row[0][0] for row in rows})))
    return compile_pattern(
        f"(?:[0-9０-９]+[个家名所座处支多余]*|{_CHINESE_COUNT}|[^\\u4e00-\\u9fffA-Za-z]|(?=[{first}])(?:{words}))"
    )


# a count of bodies in Chinese numerals: two or more numerals, or one before 个/所/座/处 (not 三家村, 七里河, 一汽)
_CHINESE_COUNT = r"(?:[一二两三四五六七八九十百千]{2,4}[个家所座处]|[二两三四五六七八九十][个所座处])"


def a_name_governed_at(text: str, start: int) -> bool:
    """Whether a word that ends an organisation's name on its left (新发展, 新建, 建成) ends right at `start`."""
    window = max(0, start - _LONGEST_GOVERNING_WORD)
    return any(name_governing_word_end(text, at) == start for at in range(window, start))


_LONGEST_GOVERNING_WORD = 4


def name_governing_word_end(text: str, at: int) -> int | None:
    """Where a word that ends an organisation's name on its left (新建, 改扩建, 依托) and starts at `at` ends."""
    stop = _organisation_left_stop().match(text, at)
    return stop.end() if stop is not None and "\u4e00" <= text[at] <= "\u9fff" else None


@cache
def _organisation_pattern() -> re.Pattern[str]:
    return compile_pattern(lexicon.alternation(list(lexicon.word_table("organisation_suffixes.tsv"))))


# characters that cannot be inside a village or town name: they end it on the left
# words of two characters opening a part of what was said, right before a place's name (其中暖泉古镇, 另外…)
_PART_OPENINGS = ("其中", "另外", "此外", "包括", "以及")
_LOCAL_NAME_BOUNDARY = set("的了在和与及是个名等各全每该本我这那其到进入向为把被给让使令从由以对驻镇乡")


def find_local_places(text: str, known: list[Mention]) -> list[Mention]:
    """Towns, streets, communities and villages, named by suffix (滨河街道, 董河社区, 东黄堂村).

    The name is what stands between a parent place and the suffix (天中街道王洪庙村); without a
    parent, it is the three-character form that the document also writes after a
    clear boundary (a line start, punctuation, 的/在…), else two characters.
    """
    known_ends = {m.end: m for m in known}
    matches = list(_suffix_place_pattern().finditer(text))
    anchored = _anchored_local_names(text, matches)
    levels = lexicon.word_table("place_suffixes.tsv")
    found_ends: dict[int, Mention] = {}
    mentions: list[Mention] = []
    known_spans = MentionSpans(known)
    # the places named after their parent (建平县榆树林子镇), by their own name: written again without the parent
    # (榆树林子镇中官营子村…), the name is that place, four characters and all
    named_after_a_parent: dict[str, Place] = {}
    for match in matches:
        s = match.start()
        suffix = match.group()
        if known_spans.hold(s, match.end()):
            continue  # 其中左镇区: the 镇 of a division's name (台南市左镇区) ends no town 中左镇
        if _in_a_breakdown_opener(text, s):
            continue  # 分苏木镇看, 分县区看: a breakdown by place names the kind of its parts, no town
        parent_mention = None
        name_start = None
        for width in (2, 3, 4):
            parent_mention = known_ends.get(s - width) or found_ends.get(s - width)
            if parent_mention is not None:
                name_start = s - width
                break
        known_before = None
        if name_start is None:
            width = next((w for w in (4, 3) if s >= w and text[s - w : s] + suffix in named_after_a_parent), None)
            if width is not None:
                name_start = s - width
                known_before = named_after_a_parent[text[name_start : match.end()]]
            else:
                name_start = s - 3 if s >= 3 and text[s - 3 : s] + suffix in anchored else s - 2
        if name_start < 0:
            continue
        if known_before is not None:
            mention = Mention(name_start, match.end(), known_before)
            mentions.append(mention)
            found_ends[match.end()] = mention
            continue
        joined = _ends_in_a_joining_character(text, name_start, s)  # 万全镇: its 全镇 straddles no word
        if not (joined or _plausible_local_name(text, name_start, s)):
            continue
        if parent_mention is None and _starts_inside_word(text, name_start):
            continue
        if not joined and _straddles_word(text, s, suffix) and (parent_mention is None or suffix not in ("镇", "乡")):
            continue  # 织密城乡, 建成农村; after a parent a town may end in 村 (平阴县孔村镇)
        if _opens_a_word(text, s, suffix):
            continue  # 持续改善乡村办学条件, 发展乡村特色产业: the suffix opens 乡村, no town 改善乡
        # 东明县渔沃街道办事处: the office's street, named without its office (渔沃街道); the mention takes it in
        full = text[name_start : match.end()].removesuffix(_OFFICE)
        parent = parent_mention.place.name if parent_mention else None
        prefix = written_name(parent_mention.place) if parent_mention else None
        canonical = prefix + full if prefix and parent_mention.place.level != "city" else full
        start = parent_mention.start if parent_mention else name_start
        mention = Mention(start, match.end(), Place(canonical, levels[suffix], None, parent))
        mentions.append(mention)
        found_ends[match.end()] = mention
        if parent_mention is not None:
            named_after_a_parent.setdefault(full, mention.place)
    return mentions


_OFFICE = "办事处"


def _in_a_breakdown_opener(text: str, at: int) -> bool:
    """The suffix at `at` is inside a breakdown by place (分苏木镇看): looked for around it only, its words short."""
    opener = breakdown_by_place().search(text, max(0, at - _BREAKDOWN_REACH), at + _BREAKDOWN_REACH)
    return opener is not None and opener.start() <= at < opener.end()


_BREAKDOWN_REACH = 6


def _anchored_local_names(text: str, matches: list[re.Match[str]]) -> set[str]:
    """Names of three characters written right after a boundary somewhere in the text."""
    names: set[str] = set()
    for match in matches:
        s = match.start()
        # only three characters: longer stretches after a boundary are too often verb phrases
        if s < 3:
            continue
        before = text[s - 4] if s > 3 else "\n"
        at_boundary = (
            not _NAME_CHAR.match(before)
            or before in _LOCAL_NAME_BOUNDARY
            or text.endswith(_PART_OPENINGS, 0, s - 3)  # 其中暖泉古镇接待游客: 其中 opens the part, the name after it
            # a verb that takes places as its object (辐射孤山子村、榆树底下村): the name starts after it
            or text.endswith(_place_governing_verbs(), max(0, s - 3 - _LONGEST_GOVERNING_VERB), s - 3)
        )
        # a boundary character opening a word the name would start inside is none (其中宗加镇: 其中, then 宗加镇)
        if at_boundary and _plausible_local_name(text, s - 3, s) and not _starts_inside_word(text, s - 3):
            names.add(text[s - 3 : match.end()])
    return names


@cache
def subject_governors() -> tuple[str, ...]:
    """The words before a place that make it an object or a setting, not its clause's subject
    (lexicon/subject_governors.txt)."""
    return tuple(lexicon.word_list("subject_governors.txt"))


@cache
def _place_governing_verbs() -> tuple[str, ...]:
    """The governors of two characters or more (辐射, 覆盖): a local name starts right after one."""
    return tuple(word for word in subject_governors() if len(word) > 1)


_LONGEST_GOVERNING_VERB = 4


def _straddles_word(text: str, suffix_start: int, suffix: str) -> bool:
    """The suffix is the end of a stop word that began in the name (织密城乡: 城乡 is a word)."""
    _, stop_words, _ = _place_name_stoplist()
    end = suffix_start + len(suffix)
    return any(
        end - width >= 0 and text[end - width : end] in stop_words for width in range(len(suffix) + 1, len(suffix) + 4)
    )


def _opens_a_word(text: str, suffix_start: int, suffix: str) -> bool:
    """The suffix opens a longer stop word written from it (乡村, 乡镇, 村镇: place_name_stoplist.txt) that the text's
    words keep whole: 改善|乡村|办学, but 石门乡|村民 (a town, then its villagers)."""
    _, stop_words, _ = _place_name_stoplist()
    end = suffix_start + len(suffix)
    if not any(text[suffix_start : end + extra] in stop_words for extra in (1, 2)):
        return False
    return starts_a_word(text, suffix_start) and not starts_a_word(text, end)


def _starts_inside_word(text: str, name_start: int) -> bool:
    """The name's first characters end a stop word that began before it (开展村社区: 开展)."""
    _, stop_words, _ = _place_name_stoplist()
    for left in range(1, 4):
        for right in range(1, 4):
            if name_start - left >= 0 and text[name_start - left : name_start + right] in stop_words:
                return True
    return False


@cache
def _place_name_stoplist() -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    """Stop words of one character, of several, and a pattern finding the longer ones in a name."""
    words = lexicon.word_list("place_name_stoplist.txt")
    longer = [w for w in words if len(w) > 1]
    return frozenset(words), frozenset(longer), compile_pattern(lexicon.alternation(longer))


def _plausible_local_name(text: str, start: int, end: int) -> bool:
    if start < 0:
        return False
    stop, _, stop_word_pattern = _place_name_stoplist()
    name = text[start:end]
    before = text[start - 1] if start > 0 else ""
    return not (
        not _NAME.fullmatch(name)
        or name in stop
        or name[-1] in stop
        or stop_word_pattern.search(name) is not None
        or not _LOCAL_NAME_BOUNDARY.isdisjoint(name)
        or (before != "" and before in "个名家座多余")
        or before.isdigit()
    )


def _ends_in_a_joining_character(text: str, start: int, end: int) -> bool:
    """ "。太和镇…", "。万全镇榆洋老年协会…": a two-character name after a pause whose second character is one that
    joins or scopes words elsewhere (和, 全: _NAME_ENDING_BOUNDARIES) — towns are often so named, and 全镇 after a
    character of a name is no scope word. Not one whose first character is a boundary (各乡镇, 和平 of 城乡和平…)."""
    if end - start != _SHORT_LOCAL_NAME or text[end - 1] not in _NAME_ENDING_BOUNDARIES:
        return False
    if start > 0 and _NAME_CHAR.match(text, start - 1):
        return False
    first = text[start]
    stop, _, _ = _place_name_stoplist()
    return _NAME_CHAR.match(first) is not None and first not in _LOCAL_NAME_BOUNDARY and first not in stop


_SHORT_LOCAL_NAME = 2
_NAME_ENDING_BOUNDARIES = frozenset("和全")
_COUNTY_LEVELS = frozenset({"county", "city"})
_ATTRACTION_NAME = compile_pattern(r"[\u4e00-\u9fff]+")
# a count of the divisions just listed (三市, 两县, 四个区)
_COUNTED_DIVISIONS = compile_pattern(r"[一二两三四五六七八九十几数]+个?(?:省|市|县|区|州|地|镇|乡)$")
_SHORTEST_ATTRACTION = 2  # characters of an attraction's own name: 华岩, 洪崖洞
_ALL_OF_THEM = "共"
_LONGEST_ATTRACTION = 10  # 南山等乡村旅游片区; longer runs are clauses
_VERB_CHARS = 2


@cache
def _attraction_verb() -> re.Pattern[str]:
    return compile_pattern(lexicon.alternation(lexicon.word_list("attraction_verbs.txt")))


@cache
def _attraction_name_stops() -> tuple[tuple[str, ...], ...]:
    """The words that may not end an attraction's name, those it may not hold at all, and those after the verb that make
    it part of a noun (接待酒店)."""
    rows = lexicon.rows("attraction_name_stops.tsv")
    return tuple(tuple(w for w, where in rows if where == kind) for kind in ("end", "anywhere", "after"))


def find_attractions(text: str, divisions: list[Mention]) -> list[Mention]:
    """ "渝中区洪崖洞接待游客14万人次", "巴南云林天乡和云篆山接待17.73万人次": a county's or a city's name, then a short
    name and a verb of receiving visitors (lexicon/attraction_verbs.txt): the attraction of that place the holiday
    figures are about, named with its place as written (渝中区洪崖洞, 南川金佛山). Not a sector, a time or a clause
    between them (重庆市温泉旅游接待…, 渝中区共接待…: lexicon/attraction_name_stops.tsv)."""
    found = []
    verb = _attraction_verb()
    ending_stops, inner_stops, noun_stops = _attraction_name_stops()
    starts = [place.start for place in divisions]
    for place in divisions:
        if place.place.level not in _COUNTY_LEVELS:
            continue
        at = verb.search(text, place.end + _SHORTEST_ATTRACTION, place.end + _LONGEST_ATTRACTION + _VERB_CHARS)
        if (
            at is None
            or not _ATTRACTION_NAME.fullmatch(text, place.end, at.start())
            or text.startswith(noun_stops, at.end())
        ):
            continue
        written = text[place.end : at.start()]
        if written.endswith(_ALL_OF_THEM) and len(written) - len(_ALL_OF_THEM) >= _SHORTEST_ATTRACTION:
            # 恭城三庙一馆共接待4.45万人次: 共 (in all) is the verb's, not the name's
            written = written[: -len(_ALL_OF_THEM)]
        if written.endswith(ending_stops) or any(stop in written for stop in inner_stops):
            continue
        if _COUNTED_DIVISIONS.search(written) or any(place.end <= start < at.start() for start in starts):
            continue  # 长沙、株洲和湘潭三市接待…: another place named, the places counted, no attraction
        # named as written, its place as the text writes it (渝中区洪崖洞, 南川金佛山): the attraction's own name
        name_end = place.end + len(written)
        found.append(
            Mention(place.start, name_end, Place(text[place.start : name_end], "organisation"), "organisation")
        )
    return found


def find_listed_attractions(text: str, known: list[Mention]) -> list[Mention]:
    """ "漓江景区共接待游客26.87万人次；芦笛岩景区共接待…；两江四湖共接待6.83万人次；《印象·刘三姐》共接待7.5万": in
    a list of clauses each opening with a name and a verb of receiving visitors (lexicon/attraction_verbs.txt), a
    name that ends like a scenic spot (lexicon/attraction_kinds.txt) makes the list's other names spots too, each
    the subject of its figures. So in a list of names each with its visits (前五名依序为传艺中心宜兰园区一百万八千人次、
    冬山河亲水公园六十五万九千人次、清水地热六十四万四千人次). Not a name a place or body found already overlaps."""
    kinds = tuple(lexicon.word_list("attraction_kinds.txt"))
    named = MentionSpans(known)
    found = []
    # the two kinds of list apart: a clause receiving visitors before a list of visits is its heading, no member
    # (全市各景点接待游客前三名依次为龙门石窟十二万三千人次、…)
    for items in (list(_listed_attraction_pattern().finditer(text)), list(_listed_visits_pattern().finditer(text))):
        if len(items) < _SHORTEST_LIST:
            continue
        for sentence_items in _by_sentence(text, items):
            if len(sentence_items) < _SHORTEST_LIST or not any(m["name"].endswith(kinds) for m in sentence_items):
                continue
            for match in sentence_items:
                start, end = match.span("name")
                name = match["name"].strip("《》")
                if not named.overlap(start, end) and not is_generic_organisation(name):
                    found.append(Mention(start, end, Place(name, "organisation"), "organisation"))
    return sorted(found, key=lambda m: m.start)


_SHORTEST_LIST = 3  # items of a list of spots: two could be any pair of clauses


@cache
def _listed_visits_pattern() -> re.Pattern[str]:
    """A name right after a list's separator or a ranking's 为/是, and its visits (冬山河亲水公园六十五万九千人次);
    not a clause receiving them (万达城接待游客11.4万人次: the verb's list, _listed_attraction_pattern)."""
    verbs = lexicon.alternation([*lexicon.word_list("attraction_verbs.txt"), "游客"])
    return compile_pattern(
        rf"(?:(?<=[、，,；;])|(?<=[为是]))(?P<name>(?:(?!{verbs})[\u4e00-\u9fff·]){{2,12}}?)"
        r"(?=[0-9０-９〇零一二两三四五六七八九十百千万亿.．]+人次)"
    )


def _by_sentence(text: str, items: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """The items grouped by the sentence (up to 。！？ or a line break) they stand in."""
    groups: list[list[re.Match[str]]] = []
    last_end = -1
    for item in items:
        if groups and _SENTENCE_END.search(text, last_end, item.start()) is None:
            groups[-1].append(item)
        else:
            groups.append([item])
        last_end = item.end()
    return groups


_SENTENCE_END = compile_pattern(r"[。！？!?\n]")


@cache
def _listed_attraction_pattern() -> re.Pattern[str]:
    verbs = lexicon.alternation(lexicon.word_list("attraction_verbs.txt"))
    return compile_pattern(
        rf"(?:^|(?<=[；;，,。\n]))\s*(?P<name>《[^》\n]{{1,12}}》|[\u4e00-\u9fff·]{{2,{_LONGEST_ATTRACTION}}}?)(?:共|累计)?(?:{verbs})"
    )


def find_organisations(text: str, places: list[Mention]) -> list[Mention]:
    """Organisations named by suffix; a place at the head of the name is kept in it (巨野县公安局).

    A brand in quotes before the suffix is part of the name, written without the quotes
    (“兴荷惠民”联合会 -> 兴荷惠民联合会). Names made only of generic words (行业协会商会,
    社区党委) are categories, not organisations, and are left out.
    """
    roles = lexicon.word_table("organisation_suffixes.tsv")
    place_ends: dict[int, Mention] = {}
    for place in places:  # the longest place ending at each offset
        if place.end not in place_ends or place.start < place_ends[place.end].start:
            place_ends[place.end] = place
    place_starts = sorted(place.start for place in places)
    place_starts_at: dict[int, Mention] = {}  # the longest place starting at each offset
    for place in places:
        if place.start not in place_starts_at or place.end > place_starts_at[place.start].end:
            place_starts_at[place.start] = place
    mentions: list[Mention] = []
    named_places = MentionSpans(places)
    first_written: dict[str, str] = {}  # one body's name, however its place is written -> as first written, in full
    with_legal_form: dict[str, str] = {}  # a company's name without its legal form -> with it, as first written
    for match in _organisation_pattern().finditer(text):
        end = match.end()
        suffix_start = match.start()
        one_character = len(match.group()) == 1 and match.group() not in _after_a_place_only()
        if one_character and not _ends_a_name(text, suffix_start, end):
            continue  # 部署, 部分, 新格局, 党员干部: the character is inside or at the end of a word
        if text[end - 1 : end + 1] in _suffix_continuations():
            continue  # 联合会诊: the suffix's last character starts the next word
        if any(text.endswith(word, 0, end) for word in _suffix_word_ends()):
            continue  # 房屋宅基地纠纷: the suffix ends a word of its own (宅基地), no name
        if _straddles_into_a_longer_suffix(text, suffix_start, end):
            continue  # 直属高中学校: no 中学 (高中|学校), and 学校 after a kind of school alone names no school
        name_start = _across_a_joining_word(text, _organisation_name_start(text, suffix_start, place_ends))
        if mentions and mentions[-1].start < name_start < mentions[-1].end and not starts_a_word(text, name_start):
            # the look back cut into a word of the body named right before (华中科技大学同济医学院协和医院): the name
            # starts after that body
            name_start = mentions[-1].end
        name_start = _after_an_apposed_kind(text, name_start, suffix_start, place_starts)
        if match.group() in _after_a_place_only() and not _a_place_from(place_ends, name_start, suffix_start):
            right_before = place_ends.get(suffix_start) or _county_short_name_before(text, suffix_start)
            # (a county's short name the look back took in whole, 黄骅 of 黄骅港, is a place from the name's start)
            if right_before is None or right_before.start < name_start:
                continue  # 港 makes a port of a place (天津港), not of any word (香港 is a place itself); 时代 likewise
            # 金門縣營金門酒廠: the look back took in the words before the place the suffix follows (縣營, run by
            # the county): the name is that place's and the suffix
            name_start = right_before.start
        name_start = _across_a_hyphen(text, name_start, place_ends)
        if match.group() in _not_a_places_name() and _a_place_ending_at(place_ends, suffix_start, end):
            continue  # 日照市东港区: a district whose name ends as a port's area does (赣榆港区)
        if match.group() in _after_a_name_of_its_own_only() and text[suffix_start - 1 : suffix_start] in _LEVEL_WORDS:
            continue  # 湖北省监狱没有接入…: the place's prisons, no one of them
        if match.group() in _opening_a_clause_only() and not _a_reporting_topic(text, name_start, end):
            continue  # 抵达杭州东站, 经由首都国际机场: where someone went, not a body reporting
        if one_character and suffix_start - name_start < 2:
            continue  # 市局, 县局: too short to tell which
        name = text[name_start:end]
        canonical = name.replace("“", "").replace("”", "")
        place_alone = canonical == match.group() and _names_its_place_alone(match.group(), roles)
        if len(canonical) <= len(match.group()) and not place_alone:
            continue  # a bare 公司 / 协会 is not a name
        if not place_alone and (
            is_generic_organisation(canonical) or _verb_and_category(canonical, name_start, named_places)
        ):
            continue
        canonical = _with_its_city(canonical, name_start, place_starts_at)
        canonical = _a_places_body_in_full(canonical, name_start, place_starts_at)
        written_in_full = _in_full(_with_written_place(canonical, name_start, place_ends))
        one_body = _without_legal_form(written_in_full)
        if one_body != written_in_full:
            with_legal_form.setdefault(one_body, _in_full(canonical))
        canonical = first_written.setdefault(one_body, _in_full(canonical))
        if mentions and _a_national_bodys_branch(mentions[-1], name_start, place_starts_at):
            # 国家统计局黑龙江调查总队, 国家金融监督管理总局黑龙江监管局: a national body's branch in a place, one body
            national = mentions.pop()
            mentions.append(
                Mention(
                    national.start, end, Place(national.place.name + canonical, "organisation"), roles[match.group()]
                )
            )
            continue
        mentions.append(Mention(name_start, end, Place(canonical, "organisation"), roles[match.group()]))
    return _with_declared_short_names(text, _with_legal_forms(mentions, with_legal_form))


def _straddles_into_a_longer_suffix(text: str, suffix_start: int, end: int) -> bool:
    """The suffix begins inside one word and ends inside the next, which a longer suffix opens at its last character
    (高中|学校, 初中|学校: 中学 of neither): the words say the suffix is none."""
    longer = _organisation_pattern().match(text, end - 1)
    return (
        longer is not None
        and longer.end() > end
        and not starts_a_word(text, suffix_start)
        and not starts_a_word(text, end)
    )


def _with_legal_forms(mentions: list[Mention], full_names: dict[str, str]) -> list[Mention]:
    """Each company the text names with its legal form (河南交通投资集团有限公司) by that name, also where it is written
    without it (河南交通投资集团, found inside the full name first or later on its own)."""
    if not full_names:
        return mentions
    return [
        m._replace(place=Place(full_names[key], "organisation"))
        if m.role == "organisation" and (key := _without_legal_form(m.place.name)) in full_names
        else m
        for m in mentions
    ]


def _names_its_place_alone(suffix: str, roles: dict[str, str]) -> bool:
    """A government suffix opening with a level word (县委, 市委, 市府, 县府) or 政协 names the body of the document's
    own place written alone (县委书记…, 市府投入1億2298萬元), unlike a bare 公司 or 协会."""
    return suffix == _CPPCC or (suffix[:1] in _LEVEL_WORDS and roles.get(suffix) == "government")


_CPPCC = "政协"


def _with_its_city(name: str, name_start: int, place_starts_at: dict[int, Mention]) -> str:
    """湖北夷陵区国税局 -> 宜昌市夷陵区国税局: a body named with its province and then its county, the city between
    left out, is named with that city, as a county's body is (a name it ends with, 夷陵区国税局, still reads)."""
    province = place_starts_at.get(name_start)
    county = place_starts_at.get(province.end) if province is not None else None
    if province is None or county is None or province.place.level != "province":
        return name
    if county.place.level != "county" or name[county.start - name_start : county.end - name_start] != county.place.name:
        return name  # 山东省任城监狱: a county's short name inside a body's own name is no county written out
    city = gazetteer().city_of(county.place)
    if city is None or city.code is None or province.place.code is None or city.code[:2] != province.place.code[:2]:
        return name
    return city.name + name[county.start - name_start :]


def _a_places_body_in_full(name: str, name_start: int, place_starts_at: dict[int, Mention]) -> str:
    """A place's court, procuratorate or delegation written with the place's short name or the office's (建始法院,
    西安中院, 定陶检察院, 威海代表团): its canonical name, the place and the office in full (建始县人民法院,
    西安市中级人民法院, 威海市代表团: lexicon/place_offices.tsv). Only a name that is the place and the office alone:
    武汉海事法院 and 北京互联网法院 are named so."""
    place = place_starts_at.get(name_start)
    if place is None or place.place.level not in ("county", "city", "province"):
        return name
    written = name[place.end - name_start :]
    if written not in _place_offices():
        return name
    return place.place.name + office_in_full(written, place.place.level)


def office_in_full(office: str, level: str | None = None, level_alone: bool = False) -> str:
    """A place's office in full (中院 -> 中级人民法院; a province's 法院 stays 法院, its courts; named by the level
    alone, 省法院, it is the high court, 高级人民法院: lexicon/place_offices.tsv), else as it is."""
    in_full, of_a_province, alone = _place_offices().get(office, (office, office, office))
    if level != "province":
        return in_full
    return alone if level_alone else of_a_province


@cache
def _place_offices() -> dict[str, tuple[str, str, str]]:
    """written -> (in full, in full for a province, in full for a province named by its level alone)."""
    offices = {}
    for row in lexicon.rows("place_offices.tsv"):
        of_a_province = row[2] if len(row) > 2 and row[2] else row[1]
        offices[row[0]] = (row[1], of_a_province, row[3] if len(row) > 3 and row[3] else of_a_province)
    return offices


def find_results_reporters(text: str, places: list[Mention]) -> list[Mention]:
    """Companies named without a suffix or a stock code where they report their results: a name opening its clause,
    right before the report's period and a word of its results (比亚迪前10月新能源汽车销量…, 宁德时代上半年实现净利润…:
    lexicon/results_words.txt). The name's first word must be one jieba reads as a proper noun (nr, nz, nt) and no
    place be named in it: a sector or a measure before a period (规上工业上半年实现利润总额) is no company."""
    if _results_words().search(text) is None:
        return []
    named = MentionSpans(places)
    found = []
    for match in _results_reporter_pattern().finditer(text):
        start, end = match.span("name")
        if named.overlap(start, end) or is_generic_organisation(match["name"]):
            continue
        words = tagged_words(text, start, end)
        if not words or words[0].tag not in _PROPER_NOUN_TAGS or words[0].start != start:
            continue
        found.append(Mention(start, end, Place(match["name"], "organisation"), "organisation"))
    return found


_PROPER_NOUN_TAGS = frozenset({"nr", "nz", "nt"})
# the report's period right after the name (上半年, 前三季度, 第三季度, 2023年, 前10月, 报告期内)
_RESULTS_PERIOD = (
    r"(?:20[0-9]{2}年(?:度)?)?(?:上半年|下半年|前三季度|第?[一二三四1-4]季度|前[0-9一二三四五六七八九十]{1,2}个?月|全年|报告期内)"
    r"|20[0-9]{2}年(?:度)?"
)


@cache
def _results_words() -> re.Pattern[str]:
    """The words of a company's results alone: most texts have none, and the name pattern is tried only where one is."""
    return compile_pattern(lexicon.alternation(lexicon.word_list("results_words.txt")))


@cache
def _results_reporter_pattern() -> re.Pattern[str]:
    words = _results_words().pattern
    return compile_pattern(
        rf"(?:(?<=^)|(?<=[\n。！？!?，,；;：:】]))(?P<name>[\u4e00-\u9fff]{{2,6}}?)(?:{_RESULTS_PERIOD})"
        rf"(?:共|累计)?(?:实现|完成)?[\u4e00-\u9fff]{{0,6}}?(?:{words})"
    )


def find_headed_companies(text: str, places: list[Mention]) -> list[Mention]:
    """Companies named without a suffix where the text names their head: a name opening its clause right before a
    title of a company's head (中華郵政董事長王國材今天表示: lexicon/company_head_titles.txt), whose first word jieba
    reads as a proper noun and which no place or organisation found covers; then every place the name is written
    (中華郵政今年6月虧損293億元). A kind of company (该公司董事长) is none."""
    names: dict[str, Place] = {}
    named = MentionSpans(places)
    for match in _headed_company_pattern().finditer(text):
        start, end = match.span("name")
        name = match["name"]
        if named.overlap(start, end) or is_generic_organisation(name):
            continue
        words = tagged_words(text, start, end)
        if words and words[0].start == start and words[0].tag in _PROPER_NOUN_TAGS:
            names.setdefault(name, Place(name, "organisation"))
    return [m for m in _every_mention(text, names) if not named.overlap(m.start, m.end)]


@cache
def _headed_company_pattern() -> re.Pattern[str]:
    titles = lexicon.alternation(lexicon.word_list("company_head_titles.txt"))
    return compile_pattern(rf"(?:(?<=^)|(?<=[\n。！？!?，,；;：:】」”]))(?P<name>[\u4e00-\u9fff]{{2,6}}?)(?:{titles})")


def find_listed_companies(text: str, places: list[Mention]) -> list[Mention]:
    """Companies named by their stock code in brackets, as finance news names listed companies by their short
    name (片仔癀（600436）, 中国移动(00941.HK), 贵州茅台（股票代码：600519）): the name before the code, cut
    where the words of a name end (as before a suffix), and every later place the same name starts a word."""
    place_ends: dict[int, Mention] = {}
    for place in places:
        if place.end not in place_ends or place.start < place_ends[place.end].start:
            place_ends[place.end] = place
    names: dict[str, Place] = {}
    code_ends: dict[int, int] = {}  # a name's end -> the end of the code after it: the code is part of the mention
    for code in _STOCK_CODE.finditer(text):
        whole = _WHOLE_SHORT_NAME.search(text, max(0, code.start() - _SHORT_NAME_CHARS - 1), code.start())
        # 明阳电气(301291) opening a line or a clause: the short name is all of it, however its words read
        name_start = whole.start("name") if whole else _organisation_name_start(text, code.start(), place_ends)
        name_start += _generic_opening_length(text[name_start : code.start()])
        name = text[name_start : code.start()]
        if _COMPANY_SHORT_NAME.fullmatch(name) and not is_generic_organisation(name):
            company = names.setdefault(name, Place(name, "organisation"))
            code_ends[code.start()] = code.end()
            if code["short"] and code["short"] != name:
                names.setdefault(code["short"], company)  # 茅台 from there on is 贵州茅台
    return _every_mention(text, names, code_ends)


def _generic_opening_length(name: str) -> int:
    """How many characters of a name found before a stock code are words of a kind of company (A股公司贵州茅台, 港股上市
    公司蒙牛乳业: lexicon/generic_organisation_words.txt), which describe the company and are no part of its short name;
    0 when none are, or when they are all of it."""
    for length in range(len(name) - _SHORTEST_SHORT_NAME, 0, -1):
        if is_generic_organisation(name[:length]):
            return length
    return 0


_SHORTEST_SHORT_NAME = 2


def _every_mention(text: str, names: dict[str, Place], code_ends: dict[int, int] | None = None) -> list[Mention]:
    """Every place a company's found name is written starting a word and ending one (or before its code, whose end
    `code_ends` gives by the name's end: the code is part of the mention)."""
    code_ends = code_ends or {}
    mentions = []
    for name, place in names.items():
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if starts_a_word(text, at) and (end in code_ends or starts_a_word(text, end)):
                mentions.append(Mention(at, code_ends.get(end, end), place, "organisation"))
            at = text.find(name, end)
    return mentions


# the last characters of bodies' names (水利局, 县委, 人民法院, 林业站): a name opening with 和 right after one is the
# next body of a list (县水利局和县林业局), no division
_BODY_NAME_ENDINGS = frozenset("局委院办厅府会所站队部处科")


@cache
def _names_ending_a_word_only() -> frozenset[str]:
    return frozenset(lexicon.word_list("names_ending_a_word_only.txt"))


def find_business_line_subsidiaries(text: str, organisations: list[Mention]) -> list[Mention]:
    """A group's companies named by the group's short name and their line of business (中国平安 … 平安产险, 平安寿险,
    平安养老; 中国太保 … 太保寿险、太保产险: lexicon/business_lines.txt), whose figures are their own, not the group's:
    only for a group the text names, where the name starts a word and is no longer name's part."""
    stems = {_group_stem(m.place.name) for m in organisations if m.role == "organisation"}
    stems.discard(None)
    if not stems:
        return []
    named = MentionSpans(organisations)
    lines = lexicon.alternation(lexicon.word_list("business_lines.txt"))
    pattern = compile_pattern(rf"(?:{lexicon.alternation(sorted(stems))})(?:{lines})")
    return [
        Mention(match.start(), match.end(), Place(match.group(), "organisation"), "organisation")
        for match in pattern.finditer(text)
        if starts_a_word(text, match.start()) and not named.overlap(match.start(), match.end())
    ]


def _group_stem(name: str) -> str | None:
    """The short name a group's companies are named by: 中国平安 -> 平安, 中国太保 -> 太保 (中国 and two characters)."""
    return name[len(_NATIONAL_PREFIX) :] if name.startswith(_NATIONAL_PREFIX) and len(name) == 4 else None


_NATIONAL_PREFIX = "中国"


def find_subsidiaries(text: str) -> list[Mention]:
    """Companies a group's results news names after 子公司 (长春高新子公司金赛药业实现收入18.43亿元, 子公司百克生物
    实现…: lexicon/subsidiary_words.txt), whose figures are their own: the short name up to a verb of achieving or a
    measure, and every later place the same name starts a word."""
    names = {
        match["name"]: Place(match["name"], "organisation")
        for match in _subsidiary_pattern().finditer(text)
        if not is_generic_organisation(match["name"]) and not match["name"].startswith(_owner_verbs())
    }
    return _every_mention(text, names)


@cache
def _owner_verbs() -> tuple[str, ...]:
    """3家子公司实现利润5亿元: a verb of achieving right after 子公司 names no company (metric_owner_verbs.txt)."""
    return tuple(lexicon.word_list("metric_owner_verbs.txt"))


@cache
def subsidiary_words() -> str:
    """The words of lexicon/subsidiary_words.txt as one regex alternation."""
    return lexicon.alternation(lexicon.word_list("subsidiary_words.txt"))


@cache
def _subsidiary_pattern() -> re.Pattern[str]:
    words = subsidiary_words()
    # what the company's own clause goes on with: a verb of achieving (实现收入) or its measure (营业收入, 净利润)
    goes_on = lexicon.alternation(
        [*lexicon.word_list("metric_owner_verbs.txt"), *lexicon.word_list("metric_elliptical_measures.txt")]
    )
    return compile_pattern(rf"(?:{words})(?P<name>[\u4e00-\u9fff]{{2,8}}?)(?={goes_on})")


def names_a_subsidiary_after(text: str, end: int) -> bool:
    """Whether a word of lexicon/subsidiary_words.txt follows, maybe after the rest of a name the mention is the start
    of (长春|高新子公司): the body named before it (长春高新子公司金赛药业) owns the company named after, whose figures
    they are."""
    return _subsidiary_word_after().match(text, end) is not None


def subsidiary_named_at(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends with a word of lexicon/subsidiary_words.txt (长春高新子公司)."""
    return text.endswith(tuple(lexicon.word_list("subsidiary_words.txt")), start, end)


@cache
def _subsidiary_word_after() -> re.Pattern[str]:
    return compile_pattern(rf"[\u4e00-\u9fff]{{0,4}}?(?:{subsidiary_words()})")


# a company's short name standing alone before its code: after a line start, a space or punctuation
_SHORT_NAME_CHARS = 6
_WHOLE_SHORT_NAME = compile_pattern(
    rf"(?:^|(?<=[\s，,。：:；;、“”「」《》（(]))(?P<name>[\u4e00-\u9fff]{{2,{_SHORT_NAME_CHARS}}})$", re.M
)
# a stock code in brackets right after a name: six digits (Shanghai, Shenzhen, Beijing), four or five (Hong
# Kong), maybe with its exchange (.SH, .HK) or after 股票代码/证券代码
# not a year in brackets its 年 follows (較前(2019)年成長, 去(2020)年: Taiwan's papers write the year so)
# and, inside the same bracket, the short name the text declares for it (贵州茅台(600519.SH,下称“茅台”))
_STOCK_CODE = compile_pattern(
    r"[（(]\s*(?:(?:股票|证券)代码\s*[:：]?\s*)?(?:[0-9]{6}|[0-9]{4,5})(?:\.(?:SH|SZ|BJ|HK|sh|sz|bj|hk))?"
    r"(?:\s*[,，;；]\s*(?:以下|下文|下)?(?:简称|称)[为：:]?\s*[“\"「]?(?P<short>[\u4e00-\u9fffA-Za-z]{2,10}?)[”\"」]?)?"
    r"\s*[)）](?!年)"
)
_COMPANY_SHORT_NAME = compile_pattern(r"[\u4e00-\u9fffA-Za-z]{2,10}")


def find_named_organisations(text: str) -> list[Mention]:
    """Organisations written by a name with no suffix (lexicon/organisation_names.tsv: 深市, 北交所,
    央行), each standing for its full name, where a word starts with it."""
    automaton, written = _organisation_names_automaton()
    other_phrase = _other_phrase_after_name()
    return [
        Mention(start, end, organisation, "organisation")
        for index, start, end in automaton.find_matches_as_indexes(text)
        if (organisation := named_organisation(written[index])) is not None
        and starts_a_word(text, start)
        and not ((after := other_phrase.get(written[index])) and after.match(text, end))
    ]


def find_events(text: str, places: list[Mention]) -> list[Mention]:
    """Events named with their edition (第二十五届自贡国际恐龙灯会, 首届自贡灯博会; a place right before the edition
    heads the name: 甘肃省第十三届运动会) of a kind that reports figures of its own (lexicon/event_kinds.txt), each a
    body named as written; 本届灯会, 本届运动会 after one is the first such event named. Also a series named by its
    place and kind alone (2017襄阳马拉松: 襄阳马拉松), and the short form of such a name quoted (“襄马”: the place's
    first character and the kind's)."""
    series = _series_events(text, places)
    if "届" not in text:
        return series
    ends = {m.end: m for m in places if m.role == "place"}
    events: list[Mention] = []
    for match in _event_pattern().finditer(text):
        kind = match["kind"]
        if match["this"]:
            # the edition the text first named (a later title may hold the name: “第25届…灯会总结表彰会”)
            named = next((e for e in events if e.place.name.endswith(kind)), None)
            if named is not None:
                events.append(Mention(match.start(), match.end(), named.place, "organisation"))
            continue
        head = ends.get(match.start())
        start = head.start if head is not None else match.start()
        events.append(Mention(start, match.end(), Place(text[start : match.end()], "organisation"), "organisation"))
    editions = MentionSpans(events)
    return events + [m for m in series if not editions.overlap(m.start, m.end)]


def _series_events(text: str, places: list[Mention]) -> list[Mention]:
    """A place written right before an event's kind (襄阳马拉松, 2017襄阳马拉松: the series, not the year's edition),
    and every quoted short form of its name (“襄马”); none where a 届 edition heads the kind (甘肃省第十三届运动会)."""
    pattern = _event_kind_at_start()
    events: list[Mention] = []
    shortened: set[str] = set()  # the series whose short forms are found already: a name written twice has them once
    for place in places:
        if place.role != "place":
            continue
        kind = pattern.match(text, place.end)
        if kind is None:
            continue
        event = Place(text[place.start : kind.end()], "organisation")
        events.append(Mention(place.start, kind.end(), event, "organisation"))
        if event.name in shortened:
            continue
        shortened.add(event.name)
        short = f"{_QUOTE_OPEN}{text[place.start]}{kind.group()[0]}{_QUOTE_CLOSE}"
        at = text.find(short)
        while at >= 0:
            events.append(Mention(at + 1, at + len(short) - 1, event, "organisation"))
            at = text.find(short, at + 1)
    return sorted(events, key=lambda m: m.start)


_QUOTE_OPEN, _QUOTE_CLOSE = "“", "”"


@cache
def _event_kinds() -> str:
    """The kinds of event reporting figures of their own (lexicon/event_kinds.txt), as one alternation."""
    return lexicon.alternation(lexicon.word_list("event_kinds.txt"))


@cache
def _event_kind_at_start() -> re.Pattern[str]:
    return compile_pattern(_event_kinds())


@cache
def _event_pattern() -> re.Pattern[str]:
    """第N届 or 首届, a name of no pause or function word, and an event's kind; or 本届 and the kind alone."""
    kinds = _event_kinds()
    edition = "(?:第[一二三四五六七八九十百零〇0-9]{1,4}|首)届"
    return compile_pattern(
        rf"(?:(?P<this>本届)|{edition}[^\s，,。；;：:、（）()“”\"的和与在是为]{{0,10}}?)(?P<kind>{kinds})"
    )


def is_named_group(place: Place) -> bool:
    """A group of find_named_groups (四大产区, 六朵金花)."""
    return place.level == "organisation" and _named_group_name().fullmatch(place.name) is not None


def with_abbreviations(organisations: list[Mention]) -> list[Mention]:
    """A body written again by an abbreviation of its name (澳門博彩監察協調局 … 博監局; 香港貿易發展局 … 貿發局): a
    name of three characters or more, ending as the full name ends, made of the full name's characters in their
    order with some inside left out (not a part of it as written: 县公安局 is no abbreviation of 巨野县公安局), and
    opening as the name does after its place, is a mention of the body named before it."""
    by_last: dict[str, list[Place]] = {}  # the bodies by the last character of their name, which an abbreviation keeps
    for mention in organisations:
        if mention.role == "organisation":
            by_last.setdefault(mention.place.name[-1:], []).append(mention.place)
    if sum(len(names) for names in by_last.values()) < 2:
        return organisations
    out = []
    for mention in organisations:
        short = mention.place.name
        if (
            mention.role == "organisation"
            and len(short) >= _SHORTEST_ABBREVIATION
            and not offices_across_a_place(short)
        ):
            candidates = by_last.get(short[-1], ())
            full = next((p for p in candidates if p.name != short and _abbreviates(short, p.name)), None)
            if full is not None:
                mention = mention._replace(place=full)
        out.append(mention)
    return out


_SHORTEST_ABBREVIATION = 3


def offices_across_a_place(name: str) -> bool:
    """A province's offices named as such (河北省法院: all its courts, lexicon/place_offices.tsv), or the offices of
    one kind across a place (全市法院 -> 青岛市法院, 全县公安机关: lexicon/system_bodies.txt): no short form or
    abbreviation of its one office (河北省高级人民法院, 青岛市中级人民法院)."""
    return name.endswith(_provinces_offices_endings()) or name.endswith(_offices_across_endings())


@cache
def _provinces_offices_endings() -> tuple[str, ...]:
    """省 and each office a province's name keeps as written (省法院), read once from place_offices.tsv: the test runs
    for every body's name of every article."""
    return tuple(_PROVINCE + office for office in _place_offices() if office_in_full(office, "province") == office)


@cache
def _offices_across_endings() -> tuple[str, ...]:
    """A level's character and each offices' word as their name writes it (市法院, 县公安机关, 省公安机关), read
    once."""
    words = {row[1].strip() if len(row) > 1 else row[0].strip() for row in lexicon.rows("system_bodies.txt")}
    # 全省公安机关 -> 甘肃省公安机关: a province's offices of one kind are named so too, unlike its courts (省法院 is
    # its high court: _provinces_offices_endings)
    return tuple(level + word for level in _PROVINCE + _LOWER_LEVELS for word in sorted(words))


_PROVINCE = "省"
_LOWER_LEVELS = "市州县区"  # a written place's court there is its 人民法院: a name ending 市法院 is the offices across
# how far into a full name its place may reach before the name's own first character (澳門 of 澳門博彩監察協調局)
_PLACE_BEFORE_A_NAME = 4
_NUMBERING = frozenset("第一二三四五六七八九十0123456789")


def _abbreviates(short: str, full: str) -> bool:
    if len(short) >= len(full) or short[-1] != full[-1] or short in full or another_body_of_the_place(short, full):
        return False
    start = full.find(short[0], 0, _PLACE_BEFORE_A_NAME + 1)
    if start < 0:
        return False
    if numbered_apart(short, full[start:]):
        return False
    rest = iter(full[start:])
    return all(ch in rest for ch in short)


def another_body_of_the_place(short: str, full: str) -> bool:
    """南京大学 beside 南京理工大学, 中国银行 beside 中国工商银行: a place's name and the fuller name's ending, with a
    word of the fuller name between them left out, names another body of that place, no abbreviation (北京公安局
    beside 北京市公安局 leaves out only the level's character, and abbreviates it)."""
    for cut in range(2, len(short)):
        place, ending = short[:cut], short[cut:]
        left_out = full[cut : len(full) - len(ending)]
        if (
            full.startswith(place)
            and full.endswith(ending)
            and left_out.strip(_LEVEL_CHARACTERS)
            and (place in COUNTRY_NAMES or gazetteer().lookup(place) is not None)
        ):
            return True
    return False


_LEVEL_CHARACTERS = "省市县区州"


def numbered_apart(short: str, full: str) -> bool:
    """Whether the fuller name numbers its body where the shorter does not (天津路第一小学 and 天津路小学,
    县第二人民医院 and 县人民医院): bodies numbered apart are two, neither a short form of the other."""
    return any(full.count(ch) > short.count(ch) for ch in _NUMBERING)


def find_named_groups(text: str, places: list[Mention] | None = None) -> list[Mention]:
    """A group of bodies or places named in quotes by how many they are (成都、泸州、德阳、宜宾“四大产区”, 五粮液…水井坊
    “六朵金花”企业, “三大运营商”; its noun one of lexicon/named_group_nouns.txt, no slogan's 十大行动): what the group
    together did is the group's, no one member's. Written as in the quotes, a body of its own. So is a group named
    without quotes by how many big ones it is (A股四大上市险企, 三大运营商): what they together earned is theirs; not
    right after the places it is made of (北京、上海、广州三大城市: those `places` name them, listed)."""
    place_ends = {m.end for m in places or []}
    quoted = [
        Mention(match.start(), match.end(), Place(match["name"], "organisation"), "organisation")
        for match in _named_group().finditer(text)
    ]
    inside_quotes = MentionSpans(quoted).overlap
    return sorted(
        quoted
        + [
            Mention(match.start(), match.end(), Place(match.group(), "organisation"), "organisation")
            for match in _big_group_name().finditer(text)
            if not inside_quotes(match.start(), match.end())
            and (len(match["noun"]) > 1 or starts_a_word(text, match.end()))  # 十大行动 is no 十大行 (banks)
            and text[match.start() - 1 : match.start()] != _AFTER_A_LIST  # 化石文化园区等五大文化园区: a count of them
            and match.start() not in place_ends
        ],
        key=lambda m: m.start,
    )


@cache
def _named_group_name() -> re.Pattern[str]:
    """A number and a measure or 大 (四大, 六朵, 十朵小), then the group's noun (lexicon/named_group_nouns.txt)."""
    nouns = lexicon.alternation(lexicon.word_list("named_group_nouns.txt"))
    return compile_pattern(rf"[一二三四五六七八九十两]{{1,2}}(?:大|朵|家|个|座|条)[\u4e00-\u9fff]{{0,3}}?(?:{nouns})")


_AFTER_A_LIST = "等"


@cache
def _big_group_name() -> re.Pattern[str]:
    """A group named by how many big ones it is, unquoted (四大上市险企, 三大运营商): 大, not a measure word, which
    counts (三家银行)."""
    nouns = lexicon.alternation(lexicon.word_list("named_group_nouns.txt"))
    return compile_pattern(rf"[二三四五六七八九十两]大[\u4e00-\u9fff]{{0,3}}?(?P<noun>{nouns})")


@cache
def _named_group() -> re.Pattern[str]:
    return compile_pattern(rf"[“\"](?P<name>{_named_group_name().pattern})[”\"]")


def named_organisation(written: str) -> Place | None:
    """The organisation a name with no suffix stands for (lexicon/organisation_names.tsv: 北交所 is 北京证券交易所,
    領展 is 领展房产基金), with its place where the user lexicon gives one; None for a name the lexicon lacks."""
    name = lexicon.word_table("organisation_names.tsv").get(written)
    if name is None:
        return None
    return _user_organisations().get(name) or Place(name, "organisation")


@cache
def _other_phrase_after_name() -> dict[str, re.Pattern[str]]:
    """For a name that also reads as 中国 and a noun (中国移动互联网, 中国石油消费量): the words after which it is
    that phrase, not the company (organisation_names.tsv, third column)."""
    return {
        row[0]: compile_pattern("|".join(sorted(row[2].split("|"), key=len, reverse=True)))
        for row in lexicon.rows("organisation_names.tsv")
        if len(row) >= 3 and row[2].strip()
    }


@cache
def _user_organisations() -> dict[str, Place]:
    """The user lexicon's organisations by full name, with the place each belongs to (its code and name)."""
    user = user_lexicon.active()
    out = {}
    for entry in user.organisations if user else ():
        parent = gazetteer().lookup(entry.parent) if entry.parent else None
        out[entry.name] = Place(entry.name, "organisation", parent.code if parent else None, entry.parent or None)
    return out


@cache
def _organisation_names_automaton() -> tuple[ahocorasick_rs.AhoCorasick, list[str]]:
    """The names as written, found leftmost-longest as a longest-first alternation would find them, at a
    cost that does not grow with their number (a user lexicon may add thousands)."""
    written = list(lexicon.word_table("organisation_names.tsv"))
    return ahocorasick_rs.AhoCorasick(written, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest), written


def _without_legal_form(name: str) -> str:
    """河南交通投资集团有限公司 -> 河南交通投资集团: the company a text names again without its legal form
    (lexicon/company_legal_forms.txt) is one company."""
    form = next((f for f in _legal_forms() if name.endswith(f)), None)
    return name[: -len(form)] if form is not None and len(name) - len(form) >= _SHORTEST_COMPANY else name


_SHORTEST_COMPANY = 2  # a company's own name before its legal form


@cache
def _legal_forms() -> tuple[str, ...]:
    return tuple(sorted(lexicon.word_list("company_legal_forms.txt"), key=len, reverse=True))


def _in_full(name: str) -> str:
    """The name with a department's short form written in full (银川市市场监管局 -> 银川市市场监督管理局:
    lexicon/organisation_short_forms.tsv), so that both ways of writing one body are one body."""
    for short, full in _organisation_short_forms().items():
        if name.endswith(short):
            return name[: -len(short)] + full
    return name


@cache
def _organisation_short_forms() -> dict[str, str]:
    return lexicon.word_table("organisation_short_forms.tsv")


def _with_written_place(name: str, name_start: int, place_ends: dict[int, Mention]) -> str:
    """An autonomous division at the head of a name in one form, so that a body written with its
    place long or short is one body (湘西自治州人民医院, 湘西土家族苗族自治州人民医院 -> 湘西州人民医院);
    the text's first way of writing it is the name kept."""
    for length in range(len(name) - 1, 1, -1):
        place = place_ends.get(name_start + length)
        if place is not None and place.start == name_start:
            written = written_name(place.place)
            return written + name[length:] if written != place.place.name else name
    return name


# 湘西州人民医院(下文简称“州医院”), 某某集团（以下简称集团）, 中国国家铁路集团有限公司(下称“国铁集团”)
_SHORT_NAME_DECLARATION = compile_pattern(
    r"\s*[（(](?:(?:以下|下文|下)?简称|(?:以下|下文|下)称)[为：:]?[“\"「]?([\u4e00-\u9fffA-Za-z]{2,10}?)[”\"」]?[）)]"
)


def _with_declared_short_names(text: str, organisations: list[Mention]) -> list[Mention]:
    """The short name a text declares for an organisation stands for it from there on: mentions
    found under the short name take the full name, and its other occurrences become mentions."""
    declared: dict[str, tuple[int, Mention]] = {}  # short name -> (where the declaration ends, full)
    for mention in organisations:
        match = _SHORT_NAME_DECLARATION.match(text, mention.end)
        if match and match.group(1) != mention.place.name:
            declared.setdefault(match.group(1), (match.end(), mention))
    if not declared:
        return organisations
    out: list[Mention] = []
    covered: set[int] = set()
    for mention in organisations:
        short = declared.get(mention.place.name)
        if short is not None and mention.start >= short[1].end:  # the declaration's own quote included
            mention = mention._replace(place=short[1].place, role=short[1].role)
        out.append(mention)
        covered.update(range(mention.start, mention.end))
    for short, (after, full) in declared.items():
        for match in re.finditer(re.escape(short), text[after:]):
            start, end = after + match.start(), after + match.end()
            if covered.isdisjoint(range(start, end)):
                out.append(Mention(start, end, full.place, full.role))
    return sorted(out, key=lambda m: (m.start, -m.end))


@cache
def _suffix_word_ends() -> tuple[str, ...]:
    return lexicon.word_list("organisation_suffix_word_ends.txt")


@cache
def _suffix_continuations() -> frozenset[str]:
    return frozenset(lexicon.word_list("organisation_suffix_continuations.txt"))


def _ends_a_name(text: str, suffix_start: int, end: int) -> bool:
    """A one-character suffix (局 部 委 厅) ends a name only where a word ends with it (财政部发布, not
    全面部署) and the text does not end there in an ordinary word (新格局, 党员干部)."""
    if text[end : end + 1] in _WORD_AFTER_SUFFIX or text.endswith(_single_suffix_words(), max(0, end - 4), end):
        return False  # 部门, 部分, 局长: a word goes on; 格局, 干部: a word ends there
    words = tagged_words(text, max(0, suffix_start - 4), min(len(text), end + 2))
    return any(word.end == end for word in words)


_WORD_AFTER_SUFFIX = frozenset("分署门长位队件落员面")  # 部分 部署 部门 部长 部位 部队 部件 部落 委员 局面


_DESCRIPTIVE_TAGS = frozenset(["n", "vn", "v", "a", "an", "b", "ad", "d"])


def is_descriptive_name(text: str, start: int, suffix_start: int) -> bool:
    """The name before a suffix is made of ordinary words only (水稻种植, 蔬菜种植), with no proper name
    (瑞丁 nrt, 中海油 nt) and no place in it: it says what the thing is, not whose or which it is."""
    if suffix_start <= start:
        return False
    # a place in it is tagged ns, or nr as jieba tags some counties (巨野县): neither is descriptive
    return all(word.tag in _DESCRIPTIVE_TAGS for word in tagged_words(text, start, suffix_start))


@cache
def _single_suffix_words() -> tuple[str, ...]:
    return tuple(lexicon.word_list("single_suffix_words.txt"))


def _suffixes_where(condition: str) -> frozenset[str]:
    return frozenset(
        row[0] for row in lexicon.rows("organisation_suffixes.tsv") if condition in "".join(row[2:3]).split("; ")
    )


@cache
def _after_a_place_only() -> frozenset[str]:
    """The suffixes that make an organisation only right after a place's name (港 of 天津港, 时代 of 宁德时代)."""
    return _suffixes_where("after a place")


@cache
def _after_a_name_of_its_own_only() -> frozenset[str]:
    """The suffixes that make an organisation only after a name of its own, not a place's level (省监狱)."""
    return _suffixes_where("after a name of its own")


_LEVEL_WORDS = frozenset("省市州县区")


@cache
def _not_a_places_name() -> frozenset[str]:
    """The suffixes that make no organisation of a place's name that ends with them (东港区, a district; 赣榆港区)."""
    return _suffixes_where("not a place's name")


def _a_place_ending_at(place_ends: dict[int, Mention], suffix_start: int, end: int) -> bool:
    """A place of the gazetteer ends where the suffix ends, starting before it: the name is the place's."""
    place = place_ends.get(end)
    return place is not None and place.start < suffix_start


@cache
def _opening_a_clause_only() -> frozenset[str]:
    """The suffixes that make an organisation only of a name opening its clause (机场, 火车站: a body reporting
    its passengers there, a destination elsewhere)."""
    return _suffixes_where("opening a clause")


# a clause's opening: the text's start or a clause mark, then spaces at most
_TOPIC_OPENING = compile_pattern(r"(?:^|[，,。；;：:！？!?\n])[\s\u3000]*$")
# the words that may stand between a clause's opening and a topic name: times (当日, 10月1日)
_TIME_TAGS = frozenset({"t", "m"})
_TOPIC_REACH = 12  # characters of time words before a topic name at most
_CLAUSE_MARK = compile_pattern(r"[，,。；;：:！？!?\s]")
_SOURCE_BEFORE = compile_pattern(r"(?:据|根据|记者从)$")
_LIST_MARK = compile_pattern(r"[、和及与]")


@cache
def _official_title() -> re.Pattern[str]:
    return compile_pattern(lexicon.alternation(lexicon.word_list("official_titles.txt")))


def _a_reporting_topic(text: str, name_start: int, name_end: int) -> bool:
    """The name opens its clause, after a time and a word of source at most (当日南昌西站…, 10月1日，萧山机场…,
    据海口美兰国际机场消息), and the clause goes on
    after it: a name standing alone between commas sets a scene (2月16日，杭州东站，工作人员…), and one holding
    an official's title is a headline's phrase (江西书记省长机场迎接…), neither a body reporting."""
    if (
        name_end >= len(text)
        or _CLAUSE_MARK.match(text, name_end)
        or _LIST_MARK.match(text, name_end)  # 通威股份、水井坊、川投能源3家企业: a list's item, not a body reporting
        or _official_title().search(text, name_start, name_end)
    ):
        return False
    window_start = max(0, name_start - _TOPIC_REACH)
    # the body its figures come from (据海口美兰国际机场消息, 记者从济南西站获悉): its own passengers, as a topic's
    source = _SOURCE_BEFORE.search(text, window_start, name_start)
    opening = source.start() if source is not None else name_start
    for word in reversed(tagged_words(text, window_start, opening)):
        if word.end != opening or word.tag not in _TIME_TAGS:
            break
        opening = word.start
    return _TOPIC_OPENING.search(text, window_start, opening) is not None


def _a_national_bodys_branch(national: Mention, name_start: int, place_starts_at: dict[int, Mention]) -> bool:
    """Whether a body named right after a national body's name opens with a place (国家统计局 then 黑龙江调查总队):
    the national body's branch there."""
    return (
        national.end == name_start
        and national.place.name.startswith(national_body_openings())
        and name_start in place_starts_at
    )


@cache
def national_body_openings() -> tuple[str, ...]:
    """How the names of the country's own bodies begin (国家, 国务院, 外交部: lexicon/national_bodies.txt)."""
    return lexicon.word_list("national_bodies.txt")


def _county_short_name_before(text: str, end: int) -> Mention | None:
    """A county-level city's or county's short name right before `end` (黄骅 of 黄骅港, 龙口 of 龙口港): the gazetteer
    finds no such name in running text (a district's, 鼓楼, is a word first), but a port is named after it."""
    for length in _COUNTY_SHORT_NAME_LENGTHS:
        short = text[max(0, end - length) : end]
        if len(short) < length or not all("\u4e00" <= ch <= "\u9fff" for ch in short):
            continue
        place = gazetteer().lookup(short)
        if place is not None and place.level == "county" and place.name in (short + "市", short + "县"):
            return Mention(end - length, end, place)
    return None


_COUNTY_SHORT_NAME_LENGTHS = (3, 2)  # 张家口 before 张家; 黄骅


def _a_place_from(place_ends: dict[int, Mention], start: int, end: int) -> bool:
    """Whether text[start:end] is a place, or a chain of places each naming the next (福建厦门: 福建厦门港)."""
    place = place_ends.get(end)
    while place is not None and place.start > start:
        place = place_ends.get(place.start)
    return place is not None and place.start == start


def _after_an_apposed_kind(text: str, name_start: int, suffix_start: int, place_starts: list[int]) -> int:
    """A kind of body set before a name (省级定点医院太原市第四人民医院): the name starts at the place
    that follows the kind, generic words (lexicon/generic_organisation_words.txt) ending in a suffix. A
    body's own branch (菏泽市公安局东明县分局) has no generic word before its suffix and stays whole."""
    for k in range(bisect_left(place_starts, suffix_start) - 1, -1, -1):
        place_start = place_starts[k]
        if place_start <= name_start:
            break
        kind_start = _generic_run_before(text, name_start, place_start)
        if kind_start is not None and text[kind_start:place_start] not in lexicon.word_table(
            "organisation_suffixes.tsv"
        ):
            return place_start
    return name_start


def _generic_run_before(text: str, start: int, end: int) -> int | None:
    """Where the longest run of generic words and suffixes ending at end, the last of them a suffix or a kind's
    head (企业: lexicon/apposed_kind_heads.txt), begins (not before start); None when none ends at end. Walked
    back word by word: as a regex (generic words lazily repeated, then a suffix, anchored at end) it was tried at
    every character and backtracked through every split, a millisecond a place."""
    suffixes, words = _organisation_suffixes() + _apposed_kind_heads(), _generic_organisation_word_set()
    if not text.endswith(suffixes, start, end):
        return None  # the common case, in one call
    lengths = sorted({len(word) for word in words})
    reached = {end - len(suffix) for suffix in suffixes if text.endswith(suffix, start, end)}
    frontier = list(reached)
    while frontier:
        at = frontier.pop()
        for length in lengths:
            if at - length >= start and at - length not in reached and text[at - length : at] in words:
                reached.add(at - length)
                frontier.append(at - length)
    return min(reached) if reached else None


@cache
def _apposed_kind_heads() -> tuple[str, ...]:
    return tuple(lexicon.word_list("apposed_kind_heads.txt"))


@cache
def _organisation_suffixes() -> tuple[str, ...]:
    return tuple(lexicon.word_table("organisation_suffixes.tsv"))


# how far before its suffix an organisation's name may start (广东省水利电力职业教育|学院: at 12 the look back began
# inside such a name, and the name at the window's edge)
_LONGEST_NAME_BEFORE_SUFFIX = 18


def _organisation_name_start(text: str, suffix_start: int, place_ends: dict[int, Mention]) -> int:
    if suffix_start > 0 and text[suffix_start - 1] == "”":
        opening = text.rfind("“", max(0, suffix_start - 14), suffix_start)
        if opening >= 0 and _NAME.fullmatch(text, opening + 1, suffix_start - 1):
            suffix_start = opening  # the quoted brand, then whatever names it further on the left
            if opening == 0 or not _NAME_CHAR.match(text, opening - 1):
                return opening
    window_start = _not_inside_a_place(max(0, suffix_start - _LONGEST_NAME_BEFORE_SUFFIX), suffix_start, place_ends)
    # the last stop, tried from the suffix back: whether a 的 is inside a proper name needs its words
    # searched up to the suffix's first character, so that a word's look-ahead sees it (协调 of 协调局 is no stop)
    stops = _organisation_left_stop().finditer(text, window_start, min(len(text), suffix_start + 1))
    # nor is a function word inside a department's full name (住房和城乡建设局's 和)
    found = [s for s in stops if s.end() <= suffix_start and not _inside_a_department_name(text, s.start())]
    # a stop that ends a place's name is part of it (the 全镇 of 万全镇): no stop
    found = [s for s in found if not ((place := place_ends.get(s.end())) and place.start < s.start())]
    # nor is a one-character stop inside a word jieba tags a name (美的集团's 的, 华为技术有限公司's 为, 协和医院's 和)
    stop = next(
        (
            s
            for s in reversed(found)
            if len(s.group()) > 1 or starts_a_word(text, s.start()) or not _inside_a_proper_name(text, s.start())
        ),
        None,
    )
    if stop is None:
        return _first_name_word(text, window_start, suffix_start, place_ends)
    # a one-character stop right after a place may belong to the name (曹县有爱共创直播基地: 有 is no
    # verb there); the words decide, and 的 never does (姜寨镇的蔬菜种植基地 is a base in the town)
    place = place_ends.get(stop.start())
    one_character = len(stop.group()) == 1 and stop.group() != "的" and _NAME_CHAR.match(stop.group()) is not None
    if place is not None and place.start >= window_start and one_character:
        return _first_name_word(text, place.start, suffix_start, place_ends)
    # after a governing word (继续驻守医院) the name must not start with a verb, as after a word that ends it
    after_a_word = _NAME_CHAR.match(stop.group()) is not None
    return _first_name_word(text, stop.end(), suffix_start, place_ends, after_a_word)


def _not_inside_a_place(window_start: int, suffix_start: int, place_ends: dict[int, Mention]) -> int:
    """Where the look back for a name's start begins, moved to the start of a place it would cut (据重庆市渝北区新冠
    肺炎疫情防控指挥部消息: not 北区新冠肺炎疫情防控指挥部)."""
    for end in range(window_start + 1, min(suffix_start, window_start + _LONGEST_PLACE_NAME) + 1):
        place = place_ends.get(end)
        if place is not None and place.start < window_start:
            return place.start
    return window_start


_LONGEST_PLACE_NAME = 12


def _across_a_joining_word(text: str, name_start: int) -> int:
    """A name does not start with 暨 (and), which joins two parts of one body's name (统计暨普查局, Macau's
    Statistics and Census Service): the word before it is the name's first part, even one that ends names
    elsewhere (据统计)."""
    if not text.startswith(_JOINING_WORD, name_start):
        return name_start
    words = tagged_words(text, max(0, name_start - _JOINED_PART_LONGEST), name_start)
    before = next((w for w in reversed(words) if w.end == name_start), None)
    return before.start if before is not None and _NAME.fullmatch(before.word) else name_start


_JOINING_WORD = "暨"


def _across_a_hyphen(text: str, name_start: int, place_ends: dict[int, Mention]) -> int:
    """宁波-舟山港: two places joined by a hyphen name one body (a port of both), not the second place's alone."""
    if name_start and text[name_start - 1] in _HYPHENS and (place := place_ends.get(name_start - 1)) is not None:
        return place.start
    return name_start


_HYPHENS = "-－"
_JOINED_PART_LONGEST = 6


def _inside_a_proper_name(text: str, offset: int) -> bool:
    """The character at offset is inside a word of several characters tagged as a name (美的 in 美的集团):
    no 的 that ends a name on its left."""
    return any(
        word.start <= offset < word.end and word.end - word.start > 1 and word.tag in _PROPER_NAME_TAGS
        # the words up to a suffix after it (华为技术有限公司 is one word, 华为技术 another)
        for word in tagged_words(text, max(0, offset - 3), min(len(text), offset + _PROPER_NAME_REACH))
    )


# persons', other proper and organisations' names, and places' (共和国摇篮景区: 共和国 is one word, its 和 none)
_PROPER_NAME_TAGS = frozenset(["nr", "nz", "nt", "ns"])
_PROPER_NAME_REACH = 8


# jieba tags that never stand inside an organisation's name: prepositions (被 给 在), pronouns (他 其),
# conjunctions, adverbs (已 将), time words (年前), numerals and measures (一名), particles, idioms
# (近几年, 今年以来), directions, the plural of people (患者们: k). Not people (nr): jieba tags unknown brands so (迦勒,
# 智能家居)
_OUTSIDE_NAME_TAGS = frozenset(
    ["p", "r", "c", "d", "t", "m", "q", "u", "uj", "ul", "ud", "uz", "ug", "y", "e", "o", "l", "i", "f", "k"]
)
# the tags of a verb whose object a name is (承建州人民医院; 游览南山植物园, tagged vn)
_VERB_TAGS = frozenset({"v", "vn"})
# 湖南某医药代理有限公司: a name as court reports write it; 榆洋老年协会, 县青年联合会: the people a body serves, which
# jieba tags as times; 中国南方航空股份有限公司, 西部矿业: a direction opening a company's own name (tagged f)
# numerals with no measure word after them, as names are written (三一集团, 八一钢铁): no count (三家, 两个)
_NUMERALS_OF_A_NAME = compile_pattern(r"[一二三四五六七八九十]{2,3}")
_INSIDE_NAME_WORDS = frozenset(
    # 高新 (high and new technology, 中铁高新工业) jieba tags an adverb
    ["某", "老年", "青年", "中年", "东方", "南方", "西方", "北方", "东部", "南部", "西部", "北部", "高新"]
)


def _inside_a_transliteration(words: list[TaggedWord], k: int) -> bool:
    """那 between two nouns is a sound of a name written in characters (雅麗氏何妙齡那打素醫院, 尤德夫人那打素醫院), not
    the pronoun: a demonstrative comes before a measure word or a noun, never after a noun of its own phrase."""
    if words[k].word != "那" or k == 0 or k + 1 >= len(words):
        return False
    return words[k - 1].tag.startswith("n") and words[k + 1].tag.startswith("n")


# a division named by its kind alone: 市, 自治区 (走出自治区第四人民医院: the name starts there)
_PLACE_WORD = compile_pattern(r"(?:自治)?[省市县区州]$")
_ORDINAL = compile_pattern(r"第[一二三四五六七八九十0-9]+")  # 市第一中学, 第三人民医院


def _a_place_starts(place_ends: dict[int, Mention], word: TaggedWord) -> bool:
    """A known place begins at the word (and ends within a few characters of it)."""
    return any(
        (place := place_ends.get(end)) is not None and place.start == word.start
        for end in range(word.start + 2, word.start + 12)
    )


def _first_name_word(
    text: str, start: int, suffix_start: int, place_ends: dict[int, Mention], after_a_word: bool = False
) -> int:
    """Where the name before an organisation suffix begins, by the words before it: at the first word
    after one that cannot be in a name (他担任湘西州人民医院, 杨万刚给湖南某医药代理有限公司), after a
    verb whose object the name is (承建州人民医院, 得知州医院), and never at a verb (熟知医院).
    A place the gazetteer knows stays in, whatever jieba tags it (巨野县 as nr)."""
    if start >= suffix_start:
        return start
    words = [w for w in tagged_words(text, start, suffix_start + 2) if w.start < suffix_start]
    name_start = suffix_start
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        # the tag first: most words of a name have none of these, and the other tests are asked only then
        if (
            word.tag in _OUTSIDE_NAME_TAGS
            and not (word.end in place_ends and place_ends[word.end].start >= start)  # a known place
            and not _inside_a_department_name(text, word.start)
            and word.word not in _INSIDE_NAME_WORDS
            and _ORDINAL.fullmatch(word.word) is None
            and _NUMERALS_OF_A_NAME.fullmatch(word.word) is None
            and not _a_numeral_opening_a_name(word, name_start, suffix_start)
            and not _inside_a_transliteration(words, k)
        ):
            break
        after = words[k + 1] if k + 1 < len(words) else None
        if (
            word.tag in _VERB_TAGS
            and after is not None
            and (after.tag == "ns" or _a_place_starts(place_ends, after) or _PLACE_WORD.fullmatch(after.word))
        ):
            break  # 承建州人民医院, 游览南山植物园 (a verb jieba tags vn): the verb's object starts at the place
        name_start = word.start
    if name_start == start and not after_a_word:
        return name_start  # the name runs to the clause's start: 天开高教科创园 opens its sentence
    # after a word that ends it, a name does not start with a verb (一名熟知医院…)
    for word in words:
        if word.start < name_start:
            continue
        if word.start >= suffix_start or word.tag != "v" or word.end in place_ends:
            break
        name_start = word.end
    # 万全镇榆洋老年协会: a place the name starts inside or right after heads it, though jieba cut its words
    # otherwise (万|全镇)
    for end in range(name_start, suffix_start + 1):
        place = place_ends.get(end)
        if place is not None and place.start < name_start <= end and place.start >= start:
            return place.start
    return name_start


def _inside_a_department_name(text: str, at: int) -> bool:
    """The character at `at` (和 of 住房和城乡建设局, 文化和旅游局) is inside a department's full name written there
    (lexicon/organisation_short_forms.tsv's full forms), no word ending a name on its left."""
    return any(text.startswith(full, at - k) for full, k in _full_forms_by_character().get(text[at], ()))


@cache
def _full_forms_by_character() -> dict[str, tuple[tuple[str, int], ...]]:
    """A character of a function word (和) -> the departments' full forms holding it, with where."""
    out: dict[str, list[tuple[str, int]]] = {}
    for full in set(_organisation_short_forms().values()):
        for k, ch in enumerate(full):
            if ch in _FUNCTION_CHARACTERS_IN_NAMES:
                out.setdefault(ch, []).append((full, k))
    return {ch: tuple(forms) for ch, forms in out.items()}


# the function words a department's full name holds (住房和城乡建设局, 工业和信息化局)
_FUNCTION_CHARACTERS_IN_NAMES = frozenset("和与及")


def _a_numeral_opening_a_name(word: TaggedWord, name_start: int, suffix_start: int) -> bool:
    """省十里丰监狱: a numeral jieba reads with the character after it (十里) right before a name's one other
    character opens the name; a count leaves no such character before the suffix (三家医院)."""
    return word.tag == "m" and suffix_start - name_start == 1 and _NUMERAL_WORD.fullmatch(word.word) is not None


_NUMERAL_WORD = compile_pattern(r"[一二三四五六七八九十]{1,2}[\u4e00-\u9fff]")


@cache
def generic_organisation_pattern() -> re.Pattern[str]:
    """One or more words of a kind of organisation or its suffixes (A股公司, 行业协会商会)."""
    return compile_pattern(f"(?:{lexicon.alternation(list(_generic_organisation_word_set()))})+")


@cache
def _generic_organisation_word_set() -> frozenset[str]:
    """The generic organisation words and the suffixes."""
    return frozenset(lexicon.word_list("generic_organisation_words.txt")).union(_organisation_suffixes())


@cache
def is_generic_organisation(name: str) -> bool:
    """True when the name is nothing but generic words (行业协会商会, 社区党委, 物业服务企业)."""
    return generic_organisation_pattern().fullmatch(name) is not None


def _verb_and_category(name: str, name_start: int, places: MentionSpans) -> bool:
    """确保行业协会商会, 会同社区卫生院: two characters that are no place, then a category: the two
    characters are a verb the left stops did not list, not a name. Not a place's name jieba knows though the
    gazetteer does not (浦东机场海关: 浦东, of 浦东新区)."""
    tail = name[2:]
    if not tail or not is_generic_organisation(tail) or tail in lexicon.word_table("organisation_suffixes.tsv"):
        return False
    if _without_legal_form(name) != name:
        return False  # 中铁工业股份有限公司: a company registered under its legal form, no verb before a category
    if places.hold(name_start, name_start + 1):
        return False
    first = tagged_words(name, 0, len(name))[:1]
    # the two are a place's name jieba knows, a name or an abbreviation of one (武大人民医院: 武大 is 武汉大学), or a
    # name's numerals (三一集团有限公司): no verb; nor where jieba knows the whole as one name (中国农业银行)
    return not (
        first
        and first[0].end in (2, len(name))
        and (first[0].tag in _NAME_TAGS or _NUMERALS_OF_A_NAME.fullmatch(first[0].word) is not None)
    )


_NAME_TAGS = frozenset({"ns", "nt", "nz", "j"})


@lru_cache(maxsize=65536)
def division_code(place: Place) -> str | None:
    """The division code of a place, or of the division its name starts with (定陶区天中街道 -> 定陶区's).
    Cached: a page's figures name the same few places, and a town's name was looked up prefix by prefix."""
    if place.code or place.level in ("country", "region"):
        return place.code  # above the provinces: no division code (a name's prefix is no province)
    if place.level in ("province", "city", "county"):
        return None  # a division without a code of its own (东湖高新区): its name's prefix is another (南昌's 东湖区)
    gaz = gazetteer()
    for name_length in range(len(place.name), 1, -1):
        candidates = gaz.by_name.get(place.name[:name_length])
        if candidates:
            return candidates[0].code
    return None


@cache
def _combined_divisions() -> dict[str, tuple[Place, ...]]:
    """A whole counted of other units (lexicon/combined_divisions.tsv) -> its parts, as places."""
    out = {}
    for name, parts in lexicon.rows("combined_divisions.tsv"):
        places = (gazetteer().lookup(part.strip()) for part in parts.split(","))
        out[name] = tuple(place for place in places if place is not None)
    return out


@cache
def _parents_without_codes() -> dict[str, str]:
    return {place.name: place.parent for _, place in divisions_without_codes() if place.parent}


def inside_combined_division(subject: str | None, code: str | None, whole: str | None) -> bool:
    """Whether a place (its name and code) lies inside a whole counted of other units (新疆（含兵团）: 乌鲁木齐市,
    新疆生产建设兵团第九师, or a part itself). False for a whole that is no such unit."""
    parts = _combined_divisions().get(whole or "")
    if not parts or subject is None:
        return False
    names = {part.name for part in parts}
    if subject in names or _parents_without_codes().get(subject) in names:
        return True
    return code is not None and any(
        part.code is not None and code != part.code and code.startswith(part.code[:2]) for part in parts
    )


def counted_division_noun(text: str, end: int) -> str | None:
    """The noun of a kind of division right at `end`, after a figure counting it (3个村, 10个区的…: lexicon/
    division_nouns.tsv), not one followed by what makes it part of another word (村民, 市场, 县城); else None."""
    match = _division_nouns().match(text, end)
    return match.group() if match else None


def is_division_noun(noun: str) -> bool:
    """Whether the word names a kind of division (村, 乡镇, 地市: lexicon/division_nouns.tsv)."""
    return noun in _division_levels()


def division_noun_level(noun: str) -> str:
    """The level of the divisions a division noun names (村 -> village)."""
    return _division_levels()[noun]


@cache
def _division_levels() -> dict[str, str]:
    return {row[0]: row[1] for row in lexicon.rows("division_nouns.tsv")}


@cache
def _division_nouns() -> re.Pattern[str]:
    nouns = sorted(lexicon.rows("division_nouns.tsv"), key=lambda row: len(row[0]), reverse=True)
    return compile_pattern("|".join(re.escape(row[0]) + (f"(?![{row[2]}])" if len(row) > 2 else "") for row in nouns))
