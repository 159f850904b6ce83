"""claimkb_subject: the place or organisation a figure is about.

In order: the place a figure describes with 的 ("下游约5公里的双合村"); for an event's toll ("造成22人
丧生") a division named before it, else the region; the place or organisation written right before the
figure ("联合会19家", "菏泽市有580家", "全镇39个"); else the first one in the figure's sentence that is
its subject, not the object of a verb or preposition ("依托党群服务站开展…", "由县供水公司供应…" are
settings, not subjects); in a quotation, the subject of the sentence that introduced the speaker; else
the subject of the nearest earlier sentence of the article that has one (for a headline, the lead
opening's); else one named as a setting in the sentence ("市民在牡丹区…"); else the story's body or the
document's region. A division is never the subject of a count of divisions of its level (3个村). Places or
companies listed before 分别 (江苏省、浙江省分别…; 四川路桥、通威股份和东方电气3家公司…分别…) each take their figure.

我市/全市 resolve to the region, 全县/该镇/该企业 to the county, town or organisation named last
before them (全县 in a story about 巨野县公安局 stays with the bureau); a party or government body
(市委社会工作部, 东明县委) speaks for its place, and so does an administrative body that decides or speaks
(市防控指挥部决定…, 国家卫健委医政医管局副局长…表示); a village named again on its own (王洪庙村) is the
one named in full before (定陶区天中街道王洪庙村). A company's or bank's own report or announcement, naming it
at its top and speaking of itself as 本公司 or 本行, is about it: 本公司, 本行 and 公司 opening a clause resolve
to it, its short name (青岛啤酒) is it, not the city, and it stands for the region where a figure names no place.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from extract import lexicon
from extract.aims import aiming_verb_ends
from extract.aspect_words import kind_words
from extract.brackets import SHORT_BRACKETED, Balances, last_open, still_open
from extract.breaks import Breaks
from extract.claims import STATED, Claim
from extract.components.extensions import doc_text
from extract.components.layout import sentence_at
from extract.components.metric_pairs import POINTERS
from extract.components.period import CAUSE_ENDINGS, CAUSE_OPENERS, period_pattern
from extract.components.places import NATIONAL_REPORTING, THE_MAINLAND
from extract.components.topics import (
    DIVISION_LEVELS,
    about_the_body,
    above,
    article_topic,
    carriable,
    carried,
    inside,
    ranks_the_parts_of_a_whole,
    restating_the_lead,
    said_by,
    story_bodies,
)
from extract.figure_references import refers_back
from extract.headline_figures import in_own_words, restating_key, same_metric
from extract.layout import Article, continues_a_list, dateline_pattern, inside_title
from extract.lexicon import LIST_SEPARATOR
from extract.numbers import parse_chinese_number
from extract.pattern_cache import compile_pattern
from extract.places import (
    COUNTRY,
    PARTS_OPENING,
    RANKED_BY,
    RANKED_CLAUSE,
    Mention,
    Place,
    another_body_of_the_place,
    counted_division_noun,
    division_code,
    division_noun_level,
    gazetteer,
    is_descriptive_name,
    is_named_group,
    named_organisation,
    names_a_subsidiary_after,
    national_body_openings,
    numbered_apart,
    offices_across_a_place,
    subject_governors,
    subsidiary_named_at,
    written_name,
)
from extract.quantities import DAY_UNITS, DIVISION_ALTERNATIVES, MEDALS
from extract.results_reports import announcement_issuer, results_headline_at_top, results_report_at_top, top_end
from extract.roc_years import writes_roc_years
from extract.trade_partners import is_a_partner
from extract.words import OF, starts_a_word

_SCOPE_LEVEL = {
    "国": "country",
    "省": "province",
    "市": "city",
    "县": "county",
    "区": "county",
    "旗": "county",  # a banner of Inner Mongolia (全旗, 我旗)
    "盟": "city",  # a league of Inner Mongolia (全盟)
    "镇": "town",
    "乡": "town",
    "街道": "town",
    "村": "village",
    "社区": "village",
}
# what 该企业 / 该公司 may point back to
_COMPANY_SUFFIXES = ("公司", "集团", "企业", "厂", "合作社")
_SCHOOL = "校"


@cache
def _school_endings() -> tuple[str, ...]:
    """What 该校 may point back to: a school by the end of its name (南京理工大学, 天津路第一小学: the school kind's
    ends of lexicon/issuer_kinds.tsv) or 校 (党校, 技校)."""
    return (_SCHOOL, *(end for end, (kind, _) in _issuer_kinds().items() if kind == "school"))


_CLAUSE_BREAK = compile_pattern(r"[，,；;。：:！？!?\n]")


@cache
def _adjacent_gap() -> re.Pattern[str]:
    """What may stand between a place and its own figure: a closing quote, a verb of having or reaching, a word
    saying what kind of figure it is (武汉市新增892例、黄石市新增17例; 孝感市首次发现22例: lexicon/aspect_markers.tsv),
    or the opening of the figure's bracket (平湖市(6.8%)、秀洲区(6.2%): each place's growth in brackets after it)."""
    return compile_pattern(rf"[”\"’]?(?:共有|现有|拥有|共|有|达|的|{kind_words()})?|\s?[(（]\s*")


# a NamedTuple, not a frozen dataclass: built by the hundred per page, and twice as fast to build
class Resolved(NamedTuple):
    """A mention with the place or organisation it stands for and its role in its clause."""

    mention: Mention
    place: Place
    sentence_start: int
    article: int
    governed: bool  # the object of a verb or preposition, not the clause's subject
    # where the chain of places it ends starts (威海市环翠区: at 威海市), else where it starts itself: it is the
    # chain that opens a clause
    chain_start: int


_RESPECTIVELY = "分别"
_NOT_CARRIED = ("country", "region")
_CLAUSE_OPENER = compile_pattern(r"\s*(?:其中|同时|而|另外|此外)?")
_SPOKEN_WE = compile_pattern(r"^(?:我们|咱们|咱)")
# 自…以来 around a mention: the opening before it in its clause, the closing after it
# not 各自, 来自, 亲自, 独自: the look-behind after the 自 or 从, so that the engine skips to them by itself (in
# front of them it was tried at every character of the clause)
_SINCE_OPENING = compile_pattern(r"[自从](?<![各来亲独][自从])[^，,。；;]{0,20}$")
_SINCE_CLOSING = compile_pattern(r"[^，,。；;]{0,30}?以来")


@Language.component("claimkb_subject")
def subject_component(doc: Doc) -> Doc:
    text = doc_text(doc)
    attributes = doc._  # one Underscore object, not one per attribute read
    region: Place | None = attributes.region
    clause_breaks = Breaks(text, _CLAUSE_BREAK)
    balances = Balances(text)
    issuer = _issuer(text, attributes.articles or [], attributes.places or [])
    resolved = _resolve_all(doc, text, region, clause_breaks, issuer)
    by_sentence: dict[int, list[Resolved]] = {}
    for item in resolved:
        by_sentence.setdefault(item.sentence_start, []).append(item)
    # per article, the sentences that name their subject, in text order
    subjects: dict[int, list[tuple[int, Place]]] = {}
    part_before: Resolved | None = None  # the part singled out by the sentence before, if it was one
    # a sentence's places less the members of a group it names (…、宜宾“四大产区”), once a sentence
    of_the_sentence = {
        start: [i for i in _without_a_groups_members(text, items) if not _in_an_example_frame(text, i)]
        for start, items in by_sentence.items()
    }
    for sentence_start, items in by_sentence.items():
        first = next((i for i in of_the_sentence[sentence_start] if not i.governed), None)
        # a part singled out by 其中 (其中上海增补的种类最多) or a list of parts is no subject to carry
        a_part = first is not None and (
            _a_part(text, first) or _the_next_part(text, sentence_start, first, part_before)
        )
        subject = (
            None
            if first is None
            or a_part
            or _lists_parts(text, items, balances)
            or _in_an_open_bracket(text, first, balances)
            or _a_listed_part(text, sentence_start, first)
            or _in_a_case_story(text, sentence_start)
            or _noted_as_a_first(text, first)
            else first.place
        )
        part_before = first if a_part else None
        # in a city's or county's own text the country and regions above the province (全国, 京津冀协同
        # 发展) are the figure's subject where they are written, never carried to the next sentences; a
        # foreign country (coded, 美国 US) is the story's subject and carries, or its figures went to the region.
        # In the country's own text (a national bulletin's) a region below it is what the sentences after it are
        # about, as a province is: "长三角地区PM2.5平均浓度为46微克/立方米。发生重污染60天次…"
        if (
            subject is not None
            and region is not None
            and region.level != "country"
            and subject.level in _NOT_CARRIED
            and subject.code is None
            and subject != region
        ):
            subject = None
        if subject is not None:
            subjects.setdefault(items[0].article, []).append((sentence_start, subject))
    articles = attributes.articles or []
    named = Counter((i.article, i.place.name) for i in resolved)  # how often each article names each
    topics: dict[int, Place] = {}
    every_subject: dict[int, list[tuple[int, Place]]] = {}  # before the ones named in passing are left out
    restated: dict[int, Place] = {}  # sentence start -> the lead's subject, for a sentence opening as the lead did
    for article_index, sentence_subjects in subjects.items():
        sentence_subjects.sort(key=lambda pair: pair[0])
        every_subject[article_index] = sentence_subjects
        topic = article_topic(sentence_subjects, article_index, articles, named)
        if topic is not None and region is not None and region.level in _LOCAL_REGIONS and inside(region, topic):
            # 地震局发布云南震灾情况, of a text about 彝良县: the headline's province holds the county the text is
            # about, which says more precisely what its figures naming no place are of (a city's, inferred from a
            # feed item naming it most, is not so sure: 驰援湖北 of 武汉市's teams is the province's)
            topic = region
        # 浙江省水利厅简报 heading a statistics brief: a sector department's figures are its place's
        topic = _place_of_a_sector_department(topic) or topic
        article = articles[article_index] if article_index < len(articles) else None
        ranked = ranks_the_parts_of_a_whole(text, article)
        if topic is not None and not ranked:
            topics[article_index] = topic
        if ranked and article is not None and article.headline is not None:
            # the place its headline ranks (台中表现最佳) is one of the parts, no subject the lead's figures carry on
            head = article.headline
            sentence_subjects = [(at, place) for at, place in sentence_subjects if not head.start <= at < head.end]
        subjects[article_index] = carriable(sentence_subjects, named, article_index, articles)
        for start, place in restating_the_lead(text, article, sentence_subjects):
            restated[start] = place
            insort(subjects[article_index], (start, place), key=lambda pair: pair[0])
    bodies = story_bodies([(i.article, i.place) for i in resolved], topics, len(articles))
    reporting = _reporting_body(text, attributes.places or []) if issuer is None else None
    reporter = reporting.place if reporting is not None and reporting.role == "organisation" else None
    if reporting is not None and reporter is not None:
        reporter = _its_offices_named(reporting, attributes.places or []) or reporter
    if reporting is not None and reporting.role == "government" and region is not None:
        # a government's work report is its place's throughout: no body it names in passing (请县政协委员…提出意见)
        # is what an article is about
        topics = dict.fromkeys(range(len(articles)), region)
    if issuer is not None or reporter is not None:
        # a company's own report or announcement is about the company throughout, not about the city in its name; a
        # court's or procuratorate's work report is about the court (its figures are its work), not its district
        bodies = dict.fromkeys(range(len(articles)), issuer or reporter)
    claims: list[Claim] = attributes.claims
    listed = _listed_subjects(text, claims, by_sentence)
    for index, group in _joint_subjects(text, claims, by_sentence).items():
        listed.setdefault(index, group)
    listed.update(_summed_places(text, claims, by_sentence))
    context = _Context(
        text,
        region,
        listed,
        resolved,
        subjects,
        every_subject,
        articles,
        topics,
        named,
        bodies,
        clause_breaks,
        _may_count_a_toll(text),
        balances,
        restated,
        _levels_of_bases(text, attributes.places or [], region),
        aiming_verb_ends(text),
    )
    # each sentence's places with the bracket balance of the text up to their end, worked out once a sentence,
    # not once a figure: a bulletin's sentence lists a hundred places and as many figures
    levels = {
        start: [(i, balances.balance(0, i.mention.end), balances.closing_after(i.mention.end)) for i in items]
        for start, items in of_the_sentence.items()
    }
    previous: tuple[Claim, Place | None] | None = None
    # the figures of the claim's sentence before it, each with its subject and how that was found
    earlier: list[tuple[Claim, Place | None, str | None]] = []
    figure_ends = frozenset(claim.end for claim in claims)
    # the last figure of the sentence before the claim's outside any bracket, with its subject (a whole that a
    # sentence opening with 其中 breaks down)
    whole_before: tuple[Claim, Place | None] | None = None
    for index, claim in enumerate(claims):
        if earlier and earlier[-1][0].sentence_start != claim.sentence_start:
            whole_before = _whole_of_a_sentence(text, earlier, balances, whole_before)
            earlier = []
        # the places named before the figure, not inside a bracket closed before it (a part's: 新增死亡病例15例（湖北省
        # 13例…），新增治愈出院病例11例: 11例 is not 湖北省's; nor 3人死亡（广州市2人…）、5人受伤（其中重伤2人）:
        # the second bracket is as deep as the first, but the first closed before it)
        level = balances.balance(0, claim.start)
        in_sentence = [
            i
            for i, at_end, closed_at in levels.get(claim.sentence_start, ())
            if i.mention.end <= claim.start and at_end <= level and (closed_at is None or closed_at >= claim.start)
        ]
        # the divisions a place sends or sells to (外送到14个省(市), 销往20多个国家) are where its goods go, no whole
        # of them
        counted = None if _a_destination_before(text, claim.start) else _counted_division(text, claim.end)
        # a count right after a list of names counts what they name (临沧、沧源、文山、泸沽湖、芒市5家机场,
        # 昆明、曲靖、玉溪3个城市): no place of the list is its subject, the last no more than the first
        in_the_list = _places_counted_by(text, claim, in_sentence) | _bodies_listed_together(
            text, claim, in_sentence, figure_ends
        )
        place, basis = next(
            (
                (place, basis)
                for basis, place in _candidates(context, index, claim, in_sentence, previous, earlier, whole_before)
                if place
                and not _no_higher(place, counted)
                and place not in in_the_list
                and not _counts_it(claim, place)
            ),
            (None, None),
        )
        if place is None and counted == "province":  # 31个省…: no place below the country counts provinces
            place, basis = COUNTRY, "clause"
        if place is not None:
            if (
                region is not None
                and region.code is not None
                and (place.code, place.level) == (region.code, region.level)
            ):
                place = region  # 靖西 of a text given as 靖西县 (now 靖西市): the division under the name it was given
            claim.subject = place.name
            claim.place_code = division_code(place)
            claim.subject_basis = basis
        previous = (claim, place)
        earlier.append((claim, place, basis))
    _medals_of_delegations(text, claims)
    _headline_figures_restated(articles, claims)
    return doc


_NO_HANDFUL = 100  # a figure this large written alike in a headline and its body is one figure (1例 may be many)


def _headline_figures_restated(articles: list[Article], claims: list[Claim]) -> None:
    """A headline's figure whose own words state no subject takes the subject the body's figure restating it states
    (全年消費投訴破4萬宗 over 消費者委員會去年接獲的整體投訴數字破4萬宗: the council's, not the place the lead
    opens with), where all such body figures state one."""
    headlines = {article.index: article.headline for article in articles if article.headline is not None}
    stated: dict[tuple[int, float, str], list[Claim]] = {}
    for claim in claims:
        headline = headlines.get(claim.article_index)
        key = restating_key(claim)
        body = headline is not None and claim.start >= headline.end
        if body and key is not None and claim.subject_basis in STATED and in_own_words(claim):
            stated.setdefault(key, []).append(claim)
    for claim in claims:
        headline = headlines.get(claim.article_index)
        key = restating_key(claim)
        if headline is None or key is None or claim.subject_basis in STATED or not claim.start < headline.end:
            continue
        # the same thing counted, or the figure in the very words of the body (破4萬宗), of more than a handful
        bodies = [
            body
            for body in stated.get(key, ())
            if same_metric(claim, body) or (body.mention == claim.mention and claim.value >= _NO_HANDFUL)
        ]
        if bodies and len({body.subject for body in bodies}) == 1:
            claim.subject, claim.place_code, claim.subject_basis = bodies[0].subject, bodies[0].place_code, "carried"


def _medals_of_delegations(text: str, claims: list[Claim]) -> None:
    """In a text naming a delegation (我市代表团, 威海代表团), the medals and team scores a place won (我市共收获55金,
    实力强大的兰州队收获112金: a verb of winning in the sentence before, lexicon/games_medal_words.tsv) are its
    delegation's, not the place's; the medals a games awarded in all (共产生了480块金牌) stay where they are."""
    if _DELEGATION not in text:
        return
    for claim in claims:
        if (
            claim.subject
            and claim.place_code is not None
            and not claim.subject.endswith(_DELEGATION)
            and (claim.unit in MEDALS or any(word in (claim.metric or "") for word in _medal_words()))
            and _winning_verb().search(text, claim.sentence_start, claim.start)
        ):
            claim.subject, claim.place_code = claim.subject + _DELEGATION, None


_DELEGATION = "代表团"


@cache
def _medal_words() -> tuple[str, ...]:
    return tuple(word for word, role in lexicon.rows("games_medal_words.tsv") if role == "medal")


@cache
def _winning_verb() -> re.Pattern[str]:
    return compile_pattern(
        lexicon.alternation([word for word, role in lexicon.rows("games_medal_words.tsv") if role == "win"])
    )


def _counts_it(claim: Claim, place: Place) -> bool:
    """The figure counts the body it would be given to (新建畜禽标准化养殖示范基地5个, 建成蔬菜种植基地12个): a body
    named only by what it is, and counted, is what the figure counts, not whom it is about."""
    return place.level == "organisation" and bool(claim.metric) and claim.metric.endswith(place.name)


def _without_a_groups_members(text: str, in_sentence: list[Resolved]) -> list[Resolved]:
    """The places and bodies listed in a clause before the group they make up left out (成都、泸州、德阳、宜宾“四大产区”
    共实现产量…; 五粮液泸州老窖、郎酒…“六朵金花”企业共完成…: places.find_named_groups): the figures after the group
    are the group's, no member's, and so is the sentence."""
    groups = [i for i in in_sentence if is_named_group(i.place)]
    if not groups:
        return in_sentence
    members: set[int] = set()
    for group in groups:
        clause_start = max(text.rfind(mark, 0, group.mention.start) for mark in "，,；;。\n") + 1
        # the members are listed after a word of acting together, whose lead is none (省公安厅会同…三大运营商)
        joint = [m.end() for m in _joint_action_words().finditer(text, clause_start, group.mention.start)]
        clause_start = joint[-1] if joint else clause_start
        if "、" not in text[clause_start : group.mention.start]:
            continue  # a group named alone in its clause, its members elsewhere or nowhere
        members.update(
            id(i) for i in in_sentence if clause_start <= i.mention.start and i.mention.end <= group.mention.start
        )
    return [i for i in in_sentence if id(i) not in members]


@cache
def _joint_action_words() -> re.Pattern[str]:
    return compile_pattern(lexicon.alternation(lexicon.word_list("joint_action_words.txt")))


def _places_counted_by(text: str, claim: Claim, in_sentence: list[Resolved]) -> set[Place]:
    """The places of a list of two items or more joined by 、/和/及 whose last item, a place, ends right where the
    claim, a count, starts (临沧、沧源、文山、泸沽湖、芒市5家机场, 昆明、曲靖、玉溪3个城市); an item inside the list
    may be a name that is no place. None for any other claim: a part's figure after another's (满洲里市1例已痊愈出院、
    牙克石市1例) follows one place only."""
    if claim.kind != "count" or claim.unit in DAY_UNITS:
        return set()  # 延安市、榆林市、汉中市27天: the days each of them had, no count of them
    by_end = {i.mention.end: i for i in in_sentence}
    item = by_end.get(claim.start)
    if item is None:
        return set()
    listed, items, start = [item], 1, item.mention.start
    while start > 0 and LIST_SEPARATOR.fullmatch(text, start - 1, start):
        before = by_end.get(start - 1)
        if before is not None:
            listed.append(before)
            start = before.mention.start
        else:
            # a name that is no place, or none this text knows (临沧 in another province's text), inside the list
            name = _NAME_BEFORE_A_JOIN.search(text, max(0, start - 1 - _LONGEST_LISTED_NAME), start - 1)
            if name is None or name.start() == 0 or not LIST_SEPARATOR.fullmatch(text, name.start() - 1, name.start()):
                break
            start = name.start()
        items += 1
    return {i.place for i in listed} if items > 1 else set()


def _bodies_listed_together(
    text: str, claim: Claim, in_sentence: list[Resolved], figure_ends: frozenset[int]
) -> set[Place]:
    """Bodies joined by 、/和/及 to another name before the figure (市立医院、市中医医院、市第三人民医院共接诊…;
    清明上河园、万岁山大宋武侠城、开封府景区…演艺达350场次: a name this text knows no body by may be one of them): what
    they did together is no one member's, the last no more than the first. Not before 分别 or 各, which give each its
    own; nor a body after another's figure (冬山河亲水公园六十五万九千人次、清水地热六十四万四千人次: the figure written
    in Chinese numerals is no name)."""
    bodies = [i for i in in_sentence if i.place.level == "organisation"]
    listed = [
        i
        for i in bodies
        if _listed_with_another(text, i, bodies)
        or (
            text[i.mention.start - 1 : i.mention.start] == _ENUMERATION_COMMA
            and i.mention.start - 1 not in figure_ends
            and _NAME_BEFORE_A_JOIN.search(
                text, max(0, i.mention.start - 1 - _LONGEST_LISTED_NAME), i.mention.start - 1
            )
            is not None
        )
    ]
    if not listed:
        return set()
    last_end = max(i.mention.end for i in listed)
    if _EACH_OWN.search(text, last_end, claim.start) or any(last_end <= i.mention.start for i in bodies):
        return set()  # 美的集团和小米集团都公布了…，不过美的集团却…套现: a body acting after the list has its figure
    return {i.place for i in listed}


_EACH_OWN = compile_pattern("分别|各")
_ENUMERATION_COMMA = "、"


_LONGEST_LISTED_NAME = 8
# a name in a list that is no place (泸沽湖 among the airports' cities)
_NAME_BEFORE_A_JOIN = compile_pattern(rf"[^\s\d，,。；;：:（）()“”\"、和及与]{{2,{_LONGEST_LISTED_NAME}}}$")


def _a_destination_before(text: str, start: int) -> bool:
    """A word of sending, going or selling to (送到, 销往: lexicon/place_qualifier_words.tsv) ends right before the
    figure: the figure counts where things go."""
    return _qualifier_word_before(text, start)


def _counted_division(text: str, claim_end: int) -> str | None:
    """The level of the divisions a count counts (3个村 -> village), from the noun right after it
    (lexicon/division_nouns.tsv), or None."""
    noun = counted_division_noun(text, claim_end)
    return division_noun_level(noun) if noun else None


def _no_higher(place: Place, counted: str | None) -> bool:
    """A division at or below the level of the divisions counted: no subject of the count (a village
    has no 3个村, a county no 12个县)."""
    if counted is None or place.level not in DIVISION_LEVELS:
        return False
    return DIVISION_LEVELS.index(place.level) >= DIVISION_LEVELS.index(counted)


def _a_listed_part(text: str, sentence_start: int, item: Resolved) -> bool:
    """ "其中：　　福州市1例（…）；　　厦门市2例（…）；…龙岩市2例（…）。": a sentence going on with a list, whose
    place is followed by its figure, is one part of the whole before it, not what the next sentences are about."""
    return continues_a_list(text, sentence_start) and _FIGURE_NEXT.match(text, item.mention.end) is not None


_FIGURE_NEXT = compile_pattern(r"[0-9０-９]")


def _in_an_example_frame(text: str, item: Resolved) -> bool:
    """The place or body is an example inside 以…为代表的 (lexicon/example_frame_heads.txt), of the group it
    qualifies."""
    opening = text.rfind(_EXAMPLES_OPEN, max(0, item.mention.start - _EXAMPLE_FRAME_REACH), item.mention.start)
    if opening < 0 or _CLAUSE_BREAK.search(text, opening, item.mention.start) is not None:
        return False
    return _example_frame_close().match(text, item.mention.end) is not None


_EXAMPLES_OPEN = "以"
_EXAMPLE_FRAME_REACH = 60  # characters: a list of a few long names


@cache
def _example_frame_close() -> re.Pattern[str]:
    heads = lexicon.alternation(lexicon.word_list("example_frame_heads.txt"))
    return compile_pattern(rf"[^，,。；;！？!?\n]{{0,{_EXAMPLE_FRAME_REACH}}}?为(?:{heads})")


def _noted_as_a_first(text: str, first: Resolved) -> bool:
    """The place opening the sentence is noted as the first or only one of a kind (齐齐哈尔市为报告首例确诊病例: 为 or
    成为 and a word of lexicon/first_of_a_kind_words.txt in its clause): a note in passing, no subject of the
    sentences after it."""
    return _first_of_a_kind_note().match(text, first.mention.end) is not None


@cache
def _first_of_a_kind_note() -> re.Pattern[str]:
    words = lexicon.alternation(lexicon.word_list("first_of_a_kind_words.txt"))
    return compile_pattern(rf"(?:为|是|成为)[^，,。；;！？!?\n]{{0,{_FIRST_NOTE_REACH}}}?(?:{words})")


_FIRST_NOTE_REACH = 8  # 为报告首例, 成为全省首个: the words between the verb and the note


def _in_a_case_story(text: str, sentence_start: int) -> bool:
    """The sentence tells one case's story: it opens, after a short frame of time or source at most (1月31日，;
    据了解，; 新增确诊患者情况：), on the case (该患者, 第70例患者, 一名患者, 林某: lexicon/case_story_referents.txt),
    or goes on with the story of the sentence before it, opening on a date or a word of sequence (3月9日晚，…; 随后…:
    lexicon/case_story_continuations.txt) within its paragraph. The places such a sentence names are where that
    person went, lived or was treated ("患者1月19日与家人自驾到湖北孝感旅游"; "在深圳湾口岸入境"), never what the
    sentences after it are about: the contacts traced next are the bulletin's."""
    start = sentence_start
    for _ in range(_STORY_REACH):
        if _case_opening().match(text, start) is not None:
            return True
        if _story_going_on().match(text, start) is None:
            return False
        end = start - 1
        while end > 0 and text[end - 1] in _BLANKS:
            end -= 1
        if end <= 0 or text[end - 1] == "\n":  # a story ends with its paragraph
            return False
        rfind = text.rfind
        reach = max(0, end - _SENTENCE_REACH)
        start = max(rfind(mark, reach, end - 1) for mark in _SENTENCE_ENDS) + 1
        start = max(start, reach)
    return False


