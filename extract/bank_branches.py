"""A bank's branch, named by its bank, its place and 分行 or 支行 (中国人民银行西安分行, 中国建设银行菏泽分行, 工商银行
曹县支行, 人民银行菏泽市中心支行): a body of its own, whose figures (排查异常账户1298.77万个, 发放贷款12亿元) are its
work, neither its bank's nor its place's. The place inside the name is no place mention of its own.

Pure functions.
"""

from __future__ import annotations

from extract.places import Mention, Place

_BANK = "银行"
_BRANCH_WORDS = ("分行", "支行", "中心支行")  # 中心支行: a central bank's city branch (人民银行菏泽市中心支行)


def bank_branches(text: str, organisations: list[Mention], places: list[Mention]) -> list[Mention]:
    """Each bank named (an organisation whose name ends in 银行) with a place right after it and 分行 or 支行 right
    after the place: the branch, from the bank's start to the branch word's end."""
    place_at = {m.start: m for m in places if m.role == "place"}
    branches = []
    for bank in organisations:
        if bank.role != "organisation" or not bank.place.name.endswith(_BANK):
            continue
        place = place_at.get(bank.end)
        word = next((w for w in _BRANCH_WORDS if place is not None and text.startswith(w, place.end)), None)
        if place is None or word is None:
            continue
        end = place.end + len(word)
        name = bank.place.name + text[bank.end : end]
        branches.append(Mention(bank.start, end, Place(name, "organisation"), "organisation"))
    return branches
