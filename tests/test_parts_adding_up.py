"""A list of parts that name nothing they count, or only what the figure right before them named (three figures or
more of one unit outside brackets, in one sentence), and add up to a figure of their article before them count what
that figure counts, also when figures of other things stand between (贵阳市18例…黔西南州3例 after 累计报告病例81例 and
its breakdown by condition and sex; 兰州市36家… after the kinds of A级旅游景区320家)."""

import pytest


def test_a_provincial_notices_list_of_cities_adding_up_to_its_total(claims_of):
    text = (
        "截至2月7日12时，全省累计报告新型冠状病毒感染的肺炎病例81例。治愈出院6例，病情平稳64例，重症3例，危重症7例，"
        "死亡1例；男性41例，女性40例；年龄最大80岁，最小1个月；贵阳市18例（1例已治愈出院），遵义市12例，六盘水9例，"
        "安顺市4例，毕节市17例，铜仁市6例（2例已治愈出院），黔东南州5例，黔南州7例（3例已治愈出院），黔西南州3例。"
    )
    found = [(c["subject"], c["metric"]) for c in claims_of(text, region="贵州省") if c["subject"] != "贵州省"]
    listed = [(s, m) for s, m in found if m != "治愈出院"]
    assert len(listed) == 9
    assert {m for _, m in listed} == {"肺炎病例"}


def test_a_tourism_bulletins_cities_after_the_kinds_of_its_attractions(claims_of):
    text = (
        "截至9月底，全省共有A级旅游景区320家。5A级景区7家，4A级景区118家，3A级景区150家；兰州市36家，天水市41家，"
        "酒泉市48家，张掖市55家，平凉市40家，其余各市州合计100家。"
    )
    found = {c["mention"]: c["metric"] for c in claims_of(text, region="甘肃省")}
    assert [found[m] for m in ("36家", "41家", "55家", "100家")] == ["A级旅游景区"] * 4
    assert found["150家"] == "3A级景区"


def test_parts_that_do_not_add_up_keep_what_they_were_lent(claims_of):
    text = (
        "截至9月底，全省共有A级旅游景区320家。5A级景区7家，4A级景区118家，3A级景区150家；兰州市36家，天水市41家，"
        "酒泉市48家。"
    )
    found = {c["mention"]: c["metric"] for c in claims_of(text, region="甘肃省")}
    assert found["36家"] == "3A级景区"


# a sentence of parts opened by 其中 that add up to no figure before it: the last figure before that is no smaller than
# the largest part is their whole, never a smaller one named last (an epidemic bulletin, a city's works news); a
# note in brackets is no whole
@pytest.mark.parametrize(
    ("text", "region", "mention", "nth", "metric"),
    [
        (
            "1月24日0-24时，江苏省新增确诊病例9例，新增出院病例1例。其中：常州市5例，盐城市1例，宿迁市1例，为首次报告确诊病例。",
            "江苏省",
            "5例",
            0,
            "确诊病例",
        ),
        ("全年新建5G基站860个，新增公共充电桩2个。其中：丰泽区300个，鲤城区200个。", "泉州市", "200个", 0, "5G基站"),
        (
            "我省新增确诊病例3例（2例为输入性病例，1例为武汉输入病例家属）。其中：福州市1例（福清市1例）；漳州市1例（云霄县1例）。",
            "福建省",
            "1例",
            2,
            "确诊病例",
        ),
    ],
)
def test_parts_never_exceed_the_whole_they_are_given(claim_of, text, region, mention, nth, metric):
    assert claim_of(text, mention, region, nth=nth)["metric"] == metric
