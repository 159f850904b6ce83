"""Places listed before a noun of the people who come from them (香港及中国台湾旅客分别…) are each part's metric,
not its subject: the arrivals are the receiving region's (metric step)."""

import pytest

from extract.pipeline import extract_claims

# (genre, text, region, [(mention, metric)])
_LISTS = [
    # a Macau statistics release in Traditional script
    (
        "statistics",
        "中國大陸旅客佔總數58.1%；而香港及中國台灣旅客則分別佔28.0%及8.3%。",
        "澳门特别行政区",
        [("28.0%", "香港旅客占"), ("8.3%", "中国台湾旅客占")],
    ),
    # a city's tourism news in Simplified script
    (
        "news",
        "春节假期，香港、台湾和韩国游客分别增长12%、8%和5%。",
        "三亚市",
        [("12%", "香港游客"), ("8%", "台湾游客"), ("5%", "韩国游客")],
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "expected"), _LISTS)
def test_listed_origins_of_one_visitor_noun_name_each_part(genre, text, region, expected):
    claims = {c.mention: c for c in extract_claims(text, region=region)}
    assert [(m, claims[m].metric) for m, _ in expected] == expected, genre
    assert {claims[m].subject for m, _ in expected} == {region}, genre


# places listed before residents or firms are the parts' subjects, and keep the shared noun as metric
def test_listed_places_of_their_own_firms_stay_subjects():
    claims = extract_claims("北京、上海企业分别增长5%和6%。", region="中国")
    assert [(c.subject, c.metric) for c in claims] == [("北京市", "企业"), ("上海市", "企业")]
