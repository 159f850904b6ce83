"""Properties of the extractor (extract/pipeline.py, what `claimkb extract` and `ingest` run) on hostile text.

On any text built from the pieces news and bulletins are made of (places, numerals, units, punctuation,
running-total words, brackets, table rows, Traditional characters) and random characters, extraction
never raises, and every claim lies inside the text: its offsets index the text, its mention is the text
there (as shown: without the layout's line breaks), its values are finite, its id unique in the document.
"""

from math import isfinite

from hypothesis import example, given, settings
from hypothesis import strategies as st

from extract.layout import shown_text
from extract.pieces import PIECE_CHARS
from extract.pipeline import extract_document

# the pieces a text is built from
PLACES = ["菏泽市", "单县", "定陶区", "长沙市", "北京市", "全省", "我市", "香港", "臺北市",
          "新北市", "美国", "其中长春市"]  # fmt: skip
NUMERALS = ["465", "3,000", "6.7万", "1.2万亿", "二十七八万", "百分之六七十", "三成半", "七十百",
            "一万万", "十几", "１２３", "-5.1", "负3.9", "2-3", "二〇二四", "1/3", "三分之一",
            "零下5", "兩萬", "壹佰", "1兆6,951億", "几"]  # fmt: skip
UNITS = ["人", "元", "万元", "亿元", "%", "‰", "个百分点", "吨", "公里", "处", "例", "家", "倍",
         "℃", "度", "岁", "年", "月", "日", "个月", "人次", "美元", "萬人", "億元", "折", "成"]  # fmt: skip
WORDS = ["其中", "累计", "新增", "同比增长", "下降", "约", "超过", "以上", "左右", "截至",
         "今年以来", "全年", "确诊病例", "地区生产总值", "常住人口", "統計局", "發佈", "增長",
         "較上年", "據統計", "第", "第一", "之一"]  # fmt: skip
PUNCTUATION = ["，", "。", "、", "；", "：", "！", "？", ",", ".", " ", "\u3000", "\n", "\n\n",
               "\t", "|", "（", "）", "(", ")", "【", "】", "《", "》", "“", "”", "—", "－", "~",
               "/"]  # fmt: skip
TABLE_ROWS = ["地区\t人口\t增长", "菏泽市\t870万\t5.2%", "| 县区 | 驿站（处） |", "| --- | --- |", "| 单县 | 16 |",
              "指标|数值\n产量|255.6万吨"]  # fmt: skip
# Traditional text, with the Taiwan and Hong Kong phrases OpenCC rewrites in another length (軟體 -> 软件, 滑鼠 ->
# 鼠标): claims found in the Simplified view are put back on the original by offset
TRADITIONAL = ["據統計", "臺北市", "新北市", "香港", "澳門", "軟體", "滑鼠", "網際網路", "資訊",
               "計程車", "行動電話", "較上年", "增長", "萬人", "億元", "新臺幣", "港幣", "兩萬",
               "百分之五點二", "統計局發佈", "這個", "們", "區", "縣"]  # fmt: skip
fragments = st.one_of(
    st.sampled_from(PLACES + NUMERALS + UNITS + WORDS + PUNCTUATION + TABLE_ROWS + TRADITIONAL),
    st.text(max_size=4),  # any character, surrogates aside
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
)
texts = st.lists(fragments, max_size=60).map("".join)
traditional_texts = st.lists(st.sampled_from(TRADITIONAL + NUMERALS + UNITS + PUNCTUATION), max_size=60).map("".join)


def assert_claims_sound(text: str) -> None:
    extraction = extract_document(text, "hostile.txt", "0" * 64)
    ids = [claim.claim_id for claim in extraction.claims]
    assert len(ids) == len(set(ids)), "claim ids repeat"
    for claim in extraction.claims:
        assert 0 <= claim.start < claim.end <= len(text), claim
        span = text[claim.start : claim.end]
        # offsets index the text; the mention shows it as a reader sees it (3500\n\n万元 is 3500万元)
        assert claim.mention == (span if "\n" not in span else shown_text(span)), (span, claim.mention)
        assert claim.value is None or isfinite(claim.value), claim
        assert claim.value_high is None or isfinite(claim.value_high), claim
        assert claim.sentence_start <= claim.start, claim


@settings(max_examples=1500)
@given(texts)
@example("")
@example("其中长春市33例，累计确诊80例。一万万元、七十百人、百分之六七十。")
@example("菏泽市\t870万\t5.2%\n| 单县 | 16 |\n")
@example("據統計，臺北市常住人口二百五十萬人，較上年增長百分之五點二。")
def test_extraction_never_raises_and_every_claim_lies_in_the_text(text):
    assert_claims_sound(text)


@settings(max_examples=800)
@given(traditional_texts)
@example("據統計，臺北市軟體業產值達新臺幣1兆6,951億元，較上年增長百分之五點二。")
def test_claims_of_a_traditional_text_lie_in_the_text_as_published(text):
    assert_claims_sound(text)


@settings(max_examples=3)
@given(st.lists(st.sampled_from(NUMERALS + UNITS + PUNCTUATION + WORDS), min_size=200, max_size=400).map("".join))
def test_a_text_longer_than_a_piece_is_sound_across_the_pieces(text):
    # repeated until it is cut into pieces (extract/pieces.py): offsets are shifted back into the whole text
    assert_claims_sound(text * (PIECE_CHARS // max(len(text), 1) + 2))
