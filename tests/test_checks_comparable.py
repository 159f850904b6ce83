"""comparable: TimeScope answers for sets of claims what same_time answers for each pair."""

import random
from datetime import date, timedelta

import pytest

from extract.checks.comparable import COMPARABLE_KINDS, TimeScope, hours, same_time, unit_group
from extract.checks.model import CheckClaim
from extract.checks.same_fact import time_clusters

_PERIODS = [
    (None, None, None),
    ("目前", None, None),
    ("今年以来", None, None),
    ("2023年", date(2023, 1, 1), date(2023, 12, 31)),
    ("2024年", date(2024, 1, 1), date(2024, 12, 31)),
    ("2024年一季度", date(2024, 1, 1), date(2024, 3, 31)),
    # two windows of one day's hours: the stored dates overlap, the windows do not
    ("2024年1月20日0-12时", date(2024, 1, 20), date(2024, 1, 20)),
    ("2024年1月20日12-24时", date(2024, 1, 20), date(2024, 1, 20)),
    ("2024年1月20日0-24时", date(2024, 1, 20), date(2024, 1, 20)),
    ("2024年1月20日", date(2024, 1, 20), date(2024, 1, 20)),
    # nested year-to-date periods, and a stock at the end of a year
    ("2024年上半年", date(2024, 1, 1), date(2024, 6, 30)),
    ("2024年1-4月", date(2024, 1, 1), date(2024, 4, 30)),
    ("2024年末", date(2024, 12, 31), date(2024, 12, 31)),
]


def _claim(rng: random.Random, n: int) -> CheckClaim:
    period, start, end = rng.choice(_PERIODS)
    day = None if rng.random() < 0.25 else date(2024, 1, 1) + timedelta(days=rng.randrange(120))
    return CheckClaim(
        f"c{n}", f"d{n}", f"d{n}:0", 0, 3, "10个", "", 0, 10, None, "个", None, "count", None,
        "书房", "书房", "单县", None, period, start, end, day,
    )  # fmt: skip


def _scope(claims: list[CheckClaim]) -> TimeScope:
    scope = TimeScope.of(claims[0])
    for claim in claims[1:]:
        scope = scope.merged(TimeScope.of(claim))
    return scope


@pytest.mark.parametrize("seed", range(40))
def test_a_scope_of_sets_agrees_with_every_pair(seed):
    rng = random.Random(seed)
    left = [_claim(rng, i) for i in range(rng.randint(1, 4))]
    right = [_claim(rng, 10 + i) for i in range(rng.randint(1, 4))]
    pairwise = all(same_time(a, b)[0] for a in left for b in right)
    assert _scope(left).compatible(_scope(right)) == pairwise


@pytest.mark.parametrize("seed", range(40))
def test_time_clusters_hold_compatible_claims_and_know_whether_each_pair_is_dated(seed):
    rng = random.Random(seed)
    claims = [_claim(rng, i) for i in range(rng.randint(1, 12))]
    clusters = time_clusters(claims)
    assert sorted(c.claim_id for cluster, _ in clusters for c in cluster) == sorted(c.claim_id for c in claims)
    for cluster, scope in clusters:
        assert all(same_time(a, b)[0] for a in cluster for b in cluster)
        assert scope.dated == all(same_time(a, b)[1] for a in cluster for b in cluster if a is not b)


def test_days_apart_is_the_widest_gap_between_two_dated_sets():
    rng = random.Random(1)
    a, b = _claim(rng, 1), _claim(rng, 2)
    a = a.__class__(**{**a.__dict__, "doc_date": date(2024, 1, 5)})
    b = b.__class__(**{**b.__dict__, "doc_date": date(2024, 7, 5)})
    assert TimeScope.of(a).days_apart(TimeScope.of(b)) == 182
    undated = b.__class__(**{**b.__dict__, "doc_date": None, "period_start": None, "period_end": None})
    assert TimeScope.of(a).days_apart(TimeScope.of(undated)) is None


def _with_unit(unit: str, kind: str) -> CheckClaim:
    return CheckClaim(
        "c", "d", "d:0", 0, 3, "10", "", 0, 10, None, unit, None, kind, None,
        "发电量", "发电量", "台南市", None, None, None, None, None,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("度", "千瓦时", True),  # one 度 of electricity is one 千瓦时
        ("千瓦小时", "千瓦时", True),  # the same unit in full, kept as written
        ("千瓦小时", "度", True),
        ("千克", "公斤", True),  # a kilogram kept as written either way
        ("千克", "克", False),
        # a Latin symbol kept as written compares with the Chinese units it equals (a road's length, a power plant's)
        ("km", "公里", True),
        ("km", "千米", True),
        ("kg", "公斤", True),
        ("MW", "兆瓦", True),
        ("kWh", "度", True),
        ("m³", "立方米", True),
        ("km", "米", False),
        # Taiwan's and Hong Kong's metric names kept as written compare with the mainland's
        ("公尺", "米", True),
        ("公分", "厘米", True),
        ("公克", "克", True),
        ("平方公尺", "平方米", True),
        ("立方公尺", "立方米", True),
        ("公尺", "公里", False),
        ("平方公尺", "公尺", False),
        ("MW", "kW", False),
        ("个月", "月", True),  # a month as written either way
        ("美元", "元", False),  # a foreign currency is never 元
        ("加元", "美元", False),
        ("℃", "度", False),
    ],
)
def test_unit_groups_of_new_units(a, b, same):
    assert (unit_group(_with_unit(a, "measure")) == unit_group(_with_unit(b, "measure"))) is same


