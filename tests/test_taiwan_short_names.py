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


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # a city environment bureau's release: a 民國 year opens the clause before the city's figure, whose city is
        # named in full or by the short form its own releases write
        ("環保局今日公告。環保局補充,109年臺北市PM2.5年平均濃度為12.1μg/m3。", "台北市", "12.1μg/m3", "台北市"),
        ("環保局今日公告。環保局補充,111年新北市PM2.5年平均濃度為13.2μg/m3。", "新北市", "13.2μg/m3", "新北市"),
        ("環保局今日公告。環保局補充,109年北市PM2.5年平均濃度為12.1μg/m3。", "台北市", "12.1μg/m3", "台北市"),
        ("環保局今日公告。環保局補充,111年高市PM2.5年平均濃度為19.5μg/m3。", "高雄市", "19.5μg/m3", "高雄市"),
        # a labour bureau's statistics: the same, and the city's people (北市民眾) are no short form
        ("勞工局今日發布統計。勞工局指出,112年中市失業率為3.4%。", "台中市", "3.4%", "台中市"),
        ("北市民眾申請補助達3萬件。", "台北市", "3萬件", "台北市"),
    ],
)
def test_a_citys_own_short_form_after_a_roc_year_is_the_citys(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject
