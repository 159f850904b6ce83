"""The phrase that names what a figure counts, as words: cleaned, tidied and keyed (claimkb_metric).

Every rule that names a figure reads its phrase through these: the phrase before a figure loses its time
phrase, place or organisation, adverbs and links (clean_before), its edges are tidied to words that can
name what is counted (tidy_metric), and metric_key gives the normalised metric figures are compared by
across articles. The word lists and small tests of a phrase that the metric step's modules (metric.py and
the metric_*.py beside it) share live here too, below all of them, so no two of them import each other.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from extract import lexicon
from extract.brackets import Balances
from extract.components.period import comparison_pattern, period_pattern
from extract.indicators import name_ending
from extract.pattern_cache import compile_pattern
from extract.places import Place, gazetteer, is_division_noun, name_governing_word_end, place_preceding_words
from extract.quantities import DIVISION_ALTERNATIVES
from extract.roc_years import BARE_ROC
from extract.words import OF, phrase_words, starts_a_word

QUOTE_CHARS = compile_pattern(r"[“”‘’\"'「」『』《》]")
# compiled once: the metric of every figure is read through these (re.sub with a string looks its pattern up)
WHITE_SPACE = compile_pattern(r"\s+")
BRACKET_CHARS = compile_pattern(r"[（()）]")
_FROM_AT_END = compile_pattern(r"(?:由|从)$")
MAX_METRIC = 16
# a noun of coordinated parts names one thing with all of them (传销、集资诈骗和非法吸收公众存款案件): longer
_COORDINATED_EXTRA = 8
# a bracketed note: any of a few characters, or one of any length that says what the figure leaves out or takes in
# (lexicon/bracket_note_openers.txt)
_BRACKET_NOTE_CHARS = 12
_LONG_NOTE_CHARS = 40


@cache
def _bracketed() -> re.Pattern[str]:
    openers = lexicon.alternation(lexicon.word_list("bracket_note_openers.txt"))
    return compile_pattern(
        rf"[（(](?:(?:{openers})[^（()）]{{0,{_LONG_NOTE_CHARS}}}|[^（()）]{{0,{_BRACKET_NOTE_CHARS}}})[）)]"
    )


# a footnote's mark after a word (生产总值[2], 增加值［注1］): the notes of a statistical communiqué
_FOOTNOTE_MARK = compile_pattern(r"[\[［](?:注)?[0-9０-９]{1,2}[\]］]")
# a space between two words of text in the phrase before a figure: a headline's parts written apart
# (天津市新增2例确诊病例 累计确诊病例90例): what is counted is named after the last one
_INNER_SPACE = compile_pattern(r"(?<=[\u4e00-\u9fff])[ \t\u3000\xa0]+(?=[\u4e00-\u9fff])")
# how many places a list before it named: 三省, 两市, 四省区
_PLACE_COUNT = compile_pattern(r"[两二三四五六七八九十]+个?(?:省区市|省市|省区|省|市|县|区|地)")


@cache
def _trailing_links() -> re.Pattern[str]:
    return compile_pattern(f"(?:{lexicon.alternation(lexicon.metric_links())})$")


@cache
def _leading_words() -> re.Pattern[str]:
    return compile_pattern(f"^(?:{lexicon.alternation(lexicon.word_list('metric_leading.txt'))})")


# a procedure the act came after, opening the phrase (经审查后, 经过核查后, 经调解后), with a note in brackets after it
# (经审查后(含上期积存)批准逮捕)
_AFTER_A_PROCEDURE = compile_pattern(
    r"\s*经过?[\u4e00-\u9fff]{1,4}?后(?:[（(][^（）()]{0,12}[）)])?(?=[\u4e00-\u9fff])"
)


# 现 (now) before where people are held (现在院隔离治疗确诊病例57例, 现在定点医院接受治疗): the stock word, not 现在
_NOW_IN_HOSPITAL = compile_pattern(r"现(?=在(?:院|定点|医院))")


@cache
def _leading_verb() -> re.Pattern[str]:
    verbs = lexicon.alternation(lexicon.word_list("metric_governing.txt"))
    return compile_pattern(f"^(?:标准化|高标准|高质量|常态化|全面|累计|新)*(?:{verbs})了?")


@cache
def _leading_nouns() -> tuple[str, ...]:
    """从业人员, 就业率, 对外贸易: nouns whose first character is also a leading word or verb."""
    return tuple(lexicon.word_list("metric_leading_nouns.txt"))


@cache
def _synonyms() -> dict[str, str]:
    return lexicon.word_table("metric_synonyms.tsv")


def strip_links(phrase: str) -> str:
    """Remove linking words from the end of a phrase (已提高至, 达到, 分别同比上升), repeatedly; not the growth a
    contribution is to (贡献经济成长, 拉动经济增长: lexicon/contribution_verbs.txt)."""
    while phrase:
        match = _trailing_links().search(phrase)
        if not match or not match.group():
            break
        if a_change_verb(match.group()) and _contribution_before().search(phrase, 0, match.start()):
            break  # 贡献经济成长: the growth contributed to (not 贡献率高达54.7%: 高达 links the rate)
        if phrase.endswith(_words_ending_in_a_link()):
            break  # the end of a noun (违法行为): no link of its own
        phrase = phrase[: match.start()]
    return phrase


@cache
def _words_ending_in_a_link() -> tuple[str, ...]:
    return tuple(lexicon.word_list("words_ending_in_a_link.txt"))


@cache
def _contribution_before() -> re.Pattern[str]:
    """A contribution verb and at most a short noun (经济) right before a link: the growth contributed to."""
    verbs = lexicon.alternation(lexicon.word_list("contribution_verbs.txt"))
    return compile_pattern(rf"(?:{verbs})[\u4e00-\u9fff]{{0,2}}$")


@cache
def generic_heads() -> dict[str, str]:
    return lexicon.word_table("metric_generic_heads.tsv")


@cache
def people_endings() -> tuple[str, ...]:
    return lexicon.word_list("people_nouns.txt")


@cache
def people_or_case_endings() -> tuple[str, ...]:
    """The endings of a noun of people or cases (患者, 在校生, 病例): people_nouns.txt and 例."""
    return (*people_endings(), CASE)


@cache
def _edge_tags() -> dict[str, str]:
    return lexicon.word_table("metric_function_tags.tsv")


@cache
def threshold_verbs() -> frozenset[str]:
    return frozenset(lexicon.word_list("threshold_verbs.txt"))


@cache
def _level_verbs() -> frozenset[str]:
    return frozenset(lexicon.word_list("metric_level_verbs.txt"))


@cache
def _change_verbs() -> frozenset[str]:
    return frozenset(lexicon.word_table("change_verbs.tsv"))


@cache
def change_manners() -> frozenset[str]:
    return frozenset(lexicon.word_list("change_manners.txt"))


# a single character that can name what is counted: a noun (省, 户); jieba tags 村 and 镇 zg
_SINGLE_NOUN_TAGS = frozenset({"n", "ng", "nr", "ns", "nt", "nz", "zg"})
# a clause's topic frame (至于…方面): 方面, and 至于 before the topic (not 在, which opens nouns: 在职员工, 在校学生)
_TOPIC_FRAME = compile_pattern(r"^至于(?=.{2})|(?<=.{2})方面$")
# a measure and the superlative ranking the place after it (人口增加率最高者为, 粗出生率最高为新竹市): the measure;
# not a superlative that opens the noun after it (单日最高接待游客, 最高气温)
_RANKED_BY_A_SUPERLATIVE = compile_pattern(
    r"(?P<what>.{2,}?)(?:最高|最低|最多|最少|最大|最小|最快|最慢|次高|次低)(?:者|的)?(?:(?:为|為|是).*)?"
)
# a preposition that opens the time or baseline a level is compared with ("农业产值从合并前的…")
_BASELINE_PREPOSITIONS = frozenset({"从", "由", "自", "比", "较", "较之", "继"})


_AT = ("在", "p")
CASE = "例"  # 病例, 输入病例: a case is a person
# a clause of 占 alone before a share (占98.3%, 约占12%): of the part before it; its noun
BARE_SHARE = r"\s*约?占(?:了|比)?(?:为|达到?|是)?约?\s*"
SHARE_NOUN = "占比"


@cache
def _revision_verbs() -> frozenset[str]:
    return frozenset(lexicon.word_list("revision_words.txt"))


@cache
def distribution_verbs() -> tuple[str, ...]:
    """分布在, 分布于 (lexicon/distribution_verbs.txt): where the figures after them are."""
    return tuple(lexicon.word_list("distribution_verbs.txt"))


@cache
def _distribution_stems() -> frozenset[str]:
    """分布, 散布: the verbs without their preposition, as a phrase is left when its place is taken off."""
    return frozenset(verb[:-1] for verb in distribution_verbs())


# a kind of division with its other kinds in brackets (市（州）, 县(市、区), 省（区、市）) or listed after it
# (24个省、区、市以及…: the 、 alone, the list closing its words): the noun of a count of divisions
DIVISION_KINDS = compile_pattern(
    rf"[省县市区旗镇乡](?:{DIVISION_ALTERNATIVES}|(?:、(?:自治区|直辖市|[县市区旗镇乡州])){{1,2}}+"
    r"(?=以及|及|和|等|[^\u4e00-\u9fff]|$))"
)
DIVISION_KINDS_AT_END = compile_pattern(rf"{DIVISION_KINDS.pattern}$")


_A_FIGURE = compile_pattern(r"[0-9]+(?:\.[0-9]+)?[^0-9]{1,3}")


_BAR = "|"


@lru_cache(maxsize=65536)
def tidy_metric(phrase: str | None) -> str | None:
    """A metric that starts and ends on a word that can name what is counted: function words (adverbs,
    prepositions, particles, a trailing pronoun or locality word) and threshold verbs come off its
    edges, a baseline opened by 从/由/比 comes off its end, and a phrase with nothing left, a single
    character, or a lone change, revision or threshold verb names nothing (涨幅, a noun, does) (None: the
    figure takes the metric of the figure before it, where there is one)."""
    if not phrase:
        return None
    phrase = _ENUMERATOR.sub("", phrase)  # 1.鄂尔多斯市, （2）确诊病例: a list item's number is no word of it
    # 香港治安|上半年罪案按年減4.6%: a headline's topic before a bar, or a table's cell before it, is no word of it
    phrase = phrase.rpartition(_BAR)[2]
    # 著作权、商标权、专利权等知识产权纠纷案件: examples listed before 等 name some of the kind after it, the counted
    phrase = _EXAMPLES_BEFORE_ETC.sub("", phrase)
    # “四增一减”…四增为水稻产量412.4亿斤: a tally's label says which group of a summary the item is in, no word of it
    phrase = _TALLY_LABEL.sub("", phrase)
    if phrase.startswith(distribution_verbs()) or phrase in _distribution_stems():
        return None  # 分布在竹北市, 分布 (its place gone): where the figures are, not what they count
    # 至於在職員工方面，共有7 897人: the topic a clause opens with names what is counted, without its frame
    phrase = _TOPIC_FRAME.sub("", phrase)
    if ranked := _RANKED_BY_A_SUPERLATIVE.fullmatch(phrase):
        phrase = ranked["what"]  # 人口增加率最高者為連江縣119.14‰, 粗出生率最高為新竹市之16.76‰: the measure ranked
    if not phrase or phrase in currency_words():
        return None  # 共計新臺幣300元: a currency's name alone is the sum's unit, no name of what it is
    if phrase in _estimate_words():
        return None  # 臨時估計為24億元: which estimate the figure is, not what it measures
    if _A_FIGURE.fullmatch(phrase) and phrase.lstrip("0123456789.") in lexicon.units():
        return None  # 贵阳市12处(216万吨/年): the count before a bracketed figure is another figure, no name of it
    if is_division_noun(phrase):
        return phrase  # 21个地市: jieba reads 地 of 地市 alone as a particle, which would come off its edge
    kinds = DIVISION_KINDS_AT_END.search(phrase)
    if kinds:
        # 涉及市（州）: the other kinds in brackets are the noun's, no bracket left open at its edge
        return (tidy_metric(phrase[: kinds.start()]) or "") + kinds.group()
    if phrase.startswith(_ITS) and len(phrase) > len(_ITS) + 1 and phrase[len(_ITS)] not in _WORDS_OPENED_BY_ITS:
        phrase = phrase[len(_ITS) :]  # 其净息差: its (the bank's), which jieba reads as one word with 净
    words = list(phrase_words(phrase))
    for k, (word, _) in enumerate(words):
        if (
            k
            and word in _BASELINE_PREPOSITIONS
            and any(t.startswith("n") for _, t in words[:k])
            and words[k - 1][0] + word != SHARE_NOUN  # 优良天数占比: jieba cuts the share's noun into 占 and 比
        ):
            words = words[:k]
            break
    for k in range(1, len(words)):
        # an adverb between (患者均在): passed over
        noun = words[k - 2] if k > 1 and words[k - 1][1] in ADVERB_TAGS else words[k - 1]
        if (
            words[k] == _AT
            and noun[0].endswith(people_or_case_endings())
            and all(tag.startswith(("n", "f", "s")) for _, tag in words[k + 1 :])
        ):
            # 在治患者均在定点医疗机构: where the people are is no word of who is counted (村民在基地干活: what they do
            # there is)
            words = words[:k]
            break
    for k in range(len(words) - 2, 0, -1):
        if words[k][0] in ("中", "里") and all(tag == "ns" for _, tag in words[k + 1 :]):
            words = words[:k]  # 确诊病例中包头市: the place is a part's subject, the noun before 中 is counted
            break
    for k in range(len(words) - 2, -1, -1):
        if not _counted_word().fullmatch(words[k][0]) or words[k][0].endswith(grade_units()):
            continue
        # 写了一张金额, 一年消耗: a count inside the phrase opens the noun it counts; 干活一个小时: the one
        # unit a rate is per is no part of the thing
        per_unit = words[k + 1][0] in lexicon.units()
        words = words[:k] + words[k + 2 :] if per_unit else words[k + 1 :]
        break
    # 降为2018年…, 较上季大跌, 只比正常值高: the level reached or the baseline, with nothing measured (an adverb of
    # degree may stand before the comparison)
    if any(
        _a_baseline_or_level(words[k : k + 1]) for k in ((0, 1) if words[:1] and words[0][1] in ADVERB_TAGS else (0,))
    ):
        return None
    if _BETTER_OR_WORSE_THAN.match("".join(word for word, _ in words)):
        return None  # 遠好於上一季的收縮4.1%: the level compared with, of what the figure before measures
    words = _without_clause_adverbs(words)
    edges, thresholds = _edge_tags(), threshold_verbs()
    while words and (
        words[-1][1] in edges
        or words[-1][0] in thresholds
        or words[-1][0] in change_manners()
        or _reaching(words)
        or _restated_currency(words)
        # 涉款/大/增至, 失业率/大/增至: the degree of a change verb, cut off it by jieba, after the verb went
        or (len(words) > 1 and words[-1][0] in _DEGREE)
        # 新增确诊/订正(为631例): a notice's revision of the figure, no word of what it counts
        or (len(words) > 1 and words[-1][0] in _revision_verbs())
    ):
        if _split_word(words):
            break
        if _restated_currency(words):
            # 歲入編列新臺幣198億元: the link words before the currency's name were not at the phrase's end
            words = words[:-1]
            linked = strip_links("".join(word for word, _ in words))
            words = words[: _words_within(words, len(linked))]
            continue
        if len(words) > 1 and words[-1][0] in LEVEL_REACHED and words[-2][0] in _change_verbs():
            words.pop()  # 提高/到: jieba cuts the level's 到 off the verb
        words.pop()
    while words and edges.get(words[0][1]) == "both":
        if "".join(word for word, _ in words).startswith(_leading_nouns()):
            break  # 自然增长率: the adverb jieba cuts off opens the term
        negation = _opening_negation(words[0][0]) if len(words) > 1 else ""
        if negation:
            words[0] = (negation, words[0][1])  # 不过夜旅客: the negation is the noun's, not an adverb of the clause
            break
        words.pop(0)
    if len(words) > 1 and words[0][0] == _ITS:
        words = words[1:]  # (但)其工程總值達7.34億元: its, the body's named before, no word of what is measured
    while len(words) > 1 and words[0][0] in COPULAS:
        words = words[1:]  # 另有2名是澳大利亚籍的外籍人士, 200家为民营企业: the link to what the part is, no word of it
    tidy = "".join(word for word, _ in words)
    if tidy in modal_words():
        return None  # 可能, 有望: how sure something is names nothing counted
    if not tidy or (len(tidy) == 1 and words[0][1] not in _SINGLE_NOUN_TAGS):
        return None  # 省 or 村 names what is counted ("13个省"); 降, 底, 除 do not
    if len(words) == 1 and (
        tidy in thresholds or tidy in _level_verbs() or (a_change_verb(tidy) and words[0][1].startswith("v"))
    ):
        return None
    return tidy


LEVEL_REACHED = ("至", "到", "为")
# a list of examples (two or more, parted by 、) closed by 等 before the noun of their kind, two characters at least
_EXAMPLES_BEFORE_ETC = compile_pattern(r"^[^、，,。；;]{1,12}(?:、[^、，,。；;]{1,12})+等(?=[\u4e00-\u9fff]{2})")
# the copulas that link a figure to what it is (1人是密切接触者, 200家为民营企业), cut by jieba as words of their own
COPULAS = frozenset({"是", "为", "系"})
# a summary's tally label and its copula before what it names (四增为, 一减为, 两升是, 三降为)
_TALLY_LABEL = compile_pattern(r"^[一二两三四五六七八九十][增减升降涨跌][为是]")
_ENUMERATOR = compile_pattern(
    r"^\s*(?:[0-9０-９]{1,2}\s?[.．、](?![0-9０-９])|[（(][0-9０-９一二三四五六七八九十]{1,3}[）)])\s*"
)


@cache
def _counted_word() -> re.Pattern[str]:
    """A numeral in words and its measure word, as jieba keeps them together (一张, 一年, 两棵, 三个)."""
    return compile_pattern(f"[一二两三四五六七八九十百千几]+(?:{lexicon.alternation(list(lexicon.units()))})")


@cache
def grade_units() -> tuple[str, ...]:
    """级: a numeral with it grades the noun after it (一级资本), it counts nothing."""
    return lexicon.word_list("metric_grade_units.txt")


# a comparison that opens a phrase: what follows is the baseline (较上季, 比上年), not what is measured
# (按年, 按季, 按月: year-, quarter- and month-on-month as Hong Kong and Macau write them)
_COMPARED_WITH = frozenset({"较", "比", "同比", "环比", "较之", "按年", "按季", "按月"})
# better or worse than a level (远好于, 优于, 差于), opening the phrase: the comparison, no name of what is measured
_BETTER_OR_WORSE_THAN = compile_pattern(r"(?:远|大大|明显|略|稍)?(?:好|优|差|逊|胜)[于於过]")
# the degree a change verb may carry (大增, 猛增, 骤降, 大跌, 微升, 略降): the verb is still a change verb
_DEGREE = ("大", "猛", "骤", "剧", "暴", "激", "锐", "微", "略", "稍")


def _a_baseline_or_level(words: list[tuple[str, str]]) -> bool:
    """The word reaches a level (降为) or opens a comparison with a baseline (较, 比高)."""
    return bool(words) and (_reaching(words) or words[0][0] in _COMPARED_WITH or _compared_word(words[0][0]))


def _compared_word(word: str) -> bool:
    """比高, 比低: jieba's one word for 比 and the verb of a comparison whose baseline (比上年高) went before."""
    return len(word) == 2 and word[0] in "比较" and word[1] in lexicon.word_table("compared_verbs.tsv")


