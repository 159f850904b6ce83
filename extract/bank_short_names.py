"""A bank named in full (招商银行, 中国工商银行) is then written by its short name, the first character of its own
name and 行 (招行, 工行, 建行; 中国银行 is 中行), or, for a bank whose name opens with 中国, by its name without it
(中国农业银行 -> 农业银行, as a bank's news writes itself): the short name names the same bank, so its figures are the
bank's and the name is no part of what they measure (招行不良贷款率0.95%: 不良贷款率 of 招商银行). Only banks the
text names in full, and only where the short name stands as a word of its own (施工行业 holds no 工行).

Pure functions.
"""

from __future__ import annotations

from extract.places import Mention, MentionSpans
from extract.words import starts_a_word

_BANK = "银行"
_CHINA = "中国"
_SHORT_END = "行"


def short_names(bank: str) -> tuple[str, ...]:
    """招商银行 -> (招行,), 中国工商银行 -> (工行, 工商银行), 中国银行 -> (中行,), a branch (中国建设银行菏泽分行)
    by its bank's: (建行, 建设银行); () for a name that is no bank's."""
    if _BANK not in bank:
        return ()
    bank = bank[: bank.index(_BANK) + len(_BANK)]
    if len(bank) < 3:
        return ()
    if bank.startswith(_CHINA) and len(bank) > len(_CHINA) + len(_BANK):
        own = bank[len(_CHINA) :]
        return own[0] + _SHORT_END, own
    return (bank[0] + _SHORT_END,)


def short_name_mentions(text: str, organisations: list[Mention]) -> list[Mention]:
    """Where the text writes a bank it names in full by its short name, each a mention of that bank."""
    banks = {}
    for mention in organisations:
        if mention.role == "organisation":
            for short in short_names(mention.place.name):
                banks.setdefault(short, mention.place)
    named = MentionSpans(organisations)
    found = []
    for short, bank in banks.items():
        at = text.find(short)
        while at >= 0:
            end = at + len(short)
            if not named.overlap(at, end) and starts_a_word(text, at) and starts_a_word(text, end):
                found.append(Mention(at, end, bank, "organisation"))
            at = text.find(short, end)
    return found
