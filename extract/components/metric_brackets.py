"""Changes told in brackets after the item they are of (claimkb_metric): "价格大幅上升的食品项目有牛肉(在綜合消費物價
指數中上升31.3%);蛋(上升30.6%);罐裝肉類(上升29.3%)".

A list of items, each followed by its change in brackets, gives the change to the item written right before the
bracket: the index or scope named inside the bracket (在综合消费物价指数中) says where the change was measured, and
its verb which way it went, not what changed; the next item's bracket would otherwise carry the first one's words.
"""

from __future__ import annotations

import re
from functools import cache

from extract import lexicon
from extract.claims import Claim
from extract.components.metric_phrases import only_a_place, share_metrics, tidy_metric
from extract.components.period import period_pattern
from extract.pattern_cache import compile_pattern
from extract.places import gazetteer
from extract.words import starts_a_word

_OPENING_BRACKETS = "（("
_REACH = 24  # characters back from the figure to its bracket's opening
_LONGEST_ITEM = 12  # an item's name (有關製品及其他衣物配件); a longer stretch before the bracket is a clause, no item
# where an item's name starts: after a list's or a clause's mark, the bracket closing the item before (and the 和 or 及
# after it), or the word opening the list (有, 其中); not 及 inside an item's name (藥物及化妝品(上升8.0%))
_ITEM_START = compile_pattern(r"[，,；;、：:]|[)）][和及与]?|(?P<word>有|其中|当中)")
_CLOSING = compile_pattern(r"\s*[）)]")
# a note on the amount after it, to the bracket's close (表演賽(1,476宗,涉及金額逾1千萬元): the amount is the item's
_NOTE_TO_THE_CLOSING = compile_pattern(r"[，,][^（）()，,。；;]{1,20}[）)]")
_DIGIT = compile_pattern(r"[0-9０-９]")


def changes_in_brackets_after_their_items(text: str, claims: list[Claim]) -> None:
    """Give a change in brackets, after its verb and the scope it was measured in at most, its item's name."""
    for claim in claims:
        if claim.kind != "change" or not _CLOSING.match(text, claim.end):
            continue
        reach = max(claim.sentence_start, claim.start - _REACH)
        bracket = max(text.rfind(mark, reach, claim.start) for mark in _OPENING_BRACKETS)
        if bracket < 0:
            continue
        inside = _inside_the_bracket().fullmatch(text, bracket + 1, claim.start)
        if inside is None:
            continue
        starts = [
            m.end()
            for m in _ITEM_START.finditer(text, claim.sentence_start, bracket)
            if not m["word"] or (starts_a_word(text, m.start()) and starts_a_word(text, m.end()))  # no 有 of 有關
        ]
        start = starts[-1] if starts else claim.sentence_start
        written = text[start:bracket]
        time = period_pattern(written).match(written)
        item = tidy_metric(written[time.end() :] if time is not None and time.end() < len(written) else written)
        if item is None or len(item) > _LONGEST_ITEM or _a_place(item) or _DIGIT.search(item):
            # a clause before the bracket, a place (its subject, not what changed), or a figure's note (累计出院病例
            # 397例（核减1例）: the correction of the figure before, not an item's change)
            continue
        # the item alone: the verb says which way it changed (the change's direction), not what changed
        claim.metric, claim.metric_basis = item, "clause"


def amounts_in_brackets_after_their_items(text: str, claims: list[Claim]) -> None:
    """ "增長主要由廚餘（約2.6萬公噸）及含鐵金屬（約5.3萬公噸）所帶動", "提供…商品及服務予顧客(126.0億元)、管理服務及
    第三者提供服務(51.8億元)": an amount alone in brackets after an item of a list of such items is the item's: the
    words back to the bracket closing the item before (and its list word), else to the word opening the list (由,
    包括, 提供, 其中); a 、 inside the first item (住宿、餐飲) parts no items."""
    for claim in claims:
        closing = _CLOSING.match(text, claim.end) or _NOTE_TO_THE_CLOSING.match(text, claim.end)
        if claim.kind not in _AMOUNT_KINDS or closing is None:
            continue
        opening = _AMOUNT_OPENING.search(
            text, max(claim.sentence_start, claim.start - _AMOUNT_OPENING_REACH), claim.start
        )
        if opening is None or opening.end() != claim.start:
            continue
        bracket = opening.start()
        if _a_noun_after_the_list(text, closing.end()):
            continue  # 留宿旅客(164.3億元)及不過夜旅客(39.2億元)的總消費: the items qualify the noun after the list
        closed_before = [m.end() for m in _ITEM_CLOSED_BEFORE.finditer(text, claim.sentence_start, bracket)]
        marks = [m.end() for m in _CLAUSE_MARK.finditer(text, claim.sentence_start, bracket)]
        if closed_before and (not marks or closed_before[-1] >= marks[-1]):
            start = closed_before[-1]  # the next item of the list, after the one before's bracket
        elif _NEXT_ITEM.match(text, closing.end()):
            # the first item: after the word opening the list (no clause's words before an item: 出口额排名前三位的
            # 国家是美国(120亿元)、… names its measure before the list)
            clause_start = marks[-1] if marks else claim.sentence_start
            openers = [
                m.end()
                for m in _LIST_OPENER.finditer(text, clause_start, bracket)
                if starts_a_word(text, m.start()) and starts_a_word(text, m.end())  # no 由 of 自由贸易区
            ]
            if not openers:
                continue
            start = openers[-1]
        else:
            continue
        written = text[start:bracket]
        time = period_pattern(written).match(written)
        item = tidy_metric(written[time.end() :] if time is not None and time.end() < len(written) else written)
        if item is None or len(item) > _LONGEST_AMOUNT_ITEM or _a_place(item) or _DIGIT.search(item):
            continue
        claim.metric, claim.metric_basis = item, "clause"


