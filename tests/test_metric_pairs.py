"""前者 and 后者 measure the first and the second of the pair named just before them."""

import pytest


@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    [
        # a Taiwan energy report in Traditional: solar and wind power, each from one year to the next
        (
            "energy report",
            "再生能源當中,太陽光電與風力發電都有成長,前者從2019年的40.1億度增至2020年的60.8億度,"
            "後者則從18.9億度成長為22.8億度。",
            "台湾省",
            {"40.1億度": "太阳光电", "60.8億度": "太阳光电", "18.9億度": "风力发电", "22.8億度": "风力发电"},
        ),
        # a county's farm news: the place opening the pair is no part of the first
        (
            "farm news",
            "全市小麦和玉米播种面积均有增加，前者达到500万亩，后者为320万亩。",
            "德州市",
            {"500万亩": "小麦", "320万亩": "玉米播种面积"},
        ),
    ],
)
def test_the_former_and_the_latter_are_the_pair_before_them(claims_of, genre, text, region, expected):
    found = {c["mention"]: c["metric"] for c in claims_of(text, region=region)}
    assert {m: found[m] for m in expected} == expected, genre


def test_a_pointer_with_no_pair_before_it_stays_as_written(claims_of):
    found = {c["mention"]: c["metric"] for c in claims_of("前者达到500万亩。", region="德州市")}
    assert found["500万亩"] == "前者"


@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    [
        # names each with its level in brackets, then 分别 and a verb of change: the changes are the names', one for
        # one (a Macau health statistics release, Traditional; a county's education communiqué)
        (
            "Macau health statistics",
            "2023年末本澳註冊醫生(1,980名)、中醫生(728名)及護士(2,980名)按年分別增加15名、4名及117名。",
            "澳门特别行政区",
            {"15名": "注册医生", "4名": "中医生", "117名": "护士"},
        ),
        (
            "county education communiqué",
            "年末全县中学(25所)、小学(86所)和幼儿园(40所)分别减少1所、3所和2所。",
            "定西市",
            {"1所": "中学", "3所": "小学", "2所": "幼儿园"},
        ),
    ],
)
def test_changes_after_names_with_bracketed_levels_are_the_names(claims_of, genre, text, region, expected):
    found = {c["mention"]: c["metric"] for c in claims_of(text, region=region)}
    assert {m: found.get(m) for m in expected} == expected, genre
