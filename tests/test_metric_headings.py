"""Headings, topic openings and labels that say what the figures under them measure (metric_headings)."""

import pytest


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # a figure whose clause names nothing counts the topic its sentence opens with (a fire service's year review,
        # a county's trade news); a connective (另一方面) is no topic
        (
            "fire service year review",
            "特別服務召喚方面,去年共有35 314宗,較二○二一年下跌2.4%。",
            "香港特别行政区",
            "35 314宗",
            "特别服务召唤",
        ),
        ("county trade news", "外贸出口方面，全年共完成12.3亿元。", "义乌市", "12.3亿元", "外贸出口"),
        (
            "Taiwan tourism (Traditional)",
            "另一方面，外國旅客來台僅857萬餘人次。",
            "台湾省",
            "857萬餘人次",
            "外国旅客来台",
        ),
    ],
)
def test_a_figure_naming_nothing_counts_its_sentences_topic(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre
