"""A figure paid per a number of shares (每10股派发现金红利3.16元) is a rate per that number; the number is no claim."""

import pytest


@pytest.mark.parametrize(
    ("text", "mention", "unit", "metric"),
    [
        # a listed company's announcement
        ("本公司拟以总股本为基数，向全体股东每10股派发现金红利2.8元（含税）。", "2.8元", "元/10股", "派发现金红利"),
        ("董事会审议通过的预案为每10股派现金红利1.05元。", "1.05元", "元/10股", "派现金红利"),
        # financial news: a capital reserve turned into shares per ten held
        ("该公司同时以资本公积金每10股转增4股。", "4股", "股/10股", "转增"),
    ],
)
def test_a_sum_per_ten_shares_is_a_rate(claims_of, text, mention, unit, metric):
    claims = claims_of(text)
    claim = next(c for c in claims if c["mention"] == mention)
    assert (claim["kind"], claim["unit"], claim["metric"]) == ("rate", unit, metric)
    assert "10股" not in [c["mention"] for c in claims]


@pytest.mark.parametrize(
    ("text", "mention", "kind", "unit"),
    [
        # shares held or issued, with no 每 before them, stay counts
        ("截至报告期末，该基金持有公司股票1200万股。", "1200万股", "count", "股"),
        ("公司本次向特定对象发行股票3000万股。", "3000万股", "count", "股"),
    ],
)
def test_shares_counted_stay_counts(claim_of, text, mention, kind, unit):
    claim = claim_of(text, mention)
    assert (claim["kind"], claim["unit"]) == (kind, unit)
