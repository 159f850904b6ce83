"""claimkb_claims: which quantities are claims. The rest go to doc.spans["excluded"], labelled why.

Not claims (GUIDELINE.md): dates and times, ordinals (第…, 首…), numbers inside names, slogans,
quoted labels and titles (“1+5”, 《…二十条措施》, 15分钟服务圈), set phrases (一盘棋, 两个覆盖), grades
and levels (二级以上医院, 三级响应: lexicon/exclusions.txt) and the bar a counted group is over or
under (营收超百亿元的企业有12家).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract import lexicon
from extract.claims import Claim
from extract.components.extensions import CLAIMS_KEY, QUANTITIES_KEY, doc_text
from extract.components.layout import sentence_at
from extract.layout import inside_title, shown_text
from extract.local_dollars import local_unit
from extract.numbers import is_year_numeral
from extract.pattern_cache import compile_pattern
from extract.places import Mention
from extract.quantities import Quantity, changed_to, scale_of
from extract.roc_years import roc_year_at, writes_roc_years
from extract.words import phrase_words

_ORDINAL_BEFORE = ("第", "首", "初")
# three or more Chinese digits counting up from one (一二三级, 一二三四类): grades or classes listed, no number
_GRADES_LISTED = frozenset("一二三四五六七八九"[:n] for n in range(3, 10))
_RANK_UNITS = ("名", "位", "强")
# a measure's name and its unitless value, maybe in brackets after it (綜合消費物價指數(104.80)按年上升0.99%)
_MEASURE_LABEL = compile_pattern(r"(?:值|指数|系数|含量|浓度|pH|PH|ph)(?:为|达|达到|是|约|[（(])?$")
# Quote marks that wrap labels; content longer than this, or with sentence punctuation, is speech.
_QUOTES = {"“": "”", '"': '"', "‘": "’", "「": "」", "『": "』", "'": "'"}
_LABEL_MAX = 16
_CAMPAIGN_MAX = 30  # a campaign's quoted name before its noun may run longer than a label
_ANY_QUOTE = compile_pattern("[" + "".join(_QUOTES) + "]")
_SPEECH_PUNCTUATION = compile_pattern(r"[。，,；;！？!?]")
# a letter or digit touching the number makes it part of a code or model name (G220, 5G, 3A级)
_CODE_AFTER = compile_pattern(r"[A-Za-z0-9]")
_LATIN = compile_pattern(r"[A-Za-z]")
_NAME_CHAR = compile_pattern(r"[\u4e00-\u9fff]")
# what follows a project's phase (柳林公园二期和, 扩建三期等投入使用, 机场三期改扩建工程, 中环光伏四期建成投产)
_PROJECT_PHASE = compile_pattern(r"(?:[等和及、]|工程|项目|改扩建|扩建|建设|建成|投产|开工|竣工|设备)")
# what follows a crop's season (受損作物主要為二期水稻, 一期稻作, 二期作: Taiwan's first and second rice crops)
_CROP_SEASON = compile_pattern(r"(?:水?稻|稻作|作(?![为用]))")
# the phase before it in the clause before (中环光伏四期建成投产，五期设备安装): the next phase of the same project
_PHASE_BEFORE = compile_pattern(r"[一二三四五六七八九十]期[^。；;，,]{0,6}[，,、]$")
_PHASE_REACH = 10
_DURATION_AFTER_WORD = compile_pattern(r"前后|前期|后期|后续")
# After a real duration comes punctuation or one of these; a noun instead makes it a name (15分钟服务圈).
_DURATION_FOLLOWERS = set("的时后前来内里之以就才便已中，,。；;、！？!?（()）”’ \n") | {""}
# an infant of so many months after the figure (11个月大的婴儿, 8个月女婴): the months are its age
INFANT_AFTER = compile_pattern(r"大?的?(?P<infant>婴儿|[男女]婴|宝宝|患儿)")
# 有 right before a duration: the days on which what follows happened are counted (103年有87天紫爆), no name
THERE_WERE = "有"
# how far before a figure a share's qualifier may stand (约占全省粮食总产量的四成)
_SHARE_WINDOW = 20
# how far before a bare figure its money word may stand, within its clause (文旅综合收入突破50亿)
_MONEY_WINDOW = 12
_LARGE_SCALE = compile_pattern(r"[万亿萬億]")
_CLAUSE_BEFORE = compile_pattern(r"[^，,。；;：:！？!?\n]*$")
# A bar over or under which things are counted, with their count after it in the clause
# (营收超百亿元的企业有12家, 增速超100%的公司42家): the bar defines the group and is no claim; the count is one.
_THRESHOLD_QUALIFIERS = ("over", "under")
# An age that bounds a group of people (65岁以上人口, 未满15岁之人口, 0-14岁儿童, 15至未满65岁之人口): with its upper
# end after it, if any, and its 以上 / 以下, then the group's noun (lexicon/age_group_nouns.txt), perhaps after 之 / 的
# and a word or two (老年人口, 农村老人). It defines the set the figure after it counts, and is no claim.
_AGE_RANGE_END = r"(?:\s?[至到\-－~～—–]\s?(?:未满|不满|满)?\s?[0-9０-９一二三四五六七八九十]+\s?周?岁)"
_AGE_BOUND = r"(?:及以上|以上|及以下|以下|以内)"
_AGE_BOUND_WORD = compile_pattern(r"以上|以下|以内|未满|不满|不足|小于|大于|低于|高于|超过")


@cache
def _age_group_after() -> re.Pattern[str]:
    nouns = lexicon.alternation(lexicon.word_list("age_group_nouns.txt"))
    return compile_pattern(rf"(?P<range>{_AGE_RANGE_END})?\s?{_AGE_BOUND}?\s?[之的]?[\u4e00-\u9fff]{{0,2}}?(?:{nouns})")


def _bounds_an_age_group(text: str, q: Quantity) -> bool:
    """An age with 以上 / 以下 / 未满 or a range, before the noun of the group of people it bounds."""
    if q.kind != "age":
        return False
    group = _age_group_after().match(text, q.end)
    if group is None:
        return False
    if q.value_high is not None or group["range"] is not None:
        return True  # 0-14岁人口, 15至未满65岁之人口
    # 65岁以上人口, 未满15岁之人口; not 50多岁女性, one person's age said roughly
    return _AGE_BOUND_WORD.search(q.mention + text[q.end : group.end()]) is not None


# 民国 right before a year's figure: a year of the 民國 calendar (民国99年), in any text
_WITH_ROC_BEFORE = compile_pattern(r"民国\s?$")
# a band (50%至100%) closed by 之间 and 的 before the group's figure: it defines the group counted
_BAND_OF_A_GROUP = compile_pattern(
    r"之间的[\u4e00-\u9fff]{0,10}?(?:[0-9０-９]|[一二三四五六七八九十两]+[个家名人户所项座条只台辆批])"
)
_COUNTED_AFTER = compile_pattern(
    r"(?:及以上|以上|及以下|以下)?的[\u4e00-\u9fff]{1,10}?"
    r"(?:[0-9０-９]|[一二三四五六七八九十两]+[个家名人户所项座条只台辆批])"
)

# a bar written with its 以上 / 以下 right before a noun, with no 的 (签约亿元以上项目507个, 5000万元以上企业达120家):
# the noun and the links after it, then the group's figure
_BAR_END = compile_pattern(r"(?:及以上|以上|及以下|以下)$")
_BAR_WORDS = ("以上", "以下", "及以上", "及以下")


@cache
def _barred_noun() -> re.Pattern[str]:
    links = lexicon.alternation(lexicon.metric_links())
    return compile_pattern(
        rf"(?:及以上|以上|及以下|以下)?(?P<noun>[\u4e00-\u9fff]{{1,8}}?)(?:{links})?"
        r"(?:[0-9０-９]|[一二三四五六七八九十两]+[个家名人户所项座条只台辆批])"
    )


@cache
def bar_comparative() -> re.Pattern[str]:
    """A comparative opening a bar (大于, 超过: lexicon/bar_comparatives.txt), longest first."""
    return compile_pattern(lexicon.alternation(lexicon.word_list("bar_comparatives.txt")))


@cache
def bar_comparative_before() -> re.Pattern[str]:
    return compile_pattern(f"(?:{lexicon.alternation(lexicon.word_list('bar_comparatives.txt'))})$")


_LONGEST_COMPARATIVE = 3


def _an_indicator_before(text: str, q: Quantity) -> bool:
    """An indicator's Latin acronym, a word of its own, right before a figure with a unit (完成gdp113.8亿元)."""
    if not q.unit:
        return False
    names = _indicators()
    head = text[max(0, q.start - max(map(len, names)) - 1) : q.start].upper()
    return any(head.endswith(name) and not _LATIN.match(head[-len(name) - 1 : -len(name)] or " ") for name in names)


