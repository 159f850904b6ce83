"""Hours of the day as reports write them, on the 24-hour clock: 下午3时至5时 is 15时至17时, 晚上8点 is
20点, 中午12时 is noon and 中午1时 the hour after it. One pure function, read by the period step (a
period's dates and times) and by the checks (which hours two figures are of), so both agree."""

from __future__ import annotations

import re

from extract.numbers import parse_chinese_number
from extract.pattern_cache import compile_pattern

PART_OF_DAY = "上午|下午|中午|晚上|凌晨|早上|傍晚|早|晚"  # 早, 晚 alone: 1月27日早6时, 3日晚24时, as news writes them
# a part of the day and the hours it governs, up to the next part of the day or the next day named (晚上8时至
# 次日8时); the evening of a named day too (昨晚8时, 今晚10点: lexicon/named_days.tsv)
_PART_OF_DAY_HOURS = compile_pattern(rf"(?P<part>{PART_OF_DAY}|晚)\s?(?P<hours>[^上下中晚凌早傍日天号]+)")
_EVENING_OF_A_DAY = "晚"
_DAY_WRITTEN = ("日", "号")  # a day of the month written before a part of the day
_AFTER_NOON = ("下午", "晚上", "傍晚", _EVENING_OF_A_DAY)
_HOUR_FIGURE = compile_pattern(r"[0-9０-９一二两三四五六七八九十]{1,3}(?=\s?[时點点]|[:：])")


def on_the_clock(period: str) -> str:
    """The period with every hour after a part of the day written on the 24-hour clock."""
    return _PART_OF_DAY_HOURS.sub(_on_the_clock, period)


def _on_the_clock(match: re.Match[str]) -> str:
    if match["part"] not in _AFTER_NOON and match["part"] != "中午":
        return match["hours"]

    def from_noon(hour: re.Match[str]) -> str:
        written = hour.group()
        figure = int(written) if written.isdigit() else int(parse_chinese_number(written))
        # 中午12时, 中午1时: noon and the hour after it; 下午3时: 15时
        after = figure < 12 if match["part"] in _AFTER_NOON else figure < 6
        return str(figure + 12) if after else written

    # the 晚 of a named day stays, the day's name (昨晚20时); after a day written (3日晚8时) and a part of the
    # day go with their hours
    after_a_day = match.string[match.start() - 1 : match.start()] in _DAY_WRITTEN
    of_a_named_day = match["part"] == _EVENING_OF_A_DAY and not after_a_day
    kept = _EVENING_OF_A_DAY if of_a_named_day else ""
    return kept + _HOUR_FIGURE.sub(from_noon, match["hours"])
