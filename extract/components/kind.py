"""claimkb_kind: change (with direction) and per-unit rate, from the words around the figure.

The unit gives the base kind (count, money, measure, percent, duration, age). A percentage after
增长/下降/成长… or before 的增长/的跌幅 (有16.6%的增长) is a change; a figure after 每斤, 亩产, 人均,
平均每日 or 一个小时 is a rate, its unit written numerator/denominator (元/斤), and so is the figure a
change from a rate reaches (日均人次从去年35万，今年成长109%、达到73万人次).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from extract import lexicon
from extract.breaks import Breaks
from extract.claims import Claim
from extract.components.claims import INFANT_AFTER
from extract.components.extensions import doc_text
from extract.components.metric_persons import age_extreme_before
from extract.components.metric_phrases import MORE_OR_LESS
from extract.components.period import ADVERB_AFTER_A_COMPARISON, base_figures_time, comparison_pattern
from extract.pattern_cache import compile_pattern
from extract.pattern_starts import guarded
from extract.places import Mention, place_preceding_words
from extract.quantities import from_a_base_then_a_change
from extract.roc_years import writes_roc_years

CLAUSE_BOUNDARY = compile_pattern(r"[，,。；;：:！？!?、\n（(）)]")
# the kinds a change verb or a per-word can turn into a change or a rate
_COUNTABLE = ("count", "money", "measure")
# what a verb of change before it makes a change: a count, a sum, a measure, and a number of days (优良天数比上年增加
# 4天, 优良天气增加18天), which changes as a measure does
_CHANGEABLE = (*_COUNTABLE, "duration")


@cache
def _change_pattern(roc: bool = False) -> re.Pattern[str]:
    """A verb of change at the end of the phrase before a figure, and the comparison before it (比上年增加; 較105年底
    增加 where `roc`: a text about Taiwan)."""
    verbs = lexicon.alternation([*lexicon.word_table("change_verbs.tsv"), *lexicon.word_table("compared_verbs.tsv")])
    return compile_pattern(
        guarded(
            rf"(?:(?P<comparison>{comparison_pattern(roc)}){ADVERB_AFTER_A_COMPARISON}?)?(?:分别)?(?P<verb>{verbs})(?:了|率)?(?:分别)?(?P<level>为|达|达到|高达|是)?(?:约|近|超过)?$"
        )
    )


def _direction_in_a_list(previous: Claim, claim: Claim) -> str | None:
    """The way a change listed after another goes: the one before's (上升40%、54.5%), unless a sign says it (变动分别为
    0.26%、-3.88%; -11.83%、0.00%、11.31%: once one is signed the list's ways are their signs)."""
    if claim.value < 0:
        return "decrease"
    if previous.value < 0:
        return "increase" if claim.value > 0 else None
    return previous.direction


def _direction(verb: str) -> str:
    """The direction a verb of change (change_verbs.tsv) or of comparison (compared_verbs.tsv: 少, 偏多) states."""
    return lexicon.word_table("change_verbs.tsv").get(verb) or lexicon.word_table("compared_verbs.tsv")[verb]


def _find_change(
    roc: bool, text: str, start: int = 0, end: int | None = None, whole: bool = False
) -> re.Match[str] | None:
    """The verb of change ending the phrase (search) or making all of text[start:end] (`whole`). A word of comparison
    (少, 偏多: compared_verbs.tsv) states a change only right after its comparison (比上年少): alone it is part of
    another word (至少, 多达)."""
    pattern = _change_pattern(roc)
    end = len(text) if end is None else end
    change = pattern.fullmatch(text, start, end) if whole else pattern.search(text, start, end)
    if change is None or change["verb"] in lexicon.word_table("change_verbs.tsv") or change["comparison"]:
        return change
    return None


# A sum or measure right after a verb of change states the change even with no base written
# (增加0.2千公顷, 减少3.2亿元), and so does a count that went down (减少18例). A count that went up is
# the count of what was added (受益群众增加6万人, 提升40个驿站: count in the gold annotations). Not
# after a one-character verb, often the end of another word (新增12例: new cases), nor after a word
# of the pace (增速, 降幅: a rate's), nor when 为/达 follows (增加为: the level reached).
_BASELESS_VERB_CHARS = 2
_HOW_LONG = ("连续", "持续")
_NEW = "新"


