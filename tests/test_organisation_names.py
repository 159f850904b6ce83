"""A body named by its level alone (市中院, 省高院) is the body of the document's own place (organisation_names)."""

import pytest

from extract.pipeline import extract_claims

# (genre, text, region, subject)
_BODIES = [
    # an intermediate court's and a procuratorate's work reports
    ("court report", "2022年，市中院受理案件2.3万件，审结2.1万件。", "东莞市", "东莞市中院"),
    ("court report", "东莞市中院全年审结案件2.1万件。", "东莞市", "东莞市中院"),
    ("court report", "省高院全年审结案件5.1万件。", "东莞市", "广东省高院"),
    ("procuratorate report", "市检察院全年批准逮捕犯罪嫌疑人1200人。", "芜湖市", "芜湖市检察院"),
    ("procuratorate report", "市人民检察院全年批准逮捕犯罪嫌疑人1200人。", "芜湖市", "芜湖市人民检察院"),
    # a county's health news: the county's hospital
    ("news", "县人民医院全年门诊量达52万人次。", "陇西县", "陇西县人民医院"),
    # the text's own full name of the body, where it gives one
    ("news", "陇西县中医医院新建病房楼。今年以来，县中医医院接诊患者3.2万人次。", "陇西县", "陇西县中医医院"),
]


@pytest.mark.parametrize(("genre", "text", "region", "subject"), _BODIES)
def test_a_body_named_by_its_level_is_the_regions(genre, text, region, subject):
    claims = extract_claims(text, region=region)
    assert claims, genre
    assert {c.subject for c in claims} == {subject}, genre


# a government body speaks for its place, and a whole place's courts are the place: neither is renamed
@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("全市法院受理各类案件25.4万件。", "东莞市"),
        ("市委社会工作部开展活动12场。", "东莞市"),
    ],
)
def test_a_government_body_and_a_places_courts_keep_their_subject(text, subject):
    assert {c.subject for c in extract_claims(text, region="东莞市")} == {subject}


def test_without_a_region_the_name_stays_as_written():
    assert {c.subject for c in extract_claims("市中院全年审结案件2.1万件。")} <= {"市中院", None}
