"""A figure in 级 grading a scale (a quake's magnitude, a wind's force) is a measure, and the event after it names
what it measures; levels counted in 级 stay counts (graded_scales)."""

import pytest

from extract.graded_scales import grades_a_scale, measure_of_the_event


@pytest.mark.parametrize(
    ("before", "figure", "after", "graded", "measure"),
    [
        ("甘孜州泸定县发生", "6.8级", "地震，震源深度16千米", True, "地震震级"),
        ("突如其来的“12·16”", "5.7级", "地震重大考验", True, "地震震级"),
        ("当晚发生", "3.2级", "余震2次", True, "余震震级"),
        ("沿海将出现", "10级", "大风", True, "风力"),
        ("受台风影响，沿海风力达", "12级", "，", True, None),
        ("阵风可达", "14级", "。", True, None),
        ("推动市、县", "两级", "建立工作专班", False, None),  # levels of government counted
        ("全县", "二级", "以上医院3家", False, None),  # a grade of hospitals
    ],
)
def test_a_grade_of_a_scale_is_told_by_the_words_around_it(before, figure, after, graded, measure):
    text = before + figure + after
    start, end = len(before), len(before) + len(figure)
    assert (grades_a_scale(text, start, end), measure_of_the_event(text, end)) == (graded, measure)


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "kind", "metric"),
    [
        (
            "earthquake news",
            "9月5日12时52分，甘孜州泸定县发生6.8级地震，震源深度16千米。",
            "四川省",
            "6.8级",
            "measure",
            "地震震级",
        ),
        (
            "a county's work report",
            "面对突如其来的“12·16”5.7级地震重大考验,我们攻坚克难。",
            "兴文县",
            "5.7级",
            "measure",
            "地震震级",
        ),
        ("typhoon warning", "受台风影响，沿海风力达12级。", "浙江省", "12级", "measure", "沿海风力"),
    ],
)
def test_a_magnitude_is_a_measure_of_its_event(claim_of, genre, text, region, mention, kind, metric):
    claim = claim_of(text, mention, region)
    assert (claim["kind"], claim["metric"]) == (kind, metric), genre
