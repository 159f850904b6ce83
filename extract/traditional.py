"""Traditional Chinese: told per document, and a Simplified view of it to extract from.

The rules and lexicons read Simplified text. A document in Traditional characters (Hong Kong,
Macau, Taiwan) is converted by OpenCC — with Taiwan's phrases (軟體 -> 软件, 網際網路 -> 互联网) or
Hong Kong's variants when the text names its place — and the view keeps, for every offset of the
converted text, the offset of the original it came from. Claims found in the view are put back on
the original: every stored mention, sentence and offset is of the text as published.

Pure functions; OpenCC's converters are made once per process.
"""

from __future__ import annotations

import difflib
import re
from functools import cache

from extract import lexicon
from extract.pattern_cache import compile_pattern
from extract.text_views import TextView

# of the Han characters, the share OpenCC changes for a text to be Traditional: Simplified text
# quoting a Traditional name stays far below; Traditional running text is a fifth or more
_TRADITIONAL_SHARE = 0.05
_MIN_CHANGED = 4
_SHORT_TEXT = 80  # Han characters: a headline or a short post, told by a higher share instead
_SHORT_TEXT_SHARE = 0.1
_SAMPLE_CHARS = 3_000  # of the text's start: enough to tell the script, cheap on every document
_HAN = compile_pattern(r"[\u4e00-\u9fff]")
# frequent characters that only Traditional text writes: a text with none of them is not converted
# to be told (most documents are Simplified, and the test is then a regex scan)
_COMMON_TRADITIONAL = compile_pattern(
    "[這們來時說對會還經發與為國學實動開關長門問間進過現點從當種無業體應變總區縣鄉鎮資電網統計數據產億萬個務員辦設備費"
    "價場農機構營圖書館臺參園願東樣後裡裏爲層項衛療礎歲"
    # of trade, transport and money figures (貨物毛重共52,510公噸, 登記車輛, 銷售額, 貸款, 稅收, 較上月減少)
    "貨櫃噸輛車銷額鐵運輸銀貸稅幣醫藥較減漲樓廠買賣貿餘約處戶報華灣陸島]"
)
_PRECHECK = 1  # of those, at least this many before OpenCC is asked
_TAIWAN = compile_pattern(r"臺灣|台灣|臺北|台北|新北|高雄|臺中|台中|臺南|台南|新臺幣|新台幣")
_HONG_KONG = compile_pattern(r"香港|澳門|港元|港幣|澳門元|特區政府")
_NUMERAL_NEIGHBOUR = compile_pattern(r"[零〇一二三四五六七八九十百千万亿两拾佰仟萬億兩壹贰貳叁肆伍陆陸柒捌玖0-9]")


@cache
def _converter(config: str):
    import opencc  # a C library: loaded for the first Traditional text, not by every command

    return opencc.OpenCC(config)


def is_traditional(text: str) -> bool:
    """Whether the text is written in Traditional characters (OpenCC's t2s changes enough of them)."""
    sample = text[:_SAMPLE_CHARS]
    if len(_COMMON_TRADITIONAL.findall(sample)) < _PRECHECK:
        return False
    han = len(_HAN.findall(sample))
    converted = _converter("t2s").convert(sample)
    changed = sum(map(str.__ne__, sample, converted))
    if han < _SHORT_TEXT:
        # a headline or a two-line post has few characters to change: one will do, where it is a tenth
        # of them (a Simplified sentence quoting 臺灣 stays below)
        return changed >= 1 and changed / han >= _SHORT_TEXT_SHARE
    return changed >= _MIN_CHANGED and changed / han >= _TRADITIONAL_SHARE


def variant(text: str) -> str:
    """The OpenCC configuration for the text: Taiwan phrases, Hong Kong variants, or plain t2s."""
    sample = text[:_SAMPLE_CHARS]
    if _TAIWAN.search(sample):
        return _TAIWAN_PHRASES
    if _HONG_KONG.search(sample):
        return "hk2s"
    return "t2s"


def simplified_view(text: str, config: str | None = None) -> TextView:
    """The text in Simplified characters, its offsets mapped back to `text`."""
    config = config or variant(text)
    converted = _converted(_numerals_marked(text), config)
    if len(converted) == len(text):
        return TextView(converted, text, ())
    return TextView(converted, text, tuple(_changed_lengths(text, converted)))


def _converted(text: str, config: str) -> str:
    """The text through OpenCC; with Taiwan's phrases, the words of lexicon/taiwan_phrases_kept.txt character by
    character (執行率 stays 执行率, not a program's 运行率)."""
    kept = _taiwan_phrases_kept() if config == _TAIWAN_PHRASES else None
    if kept is None or kept.search(text) is None:
        return _converter(config).convert(text)
    by_character, by_phrase = _converter("t2s").convert, _converter(config).convert
    return "".join(
        by_character(piece) if index % 2 else by_phrase(piece) for index, piece in enumerate(kept.split(text))
    )


_TAIWAN_PHRASES = "tw2sp"


@cache
def _taiwan_phrases_kept() -> re.Pattern[str]:
    return compile_pattern(f"({lexicon.alternation(lexicon.word_list('taiwan_phrases_kept.txt'))})")


def _numerals_marked(text: str) -> str:
    """參 (the financial 3: 參萬人次) becomes 参 in Simplified running text: next to a numeral it is 三,
    which the quantity rules read (the original keeps 參)."""
    if "參" not in text and "叄" not in text:
        return text
    chars = list(text)
    for i, char in enumerate(text):
        if char in "參叄" and _NUMERAL_NEIGHBOUR.search(text[max(0, i - 1) : i] + text[i + 1 : i + 2]):
            chars[i] = "三"
    return "".join(chars)


def _changed_lengths(original: str, converted: str) -> list[tuple[int, int, int, int]]:
    """The pieces where the conversion changed the length (phrases: 網際網路 -> 互联网), found line by
    line (a conversion never adds or drops a line break) by aligning the converted line with the
    character-by-character conversion of the original one, which keeps its length."""
    original_lines, converted_lines = original.split("\n"), converted.split("\n")
    if len(original_lines) != len(converted_lines):
        original_lines, converted_lines = [original], [converted]
    spans: list[tuple[int, int, int, int]] = []
    at_original = at_view = 0
    for before, after in zip(original_lines, converted_lines, strict=True):
        if len(before) != len(after):
            by_character = _converter("t2s").convert(before)
            if len(by_character) != len(before):
                by_character = before  # aligned with the original itself: fewer shared characters, still exact
            matcher = difflib.SequenceMatcher(None, by_character, after, autojunk=False)
            for tag, i1, i2, j1, j2 in matcher.get_opcodes():
                if tag != "equal" and (i2 - i1) != (j2 - j1):
                    spans.append((at_view + j1, at_view + j2, at_original + i1, at_original + i2))
        at_original += len(before) + 1
        at_view += len(after) + 1
    return spans