@cache
def _indicators() -> tuple[str, ...]:
    return tuple(word.upper() for word in lexicon.word_list("latin_indicators.txt"))


def _compared_before(text: str, q: Quantity) -> bool:
    """A comparative right before the figure (大于100平方公里), one its mention does not take in as a qualifier."""
    return bar_comparative_before().search(text, max(0, q.start - _LONGEST_COMPARATIVE), q.start) is not None


def _bars_a_counted_noun(text: str, q: Quantity) -> bool:
    """ "签约亿元以上项目507个": a bar ending in 以上 / 以下 right before a noun phrase (only nouns: not 连续12年
    after 1000万吨以上) and that group's figure defines the group, as "营收超百亿元的企业有12家" does."""
    if not (
        _BAR_END.search(q.mention)
        or text.startswith(_BAR_WORDS, q.end)
        or bar_comparative().match(q.mention)
        or _compared_before(text, q)
    ):
        return False  # 流域面积大于100平方公里河流有55条: a comparative before the figure bars the group too
    match = _barred_noun().match(text, q.end)
    if match is None:
        return False
    words = phrase_words(match["noun"])
    # a noun phrase: it opens with a noun or a verbal noun (90平方米及以下|销售面积下降36.0%: 销售 is one) and ends
    # with a noun, a verb between at most (住宅成交面积); never a person's name
    tags = [tag for _, tag in words]
    return (
        bool(tags)
        and (tags[0].startswith("n") or tags[0] == "vn")
        and tags[-1].startswith("n")
        and all(tag.startswith(("n", "v")) and tag != "nr" for tag in tags)
    )


