"""Listed parts named by the foreign country their cases or visitors came from: each counts what its whole
counts, from that country, so the parts of one list are told apart. Texts of our own in two genres: a city's
health bulletin and a tourism report; plus the plain functions."""

import pytest

from extract.origins import from_the_country

CITY_BULLETIN = "3月14日0时至24时，本市新增报告境外输入确诊病例6例，其中西班牙3例、意大利2例、泰国1例。"
CITY_SUSPECTS = "新增报告疑似病例7例，其中，荷兰输入3例，意大利输入2例，本市2例。"
PROVINCE_BRACKETS = "当天全省新增境外输入确诊病例4例，其中广州3例（英国、菲律宾各输入1例、法国输入1例），深圳1例。"
TOURISM_REPORT = "一季度全市接待入境游客5.2万人次，其中日本1.2万人次、韩国0.8万人次。"


@pytest.mark.parametrize(
    ("metric", "country", "written", "expected"),
    [
        ("境外输入确诊病例", "西班牙", "西班牙", "西班牙输入确诊病例"),
        ("疑似病例", "荷兰", "荷兰输入", "荷兰输入疑似病例"),
        ("输入病例", "英国", "英国", "英国输入病例"),
        ("入境游客", "日本", "日本", "日本入境游客"),
        ("菲律宾各输入", "法国", "法国输入", "法国输入"),
    ],
)
def test_from_the_country(metric, country, written, expected):
    assert from_the_country(metric, country, written) == expected


@pytest.mark.parametrize(
    ("text", "mention", "nth", "metric", "aspect"),
    [
        (CITY_BULLETIN, "3例", 0, "西班牙输入确诊病例", "flow"),
        (CITY_BULLETIN, "1例", 0, "泰国输入确诊病例", "flow"),
        (CITY_SUSPECTS, "3例", 0, "荷兰输入疑似病例", "flow"),
        (CITY_SUSPECTS, "2例", 0, "意大利输入疑似病例", "flow"),
        # the local part is a part of the whole, not of the country before it
        (CITY_SUSPECTS, "2例", 1, "疑似病例", "flow"),
        (TOURISM_REPORT, "1.2万人次", 0, "日本入境游客", None),
    ],
)
def test_a_part_named_by_its_country_of_origin(claims_of, text, mention, nth, metric, aspect):
    claim = [c for c in claims_of(text, region="北京市") if c["mention"] == mention][nth]
    assert (claim["metric"], claim["aspect"]) == (metric, aspect)


def test_a_domestic_list_is_left_alone(claims_of):
    claims = claims_of("全市新增确诊病例5例，其中朝阳区3例、海淀区2例。", region="北京市")
    assert [c["metric"] for c in claims] == ["确诊病例"] * 3


def test_a_country_takes_no_other_countrys_words(claims_of):
    claims = [c for c in claims_of(PROVINCE_BRACKETS, region="广东省") if c["mention"] == "1例"]
    assert "菲律宾" not in (claims[1]["metric"] or "") and claims[1]["metric"].startswith("法国")


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        # a breakdown by nationality (国籍, 国别): the countries are where the applicants or visitors are from, the
        # shares the reporting place's — Taiwan's patent statistics, a city's inbound tourism
        (
            "從發明專利申請案的申請人國籍來看,外國申請人占61.8%,其中以日本占25%居首,其次為美國占13.4%。",
            "台湾",
            {"25%": "台湾", "13.4%": "台湾"},
        ),
        (
            "按客源国别看，入境游客中韩国游客占32.5%，日本游客占18.2%。",
            "青岛市",
            {"32.5%": "青岛市", "18.2%": "青岛市"},
        ),
    ],
)
def test_countries_of_a_breakdown_by_nationality_are_no_subjects(claims_of, text, region, expected):
    found = {c["mention"]: c["subject"] for c in claims_of(text, region=region)}
    assert {m: found[m] for m in expected} == expected
