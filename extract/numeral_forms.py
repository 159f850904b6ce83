"""Numerals written with characters the rules do not read: a view of the text with the forms they read.

Taiwan's and Hong Kong's papers write zero as a circle (○, ◯: 二○二一年, ○點二九個百分點) where the rules
read 〇, and write twenty, thirty and forty each as one character (廿, 卅, 卌: 百分之卅六點八四) where the
rules read 二十, 三十, 四十. Only a character inside a numeral is rewritten — next to another numeral
character, or after 百分之 — so a circle drawn as a bullet (○ 主要指标) and 卅 in a name stay as they are.
The pipeline reads the view and puts what it found back on the text as published (extract/text_views.py).

Pure functions.
"""

from __future__ import annotations

from extract.pattern_cache import compile_pattern
from extract.text_views import TextView

# what each form stands for in the numerals the rules read
_READ_AS = {"○": "〇", "◯": "〇", "廿": "二十", "卅": "三十", "卌": "四十"}
_NUMERAL = "〇零一二两兩三四五六七八九十百千万萬亿億点點"
_FORMS = "○◯廿卅卌"
# a form with a numeral character (or another form) beside it, after a percent word (百分之卅六), or a ten alone
# before a percent sign (老年人口比率已超過廿％)
_FORM_IN_A_NUMERAL = compile_pattern(
    rf"(?<=[{_NUMERAL}{_FORMS}])[{_FORMS}]|[{_FORMS}](?=[{_NUMERAL}{_FORMS}])|(?<=分之)[{_FORMS}]|[廿卅卌](?=\s?[%％])"
)


def numeral_forms_view(text: str) -> TextView | None:
    """The text with the numerals' circles and one-character tens rewritten as the rules read them, with the
    way back; None when it has none (most texts: then nothing is copied)."""
    if _FORM_IN_A_NUMERAL.search(text) is None:
        return None
    parts: list[str] = []
    spans: list[tuple[int, int, int, int]] = []
    kept = at_view = 0
    for match in _FORM_IN_A_NUMERAL.finditer(text):
        parts.append(text[kept : match.start()])
        at_view += match.start() - kept
        read_as = _READ_AS[match.group()]
        parts.append(read_as)
        if len(read_as) != 1:
            spans.append((at_view, at_view + len(read_as), match.start(), match.end()))
        at_view += len(read_as)
        kept = match.end()
    parts.append(text[kept:])
    return TextView("".join(parts), text, tuple(spans))
