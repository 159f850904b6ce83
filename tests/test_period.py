import pytest

from extract.components.period import period_dates


@pytest.mark.parametrize(
    ("text", "mention", "period"),
    [
        ("今年以来，滨河街道共入户走访10余次。", "10余次", "今年以来"),
        ("截至目前，巨野县共投入各类资金6.6亿元。", "6.6亿元", "截至目前"),
        ("近两年先后实施技改项目75个。", "75个", "近两年"),
        ("2024年以来，我市发展党员61名。", "61名", "2024年以来"),
        ("全县建成驿站16处。", "16处", None),
    ],
)
def test_period(claims_of, text, mention, period):
    claim = next(c for c in claims_of(text) if c["mention"] == mention)
    assert claim["period"] == period


@pytest.mark.parametrize(
    ("period", "dates"),
    [
        ("今年以来", ("2024-01-01", "2024-11-28")),
        ("上半年", ("2024-01-01", "2024-06-30")),
        ("去年", ("2023-01-01", "2023-12-31")),
        ("2022年", ("2022-01-01", "2022-12-31")),
        ("截至目前", (None, "2024-11-28")),
        ("近两年", ("2022-11-28", "2024-11-28")),
    ],
)
def test_period_dates(period, dates):
    from datetime import date

    assert period_dates(period, date(2024, 11, 28)) == dates
