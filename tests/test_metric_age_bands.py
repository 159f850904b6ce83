"""A count of people right after an age band (12歲以下72名, 60岁及以上68例) counts that band of what its sentence
counted first, and the band's share after it (，占3.7%) is that band's share (metric_persons.counts_of_an_age_band)."""

import pytest


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        # a Taiwan county's notice in Traditional: the bands follow the sexes, which name none of them
        (
            "新竹縣新增547例本土案例，為262名男性、285名女性，12歲以下72名、65歲以上40名。",
            "新竹县",
            {"72名": "12岁以下本土案例", "40名": "65岁以上本土案例"},
        ),
        # a provincial epidemiological summary in Simplified, with each band's share
        (
            "全省确诊病例274例，其中5岁以下10例，占3.7%，18岁至59岁188例，占68.6%，60岁及以上68例，占24.8%。",
            "湖南省",
            {
                "10例": "5岁以下确诊病例",
                "3.7%": "5岁以下确诊病例占比",
                "188例": "18岁至59岁确诊病例",
                "68例": "60岁及以上确诊病例",
                "24.8%": "60岁及以上确诊病例占比",
            },
        ),
    ],
)
def test_a_count_after_an_age_band_counts_that_band(claims_of, text, region, expected):
    found = {c["mention"]: c["metric"] for c in claims_of(text, region=region)}
    assert {m: found[m] for m in expected} == expected


def test_a_count_after_a_single_age_is_no_band(claims_of):
    # an age and a count with nothing of a band between them: a person's age, then another figure
    found = {c["mention"]: c for c in claims_of("患者男，56岁，3名密切接触者已隔离。", region="菏泽市")}
    assert not (found["3名"]["metric"] or "").startswith("56")
