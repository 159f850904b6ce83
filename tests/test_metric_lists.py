import pytest


@pytest.mark.parametrize(
    ("text", "region", "mention", "nth", "metric", "subject"),
    [
        # an environmental bulletin: cities ranked by a measure, then their figures after 分别
        (
            "PM2.5平均浓度最低的3个城市依次是北京、廊坊和长治，分别为47、55和55微克/立方米。",
            "中国",
            "55",
            0,
            "PM2.5平均浓度",
            "廊坊市",
        ),
        (
            "PM2.5平均浓度最低的3个城市依次是北京、廊坊和长治，分别为47、55和55微克/立方米；"
            "浓度最高的3个城市依次是安阳、濮阳和石家庄，分别为94、84和81微克/立方米。",
            "中国",
            "84",
            0,
            "浓度",
            "濮阳市",
        ),
        # a provincial economic release: provinces ranked by growth
        (
            "一季度，地区生产总值增速最快的3个省份依次是西藏、海南和湖北，分别为9.1%、8.5%和8.2%。",
            "中国",
            "8.5%",
            0,
            "地区生产总值增速",
            "海南省",
        ),
    ],
)
def test_figures_of_a_ranked_list_take_the_measure_ranked_by(claim_of, text, region, mention, nth, metric, subject):
    claim = claim_of(text, mention, region, nth=nth)
    assert (claim["metric"], claim["subject"]) == (metric, subject)


def test_a_ranked_list_gives_no_measure_to_figures_naming_their_own(claim_of):
    text = "增速最快的是制造业，增长12%，其中汽车制造业增长15%。"
    assert claim_of(text, "15%", "中国")["metric"] == "汽车制造业"