@cache
def _comparison_opening() -> re.Pattern[str]:
    """A clause opening the sentence that says what its changes are against (与上年比较，床位增加4.9万张): the
    baselines of lexicon/comparison_baselines.txt, which the comparisons written before a verb use too, or any
    short name of a time or an event with its date in brackets (與前次普查(89年底)比較, 与第六次人口普查相比)."""
    baselines = lexicon.alternation(lexicon.word_list("comparison_baselines.txt"))
    dated = rf"(?:[（(][^（()）]{{1,{_NAMED_BASELINE}}}[）)])?"
    named = rf"[^，,。；;：:！？!?\s0-9０-９（()）]{{2,{_NAMED_BASELINE}}}?{dated}"
    return compile_pattern(rf"\s*(?:与|同|和|跟)(?:{baselines}|{named})(?:相比|比较|对比)[，,]")


_NAMED_BASELINE = 12  # the characters of a baseline named in an opening clause, and of its bracketed date


def _compared_in_an_opening_clause(text: str, claim: Claim) -> bool:
    """The sentence opens with a clause of comparison (与上年比较，…): a figure after a verb of change in its later
    clauses is the change against that base, not a count of what was added."""
    # the clauses after a semicolon are the sentence's too (與前次普查比較,常住人口增加…;普通住戶增加…)
    opening = max(text.rfind(end, 0, claim.sentence_start) for end in _SENTENCE_ENDS) + 1
    return _comparison_opening().match(text, opening) is not None


_SENTENCE_ENDS = ("。", "！", "？", "!", "?", "\n")


def _states_a_change_without_base(change: re.Match[str], kind: str) -> bool:
    verb = change["verb"]
    if change["level"] or len(verb) < _BASELESS_VERB_CHARS or verb.endswith(("幅", "速")):
        return False
    if kind == "duration" and (
        verb not in lexicon.word_list("day_change_verbs.txt")
        or change.string.endswith(_HOW_LONG, 0, change.start("verb"))
    ):
        return False  # 健康成长1000天, 连续增加2天: how long it went on, no change of a number of days
    if kind == "count" and _direction(verb) != "decrease":
        return False
    return not change.string.endswith(_NEW, 0, change.start("verb"))


# A percentage, 个百分点 or 倍 followed by 的 and a word of change states that change, written after
# the figure (亦有16.6%的增长, 录得3.1%的按年升幅, 出现5%的跌幅) — unless the figure is a share of it,
# with 占 or 贡献 before it in its clause (贡献了65%的增长). One-character verbs (增, 降) are left out:
# 的 and one of them begins another word (的增值, 的降温).
_SHARE_OF_A_CHANGE = compile_pattern(r"(?:占|贡献)[了有]?$")


@cache
def _change_after_pattern() -> re.Pattern[str]:
    words = lexicon.alternation([w for w in lexicon.word_table("change_verbs.tsv") if len(w) >= _BASELESS_VERB_CHARS])
    return compile_pattern(rf"的(?:{comparison_pattern()})?(?P<verb>{words})")


def _change_written_after(text: str, figures: list[Claim], clause_breaks: Breaks) -> str | None:
    """The direction of a change named after a list of figures (有16.6%的增长, 分别有5.1%及3.2%的升幅),
    else None."""
    after = _change_after_pattern().match(text, figures[-1].end)
    if after is None or _SHARE_OF_A_CHANGE.search(_clause_before(text, figures[0], clause_breaks)):
        return None
    return lexicon.word_table("change_verbs.tsv")[after["verb"]]


