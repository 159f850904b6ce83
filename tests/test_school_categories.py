"""Kinds of school as statistics count them (普通小学, 普通初中, 民办小学) are categories, named whole in metrics."""

import pytest

from extract.pipeline import extract_claims

# (genre, text, region, mention, metric): the category is the metric and the region the subject
_SCHOOLS = [
    # a county's education statistics bulletin
    ("education statistics", "其中普通小学49所，小学招生17108人。", "安丘市", "49所", "普通小学"),
    ("education statistics", "全县共有普通初中28所，初中招生7528人。", "安丘市", "28所", "普通初中"),
    ("education statistics", "全县共有普通初中28所，初中招生7528人。", "安丘市", "7528人", "初中招生"),
    # a city's news on private schools
    ("news", "全市民办小学12所，在校生8000人。", "潍坊市", "12所", "民办小学"),
]


@pytest.mark.parametrize(("genre", "text", "region", "mention", "metric"), _SCHOOLS)
def test_a_kind_of_school_is_a_category_not_a_school(genre, text, region, mention, metric):
    claims = {c.mention: c for c in extract_claims(text, region=region)}
    assert (claims[mention].metric, claims[mention].subject) == (metric, region), genre


def test_a_named_school_stays_the_subject():
    claims = extract_claims("安丘市实验小学在校生3200人。", region="安丘市")
    assert claims[0].subject == "安丘市实验小学"