def test_temperatures_are_not_compared_across_articles():
    # a day's temperature differs from the next day's: no conflict is made of two of them
    assert "temperature" not in COMPARABLE_KINDS


def test_two_windows_of_one_days_hours_are_two_times():
    def claim(period: str, day: date) -> CheckClaim:
        return CheckClaim(
            period, "d" + period, "a", 0, 3, "4例", "", 0, 4, None, "例", None, "count", None,
            "确诊病例", "确诊病例", "贵州省", None, period, day, day, day,
        )  # fmt: skip

    noon, night = claim("2月7日0—12时", date(2020, 2, 7)), claim("2020年2月7日12—24时", date(2020, 2, 7))
    assert same_time(noon, night) == (False, True)
    assert same_time(noon, claim("2月7日0—12时", date(2020, 2, 7)))[0]  # the same window, reposted
    assert not TimeScope.of(noon).compatible(TimeScope.of(night))


def _dated(period: str, start: date, end: date) -> CheckClaim:
    return CheckClaim(
        period, "d" + period, "a", 0, 3, "4例", "", 0, 4, None, "例", None, "count", None,
        "确诊病例", "确诊病例", "贵州省", None, period, start, end, end,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # a half day's count is not the whole day's, however the day is written
        (("9日0-12时", date(2020, 2, 9), date(2020, 2, 9)), ("2月9日当天", date(2020, 2, 9), date(2020, 2, 9)), False),
        (("9日0—24时", date(2020, 2, 9), date(2020, 2, 9)), ("2月9日当天", date(2020, 2, 9), date(2020, 2, 9)), True),
        (
            ("截至1月29日10时", date(2020, 1, 29), date(2020, 1, 29)),
            ("1月29日16时", date(2020, 1, 29), date(2020, 1, 29)),
            False,
        ),
        # nested year-to-date periods overlap but are two times
        (("1—4月", date(2024, 1, 1), date(2024, 4, 30)), ("上半年", date(2024, 1, 1), date(2024, 6, 30)), False),
        (("前三季度", date(2024, 1, 1), date(2024, 9, 30)), ("全年", date(2024, 1, 1), date(2024, 12, 31)), False),
        # a stock at the year's end is the year's figure
        (("2024年末", date(2024, 12, 31), date(2024, 12, 31)), ("2024年", date(2024, 1, 1), date(2024, 12, 31)), True),
        (("2024年", date(2024, 1, 1), date(2024, 12, 31)), ("去年", date(2024, 1, 1), date(2024, 12, 31)), True),
    ],
)
def test_one_time_is_the_same_days_and_hours(a, b, same):
    assert same_time(_dated(*a), _dated(*b)) == (same, True)
    assert TimeScope.of(_dated(*a)).compatible(TimeScope.of(_dated(*b))) is same


@pytest.mark.parametrize(
    ("period", "minutes"),
    [
        ("2月7日0—12时", (0, 720)),
        ("2020年2月7日12-24时", (720, 1440)),
        ("2月7日0-24时", None),
        ("截至2月7日24时", None),
        ("截至1月29日16时", (960, 960)),
        ("截至今天15时30分", (930, 930)),
        ("截至２月７日１２时", (720, 720)),
        ("17:00", (1020, 1020)),
        ("2月7日", None),
        (None, None),
    ],
)
def test_hours_of_a_period(period, minutes):
    assert hours(period) == minutes


def test_a_days_count_as_of_the_days_end_is_that_day():
    from dataclasses import replace

    day = date(2020, 2, 29)
    as_of = replace(_dated("截至2月29日24时", day, day), period_start=None, aspect="flow")
    whole_day = replace(_dated("2月29日0—24时", day, day), aspect="flow")
    assert same_time(as_of, whole_day) == (True, True)
    # a running total as of the day's end is of that day's notice too (its aspect keeps it from the day's count)
    total = replace(as_of, aspect="cumulative")
    assert same_time(total, replace(whole_day, aspect="cumulative")) == (True, True)
    # "now" is no written day: 截至目前 stays the time of writing
    now = replace(total, period="截至目前")
    assert same_time(now, whole_day)[0] is False
