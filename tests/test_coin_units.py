"""Coins written alone (25美分, 1.15港仙, 5毛钱) are money of their currency, in that currency (0.25 美元), so that
they compare with its other figures; bare 仙, 分, 角 and 毛 after a numeral stay other words."""

import pytest


@pytest.mark.parametrize(
    ("text", "region", "mention", "value", "unit"),
    [
        # results news: a dividend per share in cents
        # (in a text about Hong Kong its own dollar is 元)
        ("董事會宣派中期股息每股1.15港仙，去年同期為每股2港仙。", "香港特别行政区", "1.15港仙", 0.0115, "元/股"),
        ("該公司宣派股息每股1.15港仙。", "北京市", "1.15港仙", 0.0115, "港元/股"),
        ("该公司宣布季度股息为每股25美分。", "中国", "25美分", 0.25, "美元/股"),
        # consumer news: a price rise in 毛钱, a coin of the 元
        ("菜市场的白菜比上周贵了5毛钱。", "菏泽市", "5毛钱", 0.5, "元"),
        # a travel feature: a fare in pence
        ("伦敦巴士单程票价为175便士。", "中国", "175便士", 1.75, "英镑"),
    ],
)
def test_a_coin_is_money_of_its_currency(claim_of, text, region, mention, value, unit):
    claim = claim_of(text, mention, region=region)
    assert (claim["value"], claim["unit"]) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    "text",
    [
        "游客登上八仙岭远眺。",  # a hill's name
        "比赛中他三分球命中率很高。",  # a three-point shot
        "孩子们在画五角星。",  # a five-pointed star
    ],
)
def test_bare_coin_words_after_a_numeral_are_no_money(claims_of, text):
    assert [c for c in claims_of(text) if c["kind"] == "money"] == []
