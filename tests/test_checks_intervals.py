import math

import pytest

from extract.checks.intervals import interval, last_digit_step, multiply, printed_half_step


@pytest.mark.parametrize(
    ("mention", "value", "half"),
    [
        ("93.02%", 93.02, 0.005),
        ("6.7万人", 67000, 500),
        ("248家", 248, 0.5),
        ("两级", 2, 0.5),
        ("55.0万吨", 550000, 500),
    ],
)
def test_printed_half_step(mention, value, half):
    assert printed_half_step(mention, value) == pytest.approx(half)


@pytest.mark.parametrize(
    ("mention", "value", "step"),
    [("1000余名", 1000, 1000), ("1.2万余人", 12000, 1000), ("3400多名", 3400, 100), ("万余人次", 10000, 10000)],
)
def test_last_digit_step(mention, value, step):
    assert last_digit_step(mention, value) == pytest.approx(step)


@pytest.mark.parametrize(
    ("mention", "value", "high", "qualifier", "expected"),
    [
        ("1000余名", 1000, None, "over", (1000, 2000)),
        ("6200元以上", 6200, None, "over", (6200, math.inf)),
        ("约500人", 500, None, "approx", (450, 550)),
        ("不到30人", 30, None, "under", (0, 30)),
        ("2至3家", 2, 3, "range", (1.5, 3.5)),
        ("93.02%", 93.02, None, None, (93.015, 93.025)),
    ],
)
def test_interval(mention, value, high, qualifier, expected):
    assert interval(mention, value, high, qualifier) == pytest.approx(expected)


def test_multiply_keeps_open_ends_open():
    assert multiply((0.8, 0.8), (8000, 9000)) == pytest.approx((6400, 7200))
    assert multiply((2, 3), (10, math.inf)) == (20, math.inf)


@pytest.mark.parametrize(
    ("mention", "value", "half"),
    [("35,522人", 35522, 0.5), ("９３．０２％", 93.02, 0.005)],
)
def test_thousands_separators_and_full_width_digits_are_read_as_printed(mention, value, half):
    assert printed_half_step(mention, value) == pytest.approx(half)


@pytest.mark.parametrize(
    ("mention", "value", "qualifier", "kind", "bounds"),
    [
        # a count written as a whole number, with no scale word and no qualifier, is exact
        ("12名", 12, None, "count", (12, 12)),
        ("196起", 196, None, "count", (196, 196)),
        ("十二名", 12, None, "count", (12, 12)),
        # a scale word, a decimal, a qualifier or another kind keep their slack
        ("6.7万人", 67000, None, "count", (66500, 67500)),
        ("12万人", 120000, None, "count", (115000, 125000)),
        ("1000余名", 1000, "over", "count", (1000, 2000)),
        ("93%", 93, None, "percent", (92.5, 93.5)),
        ("248家", 248, None, None, (247.5, 248.5)),
    ],
)
def test_exact_counts_have_no_slack(mention, value, qualifier, kind, bounds):
    assert interval(mention, value, None, qualifier, kind) == pytest.approx(bounds)