_STORY_REACH = 8  # sentences back to the story's opening: a story told longer than this is left unread
_SENTENCE_REACH = 300  # characters back to the previous sentence's end
_SENTENCE_ENDS = ("。", "；", ";", "！", "？", "!", "?", "\n")
_BLANKS = " \u3000\t"


@cache
def _case_opening() -> re.Pattern[str]:
    referents = lexicon.alternation(lexicon.word_list("case_story_referents.txt"))
    frame = r"(?:[\s\u3000]*[^，,。；;：:\n]{1,10}[，,：:])?"  # a short opening clause: a date, 目前, 据了解
    ordinal = r"第[0-9０-９一二三四五六七八九十百零〇]+例"
    determiner = r"(?:该|此|这名|这位|一名|一位|另一名?|另一位)"
    named = r"[\u4e00-\u9fff]某{1,2}(?!些|种|地|项|个|处|市|县|区)"  # 林某, 罗某某: a person's name
    return compile_pattern(rf"{frame}[\s\u3000]*(?:{determiner}?(?:{ordinal})?(?:{referents})|{ordinal}|{named})")


@cache
def _story_going_on() -> re.Pattern[str]:
    words = lexicon.alternation(lexicon.word_list("case_story_continuations.txt"))
    date = r"(?:[0-9０-９一二三四五六七八九十]+[月日])"
    return compile_pattern(rf"[\s\u3000]*(?:{date}|{words})")


def _in_an_open_bracket(text: str, item: Resolved, balances: Balances) -> bool:
    """The place is named inside a bracket opened earlier in its period (疑似病例10例（…；通辽市科尔沁区1例；…）):
    a breakdown's part, split off as a sentence by its semicolon, is not what the sentences after it are about."""
    at = item.mention.start
    reach = max(0, at - _BRACKET_REACH)  # a bounded look back: this runs once a sentence
    # the last period end (。 line break ！ ？) before it, each looked for in turn: written out, a generator
    # over them cost more than the four searches
    rfind = text.rfind
    period_end = max(rfind("。", reach, at), rfind("\n", reach, at), rfind("！", reach, at), rfind("？", reach, at))
    return balances.balance(max(period_end + 1, reach), at) > 0


_BRACKET_REACH = 400  # characters back to look for the bracket: a breakdown longer than this is no note


def _the_next_part(text: str, sentence_start: int, item: Resolved, part_before: Resolved | None) -> bool:
    """ "其中，宁波港域完成15.6万人，同比下降22.4%；舟山港域完成17.5万人…": the sentence after a part singled out by
    其中, split off from it by a semicolon and opening on a place or body of the part's level, is the next part."""
    if part_before is None or item.place.level != part_before.place.level:
        return False
    if item.mention.start - sentence_start > _PART_OPENING_REACH:
        return False
    return text[:sentence_start].rstrip(_BLANKS).endswith(_PART_SEPARATORS)


_PART_OPENING_REACH = 2  # characters before the next part's name in its sentence (a blank, 而)
_PART_SEPARATORS = ("；", ";")


def _a_part(text: str, item: Resolved) -> bool:
    """The place is singled out of a whole by 其中 right before it: "各地都增补了药品，其中上海增补的
    种类最多" is Shanghai's figure, and what follows is the whole's again."""
    return _AFTER_QIZHONG.search(text, max(0, item.mention.start - 4), item.mention.start) is not None


_AFTER_QIZHONG = compile_pattern(r"其中[：:，,、\s]{0,3}$")


def _lists_parts(text: str, items: list[Resolved], balances: Balances) -> bool:
    """A sentence that names two or more places of one level as its subjects lists parts ("其中，广州市
    179例，深圳市245例"; "出院病例中，保定市2例、廊坊市1例": a place after a figure and 、 is the list's
    next item, not a place a verb governs): none of them is the subject of the sentences after it."""
    # a breakdown in brackets (新增死亡病例7例（湖北6例，山东1例）) lists the parts of one figure, not the sentence's
    # and a place joined by 、/和/及 to a listed one (北京、上海和广州三大城市…: the 、 and 和 that govern it as a
    # preposition's object elsewhere here join it to the list)
    listed: set[Place] = set()
    before: Resolved | None = None
    for i in items:
        joined = before is not None and LIST_SEPARATOR.fullmatch(text, before.mention.end, i.mention.start) is not None
        if (not i.governed or _after_a_figure(text, i.mention.start) or joined) and balances.balance(
            i.sentence_start, i.mention.start
        ) <= 0:
            listed.add(i.place)
            before = i
        else:
            before = None
    # two of one division level, by a set: a Counter built for each sentence cost more than the test
    levels: set[str] = set()
    for place in listed:
        if place.level in DIVISION_LEVELS:
            if place.level in levels:
                return True
            levels.add(place.level)
    return False


_FIGURE_AND_SEPARATOR = compile_pattern(r"[0-9０-９][^，,。；;、\s]{0,3}[、，,；;]\s?$")


def _after_a_figure(text: str, start: int) -> bool:
    return _FIGURE_AND_SEPARATOR.search(text, max(0, start - 8), start) is not None


class _Context(NamedTuple):
    """What the subject step works out once per document, for each claim's candidates."""

    text: str
    region: Place | None
    listed: dict[int, Place]
    resolved: list[Resolved]
    subjects: dict[int, list[tuple[int, Place]]]  # those that may carry
    every_subject: dict[int, list[tuple[int, Place]]]
    articles: list
    topics: dict[int, Place]
    named: Counter[tuple[int, str]]
    bodies: dict[int, Place]
    clause_breaks: Breaks  # the text's _CLAUSE_BREAK characters
    tolls: bool  # whether the text writes a cause word and a damage word anywhere (_may_count_a_toll)
    balances: Balances  # the text's bracket balances
    restated: dict[int, Place]  # sentence start -> the lead's subject, for a sentence opening with the lead's window
    base_levels: dict[int, Place]  # where a comparison base's bracketed level opens -> the base (全国平均水平(79岁))
    aimed_at: frozenset[int]  # where each verb of aiming ends (extract/aims.py)


def _candidates(
    context: _Context,
    index: int,
    claim: Claim,
    in_sentence: list[Resolved],
    previous: tuple[Claim, Place | None] | None,
    earlier: list[tuple[Claim, Place | None, str | None]],
    whole_before: tuple[Claim, Place | None] | None,
) -> Iterator[tuple[str, Place | None]]:
    """The places a claim's subject may be, most direct first, each with how it was found (BASES): the
    first that is not None is the subject. Lazy: the later ones are worked out only when needed."""
    text = context.text
    if claim.kind != "change":  # 高于全省平均增幅0.5个百分点: the difference from the base, the clause's own
        yield "clause", context.base_levels.get(claim.start)
    yield "clause", _described_place(context.resolved, claim, text)
    # …屯门医院的则下跌1.6%,至590人次: the level the change reached is of what changed
    yield "clause", _level_the_change_reached(text, claim, previous)
    yield "clause", _where_a_record_was_set(context.resolved, claim, text)
    if context.tolls and _a_toll(text, claim, context.clause_breaks):
        # an event's toll is the place's where it struck: a division named before it, not one of several listed
        # (造成成都、绵阳、…、阿坝6个市(州)21县(市)7.81万人受灾: the province's toll, not 阿坝's), else the region
        yield (
            "sentence",
            next(
                (
                    i.place
                    for i in reversed(in_sentence)
                    if i.place.level in DIVISION_LEVELS
                    and not _listed_with_another(text, i, in_sentence)
                    # 死亡13人,其中长宁县9人,珙县4人,受伤199人: a part with its own figure is no later toll's place
                    and not _another_part(text, i, claim, context.balances)
                ),
                None,
            ),
        )
        yield "region", context.region
        return
    yield "clause", _holder_of_a_stake(text, claim, in_sentence)
    yield "clause", _former_or_latter(text, claim, context.resolved)
    if _within_the_texts_borders(text, claim, in_sentence):
        yield "region", context.region  # 于丰城牛湾洲出境,境内河长79公里: within the text's own place
    yield "sentence", context.listed.get(index)
    yield "clause", _first_of_each(in_sentence, claim, text)
    yield "clause", _adjacent(in_sentence, claim, text)
    yield "clause", _own_list_item(in_sentence, claim, text)
    yield "clause", _in_clause(in_sentence, claim, context)
    yield "sentence", _ranked_next(text, claim, in_sentence)
    yield "carried", _referred_back(text, claim, in_sentence, previous)
    changed = _changed_figure(claim, previous)
    # the change of the figure before it is found as that one was
    yield (previous[0].subject_basis if previous is not None else None) or "sentence", changed
    yield "carried", _region_of_the_period(text, claim, in_sentence, previous)
    yield "carried", _actor_before_a_semicolon(text, claim, in_sentence, previous)
    topic, body = context.topics.get(claim.article_index), context.bodies.get(claim.article_index)
    # a part of a breakdown in brackets (29例（其中枣阳4例，…，高新区1例）) opens no other part's sentence
    opening_item = next(
        (
            i
            for i in in_sentence
            if not i.governed
            and not _another_part(text, i, claim, context.balances)
            and not _where_the_subject_lies(text, i)
        ),
        None,
    )
    opening = opening_item.place if opening_item is not None else None
    # 省法院院长…说,2015年全省法院共新收各类案件70.25万件,审执结73.08万件: who speaks opens the sentence, but the
    # figures said after the speech verb go on with the subject the one before found in its own clause
    yield "carried", _said_after_the_speaker(text, claim, previous, opening_item)
    # 鞍山市新增2例…,其中1例为重型病例: a part singled out by 其中 is of the whole before it, not of the sentence's
    # opening place (辽宁省…鞍山市新增2例)
    yield "sentence", _whole_of_the_part(text, claim, earlier, context.balances)
    if not any(not i.governed for i in in_sentence):  # 其中市中院受理2.8万件,办结2.4万件: the part's own place
        yield "carried", _whole_in_the_sentence_before(text, claim, whole_before)
    # …力争海南省去冬今春瓜菜种植面积稳定在300万亩左右,总产量497万吨: the place aimed for is the later clauses' too
    yield "sentence", _place_aimed_for(in_sentence, context.aimed_at, claim.sentence_start, claim.start)
    # in a story about one body, another body named in passing that opens the sentence (the firm whose man
    # paid a hospital head 10万元) is no subject of a figure in a later clause: the story's body is (a
    # division there keeps the sentence: about_the_body without a region leaves places alone); a body that acts
    # itself (理想汽车紧随其后，10月共交付新车10052辆: a rival in a carmaker's story) keeps its own figures
    of_the_story = (
        opening
        if opening_item is not None
        and opening_item.place.level == "organisation"
        and not _one_of_its_people(text, opening_item.mention.end)
        else about_the_body(opening, body, context.named, None)
    )
    yield ("topic" if of_the_story != opening else "sentence"), of_the_story
    yield "topic", context.restated.get(claim.sentence_start)
    yield "sentence", _quoted_speaker(context.resolved, claim, text)
    yield "carried", said_by(claim, context.every_subject.get(claim.article_index, []), context.articles, text)
    from_before = about_the_body(
        carried(
            claim,
            context.subjects.get(claim.article_index, []),
            context.articles,
            topic,
            context.named,
            text,
            context.every_subject.get(claim.article_index, []),
        ),
        body,
        context.named,
        context.region,
    )
    yield ("topic" if from_before in (topic, body) else "carried"), from_before
    # a setting of the sentence, but not one of places listed together (流经兰州、白银两市: the cities a river
    # crosses are no more its length's subject than one of them is)
    yield (
        "sentence",
        next(
            (
                i.place
                for i in in_sentence
                if not _another_part(text, i, claim, context.balances)
                and not _listed_with_another(text, i, in_sentence)
                and not _backing(text, i, context.clause_breaks)
                and not _where_the_subject_lies(text, i)
            ),
            None,
        ),
    )
    yield "topic", body
    yield "region", context.region


