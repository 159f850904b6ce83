"""Values by trading partner in brackets (claimkb_metric).

A trade release lists its partners after a word of goods going to or coming from (出口至, 輸往, 產自), each with its
value in brackets, the noun they share once after the last, and the changes after 分别 one for one: "出口至中國內地
(4.5億元)、香港(54.2億元)及美國(1.7億元)的貨值則分別下跌7.9%、1.9%和34.2%". Each value and each change is the trade
with its partner (出口至香港货值), not the partner's own figure nor the first partner's: the steps that name a
bracketed figure by the name before it clean places out of names, and the steps that carry a list's first name to
the next give all three the first partner's. Pure functions over the text and the claims; the metric step runs
values_by_trade_partner last, over what the other steps named.
"""

from __future__ import annotations

from bisect import bisect_left

from extract.claims import Claim
from extract.components.metric_phrases import tidy_metric
from extract.pattern_cache import compile_pattern
from extract.trade_partners import PARTNER_JOINED, partners_with_values

# one partner of the list and its value in brackets, after the word joining it to the one before
_ONE_ITEM = compile_pattern(
    rf"(?:{PARTNER_JOINED})?(?P<name>[\u4e00-\u9fff]{{1,12}}?)\s*[(（](?P<value>[^（()）]{{1,16}})[)）]"
)
# the noun the partners share after the last closing bracket (的貨值), up to a word of time, adverb or 分别
_SHARED_NOUN = compile_pattern(
    r"的?(?P<noun>[\u4e00-\u9fff]{1,6}?)(?=按年|按月|同比|环比|则|亦|均|都|也|分别|分別|上升|下跌|增加|减少|[，,。；;])"
)
# from the shared noun to the first change: no clause mark, no other figure
_CHANGES_NEXT = compile_pattern(r"[^，,。；;0-9]{0,16}")


def values_by_trade_partner(text: str, claims: list[Claim]) -> None:
    """Name the values listed by trading partner in brackets, and the changes after them one for one."""
    starts = [claim.start for claim in claims]
    for found in partners_with_values().finditer(text):
        listed = []
        for item in _ONE_ITEM.finditer(text, found.start("items"), found.end("items")):
            k = bisect_left(starts, item.start("value"))
            if k == len(claims) or claims[k].end > item.end("value"):
                break  # a bracket holding no figure of its own: no list of values
            listed.append((claims[k], item["name"]))
        if not listed:
            continue
        end = found.end("items")
        shared = _SHARED_NOUN.match(text, end)
        noun = shared["noun"] if shared else ""
        # the word before each partner (出口至香港货值); tidied without it, as 自 would end a name there (产自)
        names = [found["word"] + (tidy_metric(name + noun) or "") for _, name in listed]
        for (claim, _), name in zip(listed, names, strict=True):
            if name:
                claim.metric, claim.metric_basis = name, "sentence"
        after = bisect_left(starts, end)
        changes = claims[after : after + len(listed)]
        if (
            len(changes) == len(listed)
            and all(c.kind == "change" and c.sentence_start == listed[0][0].sentence_start for c in changes)
            and _CHANGES_NEXT.fullmatch(text, shared.end() if shared else end, changes[0].start)
        ):
            for claim, name in zip(changes, names, strict=True):
                if name:
                    claim.metric, claim.metric_basis = name, "sentence"