@cache
def _rate_pattern() -> re.Pattern[str]:
    markers = lexicon.alternation(list(lexicon.word_table("rate_markers.tsv")))
    # not 两, the weight: 每两天 and 一两个 are "every two days" and "one or two", never "per tael"; 日, a
    # date's unit of its own (25日), is a day after 每 (平均每日达64万人次) as after a slash (80吨/日)
    per_units = lexicon.alternation(
        [
            u
            for u, e in lexicon.units().items()
            if (e.kind in ("measure", "duration", "count") or u == "日") and u != "两"
        ]
    )
    # 一X as a denominator only for measures and time spans (一斤, 一个小时); 一个 / 一名 are articles
    one_units = lexicon.alternation(
        [u for u, e in lexicon.units().items() if e.kind in ("measure", "duration") and u != "两"]
    )
    per_number_units = lexicon.alternation(lexicon.word_list("per_number_units.txt"))
    return compile_pattern(
        guarded(
            # per a number of shares (每10股派发现金红利3.16元): the denominator keeps its number
            rf"每(?P<counted>[0-9０-９]+(?:{per_number_units}))"
            # a marker right after a figure is no marker: 种植1000亩收入…, 3日平均… (the figure's unit, a date)
            rf"|(?<![0-9０-９〇零一二两三四五六七八九十百千万亿余多])(?P<marker>{markers})"
            # 每日 in a newspaper's name (《每日经济新闻》, 每日电讯报) is no day
            # a number may stand before the scale (每十万人口, 每10万人): the denominator keeps it
            rf"|每(?!隔|次|一位|一个角落|逢|日经济|日电讯|日邮报|日新闻)"
            rf"(?P<per>(?:[0-9０-９]+|十)?(?:万|千|百)?(?:{per_units}))"
            # not the 一 closing a year written in Chinese numerals (二〇二一年的六宗: the year's, no "per year")
            rf"|(?<![第统唯单同万逐前〇零一二三四五六七八九])一(?P<one>{one_units})(?!样|起|直|定|些|般|致)"
        )
    )


# "From A … reaching B" (国旅日均人次从去年35万，今年成长109%、达到73万人次): B is what A was, now, and a
# rate when A is; what stands between them is the change from one to the other. A's own clause may be
# only where it starts from (每天平均旅游人次，从去年35万人次): the topic clause before it, with no figure
# of its own, holds the per-word.
_NOW = "(?:今年|本年|目前|当前|现在)"
_REACHED = "(?:达到|达|增至|升至|增加到|增长到|提高到|上升到|到|至|为)"


@cache
def _from_a_base() -> re.Pattern[str]:
    """Where a change starts from, at the end of the phrase before its first figure: 从去年, 由2020年的."""
    baselines = lexicon.alternation(lexicon.word_list("comparison_baselines.txt"))
    return compile_pattern(rf"[从由](?:{baselines}|[0-9０-９]{{4}}年)?的?$")


_ONLY_REACHED = compile_pattern(rf"{_NOW}?{_REACHED}{_NOW}?的?")


def _rates_of_a_change(text: str, claims: list[Claim], clause_breaks: Breaks) -> None:
    for i, claim in enumerate(claims):
        if claim.kind not in _COUNTABLE:
            continue
        before = _clause_before(text, claim, clause_breaks)
        if _from_a_base().fullmatch(before):
            _make_rate(claim, _denominator(_topic_clause(text, claims, i, clause_breaks)))
        elif _ONLY_REACHED.fullmatch(before):
            start = _start_of_the_change(text, claims, i, clause_breaks)
            if start is not None and start.kind == "rate" and start.unit.split("/")[0] == claim.unit:
                claim.kind, claim.unit = start.kind, start.unit


def _topic_clause(text: str, claims: list[Claim], i: int, clause_breaks: Breaks) -> str:
    """The clause before the claim's own, when no figure stands in it, else ""."""
    claim = claims[i]
    own_start = clause_breaks.after_last(claim.sentence_start, claim.start)
    if own_start == claim.sentence_start:
        return ""
    start = clause_breaks.after_last(claim.sentence_start, own_start - 1)
    if i and claims[i - 1].sentence_start == claim.sentence_start and claims[i - 1].end > start:
        return ""
    return text[start : own_start - 1]


def _start_of_the_change(text: str, claims: list[Claim], i: int, clause_breaks: Breaks) -> Claim | None:
    """The figure a change started from (从去年35万), before the changes since (成长109%), else None."""
    j = i - 1
    while j >= 0 and claims[j].sentence_start == claims[i].sentence_start and claims[j].kind == "change":
        j -= 1
    if j < 0 or claims[j].sentence_start != claims[i].sentence_start:
        return None
    return claims[j] if _from_a_base().search(_clause_before(text, claims[j], clause_breaks)) else None