def _where_the_subject_lies(text: str, item: Resolved) -> bool:
    """The place follows a word saying where the subject lies (lexicon/located_in_words.txt), a few words of its own
    between at most, and is a region above the divisions (震区地处滇东北高原乌蒙山区) or describes the noun after its 的
    (记者从位于南昌市新建区的…保护区管理局获悉): it holds the subject, no setting of its figures. A division alone
    after one (小镇概况：位于怀化市洪江城区，…面积为6.5平方公里) is the nearest place the unnamed subject is of."""
    if item.place.level != _REGION and not text.startswith("的", item.mention.end):
        return False
    return _located_in().search(text, max(0, item.mention.start - _LOCATED_REACH), item.mention.start) is not None


_REGION = "region"


@cache
def _located_in() -> re.Pattern[str]:
    words = lexicon.alternation(lexicon.word_list("located_in_words.txt"))
    # no 的 between: 位于江夏区的雷神山医院 is the hospital, described by where it lies
    return compile_pattern(rf"(?:{words})(?:(?!的)[\u4e00-\u9fff]){{0,{_LOCATED_REACH - 2}}}$")


_LOCATED_REACH = 10


def _ranked_next(text: str, claim: Claim, in_sentence: list[Resolved]) -> Place | None:
    """The place ranked next in the clause before the figure's (以美国最多，占出口总额的21%，其次为日本，占出口总额的
    12%): the subject of the figure the sentence goes on to, where no other place stands between."""
    before = [item for item in in_sentence if item.mention.end <= claim.start]
    if not before:
        return None
    item = before[-1]
    if not text.endswith(_ranked_next_words(), claim.sentence_start, item.mention.start):
        return None
    return item.place if _RANKED_NEXT_GAP.fullmatch(text, item.mention.end, claim.start) else None


@cache
def _ranked_next_words() -> tuple[str, ...]:
    """The words naming the place ranked after the first (其次为, 次之是: lexicon/ranked_next_words.txt)."""
    return lexicon.word_list("ranked_next_words.txt")


# between the place ranked next and its figure: its clause's end, then the figure's clause with no figure of its own,
# or a short verb in the one clause (其次為嘉義縣減少7.84‰)
_RANKED_NEXT_GAP = compile_pattern(r"\s*[，,][^，,。；;！？!?\n]{0,20}?|[^，,。；;！？!?\n0-9０-９]{0,6}")


def _region_of_the_period(
    text: str, claim: Claim, in_sentence: list[Resolved], previous: tuple[Claim, Place | None] | None
) -> Place | None:
    """The country or region above the province (never carried from one sentence to the next) that the figure
    before took, for a figure after a semicolon of the same period naming no place before it: "京津冀及周边地区
    …优良天数比例为85.0%；PM2.5浓度为23微克/立方米" is the region's PM2.5 too."""
    if previous is None or in_sentence or previous[1] is None or previous[1].level not in _NOT_CARRIED:
        return None
    before = previous[0]
    if before.article_index != claim.article_index or before.sentence_start == claim.sentence_start:
        return None
    if before.subject_basis == "region" or _PERIOD_END.search(text, before.end, claim.start):
        return None
    return previous[1]


_PERIOD_END = compile_pattern(r"[。！？!?\n]")


def _actor_before_a_semicolon(
    text: str, claim: Claim, in_sentence: list[Resolved], previous: tuple[Claim, Place | None] | None
) -> Place | None:
    """ "子公司金赛药业实现收入18.43亿元，同比增长49.71%；实现净利润8.78亿元": a sentence after a semicolon that opens
    with a verb of achieving (metric_owner_verbs.txt) and names no one goes on telling what the one before did: the
    subject of that sentence's figure, found in its own words."""
    if previous is None or in_sentence or previous[1] is None or previous[0].article_index != claim.article_index:
        return None
    before = previous[0]
    if before.subject_basis not in ("clause", "sentence") or not text.startswith(_SEMICOLONS, claim.sentence_start - 1):
        return None
    return previous[1] if _owner_verb_opening().match(text, claim.sentence_start) else None


_SEMICOLONS = ("；", ";")


def _said_after_the_speaker(
    text: str, claim: Claim, previous: tuple[Claim, Place | None] | None, speaker: Resolved | None
) -> Place | None:
    """The subject of the figure before it in its sentence, found in that one's own clause, when both are said after a
    verb of saying that follows the sentence's opening body (…院长…说, …; lexicon/speech_verbs.txt)."""
    if speaker is None or previous is None or previous[1] is None:
        return None
    before = previous[0]
    if before.sentence_start != claim.sentence_start or before.subject_basis != "clause":
        return None
    said = _speech_then_pause().search(text, speaker.mention.end, before.start)
    return previous[1] if said is not None else None


def _whole_of_the_part(
    text: str, claim: Claim, earlier: list[tuple[Claim, Place | None, str | None]], balances: Balances
) -> Place | None:
    """The subject of the whole a figure is a part of: a figure after 其中 (邯郸市新建高标准农田20万亩，
    其中水浇地15万亩，旱地5万亩; 深圳市新增3例,其中2例为境外输入) is a part of the last figure before the 其中
    with no semicolon between, when that one's subject was named in its own clause."""
    opened = text.rfind(PARTS_OPENING, claim.sentence_start, claim.start)
    if opened < 0 or any(mark in text[opened : claim.start] for mark in _SEMICOLONS):
        return None
    # not a figure inside a bracket closed before the part (现有重症病例80例（其中危重24例）after 确诊病例1092例
    # （杭州市核减12例）: 24例 is a part of 80例, not of 12例), nor one deeper than the part
    depth = balances.balance(0, claim.start)
    whole = next(
        (
            item
            for item in reversed(earlier)
            if item[0].end <= opened
            and balances.balance(0, item[0].start) <= depth
            and (balances.closing_after(item[0].end) or claim.start) >= claim.start
        ),
        None,
    )
    if whole is None or whole[2] != "clause" or any(mark in text[whole[0].end : opened] for mark in _SEMICOLONS):
        return None
    return whole[1]


def _within_the_texts_borders(text: str, claim: Claim, in_sentence: list[Resolved]) -> bool:
    """境内河长65.6公里 after a river's course (修水发源于铜鼓县高桥乡,由南向北穿铜鼓县出境): a measure within the
    borders (境内) with no place named right before the word is the text's own place's, not of the places the river
    runs through; 铜鼓县境内 names its own."""
    within = text.rfind(_WITHIN_BORDERS, claim.sentence_start, claim.start)
    if within < 0 or claim.kind != "measure" or not (claim.metric or "").startswith(_WITHIN_BORDERS):
        return False  # 境内绿色信贷余额增长31.03% of a bank's results: its business at home, no length of its place
    clause_start = max(
        claim.sentence_start, max(text.rfind(mark, claim.sentence_start, within) for mark in "，,；;") + 1
    )
    return within == clause_start and not any(item.mention.end == within for item in in_sentence)


_WITHIN_BORDERS = "境内"


def _whole_of_a_sentence(
    text: str,
    figures: list[tuple[Claim, Place | None, str | None]],
    balances: Balances,
    before: tuple[Claim, Place | None] | None,
) -> tuple[Claim, Place | None] | None:
    """The last figure of a sentence outside brackets, with its subject: what a sentence opening with 其中 after it
    breaks down. None where they are of several places (新增确诊病例中，南京市8例、…、泰州市1例。其中，年龄最大的
    89岁: parts themselves, the whole is none of them) or it is each one's (各1例); the whole before where they are
    all in brackets (…(城厢区110亿元;涵江区95亿元)。: the part after a semicolon)."""
    outside = [(claim, place) for claim, place, _ in figures if balances.balance(0, claim.start) == 0]
    if not outside:
        return before
    last = outside[-1][0]
    if len({place for _, place in outside}) > 1 or _EACH.search(
        text, max(last.sentence_start, last.start - 2), last.start
    ):
        return None  # 深圳、珠海、湛江各1例。其中，男性1例、女性2例: each place's figure, no whole
    return outside[-1]


def _whole_in_the_sentence_before(text: str, claim: Claim, whole: tuple[Claim, Place | None] | None) -> Place | None:
    """我区共完成旅客运输量193.0865万人次…。其中县际以上班车完成旅客运输量38.82万人次: a sentence opening with 其中
    breaks down the last figure outside brackets of the sentence before it in its paragraph, whose subject it keeps
    (not the subject of the paragraph's opening sentence, 区交通运输部门紧紧围绕…目标, nor a bracketed part's)."""
    if whole is None or not text[claim.sentence_start : claim.start].lstrip().startswith(PARTS_OPENING):
        return None
    between = text[whole[0].end : claim.sentence_start]
    # the whole's sentence ended by a full stop (a semicolon parts its own sentence's whole: 宁波市进出口总额9000亿元；
    # 其中出口增长5% in a province's review), no other sentence between; or the part before, after 其中 too (其中县际
    # 以上班车…上涨1.3%;其中旅游客运…: a sibling)
    stops = len(_FULL_STOP.findall(between))
    sibling = stops == 0 and text[whole[0].sentence_start : whole[0].start].lstrip().startswith(PARTS_OPENING)
    return whole[1] if "\n" not in between and (stops == 1 or sibling) else None


_FULL_STOP = compile_pattern(r"[。！？!?]")


@cache
def _speech_then_pause() -> re.Pattern[str]:
    """A verb of saying and the pause after it (说, / 表示：)."""
    return compile_pattern(f"(?:{lexicon.alternation(lexicon.word_list('speech_verbs.txt'))})[，,：:]")


@cache
def _owner_verb_opening() -> re.Pattern[str]:
    return compile_pattern(rf"\s*(?:{lexicon.alternation(lexicon.word_list('metric_owner_verbs.txt'))})")


def _former_or_latter(text: str, claim: Claim, resolved: list[Resolved]) -> Place | None:
    """ "吉利汽车目前持有上海英伦帝华51%的股份，后者今年上半年共出售490辆…，亏损额为1700万元": a clause of the
    sentence opening with 后者 (the latter) or 前者 (the former), no place or body named after it before the figure,
    is about the last of the two named before it, or the first."""
    head = text[claim.sentence_start : claim.start]
    mark = _FORMER_OR_LATTER.search(head)
    if mark is None:
        return None
    at = claim.sentence_start + mark.start("mark")
    if any(at < i.mention.start < claim.start for i in resolved):
        return None
    since = _sentence_before(text, at)
    named: list[Place] = []  # in the order last named
    for item in (i for i in resolved if i.mention.end <= at and i.sentence_start >= since):
        if item.place in named:
            named.remove(item.place)
        named.append(item.place)
    if len(named) < _TWO_NAMED:
        return None
    return named[POINTERS[mark["mark"]] - _TWO_NAMED]  # 前者 the first of the last two, 后者 the second


def _holder_of_a_stake(text: str, claim: Claim, in_sentence: list[Resolved]) -> Place | None:
    """ "吉利汽车目前持有上海英伦帝华51%的股份": a stake held in a body is the holder's (the body named before 持有),
    not the body's it is held in, which stands right before the figure."""
    if claim.unit != "%" or _STAKE_AFTER.match(text, claim.end) is None:
        return None
    verb = text.rfind(_HOLDS, claim.sentence_start, claim.start)
    if verb < 0:
        return None
    holder = next((i for i in reversed(in_sentence) if i.mention.end <= verb), None)
    if holder is None or _HOLDER_TO_VERB.fullmatch(text, holder.mention.end, verb) is None:
        return None
    return holder.place


_HOLDS = "持有"
_STAKE_AFTER = compile_pattern(r"的?(?:股份|股权|权益)")
# what may stand between the holder's name and 持有: a time or an adverb (目前, 现, 共, 合计, 直接)
_HOLDER_TO_VERB = compile_pattern(r"[^，,。；;]{0,6}")


_FULL_STOPS = "。！？!?\n"
# 后者/前者 opening a clause, and no full stop between it and the figure
_FORMER_OR_LATTER = compile_pattern(
    rf"(?:^|[，,；;：:])\s*(?P<mark>{lexicon.alternation(list(POINTERS))})[^{_FULL_STOPS}]*$"
)
_TWO_NAMED = 2


def _sentence_before(text: str, at: int) -> int:
    """Where the sentence before the one holding `at` starts (the two bodies may be named there)."""
    end = max(text.rfind(mark, 0, at) for mark in _FULL_STOPS)
    return max(text.rfind(mark, 0, end) for mark in _FULL_STOPS) + 1 if end > 0 else 0


def _referred_back(
    text: str, claim: Claim, in_sentence: list[Resolved], previous: tuple[Claim, Place | None] | None
) -> Place | None:
    """The place of the figure before, for a figure its sentence names only by a word pointing back at that
    figure (而过去4日这一数据分别为：890例、…: the same measure of the same place), with no place of its own."""
    if previous is None or in_sentence or previous[0].article_index != claim.article_index:
        return None
    return previous[1] if refers_back(text, claim.sentence_start, claim.start) else None


def _listed_with_another(text: str, item: Resolved, in_sentence: list[Resolved]) -> bool:
    """The place is joined by 、/和/及 to another of its sentence named right before or after it (兰州、白银)."""
    return any(
        LIST_SEPARATOR.fullmatch(text, other.mention.end, item.mention.start) is not None
        or LIST_SEPARATOR.fullmatch(text, item.mention.end, other.mention.start) is not None
        for other in in_sentence
        if other is not item
    )


def _another_part(text: str, item: Resolved, claim: Claim, balances: Balances) -> bool:
    """The place is another part's of a breakdown, with a part's separator between it and the figure:
    named inside a bracket opened in its sentence (（枣阳4例，…，高新区1例）: 高新区's 1例 is not 枣阳's; in
    （厦门市报告1例、泉州市报告2例） each figure keeps its own place), or a list's part with its own figure right
    after it (东城区3例、…、外地来京人员24例: the last is 北京市's, not 东城区's)."""
    if _LIST_PART_END.search(text, item.mention.end, claim.start) is None:
        return False
    if _FIGURE_NEXT.search(text, item.mention.end, claim.start) is None:
        return False  # 浙江、山东、陕西各2例: places listed before one figure are its own
    own_figure = _OWN_FIGURE.match(text, item.mention.end)
    if own_figure is None:
        return balances.balance(item.sentence_start, item.mention.start) > 0
    # 香港特别行政区93例（出院26例，死亡2例）: a figure in the place's own note is the place's
    return not own_figure.group("note") or not still_open(text, own_figure.end() - 1, claim.start)


_LIST_PART_END = compile_pattern(r"[，,；;、：:]")
# a place's own figure right after it, ending its list part (东城区3例、) or opening its note (93例（…）); a
# date after a place (湖北省2019年，) is none, nor a count of its divisions (榆林市26个县(区)中…): their kinds in
# brackets are no note
_OWN_FIGURE = compile_pattern(
    r"(?:地区)?[0-9０-９.]+[^\s，,、；;（(）)0-9０-９年月日号时点]{0,3}"
    rf"(?:[、，,；;]|(?!{DIVISION_ALTERNATIVES})(?P<note>[（(]))"
)


def _a_toll(text: str, claim: Claim, clause_breaks: Breaks) -> bool:
    """The figure counts people or homes an event struck: a damage word in its clause and a cause word
    before it in its sentence (lexicon/caused_damage_words.tsv: "造成22人丧生，523户房屋全倒")."""
    cause, damage = _toll_words()
    clause_start = clause_breaks.after_last(claim.sentence_start, claim.start)
    clause_end = _CLAUSE_BREAK.search(text, claim.end)
    end = clause_end.start() if clause_end else len(text)
    return (
        damage.search(text, clause_start, end) is not None
        and cause.search(text, claim.sentence_start, claim.start) is not None
    )


def _may_count_a_toll(text: str) -> bool:
    """Whether the text writes a cause word and a damage word at all: most texts tell of no event, and
    then no figure's clause and sentence hold them (the words are literals: one found in a stretch is
    found in the whole text), so _a_toll is not asked of each figure."""
    cause, damage = _toll_words()
    return damage.search(text) is not None and cause.search(text) is not None


@cache
def _toll_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The cause words and the damage words, each as one pattern."""
    table = lexicon.word_table("caused_damage_words.tsv")
    cause = lexicon.alternation([word for word, role in table.items() if role == "cause"])
    damage = lexicon.alternation([word for word, role in table.items() if role == "damage"])
    return compile_pattern(cause), compile_pattern(damage)


def _listed_subjects(text: str, claims: list[Claim], by_sentence: dict[int, list[Resolved]]) -> dict[int, Place]:
    """Claim index -> place, for places listed before 分别 and as many figures listed after it, in
    order: "江苏省、浙江省分别实现地区生产总值9.6万亿元和6.1万亿元", "山东省和河南省粮食产量分别为
    1100亿斤、1330亿斤，同比分别增长1.2%、0.8%" (each list of figures after the places)."""
    out: dict[int, Place] = {}
    lists = _with_unknown_items(
        text,
        [
            (places[0].sentence_start, places[0].mention.start, places[-1].mention.end, [item.place for item in places])
            for places in _place_lists(text, by_sentence, least=1)
            if not _partners_governed(text, places[0])
        ],
    )
    for sentence_start, list_end, listed in lists + _company_lists(claims):
        respectively = text.find(_RESPECTIVELY, list_end)
        if respectively < 0:
            continue
        for figures in _figure_lists(text, claims, sentence_start):
            if len(figures) == len(listed) and claims[figures[0]].start > respectively:
                out.update(zip(figures, listed, strict=True))
    return out


def _partners_governed(text: str, first: Resolved) -> bool:
    """A list whose first place a verb or preposition governs (对印度、沙特阿拉伯分别进出口153.9亿元、80.6亿元: the
    trade partners), not a list separator the list was split at (…杨凌区、延安…): its figures are not the places'
    own."""
    if not first.governed:
        return False
    before = text[first.sentence_start : first.mention.start].rstrip('“"‘ ')
    return _ENDS_WITH_A_SEPARATOR.search(before) is None


_ENDS_WITH_A_SEPARATOR = compile_pattern(rf"(?:{LIST_SEPARATOR.pattern})$")


def _with_unknown_items(
    text: str, lists: list[tuple[int, int, int, list[Place]]]
) -> list[tuple[int, int, list[Place]]]:
    """(sentence start, where the list ends, its places) of lists of places joined again across one name the
    gazetteer does not hold, written between them as a division (…西安市、杨凌区、延安…: the 杨凌 demonstration zone):
    a respective list counts it as an item, or its figures would go to the wrong places."""
    merged: list[tuple[int, int, int, list[Place]]] = []
    for sentence_start, start, end, places in sorted(lists, key=lambda item: item[1]):
        if merged and merged[-1][0] == sentence_start:
            gap = _UNKNOWN_ITEM.fullmatch(text, merged[-1][2], start)
            if gap is not None:
                name = gap["name"]
                unknown = Place(name, _UNKNOWN_ITEM_LEVELS.get(name[-1], "county"))
                merged[-1] = (sentence_start, merged[-1][1], end, [*merged[-1][3], unknown, *places])
                continue
        merged.append((sentence_start, start, end, places))
    return [(sentence_start, end, places) for sentence_start, _, end, places in merged if len(places) > 1]


