"""A place right after a verb of aiming (力争, 确保, 争取) is what is to reach the target: the subject of the
figures of its sentence, not the body that aims, and the metric is read from the place on (extract/aims.py,
lexicon/aiming_verbs.txt)."""

import pytest


@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    [
        (
            "a province's farm department",
            "省农业农村厅将力争海南省去冬今春瓜菜种植面积稳定在300万亩左右,总产量497万吨,出岛量359万吨。",
            "海南省",
            {
                "300万亩左右": ("海南省", "去冬今春瓜菜种植面积"),
                "497万吨": ("海南省", "去冬今春瓜菜总产量"),
                "359万吨": ("海南省", "出岛量"),
            },
        ),
        (
            "a province's commerce department",
            "省商务厅将确保宁波市今年外贸进出口总额达到1.2万亿元。",
            "浙江省",
            {"1.2万亿元": ("宁波市", "外贸进出口总额")},
        ),
        (
            "Traditional: a ministry's target for a city",
            "經濟部將確保臺中市今年工業產值突破3兆元。",
            "台湾省",
            {"突破3兆元": ("台中市", "工业产值")},
        ),
    ],
)
def test_the_place_aimed_for_is_the_subject(claims_of, genre, text, region, expected):
    found = {c["mention"]: (c["subject"], c["metric"]) for c in claims_of(text, region=region)}
    assert {m: found.get(m) for m in expected} == expected, genre


def test_a_target_with_no_place_after_the_verb_stays_the_bodys(claims_of):
    text = "省商务厅将力争全年外贸进出口总额达到5万亿元。"
    found = {c["mention"]: c["subject"] for c in claims_of(text, region="浙江省")}
    assert found["5万亿元"] == "浙江省商务厅"
