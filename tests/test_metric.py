import pytest


@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        ("标准化提升“暖新”驿站465处。", "465处", "暖新驿站"),
        ("引导358名党员主动到社区报到。", "358名", "党员"),
        ("在8个试点社区有序推进。", "8个", "试点社区"),
        ("今年以来，全县共抓获犯罪嫌疑人120名。", "120名", "犯罪嫌疑人"),
        ("全市实体党组织覆盖率已提高至93.02%。", "93.02%", "实体党组织覆盖率"),
        ("全年粮食总产量达到52.3万吨。", "52.3万吨", "粮食总产量"),
        ("赠送保额4041万元的人身意外险。", "4041万元", "保额"),
    ],
)
def test_metric(claims_of, text, mention, metric):
    claim = next(c for c in claims_of(text) if c["mention"] == mention)
    assert claim["metric"] == metric


def test_enumeration_shares_out_its_phrases(claims_of):
    claims = claims_of("盗窃案件破案率和入户盗窃破案率分别同比上升40%、54.5%。")
    assert [(c["metric"], c["kind"]) for c in claims] == [("盗窃案件破案率", "change"), ("入户盗窃破案率", "change")]


def test_listed_changes_take_the_metrics_before_them(claims_of):
    claims = claims_of("截至目前，工业投资增速达7.5%，民间投资增速达6.1%，同比分别提高1.2、0.8个百分点。")
    assert [c["metric"] for c in claims][-1] == "民间投资增速"


def test_parts_and_total_each_have_their_metric(claims_of):
    claims = claims_of("共侦办谣言类案件35起，其中刑事案件2起、行政案件33起。")
    assert [c["metric"] for c in claims] == ["侦办谣言类案件", "刑事案件", "行政案件"]


def test_level_change_sentence_keeps_the_metric(claims_of):
    claims = claims_of("规模以上工业企业数量由2022年的196家增长到目前的248家。")
    assert [(c["value"], c["metric"]) for c in claims] == [(196, "规模以上工业企业数量"), (248, "规模以上工业企业数量")]
