"""claimkb_places: every place and organisation named in the document, in doc._.places.

Also settles the document's region when none was given: the city most named, directly or
through its counties.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

import ahocorasick_rs
from spacy.language import Language
from spacy.tokens import Doc

from extract import lexicon, user_lexicon
from extract.bank_branches import bank_branches
from extract.bank_short_names import short_name_mentions
from extract.company_short_names import with_company_short_names
from extract.components.extensions import doc_text
from extract.layout import Article
from extract.organisation_names import find_system_bodies, of_the_region, venues_opening_paragraphs
from extract.pattern_cache import compile_pattern
from extract.pattern_starts import guarded
from extract.places import (
    COUNTRY,
    PLACE_NAME_TAG,
    Mention,
    MentionSpans,
    Place,
    find_attractions,
    find_business_line_subsidiaries,
    find_events,
    find_exclusion_regions,
    find_headed_companies,
    find_listed_attractions,
    find_listed_companies,
    find_listed_part_names,
    find_local_places,
    find_macro_regions,
    find_named_groups,
    find_named_organisations,
    find_named_zones,
    find_organisations,
    find_results_reporters,
    find_subsidiaries,
    find_unlisted_districts,
    gazetteer,
    named_organisation,
    same_stem_as_districts,
    short_name,
    with_abbreviations,
)
from extract.results_reports import results_report_company
from extract.roc_years import writes_roc_years
from extract.taiwan_short_names import with_taiwan_short_names
from extract.words import phrase_words

# 31个省（自治区、直辖市）, 30个省（区、市）: the units reporting to a national notice
# (lexicon/national_reporting_units.txt)
NATIONAL_REPORTING = compile_pattern(
    r"[0-9０-９一二三四五六七八九十]{1,3}"
    + "(?:"
    + lexicon.alternation(lexicon.word_list("national_reporting_units.txt"))
    + ")"
)


# the mainland named apart from Hong Kong, Macau and Taiwan: a word of scope the subject step reads as the country
THE_MAINLAND = ("中国内地", "中国大陆")


@cache
def scope_words() -> re.Pattern[str]:
    """我市 / 全县 / 该镇 / 该基地 / 全省 / 全国: words that point at a place or organisation named
    elsewhere, or at the province or country of the region; not 全国 in a designation or a rank
    (全国重点实验室, 全国首位: lexicon/national_designations.txt)."""
    designations = lexicon.alternation(list(lexicon.word_list("national_designations.txt")))
    place_words = lexicon.alternation(list(lexicon.package_word_table("scope_place_words.tsv")))
    return compile_pattern(
        guarded(
            rf"{NATIONAL_REPORTING.pattern}|"
            r"(?:我们?|咱们?|全|本|该)(?:省|市|州|县|区|旗|盟|镇|乡|街道|村|社区)|该(?:基地|企业|公司|院|局|协会|商会|合作社|园区|园)"
            # a body's own report speaks of itself: 本院, 我院, 全院 (a court's, a hospital's), 我局, 我行; a company's
            # 本公司, 本集团 (not 日本公司): the subject step resolves these to the company the text names at its top,
            # and leaves them unresolved in a text that names none (in a story 本公司 is whoever is quoted)
            r"|(?:我|本)(?:院|局|厅|委|行)(?![长级士内外])|全院|(?<![日基根])(?:我|本)(?:公司|集团)"
            # a school's profile: 本校, 我校, 全校, 该校 (not 校长, 校区, 校园, 校友: its people and grounds)
            r"|(?:我|本|该|全)校(?![长区园友训歌徽])"
            # the mainland named as the country's part apart from Hong Kong, Macau and Taiwan, before a verb or a stop
            # (中国内地共有55个城市…), not where it says where people come from (中國內地旅客, 客源來自中國台灣及中國
            # 大陸: the metric's words), nor as an item of a list
            rf"|全国(?!{designations})|我国|(?<![自及和与、])(?:{'|'.join(THE_MAINLAND)})(?=[共已累现有在的，,])"
            rf"|{place_words}"
        )
    )


def _results_report_company_mentions(text: str, name: str, place: Place, named: list[Mention]) -> list[Mention]:
    """Every place the text writes the name of the company whose results report it opens with (results_reports.py),
    where no organisation is named already."""
    overlaps = MentionSpans(named).overlap
    found, start = [], text.find(name)
    while start >= 0:
        if not overlaps(start, start + len(name)):
            found.append(Mention(start, start + len(name), place, "organisation"))
        start = text.find(name, start + len(name))
    return found


def _cut_to_the_reporting_company(text: str, name: str, place: Place, organisations: list[Mention]) -> list[Mention]:
    """An organisation whose written name ends with the reporting company's, longer (盈利空间得以释放牧原股份: a
    heading run into its paragraph with no stop, the look back took in the heading), is that company."""
    return [
        Mention(m.end - len(name), m.end, place, m.role)
        if m.end - m.start > len(name) and text.endswith(name, 0, m.end)
        else m
        for m in organisations
    ]


@Language.component("claimkb_places")
def places_component(doc: Doc) -> Doc:
    text = doc_text(doc)
    gaz = gazetteer()
    attributes = doc._  # one Underscore object, not one per attribute read
    divisions = gaz.find(text, attributes.region)
    if attributes.region is None:
        attributes.region = (
            COUNTRY if reports_for_the_nation(text, attributes.articles or []) else infer_region(divisions)
        )
        if attributes.region is not None:
            divisions = gaz.find(text, attributes.region)
    if writes_roc_years(attributes.region, attributes.script):  # a text about Taiwan
        # 雲縣府: 雲林縣's government, no 云县 of Yunnan; 北市 in 臺北市's own release
        divisions = with_taiwan_short_names(text, divisions, attributes.region)
    openers = _cities_opening_headlines(text, attributes.articles or [], divisions)
    if openers:
        divisions = sorted(divisions + openers, key=lambda m: (m.start, -m.end))
    divisions = [m for m in divisions if not _an_origin(text, m)]
    districts = find_unlisted_districts(text, divisions)
    divisions = (
        same_stem_as_districts(text, divisions, districts) + find_macro_regions(text, attributes.region) + districts
    )
    divisions += find_exclusion_regions(text, divisions)
    divisions += find_named_zones(text, divisions)
    # 荔城区3例、湄洲湾北岸1例: a part the gazetteer lacks
    divisions += find_listed_part_names(text, divisions, attributes.region)
    local = find_local_places(text, divisions)
    # a town or village of the user lexicon, named whole (大王庄村), is not also the shorter one its suffix finds
    listed_local = [m for m in divisions if m.place.level in ("town", "village")]
    if listed_local:
        overlaps_listed = MentionSpans(listed_local).overlap
        local = [m for m in local if not overlaps_listed(m.start, m.end)]
    organisations = find_organisations(text, divisions + local)
    organisations += find_attractions(text, divisions)
    organisations += find_listed_attractions(text, divisions + local + organisations)
    # the reviewed lexicon's name for the words a suffix found (医管局 is 医院管理局; 房屋委员会 no government body)
    named_in_lexicon = find_named_organisations(text)
    lexicon_spans = {(m.start, m.end) for m in named_in_lexicon}
    organisations = [m for m in organisations if (m.start, m.end) not in lexicon_spans]
    named = MentionSpans(organisations)
    organisations += [m for m in named_in_lexicon if not named.overlap(m.start, m.end)]
    branches = bank_branches(text, organisations, divisions + local)
    if branches:
        # 中国人民银行西安分行: the branch, not its bank, and the place inside its name is no place of its own
        in_a_branch = MentionSpans(branches).hold
        organisations = [m for m in organisations if not in_a_branch(m.start, m.end)] + branches
        divisions = [m for m in divisions if not in_a_branch(m.start, m.end)]
        local = [m for m in local if not in_a_branch(m.start, m.end)]
    named = MentionSpans(organisations)
    organisations += [m for m in find_named_groups(text, divisions) if not named.overlap(m.start, m.end)]
    named = MentionSpans(organisations)
    organisations += [m for m in find_events(text, divisions) if not named.overlap(m.start, m.end)]
    named = MentionSpans(organisations)
    listed = [m for m in find_listed_companies(text, divisions + local) if not named.overlap(m.start, m.end)]
    organisations += listed
    if listed:
        # 贵州茅台(600519.SH): a place opening a listed company's short name is part of the name, no place of its own
        in_a_listed_name = MentionSpans(listed).hold
        divisions = [m for m in divisions if not in_a_listed_name(m.start, m.end)]
    company = results_report_company(text, attributes.articles or [])
    reported: list[Mention] = []
    if company is not None:
        reporting = named_organisation(company) or Place(company, "organisation")
        organisations = _cut_to_the_reporting_company(text, company, reporting, organisations)
        reported = _results_report_company_mentions(text, company, reporting, organisations)
    if reported:
        # 山东黄金公布2023年年报: a place opening the reporting company's name is part of it, no place of its own
        organisations += reported
        in_the_company_name = MentionSpans(reported).hold
        divisions = [m for m in divisions if not in_the_company_name(m.start, m.end)]
    named = MentionSpans(organisations)
    reporting = find_results_reporters(text, divisions + local)
    organisations += [m for m in reporting if not named.overlap(m.start, m.end)]
    organisations += find_headed_companies(text, divisions + local + organisations)  # 中華郵政董事長王國材
    named = MentionSpans(organisations)
    organisations += [m for m in find_subsidiaries(text) if not named.overlap(m.start, m.end)]
    organisations += find_business_line_subsidiaries(text, organisations)  # 中国平安 … 平安产险
    organisations = of_the_region(organisations, attributes.region, gaz)
    organisations += venues_opening_paragraphs(text, attributes.region, organisations)  # 文化馆… -> 龙井市文化馆
    named = MentionSpans(organisations)
    systems = find_system_bodies(text, attributes.region, gaz, divisions)
    organisations += [m for m in systems if not named.overlap(m.start, m.end)]
    organisations += short_name_mentions(text, organisations)  # 招商银行 … 招行
    organisations = with_company_short_names(text, organisations)  # 南昌公交运输集团 … 南昌公交
    organisations = with_abbreviations(organisations)  # 澳門博彩監察協調局 … 博監局
    found = [(m.start(), m.end(), m.group()) for m in scope_words().finditer(text)]
    found += [hit for hit in _user_scope_words(text) if not any(s < hit[1] and hit[0] < e for s, e, _ in found)]
    inside_an_organisation = MentionSpans(organisations + local).hold  # 万全镇: a town, no 全镇
    # 除湖北省外，12省（区、市）累计报告…: the units reporting are those of the country less the province, its region
    excluding_ends = {m.end for m in divisions if m.place.level == "region" and m.place.name.startswith("全国除")}
    scope = [
        Mention(start, end, Place(word, "scope"), "scope")
        for start, end, word in found
        if not inside_an_organisation(start, end)
        and not (excluding_ends and _after_an_exclusion(text, start, excluding_ends))
    ]
    attributes.places = sorted(divisions + local + organisations + scope, key=lambda m: (m.start, -m.end))
    return doc


def _after_an_exclusion(text: str, start: int, excluding_ends: set[int]) -> bool:
    """The scope word stands right after the country less a province (除湖北省外，12省（区、市）…), a comma between."""
    return any(0 <= start - end <= _EXCLUSION_GAP and not text[end:start].strip("，, ") for end in excluding_ends)


_EXCLUSION_GAP = 2


def _cities_opening_headlines(text: str, articles: list[Article], divisions: list[Mention]) -> list[Mention]:
    """ "武汉98岁新冠肺炎危重症患者出院" on a page the feed files under 河北省: a city's short name opening a headline
    is the place the headline tells of, wherever the page is filed. Elsewhere a short name outside the region's
    province is a word first (公安, 惠民: the gazetteer's rule), but the first words of a headline name its place.
    Not a name that is a word first (lexicon/place_alias_stoplist.txt), nor where a division opens it already."""
    gaz = gazetteer()
    found = []
    opening = {m.start for m in divisions}
    for article in articles:
        if article.headline is None:
            continue
        start = _HEADLINE_MARKUP.match(text, article.headline.start).end()
        if start in opening:
            continue
        words = phrase_words(text[start : article.headline.end])
        if not words or words[0][1] != PLACE_NAME_TAG:
            continue  # 安康码上线: a word that only starts like a city's name (jieba tags a place name ns)
        name = words[0][0]
        place = gaz.lookup(name, None) if len(name) in _SHORT_CITY_LENGTHS else None
        if place is None or place.level != "city" or name in _words_first():
            continue
        if short_name(place.name) == name:
            found.append(Mention(start, start + len(name), place))
    return found


# what a feed's headline may open with before its words: a topic's # and a title's bracket
_HEADLINE_MARKUP = compile_pattern(r"[\s#【]*")
_SHORT_CITY_LENGTHS = (2, 3, 4)  # 武汉, 石家庄, 乌鲁木齐


@cache
def _words_first() -> frozenset[str]:
    return frozenset(lexicon.word_list("place_alias_stoplist.txt"))


def _user_scope_words(text: str) -> list[tuple[int, int, str]]:
    """The user lexicon's subject aliases (牡丹城 for 菏泽市) in the text, where no scope word is: found by
    Aho-Corasick, not in scope_words' alternation, whose cost grows with the number of words."""
    aliases = _user_aliases()
    if aliases is None:
        return []
    automaton, words = aliases
    return [(start, end, words[index]) for index, start, end in automaton.find_matches_as_indexes(text)]


@cache
def _user_aliases() -> tuple[ahocorasick_rs.AhoCorasick, list[str]] | None:
    user = user_lexicon.active()
    words = [alias for alias, _name in user.subject_aliases] if user else []
    if not words:
        return None
    return ahocorasick_rs.AhoCorasick(words, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest), words


def reports_for_the_nation(text: str, articles: list[Article]) -> bool:
    """Whether the text is a national bulletin: its lead opens with what the reporting units of the whole country
    report ("3月17日0—24时，31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例13例"). Its figures with no
    place are the country's, not those of the city it names most (武汉, in every paragraph on Hubei)."""
    article = next((a for a in articles if a.paragraphs), None)
    if article is None:
        return False
    lead = article.paragraphs[0]
    opening_end = next((end for start, end in article.sentences if start >= lead.start), lead.end)
    return _UNITS_REPORTING.search(text, lead.start, opening_end) is not None


_UNITS_REPORTING = compile_pattern(f"(?:{NATIONAL_REPORTING.pattern})[^，,。；;]{{0,12}}?报告")


def infer_region(divisions: list[Mention]) -> Place | None:
    """The city the document is about: the one most named, itself or through its counties."""
    gaz = gazetteer()
    votes: Counter[str] = Counter()
    for mention in divisions:
        city = gaz.city_of(mention.place)
        if city is not None and city.level == "city":
            votes[city.code] += 1
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None  # no city, or two named as often (national news about regions): no 我市 to resolve
    return gaz.by_code[ranked[0][0]]


_SENTENCE_END = compile_pattern(r"[。！？!?；;\n]")
_ORIGIN_WINDOW = 200  # characters searched on either side for the sentence's ends


def _an_origin(text: str, mention: Mention) -> bool:
    """A foreign country or division in a sentence that counts arrivals from abroad, or right after
    one (lexicon/origin_words.txt: 输入), is where they came from, not what the figure is about: in "境外输入确诊
    病例5例，其中西班牙3例" and "荷兰输入3例" the cases are the reporting city's, not Spain's."""
    code = mention.place.code
    if code is None or code[:1].isdigit():
        return False  # Chinese places keep their own rules (湖北以外地区: place_qualifier_words.tsv)
    window_start = max(0, mention.start - _ORIGIN_WINDOW)
    ends = list(_SENTENCE_END.finditer(text, window_start, mention.start))
    # its sentence and the one before ("新增境外输入病例5例。疑似病例8例，其中西班牙3例"), and its paragraph: a
    # breakdown by where orders came from runs on over semicolons (主要訂單來源地區，以美國…；其次是東協…；日本…)
    start = ends[-2].end() if len(ends) > 1 else window_start
    start = min(start, max(window_start, text.rfind("\n", 0, mention.start) + 1))
    after = _SENTENCE_END.search(text, mention.end, mention.end + _ORIGIN_WINDOW)
    end = after.start() if after else min(len(text), mention.end + _ORIGIN_WINDOW)
    return _origin_words().search(text, start, end) is not None


@cache
def _origin_words() -> re.Pattern[str]:
    return compile_pattern(lexicon.alternation(list(lexicon.word_list("origin_words.txt"))))
