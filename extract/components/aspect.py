"""claimkb_aspect: what kind of figure a claim is over time — a running total, a stock, or a flow.

"当日解除医学观察183人，共有1077人正在接受医学观察": 183 is a flow (that day's), 1077 a stock (how
many now); "累计报告确诊病例950例" is a running total. The cross-checks need to know: a running total
cannot fall, a stock can. The marker words are a reviewed lexicon (lexicon/aspect_markers.tsv).

A marker counts only in the figure's own clause — from the clause boundary before the figure (，；。)
to the figure, and for a stock the rest of the clause after it (1077人正在接受…) — never carried from
the clause before: a clause of its own says what its figure is, and the one before may be of
another kind of figure (当日…183人 is no reason to read the 1077 after it as a day's). Nor is
the metric read for markers: the metric step carries a metric across clauses (1077人's metric is
当日解除医学观察, from the clause before), and within the own clause its words are read already.

已 (done by now: 已解除, 已建成) tells a running total only of a figure its own clause does not date to
one day: "2月22日已解除观察6419人" may be a total as of that day or that day's releases (a feed writes
both in the same words), "2024年6月30日已建成…" likewise: unknown, not a total since some start.
A count as of a time (截至12日，共有190支医疗队…; 至此，…已有9例出院) is a running total.

Parts listed under a whole take the whole's aspect (_of_the_whole), also under a heading that counts
before its noun (103例确诊病例中，沈阳市25例…); a split by sex of a running total (男性542例，女性553例)
takes the total's aspect and time, and so does any split adding up to it (_splits_of_running_totals).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date as Date
from functools import cache
from math import isclose

from spacy.language import Language
from spacy.tokens import Doc

from extract import lexicon
from extract.aspect_words import (
    NOT_A_MARKER,
    PEOPLE_UNITS,
    accumulating_outcomes,
    aspect_markers_in,
    item_markers,
    marker_pattern,
    markers,
    names_an_outcome,
    person_outcomes,
    spanning_verbs,
)
from extract.brackets import balance
from extract.claims import Claim
from extract.components.extensions import doc_text
from extract.components.metric_lists import counted_alike
from extract.components.metric_persons import of_one_sex, without_its_sex
from extract.components.metric_phrases import history_phrase
from extract.components.period import (
    A_STOCK_NOW,
    NOW_WORDS,
    UNTIL_WORD,
    a_report_window,
    a_window_of_new_figures,
    as_of_its_end,
    period_dates,
)
from extract.headline_figures import in_own_words, restating_keys, same_metric
from extract.layout import Article
from extract.list_headings import counted_heading_noun
from extract.pattern_cache import compile_pattern
from extract.words import phrase_words

# where a clause ends, for this step: ，；。 and their kin. Not 、 (a list's items share their marker:
# 新增确诊5例、无症状感染者3例), not ： (累计确诊：950例 is one clause), not a line break (within a
# sentence it is the page's layout: 累计\n建成充电桩5000个)
_CLAUSE_BOUNDARY = compile_pattern(r"[，,；;。！？!?]")
# after the figure its clause ends at a colon, a list comma or a bracket too: what follows those is
# another item (三条措施：一是抓紧现有医院… is no stock of 三条)
_AFTER_BOUNDARY = compile_pattern(r"[，,；;。！？!?：:、（(]")
# a clause is read at most this far from its figure: a figure outside any sentence (sentence_start
# 0) would otherwise have the whole text before it searched
_CLAUSE_CHARS = 200
# the kinds that are amounts of something: a percentage, a change, an age or a span of time is no
# running total, stock or flow of its own (新增确诊患者情况：第94例：70岁 is no flow of 70 years)
_KINDS = frozenset(("count", "money", "measure", "rate"))
_DIGIT = compile_pattern(r"[0-9０-９]")


@Language.component("claimkb_aspect")
def aspect_component(doc: Doc) -> Doc:
    text = doc_text(doc)
    attributes = doc._  # one Underscore object, not one per attribute read
    claims = attributes.claims
    # where each sentence ends in the text (a claim's sentence is shown without layout line breaks,
    # so its length is not the span's)
    ends = {start: end for start, end, _ in attributes.sentences or ()}
    for i, claim in enumerate(claims):
        following = claims[i + 1] if i + 1 < len(claims) else None
        claim.aspect = find_aspect(text, claim, following, ends.get(claim.sentence_start))
        if claim.aspect is None and claim.kind in _KINDS and claim.metric_basis in ("sentence", "carried"):
            claim.aspect = _of_the_whole(text, claims, i)
        if claim.aspect is None and claim.kind == "count":
            claim.aspect = (
                _outcome_as_of_a_running_total(claims, i)
                or _counted_in_a_window(text, claims, i)
                or _an_outcome_of_its_day(claim)
                or _an_outcome_so_far(claim)
                or _an_outcome_reached(text, claim)
                or _suspects_as_of_a_time(claim)
                or _in_care_now(text, claim)
            )
    _under_a_running_total(text, claims)
    _spanned_by_a_running_total(text, claims)
    _labelled_items_of_a_list(text, claims)
    _levels_restated_as_totals(text, claims)
    _splits_of_running_totals(text, claims)
    _parts_after_qizhong(text, claims)
    _parts_said_to_be_a_kind(text, claims)
    _groups_restated(text, claims)
    _rates_of_running_totals(text, claims)
    _items_of_a_current_count(text, claims)
    _headlines_as_restated(claims, attributes.articles or [])
    _windows_off_totals(text, claims)
    _stock_words_off_periods(text, claims)
    return doc


def _stock_words_off_periods(text: str, claims: list[Claim]) -> None:
    """现有 written as a figure's only time (现有疑似病例42例) says it is a stock, which its aspect now holds, not
    when: the period as written is the "now" its sentence opened with (目前全区累计报告…，现有确诊病例121例: 目前),
    else none, and the figure stays dated to the page, as of the time of writing (feed readers, seeds 55 to 59: 现有
    is no time phrase). The earlier steps read it as a time while they work."""
    for claim in claims:
        if claim.period == A_STOCK_NOW and claim.aspect == "stock":
            now = _other_now().search(text, claim.sentence_start, claim.start)
            claim.period = now.group() if now is not None else None
            claim.period_basis = "sentence" if now is not None else None
            claim.notes.append(f"{A_STOCK_NOW}: a stock as of the time of writing, dated to the page")


@cache
def _other_now() -> re.Pattern[str]:
    """A word for "now" other than 现有 (目前, 当前), with 截至 before it if written."""
    return compile_pattern(rf"(?:截至|截止)?(?:{lexicon.alternation([w for w in NOW_WORDS if w != A_STOCK_NOW])})")


def _headlines_as_restated(claims: list[Claim], articles: list[Article]) -> None:
    """A headline's figure of no marker of its own ("上海有1例确诊病例3月12日出院", "全国确诊830例") is of the aspect of
    the body's figure that restates it (extract/headline_figures.py): the figure of its value and unit, in its own
    words, of the same metric (or the one such figure, however reworded) — only where all have one and the same
    aspect."""
    headlines = [(a.headline.start, a.headline.end) if a.headline is not None else None for a in articles]

    def in_its_headline(claim: Claim) -> bool:
        span = headlines[claim.article_index] if claim.article_index < len(headlines) else None
        return span is not None and span[0] <= claim.start < span[1]

    restating: dict[tuple[int, float, str], list[Claim]] = {}
    in_body: dict[tuple[int, float, str], int] = {}  # how many body figures have the key, whatever their words
    for claim in claims:
        keys = restating_keys(claim)
        if not keys or in_its_headline(claim):
            continue
        for key in keys:
            in_body[key] = in_body.get(key, 0) + 1
            if claim.aspect is not None and in_own_words(claim):
                restating.setdefault(key, []).append(claim)
    for claim in claims:
        if claim.aspect is not None or not in_its_headline(claim):
            continue
        key = next((key for key in restating_keys(claim) if key in in_body), None)
        if key is None:
            continue
        candidates = restating.get(key, [])
        same = [other for other in candidates if same_metric(claim, other)]
        # the one figure of its value and unit in its article restates it, however reworded (上海有1例确诊病例3月12日
        # 出院 -> 1例新型冠状病毒肺炎病例…于今日出院), as the period step reads it
        reworded = [other for other in candidates if in_body.get(key) == 1 and _share_a_word(claim, other)]
        aspects = {other.aspect for other in (same or reworded)}
        if len(aspects) == 1:
            claim.aspect = aspects.pop()


def _share_a_word(headline: Claim, body: Claim) -> bool:
    """The two metrics share two characters in a row (确诊病例出院, 新型冠状病毒肺炎病例: 病例), or either names
    nothing: a rewording of one thing, not another thing counted (确诊病例, 出院)."""
    if not headline.metric or not body.metric:
        return True
    return any(headline.metric[i : i + 2] in body.metric for i in range(len(headline.metric) - 1))


def _items_of_a_current_count(text: str, claims: list[Claim]) -> None:
    """ "我区现有确诊病例0例，重症病例0例，死亡病例0例，疑似病例0例，治愈出院病例1例": the 现有 heading a sentence's
    list of counts reaches every item after it, up to another marker (累计): an item with no marker of its own, after
    an item of that count, is a stock (疑似病例), or a running total where it counts those discharged or dead, who
    never leave the count (as 现有治愈出院病例 is: find_aspect)."""
    for i in range(1, len(claims)):
        claim, previous = claims[i], claims[i - 1]
        if (
            claim.aspect is None
            and claim.kind == "count"
            and claim.unit in PEOPLE_UNITS
            and previous.sentence_start == claim.sentence_start
            and previous.aspect in ("stock", "cumulative")
            and previous.unit in PEOPLE_UNITS
            and _current_list_head(text, claim)
            and not _heads_its_parts(text, claim)
        ):
            claim.aspect = "cumulative" if names_an_outcome(claim.metric) else "stock"


def _current_list_head(text: str, claim: Claim) -> bool:
    """The nearest marker before the figure in its sentence that is no condition is 现有, and no flow's is before it:
    a day's new figures (昨日新增确诊5例，现有确诊50例，治愈出院1例) leave an outcome after them the day's or all so
    far, unknown; so do outcomes among those in a place (在院治疗的12例患者中，…4例出院)."""
    found = _time_markers_before(text, claim)
    return bool(found) and found[-1] == _CURRENT and "flow" not in {markers()[word] for word in found}


_CURRENT = "现有"


def _heads_its_parts(text: str, claim: Claim) -> bool:
    """The figure's clause heads a breakdown (全省121例确诊病例中，…): a whole, no item of the list before it."""
    end = _CLAUSE_BOUNDARY.search(text, claim.end, claim.end + _CLAUSE_CHARS)
    return end is not None and text[claim.end : end.start()].rstrip().endswith(_AMONG)


_AMONG = "中"


def _windows_off_totals(text: str, claims: list[Claim]) -> None:
    """ "2月1日0时至12时，云南省新增2例。全省累计报告确诊病例93例…确诊病例中，昆明市30例": the window of hours (or 当日)
    a running total or a stock carried from a sentence before is the time of the new figures it opened, not its own:
    a total or a stock is counted as of the window's end, the only time the text writes for it — written so in the
    window's words (as_of_its_end), dated to it with no start (the period step carries a period before the aspect is
    known, and dates a total in the window's own sentence so already: AsOfTheEnd). A stock that is a part of the
    window's new figures is of the window (below); a 当日 with no hours, or a window of no known end, leaves the
    figure no time, unless the total it is part of has one."""
    for i, claim in enumerate(claims):
        if (
            claim.aspect in ("cumulative", "stock")
            and claim.period_basis == "carried"
            and (claim.aspect == "cumulative" or not _part_of_new_figures(text, claim))
            and claim.period is not None
            and a_window_of_new_figures(claim.period)
        ):
            if claim.period_end is None or claim.period_end[10:] in ("", "T00:00") or not a_report_window(claim.period):
                claim.period = claim.period_start = claim.period_end = claim.period_basis = None
                whole = _whole_dated_by_a_window(claims, i)
                if whole is not None:
                    # 全省累计报告确诊病例168例…。密切接触者当日解除…。确诊病例中，玉溪市14例: a part of the total is as
                    # of the window's end the total is, not of the 当日 of the sentence between
                    claim.period, claim.period_end, claim.period_basis = whole.period, whole.period_end, "carried"
                    claim.notes.append(f"as of the end of {claim.period}, the window of the total it is part of")
            elif claim.period_start is not None:
                claim.notes.append(f"as of the end of {claim.period}, the window of the new figures before it")
                claim.period, claim.period_start = as_of_its_end(claim.period), None


def _whole_dated_by_a_window(claims: list[Claim], i: int) -> Claim | None:
    """The last figure before claims[i] in its article counting what it counts (its metric and unit), of its aspect
    and no smaller, dated by a report window with a known end: the total the part is of."""
    part = claims[i]
    for k in range(i - 1, max(-1, i - _WHOLE_REACH), -1):
        whole = claims[k]
        if whole.article_index != part.article_index:
            return None
        if (
            whole.metric == part.metric
            and whole.unit == part.unit
            and whole.aspect == part.aspect
            and whole.value >= part.value
            and whole.period is not None
            and whole.period_end is not None
            and whole.period_end[10:] not in ("", "T00:00")
            and (a_report_window(whole.period) or whole.period.startswith(UNTIL_WORD))
        ):
            return whole
    return None


_WHOLE_REACH = 200  # figures looked back over for a part's total: a province's list of its cities at most


def _part_of_new_figures(text: str, claim: Claim) -> bool:
    """A figure in a condition singled out of the new figures before it (新增确诊病例32例。其中，轻型病例5例) or said
    after them in its sentence (新增重型病例3例，1例重型病例符合出院标准): of the window's new cases."""
    before = text[claim.sentence_start : claim.start]
    return _QIZHONG.search(before) is not None or "flow" in aspect_markers_in(before)


@cache
def _restating_clause() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What may open a clause before a count restating a group (以上, 上述: lexicon/restating_determiners.txt), and
    the word after the count saying all of it (均, 都: lexicon/all_of_them_words.txt)."""
    determiners = lexicon.alternation(lexicon.word_list("restating_determiners.txt"))
    all_of_them = lexicon.alternation(lexicon.word_list("all_of_them_words.txt"))
    return compile_pattern(rf"\s*(?:{determiners})?\s*"), compile_pattern(rf"\s*(?:{all_of_them})")


def _groups_restated(text: str, claims: list[Claim]) -> None:
    """ "广东省新增3例…确诊病例。…3例均有湖北居住史或旅行史": a count opening its clause and followed by 均 (都, 全部:
    all of them) restates a group counted before it in its article, to say something of each of them — the day's 3
    new cases here — and is of that figure's aspect: the nearest earlier count of the same value, counted alike, of
    an aspect. Its clause has no marker of its own; without such a figure before it is left unknown."""
    opening, all_of_them = _restating_clause()
    for i, claim in enumerate(claims):
        if claim.aspect is not None or claim.kind != "count" or not all_of_them.match(text, claim.end):
            continue
        if not opening.fullmatch(text, _clause_opening(text, claim), claim.start):
            continue
        for group in reversed(claims[max(0, i - _SPLIT_REACH) : i]):
            if group.article_index != claim.article_index:
                break
            if group.kind == "count" and group.value == claim.value and counted_alike(group.unit, claim.unit):
                if group.aspect is not None and group.subject == claim.subject:
                    claim.aspect = group.aspect
                break


@cache
def _ratio_outcome_words() -> tuple[str, ...]:
    return tuple(lexicon.word_list("accumulating_outcome_rates.txt"))


def _rates_of_running_totals(text: str, claims: list[Claim]) -> None:
    """ "至此，青海省确诊的18例患者中已有9例出院，治愈率达50%": a rate of an outcome that is never undone (治愈率,
    病死率: lexicon/accumulating_outcome_rates.txt) counted as of a time (至此, 截至…) is the ratio of two running
    totals, a running total's rate, as the counts beside it are. Only where its sentence opens with the time as of
    which, or the rate's period is one; a rate of no such time (目前病死率2.3%, 全年死亡率7.1‰) is left unknown."""
    for claim in claims:
        if claim.aspect is not None or claim.kind != "percent" or not claim.metric:
            continue
        if not claim.metric.endswith(_ratio_outcome_words()):
            continue
        if _counted_as_of_a_time(text, claim) or _AS_OF.match(claim.period or ""):
            claim.aspect = "cumulative"


# a colon right after a figure: the figure heads a list (累计收到…257例：香港特别行政区167例…)
_HEADING_COLON = compile_pattern(r"[ \t\u3000]*[：:]")


def _under_a_running_total(text: str, claims: list[Claim]) -> None:
    """ "累计收到港澳台地区通报确诊病例257例：香港特别行政区167例（出院92例，死亡4例），澳门特别行政区13例
    （出院10例）…": a running total heading a colon list scopes the whole list, its parts and what is said of
    each part in brackets (出院10例 is discharges so far, not the day's), though a part's own clause names no
    marker. Only figures counted alike (例 of 例, 人 of 例) and of no aspect of their own; the reach ends at the
    sentence's end, or where the list turns to a day's figures (…，今日新增3例, a flow)."""
    for i, whole in enumerate(claims):
        if whole.aspect != "cumulative" or not _HEADING_COLON.match(text, whole.end):
            continue
        for part in claims[i + 1 :]:
            if part.sentence_start != whole.sentence_start or part.article_index != whole.article_index:
                break
            if part.aspect == "flow":
                break
            if part.aspect is None and part.kind in _KINDS and counted_alike(whole.unit, part.unit):
                part.aspect = "cumulative"


@cache
def _spanning_clause() -> re.Pattern[str]:
    """A clause opening with a verb of what a figure before it spans (涉及, 分布在: lexicon/spanning_verbs.txt)."""
    verbs = lexicon.alternation(spanning_verbs())
    return compile_pattern(rf"[ \t\u3000]*(?:{verbs})")


def _spanned_by_a_running_total(text: str, claims: list[Claim]) -> None:
    """ "累计报告确诊病例451例，涉及21个市（州）、125个县（市、区）": the places a running total is spread over,
    counted in a clause of its sentence opening with 涉及 (分布在…), are those of all its cases so far, a running
    total too, though their clause names no marker. Only after a running total of the same sentence, and only
    counts of no aspect of their own."""
    for i, claim in enumerate(claims):
        if claim.aspect is not None or claim.kind != "count":
            continue
        if not any(
            c.aspect == "cumulative" and c.article_index == claim.article_index
            for c in claims[:i]
            if c.sentence_start == claim.sentence_start
        ):
            continue
        clause = _clause_opening(text, claim)
        if _spanning_clause().match(text, clause, claim.start):
            claim.aspect = "cumulative"


def _clause_opening(text: str, claim: Claim) -> int:
    """Where the figure's clause starts: after the last ，；。 before it in its sentence."""
    start = max(claim.sentence_start, claim.start - _CLAUSE_CHARS)
    ends = [boundary.end() for boundary in _CLAUSE_BOUNDARY.finditer(text, start, claim.start)]
    return ends[-1] if ends else claim.sentence_start


# what may stand between a list's item and the next: a separator and the next item's short label, no figure
_ITEM_GAP = compile_pattern(r"[、，,][^0-9０-９。；;！？!?：:（()）]{1,12}")
_PART_OF_A_WHOLE = ("sentence", "carried")  # metric bases of a part that counts what its whole counts
_SHARED_ASPECTS = ("cumulative", "flow")  # a stock marker is its own item's (重症7例), never the list's
_HEAD_CHARS = 2  # the head noun a count's metric ends with (确诊病例, 疑似病例: 病例)


def _labelled_items_of_a_list(text: str, claims: list[Claim]) -> None:
    """ "累计确诊病例41例，其中西城区4例、…昌平区3例，外地来京人员11例": an item of a whole's list named by a
    label of its own (外地来京人员, 境外输入) rather than by a place is a part of the same whole as the items
    before it, of their aspect, though its label names no marker. Only after a part that took its whole's
    metric (so the list is a whole's breakdown, not the whole itself: 累计建成5000个，其中快充桩1200个 says
    nothing of the part's aspect), and only a running total's or a flow's aspect."""
    for i in range(1, len(claims)):
        item, before = claims[i], claims[i - 1]
        if item.aspect is not None or item.kind not in _KINDS or item.metric_basis != "clause":
            continue
        if before.sentence_start != item.sentence_start or before.article_index != item.article_index:
            continue
        if before.metric_basis not in _PART_OF_A_WHOLE or before.aspect not in _SHARED_ASPECTS:
            continue
        if before.subject is None or before.subject == item.subject:
            continue  # the part before is a place's of the list (昌平区3例), not a figure of the whole's place
        if of_one_sex(item.metric):
            continue  # a split by sex is a whole's only where it adds up to it (_splits_of_running_totals)
        if item.metric and before.metric and item.metric[-_HEAD_CHARS:] == before.metric[-_HEAD_CHARS:]:
            continue  # 确诊病例…中卫市1例，疑似病例0例: a count of another kind of the same thing, no part of it
        # the item is its label and figure alone (，外地来京人员11例), counted as the part before it is
        if (
            before.unit == item.unit
            and _ITEM_GAP.fullmatch(text, before.end, item.start)
            and text[before.end + 1 : item.start].strip() == item.metric
        ):
            item.aspect = before.aspect


# how far back a split's total is looked for: a province's bulletin lists its cities' shares between
# the total and its split by sex (累计…1095例。…确诊病例中，深圳市354例、…河源市3例。男性542例，女性553例)
_SPLIT_REACH = 60


def _splits_of_running_totals(text: str, claims: list[Claim]) -> None:
    """A split of a running total (累计报告确诊病例1095例。…男性542例，女性553例; 累计确诊病例169例…外地来沪人员73例，
    本市常住人员96例; 96例…71例有湖北居住或旅行史，…2例无湖北接触史) is of the total's aspect and time: its parts,
    the figures of no aspect of one sentence, add up to the total, or, for a split by sex, its heading says it
    (累计确诊病例中，男性10例、女性8例). Only a running total's split: the time of the sentence between (8日当天0-12时
    新增20例) is the day's, not the split's. A split adding up to no running total is left as it is."""
    i = 0
    while i < len(claims):
        j = i
        while j < len(claims) and _a_split_part(claims[j], claims[i], text):
            j += 1
        # a whole and the parts in its brackets (疑似病例7例（四川省2例，…）), or parts inside a bracket opened before
        # (…5例为呼和浩特市2例、（包头市土右旗1例、…3例）。), are no split of another figure
        if j - i >= 2 and not _BRACKET.search(text, claims[i].sentence_start, _clause_end(text, claims[j - 1])):
            _give_the_totals_aspect(text, claims, i, j)
        i = max(j, i + 1)


_BRACKET = compile_pattern(r"[（()）]")


def _clause_end(text: str, claim: Claim) -> int:
    boundary = _AFTER_BOUNDARY.search(text, claim.end)
    return boundary.end() if boundary is not None else len(text)


def _a_split_part(claim: Claim, first: Claim, text: str) -> bool:
    """A figure of no aspect of the first's sentence and unit, and of no time of its own nor an outcome (目前，…
    死亡1例，出院31例，242例在定点医院…: outcomes of the total, each of its own aspect and time, not a split of it)."""
    return (
        claim.kind == "count"
        and claim.aspect is None
        and claim.unit == first.unit
        and claim.sentence_start == first.sentence_start
        and claim.article_index == first.article_index
        and (of_one_sex(claim.metric) or _neither_dated_nor_an_outcome(claim, text))
    )


def _neither_dated_nor_an_outcome(claim: Claim, text: str) -> bool:
    """Of no time of its own, no outcome (出院病例4例), and not where the cases are now (5例在临夏州定点医院
    住院隔离治疗: a stock, though it adds up to the total too)."""
    return (
        claim.period_basis in (None, "carried")
        and not (claim.metric or "").endswith(accumulating_outcomes())
        and _WHERE_NOW.match(text, claim.end) is None
    )


# where the cases counted are now: in a hospital, under treatment or isolation
_IN_CARE_WORDS = "住院|隔离|治疗"
_WHERE_NOW = compile_pattern(rf"[^，,；;。]{{0,12}}?(?:在|{_IN_CARE_WORDS})")
# 在 right after a count of people, then where they are held and the care (59人在省级定点医院隔离留观, 215人在集中隔离点
# 隔离): how many are in it now
_IN_CARE_AFTER = compile_pattern(rf"\s?(?:正|仍|均)?在[^，,；;。、]{{0,14}}?(?:{_IN_CARE_WORDS}|留观|医学观察)")


def _in_care_now(text: str, claim: Claim) -> str | None:
    """ "伊朗包机境外输入性病例密切接触者274人，其中59人在省级定点医院隔离留观": a count of people said to be in care or
    isolation where the figure's clause has no marker is a stock, also with its noun between (目前3名患者均在定点医院
    隔离治疗)."""
    if claim.unit not in PEOPLE_UNITS:
        return None
    after = claim.end + len(claim.metric) if claim.metric and text.startswith(claim.metric, claim.end) else claim.end
    return "stock" if _IN_CARE_AFTER.match(text, after) else None


def _give_the_totals_aspect(text: str, claims: list[Claim], i: int, j: int) -> None:
    parts = claims[i:j]
    heading = text[parts[0].sentence_start : parts[0].start]
    cut = _CLAUSE_BOUNDARY.search(heading)
    by_sex = all(of_one_sex(part.metric) for part in parts)
    if by_sex and cut is not None and "cumulative" in aspect_markers_in(heading[: cut.start()]):
        for part in parts:
            part.aspect = "cumulative"  # 累计报告确诊病例中，男性424例，女性446例
        return
    total = sum(part.value for part in parts)
    # a split by what the cases had been through (其中，45例有武汉旅居史，7例…，9例有湖北以外地区旅居史) need not name
    # every part: it is of the running total just before it that it does not exceed
    by_history = all(history_phrase().fullmatch(part.metric or "") for part in parts)
    for whole in reversed(claims[max(0, i - _SPLIT_REACH) : i]):
        if whole.article_index != parts[0].article_index:
            return
        if whole.aspect == "stock" and whole.value == total and counted_alike(whole.unit, parts[0].unit):
            # 目前40名在治患者…。其中，36例…，3例…，1例…: the parts of how many there are now, stocks themselves
            for part in parts:
                part.aspect = "stock"
            return
        if by_history and whole.unit == parts[0].unit and whole.aspect != "cumulative":
            return  # the figure just before is another: the split is not of the running total before it
        if (
            whole.aspect == "cumulative"
            and whole.unit == parts[0].unit
            and (whole.value == total or (by_history and whole.value >= total))
        ):
            for part in parts:
                part.aspect = "cumulative"
                if whole.period and part.period != whole.period:
                    part.period, part.period_start, part.period_end = whole.period, whole.period_start, whole.period_end
                    part.period_basis = "sentence" if whole.sentence_start == part.sentence_start else "carried"
            return


def _parts_after_qizhong(text: str, claims: list[Claim]) -> None:
    """ "累计报告…病例64例。其中，外地来黔返黔人员38例，本省常住人口26例；": the parts a sentence opening with 其中
    lists up to its first ；or 。 take the aspect of the running total or flow just before them that they add up
    to (38 + 26 = 64), named by labels of their own (no place, no sex) as they may be; parts a condition's word read
    as stocks (轻型病例2例，普通型病例21例) take a flow's."""
    i = 0
    while i < len(claims):
        first = claims[i]
        if not _opens_parts(text, claims, i) or first.aspect not in _OPEN_ASPECTS or first.kind not in _ADDING_KINDS:
            i += 1
            continue
        stop = _PARTS_END.search(text, first.start)
        end = stop.start() if stop else len(text)
        j = i
        while (
            j < len(claims)
            and claims[j].start < end
            and claims[j].sentence_start == first.sentence_start
            and claims[j].kind == first.kind
            and claims[j].unit == first.unit
            and claims[j].aspect in _OPEN_ASPECTS
        ):
            j += 1
        parts = claims[i:j]
        opening = _QIZHONG.match(text, first.sentence_start) is not None
        if not opening and any(_SAID_OF_AFTER.match(text, part.end) is None for part in parts):
            # 累计确诊121例，其中死亡1例，出院5例，115例在医院隔离治疗: a part said of by the words after it may be of
            # another aspect (those in hospital now), whatever the sum
            parts = []
        if len(parts) >= 2:
            # a part's own breakdown in brackets (国有股减转持资金2844.13亿元（减持资金971.59亿元、…）) is inside it
            total = sum(part.value for part in parts if not _in_brackets_since(text, first.start, part.start))
            whole = next(
                (
                    c
                    for c in reversed(claims[max(0, i - _SPLIT_REACH) : i])
                    if c.article_index == first.article_index and c.unit == first.unit and isclose(c.value, total)
                ),
                None,
            )
            if whole is not None and whole.aspect in ("cumulative", "flow"):
                for part in parts:
                    # 新增…23例。其中，轻型病例2例，普通型病例21例: parts read as stocks by their condition's word are,
                    # of new cases, new too; of a running total they stay the stocks they say
                    if part.aspect is None or whole.aspect == "flow":
                        part.aspect = whole.aspect
        i = max(j, i + 1)


def _parts_said_to_be_a_kind(text: str, claims: list[Claim]) -> None:
    """ "新增确诊病例9例，其中5例为确诊病例的密切接触者，1例为外地来沪人员", "新增确诊病例20例。其中：揭阳3例为首次
    报告确诊病例": the cases after 其中 said to be of a kind (为…) are some of the whole's, of its aspect (the new
    cases of its window, the running total's), though they need not add up to it. The whole is the last figure of
    their unit no smaller than any of them, in the first one's sentence or the one before (其中重症病例2例 is a part
    too)."""
    starts = sorted({claim.sentence_start for claim in claims})  # the sentences with a figure, in order
    i = 0
    while i < len(claims):
        first = claims[i]
        # a part said to be of a condition (其中1例为重型病例) may have read as a stock by its word: of new cases, it
        # is new too
        if not _opens_parts(text, claims, i) or first.aspect not in _OPEN_ASPECTS or first.kind != "count":
            i += 1
            continue
        k = bisect_left(starts, first.sentence_start)
        sentences = {first.sentence_start, starts[k - 1] if k else first.sentence_start}  # its own, the one before
        j = i
        while (
            j < len(claims)
            and claims[j].sentence_start == first.sentence_start
            and claims[j].unit == first.unit
            and claims[j].aspect in _OPEN_ASPECTS
            and _SAID_TO_BE_A_KIND.match(text, claims[j].end)
        ):
            j += 1
        parts = claims[i:j]
        largest = max((part.value for part in parts), default=0)
        whole = next(
            (
                c
                for c in reversed(claims[max(0, i - _SPLIT_REACH) : i])
                if c.unit == first.unit
                and c.value >= largest
                and c.article_index == first.article_index
                and c.sentence_start in sentences
            ),
            None,
        )
        if parts and whole is not None and whole.aspect in ("cumulative", "flow", "stock"):
            for part in parts:
                if part.aspect is None or whole.aspect == "flow":
                    part.aspect = whole.aspect
        i = max(j, i + 1)


# the aspects a part said to be of a kind may have before its whole's is given: none, or a stock read from its word
_OPEN_ASPECTS = (None, "stock")
# what the part is said to be right after its figure: 为 or 是 with the cases' noun before it at most (3例病例为…), or
# what it had (7例有湖北及其他省份接触史)
_SAID_TO_BE_A_KIND = compile_pattern(r"(?:病例|患者|人)?(?:为|是|均为|均是|有|均有)(?![0-9０-９])")
_QIZHONG = compile_pattern(r"\s*其中")
# 其中 opening the clause of the first part, after the whole in the same sentence (累计10291.62亿元，其中，一般公共
# 预算拨款3548.36亿元、…)
_QIZHONG_BEFORE = compile_pattern(r"其中[，,：:]?\s*[^，,。；;0-9０-９]{0,20}$")
# nothing said of a part after its figure but a note in brackets (or the end of the bracket it is in): its label
# before it names it (甲市50例、乙市30例)
_SAID_OF_AFTER = compile_pattern(r"\s*(?:[（(][^）)]*[）)])?\s*(?:[、，,；;。和及）)]|$)")
# the kinds of figure whose parts add up: counts, sums of money, measures (not rates, shares, changes)
_ADDING_KINDS = frozenset({"count", "money", "measure"})


def _in_brackets_since(text: str, start: int, at: int) -> bool:
    """Whether a bracket opened between start and at is still open at `at`."""
    stretch = text[start:at]
    return stretch.count("（") + stretch.count("(") > stretch.count("）") + stretch.count(")")


def _opens_parts(text: str, claims: list[Claim], i: int) -> bool:
    """Whether the claim is the first part after 其中: its sentence opens with it, or its own clause does after a
    figure of the same sentence."""
    first = claims[i]
    if _QIZHONG.match(text, first.sentence_start):
        return True
    before = claims[i - 1] if i else None
    if before is None or before.sentence_start != first.sentence_start:
        return False
    return _QIZHONG_BEFORE.search(text, before.end, first.start) is not None


_PARTS_END = compile_pattern(r"[；;。]")


def _outcome_as_of_a_running_total(claims: list[Claim], i: int) -> str | None:
    """ "截至3月23日24时，天津市累计报告确诊病例136例，出院病例133例，死亡病例3例": a count of an outcome that
    is never undone (a death, a discharge: lexicon/accumulating_outcomes.txt) as of the very time an earlier
    running total of its article is counted as of is a running total too — the opening's 累计 scopes the
    clauses after it that name no marker of their own. Not a condition people leave again (279例在院治疗, 疑似
    病例124例): those are stocks, and their clauses are left as they are."""
    claim = claims[i]
    if not claim.metric or not claim.metric.endswith(accumulating_outcomes()):
        return None
    if _after_a_running_total_in_its_sentence(claims, i):
        return "cumulative"
    if not claim.period or not _AS_OF.match(claim.period):
        return None
    for whole in reversed(claims[max(0, i - _SPLIT_REACH) : i]):
        if whole.article_index != claim.article_index:
            break
        if (
            whole.aspect == "cumulative"
            and _of_one_time(whole.period, claim.period)
            and counted_alike(whole.unit, claim.unit)
        ):
            return "cumulative"
    return None


def _after_a_running_total_in_its_sentence(claims: list[Claim], i: int) -> bool:
    """ "全省累计报告确诊病例125例，治愈出院111例，死亡1例": an outcome's count listed after a running total in the
    same sentence, of its time (whatever it is, or none written), with no flow between them, is listed with it as
    a running total too."""
    claim = claims[i]
    for whole in reversed(claims[max(0, i - _SPLIT_REACH) : i]):
        if whole.sentence_start != claim.sentence_start or whole.article_index != claim.article_index:
            return False
        if whole.aspect == "flow":
            return False
        if (
            whole.aspect == "cumulative"
            and _of_one_time(whole.period, claim.period)
            and counted_alike(whole.unit, claim.unit)
        ):
            return True
    return False


_CASES = "例"


def _of_one_time(period: str | None, other: str | None) -> bool:
    """Two periods name one time: as written, or a window and the as-of time at its end a total was given
    (2月1日12时至24时 and 截至2月1日24时: the totals the period step dated so, the parts not yet)."""
    return period == other or (
        period is not None and other is not None and as_of_its_end(period) == as_of_its_end(other)
    )


@cache
def _window_opening_stocks() -> tuple[str, ...]:
    return tuple(lexicon.word_list("window_opening_stocks.txt"))


def _counted_in_a_window(text: str, claims: list[Claim], i: int) -> str | None:
    """ "2月7日0时至24时，北京市新增18例…。出院1例，死亡1例。": a count dated to a window of hours (its own or
        carried from its paragraph's opening) that names no marker counts what came in that window — a flow. Not
        where the window's own flow of the same thing is another figure (1月26日18时至21时，新增5例确诊病例。确诊病例
        68例，其中…): then this one, or a part of it, is not the window's count of it (or is, where it lists that flow's
    parts — and then the list took the flow's aspect already), and is left unknown."""
    claim = claims[i]
    if claim.unit not in PEOPLE_UNITS or of_one_sex(claim.metric):
        # only cases and people are counted by a reporting window; a split by sex (男性133例，女性139例) is of its
        # total's aspect and time (_splits_of_running_totals)
        return None
    if claim.unit != _CASES and not _after_a_flow_in_its_sentence(claims, i):
        # people, only after the window's flow in their sentence (当日新增治愈出院病例1370例，解除医学观察的密切接触者
        # 1409人): a group named alone in a window's report (伊朗包机…密切接触者274人) is no count of the window
        return None
    start, end = claim.period_start, claim.period_end
    if not start or not end:
        return None
    # 上海昨日…新增境外输入3例，治愈出院1例: a day's count after the day's flow in its sentence is of that day too
    one_day = "T" not in start and start == end and _after_a_flow_in_its_sentence(claims, i)
    if not one_day and ("T" not in start or "T" not in end or start >= end):
        return None
    if text[max(0, claim.start - 4) : claim.start].endswith(_window_opening_stocks()):
        return "stock"  # 原有14例疑似病例: those there were when the window opened, a stock at its opening
    for other in claims[max(0, i - _SPLIT_REACH) : i]:
        if other.sentence_start == claim.sentence_start and other.kind == "count":
            if other.aspect is None:
                return None  # a list whose whole was left unknown (确诊病例68例，其中…，外地来京人员12例)
            if other.aspect == "cumulative" or (
                other.aspect == "stock" and (other.period_start, other.period_end) != (start, end)
            ):
                # the sentence has turned to totals: 累计确诊病例756例(含…治愈出院390例…); a condition counted in the
                # window itself (26日16时～27日7时，…新增确诊病例9例，重症病例3例，死亡病例1例) turns nothing
                return None
        if (
            other.article_index == claim.article_index
            and other.aspect == "flow"
            and other.period_start == start
            and other.period_end == end
            and other.metric_key is not None
            and other.metric_key == claim.metric_key
            and other.value != claim.value  # the headline's copy of this very figure is no other count of it
        ):
            return None
    return "flow"


def _an_outcome_of_its_day(claim: Claim) -> str | None:
    """ "北京昨日无新增报告确诊病例，7例治愈出院", "今天，全省12名患者治愈出院": people who left hospital or died
    (lexicon/accumulating_outcomes.txt) on the one day the figure's own sentence dates it to are that day's — a
    flow, with or without 新增. Not a confirmed case (确诊病例138例 on a day is more often the running total), nor
    a day the figure is counted up to (截至昨日: no start), nor the page's now (目前，25例治愈出院: so far)."""
    if claim.unit not in PEOPLE_UNITS or claim.period_basis not in ("clause", "sentence"):
        return None
    if not names_an_outcome(claim.metric) or not _A_DAY.search(claim.period or ""):
        return None
    start, end = claim.period_start, claim.period_end
    return "flow" if start and start == end and "T" not in start else None


def _an_outcome_so_far(claim: Claim) -> str | None:
    """ "目前，186例病情平稳，…，124例治愈出院，1例死亡": people who left hospital or died, counted as of now, are all
    of them so far — a running total (those in a condition beside them are a stock, by their own words)."""
    if claim.unit not in PEOPLE_UNITS or claim.period not in NOW_WORDS or not names_an_outcome(claim.metric):
        return None
    return "cumulative"


def _an_outcome_reached(text: str, claim: Claim) -> str | None:
    """ "目前，老屋村确诊人数已达7人", "全市死亡病例升至12例": a count of an outcome never undone (a diagnosis, a death,
    a discharge: lexicon/accumulating_outcomes.txt, or its headcount) that has reached a level is all of them so far,
    a running total."""
    metric = (claim.metric or "").removesuffix(_HEADCOUNT)
    if not metric.endswith((*accumulating_outcomes(), _DIAGNOSED)):
        return None
    reach = max(claim.sentence_start, claim.start - _REACHED_REACH)
    return "cumulative" if _reached_before().search(text, reach, claim.start) is not None else None


def _suspects_as_of_a_time(claim: Claim) -> str | None:
    """ "截至2月1日10时，…累计报告确诊病例23例，疑似病例5例": the suspected cases counted as of a time, no marker of
    their own, are those still suspected then (a suspect is confirmed or ruled out): a stock."""
    metric = claim.metric or ""
    if not metric.endswith(_SUSPECTS) or not claim.period or not _AS_OF.match(claim.period):
        return None
    return "stock"


_SUSPECTS = ("疑似病例", "疑似患者")
_HEADCOUNT = "人数"  # 确诊人数, 死亡人数: the people of the outcome
_DIAGNOSED = "确诊"
_REACHED_REACH = 6


@cache
def _reached_before() -> re.Pattern[str]:
    """A verb of a level reached (lexicon/level_reached_verbs.txt: 增至, 升至, 达到…) or 已达 right before a figure."""
    verbs = lexicon.alternation(lexicon.word_list("level_reached_verbs.txt"))
    return compile_pattern(rf"(?:已经?达到?|{verbs})\s*$")


# a day the period names (今天, 昨日, 当日, 2月5日上午), not the page's now (目前, 现有: a running total as of now)
_A_DAY = compile_pattern(r"(?:[今昨前当本]|[0-9０-９一二三四五六七八九十])\s?[日天号]")


def _after_a_flow_in_its_sentence(claims: list[Claim], i: int) -> bool:
    """The figure before it in its sentence is a flow of the same day."""
    claim = claims[i]
    before = claims[i - 1] if i else None
    return (
        before is not None
        and before.sentence_start == claim.sentence_start
        and before.aspect == "flow"
        and before.period_start == claim.period_start
        and before.period_end == claim.period_end
    )


@cache
def _level_verbs() -> re.Pattern[str]:
    return compile_pattern("(?:" + lexicon.alternation(lexicon.word_list("level_reached_verbs.txt")) + r")\s*$")


def _levels_restated_as_totals(text: str, claims: list[Claim]) -> None:
    """ "天津新增4例确诊病例，确诊病例增至45例。截至目前，天津累计报告确诊病例45例": the level a count of cases
    has reached (增至, 升至: lexicon/level_reached_verbs.txt) is the running total where its article restates
    the same figure of the same thing and place as one. Without the restatement it is left unknown: a level
    reached may be a stock (在院患者增至300人)."""
    for claim in claims:
        if claim.aspect is not None or claim.kind != "count" or claim.metric_key is None:
            continue
        if not _level_verbs().search(_clause_before(text, claim)):
            continue
        for total in claims:
            if (
                total is not claim
                and total.aspect == "cumulative"
                and total.article_index == claim.article_index
                and total.value == claim.value
                and total.unit == claim.unit
                and total.subject == claim.subject
                and total.metric_key == claim.metric_key
            ):
                claim.aspect = "cumulative"
                break


