"""Places and organisations named in the text, with the administrative hierarchy behind them.

Provinces, cities and counties (with their codes and parents, 定陶区 ⊂ 菏泽市 ⊂ 山东省) come from the
adcode table that the cpca package ships. Towns, streets, communities and villages are not in
any maintained package, so they are recognised by their suffix (镇 乡 街道 社区 村) and attached to
the county or town named before them. Organisations are recognised by the suffix of their name
(公安局, 有限公司, 联合会, …; see lexicon/organisation_suffixes.tsv).
"""

from __future__ import annotations

import csv
import importlib.util
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import ahocorasick

from extract import lexicon

LEVELS = ("province", "city", "county", "town", "village", "organisation")
_NAME_CHARS = r"[\u4e00-\u9fff]"
# characters that end an organisation's name on its left: punctuation and words that govern it
_ORG_LEFT_STOP = re.compile(
    r"(?:[^\u4e00-\u9fffA-Za-z0-9]|走进|来到|位于|依托|通过|联合|指导|推动|组织|协调|支持|成立|完善|加强|推进|建立|制定|开展|动员|带动|帮助|打造|建设|培育|引导|进一步|积极|持续|不断|深入|我们|他们|咱们|全县|全市|全区|全镇|在|由|与|和|及|向|对|为|让|使|是|有|据|将|把|被|从|到|了|的|等|像|该|这|此|其|各)"
)


@dataclass(frozen=True)
class Place:
    """A named place or organisation; `code` is the 12-digit division code where one is known."""

    name: str  # canonical name, parents left off above the county (定陶区滨河街道)
    level: str
    code: str | None = None
    parent: str | None = None  # canonical name of the parent, where known


@dataclass(frozen=True)
class Mention:
    """Where a place or organisation is named: text offsets and what it refers to."""

    start: int
    end: int
    place: Place
    role: str = "place"  # place | organisation | government | scope (我市, 全县)


class Gazetteer:
    """The administrative divisions of China, looked up by full or short name."""

    def __init__(self, rows: list[tuple[str, str]]) -> None:
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
        stop = set(lexicon.word_list("place_alias_stoplist.txt"))
        for place in self.by_code.values():
            self.by_name.setdefault(place.name, []).append(place)
            short = short_name(place.name)
            if short != place.name and len(short) >= 2 and short not in stop:
                self.by_name.setdefault(short, []).append(place)
        self._automaton = ahocorasick.Automaton()
        for name in self.by_name:
            self._automaton.add_word(name, name)
        self._automaton.make_automaton()

    def parent(self, place: Place) -> Place | None:
        return self.by_code.get(place.parent) if place.parent else None

    def city_of(self, place: Place) -> Place | None:
        """The prefecture-level city a county or city belongs to."""
        if place.code is None:
            return None
        return self.by_code.get(place.code[:4] + "0" * 8)

    def lookup(self, name: str, region: Place | None = None) -> Place | None:
        """The division a name refers to, preferring one inside the region when it is ambiguous."""
        candidates = self.by_name.get(name)
        if not candidates:
            return None
        if region is not None and region.code and len(candidates) > 1:
            prefix = region.code[:4] if region.level != "province" else region.code[:2]
            inside = [p for p in candidates if p.code and p.code.startswith(prefix)]
            if inside:
                candidates = inside
        # a full name beats a short one (曹县 over an alias), a higher level beats a lower one
        return sorted(candidates, key=lambda p: (p.name != name, LEVELS.index(p.level)))[0]

    def find(self, text: str, region: Place | None = None) -> list[Mention]:
        """Divisions named in text, longest match first, not overlapping."""
        found: list[tuple[int, int, str]] = []
        for end_index, name in self._automaton.iter(text):
            found.append((end_index + 1 - len(name), end_index + 1, name))
        found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
        mentions: list[Mention] = []
        last_end = -1
        for start, end, name in found:
            if start < last_end:
                continue
            place = self.lookup(name, region)
            if place is None:
                continue
            if name != place.name and not self._alias_allowed(place, region, text, end):
                continue
            mentions.append(Mention(start, end, place))
            last_end = end
        return mentions

    def _alias_allowed(self, place: Place, region: Place | None, text: str, end: int) -> bool:
        """A short name stands for a county only inside the region's city (巨野, 东明 for 菏泽市) and for
        a city inside its province: elsewhere 公安, 惠民 and 友好 are words first. It must not run
        into a longer word (东明珠)."""
        if end < len(text) and text[end] in "珠星月亮湖路街":
            return False
        if region is None or region.code is None or place.code is None:
            return place.level == "city"
        if place.level == "county":
            return place.code[:4] == region.code[:4]
        return place.code[:2] == region.code[:2]


