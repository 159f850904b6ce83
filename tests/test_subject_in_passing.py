"""Places and bodies named in passing are no subjects of the sentences after them (issue 25, classes 1 and 2)."""

import pytest

from extract.pipeline import extract_claims

# (genre, text, region, mention, subject): a list of places the sentence gives as examples or as a group is no
# subject to carry; the next sentence's figure with no place of its own is the region's
_LISTED_THEN_CARRIED = [
    (
        "transport bulletin",
        "全国港口完成集装箱吞吐量3.1亿标箱。天津、青岛和宁波三大港口吞吐量占全国的35.2%。"
        "年吞吐量100万标箱以下的港口有41个，较上年减少3个。",
        "中国",
        "41个",
        "中国",
    ),
    (
        "tourism news",
        "全省接待游客5.6亿人次。长沙、株洲和湘潭三市接待游客占全省的40.1%。乡村旅游点有1200个。",
        "湖南省",
        "1200个",
        "湖南省",
    ),
    (
        "statistics communiqué",
        "全年新增就业8.2万人。其中，武汉、宜昌、襄阳等地贡献较大。全年城镇登记失业率为2.9%。",
        "湖北省",
        "2.9%",
        "湖北省",
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "mention", "subject"), _LISTED_THEN_CARRIED)
def test_a_list_of_places_carries_to_no_later_sentence(genre, text, region, mention, subject):
    claims = {c.mention: c.subject for c in extract_claims(text, region=region)}
    assert claims[mention] == subject, genre
