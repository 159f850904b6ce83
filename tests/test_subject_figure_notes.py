"""A listed place's figure with a note in brackets: every figure of the note is the place's, also after a clause
break inside the note (玉溪市14例（治愈出院3例，死亡1例）), and a note's closing bracket ends the place's item when
the list is written without separators (昆明市53例（治愈出院10例）玉溪市14例…)."""

import pytest

# a health commission's cumulative list with notes: every figure and the place it is of, written with or without
# separators between the items
_YUNNAN_LIST = [
    ("174例", "云南省"),
    ("53例", "昆明市"),
    ("10例", "昆明市"),
    ("14例", "玉溪市"),
    ("3例", "玉溪市"),
    ("1例", "玉溪市"),
    ("13例", "曲靖市"),
    ("6例", "曲靖市"),
    ("9例", "保山市"),
    ("3例", "保山市"),
]


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        # a health commission's cumulative list, written without separators
        (
            "截至2月19日12时，云南省累计报告确诊病例174例，其中：昆明市53例（治愈出院10例）玉溪市14例（治愈出院3例，"
            "死亡1例）曲靖市13例（治愈出院6例）保山市9例（治愈出院3例）。",
            "云南省",
            _YUNNAN_LIST,
        ),
        # the same list with separators: the note's second clause is still its place's
        (
            "截至2月19日12时，云南省累计报告确诊病例174例，其中：昆明市53例（治愈出院10例），玉溪市14例（治愈出院3例，"
            "死亡1例），曲靖市13例（治愈出院6例）、保山市9例（治愈出院3例）。",
            "云南省",
            _YUNNAN_LIST,
        ),
        # a prefecture's counties in an economic review
        (
            "全市实现地区生产总值520亿元，其中：涞水县120亿元（增长6.1%，比上年提高0.5个百分点）易县98亿元（增长5.2%）。",
            "保定市",
            [
                ("520亿元", "保定市"),
                ("120亿元", "涞水县"),
                ("6.1%", "涞水县"),
                ("0.5个百分点", "涞水县"),
                ("98亿元", "易县"),
                ("5.2%", "易县"),
            ],
        ),
    ],
)
def test_a_figures_note_is_its_places(claims_of, text, region, expected):
    assert [(c["mention"], c["subject"]) for c in claims_of(text, region=region)] == expected


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        # a region's port freight, its ports' changes in brackets and no separators
        (
            "全区口岸货运量2320万吨，其中：满洲里市820万吨（增长5.1%）二连浩特市610万吨（下降2.3%）。",
            "内蒙古自治区",
            {"610万吨": ("口岸货运量", "二连浩特市"), "2.3%": ("口岸货运量", "二连浩特市")},
        ),
        # a prefecture's counties
        (
            "全市实现地区生产总值520亿元，其中：涞水县120亿元（增长6.1%）易县98亿元（增长5.2%）。",
            "保定市",
            {"98亿元": ("地区生产总值", "易县"), "5.2%": ("地区生产总值", "易县")},
        ),
    ],
)
def test_a_change_in_an_items_note_measures_the_items_level(claims_of, text, region, expected):
    found = {c["mention"]: (c["metric"], c["subject"]) for c in claims_of(text, region=region)}
    assert {m: found[m] for m in expected} == expected


@pytest.mark.parametrize(
    ("text", "region", "mention", "nth", "metric"),
    [
        # what follows the bracket of a list is said of the whole, no doing of the list's last item — a province's
        # notice, a county's accident news; a count alone in its brackets keeps what its people did after them
        (
            "6名重症病例（太原市3例，晋中市2例，阳泉市1例）均已集中在太原市第四人民医院隔离治疗。",
            "山西省",
            "1例",
            0,
            "重症病例",
        ),
        ("事故造成5人受伤（其中重伤2人，轻伤3人）均已送往县医院救治。", "巴中市", "3人", 0, "轻伤"),
        ("有逾八成(5.79萬人)曾觀看本地舉辦的演唱會。", "澳门特别行政区", "5.79萬人", 0, "观看本地举办的演唱会"),
    ],
)
def test_no_doing_runs_out_of_a_list_in_brackets(claim_of, text, region, mention, nth, metric):
    assert claim_of(text, mention, region, nth=nth)["metric"] == metric
