"""A change written as a comparison with 高 or 低 (比上年高0.2个千分点), a change in brackets with a plus sign after a
change (增加5 000宗(+9.2%)), a change after its base's figure in brackets (較2018年(54 225宗)增加5 000宗), and a bare
share named in brackets (比重(常住人口城镇化率)为40.97%)."""

import pytest


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric", "direction"),
    [
        # a statistical communiqué: rates compared with last year by 高 and 低
        (
            "全年人口出生率16.2‰，比上年高0.2个千分点；人口死亡率6.79‰，比上年低0.03个千分点。",
            "海东市",
            "0.2个千分点",
            "人口出生率",
            "increase",
        ),
        (
            "全年人口出生率16.2‰，比上年高0.2个千分点；人口死亡率6.79‰，比上年低0.03个千分点。",
            "海东市",
            "0.03个千分点",
            "人口死亡率",
            "decrease",
        ),
        # a farm report: a harvest compared with last year
        ("今年全县粮食总产量50万吨，比上年高2万吨。", "定西市", "2万吨", "粮食总产量", "increase"),
        # a labour bureau's report: unemployment compared with last year
        ("年末城镇登记失业率为3.18%，比上年低0.2个百分点。", "海东市", "0.2个百分点", "城镇登记失业率", "decrease"),
    ],
)
def test_a_comparison_by_high_or_low_is_a_change_of_the_figure_compared(
    claim_of, text, region, mention, metric, direction
):
    claim = claim_of(text, mention, region=region)
    assert (claim["kind"], claim["metric"], claim["direction"]) == ("change", metric, direction)


def test_high_and_low_without_a_comparison_make_no_change(claim_of):
    claim = claim_of("该楼高20米，是全镇最高的建筑。", "20米")
    assert claim["kind"] == "measure"


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # Hong Kong's police in Traditional: a change with a plus sign in brackets, after a base figure in brackets
        (
            "二〇一九年錄得的整體罪案總數是59 225宗，較二〇一八年(54 225宗)增加5 000宗(+9.2%)。",
            "香港特别行政区",
            "9.2%",
            "整体罪案总数",
        ),
        # a city's economic news in Simplified
        ("全市进出口总额1260亿元，比上年（1200亿元）增加60亿元（＋5.0%）。", "广州市", "5.0%", "进出口总额"),
    ],
)
def test_a_signed_percentage_in_brackets_after_a_change_is_that_change(claim_of, text, region, mention, metric):
    claim = claim_of(text, mention, region=region)
    assert (claim["kind"], claim["metric"]) == ("change", metric)


@pytest.mark.parametrize(
    ("text", "region", "mention"),
    [
        ("二〇一九年錄得的整體罪案總數是59 225宗，較2018年(54 225宗)增加5 000宗。", "香港特别行政区", "5 000宗"),
        ("全市进出口总额1260亿元，比上年（1200亿元）增加60亿元。", "广州市", "60亿元"),
    ],
)
def test_a_count_after_its_base_in_brackets_and_a_verb_is_a_change(claim_of, text, region, mention):
    assert claim_of(text, mention, region=region)["kind"] == "change"


@pytest.mark.parametrize(
    ("text", "region", "mentions", "metric"),
    [
        # a statistical communiqué: urbanisation named in brackets after the share, and its change
        (
            "城镇常住人口61.18万人，占全市常住人口的比重(常住人口城镇化率)为40.97%，比上年末提高2.52个百分点。",
            "海东市",
            ["40.97%", "2.52个百分点"],
            "常住人口城镇化率",
        ),
        # a fiscal report: the tax burden named in brackets
        ("全年税收收入占地区生产总值的比重（宏观税负）为18.5%。", "广州市", ["18.5%"], "宏观税负"),
    ],
)
def test_a_share_named_in_brackets_measures_that_name(claims_of, text, region, mentions, metric):
    claims = {c["mention"]: c for c in claims_of(text, region=region)}
    assert [claims[m]["metric"] for m in mentions] == [metric] * len(mentions)


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a city's holiday tourism news: the level the hotels' rate is compared with, of the noun after its 的
        (
            "大部分酒店入住率均达到70%以上,高于我市饭店宾馆入住高峰期67.78%的平均入住率。",
            "厦门市",
            "67.78%",
            "饭店宾馆入住高峰期平均入住率",
        ),
        # a health commission's briefing
        (
            "我国10天内境外输入病例增幅216%,快于全球累计确诊病例98%的增幅。",
            "中国",
            "98%",
            "全球累计确诊病例增幅",
        ),
    ],
)
def test_a_level_compared_with_is_of_the_noun_after_its_de(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # hotels that host (接待酒店) are no attraction receiving visitors
        ("此外,厦门会晤重要接待酒店效益明显提升,大部分酒店入住率均达到70%以上。", "厦门市", "70%以上", "厦门市"),
        ("国庆期间,南宁市重点接待宾馆入住率达85%。", "南宁市", "85%", "南宁市"),
    ],
)
def test_a_hosting_hotel_is_no_attraction(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject
