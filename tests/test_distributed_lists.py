"""Figures listed after a verb of distribution (新增547例分布在竹北市211例、竹東鎮81例; 8例分布于昆明市5例: lexicon/
distribution_verbs.txt) count what the whole counts, each its place's; the verb and its place name nothing counted,
also when the whole restates a figure named before it."""

import pytest


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        # a Taiwan county's notice in Traditional: the whole restates the figure of the sentence before
        (
            "中央今日公布新竹縣新增547例COVID-19本土案例。新增547例分布在竹北市211例、竹東鎮81例、五峰鄉0例。",
            "新竹县",
            {
                "211例": ("COVID-19本土案例", "新竹县竹北市"),
                "81例": ("COVID-19本土案例", "新竹县竹东镇"),
                "0例": ("COVID-19本土案例", "新竹县五峰乡"),
            },
        ),
        # a provincial health commission's notice in Simplified, the whole named in its own clause
        (
            "昨日全省新增确诊病例8例，8例分布于昆明市5例、玉溪市3例。",
            "云南省",
            {"5例": ("确诊病例", "昆明市"), "3例": ("确诊病例", "玉溪市")},
        ),
    ],
)
def test_parts_after_a_verb_of_distribution_count_what_the_whole_counts(claims_of, text, region, expected):
    found = {c["mention"]: (c["metric"], c["subject"]) for c in claims_of(text, region=region)}
    for mention, fields in expected.items():
        assert found[mention] == fields


def test_a_part_named_after_an_unrelated_restated_figure_takes_no_metric(claims_of):
    # a list of cities after a breakdown: the city whose count happens to restate an earlier figure lends nothing
    text = "全省累计报告病例81例，重症3例，危重症7例。贵阳市18例，黔南州7例，黔西南州3例。"
    last = claims_of(text, region="贵州省")[-1]
    assert (last["mention"], last["subject"]) == ("3例", "黔西南布依族苗族自治州")
    assert last["metric"] != "危重症"
