"""A town or village named after the city or county that opens its clause, before the clause's figure, is the
figure's subject: the city only tells where it lies (subject step)."""

import pytest

from extract.pipeline import extract_claims

# (genre, text, region, subject of the last figure)
_WITHIN = [
    (
        "tourism news",
        "乡村旅游持续升温，菏泽十佳美丽乡村曹县庄寨镇王庄村国庆期间接待游客2.6万人次。",
        "山东省",
        "曹县庄寨镇王庄村",
    ),
    (
        "work report",
        "曹县境内的庄寨镇去年接待游客12万人次。",
        "菏泽市",
        "曹县庄寨镇",
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "subject"), _WITHIN, ids=[g for g, _, _, _ in _WITHIN])
def test_a_town_or_village_within_the_opening_place_is_the_subject(genre, text, region, subject):
    claims = extract_claims(text, region=region)
    assert claims, genre
    assert claims[-1].subject == subject


# a town the opening place acts on (以…为, 把…, 支持…) is no subject: the opening place stays
_ACTED_ON = [
    ("work report", "曹县以庄寨镇为中心建成桐木加工园区3个，带动就业1.2万人。", "曹县"),
    ("work report", "曹县把庄寨镇作为示范点，新建道路35公里。", "曹县"),
]


@pytest.mark.parametrize(("genre", "text", "subject"), _ACTED_ON)
def test_a_town_acted_on_is_no_subject(genre, text, subject):
    assert {c.subject for c in extract_claims(text, region="菏泽市")} == {subject}, genre


# a feature copied without its headline is about the town its opening sentence names and the text names again: its
# figures under later subheads are the town's, not the county's or the region's
_FEATURES = [
    (
        "township feature",
        "近年来，蚌埠市五河县新集镇发展乡村特色产业。\n乡村振兴，让农民更富\n2024年以来，新集镇建成项目2个。\n"
        "乡村振兴，让农村更美\n截至目前，清理沟塘76口。",
        "五河县",
    ),
    (
        "village feature",
        "今年以来，曹县庄寨镇王庄村大力发展桐木产业。\n乡村振兴，产业兴旺\n王庄村建成加工厂5家。\n"
        "乡村振兴，村容提升\n全年新建道路3公里。",
        "菏泽市",
    ),
]


@pytest.mark.parametrize(("genre", "text", "region"), _FEATURES, ids=[g for g, _, _ in _FEATURES])
def test_a_feature_without_a_headline_is_about_the_town_it_opens_with(genre, text, region):
    claims = extract_claims(text, region=region)
    assert claims, genre
    assert claims[-1].subject.endswith(("新集镇", "王庄村")), (genre, claims[-1].subject)
