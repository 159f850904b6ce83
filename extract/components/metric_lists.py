"""Figures listed together: the parts of a whole, 、-lists and 分别 lists (claimkb_metric).

A list names what its figures count once for all of them. Parts listed by place or body count what their
whole counts (…确诊病例中，长沙市19例、衡阳市11例); figures joined by 、 share the phrase before the first, and
the phrases listed before 分别 are paired with its figures one by one ("A和B分别上升40%、54.5%" -> A, B), a
measure written once after the last item being every item's. The metric step (metric.py) shares out the
lists (share_out_lists) once each figure's own clause has named it, and gives the parts their whole's metric
(parts_of_a_whole) near its end; counted_alike, the units a whole and its parts may be counted in, is read
by the aspect step too.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from extract import lexicon
from extract.aspect_words import PEOPLE_UNITS, item_markers, names_an_outcome
from extract.brackets import SHORT_BRACKETED, Balances
from extract.claims import Claim
from extract.components.metric_persons import sex_words, sex_written_out
from extract.components.metric_phrases import (
    MAX_METRIC,
    QUOTE_CHARS,
    SHARE_NOUN,
    SHARE_VERB,
    WHITE_SPACE,
    body_count_units,
    bracket_depth,
    change_verb_only,
    clause_adverbs_removed,
    clean_before,
    clean_phrase,
    distribution_verbs,
    elliptical_measures,
    grade_units,
    name_endings,
    people_or_case_endings,
    share_metrics,
    tidy_metric,
)
from extract.components.period import ADVERB_AFTER_A_COMPARISON, comparison_pattern, listed_times
from extract.layout import continues_a_list, list_opening
from extract.numbers import parse_chinese_number
from extract.pattern_cache import compile_pattern
from extract.places import Mention, counted_division_noun, is_division_noun, is_generic_organisation
from extract.trade_partners import partners_listed
from extract.words import OF, phrase_words

_RESPECTIVELY = "分别"
_AMONG_THEM = "其中"  # opens a sentence of the parts of a figure before it
# a clause boundary other than the 、 that joins a list
# not the comma between a number's thousands (輕型汽車(109,420輛)及重型電單車(99,958輛)分別增加…)
_LIST_CLAUSE_BOUNDARY = compile_pattern(r"[，。；;：:！？!?\n#【】]|,(?![0-9]{3}(?![0-9]))|(?<![0-9]),")


# what stands between the parts of a whole listed by place or body (深圳市86例、广州市79例；…), or
# between the whole and its first part (12例为哈尔滨市…7例, 17例（其中…）, 547例分布在竹北市211例: lexicon/
# distribution_verbs.txt)
@cache
def _part_separator() -> re.Pattern[str]:
    distributed = lexicon.alternation(list(distribution_verbs()))
    return compile_pattern(rf"[、，,；;：:（]|）[、，,；;]?|为|是|其中|{distributed}")


# how long the name before a part may be (黑龙江省传染病防治院2例)
_PART_NAME = 14


def _a_name(metric: str) -> bool:
    """The metric is a place's or a body's name (长沙市, 传染病防治院), not what is counted; a kind of body in generic
    words alone (农业标准化示范基地2000亩: lexicon/generic_organisation_words.txt) is what is counted. A kind in one
    word (其中医院3例, 其中城镇320万人) or a kind of division (乡镇28个) stays a part's name."""
    if not metric.endswith(name_endings()):
        return False
    return not is_generic_organisation(metric) or is_division_noun(metric) or len(phrase_words(metric)) == 1


def _a_kind_of_body(claim: Claim) -> bool:
    """其中医院38355个, 民营医院26601个: a metric ending like a body's name, counted in a measure word of bodies
    (lexicon/body_count_units.txt), is the kind of body counted; a place's suffix (城区, 城镇) stays a place.
    Only a metric of the figure's own clause, or a change's (比上年增加1379个: the change of the figure before
    it): a figure with no noun, given the part's before it (其中医院45个，其余775个), is not of that kind."""
    return (
        (claim.metric_basis is None or claim.kind == "change")
        and claim.unit in body_count_units()
        and claim.metric.endswith(_organisation_endings())
    )


def _a_kind_of_division(text: str, claim: Claim) -> bool:
    """深入10个区的36个乡村社区, 覆盖5个县: a kind of division (lexicon/division_nouns.tsv) right after the figure that
    counts it is what is counted, not the name of a part."""
    return claim.metric_basis is None and claim.metric == counted_division_noun(text, claim.end)


def names_of_one(places: list[Mention], claims: list[Claim]) -> list[Mention]:
    """The places and bodies named, less a body's name (as the places step reads a suffix) right before a figure
    counted in a measure word of bodies (其中普通中学86所, 旅游公司65家): that is the kind of body counted, not
    one body, and stays in the metric."""
    counted = {claim.start for claim in claims if claim.unit in body_count_units()}
    return [m for m in places if not (m.role == "organisation" and m.end in counted)]


@cache
def _organisation_endings() -> tuple[str, ...]:
    return tuple(lexicon.word_table("organisation_suffixes.tsv"))


# a noun, 为 or 是, then where its figure is (重症病例为包头市昆都仑区 before 2例)
_NOUN_AT_A_PLACE = compile_pattern(r"(?P<noun>[\u4e00-\u9fff]{2,12}?)(?:为|是)(?P<place>[\u4e00-\u9fff]{2,16})")


def parts_of_a_whole(text: str, claims: list[Claim], balances: Balances, paired: frozenset[int]) -> None:
    """Figures listed by the place or body they are of (…病例中，长沙市19例、衡阳市11例; 治愈出院病例12例
    为哈尔滨市传染病医院7例、…; 其中长春市33例，吉林市3例) count what the whole counts: a part whose
    metric is nothing or a name takes the metric of the figure the list follows (in its sentence,
    else the sentence before when the list opens with 其中). A figure paired with its name by 分别 (`paired`:
    古田会议会址、泰宁旅游区…增速分别为35.6%、32.1%) is that name's already, not a part of the figure before it, and
    so is a total of the items before it (…、电力抢险110人,共计3065人: the caller adds it to `paired`)."""
    for i in range(1, len(claims)):
        part = claims[i]
        if i in paired:
            continue
        said = _NOUN_AT_A_PLACE.fullmatch(part.metric) if part.metric else None
        if said and _a_name(said["place"]) and not _a_name(said["noun"]):
            # 危重病例2例（…）；重症病例为包头市昆都仑区2例: the clause names its cases, then where they are
            part.metric = said["noun"]
            continue
        if part.metric and (not _a_name(part.metric) or _a_kind_of_body(part) or _a_kind_of_division(text, part)):
            # 新增疑似病例5例为…、达拉特旗病例1例: an item naming only the head of what the whole counts counts it; and
            # so does one naming the confirmed cases an outcome is of (死亡病例5例为绥化市确诊病例2例、…: two deaths)
            whole = _whole_before(text, claims, i, balances) if part.metric in BARE_CASE_NOUNS else None
            if (
                whole is not None
                and whole.metric
                and whole.metric.endswith(part.metric)
                and whole.metric != part.metric
            ):
                part.metric, part.metric_basis = whole.metric, "sentence"
            elif part.metric == _CONFIRMED_CASES and (outcome := _outcome_said_to_be(text, claims, i)) is not None:
                part.metric, part.metric_basis = outcome.metric, "sentence"
            continue
        whole = _whole_of_a_numbered_line(text, claims, i) or _whole_before(text, claims, i, balances)
        if whole is not None and whole.metric:
            part.metric = _what_the_whole_turned_into(text, whole) or whole.metric
            part.metric_basis = "sentence" if whole.sentence_start == part.sentence_start else "carried"


def splits_by_sex(text: str, claims: list[Claim]) -> None:
    """ "确诊病例45例，其中男性28例，女性17例", "累计报告…病例71例。…；男性36例，女性35例；": figures named by a sex
    alone, written before each (男性28例, not 5,903男), of both sexes in one sentence and adding up to a figure of
    their article before them, count the people of that sex among what that figure counts (男性确诊病例), as a
    statistical table's 男性户籍人口 does: the sum tells the whole apart from the figures between."""
    i = 0
    while i < len(claims):
        j = i
        while (
            j < len(claims)
            and _named_by_a_sex(text, claims[j])
            and claims[j].sentence_start == claims[i].sentence_start
        ):
            j += 1
        split = claims[i:j]
        if len({claim.metric[0] for claim in split}) < _SEXES:
            i = max(j, i + 1)
            continue
        whole = _whole_they_add_up_to(claims, i, split, lambda c: not _a_name(c.metric) and c.metric not in sex_words())
        if whole is not None:
            basis = "sentence" if whole.sentence_start == split[0].sentence_start else "carried"
            for part in split:
                part.metric, part.metric_basis = sex_written_out(part.metric) + whole.metric, basis
        i = j


_SEXES = 2  # a split names both


def kinds_of_a_whole(text: str, claims: list[Claim], balances: Balances) -> None:
    """ "新增密切接触者34人（境外输入病例密切接触者9人，外省协查25人）", "受理案件300件（民事200件，刑事100件）",
    "新增确诊病例7例，其中境外输入3例，本土4例": the parts a whole is broken down into right after it, in a bracket
    or after 其中, named by their kind or source alone (外省协查, 民事, 本土) count the whole's things of that kind
    (外省协查密切接触者, 民事案件), as a split by sex does. The parts are known by where they stand and by their
    sum: a bracket's no more than the whole, a 其中 run's exactly the whole (a figure after the run is no part)."""
    conditions = tuple(item_markers())
    for i, whole in enumerate(claims):
        opening = _BREAKDOWN_OPENING.match(text, whole.end)
        if whole.kind != "count" or not whole.metric or _a_name(whole.metric) or opening is None:
            continue
        closing = balances.closing_after(opening.end()) if opening.group("bracket") else None
        if opening.group("bracket") and closing is None:
            continue
        parts, total = [], 0.0
        for part in claims[i + 1 :]:
            inside = part.start < closing if closing is not None else part.sentence_start == whole.sentence_start
            if not inside or part.kind != "count" or not counted_alike(part.unit, whole.unit):
                break
            parts.append(part)
            total += part.value
            if closing is None and total >= whole.value - _SAME_SUM:
                break
        if not parts or total > whole.value + _SAME_SUM or (closing is None and total < whole.value - _SAME_SUM):
            continue
        if not _ends_with_a_noun(whole.metric) or any((part.metric or "").startswith(conditions) for part in parts):
            # 仍在院治疗8565例（其中：重症1118例）: a state has no kinds; 在院病例（普通47例，重症2例）: the people's
            # conditions, no kind of case (aspect_item_markers.txt), and stocks of a total
            continue
        for part in parts:
            # the kind written right before the figure (外省协查25人), not a name after it (11例为本市常住人口)
            if (
                part.metric
                and text.endswith(part.metric, 0, part.start)
                and _named_by_its_kind_alone(part.metric, whole.metric)
            ):
                part.metric = f"{part.metric}{whole.metric}"
                part.metric_basis = "sentence"


def _ends_with_a_noun(metric: str) -> bool:
    words = phrase_words(metric)
    return metric.endswith(people_or_case_endings()) or bool(words and words[-1][1].startswith("n"))


# what opens a whole's breakdown right after it: a bracket (with 其中 or not), or 其中 after a comma
_BREAKDOWN_OPENING = compile_pattern(r"\s*(?:(?P<bracket>[（(])\s*(?:其中[：:，,]?)?|[，,；;]\s*其中[：:，,]?)")


def _named_by_its_kind_alone(part: str | None, whole: str) -> bool:
    """Whether a part's metric names only a kind or a source of what the whole counts (外省协查, 民事, 境外输入), not
    a thing of its own: no name, no noun of people or cases (境外输入病例密切接触者), no noun the whole ends with
    (盗窃案 of 案件), no outcome (治愈出院) and no group already given (解除医学观察的密切接触者)."""
    if not part or part == whole or _a_name(part) or names_an_outcome(part) or part.endswith(whole):
        return False
    if part.endswith(people_or_case_endings()) or part[-1] in whole[-_HEAD_NOUN:] or part[-_HEAD_NOUN:] in whole:
        # 境外输入确诊病例（菲律宾各输入1例）: the part restates the whole's own word
        return False
    words = phrase_words(part)
    if len(words) == 1 and words[0][1] == "v":
        return False  # 沈阳市17例（铁岭市转入1例）: an act alone, how some came, no kind
    return len(part) + len(whole) <= MAX_METRIC