_AMOUNT_KINDS = ("money", "measure", "count")
# the bracket opening right before an amount, with a word of how near at most (（約2.6萬公噸）), or the date it was
# counted to (舒適堡全線突然結業(截至2024年底錄得5,619宗…))
_AMOUNT_OPENING = compile_pattern(
    r"[（(]\s*(?:截至[^，,（）()]{2,12}?(?:录得|达到|达|共|累计))?\s*(?:约|逾|近|超|共)?\s*"
)
_AMOUNT_OPENING_REACH = 20
_LONGEST_AMOUNT_ITEM = 20  # 免费酒店住宿、餐饮等商品及服务予顾客
# the bracket closing the item before, its list word after it (）及, )、, ),以及)
_ITEM_CLOSED_BEFORE = compile_pattern(r"[)）][，,]?(?:以及|、|及|和|与)?")
_CLAUSE_MARK = compile_pattern(r"[，,；;：:]")
# a list's next item after the bracket: its list word and no figure right after it, a month or a day opening the
# item's name aside (及9月舒適堡全線突然結業(5,619宗…))
_NEXT_ITEM = compile_pattern(r"[，,]?(?:以及|、|及|和|与)(?![0-9０-９]+(?![0-9０-９]|[年月日]))")
# the next item of a list of bracketed items (及不過夜旅客(39.2億元), 、工業( 39,268元 ))
_NEXT_BRACKETED_ITEM = compile_pattern(r"[，,]?(?:以及|、|及|和|与)[^，,。；;：:()（）]{1,20}[（(][^()（）]{1,20}[)）]")
# what may follow a list whose items' figures are their own: a clause's end, or a word of the clause going on
# (…及含鐵金屬（約5.3萬公噸）所帶動, …分別上升)
_LIST_OF_OWN_FIGURES_END = compile_pattern(r"\s*(?:[，,。；;：:！？!?\n]|$|所|分别|等|均|共|合计)")


def _a_noun_after_the_list(text: str, end: int) -> bool:
    """Whether, past the list's later bracketed items, a noun the items qualify follows (…(39.2億元)的總消費, …(
    39,268元 )單位每平方米平均價格)."""
    while (item := _NEXT_BRACKETED_ITEM.match(text, end)) is not None:
        end = item.end()
    return _LIST_OF_OWN_FIGURES_END.match(text, end) is None


# words opening a list of items (主要由…及…所带动, 包括…、…, 提供…, 其中…)
_LIST_OPENER = compile_pattern(r"由|包括|提供|其中|当中")


def signed_changes_in_brackets_after_their_items(text: str, claims: list[Claim]) -> None:
    """ "銷售額與去年同季比較,通訊設備(+30.6%)、鐘錶及珠寶(+23.2%)…而藥房貨品(-5.5%)則下跌": a change written with
    its sign alone in brackets after an item is that item's change of the measure its clause compares
    (通讯设备销售额); the item runs back to a list's or a clause's mark, or to the bracket closing the item before
    (…(+43.1%)和通訊設備)."""
    for claim in claims:
        if claim.kind != "change" or not claim.metric or not _CLOSING.match(text, claim.end):
            continue
        sign = _SIGN_IN_BRACKET.search(text, max(claim.sentence_start, claim.start - _SIGN_REACH), claim.start)
        if sign is None or sign.end() != claim.start:
            continue
        starts = [m.end() for m in _ITEM_START.finditer(text, claim.sentence_start, sign.start())]
        start = starts[-1] if starts else claim.sentence_start
        item = tidy_metric(text[start : sign.start()])
        if (
            item is None
            or len(item) > _LONGEST_ITEM
            or not starts_a_word(text, start)  # 有關襲警(-56.2百分點): 有 of 有关 opens no item
            or _a_place(item)
            or _DIGIT.search(item)
            or _named_already(item, claim.metric)
            or _changed_verb().search(item)  # 暴力犯罪上升(+61宗): the change's own figure, of what its clause names
        ):
            continue
        claim.metric, claim.metric_basis = item + claim.metric, "clause"


