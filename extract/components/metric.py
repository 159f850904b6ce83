"""claimkb_metric: the shortest phrase naming what a figure counts or measures, and its key.

A figure names its thing on one side: after it when a verb or preposition governs the figure
("引导12名党员", "在8个试点社区") or when a count or measure is followed by a noun ("48个村庄",
"130亩种苗基地"), otherwise before it ("驿站465处", "覆盖率已提高至93.02%"). In the phrase before,
what a verb inside it acts on ("村西建设占地" -> 占地) and the head after 的 are kept; a place with a
verb of having and a bare unit names the unit's own metric ("王洪庙村共有560户" -> 户数).
Enumerations share out their phrases ("A和B分别上升40%、54.5%" -> A, B), and a list of figures
with no phrase of its own ("同比分别上升35.1%、48.3%") takes the metrics of the figures before it.

This module holds the component, the choice of a figure's phrase from its own clause (choose_metric) and
the rules naming a figure from the figures beside it. The words of a phrase, cleaned of time, place and
links (clean_before), tidied (tidy_metric) and keyed (metric_key), are metric_phrases.py's, which every
module naming figures reads; an age's metric, the person it measures, is metric_persons.py's; the
headings, openers and labels that name the figures under them are metric_headings.py's; the parts of a
whole, 、-lists and 分别 lists are metric_lists.py's.
"""

from __future__ import annotations

import itertools
import os
import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from extract import lexicon
from extract.aims import aiming_verb_ends
from extract.aspect_words import (
    PEOPLE_UNITS,
    aspect_markers_in,
    kind_words,
    marker_pattern,
    person_outcomes,
    spanning_verbs,
)
from extract.brackets import Balances
from extract.breaks import Breaks
from extract.claims import Claim
from extract.components.claims import A_MARK, bar_comparative, bar_comparative_before
from extract.components.extensions import doc_text
from extract.components.kind import PACE_REACHED, restated_in_another_unit
from extract.components.metric_brackets import (
    amounts_in_brackets_after_their_items,
    changes_in_brackets_after_their_items,
    second_measures_in_brackets,
    shares_in_brackets_after_counts,
    signed_changes_in_brackets_after_their_items,
)
from extract.components.metric_days import counts_of_days, days_of_each_condition
from extract.components.metric_headings import (
    FROM_AN_EVENTS_TIME,
    LIST_HEADING_BETWEEN,
    RANK_SAID,
    categories_under_a_heading,
    colon_label,
    heading_clause,
    level_points,
    scoped_by_colon_labels,
    scoped_by_section_headings,
    shares_of_listed_parts,
)
from extract.components.metric_lists import (
    BARE_CASE_NOUNS,
    corresponding_lists,
    done_after,
    joined_sentences,
    kinds_of_a_whole,
    measure_noun_endings,
    names_of_one,
    noun_after_the_last_part,
    parts_adding_up_to_a_whole_before,
    parts_of_a_distributed_whole,
    parts_of_a_whole,
    ranked_lists,
    ranked_members,
    share_out_lists,
    splits_by_sex,
    visitors_of_a_bracketed_figure,
)
from extract.components.metric_pairs import former_and_latter
from extract.components.metric_partners import values_by_trade_partner
from extract.components.metric_persons import counts_of_an_age_band, persons_aged
from extract.components.metric_phrases import (
    ADVERB_TAGS,
    BARE_SHARE,
    BRACKET_CHARS,
    COPULAS,
    DIVISION_KINDS,
    LEVEL_REACHED,
    MAX_METRIC,
    MEASURES,
    PART_LINKS,
    QUOTE_CHARS,
    SHARE_NOUN,
    SHARE_VERB,
    WHITE_SPACE,
    a_change_verb,
    a_noun,
    body_count_units,
    bracket_depth,
    change_manners,
    change_verb_only,
    clean_before,
    clean_phrase,
    currency_words,
    elliptical_measures,
    generic_heads,
    history_phrase,
    kind_before_its_topic,
    metric_key,
    modal_words,
    name_endings,
    names_an_owner,
    only_a_place,
    owner_verbs,
    people_endings,
    people_or_case_endings,
    strip_links,
    threshold_verbs,
    tidy_metric,
)
from extract.components.metric_plans import measured_against_a_plan
from extract.components.metric_subgroups import (
    HEAD_CHARS,
    parts_of_another_kind,
    parts_said_to_be_a_kind,
    people_said_to_be_people,
)
from extract.components.outcome_clauses import outcome_after_the_noun
from extract.components.period import (
    NOW_WORDS,
    RESTATED_BASE,
    bracketed_base_between,
    comparison_pattern,
    period_pattern,
)
from extract.figure_references import figure_reference_words
from extract.graded_scales import GRADE, measure_of_the_event
from extract.headline_figures import in_own_words, restating_key
from extract.layout import dateline_pattern
from extract.origins import foreign_origin
from extract.pattern_cache import compile_pattern
from extract.places import (
    RANKED_BY,
    RANKED_CLAUSE,
    a_name_governed_at,
    counted_division_noun,
    gazetteer,
    is_division_noun,
    subsidiary_words,
)
from extract.quantities import MEDALS, UNIT_RANGE_SEPARATORS, division_count_units, find_quantities
from extract.roc_years import BARE_ROC, YEAR_NUMERAL, writes_roc_years
from extract.trade_partners import end_of_the_trade_word, partner_phrase
from extract.words import OF, phrase_words, starts_a_word

# the phrase after a figure ends at a clause boundary, a space or the next number
_AFTER_BOUNDARY = compile_pattern(r"[，,。；;：:！？!?、\n（(）)\s0-9０-９#【】]")
# the phrase before a figure starts after a clause boundary; brackets stay in it ("惠民服务中心(站点)")
# a feed's headline markup (#话题#, 【标题】) ends a phrase too: "#新冠肺炎最新动态#【#河南新增89例" names no metric
# and a headline's ideographic space or bar parts its phrases ("港人收息缩水　家庭收入跌9%", "开门红丨42.84亿元!");
# a 、 between two numerals lists the numbers of one noun (第二、三产业, 一、二级医院) and parts nothing
_NUMERAL = "[一二三四五六七八九十]"
_BEFORE_BOUNDARY = compile_pattern(rf"[，,。；;：:！？!?\n#【】\u3000丨｜]|(?<!{_NUMERAL})、|、(?!{_NUMERAL})")
# a code opening the noun: a grade (4A级), a generation (5G), a virus's or a disease's name (H7N9病例, COVID-19本土案例)
# (or a voltage that grades it: 4座110千伏变电站, lexicon/units.tsv; or a size: 1个5万吨液体散货泊位,
# 2个10万吨级通用泊位, 3台600兆瓦机组)
_CODE_START = compile_pattern(
    r"[0-9０-９]+(?:千伏|[A-Za-zＡ-Ｚ]+)|[A-Za-zＡ-Ｚ]+[-－]?[0-9０-９][A-Za-z0-9]*"
    r"|[0-9０-９]+(?:[.．][0-9０-９]+)?万?(?:吨|千瓦|兆瓦|立方米|平方米)级?(?=[\u4e00-\u9fff])"
)
# a bracket of words with no figure between two words of a phrase (境外（印度尼西亚）输入): a note, not a boundary
# (a division noun's other kinds, 12个市(区)中, 7个县(市、区), are the noun's: after one character or listed, no note)
_NOTE_INSIDE_A_PHRASE = compile_pattern(
    r"(?<=[\u4e00-\u9fff]{2})[（(][^（()）\n，,。；;、0-9０-９]{1,10}[）)](?=[\u4e00-\u9fff])"
)
_HAVING = compile_pattern(r"(?:共有|现有|拥有|有)")


@cache
def _governing_end() -> re.Pattern[str]:
    return compile_pattern(f"(?:{lexicon.alternation(lexicon.word_list('metric_governing.txt'))})$")


@cache
def _after_stop() -> re.Pattern[str]:
    return compile_pattern(lexicon.alternation(lexicon.word_list("metric_after_stops.txt")))


def _past_a_name_across(spans: list[tuple[int, int]], clause_start: int, figure_start: int) -> int:
    """Where a clause's phrase starts when a boundary falls inside a place's name (全国除#湖北以外地区新增166例#: the
    headline's # inside the name): after the name, which is no word of the metric."""
    k = bisect_left(spans, (clause_start,))
    for start, end in reversed(spans[max(0, k - _NAMES_ACROSS) : k]):
        if start < clause_start < end <= figure_start:
            return end
    return clause_start


# names starting before a clause start that may reach over it (nested ones: 湖北 in 全国除湖北以外地区)
_NAMES_ACROSS = 3


@Language.component("claimkb_metric")
def metric_component(doc: Doc) -> Doc:
    text = doc_text(doc)
    attributes = doc._  # one Underscore object, not one per attribute read
    claims: list[Claim] = attributes.claims
    # places by where they start: a claim's phrase only strips a name that opens it
    mentions = {m.start: m for m in reversed(names_of_one(attributes.places or [], claims))}
    ending_at = {m.end: m for m in attributes.places or []}
    boundaries = Breaks(text, _BEFORE_BOUNDARY)
    aimed_at = aiming_verb_ends(text)  # where each verb of aiming ends, read once a document
    name_spans = sorted((m.start, m.end) for m in attributes.places or [])
    balances = Balances(text)
    before_phrases: list[str] = []
    colon_labels: dict[int, str] = {}  # claim index -> the label before a colon that names it
    shares: dict[int, tuple[str, str]] = {}  # claim index -> the part and the whole of a share of a whole
    acting: tuple[int, str] | None = None  # where a counted group's act ends, and the group
    barred: tuple[tuple[int, str], str] | None = None  # the sentence and unit of a group a bar defined, its noun
    owned: tuple[int, str] | None = None  # where a figure whose clause named its measure's owner ends, and the owner
    actor: tuple[int, str] | None = None  # the sentence opening with who acted (its start), and who
    roc = writes_roc_years(attributes.region, attributes.script)
    totals: set[int] = set()  # the figures summing the list of items right before them (…、电力抢险110人,共计3065人)
    for i, claim in enumerate(claims):
        previous = claims[i - 1] if i and claims[i - 1].sentence_start == claim.sentence_start else None
        clause_start = _clause_start(text, claim, previous, boundaries)
        if previous is not None and previous.end == clause_start:
            clause_start = _window_end(text, previous)  # 14天内在小范围发现2例: the window's 内 is the 14天's
        counted_group = None
        if previous is not None and previous.end == clause_start and previous.metric:
            # "4个盒子里共放置人民币8000元", "建成5个园区内新增就业300人": the figure before ends in the
            # clause, its counted noun and the locality word after it say where, not what this one measures
            located = _counted_noun_length(text, clause_start, previous.metric, claim.start)
            counted_group = None if located else _acting_group(text, clause_start, previous, claim.start)
            clause_start += located
        clause_start = _after_a_per_number(text, clause_start, claim.start)
        clause_start = _coordination_start(text, clause_start, claim, previous, ending_at)
        clause_start = _after_a_subsidiary(text, clause_start, claim.start, mentions)
        clause_start = _after_a_run_in_heading(text, clause_start, claim.start)
        clause_start = _at_the_place_aimed_for(aimed_at, clause_start, claim.start, mentions)
        clause_start = _past_a_name_across(name_spans, clause_start, claim.start)
        clause_start = _after_a_dateline(text, clause_start, claim.start)
        raw_before = _without_part_named(text[clause_start : claim.start], clause_start, ending_at)
        raw_before = _without_the_ranked_place(text, raw_before, clause_start, mentions)
        if raw_before.endswith(_INSTALMENT) and claim.unit in _instalment_units():
            raw_before = raw_before[: -len(_INSTALMENT)]  # 尹某分两次花了: the act in two parts, 分 no part of 尹某
        before_phrases.append(raw_before)
        if previous is not None and _sums_the_items_before(text, previous, claim, clause_start):
            totals.add(i)
        claim.metric = _with_its_trade_partner(
            raw_before, tidy_metric(choose_metric(text, claim, raw_before, mentions, clause_start))
        )
        claim.metric = _measures_named_by_verbs().get(claim.metric or "", claim.metric)  # 收报2.15港元: 收盘价
        if claim.metric and (doer := _doer_of_a_parallel_act(text, claims, i, balances)):
            claim.metric = doer + claim.metric  # 汽车生产179.79万辆，…；销售189.44万辆: 汽车销售
        if (
            not claim.metric
            and claim.kind == "measure"
            and (body := ending_at.get(claim.start)) is not None
            and body.role == "organisation"
            and a_name_governed_at(text, body.start)
        ):
            # 全市新发展产业扶贫种养基地58万亩: a measure written right after the name of what was built or developed
            # (bases, parks) measures it, and the subject step then gives it to the place; not a body's own figure
            # after its name alone (友谊农场4.1万亩: the farm's)
            claim.metric = body.place.name
        if roc:
            # 但自105年起下降至20萬8440人: a year of the 民國 calendar is the period, and with it gone the level reached
            # is of what the figure before it measures
            claim.metric = _without_opening_roc_year(claim.metric)
        if previous is not None and (closing := _restated_in_brackets(text, previous, claim)):
            # 340.9億澳門元(42.6億美元)的博彩總收入: a sum restated in another currency in brackets measures what the
            # sum before it does, and the noun after the brackets' 的 is that sum's
            if not previous.metric and text.startswith(OF, closing):
                previous.metric = tidy_metric(_noun_phrase(_phrase_after(text, closing + len(OF))))
            if previous.metric:
                claim.metric = previous.metric
        if not claim.metric and (viewed_by := _measure_viewed_by(text, claims, i)):
            claim.metric, claim.metric_basis = viewed_by, "sentence"  # 从总资产增速来看,枣庄银行以20.62%居首
        difference = None if claim.metric else _difference_from_a_compared_level(claims, before_phrases, i)
        if not claim.metric and (compared := _MEASURE_COMPARED_WITH.fullmatch(raw_before)):
            # 計326.3萬人,較平日夜間停留人口數261.1萬人: the level of the measure compared with, named right before it
            claim.metric = tidy_metric(compared["measure"])
        elif difference:
            # …計326.3萬人,較平日夜間停留人口數261.1萬人,多65.2萬人(25.0%): by how much the first exceeds the one
            # compared with, and the share of it in brackets after: changes, the first's against the other
            direction = _DIFFERENCE_DIRECTIONS[_DIFFERENCE_ALONE.fullmatch(raw_before)["verb"]]
            claim.metric, claim.kind, claim.direction = difference, "change", direction
            share = claims[i + 1] if i + 1 < len(claims) else None
            if share is not None and share.unit == "%" and text[claim.end : share.start] in ("(", "（"):
                share.metric, share.kind, share.direction = difference, "change", direction
        if (
            not claim.metric
            and previous is not None
            and previous.metric
            and previous.kind == claim.kind
            and text[previous.end : claim.start].strip() in UNIT_RANGE_SEPARATORS
        ):
            # 年龄介于10月龄-86岁之间: the top of a range whose ends are in two units (so not one figure) measures what
            # its bottom does
            claim.metric = previous.metric
        if claim.metric and RANK_SAID.match(claim.metric):
            # 第二名則為大陸，達323.7萬人次: which one ranks there, no name of what the figure measures
            claim.metric = None
        if claim.metric and _a_comparison_and_its_verb(raw_before):
            # 共计卖了46415套商住房,比2014年同期多卖7699套: the comparison and its verb name nothing; the figure is of
            # what the one before it counts (the steps for a clause naming nothing decide it)
            claim.metric = None
        if claim.metric and (cause := _cause_before_er().search(raw_before)) and cause.start() > 0:
            # 機械產品因半導體設備訂單增加而年增6.9%: why it changed, between 因 and 而, is no part of what changed
            what = tidy_metric(clean_before(raw_before[: cause.start()], clause_start, mentions))
            claim.metric = what or claim.metric
        spanning = raw_before.strip()
        if spanning not in spanning_verbs() and previous is not None and _listed_after(text, previous.end, claim.start):
            # 涉及21个市（州）、122个县（市、区）: the verb spans each item of its list
            spanning = before_phrases[i - 1].strip()
        if (
            claim.metric
            and spanning in spanning_verbs()
            and not claim.metric.startswith(spanning)
            and not _what_befell_them(claim.metric)
        ):
            # 累计报告确诊病例36例，涉及9个市: the places the cases are spread over, not the region's cities
            claim.metric = tidy_metric(spanning + claim.metric) or claim.metric
        if (
            claim.metric
            and claim.metric == raw_before.strip()
            and (item := _object_listed_before(text, claim, clause_start, mentions))
        ):
            # "审结涉外、涉港澳台案件1359件": the figure counts the items a 、 joins, not the last one alone
            claim.metric = tidy_metric(item + "、" + claim.metric) or claim.metric
        if claim.metric is None and (toll := _short_toll_verbs().get(raw_before.strip())):
            claim.metric = toll  # 亡1390人，伤881人: the toll's one character, in full
        if claim.unit == _PERSON and claim.mention[-1:] in _SEXES:
            claim.metric = _SEXES[claim.mention[-1:]]  # 11,540人(5,903男、5,637女): the people of that sex
        if claim.unit == _PERSON and (toll := _short_toll_verbs().get(claim.mention[-1:])):
            claim.metric = toll  # 1859件、1死、2626傷: the toll's character as the figure's unit names the people
        if claim.metric and (kind := _kind_said_after(text, claim)):
            claim.metric = kind  # 64例病例为输入性病例: the kind of case the figure's own noun is said to be
        if claim.metric and (outcome := _outcome_after_its_noun(text, claim)):
            claim.metric = outcome  # 1例确诊病例3月12日出院: what befell the cases is what is counted
        if claim.kind == "change" and (pace := PACE_REACHED.search(raw_before)):
            # 经济增长放缓至2.1%: the rate of growth (经济增长), not the pace's verb
            rate = raw_before[: pace.end("rate")]
            claim.metric = tidy_metric(clean_before(rate, clause_start, mentions)) or claim.metric
        if claim.kind == "count" and claim.unit in division_count_units():
            claim.metric = claim.unit  # 全市辖1区3市6县: the kind of division is both the unit and what is counted
        if claim.kind == "count" and claim.unit in MEDALS:
            claim.metric = MEDALS[claim.unit]  # 共收获55金39银28铜: the colour's medals
        if claim.metric and (origin := foreign_origin(text, claim)) and claim.metric == text[origin[1] : claim.start]:
            # 荷兰输入3例: where a listed part's cases came from (claimkb_origins names it), not what it counts
            claim.metric = None
        if claim.kind == "count" and (bar := _group_bar(raw_before, clause_start, mentions)):
            # "年吞吐量1000万吨以上的港口有8个", "增幅在50%至100%之间的有15个": the bar defines the group
            # counted, told apart from the groups beyond it only by the bar; a group with no noun of its own
            # is of the thing the figure before it of the same unit counted (港口)
            head = bar[1] or (barred[1] if barred and barred[0] == (claim.sentence_start, claim.unit) else "")
            if head:
                claim.metric = tidy_metric(bar[0] + "的" + head) or claim.metric
                barred = ((claim.sentence_start, claim.unit), head)
        if counted_group:
            acting = (claim.end, counted_group)
        elif (
            acting is not None
            and not _FULL_STOP.search(text, acting[0], claim.start)
            and _opens_with_a_verb(raw_before)
        ):
            # "…接待游客698.69万人次，同比增长15.2%；累计实现门票收入3.39亿元": a later clause, up to the full
            # stop, with no subject of its own goes on telling what the group did
            counted_group = acting[1]
        if claim.metric and (kept := _kept_owner(raw_before, claim.metric)):
            owned = (claim.end, kept)
        elif (
            owned is not None
            and not _FULL_STOP.search(text, owned[0], claim.start)
            and _owned_elsewhere(raw_before, claim.metric)
        ):
            # "原料药中间体业务实现销售收入79.87亿元，…；实现毛利14.03亿元，…，毛利率为17.56%": a later clause, up
            # to the full stop, with no owner of its own goes on with the part the first one named (…业务毛利), as
            # parallel sentences on the other parts give the same bare 毛利
            claim.metric = tidy_metric(owned[1] + claim.metric) or claim.metric
        elif (
            (measured := _measured_before(claims, i)) is not None
            and not _FULL_STOP.search(text, measured.end, claim.start)
            and (owner := _owner_of_a_parallel_measure(raw_before, claim.metric, measured.metric, owned))
            and not _singled_out_after(text, claim, owner + (claim.metric or ""))
        ):
            # "国家铁路货运发送量3.54亿吨，…；货运周转量2992亿吨公里": a later clause of the full stop naming only a
            # measure like the one before is the same owner's (国家铁路货运周转量), not the whole's
            claim.metric = tidy_metric(owner + claim.metric) or claim.metric
        if (
            claim.metric
            and previous is None  # the first figure of its sentence
            and not _LIST_ITEM_BEFORE.match(text, clause_start - 1)  # not the last of a list (飞机、船舶、海工平台…)
            and (opener := _actor_opening(raw_before))
        ):
            actor = (claim.sentence_start, opener) if claim.metric.startswith(opener) else None
        elif (
            actor is not None
            and claim.metric
            # a change is its measure's; a sum after a count is mostly of the things counted (…起诉索赔案20宗，诉请
            # 标的1167万元: the suits' claim), not another act of the actor
            and claim.kind not in _NOT_ACTS
            and actor[0] == claim.sentence_start
            and not claim.metric.startswith(actor[1])
            and (act := _verb_opening(raw_before)) is not None
        ):
            # "铁路发送客运列车864列，增开59趟列车，共运送旅客73.2万人次": a later clause of the sentence opening
            # with a verb and no actor of its own tells what the sentence's actor did (铁路运送旅客, 铁路增开列车)
            done = claim.metric if claim.metric in raw_before else act + claim.metric
            claim.metric = tidy_metric(actor[1] + done) or claim.metric
        if counted_group and claim.metric and not claim.metric.startswith(counted_group):
            # "纳入监测的25家重点景区累计接待游客698.69万人次": the group just counted did what this figure
            # measures, which is the group's (重点景区游客), not the whole place's (全省…游客)
            claim.metric = tidy_metric(counted_group + claim.metric) or claim.metric
        if previous is not None and previous.metric and _a_surpassed_base(raw_before, previous, claim):
            # "上市公司超过370家，超过了去年中期分红的195家": the base surpassed is the same thing at another time
            claim.metric, claim.metric_basis = previous.metric, "sentence"
        elif (
            claim.unit in _RATIO_UNITS
            and _a_ratio_to_a_time(raw_before)
            and (level := _latest_level(claims, i)) is not None
            and level.metric
        ):
            # "高校在校大学生129.1万人，是新中国成立初1949年的416.5倍", "接待游客1200万人次，恢复到2019年同期的95%": the
            # level before it measured against its own level at another time
            claim.metric, claim.metric_basis = level.metric, "sentence"
        elif previous is not None and previous.metric and _a_conversion(raw_before):
            # 人均地区生产总值126648元（折合17973美元）: the converted figure is the one before it in another unit
            claim.metric, claim.metric_basis = previous.metric, "sentence"
        elif not claim.metric and claim.kind != "age":
            # 甲类：0例, 男性：61.2万人: a short label before a colon right before the figure names it
            claim.metric = colon_label(text, claim, clause_start, boundaries, mentions)
            if claim.metric:
                colon_labels[i] = claim.metric
        if claim.kind == "change" and claim.metric in _bare_share_nouns() and previous is not None:
            # "…占全部港口吞吐量的98.7%，占比较上年上升0.2个百分点": the bare share that changed is the share
            # just given (of its group), told apart from the other groups' shares only by it
            share = next(
                (c for c in reversed(claims[:i]) if c.sentence_start == claim.sentence_start and c.kind == "percent"),
                None,
            )
            if share is not None and share.metric and ("占" in share.metric or share.metric.endswith(claim.metric)):
                claim.metric, claim.metric_basis = share.metric, "sentence"
        if (
            previous is not None
            and claim.metric
            and _a_share_of_the_whole(claim.metric)
            and _RESPECTIVELY + SHARE_VERB not in raw_before  # 分别占: the parts are the items listed (metric_lists)
        ):
            # "普惠性幼儿园4747所，比上年增加510所，增长12.04%，占总数的68.08%": the part is the latest figure
            # before it that names something (its changes are named later, after their level)
            same_sentence = (j for j in range(i - 1, -1, -1) if claims[j].sentence_start == claim.sentence_start)
            j = next((j for j in same_sentence if claims[j].metric), None)
            whole = claim.metric
            if j is not None and j in shares:
                # "完成投资272.96亿元，占前三季度预期目标的99.06%，占全年投资的73.24%": a share right after a share
                # is of the same measure; its part is the same or one named without a figure of its own (以美国最多，
                # 占出口总额的21%，其次为日本，占出口总额的12%: 日本's, its subject's), not the share before it
                claim.metric = shares[j][0] + whole
                shares[i] = (shares[j][0], whole)
            elif j is not None and not _a_share_of_the_whole(claims[j].metric):
                # of what the part is, not of its rate (中国大陆旅客增幅达78.1%，…，占旅客总数57.2%)
                part = _without_elliptical_measure(_without_rate_noun(claims[j].metric), whole)
                claim.metric = part + whole
                shares[i] = (part, whole)
        elif claim.kind == "change" and (average := _average_change(raw_before)):
            # "生产总值增长8%，两年平均增长6%": the average yearly change of the latest figure before it that names
            # something; the averaging words keep it apart from that figure's own change
            measured = next(
                (c for c in reversed(claims[:i]) if c.sentence_start == claim.sentence_start and c.metric), None
            ) or _measured_before_a_semicolon(text, claims, i)
            claim.metric = (measured.metric if measured else "") + average
            claim.metric_basis = "sentence" if measured else None
    paired = share_out_lists(text, claims, before_phrases, mentions)
    _bracketed_after_their_nouns(text, claims, mentions)
    _name_by_unit(text, claims, {m.end: m.role for m in attributes.places or []})
    parts: set[int] = set()  # the counts of people given the group they are of (_group_the_people_are_of)
    for i, claim in enumerate(claims):
        if not claim.metric:
            # "当日解除医学观察183人，共有1077人正在接受医学观察": people counted by what they are doing
            claim.metric = _people_doing(text, claim)
        if not claim.metric and (pair := _an_even_pair(text, claim, mentions)):
            # "总供水量与总用水量持平，为47.16亿立方米": the level both of the pair are at
            claim.metric, claim.metric_basis = pair, "sentence"
        if i and claims[i - 1].metric and bracketed_base_between(roc).fullmatch(text, claims[i - 1].end, claim.start):
            # 达69%(2023年为61%): the level compared with, in brackets with its time, measures what the one before does
            claim.metric, claim.metric_basis = claims[i - 1].metric, "sentence"
        change = claims[i - 1] if i else None
        if change and change.metric and claim.kind == "change" and restated_in_another_unit(text, change, claim):
            # 較96年減少55人次或6.88%, 上升23.1%(6微克/立方米): the same change in another unit, of what the change
            # before it measures
            claim.metric, claim.metric_basis = change.metric, "sentence"
        if i and A_MARK.match(text, claim.end) and (level := _level_marked(claims, i)) is not None:
            # 總人口數44萬9890人,連續2年跌破45萬大關: the mark is of what the level before it measures
            claim.metric, claim.metric_basis = level.metric, "sentence"
        if i and (group := _group_the_people_are_of(text, claims, i, parts)):
            # 追踪到密切接触者15074人，已解除医学观察11324人: those released are of the contacts just counted
            # the act is the clause's own, as its basis says; a group named by the same state (医学观察密切接触者,
            # 尚在医学观察3602人) is its noun after it
            noun = group[len(claim.metric) :] if group.startswith(claim.metric) else group
            claim.metric = f"{claim.metric}{OF}{noun}"
            parts.add(i)
        if i and _people_of_the_cases(claims[i - 1], claim):
            # "起诉盗窃犯罪案件120件186人": the people of the cases just counted, named by the same act
            claim.metric, claim.metric_basis = _act_on_the_cases(claims[i - 1].metric), "sentence"
        bare_share = not claim.metric or claim.metric == SHARE_NOUN  # 占98.3%, 占比26.9%
        share_clause = before_phrases[i]
        time = period_pattern(share_clause).match(share_clause)
        if bare_share and claim.kind == "percent" and _BARE_SHARE.fullmatch(share_clause, time.end() if time else 0):
            # "地表水源供水量46.37亿立方米，占98.3%", "男性病例134例，占48.9%", "其中高级职称86人，占比26.9%": the
            # share of the part just given, in the whole its sentence is of (…占比, as the text's own 占比 names such
            # a share); after a time ("1月份，城乡居民用电量占全社会用电量的15.38%，1-2月占17.13%") the share before it
            # at another time
            part = _latest_level(claims, i)
            share = _latest_share(claims, i) if time is not None else None
            if share is not None and share.metric:
                claim.metric, claim.metric_basis = share.metric, "sentence"
            elif part is not None and part.metric:
                claim.metric, claim.metric_basis = _without_rate_noun(part.metric) + SHARE_NOUN, "sentence"
        elif (
            claim.kind == "percent"
            and claim.metric in _SHARE_NOUNS_ALONE
            and not _LIST_OF_FIGURES_NEXT.match(text, claim.end)
            and _SHARE_OF_A_WHOLE.fullmatch(share_clause)
            and (part := _latest_level(claims, i)) is not None
        ):
            # "全市城镇居民用电量15.1亿千瓦时，占全社会用电量的比重为17.45%": the level's share of the whole named
            whole = tidy_metric(_without_rate_noun(part.metric or "") + share_clause.replace("的", ""))
            claim.metric, claim.metric_basis = (whole, "sentence") if part.metric and whole else (claim.metric, None)
        if not claim.metric and claim.kind == "change" and (category := _category_before_a_cause(text, claims, i)):
            # "零售业营业额3454亿元，年增4.9%，其中百货公司因逢年中庆…，年增5.9%": the category the cause is told
            # of changed, in the measure of the sentence's whole (百货公司营业额), not the whole itself
            claim.metric, claim.metric_basis = category, "sentence"
        if (
            not claim.metric
            and claim.kind == "change"
            and i
            and claims[i - 1].metric
            and _BRACKETED_BASE_BEFORE_A_VERB.fullmatch(text, claims[i - 1].end, claim.start)
        ):
            # 地下水资源量26.16亿立方米，比常年(35.64亿立方米)偏少26.6%: the change against the base whose own level
            # is in brackets is of what that level measures
            claim.metric, claim.metric_basis = claims[i - 1].metric, "sentence"
        if not claim.metric and i and _PAIRED_BY_A_SLASH.fullmatch(text, claims[i - 1].end, claim.start):
            # 成交930套/76458.66㎡: two measures of one thing, written with a slash between (its count and its area)
            claim.metric, claim.metric_basis = claims[i - 1].metric, "sentence"
        if i and _COMPARED_WITH_OPENING.match(before_phrases[i]) and _COMPARED_WITH_CLOSE.match(text, claim.end):
            # "常住人口为188194人，与2010年第六次全国人口普查的185869人相比": the base compared with, what the
            # figure before measures at another time (the census named there is when, not what)
            claim.metric = None
        if not claim.metric and i and (noted := _noun_of_a_bracketed_note(text, claims[i - 1], claim)):
            # 健康跑(7公里)8000人: the noun before a bracket holding a figure on it names the figure after the bracket
            claim.metric, claim.metric_basis = noted, "sentence"
        if not claim.metric and i and claims[i - 1].sentence_start == claim.sentence_start:
            previous = _outside_brackets(balances, claims, i)
            same_unit = previous.unit.split("/")[0] == claim.unit.split("/")[0]
            heading = (
                heading_clause(text, claim, mentions)
                if LIST_HEADING_BETWEEN.search(text, previous.end, claim.start)
                else None
            )
            if heading:
                # 兰州市新增确诊病例3例，新增重症病例中，兰州市1例: a list's heading after the figure before names
                # what the list's parts count, not that figure's metric
                claim.metric, claim.metric_basis = heading, "sentence"
            elif i in totals:
                # 公办幼儿园120所、民办幼儿园300所、小学450所，合计870所: the sum of the items, no item; what they have
                # in common names it, if their names share a noun (国内游客、入境游客: 游客)
                claim.metric = _noun_the_items_share(claims, i)
                claim.metric_basis = "sentence" if claim.metric else None
            elif (
                previous.metric
                and (same_unit or claim.kind == "change")
                and not (claim.kind != "change" and done_after(text, previous))
            ):
                # 由196家增长到248家: the same thing at two times; "总值3211.5亿元，同比增长6.2%":
                # a change with no phrase of its own is the change of the figure before it; after a share, a
                # growth rate is of the level the share is of ("销售面积11817.6万方米，占比89.1%，同比增长8.0%"),
                # as a change in points (占比…提高0.9个百分点) is of the share
                source = previous
                if previous.kind == "percent" and claim.unit == "%" and _a_share(previous.metric):
                    source = _latest_level(claims, i) or previous
                elif previous.kind == "percent" and not same_unit:
                    # 人數約七十二萬二千人，占就業總人口數百分之五十六點四一，較去年同期增加一千人: a change in the
                    # level's unit after its share is the level's
                    level = _latest_level(claims, i)
                    source = level if level is not None and level.unit == claim.unit and level.metric else previous
                claim.metric, claim.metric_basis = source.metric, "sentence"
                rate = _rate_noun_opening(before_phrases[i]) if claim.unit in _POINTS else None
                if rate and rate not in claim.metric:
                    # 余额5102.36亿元,同比增长15.72%,增速环比提高3.81个百分点: the points are of the growth rate, named
                    # by its own noun (lexicon/change_rate_nouns.txt), not of the level
                    claim.metric = claim.metric + rate
            elif (
                previous.kind == "percent"
                and claim.kind in _AMOUNTS
                and previous.metric
                and len(previous.metric) > len(SHARE_VERB) + 1
                and previous.metric.endswith(SHARE_VERB)
            ):
                # "網上銷售佔7.3%,臨時估計為24億元": an amount whose clause names nothing, after a part's share, is the
                # part's own level
                claim.metric, claim.metric_basis = previous.metric[: -len(SHARE_VERB)], "sentence"
            elif previous.metric and previous.kind == "change" and _level_after_a_change(before_phrases[i]):
                # "入境旅客数目较去年同月增加35.4%，达1,509,403人次": the level the change reached, of what changed
                claim.metric, claim.metric_basis = _without_rate_noun(previous.metric), "sentence"
            elif _reaching_a_level(before_phrases[i]) and (source := _compared_figure(claims, i)) is not None:
                # "爆發個案，由10月底的一周17宗、涉及50人，升至本周首5日的16宗": the level a series reached after
                # the figures of another unit beside its last one, of what that one of its unit measured
                claim.metric, claim.metric_basis = source.metric, "sentence"
            elif _COMPARISON_OPENING.match(before_phrases[i]):
                # "家庭住户为57.97万户，…，较上季的52.1万户增加11%", "人数突破2058万人次，较2010年成长175%": a
                # clause opening with a comparison measures the thing before it, its figure of the same unit first
                source = _compared_figure(claims, i) or previous
                claim.metric, claim.metric_basis = source.metric, "sentence" if source.metric else None
            elif _BASE_TIME_LEVEL.fullmatch(before_phrases[i]) and (named := _latest_named(claims, i)):
                # "与上年相比，净利润增长12%，上年为3.1亿元": the compared time's level of what changed
                claim.metric, claim.metric_basis = _without_rate_noun(named.metric or ""), "sentence"
        if (
            not claim.metric
            and i
            and claim.kind == "change"
            and (
                _a_broken_line_between(text, claims[i - 1], claim)
                or _a_comparison_after_a_stop(text, claims[i - 1], claim)
            )
        ):
            # "全市文旅接待量650.5万人次\n与2019年同期同比增长70.68%": a page's short lines break its sentences, and a
            # change with no phrase of its own on the next line is the change of the figure before it; so is one whose
            # sentence opens with its comparison right after that figure's full stop (净息差0.80%。较2023年末下降42个bp)
            claim.metric, claim.metric_basis = claims[i - 1].metric, "sentence"
        if not claim.metric:
            # 个人免税额，由现时13.2万元增至13.5万元: a budget list's heading names the figures; 340万人次，这是…的旅客
            # 吞吐量成绩单: a figure opening its sentence, then what it is
            claim.metric = heading_clause(text, claim, mentions) or _named_after_by_zheshi(text, claim)
            claim.metric_basis = "sentence" if claim.metric else None
        elif i and (whole := _total_of_the_figure_before(claims, i)):
            # "新增市场主体32.6万户，总数达到98万户": the total is of what the figure before it counts
            claim.metric, claim.metric_basis = whole, "sentence"
        elif i and (owned_by := _owner_of_a_bare_measure(claims, i)):
            # "小麦播种面积32.5万亩，产量达到12万吨": a bare measure after the crop's first one is the crop's
            claim.metric, claim.metric_basis = owned_by, "sentence"
        elif i and (graded := _grade_of_the_kind_before(claims, i)):
            # "国家级科技企业孵化器6家、省级23家": a grade alone is of the kind of body graded before it
            claim.metric, claim.metric_basis = graded, "sentence"
        elif i and (measured := _measured_for_a_category(text, claims, i)) is not None:
            # "居民人均可支配收入4.8万元，其中城镇居民5.6万元": the part of a population named by its category
            # alone is of the whole's measure (城镇居民人均可支配收入), and of its kind and unit (a sum per person)
            claim.metric, claim.metric_basis = measured.metric, "sentence"
            claim.kind, claim.unit = measured.kind, measured.unit
        elif i and (graded_part := _graded_part_of_the_whole(text, claims, i)):
            # "天然林保护工程面积共计27.0776万亩,其中国家级面积25.2811万亩": that grade of the whole's measure
            claim.metric, claim.metric_basis = graded_part, "sentence"
        if (
            claim.kind == "change"
            and claim.metric in _change_rate_nouns()
            and (level := _latest_level(claims, i)) is not None
            and level.metric
        ):
            # "拯救工作出勤總數為1,472宗,較去年同期增加了269宗,升幅為22.36%", "由91.5億元下降至81.2億元,跌幅11.3%": a
            # bare rate is the rate of the level before it (named by then, by its own clause or its sentence's heading)
            claim.metric, claim.metric_basis = _without_rate_noun(level.metric) + claim.metric, "sentence"
    _phrases_up_to_the_next_figure(text, claims)
    _outcomes_of_a_qualified_total(text, claims)
    _measures_of_the_counted(text, claims)
    counts_of_days(text, claims)
    days_of_each_condition(text, claims)
    _categories_after_a_measured_one(text, claims)
    noun_after_the_last_part(text, claims, mentions)
    _states_after_the_counted(text, claims)
    _objects_of_bare_verbs(claims)
    _acts_on_the_topic_before(text, claims)
    _states_of_the_counted(claims)
    _visitors_of_a_bare_reception(text, claims)
    persons_aged(text, claims, mentions)
    counts_of_an_age_band(text, claims)
    for claim in claims:
        if claim.metric and (only_a_place(claim.metric) or claim.metric in _time_alone_metrics()):
            # 怀化新增13例累计259例: 怀化 is where, not what; 單月729.2億美元: when
            claim.metric, claim.metric_basis = None, None
        if claim.metric and _PER_UNIT in claim.unit:
            # 人口密度每平方公里增加115人: the per-word the rate's unit (人/平方公里) says already
            claim.metric = _without_a_per_word(claim.metric)
    corresponding_lists(claims)  # before the back-references name each figure of the list by the last before it
    _back_references(claims)
    _restated_by_a_demonstrative(text, claims)
    former_and_latter(text, claims, mentions)
    parts_of_a_whole(text, claims, balances, paired | totals)
    parts_adding_up_to_a_whole_before(claims, balances)  # before a part restating a figure takes its name
    splits_by_sex(text, claims)
    kinds_of_a_whole(text, claims, balances)
    _named_in_the_article(text, claims)
    second_measures_in_brackets(text, claims)
    shares_in_brackets_after_counts(text, claims)
    parts_of_a_distributed_whole(text, claims, balances, paired)
    parts_said_to_be_a_kind(text, claims)
    parts_of_another_kind(text, claims)
    _respective_figures_of_another_time(text, claims)
    _running_totals_after_their_flow(text, claims)
    # 其中：平田片区4条长1630米: a list part's count has its metric only now, from its whole, and the measure after it
    _measures_of_the_counted(text, claims, dimensions_only=True)
    scoped_by_section_headings(text, claims, attributes.articles or [])
    scoped_by_colon_labels(text, claims, colon_labels)
    shares_of_listed_parts(text, claims, mentions)
    _shares_of_a_distribution(text, claims)
    _acts_on_the_named_crimes(text, claims)
    _changes_from_a_long_term_mean(text, claims)
    measured_against_a_plan(text, claims)
    categories_under_a_heading(text, claims, mentions)
    ranked_lists(text, claims)
    ranked_members(text, claims, mentions)
    _shares_in_brackets_after_their_items(text, claims)
    _bracketed_figures_of_listed_places(text, claims)
    values_by_trade_partner(text, claims)
    _changes_in_percent_in_brackets(text, claims)
    _levels_reached_after_a_change(text, claims)
    _levels_of_a_comparison_base(text, claims)
    _bases_restated_after_a_change(text, claims)
    _shares_named_in_brackets(text, claims)
    amounts_in_brackets_after_their_items(text, claims)  # before: 留宿旅客(164.3億元)及…的總消費 names its noun
    _bracketed_items_before_their_noun(text, claims)
    changes_in_brackets_after_their_items(text, claims)
    signed_changes_in_brackets_after_their_items(text, claims)
    _changes_of_a_part(text, claims)
    if roc:
        for claim in claims:
            claim.metric = _without_opening_roc_year(claim.metric)
    _nameless_after_a_like_figure(text, claims, totals)
    for claim in claims:
        claim.metric_key = metric_key(claim.metric)
        # written in the figure's own clause unless a step above says otherwise
        claim.metric_basis = (claim.metric_basis or "clause") if claim.metric else None
    return doc