_HEAD_NOUN = 2  # the characters of the noun a whole's metric ends with (案件, 病例)


def _named_by_a_sex(text: str, claim: Claim) -> bool:
    metric = claim.metric or ""
    return claim.kind == "count" and metric in sex_words() and text.endswith(metric, 0, claim.start)


def parts_of_a_distributed_whole(text: str, claims: list[Claim], balances: Balances, paired: frozenset[int]) -> None:
    """ "中央公布新增547例COVID-19本土案例。新增547例分布在竹北市211例、竹東鎮81例": a whole that names nothing in its
    sentence has its metric only once the article's step gave it the one it restates; the parts listed after its verb
    of distribution (lexicon/distribution_verbs.txt) take it then."""
    given: set[int] = set()  # the parts given their whole's metric: a later part's walk back stops at one
    for i in range(1, len(claims)):
        part = claims[i]
        if part.metric or i in paired:
            continue
        whole = _whole_before(text, claims, i, balances)
        if (
            whole is not None
            and whole.metric
            and (id(whole) in given or text.startswith(distribution_verbs(), whole.end))
        ):
            part.metric = whole.metric
            part.metric_basis = "sentence"
            given.add(id(part))


# the bare noun of a case or patient an item may write after its place (达拉特旗病例1例), naming only the head
BARE_CASE_NOUNS = frozenset({"病例", "患者", "例"})  # the cases named by no more than their head
_CONFIRMED_CASES = "确诊病例"
# a whole broken down by what its parts are (死亡病例5例为…, 出院病例3例，分别为…)
_SAID_TO_BE_AFTER = compile_pattern(r"[，,]?(?:分别)?为")


def _outcome_said_to_be(text: str, claims: list[Claim], i: int) -> Claim | None:
    """The figure of an outcome its sentence breaks down by what its parts are, claims[i] among them (死亡病例5例为
    绥化市确诊病例2例、大庆市确诊病例1例: the two are deaths of confirmed cases): the last figure before it in the
    sentence followed by 为, when it names an outcome; else None."""
    part = claims[i]
    for before in reversed(claims[max(0, i - _LONGEST_BREAKDOWN) : i]):
        if before.sentence_start != part.sentence_start:
            return None
        if _SAID_TO_BE_AFTER.match(text, before.end):
            return before if names_an_outcome(before.metric) else None
    return None


# the most parts a breakdown by what they are lists before one
_LONGEST_BREAKDOWN = 20


def parts_adding_up_to_a_whole_before(claims: list[Claim], balances: Balances) -> None:
    """ "累计报告…病例81例。…；男性41例，女性40例；…；贵阳市18例（1例已治愈出院），遵义市12例，…，黔西南州3例。": a list
    of parts that name nothing they count (three figures or more of one unit outside brackets, in one sentence) and add
    up to a figure of their article before them count what that figure counts: the sum tells the whole apart from
    the figures between."""
    i = 0
    while i < len(claims):
        first = claims[i]
        lent = _lent_by_a_sibling(claims, i)
        if not (_unnamed(first) or lent) or bracket_depth(balances, first.sentence_start, first.start):
            i += 1
            continue
        run, j = [first], i + 1
        while j < len(claims) and claims[j].sentence_start == first.sentence_start:
            part = claims[j]
            if not bracket_depth(balances, part.sentence_start, part.start):  # a bracket's note: passed over
                if not counted_alike(part.unit, first.unit) or not (_unnamed(part) or (lent and part.metric == lent)):
                    break
                run.append(part)
            j += 1
        if len(run) < _PARTS_ADDING_UP:
            i = max(j, i + 1)
            continue
        # A级旅游景区320家: a kind of body counted may be the whole
        whole = _whole_they_add_up_to(claims, i, run, lambda c: not _a_name(c.metric) or _a_kind_of_body(c))
        if whole is not None:
            basis = "sentence" if whole.sentence_start == first.sentence_start else "carried"
            for part in run:
                part.metric, part.metric_basis = whole.metric, basis
        i = max(j, i + 1)


_PARTS_ADDING_UP = 3  # fewer parts may add up to a figure by chance


def _whole_they_add_up_to(
    claims: list[Claim], i: int, parts: list[Claim], names_a_whole: Callable[[Claim], bool]
) -> Claim | None:
    """The nearest figure of the parts' article before claims[i], counted alike, named (`names_a_whole` of it) and
    equal to the parts' sum: the sum tells the whole apart from the figures between."""
    first, total = parts[0], sum(part.value for part in parts)
    return next(
        (
            c
            for c in reversed(claims[:i])
            if c.article_index == first.article_index
            and counted_alike(c.unit, first.unit)
            and c.metric
            and names_a_whole(c)
            and abs(c.value - total) < _SAME_SUM
        ),
        None,
    )


_SAME_SUM = 1e-9


def _unnamed(claim: Claim) -> bool:
    return not claim.metric or _a_name(claim.metric)


def _lent_by_a_sibling(claims: list[Claim], i: int) -> str | None:
    """The metric claims[i] took from the figure right before it, a kind of the whole named in its own clause
    (3A级景区150家；兰州市36家: 兰州市 lent 3A级景区), else None: such a list's sum may tell its whole."""
    if i == 0:
        return None
    sibling, claim = claims[i - 1], claims[i]
    if (
        sibling.article_index == claim.article_index
        and sibling.metric_basis is None
        and claim.metric_basis is not None
        and claim.metric == sibling.metric
    ):
        return claim.metric
    return None


@cache
def _turned_into_pattern() -> re.Pattern[str]:
    statuses = lexicon.alternation(list(lexicon.word_table("whole_turned_into.tsv")))
    return compile_pattern(
        rf"[，,]?(?:全部|均已|均|已全部|全部已|已)(?:转为|确认为|订正为)?(?P<status>{statuses})(?=[。；;，,！!]|$)"
    )


def _what_the_whole_turned_into(text: str, whole: Claim) -> str | None:
    """What the parts listed after a whole count when the whole, right after its figure, is said to have
    become something else as a whole (疑似病例5例全部确诊。其中：甲市1例…: confirmed cases), else None."""
    turned = _turned_into_pattern().match(text, whole.end)
    return lexicon.word_table("whole_turned_into.tsv")[turned["status"]] if turned else None


def _whole_of_a_numbered_line(text: str, claims: list[Claim], i: int) -> Claim | None:
    """The figure a numbered item's part belongs to ("…累计报告确诊病例52例，其中：\n1.甲市11例（…）\n2.乙市10例",
    also on one line: "其中：1.甲市11例 2.乙市9例3.丙市7例"): for item 1, the figure right before the colon that
    opens the list; for item n, what the head part of item n-1 belongs to (that part, which took its whole's
    metric). None unless the part opens its item after a list number and a short name."""
    number = _item_number(text, claims, i)
    if number is None:
        return None
    part, (position, at) = claims[i], number
    k = i - 1
    while k >= 0 and claims[k].article_index == part.article_index:
        if claims[k].end <= at and (before := _item_number(text, claims, k)) is not None:
            if before[0] != position - 1:
                return None
            head = claims[k]
            return head if head.metric_basis in _TAKEN_FROM_A_WHOLE and not _a_name(head.metric or "") else None
        k -= 1
    if position != 1:
        return None
    lead = next((c for c in reversed(claims[:i]) if c.end <= at), None)
    if lead is None or lead.article_index != part.article_index or not counted_alike(lead.unit, part.unit):
        return None
    if not _COLON_BEFORE_LIST.fullmatch(text, lead.end, at):
        return None
    return lead if lead.metric and not _a_name(lead.metric) else None


def _item_number(text: str, claims: list[Claim], i: int) -> tuple[int, int] | None:
    """The list number of the item claims[i] opens, and where it starts: a list number and a short name right
    before the figure, the number opening a line or following a space, a colon, a bracket or the figure before."""
    part = claims[i]
    reach = max(part.start - _PART_NAME - 4, claims[i - 1].end if i else 0, part.sentence_start)
    match = _NUMBERED_NAME.search(text, reach, part.start)
    if match is None or _LIST_OPENING_STOP.search(match["name"]):
        return None
    at = match.start()
    if at > 0 and text[at - 1] not in _ITEM_OPENERS and not (i and claims[i - 1].end == at):
        return None
    return int(match["number"] or match["bracketed"]), at


# a list number (1. 2、 3．（4）, not a decimal such as 1.5万) and the short name after it, up to a figure
_NUMBERED_NAME = compile_pattern(
    r"(?:(?P<number>[0-9０-９]{1,2})[.．、](?![0-9０-９])|[（(](?P<bracketed>[0-9０-９]{1,2})[）)])"
    r"(?P<name>[^\s0-9０-９，,。；;：:（()）、]{1,14})$"
)
_ITEM_OPENERS = frozenset(" \t\n\u3000\xa0：:）)；;，,。")
# between a whole and the numbered items listing its parts
_COLON_BEFORE_LIST = compile_pattern(r"[，,]?(?:其中)?[：:]\s*")
_TAKEN_FROM_A_WHOLE = ("sentence", "carried")


def _whole_before(text: str, claims: list[Claim], i: int, balances: Balances) -> Claim | None:
    """The figure a listed part belongs to: walking back over parts joined by list separators and short
    names, the first figure of the same unit that is no such part, in the sentence or, for a sentence
    opening with 其中, the one before it in the article."""
    part = claims[i]
    j = i
    depth = bracket_depth(balances, part.sentence_start, part.start)
    while j > 0:
        before = claims[j - 1]
        if (
            before.sentence_start == part.sentence_start
            and bracket_depth(balances, part.sentence_start, before.start) > depth
        ):
            j -= 1  # a bracket's note on a part before it (澳门特别行政区15例（出院10例）): passed over
            continue
        if before.article_index != part.article_index:
            return None
        if (
            before.sentence_start == part.sentence_start
            and done_after(text, before)
            and not (j == i and _opens_its_breakdown(text, before, part, depth, balances))
        ):
            # 满洲里市1例已痊愈出院、牙克石市1例: a part before, said of by what its people did; not a whole whose
            # bracket the part opens (造成86人死亡（泸定县50人、石棉县36人）: the deaths broken down by county)
            j -= 1
            continue
        if (
            before.unit != part.unit
            and _one_for_another(before.unit, part.unit)
            and _opens_its_breakdown(text, before, claims[j], depth, balances)
        ):
            # 4名重症病例（太原市2例，晋中市2例）: a bracket breaking down the figure right before it, its people
            # counted as cases, counts what that figure counts
            return before if before.metric and not _a_name(before.metric) else None
        if j == i and (whole := _whole_before_qizhong_in_its_sentence(text, claims, i)) is not None:
            # 安徽有13名…患者治愈出院，其中，合肥2例: the whole's noun after its figure, its people counted as cases
            return whole if whole.metric and not _a_name(whole.metric) else None
        if before.unit != part.unit:
            # past the figures of other units ending the part before (其中甲开发区主营业务收入494.82亿元，在全省100个
            # 工业园区中排位第五位；乙开发区325.44亿元: a rank's count) to its last of the part's unit
            k = j - 1
            while k > 0 and claims[k].unit != part.unit and claims[k - 1].sentence_start == before.sentence_start:
                k -= 1
            level = _level_before_its_changes(claims, k if claims[k].unit == part.unit else j - 1)
            if (
                level is not None
                and level.unit == part.unit
                and before.sentence_start != claims[j].sentence_start
                and continues_a_list(text, claims[j].sentence_start)
            ):
                # 其中，红旗农场种植面积5.2万亩，增长3%；友谊农场4.1万亩: the part before, past its changes, names
                # what the list counts
                return _whole_adding_up(text, claims, j, j - 1, balances) or (level if level.metric else None)
            # 累计…确诊病例142例，涉及19个市（州）。其中成都市59例、…; 其中，…；男性10例…；年龄…17岁；贵阳市1例，…
            return _whole_before_a_breakdown_sentence(text, claims, j, balances)
        gap = text[before.end : claims[j].start]
        if j == i and _opens_its_breakdown(text, before, part, depth, balances):
            # 确诊5例新型肺炎病例（梧州3例、…）: the bracket's first part, the whole's noun between them
            return before if before.metric and not _a_name(before.metric) else None
        name_only = len(gap) <= _PART_NAME + 2 and not any(ch.isdigit() for ch in gap)
        # 其次为新社区18.20%及中区17.19%: the last part joined by 及, 和, 与 as by 、
        joined = _part_separator().match(gap) or lexicon.LIST_SEPARATOR.match(gap)
        if before.sentence_start == claims[j].sentence_start and name_only and joined:
            if before.metric and not _a_name(before.metric):
                return before  # the whole, or a part that already names what the whole counts
            j -= 1
            continue
        if before.sentence_start != claims[j].sentence_start and continues_a_list(text, claims[j].sentence_start):
            # the figure of the sentence before that the parts add up to, else its last figure — or its first of the
            # unit where the last counts the places the parts are named by (新建充电桩1200个，覆盖8个县区。其中…)
            if _a_kind_of_division(text, before):
                return _whole_adding_up(text, claims, j, j - 1, balances) or _first_whole_of(
                    claims, j - 1, part.unit, balances
                )
            whole = _whole_adding_up(text, claims, j, j - 1, balances)
            if whole is None and text.startswith(_AMONG_THEM, claims[j].sentence_start):
                largest = _largest_part(text, claims, j, balances)
                return _whole_at_least_its_parts(claims, claims[j].unit, j - 1, largest, balances)
            # a ；-sentence going on with a list: the part before names what it counts
            return whole or (before if before.metric else None)
        if before.sentence_start != claims[j].sentence_start and _opens_a_list_of_parts(text, claims[j]):
            # 本市累计确诊病例168例。东城区3例、西城区17例…: a sentence of names and figures lists the parts of
            # the sentence before's first figure of the unit outside brackets (…261例（危重型8例…）。福州市63例，…)
            k = _before_breakdowns(text, claims, j - 1)
            return _whole_adding_up(text, claims, j, k, balances) or _first_whole_of(claims, k, part.unit, balances)
        return before if j < i and before.sentence_start == part.sentence_start and before.metric else None
    return None