def _named_already(item: str, metric: str) -> bool:
    """The metric names the item already, whole or by its end (全市盗窃（-12.5%）…案件的发案数: 盗窃案件的发案数)."""
    return item in metric or any(metric.startswith(item[k:]) for k in range(len(item) - 1))


@cache
def _changed_verb() -> re.Pattern[str]:
    return compile_pattern(lexicon.change_verbs())


# the opening bracket and the sign of a change written alone in it ((+30.6%), （-5.5%）: the minus is the figure's)
_SIGN_IN_BRACKET = compile_pattern(r"[（(]\s*[+＋]?")
_SIGN_REACH = 3


def _a_place(item: str) -> bool:
    """The item is a place's name, whole (长沙县), or a chain of them."""
    return only_a_place(item) or any(m.start == 0 and m.end == len(item) for m in gazetteer().find(item, None))


@cache
def _inside_the_bracket() -> re.Pattern[str]:
    """What stands in the bracket before the figure: the scope it was measured in (在…中) or the time it is compared
    with (医疗保健类商品(同比上涨4.9%)), then its verb."""
    verbs = lexicon.change_verbs()
    return compile_pattern(rf"\s*(?:在[^，,；;()（）]{{1,16}}中|{_COMPARED_WITH})?(?P<verb>{verbs})\s*")


# the time a change in brackets is compared with, no word of the item's (同比, 按年: year on year)
_COMPARED_WITH = "(?:同比|环比|按年|按月|按季|按年度)"


def second_measures_in_brackets(text: str, claims: list[Claim]) -> None:
    """ "全省443处生产矿井煤矿及产能分布分别为:贵阳市12处(216万吨/年)、六盘水市120处(5883万吨/年)": a list's header
    names two measures joined by 及 or 和, the count and a second; each item's count is followed by its second measure
    in brackets, with no noun of its own (its metric none, or the item and its count: 书屋8个). That figure measures
    the header's second noun, of the count's thing (生产矿井煤矿产能)."""
    for before, claim in zip(claims, claims[1:], strict=False):
        named_by_the_count = claim.metric is not None and claim.metric.endswith(text[before.start : before.end])
        if (claim.metric and not named_by_the_count) or not before.metric:
            continue
        if not _right_after_in_brackets(text, before, claim):
            continue
        header = _two_measures_header(before.metric).search(text, claim.sentence_start, before.start)
        if header is not None:
            claim.metric, claim.metric_basis = before.metric + header["second"], "sentence"


def shares_in_brackets_after_counts(text: str, claims: list[Claim]) -> None:
    """ "目前共有1,542家裝設前處理設備(92.4%)", "120家企业完成改造(占85.2%)": a percentage alone in brackets right after
    a count and the words it counts is the share of the whole those counted are, named by the count's metric and 占比
    (装设前处理设备占比); it had no name of its own (what the clause before the bracket says is the count's)."""
    for before, claim in zip(claims, claims[1:], strict=False):
        if claim.unit != "%" or claim.kind != "percent" or before.kind != "count" or not before.metric:
            continue
        if claim.metric is not None and claim.metric != before.metric:
            continue
        opening = max(text.rfind(mark, before.end, claim.start) for mark in _OPENING_BRACKETS)
        if opening < 0 or _SHARE_INSIDE.fullmatch(text, opening + 1, claim.start) is None:
            continue
        counted = text[before.end : opening]
        if not _CLOSING.match(text, claim.end) or _CLAUSE_MARK.search(counted) or len(counted) > _LONGEST_COUNTED:
            continue
        named_a_share = before.metric.endswith((*share_metrics(), _RATE))
        share = before.metric if named_a_share else before.metric + _SHARE
        claim.metric, claim.metric_basis = share, "sentence"


_SHARE_INSIDE = compile_pattern(r"\s*(?:约?占(?:比)?(?:为|达)?|比例为)?\s*")
_CLAUSE_MARK = compile_pattern(r"[，,。；;：:！？!?\n]")
_LONGEST_COUNTED = 16  # characters of the words a count counts before its bracket
_SHARE = "占比"
# a metric naming a rate already (覆盖率, 装设率), as one naming a share does (lexicon/generic_share_metrics.txt)
_RATE = "率"


def _right_after_in_brackets(text: str, before: Claim, claim: Claim) -> bool:
    return text[before.end : claim.start].strip() in _OPENING_BRACKETS and _CLOSING.match(text, claim.end) is not None


def _two_measures_header(first: str) -> re.Pattern[str]:
    return compile_pattern(
        rf"{re.escape(first)}[及和](?P<second>[\u4e00-\u9fff]{{1,6}}?)(?:的)?(?:分布|情况)?(?:分别)?(?:为|是|如下)?[:：]"
    )