@Language.component("claimkb_claims")
def claims_component(doc: Doc) -> Doc:
    text = doc_text(doc)
    kept, excluded, records = [], [], {}
    sentence_texts: dict[int, str] = {}
    headlines: dict[int, str | None] = {}
    attributes = doc._  # one Underscore object, not one per attribute read
    articles = attributes.articles or []
    sentences = attributes.sentences or []
    doc_name, doc_id = attributes.doc_name, attributes.doc_id
    named = _named_spans(attributes.places or [])
    quantities = _with_units_implied(text, list(doc.user_data.get(QUANTITIES_KEY, {}).items()))
    roc = writes_roc_years(attributes.region, attributes.script)  # 106年 is a year in a text about Taiwan
    for token, quantity in quantities:
        reason = "name" if _inside_a_name(quantity, named) else exclusion_reason(text, quantity, roc)
        if not reason and _titles_a_name(text, quantity, named):
            reason = "honour_title"
        if reason:
            excluded.append(Span(doc, token, token + 1, label=reason))
            continue
        claim = Claim(
            start=quantity.start,
            end=quantity.end,
            mention=shown_text(quantity.mention),
            value=quantity.value,
            value_high=quantity.value_high,
            unit=local_unit(quantity.unit, quantity.mention, attributes.region),
            qualifier=quantity.qualifier or _qualifier_apart(text, quantity.start),
            kind=quantity.kind or "measure",
            doc=doc_name,
            doc_id=doc_id,
        )
        sentence = sentence_at(sentences, quantity.start)
        if sentence is not None:
            s, e, article_index = sentence
            # a sentence's and an article's text are read once, not once for each of their figures
            if s not in sentence_texts:
                sentence_texts[s] = shown_text(text[s:e])
            claim.sentence = sentence_texts[s]
            claim.sentence_start = s
            claim.article_index = article_index
            if article_index < len(articles):
                if article_index not in headlines:
                    headlines[article_index] = articles[article_index].headline_text(text)
                claim.article = headlines[article_index]
        kept.append(Span(doc, token, token + 1, label=claim.kind))
        records[token] = claim
    doc.spans["claims"] = kept
    doc.spans["excluded"] = excluded
    doc.user_data[CLAIMS_KEY] = records  # span._.claim and doc._.claims read them
    return doc


def _qualifier_apart(text: str, start: int) -> str | None:
    """A qualifier written before the whole a share is of (约占全国的四成: about four tenths)."""
    match = _share_qualifier_pattern().search(text, max(0, start - _SHARE_WINDOW), start)
    return lexicon.qualifiers()["share"][match["word"]] if match else None


@cache
def _share_qualifier_pattern() -> re.Pattern[str]:
    words = lexicon.alternation(list(lexicon.qualifiers()["share"]))
    return compile_pattern(rf"(?P<word>{words})[^，,。；;、：:！？!?\n]{{0,{_SHARE_WINDOW}}}$")


def _named_spans(places: list[Mention]) -> tuple[list[int], list[int]]:
    """Starts and ends of the places and organisations named, in text order."""
    named = [(m.start, m.end) for m in places if m.role != "scope"]
    return [start for start, _ in named], [end for _, end in named]


def _inside_a_name(quantity: Quantity, named: tuple[list[int], list[int]]) -> bool:
    """A Chinese numeral that is part of a place's or organisation's name (三元朱村, 六合新村, 七里河
    街道). Arabic figures before a suffix are counted things (3个社区), never a name's own part."""
    if not quantity.chinese:
        return False
    starts, ends = named
    # the numeral's own start: a qualifier before it (接近|四大上市险企) is no part of the name
    numeral_start = quantity.start + max(0, quantity.mention.find(quantity.numeral))
    i = bisect_right(starts, numeral_start) - 1
    # names nest only a few deep (a county inside an organisation's name): the last few names that
    # start before the quantity are the only ones that can hold it
    return any(starts[j] <= numeral_start and quantity.end <= ends[j] for j in range(max(0, i - 3), i + 1))


# the words of an honour's title between its "N大" and the name it is given to (十大美丽乡村|平和县…)
_TITLE_WORDS = compile_pattern(r"[\u4e00-\u9fff]{1,8}")


def _titles_a_name(text: str, quantity: Quantity, named: tuple[list[int], list[int]]) -> bool:
    """ "漳州十大美丽乡村平和县霞寨镇高寨村": a rhetorical count (N大) whose noun runs straight into a place's or
    organisation's name is the title of an honour that name holds (one of the ten), not a count of anything."""
    if not quantity.big:
        return False
    starts, _ = named
    i = bisect_right(starts, quantity.end)
    if i >= len(starts):
        return False
    title = _TITLE_WORDS.match(text, quantity.end)
    return title is not None and starts[i] <= title.end() and starts[i] - quantity.end >= 1


def _with_units_implied(text: str, quantities: list[tuple[int, Quantity]]) -> list[tuple[int, Quantity]]:
    """Bare numbers given the unit the text implies: the unit of the figure listed after them
    ("1.2、0.8个百分点", "敛财135万、133万、79.4万元": read from the last back, so a list shares it
    all along), else 元 when a money word stands before them in their clause (亏损12.4亿,
    产值30亿以上, 收入突破50亿: business and government text leaves 元 out)."""
    out = list(quantities)
    for position in range(len(out) - 1, -1, -1):
        token, quantity = out[position]
        if quantity.kind is not None:
            if position + 1 < len(out):
                out[position] = (token, _measure_word_of_a_shared_unit(text, quantity, out[position + 1][1]))
            continue
        bracketed = _bracketed_alternative().match(text, quantity.end)
        if bracketed is not None:  # 约8000（5200）亩: both figures are in 亩
            unit, scale = lexicon.units()[bracketed["unit"]], scale_of(bracketed["scale"])
            quantity = _with_unit(quantity, unit, scale)
            if position + 1 < len(out) and out[position + 1][1].start == bracketed.start("number"):
                out[position + 1] = (out[position + 1][0], _with_unit(out[position + 1][1], unit, scale))
        if quantity.kind is None and position + 1 < len(out):
            quantity = _shared_unit(text, quantity, out[position + 1][1])
        if quantity.kind is None:
            quantity = _money_by_word(text, quantity)
        if quantity.kind is None:
            quantity = _people_by_word(text, quantity)
        out[position] = (token, quantity)
    for position in range(1, len(out)):  # forwards: the figure before has its unit by now
        token, quantity = out[position]
        if quantity.kind is None and _LARGE_SCALE.search(quantity.mention):
            quantity = _in_the_unit_of_a_level_before(text, quantity, out[:position])
        if quantity.kind is None:
            quantity = _money_after_money(text, quantity, out[position - 1][1])
        out[position] = (token, quantity)
    return out


def _money_after_money(text: str, quantity: Quantity, before: Quantity) -> Quantity:
    """A bare figure in 亿 after a sum of money in its sentence is money too (雲林縣1年稅收約40億，人事費就將近150億;
    現已還債100億，尚有127億): a finance story writes 元 once, if at all. Only 亿: a bare 万 after money counts
    people or things as often (人人普發1萬元…雲林縣有65萬多人)."""
    if _HUNDRED_MILLION not in quantity.mention or before.kind != "money" or before.unit != "元":
        return quantity
    if _SENTENCE_END.search(text, before.end, quantity.start):
        return quantity
    return quantity._replace(unit="元", kind="money")


_HUNDRED_MILLION = "亿"