def done_after(text: str, claim: Claim) -> bool:
    """The figure's metric is what its people did, written right after it (满洲里市1例已痊愈出院): that item's alone,
    no name of the next item of its list (、牙克石市1例 is a case, not a discharge), nor the whole of the list. A noun
    of the people themselves (5名患者治愈出院, 1例确诊病例) is no doing."""
    metric = claim.metric
    if not metric or claim.unit not in PEOPLE_UNITS or metric.endswith(people_or_case_endings()):
        return False
    done = _DONE_AFTER.match(text, claim.end)
    if done is None or not text.startswith(metric, done.end()):
        return False
    return bool(done.group()) or phrase_words(metric)[0][1].startswith("v")


# the adverbs between a figure and what its people did (已, 均已)
_DONE_AFTER = compile_pattern(r"(?:均已|都已|已经|已|均|都)?")


def _level_before_its_changes(claims: list[Claim], k: int) -> Claim | None:
    """The level claims[k] and the changes right after it in its sentence (120亿元，增长6.1%，高于全市0.9个百分点)
    are said of: the last figure before them that is no change, else None."""
    sentence = claims[k].sentence_start
    while k >= 0 and claims[k].sentence_start == sentence and claims[k].kind == "change":
        k -= 1
    if k < 0 or claims[k].sentence_start != sentence:
        return None
    return claims[k]


def _one_for_another(unit: str, other: str) -> bool:
    """Whether a whole in one unit and its parts in the other count the same people (lexicon/
    people_case_units.txt: 4名…病例 and 2例)."""
    return unit in PEOPLE_UNITS and other in PEOPLE_UNITS


def _whole_before_a_breakdown_sentence(text: str, claims: list[Claim], j: int, balances: Balances) -> Claim | None:
    """claims[j] opens a list of parts (only a short name before it in its sentence, after 其中 or a breakdown
    by place such as 分县区看) in a breakdown opening so, alone or going on over ；-separated sentences (其中，…；
    男性10例…；年龄…17岁；贵阳市1例，…): the whole is the first figure of the unit of the sentence before the
    breakdown, whatever other counts that sentence ends with (…确诊病例142例，涉及19个市（州）。其中成都市59例、…;
    …520亿元，增长5.2%。分县区看，甲县120亿元，…)."""
    first = claims[j]
    sentence = first.sentence_start
    opening = list_opening().match(text, sentence)
    name = text[opening.end() if opening else sentence : first.start]
    if not (0 < len(name) <= _PART_NAME) or _LIST_OPENING_STOP.search(name) or any(ch.isdigit() for ch in name):
        return None
    k = j - 1
    while opening is None:  # back over the ；-sentences of the breakdown to the one opening with 其中
        while k >= 0 and claims[k].sentence_start == sentence:
            k -= 1
        if k < 0 or _ENDS_WITH_SEMICOLON.search(text, max(0, sentence - _SEMICOLON_REACH), sentence) is None:
            return None
        sentence = claims[k].sentence_start
        opening = list_opening().match(text, sentence)
    while k >= 0 and claims[k].sentence_start == sentence:
        k -= 1
    if k < 0 or claims[k].article_index != first.article_index:
        return None
    k = _before_breakdowns(text, claims, k)
    return _whole_adding_up(text, claims, j, k, balances) or _first_whole_of(claims, k, first.unit, balances)


# the sentence before ends with a semicolon, spaces and line breaks after it allowed
_ENDS_WITH_SEMICOLON = compile_pattern(r"[；;]\s*$")
_SEMICOLON_REACH = 16
_QIZHONG_OPENING = compile_pattern(r"其中[：:，,\s]*")


def _whole_before_qizhong_in_its_sentence(text: str, claims: list[Claim], i: int) -> Claim | None:
    """The whole of a part opening a breakdown after 其中 in its own sentence, only a short name between them:
    the last figure before 其中 counted alike (13名…患者治愈出院，其中，合肥2例: people as cases; 新增确诊病例6例，
    涉及3个市，其中，遵义市2例: not the cities), its noun before or after its figure. None for no such part."""
    part = claims[i]
    opening = text.rfind(_PART_MARK, part.sentence_start, part.start)
    if opening < 0:
        return None
    name = text[_QIZHONG_OPENING.match(text, opening).end() : part.start]
    if not (0 < len(name) <= _PART_NAME) or _LIST_OPENING_STOP.search(name) or any(ch.isdigit() for ch in name):
        return None
    for whole in reversed(claims[:i]):
        if whole.sentence_start != part.sentence_start:
            return None
        if whole.end <= opening and counted_alike(whole.unit, part.unit):
            return whole
    return None


_PART_MARK = "其中"


def _opens_its_breakdown(text: str, whole: Claim, part: Claim, depth: int, balances: Balances) -> bool:
    """The part is the first of a bracket opened after the whole in its sentence, only the whole's noun,
    the bracket and a short name between them."""
    if (
        whole.sentence_start != part.sentence_start
        or depth != bracket_depth(balances, part.sentence_start, whole.start) + 1
    ):
        return False
    bracket = max(text.rfind("（", whole.end, part.start), text.rfind("(", whole.end, part.start))
    return (
        bracket >= 0
        and part.start - whole.end <= 2 * _PART_NAME
        and not any(ch.isdigit() for ch in text[whole.end : part.start])
        and not _LIST_OPENING_STOP.search(text, bracket + 1, part.start)
    )


def _opens_a_list_of_parts(text: str, first: Claim) -> bool:
    """The sentence opens with a short name and this figure, and a list separator follows it (东城区3例、)."""
    opening = text[first.sentence_start : first.start]
    return (
        0 < len(opening) <= _PART_NAME
        and not any(ch.isdigit() for ch in opening)
        and not _LIST_OPENING_STOP.search(opening)
        and _LIST_NEXT.match(text, first.end) is not None
    )


# an opening that says more than a name (新增, 累计, 报告, a clause) is no list part's; 累计完成 (宁波港域累计完成
# 139.2万人) says only that the part reached it over the whole's stretch, as its whole did
_LIST_OPENING_STOP = compile_pattern(r"[，,。：:（(]|新增|累计(?!完成|实现)|报告|现有|其中|共")
_LIST_NEXT = compile_pattern(r"\s?[、，,；;]")


def _before_breakdowns(text: str, claims: list[Claim], k: int) -> int:
    """claims[k], or, when its sentence opens with 其中 (a breakdown of the one before: 累计确诊病例297例。其中死亡
    1例，出院33例…), the last figure of the first sentence before it that does not."""
    while k > 0 and text.startswith("其中", claims[k].sentence_start):
        sentence = claims[k].sentence_start
        while k > 0 and claims[k].sentence_start == sentence:
            k -= 1
    return k


def _whole_adding_up(text: str, claims: list[Claim], first: int, k: int, balances: Balances) -> Claim | None:
    """The figure of claims[k]'s sentence, outside brackets and of the parts' unit, that the list of parts
    starting at claims[first] adds up to (…累计报告确诊病例80例，累计治愈出院12例，现在院隔离治疗确诊病例67例。
    其中长春市33例，…: the 67, not the 80), else None. The parts are the figures outside brackets of that
    unit, in the list's sentence and the ；-sentences going on with it."""
    unit, total = claims[first].unit, _parts_total(text, claims, first, balances)
    whole_sentence = claims[k].sentence_start
    while k > 0 and claims[k - 1].sentence_start == whole_sentence:
        k -= 1
    in_headline: Claim | None = None
    for index in range(k, first):
        claim = claims[index]
        if claim.sentence_start != whole_sentence:
            break
        if (
            counted_alike(claim.unit, unit)
            and abs(claim.value - total) < 1e-9
            and not bracket_depth(balances, whole_sentence, claim.start)
            and claim.metric
            and not _a_name(claim.metric)
        ):
            if not _inside_a_headline_mark(text, whole_sentence, claim.start):
                return claim
            # 【#江苏新增确诊33例#，#江苏累计确诊341例#】…新增确诊病例33例。其中，南京市3例…: the headline restates
            # the body's figure; the parts are of the body's, whose words and neighbours are the list's own
            in_headline = in_headline or claim
    return in_headline


def _parts_total(text: str, claims: list[Claim], first: int, balances: Balances) -> float:
    """What the list of parts starting at claims[first] adds up to."""
    return sum(part.value for part in _listed_parts(text, claims, first, balances))


def _largest_part(text: str, claims: list[Claim], first: int, balances: Balances) -> float:
    """The largest of the list of parts starting at claims[first]."""
    return max((part.value for part in _listed_parts(text, claims, first, balances)), default=0.0)


def _listed_parts(text: str, claims: list[Claim], first: int, balances: Balances) -> list[Claim]:
    """The list of parts starting at claims[first]: the figures outside brackets of its unit, in the list's sentence
    and the ；-sentences going on with it."""
    unit, article = claims[first].unit, claims[first].article_index
    parts: list[Claim] = []
    sentence = claims[first].sentence_start
    for index in range(first, len(claims)):
        claim = claims[index]
        if claim.sentence_start != sentence:
            if text.startswith(_AMONG_THEM, claim.sentence_start) or not continues_a_list(text, claim.sentence_start):
                break
            sentence = claim.sentence_start
        if not counted_alike(claim.unit, unit) or claim.article_index != article:
            break
        if not bracket_depth(balances, claim.sentence_start, claim.start):
            parts.append(claim)
    return parts


def _whole_at_least_its_parts(
    claims: list[Claim], unit: str, k: int, largest: float, balances: Balances
) -> Claim | None:
    """The last figure before a sentence of parts, from claims[k] back in its sentence, of the parts' `unit` and outside
    brackets, that is no smaller than the `largest` part (新增确诊病例9例，新增出院病例1例。其中：常州市5例，盐城市
    1例，宿迁市1例: the 9, since a part of 5 is no part of 1). None where no figure named by what it counts is."""
    sentence = claims[k].sentence_start
    for index in range(k, -1, -1):
        claim = claims[index]
        if claim.sentence_start != sentence:
            break
        if not counted_alike(claim.unit, unit) or bracket_depth(balances, sentence, claim.start):
            continue  # 确诊病例3例（…1例为武汉输入病例家属）: a note in brackets is no whole of the sentence after
        if claim.value >= largest - 1e-9:
            return claim if claim.metric else None
    return None


