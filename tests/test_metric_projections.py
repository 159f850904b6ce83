"""What is about to happen is told apart from what happened by 即将, kept in the metric (2月3日即将治愈出院7例: no
discharges yet; 即将开工项目25个)."""

import pytest


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a provincial health commission's notice
        ("2月3日即将治愈出院7例，其中合肥3例、滁州2例。", "安徽省", "7例", "即将治愈出院"),
        # a city's investment news
        ("全市即将开工项目25个，总投资120亿元。", "广州市", "25个", "即将开工项目"),
    ],
)
def test_a_projection_keeps_its_word(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region=region)["metric"] == metric
