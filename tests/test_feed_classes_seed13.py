"""Classes of errors found reading a fixed-seed sample of real-feed claims (issue 25, seed 13, exploratory), each on
texts written for the test in at least two genres."""

from __future__ import annotations

import pytest


def _claim(claims_of, text: str, mention: str, region: str | None, date: str | None = None, nth: int = 0) -> dict:
    return [c for c in claims_of(text, region=region, date=date) if c["mention"] == mention][nth]


@pytest.mark.parametrize(
    ("text", "mention", "nth", "subject"),
    [
        # a clause opened by a city with its county (威海市环翠区) is that county's, as one opened by the county alone:
        # not the place an earlier clause opened with, nor the province of the sentence
        (
            "2020年1月27日12—24时，山东省报告新增确诊病例3例，其中：济南市市中区新增确诊病例1例，"
            "威海市环翠区新增确诊病例1例，日照市东港区新增确诊病例1例。",
            "1例",
            1,
            "环翠区",
        ),
        (
            "2020年1月27日12—24时，山东省报告新增确诊病例3例，其中：济南市市中区新增确诊病例1例，"
            "威海市环翠区新增确诊病例1例，日照市东港区新增确诊病例1例。",
            "1例",
            2,
            "东港区",
        ),
        ("今年全省新建口袋公园10个，其中菏泽市单县建成4个，济宁市梁山县建成6个。", "6个", 0, "梁山县"),
        ("一季度全省新增规模以上工业企业9家，其中：青岛市黄岛区新增5家，烟台市莱山区新增4家。", "4家", 0, "莱山区"),
        ("一季度全省新增规模以上工业企业9家，其中：青岛市黄岛区新增5家，烟台市莱山区新增4家。", "5家", 0, "黄岛区"),
    ],
)
def test_a_clause_opened_by_a_city_and_its_county_is_the_countys(claims_of, text, mention, nth, subject):
    assert _claim(claims_of, text, mention, "山东省", nth=nth)["subject"] == subject
