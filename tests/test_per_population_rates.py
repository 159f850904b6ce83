"""A figure per a number of people (每十万人口发病率为3.5例, 以每十萬人口數統計…四十三.一件) is a rate per that number;
the number of people it is per is no claim, also when a frame opening the sentence names it for the figures after it."""

import pytest


@pytest.mark.parametrize(
    ("text", "region", "mention", "unit"),
    [
        # a health bulletin: incidence per 100,000 written before the figure
        ("全市法定传染病每十万人口发病率为235.6例，死亡率较上年下降。", "广州市", "235.6例", "例/十万人"),
        ("2023年全省每10万人口结核病报告发病率为38.2例。", "四川省", "38.2例", "例/10万人"),
        # a statistical communiqué: beds and doctors per thousand people
        ("年末全县每千人口医疗卫生机构床位数6.8张。", "定西市", "6.8张", "张/千人"),
        # a police report in Traditional: a frame opening the sentence says what the figure is per
        ("以每十萬人口數統計，本縣詐欺案發生率為四十三.一件。", "彰化县", "四十三.一件", "件/十万人"),
        # a health yearbook in Simplified with the same frame written with 按…计算
        ("按每千人口计算，全区执业（助理）医师达3.1人。", "黄浦区", "3.1人", "人/千人"),
    ],
)
def test_a_figure_per_people_is_a_rate_and_its_people_no_claim(claims_of, text, region, mention, unit):
    claims = claims_of(text, region=region)
    claim = next(c for c in claims if c["mention"] == mention)
    assert (claim["kind"], claim["unit"]) == ("rate", unit)
    assert [c["mention"] for c in claims] == [mention]


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        # a population counted, with no 每 before it, stays a count of people
        ("全县常住人口十万人，其中城镇人口4.2万人。", "4.2万人", 42000.0),
        ("该镇户籍人口1.2万人。", "1.2万人", 12000.0),
    ],
)
def test_people_counted_without_per_stay_counts(claim_of, text, mention, value):
    claim = claim_of(text, mention)
    assert (claim["kind"], claim["unit"], claim["value"]) == ("count", "人", value)