def _of_the_whole(text: str, claims: list[Claim], i: int) -> str | None:
    """A part listed under a whole (新增确诊病例中，长沙市19例…; 累计确诊80例。其中长春市33例) is of the
    whole's aspect: the heading clause that opens its sentence when it says one, else the earlier figure
    of its article its metric came from. The whole may name it at length (累计报告…肺炎确诊病例109例。确诊病例中，
    南昌市25例…): the nearest one whose metric ends with the part's, not an earlier list's that
    shares the heading's words (新增确诊病例中…, a day's)."""
    part = claims[i]
    heading = text[part.sentence_start : part.start]
    cut = _CLAUSE_BOUNDARY.search(heading)
    opening = heading[: cut.start()] if cut is not None else ""
    found = aspect_markers_in(opening) if opening else ()
    # 13例确诊病例中包括，包头市3例; 其他9个地市新增确诊病例中，深圳6例: a heading that counts before its noun
    counted = bool(opening) and counted_heading_noun(opening) is not None
    if found and (counted or not _DIGIT.search(opening)):
        # 累计报告确诊病例中，深圳市86例: a heading of words alone says the list's aspect, whatever came
        # before; an opening clause with a figure of its own (新增出院356例，…) only where no whole does
        return found[-1]
    heading_end = part.sentence_start + len(opening)
    # under a heading of words (确诊病例中，…), the list's largest part bounds its whole from below
    largest = _largest_part(claims, part, heading_end) if _WORDS_HEADING.fullmatch(opening) else None
    kind_counted = without_its_sex(part.metric or "")  # 男性确诊病例 is a part of 确诊病例
    for whole in reversed(claims[max(0, i - 40) : i]):
        if whole.article_index != part.article_index:
            break
        if counted and part.sentence_start <= whole.start < heading_end:
            continue  # the heading's count (13例确诊病例中) restates the whole, which came before it
        if part.metric and (whole.metric or "").endswith(kind_counted) and counted_alike(whole.unit, part.unit):
            in_the_list = whole.sentence_start == part.sentence_start and whole.start >= heading_end
            if not in_the_list and largest is not None and whole.value is not None and whole.value < largest:
                # a whole is no smaller than any of its parts: 确诊病例中，深圳市354例… lists no part of the day's
                # 20 new cases of the sentence before, but of the running total 1095 before that
                continue
            if not in_the_list and of_one_sex(part.metric) and whole.value is not None and whole.value < part.value:
                continue  # the same for a split by sex (男性475例: not of the day's 26 new cases)
            if whole.aspect == "flow" and _AS_OF.match(part.period or "") and whole.period != part.period:
                return None  # a part counted as of a time (截至2月5日24时) is no part of a window's flow
            if whole.aspect is not None:
                if part.period_basis == "carried" and _AS_OF.match(whole.period or "") and whole.period != part.period:
                    # a part with no time of its own is counted as of when its whole is (截至2月8日12时), not at
                    # the time of a sentence between them (8日当天0-12时新增20例)
                    part.period, part.period_start, part.period_end = whole.period, whole.period_start, whole.period_end
                return whole.aspect
            break  # the nearest figure of the metric is the whole, and it says no aspect
    return found[-1] if found else None


# a list's heading of words: a noun phrase ending with 中 (确诊病例中, 其中：出院病例中), no figure in it
_WORDS_HEADING = compile_pattern(r"[^0-9０-９]{2,30}中")


def _largest_part(claims: list[Claim], part: Claim, heading_end: int) -> float | None:
    """The largest figure of the list `part` is in: of its sentence after the heading, counting what it does."""
    return max(
        (
            claim.value
            for claim in claims
            if claim.sentence_start == part.sentence_start
            and claim.start >= heading_end
            and claim.metric == part.metric
            and claim.unit == part.unit
            and claim.value is not None
        ),
        default=part.value,
    )


def find_aspect(text: str, claim: Claim, following: Claim | None = None, sentence_end: int | None = None) -> str | None:
    """The aspect the figure's own clause gives: the marker nearest before the figure, else a stock
    marker after it in the clause (up to the next figure, `following`). None if the clause has none,
    or the figure is not an amount (_KINDS)."""
    if claim.kind not in _KINDS:
        return None
    before = _clause_before(text, claim)
    one_day = _dated_to_one_day(claim)
    aspect = None
    aspect_end = 0  # where the marker found last ends
    condition = False  # the marker found last is a condition a case is in (重症), not a word of time
    for match in marker_pattern().finditer(before):
        found = markers()[match.group()]
        if one_day and _done_by_now_only(match.group()):
            # 2月22日已解除观察: 已 alone makes no running total of one day's figure, nor that day's flow: one
            # feed's 已解除观察 dated to a day rises day after day (1263, 1424 … 6419) and then falls (737, 697),
            # totals first and the day's releases after, in the same words, so the aspect is left unknown
            found = NOT_A_MARKER
        if found == NOT_A_MARKER:
            continue
        if match.group() in item_markers() and ("、" in before[match.end() :] or balance(before[match.end() :]) < 0):
            # 重症 of the item before (重症7例、死亡1例) is that item's condition only, and one in a bracket closed
            # before the figure (累计报告病例12例（重症3例）:贵阳市1例) the bracket's
            continue
        if match.group() in item_markers() and aspect == "cumulative" and _one_noun(before[aspect_end : match.start()]):
            continue  # 累计报告重症病例73例: all ever reported in the condition, a running total of its own
        aspect, aspect_end, condition = found, match.end(), match.group() in item_markers()
    # after the figure only a stock's state is written (1077人正在接受医学观察, 12人仍在院治疗); a
    # flow's or a running total's word after it belongs to the next figure (投资5亿元新增产能…)
    after = _clause_after(text, claim, following, sentence_end)
    if aspect is not None:
        if aspect == "stock" and condition and after.endswith(person_outcomes()):
            return _aspect_of_the_outcomes(text, claim)  # 重症监护室救治的2名患者治愈出院
        if (
            aspect == "stock"
            and condition
            and _QIZHONG.match(before)
            and _aspect_of_the_outcomes(text, claim) == "flow"
        ):
            return "flow"  # 新增确诊病例25例，其中重症病例1例: the day's new cases in the condition
        if aspect == "stock" and not condition and names_an_outcome(claim.metric):
            # 现有治愈出院病例460例: those discharged never leave the count, so "the ones there are now" is every one
            # so far (one bulletin's 484 cases = 13 dead + 6 in hospital + 465 discharged), a running total
            return "cumulative"
        return aspect
    match = marker_pattern().search(after)
    if match is not None and markers()[match.group()] == "stock":
        # 1例危重型病例转为重型病例: cases that moved out of the state in the window, not those in it now
        if _turned_into().search(after, match.end()):
            return "flow"
        if match.group() in item_markers() and after.endswith(person_outcomes()):
            return _aspect_of_the_outcomes(text, claim)  # 7例为重型病例治愈出院, 1例危重病例死亡
        return "stock"
    if claim.metric and text.startswith(claim.metric, claim.end):
        # 江苏报告0例新增确诊病例: the figure's own noun after it opens with its marker (unlike 投资5亿元新增产能,
        # where the noun after is the next figure's and the figure's own is before it)
        own = marker_pattern().match(claim.metric)
        if own is not None and markers()[own.group()] in ("flow", "cumulative"):
            return markers()[own.group()]
    if _counted_as_of(text, claim, before):
        return "cumulative"
    if _counted_as_of_a_time(text, claim):
        # 截至2月1日16时，本市死亡1例，出院9例，在定点医院进行隔离治疗158例: as of a time, those who died or left so
        # far (a running total) and those in hospital at it (a stock), with no word of aspect of their own
        if names_an_outcome(claim.metric):
            return "cumulative"
        if _IN_CARE.search(before):
            return "stock"
        if _REPORTED.search(before):
            # 截至2月24日24时，黑龙江省报告确诊病例480例: all reported by then, a running total (as 累计报告)
            return "cumulative"
    return None