def _joint_subjects(text: str, claims: list[Claim], by_sentence: dict[int, list[Resolved]]) -> dict[int, Place]:
    """Claim index -> the places of a list together, for the figures after it in its sentence when a count of
    them or a word of their total follows the list ("北京、上海和广州三大城市机场货邮吞吐量占全国的42.7%",
    "广东、江苏两省合计…"): the figure is the group's, and the first or last place named alone would be read as
    having it all. The subject names every place, joined by 、 (北京市、上海市、广州市), as the guideline's gold
    names a group of companies with one figure. A figure after 分别, 各 or 均 is each place's, and one after
    another place the sentence later names as a subject is that place's; the count of the places itself is not the
    group's. A sum (合计) of places of one division is that division's (_summed_places)."""
    out: dict[int, Place] = {}
    for places in _place_lists(text, by_sentence):
        if places[0].governed:
            continue  # 与美国、日本两国: the places a preposition governs are no subject
        end = places[-1].mention.end
        together = _TOGETHER.match(text, end)
        if together is None or (together["count"] and _count_of(together["count"]) != len(places)):
            continue
        sentence_start = places[0].sentence_start
        # a place a verb or preposition governs (占全国的30.1%) takes no figure from the group
        later = [i.mention.start for i in by_sentence[sentence_start] if i.mention.start >= end and not i.governed]
        limit = min(later, default=len(text))
        names = list(dict.fromkeys(item.place.name for item in places))
        if len(names) < 2:
            continue
        group = Place(_JOINT.join(names), "region")  # above any one division, with no code and never carried
        for index, claim in enumerate(claims):
            # the count of the places itself (新增河北、辽宁4个省) is of the whole they are counted in
            if claim.sentence_start != sentence_start or not end < claim.start < limit:
                continue
            if _EACH.search(text, end, claim.start) is None:
                out[index] = group
    return out


def _summed_places(text: str, claims: list[Claim], by_sentence: dict[int, list[Resolved]]) -> dict[int, Place]:
    """Claim index -> the division holding the places summed, for a figure whose clause sums them (合计, 共计) and
    names no one place of its own before that word: the places it lists (成都、绵阳、德阳3市合计接待游客…), else
    those its sentence names before the clause ("前五位是:合肥(142.5亿元)、…、马鞍山(30.7亿元)5市,合计成交额
    289.8亿元"), or as many as the clause counts, named last before it
    ("鄂尔多斯市原煤产量6.52亿吨；锡林郭勒盟…1.07亿吨，两个盟市原煤产量合计占全区的79.9%"). The total is of a group
    within the division, which the annotators of such reports name (安徽省, 内蒙古自治区), not of the last place
    named; places of no one division keep their joint subject (_joint_subjects)."""
    out: dict[int, Place] = {}
    every = sorted((i for items in by_sentence.values() for i in items), key=lambda i: i.mention.start)
    starts = [i.mention.start for i in every]
    total: tuple[int, Place] | None = None  # the sentence of the last total of places, and their division
    for index, claim in enumerate(claims):
        if total is not None and total[0] != claim.sentence_start:
            total = None
        if total is None and _SUM_WORD.search(text, claim.sentence_start, claim.start) is None:
            continue  # most figures: no total of places to read, and nothing walked (a feed of short lines)
        breaks = _SUM_CLAUSE_BREAK.finditer(text, claim.sentence_start, claim.start)
        clause_start = max((m.end() for m in breaks), default=claim.sentence_start)
        summed = _SUM_WORD.search(text, clause_start, claim.start)
        cut = bisect_right(starts, (summed.start() if summed else claim.start) - 1)
        in_clause_items = every[bisect_left(starts, clause_start) : cut]
        in_clause = list(dict.fromkeys(i.place for i in in_clause_items))
        if summed is None:
            if any(not i.governed for i in in_clause_items):
                total = None
            elif total is not None:
                out[index] = total[1]  # 合计成交额31.4亿元,仅占全省的7.3%: the total's share, of the same group
            continue
        if len(in_clause) == 1 or _EACH.search(text, clause_start, claim.start) is not None:
            total = None  # 鄂尔多斯市原煤产量合计6.52亿吨: the place's own total
            continue
        counted = _PLACES_COUNTED.search(text, clause_start, summed.start())
        if in_clause:
            places = in_clause  # 成都、绵阳、德阳3市合计接待游客…
        elif counted is not None:
            wanted = _count_of(counted["count"]) or 0
            places = []
            for item in reversed(every[:cut]):
                if item.article != claim.article_index or len(places) == wanted:
                    break
                if item.place not in places:
                    places.append(item.place)
            places = places if len(places) == wanted else []
        else:
            first = bisect_left(starts, claim.sentence_start)
            places = list(dict.fromkeys(i.place for i in every[first:cut] if i.sentence_start == claim.sentence_start))
        parents = {place.parent for place in places}
        if len(places) < 2 or len(parents) != 1 or any(p.level not in ("city", "county") for p in places):
            continue
        holder = gazetteer().by_code.get(parents.pop() or "")
        if holder is not None:
            out[index] = holder
            total = (claim.sentence_start, holder)
    return out


# the words of a total (合计, 共计): after a list of places (_joint_subjects), in a clause summing them (_summed_places)
_SUM_WORDS = r"合计|共计|总计|合共"
_SUM_WORD = compile_pattern(_SUM_WORDS)
_SUM_CLAUSE_BREAK = compile_pattern(r"[，,；;：:]")
# a count of the places summed, in the summing clause (两个盟市, 三市, 5个县区)
_PLACES_COUNTED = compile_pattern(
    r"(?P<count>[0-9０-９]+|[一二两三四五六七八九十]+)(?:大|个|座)?(?:盟市|市州|城市|地市|县区|县市|市|州|地|县|区)"
)


def _count_of(written: str) -> int | None:
    """The number a count after a list writes (三, 两, 3), or None when it is no number."""
    try:
        return int(parse_chinese_number(written))
    except ValueError:
        return None


_JOINT = "、"
# right after a list of places: how many they are (三大城市, 两省, 3市, 三地) or a word of their total (合计)
_TOGETHER = compile_pattern(
    r"(?:(?P<count>[0-9０-９]+|[一二两三四五六七八九十]+)(?:大|个|座)?(?:城市|省区市|省市|地市|市|省|地|区|县|国|家)"
    rf"|(?:{_SUM_WORDS}))"
)
# what makes the figures after a list each place's own (均 of 人均 and 平均 is an average, not "each")
_EACH = compile_pattern(r"分别|各|(?<![人平])均")


def _company_lists(claims: list[Claim]) -> list[tuple[int, int, list[Place]]]:
    """Companies named without a suffix, known to be companies because a count of as many companies closes their
    list ("四川路桥、通威股份和东方电气3家公司的营业收入分别达到…", "恒达、鑫源和宏泰3家企业分别完成产值…"):
    (sentence start, where the list ends, the companies), for the figures listed after 分别. The list opens its clause
    (after 其中 and the like); a name is two to six characters, and the count must match the names."""
    out: list[tuple[int, int, list[Place]]] = []
    by_start = {claim.start: claim for claim in claims}
    sentences = {claim.sentence_start: claim.sentence for claim in claims if _RESPECTIVELY in claim.sentence}
    for sentence_start, sentence in sentences.items():
        for clause in _CLAUSE_STARTS.finditer(sentence):
            opener = _CLAUSE_OPENER.match(sentence, clause.end())
            match = _COMPANY_LIST.match(sentence, opener.end() if opener else clause.end())
            if match is None:
                continue
            names = LIST_SEPARATOR.split(match.group("names"))
            count = by_start.get(sentence_start + match.start("count"))
            if count is not None and count.value == len(names):
                places = [Place(name, "organisation") for name in names]
                out.append((sentence_start, sentence_start + match.end("names"), places))
    return out


_CLAUSE_STARTS = compile_pattern(r"^|[，,；;：:]")
_COMPANY_NAME = r"[\u4e00-\u9fffA-Za-z]{2,6}"
# the list of names, then the count of companies (3家公司, 4家企业, 5家上市公司)
_COMPANY_LIST = compile_pattern(
    rf"(?P<names>{_COMPANY_NAME}(?:(?:{LIST_SEPARATOR.pattern}){_COMPANY_NAME})+)"
    r"(?P<count>[0-9０-９]+|[一二三四五六七八九十两]+)家(?:上市)?(?:公司|企业)"
)


def _place_lists(text: str, by_sentence: dict[int, list[Resolved]], least: int = 2) -> list[list[Resolved]]:
    """Runs of `least` or more places or organisations of a sentence joined by 、/和/及, each maybe with its own
    figure in brackets (平湖市(6.8%)、秀洲区(6.2%)…，分别回升0.7个、1.2个…百分点)."""
    runs: list[list[Resolved]] = []
    for all_items in by_sentence.values():
        items = _without_names_in_brackets_after(text, all_items)
        for run in _joined_runs(text, [(i.mention.start, i.mention.end) for i in items], _BRACKETED_THEN_SEPARATOR):
            if len(run) >= least:
                runs.append([items[k] for k in run])
    return runs


def _without_names_in_brackets_after(text: str, items: list[Resolved]) -> list[Resolved]:
    """The items less a name inside a bracket right after the item before (威海市商业银行(下称“威海银行”)、日照银行: the
    short name it is called by, no item of the list)."""
    out: list[Resolved] = []
    for item in items:
        bracket = _SHORT_BRACKET.match(text, out[-1].mention.end) if out else None
        if bracket is not None and item.mention.end <= bracket.end():
            continue
        out.append(item)
    return out


_SHORT_BRACKET = compile_pattern(SHORT_BRACKETED)


def _figure_lists(text: str, claims: list[Claim], sentence_start: int) -> list[list[int]]:
    """The indices of a sentence's claims, in runs of figures joined by 、/和/及 (6.5万亿元、4.2万亿元)."""
    indices = [index for index, claim in enumerate(claims) if claim.sentence_start == sentence_start]
    runs = _joined_runs(text, [(claims[k].start, claims[k].end) for k in indices])
    return [[indices[k] for k in run] for run in runs]


# a list separator with the spaces a copied text leaves around it (17.9%、7.6% 、16.8%)
_SPACED_SEPARATOR = compile_pattern(rf"\s*(?:{LIST_SEPARATOR.pattern})\s*")
# and after a listed place's own figure in brackets (平湖市(6.8%)、秀洲区)
_BRACKETED_THEN_SEPARATOR = compile_pattern(rf"\s*(?:{SHORT_BRACKETED})?\s*(?:{LIST_SEPARATOR.pattern})\s*")
# one list item between two runs of places, a name ending like a division's, and the separators around it
_UNKNOWN_ITEM = compile_pattern(
    rf"{_SPACED_SEPARATOR.pattern}(?P<name>[\u4e00-\u9fff]{{1,5}}[区县市旗州]){_SPACED_SEPARATOR.pattern}"
)
_UNKNOWN_ITEM_LEVELS = {"市": "city", "州": "city"}


def _joined_runs(
    text: str, spans: list[tuple[int, int]], joiner: re.Pattern[str] = _SPACED_SEPARATOR
) -> list[list[int]]:
    """Positions in `spans` (in text order), in runs where only 、/和/及 (the joiner) stands between neighbours."""
    runs: list[list[int]] = []
    for k, (start, _) in enumerate(spans):
        if runs and joiner.fullmatch(text, spans[runs[-1][-1]][1], start):
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


def _described_place(resolved: list[Resolved], claim: Claim, text: str) -> Place | None:
    """A figure that with 的 describes the place right after it is that place's: "位于尾矿库下游约5公里的
    双合村", "面积146平方公里的坪坦乡"."""
    if not text.startswith("的", claim.end):
        return None
    at = bisect_right(resolved, claim.end, key=lambda item: item.mention.start)
    after = resolved[at] if at < len(resolved) else None
    if after is None or after.mention.start != claim.end + 1 or after.place.level not in DIVISION_LEVELS:
        return None
    return after.place


def _where_a_record_was_set(resolved: list[Resolved], claim: Claim, text: str) -> Place | None:
    """A record (最大风力, 最高气温, 最大小时雨量) with a note right after it naming where it was taken is that place's:
    "最大风力34.8米/秒(12级,南通市如东栟茶镇杨堡村,27日15时49分)" is the village's, the weather station's; the
    deepest place the note names."""
    note = _NOTE_AFTER.match(text, claim.end)
    if note is None or _superlatives().search(text, _clause_opening(text, claim.start), claim.start) is None:
        return None
    first = bisect_right(resolved, note.start(), key=lambda item: item.mention.start)
    last = bisect_right(resolved, note.end(), key=lambda item: item.mention.start)
    inside = [item for item in resolved[first:last] if item.mention.end <= note.end()]
    if not inside:
        return None
    return max(inside, key=lambda item: (item.mention.end, -item.mention.start)).place


# a note in brackets right after a figure
_NOTE_AFTER = compile_pattern(r"\s*[（(][^（()）\n]{2,40}[）)]")
_RECORD_REACH = 16


@cache
def _superlatives() -> re.Pattern[str]:
    """The record words that make the figure after them a record of its kind (最大, 最高, 极端: the superlatives of
    lexicon/record_words.txt), not a first time (首次)."""
    words = [w for w in lexicon.word_list("record_words.txt") if w.startswith(_SUPERLATIVE_OPENINGS)]
    return compile_pattern(lexicon.alternation(words))


_SUPERLATIVE_OPENINGS = ("最", "极端")


def _clause_opening(text: str, at: int) -> int:
    """Where the clause holding `at` opens, no further back than _RECORD_REACH."""
    start = max(0, at - _RECORD_REACH)
    return max((m.end() for m in _CLAUSE_BREAK.finditer(text, start, at)), default=start)


def _changed_figure(claim: Claim, previous: tuple[Claim, Place | None] | None) -> Place | None:
    """ "河南省新设外资企业526家，同比增长31.7%": a change in a clause of its own is the change of the
    figure before it in the sentence, and about the same place."""
    if previous is None or claim.kind != "change" or previous[0].sentence_start != claim.sentence_start:
        return None
    return previous[1]


def _level_the_change_reached(text: str, claim: Claim, previous: tuple[Claim, Place | None] | None) -> Place | None:
    """ "屯门医院的则下跌1.6%,至590人次": a figure in a clause of 至 (到, 降至, 升至…) right after a change whose own
    clause named its subject is the level that one reached, of the same place or body (not of a list the sentence
    opened with)."""
    if previous is None or previous[1] is None or previous[0].sentence_start != claim.sentence_start:
        return None
    before = previous[0]
    if before.kind != "change" or before.subject_basis != "clause":
        return None
    return previous[1] if _change_reached().fullmatch(text, before.end, claim.start) else None


@cache
def _change_reached() -> re.Pattern[str]:
    """The pause and the word of reaching between a change and its level (lexicon/change_reached_words.txt)."""
    return compile_pattern(rf"[，,]\s*(?:{lexicon.alternation(lexicon.word_list('change_reached_words.txt'))})")


def _quoted_speaker(resolved: list[Resolved], claim: Claim, text: str) -> Place | None:
    """The body of the official who says a quotation the figure is in, named right after it: "“…年
    产值能达到2000万元。”牛楼村创业车间生产负责人王小琴说" is the 牛楼村 workshop's figure."""
    closing = text.find("”", claim.end, claim.end + 200)
    if closing < 0 or "“" in text[claim.end : closing]:
        return None
    at = bisect_right(resolved, closing, key=lambda item: item.mention.start)
    speaker = resolved[at] if at < len(resolved) else None
    if speaker is None or text[closing + 1 : speaker.mention.start].strip("。，, "):
        return None
    # the official may go unnamed: "“…亩收入可达7500元以上。”俊敏莲藕合作社负责人说" is the co-operative's
    official = _speaking("official_titles.txt", 12, shortest_name=0)
    return speaker.place if official.match(text, speaker.mention.end) else None


@cache
def _speaking(titles_file: str, reach: int, shortest_name: int = 1) -> re.Pattern[str]:
    """After a place or body: within `reach` characters of its clause (its own units, 医药物流研究中心), a
    title of `titles_file`, a name of `shortest_name` to 4 characters and a verb of saying (…研究员李宪法介绍)."""
    titles = lexicon.alternation(lexicon.word_list(titles_file))
    verbs = lexicon.alternation(lexicon.word_list("speech_verbs.txt"))
    name = f"[\u4e00-\u9fff·]{{{shortest_name},4}}?"
    return compile_pattern(f'[^，,。；;：:“”"\n]{{0,{reach}}}?(?:{titles}){name}(?:{verbs})')


def _adjacent(in_sentence: list[Resolved], claim: Claim, text: str) -> Place | None:
    if not in_sentence:
        return None
    last = max(in_sentence, key=lambda i: i.mention.end)
    if last.governed and (text.startswith("的", last.mention.end) or text.endswith(_SHARE_OF, 0, last.mention.start)):
        return None  # 占全国的36.5%, 占全国90.2%: the whole a share is of, not what the share is about
    if _adjacent_gap().fullmatch(text, last.mention.end, claim.start):
        return last.place
    return None


def _own_list_item(in_sentence: list[Resolved], claim: Claim, text: str) -> Place | None:
    """ "出院病例8例为黑龙江省传染病防治院治愈患者2例、哈尔滨市传染病医院治愈患者4例": a list item opening with a place
    or body, then a short noun of what it counts and its figure, is that place's or body's, whatever the items
    before."""
    if not in_sentence:
        return None
    last = max(in_sentence, key=lambda i: i.mention.end)
    if _ITEM_OPENING.search(text, max(0, last.chain_start - _ITEM_MARK_REACH), last.chain_start) is None:
        return None
    return last.place if _ITEM_NOUN.fullmatch(text, last.mention.end, claim.start) is not None else None


_ITEM_MARK_REACH = 6  # 2例、, 为, 其中：
# what opens a list item right before its place: the mark after the item before it, which ends on its own figure (not
# places listed before one figure: 温州、舟山、台州、杭州陆续发现5例), or the link or 其中 the list opens with
_ITEM_OPENING = compile_pattern(r"(?:[0-9０-９][^0-9０-９、，,。；;]{0,3}、|为|其中[：:]?|[：:])\s*$")
# the short noun of what the item counts between its place and its figure: no figure, no mark of a clause or item,
# and no 各 or 分别 (潍坊、日照市各首次报告1例: each of the places listed)
_ITEM_NOUN = compile_pattern(r"(?:(?!各|分别)[^0-9０-９、，,。；;：:（()）]){1,8}")


# 占 right before a place: the place is the whole of a share (占全国90.2%)
_SHARE_OF = ("占", "占了")