def _doer_of_a_parallel_act(text: str, claims: list[Claim], i: int, balances: Balances) -> str | None:
    """The noun before the act of the latest level of its sentence, when the figure is named by another act alone
    (汽车生产179.79万辆，环比下降3.58%；销售189.44万辆: 销售 is 汽车's too), else None. Not a level in brackets (外省
    协查42人）, 当前隔离: a part's act), nor a state the people are in (在院治疗21例，死亡2例: 在院 is no doer)."""
    claim = claims[i]
    words = phrase_words(claim.metric or "")
    if len(words) != 1 or not words[0][1].startswith("v") or claim.metric in _count_states():
        return None  # 9家电子信息企业投产,在建6家: a state of the things counted (_states_of_the_counted names it)
    # its sentence, or the one a semicolon joins it to (…同比增长11.33%；销售189.44万辆), near it
    sentences = joined_sentences(text, claims, i)
    level = None
    for k in range(i - 1, -1, -1):
        c = claims[k]
        if claim.start - c.end > _PARALLEL_REACH or c.sentence_start not in sentences:
            break  # read back over its own clauses only: a document of one-claim lines costs no more a claim
        if c.kind != "change" and c.metric:
            level = c
            break
    if level is None or level.unit != claim.unit:
        return None
    if bracket_depth(balances, level.sentence_start, level.start) > bracket_depth(
        balances, claim.sentence_start, claim.start
    ):
        return None
    acted = phrase_words(level.metric or "")
    if len(acted) < _DOER_AND_ACT or not acted[-1][1].startswith("v") or not acted[-2][1].startswith("n"):
        return None
    doer = (level.metric or "")[: -len(acted[-1][0])]
    return None if doer in _group_states() else doer


_DOER_AND_ACT = 2
_PARALLEL_REACH = 80  # characters: the parallel clause's act is near


def _sums_the_items_before(text: str, previous: Claim, claim: Claim, clause_start: int) -> bool:
    """The figure's clause is a word of summing alone (共计, 合计, 总计, 总共, 共) and the figure before it, of its
    unit, is the last item of a 、-list (…、应急民兵1343人、电力抢险110人,共计3065人)."""
    if previous.unit != claim.unit or not _SUMMING_CLAUSE.fullmatch(text, clause_start, claim.start):
        return False
    item_start = text.rfind("、", previous.sentence_start, previous.start)
    return item_start >= 0 and not _CLAUSE_MARK_BETWEEN.search(text, item_start, previous.start)


# a clause saying only that the figure sums the ones before it
_SUMMING_CLAUSE = compile_pattern(r"\s*(?:共计|合计|总计|总共|共)(?:有|达|为|是)?\s*")
_CLAUSE_MARK_BETWEEN = compile_pattern(r"[，,。；;：:]")


def _noun_the_items_share(claims: list[Claim], i: int) -> str | None:
    """The noun the names of the items a total sums end with alike (国内游客, 入境游客: 游客), else None."""
    items = []
    for before in reversed(claims[:i]):
        if before.sentence_start != claims[i].sentence_start or before.unit != claims[i].unit or not before.metric:
            break
        items.append(before.metric)
    if len(items) < _ITEMS_SUMMED:
        return None
    shared = os.path.commonprefix([item[::-1] for item in items])[::-1]
    if len(shared) < _SHORTEST_SHARED_NOUN or not a_noun(shared):
        return None
    # a word of each name, not the end of one (小学, 中学: 学 is no noun they share)
    return shared if all(starts_a_word(item, len(item) - len(shared)) for item in items) else None


_ITEMS_SUMMED = 2
_SHORTEST_SHARED_NOUN = 2


def _nameless_after_a_like_figure(text: str, claims: list[Claim], totals: set[int]) -> None:
    """ "公共開支相當於本地生產總值21.2%水平。在2019年至2023年預測，則介乎21.2%至21.8%", "其次為高雄市121萬632戶": a
    figure no step named, of the unit and kind of a named figure shortly before it in its paragraph, measures what that
    one does (its place or time is what sets it apart): in its sentence, or in the next where its clause goes on with
    则, or opens with a comparison after the semicolon that ends the one before. Not a span of time nor an age (10年 in
    prison, a patient's 75岁): a person's, not a like figure's; nor a total of the items before it (`totals`)."""
    for i, claim in enumerate(claims):
        if claim.metric or claim.kind in _NO_LIKE_FIGURES or i in totals:
            continue
        if claim.kind == "change" and i and _compared_right_after(text, claims[i - 1], claim):
            # 1至8月平均為39,793元,較上年同期增1.65%: the change of the level this step named right before it; 增10萬
            # 1千人或1.35%: the same change as a rate
            claim.metric, claim.metric_basis = claims[i - 1].metric, "sentence"
            continue
        like = next(
            (
                before
                for before in reversed(claims[max(0, i - _LIKE_FIGURES_BACK) : i])
                if before.metric and before.unit == claim.unit and before.kind == claim.kind
            ),
            None,
        )
        if like is None or claim.start - like.end > _LIKE_FIGURE_REACH or "\n" in text[like.end : claim.start]:
            continue
        if (
            like.sentence_start != claim.sentence_start
            and not _GOING_ON.search(text[claim.sentence_start : claim.start])
            and not (
                _SEMICOLON_BEFORE.search(text, like.end, claim.sentence_start)
                and _COMPARISON_OPENING.match(text, claim.sentence_start)
            )
        ):
            continue  # another sentence's figure is like it only where its clause goes on: 则, or a comparison after ；
        claim.metric, claim.metric_basis = (
            like.metric,
            ("sentence" if like.sentence_start == claim.sentence_start else "carried"),
        )


_NO_LIKE_FIGURES = ("duration", "age")


def _compared_right_after(text: str, level: Claim, change: Claim) -> bool:
    """The change's clause, right after a named level's in its sentence, is a comparison and its verb alone; or the
    change restates the one before it joined by 或 (增1萬人或0.14%)."""
    if not level.metric or level.sentence_start != change.sentence_start:
        return False
    if level.kind == "change":
        return text[level.end : change.start] == _OR
    pause = _PAUSE_BEFORE_A_COMPARISON.match(text, level.end, change.start)
    return pause is not None and _COMPARISON_OPENING.match(text, pause.end(), change.start) is not None


_PAUSE_BEFORE_A_COMPARISON = compile_pattern(r"\s*[，,]")
_OR = "或"
# the clause before the figure opens with 则, after a time at most (明年则介于); not 否则, 原则, 规则
_GOING_ON = compile_pattern(r"(?:^|[，,])[^，,。；;]{0,6}?(?<![否原规准法细])则[^，,。；;]*$")
_SEMICOLON_BEFORE = compile_pattern(r"[；;]\s*$")  # …同比上升35.9%至203.5億元；較2019年第1季亦增加20.2%
_LIKE_FIGURES_BACK = 4  # the figures looked back over for one of the unit and kind
_LIKE_FIGURE_REACH = 150  # characters: a paragraph's next sentence or two


def _phrases_up_to_the_next_figure(text: str, claims: list[Claim]) -> None:
    """ "41架包机近6000人同天抵达武汉": the noun after a figure ends where the next figure starts, with its
    qualifier (近, 约, 超过), which the words after the first figure do not tell from a noun's last character."""
    for claim, following in itertools.pairwise(claims):
        if not claim.metric or following.sentence_start != claim.sentence_start or following.start <= claim.end:
            continue
        if text.startswith(claim.metric, claim.end) and claim.end + len(claim.metric) > following.start:
            claim.metric = tidy_metric(text[claim.end : following.start]) or None


_PER_UNIT = "/"


def _without_a_per_word(metric: str) -> str:
    """The metric less a per-word (每平方公里, 每万人口) ending it, when two characters are left; one opening it names
    what is measured (每股盈利, 每亩收入)."""
    per = _per_word_at_end().search(metric)
    return metric[: per.start()] if per is not None and per.start() >= _SHORTEST_NAMED else metric


@cache
def _per_word_at_end() -> re.Pattern[str]:
    """每 and a unit ending a phrase (每平方公里, 每万人口), nothing after the unit (每公顷可种 goes on)."""
    units = lexicon.alternation([unit for unit in lexicon.units() if not unit.isascii()])
    return compile_pattern(rf"每[0-9０-９十百千万]*(?:{units})口?$")


def _noun_of_a_bracketed_note(text: str, note: Claim, claim: Claim) -> str | None:
    """The metric of a figure that is the whole of a bracket written right after that metric's noun, the bracket
    closing right before `claim` (健康跑(7公里)8000人: 健康跑), or before 占 and the share (經港珠澳大橋(2,972公噸)
    佔92.8%: the item's share, 经港珠澳大桥占), else None."""
    share = claim.kind == "percent" and _CLOSING_THEN_SHARE.fullmatch(text, note.end, claim.start) is not None
    if not note.metric or note.start < 1 or not (share or _CLOSING_BRACKET.fullmatch(text, note.end, claim.start)):
        return None
    opening = note.start - 1
    if text[opening] not in _ROUND_OPENING or not text.endswith(note.metric, 0, opening):
        return None
    return note.metric + SHARE_VERB if share else note.metric


# a bracket closing, then the share of what stands before it (…(2,972公噸)佔92.8%, (9,660公噸)則佔57.6%)
_CLOSING_THEN_SHARE = compile_pattern(r"\s*[)）]\s*[，,]?\s*(?:则|亦|也)?占\s*")


_ROUND_OPENING = "（("


@cache
def _dimensions() -> dict[str, str]:
    """A dimension written between a count and its measure -> the noun it names (长 -> 长度): lexicon/
    measure_dimensions.tsv."""
    return lexicon.word_table("measure_dimensions.tsv")


_PAUSES = " ,，、"


