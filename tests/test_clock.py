"""Hours of the day on the 24-hour clock (extract/clock.py)."""

import pytest

from extract.checks.comparable import hours
from extract.clock import on_the_clock


@pytest.mark.parametrize(
    ("written", "clock"),
    [
        ("下午3时至5时", "15时至17时"),
        ("2月6日晚上8点", "2月6日20点"),
        ("截止今天中午12点", "截止今天12点"),
        ("中午1时", "13时"),
        ("上午10时", "10时"),
        ("凌晨3时", "3时"),
        ("下午三时", "15时"),
        ("傍晚6:30", "18:30"),
        ("截至3月20日12时", "截至3月20日12时"),  # no part of the day: as written
        # the evening of a named day keeps the day's name; a part of the day stops at the next day named
        ("截至昨晚8时", "截至昨晚20时"),
        ("今晚10点", "今晚22点"),
        ("晚上8时至次日8时", "20时至次日8时"),
        # the evening of a day written goes with its hours, as any part of the day
        ("截至3日晚8时", "截至3日20时"),
        ("2月6日晚24时", "2月6日24时"),
    ],
)
def test_parts_of_the_day_go_on_the_24_hour_clock(written, clock):
    assert on_the_clock(written) == clock


def test_the_checks_read_the_hours_the_period_step_reads():
    assert hours("截至2月6日下午5时") == (1020, 1020)  # not 5 in the morning
    assert hours("2月6日下午3时至5时") == (900, 1020)
    assert hours("截至2月6日5时") == (300, 300)
