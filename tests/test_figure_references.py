"""Words pointing back at the figure just given (这一数据分别为：…): the figures after them measure what it
measured, of its place. Texts of our own in two genres: a national health bulletin and a labour-market news item."""

import pytest

from extract.figure_references import figure_reference_label, refers_back

# a national bulletin's figure for a region that is no division, then the same figure on earlier days
NATIONAL_BULLETIN = (
    "3月1日0—24时，全国湖北以外地区新增确诊病例58例，连续第5日下降。而过去3日这一数据分别为：90例（26日）、73例（27日）、"
    "70例（28日）。"
)
# a county's jobs figure, then a year ago in a sentence naming no place
LABOUR_NEWS = "今年一季度，东明县城镇新增就业1.2万人，同比增长9%。去年同期该数据为1.1万人。"
# a ranking word points at a part, not at the same place: no subject taken from the figure before
RANKING = "各区中，牡丹区增速最高，为9.1%；其次是定陶区8.2%。"


@pytest.mark.parametrize(
    ("label", "word"),
    [
        ("而过去4日这一数据分别为", "这一数据"),
        ("去年同期该数字为", "该数字"),
        ("同期数据", "同期数据"),
        ("其次为", None),
    ],
)
def test_a_label_pointing_back(label, word):
    match = figure_reference_label().search(label)
    assert (match["word"] if match else None) == word


@pytest.mark.parametrize(
    ("text", "expected"), [("这一数据分别为：890例", True), ("该比例为5%", True), ("其次为定陶区", False)]
)
def test_refers_back(text, expected):
    assert refers_back(text, 0, len(text)) is expected


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric", "subject", "period"),
    [
        (NATIONAL_BULLETIN, "中国", "90例", "确诊病例", "全国除湖北以外地区", "26日"),
        (NATIONAL_BULLETIN, "中国", "70例", "确诊病例", "全国除湖北以外地区", "28日"),
        (LABOUR_NEWS, "菏泽市", "1.1万人", "城镇新增就业", "东明县", "去年同期"),
    ],
)
def test_figures_named_by_a_word_pointing_back(claims_of, text, region, mention, metric, subject, period):
    claim = next(c for c in claims_of(text, region=region, date="2020-03-02") if c["mention"] == mention)
    assert (claim["metric"], claim["subject"], claim["period"]) == (metric, subject, period)


def test_a_ranking_word_takes_no_place_from_the_figure_before(claims_of):
    claim = next(c for c in claims_of(RANKING, region="菏泽市") if c["mention"] == "8.2%")
    assert claim["subject"] == "定陶区"


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a statistics release: 这个比重 after the share, 继 opening the earlier rise it builds on
        (
            "今年我省粮食产量占全国总产量的比重达到9.8%，这个比重继2010年提高1.0个百分点的基础上，再次上升了0.6个百分点。",
            "黑龙江省",
            "0.6个百分点",
            "粮食产量占全国总产量的比重",
        ),
        # an education bulletin
        (
            "全县民办幼儿园在园幼儿占比达到45.2%，这一比重较上年提高1.2个百分点。",
            "郧西县",
            "1.2个百分点",
            "民办幼儿园在园幼儿占比",
        ),
    ],
)
def test_the_share_pointed_back_at_names_its_change(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # an epidemic bulletin: 这两名患者 restates the discharged patients counted before
        (
            "据广西壮族自治区卫健委：今天，广西2例新型冠状病毒感染的肺炎确诊病例患者治愈出院。这两名患者分别是梧州病例和防城港病例。",
            "广西壮族自治区",
            "两名",
            "肺炎确诊病例患者治愈出院",
        ),
        # a county's school news: 上述8人 restates the students counted before
        ("今年全县有8名学生考入清华大学和北京大学。上述8人均来自郧西县第一中学。", "郧西县", "8人", "学生"),
    ],
)
def test_a_count_after_a_demonstrative_restates_the_figure_before(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


def test_a_demonstrative_count_with_no_figure_before_keeps_its_noun(claim_of):
    assert claim_of("以上5名患者今日确诊为肺炎病例。", "5名", "广西壮族自治区")["metric"] == "患者"
