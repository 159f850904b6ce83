"""Changes told in brackets after the item they are of (metric_brackets)."""

import pytest

from extract.pipeline import extract_claims

# (genre, text, region, mention -> metric)
_ITEMS = [
    (
        "Hong Kong consumer prices (Traditional)",
        "各類消費項目中,價格大幅上升的食品項目有牛肉(在綜合消費物價指數中上升31.3%);蛋(上升30.6%);罐裝肉類(上升29.3%)"
        "及其他肉類(上升15.8%)。",
        "香港特别行政区",
        {"31.3%": "牛肉上升", "30.6%": "蛋上升", "29.3%": "罐装肉类上升", "15.8%": "其他肉类上升"},
    ),
    (
        "city price monitoring",
        "本周主要农产品价格涨跌互现，其中猪肉（下降3.2%）、鸡蛋（上涨1.5%）和大白菜（上涨8.1%）变动较大。",
        "济南市",
        {"3.2%": "猪肉下降", "1.5%": "鸡蛋上涨", "8.1%": "大白菜上涨"},
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "expected"), _ITEMS, ids=[c[0] for c in _ITEMS])
def test_a_change_in_brackets_is_of_the_item_before_them(genre, text, region, expected):
    metrics = {c.mention: c.metric for c in extract_claims(text, region=region, date="2007-11-22")}
    assert {mention: metrics.get(mention) for mention in expected} == expected, genre


@pytest.mark.parametrize(
    ("text", "mention", "not_the_metric"),
    [
        # a figure's note in brackets is no item's change
        ("截至2月15日24时，全省累计出院病例397例（核减1例）。", "1例", "累计出院病例397例核减"),
        # a place before the bracket is where, not what changed
        ("全市生产总值增长6.1%，其中长沙县（增长7.2%）领先。", "7.2%", "长沙县增长"),
    ],
)
def test_no_item_before_a_figures_note_or_a_place(text, mention, not_the_metric):
    claim = next(c for c in extract_claims(text, region="湖南省", date="2020-02-16") if c.mention == mention)
    assert claim.metric != not_the_metric
    assert "397" not in (claim.metric or "")