def a_change_verb(word: str) -> bool:
    return word in _change_verbs() or (len(word) > 1 and word[0] in _DEGREE and word[1:] in _change_verbs())


def _restated_currency(words: list[tuple[str, str]]) -> bool:
    """收受宁某人民币(4.5万元): a currency word after the thing restates the unit of the sum after it."""
    return len(words) > 1 and len(words[-1][0]) > 1 and words[-1][0] in currency_words()


def _reaching(words: list[tuple[str, str]]) -> bool:
    """升至, 增加到, 下降为 at the end of a metric: a change verb and the level it reaches (the figure
    itself), which say nothing of what is measured."""
    word = words[-1][0]
    if word in LEVEL_REACHED:
        return len(words) > 1 and words[-2][0] in _change_verbs()
    if len(word) > 1 and word.endswith(LEVEL_REACHED) and word[:-1] in _change_verbs():
        return True
    # 失业率升(至), a link word already gone, 失业率大增: a verb of change after the noun is no part of it; nor is 多 or
    # 少 after a noun (純利少6.94%，至146.77億元: a Hong Kong paper's change, its level after)
    if len(words) > 1 and word in MORE_OR_LESS and not words[-2][1].startswith(_NOT_A_NOUNS_END):
        return True
    return len(words) > 1 and a_change_verb(word) and (len(word) == 1 or word[0] in _DEGREE)


# more and less alone after a noun (純利少6.94%, 收入多2.5%): a change where the level reached follows (kind.py)
MORE_OR_LESS = ("多", "少")
_NOT_A_NOUNS_END = ("d", "m", "p", "c", "u", "r")  # 很少, 一多, 比多: no noun before the word (jieba tags 纯利 a)


def _words_within(words: list[tuple[str, str]], length: int) -> int:
    """How many of the words, from the first, lie within the first `length` characters of their text."""
    count, at = 0, 0
    for word, _ in words:
        if at + len(word) > length:
            break
        at += len(word)
        count += 1
    return count


def _split_word(words: list[tuple[str, str]]) -> bool:
    """jieba cuts 占比, 同比 and 环比 into a verb and the preposition 比: that 比 ends a word."""
    return len(words) > 1 and words[-1][0] == "比" and words[-2][0] in ("占", "同", "环")


@cache
def _clause_adverbs() -> frozenset[str]:
    return frozenset(lexicon.word_list("metric_clause_adverbs.txt"))


# jieba's tags of an adverb (d) and of a lone character it reads as one (zg: 仍)
ADVERB_TAGS = ("d", "zg")


def _without_clause_adverbs(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """中国台湾旅客则占, 旅客亦分别占 -> 旅客占: an adverb joining the clause to the one before is no word of
    what is counted, between the noun and its verb as much as at an edge; after a single character it is that
    character's, a word jieba cut in two (亩均税收, 生均经费)."""
    kept: list[tuple[str, str]] = []
    for word, tag in words:
        # a conjunction as much as an adverb (但仍連續2年跌破45萬人: 但, then 仍, no single character of a word)
        joining = tag in ADVERB_TAGS or tag == _CONJUNCTION
        if not (word in _clause_adverbs() and joining and (not kept or len(kept[-1][0]) > 1)):
            kept.append((word, tag))
    return kept


_CONJUNCTION = "c"


def clause_adverbs_removed(phrase: str) -> str:
    """二产增加值则 -> 二产增加值: a phrase before 分别 is not tidied, and keeps the words of its own but these."""
    return "".join(word for word, _ in _without_clause_adverbs(list(phrase_words(phrase))))


@cache
def _negations() -> tuple[str, ...]:
    return lexicon.word_list("metric_negations.txt")


def _opening_negation(word: str) -> str:
    """The negation an adverb opening a metric keeps (不 of 不过夜旅客, 未 of 尚未完成流调), else ''."""
    return word[-1] if word.endswith(_negations()) else ""


@lru_cache(maxsize=65536)
def metric_key(metric: str | None) -> str | None:
    """The normalised metric for comparing figures across articles: the synonym lexicon's key, else the
    metric itself, with a generic head folded off (网格员总数 -> 网格员; lexicon/metric_generic_heads.tsv).
    Cached, as tidy_metric is: the same metrics recur page after page, and each tried every topic prefix
    and generic head."""
    if not metric:
        return None
    plain = WHITE_SPACE.sub("", QUOTE_CHARS.sub("", metric))
    if plain in _synonyms():
        return _synonyms()[plain]
    plain = _without_topic(plain)
    if plain in _synonyms():
        return _synonyms()[plain]
    folded = fold_generic_head(plain)
    return _synonyms().get(folded, folded)


@cache
def _topic_prefixes() -> tuple[str, ...]:
    return tuple(sorted(lexicon.word_list("metric_topic_prefixes.txt"), key=len, reverse=True))


def _without_topic(metric: str) -> str:
    """The metric without the feed's topic written before it (新冠肺炎确诊病例 -> 确诊病例), when something
    is left to count."""
    for prefix in _topic_prefixes():
        rest = metric.removeprefix(prefix)
        if rest != metric and len(rest) >= 2:
            return rest
    return metric


def fold_generic_head(metric: str) -> str:
    """The metric without a generic head that adds nothing to what is counted (数量, 总数, 人数 of people)."""
    for head, folds in generic_heads().items():
        rest = metric.removesuffix(head)
        if rest == metric or len(rest) < 2:
            continue
        if folds == "people" and not rest.endswith(people_endings()):
            continue
        return rest
    return metric


@lru_cache(maxsize=8192)  # a gazetteer search per metric: a document repeats its metrics, a feed its documents'
def only_a_place(metric: str) -> bool:
    """The metric is a province's or city's name, as the gazetteer finds it, and nothing else (黑龙江省,
    怀化, or a chain of names from one: 乌海市海勃湾区), or a city's short name that is a word first (北海,
    中山: a list's part, "北海3例"); a county's short name may be a noun (鼓楼, the drum tower of 鼓楼区)."""
    if any(place.level in _NAMED_LEVELS for place in gazetteer().list_part_places(metric)):
        return True
    mentions = gazetteer().find(metric, None)
    # a chain of names, each right after the one before (乌海市海勃湾区, 兴安盟乌兰浩特市), the first a province or city
    chained = all(before.end == after.start for before, after in zip(mentions, mentions[1:], strict=False))
    return (
        bool(mentions)
        and mentions[0].start == 0
        and mentions[-1].end == len(metric)
        and chained
        and (mentions[0].place.level in _NAMED_LEVELS or _a_full_county_name(metric, mentions[0].place))
    )


def _a_full_county_name(metric: str, place: Place) -> bool:
    """易县, 涞水县, 科尔沁区: a county's full name with its suffix is no noun, as its short name may be."""
    return place.level == "county" and metric == place.name


_NAMED_LEVELS = ("country", "province", "city")  # a foreign country too: 其中西班牙3例 (where the cases came from)


def bracket_depth(balances: Balances, start: int, at: int) -> int:
    """How many brackets are open at `at`, counted from `start` (a sentence's start)."""
    return max(0, balances.balance(start, at))


# the last characters of the nouns of a measure, whatever jieba tags them (就业不足率: 率 is tagged v)
MEASURES = ("率", "数", "额", "量", "值", "比", "价", "度")


# the links between a noun and the part or the attribute written after it (出院病例为万州区1例, 患者为男性)
PART_LINKS = ("为", "是")


def a_noun(phrase: str) -> bool:
    """A phrase opening with a noun that is no currency (感谢费, 现金; not 人民币, which restates 元)."""
    words = phrase_words(phrase)
    return bool(words) and words[0][1].startswith("n") and words[0][0] not in currency_words()


@cache
def currency_words() -> frozenset[str]:
    return frozenset(surface for surface, unit in lexicon.units().items() if unit.kind == "money")


def clean_before(raw: str, clause_start: int, mentions: dict) -> str:
    """The phrase before a figure without time phrase, place or organisation, adverbs and links, nor the words of how
    the figure strikes the writer right before it (达到了惊人的1124.52万吨: lexicon/evaluative_modifiers.txt)."""
    if raw.rstrip().endswith(OF):  # the regex only where it can match: this runs for every phrase of every figure
        raw = _evaluative_modifier().sub("", raw)
    if mentions.keys().isdisjoint(range(clause_start, clause_start + len(raw) + 1)):
        return clean_phrase(raw)  # no name starts in it: the phrase alone decides
    # the names _cleaned may read (at raw[k] for k up to len(raw) + 1), by offset into the phrase: the phrase and
    # these decide, so a phrase naming its place as on an earlier page is cleaned once
    names = tuple(
        (k - clause_start, mention.end - clause_start, mention.role)
        for k in range(clause_start, clause_start + len(raw) + 2)
        if (mention := mentions.get(k)) is not None
    )
    return _clean_named_phrase(raw, names)


@cache
def _evaluative_modifier() -> re.Pattern[str]:
    words = lexicon.alternation(lexicon.word_list("evaluative_modifiers.txt"))
    return compile_pattern(rf"(?:{words})的\s*$")


class _NameInPhrase(NamedTuple):
    """What _cleaned reads of a name starting in the phrase: its end (an offset into the phrase) and role."""

    end: int
    role: str


@lru_cache(maxsize=65536)
def _clean_named_phrase(raw: str, names: tuple[tuple[int, int, str], ...]) -> str:
    """clean_before of a phrase with the names starting in it: (offset, end, role), offsets into the phrase."""
    return _cleaned(raw, 0, {start: _NameInPhrase(end, role) for start, end, role in names})


@lru_cache(maxsize=65536)  # a feed's figures repeat their phrases (新增确诊病例), document after document
def clean_phrase(raw: str) -> str:
    """clean_before of a phrase in which no place or organisation starts."""
    return _cleaned(raw, 0, {})


# the pronoun "its" opening a metric (其净息差, 其零售贷款余额), and the words it opens that are no pronoun (其中, 其他,
# 其余, 其它, 其实, 其次)
_ITS = "其"
_WORDS_OPENED_BY_ITS = "中他余它实次"


# a year of Taiwan's calendar opening a phrase, with its month or end (113年9月底, 113年底)
_ROC_PERIOD = compile_pattern(rf"(?:{BARE_ROC})\s?年(?:[0-9]{{1,2}}月)?(?:底|末|初)?")


# a city's urban area, written right after its name (郑州市区)
_URBAN_AREA = "市区"


def _cleaned(raw: str, clause_start: int, mentions: dict) -> str:
    """clean_before: `mentions` are read only where a name may start, raw[k] for k up to len(raw)."""
    raw = _without_a_ranked_place_at_end(raw, clause_start, mentions)
    offset = 0
    while True:
        changed = False
        rank = _RANK_LABEL.match(raw, offset)
        if rank:
            offset, changed = rank.end(), True  # 第二名南投縣764萬人次: the place's rank, no word of what is counted
        # a quarter with no year opening a phrase (第三季本澳货物出口总值) is its time in any text: a show's season
        # (该剧第三季) follows the show's name
        period = period_pattern(raw, quarters_alone=True).match(raw, offset)
        if period and period.end() > offset:
            if period.end() - 1 > offset and raw.startswith(_leading_nouns(), period.end() - 1):
                # 现在|院隔离治疗: the time phrase's last character opens a noun (在院), which keeps it
                offset = period.end() - 1
            else:
                # a time phrase ending inside a word (2017年|底) takes the whole word: 底 names nothing counted; a
                # noun of two characters or more left of the word (2020年|发电量, jieba's 年发电量) names it
                word_start = _word_start_from(raw, period.end())
                offset = period.end() if word_start - period.end() >= _NOUN_LEFT_OF_A_WORD else word_start
            changed = True
        roc_period = _ROC_PERIOD.match(raw, offset)
        if roc_period and mentions.get(clause_start + roc_period.end()) is not None:
            # 113年9月底臺北市實際進用…: a year of Taiwan's calendar and its part before a name is the time, as 2024年
            # 9月底北京市 is (the period step reads it; a bare 113 is no year to period_pattern here)
            offset, changed = roc_period.end(), True
        mention = mentions.get(clause_start + offset)
        governing = name_governing_word_end(raw, offset) if mention is None else None
        named = mentions.get(clause_start + governing) if governing is not None else None
        if named is not None and named.role == "organisation":
            # 改扩建均州中学增加学位, 依托合作社带动: the word that governs a body's name, no word of what is counted
            offset, mention = governing, named
        if (
            mention is not None
            and mention.end <= clause_start + len(raw)
            and not _name_ends_inside_a_word(raw, offset, mention.end - clause_start)
        ):
            offset = mention.end - clause_start
            changed = True
            if raw[offset - 1 : offset + 1] == _URBAN_AREA:
                offset += 1  # 郑州市区商品房销售: the city's urban area (市区), its 区 no word of what is measured
            # 山东省和河南省粮食产量, 广东、江苏、浙江三省外贸进出口: a list of places, and their count
            separator = lexicon.LIST_SEPARATOR.match(raw, offset)
            if separator and mentions.get(clause_start + separator.end()) is not None:
                offset = separator.end()
            else:
                count = _PLACE_COUNT.match(raw, offset)
                offset = count.end() if count else offset
        place_after = mentions.get(clause_start + offset + 1) if mention is None else None
        if (
            place_after is not None
            and place_after.role == "place"
            and raw[offset : offset + 1] in place_preceding_words()
        ):
            # 及南屯区16.67%, 以北区…最稠密, 而南屯区52.34%: a conjunction or preposition before the part's place
            # (not before a body: 和国家卫健委中医重症组专家1人 names whose experts they are)
            offset += 1
            changed = True
        procedure = _AFTER_A_PROCEDURE.match(raw, offset)
        if procedure:
            offset, changed = procedure.end(), True  # 经审查后批准逮捕158件: after what the act came, no word of it
        leading = _leading_words().match(raw[offset:])
        if (
            leading
            and leading.group()
            and not raw.startswith(_leading_nouns(), offset)
            # 现身 is no 现 (now) and 身; 现在院隔离治疗 is 现 and 在院, which jieba reads as 现在 and 院
            and (starts_a_word(raw, offset + leading.end()) or _NOW_IN_HOSPITAL.match(raw, offset))
        ):
            offset += leading.end()
            changed = True
        if raw[offset : offset + 1] in ("的", "，", ",", "（", "(") or raw[offset : offset + 1].isspace():
            offset += 1  # （其中武汉市1590例: a bracket opens a part; ", 其中西班牙12例": a space after a comma
            changed = True
        if not changed:
            after_space = _after_the_last_inner_space(raw, offset)
            if after_space is None:
                break
            offset = after_space
    # the space of "达到 260 万人次" would hide the link words at the end
    phrase = strip_links(_strip_trailing_period(_without_inner_dates(strip_links(raw[offset:].rstrip()))))
    phrase = QUOTE_CHARS.sub("", phrase).strip()
    phrase = _FOOTNOTE_MARK.sub("", _bracketed().sub("", phrase))
    phrase = BRACKET_CHARS.split(phrase)[-1]
    surpassed = _surpassing_at_end().search(phrase)
    if surpassed and surpassed.start() >= _SHORTEST_NOUN:
        phrase = phrase[: surpassed.start()]  # 觀光人次已超過去年整年度的880萬人次: the count passed, what it counts
    verb = _leading_verb().match(phrase)
    if (
        verb
        and len(phrase) - verb.end() >= 2
        and not phrase.startswith(_leading_nouns())
        and starts_a_word(phrase, verb.end())  # 向日葵 is no 向 (towards) and 日葵
        and not phrase.startswith(_ADJECTIVE_ENDINGS, verb.end())  # 聚集性疫情: the kind of outbreak
        and not _coordinated_verb_at(phrase, verb.end())  # 新建改建茶园: both verbs qualify the 茶园
        and phrase[verb.end() :] not in generic_heads()  # 查处人数: the people the act dealt with, counted
    ):
        phrase = phrase[verb.end() :]  # 标准化提升暖新驿站 -> 暖新驿站
    report = _report_frame().match(phrase)
    if report and len(phrase) - report.end() >= 2:
        phrase = phrase[report.end() :]  # 收到港澳台地区通报确诊病例: who reported them, not what is counted
    toll = _toll_frame().match(phrase)
    if toll and len(phrase) - toll.end() >= 2:
        phrase = phrase[toll.end() :]  # 洪水已造成倒塌房屋: what the event caused is the toll counted, not the event
    frame = _frame_end().search(phrase)
    if frame and len(phrase) - frame.end() >= 2 and _opens_with_a_verb(phrase[frame.end() :]):
        # 单位工程建设等方面收受他人财物: the frame says where, not what; before a noun it says which
        # (工程建设等领域职务犯罪: the crimes of that field, not all of them)
        phrase = phrase[frame.end() :]
    phrase = _after_last_verb(phrase)
    head = phrase.rsplit("的", 1)[-1]
    if _without_linking_adverbs(head) in _estimate_words() and len(phrase) > len(head) + 1:
        # "零售业总销货价值的临时估计": how the figure was reckoned; the phrase before 的 names what it measures
        phrase = phrase[: -len(head) - 1]
        head = phrase.rsplit("的", 1)[-1]
    if len(head) >= 2:
        # "…等关系民生的传统侵财案件" -> 传统侵财案件
        phrase = (
            _share_of_a_part(phrase, head)
            or _told_apart_by_its_clause(phrase, head)
            or kind_before_its_topic(phrase, head)
            or _measure_of_an_owner(phrase, head)
            or head
        )
    longest = MAX_METRIC + (_COORDINATED_EXTRA if "、" in phrase else 0)
    if len(phrase) > longest:
        phrase = phrase[_word_start_from(phrase, len(phrase) - longest) :].lstrip("、")
    if lexicon.LIST_SEPARATOR.fullmatch(phrase):
        return ""  # "4.5万亿元和4.2万亿元": the 和 before the second figure names nothing
    return phrase


@cache
def _surpassing_at_end() -> re.Pattern[str]:
    """A verb of passing a figure (已超过, 将超越: lexicon/surpassing_verbs.txt), what it passes, up to the figure."""
    verbs = lexicon.alternation(lexicon.word_list("surpassing_verbs.txt"))
    return compile_pattern(rf"(?:已经|已|将|还|也)(?:{verbs})了?[^，,。；;]{{0,12}}$")


_SHORTEST_NOUN = 2


# a rank in a list of ranked places (觀光人次雲林縣第一名786萬人次，第二名南投縣764萬人次)
_RANK_LABEL = compile_pattern(r"第[一二三四五六七八九十0-9]{1,3}(?:名|位)")
_RANK_LABEL_AT_END = compile_pattern(rf"(?:{_RANK_LABEL.pattern})$")
_LONGEST_PLACE_NAME = 12


def _without_a_ranked_place_at_end(raw: str, clause_start: int, mentions: dict) -> str:
    """ "观光人次云林县第一名" before 786萬人次: a place and its rank right before the figure are its subject and where
    it stands, no words of what it measures (观光人次)."""
    rank = _RANK_LABEL_AT_END.search(raw)
    if rank is None:
        return raw
    end = clause_start + rank.start()
    for start in range(max(0, rank.start() - _LONGEST_PLACE_NAME), rank.start()):
        mention = mentions.get(clause_start + start)
        if mention is not None and mention.end == end:
            return raw[:start]
    return raw


def _after_the_last_inner_space(raw: str, offset: int) -> int | None:
    """Where the phrase goes on after the last space between two words of text in it (新增2例确诊病例 累计确诊病例: a
    headline's parts written apart), when a name of what is counted follows it, not only a link (新型肺炎确诊病例
    累计28例: the 累计 of the figure, which counts what the part before names)."""
    spaces = [space.end() for space in _INNER_SPACE.finditer(raw, offset)]
    if not spaces:
        return None
    rest = strip_links(raw[spaces[-1] :].rstrip())
    leading = _leading_words().match(rest)
    return spaces[-1] if len(rest) - (leading.end() if leading else 0) >= 2 else None


def _share_of_a_part(phrase: str, head: str) -> str | None:
    """ "第一产业增加值占全州生产总值的比重": a share (比重, 占比: generic_share_metrics.txt) after its 的 says not of
    what, the part before 占 does, and the parallel shares of the second and third 产业 are told apart only by
    it: the whole phrase, or the part and the share (第一产业增加值比重) when the phrase is too long a metric.
    None when the phrase names no part's share."""
    if head not in share_metrics():
        return None
    part_end = phrase.rfind("占", 0, len(phrase) - len(head) - 1)
    if part_end < 2:
        return None
    return phrase if len(phrase) <= MAX_METRIC else phrase[:part_end] + head


def _measure_of_an_owner(phrase: str, head: str) -> str | None:
    """ "珠宝首饰、钟表及名贵礼物的销货价值": a measure that names no thing of its own (metric_elliptical_measures.txt)
    after its owner and 的 is the owner's (珠宝首饰、钟表及名贵礼物销货价值), as parallel figures of other owners are
    told apart only by them. None when the words before 的 are no owner (a clause, a verb) or the whole too long."""
    if head not in elliptical_measures() or len(phrase) == len(head):
        return None
    owner = phrase[: len(phrase) - len(head) - 1].rsplit("的", 1)[-1]
    if len(owner) < 2 or len(owner) + len(head) > MAX_METRIC + _COORDINATED_EXTRA or not names_an_owner(owner):
        return None
    if owner[0] in _COUNTING_CHARACTERS or owner in _owner_self_words():
        # 三次产业的增加值, 两大行业的营业收入: a group counted, whose parts own the figures in turn; (3家)公司的
        # 营业收入: the bodies the figure is of, no owner told apart by it
        return None
    return owner + head


_COUNTING_CHARACTERS = frozenset("一二两三四五六七八九十0123456789０１２３４５６７８９")


# what may stand between an estimate's name and the verb after it (…的临时估计较2018年同月下跌, …的临时估计则上升)
_ENDING_BEFORE_A_VERB = "则也较"


def _without_linking_adverbs(head: str) -> str:
    """A head noun without the adverbs between it and its verb (数字则修订 -> 数字修订, 临时估计较 -> 临时估计)."""
    return head.rstrip(_ENDING_BEFORE_A_VERB).replace("则", "")


@cache
def _estimate_words() -> frozenset[str]:
    return frozenset(lexicon.word_list("estimate_words.txt"))


def _told_apart_by_its_clause(phrase: str, head: str) -> str | None:
    """ "解除医学观察的密切接触者30068人，尚在医学观察的密切接触者158764人": a clause before 的 that tells one group of
    the head's from another (lexicon/group_telling_clauses.txt) stays with it: the whole phrase, when short enough a
    metric. None otherwise."""
    clause = phrase[: len(phrase) - len(head) - 1]
    if len(phrase) > MAX_METRIC:
        return None
    if clause.endswith(_group_telling_clauses()):
        return phrase
    # a generic head (人数, 数量: metric_generic_heads.tsv) counts what its clause says (曾观看表演的人数9.18万人,
    # 参观博物馆的人数): alone it names nothing
    return phrase if head in generic_heads() and len(clause) >= _SHORTEST_CLAUSE else None


_SHORTEST_CLAUSE = 2


def kind_before_its_topic(phrase: str, head: str) -> str | None:
    """ "输入性新型冠状病毒感染的肺炎确诊病例": a kind ending in 性 (输入性, 聚集性) before the name of the topic a feed
    reports on (metric_topic_prefixes.txt), whose 的 ends the name, tells the head's cases apart: the kind and the
    head (输入性肺炎确诊病例). None otherwise."""
    clause = phrase[: len(phrase) - len(head) - 1]
    kind = _A_KIND_IN_XING.match(clause)
    if kind is None or clause[kind.end() :] + OF not in _topic_prefixes_with_their_of():
        return None
    return kind.group() + head


_A_KIND_IN_XING = compile_pattern(r"[\u4e00-\u9fff]{1,3}性")


@cache
def _topic_prefixes_with_their_of() -> frozenset[str]:
    """The topic names that end in 的 (新型冠状病毒感染的): the part before a head the name runs into."""
    return frozenset(name[: name.rfind(OF) + 1] for name in _topic_prefixes() if OF in name)


@cache
def _group_telling_clauses() -> tuple[str, ...]:
    return lexicon.word_list("group_telling_clauses.txt")


@cache
def share_metrics() -> frozenset[str]:
    return frozenset(lexicon.word_list("generic_share_metrics.txt"))


@cache
def _toll_frame() -> re.Pattern[str]:
    """A disaster or accident (lexicon/disaster_events.txt) and the word of what it caused (lexicon/
    caused_damage_words.tsv) opening a phrase (洪水已造成, 此次地震共导致, 造成), not a kind of cause (酒驾造成)."""
    table = lexicon.word_table("caused_damage_words.tsv")
    causes = lexicon.alternation([word for word, role in table.items() if role == "cause"])
    events = lexicon.alternation(lexicon.word_list("disaster_events.txt"))
    return compile_pattern(
        rf"(?:(?:此次|本次|这次|这场|此轮|本轮)?[\u4e00-\u9fff]{{0,4}}?(?:{events}))?(?:已经|已|共|累计)?(?:{causes})"
    )


@cache
def _report_frame() -> re.Pattern[str]:
    """A receiving verb, the reporter and a reporting noun opening a phrase (收到港澳台地区通报): lexicon/
    metric_report_frames.tsv."""
    rows = lexicon.rows("metric_report_frames.tsv")
    verbs = lexicon.alternation([word for part, word in rows if part == "verb"])
    nouns = lexicon.alternation([word for part, word in rows if part == "noun"])
    return compile_pattern(rf"(?:累计)?(?:{verbs})[\u4e00-\u9fff]{{1,10}}?(?:{nouns})的?")


@cache
def _frame_end() -> re.Pattern[str]:
    """The last word closing an adverbial frame (…等方面, …期间) in a phrase."""
    return compile_pattern(f".*(?:{lexicon.alternation(lexicon.word_list('metric_frame_ends.txt'))})")


def _opens_with_a_verb(phrase: str) -> bool:
    words = phrase_words(phrase)
    return bool(words) and words[0][1].startswith("v")


_NOUN_LEFT_OF_A_WORD = 2


def _word_start_from(phrase: str, at: int) -> int:
    """The first word start at or after `at`: a phrase cut to length starts on a word (工程建设…, not 位工程建设…)."""
    while at < len(phrase) and not starts_a_word(phrase, at):
        at += 1
    return at


def _name_ends_inside_a_word(raw: str, start: int, end: int) -> bool:
    """A name found at raw[start:end] whose end falls inside a word that begins within it (普通高中学|位,
    高中学|业: 中学 read as a school's suffix) is no name; jieba gluing the name's first word to what
    follows (本澳上|月) says nothing, nor its last character glued to an adverb of the verb after it (银子岩共接待:
    jieba reads 岩共), nor to a time phrase after it (四大上市险企前三季度: jieba reads 险企前)."""
    if raw.startswith(_ADVERBS_AFTER_A_NAME, end) or raw[end - 1 : end + 1] == _URBAN_AREA:
        return False  # …|共接待; 成都市|区: the city's urban area (市区), however jieba cuts it
    if period_pattern(raw, quarters_alone=True).match(raw, end):
        return False
    position = start
    for word, _ in phrase_words(raw[start : end + _NAME_CONTEXT]):
        if position >= end:
            return False
        if position + len(word) > end:
            return position > start
        position += len(word)
    return False


_NAME_CONTEXT = 4  # characters after a name that jieba needs to see the word it ends in
_ADVERBS_AFTER_A_NAME = ("共", "累计", "均", "都", "已")  # before the verb of the clause the name opens


def _after_last_verb(phrase: str) -> str:
    """ "村西建设占地" -> 占地, "建设了占地" -> 占地: what a verb inside the phrase acts on; a verb's
    letters inside a longer word (报告期内) are no verb. A measure taken by a verb whose subject owns it
    (metric_owner_verbs.txt) keeps that subject when it names a part: "第一产业实现增加值" -> 第一产业增加值,
    "区域枢纽完成货邮吞吐量" -> 区域枢纽货邮吞吐量, as the parallel figures of the other parts are told apart only
    by it. Two coordinated verbs (_coordinated_verb_at) keep both; an indicator's name is not cut inside."""
    cut, owner = 0, ""
    # an official indicator's name ending the phrase is not cut at a verb inside it (城镇新增就业: 新增 is part of
    # the name); a verb it opens with (接待游客) goes as any other
    named_from = name_ending(phrase)
    for match in _inner_verb().finditer(phrase):
        if named_from is not None and match.start() > named_from:
            break
        if (
            len(phrase) - match.end() >= 2
            and starts_a_word(phrase, match.end())
            and not phrase.startswith(_ADJECTIVE_ENDINGS, match.end())
            # 打击处理人数, 查处数量: a generic head alone after the verb counts what the act dealt with; the act
            # names it
            and phrase[match.end() :] not in generic_heads()
        ):
            if _coordinated_verb_at(phrase, match.end()):
                # 公司新建扩建厂房 -> 新建扩建厂房: the two verbs stay together, what is before them goes
                cut, owner = match.start(), ""
                continue
            verb = match.group().removesuffix("了")
            # the owner less the adverbs of the act (第一产业累计完成投资: 第一产业's)
            owner = strip_links(phrase[cut : match.start()]) if verb in owner_verbs() else ""
            cut = match.end()
    measure = phrase[cut:]
    if (
        owner
        and names_an_owner(owner)
        and owner not in _owner_self_words()
        and len(owner) <= _LONGEST_OWNER  # the end of a list of owners (水井坊六朵金花企业) is no one owner
    ):
        return owner + measure
    return measure


# the longest owner a measure keeps (主品牌雪峰啤酒, 规模以上企业: a sector, a brand, a kind of firm)
_LONGEST_OWNER = 8
# a verb with 性 or 型 after it is an adjective of the noun (聚集性疫情, 输入型病例), no verb acting on 性疫情
_ADJECTIVE_ENDINGS = ("性", "型")


def _coordinated_verb_at(phrase: str, at: int) -> bool:
    """The verb ending at `at` is coordinated with one starting there, more words after it: two verbs of one
    act done in two ways share their last character (新建|改建茶园, 新建|扩建厂房, 新栽|补栽果树), and the two
    qualify the noun after them together, neither cut off it alone. 新增|确诊病例 is a verb and a noun."""
    words = phrase_words(phrase[at:])
    return len(words) > 1 and words[0][1] == "v" and at > 0 and words[0][0][-1] == phrase[at - 1]


@cache
def owner_verbs() -> frozenset[str]:
    return frozenset(lexicon.word_list("metric_owner_verbs.txt"))


@cache
def _owner_self_words() -> frozenset[str]:
    return frozenset(lexicon.word_list("metric_owner_self_words.txt"))


@cache
def elliptical_measures() -> frozenset[str]:
    return frozenset(lexicon.word_list("metric_elliptical_measures.txt"))


def names_an_owner(phrase: str) -> bool:
    """A noun phrase that can own a measure: its last word a noun (第一产业 is tagged l, 农林牧渔业 j, 进出口 vn)
    and no verb or pronoun in it (该公司, 农民已: a clause's subject, not the sector or category of a figure),
    nor only a word of linking or summing (合计实现净利润: 合计 sums the figures before, it owns nothing). A
    verb joined to the next word by 和 or 、 names a trade in a list of them (批发和零售业, 租赁和商务服务业)."""
    words = phrase_words(phrase)
    listed = {k for k in range(len(words) - 1) if words[k + 1][0] in _TRADE_LIST_JOINS}
    return (
        len(phrase) >= 2
        and bool(strip_links(phrase))
        and not _leading_words().fullmatch(phrase)
        and words[-1][1].startswith(("n", "l", "vn", "j"))
        and not any(
            tag.startswith(("v", "r", "d", "p")) and tag != "vn" and k not in listed for k, (_, tag) in enumerate(words)
        )
    )


_TRADE_LIST_JOINS = frozenset({"和", "、"})


@cache
def _inner_verb() -> re.Pattern[str]:
    nouns = set(lexicon.word_list("metric_noun_verbs.txt"))
    verbs = [v for v in lexicon.word_list("metric_governing.txt") if len(v) >= 2 and v not in nouns]
    return compile_pattern(f"(?:{lexicon.alternation(verbs)})了?")


_A_DATE = compile_pattern(r"[0-9０-９]")


def _without_inner_dates(phrase: str) -> str:
    """ "快递2月中旬恢复" -> "快递恢复", "旅宿业今年上半年住宿人次" -> "旅宿业住宿人次": a date or a part of a
    year inside a phrase says when, not what is counted (the period step reads it).
    Only a phrase opening with a figure, or one naming a year's part (上半年, 今年一季度), a whole word: 现有,
    目前 inside a phrase are words of its own (企业现有员工)."""
    for match in reversed(list(period_pattern(phrase).finditer(phrase))):
        start, end = match.span()
        dated = _A_DATE.match(phrase, start) or (
            _PART_OF_A_YEAR.search(match.group())
            and starts_a_word(phrase, start)
            and not _A_DATE.match(phrase, start - 1)  # 112年底: 年底 of a year the period pattern did not read
        )
        if start > 0 and end < len(phrase) and dated and starts_a_word(phrase, end):
            phrase = phrase[:start] + phrase[end:]
    return phrase


# a period naming a year or a part of one (今年, 上半年, 一季度, 前10个月): never a word of what is counted
_PART_OF_A_YEAR = compile_pattern(r"年|季度|个月")


def _strip_trailing_period(phrase: str) -> str:
    """ "企业数量由2022年的" -> "企业数量": the time a level was at is not part of what is counted."""
    for match in period_pattern(phrase).finditer(phrase):
        rest = phrase[match.end() :]
        if rest in ("", "的"):
            phrase = phrase[: match.start()]
            break
    return _comparison_at_end().sub("", _FROM_AT_END.sub("", phrase))


@cache
def _comparison_at_end() -> re.Pattern[str]:
    """ "增速比上半年", "存款余额比年初", "占比较上年": a comparison with a baseline time, which says
    nothing of what is measured."""
    return compile_pattern(f"(?:{comparison_pattern()})$")


@cache
def history_phrase() -> re.Pattern[str]:
    """有 or 无 and where someone has been, up to the history's word (旅居史, 接触史, 居住史或旅行史: the words of
    lexicon/place_qualifier_words.tsv ending in 史), within its clause."""
    table = lexicon.word_table("place_qualifier_words.tsv")
    histories = sorted((word for word, side in table.items() if side == "after" and word.endswith("史")), key=len)
    history = "|".join(reversed(histories))
    # not one before 的 (两名有武汉旅行史的发热患者: the patients are counted)
    return compile_pattern(rf"(?:有|无)[^，,。；;、\n]{{1,16}}?(?:{history})(?:[或和及](?:{history}))*(?!的)")


@cache
def modal_words() -> tuple[str, ...]:
    """可能, 有望, 预计: words of how sure or near something is, never what is counted (lexicon/modal_words.txt)."""
    return tuple(lexicon.word_list("modal_words.txt"))


@cache
def name_endings() -> tuple[str, ...]:
    """The last characters of a place's or a body's name (市 县 旗 村 医院 公司 …)."""
    places = lexicon.word_table("place_suffixes.tsv")
    bodies = lexicon.word_table("organisation_suffixes.tsv")
    return tuple({*places, *bodies, "省", "市", "县", "区", "州", "旗", "盟"})


@cache
def body_count_units() -> frozenset[str]:
    return frozenset(lexicon.word_list("body_count_units.txt"))


# the verb of a share written without its whole (占98.3%, 分别占28.0%及8.3%)
SHARE_VERB = "占"


@cache
def change_verb_only() -> re.Pattern[str]:
    """The figure's own clause: a change verb (change_verbs.tsv, Taiwan's 年增) alone, perhaps after 各 or 均."""
    verbs = lexicon.alternation([*lexicon.word_table("change_verbs.tsv"), "年增", "年减"])
    # an adverb of degree or of addition may stand before the verb (更跃升, 大幅增加, 亦增加)
    return compile_pattern(rf"\s*(?:各|均|分别)?(?:同比|按年)?(?:更|再|又|亦|也|则|大幅|明显)?(?:{verbs})\s*")
