"""A trading partner: a place written between a word of trading with and a word of trade ("对沙特进出口66.1亿元",
"自澳大利亚进口铁矿石", "對美國出口", "对东盟、沙特和美国等主要贸易伙伴进出口"). The figure is the reporting place's
trade with the partner: the subject step gives it no partner as its subject, and the metric step keeps the partner
in the metric (对沙特进出口), so that it is not read as the place's whole trade (进出口). A word of goods going to or
coming from (出口至, 輸往, 產自, 来自) makes the places listed after it partners with no word of trade after them
("出口至中國內地(4.5億元)、香港(54.2億元)"). The words are lexicon/trade_partner_words.tsv."""

from __future__ import annotations

import re
from functools import cache

from extract import lexicon
from extract.pattern_cache import compile_pattern

# the kind of partner written between the last one listed and the word of trade (沙特和美国等主要贸易伙伴进出口,
# 东盟国家进出口)
_PARTNER_KIND = (
    r"(?:国家|國家|地区|地區|等(?:主要)?(?:贸易伙伴|貿易夥伴|国家|國家|地区|地區|市场|市場|经济体|經濟體)?)?"
)
# the places listed between the word of trading with and the place: names and list marks only, so far at most
_PARTNER_LIST_REACH = 24


@cache
def _words(side: str) -> str:
    return lexicon.alternation(
        [word for word, at in lexicon.word_table("trade_partner_words.tsv").items() if at == side]
    )


def is_a_partner(text: str, start: int, end: int) -> bool:
    """The place written at text[start:end] is traded with (对沙特进出口, 自澳大利亚进口,
    对东盟、沙特和美国等主要贸易伙伴进出口): a word of trading with before it, a word of trade after it; or a word of
    goods going to or coming from before it, the places listed between with their values in brackets (出口至中國內地
    (4.5億元)、香港)."""
    if _destination_before().search(text, max(0, start - _DESTINATION_LIST_REACH), start) is not None:
        return True
    return (
        _trade_after().match(text, end) is not None
        and _trading_with_before().search(text, max(0, start - _PARTNER_LIST_REACH), start) is not None
    )


# the places listed between a word of destination and the place, each with its value in brackets
_DESTINATION_LIST_REACH = 48


# a partner's value in brackets after its name, and the word joining the next partner to it
VALUE_IN_BRACKETS = r"\s*[（(][^（()）]{1,16}[）)]"
PARTNER_JOINED = r"\s*(?:[、，,及和与與]|以及)\s*"


@cache
def _destination_before() -> re.Pattern[str]:
    """Searched in the text right before a place (to its start): the word of goods going to or coming from, and any
    places listed between, each maybe with its value in brackets (出口至, 出口至中國內地(4.5億元)、)."""
    item = rf"[\u4e00-\u9fff]{{1,12}}?(?:{VALUE_IN_BRACKETS})?{PARTNER_JOINED}"
    return compile_pattern(rf"(?:{_words('destination')})(?:{item})*$")


@cache
def _trade_after() -> re.Pattern[str]:
    """Matched right after a place: it is traded with (沙特进出口, 美国等主要贸易伙伴进出口)."""
    return compile_pattern(rf"{_PARTNER_KIND}(?:{_words('after')})")


@cache
def _trading_with_before() -> re.Pattern[str]:
    """Searched in the text right before a place (to its start): the word of trading with, and any places listed
    between (对, 对东盟、沙特和)."""
    return compile_pattern(rf"(?:{_words('before')})(?:[\u4e00-\u9fff]{{1,12}}?(?:[、和及与]|以及))*$")


@cache
def partner_phrase() -> re.Pattern[str]:
    """A phrase of trade with a partner, its partner part (对沙特, 对东盟、沙特和美国) as `partner` and the kind of
    partner after it (等主要贸易伙伴, often empty) as `kind`, both before the word of trade."""
    return compile_pattern(
        rf"(?P<partner>(?:{_words('before')})[\u4e00-\u9fff、]{{1,{_PARTNER_LIST_REACH}}}?)"
        rf"(?=(?P<kind>{_PARTNER_KIND})(?:{_words('after')}))"
    )


def partners_listed(first_item: str) -> re.Match[str] | None:
    """A list's first item opening with a word of trading with and its partner (广东对俄罗斯 of 广东对俄罗斯、拉美、
    中东、中亚分别增长64%…, a trade release's list with no word of trade after it): the word as `word`, the partner
    as `partner`, or None."""
    return _partner_opening().search(first_item)


@cache
def _partner_opening() -> re.Pattern[str]:
    return compile_pattern(rf"(?P<word>{_words('before')})(?P<partner>[\u4e00-\u9fff]{{2,8}})$")


@cache
def partners_with_values() -> re.Pattern[str]:
    """A word of goods going to or coming from (出口至, 輸往, 產自: trade_partner_words.tsv) as `word`, then the
    partners listed after it each with its value in brackets as `items` (中國內地(4.5億元)、香港(54.2億元)及美國
    (1.7億元))."""
    item = rf"[\u4e00-\u9fff]{{1,12}}?{VALUE_IN_BRACKETS}(?:{PARTNER_JOINED})?"
    return compile_pattern(rf"(?P<word>{_words('destination')})(?P<items>(?:{item})+)")


def end_of_the_trade_word(text: str, at: int) -> int:
    """Where the word of trade written at `at` (进口 of 从香港进口的货值) ends, with a 的 after it: the noun of what
    is traded may follow (货值, 铁矿石); `at` itself when no such word is there."""
    found = _trade_word_then_of().match(text, at)
    return found.end() if found else at


@cache
def _trade_word_then_of() -> re.Pattern[str]:
    return compile_pattern(rf"(?:{_words('after')})的?")