def short_name(name: str) -> str:
    """菏泽市 -> 菏泽, 定陶区 -> 定陶, 山东省 -> 山东; names of one character keep their suffix (曹县)."""
    for suffix in ("特别行政区", "自治区", "自治州", "自治县", "地区", "省", "市", "县", "区", "盟", "旗"):
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer built from cpca's adcode table (read as a file, cpca itself is not imported)."""
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the cpca package (the source of the division codes) is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"
    with path.open(encoding="utf-8") as handle:
        rows = [(row["adcode"], row["name"]) for row in csv.DictReader(handle)]
    return Gazetteer(rows)


@cache
def _suffix_place_pattern() -> re.Pattern[str]:
    suffixes = lexicon.word_table("place_suffixes.tsv")
    return re.compile(f"(?:{lexicon.alternation(list(suffixes))})(?![民委级集干务居组里内容长道口街庄工])")


@cache
def _organisation_pattern() -> re.Pattern[str]:
    return re.compile(lexicon.alternation(list(lexicon.word_table("organisation_suffixes.tsv"))))


def find_local_places(text: str, known: list[Mention]) -> list[Mention]:
    """Towns, streets, communities and villages, named by suffix (滨河街道, 董河社区, 东黄堂村)."""
    stop = set(lexicon.word_list("place_name_stoplist.txt"))
    levels = lexicon.word_table("place_suffixes.tsv")
    known_ends = {m.end: m for m in known}
    mentions: list[Mention] = []
    for match in _suffix_place_pattern().finditer(text):
        s = match.start()
        # a parent place right before: the name is everything between it and the suffix
        name_start = None
        for width in (2, 3, 4):
            if s - width in known_ends or any(m.end == s - width for m in mentions):
                name_start = s - width
                break
        if name_start is None:
            name_start = s - 2
        if name_start < 0:
            continue
        name = text[name_start:s]
        before = text[name_start - 1] if name_start > 0 else ""
        if (
            not re.fullmatch(f"{_NAME_CHARS}+", name)
            or name in stop
            or name[-1] in stop
            or any(word in name for word in stop if len(word) > 1)
            or re.search("[的了在和与及是个名家等各全每该本我这那其到进入向为把被给让从由以对驻村镇乡]", name)
            or before in "个名家座多余"
            or before.isdigit()
        ):
            continue
        full = text[name_start : match.end()]
        parent_mention = known_ends.get(name_start) or next((m for m in mentions if m.end == name_start), None)
        parent = parent_mention.place.name if parent_mention else None
        level = levels[match.group()]
        canonical = (parent or "") + full if parent and parent_mention.place.level != "city" else full
        start = parent_mention.start if parent_mention else name_start
        mentions.append(Mention(start, match.end(), Place(canonical, level, None, parent)))
    return mentions


def find_organisations(text: str, places: list[Mention]) -> list[Mention]:
    """Organisations named by suffix; a place at the head of the name is kept in it (巨野县公安局)."""
    roles = lexicon.word_table("organisation_suffixes.tsv")
    place_starts = sorted(places, key=lambda m: m.start)
    mentions: list[Mention] = []
    for match in _organisation_pattern().finditer(text):
        end = match.end()
        suffix_start = match.start()
        window_start = max(0, suffix_start - 12)
        head = text[window_start:suffix_start]
        stops = list(_ORG_LEFT_STOP.finditer(head))
        name_start = window_start + (stops[-1].end() if stops else 0)
        # a place named right before the cut starts the name (曹县有爱共创直播基地: 有 is no verb there)
        for place in place_starts:
            if window_start <= place.start < name_start <= place.end + 1 and place.end <= suffix_start:
                name_start = place.start
                break
        name = text[name_start:end]
        if len(name) <= len(match.group()) and match.group() not in ("政协", "县委", "区委", "市委"):
            continue  # a bare 公司 / 协会 is not a name
        mentions.append(Mention(name_start, end, Place(name, "organisation"), roles[match.group()]))
    return mentions