def _first_of_each(in_sentence: list[Resolved], claim: Claim, text: str) -> Place | None:
    """ "烟台市2例（莱山区、芝罘区各1例）", "曹县、单县各2处": places joined by 、/和 right before 各 and a figure have
    that figure each, and the figure is said of the list's first place, a true claim of each — neither the place the
    bracket belongs to (烟台市) nor the whole the sentence began with (山东省), which have more."""
    if not in_sentence:
        return None
    run = [max(in_sentence, key=lambda i: i.mention.end)]
    if not _EACH_BEFORE_FIGURE.fullmatch(text, run[0].mention.end, claim.start):
        return None
    for item in sorted(in_sentence, key=lambda i: i.mention.end, reverse=True):
        if LIST_SEPARATOR.fullmatch(text, item.mention.end, run[-1].mention.start):
            run.append(item)
    return run[-1].place if len(run) > 1 else None


_EACH_BEFORE_FIGURE = compile_pattern(r"\s?各\s?")


def _place_aimed_for(in_sentence: list[Resolved], aimed_at: frozenset[int], start: int, end: int) -> Place | None:
    """A place right after a verb of aiming (where one ends: `aimed_at`) in text[start:end] (省农业农村厅将力争海南省…
    种植面积稳定在300万亩左右: 海南省, lexicon/aiming_verbs.txt): the place that is to reach the target, not the body
    that aims."""
    if not aimed_at:
        return None
    return next((i.place for i in in_sentence if start < i.mention.start <= end and i.mention.start in aimed_at), None)


def _in_clause(in_sentence: list[Resolved], claim: Claim, context: _Context, end: int | None = None) -> Place | None:
    """The place that opens the figure's own clause: in "四川省实际使用外资86.2亿美元，河南省新设外资
    企业526家" each clause names its own. Only at the opening: further in, a place is more often
    what the subject acts on or is compared with ("像某公司这样的工厂"); and not when it opens another
    part of a list (其中东城区3例、…、外地来京人员24例). `end`: where the clause is read up to, the figure
    unless a note's clause is read as the clause its bracket opened in."""
    text = context.text
    at = claim.start if end is None else end
    clause_start = context.clause_breaks.after_last(claim.sentence_start, at)
    bracket = last_open(text[clause_start:at])
    if bracket is not None:
        # 391例（赣州市核减1例）: a division opening the bracket a figure is in is that figure's; none, or a country
        # (广州5例（英国、菲律宾各输入2例）: where the cases came from), leaves the clause the bracket is in
        inner = _clause_opener(in_sentence, claim, context, clause_start + bracket + 1)
        if inner is not None and inner.level != "country":
            return inner
    # "温州市应转移20.02万人、台州市应转移11.84万人": after a figure and 、 a listed item opens with its own division,
    # which the verb before the figure does not govern
    # read from the sentence's start (at most _ITEM_REACH back) where the clause opens inside a note's bracket, whose
    # clause breaks split the note (玉溪市14例（治愈出院3例，死亡1例）曲靖市13例…)
    in_a_note = context.balances.balance(claim.sentence_start, clause_start) > 0
    from_ = max(claim.sentence_start, clause_start - _ITEM_REACH) if in_a_note else clause_start
    marks = _FIGURE_THEN_LIST_MARK.finditer(text, from_, at)
    item_start = max((m.end() for m in marks if m.end() > clause_start), default=None)
    if item_start is not None:
        item = next(
            (
                i
                for i in in_sentence
                if i.chain_start == item_start
                and i.place.level in DIVISION_LEVELS
                and not _another_part(text, i, claim, context.balances)
            ),
            None,
        )
        if item is not None:
            return item.place
    aimed = _place_aimed_for(in_sentence, context.aimed_at, clause_start, at)
    if aimed is not None:
        return aimed
    opener = _clause_opener(in_sentence, claim, context, clause_start) or _ranked_in_clause(
        in_sentence, text, clause_start, at
    )
    if opener is None and in_a_note:
        # a later clause of a figure's note (玉溪市14例（治愈出院3例，死亡1例）: 1例 is 玉溪市's) is read as the
        # clause the note's bracket opened in
        note = last_open(text[claim.sentence_start : clause_start])
        if note is not None:
            return _in_clause(in_sentence, claim, context, claim.sentence_start + note)
    return opener


def _ranked_in_clause(in_sentence: list[Resolved], text: str, clause_start: int, end: int) -> Place | None:
    """A place the figure's clause ranks first after its measure (整体死亡人数以南投增加7人最多, 高龄者以云林分别增加
    4人、6人最多): the figure's."""
    return next(
        (
            i.place
            for i in in_sentence
            if clause_start < i.chain_start < end
            and text.endswith(RANKED_BY, 0, i.chain_start)
            and RANKED_CLAUSE.match(text, i.mention.start)
        ),
        None,
    )


# a figure, its unit and 、, or its closed note, ending one item of a list of clauses (温州市应转移20.02万人、台州市…;
# written without separators: 昆明市53例（治愈出院10例）玉溪市14例…)
_FIGURE_THEN_LIST_MARK = compile_pattern(r"[0-9０-９][^、，,。；;：:\s（(]{0,5}(?:[（(][^（）()]{0,80}[）)]、?|、)")
_ITEM_REACH = 200


def _clause_opener(in_sentence: list[Resolved], claim: Claim, context: _Context, clause_start: int) -> Place | None:
    """_in_clause of the clause starting at clause_start."""
    text = context.text
    opening = _CLAUSE_OPENER.match(text, clause_start)
    clause_start = opening.end() if opening else clause_start
    # 上半年全州肉类总产量…, 109年北市PM2.5年平均濃度 (a 民國 year in a text about Taiwan): the time the clause opens
    # with, then its place
    time = period_pattern(text, roc=writes_roc_years(context.region, None)).match(text, clause_start)
    if time is not None and time.end() < claim.start:
        clause_start = time.end()
    if text.startswith(RANKED_BY, clause_start) and RANKED_CLAUSE.match(text, clause_start + len(RANKED_BY)):
        clause_start += len(RANKED_BY)  # 以北区每平方公里21283人最稠密: the ranked place opens the clause
    opener = next(
        (
            i
            for i in in_sentence
            if i.chain_start == clause_start and not i.governed and not _another_part(text, i, claim, context.balances)
        ),
        None,
    )
    if opener is None:
        return None
    # a town or village of the opening place, named after it in the clause (漳州十大美丽乡村平和县霞寨镇高寨村7天
    # 累计接待游客3.85万人次): the place written nearer the figure, not the city that only tells where it lies
    within = next(
        (
            i.place
            for i in reversed(in_sentence)
            if i.mention.start > opener.mention.end
            and i.place.level in _LOCAL_LEVELS
            and not i.governed
            and inside(i.place, opener.place)
            and not _another_part(text, i, claim, context.balances)
        ),
        None,
    )
    return within or opener.place


_LOCAL_LEVELS = ("town", "village")


def _resolve_all(
    doc: Doc, text: str, region: Place | None, clause_breaks: Breaks, issuer: Place | None
) -> list[Resolved]:
    """Every outermost mention resolved against what its own article said before it."""
    located = []  # (mention, sentence start, article), each mention's sentence looked up once
    attributes = doc._  # one Underscore object, not one per attribute read
    sentences = attributes.sentences or []
    mentions = attributes.places or []
    if issuer is not None and _bare_word(issuer):  # a bank has none: its 公司 is another's (其子公司, 理财公司)
        mentions = sorted([*mentions, *_bare_opening_clauses(text, issuer)], key=lambda m: (m.start, -m.end))
    titled: list[tuple[Mention, int]] = []  # bodies named only inside a document's title, with their article
    for mention in _outermost(_speakers_for_their_place(text, mentions)):
        sentence = sentence_at(sentences, mention.start)
        if sentence is not None and not inside_title(text, mention.start):
            located.append((mention, sentence[0], sentence[2]))  # 《…清单》 names a document, not a subject
        elif sentence is not None and mention.role == "organisation":
            titled.append((mention, sentence[2]))
    located, chain_starts = _innermost_of_chains(text, located)
    full_names = _organisation_full_names(located)
    paragraph_starts = sorted(block.start for article in attributes.articles or [] for block in article.paragraphs)
    passing = _InPassing(text, [mention for mention, _, _ in located])
    out: list[Resolved] = []
    earlier: list[Place] = []
    earlier_at: list[int] = []  # where each of `earlier` was named
    earlier_parts: list[bool] = []  # and whether it was named as a list's part, its figure right after it
    # bodies whose own work later figures are not: those a verb or a preposition governs, as where the text
    # learnt its figures (记者从…集团获悉, 根据省旅发委统计), and those listed together (前三的部门为区城管执法局、…)
    in_passing: set[Place] = set()
    current_article = -1
    next_titled = 0
    for mention, sentence_start, article in located:
        if article != current_article:
            current_article, earlier, earlier_at, earlier_parts = article, [], [], []
        while next_titled < len(titled) and titled[next_titled][0].start < mention.start:
            # 审议了《关于<利川市人民医院“十三五”规划>的议案报告》…该院现拥有…: a body a title names is no subject
            # there, but one a word of scope after it (该院, 全院) may point back at
            body, body_article = titled[next_titled]
            if body_article == article:
                earlier.append(body.place)
                earlier_at.append(body.start)
                earlier_parts.append(False)
            next_titled += 1
        in_sentence = [item.place for item in out[-4:] if item.sentence_start == sentence_start]
        if passing.skipped(mention, chain_starts.get(mention.start, mention.start)):
            continue  # who speaks, where travellers come from, what is counted: not what figures are about
        if issuer is not None and _a_segment_of_the_issuer(text, mention):
            continue  # a company's 华北地区 or a row of its revenue by region: a part of its business, not a subject
        candidates = earlier
        if mention.role == "scope" and mention.place.name.startswith("该"):
            # 该省, 该镇 point at a place of their own paragraph: "很多药品都是该省独有的" in a paragraph
            # about 19 provinces is none of the province named the paragraph before
            since = (
                paragraph_starts[max(0, bisect_right(paragraph_starts, mention.start) - 1)] if paragraph_starts else 0
            )
            candidates = [p for p, at in zip(earlier, earlier_at, strict=True) if at >= since]
        elif mention.role == "scope" and mention.place.name in _REGION_SCOPES:
            # 新增出院病例3例（永宁县1例、红寺堡区1例）。…全区现有确诊病例10例: a district named as a list's part, its
            # figure after it, is none 全区 stands for
            candidates = [p for p, part in zip(earlier, earlier_parts, strict=True) if not part]
        place = (
            _named_since_the_issuer(mention, issuer, candidates, region, in_passing)
            or _issuers_mention(text, mention, issuer)
            or _city_of_its_sentence(mention, in_sentence)
            or _resolve(mention, candidates, region, in_passing)
        )
        # 本公司 is only ever the issuer's: in a story it is whoever is quoted, not the company named last
        if place is None or (place != issuer and mention.role == "scope" and _a_company_self_word(mention.place.name)):
            continue
        owner = _owner_of_facility(text, mention, out, sentence_start)
        if owner is _AMONG_PARTS:
            continue  # a facility of one of several parts is no subject, nor is it one itself
        place = owner or place
        if place.level == "organisation":
            place = full_names.get((article, place.name), place)
        earlier.append(place)
        earlier_at.append(mention.start)
        earlier_parts.append(_FIGURE_NEXT.match(text, mention.end) is not None)
        governed = (
            _governed(text, sentence_start, mention.start, clause_breaks)
            or _a_source(text, mention.end)
            or names_a_subsidiary_after(text, mention.end)  # 长春高新子公司金赛药业实现…: the subsidiary's figures
        )
        if place.level == "organisation" and governed:
            # a body a verb or a preposition governs (来自陕西省商务厅消息, 在…局的指导下) is no body whose own
            # figures a later 全省 counts
            in_passing.add(place)
        listed_after = out[-1] if out and out[-1].sentence_start == sentence_start else None
        if (
            place.level == "organisation"
            and listed_after is not None
            and listed_after.place.level == "organisation"
            and LIST_SEPARATOR.fullmatch(text, listed_after.mention.end, mention.start)
        ):
            in_passing.update((place, listed_after.place))
        chain_start = chain_starts.get(mention.start, mention.start)
        if mention.role == "organisation" and (
            opening := _parent_opening(text, sentence_start, mention, clause_breaks)
        ):
            chain_start = opening  # 长春高新子公司金赛药业实现收入…: the subsidiary opens its clause after its parent
        out.append(Resolved(mention, place, sentence_start, article, governed, chain_start))
    return out


def _parent_opening(text: str, sentence_start: int, mention: Mention, clause_breaks: Breaks) -> int | None:
    """Where the mention's clause starts, when all of the clause before the mention is its parent company and a word
    of lexicon/subsidiary_words.txt (长春高新子公司金赛药业, 子公司百克生物); else None."""
    clause_start = clause_breaks.after_last(sentence_start, mention.start)
    return (
        clause_start
        if _PARENT_BEFORE.fullmatch(text, clause_start, mention.start)
        and subsidiary_named_at(text, clause_start, mention.start)
        else None
    )


def _issuer(text: str, articles: list[Article], mentions: list[Mention]) -> Place | None:
    """The company or bank whose own report or announcement the text is: named at its top, before the end of the
    first article's opening sentence ("青岛啤酒股份有限公司2024年第一季度报告" above "本公司董事会…"), when the text
    speaks of itself as 本公司, 本集团 (a company) or 本行, 我行 (a bank), as a court's report says 本院. An exchange
    announcement's issuer, named with its stock code under the exchange's disclaimer, is it, not the exchange."""
    announcing = announcement_issuer(text)
    if announcing is not None:
        return named_organisation(announcing) or Place(announcing, "organisation")
    end = top_end(articles)
    if end is None:
        return None
    at_top = [
        m.place
        for m in mentions
        if m.start < end and m.role == "organisation" and m.place.name.endswith(tuple(_issuer_kinds()))
    ]
    results = results_report_at_top(text[:end])
    if not at_top:
        if results is None:
            # a results announcement headed by the company's short name and a colon (万物云:2023年毛利率为14.5%) that
            # speaks of itself as 本集团 or 本公司
            headed = results_headline_at_top(text[:end])
            return Place(headed, "organisation") if headed and _self_words("company").search(text) else None
        # a results report naming the company by its short name only (某某股份2023年年报：营业收入…), under the
        # name the lexicon gives it (領展（0823） is 领展房产基金, as the text's other 領展 are)
        return named_organisation(results) or Place(results, "organisation")
    # the full name of the first one named (温州银行股份有限公司 after 证券简称：温州银行)
    named = max((p for p in at_top if p.name.startswith(at_top[0].name)), key=lambda p: len(p.name))
    if results is not None or _self_words(_issuer_kind(named)).search(text):
        return named
    # a school's or a hospital's profile speaks of itself as 学校, 医院 opening its clauses ("学校占地1510亩")
    kind = _issuer_kind(named)
    return named if kind not in _NOT_MADE_OWN_BY_A_BARE_WORD and _bare_opening(_bare_word(named)).search(text) else None


def _reporting_body(text: str, mentions: list[Mention]) -> Mention | None:
    """The body whose work report the text is, as its head says when opening the report: "我代表某区人民检察院
    向大会报告工作" (a court's, a procuratorate's; the first such opening only), or a government's (我代表县人民政府…),
    whose report is its place's (the caller tells the two apart by the mention's role)."""
    match = _WORK_REPORT_OPENING.search(text) or _WORK_REPORT_PRESENTED.search(text, 0, _REPORT_NEWS_REACH)
    if match is None:
        return _reviewing_body(text, mentions)
    return next((m for m in mentions if m.start == match.start("body") and m.end == match.end("body")), None)


def _its_offices_named(body: Mention, mentions: list[Mention]) -> Place | None:
    """The offices of the reporting body's kind across its place, where the text names them (广州市人民检察院's
    report: 全市检察机关 -> 广州市检察机关; 市中级人民法院's: 全市法院 -> 青岛市法院): its report's figures are
    theirs, the work of every procuratorate or court of the place (lexicon/system_bodies.txt)."""
    place = next((m.place for m in mentions if m.start == body.start and m.role == "place"), None)
    if place is None:
        return None
    kind = body.place.name[len(place.name) :]
    return next(
        (
            m.place
            for m in mentions
            if m.role == "organisation"
            and m.place.name.startswith(place.name)
            and offices_across_a_place(m.place.name)
            and m.place.name[len(place.name) : len(place.name) + _KIND_CHARS] in kind
        ),
        None,
    )


_KIND_CHARS = 2  # 检察机关 of 人民检察院, 公安机关 of 公安局, 法院 of 中级人民法院: their first two characters


def _reviewing_body(text: str, mentions: list[Mention]) -> Mention | None:
    """The body the text opens by telling presenting its review of its year's work (入境事務處今日發表工作回顧,
    香港海關關長…主持部門二○二四年工作回顧記者會, 市公安局召开2024年工作总结会): the first organisation named in the
    sentence of the review, before it. Its work figures are its own, as a court's are in its work report. A review
    written as the text itself (乡镇林业局年度林业生产工作总结, 全县森林覆盖率…) is a local office's account of its
    place, whose figures stay the place's; and a statistics office's review is of its place's figures, not its work
    (a statistics office is a government body, lexicon/organisation_suffixes.tsv, no organisation)."""
    review = _PRESENTED_REVIEW.search(text, 0, _REVIEW_OPENING_REACH)
    if review is None:
        return None
    sentence_start = max(text.rfind(stop, 0, review.start()) for stop in "。\n！!？?") + 1
    body = next(
        (m for m in mentions if sentence_start <= m.start and m.end <= review.start() and m.role == "organisation"),
        None,
    )
    return body


# a body presenting its review of its year's work, in either script (發表工作回顧, 主持部門二○二四年工作回顧記者會,
# 召开2024年工作总结会, 通报2024年以来全省公安机关工作成效); looked for in the text's opening only
_PRESENTED_REVIEW = compile_pattern(
    r"(?:发表|發表|主持|召开|召開|举行|舉行|公布|发布|發布|通报|通報)[^，,。；;\n]{0,16}?工作"
    r"(?:回顾|回顧|总结|總結|成效|成绩|成績)"
)
_REVIEW_OPENING_REACH = 300


# news of a work report presented (广州市人民检察院检察长张健在广州市第十六届人大三次会议上作工作报告): the report's
# figures are the body's, as in the report itself; looked for in the text's opening only
_WORK_REPORT_PRESENTED = compile_pattern(
    r"(?:^|(?<=[，,。；;\n]))(?:\d{1,2}月\d{1,2}日(?:上午|下午)?[，,]?)?(?P<body>[\u4e00-\u9fff]{3,20}?)"
    r"(?:党组书记、)?(?:检察长|院长|局长|厅长)[\u4e00-\u9fff·]{2,4}?在[^，,。；;\n]{2,40}?(?:会议|大会)上作[^，,。；;\n]{0,12}?工作报告"
)
_REPORT_NEWS_REACH = 800

# 我代表<body>向大会报告工作, 我代表<body>，向大会报告工作, 我代表<body>向本次会议报告…工作
_WORK_REPORT_OPENING = compile_pattern(
    r"我代表(?P<body>[^，,。；;：:\n]{2,30}?)[，,]?向(?:本次)?(?:大会|会议)[^，,。；;\n]{0,12}?报告"
)