def _measures_of_the_counted(text: str, claims: list[Claim], dimensions_only: bool = False) -> None:
    """A measure written right after a count, nothing between (损坏堤防98处20.59千米, 新建农村公路125条580公里, 高标准
    农田120片3.2万亩), measures the things counted: it has the count's metric when it names none of its own. So does a
    count in another unit (倒塌房屋103户432间: the houses by households, then by rooms); and a measure after a word
    of its dimension (架设干管5条长3723米: 干管长度); only that, `dimensions_only`, once list parts have their
    metrics."""
    for before, claim in itertools.pairwise(claims):
        if (
            not dimensions_only
            and claim.metric is None
            and (claim.kind == "measure" or (claim.kind == "count" and claim.unit != before.unit))
            and before.kind == "count"
            and before.metric
            and before.end == claim.start
        ):
            claim.metric, claim.metric_basis = before.metric, "sentence"
        elif (
            (claim.metric is None or claim.metric in _dimensions())
            and claim.kind == "measure"
            and before.kind == "count"
            and before.metric
            and before.metric not in _dimensions()
            and (dimension := _dimensions().get(text[before.end : claim.start].strip(_PAUSES))) is not None
        ):
            # 架设干管5条长3723米, 新建道路3条总长12公里: the things counted, measured in the dimension named between
            claim.metric, claim.metric_basis = before.metric + dimension, "sentence"


def _without_opening_roc_year(metric: str | None) -> str | None:
    """106年底人口 -> 人口, 106年自然增加人数 -> 自然增加人数: in a text about Taiwan a year of the 民國 calendar
    opening a metric is the figure's period (the period step reads it), not what is counted, as 2023年末 is of
    2023年末常住人口; so is a 年底 or a budget's 年度 left over from one cut at its figure (96|年底未满15岁之人口,
    113|年度总预算岁入), and a quarter written alone (第3季民間消費)."""
    if not metric:
        return metric
    opening = _OPENING_ROC_YEAR.match(metric)
    if opening is None:
        return metric
    # not tidied again: the metric was as a whole, and a word it opens with now may be its own (自然增加人数)
    rest = metric[opening.end() :].lstrip("的 ")
    if not rest:
        return None  # 第1季突破20億元: the period alone, nothing counted named
    return rest if len(rest) >= _SHORTEST_REST else metric


# a year of the 民國 calendar and its part (106年, 106年底, 105年上半年), or since one (自105年起), or the end of one
# cut off its number (年底), or a quarter written alone (第3季民間消費)
_OPENING_ROC_YEAR = compile_pattern(
    rf"[自从]?(?:{BARE_ROC})\s?年(?:度|底|末|初|上半年|下半年)?(?:起|以来|开始)?|年[度底末初]|第[一二三四1-4]季(?![度节])"
)
_SHORTEST_REST = 2  # 106年底人口 keeps 人口; a single character left is no name of what is counted


@cache
def _conversion() -> re.Pattern[str]:
    """A phrase that only converts the figure before it: a conversion word (lexicon/conversion_words.txt),
    an approximation and a currency's name around it (折合, 约合人民币, 折合人民币约)."""
    words = lexicon.alternation(lexicon.word_list("conversion_words.txt"))
    currencies = lexicon.alternation(sorted(currency_words()))  # a set: sorted, for one pattern text a run
    return compile_pattern(rf"(?:约|大约)?(?:{words})(?:{currencies})?(?:约|大约)?")


def _a_conversion(raw_before: str) -> bool:
    return _conversion().fullmatch(BRACKET_CHARS.sub("", WHITE_SPACE.sub("", raw_before))) is not None


_PERSON = "人"  # the unit of a toll written in shorthand (1死, 2626傷)
# people counted by their sex after the number (5,903男、5,637女: lexicon/units.tsv), named as a bulletin names them
_SEXES = {"男": "男性", "女": "女性"}


def _kind_said_after(text: str, claim: Claim) -> str | None:
    """ "89名在治患者中，64例病例为输入性病例，25例病例为本地感染病例", "120家企业为高新技术企业": the figure's noun
    written right after it, then 为 or 是 and a longer noun of the same head closing the clause — the kind of that
    noun the figure counts, which tells the parallel figures apart; None when the text is not so."""
    said = _SAID_TO_BE.match(text, claim.end)
    if said is None or said["noun"] != claim.metric:
        return None
    kind = said["kind"]
    if len(kind) <= len(claim.metric):
        return None
    return kind if kind.endswith(claim.metric[-HEAD_CHARS:]) or people_said_to_be_people(claim, kind) else None


def _respective_figures_of_another_time(text: str, claims: list[Claim]) -> None:
    """ "整體罪案有787宗，當中129宗為暴力罪案，而二〇一八年則分別是728宗及119宗", "小学、初中在校生分别为12.5万人和
    6.3万人，上年分别为12.1万人和6.0万人": figures listed after 分别 with no names of their own restate, for another
    time, the figures of the same unit just before them (a rate's numerator), one for one: each measures what its
    counterpart measured. Rates of change so listed are the changes of the levels before them, whatever their unit."""
    i = 0
    while i < len(claims):
        run = _respective_run(text, claims, i)
        n = len(run)
        earlier = claims[i - n : i] if n >= 2 and i >= n else []
        if (
            earlier
            and all(c.metric for c in earlier)
            and (
                all(_numerator(c.unit) == _numerator(claims[i].unit) for c in earlier)
                # 市場推廣(47.9億元)、…分別上升16.5%、32.3%及12.0%: the changes of the levels listed, one for one
                or all(c.kind == "change" and c.unit == "%" for c in run)
            )
            and len({c.metric for c in earlier}) == n
            and len({c.metric for c in run}) <= 1
            and all(c.metric_basis is not None for c in run)  # 贡献率分别为22.5%、22.1%: named in their own clause
            and earlier[0].sentence_start >= _sentence_before(claims, i)
            and not _names_listed_before(text, claims[i], earlier)
        ):
            for claim, counterpart in zip(run, earlier, strict=True):
                claim.metric, claim.metric_basis = counterpart.metric, "sentence"
        i += max(n, 1)


def _names_listed_before(text: str, first: Claim, earlier: list[Claim]) -> bool:
    """The clause of figures listed after 分别 lists, before them, what they are of (太保寿险、太保产险前三季度
    累计原保险业务收入分别为1173.35亿元、714.95亿元): they have names of their own and restate nothing. Not where each
    name has its figure in brackets (註冊醫生(1,980名)、中醫生(728名)及護士(2,980名)按年分別增加15名、4名及117名): the
    figures after 分别 are of those names, one for one, as of the figures the brackets hold."""
    clause_start = max(first.sentence_start, *(text.rfind(mark, 0, first.start) + 1 for mark in "，,；;"))
    if earlier[0].start > clause_start:
        return False  # 新生儿死亡率、婴儿死亡率从4.77‰、7.37‰分别降至2.05‰、3.04‰: the names are the figures' before
    bracketed = all(
        clause_start < c.start < c.end < len(text) and text[c.start - 1] in "(（" and text[c.end] in ")）"
        for c in earlier
    )
    return "、" in text[clause_start : first.start] and not bracketed


def _numerator(unit: str) -> str:
    return unit.split("/", 1)[0]


def _respective_run(text: str, claims: list[Claim], i: int) -> list[Claim]:
    """claims[i] and the figures joined to it by list words, when 分别 stands just before claims[i] in its clause."""
    first = claims[i]
    reach = max(first.sentence_start, first.start - _RESPECTIVELY_REACH)
    if not _respectively_before().search(text, reach, first.start):
        return []
    run = [first]
    for claim in claims[i + 1 :]:
        if claim.unit != first.unit or not _JOINED_IN_A_LIST.fullmatch(text, run[-1].end, claim.start):
            break
        run.append(claim)
    return run


def _sentence_before(claims: list[Claim], i: int) -> int:
    """Where the sentence before claims[i]'s starts, as far as its figures say (claims[i]'s own if none)."""
    starts = [c.sentence_start for c in claims[:i] if c.sentence_start < claims[i].sentence_start]
    return max(starts) if starts else claims[i].sentence_start


@cache
def _respectively_before() -> re.Pattern[str]:
    """分别 and a link right before the first figure (则分別是, 分别为, 分别达), or a verb of change (按年分別增加): the
    figures restate a list in order."""
    verbs = lexicon.alternation([w for w in lexicon.word_table("change_verbs.tsv") if len(w) >= _VERB_LENGTH])
    # the level a change reached, at a time now (分别降至现在的2.05‰、3.04‰)
    reached = rf"(?:{verbs}|[升降增减涨跌])(?:至|到|为)?"
    return compile_pattern(rf"分别(?:是|为|达到|达|有|{reached})?(?:(?:{lexicon.alternation(NOW_WORDS)})的)?\s*$")


_RESPECTIVELY_REACH = 10  # 分别降至现在的
_JOINED_IN_A_LIST = compile_pattern(rf"\s*(?:{lexicon.LIST_SEPARATOR.pattern}|，|,)\s*")


# a noun right after a figure, 为 or 是, and what it is said to be, to the clause's end
_SAID_TO_BE = compile_pattern(
    r"\s?(?P<noun>[\u4e00-\u9fff]{1,8}?)(?:为|是)(?P<kind>[\u4e00-\u9fff]{2,12})(?=[，,。；;、]|$)"
)


def _outcome_after_its_noun(text: str, claim: Claim) -> str | None:
    """ "上海有1例确诊病例3月12日出院", "重庆9名患者，经…评估，…，于今日出院": the people named right after the figure,
    and what befell them past a day or an adverb, or as the sentence's last clause (a discharge, a death:
    lexicon/accumulating_outcomes.txt): the outcome is what is counted (确诊病例出院), as where nothing stands
    between (1例确诊病例出院, read so already)."""
    if claim.unit not in PEOPLE_UNITS or not claim.metric:
        return None
    found = outcome_after_the_noun(text, claim.end, period_pattern(text))
    if found is None:
        return None
    if found.noun.endswith(claim.metric):
        return claim.metric + found.outcome  # 4名新型冠状病毒感染的肺炎患者…康复出院: the noun after its 的
    related = claim.metric.startswith(found.noun) or found.noun.startswith(claim.metric)
    return found.noun + found.outcome if related else None


@cache
def _short_toll_verbs() -> dict[str, str]:
    return lexicon.word_table("short_toll_verbs.tsv")


_CLAUSE_BREAK = compile_pattern(r"[，,；;。]")


# the frame of a base figure: 与/同/和/跟 opening its phrase, 相比 (or 相较, 比较, 对比) right after it
_COMPARED_WITH_OPENING = compile_pattern(r"\s*[与同和跟]")
_COMPARED_WITH_CLOSE = compile_pattern(r"\s?(?:相比|相较|比较|对比)")
# a clause that opens with a comparison with a baseline (较上季的52.1万户, 较2010年成长, 比上年增长), maybe after an
# adverb of degree (只比正常值高5%, 仅比上年多)
_DEGREE_BEFORE_A_COMPARISON = "只|仅|还|也|亦"
# a comparison with another measure (較平日夜間停留人口數, 亦較同年月底戶籍人口數, 比户籍人口数), not with a time
# (较上年同期): its noun ends as a measure's does, a time of its own before it at most
_MEASURE_COMPARED_WITH = compile_pattern(
    rf"\s*(?:亦|也|还)?(?:较|較|比)(?:同年|同月|当年|当月)?(?:月底|年底|月末|年末)?"
    rf"(?P<measure>(?!上|去|前|同期|年初|年末)[\u4e00-\u9fff]{{2,16}}?(?:{'|'.join(MEASURES)}))\s*"
)
# a verb of difference alone after a compared level, and the way it goes (多65.2萬人: the first exceeds the other)
_DIFFERENCE_DIRECTIONS = {
    "多": "increase",
    "高": "increase",
    "多出": "increase",
    "高出": "increase",
    "少": "decrease",
    "低": "decrease",
}
_DIFFERENCE_ALONE = compile_pattern(
    rf"\s*(?P<verb>{'|'.join(sorted(_DIFFERENCE_DIRECTIONS, key=len, reverse=True))})\s*"
)


def _difference_from_a_compared_level(claims: list[Claim], before_phrases: list[str], i: int) -> str | None:
    """A verb of difference alone after the level of a measure compared with (較平日夜間停留人口數261.1萬人,多65.2萬人):
    the first measure's excess over the other, named so (平日日间活动人口数较平日夜间停留人口数多). The first measure
    is the figure before the comparison that is neither compared nor a difference itself (亦較…251.0萬人,多75.3萬人
    goes back past the first comparison's difference)."""
    difference = _DIFFERENCE_ALONE.fullmatch(before_phrases[i])
    compared = _MEASURE_COMPARED_WITH.fullmatch(before_phrases[i - 1]) if i >= 2 else None
    if difference is None or compared is None:
        return None
    base = claims[i - 1]
    for j in range(i - 2, -1, -1):
        level = claims[j]
        if level.sentence_start != base.sentence_start:
            return None
        if level.unit != base.unit or _DIFFERENCE_ALONE.fullmatch(before_phrases[j]):
            continue
        if _MEASURE_COMPARED_WITH.fullmatch(before_phrases[j]):
            continue
        return f"{level.metric}较{tidy_metric(compared['measure'])}{difference['verb']}" if level.metric else None
    return None


_COMPARISON_OPENING = compile_pattern(rf"\s*(?:{_DEGREE_BEFORE_A_COMPARISON})?(?:较之|相较|相比|较|比|同比|环比)")


def _a_comparison_and_its_verb(before: str) -> bool:
    """The words before a figure are a comparison with a time and a verb of a few characters alone (比2014年同期多卖,
    较上年同期多增, 与2016年春运同期相比上涨): what changed is named before them."""
    match = _comparison_opening_a_clause().match(before)
    if match is None:
        return False
    close = _COMPARED_WITH_CLOSE.match(before, match.end())  # 与2016年春运同期|相比上涨: the frame's closing word
    rest = before[close.end() if close is not None else match.end() :].strip()
    return 0 < len(rest) <= _VERB_AFTER_A_COMPARISON and all(tag.startswith("v") for _, tag in phrase_words(rest))


# the longest verb after a comparison (多卖, 多增, 上涨了)
_VERB_AFTER_A_COMPARISON = 3


@cache
def _comparison_opening_a_clause() -> re.Pattern[str]:
    return compile_pattern(rf"\s*(?:{_DEGREE_BEFORE_A_COMPARISON})?(?:{comparison_pattern()})")


# a clause of a time alone and its level (上年为, 2004年末为, 二零零四年是): the figure is the level of that time
_BASE_TIME_LEVEL = compile_pattern(rf"\s*(?:{YEAR_NUMERAL}\s?年|上年|去年|前年)(?:同期|末|底|度)?(?:为|是)\s*")


# a clause of 占 alone before a share (占98.3%, 约占12%): of the part before it; its noun. Not 共占 / 分别占: the
# shares of the parts listed before together or in turn (shares_of_listed_parts, the 分别 lists)
_PAIRED_BY_A_SLASH = compile_pattern(r"\s?[/／]\s?")
_BARE_SHARE = compile_pattern(BARE_SHARE)
# a clause of a share that names its whole (占全社会用电量的比重为, 占全市的): opening with 占, and naming the share in
# no bracket (占全市常住人口的比重(常住人口城镇化率)为40.97%: the bracket's name is the share's)
# what such a clause is read as when nothing else is (比重): no name of what the share is of
_SHARE_NOUNS_ALONE = frozenset({"比重", "比例", "占比", "份额"})
# a list of shares (比重达64%、71.2%): each of the list's levels, which the respective lists pair
_LIST_OF_FIGURES_NEXT = compile_pattern(r"\s*[、和及]\s*[0-9０-９]")
_SHARE_OF_A_WHOLE = compile_pattern(r"\s*占[^，,。；;0-9０-９()（）]{2,}")


def _measured_before_a_semicolon(text: str, claims: list[Claim], i: int) -> Claim | None:
    """ "生产总值951435万元，比上年下降4.1%；与2020年相比，两年平均增长2.5%": the last figure with a metric of the
    sentence just before, when only a semicolon parts the two (one sentence of the report, cut at ；)."""
    claim = claims[i]
    before = [c for c in claims[:i] if c.sentence_start != claim.sentence_start]
    if not before:
        return None
    gap = text[before[-1].end : claim.sentence_start]
    if not _SEMICOLON_END.search(gap) or _FULL_STOP.search(gap):
        return None
    # its change may be named only later (…下降4.1%: of the figure before it), so its last figure named yet
    sentence = before[-1].sentence_start
    return next((c for c in reversed(before) if c.sentence_start == sentence and c.metric), None)


_SEMICOLON_END = compile_pattern(r"[；;]\s*$")


def _restated_in_brackets(text: str, level: Claim, claim: Claim) -> int | None:
    """Where the bracket closes after a sum restated in another currency right after the sum (340.9億澳門元(42.6億
    美元)), else None."""
    if level.kind != "money" or claim.kind != "money" or level.unit == claim.unit:
        return None
    if not _OPENING_BRACKET.fullmatch(text, level.end, claim.start):
        return None
    closing = _CLOSING_BRACKET.match(text, claim.end)
    return closing.end() if closing else None


# a sentence opening with the measure it views its figures by (从总资产增速来看,枣庄银行以20.62%居首)
_VIEWED_BY = compile_pattern(r"\s*(?:从|從|就)(?P<measure>[^，,。；;：:！？!?\n0-9]{2,16}?)(?:来看|來看|上看|看)[，,]")


def _measure_viewed_by(text: str, claims: list[Claim], i: int) -> str | None:
    """从总资产增速来看,枣庄银行以20.62%居首: a figure naming nothing in a sentence opening with the measure it is
    viewed by is that measure's; of two measures (从营收增速以及毛利率增速看,…分别为29.43%、2.54%), the one in its
    place after 分别."""
    claim = claims[i]
    viewed = _VIEWED_BY.match(text, claim.sentence_start)
    if viewed is None or viewed.end() > claim.start:
        return None
    measures = [tidy_metric(part) or "" for part in _JOINED_MEASURES.split(viewed["measure"])]
    if claim.unit not in (*_POINTS, "%") and any(measure.endswith(_RATE_ENDINGS) for measure in measures):
        return None  # 从总资产增速来看,…总资产由385.38亿元增至464.84亿元: a sum is no rate's
    if len(measures) == 1:
        return measures[0] or None
    respective = text.rfind(_RESPECTIVELY, viewed.end(), claim.start)
    if respective < 0:
        return None
    place = sum(1 for other in claims[:i] if respective < other.start)
    return (measures[place] or None) if place < len(measures) else None


_JOINED_MEASURES = compile_pattern(r"以及|、|和|与|及")
_RATE_ENDINGS = ("率", "速", "幅", "比重", "占比")
_RESPECTIVELY = "分别"


def _named_after_by_zheshi(text: str, claim: Claim) -> str | None:
    """ "340万人次，这是宜昌三峡国际机场2025年交出的旅客吞吐量成绩单": a figure alone at its sentence's opening, then
    这是 and what it is, the noun after its last 的 (less a word for a result: 成绩单, 数据); None when not so."""
    if text[claim.sentence_start : claim.start].strip():
        return None
    said = _ZHESHI_AFTER.match(text, claim.end)
    if said is None:
        return None
    noun = said["what"].rsplit("的", 1)[-1]
    noun = _RESULT_WORDS.sub("", noun)
    return tidy_metric(noun) if len(noun) >= _SHORTEST_NAMED else None


# the clause after a figure opening with 这是 (这也是, 这一数字是) and what it says the figure is
_ZHESHI_AFTER = compile_pattern(r"\s*[，,]\s*这(?:也|一数字|一数据)?是(?P<what>[^，,。；;！？!?\n]{2,40})")
# words for a result the noun ends with, which name no measure (旅客吞吐量成绩单)
_RESULT_WORDS = compile_pattern(r"(?:成绩单|成绩|答卷|数据|数字)$")
_SHORTEST_NAMED = 2


def _group_the_people_are_of(text: str, claims: list[Claim], i: int, parts: set[int]) -> str | None:
    """The group of people a count named by what they did or underwent alone (已解除医学观察11324人, 其中60人在省级
    定点医院隔离留观) is a part of: the noun of people of a count before it in its sentence, in the same unit
    (追踪到密切接触者15074人, 目前有境外输入密切接触者278人), passing over the parts given it already (`parts`).
    None where the count names people itself or names no act."""
    claim = claims[i]
    if not claim.metric or claim.kind != "count" or claim.unit not in _PEOPLE_UNITS:
        return None
    if any(noun in claim.metric for noun in people_or_case_endings()):
        return None  # 失业人员实现再就业2.0万人: the count names its people
    linked = _PEOPLE_SAID_TO_BE.match(text, claim.end) is not None  # 有2名是澳大利亚籍: what the part is said to be
    if not linked and claim.metric not in _care_states() and all(tag != "v" for _, tag in phrase_words(claim.metric)):
        return None  # no act, nor a state of care (尚在医学观察3602人)
    for k in range(i - 1, -1, -1):
        before = claims[k]
        if before.sentence_start != claim.sentence_start:
            return None
        if before.unit != claim.unit or not before.metric:
            continue  # 诊断为疑似或确诊病例264例，尚有3486人正在接受医学观察: cases between, the contacts' still
        if k not in parts and before.metric.endswith(people_endings()):
            return before.metric if _a_standing_group(text, before) else None
    return None


# a copula right after a count of people: what follows says what those people are (2名是澳大利亚籍, 1名为医务人员)
_PEOPLE_SAID_TO_BE = compile_pattern(rf"\s*(?:均|都|也)?(?:{'|'.join(sorted(COPULAS))})")


def _level_marked(claims: list[Claim], i: int) -> Claim | None:
    """The last figure before claims[i] in its sentence in its unit, with a metric: the level a mark is of."""
    for before in reversed(claims[:i]):
        if before.sentence_start != claims[i].sentence_start:
            return None
        if before.unit == claims[i].unit and before.metric:
            return before
    return None


@cache
def _group_states() -> frozenset[str]:
    return frozenset(lexicon.word_list("group_states.txt"))


@cache
def _care_states() -> frozenset[str]:
    return frozenset(lexicon.word_list("care_states.txt"))


def _a_standing_group(text: str, group: Claim) -> bool:
    """Whether a count of people is of a group its parts can be of: one named by a noun (密切接触者,
    境外输入密切接触者), not by an act on people (批捕各类犯罪嫌疑人3.3万人、起诉6.5万人: acts side by side;
    发展新就业群体党员61名), nor a flow (新增密切接触者120人，解除医学观察80人: those released are not of the new
    ones; 城镇新增就业人员)."""
    opening = phrase_words(group.metric or "")[:1]
    if not opening or opening[0][1] in _VERB_TAGS:
        return False
    clause_start = max(
        [group.sentence_start, *(m.end() for m in _CLAUSE_BREAK.finditer(text, group.sentence_start, group.start))]
    )
    return _FLOW not in aspect_markers_in(text[clause_start : group.end])


_FLOW = "flow"
# the units of people, not of cases (a case count between is passed over: 诊断为疑似或确诊病例264例)
_PEOPLE_UNITS = ("人", "名")


def _latest_level(claims: list[Claim], i: int) -> Claim | None:
    """The latest figure before claims[i] in its sentence that is a level (no share, no change)."""
    for candidate in reversed(claims[:i]):
        if candidate.sentence_start != claims[i].sentence_start:
            return None
        if candidate.kind not in ("percent", "change"):
            return candidate
    return None


def _changes_of_a_part(text: str, claims: list[Claim]) -> None:
    """ "其中，宁波市完成15.6万人，同比下降22.4%": a change whose clause is its verb alone is the change of the level
    before it, and a list's part takes its whole's metric only after the sentence was read, when the change had
    found none to take."""
    for i, claim in enumerate(claims):
        if claim.metric or claim.kind != "change" or not i:
            continue
        level = _latest_level(claims, i)
        if level is None or not level.metric or level is not claims[i - 1]:
            continue
        # its clause opens after a comma, in a bracket right after the level (易县98亿元（增长5.2%）) or after the
        # bracket a level is in (参与率(19.6%)更跃升8.8个百分点)
        start = max(
            claim.sentence_start,
            *(text.rfind(mark, claim.sentence_start, claim.start) + 1 for mark in _CHANGE_CLAUSE_OPENINGS),
        )
        if start >= level.end and change_verb_only().fullmatch(text, start, claim.start) is not None:
            claim.metric, claim.metric_basis = level.metric, "sentence"


_CHANGE_CLAUSE_OPENINGS = ("，", ",", "（", "(", "）", ")")


def _latest_share(claims: list[Claim], i: int) -> Claim | None:
    """The latest share (a percent) before claims[i] in its sentence."""
    return next(
        (c for c in reversed(claims[:i]) if c.sentence_start == claims[i].sentence_start and c.kind == "percent"), None
    )


def _latest_named(claims: list[Claim], i: int) -> Claim | None:
    """The latest figure before claims[i] in its sentence with a metric."""
    for candidate in reversed(claims[:i]):
        if candidate.sentence_start != claims[i].sentence_start:
            return None
        if candidate.metric:
            return candidate
    return None


def _compared_figure(claims: list[Claim], i: int) -> Claim | None:
    """The latest figure before claims[i] in its sentence with the same unit and a metric."""
    claim = claims[i]
    for candidate in reversed(claims[:i]):
        if candidate.sentence_start != claim.sentence_start:
            return None
        if candidate.metric and candidate.unit.split("/")[0] == claim.unit.split("/")[0]:
            return candidate
    return None


def _outside_brackets(balances: Balances, claims: list[Claim], i: int) -> Claim:
    """The figure before claims[i] in its sentence, passing over bracket notes on the figures before it:
    after 贵阳市7例（1例已治愈），遵义市8例 the figure before 8例 is 7例, not the note's 1例 (治愈)."""
    claim = claims[i]
    depth = bracket_depth(balances, claim.sentence_start, claim.start)
    for candidate in reversed(claims[:i]):
        if candidate.sentence_start != claim.sentence_start:
            break
        if bracket_depth(balances, claim.sentence_start, candidate.start) <= depth:
            return candidate
    return claims[i - 1]


