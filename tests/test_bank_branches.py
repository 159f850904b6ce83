"""A bank's branch named by its bank, its place and 分行, 支行 or 中心支行 is the subject of its own work: neither its
bank nor its place (bank_branches, places step)."""

import pytest

from extract.bank_branches import bank_branches
from extract.pipeline import extract_claims
from extract.places import Mention, Place


def _claims(text: str, region: str) -> dict:
    return {c.mention: c for c in extract_claims(text, "branch", "0" * 64, region=region)}


# (genre, text, region, the figure and its subject)
_BRANCHES = [
    (
        "police anti-fraud news: the central bank's provincial branch",
        "中国人民银行西安分行认真落实账户分类分级管理,排查异常账户1298.77万个,处置涉案账户13178个。",
        "陕西省",
        {"1298.77万个": "中国人民银行西安分行", "13178个": "中国人民银行西安分行"},
    ),
    (
        "county lending news: a commercial bank's county branch",
        "今年以来,工商银行曹县支行累计发放涉农贷款12亿元。",
        "菏泽市",
        {"12亿元": "工商银行曹县支行"},
    ),
    (
        "city finance news: the central bank's city branch",
        "人民银行菏泽市中心支行指导辖内银行发放普惠小微贷款85亿元。",
        "菏泽市",
        {"85亿元": "中国人民银行菏泽市中心支行"},
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "expected"), _BRANCHES, ids=[b[0] for b in _BRANCHES])
def test_a_banks_branch_is_the_subject_of_its_work(genre, text, region, expected):
    claims = _claims(text, region)
    assert {m: claims[m].subject for m in expected} == expected, genre


def test_a_bank_with_no_place_and_branch_word_after_it_is_no_branch():
    text = "工商银行今年向分行拨款"
    bank = Mention(0, 4, Place("工商银行", "organisation"), "organisation")
    assert bank_branches(text, [bank], []) == []


def test_the_branch_holds_the_bank_and_the_place_as_written():
    text = "中国建设银行菏泽分行今年发放贷款"
    bank = Mention(0, 6, Place("中国建设银行", "organisation"), "organisation")
    place = Mention(6, 8, Place("菏泽市", "city"), "place")
    (branch,) = bank_branches(text, [bank], [place])
    assert (branch.start, branch.end, branch.place.name) == (0, 10, "中国建设银行菏泽分行")