def _inside_a_headline_mark(text: str, sentence_start: int, at: int) -> bool:
    """Whether `at` lies inside a feed's headline mark 【…】 opened in its sentence and not yet closed."""
    opened = text.rfind("【", sentence_start, at)
    return opened >= 0 and text.find("】", opened, at) < 0


def counted_alike(unit: str, other: str) -> bool:
    """Units a whole and its parts may be counted in: one unit, or two that count people (本市今日又有4名患者…
    已出院。其中地坛医院1例: a patient is a case). A whole in another unit (涉及19个市) is no whole of them."""
    return unit == other or (unit in PEOPLE_UNITS and other in PEOPLE_UNITS)


def _first_whole_of(claims: list[Claim], k: int, unit: str, balances: Balances) -> Claim | None:
    """The first figure of claims[k]'s sentence in `unit`, outside any bracket, with a metric that is no name."""
    sentence = claims[k].sentence_start
    while k > 0 and claims[k - 1].sentence_start == sentence:
        k -= 1
    for claim in claims[k:]:
        if claim.sentence_start != sentence:
            break
        if counted_alike(claim.unit, unit) and not bracket_depth(balances, sentence, claim.start):
            return claim if claim.metric and not _a_name(claim.metric) else None
    return None


def share_out_lists(text: str, claims: list[Claim], before_phrases: list[str], mentions: dict) -> frozenset[int]:
    """Figures listed with 、 share the phrase before the first one, or the metrics before them. Returns the
    indices of the figures paired one by one with the phrases listed before 分别."""
    paired: set[int] = set()
    notes = _in_notes(text, claims)  # once a text: every list of it reads them
    i = 0
    while i < len(claims):
        listed = [i]
        while (following := _listed_next(text, claims, before_phrases, listed[-1])) is not None:
            listed.append(following)
        group = [claims[k] for k in listed]
        if len(group) > 1 and _share_out(text, claims, i, group, mentions, notes):
            paired.update(listed)
        i = listed[-1] + 1
    return frozenset(paired)


def _listed_next(text: str, claims: list[Claim], before_phrases: list[str], j: int) -> int | None:
    """The index of the figure listed right after claims[j] in its sentence (45.2%和52.7%: 和 alone between), past a
    note in brackets right after claims[j] and the figures in it (分别有488輛(電動車佔128輛)及480輛: a part's), else
    None."""
    k, gap_start = j + 1, claims[j].end
    note = _NOTE_IN_BRACKETS.match(text, claims[j].end)
    if note is not None:
        gap_start = note.end()
        while k < len(claims) and claims[k].start < gap_start:
            k += 1
    if k >= len(claims) or claims[k].sentence_start != claims[j].sentence_start:
        return None
    if note is None and lexicon.LIST_SEPARATOR.sub("", before_phrases[k]).strip():
        return None
    return k if lexicon.LIST_SEPARATOR.fullmatch(text[gap_start : claims[k].start].strip() or "-") else None


# a note in brackets right after a figure (488輛(電動車佔128輛)): what a part of it is
_NOTE_IN_BRACKETS = compile_pattern(SHORT_BRACKETED)


def _in_notes(text: str, claims: list[Claim]) -> frozenset[int]:
    """The indices of the figures in a note in brackets right after another figure (電動車佔128輛 of 488輛(…)): a
    part's, no item of the list the other figure is one of."""
    inside: set[int] = set()
    for j, claim in enumerate(claims):
        note = _NOTE_IN_BRACKETS.match(text, claim.end)
        k = j + 1
        while note is not None and k < len(claims) and claims[k].start < note.end():  # in text order: the note's own
            inside.add(k)
            k += 1
    return frozenset(inside)


def noun_after_the_last_part(text: str, claims: list[Claim], mentions: dict) -> None:
    """ "青岛市8名、日照市45名密切接触者", "北京3家、上海5家企业入选", "分别录得18.1%、17.2%和10.1%的增幅": a
    、-list whose counted noun is written once, right after its last part (or its 的); every part before it naming
    nothing of its own, or only its place or body, counts that noun too. What is said of the last part after a link
    (东胜区1例已痊愈出院, 丽江市1例为本地首例确诊病例) is of it alone."""
    for i, last in enumerate(claims):
        # the noun right after the last part, or after its 的 (分别录得18.1%、17.2%和10.1%的增幅)
        after = text[last.end : last.end + _NOUN_REACH].lstrip().removeprefix("的")
        if not last.metric or not after.startswith(last.metric):
            continue
        j = i
        while (
            j > 0
            and claims[j - 1].sentence_start == last.sentence_start
            and claims[j - 1].unit == last.unit
            and (not claims[j - 1].metric or _a_name(claims[j - 1].metric))
            and _a_list_step(text, claims[j - 1], claims[j], mentions)
        ):
            j -= 1
            claims[j].metric, claims[j].metric_basis = last.metric, "sentence"


# how far after a figure the noun it counts may end (a space between: 45名 密切接触者)
_NOUN_REACH = 2 + MAX_METRIC


def _a_list_step(text: str, part: Claim, following: Claim, mentions: dict) -> bool:
    """Only a list separator and the name of the next part's place or body (、日照市) stand between two parts."""
    gap = text[part.end : following.start].lstrip()
    separator = lexicon.LIST_SEPARATOR.match(gap)
    if separator is None:
        return False
    at = following.start - len(gap) + separator.end()
    name = mentions.get(at)
    if name is not None and name.end <= following.start:
        at = name.end
    return not text[at : following.start].strip()


def _respective_phrases(text: str, first: Claim, count: int, mentions: dict) -> list[str] | None:
    """The phrases listed before 分别 when as many as the figures after it: "专精特新“小巨人”、
    制造业单项冠军分别增至283家、38家" -> 专精特新小巨人, 制造业单项冠军; a measure or share written once after
    the last item is every item's (_measure_written_once: "A、B、C占比分别为…" -> A占比, B占比, C占比)."""
    head = text[first.sentence_start : first.start]
    # 细颗粒物(PM2.5)、二氧化硫(SO2)…浓度分别下降: an item's code in brackets is no figure of its own (the names are
    # cleaned of their brackets later)
    uncoded = _ITEMS_CODE.sub(lambda m: " " * len(m.group()), head)
    respectively = head.rfind(_RESPECTIVELY)
    # "企业专利申请和授权分别达103271件、72340件,占…的比重达64%、71.2%": a 分别 of an earlier clause is that clause's
    if respectively < 0 or _LIST_CLAUSE_BOUNDARY.search(head, respectively) is not None:
        return None
    clause_start = max((m.end() for m in _LIST_CLAUSE_BOUNDARY.finditer(head, 0, respectively)), default=0)
    # "对应增速分别为29%、23%、16% - 预计归母净利润分别为…": the figures of a list before are no names; the list
    # starts after them
    clause_start = max(
        (m.end() for m in _A_PERCENTAGE.finditer(uncoded, clause_start, respectively)), default=clause_start
    )
    # "其中鳳梨出口1萬7167公噸、釋迦及蓮霧則分別為9188公噸及1785公噸": an item with its own figure is no name of these
    clause_start = max(
        (m.end() for m in _A_LISTED_FIGURE.finditer(uncoded, clause_start, respectively)), default=clause_start
    )
    list_end = respectively
    before_respectively = head[clause_start:respectively].strip()
    if before_respectively in share_metrics() and (
        named := _names_of_the_clause_before(head, clause_start, count, first.sentence_start, mentions)
    ):
        # 房地产开发投资、工业投资提速,增速分别为22.9%和8.6%: a rate alone opens the clause of 分别, and the clause
        # before lists what it is of
        return [name + before_respectively for name in named]
    if _opens_a_respective_clause().fullmatch(before_respectively) and (
        framed := _framed_list_before(head, clause_start)
    ):
        clause_start, list_end = framed  # 以A、B及C旅客为主，分别占…: the list is the clause before's
    # 總體失業率(2.3%)和本地居民失業率(2.9%)較第3季分別下跌…: an item's own level in brackets is no word of its name
    # (blanked, so the offsets the names are cleaned by stay as they are)
    listed = _ITEMS_OWN_LEVEL.sub(lambda m: " " * len(m.group()), head[clause_start:list_end])
    if listed != head[clause_start:list_end]:
        # …較第3季分別下跌: the comparison closing such a list is no word of its last item
        listed = _closing_comparison().sub(lambda m: " " * len(m.group()), listed)
    pieces = _respective_pieces(listed, count)
    if len(pieces) == 1 and count > 1:
        return _collective_parts(pieces[0], first.sentence_start + clause_start, count, mentions)
    if len(pieces) != count or any(not piece.strip() for piece in pieces):
        return None
    shared = _after_the_lists_count(pieces[-1], count)
    named_kinds = _names_then_their_kind(pieces, first.sentence_start + clause_start, mentions)
    partners = _trading_partners(pieces, first.sentence_start + clause_start, mentions)
    if partners is not None:
        phrases = partners
    elif shared is None and named_kinds is not None:
        phrases = named_kinds
    elif shared is not None:
        # 四川路桥、通威股份和东方电气3家公司的营业收入: the count closes the list of who, and what follows it is
        # what every figure measures
        phrases = [clean_before(shared, first.sentence_start + respectively - len(shared), mentions)] * count
    else:
        listed = _listed_phrases(pieces, first.sentence_start + clause_start, mentions)
        phrases = _numbers_of_one_noun(listed)
        visitors = _places_of_one_visitor_noun(pieces, first.sentence_start + clause_start, mentions)
        # the measure after the last item is every item's, also when numbered items before it share a noun and
        # the last keeps its own words (第一、第二、第三产业和居民用电量增速: 用电量增速 of each 产业 too)
        numbered_before_a_last = phrases != listed and _NUMBERED.fullmatch(listed[-1]) is None
        if (phrases == listed or numbered_before_a_last) and not visitors:
            last_start = first.sentence_start + clause_start + sum(len(piece) + 1 for piece in pieces[:-1])
            phrases = _measure_written_once(pieces[-1], last_start, phrases, mentions) or phrases
        phrases = visitors or phrases
    phrases = _link_opening_the_first_shared(phrases)
    if not all(len(p) >= 2 for p in phrases):
        return None
    # "李某、黄某分别非法敛财135万、133万": the pieces are who acted, the verb phrase after 分别 what they did
    done = head[respectively + len(_RESPECTIVELY) :]
    action = tidy_metric(clean_before(done, first.sentence_start + respectively + len(_RESPECTIVELY), mentions))
    if not action and WHITE_SPACE.sub("", done) == SHARE_VERB and shared is None and named_kinds is None and visitors:
        action = SHARE_VERB  # 香港及中国台湾旅客分别占28.0%及8.3%: shares of the visitors, as 中国大陆旅客占总数 is
    return [phrase + action for phrase in phrases] if action else phrases


def _names_of_the_clause_before(
    head: str, clause_start: int, count: int, offset: int, mentions: dict
) -> list[str] | None:
    """The names the clause before clause_start lists with 、 or 和, as many as `count`, the words saying how the last
    did after it (提速, 稳步增长) left off and each cleaned as a metric's words are (its place off); None where it lists
    no such names."""
    if clause_start < 1:
        return None
    start = max((m.end() for m in _LIST_CLAUSE_BOUNDARY.finditer(head, 0, clause_start - 1)), default=0)
    pieces = lexicon.LIST_SEPARATOR.split(head[start : clause_start - 1])
    if len(pieces) != count or any(_A_DIGIT.search(piece) for piece in pieces):
        return None
    words = list(phrase_words(pieces[-1]))
    while words and (words[-1][1] in _DOING_TAGS or _change_verb_ending().search(words[-1][0])):
        words.pop()  # 工业投资提速: what the last one did is no word of its name
    pieces[-1] = "".join(word for word, _ in words)
    named = _listed_phrases(pieces, offset + start, mentions)
    return named if all(name and len(name) >= 2 for name in named) else None


@cache
def _change_verb_ending() -> re.Pattern[str]:
    """A verb of change ending a word (稳步增长, 增产: lexicon.change_verbs)."""
    return compile_pattern(f"(?:{lexicon.change_verbs()})$")


