import pytest


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("目前，我市新就业群体约6.7万人。", "约6.7万人", "菏泽市"),
        ("今年以来，巨野县公安局破获传统侵财案件196起。", "196起", "巨野县公安局"),
        ("东明县委社会工作部指导建成惠民服务中心18家。", "18家", "东明县"),
        ("市委社会工作部推动14个部门组建党委。", "14个", "菏泽市"),
        ("定陶区滨河街道今年以来入户走访10余次。", "10余次", "定陶区滨河街道"),
        ("在巨野县龙堍镇，这样的工厂一共有30余家。", "30余家", "巨野县龙堍镇"),
    ],
)
def test_subject(claims_of, text, mention, subject):
    claim = next(c for c in claims_of(text) if c["mention"] == mention)
    assert claim["subject"] == subject


def test_subject_carries_over_from_the_lead(claims_of):
    text = "成武县提升党建质量\n\n本报讯 连日来，成武县立足新业态，持续提升党建质量。\n\n在8个试点社区有序推进。"
    assert claims_of(text)[0]["subject"] == "成武县"


def test_county_scope_word_resolves_to_the_county_named_before(claims_of):
    claims = claims_of("截至目前，巨野县共投入各类资金6.6亿元，在全县17个镇街建成就业帮扶车间238个。")
    assert {c["subject"] for c in claims} == {"巨野县"}


def test_region_is_inferred_when_not_given(claims_of):
    text = "曹县、单县和定陶区联合开展活动。我市今年新建驿站465处。"
    assert claims_of(text, region=None)[0]["subject"] == "菏泽市"


def test_short_county_names_of_other_cities_are_words(claims_of):
    # 公安县 (湖北) and 惠民县 (滨州) must not be read into 公安局 / 惠民服务中心
    claims = claims_of("东明县建成惠民服务中心18家，公安机关破获案件12起。")
    assert all(c["subject"] == "东明县" for c in claims)
