"""A change from a base to a level (由884起减少86起至798起, 暴力罪案由8 884宗增加806宗(+9.1%)至9 690宗) is the base, the
change and the level reached: three figures, the middle one a change (with its percentage in brackets), never a range;
two figures joined by 至 with no base before them stay a range (3000元至5000元)."""

import pytest


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        # a city police bureau's year in Simplified
        (
            "全市刑事案件由884起减少86起至798起。",
            "广州市",
            [("884起", "count", None), ("86起", "change", None), ("798起", "count", None)],
        ),
        # Hong Kong's police in Traditional, the change's percentage in brackets
        (
            "暴力罪案由8 884宗增加806宗(+9.1%)至9 690宗。",
            "香港特别行政区",
            [
                ("8 884宗", "count", None),
                ("806宗", "change", None),
                ("9.1%", "change", None),
                ("9 690宗", "count", None),
            ],
        ),
        # a county's enterprise count in a work report
        (
            "规模以上工业企业由196家增加52家至248家。",
            "定西市",
            [("196家", "count", None), ("52家", "change", None), ("248家", "count", None)],
        ),
    ],
)
def test_a_change_from_a_base_to_a_level_is_three_figures(claims_of, text, region, expected):
    found = [(c["mention"], c["kind"], c["value_high"]) for c in claims_of(text, region=region)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("月工资在3000元至5000元之间。", "3000元至5000元"),
        ("全年接待游客增长10%至15%。", "10%至15%"),
    ],
)
def test_two_figures_joined_without_a_base_stay_a_range(claims_of, text, mention):
    assert mention in [c["mention"] for c in claims_of(text)]