_A_DIGIT = compile_pattern(r"[0-9０-９]")
_DOING_TAGS = frozenset({"v", "a", "ad", "d", "zg", "ul", "i"})  # not vn: 投资 ends a name as a noun


_A_PERCENTAGE = compile_pattern(r"[0-9０-９]\s?[%％](?!\s*[)）])")  # not an item's own level in brackets
# an item of a list with a figure of its own, up to the list mark after it (1萬7167公噸、, 3.5万吨、); not an age that
# bounds a group the list names (0-14岁、15-59岁、60岁及以上常住人口分别为…), nor the digits of a code naming an item
# (PM2.5、PM10、NO2和SO2浓度分别上升…, 4G、5G基站分别新增…)
_A_LISTED_FIGURE = compile_pattern(
    r"(?<![A-Za-z0-9０-９.．])[0-9０-９]+(?:[.．][0-9０-９]+)?(?![A-Za-z]|周?岁)[^\s、，,。；;0-9０-９]{0,4}、"
)


@cache
def _closing_comparison() -> re.Pattern[str]:
    """A comparison and what it compares with (比上年, 較第3季: the period step's comparison pattern, then a time it
    does not list), or an adverb of contrast (建築材料(12.8億元)則分別錄得), closing a list's last item."""
    comparison = rf"(?:{comparison_pattern()})[^，,。；;、]{{0,8}}"
    return compile_pattern(rf"(?:{comparison}|(?<=\s){ADVERB_AFTER_A_COMPARISON})\s*$")


@cache
def _opens_a_respective_clause() -> re.Pattern[str]:
    """What may stand before a 分别 that opens its clause: nothing, or the comparison its changes are of (同比分别增长,
    比上年分别增长: lexicon/comparison_words.txt with its baselines, as the period step reads them)."""
    return compile_pattern(rf"(?:{comparison_pattern()})?")


def _framed_list_before(head: str, clause_start: int) -> tuple[int, int] | None:
    """Where the list of the clause before the one 分别 opens lies, when a frame of lexicon/respective_list_frames.tsv
    holds it (以…为主，分别…; 主要来自…，分别…)."""
    for frame in _respective_list_frames():
        match = frame.search(head, 0, clause_start)
        if match is not None:
            return match.span("list")
    return None


@cache
def _respective_list_frames() -> tuple[re.Pattern[str], ...]:
    """One pattern a row, its opening and its closing (none: the list runs to the clause's end) as written together,
    longest opening first; the list in the group `list`. Tried only where 分别 opens its clause."""
    rows = sorted(lexicon.rows("respective_list_frames.tsv"), key=lambda row: -len(row[0]))
    return tuple(
        compile_pattern(
            rf"(?:^|(?<=[，,。；;：:\n]))[^，,。；;：:\n]*?{re.escape(row[0])}(?P<list>[^，,。；;：:\n]{{2,40}}?)"
            rf"{_closing(row[1] if len(row) > 1 else '')}[，,]\s*$"
        )
        for row in rows
    )


def _closing(written: str) -> str:
    """A frame's closing as a pattern: 等 or 均 closes a list the rest of its clause says something of; a cause word one
    whose cause runs to its clause's end, and maybe a short clause of what it caused (因疫情擴散,門市來客數減少,)."""
    if written in lexicon.word_list("cause_words.txt"):
        return re.escape(written) + "[^，,。；;：:\n]*(?:[，,][^，,。；;：:\n]{1,12})?"
    return re.escape(written) + ("[^，,。；;：:\n]*" if written in _CLAUSE_GOES_ON else "")


# 等 closing a list: of names, then the kind they are and what is measured of each (…、武夷山等景区接待游客增速)
_ETC = "等"
# closings after which the list's clause goes on saying something of it (…等呈现可喜发展势头, …均呈下降趋势)
_CLAUSE_GOES_ON = (_ETC, "均")


def _respective_pieces(listed: str, count: int) -> list[str]:
    """The items of the list before 分别, `count` of them when its 、 and one joining word in its last step say
    so: an item may have a joining word of its own (酒店及旅舍业、进口与出口贸易业、批发业和零售业; 60岁及以上),
    which splitting at every joining word would cut in two. Otherwise the list split at every separator."""
    items = listed.split(_ENUMERATION_COMMA)
    if len(items) == count - 1:
        joining = _joining_word(items[-1])
        if joining is not None:
            items = [*items[:-1], items[-1][: joining.start()], items[-1][joining.end() :]]
    if len(items) == count and all(item.strip() for item in items):
        return items
    return lexicon.LIST_SEPARATOR.split(listed)


def _joining_word(step: str) -> re.Match[str] | None:
    """The joining word between the last two items: with several, 和 before 与 before 及, the looser first
    (教育及培训和信息科技分别为62项及48项: 教育及培训, 信息科技)."""
    joiners = list(_ITEM_JOINER.finditer(step))
    if len(joiners) < 2:
        return joiners[0] if joiners else None
    return min(joiners, key=lambda joiner: _JOINER_LOOSENESS.index(joiner.group()))


_JOINER_LOOSENESS = "和与及"
_ENUMERATION_COMMA = "、"
# an item's own level in brackets after its name (總體失業率(2.3%)和本地居民失業率(2.9%)…分別下跌; 現貨住宅( 3,023個 )及
# 住宅樓花( 357個 )成交金額分別為…, a count in its measure word), and where one was blanked
_BLANKED_OWN_LEVEL = compile_pattern(r" {3,}")
_ITEMS_OWN_LEVEL = compile_pattern(
    r"\s*[(（]\s*[-－]?[0-9０-９][0-9０-９.．,，]*\s*[%％万萬亿億]*[个個元人家宗件户戶名间間套辆輛台吨噸]?\s*[)）]"
)
# an item's code or formula in brackets after its name: (PM2.5), (SO2), （CO）
_ITEMS_CODE = compile_pattern(r"\s*[(（]\s*[A-Za-z][A-Za-z0-9.．₀-₉]{0,7}\s*[)）]")
# a one-character word joining the last two items (和, 及, 与), not the 及 of a bound (60岁及以上, 三级及以下)
_ITEM_JOINER = compile_pattern(r"[和及与](?!以上|以下)")
# a list's category written with its bound (60岁及以上户籍人口): the bound is the category's
_CATEGORY_BOUND = compile_pattern(r"(?:及以上|及以下|以上|以下)")
# the owner's 的 between the last category and the measure written once (饮食业的总收益)
# how much longer than the longest earlier category the last one may be: 农村居民人均可支配 is no category
# parallel to 城镇 (the measure is longer than the lexicon's 收入), 食品工业 is one parallel to 电子信息
_CATEGORY_LENGTH_SLACK = 2


def _measure_written_once(last_piece: str, last_start: int, phrases: list[str], mentions: dict) -> list[str] | None:
    """ "批发业、零售业、住宿业的营业额分别增长…", "电子信息、装备制造和食品工业增加值分别…", "0-14岁、15-59岁、60岁及
    以上常住人口分别为…": categories listed before 分别, the measure of every one written once after the last.
    Each figure is its own category's measure (批发业营业额, 0-14岁常住人口): neither the bare measure, which
    parallel figures would share, nor a bare category. The last category ends at its 的, before a measure of
    lexicon/metric_elliptical_measures.txt, or after the ending the earlier categories share (业, 岁). Measures
    listed before a share written once take the share each (_shared_rate). None when the list is not so: the
    earlier items are measures themselves (营业收入、利润总额), a place's or body's name (each its figure's
    subject), or the measure already."""
    categories = phrases[:-1]
    if all(len(category) >= 2 and not category.endswith(_elliptical_measure_endings()) for category in categories):
        split = _category_and_measure(last_piece, last_start, phrases, mentions)
        if split is not None and _measure_of_categories(*split, categories):
            category, measure = split
            return [earlier + measure for earlier in categories] + [category + measure]
    shared_rate = _shared_rate(phrases)
    if shared_rate is not None:
        return [earlier + shared_rate for earlier in categories] + [phrases[-1]]
    return None


def _measure_of_categories(category: str, measure: str, categories: list[str]) -> bool:
    """The last item's category parallel to the earlier ones, and a measure none of them names already."""
    return (
        len(measure) >= 2
        and bool(category)
        and len(category) <= max(map(len, categories)) + _CATEGORY_LENGTH_SLACK
        and not any(measure in earlier for earlier in categories)
    )


def _shared_rate(phrases: list[str]) -> str | None:
    """ "民营规上工业增加值、外贸进出口总额占比分别为…": measures listed before a share or rate written once
    after the last (lexicon/generic_share_metrics.txt): the share of each (民营规上工业增加值占比), not the
    measure's level. None when an earlier item names a share or rate of its own."""
    last = phrases[-1]
    rates = [rate for rate in share_metrics() if last.endswith(rate) and len(last) - len(rate) >= 2]
    if not rates or any(len(p) < 2 or p.endswith(tuple(share_metrics())) for p in phrases[:-1]):
        return None
    return max(rates, key=len)


def _category_and_measure(
    last_piece: str, last_start: int, phrases: list[str], mentions: dict
) -> tuple[str, str] | None:
    """The last item of a list of categories cut into its category and the measure written once after it."""
    own_level = _BLANKED_OWN_LEVEL.search(last_piece)
    if own_level is not None and own_level.end() < len(last_piece):
        # 住宅樓花( 357個 )成交金額: the item's own figure in brackets (blanked) ends its name; a 的 in the measure
        # after it joins the measure's own words (工業( 39,268元 )單位每平方米平均價格的跌幅), no owner of the items'
        category = clause_adverbs_removed(clean_before(last_piece[: own_level.start()], last_start, mentions))
        measure = last_piece[own_level.end() :].replace(OF, "")
        return category, tidy_metric(clean_phrase(measure)) or ""
    owner_of = last_piece.find(OF)
    if owner_of > 0:
        category = clause_adverbs_removed(clean_before(last_piece[:owner_of], last_start, mentions))
        after = owner_of + len(OF)
        measure = tidy_metric(clean_before(last_piece[after:], last_start + after, mentions)) or ""
        return category, measure
    last, categories = phrases[-1], phrases[:-1]
    if any(category.endswith(measure_noun_endings()) for category in categories):
        return None  # 游览人数及门票收入: the earlier item is a measure of its own
    measures = [m for m in elliptical_measures() if last.endswith(m) and len(last) > len(m)]
    if measures and len(categories) >= _FEWEST_CATEGORIES_BEFORE_A_MEASURE:
        longest = max(measures, key=len)
        return last[: -len(longest)], longest
    ending = _shared_ending(categories)
    at = last.find(ending) if ending else -1
    if at <= 0:
        return None
    end = at + len(ending)
    bound = _CATEGORY_BOUND.match(last, end)
    end = bound.end() if bound else end
    return last[:end], last[end:]


# how many items must come before the last one to take a measure of the lexicon from it: one alone is too few to tell
# a list of categories from two measures (私人消费及固定资本形成总额); one sharing the last's ending is told by it
# (工业、服务业增加值)
_FEWEST_CATEGORIES_BEFORE_A_MEASURE = 2


@cache
def measure_noun_endings() -> tuple[str, ...]:
    return tuple(lexicon.word_list("measure_noun_endings.txt"))


def _shared_ending(categories: list[str]) -> str:
    """The last character every category ends with (批发业, 零售业 -> 业; 0-14岁, 15-59岁 -> 岁), else ""."""
    endings = {category[-1] for category in categories}
    return endings.pop() if len(endings) == 1 else ""


@cache
def _elliptical_measure_endings() -> tuple[str, ...]:
    return tuple(elliptical_measures())


def _collective_parts(phrase: str, offset: int, count: int, mentions: dict) -> list[str] | None:
    """ "三次产业增加值占GDP的比重分别为…" with three figures: the phrase with the collective written as each
    part in turn (第一产业增加值占GDP的比重, …: lexicon/collective_parts.tsv); None without such a collective."""
    for collective, *parts in lexicon.rows("collective_parts.tsv"):
        at = phrase.find(collective)
        if at >= 0 and len(parts) == count and all(len(part) == len(collective) for part in parts):
            written = [phrase[:at] + part + phrase[at + len(collective) :] for part in parts]
            phrases = [tidy_metric(clean_before(w, offset, mentions)) or "" for w in written]
            # 三次产业对经济增长的贡献率: the cleaning drops the sector with its 对…的; the part stays in front
            phrases = [p if part in p else part + p for p, part in zip(phrases, parts, strict=True)]
            return phrases if all(len(p) > len(part) for p, part in zip(phrases, parts, strict=True)) else None
    return None