def _in_the_unit_of_a_level_before(text: str, quantity: Quantity, before: list[tuple[int, Quantity]]) -> Quantity:
    """A bare figure with 万 or 亿 in the unit of a level before it in its sentence: right after a verb of change it is
    the change of the figure before it ("住宿人次412.5萬，較去年同期增加21.3萬", "接待游客3250万人次，比上年增加210万");
    written as a mark (大关, 关口) it is the mark the last level before it passed or fell below, past a span of time
    ("總人口數44萬9890人,連續2年跌破45萬大關")."""
    if A_MARK.match(text, quantity.end):
        level = next((q for _, q in reversed(before) if q.kind in _CHANGED_KINDS), None)
    else:
        level = before[-1][1] if _change_verb_before().search(text, before[-1][1].end, quantity.start) else None
    if level is None or level.kind not in _CHANGED_KINDS or _SENTENCE_END.search(text, level.end, quantity.start):
        return quantity
    return quantity._replace(unit=level.unit, kind=level.kind)


_CHANGED_KINDS = frozenset({"count", "money", "measure"})
_SENTENCE_END = compile_pattern(r"[。！？!?；;\n]")


@cache
def _change_verb_before() -> re.Pattern[str]:
    """A verb of change ending the words before a figure, a qualifier between (增加约7億, 增加了210万)."""
    verbs = lexicon.change_verbs()
    return compile_pattern(rf"(?:{verbs})了?(?:约|近|逾|超过|大约)?\s*$")


@cache
def _bracketed_alternative() -> re.Pattern[str]:
    units = lexicon.alternation(list(lexicon.units()))
    return compile_pattern(rf"[（(](?P<number>[0-9０-９.．]+)[）)](?P<scale>[十百千万亿]{{0,2}})(?P<unit>{units})")


# a round level written as a mark passed or fallen below (45万大关); the metric step names it by the level's metric
A_MARK = compile_pattern(r"(?:大关|关口|大關|關口)")


def _with_unit(quantity: Quantity, unit: lexicon.Unit, scale: float) -> Quantity:
    return _in_unit(quantity, unit.unit, unit.surface, unit.kind, unit.scale * scale)


def _in_unit(quantity: Quantity, unit: str, surface: str, kind: str | None, factor: float) -> Quantity:
    """The figure in a unit written elsewhere, its value scaled by what that unit's writing multiplies by."""
    return quantity._replace(
        unit=unit,
        unit_surface=surface,
        kind=kind,
        value=quantity.value * factor,
        value_high=quantity.value_high * factor if quantity.value_high is not None else None,
    )


def _shared_unit(text: str, quantity: Quantity, following: Quantity) -> Quantity:
    """12.5和10.3万吨, 1286和1187.9亿元, 16.7、14.0及7.0個百分點: a bare number joined to the next figure shares its
    unit and its scale."""
    if following.kind is None or text[quantity.end : following.start] not in _JOINING_FIGURES:
        return quantity
    # 135万、133万元: a number with a scale of its own keeps it
    factor = 1.0 if _SCALE_CHARS.search(quantity.numeral) else _scale_written(following)
    return _in_unit(quantity, following.unit, following.unit_surface, following.kind, factor)


def _measure_word_of_a_shared_unit(text: str, quantity: Quantity, following: Quantity) -> Quantity:
    """ "提高24.5个和16.9个百分点", "分别提高1.2个、0.8个百分点": the 个 of a figure joined to the next is the first
    character of the unit written once after the last (个百分点), not a count."""
    if quantity.unit_surface != _MEASURE_WORD or not following.unit_surface.startswith(_MEASURE_WORD):
        return quantity
    if len(following.unit_surface) == 1 or text[quantity.end : following.start] not in _JOINING_FIGURES:
        return quantity
    return _in_unit(quantity, following.unit, following.unit_surface, following.kind, 1.0)


_MEASURE_WORD = "个"
# what joins a figure to the next of one list or range (Macau and Hong Kong releases join the last with 及)
_JOINING_FIGURES = ("、", "和", "及", "至", "到")


def _scale_written(quantity: Quantity) -> float:
    """What a figure's number was multiplied by for its value (10.3万吨: 10000), where its number is written in
    digits; else 1. Read back from the value, to the digits a factor has (1e8, not 99999999.99999999)."""
    number = _SCALE_CHARS.sub("", quantity.numeral)
    try:
        written = float(number)
    except ValueError:
        return 1.0
    return float(f"{quantity.value / written:.12g}") if written else 1.0