# what the people of a count with no noun of its own are doing: 1077人正在接受医学观察
# what people are doing, right after their count, up to the end of its clause: no space, topic tag or headline bracket
# (a feed's markup ends a phrase) and no figure inside
# what the people do runs to a pause or the next figure, and never out of the bracket the figure ends (（太原市3例，
# …，阳泉市1例）均已集中在…: no doing of 1例)
_DOING = compile_pattern(r"(?:正在|仍在|尚在|还在|正|仍|尚)?([^，,。；;：:！？!?、\n（(）)0-9０-９\s#【】]{2,12})")
_DIGIT_NEXT = compile_pattern(r"[0-9０-９]")
_LINK_AT_THE_END = compile_pattern(r"(?:和|及|与|或|为|是)$")


# a state said of people right after their noun, to the clause's end: a word of going on (正在, 仍在, 在) and what
# they undergo (接受医学观察, 接受集中隔离医学观察, 接受治疗). Not any doing: 疑似病例正在排查中 are every suspected
# case (a suspicion is one until ruled out), 普通病例正在…医院隔离治疗 every remaining case; those under observation
# are fewer than the contacts traced
_STATE_AFTER = compile_pattern(
    r"(?:正在|仍在|尚在|还在|在)(接受[^，,。；;：:！？!?、\n（(）)0-9０-９\s#【】]{2,10})(?=[，,。；;！!\n]|$)"
)


def _states_after_the_counted(text: str, claims: list[Claim]) -> None:
    """ "有2999名密切接触者正在接受医学观察", "临沂市12名、枣庄市30名密切接触者正在接受集中隔离医学观察": people
    counted by a noun right after their figure (the last of a list's parts), in the state said after the noun, are
    those people only (接受医学观察的密切接触者), as "尚有7474人正在接受医学观察" after the contacts names them; so are
    the parts listed before it in its clause that count the same noun."""
    for i, claim in enumerate(claims):
        if claim.unit not in PEOPLE_UNITS or claim.kind != "count" or not claim.metric:
            continue
        noun = claim.metric
        if not text.startswith(noun, claim.end) or (state := _STATE_AFTER.match(text, claim.end + len(noun))) is None:
            continue
        claim.metric = f"{state.group(1)}{OF}{noun}"
        for j in range(i - 1, -1, -1):
            part = claims[j]
            if part.metric != noun or _CLAUSE_MARK.search(text, part.end, claims[j + 1].start) is not None:
                break  # 累计追踪密切接触者500人，其中300名…: a figure of its own clause counts them all
            part.metric = claim.metric


def _a_surpassed_base(before: str, previous: Claim, claim: Claim) -> bool:
    """The phrase before a figure sets it against the figure before it, of one unit (超过了去年的, 高于上年同期的)."""
    return previous.unit == claim.unit and _surpassing().fullmatch(before.strip()) is not None


@cache
def _surpassing() -> re.Pattern[str]:
    return compile_pattern(
        # after an adverb or a conjunction at most (已逼近105年的, 和逼近105年的, 远超过疫情前的)
        rf"(?:已经|已|还|也|并|且|和|及|又|远远|远|大大|明显|均|都)?"
        rf"(?:{lexicon.alternation(lexicon.word_list('surpassing_verbs.txt'))})了?[^，,。；;]{{0,16}}的"
    )


# a bracket closing after a base's level, and the verb comparing with it: 比常年(35.64亿立方米)偏少26.6%
_BRACKETED_BASE_BEFORE_A_VERB = compile_pattern(r"\s?[）)]\s?[\u4e00-\u9fff]{1,3}\s?")


def _a_share(metric: str) -> bool:
    """A metric of a share of a whole (销售面积占比, 销售面积占全省总量, 第一产业比重)."""
    return "占" in metric or metric.endswith(tuple(_bare_share_nouns()))


_RATIO_UNITS = frozenset(("倍", "%"))
# a verb of ratio, the time taken against (with what else names it: 新中国成立初1949年, 疫情前同期) and 的
_RATIO_FRAME_BASE = 24


def _a_ratio_to_a_time(before: str) -> bool:
    """The phrase before a figure makes it a ratio to a level at another time (是1949年的, 分别是1949年、1978年的,
    恢复到疫情前同期的: lexicon/ratio_base_verbs.txt), naming no thing of its own."""
    frame = _ratio_frame().fullmatch(before.strip())
    if frame is None:
        return False
    base = frame["base"]
    return base.endswith(_OF_A_TIME_BEFORE) or period_pattern(base).search(base) is not None


_OF_A_TIME_BEFORE = ("同期", "前")


@cache
def _ratio_frame() -> re.Pattern[str]:
    verbs = lexicon.alternation(lexicon.word_list("ratio_base_verbs.txt"))
    return compile_pattern(rf"(?:分别)?(?:{verbs})(?P<base>[^，,。；;：:]{{1,{_RATIO_FRAME_BASE}}}?)的")


_INSTALMENT = "分"


@cache
def _time_alone_metrics() -> frozenset[str]:
    return frozenset(lexicon.word_list("time_alone_metrics.txt"))


@cache
def _cause_before_er() -> re.Pattern[str]:
    """A cause told between its word (因, 由于: lexicon/cause_words.txt) and the 而 before the verb of what it brought
    about."""
    return compile_pattern(rf"(?:{_cause_words().pattern})[^，,。；;]{{1,30}}?而")


@cache
def _instalment_units() -> frozenset[str]:
    return frozenset(lexicon.word_list("instalment_units.txt"))


@cache
def _anaphoric() -> frozenset[str]:
    # the words pointing back at the figure before (figure_references.txt) and the ranking words (其次, 最高者)
    return frozenset(figure_reference_words()) | frozenset(lexicon.word_list("anaphoric_metrics.txt"))


@cache
def _corresponding_rates() -> frozenset[str]:
    # a change named only as the one going with the figure before (对应增速, 相应增长: corresponding_rates.txt)
    return frozenset(lexicon.word_list("corresponding_rates.txt"))


def _points_back(claim: Claim, before: Claim) -> bool:
    """The claim's metric is a word pointing back at the figure before: 数字, 该比例 in its article; 对应增速
    (a change) in its sentence."""
    if claim.metric in _anaphoric():
        return before.article_index == claim.article_index
    return (
        claim.kind == "change"
        and claim.metric in _corresponding_rates()
        and before.sentence_start == claim.sentence_start
        and bool(before.metric)
    )


def _back_references(claims: list[Claim]) -> None:
    """ "失业率为6.2%，而去年同期的数字则为1%": a metric that points back (数字, 该比例) is the metric of
    the figure before it in its article; "营业收入83.2亿元，对应增速29%": a change named by 对应增速 of its
    sentence's figure before it."""
    for i, claim in enumerate(claims):
        if i and _points_back(claim, claims[i - 1]):
            before = claims[i - 1]
            claim.metric = before.metric
            claim.metric_basis = "sentence" if before.sentence_start == claim.sentence_start else "carried"


def _restated_by_a_demonstrative(text: str, claims: list[Claim]) -> None:
    """ "广西2例…确诊病例患者治愈出院。这两名患者分别是梧州病例和防城港病例", "上述2名患者经综合诊治，今日出院": a count
    of people or cases right after 这, 上述 or 以上, named by no more than their head (患者, 病例) or by the
    demonstrative, restates the latest figure of its article before it of the same value counting people or cases: it
    counts what that one counts."""
    for i, claim in enumerate(claims):
        if claim.kind != "count" or claim.unit not in PEOPLE_UNITS:
            continue
        demonstrative = _DEMONSTRATIVE_BEFORE.search(text, max(0, claim.start - _DEMONSTRATIVE_REACH), claim.start)
        # named by no more than its head, or by the demonstrative itself (上述8人均来自…: 上述)
        if demonstrative is None or claim.metric not in (None, demonstrative.group(), *BARE_CASE_NOUNS):
            continue
        restated = next(
            (
                before
                for before in reversed(claims[:i])
                if before.article_index == claim.article_index
                and before.value == claim.value
                and before.unit in PEOPLE_UNITS
                and before.kind == "count"
                and before.metric
                and before.metric not in BARE_CASE_NOUNS
            ),
            None,
        )
        if restated is not None:
            claim.metric, claim.metric_basis = restated.metric, "carried"


# 这, 上述, 以上 right before a figure: it restates one given before (这两名患者, 上述2名患者, 以上5名患者)
_DEMONSTRATIVE_BEFORE = compile_pattern(r"(?:这|上述|以上)$")
_DEMONSTRATIVE_REACH = 2


def _named_in_the_article(text: str, claims: list[Claim]) -> None:
    """A figure whose sentence names nothing it counts (a headline: 河南新增89例累计764例) is the figure of
    the same value and unit that its article names (…新增确诊病例89例…累计报告确诊病例764例), when every such
    figure names one and the same metric in its own words, else when every one names the same at all; where
    they name several (新疆新增1例: 新增确诊病例1例 and 现有…危重症病例1例), the one its kind word before it (新增,
    累计, 现有) makes of the same kind, if that is one."""
    named: dict[tuple[int, float, str], set[str]] = {}
    named_in_own_words: dict[tuple[int, float, str], set[str]] = {}  # not a list's part given its whole's
    by_kind: dict[tuple[tuple[int, float, str], str], set[str]] = {}  # own words, by the aspect its marker gives
    for claim in claims:
        if claim.metric:
            key = (claim.article_index, claim.value, claim.unit)
            named.setdefault(key, set()).add(claim.metric)
            if in_own_words(claim):
                named_in_own_words.setdefault(key, set()).add(claim.metric)
                kind = _kind_marked_before(text, claim)
                if kind is not None:
                    by_kind.setdefault((key, kind), set()).add(claim.metric)
    for claim in claims:
        key = restating_key(claim)
        if claim.metric or key is None:
            continue
        # 贵州新增8例: the body's 新增确诊病例8例, not 遵义市8例 of the running total's list
        metrics = named_in_own_words.get(key, set())
        if len(metrics) > 1 and (kind := _kind_marked_before(text, claim)) is not None:
            metrics = by_kind.get((key, kind), set())
        if len(metrics) != 1:
            metrics = named.get(key, set())
        if len(metrics) == 1:
            claim.metric = next(iter(metrics))
            claim.metric_basis = "carried"


def _kind_marked_before(text: str, claim: Claim) -> str | None:
    """The aspect the last kind word before the figure in its clause gives (新增: flow, 累计: cumulative), if any."""
    clause_start = max(
        [claim.sentence_start, *(m.end() for m in _CLAUSE_BREAK.finditer(text, claim.sentence_start, claim.start))]
    )
    kinds = aspect_markers_in(text[clause_start : claim.start])
    return kinds[-1] if kinds else None


def _running_totals_after_their_flow(text: str, claims: list[Claim]) -> None:
    """ "安徽新增46例，累计152例": a figure told only by a word of its kind (累计, 现有) right after the figure before
    it in its sentence, of one unit, counts what that one does — once a headline's flow has its metric from the
    body (_named_in_the_article), its running total after it has it too."""
    for i, claim in enumerate(claims):
        if claim.metric or not i:
            continue
        before = claims[i - 1]
        if before.sentence_start != claim.sentence_start or not before.metric or before.unit != claim.unit:
            continue
        if _kind_word_only().fullmatch(text, before.end, claim.start):
            claim.metric, claim.metric_basis = before.metric, "sentence"


@cache
def _kind_word_only() -> re.Pattern[str]:
    """A pause and a word of a figure's kind alone (，累计; 、现有: lexicon/aspect_markers.tsv)."""
    return compile_pattern(rf"\s?[，,、]?\s?(?:{kind_words()})\s?")


@cache
def _long_term_comparison() -> re.Pattern[str]:
    """比多年均值 / 较常年 and what may stand between it and the change (少, 偏多, 增加) at the end of a clause."""
    baselines = lexicon.alternation(lexicon.word_list("long_term_baselines.txt"))
    return compile_pattern(rf"(?P<comparison>(?:比|较|与)(?:{baselines}))(?:相比)?[^，,。；;0-9０-９]{{0,6}}$")


def _changes_from_a_long_term_mean(text: str, claims: list[Claim]) -> None:
    """ "降水量1637.1毫米，比上年少19.4%，比多年均值少1.9%": a change against a long-term mean (lexicon/
    long_term_baselines.txt) is told apart from the same thing's change against last year only by its baseline,
    which its metric keeps as written (降水量比多年均值)."""
    for claim in claims:
        if claim.kind != "change" or not claim.metric:
            continue
        window = text[max(claim.sentence_start, claim.start - _LONG_TERM_REACH) : claim.start]
        comparison = _long_term_comparison().search(window)
        if comparison is not None and comparison["comparison"] not in claim.metric:
            claim.metric = claim.metric + comparison["comparison"]


_LONG_TERM_REACH = 16  # characters before a change its comparison may take (比多年平均值偏多)


@cache
def _criminal_procedure_acts() -> tuple[str, ...]:
    """The acts of a procuratorate or court (lexicon/criminal_procedure_acts.txt), longest first."""
    return tuple(sorted(lexicon.word_list("criminal_procedure_acts.txt"), key=len, reverse=True))


@cache
def _crime_scope() -> re.Pattern[str]:
    """A clause's opener and the crimes or case after it (对盗窃等犯罪, 严惩毒品犯罪, 对"11·10"特大组织卖淫专案):
    lexicon/crime_scope_openers.txt, crime_scope_words.txt; the phrase stops at a clause's punctuation."""
    openers = lexicon.alternation(sorted(lexicon.word_list("crime_scope_openers.txt"), key=len, reverse=True))
    ends = lexicon.alternation(sorted(lexicon.word_list("crime_scope_words.txt"), key=len, reverse=True))
    # a count of the cases between (对31件价格违法案件立案) is no word of their name; a case's name may hold a
    # date ("5·12"专案)
    count = r"[0-9０-９]+[件起宗名人个]"
    return compile_pattern(
        rf"(?:{openers})(?:{count})?(?P<crime>(?:(?!{count})[^，,。；;：:！？!?\n]){{1,30}}?(?:{ends}))"
    )


def _crime_of(metric: str) -> tuple[str, str] | None:
    """A metric naming an act and the crimes it was taken on, as (crimes before the act, act) for 毒品犯罪批捕 or
    (act, persons after it) for 批捕电信网络诈骗犯罪嫌疑人; None for a bare act or any other metric."""
    ends = tuple(lexicon.word_list("crime_scope_words.txt"))
    for act in _criminal_procedure_acts():
        if metric.endswith(act) and len(metric) > len(act) and metric[: -len(act)].endswith(ends):
            return metric[: -len(act)], ""
        if metric.startswith(act) and len(metric) > len(act) and metric.endswith(ends):
            return "", metric[len(act) :]
    return None


_QUOTE_MARKS = str.maketrans("", "", "“”‘’\"'「」『』")


def _acts_on_the_named_crimes(text: str, claims: list[Claim]) -> None:
    """ "对邪教组织犯罪批捕1件1人，起诉7件11人", "严惩毒品犯罪，批准逮捕18人，起诉23人", "批捕电信诈骗犯罪嫌疑人120
    人，起诉150人": a bare act (起诉) says nothing of which crimes it was taken on, and a work report gives the same
    act for several kinds of crime; it takes the crimes its sentence named, from the figure before it that names
    them (…犯罪批捕 -> …犯罪起诉; 批捕…犯罪嫌疑人 -> 起诉…犯罪嫌疑人, people for people) or else from the last
    phrase opened by 对/严惩/打击 before it in the sentence (…犯罪起诉). Crimes of no kind (各类刑事犯罪:
    lexicon/generic_crime_scopes.txt) tell nothing apart and are not given."""
    acts = set(_criminal_procedure_acts())
    generic = set(lexicon.word_list("generic_crime_scopes.txt"))
    units = lexicon.word_table("case_person_units.tsv")
    for i, claim in enumerate(claims):
        if claim.metric not in acts or claim.kind != "count":
            continue
        named: str | None = None
        for before in reversed(claims[:i]):
            if before.sentence_start != claim.sentence_start:
                break
            crime = _crime_of(before.metric or "")
            if crime is None:
                continue
            if crime[0]:
                named = crime[0] + claim.metric
            elif units.get(before.unit) == units.get(claim.unit) == "person":
                named = claim.metric + crime[1]
            break
        if named is None:
            scopes = list(_crime_scope().finditer(text, claim.sentence_start, claim.start))
            # a case's name in quotes ("11·10"专案) keeps its words, not the marks tidying would leave one of
            crime_name = tidy_metric(scopes[-1]["crime"].translate(_QUOTE_MARKS)) if scopes else None
            if crime_name and crime_name not in generic:
                named = crime_name + claim.metric
        if named is not None:
            claim.metric, claim.metric_basis = named, "sentence"


@cache
def _even_pair_pattern() -> re.Pattern[str]:
    """A pair said to be level (lexicon/even_words.txt), then a clause of 为 alone before the figure."""
    words = lexicon.alternation(sorted(lexicon.word_list("even_words.txt"), key=len, reverse=True))
    return compile_pattern(rf"(?P<pair>[^，,。；;]{{2,30}}?)(?:{words})[，,]\s*(?:均|都)?(?:为|是)\s*")


def _an_even_pair(text: str, claim: Claim, mentions: dict) -> str | None:
    """ "2021年总供水量与总用水量持平，为47.16亿立方米": a sentence opening with two quantities said to be level, and
    the figure in a clause of 为 alone after it, names the figure by the pair (总供水量与总用水量), its time
    (2021年) and place (全市) no part of it."""
    match = _even_pair_pattern().fullmatch(text, claim.sentence_start, claim.start)
    if match is None:
        return None
    return tidy_metric(clean_before(match["pair"], match.start("pair"), mentions))


@cache
def _cause_words() -> re.Pattern[str]:
    return compile_pattern(lexicon.alternation(lexicon.word_list("cause_words.txt")))


def _category_before_a_cause(text: str, claims: list[Claim], i: int) -> str | None:
    """A change whose own clause is only its verb, after a clause naming a category and then the cause of its change
    (…，其中综合商品零售业之百货公司因逢年中庆…，年增5.9%): that category, with the measure of the sentence's first
    figure when it ends with one of metric_elliptical_measures.txt (百货公司营业额)."""
    claim = claims[i]
    before = claims[i - 1] if i else None
    start = before.end if before is not None and before.sentence_start == claim.sentence_start else claim.sentence_start
    clauses = _CAUSE_CLAUSE_BREAK.split(text[start : claim.start])
    if len(clauses) < 2 or change_verb_only().fullmatch(clauses[-1]) is None:
        return None
    for clause in reversed(clauses[:-1]):
        cause = _cause_words().search(clause)
        if cause is None:
            continue
        category = _CATEGORY_ADVERB.sub("", _CAUSE_PART_OPENING.sub("", clause[: cause.start()]).strip())
        category = category.rsplit("之", 1)[-1].rsplit("的", 1)[-1]  # 综合商品零售业之百货公司: the last kind named
        if not _CATEGORY_WORDS.fullmatch(category):
            return None
        # the measure of the figure the part is of: the sentence's first, else the last figure before with a measure
        in_sentence = (c.metric for c in claims[:i] if c.sentence_start == claim.sentence_start and c.metric)
        measured = (c.metric for c in reversed(claims[:i]) if c.metric and c.metric.endswith(_measures_of_an_owner()))
        whole = next(in_sentence, "") or next(measured, "")
        measure = next((m for m in _measures_of_an_owner() if whole.endswith(m)), "")
        return category + measure if not category.endswith(measure) else category
    return None


_CAUSE_CLAUSE_BREAK = compile_pattern(r"[，,；;：:]")


_CAUSE_PART_OPENING = compile_pattern(r"^\s*(?:其中|而|另外|此外)[，,：:]?")
# an adverb between the category and its cause (燃料零售业则因…)
_CATEGORY_ADVERB = compile_pattern(r"(?:则|也|亦|均|都|主要)$")
# a category: a short run of Han characters (百货公司, 超级市场及量贩业), no clause of its own
_CATEGORY_WORDS = compile_pattern(r"[\u4e00-\u9fff]{2,12}")


def _shares_of_a_distribution(text: str, claims: list[Claim]) -> None:
    """ "国内各地区货邮吞吐量的分布情况为，华北地区占10.0%，较上年提高0.5个百分点；东北地区占3.5%…": the shares listed
    after a heading of a distribution (…的分布情况为, …的构成是: lexicon/distribution_words.txt) are shares of its
    measure (货邮吞吐量占比), each part's change with them; the parts are their places or categories, not the
    heading."""
    for claim in claims:
        # a part named by its category keeps it (第一产业占12.5%: 第一产业从业人员占比); a place is the subject
        category = claim.metric[: -len(SHARE_VERB)] if claim.metric and claim.metric.endswith(SHARE_VERB) else ""
        if claim.kind not in ("percent", "change") or (
            claim.metric and claim.metric not in _distribution_words() and not category
        ):
            continue
        # the heading opens the list's first part: the parts after a ；are in sentences of their own, on its line
        line_start = text.rfind("\n", 0, claim.start) + 1
        headings = list(_distribution_heading().finditer(text, line_start, claim.start))
        if not headings:
            continue
        heading = headings[-1]
        measure = tidy_metric(_WHOLE_SCOPE.sub("", clean_phrase(heading["measure"])))
        if measure:
            claim.metric, claim.metric_basis = category + measure + SHARE_NOUN, "sentence"


# the whole the distribution is over, no part of its measure (全市从业人员, 国内各地区货邮吞吐量)
_WHOLE_SCOPE = compile_pattern(r"^(?:全(?:国|省|市|县|区|州|镇|乡)|国内|境内)?(?:各(?:地区|地|省|市|县|区))?")


@cache
def _distribution_words() -> frozenset[str]:
    return frozenset(lexicon.word_list("distribution_words.txt"))


@cache
def _distribution_heading() -> re.Pattern[str]:
    words = lexicon.alternation(sorted(_distribution_words(), key=len, reverse=True))
    return compile_pattern(rf"(?P<measure>[^，,。；;：:]{{2,24}}?)的(?:{words})(?:为|是|如下)?[：:，,]")


def _total_of_the_figure_before(claims: list[Claim], i: int) -> str | None:
    """A figure named by a generic head alone (总数, 总量, 数量: lexicon/metric_generic_heads.tsv) right after a
    figure of the same unit in its sentence counts the same thing: 市场主体 + 总数."""
    claim, before = claims[i], claims[i - 1]
    if (
        generic_heads().get(claim.metric or "") != "any"
        or before.sentence_start != claim.sentence_start
        or not before.metric
        or before.unit != claim.unit
        or generic_heads().get(before.metric)
    ):
        return None
    return _without_rate_noun(before.metric) + claim.metric


def _owner_of_a_bare_measure(claims: list[Claim], i: int) -> str | None:
    """A figure named by a bare elliptical measure (产量: metric_elliptical_measures.txt) right after a figure of its
    sentence whose metric is an owner and a measure of that list or of area_measures.txt (小麦播种面积): the owner's
    measure (小麦产量)."""
    claim, before = claims[i], claims[i - 1]
    owned = before.metric or ""
    if (
        claim.metric not in elliptical_measures()
        or before.sentence_start != claim.sentence_start
        or owned.endswith(claim.metric)  # the same measure again (营业收入…，营业收入), another rule's
    ):
        return None
    measure = next((m for m in _measures_of_an_owner() if owned.endswith(m)), None)
    if measure is None or len(owned) - len(measure) < _SHORTEST_OWNER:
        return None
    return owned[: -len(measure)] + claim.metric


_SHORTEST_OWNER = 2  # 小麦, 蔬菜: one character left is no crop nor category (总产量 is no 总 and 产量)


@cache
def _measures_of_an_owner() -> tuple[str, ...]:
    """The elliptical and area measures, longest first (播种面积 before 面积)."""
    measures = elliptical_measures() | frozenset(lexicon.word_list("area_measures.txt"))
    return tuple(sorted(measures, key=len, reverse=True))


# a grade of a kind of body (国家级, 省级, 4A级, 一级) or of a hospital (三甲, 二乙)
_GRADE = r"(?:[\u4e00-\u9fffA-Z0-9]{1,3}级|[一二三][甲乙丙]等?)"
_GRADE_ALONE = compile_pattern(_GRADE)
_GRADED_KIND = compile_pattern(rf"{_GRADE}(?P<kind>[\u4e00-\u9fff]{{2,}})")


def _grade_of_the_kind_before(claims: list[Claim], i: int) -> str | None:
    """A figure named by a grade alone right after a figure of the same unit in its sentence whose metric is
    another grade of a kind (国家级科技企业孵化器6家、省级23家; 5A级景区3家、4A级21家): that grade of the kind."""
    claim, before = claims[i], claims[i - 1]
    if (
        not claim.metric
        or _GRADE_ALONE.fullmatch(claim.metric) is None
        or before.sentence_start != claim.sentence_start
        or before.unit != claim.unit
    ):
        return None
    graded = _GRADED_KIND.fullmatch(before.metric or "")
    return claim.metric + graded["kind"] if graded else None


class _Measured(NamedTuple):
    metric: str
    kind: str
    unit: str


_CATEGORY_OVERLAP = 2  # characters the category's end shares with the whole's start (居民): fewer say nothing
_PART_MARK = "其中"


def _measured_for_a_category(text: str, claims: list[Claim], i: int) -> _Measured | None:
    """A figure named only by a category whose last word opens the metric of a figure before it in its sentence,
    of the same base unit, the part singled out by 其中 (居民人均可支配收入4.8万元，其中城镇居民5.6万元: 居民): the
    category's figure of that measure (城镇居民人均可支配收入)."""
    category = claims[i].metric or ""
    for whole in _wholes_of_the_part(text, claims, i):
        measure = whole.metric or ""
        if len(measure) <= len(category):
            continue
        for overlap in range(min(len(category), len(measure) - 1), _CATEGORY_OVERLAP - 1, -1):
            if category.endswith(measure[:overlap]) and len(category) > overlap:
                return _Measured(category + measure[overlap:], whole.kind, whole.unit)
    return None