def _names_then_their_kind(pieces: list[str], offset: int, mentions: dict) -> list[str] | None:
    """ "古田会议会址、泰宁旅游区、…、武夷山等景区接待游客增速分别为35.6%、…": a list of names closed by 等 and
    the phrase of what is measured of each: every figure is its name's measure (古田会议会址游客增速, …,
    武夷山游客增速), a name that is a place's too, so the figures stay told apart; a list of places' or bodies'
    names only keeps the shared phrase, as each name becomes its figure's subject. None when the list is not so."""
    last = pieces[-1]
    etc = last.rfind(_ETC)
    if etc <= 0 or len(last) - etc - len(_ETC) < 2:
        return None
    names = [*pieces[:-1], last[:etc]]
    shared_start = offset + sum(len(p) + 1 for p in pieces[:-1]) + etc + len(_ETC)
    shared = tidy_metric(clean_before(last[etc + len(_ETC) :], shared_start, mentions))
    if not shared:
        return None
    named, at = [], offset
    for name in names:
        named.append(not clean_before(name, at, mentions).strip() or _names_a_mention(name, at, mentions))
        at += len(name) + 1
    if all(named):
        return [shared] * len(names)  # places' or bodies' names: each becomes its figure's subject
    return [WHITE_SPACE.sub("", name) + shared for name in names]


def _names_a_mention(piece: str, at: int, mentions: dict) -> bool:
    """The piece of a list at `at` is one place's or organisation's name, spaces aside."""
    lead = len(piece) - len(piece.lstrip())
    mention = mentions.get(at + lead)
    return mention is not None and mention.end == at + len(piece.rstrip())


def _trading_partners(pieces: list[str], offset: int, mentions: dict) -> list[str] | None:
    """ "广东对俄罗斯、拉美、中东、中亚分别增长64%、11.9%、9.2%、48.4%": places listed after a word of trading with
    (trade_partners.partners_listed), the first a place or body the text names, are the partners each figure is of:
    the word and each partner (对俄罗斯, 对拉美, …), not the reporting place's whole trade nor the last partner."""
    opening = partners_listed(pieces[0])
    if opening is None:
        return None
    partner = mentions.get(offset + opening.start("partner"))
    if partner is None or partner.role == "scope" or partner.end != offset + opening.end("partner"):
        return None
    items = [opening["partner"], *(piece.strip() for piece in pieces[1:])]
    if not all(_A_PARTNER_NAME.fullmatch(item) for item in items):
        return None
    return [opening["word"] + item for item in items]


_A_PARTNER_NAME = compile_pattern(r"[\u4e00-\u9fff]{2,8}")


def _listed_phrases(pieces: list[str], offset: int, mentions: dict) -> list[str]:
    """The phrase of each piece of a list starting at `offset` in the text."""
    phrases = []
    for piece in pieces:
        phrases.append(clause_adverbs_removed(clean_before(piece, offset, mentions)))
        offset += len(piece) + 1
    return phrases


def _places_of_one_visitor_noun(pieces: list[str], offset: int, mentions: dict) -> list[str] | None:
    """ "香港及中國台灣旅客則分別佔28.0%及8.3%": places listed before a noun of people who come from them
    (旅客, 游客: the "after" words of lexicon/place_qualifier_words.tsv), written once after the last, are where
    each part's people come from, not its subject: each part's metric is its place and the noun (香港旅客,
    中国台湾旅客). None when the list is not so."""
    names, at = [], offset
    for piece in pieces:
        lead = len(piece) - len(piece.lstrip(_LIST_OPENERS + " "))
        mention = mentions.get(at + lead)
        if mention is None and piece.startswith(_COUNTRY, lead):
            mention = mentions.get(at + lead + len(_COUNTRY))  # 中国台湾: the division, its country before it
        mainland = next((w for w in _MAINLAND if piece.startswith(_COUNTRY + w, lead)), None)
        if mainland is not None:  # 中国大陆: the country's mainland, no division of it
            name_end = lead + len(_COUNTRY + mainland)
        elif mention is None or mention.place.level == "organisation":
            return None
        else:
            name_end = mention.end - at
        names.append((piece[lead:name_end], piece[name_end:]))
        at += len(piece) + 1
    if any(rest.strip() for _, rest in names[:-1]):
        return None  # a part before the last says more than its place
    noun = clause_adverbs_removed(_TRAILING_ADVERB.sub("", WHITE_SPACE.sub("", names[-1][1])))
    if not noun.startswith(_visitor_nouns()):
        return None
    return [name + noun for name, _ in names]


def visitors_of_a_bracketed_figure(text: str, start: int, end: int, mentions: dict) -> str | None:
    """ "中國內地( 100.4萬人次 )、香港( 14.0萬人次 )及台灣地區( 3.2萬人次 )的住客", "韓國住客( 3.1萬人次 )": the noun
    before a figure alone in brackets (text[start:end]) is a place the visitors come from, the visitor noun after it
    or after the list it heads (the "after" words of lexicon/place_qualifier_words.tsv): the figure counts the place's
    visitors (中國內地住客, 韓國住客), the place no subject and no word to drop. None when the noun is not so."""
    noun = text[start:end].strip().lstrip(_LIST_OPENERS)  # 而韓國住客: a word opening the clause is no name
    lead = start + len(text[start:end]) - len(text[start:end].lstrip(_LIST_OPENERS + " "))
    mention = mentions.get(lead)
    if noun.startswith(_COUNTRY) and any(noun[len(_COUNTRY) :].startswith(w) for w in _MAINLAND):
        place_end = len(_COUNTRY) + len(_MAINLAND[0])
    elif mention is not None and mention.place.level != "organisation":
        place_end = mention.end - lead
    else:
        return None
    visitors = noun[place_end:]
    if visitors:
        return noun if visitors.startswith(_visitor_nouns()) else None
    following = _LIST_OF_VISITORS_AFTER.match(text, end)
    if following is None or not text.startswith(_visitor_nouns(), following.end()):
        return None
    return noun + next(w for w in _visitor_nouns() if text.startswith(w, following.end()))


# from a bracketed figure to the visitor noun after the list it is in: its bracket, the places after it with theirs
_LIST_OF_VISITORS_AFTER = compile_pattern(
    rf"\s*{SHORT_BRACKETED}(?:\s*(?:[、及和与]|以及)[^，,。；;()（）]{{1,12}}{SHORT_BRACKETED})*\s*的?"
)


# the country's mainland (中国大陆, 中國內地): a place visitors come from, though no division of the gazetteer
_MAINLAND = ("大陆", "内地")


@cache
def _visitor_nouns() -> tuple[str, ...]:
    table = lexicon.word_table("place_qualifier_words.tsv")
    return tuple(word for word, side in table.items() if side == "after")


_LIST_OPENERS = "而但且则"
_COUNTRY = "中国"  # a word opening a clause before its list: 而香港及中国台湾旅客
_TRAILING_ADVERB = compile_pattern(r"(?:则|亦|也|均|都)$")


def _numbers_of_one_noun(phrases: list[str]) -> list[str]:
    """ "第二、三产业分别…" -> 第二产业, 第三产业; "一、二级医院" -> 一级医院, 二级医院: a list of numerals whose
    noun is written once, after the last of them, each numbering that noun (and ordinal, as the first is); items
    after the numerals keep their own words ("第一、第二、第三产业和居民用电量" -> …, 第三产业, 居民用电量). So do
    one-character modifiers whose noun is written once ("大、中、小型企业" -> 大型企业, 中型企业, 小型企业)."""
    numbered = [_NUMBERED.fullmatch(phrase) for phrase in phrases]
    run = next((k for k, m in enumerate(numbered) if m is None or m.group(3)), len(phrases))
    if run == len(phrases) or numbered[run] is None or run == 0:
        return _modifiers_of_one_noun(phrases)
    ordinal, noun = numbered[0].group(1), numbered[run].group(3)
    return [ordinal + m.group(2) + noun for m in numbered[: run + 1]] + phrases[run + 1 :]


def _modifiers_of_one_noun(phrases: list[str]) -> list[str]:
    """ "大、中、小型企业" -> 大型企业, 中型企业, 小型企业; "工、农业" -> 工业, 农业: items of one character each but
    the last, which writes the noun they share after its own one-character modifier."""
    if (prefixed := _prefixed_modifier_of_one_noun(phrases)) is not None:
        return prefixed
    if (parallel := _parallel_modifiers_of_one_noun(phrases)) is not None:
        return parallel
    width = len(phrases[0])
    last = phrases[-1]
    if (
        len(phrases) < 2
        or width > _LONGEST_MODIFIER
        or any(len(phrase) != width for phrase in phrases[:-1])
        or len(last) - width < 1
    ):
        return phrases
    noun = last[width:]
    return [phrase + noun for phrase in phrases[:-1]] + [last]


def _parallel_modifiers_of_one_noun(phrases: list[str]) -> list[str] | None:
    """ "城镇、农村居民人均可支配收入" -> 城镇居民人均可支配收入, 农村居民人均可支配收入: the earlier items bare
    modifiers of one row of lexicon/parallel_modifiers.tsv, the last opening with another of the row, the noun they
    share after it; a prefix before the first modifier is every item's (口岸入境、出境旅客 -> 口岸出境旅客). None
    otherwise (利润、营业收入: two measures)."""
    if len(phrases) < 2:
        return None
    first, middle, last = phrases[0], phrases[1:-1], phrases[-1]
    for row in _parallel_modifier_rows():
        opening = max((m for m in row if first.endswith(m)), key=len, default=None)
        if opening is None or not all(phrase in row for phrase in middle):
            continue
        prefix = first[: -len(opening)]
        own = max((m for m in row if last.startswith(m) and m != opening and m not in middle), key=len, default=None)
        if own is not None and len(last) - len(own) >= _SHORTEST_SHARED_NOUN:
            noun = last[len(own) :]
            return [first + noun] + [prefix + phrase + noun for phrase in middle] + [prefix + last]
    return None


_SHORTEST_SHARED_NOUN = 2  # 居民, 幼儿园: one character left is no noun of its own (城镇、农村人: no list of this kind)


@cache
def _parallel_modifier_rows() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(row) for row in lexicon.rows("parallel_modifiers.tsv"))


_LONGEST_MODIFIER = 1  # 大, 中: two characters may be a thing of their own (工业、服务业增加值: no 工业业增加值)


def _prefixed_modifier_of_one_noun(phrases: list[str]) -> list[str] | None:
    """ "本外币存、贷款余额" -> 本外币存款余额, 本外币贷款余额: two items, the first a shared prefix and a word of one
    character (存, cut apart by jieba), the second a word opening the noun they share (贷款余额, 货物进、出口额),
    when the one character and that word less its first make a word too (存款, 进口额). None otherwise (工业、服务业
    增加值: 业 is no word of its own)."""
    if len(phrases) != 2:
        return None
    first, last = phrase_words(phrases[0]), phrase_words(phrases[1])
    if len(first) < 2 or len(first[-1][0]) != 1 or first[-1][1].startswith("n") or not last or len(last[0][0]) < 2:
        return None  # 湖体总磷、总氮浓度: 磷, a noun, is a thing of its own
    modifier, opening = first[-1][0], last[0][0]
    if len(phrase_words(modifier + opening[1:])) != 1:
        return None
    prefix = phrases[0][:-1]
    return [prefix + modifier + phrases[1][1:], prefix + phrases[1]]


_NUMBERED = compile_pattern(r"(第?)([一二三四五六七八九十]+)(.*)")


@cache
def _list_count() -> re.Pattern[str]:
    """How many the list before it named, and of what measure word: 3家, 两市, 三个县."""
    # 二级医院 grades the 医院, it counts no list of two
    counted = [s for s, unit in lexicon.units().items() if unit.kind == "count" and s not in grade_units()]
    counted += ["省区市", "省市", "省", "市", "县", "区"]  # 三省, 两市: a list of places counted by their level
    return compile_pattern(f"([0-9０-９]+|[一二两三四五六七八九十]+)(?:{lexicon.alternation(counted)})")


