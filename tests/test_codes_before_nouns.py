"""A code of Latin letters and digits (COVID-19, H7N9, SARS-CoV-2, A-10) is a name: no figure with the character after
it as a unit (COVID-19本土案例 holds no 19 本), and the noun a figure counts may open with it; 元旦 after a day of the
month is the holiday, no yen (1月1日元旦)."""

import pytest


@pytest.mark.parametrize(
    ("text", "region", "claims"),
    [
        # a Taiwan county's health notice in Traditional
        ("中央今日公布新竹縣新增547例COVID-19本土案例。", "新竹县", {"547例": "COVID-19本土案例"}),
        # a mainland health commission's notice
        ("全省新增3例H7N9病例，均为散发病例。", "浙江省", {"3例": "H7N9病例"}),
        # a bus company's news: a route's code before the noun
        ("A-10號公車今起增開5班次。", "台北市", {"5班次": None}),
    ],
)
def test_a_code_is_no_figure_and_may_open_the_counted_noun(claims_of, text, region, claims):
    found = {c["mention"]: c["metric"] for c in claims_of(text, region=region)}
    assert list(found) == list(claims)
    for mention, metric in claims.items():
        if metric is not None:
            assert found[mention] == metric


@pytest.mark.parametrize(
    ("text", "region", "mentions"),
    [
        # a city's holiday tourism report
        ("2017年12月31日-2018年1月1日元旦节日3天，我市共接待游客125.31万人次。", "桂林市", ["3天", "125.31万人次"]),
        # a railway's holiday news
        ("1月1日元旦当天，铁路发送旅客20万人次。", "南宁市", ["20万人次"]),
    ],
)
def test_new_years_day_after_a_date_is_no_yen(claims_of, text, region, mentions):
    assert [c["mention"] for c in claims_of(text, region=region)] == mentions


def test_yen_stays_money(claim_of):
    assert claim_of("他在机场兑换了3000日元。", "3000日元")["unit"] == "日元"