# a table's row as the text writes it (华北地区 | 14.83亿元 | 49.41%)
_TABLE_CELL_BREAK = compile_pattern(r"[|\t]")


def _a_segment_of_the_issuer(text: str, mention: Mention) -> bool:
    """In a company's own report a region above the province (华北地区, 华东地区: lexicon/macro_regions.txt), a place
    right before a noun of its business (香港物業組合收益, 内地业务: lexicon/business_segment_nouns.txt) or a place
    labelling a table's row (江苏省 | 5.2亿元) is a segment of the company's business, the revenue it earned there: the
    figures stay the company's."""
    if mention.role != "place":
        return False
    if mention.place.level == "region" or text.startswith(_business_segment_nouns(), mention.end):
        return True
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return not text[line_start : mention.start].strip() and _TABLE_CELL_BREAK.search(line) is not None


@cache
def _business_segment_nouns() -> tuple[str, ...]:
    return lexicon.word_list("business_segment_nouns.txt")


def _issuer_kind(issuer: Place) -> str:
    """company, bank, school or hospital, by the end of its name (lexicon/issuer_kinds.tsv); a bank's name may go on
    after 银行 (招商银行股份有限公司)."""
    if "银行" in issuer.name:
        return "bank"
    return next((kind for end, (kind, _) in _issuer_kinds().items() if issuer.name.endswith(end)), "company")


def _bare_word(issuer: Place) -> str | None:
    """The noun that, opening a clause, is the issuer itself (公司, 学校, 医院); a bank has none."""
    return next((bare for kind, bare in _issuer_kinds().values() if kind == _issuer_kind(issuer) and bare), None)


@cache
def _issuer_kinds() -> dict[str, tuple[str, str]]:
    """name end -> (kind, bare word or "") of lexicon/issuer_kinds.tsv."""
    return {end: (kind, "" if bare == "-" else bare) for end, kind, bare in lexicon.rows("issuer_kinds.tsv")}


# a bare 公司 opening a clause does not make the text a company's own: any story may say 公司 of whom it follows
_NOT_MADE_OWN_BY_A_BARE_WORD = ("company", "bank")


def _bare_opening_clauses(text: str, issuer: Place) -> list[Mention]:
    """公司 opening a clause of a company's own report ("报告期内，公司实现营业收入…") is the company, as 本公司 is;
    学校 of a school's profile, 医院 of a hospital's: only there: elsewhere it is any company (上市公司, 子公司), and
    in other texts whoever the story follows."""
    bare = _bare_word(issuer)
    if bare is None:
        return []
    return [Mention(m.start(), m.end(), Place(bare, "scope"), "scope") for m in _bare_opening(bare).finditer(text)]


@cache
def _bare_opening(bare: str) -> re.Pattern[str]:
    # not 公司法, 公司债, 公司章程: a law, a bond, a charter; not 学校教育, 医院管理 (a field)
    return compile_pattern(rf"(?:^|(?<=[，,。；;：:]))(?:{bare})(?![法债章教管])", re.MULTILINE)


@cache
def _issuer_self_words() -> dict[str, str]:
    return lexicon.package_word_table("issuer_self_words.tsv")


@cache
def _self_words(kind: str) -> re.Pattern[str]:
    """A company's or a bank's words for itself (lexicon/issuer_self_words.tsv), not 本公司 of 日本公司."""
    words = [word for word, of in _issuer_self_words().items() if of == kind]
    return compile_pattern(f"(?<![日基根])(?:{lexicon.alternation(words)})(?![长级士内外])")


def _a_company_self_word(word: str) -> bool:
    return _issuer_self_words().get(word) == "company"


def _named_since_the_issuer(
    mention: Mention, issuer: Place | None, candidates: list[Place], region: Place | None, in_passing: set[Place]
) -> Place | None:
    """该校, 该院 in a text a school or a hospital issues are that issuer, except where a body of the kind is named
    before them in their paragraph (南京大学…报告。南京理工大学毕业生6277人。该校…深造率50.04%: that one)."""
    word = mention.place.name
    if issuer is None or mention.role != "scope" or not word.startswith(_THAT) or word not in _issuer_self_words():
        return None
    return _resolve(mention, candidates, region, in_passing)


_THAT = "该"


def _issuers_mention(text: str, mention: Mention, issuer: Place | None) -> Place | None:
    """The issuer for its self-reference (本公司, 本行) and for its short name, an organisation's name its full name
    opens with (温州银行 of 温州银行股份有限公司) or the name of a place (青岛啤酒 of 青岛啤酒股份有限公司: the
    company or its brand, not the city)."""
    if issuer is None:
        return None
    if mention.role == "scope":
        word = mention.place.name
        own = _issuer_self_words().get(word) == _issuer_kind(issuer) or word == _bare_word(issuer)
        return issuer if own else None
    if (
        mention.role == "organisation"
        and mention.place.name != issuer.name
        and (issuer.name.startswith(mention.place.name) or _a_listed_short_name(mention.place.name, issuer.name))
    ):
        return issuer  # 温州银行 of 温州银行股份有限公司, 星河智能 of 杭州星河智能科技股份有限公司
    if mention.role == "place":
        short = text[mention.start : mention.end + _SHORT_NAME_MORE]
        if len(short) == mention.end - mention.start + _SHORT_NAME_MORE and issuer.name.startswith(short):
            return issuer
    return None


def _a_listed_short_name(name: str, issuer: str) -> bool:
    """A short name after the place the full name opens with (星河智能 of 杭州星河智能科技股份有限公司)."""
    at = issuer.find(name)
    return len(name) >= _SHORTEST_LISTED_NAME and 0 < at <= _PLACE_BEFORE_A_SHORT_NAME


_SHORTEST_LISTED_NAME = 3
_PLACE_BEFORE_A_SHORT_NAME = (
    4  # 杭州, 北京市, 深圳市: the longest place a company's full name opens with before its short name
)


# how many characters after a place's name must go on as the issuer's name for it to be the issuer's short name
_SHORT_NAME_MORE = 2


def _speakers_for_their_place(text: str, mentions: list[Mention]) -> list[Mention]:
    """An administrative body (lexicon/speaking_bodies.txt) that decides, says or announces in its clause, itself
    or through its official ("市防控指挥部还是决定再备三座“小汤山”", "国家卫健委医政医管局副局长焦雅辉在发布会上
    表示，…"), is the source of the figures, which are about its place: it is resolved as a government body is (市…
    the region, 国家… the country, 天津市… the place named at its head, else none), never to itself."""
    return [
        mention._replace(role="government")
        if mention.role == "organisation"
        and _a_speaking_body(mention.place.name)
        and _decides_or_speaks(text, mention.end)
        and not _speaks_of_itself(text, mention)
        else mention
        for mention in mentions
    ]


def _speaks_of_itself(text: str, mention: Mention) -> bool:
    """The body goes on to speak of its own work as 该局, 本局, 我局 (消防局公佈，今年上半年該局火警出勤宗數四百零六宗):
    the figures are its own, as in its work report, not its place's."""
    kind = mention.place.name[-1]
    itself = compile_pattern(f"[该本我]{re.escape(kind)}(?![长级])")
    return itself.search(text, mention.end, mention.end + _SELF_REACH) is not None


_SELF_REACH = 200  # characters after the body within which it may name itself again


@lru_cache(maxsize=4096)  # a page names its bodies again and again
def _a_speaking_body(name: str) -> bool:
    """The longest organisation suffix the name ends with is a speaking body's: 医政医管局 ends in 局, 巨野县公安局
    in 公安局 (a body whose own work its reports count), not in 局."""
    suffix = next((s for s in _organisation_suffixes() if name.endswith(s)), None)
    return suffix in _speaking_body_suffixes()


@cache
def _organisation_suffixes() -> tuple[str, ...]:
    return tuple(sorted(lexicon.word_table("organisation_suffixes.tsv"), key=len, reverse=True))


@cache
def _speaking_body_suffixes() -> frozenset[str]:
    return frozenset(lexicon.word_list("speaking_bodies.txt"))


def _decides_or_speaks(text: str, body_end: int) -> bool:
    """Whether a verb of deciding or saying, a word of its own (not the 称 of 称号), follows the body in its clause
    with no figure between, or its official's title and name do, then a colon or the verb further on."""
    match = _statement_after().match(text, body_end)
    if match is None:
        return False
    verb = "verb" if match.start("verb") >= 0 else "said"
    if match.start(verb) < 0:
        return True  # the official's colon
    # 在新闻发布会上表示: a verb inside a longer word (发布会) is none; one further on in the clause may be
    limit = match.start(verb) + _STATEMENT_REACH
    clause_end = _CLAUSE_END.search(text, match.start(verb), limit)
    for found in _statement_verbs().finditer(text, match.start(verb), clause_end.start() if clause_end else limit):
        if starts_a_word(text, found.start()) and starts_a_word(text, found.end()):
            return True
    return False


@cache
def _statement_verbs() -> re.Pattern[str]:
    """The verbs of deciding and of saying (lexicon/deciding_verbs.txt, speech_verbs.txt)."""
    return compile_pattern(
        lexicon.alternation([*lexicon.word_list("deciding_verbs.txt"), *lexicon.word_list("speech_verbs.txt")])
    )


@cache
def _statement_after() -> re.Pattern[str]:
    titles = lexicon.alternation(lexicon.word_list("official_titles.txt"))
    verbs = _statement_verbs().pattern
    in_clause = f"[^{_CLAUSE_BREAKS}]"
    # a date's digits are no figure (交通部今(27)日召开…并公布, 內政部今（10）天公布)
    no_figure = f"(?:[^{_CLAUSE_BREAKS}0-9０-９]|[0-9０-９](?=[0-9０-９]*[)）]?[日号天年月]))"
    # after the official's name a date may stand before the verb (焦雅辉在28日新闻发布会上表示)
    official = f"{no_figure}{{0,{_TITLE_GAP}}}?(?:{titles})[\u4e00-\u9fff·]{{1,4}}?"
    return compile_pattern(
        f"(?:{official}(?:[：:]|{in_clause}{{0,{_STATEMENT_REACH}}}?(?P<said>{verbs}))"
        f"|{no_figure}{{0,{_STATEMENT_REACH}}}?(?P<verb>{verbs}))"
    )


_CLAUSE_BREAKS = '，,。；;：:“”"\n'
_CLAUSE_END = compile_pattern(f"[{_CLAUSE_BREAKS}]")
# how far after the body its official's title may start (…局副局长), and how far on its verb may stand
_TITLE_GAP, _STATEMENT_REACH = 6, 24


def _innermost_of_chains(
    text: str, located: list[tuple[Mention, int, int]]
) -> tuple[list[tuple[Mention, int, int]], dict[int, int]]:
    """Of places written one right after the other, each inside the one before (怀化市通道县坪坦乡,
    山东省菏泽市; or with a 的 between, 呼伦贝尔市的额尔古纳市), the last: the chain names one place, with its
    parents in front. With it, where each kept last place starts -> where its chain starts, for the places
    written after their parents."""
    out: list[tuple[Mention, int, int]] = []
    chain_starts: dict[int, int] = {}
    for item in located:
        mention = item[0]
        if out:
            before = out[-1][0]
            joined = before.end == mention.start or (
                text.startswith(OF, before.end) and before.end + 1 == mention.start
            )
            if joined and above(before.place, mention.place):
                chain_starts[mention.start] = chain_starts.pop(before.start, before.start)
                out[-1] = item
                continue
        out.append(item)
    return out, chain_starts


def _organisation_full_names(located: list[tuple[Mention, int, int]]) -> dict[tuple[int, str], Place]:
    """(article, name) -> the fullest name the article gives the same organisation, else the fullest
    an earlier article gave it (a story's later sections write it short).

    A story writes an organisation short and in full (定陶公安分局, 市公安局定陶分局): two names with
    the same last two characters where every character of the shorter is in the longer are one."""
    # names in the order the text gives them, with how often: the choice between two equally long
    # full names is the one named more often, then the one named first, never a set's hash order
    # (plain dicts of counts, not Counters: this runs for every article, and building Counters was most of it)
    names: dict[int, dict[str, int]] = {}
    for mention, _, article in located:
        if mention.role == "organisation":
            counts = names.setdefault(article, {})
            counts[mention.place.name] = counts.get(mention.place.name, 0) + 1
    full: dict[tuple[int, str], Place] = {}
    earlier: Counter[str] = Counter()
    for article in sorted(names):
        article_names = names[article]
        for name in article_names:
            longer = _longer_names(name, article_names) or _longer_names(name, earlier)
            if longer:
                full[(article, name)] = Place(max(longer, key=lambda n: (len(n), longer[n])), "organisation")
        earlier.update(article_names)
    return full


def _longer_names(name: str, names: dict[str, int]) -> dict[str, int]:
    """The names of `names` that are fuller forms of `name`, with their counts, in the order of `names`."""
    if offices_across_a_place(name):
        return {}  # 河北省法院: all the province's courts, no short form of its high court
    return {
        other: count
        for other, count in names.items()
        if len(other) > len(name)
        and other[-2:] == name[-2:]
        and set(name) <= set(other)
        and not numbered_apart(name, other)
        and not another_body_of_the_place(name, other)  # 南京大学 beside 南京理工大学
    }


def _governed(text: str, sentence_start: int, mention_start: int, clause_breaks: Breaks) -> bool:
    """Whether a verb or preposition governs the mention in its clause ("依托党群服务站").

    A 在 that opens a clause sets the clause's topic instead."""
    before = _clause_before(text, sentence_start, mention_start, clause_breaks)
    if _SINCE_OPENING.search(before) and _SINCE_CLOSING.match(text, mention_start):
        return True  # 自2023年12月公安部开展…以来: a body in a time phrase sets when, it is no subject
    if before.endswith(RANKED_BY) and RANKED_CLAUSE.match(text, mention_start):
        return False  # 以北区每平方公里21283人最稠密: 以…最 ranks the place first, it is the figure's subject
    if before.endswith(_ranked_next_words()):
        return False  # 以华北地区最多，…，其次为华东地区，占毕业生总数的8%: the place ranked next is the subject
    if _IDENTIFIED_PLACE.search(before):
        return False  # 投票率最低的鄉鎮為望安鄉，…: 为 says which place the clause is about, it governs none
    if _in_a_source_name(text, before, mention_start):
        # 据国家统计局云南调查总队核定数据显示, 记者从广西北部湾港集团获悉: a place or body in the name of the source
        # is no subject
        return True
    if _in_a_support_frame(text, before, mention_start):
        return True  # 在县委的坚强领导下, 在县人大、县政协的监督支持下: who led or backed the work, no subject
    if _INSTRUCTION_OPENING.match(before) is not None and _INSTRUCTION_CLOSING.match(text, mention_start) is not None:
        return True  # 按照湖北省…疫情防控指挥部的工作部署，省发展改革委…下达2亿元: who instructed, not who did it
    if _in_a_cause(text, before, mention_start):
        return True  # 受美国关税政策影响，出口额下降5.2%: a place in the cause is what struck, not what it struck
    # a 在 that opens a clause sets its topic: "在巨野县龙堍镇，这样的工厂…", "眼下，在…梁堂村…里"; 至于 (as for)
    # turns to the place as the clause's topic, its 于 no preposition: "至於臺東縣反而減少8.93‰"
    return before != "在" and not before.endswith(_AS_FOR) and _governor_at_end().search(before) is not None


_AS_FOR = "至于"
# a kind of place described, then the copula naming which one it is (比例较高的乡镇为望安乡, 增长最快的城市是深圳)
_IDENTIFIED_PLACE = compile_pattern(
    r"的(?:乡镇|县市区|县市|县区|城市|地区|省份|街道|乡|镇|县|市|区|省)(?:则|就)?(?:为|是)$"
)


def _in_a_support_frame(text: str, before: str, mention_start: int) -> bool:
    """The mention is inside 在…的…下 opening its clause (the clause's text before it is `before`)."""
    return _IN_A_FRAME_OPENING.match(before) is not None and _frame_closing().match(text, mention_start) is not None


@cache
def _frame_closing() -> re.Pattern[str]:
    """…的…下 closing a frame, or with no 的 the act of leading itself (在公安部统一部署下, 在市委领导下: lexicon/
    frame_leading_acts.txt, frame_manner_words.txt)."""
    acts = lexicon.alternation(lexicon.word_list("frame_leading_acts.txt"))
    manners = lexicon.alternation(lexicon.word_list("frame_manner_words.txt"))
    return compile_pattern(rf"[^，,。；;：:]{{0,16}}?(?:的[^，,。；;：:的]{{0,8}}|(?:{manners})?(?:{acts}))下")


def _in_a_source_name(text: str, before: str, mention_start: int) -> bool:
    """The mention is inside the name of where the text learnt its figures (据…显示, 记者从…获悉)."""
    return _SOURCE_OPENING.match(before) is not None and _source_closing().match(text, mention_start) is not None


def _backing(text: str, item: Resolved, clause_breaks: Breaks) -> bool:
    """The place or body only led or backed what its sentence tells (在…的支持下), or caused it (受美国关税政策影响),
    or is the body, not a government's, where the text learnt it (记者从广西北部湾港集团获悉): no setting of the
    sentence. A government body's source (据国家卫健委通报) still sets its place (中国), whose figures its bulletins
    give."""
    if not item.governed:
        return False
    before = _clause_before(text, item.sentence_start, item.mention.start, clause_breaks)
    if _in_a_support_frame(text, before, item.mention.start) or _in_a_cause(text, before, item.mention.start):
        return True
    return item.place.level == "organisation" and (
        _in_a_source_name(text, before, item.mention.start)
        or _statistics_before_a_comma().match(text, item.mention.end) is not None  # 內政部統計，…
    )


@cache
def _statistics_before_a_comma() -> re.Pattern[str]:
    """A body's statistics said before a comma (內政部統計，市统计局数据显示，: reporting_verbs.txt's ",word" rows)."""
    words = lexicon.reporting_verbs(",")
    return compile_pattern(f"[^，,。；;：:]{{0,4}}?(?:{lexicon.alternation(words)})[，,]")


def _clause_before(text: str, sentence_start: int, mention_start: int, clause_breaks: Breaks) -> str:
    """The mention's clause up to it, without the quote marks that open a name."""
    clause_start = clause_breaks.after_last(sentence_start, mention_start)
    return text[clause_start:mention_start].rstrip('“"‘ ')


# 在 opening a clause and the bodies listed after it, then …的…下 closing it: a frame of who led or backed something
_IN_A_FRAME_OPENING = compile_pattern(r"\s*在[^，,。；;：:]{0,16}$")


def _in_a_cause(text: str, before: str, mention_start: int) -> bool:
    """The mention lies in a cause its clause opens with (受美国关税政策影响, 受到日本地震冲击): what struck."""
    return _CAUSE_OPENING.match(before) is not None and _CAUSE_CLOSING.match(text, mention_start) is not None


# a cause the clause opens with (受…影响, 受到…冲击: the words the period step reads a cause's time by): the place in
# it is the cause's, not the figure's
_CAUSE_OPENING = compile_pattern(rf"\s*(?:{CAUSE_OPENERS})[^，,。；;：:]{{0,16}}$")
_CAUSE_CLOSING = compile_pattern(rf"[^，,。；;：:]{{0,20}}?(?:{CAUSE_ENDINGS})[，,]")
# 按照…的工作部署 / 根据…的要求 opening a clause: the body whose instruction the clause's actors followed
_INSTRUCTION_OPENING = compile_pattern(r"\s*(?:按照|依照|遵照|根据|落实)[^，,。；;：:]{0,16}$")
_INSTRUCTION_CLOSING = compile_pattern(
    r"[^，,。；;：:]{0,16}?的(?:工作|统一|总体|决策)?(?:部署|要求|安排|决定|指示|精神)[，,]"
)


# a parent company's name, at most, before the word of a subsidiary
_PARENT_BEFORE = compile_pattern(r"\s*[\u4e00-\u9fffA-Za-z]{0,8}?[\u4e00-\u9fff]{2,5}")


# 据/根据/依 opening the clause before a source's name, also after who quotes it (观光局今日依交通部观光署统计), 从
# after who learnt (记者从…获悉), or 经 before who checked the figures (经国家统计局审核认定), the reporting verb or
# source word closing it (lexicon/report_verbs.txt, source_closing_words.txt); not the 据 of 数据, 证据, nor the 经
# of 经济, 经营, 已经
_SOURCE_OPENING = compile_pattern(
    r"\s*(?:[^，,。；;：:]{0,10}?(?<![数证占])(?:根据|依据|依照|据|依(?![托法次靠然])|从|(?<![已曾神])经(?![济营贸开信管典纬销费验过]))"
    r")[^，,。；;：:]{0,24}$"
)


@cache
def _source_closing() -> re.Pattern[str]:
    words = [*lexicon.word_list("report_verbs.txt"), *lexicon.word_list("source_closing_words.txt")]
    verbs = lexicon.alternation(words)
    return compile_pattern(rf"[^，,。；;：:\n]{{0,20}}?(?:{verbs})")


def _a_source(text: str, mention_end: int) -> bool:
    """The place or body reports what follows its colon ("湘西州中院一审查明：", "市统计局介绍：") or
    publishes a report ("财政部发布…"): the source of the figures there, not what they are about."""
    return _reporting_verb().match(text, mention_end) is not None


class _InPassing:
    """Places and bodies named in passing, never subjects: a quoted expert's affiliation, where
    travellers come from, examples of what a count counts, the head of an event's name. The titles
    and the 等 of a count are found once per document, so the full patterns run only where one is
    near a mention."""

    def __init__(self, text: str, mentions: list[Mention]) -> None:
        self.text = text
        self.datelines = _dateline_spans(text)
        self.quoted_names = _quoted_name_spans(text)
        self.quoted_name_starts = [start for start, _ in self.quoted_names]
        self.titles = [m.start() for m in _title_words().finditer(text)]
        self.examples = [m.start() for m in _closing_etc().finditer(text)]
        self.qualifiers = _listed_qualifiers(text, mentions)

    def _inside_a_quoted_name(self, mention: Mention) -> bool:
        """Whether the mention stands inside a quoted name, its marks around it (the spans never overlap)."""
        at = bisect_right(self.quoted_name_starts, mention.start - 1) - 1
        return at >= 0 and mention.end < self.quoted_names[at][1]

    def _an_example_at(self, end: int) -> bool:
        return (_near(self.examples, end, _EXAMPLE_REACH) and _an_example(self.text, end)) or (
            _closing_group().match(self.text, end) is not None
        )

    def skipped(self, mention: Mention, chain_start: int) -> bool:
        """Whether the mention, the last place of a chain starting at chain_start (居住于天津市宝坻区: at 天津市), is
        named in passing."""
        text, end = self.text, mention.end
        return (
            any(start <= mention.start and mention.end <= stop for start, stop in self.datelines)
            or (mention.role != "organisation" and self._inside_a_quoted_name(mention))
            or (_near(self.titles, end, _TITLE_REACH) and _an_affiliation(text, end))
            or mention.start in self.qualifiers
            or (
                chain_start != mention.start
                and _qualified_from_before(text, Mention(chain_start, end, mention.place, mention.role))
            )
            or self._an_example_at(end)
            or _heads_an_event(text, end)
            or _a_comparison_base(text, mention)
            or _a_body_named_in_passing(text, mention)
            or _one_of_a_count_of_its_kind(text, mention)
        )


def _quoted_name_spans(text: str) -> list[tuple[int, int]]:
    """Where short names in quotation marks stand (景区地标“西宁之眼”, “天水麻辣烫”): a place inside one is part of a
    landmark's, a dish's or a brand's name, no subject, and carries to nothing. Only a name longer than a place's
    own (“西宁”, a place quoted alone, is still the place); a body quoted whole (从“兴荷惠民服务联合会”30家央企) is
    still the body."""
    if "“" not in text:
        return []
    return [match.span() for match in _QUOTED_NAME.finditer(text)]


# a quoted name: a few characters, no clause inside (a quoted sentence is a speaker's words, not a name)
_QUOTED_NAME = compile_pattern(r"“[^“”，,。；;：:！？!?\n]{3,12}”")


def _dateline_spans(text: str) -> list[tuple[int, int]]:
    """Where the text's datelines stand: "人民网北京3月20日电", "新华社上海5月1日电", "本报广州6月2日电"
    (lexicon/news_agencies.txt). They name where a story was filed: a place there is no subject, and carries to
    nothing. The credit in brackets after one is left alone: a local paper's correspondent's bureau (通讯员 某县教体局)
    is often what the story is about."""
    if "电" not in text and "讯" not in text and "消息" not in text:
        return []  # most texts have no dateline: the pattern is not run over them
    return [match.span() for match in dateline_pattern().finditer(text)]


def _levels_of_bases(text: str, mentions: list[Mention], region: Place | None) -> dict[int, Place]:
    """Where a figure in brackets right after a comparison's base starts (高出全国平均水平(79岁)4.62岁, 高于全省平均
    (79.3岁)), and the base: the figure is the base's own level, that place's, not the clause's subject's."""
    out = {}
    for mention in mentions:
        opening = _BASE_LEVEL_BRACKET.match(text, mention.end)
        if opening is None or not _a_comparison_base(text, mention):
            continue
        place = _resolve(mention, [], region, set())
        if place is not None:
            out[opening.end()] = place
    return out


# the base's 平均水平 and the bracket opening right before its level, or the 的 before it (高于全国平均的2.9万元), or
# the base's average measure named right before its level (高于云南省平均人口密度117人/平方公里)
_BASE_LEVEL_BRACKET = compile_pattern(
    r"(?:的)?(?:平均水平|平均值|平均)?(?:[（(]|的(?=\s*[0-9０-９]))|平均(?!水平|值)[\u4e00-\u9fff]{2,8}?(?=[0-9０-９])"
)


def _a_comparison_base(text: str, mention: Mention) -> bool:
    """The place is only the base a figure is compared with or ranked in (超过全省0.4个百分点, 高于全国平均水平,
    比全省平均高, 居全省第3位, 与全国平均水平相比: lexicon/comparison_base_words.txt): the figures are the
    clause's own subject's, and a city's report goes on about the city, not its province."""
    before, after = _comparison_base_words()
    closed = after.match(text, mention.end)
    return (
        before.search(text, max(0, mention.start - _COMPARISON_WORD_REACH), mention.start) is not None
        # 苏州市第一名24653亿元: a place, its rank and its own figure right after is the place ranked, no base
        or (closed is not None and _FIGURE_RIGHT_AFTER.match(text, closed.end()) is None)
        or (mention.place.name.startswith("全") and _ranks()[1].match(text, mention.end) is not None)
        or (
            _WITHIN_BEFORE.search(text, max(0, mention.start - _WITHIN_REACH), mention.start) is not None
            and _group_ranked_in().match(text, mention.end) is not None
        )
    )


# 在 before the place or group, maybe with the place the group is of between (在我省三大中心城市中)
_WITHIN_BEFORE = compile_pattern(r"在[^，,。；;：:\s]{0,6}$")
_WITHIN_REACH = 7


@cache
def _group_ranked_in() -> re.Pattern[str]:
    """After 在 and a place or a group of places, the rest of the group and 中, then a rank in the sentence
    (在我省三大中心城市中,进出口增速…排第一): the place or group only names what the subject is ranked in
    (lexicon/rank_patterns.tsv). Not where the group is counted (在全省16个地市中: the count is the place's)."""
    return compile_pattern(
        rf"[^，,。；;：:\n0-9０-９]{{0,12}}?(?:之中|当中|中)\s*[，,]?[^。；;！？!?\n]{{0,{_RANK_REACH}}}?(?:{_ranks()[0]})"
    )


_RANK_REACH = 24  # characters between the group's 中 and the rank in its sentence


@cache
def _ranks() -> tuple[str, re.Pattern[str]]:
    """Ranks within a place (lexicon/rank_patterns.tsv): those after any place (全省第3位, 全国前10名), as a
    pattern's source to close the comparison words after a place; and those after 全省, 全国, 全市 only (全省首个,
    全市唯一), compiled: after a place's name the same words are the place's own (郴州市首例患者)."""
    after_any = [pattern for pattern, places in lexicon.rows("rank_patterns.tsv") if places == "any"]
    after_whole = [pattern for pattern, places in lexicon.rows("rank_patterns.tsv") if places == "whole"]
    return "|".join(f"(?:{p})" for p in after_any), compile_pattern("|".join(f"(?:{p})" for p in after_whole))


_FIGURE_RIGHT_AFTER = compile_pattern(r"\s*[0-9０-９]")
_COMPARISON_WORD_REACH = 24  # the longest comparison word before a place (领先于, 相比于) and a list of places after it


@cache
def _comparison_base_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A comparison word right before a place, not the 比 of a word (占比, 无比, 好比) nor the 居 of living
    somewhere (定居, 移居, 聚居北京的…: where people live, which may well be the subject); and what after a
    place closes a comparison with it, with its 平均 or 平均水平 (与全省平均水平相比), or ranks in it (全省第3位)."""
    shared = [w for w in lexicon.word_list("comparison_words.txt") if w not in _NOT_BEFORE_A_BASE]
    words = [*lexicon.word_list("comparison_base_words.txt"), *(w for w in shared if w != "比")]
    return (
        compile_pattern(
            f"(?:(?<![定移旅侨聚寓散])(?:{lexicon.alternation(words)})|(?<![占对无好])比)"
            # the places listed between the word and this one (仅次于山西省和河南省: 河南省 is a base too)
            rf"(?:[\u4e00-\u9fff]{{2,8}}?(?:[、和及与]|以及))*$"
        ),
        compile_pattern(rf"(?:的)?(?:平均水平|平均)?(?:相比|相较)|{_ranks()[0]}"),
    )


# comparison words that are no comparison before a place: 与 joins it (与全省各地一起), 同比/环比/按年/按季/按月
# compare times
_NOT_BEFORE_A_BASE = ("与", "同比", "环比", "按年", "按季", "按月")


def _near(starts: list[int], offset: int, reach: int) -> bool:
    i = bisect_right(starts, offset - 1)
    return i < len(starts) and starts[i] <= offset + reach


@cache
def _title_words() -> re.Pattern[str]:
    return compile_pattern(lexicon.alternation(lexicon.word_list("person_titles.txt")))


@cache
def _event_after() -> re.Pattern[str]:
    """A place at the head of an event's name (举办京津冀产业链供应链大会) names the event."""
    events = lexicon.alternation(lexicon.word_list("event_words.txt"))
    holding = lexicon.alternation(lexicon.word_list("event_holding_verbs.txt"))
    return compile_pattern(
        f'(?P<between>(?:(?!{holding})[^，,。；;：:、\n（(“”"]){{0,{_EVENT_NAME_REACH}}}?)(?:{events})'
    )


# how many characters of an event's name may stand between its head and its last word; a verb holding an event is
# never inside its name (武汉市城建局紧急召集中建三局等单位举行专题会议: the bureau holds the meeting)
_EVENT_NAME_REACH = 16


def _a_body_named_in_passing(text: str, mention: Mention) -> bool:
    """A body right after a verb of taking a patient to or out of it (转至, 收治于, 走出), or the agent of a passive
    (被…诊断), or a government granting an honour (享受国务院政府特殊津贴): named in passing
    (lexicon/passing_body_openers.txt)."""
    if mention.role not in ("organisation", "government"):
        return False
    opener, reach = _passing_body_opener()
    return opener.search(text, max(0, mention.start - reach), mention.start) is not None


@cache
def _passing_body_opener() -> tuple[re.Pattern[str], int]:
    """The openers' pattern, ending where the body starts, and how far back the longest of them reaches."""
    words = lexicon.word_list("passing_body_openers.txt")
    return compile_pattern(f"(?:{lexicon.alternation(words)})$"), max(map(len, words))


def _heads_an_event(text: str, mention_end: int) -> bool:
    """The place or body heads an event's name (京津冀产业链供应链大会), not one that a verb or preposition between
    them makes its object (我代表某区人民法院向大会报告工作: the court reports to the congress, its report's figures
    are the court's; 在大会上, 于论坛)."""
    match = _event_after().match(text, mention_end)
    return match is not None and _governor_at_end().search(match.group("between")) is None


@cache
def _closing_etc() -> re.Pattern[str]:
    """An 等 that closes a list of examples: followed by a count (等7家) or by what the examples did (等获评,
    等落地: lexicon/example_list_verbs.txt)."""
    verbs = lexicon.alternation(lexicon.word_list("example_list_verbs.txt"))
    return compile_pattern(f"等(?:[0-9０-９一二三四五六七八九十两几数百千万多]|{verbs})")


def _one_of_a_count_of_its_kind(text: str, mention: Mention) -> bool:
    """A body right before a count of bodies of its own kind, alone or listed (新建包九中外国语学校2所直属高中学校,
    县人民医院、县中医医院两所医院): one of what is counted, named as an example, not what the figures are about. A
    count of the body's own parts (某某公司3家子公司: lexicon/subsidiary_words.txt) is the body's."""
    if mention.role != "organisation":
        return False
    count = _count_of_bodies().match(text, mention.end)
    if count is None:
        return False
    suffix = next((s for s in _organisation_suffixes() if text.endswith(s, mention.start, mention.end)), None)
    noun = count["noun"]
    return suffix is not None and suffix in noun and not subsidiary_named_at(noun, 0, noun.index(suffix) + len(suffix))


@cache
def _count_of_bodies() -> re.Pattern[str]:
    """A count right after a name, or after the names listed with it, in a measure word of bodies
    (lexicon/body_count_units.txt), and the noun after it."""
    units = lexicon.alternation(lexicon.word_list("body_count_units.txt"))
    listed = rf"(?:\s*[、和及与]\s*[\u4e00-\u9fff()（）]{{1,{_LISTED_NAME}}}?)*?"  # the other bodies listed with it
    count = r"\s*(?:[0-9]+|[两一二三四五六七八九十]+)\s*"
    return compile_pattern(rf"{listed}{count}(?:{units})(?P<noun>[\u4e00-\u9fff]{{1,{_KIND_REACH}}})")


_KIND_REACH = 8  # how long the noun of a count of bodies may be up to the kind (直属高中学校)


@cache
def _closing_group() -> re.Pattern[str]:
    """The rest of a list of bodies after one of them, closed by an 等 and the group they are examples of (…有限公司、
    西部(银川)融资担保有限公司，中国电信宁夏分公司等银川本地企业, 等区属国有企业: lexicon/example_group_nouns.txt): the
    figures are the group's, or the text's subject's. Each body after a list mark ends with a body's suffix: a body
    acting on the group (武汉市城建局召集中建三局等单位) is no example."""
    groups = lexicon.alternation(lexicon.word_list("example_group_nouns.txt"))
    suffixes = lexicon.alternation(_organisation_suffixes())
    body = rf"[\u4e00-\u9fff()（）]{{1,{_LISTED_NAME}}}?(?:{suffixes})"
    return compile_pattern(
        rf"(?:\s*(?:[、，,]|以及|和|及|与)\s*{body})*等[\u4e00-\u9fff]{{0,{_GROUP_QUALIFIER}}}?(?:{groups})"
    )


_GROUP_QUALIFIER = 8  # how many characters may qualify the group after 等 (银川本地, 中央驻宁, 区属国有)
_LISTED_NAME = 20  # how long the name of a body listed after the first may be before its suffix


_TITLE_REACH, _EXAMPLE_REACH = 16, 24  # how far after a name its title or its list's 等 may stand


def _listed_qualifiers(text: str, mentions: list[Mention]) -> set[int]:
    """Where the places that qualify a noun start: each that does itself, and each listed, or heading a chain (中国
    台湾), right before one that does (香港及中国台湾旅客, 香港、台湾和韩国游客: all where the visitors come from)."""
    out: set[int] = set()
    following: Mention | None = None
    for mention in reversed(mentions):
        if _qualifies_a_noun(text, mention) or (
            following is not None
            and following.start in out
            and mention.place.level != "organisation"
            and (following.start == mention.end or _BEFORE_A_LISTED_PLACE.fullmatch(text, mention.end, following.start))
        ):
            out.add(mention.start)
        following = mention
    # and each listed right after one a word before it qualifies (来自广州、深圳的游客, 除太原和济宁外: both)
    preceding: Mention | None = None
    for mention in mentions:
        if (
            preceding is not None
            and mention.place.level != "organisation"
            and _qualified_from_before(text, preceding)
            and (
                _BEFORE_A_LISTED_PLACE.fullmatch(text, preceding.end, mention.start)
                or _COMMA_IN_A_LIST.fullmatch(text, preceding.end, mention.start)
            )
        ):
            out.add(mention.start)
            mention = Mention(preceding.start, mention.end, mention.place, mention.role)  # the list's start qualifies
        preceding = mention
    return out


# the figure of a listed place in brackets after it (中國內地( 100.4萬人次 )、香港( 14.0萬人次 )及台灣地區…的住客)
_LISTED_FIGURE_REACH = 24
_BRACKETED_FIGURE = rf"(?:\s*{SHORT_BRACKETED}\s*)?"
_AFTER_A_LIST_MARK = compile_pattern(r"(?:[、及和与]|[)）]\s*[、及和与])\s*$")
# 香港及中国台湾旅客; and the start of a route before its end (武汉至北京航线: both where the flights go)
_BEFORE_A_LISTED_PLACE = compile_pattern(f"{_BRACKETED_FIGURE}(?:{LIST_SEPARATOR.pattern}|至|到|—|－|-)(?:中国)?")
# the mainland listed after a place, as Hong Kong and Macau write it (香港及中国大陆旅客, 澳门和内地游客)
_AND_THE_MAINLAND = compile_pattern(f"(?:{LIST_SEPARATOR.pattern})(?:中国)?(?:大陆|内地)")
# 来自澳大利亚,西班牙的游客: a comma written for 、 between places a word before the first qualifies
_COMMA_IN_A_LIST = compile_pattern(r"[，,]")