def _after_the_lists_count(piece: str, count: int) -> str | None:
    """What follows a count of `count` things in the last piece of a list (东方电气3家公司的营业收入 ->
    公司的营业收入), or None when it holds no such count."""
    for match in _list_count().finditer(piece):
        try:
            written = parse_chinese_number(match.group(1))
        except ValueError:
            continue
        if written == count and len(piece) - match.end() >= 2:
            return piece[match.end() :]
    return None


def _measured_against_listed_bases(text: str, group: list[Claim], mentions: dict) -> list[str] | None:
    """One measure compared with bases listed one for one with the figures after them (进出口增速分别比全国、全省高出
    6.7、4.7个百分点, GDP增速分别高于全国、全省1.2和0.8个百分点): each figure is the measure against its base
    (进出口增速比全国高出, 进出口增速比全省高出); the bases are no names of the figures. None where the clause is no
    such comparison or the bases are not as many as the figures."""
    head = text[group[0].sentence_start : group[0].start]
    clause_start = max((m.end() for m in _LIST_CLAUSE_BOUNDARY.finditer(head)), default=0)
    found = _LISTED_BASES.search(head, clause_start)
    if found is None or _RESPECTIVELY not in found.group():
        return None
    listed = found["bases"] or found["bases_after"]
    bases = [base.strip() for base in lexicon.LIST_SEPARATOR.split(listed) if base.strip()]
    if len(bases) != len(group) or any(len(base) > _LONGEST_BASE for base in bases):
        return None
    measure = tidy_metric(clean_before(found["measure"], group[0].sentence_start + found.start("measure"), mentions))
    if not measure:
        return None
    if found["than"]:
        return [f"{measure}{found['than']}{base}{found['verb'] or ''}" for base in bases]
    return [f"{measure}{found['compared']}{base}" for base in bases]


# a measure, then 比/较 and its bases then the way it differs (分别比全国、全省高出), or a verb of comparing and
# its bases (分别高于全国、全省), 分别 on either side of the bases, right before the figures
_LISTED_BASES = compile_pattern(
    r"(?P<measure>[^，,。；;：:、]{2,20}?)\s*(?:分别)?\s*(?:(?P<than>比|较)(?P<bases>[^，,。；;：:]{2,30}?)\s*(?:分别)?"
    r"(?P<verb>高出|高|低|快|慢|多|少)|分别(?P<compared>高于|低于|快于|慢于|超过|超出)(?P<bases_after>[^，,。；;：:]{2,30}?))\s*$"
)
_LONGEST_BASE = 8  # characters of one base listed (全国平均水平)


def _share_out(
    text: str, claims: list[Claim], first: int, group: list[Claim], mentions: dict, notes: frozenset[int]
) -> bool:
    """Name the figures of a 、-list; True when they were paired with the phrases listed before 分别, or with as many
    figures listed right before them. `notes`: the indices of the figures in notes in brackets (_in_notes)."""
    earlier = _the_levels_changed(text, claims, first, group, notes)
    if earlier is not None:
        for claim, source in zip(group, earlier, strict=True):
            claim.metric, claim.metric_basis = source.metric, "sentence"
        return True
    shared_out = _shares_of_the_figures_before(text, claims, first, group)
    if shared_out is not None:
        for claim, source in zip(group, shared_out, strict=True):
            claim.metric, claim.metric_basis = (source.metric or "") + SHARE_NOUN, "sentence"
        return True
    compared = _measured_against_listed_bases(text, group, mentions)
    if compared is not None:
        for claim, phrase in zip(group, compared, strict=True):
            claim.metric, claim.metric_basis = phrase, "sentence"
        return True
    respective = _respective_phrases(text, group[0], len(group), mentions)
    if respective is not None:
        for claim, phrase in zip(group, respective, strict=True):
            claim.metric, claim.metric_basis = phrase, "sentence"
        return True
    phrase = group[0].metric or ""
    parts = [p for p in lexicon.LIST_SEPARATOR.split(phrase) if p]
    if len(parts) == len(group):
        for claim, part in zip(group, parts, strict=True):
            claim.metric, claim.metric_basis = part, "sentence"
        return False
    sentences = joined_sentences(text, claims, first)
    earlier = [c for k, c in enumerate(claims[:first]) if c.sentence_start in sentences and c.metric and k not in notes]
    # the list before is a parallel one in a clause of its own, not the same list's items before (36个乡镇、250个村、
    # 30027户、126117人受灾: the households and people are no villages)
    parallel = (
        len(earlier) >= len(group)
        and _CLAUSE_MARK.search(text, earlier[-1].end, group[0].start) is not None
        # one by one in the same unit, or a change in percent of a level (接待国内游客4860.5万人次，实现旅游总收入
        # 520.3亿元，分别增长45.2%和52.7%): 成长率1.8‰,总人口数44萬9890人;…分別成長9.5‰、9.16‰ is no list of those two
        and all(_parallel_item(c, g) for c, g in zip(earlier[-len(group) :], group, strict=True))
    )
    respectively = text.rfind(_RESPECTIVELY, group[0].sentence_start, group[0].start)
    times = listed_times(text, group[0].sentence_start, respectively, len(group)) if respectively >= 0 else None
    if not phrase and parallel and times is not None:
        # 旅游收入从152.57亿元上升至613.46亿元,其中2023年、2024年同比增幅分别为104.02%和97.08%: one measure at the
        # times listed, the last one named before them, not each earlier measure in its place
        for claim in group:
            claim.metric, claim.metric_basis = earlier[-1].metric, "sentence"
        return False
    if not phrase and parallel:
        for claim, source in zip(group, earlier[-len(group) :], strict=True):
            claim.metric, claim.metric_basis = source.metric, "sentence"
        return False
    for claim in group[1:]:
        if not claim.metric and phrase:
            claim.metric, claim.metric_basis = phrase, "sentence"
    return False


def _link_opening_the_first_shared(phrases: list[str]) -> list[str]:
    """水质为Ⅲ类、Ⅳ类、Ⅴ类的数量: what the first item opens with up to its link (水质为) is every item's, when no other
    item has a link of its own (水质为Ⅳ类数量, not Ⅳ类数量)."""
    linked = _OPENING_LINK.match(phrases[0]) if phrases else None
    if linked is None or any(_OPENING_LINK.match(phrase) for phrase in phrases[1:]):
        return phrases
    return [phrases[0], *(linked.group() + phrase for phrase in phrases[1:])]


# a noun and its link opening a phrase (水质为, 空气质量达到): what the items after it are said of
_OPENING_LINK = compile_pattern(r"[^，,。；;：:、\s为是]{2,8}?(?:为|是|达到|属于)(?=.)")


def _shares_of_the_figures_before(text: str, claims: list[Claim], first: int, group: list[Claim]) -> list[Claim] | None:
    """ "水质为Ⅲ类、Ⅳ类、Ⅴ类的数量分别为1个、10个和2个,分别占7.7%、76.9%、15.4%": shares after 分别占 in the clause
    right after a list of as many figures that are no shares are the shares of the whole those figures are, in
    order; else None."""
    start = first - len(group)
    if start < 0 or any(claim.kind != "percent" for claim in group):
        return None
    earlier = claims[start:first]
    if any(c.sentence_start != group[0].sentence_start or not c.metric or c.kind == "percent" for c in earlier):
        return None
    if any(text[c.end : c.end + 1] not in _LIST_MARKS_OR_CLAUSES for c in earlier[:-1]):
        return None
    return earlier if _RESPECTIVE_SHARES_OPENING.fullmatch(text, earlier[-1].end, group[0].start) else None


# the clause of the shares: a comma, then 分别占 alone
_RESPECTIVE_SHARES_OPENING = compile_pattern(r"\s*[，,]\s*分别占(?:了)?(?:为)?\s*")


def _parallel_item(before: Claim, item: Claim) -> bool:
    """An item of a list naming nothing may take the metric of the figure in its place in the list before it: one
    counted alike, or a level whose change in percent it is."""
    if counted_alike(before.unit, item.unit):
        return True
    return item.kind == "change" and item.unit == "%" and before.kind not in ("change", "percent")


def _the_levels_changed(
    text: str, claims: list[Claim], first: int, group: list[Claim], notes: frozenset[int]
) -> list[Claim] | None:
    """ "…等行业共发生事故39起、死亡53人，同比分别增加6起、19人，上升15.38%、35.85%": a list of changes after 分别
    in the clause after a list of as many figures, joined as a list (each a 、 or 和 after it, or a comma: each in
    a clause of its own, 總體失業率為2.7%,本地居民失業率為3.4%,按年分別下跌1.0及1.4個百分點) and counted alike
    one by one, or in percent, changes those figures in order — not the items a list of phrases before names
    (文化、体育和娱乐业)."""
    if any(claim.kind != "change" for claim in group):
        return None
    # the figures before, past the notes in brackets after them (分別有488輛(電動車佔128輛)及480輛(…)): a part's
    earlier: list[Claim] = []
    k = first - 1
    while k >= 0 and len(earlier) < len(group):
        if k not in notes:
            earlier.insert(0, claims[k])
        k -= 1
    if len(earlier) < len(group):
        return None
    if any(c.sentence_start != group[0].sentence_start or not c.metric for c in earlier):
        return None
    if any(_past_a_note(text, c.end) not in _LIST_MARKS_OR_CLAUSES for c in earlier[:-1]):
        return None
    between = _NOTE_IN_BRACKETS.sub("", text[earlier[-1].end : group[0].start])
    clause_marks = list(_CLAUSE_MARK.finditer(between))
    if not clause_marks:
        return None
    if _RESPECTIVELY in between:
        respectively = between.rfind(_RESPECTIVELY)
        opening = between[max((m.end() for m in clause_marks if m.end() <= respectively), default=0) : respectively]
        if not _opens_a_respective_clause().fullmatch(opening.strip()):
            # "…分别上升142%和156%，治安案件查处数、治安处罚人数分别上升60%和70%": a 分别 after a list of its own
            # pairs its figures with that list, not with the figures before
            return None
    elif (
        len(clause_marks) > 1
        or any(c.kind == "change" for c in earlier)
        or _RESPECTIVELY not in text[group[0].sentence_start : earlier[0].start]
    ):
        # else only levels a list before 分别 pairs (輕型汽車與重型電單車分別有488輛及480輛,按年增加2.1倍及1.2倍), the
        # changes in the very next clause; not changes (分别增长21.4%、6.3%，高于…增速16.4个、1.3个百分点: a comparison)
        return None
    levels = [c for c in earlier if c.kind != "change"]
    changes = [c for c in earlier if c.kind == "change"]
    if levels and changes:
        return None
    if all(counted_alike(c.unit, g.unit) or g.unit in _PERCENT_UNITS for c, g in zip(earlier, group, strict=True)):
        return earlier
    return None


# the levels joined as a list, or each in a clause of its own (總體失業率為2.7%,本地居民失業率為3.4%,按年分別下跌1.0及
# 1.4個百分點)
_LIST_MARKS_OR_CLAUSES = ("、", "和", "及", "与", "，", ",")
_PERCENT_UNITS = ("%", "百分点", "倍")  # and a multiple (按年增加2.1倍及1.2倍)


def _past_a_note(text: str, end: int) -> str:
    """The character after a figure ending at `end`, past a note in brackets right after it."""
    note = _NOTE_IN_BRACKETS.match(text, end)
    at = note.end() if note is not None else end
    return text[at : at + 1]


_GAP = 4  # the semicolon and the spaces a sentence may start after


def joined_sentences(text: str, claims: list[Claim], first: int) -> set[int]:
    """The sentence of the figure at first, and the one before it where a semicolon joins them (…17.83%；1至9月分别同比
    增长12.99%…): a list naming nothing of its own repeats the list before it across the semicolon, and an act alone
    goes on from the clause before it (汽车生产…；销售189.44万辆)."""
    start = claims[first].sentence_start
    starts = {start}
    if first and text[max(0, start - _GAP) : start].rstrip().endswith(("；", ";")):
        starts.add(claims[first - 1].sentence_start)
    return starts


