"""An assembly a government reports to or is supervised by (县政协, 人大: lexicon/assembly_bodies.txt), named in a work
report's opening, owns none of the place's figures: 全县 after it is the county (as 全县 after a bureau stays the
bureau's)."""

import pytest


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # a county government's work report
        (
            "各位代表：现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。"
            "一年来，在县人大、政协和社会各界的监督支持下，2024年全县地区生产总值68.5亿元、增长5.6%。",
            "化德县",
            "68.5亿元",
            "化德县",
        ),
        # a city's news on the assembly's session
        (
            "市政协十四届三次会议开幕。会上通报，2024年全市完成固定资产投资320亿元。",
            "定西市",
            "320亿元",
            "定西市",
        ),
    ],
)
def test_the_places_figures_after_an_assembly_stay_the_places(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region=region)["subject"] == subject


def test_a_bureau_keeps_its_countys_figures(claim_of):
    text = "巨野县公安局持续开展专项行动，今年以来全县共破获刑事案件356起。"
    assert claim_of(text, "356起", region="菏泽市")["subject"] == "巨野县公安局"