_SCALE_CHARS = compile_pattern(r"[十百千万亿]+$")


def _money_by_word(text: str, quantity: Quantity) -> Quantity:
    if not _LARGE_SCALE.search(quantity.mention):
        return quantity  # 利润100: too bare to be sure; 12.4亿, 135万 carry their scale
    clause = _CLAUSE_BEFORE.search(text, max(0, quantity.start - _MONEY_WINDOW), quantity.start)
    money_words = _words_of("money_words.txt")
    named_before = clause is not None and money_words.search(clause.group()) is not None
    # 拥有万亿资产, 留下的万亿债务: a money word right after the figure names it too
    named_after = money_words.match(text, quantity.end) is not None
    if not (named_before or named_after or _a_money_topic_before(text, clause)):
        return quantity
    return quantity._replace(unit="元", kind="money")


def _a_money_topic_before(text: str, clause: re.Match[str] | None) -> bool:
    """雲林縣公共債務，從她上任時227億: the clause before the figure's, after a comma, ends in a money word: the sum
    named as the topic the figure's clause goes on about."""
    if clause is None or clause.start() == 0 or text[clause.start() - 1] not in _COMMAS:
        return False
    # the topic's last words only: the pattern ends at the comma, and is never run over the whole text before it
    return (
        _ending_in_a_money_word().search(text, max(0, clause.start() - 1 - _MONEY_WINDOW), clause.start() - 1)
        is not None
    )


_COMMAS = "，,"


@cache
def _ending_in_a_money_word() -> re.Pattern[str]:
    return compile_pattern(rf"(?:{lexicon.alternation(lexicon.money_words())})$")


def _people_by_word(text: str, quantity: Quantity) -> Quantity:
    """勞動人口為386.1萬: a bare figure with 万 or 亿 after a word for people in its clause counts people;
    after a word for visits (年均接待游客1000万) or 人次 itself (总诊疗人次15.4亿), person-times. So does one
    right before the noun of people it counts, a few words qualifying it (38.4万脱贫人口, 740余万农村居民,
    50.5万农村义务教育在校学生)."""
    if not _LARGE_SCALE.search(quantity.mention):
        return quantity
    if _people_noun_after().match(text, quantity.end) is not None:
        return quantity._replace(unit="人", kind="count")
    bracketed = (
        _BRACKETED_LEVEL_AFTER_ITEM.match(text, quantity.end)
        if quantity.start and text[quantity.start - 1] in "(（"
        else None
    )
    if bracketed is not None and (
        _words_of("people_words.txt").search(bracketed.group("rest")) or _PEOPLE_FIGURE.search(bracketed.group("rest"))
    ):
        # 酒店及飲食業(4.90萬)和教育(2.09萬)的就業人數均增加2,100人, 博彩及博彩中介業(6.74萬)則減少3,600人: an item's
        # level in brackets counts the people the clause after it names, or its change in people counts
        return quantity._replace(unit="人", kind="count")
    clause = _CLAUSE_BEFORE.search(text, max(0, quantity.start - _MONEY_WINDOW), quantity.start)
    if clause is None:
        return quantity
    if _words_of("visit_words.txt").search(clause.group()) is not None:
        return quantity._replace(unit="人次", kind="count")
    if _words_of("people_words.txt").search(clause.group()) is not None:
        return quantity._replace(unit="人", kind="count")
    return quantity


# the bracket closing right after the figure, and the rest of its clause
# (a comma between digits is a thousands separator: 3,600人)
_BRACKETED_LEVEL_AFTER_ITEM = compile_pattern(r"[)）](?P<rest>(?:[^，,。；;：:\n]|(?<=[0-9]),(?=[0-9])){0,40})")
_PEOPLE_FIGURE = compile_pattern(r"[0-9][0-9,，.]*\s?人(?![次民均])")


@cache
def _people_noun_after() -> re.Pattern[str]:
    """A word for people (lexicon/people_words.txt) right after a figure, a word or two of Chinese before it
    (脱贫人口, 农村居民)."""
    words = lexicon.alternation(lexicon.word_list("people_words.txt"))
    return compile_pattern(rf"[\u4e00-\u9fff]{{0,{_NOUN_MODIFIER}}}?(?:{words})")


_NOUN_MODIFIER = 8  # characters that may qualify the noun of people after a figure (农村, 建档立卡, 农村义务教育在校)


@cache
def _words_of(name: str) -> re.Pattern[str]:
    return compile_pattern(lexicon.alternation(lexicon.word_list(name)))