@cache
def _ranked_list() -> re.Pattern[str]:
    """A measure, a word ranking a group by it and the group's members, then 分别 (…浓度最低的3个城市依次是北京、廊坊
    和长治，分别为…): the measure is `measure`, and the 分别 list ends the match."""
    ranks = lexicon.alternation(lexicon.word_list("ranking_words.txt"))
    return compile_pattern(
        rf"(?P<measure>[^，,。；;：:\n]{{2,24}}?)(?:{ranks})的(?:前|后)?[0-9一二三四五六七八九十两]*[个位家名]?"
        rf"[^，,。；;：:\n0-9]{{0,6}}?(?:依次|分别)?(?:是|为)[^，,。；;：:\n]{{1,40}}[，,]\s*(?:分别|依次)(?:为|是|达|增长)?"
    )


_CLAUSE_MARK = compile_pattern(r"[，,。；;：:！？!?\n]")


def ranked_lists(text: str, claims: list[Claim]) -> None:
    """ "PM2.5平均浓度最低的3个城市依次是北京、廊坊和长治，分别为47、55和55微克/立方米": the figures listed after 分别
    for the members of a group ranked by a measure are that measure of each member, where they named nothing."""
    pattern = _ranked_list()
    for claim in claims:
        # a metric read from the ranked members' names, their list marks in it (是河南、安徽、浙江、江苏 of
        # 送电量最多的分别是河南、…, 城市依次是北京、廊坊和长治) names none; any other names its own
        if claim.metric is not None and _ENUMERATION_COMMA not in claim.metric:
            continue
        # the ranked list is in the figure's own part of its sentence: after a semicolon another list ranks
        semicolon = max(text.rfind("；", 0, claim.start), text.rfind(";", 0, claim.start))
        for ranked in pattern.finditer(text, max(claim.sentence_start, semicolon + 1), claim.start):
            if _CLAUSE_MARK.search(text, ranked.end(), claim.start) is None:
                claim.metric = tidy_metric(QUOTE_CHARS.sub("", ranked["measure"]))
                claim.metric_basis = "sentence"


@cache
def _ranked_members_frame() -> re.Pattern[str]:
    """The words ranking members first by a measure written before them, up to the first member (毕业研究生就业率|
    排名前五位的学科是|历史学(93.5%)、农学(93.4%)…, 出口额|最高的三个国家依次为|美国120亿元、日本80亿元). The measure
    is read back from the match (_measure_before): a pattern opening with it would be tried at every character."""
    ranks = lexicon.alternation(lexicon.word_list("ranking_words.txt"))
    count = r"[0-9一二三四五六七八九十两]+[个位名家项]?"
    return compile_pattern(
        rf"(?:(?:排名|排在|位居|位列)(?:前|后){count}的?|(?:前|后)[0-9一二三四五六七八九十]+(?:名|位)|(?:{ranks})的(?:前|后)?(?:{count})?"
        # an order alone (增速由高到低依次为:青秀区增长8.2%、…; 五城市由高到低依次为:乌鲁木齐市上涨2.6%、…)
        rf"|{_ORDER})"
        # the kind ranked then 是/为, or a colon alone (全省闸机客流排名前三的景区:共和国摇篮景区123.73万人次、…)
        rf"[^，,。；;：:\n0-9]{{0,6}}?(?:(?:依次|依序|分别)?(?:是|为)[：:]?|[：:])"
    )


# an order the members are listed in (由高到低, 从多到少, 由低至高)
_ORDER = r"(?:由|从|從|按)(?:高|大|多|快|低|小|少|慢)(?:到|至|向)(?:高|大|多|快|低|小|少|慢)(?:排序|排列|排名)?"

_MEASURE_CHARS = 24  # how long the measure before a ranking may be


def _measure_before(text: str, at: int) -> tuple[int, str]:
    """Where the measure before a ranking starts and the measure as written: back to its clause's start."""
    start = max(0, at - _MEASURE_CHARS)
    marks = list(_CLAUSE_MARK.finditer(text, start, at))
    start = marks[-1].end() if marks else start
    return start, text[start:at]


# the members' group alone where a measure would stand before a ranking (五城市, 全市12个县区中, 各省份)
_GROUP_OF_MEMBERS = compile_pattern(
    r"(?:全省|全市|全区|各|这|[0-9一二三四五六七八九十两]+个?)?(?P<noun>[\u4e00-\u9fff]{1,3}?)中?"
)


# each member's measure (各市GDP, 各省份增速): 各 and the group before the measure
_EACH_MEMBER = compile_pattern(r"(?:全省|全市|全区)?各(?P<noun>[\u4e00-\u9fff]{1,3}?)(?=[A-Za-z\u4e00-\u9fff])")


def _the_members_group(written: str) -> bool:
    group = _GROUP_OF_MEMBERS.fullmatch(written.strip())
    return group is not None and _a_group_noun(group["noun"])


def _a_group_noun(noun: str) -> bool:
    """城市, 省份, 县区: a kind of the members ranked (lexicon/ranked_group_nouns.txt, division_nouns.tsv)."""
    return noun in lexicon.word_list("ranked_group_nouns.txt") or is_division_noun(noun)


@cache
def _superlative() -> re.Pattern[str]:
    """A measure and a word ranking by it ending a clause (兰州市CPI同比涨幅最小)."""
    ranks = lexicon.alternation(lexicon.word_list("ranking_words.txt"))
    return compile_pattern(rf"(?P<measure>[^，,。；;：:\n]{{2,{_MEASURE_CHARS}}}?)(?:{ranks})[，,]")


def _superlative_measure_before(text: str, group_start: int, sentence_start: int, mentions: dict) -> tuple[int, str]:
    """The measure of the clause before the members' group where it ends on a superlative (兰州市CPI同比涨幅最小,
    五城市由高到低依次为), the place it is said of left off; else nothing."""
    clause_start, _ = _measure_before(text, max(sentence_start, group_start - 1))
    clause_start = max(clause_start, sentence_start)
    superlative = _superlative().fullmatch(text, clause_start, group_start)
    if superlative is None:
        return group_start, ""
    start = superlative.start("measure")
    place = mentions.get(start)
    start = place.end if place is not None and place.end < superlative.end("measure") else start
    return start, text[start : superlative.end("measure")]


# what stands between two ranked members: a list mark, and the brackets of the member's figure (not a comma: a clause
# of its own follows the first member as often, 跌幅最大的是製造業，最新數字為17500元，較上季大跌12.5%)
_MEMBER_SEPARATOR = compile_pattern(r"[)）]?\s*(?:、|和|及|与)\s*")
_FIGURE_BRACKET = compile_pattern(r"\s*[（(]\s*$")


def ranked_members(text: str, claims: list[Claim], mentions: dict) -> None:
    """ "毕业研究生就业率排名前五位的学科是历史学(93.5%)、农学(93.4%)": each figure after a member ranked by a
    measure is that member's measure (历史学毕业研究生就业率); a place member (出口额最高的国家依次为美国120亿元) is
    the figure's subject, and the figure the measure alone."""
    frames = list(_ranked_members_frame().finditer(text))  # read once: most texts have none
    if not frames:
        return
    frame_ends = [frame.end() for frame in frames]
    previous_end: dict[int, int] = {}  # sentence start -> where the member before ended (its figure's end)
    for index, claim in enumerate(claims):
        at = bisect_right(frame_ends, claim.start) - 1
        ranked = frames[at] if at >= 0 and frames[at].start() >= claim.sentence_start else None
        if ranked is None or not _only_members_between(text, ranked.end(), claim.start):
            continue
        member_start = max(ranked.end(), previous_end.get(claim.sentence_start, ranked.end()))
        previous_end[claim.sentence_start] = claim.end
        separator = _MEMBER_SEPARATOR.match(text, member_start)
        member_start = separator.end() if separator and member_start > ranked.end() else member_start
        member = text[member_start : claim.start]
        bracket = _FIGURE_BRACKET.search(member)
        member = member[: bracket.start()] if bracket else member
        measure_start, written = _measure_before(text, ranked.start())
        counted = [c.end for c in claims[:index] if measure_start < c.end <= ranked.start()]
        if counted:  # 宜县二十一处景区二〇二四年游客数前五名: the measure starts after the group's count
            written, measure_start = text[max(counted) : ranked.start()], max(counted)
        if _the_members_group(written):
            # 兰州市CPI同比涨幅最小,五城市由高到低依次为: the group ranked names no measure; the superlative before does
            measure_start, written = _superlative_measure_before(text, measure_start, claim.sentence_start, mentions)
        each = _EACH_MEMBER.match(written)
        if each is not None and _a_group_noun(each["noun"]):  # 各市GDP从高到低排列为: GDP
            measure_start, written = measure_start + each.end(), written[each.end() :]
        measure = clean_before(written, measure_start, mentions) if len(written) >= 2 else ""
        if not member or not measure or not _A_MEMBER.fullmatch(member):
            continue
        named = mentions.get(member_start)
        was = claim.metric
        if named is not None and (
            named.end >= member_start + len(member) or change_verb_only().fullmatch(member, named.end - member_start)
        ):
            # 出口额最高的国家依次为美国120亿元; 增速由高到低依次为:青秀区增长8.2%: the place member's measure
            claim.metric = measure
        elif named is not None and _SHARE_AFTER_A_MEMBER.fullmatch(member, named.end - member_start):
            # 热门客源地排名前三的省份:广东占比24.35%: the member's share of the measure (热门客源地占比)
            claim.metric = measure + member[named.end - member_start :]
        else:
            claim.metric = measure + member if _a_verb_ends(measure) else member + measure
        claim.metric_basis = "sentence"
        following = claims[index + 1] if index + 1 < len(claims) else None
        if (
            following is not None
            and following.kind == "change"
            and following.metric == was
            and was
            and _ITS_OWN_CHANGE.fullmatch(text, claim.end, following.start)
        ):
            # "大麻2 874.8公斤，按年上升22%": the change right after the member's figure, named as it was, is of it (not
            # the changes listed after 分别 for every member)
            following.metric, following.metric_basis = claim.metric, "sentence"


_SHARE_AFTER_A_MEMBER = compile_pattern(r"占比|比重|占")


def _a_verb_ends(measure: str) -> bool:
    """The measure is what was done to the members (检获最主要的五类毒品依次为大麻…: 检获大麻), not a noun of theirs
    (毕业研究生就业率: 历史学毕业研究生就业率)."""
    words = phrase_words(measure)
    return bool(words) and words[-1][1] == _VERB_TAG


_VERB_TAG = "v"  # jieba's tag of a verb


_A_MEMBER = compile_pattern(r"[\u4e00-\u9fffA-Za-z]{1,12}")
# between a member's figure and its own change: a comma and the change's words (，按年上升), no 分别
_ITS_OWN_CHANGE = compile_pattern(r"[，,]?(?:(?!分别|分別)[\u4e00-\u9fff]){0,6}")


def _only_members_between(text: str, start: int, end: int) -> bool:
    """No clause ends between the ranking frame and the figure but the list's own commas and brackets."""
    between = text[start:end]
    return "。" not in between and "；" not in between and ";" not in between and len(between) <= _MEMBERS_REACH


_MEMBERS_REACH = 120


def corresponding_lists(claims: list[Claim]) -> None:
    """ "甲類、乙類及丙類消費物價指數…的按年升幅分別為2.9%、3.2%及3.5%，而九月份的相應升幅則為1.0%、1.8%及2.2%": a
    list of figures named only as the corresponding ones (相应升幅, 对应增速) measures, one by one, what the list of as
    many figures right before it in its sentence measured."""
    i = 0
    while i < len(claims):
        first = claims[i]
        if not _names_the_corresponding(first.metric):
            i += 1
            continue
        run = 1
        while (
            i + run < len(claims)
            and claims[i + run].metric == first.metric
            and claims[i + run].sentence_start == first.sentence_start
        ):
            run += 1
        before = claims[i - run : i] if i >= run else []
        if (
            run > 1
            and before
            and all(c.sentence_start == first.sentence_start for c in before)
            and all(c.metric and not _names_the_corresponding(c.metric) for c in before)
        ):
            for earlier, figure in zip(before, claims[i : i + run], strict=True):
                figure.metric, figure.metric_basis = earlier.metric, "sentence"
                if earlier.kind == "change":
                    figure.kind, figure.direction = "change", earlier.direction  # 相应升幅: a rise as the first list's
        i += run


def _names_the_corresponding(metric: str | None) -> bool:
    return bool(metric) and metric.startswith(_CORRESPONDING)


_CORRESPONDING = ("相应", "对应")
