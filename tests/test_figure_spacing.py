"""Figures set apart by typographic spaces read as if written without them (extract/figure_spacing.py)."""

import pytest

from extract.figure_spacing import unspaced_view
from extract.pipeline import extract_claims

# (text, where each space the view drops stands): a single space between a digit or % and a Han character
_DROPPED = [
    ("2023 年增长 5.8%", "2023年增长5.8%"),
    ("增长 5% 以上，失业率 5% 左右", "增长5%以上，失业率5%左右"),
    ("截至 1 月 20 日 18 时", "截至1月20日18时"),
    ("歲入302 億 1,292萬9,000元", "歲入302億1,292萬9,000元"),
    # text copied from a PDF: a word cut where its line ended, letters spaced out, between a line's punctuation
    (
        "出境水量202.66亿立方米,其中从赣江出境水 量181.90亿立方米,",
        "出境水量202.66亿立方米,其中从赣江出境水量181.90亿立方米,",
    ),
    (
        "占5.8%,比 上 年 减 少 2.0%; 农 村 居 民 用 水 量 1.88亿 立 方 米 , 占5.6%。",
        "占5.8%,比上年减少2.0%;农村居民用水量1.88亿立方米,占5.6%。",
    ),
    ("全年完成投资120亿元，其 中基础设施投资45亿元，增长8%。", "全年完成投资120亿元，其中基础设施投资45亿元，增长8%。"),
]


@pytest.mark.parametrize(("text", "view"), _DROPPED)
def test_spaces_beside_figures_are_dropped(text, view):
    spaced = unspaced_view(text)
    assert spaced is not None and spaced.text == view


# nothing to drop, or a line laid out in columns (a table row read by its spacing): no view
@pytest.mark.parametrize(
    "text",
    [
        "全年地区生产总值增长5.8%。",
        "#种植业 282.41 3.8",  # two figures apart: columns
        "农林牧渔业总产值\t481.96 亿元",  # a tab lays out columns
        "全年 GDP 稳步增长",  # spaces beside Latin letters, no figure
        # a headline's space parts its phrases: before a line's first punctuation, after its last, or with none
        "党建引领聚合力 健全机制迸活力",
        "【台湾新增5例确诊病例 累计确诊39例】29日，岛内新增5例确诊病例。",
        "岛内新增23例确诊病例，累计确诊100例。台湾地区新增23例确诊病例 累计100例",
    ],
)
def test_no_view_without_a_figure_spaced_in_running_text(text):
    assert unspaced_view(text) is None


def test_offsets_map_back_to_the_text_as_published():
    text = "城镇调查失业率 5% 左右。"
    spaced = unspaced_view(text)
    assert spaced is not None
    at = spaced.text.index("5%")
    assert text[spaced.original_start(at) : spaced.original_end(at + len("5%左右"))] == "5% 左右"
    # a stretch ending right before a dropped space ends before it, not after
    assert text[spaced.original_start(0) : spaced.original_end(at)] == "城镇调查失业率"


_TARGETS = "2023 年全省地区生产总值增长 5% 以上，城镇调查失业率 5% 左右。"
# (genre, text, region, mention as published, qualifier, period): the qualifier after a space, the year before one
_SPACED_CLAIMS = [
    ("work report", _TARGETS, "江苏省", "5% 以上", "over", "2023年"),
    ("work report", _TARGETS, "江苏省", "5% 左右", "approx", "2023年"),
    ("news", "截至 1 月 26 日 24 时，全区累计报告确诊病例 7 例。", "宁夏回族自治区", "7 例", None, "截至1月26日24时"),
    ("company news", "2023 年公司实现营业收入超 30 亿元。", "北京市", "超 30 亿元", "over", "2023年"),
]


@pytest.mark.parametrize(("genre", "text", "region", "mention", "qualifier", "period"), _SPACED_CLAIMS)
def test_spaced_figures_keep_their_qualifier_and_period(genre, text, region, mention, qualifier, period):
    claims = {c.mention: c for c in extract_claims(text, region=region)}
    assert mention in claims, genre
    assert (claims[mention].qualifier, claims[mention].period) == (qualifier, period), genre
    claim = claims[mention]
    assert text[claim.start : claim.end] == mention
    assert text.startswith(claim.sentence.rstrip("。"), claim.sentence_start)


# Traditional text with spaces: both views, the way back through each
def test_a_spaced_traditional_figure_is_read_and_put_back_on_the_original():
    text = "苗栗縣115年度總預算歲入302 億 1,292萬9,000元，較上年度增加5.6%。"
    claims = {c.mention: c for c in extract_claims(text, region="苗栗县")}
    assert "302 億 1,292萬9,000元" in claims
    claim = claims["302 億 1,292萬9,000元"]
    assert claim.value == 30_212_929_000 and claim.unit == "元"
    assert text[claim.start : claim.end] == claim.mention


# (genre, text, region, mention, kind, metric): a water bulletin and a statistics release copied from PDFs
_PDF_SPACED = [
    (
        "water bulletin",
        "用水总量33.29亿立方米,其中农田灌溉用水量21.84亿立方米,比 上 年 减 少 2.0%,占65.6%。",
        "赣州市",
        "2.0%",
        "change",
        "农田灌溉用水量",
    ),
    (
        "water bulletin",
        "城镇用水1.94亿立方米,占5.8%; 农 村 居 民 生 活 用 水 量 1.88亿 立 方 米 , 占5.6%。",
        "赣州市",
        "1.88亿 立 方 米",
        "measure",
        "农村居民生活用水量",
    ),
    (
        "statistics release",
        "全年完成投资120亿元，其 中基础设施投 资45亿元，增长8%。",
        "西宁市",
        "45亿元",
        "money",
        "基础设施投资",
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "mention", "kind", "metric"), _PDF_SPACED)
def test_words_a_pdf_cut_with_spaces_are_read_whole(genre, text, region, mention, kind, metric):
    claims = {c.mention: c for c in extract_claims(text, region=region)}
    assert mention in claims, genre
    assert (claims[mention].kind, claims[mention].metric) == (kind, metric), genre