# 来 / 以来 after a span of time (三年来, 一个多月来): since then, not 来京 / 来到 (came to) after a date
_SINCE_A_SPAN = compile_pattern(r"以?来(?![京华沪津渝鲁苏此到自看说访源电信人客往袭临])")
# an item number at a line's start: 15、, 3．, 2. (not 2.5)
_ITEM_NUMBER = compile_pattern(r"\s*[、．]|\.(?![0-9])")


# a date written in digits up to its day (2017-10-10, 2020/3/5, 2021.05.06)
_DATE_SEPARATORS = frozenset("-/.")
_NUMERIC_DATE_BEFORE = compile_pattern(r"(?<![0-9])[0-9]{4}([-/.])[0-9]{1,2}\1$")


_EXCLUSION_REACH_AFTER = 24


@cache
def _time_words_ending_in_qian() -> tuple[str, ...]:
    return lexicon.word_list("time_words_ending_in_qian.txt")


_ENDED_ON_A_DAY = ("日止", "号止", "號止")


# a summary's tally (两升一降, 三升两降为…): 升 there is going up, no liters, when the tally's other half or its copula
# follows
_TALLY_UNITS = frozenset({"升"})
_TALLY_AFTER = compile_pattern(r"[为是]|[一二两三四五六七八九十][降减跌]")


def exclusion_reason(text: str, q: Quantity, roc: bool = False) -> str | None:
    """Why a quantity is not a claim, or None when it is one. With `roc` the text is about Taiwan, whose
    bare two- and three-digit years are of the 民國 calendar (extract/roc_years.py)."""
    before = text[max(0, q.start - 1) : q.start]
    after = text[q.end : q.end + 1]
    if q.kind == "date" or (q.unit in ("年", "届") and _is_year(q)):
        return "date"  # 2024年, 2024届毕业生
    if q.unit == "年" and (
        _WITH_ROC_BEFORE.search(text, max(0, q.start - 3), q.start) or (roc and roc_year_at(text, q.start, q.end))
    ):
        return "date"  # 民国99年; 统计年报(106年), 106年自然增加人数 in a text about Taiwan: a year of its calendar
    if before in _DATE_SEPARATORS and _NUMERIC_DATE_BEFORE.search(text, max(0, q.start - 8), q.start):
        return "date"  # 2017-10-10 头条江西: the day of a dateline, not 10 head of cattle
    if _ITEM_NUMBER.match(text, q.end) and (q.start == 0 or text[q.start - 1] == "\n"):
        return "section"  # 15、三年前…: a digest's item number, not 15 of what follows
    if before and before in ":：" and text[max(0, q.start - 2) : q.start - 1].isdigit():
        return "date"  # 11:20起: the minutes of a time of day, not 20 incidents
    if q.unit_surface == "季" and after == "度":
        return "date"  # 一季度, 前三季度: a quarter of the year
    if q.unit_surface in _TALLY_UNITS and q.chinese and _TALLY_AFTER.match(text, q.end):
        return "tally_label"  # 两升为制造业用电量…, 两升一降: a summary's tally of items going up, no liters
    if q.kind == "duration" and after in ("前", "后") and not _DURATION_AFTER_WORD.match(text, q.end):
        return "date"  # 五年前, 两天后: a point in time (前后 after a figure is "about": 10天前后)
    if q.kind == "duration" and _SINCE_A_SPAN.match(text, q.end):
        return "date"  # 一个多月来, 三年来: the period of the figures after it, as 今年以来 is
    if q.kind == "duration" and before in ("前", "首", "头") and text[max(0, q.start - 2) : q.start] != "提前":
        return "date"  # 前10个月, 首十个月, 前两年: the first or last stretch of the calendar, a period
    if q.kind == "duration" and text.endswith(_ENDED_ON_A_DAY, max(0, q.start - 2), q.start):
        return "date"  # 截至二零一二年六月三十日止六個月: the length of accounts' period ending that day (Hong Kong's)
    if q.kind is None:
        # a number without a unit is a claim only as a measured value: PH值8.61, 指数105
        if _MEASURE_LABEL.search(text[max(0, q.start - 6) : q.start]) and "." in q.numeral:
            return None
        return "no_unit"
    if before in _ORDINAL_BEFORE or (before == "其" and not q.unit_surface):
        return "ordinal"  # 其二 is the second of them; 其2名密切接触者 counts his contacts
    if q.numeral in _GRADES_LISTED:
        return "ordinal"  # 一二三级社会体育指导员: the grades one to three listed, no 123
    if before == "前" and q.unit in _RANK_UNITS and not text.endswith(_time_words_ending_in_qian(), 0, q.start):
        return "rank"  # 进入前十名, 前三位: a place in a ranking, not a count of people (目前40名在治患者 is)
    if (_CODE_AFTER.match(after) and not q.unit_surface) or (
        _LATIN.match(before) and not _an_indicator_before(text, q)
    ):
        return "code"  # G220, 5G; not 两个4A级景区, where a unit ends the figure, nor 完成GDP113.8亿元
    if (
        q.unit == "期"
        and q.chinese
        and _PROJECT_PHASE.match(text, q.end)
        and (_NAME_CHAR.match(before) or _PHASE_BEFORE.search(text, max(0, q.start - _PHASE_REACH), q.start))
    ):
        return "phase"  # 码头二期等, 机场三期改扩建工程: a stage of a project, not a count
    if q.unit == "期" and q.chinese and _CROP_SEASON.match(text, q.end):
        return "phase"  # 二期水稻, 一期稻作: a crop's season, not a count
    if inside_title(text, q.start):
        return "title"
    if _inside_label(text, q.start, q.end):
        return "quoted_label"
    # the phrase may run on after the figure longer than before it (31个省（自治区、直辖市）和新疆生产建设兵团)
    window = text[max(0, q.start - 8) : q.end + _EXCLUSION_REACH_AFTER]
    offset = max(0, q.start - 8)
    for match in lexicon.exclusion_pattern().finditer(window):
        if match.start() + offset < q.end and q.start < match.end() + offset:
            return "set_phrase"
    user_phrases = lexicon.user_exclusions()
    for _index, start, end in user_phrases.find_matches_as_indexes(window, overlapping=True) if user_phrases else ():
        if start + offset < q.end and q.start < end + offset:
            return "set_phrase"
    if (
        q.kind == "duration"
        and text[q.end : q.end + 1] not in _DURATION_FOLLOWERS
        and not changed_to(text, q)
        and not text.endswith(THERE_WERE, 0, q.start)
        and not INFANT_AFTER.match(text, q.end)  # 8个月女婴, 11个月大的婴儿: an infant's age
    ):
        return "duration_in_name"
    if (q.qualifier in _THRESHOLD_QUALIFIERS or _compared_before(text, q) or text.startswith(_BAR_WORDS, q.end)) and (
        _COUNTED_AFTER.match(text, q.end) or _bars_a_counted_noun(text, q)
    ):
        return "threshold"
    if q.value_high is not None and _BAND_OF_A_GROUP.match(text, q.end):
        return "threshold"  # 增幅在50%至100%之间的有15个: the band defines the group; the 15个 is the claim
    if _bounds_an_age_group(text, q):
        return "age_bracket"  # 65岁以上人口占8.20%: the ages say whose share it is; the share is the claim
    return None


