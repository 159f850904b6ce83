"""A figure after 其中 with no place of its own is a part of the whole figure before the 其中: its subject is the
whole's, named in the whole's clause, not the place that opens the sentence (subject._whole_of_the_part)."""

import pytest


@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    [
        (
            "farmland news",
            "河北省今年以来扎实推进农田建设，邯郸市新建高标准农田20万亩，其中水浇地15万亩，旱地5万亩。",
            "河北省",
            {"20万亩": "邯郸市", "15万亩": "邯郸市", "5万亩": "邯郸市"},
        ),
        (
            "foreign trade",
            "浙江省外贸保持增长，宁波市前三季度进出口总额9000亿元，其中出口6000亿元，增长5%。",
            "浙江省",
            {"9000亿元": "宁波市", "6000亿元": "宁波市", "5%": "宁波市"},
        ),
        (
            "epidemic bulletin under a headline tag",
            "【#辽宁新增2例累计91例#】2月5日22时至2月6日14时，辽宁省鞍山市新增2例确诊病例,其中1例为重型病例，"
            "2例为普通型病例。",
            "辽宁省",
            {"1例": "鞍山市", "2例": "鞍山市"},
        ),
        (
            "a part inside the whole's bracket",
            "新增治愈出院3例（通化市3例，其中危重型1例）。",
            "吉林省",
            {"1例": "通化市"},
        ),
        (
            "Traditional: a county's epidemic release",
            "台灣今日新增確診病例30例，高雄市新增12例，其中8例為境外移入。",
            "台湾省",
            {"12例": "高雄市", "8例": "高雄市"},
        ),
    ],
)
def test_a_part_after_qizhong_is_the_wholes(claims_of, genre, text, region, expected):
    found = {c["mention"]: c["subject"] for c in claims_of(text, region=region)}
    assert {m: found.get(m) for m in expected} == expected, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        # the figure before the 其中 sits in a bracket closed before it: the part is of the figure outside
        (
            "a province's bulletin",
            "截至2月9日24时，浙江省累计报告确诊病例1092例（杭州市核减12例），现有重症病例80例（其中危重24例）。",
            "浙江省",
            "24例",
            "浙江省",
        ),
        # a semicolon ends the whole's sentence part: the part after it is not the whole's
        (
            "a city's economy",
            "全省经济稳中有进，宁波市进出口总额9000亿元；其中出口增长5%。",
            "浙江省",
            "5%",
            "浙江省",
        ),
        # a part with a place of its own keeps it
        (
            "a province's bulletin",
            "山东省新增确诊病例5例，其中青岛市3例。",
            "山东省",
            "3例",
            "青岛市",
        ),
    ],
)
def test_a_part_not_of_the_whole_before_keeps_its_subject(claims_of, genre, text, region, mention, subject):
    found = {c["mention"]: c["subject"] for c in claims_of(text, region=region)}
    assert found.get(mention) == subject, genre


def test_a_parts_subject_is_found_in_its_sentence(claims_of):
    # the whole's subject is named in the part's own sentence: a stated basis the cross-checks trust, as they trusted
    # the sentence's opening place before (a bulletin's running totals stay checked)
    text = "截至1月26日21时，本市累计确诊病例68例，其中东城区1例、西城区5例，外地来京人员12例。"
    claim = {c["mention"]: c for c in claims_of(text, region="北京市")}["12例"]
    assert (claim["subject"], claim["subject_basis"]) == ("北京市", "sentence")


# a sentence opening with 其中 breaks down the last figure outside brackets of the sentence before it: its subject is
# that figure's, not the body that opens the paragraph before, nor a bracketed part's (a transport review, a trade
# release, a health report)
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        (
            "transport review",
            "春运期间,宣州区交通运输局精心组织,强化监管,运输市场平稳有序。\n据统计,春运期间,我区共投放客运车辆2109辆"
            "(班车535台次;包车126台次;农村客运1448),共完成旅客运输量193万人次。其中县际班车完成旅客运输量38.82万人次。",
            "宣州区",
            "38.82万人次",
            "宣州区",
        ),
        (
            "trade release",
            "今年以来,莆田市商务局主动作为,稳住外贸基本盘。\n据统计,一季度全市外贸进出口总额320亿元(城厢区110亿元;"
            "涵江区95亿元)。其中出口额210亿元,同比增长6.2%。",
            "莆田市",
            "210亿元",
            "莆田市",
        ),
        (
            "health report",
            "今年以来，全市新建村卫生室120个（宛城区40个、卧龙区30个）。其中标准化村卫生室85个。",
            "南阳市",
            "85个",
            "南阳市",
        ),
    ],
)
def test_a_sentence_opening_with_qizhong_breaks_down_the_figure_before(
    claims_of, genre, text, region, mention, subject
):
    found = {c["mention"]: c["subject"] for c in claims_of(text, region=region)}
    assert found.get(mention) == subject, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        # an event's toll after the parts of the one before it, each with its own figure (其中长宁县9人,珙县4人): the
        # toll is the whole's place, not the last part's (an earthquake report, a flood report)
        (
            "earthquake report",
            "地震共造成长宁县、珙县等区县受灾,因灾死亡13人,其中长宁县9人,珙县4人,受伤199人。",
            "宜宾市",
            "199人",
            "宜宾市",
        ),
        ("flood report", "暴雨洪涝灾害造成5人死亡,其中万州区3人,开州区2人,受伤12人。", "重庆市", "12人", "重庆市"),
        # the parts keep their own place
        ("flood report", "暴雨洪涝灾害造成5人死亡,其中万州区3人,开州区2人,受伤12人。", "重庆市", "2人", "开州区"),
        # a disaster's relief command is the place's government acting, no body named 指挥部 (earthquake and flood
        # relief news)
        (
            "earthquake relief",
            "地震发生后,省市两级抗震救灾指挥部迅速调集森林消防队伍154人。",
            "宜宾市",
            "154人",
            "宜宾市",
        ),
        ("flood relief", "县抢险救灾指挥部调集救援人员300人。", "兴文县", "300人", "兴文县"),
    ],
)
def test_a_disasters_toll_and_relief_are_the_whole_places(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre
