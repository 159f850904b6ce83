"""taiwan_short_names: Taiwan's counties and municipalities by the short forms written before their government,
council or head (雲縣府, 北市府, 高市議會), read in Taiwan texts only (which texts are Taiwan's: test_roc_years)."""

import pytest


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        # a county's birth-subsidy news and a city's budget news, in Traditional
        ("county social-policy news", "符第3胎資格者，雲縣府和中央補助合計20萬元。", "云林县", "20萬元", "云林县"),
        ("city budget news", "北市府今年編列托育預算1.2億元。", "台湾省", "1.2億元", "台北市"),
        ("council news", "高市議會今年通過3項自治條例。", "台湾省", "3項", "高雄市"),
        ("city news", "中市長宣布發放補助2,000元。", "台湾省", "2,000元", "台中市"),
    ],
)
def test_a_taiwan_short_form_before_its_government_is_its_division(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre


def test_the_same_characters_elsewhere_keep_the_gazetteers_reading(claim_of):
    # Yunnan's 云县 and its government, in a mainland text
    assert claim_of("云县政府投入资金1.2亿元。", "1.2亿元", "临沧市")["subject"] == "云县"