@Language.component("claimkb_kind")
def kind_component(doc: Doc) -> Doc:
    text = doc_text(doc)
    clause_breaks = Breaks(text, CLAUSE_BOUNDARY)
    attributes = doc._  # one Underscore object, not one per attribute read
    roc = writes_roc_years(
        attributes.region, attributes.script
    )  # 較105年底 compares with a year in a text about Taiwan
    previous = None
    figures: list[Claim] = []  # the list of figures the claim ends (40%、54.5%), or the claim alone
    for claim in attributes.claims:
        classify(text, claim, clause_breaks, roc)
        if _an_age_in_months(text, claim):
            claim.kind = _AGE
        if previous is not None and claim.kind in _COUNTABLE:
            _change_from_a_base_figure(text, previous, claim, roc)
        if previous is not None and previous.kind == "change" and restated_in_another_unit(text, previous, claim):
            claim.kind, claim.direction = previous.kind, previous.direction  # 減少55人次或6.88%
        continues = previous is not None and _continues_list(text, previous, claim)
        if continues and previous.kind == "change":
            claim.kind, claim.direction = previous.kind, _direction_in_a_list(previous, claim)  # 上升40%、54.5%
        elif continues and previous.kind == "rate" and claim.kind in _COUNTABLE and _per_the_same(previous, claim):
            claim.kind, claim.unit = previous.kind, previous.unit  # 人均可支配收入分别为45210元、21330元
        figures = [*figures, claim] if continues else [claim]
        direction = _change_written_after(text, figures, clause_breaks)
        if direction is not None:
            for figure in figures:
                if figure.kind in ("percent", "change") and figure.direction is None:
                    figure.kind, figure.direction = "change", direction
        previous = claim
    _rates_of_a_change(text, attributes.claims, clause_breaks)
    _changes_of_a_rate(attributes.claims)
    _rates_of_listed_parts(text, attributes.claims, attributes.places or [], clause_breaks)
    return doc


_AGE = "age"
_MONTHS = "个月"
# a person before a bracket of their own (患者温某（11个月）, 其子（男，8个月）): what the bracket holds is theirs
_PERSON_BEFORE_A_BRACKET = compile_pattern(r"(?:某+|[患婴幼]儿|[男女]婴|患者|其子|其女)[（(](?:[男女]性?[，,、])?$")
_AGE_WORDS = ("年龄", "岁")  # the sentence speaks of ages before the figure
_AGE_REACH = 8  # characters before the figure a person's bracket or a superlative of age is looked for in


def _an_age_in_months(text: str, claim: Claim) -> bool:
    """Whether a span in months is a person's age: in the person's own bracket (温某（11个月）), the youngest's or the
    oldest's in a sentence of ages (年龄最大80岁，最小1个月), or an infant's (11个月大的婴儿); the unit alone made it a
    duration."""
    if claim.unit != _MONTHS or claim.kind != "duration":
        return False
    window = max(0, claim.start - _AGE_REACH)
    if _PERSON_BEFORE_A_BRACKET.search(text, window, claim.start):
        return text[claim.end : claim.end + 1] in "）)"
    if age_extreme_before().search(text, window, claim.start):
        return any(word in text[claim.sentence_start : claim.start] for word in _AGE_WORDS)
    return INFANT_AFTER.match(text, claim.end) is not None


def restated_in_another_unit(text: str, change: Claim, claim: Claim) -> bool:
    """A change in its unit, then 或 and the same change as a percentage (較96年減少55人次或6.88%, 增加3000人或
    12.5%), or a change then the same change in another unit in brackets right after it (PM2.5平均浓度同比上升23.1%
    (6微克/立方米)): the second figure is a change too, in the same direction (the metric step gives it the first's
    metric)."""
    if claim.unit == change.unit:
        return False
    if claim.unit == "%" and _OR_BETWEEN.fullmatch(text, change.end, claim.start) is not None:
        return True
    return _OPENING_RIGHT_AFTER.fullmatch(text, change.end, claim.start) is not None and bool(
        _CLOSING_RIGHT_AFTER.match(text, claim.end)
    )


_OR_BETWEEN = compile_pattern(r"\s?或\s?")
_OPENING_RIGHT_AFTER = compile_pattern(r"\s?[（(]\s?")
_CLOSING_RIGHT_AFTER = compile_pattern(r"\s?[）)]")


def _changes_of_a_rate(claims: list[Claim]) -> None:
    """ "稻谷平均单产515.50公斤/亩，比去年增加31.70公斤": the change right after a rate, in its unit's numerator, is a
    change of the rate, per what the rate is per (公斤/亩), not 31.7 kg in all."""
    for previous, claim in zip(claims, claims[1:], strict=False):
        if (
            claim.kind == "change"
            and previous.kind == "rate"
            and previous.sentence_start == claim.sentence_start
            and previous.unit.split("/")[0] == claim.unit
        ):
            claim.unit = previous.unit


def _rates_of_listed_parts(text: str, claims: list[Claim], places: list[Mention], clause_breaks: Breaks) -> None:
    """以北区每平方公里21283人最稠密，中区20959人次之，西区20271人居第3位: a list's part whose clause is only its
    place is measured as the part before it, per the same unit (人/平方公里) when that one is a rate of its unit."""
    starts = {m.start: m.end for m in places}
    for i in range(1, len(claims)):
        claim, previous = claims[i], claims[i - 1]
        if claim.kind not in _COUNTABLE or previous.kind != "rate" or previous.sentence_start != claim.sentence_start:
            continue
        if previous.unit.split("/")[0] != claim.unit:
            continue
        clause_start = clause_breaks.after_last(claim.sentence_start, claim.start)
        if clause_start <= previous.start:
            continue  # the same clause: 每平方公里1258人，… the clause has its own words
        if text[clause_start : clause_start + 1] in place_preceding_words():
            clause_start += 1  # 及西区20271人
        if starts.get(clause_start) == claim.start:
            claim.kind, claim.unit = previous.kind, previous.unit


def _change_from_a_base_figure(text: str, base: Claim, claim: Claim, roc: bool) -> None:
    """較105年底人口276萬7,239人增加1萬9,831人, 比上年末的385.0万人增加1.2万人: a figure right after the figure
    compared with (a comparison and its time before it) and a verb of change between them is the change from it,
    whichever way it went."""
    if base.sentence_start != claim.sentence_start or base.unit != claim.unit:
        return
    change = _find_change(roc, text, base.end, claim.start, whole=True)
    if change is None or change["comparison"] or change["level"] or base_figures_time(text, base, roc) is None:
        return
    claim.kind = "change"
    claim.direction = _direction(change["verb"])


def _per_the_same(rate: Claim, claim: Claim) -> bool:
    """The claim counts in the rate's numerator (元 of 元/人)."""
    return rate.unit.split("/")[0] == claim.unit


def _continues_list(text: str, previous: Claim, claim: Claim) -> bool:
    """The figure is the next item of a list of figures (40%、54.5%) with no words of its own."""
    # the spaces a copied text leaves around a separator (17.9%、7.6% 、16.8%) change nothing
    between = text[previous.end : claim.start].strip()
    return previous.sentence_start == claim.sentence_start and between in ("、", "和", "及")


def _clause_before(text: str, claim: Claim, clause_breaks: Breaks) -> str:
    start = clause_breaks.after_last(claim.sentence_start, claim.start)
    while start > claim.sentence_start and text[start - 1] in "）)":
        # a short note in brackets inside a noun (每千人口执业（助理）医师3.1人) ends no clause: read on before it
        note = _BRACKET_NOTE.search(text, claim.sentence_start, start)
        if note is None:
            break
        start = clause_breaks.after_last(claim.sentence_start, note.start())
    # a space between the verb and its figure changes nothing ("增长 3.8%": text copied from PDFs)
    return text[start : claim.start].rstrip(" \t\u3000")


# a figure in brackets ending the text (比常年(293.5亿立方米): the level of the base before it, which a verb after it
# compares with; of at most a few characters, that verb
_BASE_FIGURE_NOTE = compile_pattern(r"[（(][^（）()，,。；;]{0,12}[0-9０-９][^（）()，,。；;]{0,12}[）)]$")
_VERB_AFTER_A_NOTE = 3


def _clause_before_a_base_figure(text: str, claim: Claim, before: str, clause_breaks: Breaks) -> str:
    """The clause before a bracketed figure that ends right where the figure's own clause `before` starts, else ""."""
    start = text.rfind(before, claim.sentence_start, claim.start)  # spaces before the figure are not in `before`
    note = _BASE_FIGURE_NOTE.search(text, claim.sentence_start, start)
    if note is None:
        return ""
    return text[clause_breaks.after_last(claim.sentence_start, note.start()) : note.start()]


# a note of a few characters, no figure, in brackets right after a word
# (執業（助理）醫師, 外商（含港澳台）投資), or the number of the year before (較上(105)年同月底亦增)
_BRACKET_NOTE = compile_pattern(
    r"(?:(?<=[\u4e00-\u9fff])[（(][^（()）0-9０-９，,。；;]{1,6}|(?<=上)\s?[（(][0-9]{2,4}年?)[）)]$"
)


