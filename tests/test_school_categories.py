"""Kinds of school as statistics count them (普通小学, 普通初中, 民办小学) are categories, named whole in metrics."""

import pytest

from extract.pipeline import extract_claims

# (genre, text, region, mention, metric): the category is the metric and the region the subject
_SCHOOLS = [
    # a county's education statistics bulletin
    ("education statistics", "其中普通小学49所，小学招生17108人。", "安丘市", "49所", "普通小学"),
    ("education statistics", "全县共有普通初中28所，初中招生7528人。", "安丘市", "28所", "普通初中"),
    ("education statistics", "全县共有普通初中28所，初中招生7528人。", "安丘市", "7528人", "初中招生"),
    # a city's news on private schools
    ("news", "全市民办小学12所，在校生8000人。", "潍坊市", "12所", "民办小学"),
]

# (genre, text, region, mention): a kind of school named by primary and secondary together, by its need, or by its
# level before 学校 (高中|学校: no 中学), is no school the figures after it are about
_KINDS_BEFORE_A_FIGURE = [
    ("city education spending", "新建、改扩建城镇中小学17所;投入2.17亿元改善农村办学条件。", "包头市", "2.17亿元"),
    ("city education spending", "农村薄弱中小学全部完成改造;投入1.55亿元建设寄宿制学校。", "包头市", "1.55亿元"),
    ("county education news", "迁建直属高中学校;投入4220万元更新实验设备。", "固阳县", "4220万元"),
    ("county education news", "改善农村薄弱中小学办学条件;投入1.55亿元建设寄宿制学校。", "固阳县", "1.55亿元"),
    ("county education news", "全县初中学校实现全覆盖，投入3000万元更新设备。", "固阳县", "3000万元"),
]


@pytest.mark.parametrize(("genre", "text", "region", "mention", "metric"), _SCHOOLS)
def test_a_kind_of_school_is_a_category_not_a_school(genre, text, region, mention, metric):
    claims = {c.mention: c for c in extract_claims(text, region=region)}
    assert (claims[mention].metric, claims[mention].subject) == (metric, region), genre


@pytest.mark.parametrize(("genre", "text", "region", "mention"), _KINDS_BEFORE_A_FIGURE)
def test_a_kind_of_school_before_a_figure_is_no_subject(genre, text, region, mention):
    claims = {c.mention: c for c in extract_claims(text, region=region)}
    assert claims[mention].subject == region, genre


@pytest.mark.parametrize(
    ("text", "school"), [("北京大学校长3人出席。", "北京大学"), ("该县第一中学校区占地120亩。", "第一中学")]
)
def test_a_school_before_a_word_opening_with_its_last_character_is_still_named(text, school):
    assert extract_claims(text, region="北京市")[0].subject == school


def test_a_named_school_stays_the_subject():
    claims = extract_claims("安丘市实验小学在校生3200人。", region="安丘市")
    assert claims[0].subject == "安丘市实验小学"


# (genre, text, region, mention, metric): the schools within a place (县内, 市内) and Taiwan's kinds of school and
# their owners (公私立国中小学, 县立高中) are no school; a place announcing is no part of a school's name (苗栗宣布学校)
_SCHOOLS_WITHIN_A_PLACE = [
    ("Taiwan news", "對象包括縣內公私立國中小學及縣立高中，受惠學生4萬326人。", "苗栗县", "4萬326人", "受惠学生"),
    ("Taiwan county news", "縣內學校午餐費用目前在45至55元的區間。", "苗栗县", "45至55元", "县内学校午餐费用"),
    ("city education news", "市内中小学食堂今年新增座位1200个。", "泉州市", "1200个", "座位"),
    ("Taiwan headline", "苗栗宣布學校午餐全面補助一半費用", "苗栗县", "一半", "学校午餐全面补助"),
    ("city headline", "三明宣布中小学课后服务补助每生200元", "三明市", "200元", "每生"),
]


@pytest.mark.parametrize(("genre", "text", "region", "mention", "metric"), _SCHOOLS_WITHIN_A_PLACE)
def test_schools_within_a_place_are_its_and_no_body(genre, text, region, mention, metric):
    claims = {c.mention: c for c in extract_claims(text, region=region)}
    assert claims[mention].subject == region, genre
    assert metric in claims[mention].metric, genre


# new or old ones of a kind (新景区, 新医院) are no body: a county's tourism news, a city's health and education news
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention"),
    [
        (
            "tourism news",
            "国庆节期间三个新景区共接待游客6.16万人次，旅游经营收入达182.98万元。",
            "靖西县",
            "182.98万元",
        ),
        ("health news", "今年两家新医院共接诊患者12万人次。", "常州市", "12万人次"),
        ("education news", "两所新学校今年招收学生1800人。", "常州市", "1800人"),
    ],
)
def test_new_or_old_ones_of_a_kind_are_no_body(genre, text, region, mention):
    claims = {c.mention: c for c in extract_claims(text, region=region)}
    assert claims[mention].subject == region, genre
