"""Items of a list joined by 、 after a figure, each opening with its own division and verb (温州市应转移20.02万人、
台州市应转移11.84万人), are each their division's: the verb before the first figure governs none of the later items."""

import pytest


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        # a province's typhoon response
        (
            "按地区分，温州市应转移20.02万人、台州市应转移11.84万人、丽水市应转移5929人，均已全部转移。",
            "浙江省",
            {"20.02万人": "温州市", "11.84万人": "台州市", "5929人": "丽水市"},
        ),
        # a province's holiday tourism figures
        (
            "假期间，温州市接待游客20万人次、台州市接待游客11万人次。",
            "浙江省",
            {"20万人次": "温州市", "11万人次": "台州市"},
        ),
        # a region's health notice
        (
            "新增呼伦贝尔市危重病例1例、锡林郭勒盟重症病例2例。",
            "内蒙古自治区",
            {"1例": "呼伦贝尔市", "2例": "锡林郭勒盟"},
        ),
    ],
)
def test_each_listed_item_is_its_own_divisions(claims_of, text, region, expected):
    found = {c["mention"]: c["subject"] for c in claims_of(text, region=region)}
    assert {m: found[m] for m in expected} == expected
