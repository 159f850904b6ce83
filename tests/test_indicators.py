"""The indicator catalogue and the link of a claim's metric to it, measured on the dev sets' communiqués."""

import csv
import re
from pathlib import Path

import pytest

from extract import indicators
from extract.pipeline import extract_claims

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
GOLD = REPO / "tests" / "data" / "indicator_links_gold.tsv"
COMMUNIQUES = {  # the dev sets' statistical communiqués, with the place 全市/全州 means in each
    "d01_luoyang_tjgb2023.txt": (SHARED / "dev" / "texts", "洛阳市"),
    "d07_qiandongnan_tjgb2023.txt": (SHARED / "dev2" / "texts", "黔东南苗族侗族自治州"),
}
PRECISION_TARGET, RECALL_TARGET = 0.95, 0.80


def test_catalogue_holds_the_communiques_indicators_with_units_kinds_and_honest_codes() -> None:
    catalogue = indicators.catalogue()
    assert len(catalogue) >= 80
    names = {i.name for i in catalogue.values()}
    for name in ("地区生产总值", "一般公共预算收入", "社会消费品零售总额", "城镇居民人均可支配收入", "常住人口",
                 "常住人口城镇化率", "固定资产投资", "规模以上工业增加值", "进出口总额", "粮食产量"):  # fmt: skip
        assert name in names
    for indicator in catalogue.values():
        assert indicator.unit and indicator.kind and indicator.aspect in indicators.ASPECTS
        assert indicator.code_years is None or indicator.nbs_code  # years only of a code


def test_every_nbs_code_has_the_portals_form_and_its_years_parse() -> None:
    coded = [i for i in indicators.catalogue().values() if i.nbs_code]
    assert len(coded) >= 10
    for indicator in coded:
        written = indicator.nbs_code.split("|")
        assert [f"{c.database}:{c.code}" for c in indicator.nbs_codes] == written
        for code in indicator.nbs_codes:
            assert code.database in indicators.NBS_DATABASES and re.fullmatch(r"A[0-9A-Z]{2,8}", code.code)
            assert code.last_year is None or code.first_year <= code.last_year
        years = indicator.code_years.split("|") if indicator.code_years else [""] * len(written)
        assert len(years) == len(written)
        for span, code in zip(years, indicator.nbs_codes, strict=True):
            shown = f"{code.first_year}-{code.last_year or ''}" if code.first_year else ""
            assert shown == span and (not span or re.fullmatch(r"\d{4}-(\d{4})?", span))
        # codes of one indicator in one database follow each other: their known spans do not overlap
        spans = sorted(
            (c.database, c.first_year, c.last_year or 9999) for c in indicator.nbs_codes if c.first_year is not None
        )
        for before, after in zip(spans, spans[1:], strict=False):
            assert before[0] != after[0] or before[2] < after[1], (indicator.indicator_id, before, after)
    gdp = {c.database: c for c in indicators.catalogue()["gdp"].nbs_codes}
    assert (gdp["hgnd"].code, gdp["fsnd"].code, gdp["fsnd"].first_year) == ("A020102", "A020101", 1992)


@pytest.mark.parametrize(
    ("codes", "years", "parsed"),
    [
        ("hgnd:A020102", "", (("hgnd", "A020102", None, None),)),
        (
            "hgnd:A020102|fsnd:A020101",
            "1952-|1992-",
            (("hgnd", "A020102", 1952, None), ("fsnd", "A020101", 1992, None)),
        ),
        (
            "hgyd:A01010101|hgnd:A090101",
            "2016-2020|",
            (("hgyd", "A01010101", 2016, 2020), ("hgnd", "A090101", None, None)),
        ),
        ("", "", ()),
    ],
)
def test_nbs_codes_parse(codes, years, parsed) -> None:
    found = indicators.parse_nbs_codes(codes, years)
    assert tuple((c.database, c.code, c.first_year, c.last_year) for c in found) == parsed


@pytest.mark.parametrize(
    ("codes", "years", "reason"),
    [
        ("A020102", "", "not database:code"),  # no database: codes differ between databases
        ("xxnd:A020102", "", "not database:code"),
        ("hgnd:B020102", "", "not database:code"),
        ("hgnd:A020102", "2013", "not YYYY- or YYYY-YYYY"),
        ("hgnd:A020102", "2020-2013", "not YYYY- or YYYY-YYYY"),
        ("hgnd:A020102", "1952-|1992-", "1 code(s) but 2"),
        ("", "2013-", "0 code(s) but 1"),  # years only of a code
    ],
)
def test_a_malformed_nbs_code_or_years_is_refused(codes, years, reason) -> None:
    with pytest.raises(ValueError, match=re.escape(reason)):
        indicators.parse_nbs_codes(codes, years)


@pytest.mark.parametrize(
    ("metric", "metric_key", "unit", "kind", "linked"),
    [
        ("GDP", "地区生产总值", "元", "money", "gdp"),
        ("经济总量", "经济", "元", "money", "gdp"),  # the metric names it, its key does not
        ("全市生产总值", None, "元", "money", "gdp"),  # a scope word before it
        ("生产总值", "地区生产总值", "%", "change", "gdp"),  # its growth
        ("人均生产总值", "人均生产总值", "元/人", "rate", "gdp_per_capita"),  # not 地区生产总值
        ("第一产业投资", "第一产业投资", "%", "change", None),  # not 第一产业(增加值): no substring match
        ("第二产业增加值比重", "第二产业增加值比重", "%", "percent", None),
        ("第二产业增加值", "第二产业增加值", "%", "percent", None),  # a share in its sentence: not its unit
        ("固定资产投资（不含农户，下同）", None, "%", "change", "fixed_asset_investment"),  # a bracketed note
        ("gdp", None, "元", "money", "gdp"),
        (None, None, "元", "money", None),
    ],
)
def test_link(metric, metric_key, unit, kind, linked) -> None:
    assert indicators.link(metric, metric_key, unit, kind) == linked


def test_a_reference_tables_metric_names_the_level_or_the_growth() -> None:
    assert indicators.growth_named("地区生产总值")[0].indicator_id == "gdp"
    indicator, growth = indicators.growth_named("地区生产总值增长率")
    assert (indicator.indicator_id, growth) == ("gdp", True)
    assert indicators.growth_named("GDP增速")[1] is True
    assert indicators.growth_named("不存在的指标") == (None, False)


def _gold() -> list[dict[str, str]]:
    lines = [line for line in GOLD.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, fieldnames=["doc", "mention", "value", "metric", "indicator"], delimiter="\t"))


def _plain(mention: str) -> str:
    return re.sub(r"\s+", "", mention)


def link_scores() -> tuple[float, float, list[str]]:
    """(precision, recall, the misses) of the links of the claims the extractor reads in the communiqués: a
    predicted link is right when the gold claim at the same figure (matched in document order by its mention)
    has that indicator; a link on a figure the gold does not hold counts as wrong."""
    gold = _gold()
    made = right = 0
    found_of_gold: dict[int, str | None] = {}
    misses = []
    for name, (folder, region) in COMMUNIQUES.items():
        text = (folder / name).read_text(encoding="utf-8")
        claims = extract_claims(text, name, "0" * 64, region=region)
        items = [(i, g) for i, g in enumerate(gold) if g["doc"] == name]
        used: set[int] = set()
        for claim in claims:
            link = indicators.link(claim.metric, claim.metric_key, claim.unit, claim.kind)
            match = next((i for i, g in items if i not in used and _plain(g["mention"]) == _plain(claim.mention)), None)
            if match is not None:
                used.add(match)
                found_of_gold[match] = link
            if link is not None:
                made += 1
                if match is not None and gold[match]["indicator"] == link:
                    right += 1
                else:
                    expected = gold[match]["indicator"] if match is not None else "(no gold claim)"
                    misses.append(f"{name} {claim.mention} {claim.metric}: linked {link}, gold {expected or 'none'}")
    wanted = [i for i, g in enumerate(gold) if g["indicator"]]
    recalled = sum(1 for i in wanted if found_of_gold.get(i) == gold[i]["indicator"])
    for i in wanted:
        if found_of_gold.get(i) != gold[i]["indicator"]:
            misses.append(f"{gold[i]['doc']} {gold[i]['mention']} {gold[i]['metric']}: gold {gold[i]['indicator']},"
                          f" linked {found_of_gold.get(i, '(not extracted)')}")  # fmt: skip
    return right / made if made else 0.0, recalled / len(wanted), misses


@pytest.mark.skipif(
    not all((folder / name).is_file() for name, (folder, _) in COMMUNIQUES.items()),
    reason="../shared/dev and ../shared/dev2 (the communiqués the gold links are of) are not beside the checkout",
)
def test_links_on_the_dev_communiques_meet_their_targets() -> None:
    precision, recall, misses = link_scores()
    assert precision >= PRECISION_TARGET and recall >= RECALL_TARGET, (precision, recall, misses)


def test_the_catalogue_names_the_entry_whose_code_is_malformed(monkeypatch) -> None:
    row = ["gdp", "地区生产总值", "", "元", "money", "flow", "A020102", ""]  # no database
    monkeypatch.setattr(indicators.lexicon, "rows", lambda name: [row])
    indicators.catalogue.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"indicators\.tsv: entry 1 \(gdp\): nbs_code 'A020102'"):
            indicators.catalogue()
    finally:
        monkeypatch.undo()
        indicators.catalogue.cache_clear()


@pytest.mark.parametrize(
    ("phrase", "start"),
    [
        ("实现城镇新增就业", 2),
        ("全年城镇新增就业人员", 2),
        ("城镇新增就业", 0),
        ("新增就业岗位", None),
    ],
)
def test_the_indicator_name_a_phrase_ends_with(phrase, start) -> None:
    assert indicators.name_ending(phrase) == start
