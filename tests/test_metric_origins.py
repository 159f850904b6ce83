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


# (genre, text, region, [(mention, metric)]): each origin's count in brackets after it, the visitor noun written once
# after the list (的住客, 的游客) or right after the place (韓國住客); the subject stays the receiving region
_BRACKETED = [
    (
        "Macau hotel statistics, Traditional, padded brackets",
        "中國內地( 100.4萬人次 )、香港( 14.0萬人次 )及台灣地區( 3.2萬人次 )的住客分別增加50.5%、28.3%及3.1倍，"
        "而韓國住客( 3.1萬人次 )更上升17.6倍。",
        "澳门特别行政区",
        [
            ("100.4萬人次", "中国内地住客"),
            ("14.0萬人次", "香港住客"),
            ("3.2萬人次", "台湾地区住客"),
            ("3.1萬人次", "韩国住客"),
        ],
    ),
    (
        "city holiday tourism news, Simplified",
        "国庆期间，香港（12.5万人次）、澳门（3.1万人次）和台湾地区（2.0万人次）的游客分别增长10%、8%和5%。",
        "广州市",
        [("12.5万人次", "香港游客"), ("3.1万人次", "澳门游客"), ("2.0万人次", "台湾地区游客")],
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "expected"), _BRACKETED)
def test_an_origins_bracketed_count_counts_its_visitors_for_the_receiving_region(genre, text, region, expected):
    claims = {c.mention: c for c in extract_claims(text, region=region)}
    assert [(m, claims[m].metric) for m, _ in expected] == expected, genre
    assert {c.subject for c in claims.values()} == {region}, genre