def _qualifies_a_noun(text: str, mention: Mention) -> bool:
    """The place says where people come from or go, or where they have been (来自广州的游客, 赴港旅客, 香港旅客,
    有武汉旅居史的人员, 湖北以外地区): lexicon/place_qualifier_words.tsv."""
    if mention.place.level == "organisation":
        # 中国科学院院士1人 in a university's profile: the academy's title its staff hold (lexicon/body_titles.txt)
        return text.startswith(_body_titles(), mention.end)
    if _qualified_from_before(text, mention) or is_a_partner(text, mention.start, mention.end):
        # 对沙特进出口: the place traded with (trade_partners)
        return True
    listed = _AND_THE_MAINLAND.match(text, mention.end)  # 香港及中國大陸旅客: the mainland is no place mention
    after = _place_qualifiers()[1].match(text, listed.end() if listed else mention.end)
    if after is None:
        return _of_the_visitors_just_named(text, mention)
    # 中國內地、香港及台灣地區的住客: a 的 before the noun only after a list of places, where the places are the
    # noun's kinds (not 重庆的游客接待量, the place's own)
    return not after["of"] or _AFTER_A_LIST_MARK.search(
        text, max(0, mention.start - _LISTED_FIGURE_REACH), mention.start
    )


@cache
def _body_titles() -> tuple[str, ...]:
    return tuple(lexicon.word_list("body_titles.txt"))


def _of_the_visitors_just_named(text: str, mention: Mention) -> bool:
    """ "來自大灣區城市的入境旅客同比增加17.6%；當中香港的佔48.1%，…廣州市的則下跌6.0%": a place and its 的 with the
    noun left out, right after a clause naming visitors by where they come from, are that noun's kind (香港的旅客),
    not the figure's subject."""
    if not _ELIDED_NOUN.match(text, mention.end):
        return False
    before = text[max(0, mention.start - _VISITORS_REACH) : mention.start]
    return _place_qualifiers()[2].search(before) is not None


_ELIDED_NOUN = compile_pattern(r"的(?:则|亦|也)?(?:占|有|为|上升|下降|增加|减少|下跌|增长|回落)")
_VISITORS_REACH = 40  # characters back to the clause naming the visitors


def _qualified_from_before(text: str, mention: Mention) -> bool:
    """A word before the place qualifies it (来自广州, 除太原): lexicon/place_qualifier_words.tsv."""
    return mention.place.level != "organisation" and _qualifier_word_before(text, mention.start)


def _qualifier_word_before(text: str, at: int) -> bool:
    """A word of lexicon/place_qualifier_words.tsv written before the place or count at `at` (来自, 销往, 居住于)."""
    return _place_qualifiers()[0].search(text, max(0, at - _QUALIFIER_REACH), at) is not None


_QUALIFIER_REACH = 5  # characters before a place its qualifier and a country (来自中国台湾) may take


@cache
def _place_qualifiers() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    table = lexicon.word_table("place_qualifier_words.tsv")
    before = "|".join(_not_ending_a_word(word) for word, side in table.items() if side == "before")
    after = lexicon.alternation([word for word, side in table.items() if side == "after"])
    # a word or two may stand between the place and what qualifies it: 湖北其他地区旅居史, 湖北等地旅居史, 中国大陆旅客
    # and the country before its division: 来自中国台湾的旅客
    return (
        compile_pattern(f"(?:{before})(?:{_COUNTRY_BEFORE})?$"),
        compile_pattern(f"{_BRACKETED_FIGURE}(?P<of>的)?(?:{_BETWEEN})?(?:{after})"),
        compile_pattern(f"(?:{after})"),
    )


def _not_ending_a_word(word: str) -> str:
    """A qualifier's pattern that does not match it as the end of a word that qualifies nothing (排除 of 除)."""
    heads = [
        other[: -len(word)] for other in lexicon.word_list("place_qualifier_word_ends.txt") if other.endswith(word)
    ]
    return "".join(f"(?<!{re.escape(head)})" for head in heads if head) + re.escape(word)


# and the other places listed with it: 湖北及其他省份接触史, 武汉或其他城市旅居史
_BETWEEN = "(?:[及和或与、]?(?:其他|其它)?(?:省份|省市|省区|地区|城市|国家|地市))|等地|其他|其它|大陆|内地"
_COUNTRY_BEFORE = "中国"


def _an_example(text: str, mention_end: int) -> bool:
    """The place or body is one of the examples of what a figure counts or of what a clause says happened:
    "中海油…基地码头二期等10个项目完工", "北方华创、三环集团等7家", "京津冀…创新集群等获评国家级集群":
    it is counted or exemplified, not what the figures are about."""
    return _examples_before_etc().match(text, mention_end) is not None


@cache
def _examples_before_etc() -> re.Pattern[str]:
    """What may follow an example up to the 等 that closes the list, within its clause."""
    return compile_pattern(f"[^，,。；;：:！？!?\n]{{0,{_EXAMPLE_REACH}}}?{_closing_etc().pattern}")


# how far after a body its clause may name one of its people (鸿达建筑有限公司项目经理陈某: 项目经理 then a name)
_ITS_PERSON_REACH = 8


def _one_of_its_people(text: str, mention_end: int) -> bool:
    """A body's clause goes on with one of its people, who acts (鸿达建筑有限公司项目经理陈某承揽了…, …公司员工李某散布
    谣言): a title (official_titles.txt, person_titles.txt) or a name written with 某."""
    return _its_person().match(text, mention_end) is not None


@cache
def _its_person() -> re.Pattern[str]:
    titles = lexicon.alternation((*lexicon.word_list("official_titles.txt"), *lexicon.word_list("person_titles.txt")))
    return compile_pattern(f'[^，,。；;：:“”"\n]{{0,{_ITS_PERSON_REACH}}}?(?:(?:{titles})|某)')


def _an_affiliation(text: str, mention_end: int) -> bool:
    """The place or body is a quoted person's affiliation: a title, a name and a verb of saying
    follow it in its clause ("中国人民大学医药物流研究中心研究员李宪法介绍", "复旦大学教授胡善联解释")."""
    return _speaking("person_titles.txt", _TITLE_REACH).match(text, mention_end) is not None


@cache
def _scope_place_words() -> dict[str, str]:
    return lexicon.word_table("scope_place_words.tsv")


@cache
def _reporting_verb() -> re.Pattern[str]:
    with_colon = lexicon.alternation(lexicon.reporting_verbs())
    publishing = lexicon.alternation(lexicon.reporting_verbs("+"))
    return compile_pattern(
        f"(?:[^，,。；;：:]{{0,4}}?)(?:(?:{with_colon})[：:]|(?:{publishing}))|{_statistics_before_a_comma().pattern}"
    )


@cache
def _governor_at_end() -> re.Pattern[str]:
    return compile_pattern(f"(?:{lexicon.alternation(list(subject_governors()))})了?$")


def _owner_of_facility(text: str, mention: Mention, before: list[Resolved], sentence_start: int) -> Place | None:
    """The company or town that a facility named only by what it is (水稻种植基地, 种苗基地) belongs
    to: the last body or place other than a facility named in its sentence or the one before;
    _AMONG_PARTS when that one is one of several parts its sentence lists."""
    name = mention.place.name
    if mention.place.level != "organisation" or not name.endswith(_facility_suffixes()):
        return None
    if not is_descriptive_name(
        text, mention.start, mention.end - next(len(s) for s in _facility_suffixes() if name.endswith(s))
    ):
        return None
    sentences = {sentence_start}
    for item in reversed(before[-6:]):
        if item.sentence_start not in sentences:
            if len(sentences) == 2:
                break
            sentences.add(item.sentence_start)
        if item.place.level in ("organisation", "town", "village", "county") and not item.place.name.endswith(
            _facility_suffixes()
        ):
            # one of several places of its level that a sentence lists (皇都村以歌舞为核心，坪坦村以芦笙为主题，
            # 横岭村以体育为特色) is one part: the facility after them is none of theirs
            parts = {i.place for i in before[-6:] if i.sentence_start == item.sentence_start and not i.governed}
            if sum(place.level == item.place.level for place in parts) > 1:
                return _AMONG_PARTS
            return item.place
    return None


# what _owner_of_facility answers for a facility after a list of parts: it is theirs, not one's
_AMONG_PARTS = Place("", "parts")


@cache
def _facility_suffixes() -> tuple[str, ...]:
    return tuple(lexicon.word_list("facility_suffixes.txt"))


def _city_of_its_sentence(mention: Mention, in_sentence: list[Place]) -> Place | None:
    """全市 after a city named earlier in its own sentence is that city, not the region: "洪湖市被评为
    先进市，全市建成高标准农田12万亩" (a county-level city in a prefecture's paper)."""
    if mention.role != "scope" or mention.place.name != "全市":
        return None
    return next((p for p in reversed(in_sentence) if p.level in ("city", "county") and p.name.endswith("市")), None)


def _resolve(mention: Mention, earlier: list[Place], region: Place | None, in_passing: set[Place]) -> Place | None:
    place = mention.place
    if mention.role == "scope":
        return _resolve_scope(place.name, earlier, region, in_passing)
    if mention.role == "government":
        # 市委社会工作部 -> 菏泽市; 东明县委社会工作部 -> None here: the mention of 东明县 nested in it
        # (kept by _outermost, resolved next) speaks for it
        if place.name.startswith(national_body_openings()):
            # 国家卫健委, 国务院新闻办, 外交部 when it speaks: the country's figures; a branch of one in a place
            # (国家统计局黑龙江调查总队) speaks for that place
            return _place_of_a_branch(place.name) or _the_country(region)
        return region if place.name.startswith(("市", "全市")) else None
    if place.level in ("town", "village") and place.parent is None:
        named_before = next(
            (p for p in reversed(earlier) if p.name != place.name and p.name.endswith(place.name)), None
        )
        if named_before is not None:
            return named_before  # 王洪庙村 again after 定陶区天中街道王洪庙村
        parent_levels = ("county",) if place.level == "town" else ("town", "county")
        for candidate in reversed(earlier):
            if candidate.level == "organisation":
                continue
            if candidate.level in parent_levels:
                return Place(written_name(candidate) + place.name, place.level, candidate.code, candidate.name)
            if candidate.level == "city":
                break
    return place


def _place_of_a_branch(name: str) -> Place | None:
    """The division a national body's branch is named after (黑龙江省 of 国家统计局黑龙江调查总队), else None."""
    inside = [m for m in gazetteer().find(name) if m.start > 0 and m.place.level in DIVISION_LEVELS]
    return inside[0].place if inside else None


def _resolve_scope(word: str, earlier: list[Place], region: Place | None, in_passing: set[Place]) -> Place | None:
    """The place or body a word of scope (全省, 本市, 该公司) stands for, from the places named before it; a body the
    text only learnt its figures from, or listed with others (`in_passing`), is no bureau whose own figures for its
    place they are."""
    if word in _scope_place_words():
        place = gazetteer().lookup(_scope_place_words()[word])  # 本港, 全澳, 全台
        if _another_provinces(region, place):
            return None  # 全港 in 厦门市's port news: the whole port, not Hong Kong
        return place
    if NATIONAL_REPORTING.fullmatch(word) or word in THE_MAINLAND:
        # 31个省（自治区、直辖市）和新疆生产建设兵团报告; 中国内地共有55个城市…, 中國大陸 in Taiwan's text too
        return COUNTRY
    word = _SPOKEN_WE.sub("我", word)  # 我们村, 咱村: the speaker's village, as 我村
    if word[1:] in ("市", "州") and word[0] in "我全本":
        city = _city_of_a_province_text(earlier, region) or region  # 全州: an autonomous prefecture's own text
        return _the_places_offices_named_before(word, city, earlier) or city
    if word[1:] == "区" and word[0] in "我全本" and _an_autonomous_region(region, earlier):
        return region  # 全区 in an autonomous region's notice (广西, 宁夏): the region itself
    if word[1:] == _PROVINCE_WORD and word[0] in _OWN_VOICE and region is not None and region.code is not None:
        # 我省 is the paper's own province, never one named before it (向重庆、四川、广西等省份外送煤炭。…我省…)
        own = gazetteer().province_of(region)
        if own is not None:
            return own
    level = _SCOPE_LEVEL.get(word[1:])
    if level is None:
        # 该企业 / 该公司 / 该基地: the organisation of that kind named last
        noun = word[1:]
        suffixes = _COMPANY_SUFFIXES if noun in ("企业", "公司") else _school_endings() if noun == _SCHOOL else (noun,)
        return next((p for p in reversed(earlier) if p.level == "organisation" and p.name.endswith(suffixes)), None)
    if level == "country":
        return _the_country(region)
    # 全区 is a district's or a region's scope: a county (同心县) or a county-level city (灵武市) named before is
    # none it can stand for (新增出院病例3例（永宁县1例、同心县1例）…全区累计报告…)
    named = word[1:] if word[1:] in _NAMED_BY_THEIR_KIND else ""
    target = next(
        (p for p in reversed(earlier) if (p.level == level and p.name.endswith(named)) or _a_township(p, word)), None
    )
    if target is None and level == "province" and region is not None:
        return gazetteer().province_of(region)  # 全省 in a city's paper: the city's province
    if target is None:
        # 全县 in a county's own text naming the county nowhere before it (its work report): the county
        return region if level == "city" or (region is not None and region.level == level) else None
    return (
        _the_places_offices_named_before(word, target, earlier)
        or _latest_body_of(word, target, earlier, in_passing)
        or target
    )


_PROVINCE_WORD = "省"
_OWN_VOICE = "我本"  # 我省, 本省: the speaker's own; 全省 may be a province the text tells of


def _the_places_offices_named_before(word: str, place: Place | None, earlier: list[Place]) -> Place | None:
    """苏州市检察机关…业务综合分析报告 / 来源:苏州市人民检察院 … 全市共受理审查逮捕案件276件: the place's offices of one
    kind named before 全市 are whose work it reports, its procuratorate named as the source between them one of them;
    so are a province's (省公安厅…通报全省公安机关工作成效…全省刑事立案: 甘肃省公安机关, its department one of
    them). Not a city bureau's (市文旅局发布…全市接待游客: the city's figures it publishes)."""
    if word[0] != "全" or place is None:
        return None
    named = (p for p in reversed(earlier) if p.name.startswith(place.name) and offices_across_a_place(p.name))
    return next(named, None)


def _latest_body_of(word: str, target: Place, earlier: list[Place], in_passing: set[Place]) -> Place | None:
    """The body of the place a scope word stands for named last before it, where the word is 全 (全县 in a story about
    巨野县公安局: the bureau's figures for its county stay the bureau's), no company (全县计划累计种植面积… in a story
    about 贞丰县顶罈椒业有限公司: the county's), nor a sector's department (全省完成交通固定资产投资… after
    省交通运输厅: the province's; lexicon/own_work_body_kinds.txt). Not 我省 / 本市: the paper's own voice names its
    place (省大学生就业局发布…报告。报告显示，在我省就业人数…: the province's)."""
    if word[0] != "全":
        return None
    latest_organisation = next(
        (
            p
            for p in reversed(earlier)
            if p.level == "organisation" and p not in in_passing and not p.name.endswith(_assembly_bodies())
        ),
        None,
    )
    if (
        latest_organisation is not None
        and latest_organisation.name.startswith(target.name)
        and not latest_organisation.name.endswith(_COMPANY_SUFFIXES)
        and _of_its_own_work(latest_organisation)
    ):
        return latest_organisation
    return None


def _place_of_a_sector_department(body: Place | None) -> Place | None:
    """The division a department of a sector is named with (浙江省水利厅 -> 浙江省), where the department is no body
    of its own work (lexicon/own_work_body_kinds.txt: 巨野县公安局 stays) and ends in 厅 or 局; else None."""
    if body is None or body.level != "organisation" or not body.name.endswith(_DEPARTMENT_ENDINGS):
        return None
    if _of_its_own_work(body):
        return None
    opening = next(iter(gazetteer().find(body.name)), None)  # the divisions its name holds, by where they start
    if opening is None or opening.start != 0 or opening.place.level not in ("province", "city", "county"):
        return None
    return opening.place


_DEPARTMENT_ENDINGS = ("厅", "局")


def _of_its_own_work(body: Place) -> bool:
    """Whether the body's figures for its place are its own work: its name holds a kind of such bodies (公安, 检察,
    税务…: lexicon/own_work_body_kinds.txt)."""
    return any(kind in body.name for kind in _own_work_body_kinds())


@cache
def _own_work_body_kinds() -> tuple[str, ...]:
    return lexicon.word_list("own_work_body_kinds.txt")


def _a_township(place: Place, word: str) -> bool:
    """全鄉 after 望安鄉: a township of Taiwan is of a county's level, and its 乡 or 镇 is the kind the word names."""
    return _SCOPE_LEVEL.get(word[1:]) == "town" and place.level == "county" and place.name.endswith(word[1:])


@cache
def _assembly_bodies() -> tuple[str, ...]:
    return tuple(lexicon.word_list("assembly_bodies.txt"))


def _the_country(region: Place | None) -> Place | None:
    """What 我国, 全国 and a ministry speaking (外交部, 财政部) stand for: the country, but Taiwan in Taiwan's own texts
    (南韓的出口…首度落後我國; 財政部公布最新進出口統計)."""
    return _taiwan() if writes_roc_years(region, None) else COUNTRY


@cache
def _taiwan() -> Place | None:
    return gazetteer().lookup(_TAIWAN_NAME)


_TAIWAN_NAME = "台湾"


def _another_provinces(region: Place | None, place: Place | None) -> bool:
    """Whether the text's region lies in another province than the place (a mainland city's text and Hong Kong)."""
    if region is None or place is None or region.code is None or place.code is None or region.level == "country":
        return False
    return region.code[:2] != place.code[:2]


def _city_of_a_province_text(earlier: list[Place], region: Place | None) -> Place | None:
    """我市 in a text filed under a province (a feed's region 湖北省) is the city of that province the
    text named last before it (襄阳 in the headline of 襄阳's bulletin), not the province: a province
    says 全省, never 我市. A municipality (北京市) is its own city."""
    if region is None or region.level != "province" or region.code is None or region.name.endswith("市"):
        return None
    province = region.code[:2]
    return next((p for p in reversed(earlier) if p.level == "city" and (p.code or "").startswith(province)), None)


def _an_autonomous_region(region: Place | None, earlier: list[Place]) -> bool:
    """The document's region is an autonomous region and no district of a city (a county-level 区) was named before."""
    return (
        region is not None
        and region.name.endswith("自治区")
        and not any(p.level == "county" and p.name.endswith(_DISTRICT) for p in earlier)
    )


_DISTRICT = "区"
# 全区 is a district's, 全旗 a banner's, 全盟 a league's: a division of the level named by another kind is none
_LOCAL_REGIONS = frozenset({"county", "town", "village"})
_NAMED_BY_THEIR_KIND = frozenset({_DISTRICT, "旗", "盟"})
_REGION_SCOPES = frozenset({"全区", "我区", "本区"})


def _outermost(mentions: list[Mention]) -> list[Mention]:
    """Mentions not nested in a longer one, except those a government body is resolved through."""
    out: list[Mention] = []
    for mention in mentions:
        if out and mention.start < out[-1].end and out[-1].role != "government":
            continue
        out.append(mention)
    return out