# a correction verb, then at most a short name of whose count it corrects, right before the figure
_CORRECTED_NAME_CHARS = 12


@cache
def _correction_pattern() -> re.Pattern[str]:
    verbs = lexicon.alternation(list(lexicon.word_table("correction_verbs.tsv")))
    return compile_pattern(rf"(?P<verb>{verbs})了?[^0-9０-９为至到]{{0,{_CORRECTED_NAME_CHARS}}}$")


# a rate of growth and the pace it moved to (增长回复至, 增速放缓至, 增幅回落到), or the figure it was revised to
# (实质变动修订为-21.4%): the figure after it is that rate
PACE_REACHED = compile_pattern(
    r"(?P<rate>增长|增速|增幅|增长率|涨幅|变动)(?:分别)?(?:进一步|明显|有所|略有|小幅|大幅)?"
    r"(?:回复|回升|放缓|放慢|加快|回落|反弹|提高|提升|降低|上升|下降|扩大|收窄|修订|修正|上修|下修|调整)(?:至|到|为)$"
)


# a growth rate forecast, expected or targeted, maybe revised, right before its figure
_GROWTH_FORECAST = compile_pattern(
    r"(?:增长|成长|增速)率?(?:的)?(?:预测|预期|预估|目标)值?(?:分别)?(?:上调|下调|上修|下修|调整|修正|修订|设定)?(?:至|到|为|是)?$"
)


_PLUS_SIGNS = ("+", "＋")
# a noun of change with no way of its own (变动, 变化, 增减), and its rate or range, before the level it is
_CHANGE_NOUNS = "(?:变动|变化|增减)(?:幅度|率|比例)?"


@cache
def _a_change_said_as_a_noun() -> re.Pattern[str]:
    """A comparison, then a noun of change and the word of its level, ending the phrase before a percentage (环比变动
    分别为, 同比变化率为, 比上年增减幅度是)."""
    return compile_pattern(rf"(?:{comparison_pattern()})\s*{_CHANGE_NOUNS}(?:分别)?(?:为|是|达)?\s*$")


# 多 or 少 ending the clause before a figure, no word's end (至少, 最多, 更多, 差不多, 很少): a comparison's word alone
_COMPARED_WORD_ALONE = compile_pattern(rf"(?<![至最更很较太不许众稀减增过])(?P<verb>{'|'.join(MORE_OR_LESS)})$")
# the level the change reached, right after its figure (，至146.77億元, 至235.95亿元)
_LEVEL_REACHED_AFTER = compile_pattern(r"[，,]?\s*(?:至|到)(?:约|近|逾|超过)?\s*[0-9０-９]")


def classify(text: str, claim: Claim, clause_breaks: Breaks, roc: bool = False) -> None:
    """Set kind, direction and a rate's denominator from the clause before the figure (clause_breaks:
    the text's CLAUSE_BOUNDARY characters; `roc`: a text about Taiwan, whose years are of the 民國 calendar)."""
    before = _clause_before(text, claim, clause_breaks)
    if claim.unit == "倍" and "翻" in claim.mention:
        claim.direction = "increase"  # 翻一番: doubled
    change = _find_change(roc, before)
    if (change is None or not change["comparison"]) and len(before) <= _VERB_AFTER_A_NOTE:
        # 比常年(293.5亿立方米)偏少7.4%, 較2018年(54 225宗)增加5 000宗: the base's own figure in brackets stands
        # between the comparison and its verb
        compared = _find_change(roc, _clause_before_a_base_figure(text, claim, before, clause_breaks) + before)
        change = compared or change
    if (
        change is None
        and claim.kind in ("percent", *_COUNTABLE)
        and (bare := _COMPARED_WORD_ALONE.search(before))
        and _LEVEL_REACHED_AFTER.match(text, claim.end)
    ):
        # 純利少6.94%，至146.77億元, 收入雖然多2.5%，至235.95億元: 多 and 少 alone state a change when the level it
        # reached follows, as a Hong Kong paper writes a result (no comparison, which the word needs elsewhere)
        claim.kind, claim.direction = "change", _direction(bare["verb"])
        return
    if claim.kind == "percent" and (PACE_REACHED.search(before) or _GROWTH_FORECAST.search(before)):
        # 经济增长放缓至2.1%: the rate of growth the pace reached, a change of its own; so is a growth rate forecast
        # or targeted (上修全年经济成长率预测至3.43%, 经济增长预期上调至5.0%, 全年经济增长目标为5%左右)
        claim.kind = "change"
        return
    if claim.kind == "percent" and _a_change_said_as_a_noun().search(before):
        # 环比变动分别为0.26%、-3.88%: a change named by a noun of change after its comparison, its way by its sign
        claim.kind = "change"
        claim.direction = "decrease" if claim.value < 0 else "increase" if claim.value > 0 else None
        return
    if claim.kind == "percent" and (claim.value < 0 or text[claim.start - 1 : claim.start] in _PLUS_SIGNS):
        # 通訊設備(+30.6%)、藥房貨品(-5.5%), 负增长…分别为-85.9%: a signed percentage is a change, no share
        claim.kind, claim.direction = "change", "increase" if claim.value > 0 else "decrease"
        return
    if (
        change
        and claim.kind in ("percent", "change")
        or (
            change
            and claim.kind in _CHANGEABLE
            and (
                change["comparison"]
                or _states_a_change_without_base(change, claim.kind)
                or _compared_in_an_opening_clause(text, claim)
                or from_a_base_then_a_change().search(before)  # 由8 884宗增加806宗: from a base's figure
            )
        )
    ):
        if claim.kind in _COUNTABLE and (denominator := _denominator(before)) and denominator != claim.unit:
            claim.unit = f"{claim.unit}/{denominator}"  # 人口密度每平方公里增加115人: a rate changed, in its unit
        claim.kind = "change"
        claim.direction = _direction(change["verb"])
        return
    correction = _correction_pattern().search(before)
    if correction and claim.kind in _COUNTABLE:
        claim.kind = "change"  # 核减某市1例: the count of that city corrected down by one, no count of its own
        claim.direction = lexicon.word_table("correction_verbs.tsv")[correction["verb"]]
        return
    if claim.kind in ("percent", "change", "duration", "age", "date", "rate", "temperature"):
        return  # a rate here was written with its denominator (3.5元/斤): it has one already
    denominator = _denominator_written_after(text, claim) or _denominator(before)
    _make_rate(claim, denominator or _framed_denominator(text, claim))


# a frame opening the sentence says what every figure after it is per (以每十万人口计，发病率为3.5例; 按每千人口计算，…)
_PER_FRAME = compile_pattern(r"(?:以|按照?|依)每[^，,。；;：:]{1,8}?(?:计算|计|统计|算)[，,]")


def _framed_denominator(text: str, claim: Claim) -> str | None:
    """The denominator of a per-frame earlier in the figure's sentence, else None."""
    frame = _PER_FRAME.search(text, claim.sentence_start, claim.start)
    return _denominator(frame[0]) if frame else None


def _denominator_written_after(text: str, claim: Claim) -> str | None:
    """The unit of measure a figure is per when 每 and the unit follow it and end its clause (产水模数28.0万立方米每平方
    千米, 30元每斤。), else None; 每 and more words after a figure open a phrase of their own (种植100亩每亩产量)."""
    per = _per_after_pattern().match(text, claim.end)
    if per is None:
        return None
    entry = lexicon.units().get(per["per"])
    return entry.unit if entry else per["per"]


@cache
def _per_after_pattern() -> re.Pattern[str]:
    measures = lexicon.alternation([u for u, e in lexicon.units().items() if e.kind == "measure" and u != "两"])
    return compile_pattern(rf"\s?每(?P<per>{measures})(?=$|[，,。；;：:！!？?、）)\s])")


def _denominator(phrase: str) -> str | None:
    """The unit the last per-word of the phrase is per (日均 -> 日, 每斤 -> 斤), else None."""
    denominator = None
    for match in _rate_pattern().finditer(phrase):
        if match["counted"]:
            denominator = match["counted"]
        elif match["marker"]:
            denominator = lexicon.word_table("rate_markers.tsv")[match["marker"]]
        else:
            written = match["per"] or match["one"]
            unit = written.lstrip("0123456789０１２３４５６７８９十万千百")
            entry = lexicon.units().get(unit)
            denominator = written[: len(written) - len(unit)] + (entry.unit if entry else unit)
    return denominator


def _make_rate(claim: Claim, denominator: str | None) -> None:
    if denominator and denominator != claim.unit:
        claim.kind = "rate"
        claim.unit = f"{claim.unit}/{denominator}"
