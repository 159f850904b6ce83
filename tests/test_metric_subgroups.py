"""A bare part of a counted group said to be people of another kind (其中6例为既往确诊病例) is that kind among the
group, not the place's own figure of that kind."""

import pytest


@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        # an epidemic bulletin: severe cases that had been confirmed before, not 6 newly confirmed cases
        ("全省新增重症病例10例（其中6例为既往确诊病例），新增出院病例2例。", "6例", "重症病例中的既往确诊病例"),
        ("辽宁新增8例确诊病例，其中6例为重症病例。", "6例", "确诊病例中的重症病例"),
        # a part singled out by 另有, after a count of people of another name
        ("武汉市共有15名医务人员确诊为肺炎病例，另有1名为疑似病例。", "1名", "医务人员中的疑似病例"),
        # the parts listed after the first are of the same group
        ("新增确诊病例11例，其中2例为外地来沪人员，9例为本市常住人口。", "2例", "确诊病例中的外地来沪人员"),
        ("新增确诊病例11例，其中2例为外地来沪人员，9例为本市常住人口。", "9例", "确诊病例中的本市常住人口"),
        # a civil-affairs report: the people relieved, not all the county's disabled or veterans
        ("全县共救助困难群众320人，其中85人为残疾人，另有12人为退役军人。", "85人", "困难群众中的残疾人"),
        ("全县共救助困难群众320人，其中85人为残疾人，另有12人为退役军人。", "12人", "困难群众中的退役军人"),
        # a recruitment notice
        ("今年全市新录用公务员120人，其中35人为少数民族干部。", "35人", "新录用公务员中的少数民族干部"),
    ],
)
def test_a_part_of_another_kind_keeps_its_group(claim_of, text, mention, metric):
    assert claim_of(text, mention)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        # a kind holding the group's own name names the part alone
        ("尚有36例疑似病例正在排查中，其中20例为境外输入型疑似病例。", "20例", "境外输入型疑似病例"),
        ("全市共有企业86家，其中12家为高新技术企业。", "12家", "高新技术企业"),
        # cases told apart by where they were infected: all the place's cases of that origin are among them
        ("北京新增确诊病例6例，其中5例为意大利输入病例，1例为美国输入病例。", "5例", "意大利输入病例"),
        # a part named in its own words, with no copula, is named so
        ("新增确诊病例5例，其中境外输入病例3例。", "3例", "境外输入病例"),
    ],
)
def test_a_part_of_the_groups_own_kind_is_named_alone(claim_of, text, mention, metric):
    assert claim_of(text, mention)["metric"] == metric
