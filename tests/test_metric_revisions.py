"""A notice's word of revision after what it counts (湖北新增确诊订正为631例, 增速更正为5.1%: revision_words.txt) is no
word of the metric."""

import pytest


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a health commission's headline
        ("湖北新增确诊订正为631例", "湖北省", "631例", "确诊"),
        # a statistics bureau's correction
        ("全市一季度地区生产总值增速更正为5.1%。", "广州市", "5.1%", "地区生产总值增速"),
    ],
)
def test_a_revision_word_is_no_word_of_the_metric(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region=region)["metric"] == metric