# a verb of reporting cases: all reported by a time are every one so far (not 报告称, a report saying)
_REPORTED = compile_pattern(r"(?:报告|通报)(?![称说指显])")

# where cases are cared for now: in a hospital, under treatment or isolation (在定点医院进行隔离治疗)
_IN_CARE = compile_pattern(rf"在[^，,；;。]{{0,12}}?(?:{_IN_CARE_WORDS})")


def _aspect_of_the_outcomes(text: str, claim: Claim) -> str | None:
    """A count of cases in a condition that left it (新增出院32例，7例为重型病例治愈出院; 1例危重病例死亡) counts
    discharges or deaths, not who is in the condition now: the aspect of the nearest marker before it in its
    sentence that is no condition (新增出院: the day's flow), else None, for the outcome rules to decide."""
    found = _time_markers_before(text, claim)
    return markers()[found[-1]] if found else None


def _time_markers_before(text: str, claim: Claim) -> list[str]:
    """The markers before the figure in its sentence that mark a time (新增, 累计, 现有), not a condition (重症)."""
    return [
        match.group()
        for match in marker_pattern().finditer(text, claim.sentence_start, claim.start)
        if match.group() not in item_markers() and markers()[match.group()] != NOT_A_MARKER
    ]


def _one_noun(between: str) -> bool:
    """Only words stand between a running total's marker and a condition word (累计报告重症病例): no figure, no
    list or clause mark — 累计确诊病例307例(含重症病例21例 counts the condition now, inside the total."""
    return _NOT_ONE_NOUN.search(between) is None


_NOT_ONE_NOUN = compile_pattern(r"[0-9０-９、，,；;（()）]")


# 截至12日，共有190支医疗队…支援湖北; 至此，…已有9例出院: a count as of a time (截至, 截止, 至此) of all there are
# (共有) or of those done by then (已有) is a running total. 共有 needs the time in its own clause or the one
# just before (截至2月3日…，而医院共有床位600张 is no total); 已有 anywhere before it in the sentence
_AS_OF = compile_pattern(r"^\s*(?:截至|截止|至此)")
_OPENS_AS_OF = compile_pattern(r"\s*(?:截至|截止|至此)")  # at a sentence's start, read from its offset
_ALL_THERE_ARE = "共有"
_DONE_BY_THEN = "已有"
_SINCE = "以来"


def _counted_as_of(text: str, claim: Claim, before: str) -> bool:
    """The figure's own clause counts with 共有 or 已有, or with the adverb 共 before its verb (红十字会共接收27笔捐赠),
    as of a time its sentence opens a clause with."""
    if _ALL_THERE_ARE not in before and _DONE_BY_THEN not in before and not _in_all_before_a_verb(before):
        return False
    if claim.period and claim.period.endswith(_SINCE):
        return True  # 疫情发生以来…共查处100起, 今年以来共接待游客: all there are from a start up to now
    head = text[max(claim.sentence_start, claim.start - _CLAUSE_CHARS) : claim.start - len(before)]
    earlier = [clause for clause in _CLAUSE_BOUNDARY.split(head) if clause.strip()]
    if _AS_OF.match(before):
        return True
    if _DONE_BY_THEN in before and any(_opens_as_of(clause) for clause in earlier):
        return True
    return bool(earlier) and _opens_as_of(earlier[-1])


def _opens_as_of(clause: str) -> bool:
    """The clause opens with the time it counts as of, or says it after a colon (通报：截至1月26日24时): who
    reports it is no part of the time."""
    return _AS_OF.match(_AFTER_A_COLON.split(clause)[-1]) is not None


def _counted_as_of_a_time(text: str, claim: Claim) -> bool:
    """The figure's sentence opens with the time it counts as of, or says it after the last colon before the
    figure (青岛市政府新闻办…通报：截至1月26日24时，青岛市共确诊…10例)."""
    return _OPENS_AS_OF.match(text, claim.sentence_start) is not None or _opens_as_of(
        text[claim.sentence_start : claim.start]
    )


# a colon that ends who speaks; not one between the digits of a clock time (截至1月23日21:00)
_AFTER_A_COLON = compile_pattern("(?<![0-9０-９])[：:]|[：:](?![0-9０-９])")


def _in_all_before_a_verb(before: str) -> bool:
    """共 as jieba reads an adverb (in all) right before a verb (共接收, 共收到): not 公共, 共同, 共享."""
    if _IN_ALL not in before:
        return False
    words = phrase_words(before)
    return any(
        word == _IN_ALL and tag == "d" and following.startswith("v")
        for (word, tag), (_, following) in zip(words, words[1:], strict=False)
    )


_IN_ALL = "共"


def _dated_to_one_day(claim: Claim) -> bool:
    """The figure's own clause dates it to one day of the calendar (2月22日, 31日, 当日, 2月22日0—24时), not
    to a time as of which it is counted (截至2月22日, 目前, 年末) or a moment (1月26日6时)."""
    if claim.period_basis != "clause" or not claim.period:
        return False
    start, end = period_dates(claim.period, _ANY_DAY)
    if start is None or end is None or start[:10] != end[:10] or (start == end and "T" in start):
        return False
    return _DAY_CHAR.search(claim.period) is not None


# the day a period's span is reckoned from: its length is asked, not where it falls, and the text may give
# no year (2月22日 in a page with no publication date); in a leap year (2月29日), the 31st (31日 alone)
_ANY_DAY = Date(2000, 1, 31)
# a period that names a day (2月22日, 5号, 当天), not now (目前, 现在) or the end of a year (年末: a stock's time)
_DAY_CHAR = compile_pattern(r"[日号天]")
# the perfect aspect (已解除, 已治愈, 已建成: done by now): a running total only of a figure dated by its sentence,
# not of one whose clause dates it to one day (2月22日已解除观察6419人 is no total since some start)
_DONE_BY_NOW = "已"


def _done_by_now_only(marker: str) -> bool:
    """A running-total marker told only by 已 (已解除, 已建成), not by a word of its own (已累计 is 累计)."""
    rest = marker.removeprefix(_DONE_BY_NOW)
    return rest != marker and markers().get(rest) != "cumulative"


def _clause_before(text: str, claim: Claim) -> str:
    head = text[max(claim.sentence_start, claim.start - _CLAUSE_CHARS) : claim.start]
    cut = max((m.end() for m in _CLAUSE_BOUNDARY.finditer(head)), default=0)
    return head[cut:]


# a change of state written after the figure (…病例转为重型病例, 转归): what moved in a window, not who is in a state
@cache
def _turned_into() -> re.Pattern[str]:
    """A move from one condition to another (转为, 转成, and the moves of lexicon/aspect_markers.tsv: 转轻症, 转普通…):
    3例重症病例转轻症病例 are cases that left the condition in the window, not those in it now."""
    moves = [m for m, aspect in markers().items() if m.startswith("转") and aspect == "flow"]
    return compile_pattern(lexicon.alternation(["转为", "转成", "转归", *moves]))


def _clause_after(text: str, claim: Claim, following: Claim | None, sentence_end: int | None) -> str:
    end = sentence_end if sentence_end is not None else claim.sentence_start + len(claim.sentence)
    end = min(end, claim.end + _CLAUSE_CHARS)
    if following is not None and following.sentence_start == claim.sentence_start:
        end = min(end, following.start)
    boundary = _AFTER_BOUNDARY.search(text, claim.end, max(claim.end, end))
    return text[claim.end : boundary.start() if boundary else max(claim.end, end)]
