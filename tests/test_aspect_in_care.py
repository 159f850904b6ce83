"""A count of people said to be in care or isolation now (59人在省级定点医院隔离留观, 5名伤员正在当地医院接受治疗) is a
stock where its clause has no marker of its own; a count with a marker keeps that one."""

import pytest


@pytest.mark.parametrize(
    ("text", "region", "mention", "aspect"),
    [
        # a provincial health notice on contacts of imported cases
        (
            "伊朗包机境外输入性病例密切接触者274人，其中59人在省级定点医院隔离留观，215人在集中隔离点隔离。",
            "甘肃省",
            "59人",
            "stock",
        ),
        (
            "伊朗包机境外输入性病例密切接触者274人，其中59人在省级定点医院隔离留观，215人在集中隔离点隔离。",
            "甘肃省",
            "215人",
            "stock",
        ),
        # an accident report: the injured in hospital
        ("事故造成2人死亡，5名伤员正在当地医院接受治疗。", "定西市", "5名", "stock"),
        # a day's count with its own marker stays a flow
        ("当日新增5人在定点医院隔离治疗。", "甘肃省", "5人", "flow"),
    ],
)
def test_people_in_care_now_are_a_stock(claim_of, text, region, mention, aspect):
    assert claim_of(text, mention, region=region)["aspect"] == aspect