_BROKEN_LINE_REACH = 30  # characters between a figure and a change on the line after it, at most
_SENTENCE_STOP = compile_pattern(r"[。！？!?；;]")


def _a_comparison_after_a_stop(text: str, before: Claim, claim: Claim) -> bool:
    """The figure before ends its sentence, and `claim`'s opens right after it with a comparison (较, 比, 同比)."""
    return (
        before.sentence_start != claim.sentence_start
        and text[before.end : claim.sentence_start].strip() in _STOPS_BEFORE_A_SENTENCE
        and _COMPARISON_OPENING.match(text, claim.sentence_start) is not None
    )


_STOPS_BEFORE_A_SENTENCE = ("。", ".", "；", ";", "")


def _a_broken_line_between(text: str, before: Claim, claim: Claim) -> bool:
    """The figure before ends a line with no stop, and `claim` follows on the next line within its reach."""
    between = text[before.end : claim.start]
    return (
        between.count("\n") == 1
        and len(between) <= _BROKEN_LINE_REACH
        and _SENTENCE_STOP.search(between) is None
        and text[before.end : text.find("\n", before.end)].strip() == ""
    )


def _wholes_of_the_part(text: str, claims: list[Claim], i: int) -> Iterator[Claim]:
    """The figures before 其中 in claims[i]'s sentence that claims[i] may be a part of, the latest first: of its base
    unit, and no change (比上年末增加0.1万人，其中城镇人口41.4万人: a part of the level, not of its change)."""
    claim = claims[i]
    for whole in reversed(claims[:i]):
        if whole.sentence_start != claim.sentence_start:
            return
        if (
            whole.kind != "change"
            and whole.unit.split("/")[0] == claim.unit.split("/")[0]
            and _PART_MARK in text[whole.end : claim.start]
        ):
            yield whole


def _whole_of_the_part(text: str, claims: list[Claim], i: int) -> Claim | None:
    """The latest figure claims[i] may be a part of (_wholes_of_the_part), when it names what it measures."""
    whole = next(_wholes_of_the_part(text, claims, i), None)
    return whole if whole is not None and whole.metric else None


_GRADE_IN = compile_pattern(_GRADE)
_GRADED_HEAD = compile_pattern(rf"(?P<grade>{_GRADE})(?P<head>[\u4e00-\u9fff]{{2,}})")


def _graded_part_of_the_whole(text: str, claims: list[Claim], i: int) -> str | None:
    """A part after 其中 named by a grade and the head of the whole's metric (天然林保护工程面积27.0776万亩，其中国家级
    面积25.2811万亩): the grade and the whole's metric (国家级天然林保护工程面积); else None."""
    graded = _GRADED_HEAD.fullmatch(claims[i].metric or "")
    if graded is None or claims[i].metric_basis is not None:
        return None
    whole = _whole_of_the_part(text, claims, i)
    measure = whole.metric or "" if whole is not None else ""
    if len(measure) <= len(graded["head"]) or not measure.endswith(graded["head"]) or _GRADE_IN.search(measure):
        return None  # A级旅游景区68家，其中5A级景区3家: a whole graded itself keeps the part as written
    return graded["grade"] + measure


def _people_of_the_cases(cases: Claim, people: Claim) -> bool:
    """A count of people written right after a count of cases (120件186人, 12起15人): the people of those cases
    (lexicon/case_person_units.tsv), when the cases have a metric to lend."""
    units = lexicon.word_table("case_person_units.tsv")
    return (
        bool(cases.metric)
        and cases.end == people.start
        and cases.kind == people.kind == "count"
        and units.get(cases.unit) == "case"
        and units.get(people.unit) == "person"
    )


def _act_on_the_cases(metric: str | None) -> str | None:
    """The metric of the cases without its case noun (起诉盗窃犯罪案件 -> 起诉盗窃犯罪): what was done to the people."""
    if not metric:
        return metric
    for noun in sorted(lexicon.word_list("case_nouns.txt"), key=len, reverse=True):
        if metric.endswith(noun) and len(metric) > len(noun):
            return metric.removesuffix(noun)
    return metric


def _people_doing(text: str, claim: Claim) -> str | None:
    """ "共有1077人正在接受医学观察", "尚有32人在院治疗": a count of people with no noun before or after
    it counts the people doing what follows; so does a count of bodies ("91家公司实现盈利，7家出现亏损": the 7
    are the ones with a loss, not the 公司 of the figure before)."""
    if (claim.unit not in PEOPLE_UNITS and claim.unit not in body_count_units()) or claim.kind != "count":
        return None
    end = claim.end
    closing = _CLOSING_BRACKET.match(text, end)
    if closing is not None and claim.start and _OPENING_BRACKET.match(text, claim.start - 1):
        end = (
            closing.end()
        )  # 有逾八成(5.79万人)曾观看…演唱会: a count alone in its brackets, what the people did after them
    doing = _DOING.match(text, end)
    if doing is None:
        return None
    said = doing.group(1)
    if _DIGIT_NEXT.match(text, doing.end()):
        # 1名危重症病例和2名重症病例, 这5名新增患者为3男2女: the noun before a link to the next figure is this one's;
        # with no link (累计830例 #安徽新增死亡病例2例#) the words lead to the next figure and are its noun
        link = _LINK_AT_THE_END.search(said)
        if link is None:
            return None
        said = said[: link.start()]
    if said.startswith(PART_LINKS) and not any(word in said for word in people_or_case_endings()):
        # 茂名市2例为首次报告: what the part is said to be after 为 names it only with the people or cases it is
        # (1例为输入性病例, 8例为本市常住人口); a doing with none (首次报告, 湖北输入) names nothing counted, and the
        # part counts what its list does
        return None
    return tidy_metric(said)


def _clause_start(text: str, claim: Claim, previous: Claim | None, boundaries: Breaks) -> int:
    """Where the phrase before a figure starts: after the last boundary (the text's _BEFORE_BOUNDARY
    characters) before it in its sentence, one inside brackets passed over, and not before the figure
    before it."""
    head = text[claim.sentence_start : claim.start]
    if "（" in head or "(" in head:
        # a comma inside brackets ends no clause: "固定资产投资（不含农户，下同）比上年下降7.5%"; the last
        # boundary outside them, looked for from the figure back
        outside = (
            at + 1
            for at in reversed(boundaries.within(claim.sentence_start, claim.start))
            if not _inside_brackets(head, at - claim.sentence_start)
        )
        start = next(outside, claim.sentence_start)
    else:
        start = boundaries.after_last(claim.sentence_start, claim.start)
    if previous is not None and previous.end > start:
        start = previous.end
    return start


# the most characters of one part of a coordinated noun (传销、集资诈骗和非法吸收公众存款案件: 传销)
_COORDINATED_PART = 10
_COORDINATED_PART_LEAST = 2
_COORDINATED_PART_ENDS = frozenset("，,。；;：:！？!?\n#【】\u3000（）()")
_DIGITS = frozenset("0123456789０１２３４５６７８９")


def _coordination_start(text: str, start: int, claim: Claim, previous: Claim | None, ending_at: dict) -> int:
    """Where a phrase starting right after a list comma starts when the parts listed before it are nouns of
    one coordination with it (起诉传销、集资诈骗和非法吸收公众存款案件70件, 查处行贿、受贿犯罪36件): the parts
    before the comma, each short, back to the clause's start. Not where the parts are items of another list: a
    part with a figure of its own (小麦5万吨、玉米3万吨) or right after the figure before (1例为普通型病例、1例为
    重型病例), places or bodies (英国、荷兰各输入1例: `ending_at`, the names by their end), each given a figure
    (各), or a comma with no noun after it (乙醚、75%乙醇)."""
    if claim.start - start < 2 or _EACH in text[start : claim.start]:
        return start
    floor = max(claim.sentence_start, previous.end if previous is not None else 0)
    found = start
    while found - 1 > floor and text[found - 1] == "、":
        at = found - 1
        while at > floor and text[at - 1] not in _COORDINATED_PART_ENDS and text[at - 1] != "、":
            if text[at - 1] in _DIGITS:
                return start
            at -= 1
        if previous is not None and at == previous.end:
            return start
        if found - 1 - at < _COORDINATED_PART_LEAST:
            return start  # 市、县(区)两级, 明、清、民国时期: parts of one character are no nouns of their own
        if found - 1 - at > _COORDINATED_PART:
            break  # a part longer than a noun is a clause of its own
        verb = _list_object_verb().search(text, at, found - 1)
        if verb is not None:
            return verb.start("name")  # 全年审结涉外、涉侨案件: the list is the verb's object, the verb no part of it
        found = at
    if found < start and any(end in ending_at for end in range(found + 1, claim.start + 1)):
        return start
    return found


_EACH = "各"


def _bracketed_after_their_nouns(text: str, claims: list[Claim], mentions: dict) -> None:
    """ "留宿旅客(164.3億元)及不過夜旅客(39.2億元)的總消費分別錄得33.1%…", "规上工业企业（1250家）实现营业收入": a
    figure alone in brackets right after a noun is that noun's level: the metric of a later figure of its
    sentence named after the noun (留宿旅客总消费), else the noun; a sum of 人均 then is per person."""
    for i, claim in enumerate(claims):
        if claim.kind not in _COUNTABLE_KINDS:
            continue  # 患者温某（11个月）: an age or a span says how old or how long, no level of the noun
        # 中國內地( 100.4萬人次 ): spaces may pad the figure inside its brackets; a rate's per-word may stand before
        # it (南京—曼谷廊曼往返航线(每周 7 班): the route's flights a week)
        per = _PER_TIME_IN_A_BRACKET.search(text, max(0, claim.start - _PER_TIME_REACH), claim.start)
        figure_start = per.start() if per is not None and claim.kind == "rate" else claim.start
        bracket = figure_start - 1 - (len(text[:figure_start]) - len(text[:figure_start].rstrip(" ")))
        if bracket < 0 or not (_OPENING_BRACKET.match(text, bracket) and _CLOSING_BRACKET.match(text, claim.end)):
            continue
        if i and _restated_in_brackets(text, claims[i - 1], claim):
            continue  # 340.9億澳門元(42.6億美元): the sum before restated, no noun's level
        ends = _NOUN_BEFORE_A_BRACKET_ENDS.finditer(text, claim.sentence_start, bracket)
        start = max((m.end() for m in ends), default=claim.sentence_start)
        if joining := _JOINING_WORD_OPENING.match(text, start, bracket):
            start = joining.end()  # 留宿旅客(164.3億元)及不過夜旅客: a list's word after the bracket before
        if any(m.end() == bracket for m in period_pattern(text).finditer(text, start, bracket)):
            continue  # 自2003年第三季（5.5%）以来: the level of a time, which names nothing
        visitors = visitors_of_a_bracketed_figure(text, start, bracket, mentions)
        if visitors is not None:
            claim.metric, claim.metric_basis = visitors, "clause"
            continue
        # 從香港進口的貨值(584.1億元): the partner traded with stays, as in a figure's own clause
        noun = _with_its_trade_partner(
            text[start:bracket], tidy_metric(clean_before(text[start:bracket], start, mentions))
        )
        # 未达到国家考核要求(96.2%): the level required, not whether it was met
        noun = _MEETING_A_TARGET.sub("", noun or "")
        if not noun or len(noun) < _SHORTEST_NOUN:
            continue
        if claim.kind == "percent" and not noun.endswith(_RATE_NOUNS):
            continue  # 總體失業率(2.3%) is the rate's level; 五星級( 87.2% ) names a kind, 经开区(4.1%) a place
        later = next(
            (
                c.metric
                for c in claims[i + 1 :]
                if c.sentence_start == claim.sentence_start and c.metric and c.metric.startswith(noun)
            ),
            None,
        )
        if later and claim.kind != "change":
            # 辦公室( 69,729元 )…單位每平方米平均價格的跌幅分別為21.7%: the level is of what fell, not of its fall
            later = _without_rate_noun(later)
        claim.metric, claim.metric_basis = later or noun, "sentence" if later else "clause"
        if claim.kind == "money" and _PER_PERSON in claim.metric and "/" not in claim.unit:
            claim.kind, claim.unit = "rate", claim.unit + "/人"  # 留宿旅客(4,024元)…的人均消费


# the kinds of figure a bracket after a noun gives the level of; a percentage only after a rate's noun
_COUNTABLE_KINDS = ("count", "money", "measure", "percent", "rate")
# a per-word of time between a bracket and its rate (每周 7 班, 每日3班)
_PER_TIME_IN_A_BRACKET = compile_pattern(r"(?<=[（(])\s*每[周日月年天]\s*$")
_PER_TIME_REACH = 6
# the nouns a bracketed percentage is the level of: a rate's, or a required level's (未达到国家考核要求(96.2%))
_RATE_NOUNS = ("率", "比重", "比例", "占比", "指数", "要求")
_MEETING_A_TARGET = compile_pattern(r"^(?:未|尚未|没有|已)?(?:达到|满足)")
_CLOSING_BRACKET = compile_pattern(r"\s*[）)]")
# where the noun before a bracketed figure starts: after a pause or a figure's bracket; a joining word inside it is
# a word of the name (酒店及飲食業(4.90萬), 博彩及博彩中介業(6.74萬): a statistics release's industries)
_NOUN_BEFORE_A_BRACKET_ENDS = compile_pattern(r"[，,。；;：:！？!?\n、）)]")
_JOINING_WORD_OPENING = compile_pattern(r"\s*(?:及|和|与|以及)")
_SHORTEST_NOUN = 2
_PER_PERSON = "人均"


def _categories_after_a_measured_one(text: str, claims: list[Claim]) -> None:
    """ "国有控股企业增加值同比增长8.0%；股份制企业增长6.4%，私营企业增长2.9%": categories listed after the first, each
    named alone before its own change, are measured as the first (股份制企业增加值), whose measure names no thing of its
    own (metric_elliptical_measures.txt); in one full stop, across its semicolons."""
    for previous, claim in zip(claims, claims[1:], strict=False):
        measured = previous.metric or ""
        measure = next((m for m in _longest_first_measures() if measured.endswith(m)), None)
        if (
            measure is None
            or len(measured) == len(measure)
            or claim.kind != previous.kind
            or claim.kind not in _RATES_OF_A_LIST
            or not claim.metric
            or claim.metric_basis not in (None, "clause")
            or claim.metric.endswith(measure_noun_endings())
            or claim.metric.endswith(_longest_first_measures())  # names its own (细颗粒物平均浓度), or is one
            or _FULL_STOP.search(text, previous.end, claim.start)
            or not names_an_owner(claim.metric)
        ):
            continue
        claim.metric = claim.metric + measure


# the figures of such a list: changes and shares of each category (a count after it, 投资721个项目, counts its own noun)
_RATES_OF_A_LIST = ("change", "percent")


@cache
def _longest_first_measures() -> tuple[str, ...]:
    return tuple(sorted(elliptical_measures(), key=len, reverse=True))


def _outcomes_of_a_qualified_total(text: str, claims: list[Claim]) -> None:
    """ "累计报告境外输入确诊病例107例，治愈出院病例8例": outcomes after a sentence's first figure, a running total of
    cases qualified by where they were infected (case_origin_qualifiers.txt), are of those cases (境外输入治愈出院病例),
    not of all the place's; a part singled out (其中境外输入病例30例, 治愈出院900例) is no such first figure."""
    qualified: tuple[int, str] | None = None  # the sentence, and the qualifier of its first figure
    for i, claim in enumerate(claims):
        if not i or claims[i - 1].sentence_start != claim.sentence_start:
            qualifier = _case_origin(claim.metric or "")
            total = _RUNNING_TOTAL.search(text, claim.sentence_start, claim.start) is not None
            qualified = (claim.sentence_start, qualifier) if qualifier and total else None
            continue
        if qualified is None or qualified[0] != claim.sentence_start or claim.metric not in person_outcomes():
            continue
        if _CLAUSE_MARK.search(text, claims[i - 1].end, claim.start):
            claim.metric = qualified[1] + claim.metric


# the words of a running total before the first figure (累计报告, 共计): a day's new cases (新增2例境外输入病例，
# 5例治愈出院) say nothing of whose the outcomes after them are
_RUNNING_TOTAL = compile_pattern(r"累计|共计|总计")
# a break between clauses: the outcome in a clause of its own, not a bracket note on the total (107例（8例治愈）)
_CLAUSE_MARK = compile_pattern(r"[，,；;]")


def _case_origin(metric: str) -> str | None:
    """The qualifier of a running total of cases by where they were infected, else None (累计报告境外输入确诊病例)."""
    body = metric.removeprefix("累计").removeprefix("报告")
    for word in lexicon.word_list("case_origin_qualifiers.txt"):
        if body.startswith(word) and body.endswith(_CASES):
            return word
    return None


_CASES = "病例"


def _after_a_subsidiary(text: str, clause_start: int, end: int, mentions: dict) -> int:
    """ "长春高新子公司百克生物实现收入2.47亿元": the company named after 子公司 (lexicon/subsidiary_words.txt) is the
    figure's subject, its parent the owner of that company: the phrase naming the figure starts after them both."""
    for word in _subsidiary_word().finditer(text, clause_start, end):
        company = mentions.get(word.end())
        if company is not None and company.end < end:
            return company.end
    return clause_start


@cache
def _spending_verb_alone() -> re.Pattern[str]:
    """A verb of spending alone, with a word of time or total before it and 资金 after it at most
    (lexicon/spending_verbs.txt)."""
    verbs = lexicon.alternation(lexicon.word_list("spending_verbs.txt"))
    return compile_pattern(f"(?:累计|共计|共|先后|总共)?(?:{verbs})(?:了|资金)?")


def _purpose_after(text: str, end: int) -> str | None:
    """The verb and its object right after a sum spent (106.55亿元建设医疗卫生项目181个, 1億2298萬元改善14所學校
    周邊通學步道: a count inside the object left out), up to the clause's end or a figure after the object; None
    where no verb opens the words after the sum or no noun follows it. The sum's own clause may end right after it
    (投入6.25亿元,新建、改扩建城镇中小学17所), and words saying how it was spent may stand before the verb
    (2.17亿元重点改善…: lexicon/purpose_manner_words.txt)."""
    if text[end : end + 1] in _COMMAS:
        end += 1
    clause = _CLAUSE_END.search(text, end, end + _PURPOSE_REACH)
    words = _words_and_figures(text[end : clause.start() if clause else end + _PURPOSE_REACH])
    while words and (words[0][1] in ADVERB_TAGS or words[0][0] in _purpose_manner_words()):
        words = words[1:]
    if not words or words[0][1] not in _VERB_TAGS:
        return None
    if words[0][0] in _PURPOSE_WORDS:
        words = words[1:]  # 用于建设道路: the purpose is 建设道路
    kept: list[tuple[str, str]] = []
    counted_inside = False
    for word, tag in words:
        if tag == _ANOTHER_FIGURE:
            return None  # 完成投资50亿元，实现利润3.4亿元: the words after are that sum's, no purpose of this one
        if tag == _BAR:
            continue  # 消除城镇56人以上大班额: the bar that defines the object, no word of it
        if tag != _FIGURE:
            kept.append((word, tag))
            continue
        if counted_inside:
            return None  # 实施6村居1708户改造项目: figures all through the object, no one phrase of it
        if len(kept) > 1:
            break  # 建设医疗卫生项目181个: the figure after the object counts what was built
        counted_inside = True  # 改善14所學校…: a count of the object, no word of it
    if not any(tag in _NOUN_TAGS for _, tag in kept[1:]):
        return None  # 投资466万元完成了3条…: a verb with no object named before the figure names no purpose
    return tidy_metric("".join(word for word, _ in kept)) or None


def _words_and_figures(phrase: str) -> list[tuple[str, str]]:
    """The words of a phrase, each quantity in it (扶持 90 所普惠性…: 90 所) one word of its own, so that its
    measure word is never cut as the start of the noun after it (所普惠性): tagged _FIGURE where it counts or
    measures what the verb acts on, _BAR where it bounds the object (56人以上, 超过50亩: its qualifier over or under),
    _ANOTHER_FIGURE where it is a claim of another kind (a sum, a rate)."""
    words: list[tuple[str, str]] = []
    position = 0
    for quantity in find_quantities(phrase):
        words.extend(phrase_words(phrase[position : quantity.start].strip()))
        if quantity.qualifier in _BAR_QUALIFIERS and quantity.kind in _OBJECT_FIGURE_KINDS:
            tag = _BAR  # not a sum of 10余亿元 (撬动社会资本投资10余亿元): another claim, its own clause's
        else:
            tag = _FIGURE if quantity.kind in _OBJECT_FIGURE_KINDS else _ANOTHER_FIGURE
        words.append((phrase[quantity.start : quantity.end], tag))
        position = quantity.end
    words.extend(phrase_words(phrase[position:].strip()))
    return [(word, tag) for word, tag in words if word.strip()]


@cache
def _purpose_manner_words() -> frozenset[str]:
    return frozenset(lexicon.word_list("purpose_manner_words.txt"))


_PURPOSE_REACH = 30
_PURPOSE_WORDS = ("用于", "用来", "用作")
_VERB_TAGS = frozenset({"v", "vn"})
_FIGURE = "quantity"  # the tag _words_and_figures gives a count or measure of the object
_ANOTHER_FIGURE = "another quantity"  # and a quantity of any other kind
_OBJECT_FIGURE_KINDS = ("count", "measure")
_COMMAS = ("，", ",")
_BAR = "bar"  # and a figure bounding the object
_BAR_QUALIFIERS = ("over", "under")
_NOUN_TAGS = frozenset({"n", "nr", "ns", "nt", "nz", "vn"})


def _at_the_place_aimed_for(aimed_at: frozenset[int], clause_start: int, end: int, mentions: dict) -> int:
    """Where a place right after a verb of aiming (where one ends: `aimed_at`) starts (經濟部將確保臺中市今年工業產值
    突破3兆元: at 臺中市, see extract/aims.py): the body and its aim are no part of the metric; else the clause's
    start."""
    return min((at for at in aimed_at if clause_start < at <= end and at in mentions), default=clause_start)


def _after_a_run_in_heading(text: str, clause_start: int, end: int) -> int:
    """Where the clause goes on after a communiqué's label run into its first sentence at a line's start, right before
    the time it is of (人口年末常住人口94.9万人: lexicon/run_in_headings.txt); else the clause's start."""
    if clause_start and text[clause_start - 1] != "\n":
        return clause_start
    label = _run_in_heading().match(text, clause_start, end)
    if label is None or period_pattern(text).match(text, label.end(), end) is None:
        return clause_start
    return label.end()


@cache
def _run_in_heading() -> re.Pattern[str]:
    return compile_pattern(lexicon.alternation(lexicon.word_list("run_in_headings.txt")))


@cache
def _subsidiary_word() -> re.Pattern[str]:
    return compile_pattern(subsidiary_words())


def _without_part_named(raw: str, clause_start: int, ending_at: dict) -> str:
    """ "新增出院病例为万州区1例": a place named right before the figure after 为 (是) is the part the figure
    is of, the noun before the link what it counts (出院病例, not the list's 确诊病例)."""
    place = ending_at.get(clause_start + len(raw.rstrip()))
    if place is None or place.start <= clause_start:
        return raw
    head = raw[: place.start - clause_start]
    return head[:-1] if head.endswith(PART_LINKS) and len(head) > 2 else raw


def _after_a_dateline(text: str, clause_start: int, figure_start: int) -> int:
    """人民网上海11月10日电 (记者王文娟)“第七届进博会意向成交金额800.1亿美元: the dateline, its reporter's credit and
    the quote opening the story are no words of what the figure measures."""
    dateline = dateline_pattern().match(text, clause_start)
    if dateline is None:
        return clause_start
    end = _CREDIT_AFTER_A_DATELINE.match(text, dateline.end()).end()
    return end if end < figure_start else clause_start


_CREDIT_AFTER_A_DATELINE = compile_pattern(r"\s*(?:[（(][^）)]{0,20}[）)])?\s*[“\"]?")


def _listed_after(text: str, previous_end: int, start: int) -> bool:
    """The figure at `start` is the next item of a list after the one ending at `previous_end` (its noun, then 、):
    no clause boundary between."""
    between = text[previous_end:start]
    return between.endswith("、") and _CLAUSE_END.search(between) is None


def _with_its_trade_partner(raw_before: str, metric: str | None) -> str | None:
    """ "对沙特进出口66.1亿元": the partner traded with, and the word of trading with it, are part of what the figure
    measures (对沙特进出口), not the place's whole trade (进出口); also where the metric holds part of the partner
    already (东盟国家进出口 -> 对东盟国家进出口). See trade_partners."""
    if not metric:
        return metric
    for match in partner_phrase().finditer(raw_before):
        at = raw_before.find(metric, match.start() + 1)
        traded = end_of_the_trade_word(raw_before, match.end("kind"))
        if at < 0 or (at > match.end("kind") and at != traded):
            # the metric starts inside the partners, or right after them and their kind (等主要贸易伙伴), or names
            # what is traded after the word of trade (从香港进口的货值)
            continue
        # the word of trading with stays (对沙特进出口: the trade with Saudi Arabia, not Saudi Arabia's trade)
        trade = raw_before[match.start() + 1 : at].removesuffix(OF)
        partnered = tidy_metric(trade + metric)
        return raw_before[match.start()] + partnered if partnered else metric
    return metric


def _without_the_ranked_place(text: str, raw: str, clause_start: int, mentions: dict) -> str:
    """ "整体死亡人数以南投增加7人最多": the place its clause ranks first after 以 is the figure's subject, no word of
    what it measures (整体死亡人数增加); so is one with only 有 between it and the figure ("以七美鄉有79.94%投票民眾投下
    同意票": the highest share is 七美鄉's, and what the share is of follows it)."""
    at = raw.rfind(RANKED_BY)
    if at < 0:
        return raw
    place = mentions.get(clause_start + at + len(RANKED_BY))
    if place is None or place.end > clause_start + len(raw):
        return raw
    rest = raw[place.end - clause_start :]
    if rest.strip() not in _RANKED_HAVING and RANKED_CLAUSE.match(text, place.end) is None:
        return raw
    return raw[:at] + rest


_RANKED_HAVING = ("", "有")


def _counted_noun_length(text: str, start: int, counted: str, end: int) -> int:
    """How much of text[start:end] the noun a figure right before it counts takes with the locality word
    after it (盒子里: where the act after it happened): 0 unless a noun alone opens the phrase, a locality
    word follows it, and two characters or more are left."""
    if not text.startswith(counted, start) or not all(tag.startswith("n") for _, tag in phrase_words(counted)):
        return 0  # 5次收受宁某人民币4.5万元: an act counted (收受宁某) is what the sum after it is of
    if each := _EACH_OF_THEM.match(text, start + len(counted)):
        # 其他16个市州均为0例, 3个县各新增1例: each of the things counted has the figure; they say whose it is, not what
        return each.end() - start
    locality = _LOCALITY.match(text, start + len(counted))
    if locality is None:
        return 0  # 260户脱贫户每户年增收3000元: without a place word the noun is still what the sum is of
    length = locality.end() - start
    if end - (start + length) < 2 or not starts_a_word(text[start:end], length):
        return 0
    return length


# a word saying each of them, right after the noun counted (市州均为0例, 县各新增1例); not one opening another word
# (均衡, 都市, 各地, 各级, 各类…)
_EACH_OF_THEM = compile_pattern(r"[均都各](?!等|衡|市|地|级|自|类|种|项)")


# what ends the reach of a group's act over the clauses after it: a full stop or a line's end
_FULL_STOP = compile_pattern(r"[。！？!?\n]")


@cache
def _place_kinds() -> frozenset[str]:
    divisions = (row[0] for row in lexicon.rows("division_nouns.tsv"))
    return frozenset(lexicon.word_list("place_kind_nouns.txt")).union(divisions)


# the tags of who acts at a sentence's opening (铁路, 高铁, 国家铁路): nouns, not a person's name
_ACTOR_TAGS = ("n", "j", "nz")


def _actor_opening(raw_before: str) -> str | None:
    """The nouns opening a sentence's first clause right before its verb ("铁路发送客运列车": 铁路), or None."""
    words = phrase_words(raw_before.strip(" \t，,；;、"))
    nouns = []
    for k, (word, tag) in enumerate(words):
        if tag.startswith("v") and tag != "vn":
            if word in _speech_verbs():
                return None  # 负责人称该医院…: who said it, not who did what the figures count
            # an act on a thing (发送客运列车), not a measure reaching its figure (年发电量达8.8亿度)
            if k + 1 >= len(words) or not words[k + 1][1].startswith("n"):
                return None
            break
        if not tag.startswith(_ACTOR_TAGS) or tag in ("nr", "ns"):
            return None
        nouns.append(word)
    else:
        return None
    actor = "".join(nouns)
    return actor if len(actor) >= 2 and names_an_owner(actor) else None


def _verb_opening(raw_before: str) -> str | None:
    """The verb a clause opens with, after adverbs (共运送旅客: 运送; 增开), no noun before it; or None."""
    for word, tag in phrase_words(raw_before.strip(" \t，,；;、")):
        if tag.startswith("v") and tag != "vn":
            return word if len(word) >= _VERB_LENGTH else None  # 可容纳: a modal, not the act
        if tag != "d":
            return None
    return None


_VERB_LENGTH = 2
_NOT_ACTS = ("change", "money")
_LIST_ITEM_BEFORE = compile_pattern(r"[、和及与]")


@cache
def _speech_verbs() -> frozenset[str]:
    return frozenset(lexicon.word_list("speech_verbs.txt"))


def _opens_with_a_verb(phrase: str) -> bool:
    """The phrase opens with a verb, no noun before it: its clause has no subject of its own (累计实现门票收入)."""
    words = phrase_words(phrase.strip(" \t，,；;、"))
    return bool(words) and words[0][1].startswith("v") and words[0][1] != "vn"


def _acting_group(text: str, start: int, counted: Claim, end: int) -> str | None:
    """The group a count right before the phrase text[start:end] counts, when that group (its noun, all
    nouns) is the phrase's actor, a verb after it: "25家重点景区累计接待游客…" -> 重点景区. None otherwise
    (260户脱贫户每户…: no verb follows the noun; a count of acts, 5次收受…, is no group)."""
    group = counted.metric or ""
    if counted.unit not in body_count_units() or len(group) < 2 or not text.startswith(group, start):
        return None  # 31个省…报告新增确诊病例: places counted are where, each its own subject; 6例…: cases act not
    if not all(tag.startswith("n") and tag != "nr" for _, tag in phrase_words(group)) or group in _place_kinds():
        return None  # 58个国家确诊…: places counted, each where its figures are
    rest = phrase_words(text[start + len(group) : end])
    verbs = [i for i, (_, tag) in enumerate(rest) if tag.startswith("v") and tag != "vn"]
    if not verbs or any(not tag.startswith("d") for _, tag in rest[: verbs[0]]):
        return None  # the verb right after the group (adverbs aside): 规模|以上企业实现 is no group acting
    # the verb acts on an object written after it (接待游客): the figure's noun, not the group's
    return group if any(tag.startswith("n") for _, tag in rest[verbs[0] + 1 :]) else None


# a locality word after a noun (盒子里, 园区内): where, not what
_LOCALITY = compile_pattern(r"[里中内上下]")


def _inside_brackets(head: str, at: int) -> bool:
    opening = max(head.rfind("（", 0, at), head.rfind("(", 0, at))
    return (
        opening >= 0
        and max(head.rfind("）", opening, at), head.rfind(")", opening, at)) < 0
        and ("）" in head[at:] or ")" in head[at:])
    )


# adverbs, state words (短短24小时内组建, 满满) and adjectives as adverbs (当日正式突破1亿人次, 顺利完成): none names a
# thing
_NO_NOUN_TAGS = (*ADVERB_TAGS, "z", "ad")


_AMOUNTS = ("count", "money", "measure")


def choose_metric(text: str, claim: Claim, raw_before: str, mentions: dict, clause_start: int) -> str | None:
    raw_before = _per_unit_end().sub("", raw_before.rstrip())  # 按每斤(0.8元): the rate's unit, not its thing
    # 出口机电产品(灯具照明装置、通用机械设备等)68.6亿元: the examples in brackets are no words of the thing
    raw_before = _EXAMPLES_IN_BRACKETS_AT_END.sub("", raw_before)
    if (point := _FROM_A_POINT_AT_END.search(raw_before)) is not None and point.start() > 0:
        # 绿化覆盖率从创建初期的35.03%: the point of time the change starts from is no part of what changed (its verb,
        # 创建, would otherwise govern a noun after the figure)
        raw_before = raw_before[: point.start()]
    before_core = strip_links(raw_before)
    before = clean_before(raw_before, clause_start, mentions)
    before = before if tidy_metric(before) else ""  # a phrase of function words names nothing
    if before and all(tag in _NO_NOUN_TAGS for _, tag in phrase_words(before)):
        before = ""  # 仍有3名…: an adverb left when its verb is stripped names nothing; a metric is a noun phrase
    if claim.kind in _AMOUNTS and len(before) > len(SHARE_VERB) + 1 and before.endswith(SHARE_VERB):
        before = before[: -len(SHARE_VERB)]  # 当中长者一人申请占约440宗: the part's own count, 占 no word of it
    if before in level_points() or FROM_AN_EVENTS_TIME.fullmatch(raw_before):
        # 由1月28日的最高点32.4%: which level of the series, not what it measures; 從她上任時227億: when it was
        before = ""
    if before and _manner_after_a_figure(text, before, claim.start):
        before = ""  # 32.4%波动下降至21.6%: how the level before changed, not what the level after measures
    if claim.unit == GRADE and claim.kind == "measure" and (measured := measure_of_the_event(text, claim.end)):
        return measured  # 5.7级地震重大考验: the quake's magnitude, whatever the phrase after the quake says
    window_end = _window_end(text, claim)
    if claim.kind == "count":
        # "3035户11317间房屋受损": a count right before another of the same thing counts what follows that one
        window_end = _end_of_a_count_right_after(text, window_end)
    after = _phrase_after(text, window_end, nouns_only=claim.kind in ("count", "measure"))
    if claim.kind == "count" and after in _dimensions():
        after = ""  # 新建蓄水池32座容积12000立方米: the dimension of the measure after, not what is counted
    if claim.kind == "count" and after and _the_next_pairs_word(text, window_end, after, before):
        after = ""  # 累计确诊570例出院131例: a headline's run of figures, 出院 the next one's
    if claim.kind == "count" and after and a_noun(before) and _a_sum_running_after(text, window_end, after):
        after = ""  # 谋划专项债项目41个总投资98.13亿元: the count's noun is before it; 总投资 names the sum right after
    if text.startswith(_rank_phrases(), window_end):
        after = ""  # 广州港2500万标箱紧随其后, 6079.85亿元居首: the figure's place in a ranking, not what it measures
    if claim.kind not in ("count", "measure", "age") and text.startswith(_degree_words(), window_end):
        # 以北区每平方公里21283人最稠密, 8.5%最高, 222萬元較為嚴重: a rank of the figure, not what it measures
        after = ""
    if after and claim.kind not in ("count", "measure") and _manner_of_a_change(text, window_end, after):
        after = ""  # 由32.4%波动下降至21.6%: how the level changed, not what it measures (12名党员增收: its noun)
    if claim.kind == "percent" and not before and (part := _part_a_share_is(text, window_end)):
        return part  # 80%以上都是60岁以上的老年人: a share opening its clause is of the part it is said to be
    # a sum of money's noun ends at the verb after it
    after = tidy_metric(_noun_phrase(after) if _money_like(claim) else after) or ""
    if (
        _money_like(claim)
        and after
        and before
        and not raw_before.rstrip().endswith(_DISPOSAL_MARKERS)
        and not any(tag.startswith(("n", "vn")) for _, tag in phrase_words(after))
    ):
        # 稳岗返还14.97亿元惠及12.92万家企业: a verb after a sum its clause names says what the sum did, not what it is;
        # after 将 it is what was done with it (将100万元“寄存”)
        after = ""
    after = "" if after in currency_words() else after  # 1.5万元人民币: 人民币 restates the unit
    if _A_COMPARISON_AFTER.match(after):
        after = ""  # 净利润82亿元-86亿元同比增加55.30%: the comparison of the figure after, no name of this one
    spent = _money_like(claim) and _spending_verb_alone().fullmatch(before) is not None
    if spent and (purpose := _purpose_after(text, window_end)):
        return purpose + before  # 累计投入106.55亿元建设医疗卫生项目: 建设医疗卫生项目累计投入, not 投入
    governed = not before or bool(_governing_end().search(before_core)) or _link_split_a_verb(raw_before, before_core)
    if claim.kind == "age" and after.endswith(people_endings()) and not before.endswith(people_or_case_endings()):
        # "陕西出现9岁新型肺炎感染者": the person whose age it is, named after it, not what the clause before says
        return after
    if after and claim.kind == "count" and raw_before.rstrip().endswith(OF) and before in _group_states():
        return before + after  # 在院的777例确诊病例: the state before 的 says which of them (lexicon/group_states.txt)
    if after and claim.kind == "count" and (event := _case_event_verb_ending(raw_before)):
        return event + after  # 已累计排除75例疑似病例: the suspected cases ruled out, not the suspected cases
    if after in _unit_only_nouns() and before and strip_links(raw_before.rstrip()) != raw_before.rstrip():
        # 總房屋供應目標是46萬個單位: a noun naming only the units counted (lexicon/unit_only_nouns.txt) after a figure
        # its clause links to a measure says nothing the measure does not
        return before
    # a count or measure names its thing after it when a noun follows ("48个村庄及小区", "130亩种苗基地"),
    # and so does a sum of money followed by a noun of its own ("付给他10万元感谢费", "4万元现金")
    if after and (governed or claim.kind in ("count", "measure") or (_money_like(claim) and a_noun(after))):
        return after
    if after and _money_like(claim) and ((_has_a_noun(after) and _only_manner_words(before)) or _kind_of_money(after)):
        # "紧急追加1亿元研发经费": a phrase before of adverbs or adjectives alone (the verb after them left off)
        # says how it was done, and a noun after naming a kind of money (…经费, …资金: lexicon/money_words.txt)
        # is what the sum is; a metric is a noun phrase
        return after
    if not after and text.startswith(OF, claim.end) and (level_of := _level_noun_after(text, claim.end + len(OF))):
        return level_of  # 公司全年48万辆的销售目标: the target is what the figure is the level of
    if not after and text.startswith("的", claim.end) and before.endswith(_attribute_nouns()):
        # "签订价值316万元的销售合同": the figure is an attribute (价值) of the noun after its 的, a noun
        # whose verbs stay when it closes its clause (占地5120平方米的乡村振兴车间)
        attribute = next(a for a in _attribute_nouns() if before.endswith(a))
        thing = _phrase_after(text, claim.end + 1, nouns_only=True)
        return thing + attribute if thing else before
    share_of = _share_of_the_noun_after(text, claim, raw_before) if claim.kind == "percent" and before else None
    if share_of and tidy_metric(before + share_of) == before + share_of:
        # 对中小企业减免50%房租, 政府承担70%的费用: the share of the sum named after it, in what is done with it (not
        # where the words cut apart otherwise: 补助费|用)
        return before + share_of
    compared = _COMPARED_WITH_A_LEVEL.match(raw_before)
    if not after and compared and text.startswith(OF, claim.end) and (noun := _noun_after_of(text, claim.end + 1)):
        # 高于我市饭店宾馆入住高峰期67.78%的平均入住率: the level compared with is of the noun after its 的, the words
        # between the comparison and the figure say whose
        whose = tidy_metric(clean_before(raw_before[compared.end() :], clause_start + compared.end(), mentions))
        return (whose or "") + noun
    qualifying = not before or _governing_end().fullmatch(before) or _means_preposition().search(before_core)
    if not after and qualifying and text.startswith("的", claim.end):
        # "实施360万元的追溯平台建设项目", "公司以12亿元的营业收入居首": after a lone verb, none, or a
        # preposition of means, the figure qualifies the noun after its 的; not a quoted name closing the clause
        # (从2000亿元到5000亿元的“四连跳”: a slogan of the rise, no thing the figure measures)
        if _QUOTED_NAME_CLOSING.match(text, claim.end + 1):
            return before or None
        return _noun_phrase(_phrase_after(text, claim.end + 1)) or before or None
    return before or after or None


# a comparison opening the phrase right after a figure: the change of the next figure, not what this one measures
_A_COMPARISON_AFTER = compile_pattern(r"(?:同比|环比|按年|按月|较|相比|相较|比上|比去|比前|比同期)")


def _noun_after_of(text: str, start: int) -> str | None:
    """The noun phrase after a figure's 的, from `start` right after it (的平均入住率, 的增幅), else None."""
    return tidy_metric(_noun_phrase(_phrase_after(text, start)))


# a comparison with a level opening the clause before it (高于我市…67.78%的平均入住率, 低于全国平均水平的)
_COMPARED_WITH_A_LEVEL = compile_pattern(
    r"\s*(?:均|都|也|仍|远|略)?(?:高于|低于|超过|超出|好于|优于|逊于|不及|快于|慢于)"
)

# a share said to be a part (80%以上都是60岁以上的老年人, 七成为中小微企业, 近半数属于外资企业): the part, figures
# and all, to the clause's end
_A_SHARE_SAID_TO_BE = compile_pattern(
    r"(?:都|均|全|也|多)?(?:是|为|属于)(?P<part>[^，,。；;：:！？!?\n（(]{2,20})(?=[，,。；;！？!?\n（(]|$)"
)


def _what_befell_them(metric: str) -> bool:
    """The metric is a verb alone, what befell the people counted (交通意外…涉及470人受傷: 受傷), no places or things a
    figure before is spread over."""
    words = phrase_words(metric)
    return len(words) == 1 and words[0][1] == "v"


def _share_of_the_noun_after(text: str, claim: Claim, raw_before: str) -> str | None:
    """The noun a percentage is a share of, written right after it (or its 的) to the clause's end, when a verb ends
    the phrase before it (减免50%房租, 承担70%的费用, 有90%的相似性), else None."""
    words = phrase_words(raw_before.rstrip())
    if not words or not words[-1][1].startswith("v"):
        return None
    start = claim.end + (1 if text.startswith(OF, claim.end) else 0)
    noun = _NOUN_TO_THE_CLAUSE_END.match(text, start)
    if noun is None:
        return None
    phrase = tidy_metric(noun.group())
    if not phrase:
        return None
    words = phrase_words(phrase)
    # a noun phrase: opening with a noun that is no currency, or a verbal noun (旅游服务质量保证金: 旅游 is vn)
    opening = a_noun(phrase) or (bool(words) and words[0][1] == "vn")
    return phrase if opening and words[-1][1].startswith("n") else None


# the words right after a figure up to its clause's end, none a figure's
_NOUN_TO_THE_CLAUSE_END = compile_pattern(r"[^\s0-9０-９%％，,。；;：:！？!?\n（(]{2,16}(?=[，,。；;！？!?\n（(]|$)")


def _part_a_share_is(text: str, end: int) -> str | None:
    """The part a share opening its clause is said to be (都是…, 为…), else None."""
    said = _A_SHARE_SAID_TO_BE.match(text, end)
    return tidy_metric(said["part"]) if said is not None else None


# a change's starting point of time right before its first level: 从创建初期的, 由2022年的, 从上年末的
_FROM_A_POINT_AT_END = compile_pattern(r"(?:由|从)[^，,。；;：:由从的]{1,12}的\s*$")


@cache
def _unit_only_nouns() -> frozenset[str]:
    return frozenset(lexicon.word_list("unit_only_nouns.txt"))


def _end_of_a_count_right_after(text: str, end: int) -> int:
    """Where a count written right after the figure ending at `end` ends (户 then 间: 3035户11317间), else `end`."""
    if end >= len(text) or not text[end].isdigit():
        return end
    following = next(iter(find_quantities(text[end : end + _ADJACENT_COUNT_REACH])), None)
    if following is None or following.start != 0 or following.kind != "count":
        return end
    return end + following.end


_ADJACENT_COUNT_REACH = 16  # characters enough for a count and its measure word (11317间, 1.2万户)


_QUOTED_NAME_CLOSING = compile_pattern(r"[“\"‘「『][^”\"’」』]{1,12}[”\"’」』](?=[，,。；;！？!?\s]|$)")


def _manner_of_a_change(text: str, start: int, phrase: str) -> bool:
    """The phrase at start is words of manner and a change verb follows them, in the phrase or right after it
    (32.4%波动下降至, 6.2%震荡回落至): the phrase says how a level changed to the next, it measures nothing."""
    tagged = phrase_words(text[start : start + len(phrase) + _CHANGE_VERB_CHARS])
    words = [word for word, _ in tagged]
    if not words or a_change_verb(words[0]):
        return False
    manner = 0
    while manner < len(words) and len("".join(words[: manner + 1])) <= len(phrase) and not a_change_verb(words[manner]):
        if not tagged[manner][1].startswith(_MANNER_WORD_TAGS):
            return False  # 境外输入病例增幅: a noun names what changed
        manner += 1
    return 0 < manner < len(words) and a_change_verb(words[manner])


_CHANGE_VERB_CHARS = 4
_MANNER_WORD_TAGS = ("v", "d", "a")  # 波动 (vn), 震荡 (v), 逐步 (d), 大幅 (ad)
_FIGURE_END = compile_pattern(r"[0-9０-９%％‰]")


def _manner_after_a_figure(text: str, phrase: str, figure_start: int) -> bool:
    """The phrase before a figure stands right after the figure before it and before a change verb (由32.4%波动下降至
    21.6%): the manner of the change from that level, not what the level after measures (重症病例减少174例 keeps
    its noun: no figure before it)."""
    at = text.rfind(phrase, max(0, figure_start - _PHRASE_REACH), figure_start)
    return at > 0 and _FIGURE_END.match(text, at - 1) is not None and _manner_of_a_change(text, at, phrase)


_PHRASE_REACH = 40


def _link_split_a_verb(raw_before: str, before_core: str) -> bool:
    """Whether stripping the link words cut the last word in two, a governing verb (紧急下达 -> 紧急下: 达 is a link
    only as a word of its own)."""
    raw = raw_before.rstrip()
    verb = _governing_end().search(raw)
    return verb is not None and 0 < len(raw) - len(before_core) < len(verb.group())


# the tags of words saying how something was done: adverbs, adjectives (紧急), conjunctions
_MANNER_TAGS = (*ADVERB_TAGS, "a", "ad", "c")


def _kind_of_money(phrase: str) -> bool:
    """A noun phrase naming a kind of money (研发经费, 救灾资金), not a verb phrase ending in one (予以补助)."""
    return phrase.endswith(lexicon.money_words()) and phrase_words(phrase)[0][1] != "v"


def _only_manner_words(phrase: str) -> bool:
    return bool(phrase) and all(tag in _MANNER_TAGS for _, tag in phrase_words(phrase))


@cache
def _rank_phrases() -> tuple[str, ...]:
    return tuple(lexicon.word_list("rank_phrases_after_figures.txt"))


@cache
def _degree_words() -> tuple[str, ...]:
    """Words of degree that rank a figure written after them (最高, 较为严重); after a count or an age they may open
    its noun (3个最美乡村, 90岁最高龄患者)."""
    return tuple(lexicon.word_list("degree_words_after_figures.txt"))


def _window_end(text: str, claim: Claim) -> int:
    """Where the phrase after a figure starts: past the end of the time window or the limit it sets (应在1小时
    内向指挥部报告, 14天以内, 5公里内禁止…), which is the figure's, not what follows it. After a duration always
    (jieba reads 内向 as one word, introverted), after another figure when 内 is a word of its own (3个内地城市
    counts 内地城市)."""
    end = claim.end
    if claim.kind == "count" and (second := _second_measure_word().match(text, end)):
        end = second.end()  # 32.8万台（套）农业机械: the measure word the figure is also counted in, then its noun
    window = _WINDOW_END.match(text, end)
    if window is None or (claim.kind != "duration" and not starts_a_word(text, window.end())):
        return end
    return window.end()


_WINDOW_END = compile_pattern(r"\s?(?:以内|之内|内)")


@cache
def _second_measure_word() -> re.Pattern[str]:
    """A measure word of counts in brackets right after a figure's own (32.8万台（套）, 1200个（次）): the figure is
    counted in either (lexicon/units.tsv)."""
    words = [surface for surface, unit in lexicon.units().items() if unit.kind == "count" and len(surface) <= 2]
    return compile_pattern(f"[（(](?:{lexicon.alternation(words)})[)）]")


@cache
def _per_number_pattern() -> re.Pattern[str]:
    """每10股: the number of units a rate is per (lexicon/per_number_units.txt)."""
    return compile_pattern(f"每[0-9０-９]+(?:{lexicon.alternation(lexicon.word_list('per_number_units.txt'))})")


def _after_a_per_number(text: str, start: int, end: int) -> int:
    """Where the words after the last 每10股 in text[start:end] begin, else start: what is paid per ten shares
    (每10股派发现金红利3.16元 names 派发现金红利), as a clause begins after a figure."""
    ends = [match.end() for match in _per_number_pattern().finditer(text, start, end)]
    return ends[-1] if ends else start


@cache
def _per_unit_end() -> re.Pattern[str]:
    """每斤, 每个小时 written just before a figure: the unit the figure is per; with 平均 before or after it (平均每日
    10510公噸, 每日平均…), the average per that unit."""
    return compile_pattern(f"(?:{_AVERAGE})?每个?(?:{lexicon.alternation(list(lexicon.units()))})(?:{_AVERAGE})?$")


_AVERAGE = "平均"
# a bracket of examples (a list, or one item closed by 等) right before the figure, after the noun they are of
_EXAMPLES_IN_BRACKETS_AT_END = compile_pattern(r"[（(][^（()）]*(?:、[^（()）]*|等)[）)]\s*$")


def _level_noun_after(text: str, start: int) -> str | None:
    """The noun phrase at start when it ends with a noun of lexicon/level_nouns_after_a_figure.txt and names what it is
    a level of (销售目标), else None: 目标 alone (…文旅综合收入突破50亿的目标) frames figures named before it."""
    phrase = tidy_metric(_phrase_after(text, start, nouns_only=True))
    return phrase if phrase and phrase.endswith(_level_nouns()) and phrase not in _level_nouns() else None


@cache
def _level_nouns() -> tuple[str, ...]:
    return tuple(lexicon.word_list("level_nouns_after_a_figure.txt"))


@cache
def _measures_named_by_verbs() -> dict[str, str]:
    return lexicon.word_table("measures_named_by_verbs.tsv")


@cache
def _attribute_nouns() -> tuple[str, ...]:
    """价值, 金额, 总投资: longest first, so 总金额 wins over 金额."""
    return tuple(sorted(lexicon.word_list("metric_attribute_nouns.txt"), key=len, reverse=True))


@cache
def _means_preposition() -> re.Pattern[str]:
    return compile_pattern(f"(?:{lexicon.alternation(lexicon.word_list('metric_means_prepositions.txt'))})$")


def _money_like(claim: Claim) -> bool:
    """A sum of money, or money per something (每年约170亿元: 元/年)."""
    return claim.kind == "money" or (claim.kind == "rate" and claim.unit.split("/")[0] in currency_words())


def _noun_phrase(phrase: str, ends: tuple[str, ...] = ("v",)) -> str:
    """The phrase up to the verb (or another word tagged in ends) after its first noun: "现金送给李春" ->
    现金 (what follows says what was done with it, not what it is)."""
    position, seen_noun = 0, False
    for word, tag in phrase_words(phrase):
        if seen_noun and tag in ends:
            return phrase[:position]
        seen_noun = seen_noun or tag.startswith("n")
        position += len(word)
    return phrase


_DISPOSAL_MARKERS = ("将", "把")


def _case_event_verb_ending(phrase: str) -> str | None:
    """The verb of what was done to the cases counted after it (lexicon/case_event_verbs.txt) ending the phrase before
    the count, else None; not one closing a relative clause with 的 (贵州省收治的146例确诊病例已全部治愈出院: what the
    cases did is said after them)."""
    return next((verb for verb in _case_event_verbs() if phrase.rstrip().endswith(verb)), None)


@cache
def _case_event_verbs() -> tuple[str, ...]:
    return tuple(lexicon.word_list("case_event_verbs.txt"))


def _has_a_noun(phrase: str) -> bool:
    return any(tag.startswith("n") for _, tag in phrase_words(phrase))


def _a_share_of_the_whole(metric: str) -> bool:
    """ "装备制造业增加值增长8.5%，占规模以上工业比重21.9%": a clause opening with 占 says what share of the whole
    the part measured before it is; the part is its elided subject. A word opening with 占 that is a verb of its own
    (占地面积, 占用耕地: lexicon/share_verb_lookalikes.txt) is no share; jieba's cut is not asked, as it reads
    占前三季度预期目标 as 占前 (leading)."""
    return (
        metric.startswith(SHARE_VERB)
        and len(metric) > 2
        and not metric.startswith(lexicon.word_list("share_verb_lookalikes.txt"))
    )


@cache
def _level_links() -> re.Pattern[str]:
    links = lexicon.alternation(lexicon.word_list("level_after_change_links.txt"))
    return compile_pattern(rf"[\s，,]*(?:{links})[\s:：]*")


def _reaching_a_level(raw_before: str) -> bool:
    """The phrase before a figure opens with a verb of a level reached (升至, 增至: lexicon/level_reached_verbs.txt),
    after an adverb at most, and names no thing of its own: at most a time and 的 (升至本周首5日的)."""
    return _level_reached_opening().fullmatch(raw_before.strip()) is not None


@cache
def _level_reached_opening() -> re.Pattern[str]:
    verbs = lexicon.alternation(lexicon.word_list("level_reached_verbs.txt"))
    return compile_pattern(rf"(?:再|又|进一步|则|并)?(?:{verbs})(?:[^，,。；;、]{{0,12}}的)?")


def _rate_noun_opening(raw_before: str) -> str | None:
    """The noun of a change's rate opening a phrase that names nothing else (增速环比提高, 增幅同比回落), else None."""
    phrase = raw_before.strip()
    return next((noun for noun in _change_rate_nouns() if phrase.startswith(noun)), None)


_POINTS = ("百分点", "千分点")


def _level_after_a_change(raw_before: str) -> bool:
    """Whether only a word leading to a level (达, 为: lexicon/level_after_change_links.txt) stands between a
    change and this figure."""
    return _level_links().fullmatch(raw_before) is not None


@cache
def _change_rate_nouns() -> tuple[str, ...]:
    """增幅, 增速, 升幅… (lexicon/change_rate_nouns.txt), read once for the three rules that name a rate."""
    return tuple(lexicon.word_list("change_rate_nouns.txt"))


def _without_rate_noun(metric: str) -> str:
    """中国大陆旅客增幅 -> 中国大陆旅客: the level is of what changed, not of its rate (change_rate_nouns.txt)."""
    for noun in _change_rate_nouns():
        if metric.endswith(noun) and len(metric) > len(noun):
            return metric[: -len(noun)]
    return metric


def _average_change(raw_before: str) -> str | None:
    """两年平均增长, 年均增长 as the whole phrase before a change: the averaging words with their verb, written
    without spaces (lexicon/average_change_openers.txt), else None."""
    phrase = _LEADING_PUNCTUATION.sub("", raw_before).replace(" ", "")
    return phrase if _average_change_phrase().fullmatch(phrase) else None


_LEADING_PUNCTUATION = compile_pattern(r"^[，,；;、\s]+")


@cache
def _average_change_phrase() -> re.Pattern[str]:
    openers = "|".join(f"(?:{p})" for p in lexicon.word_list("average_change_openers.txt"))
    verbs = lexicon.change_verbs()
    return compile_pattern(f"(?:{openers})(?:{verbs})了?")


# a share of a place's whole that names no measure (占全国, 占全省的): 全 and a level of place, nothing after
_SHARE_OF_A_PLACE_ALONE = compile_pattern(r"占全(?:国|省|市|县|区|州|球|世界)的?(?:比重|比例)?$")


def _without_elliptical_measure(metric: str, share: str) -> str:
    """装备制造业增加值 -> 装备制造业: the part whose share of the whole is given, its 增加值 understood in both
    (占规模以上工业比重); before a share of a place's whole alone (规模以上企业利润…占全国的32.0%) the part keeps its
    measure, or the shares of two measures would read alike."""
    if _SHARE_OF_A_PLACE_ALONE.match(share):
        return metric
    for measure in sorted(elliptical_measures(), key=len, reverse=True):
        if metric.endswith(measure) and len(metric) - len(measure) >= 2:
            return metric[: -len(measure)]
    return metric


@cache
def _group_bar_pattern() -> re.Pattern[str]:
    endings = lexicon.alternation(lexicon.word_list("group_bar_endings.txt"))
    bars = lexicon.alternation(sorted(threshold_verbs(), key=len, reverse=True))
    number = r"[0-9０-９一二三四五六七八九十百千万亿两]"
    clause = r"[^，,。；;：:的\n]"
    # the bar (…1000万吨以上 / …超百亿元) before 的, the group's noun, and the verb of having it
    return compile_pattern(
        rf"(?P<bar>{clause}*?{number}{clause}*?(?:{endings})|{clause}*?(?:{bars}){number}{clause}*?)"
        rf"的(?P<head>[\u4e00-\u9fff]{{0,8}}?)(?:有|共有|共|为|达|计)?$"
    )


def _group_bar(raw_before: str, clause_start: int, mentions: dict) -> tuple[str, str] | None:
    """ "年吞吐量1000万吨以上的港口有" -> (年吞吐量1000万吨以上, 港口): a bar or band defining the group a count
    counts, and the group's noun ("" when the clause names none: 增幅在50%以内的有), or None. A time phrase or
    place opening the clause is left off (the period's and the subject's)."""
    offset = 0
    period = period_pattern(raw_before).match(raw_before)
    if period and period.end():
        offset = period.end()
    place = mentions.get(clause_start + offset)
    if place is not None and place.end <= clause_start + len(raw_before):
        offset = place.end - clause_start
    leading = _PART_OPENING.match(raw_before, offset)  # 当中三级或以上的火警有: a part's opening word, no bar's
    offset = leading.end() if leading else offset
    match = _group_bar_pattern().search(raw_before, offset)
    if match is None or match.start() != offset:
        return _unlinked_bar(raw_before[offset:])
    bar = match["bar"].strip()
    return (bar, match["head"]) if bar and not bar.isdigit() else None


# the word opening a part of what was counted before (其中, 当中, as Hong Kong writes it)
_PART_OPENING = compile_pattern(r"(?:其中|当中)[，,：:]?")
# the verb of having a barred group's figure (…河流有55条, …企业共120家)
_GROUP_HAVING = compile_pattern(r"(?:共有|有|共|为|达|计)$")


def _unlinked_bar(phrase: str) -> tuple[str, str] | None:
    """ "流域面积大于100平方公里河流有" -> (流域面积大于100平方公里, 河流): a bar a comparative opens (大于, 超过:
    lexicon/bar_comparatives.txt) written right before the group's noun, with no 的; the noun is nouns only."""
    figures = find_quantities(phrase)
    if not figures:
        return None
    last = figures[-1]
    if not (bar_comparative().match(last.mention) or bar_comparative_before().search(phrase, 0, last.start)):
        return None
    head = _GROUP_HAVING.sub("", phrase[last.end :])
    words = phrase_words(head)
    if not words or len(head) > 8 or not all(tag.startswith("n") and tag != "nr" for _, tag in words):
        return None
    return phrase[: last.end].strip(), head


@cache
def _bare_share_nouns() -> frozenset[str]:
    """占比, 比重: the generic share metrics (generic_share_metrics.txt) that name a share, not a rate of change."""
    return frozenset(m for m in lexicon.word_list("generic_share_metrics.txt") if "比" in m or "份额" in m)


def _kept_owner(raw_before: str, metric: str) -> str | None:
    """The owner _after_last_verb kept before a measure taken by a verb of metric_owner_verbs.txt (区域枢纽 of
    "区域枢纽完成货邮吞吐量"), or None when the metric names no owner so."""
    verbs = list(_owner_verb().finditer(raw_before))
    if not verbs:
        return None
    verb = verbs[-1]  # the last one takes the measure
    measure = strip_links(raw_before[verb.end() :].strip())
    if not measure or not metric.endswith(measure) or len(metric) == len(measure):
        return None
    owner = metric[: -len(measure)]
    return owner if names_an_owner(owner) else None


@cache
def _list_object_verb() -> re.Pattern[str]:
    """A verb taking a list of names as one object (审结, 查处, 共有: lexicon/list_object_verbs.txt), the last one in
    an item of that list, and the name after it up to the item's 、 (no figure, place or break in it)."""
    verbs = lexicon.alternation(lexicon.word_list("list_object_verbs.txt"))
    return compile_pattern(rf"(?:{verbs})(?P<name>[^0-9０-９%％，,。；;：:、（）()\s]{{2,12}})$")


def _object_listed_before(text: str, claim: Claim, clause_start: int, mentions: dict) -> str | None:
    """The item a 、 joins before the phrase naming the figure, after the verb that takes them both ("全年审结涉外、
    涉港澳台案件1359件": 涉外) or opening the clause ("Ⅳ、Ⅴ类的占65.8%": Ⅳ; after the place opening it: 全市新建、
    改扩建学校12所), or None: the phrase opens its clause."""
    if clause_start - 1 <= claim.sentence_start or text[clause_start - 1] != "、":
        return None
    reach = max(claim.sentence_start, clause_start - 1 - _ITEM_REACH)
    item = _list_object_verb().search(text, reach, clause_start - 1)
    if item is not None:
        return item["name"]
    item = _ITEM_OPENING_ITS_CLAUSE.search(text, reach, clause_start - 1)
    if item is None:
        return None
    place = mentions.get(item.start("name"))
    start = place.end if place is not None else item.start("name")
    return text[start : clause_start - 1] if start < clause_start - 1 else None


# the item opens its clause ("主要河流断面中,Ⅳ、Ⅴ类的占65.8%", "高中、中职学校在校生"): the items are named together
_ITEM_OPENING_ITS_CLAUSE = compile_pattern(r"(?:^|[，,；;：:])(?P<name>[^0-9０-９%％，,。；;：:、（）()\s]{1,12})$")


_ITEM_REACH = 16  # characters before the 、 looked over for the verb and its first object


_MEASURED_REACH = 3  # figures looked back over for the last measure (past its changes: 同比增长3.8%)


def _measured_before(claims: list[Claim], i: int) -> Claim | None:
    """The nearest figure before claims[i] in its article that is no change (a change's metric is its measure's,
    given later), with a metric."""
    for before in reversed(claims[max(0, i - _MEASURED_REACH) : i]):
        if before.article_index != claims[i].article_index:
            return None
        if before.kind != "change":
            return before if before.metric else None
    return None


def _singled_out_after(text: str, claim: Claim, part: str) -> bool:
    """The part's measure is written after the figure in its full stop (旅客周转量完成15799亿人公里，…，其中动车组旅客
    周转量10845亿人公里): the figure is the whole's, its part singled out next."""
    stop = _FULL_STOP.search(text, claim.end)
    return text.find(part, claim.end, stop.start() if stop else len(text)) >= 0


def _owner_before_the_word(metric: str, word: str) -> str:
    """What stands before the word in the metric, word for word (国家铁路 before 货运 of 国家铁路货运发送量), or ""
    where the metric has no such word after another (卫生 of 社区卫生服务中心 is no 卫生院)."""
    at = 0
    for written, _ in phrase_words(metric):
        if written == word and at:
            return metric[:at]
        at += len(written)
    return ""


def _owner_of_a_parallel_measure(
    raw_before: str, metric: str | None, earlier: str | None, owned: tuple[int, str] | None
) -> str | None:
    """The owner of the figure before (国家铁路 of 国家铁路货运发送量, or of 国家铁路完成旅客发送量) for a clause
    that is only a measure of the same kind as that figure's (货运周转量: ending as 货运发送量 does, in 量), or
    None. Without a verb to mark it the owner is what stands before the earlier measure's word this one opens
    with (货运)."""
    if not metric or not earlier or len(metric) < 3:
        return None
    if strip_links(raw_before.lstrip("，,；;、 ").strip()) != metric:
        return None  # the clause names more than its measure: its own owner or a verb
    if owned is not None and earlier.startswith(owned[1]):
        owner = owned[1]
    else:
        owner = _owner_before_the_word(earlier, phrase_words(metric)[0][0])
    measure = earlier[len(owner) :]
    # 国家铁路货运发送量 then 货运周转量: another measure of one kind; 肺炎确诊病例 then 确诊病例 restates the same one
    if not owner or not measure or measure == metric or measure[-1] != metric[-1] or metric.startswith(owner):
        return None
    return owner if names_an_owner(owner) else None


def _owned_elsewhere(raw_before: str, metric: str | None) -> bool:
    """Whether a clause's figure names no owner of its own measure: the clause opens with a verb of
    metric_owner_verbs.txt (；实现毛利) or is only an elliptical measure (，毛利率为)."""
    if not metric:
        return False
    opening = raw_before.lstrip("，,；;、 ")
    verb = _owner_verb().match(opening)
    if verb is not None:
        return metric == strip_links(opening[verb.end() :].strip())
    return metric in elliptical_measures() and _owner_verb().search(raw_before) is None


@cache
def _owner_verb() -> re.Pattern[str]:
    return compile_pattern(f"(?:{lexicon.alternation(sorted(owner_verbs(), key=len, reverse=True))})了?")


def _opens_with_a_manner(tail: str) -> bool:
    """The words after a figure open with how something changed (大幅改善, 明显增加; 微 only as a word of its own, not
    the 微 of 微信群)."""
    if not tail[:1] or tail[0] not in _manner_openings():
        return False  # most figures: no jieba call
    if tail.startswith(_long_manners()):
        return True
    first = phrase_words(tail[:_MANNER_REACH])
    return bool(first) and first[0][0] in change_manners()


@cache
def _long_manners() -> tuple[str, ...]:
    return tuple(word for word in change_manners() if len(word) > 1)


@cache
def _manner_openings() -> frozenset[str]:
    return frozenset(word[0] for word in change_manners())


_MANNER_REACH = 4  # characters after a figure read for a word of how it changed (微, 略)


def _the_next_pairs_word(text: str, end: int, after: str, before: str) -> bool:
    """A run of word-figure pairs with no comma between (累计确诊570例出院131例: lexicon/headline_run_words.txt): the
    word right after a count that has its own word before it, running straight into the next figure, is that
    figure's."""
    words = _headline_run_words()
    if after not in words or not before.endswith(words) or not text.startswith(after, end):
        return False
    return _A_FIGURE_OPENING.match(text, end + len(after)) is not None


def _a_sum_running_after(text: str, end: int, after: str) -> bool:
    """The phrase after a figure names a kind of money (lexicon/money_words.txt) and runs straight into the next
    figure, no comma between (项目41个总投资98.13亿元): the sum's name, not the figure's noun."""
    return (
        _kind_of_money(after)
        and text.startswith(after, end)
        and _A_FIGURE_OPENING.match(text, end + len(after)) is not None
    )


@cache
def _headline_run_words() -> tuple[str, ...]:
    return lexicon.word_list("headline_run_words.txt")


_A_FIGURE_OPENING = compile_pattern(r"[0-9０-９]")


# a quoted name right after a figure, with the noun it names after it (“国球进社区、进公园”项目)
_QUOTED_OPENING = compile_pattern(r"[“「][^”」，,。；;]{1,20}[”」](?=[\u4e00-\u9fff])")


def _phrase_after(text: str, end: int, nouns_only: bool = False) -> str:
    """The noun phrase right after a figure, up to a clause boundary or a verb that ends it; with
    nouns_only (a count's or a measure's), up to a locality word or preposition after its noun, and up to
    the verb after it when the phrase does not close its clause ("42家公司净利润增速超100%", "10家上市公司
    披露业务与其相关" -> 公司, 上市公司); a phrase closing its clause on a noun or a verb keeps its verbs,
    which jieba also finds inside nouns ("19例新型肺炎确诊病例，" -> 新型肺炎确诊病例; "260余名村民就业。"
    keeps 就业; "307种药够用吗" -> 药)."""
    return _phrase_in(text[end : end + 40], nouns_only)


@lru_cache(maxsize=65536)  # what follows a figure repeats (例，, 万元，同比增长), in feeds document after document
def _phrase_in(tail: str, nouns_only: bool) -> str:
    """_phrase_after of the forty characters after the figure: they alone decide."""
    if tail.startswith(modal_words()):
        # "30种可能对病毒有治疗作用的药物": a modal word opens a relative clause, and the noun counted follows its 的
        # (within the clause); with no 的 the words after the figure name nothing counted
        clause = _CLAUSE_END.search(tail)
        of = tail.find("的", 0, clause.start() if clause else len(tail))
        return _phrase_in(tail[of + 1 :], nouns_only) if of > 0 else ""
    kinds = DIVISION_KINDS.match(tail) if nouns_only else None
    if kinds:
        return kinds.group()  # 涉及21个市（州）: the divisions counted, their other kind in brackets part of the noun
    reporting = _DIVISIONS_REPORTING.match(tail) if nouns_only else None
    if reporting:
        # 山西省9个市累计报告新型冠状病毒感染的肺炎确诊病例27例: the divisions that reported, not the cases after the
        # relative clause's 的 (a division word opening its own clause's verb)
        return reporting["kind"]
    history = history_phrase().match(tail)
    if history:
        # "7例有武汉外湖北其他地区旅居史", "9例有湖北及其他省份接触史": the places, 外 and 及 inside a history the
        # cases had are words of it, up to its 史
        return history.group()
    # "1例境外（印度尼西亚）输入新冠肺炎确诊病例": a short note in brackets inside the phrase names no part of it
    tail = _NOTE_INSIDE_A_PHRASE.sub("", tail, count=1)
    tail = _without_a_province_stayed_in(tail)
    code = _CODE_START.match(tail)  # 两个4A级景区, 3个5G基站: a grade or code opens the noun
    # 15个“国球进社区、进公园”项目: a quoted name opening the noun holds its own list marks
    quoted = _QUOTED_OPENING.match(tail)
    boundary = _AFTER_BOUNDARY.search(tail, code.end() if code else quoted.end() if quoted else 0)
    if boundary:
        tail = tail[: boundary.start()]
    # the phrase runs to the end of its clause, not into the next figure
    closes_clause = boundary is not None and not boundary.group().isdigit()
    if tail.startswith("的"):
        return ""  # "4041万元的人身意外险": the figure qualifies the noun; its metric is before it
    if _opens_with_a_manner(tail):
        return ""  # 较上年的8.37亿元大幅改善: how it changed, after a figure compared with, names nothing counted
    if marker_pattern().match(tail):
        # "北京新增17例累计确诊156例": a running-total, stock or flow word opens the next figure; when no figure
        # follows in the clause it opens the figure's own noun ("仍有3名重症患者在医院治疗" counts 重症患者)
        last_of_clause = boundary is None or not boundary.group().isdigit()
        return _marked_noun(tail) if nouns_only and last_of_clause else ""
    stop = next((m for m in _after_stop().finditer(tail) if _a_stop_word(tail, m.start(), m.end())), None)
    if stop:
        tail = tail[: stop.start()]
    tail = QUOTE_CHARS.sub("", tail).strip()
    given = _GIVEN_TO.search(tail)
    if given is not None and "的" in tail[given.end() :]:
        # "提供31,100个租住公屋单位给合资格的家庭": the noun counted ends at 给, before whom it goes to and their 的
        # (jieba reads 给合 as one word)
        return _noun_phrase(tail[: given.start()])
    if "的" in tail:
        # "30余个深受群众喜爱的传统戏曲节目": a relative clause (four characters or more), the noun
        # follows its 的; "15个方面的问题", "39个行政村的党群服务中心": a short noun before 的 is counted
        head, _, rest = tail.partition("的")
        noun = rest.split("的", 1)[0]
        # "150万元省级示范项目的基础上": 基础上 places the argument, the project is what is counted
        # "65个基层医疗卫生机构的初步监测情况": nouns alone before 的 own what follows
        owner = len(head) <= 3 or all(tag.startswith("n") for _, tag in phrase_words(head))
        # "两次严格的核酸检测", "3个重要的项目": an adjective or adverb before 的 describes the noun after it, which
        # is what is counted; a metric is a noun phrase
        describing = all(tag.startswith(("a", "d")) for _, tag in phrase_words(head))
        tail = head if (owner and not describing) or not rest or noun in _function_words() else noun
        if tail == noun and noun:
            # 2例输入性新型冠状病毒感染的肺炎确诊病例: the kind before the topic's name tells the cases apart
            tail = kind_before_its_topic(f"{head}{OF}{noun}", noun) or tail
    elif nouns_only:
        if (
            boundary is not None
            and boundary.group().isdigit()
            and tail.endswith(LEVEL_REACHED)
            and not _has_a_noun(tail)
        ):
            return ""  # 由411例订正为631例, 由5个增加到8个: words that only lead to the next figure count nothing
        # a locality word or a preposition after the noun (在310个老旧小区周边…, 6个区通过…认定) ends it
        last_tag = phrase_words(tail)[-1][1] if tail else ""
        # not a verb of giving to (21,930个单位预留给公屋轮候册申请人: what is done with the units, and to whom)
        keeps_verbs = (
            closes_clause and stop is None and last_tag.startswith(("n", "v")) and _GIVEN_TO.search(tail) is None
        )
        tail = _noun_phrase(tail, ends=("f", "p") if keeps_verbs else ("v", "f", "p"))
        if not closes_clause:
            tail = _counted_body(tail)
    # the whole a part is counted in, its locality word closing the clause (31,100個租住公屋單位當中，有12,600個新單位)
    tail = tail.removesuffix("当中").removesuffix("之中")
    if len(tail) > MAX_METRIC:
        # 2名治愈患者走出自治区第四人民医院隔离病区: a doing too long to name the count is not its name; the people
        # or cases doing it are, where they open the phrase
        return _people_opening(tail) or tail[: _word_end_before(tail, MAX_METRIC)]
    return tail


def _without_a_province_stayed_in(tail: str) -> str:
    """在沪密切接触者正在医学观察 -> 密切接触者正在医学观察: 在 and a province's one-character name (lexicon/
    province_one_character_names.txt), each a word of its own, say where the people counted stay, no word of them."""
    if not tail.startswith(_STAYING_AT):
        return tail
    words = phrase_words(tail[:_PROVINCE_STAY_WINDOW])
    if len(words) > 2 and words[0][0] == _STAYING_AT and words[1][0] in _province_one_character_names():
        return tail[len(_STAYING_AT) + 1 :]
    return tail


_STAYING_AT = "在"
_PROVINCE_STAY_WINDOW = 8  # 在, the name and the noun's first word are enough for jieba's cut


@cache
def _province_one_character_names() -> frozenset[str]:
    return frozenset(lexicon.word_list("province_one_character_names.txt"))


# a kind of division counted, then the verb its divisions did (9个市累计报告…, 13个县区陆续出现…)
_DIVISIONS_REPORTING = compile_pattern(
    r"(?P<kind>地市|县区|市州|[省县市区旗镇乡州])(?=累计|报告|共|均已|均有|已|先后|陆续|相继|出现|发现)"
)


# 给 after the noun a figure counts: the noun ends there (not 供给, 补给, 配给, 发给, 交给, 递给, 给予, 给水, 给付)
_GIVEN_TO = compile_pattern(r"(?<=[\u4e00-\u9fff]{2})(?<![供补配发交递送])给(?![予水付])")


def _people_opening(phrase: str) -> str | None:
    """The words opening a phrase up to the first noun naming people or cases (治愈患者, 普通病例) that a word of
    another kind or a single character follows (a verb, a preposition: 走出, 经, which jieba tags a noun), or None.
    Only nouns, verbs and adjectives may describe the people before it (治愈, 普通)."""
    words = phrase_words(phrase)
    position = 0
    for at, (word, tag) in enumerate(words[:-1]):
        if not tag.startswith(_DESCRIBING_TAGS):
            return None
        position += len(word)
        following, following_tag = words[at + 1]
        if (
            tag.startswith("n")
            and word.endswith(people_or_case_endings())
            and (not following_tag.startswith("n") or len(following) == 1)
        ):
            return phrase[:position]
    return None


_DESCRIBING_TAGS = ("n", "v", "a")


def _word_end_before(phrase: str, at: int) -> int:
    """The last word start at or before `at`: a phrase cut to length ends on a word (普通病例经定点医院医护团队严密,
    not …严密监); where no word starts in it, `at`."""
    if len(phrase) <= at:
        return len(phrase)
    end = at
    while end > 0 and not starts_a_word(phrase, end):
        end -= 1
    return end or at


# where a clause ends after a figure, figures inside it (对2019-nCoV有…) going on with it
_CLAUSE_END = compile_pattern(r"[，,。；;：:！？!?\n]")


# the tags of words that end a noun phrase after it: a preposition, a time, an adverb, a conjunction
_NOUN_PHRASE_ENDERS = ("p", "t", "d", "c")


def _marked_noun(phrase: str) -> str:
    """The noun a stock or flow word opens after a count ("重症患者在医院接受治疗" -> 重症患者, "重症病例目前生命
    体征平稳" -> 重症病例): the nouns opening the phrase, up to the first naming people or cases, unless a verb
    follows that one; nouns naming neither are the count's only when they are the whole phrase. Anything else
    is no noun of the count's ("")."""
    words = phrase_words(phrase)
    position = 0
    for at, (word, tag) in enumerate(words):
        if not tag.startswith("n") or tag.startswith("nr"):
            return ""
        position += len(word)
        if word.endswith(people_or_case_endings()):
            # the people's noun ends at a preposition, a time or an adverb after it (在医院…, 目前…); other words
            # may say what they did ("2例危重患者出院", "1例重症病例转为普通病例": jieba tags 出院 a noun), and
            # what is counted is then the doing (read by _people_doing), not the people in the condition
            ended = at + 1 == len(words) or words[at + 1][1] in _NOUN_PHRASE_ENDERS
            return phrase[:position] if ended else ""
    return phrase if position == len(phrase) else ""


def _counted_body(phrase: str) -> str:
    """ "42家公司净利润增速超100%", "12个县森林覆盖率超过60%": a count whose phrase runs into the next
    figure counts the bodies or places (公司, 县) whose measure the next figure gives; the phrase ends
    with the last word naming one, when a measure follows it."""
    position, cut = 0, 0
    words = phrase_words(phrase)
    for word, _ in words[:-1]:
        position += len(word)
        # 市重点项目, 省重大项目: a division's word opening another word (division_nouns.tsv) names the projects' level
        if word.endswith(name_endings()) and not _a_divisions_level(phrase, word, position - len(word)):
            cut = position
    return phrase[:cut] if cut else phrase


def _a_divisions_level(phrase: str, word: str, at: int) -> bool:
    """The word at `at` is a kind of division the words after it make part of another word (市重点项目)."""
    return is_division_noun(word) and counted_division_noun(phrase, at) is None


def _a_stop_word(tail: str, start: int, end: int) -> bool:
    """A stop word found in the phrase after a figure is one of its words: one inside a word (找到, 来到 are
    no 到) or opening a longer noun (被告 is no 被) ends nothing."""
    position = 0
    for word, tag in phrase_words(tail):
        if position == start:
            # a stop word of two characters opening a "person's name" is jieba's mis-reading (经过培训, nr), no name
            misread = tag == "nr" and end - start >= 2
            return position + len(word) <= end or not tag.startswith("n") or misread
        if position > start:
            return False
        position += len(word)
    return False


@cache
def _function_words() -> frozenset[str]:
    return frozenset(lexicon.word_list("metric_function_words.txt"))


def _name_by_unit(text: str, claims: list[Claim], place_ends: dict[int, str]) -> None:
    """ "王洪庙村共有560户、1503人": a place, a verb of having and figures with no noun: the unit says
    what is counted (户 -> 户数, 人 -> 人口, lexicon/unit_metrics.tsv). A body's people are its members, no
    population (天水代表团共有327人: 人数). `place_ends`: where each place or body named ends, and its role."""
    metrics = lexicon.word_table("unit_metrics.tsv")
    for i, claim in enumerate(claims):
        if claim.metric or claim.unit not in metrics:
            continue
        start, j = claim.start, i
        while j > 0 and claims[j - 1].sentence_start == claim.sentence_start:
            between = text[claims[j - 1].end : start].strip()
            if not lexicon.LIST_SEPARATOR.fullmatch(between or "-"):
                break
            j -= 1
            start = claims[j].start
        having = _HAVING.search(text, claim.sentence_start, start)
        if having and having.end() == start and having.start() in place_ends:
            body = place_ends[having.start()] == "organisation" and claim.unit == _PEOPLE
            claim.metric = _MEMBERS if body else metrics[claim.unit]


_PEOPLE = "人"
_MEMBERS = "人数"


@cache
def _object_verbs() -> dict[str, str]:
    return lexicon.word_table("metric_object_verbs.tsv")


def _an_object_of(verb: str, metric: str) -> bool:
    """Whether a figure's metric names the verb's object (疑似病例 for 排除): its word, and no verb after its
    first noun (疑似病例转为确诊病例 is a change, no object), and no such verb opening it (排除疑似病例)."""
    if _object_verbs()[verb] not in metric or metric.startswith(tuple(_object_verbs())):
        return False
    seen_noun = False
    for _, tag in phrase_words(metric):
        if seen_noun and tag.startswith("v"):
            return False
        seen_noun = seen_noun or tag.startswith("n")
    return seen_noun


def _levels_reached_after_a_change(text: str, claims: list[Claim]) -> None:
    """ "建築廢物量輕微增加約6%，至約每日4694公噸": a clause of the level reached alone (至, 到 and a qualifier or a
    unit it is per) after a change in another unit measures what changed."""
    for i in range(1, len(claims)):
        claim, change = claims[i], claims[i - 1]
        if (
            claim.metric is None
            and change.kind == "change"
            and change.metric
            and change.sentence_start == claim.sentence_start
            and _LEVEL_REACHED_ALONE.fullmatch(text, change.end, claim.start)
        ):
            claim.metric, claim.metric_basis = change.metric, "sentence"


# between a change and the level it reached: a pause, 至 or 到, and a qualifier or the unit the level is per (the
# metric step reads a Traditional text's Simplified view)
_LEVEL_REACHED_ALONE = compile_pattern(r"[，,]\s*(?:至|到|达到|达)\s*(?:约|近|超过)?\s*(?:平均)?(?:每[日天月年周])?")


def _bases_restated_after_a_change(text: str, claims: list[Claim]) -> None:
    """ "較二○二一年上升6.7%(即29 157宗)", "较二〇二一年下跌2.4%(即36 176宗)": the figure 即 opens in brackets right
    after a change is the level compared with, of what changed."""
    if _THAT_IS not in text:
        return  # most texts restate no level
    for change, claim in itertools.pairwise(claims):
        if change.kind == "change" and change.metric and RESTATED_BASE.fullmatch(text, change.end, claim.start):
            claim.metric, claim.metric_basis = change.metric, "sentence"
            continue
        named = _NAMED_BASE.search(text, max(claim.sentence_start, claim.start - _NAMED_BASE_REACH), claim.start)
        noun = _base_noun(named["noun"]) if named is not None else None
        if noun:
            # 较服务承诺的既定目标(即92.5%): the base named before the bracket is what the figure is
            claim.metric, claim.metric_basis = noun, "sentence"


def _base_noun(written: str) -> str | None:
    """The noun of a base named after a comparison word, without the time compared with and the word closing the
    comparison (二〇二一年相比: none)."""
    time = period_pattern(written).match(written)
    noun = _COMPARISON_CLOSE.sub("", written[time.end() :] if time else written)
    return tidy_metric(noun) if len(noun) >= _SHORTEST_BASE_NOUN else None


_THAT_IS = "即"
_COMPARISON_CLOSE = compile_pattern(r"(?:相比|相较|比较|对比)$")
_SHORTEST_BASE_NOUN = 2
# a base named after a comparison word, then its level in brackets after 即 (较服务承诺的既定目标(即92.5%))
_NAMED_BASE = compile_pattern(r"(?:较|比|与|同)(?P<noun>[^，,。；;（(\d]{2,16})[（(]\s*即\s*$")
_NAMED_BASE_REACH = 24


def _levels_of_a_comparison_base(text: str, claims: list[Claim]) -> None:
    """ "居民人均可支配收入3.2万元，高于全国平均的2.9万元", "高於全國平均的34.67％", "低于全国的66.2%": the figure
    right after the base a figure is compared with (高于, 低于 and a place, its 平均 or 平均水平, then 的) is the base's
    level of the same measure, in the same unit (the subject step gives it the base's place): not a measure named
    高于全国平.
    Without 的 (高于全省平均水平3.2个百分点) it is the difference from the base in that measure, the clause's own."""
    if _A_WHOLE_COMPARED.search(text) is None:
        return  # looked for once: most texts compare with no whole
    for i in range(1, len(claims)):
        claim = claims[i]
        window = max(claim.sentence_start, claim.start - _BASE_LEVEL_REACH)
        level = _BASE_LEVEL_BEFORE.search(text, window, claim.start)
        difference = None if level else _BASE_DIFFERENCE_BEFORE.search(text, window, claim.start)
        if level is None and difference is None:
            continue
        # the figure compared: the last before it in its sentence in the same unit (城镇化率达到65.1%，高于全省平均水平
        # 3.2个百分点，低于全国的66.2%: not the difference in 百分点), a percentage for a difference in 百分点
        unit = "%" if difference is not None and claim.unit == _PERCENTAGE_POINT else claim.unit.split("/")[0]
        compared = next(
            (
                c
                for c in reversed(claims[:i])
                if c.sentence_start == claim.sentence_start and c.unit.split("/")[0] == unit
            ),
            None,
        )
        if compared is None or not compared.metric:
            continue
        if level is not None:
            claim.metric, claim.metric_basis = compared.metric, "sentence"
            claim.kind, claim.unit = compared.kind, compared.unit  # 3.2万元 a person: so is the country's 2.9万元
        elif difference is not None:
            # 城镇化率高于全省平均水平: the measure and the base it is above or below
            claim.metric = compared.metric + _ADVERB_OF_DEGREE.sub("", difference["comparison"])
            claim.metric_basis = "sentence"


# a comparison with a whole taken as the base (，高于全国平均, ，略低于全省平均水平), its adverb of degree apart:
# right before the base's own level after 的 (高于全国平均的2.9万元), or before the difference from it
# (高于全省平均水平3.2个百分点)
_DEGREE = r"(?:也|均|略|明显|远)"
_COMPARED_WITH_A_WHOLE = (
    rf"{_DEGREE}?(?:高于|低于|高出|超过|超出|不及)"
    r"(?:全国|全省|全市|全区|全州|全县|全台|全港|全澳)(?:平均水平|平均值|平均)?"
)
_A_WHOLE_COMPARED = compile_pattern(_COMPARED_WITH_A_WHOLE)
_BASE_LEVEL_BEFORE = compile_pattern(rf"[，,]\s*{_COMPARED_WITH_A_WHOLE}的\s*$")
_BASE_LEVEL_REACH = 16
_BASE_DIFFERENCE_BEFORE = compile_pattern(rf"[，,]\s*(?P<comparison>{_COMPARED_WITH_A_WHOLE})\s*$")
_PERCENTAGE_POINT = "百分点"
_ADVERB_OF_DEGREE = compile_pattern(rf"^{_DEGREE}")


def _bracketed_items_before_their_noun(text: str, claims: list[Claim]) -> None:
    """ "有关襲警(-56.2百分點)、行劫(-27.2百分點)及刑事毀壞(-11百分點)案件的破案率大幅下降", "盗窃（-12.5%）、
    诈骗（-8.1%）及抢劫（-20.0%）案件的发案数均有所下降": items each with its figure in brackets, joined by a list word,
    and the noun they share written once after the last: each figure measures its item's noun (襲警案件的破案率), when
    none names anything of its own."""
    i = 0
    while i < len(claims):
        run = [claims[i]]
        while (
            i + len(run) < len(claims)
            and (following := claims[i + len(run)]).metric is None
            and _NEXT_BRACKETED_ITEM.fullmatch(text, run[-1].end, following.start)
        ):
            run.append(following)
        i += len(run)
        if len(run) < 2 or any(c.metric is not None or not _inside_its_brackets(text, c) for c in run):
            continue
        noun = _NOUN_AFTER_THE_ITEMS.match(text, run[-1].end)
        first_name = _ITEM_NAME_BEFORE.search(text, run[0].sentence_start, _bracket_open_before(text, run[0]))
        if noun is None or first_name is None:
            continue
        names = [_last_word(first_name["name"])] + [
            _NEXT_BRACKETED_ITEM.fullmatch(text, a.end, b.start)["name"] for a, b in zip(run, run[1:], strict=False)
        ]
        for claim, name in zip(run, names, strict=True):
            claim.metric = tidy_metric(name + noun["noun"]) or claim.metric
            claim.metric_basis = "sentence"


def _inside_its_brackets(text: str, claim: Claim) -> bool:
    return _OPENING_BRACKET_SIGNED.fullmatch(text, _bracket_open_before(text, claim), claim.start) is not None and (
        _CLOSING_BRACKET.match(text, claim.end) is not None
    )


def _bracket_open_before(text: str, claim: Claim) -> int:
    """Where the bracket the figure stands in opens (its sign, if any, between), else the figure's start."""
    at = max(text.rfind("(", claim.sentence_start, claim.start), text.rfind("（", claim.sentence_start, claim.start))
    return at if at >= 0 and claim.start - at <= _SIGN_REACH else claim.start


def _last_word(name: str) -> str:
    """有关襲警 -> 襲警: the item's own word, not what opens the clause before it."""
    words = phrase_words(name)
    return words[-1][0] if words else name


_SIGN_REACH = 3  # a bracket, a space and a sign before the figure
# from an item's closing bracket to the next one's figure: a list word, the item's name, its bracket and sign
_NEXT_BRACKETED_ITEM = compile_pattern(
    rf"\s*[)）]\s*(?:{lexicon.LIST_SEPARATOR.pattern})\s*(?P<name>[\u4e00-\u9fff]{{1,8}})\s*[(（]\s*[+＋]?"
)
# the first item's name, right before its bracket
_ITEM_NAME_BEFORE = compile_pattern(r"(?P<name>[\u4e00-\u9fff]{1,8})\s*$")
# the noun the items share, after the last one's bracket, up to a verb of change, an adverb or the clause's end
_NOUN_AFTER_THE_ITEMS = compile_pattern(
    r"\s*[)）]\s*(?P<noun>[\u4e00-\u9fff]{1,12}?)(?=大幅|明显|显著|均|都|亦|也|分别|有所|下降|上升|增加|减少|增长|"
    r"下跌|上涨|提高|降低|[，,。；;])"
)


# a bracket opening, maybe with a plus sign the figure is read without (增加5 000宗(+9.2%): Hong Kong's releases)
_OPENING_BRACKET_SIGNED = compile_pattern(r"\s*[（(]\s*[+＋]?")
_PLUS = ("+", "＋")
_OPENING_BRACKET = compile_pattern(r"\s*[（(]\s*")


def _changes_in_percent_in_brackets(text: str, claims: list[Claim]) -> None:
    """ "产生量较2023年每日增加约4945公噸（11%）": a percentage alone in brackets right after a change is that change
    said in percent, of the same measure; a signed figure alone in brackets after it (上升14.7%(+61宗)) is the change
    in the measure's own unit."""
    for i in range(1, len(claims)):
        claim, change = claims[i], claims[i - 1]
        if (
            claim.unit == "%"
            and claim.metric is None
            and change.kind == "change"
            and change.unit != "%"
            and _OPENING_BRACKET_SIGNED.fullmatch(text, change.end, claim.start)
            and _CLOSING_BRACKET.match(text, claim.end)
        ):
            claim.metric, claim.metric_basis, claim.kind = change.metric, "sentence", "change"
            claim.direction = change.direction
        elif (
            claim.metric is None
            and change.kind == "change"
            and claim.unit != change.unit
            and _CLOSING_BRACKET.match(text, claim.end)
            and (signed := _OPENING_BRACKET_SIGNED.fullmatch(text, change.end, claim.start)) is not None
            and (signed.group().rstrip().endswith(_PLUS) or claim.value < 0)
        ):
            # "暴力犯罪上升14.7%(+61宗)", "同比下降12.3%(-14宗)": a signed figure alone in brackets after a change is
            # that change in the measure's own unit, as Macau's and Hong Kong's releases write it
            claim.metric, claim.metric_basis, claim.kind = change.metric, "sentence", "change"
            claim.direction = "decrease" if claim.value < 0 else "increase"
        elif (
            claim.metric is None
            and change.kind == "change"
            and change.unit == "%"
            and claim.kind in _AMOUNTS
            and change.direction is not None
            and _CLOSING_BRACKET.match(text, claim.end)
            and _OPENING_BRACKET.fullmatch(text, change.end, claim.start)
        ):
            # "比上年增产2.7%(约15.8万吨)": an amount alone in brackets after a change in percent is that change in the
            # measure's own unit, its direction the change's
            claim.metric, claim.metric_basis, claim.kind = change.metric, "sentence", "change"
            claim.direction = change.direction


# a share's generic word and the name the statistics give it in brackets, right before the figure (占全市常住人口的
# 比重(常住人口城镇化率)为40.97%)
_NAMED_SHARE = compile_pattern(r"[（(](?P<name>[\u4e00-\u9fff]{2,12})[）)]\s*(?:为|是|达到|达|约为|约)?\s*$")


def _shares_named_in_brackets(text: str, claims: list[Claim]) -> None:
    """ "占全市常住人口的比重(常住人口城镇化率)为40.97%，比上年末提高2.52个百分点": a bare share (比重, 占比:
    lexicon/generic_share_metrics.txt) named in brackets before its figure measures that name, and so do the changes
    of it that follow in its sentence."""
    for i, claim in enumerate(claims):
        if not claim.metric or not claim.metric.endswith(tuple(_bare_share_nouns())):
            continue
        named = _NAMED_SHARE.search(text, claim.sentence_start, claim.start)
        if named is None or named.end() != claim.start:
            continue
        generic, claim.metric, claim.metric_basis = claim.metric, named["name"], "clause"
        for change in claims[i + 1 :]:
            if change.sentence_start != claim.sentence_start or change.metric != generic or change.kind != "change":
                break
            change.metric = claim.metric


def _shares_in_brackets_after_their_items(text: str, claims: list[Claim]) -> None:
    """ "旅客的消費主要用於購物(佔48.0%),其次為住宿(23.3%)及餐飲(20.9%)": a share alone in brackets right after a
    short item of a list, no metric of its own, is that item's share (购物占比)."""
    for claim in claims:
        if claim.metric or claim.kind != "percent" or claim.unit != "%":
            continue
        before = _ITEM_BEFORE_ITS_SHARE.search(
            text, max(claim.sentence_start, claim.start - _ITEM_SHARE_REACH), claim.start
        )
        if before is None:
            continue
        item = _LINK_OPENING_AN_ITEM.sub("", before["words"])
        # 平湖市(6.8%)、秀洲区(6.2%): a place's own figure in brackets, which the list steps name
        if _SHORTEST_ITEM <= len(item) <= _LONGEST_ITEM and gazetteer().lookup(item) is None:
            claim.metric, claim.metric_basis = item + SHARE_NOUN, "clause"


_ITEM_SHARE_REACH = 24
_SHORTEST_ITEM, _LONGEST_ITEM = 2, 6
# the words of a list's item right before the bracket holding its share, from the mark before them (a list's or a
# clause's, or the bracket closing the item before)
_ITEM_BEFORE_ITS_SHARE = compile_pattern(
    r"(?<![\u4e00-\u9fff])(?P<words>[\u4e00-\u9fff]{2,20})\s*[(（]\s*(?:占|约占)?\s*$"
)
# the link or joining word an item opens with (主要用于购物, 以购物, 其次为住宿, 及餐饮): no word of the item
_LINK_OPENING_AN_ITEM = compile_pattern(
    r"^(?:[^、，,]*?用于|[^、，,]*?以(?![上下来前后])|其次为|其次是|依次为|为|是|及|和|与)"
)


def _bracketed_figures_of_listed_places(text: str, claims: list[Claim]) -> None:
    """ "平湖市(6.8%)、秀洲区(6.2%)、南湖区(6.0%)": a figure alone in brackets after a listed name, with no metric of
    its own, measures what the figure of the name before it in the list does."""
    for previous, claim in zip(claims, claims[1:], strict=False):
        if claim.metric or not previous.metric or previous.kind != claim.kind:
            continue
        if _NEXT_LISTED_BRACKET.fullmatch(text, previous.end, claim.start):
            claim.metric, claim.metric_basis = previous.metric, "sentence"


# from a listed figure's closing bracket to the next one's inside its opening: a list mark and a name between
_NEXT_LISTED_BRACKET = compile_pattern(r"\s*[)）]\s*[、，,及和与]\s*[\u4e00-\u9fff]{1,12}\s*[(（]\s*")


def _visitors_of_a_bare_reception(text: str, claims: list[Claim]) -> None:
    """ "渝中区接待国内游客252.3万人次…；万盛经开区接待53.13万人次": a metric that is only a verb of receiving visitors
    (lexicon/attraction_verbs.txt) counts whom the latest figure before it in its full stop counted in the same
    unit (国内游客): the places listed in parallel, the noun written once."""
    for i, claim in enumerate(claims):
        if claim.metric not in _reception_verbs():
            continue
        for earlier in reversed(claims[:i]):
            if _FULL_STOP.search(text, earlier.end, claim.start):
                break
            if earlier.unit == claim.unit and earlier.metric and earlier.metric not in _reception_verbs():
                claim.metric, claim.metric_basis = earlier.metric, "sentence"
                break


@cache
def _reception_verbs() -> frozenset[str]:
    return frozenset(lexicon.word_list("attraction_verbs.txt"))


def _states_of_the_counted(claims: list[Claim]) -> None:
    """ "9家电子信息企业投产,在建6家": a count whose metric is only a state of things (lexicon/count_state_words.txt),
    after a count of the same unit in its sentence, counts those things in that state (在建电子信息企业)."""
    for i, claim in enumerate(claims):
        if claim.metric not in _count_states() or not i:
            continue
        before = claims[i - 1]
        if before.sentence_start != claim.sentence_start or before.unit != claim.unit or not before.metric:
            continue
        thing = _things_counted(before.metric)
        if thing:
            claim.metric, claim.metric_basis = claim.metric + thing, "sentence"


@cache
def _count_states() -> frozenset[str]:
    return frozenset(lexicon.word_list("count_state_words.txt"))


def _things_counted(metric: str) -> str | None:
    """The nouns a count's metric names, without the verb or state before or after them (已投产电子信息企业,
    电子信息企业投产 -> 电子信息企业): the words after its last verb or adverb, else the metric less the verbs
    ending it; None when no noun is left."""
    words = list(phrase_words(metric))
    last_verb = max((k for k, (_, tag) in enumerate(words) if tag.startswith(("v", "d"))), default=-1)
    tail = words[last_verb + 1 :]
    if not tail or not all(tag.startswith("n") for _, tag in tail):
        tail = words
        while tail and tail[-1][1].startswith(("v", "d")):
            tail = tail[:-1]
    if not tail or not any(tag.startswith("n") for _, tag in tail):
        return None
    return "".join(word for word, _ in tail)


def _objects_of_bare_verbs(claims: list[Claim]) -> None:
    """ "新增疑似病例3例，排除3例": a metric written in its own clause that is only a verb acting on a thing
    (lexicon/metric_object_verbs.tsv) takes the thing the latest figure before it in its sentence counts."""
    for i, claim in enumerate(claims):
        if claim.metric not in _object_verbs() or claim.metric_basis == "sentence":
            continue
        verb = claim.metric
        thing = next(
            (
                c.metric
                for c in reversed(claims[:i])
                if c.sentence_start == claim.sentence_start and c.metric and _an_object_of(verb, c.metric)
            ),
            None,
        )
        if thing:
            claim.metric, claim.metric_basis = verb + thing, "sentence"


def _acts_on_the_topic_before(text: str, claims: list[Claim]) -> None:
    """ "2、质量问题类投诉,全年共接收11254件": a figure whose clause names only an act (接收, 成交) is of that act on
    the topic the clause before it names with no figure of its own (a list item's heading); so are the figures after
    it in its sentence that took the act from it (较2020年同期5712件增长97.02%)."""
    breaks = Breaks(text, _TOPIC_CLAUSE_MARK)
    for i, claim in enumerate(claims):
        words = phrase_words(claim.metric or "")
        if claim.metric_basis == "sentence" or len(words) != 1 or not words[0][1].startswith("v"):
            continue
        clause_start = breaks.after_last(claim.sentence_start, claim.start)
        if not text[clause_start : claim.start].rstrip().removesuffix("了").endswith(claim.metric or ""):
            continue
        topic_start = breaks.after_last(claim.sentence_start, clause_start - 1)
        if clause_start <= claim.sentence_start or (i and claims[i - 1].end > topic_start):
            continue
        topic = _ITEM_NUMBER_OPENING.sub("", text[topic_start : clause_start - 1]).strip()
        if not _a_topic(topic):
            continue
        act = claim.metric
        for later in claims[i:]:
            if later.sentence_start != claim.sentence_start:
                break
            if later.metric == act:
                later.metric, later.metric_basis = topic + act, "sentence"


def _a_topic(phrase: str) -> bool:
    """A short phrase naming a thing, not a time, place or statement (今年以来, 为此, 西藏无新增确诊, 据介绍)."""
    if not _SHORTEST_TOPIC <= len(phrase) <= _LONGEST_TOPIC or _DIGIT_NEXT.search(phrase):
        return False
    words = phrase_words(phrase)
    if not words or words[0][1][:1] in _NO_TOPIC_OPENINGS or words[-1][1][:1] in _NO_TOPIC_OPENINGS:
        return False
    if any(tag.startswith("v") for _, tag in words[:-1]) or any(tag.startswith(_NO_TOPIC_WORDS) for _, tag in words):
        return False  # 德国是…贸易国, 西藏无新增确诊, 结果为…阳性, 主动联系何某: a statement, no topic
    return not phrase.startswith(_ATTRIBUTION) and not only_a_place(phrase) and phrase not in _time_alone_metrics()


_TOPIC_CLAUSE_MARK = compile_pattern(r"[，,；;：:\n]")
_ITEM_NUMBER_OPENING = compile_pattern(r"^\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*[、.．]\s*")
_SHORTEST_TOPIC = 2
_LONGEST_TOPIC = 16
# jieba's tags of the words no topic opens or ends with (数词, 时间, 成语, 方位: 今年以来, 全年)
_NO_TOPIC_OPENINGS = frozenset("mtif")
# nor holds anywhere: a preposition, link, adverb, pronoun, particle or person's name makes it a statement
_NO_TOPIC_WORDS = ("p", "c", "d", "r", "u", "nr")
_ATTRIBUTION = "据"  # 据介绍, 据了解: who said it