def _is_year(q: Quantity) -> bool:
    parts = re.split(r"\s*(?:至|到|~|～|-|－|—|–)\s*", q.numeral)
    # 2007年-2009年 is joined into one range with its 年 written on each end
    return any(is_year_numeral(part.removesuffix("年")) for part in parts)


def _inside_label(text: str, start: int, end: int) -> bool:
    """Inside a short quoted label (“1443”, ‘十个一’) or a campaign's quoted name before its noun
    (“百日攻坚，决战四季度”行动: campaign_nouns.txt), not inside quoted speech."""
    if _ANY_QUOTE.search(text, max(0, start - _CAMPAIGN_MAX), start) is None:
        return False  # the common case, decided without a search per kind of quote
    for opening, closing in _QUOTES.items():
        open_at = text.rfind(opening, max(0, start - _CAMPAIGN_MAX), start)
        if open_at < 0:
            continue
        if opening == closing and text.count(opening, max(0, start - 200), open_at) % 2:
            continue  # that mark closes an earlier quote
        close_at = text.find(closing, end, open_at + _CAMPAIGN_MAX + 1)
        if close_at < 0 or text.find(closing, open_at + 1, start) >= 0:
            continue
        if _campaign_noun().match(text, close_at + 1):
            return True  # a campaign's name, long and with its commas ("全省轮战300天，守护平安积石山"专项行动)
        content = text[open_at + 1 : close_at]
        if close_at - open_at <= _LABEL_MAX and not _SPEECH_PUNCTUATION.search(content):
            return True
    return False


@cache
def _campaign_noun() -> re.Pattern[str]:
    return compile_pattern(lexicon.alternation(lexicon.word_list("campaign_nouns.txt")))
