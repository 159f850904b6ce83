"""claimkb_period: the time phrase a figure is scoped to (今年以来, 截至目前, 近两年), and dates.

The phrase is the last one before the figure in its sentence, else in the sentence before it in
the same paragraph. With the publication date known, it becomes a start and end date.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections import deque
from datetime import date as Date
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from extract import lexicon
from extract.claims import Claim
from extract.components.extensions import doc_text
from extract.numbers import parse_chinese_number

_NUM = r"[0-9０-９一二两三四五六七八九十]"
_YEAR = r"(?:[0-9]{4}|[〇零一二三四五六七八九]{4})年"


_SINCE_LAUNCH = "开展以来"
_MONTH_RANGE = rf"{_NUM}+[-—–至到]{_NUM}+月"
# 1-8月, 1至9月份, 9月末: months a figure is compared with
_MONTHS = rf"(?:{_MONTH_RANGE}|{_NUM}+月)(?:份|末|底)?"
# 前10个月, 1-10月(份), 10月份: months of the year, alone or after a year (今年前10个月); 6月末,
# 9月底: a stock at a date, its own time, not the paragraph's 上半年
_MONTHS_OF_YEAR = rf"前{_NUM}+个月|{_MONTH_RANGE}份?|{_NUM}+月(?:份|末|底)"
# how long a level has held (连续五年稳定在…): the period of its own sentence, never carried on
_HELD_FOR = re.compile(rf"连续{_NUM}+年")


def period_pattern(text: str = _SINCE_LAUNCH) -> re.Pattern[str]:
    """The period phrases, for searching `text`. "…开展以来" (since a campaign began) is the one
    phrase that can start anywhere, and trying it at every character tripled the cost of a search;
    for a text without 开展以来 the pattern without it finds the same."""
    return _period_pattern(_SINCE_LAUNCH in text)


@cache
def _period_pattern(since_launch: bool) -> re.Pattern[str]:
    return re.compile(
        rf"截至(?:目前|今年{_NUM}+月(?:底|末)?|{_YEAR}{_NUM}+月(?:底|末)?|{_NUM}+月{_NUM}+日|{_NUM}+月(?:底|末)?|年底|上月底|去年底)"
        rf"|自[^，,。；;]{{1,40}}?以来"
        + (rf"|[^，,。；;]{{2,16}}?{_SINCE_LAUNCH}" if since_launch else "")
        + rf"|(?:今年|去年|前年|上年|本年|{_YEAR})(?:以来|上半年|下半年|前三季度|一季度|二季度|三季度|四季度|全年"
        rf"|{_MONTHS_OF_YEAR}|{_NUM}+月|期间)?"
        rf"|近(?:{_NUM}+)年(?:来)?|{_HELD_FOR.pattern}|近年来|多年来|连日来|日前|近日|近期|目前|现在|眼下|当前|如今|现有|此前"
        rf"|年末|年底|年初|全年|全部(?:投产|达产|建成)后|上半年|下半年|前三季度|{_MONTHS_OF_YEAR}"
        rf"|季末|月末"
        # a time ahead (未来3年内, 今后五年): a plan's, not the report's 前三季度
        rf"|(?:未来|今后){_NUM}+年(?:内|间)?|到{_YEAR}(?:底|末)?"
    )


@cache
def comparison_pattern() -> str:
    """A comparison word and the time compared with, if written: 比上年, 较年初, 比1-8月, 同比, 比五年前
    (lexicon/comparison_words.txt, comparison_baselines.txt). A bare 比 after 占/对/无/好 is part of a
    word (占比, 对比), not a comparison."""
    words = [w for w in lexicon.word_list("comparison_words.txt") if w != "比"]
    baselines = lexicon.alternation(lexicon.word_list("comparison_baselines.txt"))
    return (
        rf"(?:{lexicon.alternation(words)}|(?<![占对无好])比)"
        rf"(?:{baselines}|[0-9]{{4}}年(?:同期|底|末)?|{_MONTHS}|[一二两三四五六七八九十0-9]+年前)?"
    )


@Language.component("claimkb_period")
def period_component(doc: Doc) -> Doc:
    text = doc_text(doc)
    published = _parse_date(doc._.date)
    previous_periods: dict[int, str | None] = {}  # sentence start -> the last period before it
    previous: Claim | None = None
    for claim in doc._.claims:
        # a period carried from an earlier sentence stays with its subject: after "上半年，郓城县…",
        # "单县建成驿站16处" is not dated by it
        same_subject = (
            previous is None or previous.sentence_start == claim.sentence_start or (previous.subject == claim.subject)
        )
        claim.period = find_period(text, claim, previous_periods, carry=same_subject)
        previous = claim
        if claim.period and published:
            claim.period_start, claim.period_end = period_dates(claim.period, published)
    return doc


def find_period(
    text: str, claim: Claim, previous_periods: dict[int, str | None] | None = None, carry: bool = True
) -> str | None:
    """The last period phrase before the figure in its sentence, else (when `carry`) in the paragraph
    before the sentence. `previous_periods` keeps the latter per sentence for the other figures of
    the sentence."""
    if claim.kind == "duration" and _inside_a_period(text, claim):
        return None  # 未来3年内: the figure is a time span itself, not dated by another
    found = _last_period(text[claim.sentence_start : claim.start])
    if found is not None or not carry:
        return found
    if previous_periods is not None and claim.sentence_start in previous_periods:
        return previous_periods[claim.sentence_start]
    paragraph_start = text.rfind("\n", 0, claim.sentence_start) + 1
    found = _last_period(text[paragraph_start : claim.sentence_start], carried=True)
    if previous_periods is not None:
        previous_periods[claim.sentence_start] = found
    return found


def _inside_a_period(text: str, claim: Claim) -> bool:
    start = max(claim.sentence_start, claim.start - 4)
    return any(
        m.start() <= claim.start and claim.end <= m.end()
        for m in period_pattern(text).finditer(text, start, claim.end + 2)
    )


def _last_period(segment: str, carried: bool = False) -> str | None:
    """The last period phrase of the segment that is not a baseline ("比上年增加": 上年 is what the
    figure is compared with, not its time). A phrase `carried` over from an earlier sentence is
    not one of how long a level has held (_HELD_FOR)."""
    matches = period_pattern(segment).finditer(segment)
    scopes = (
        m
        for m in matches
        if not segment.endswith(lexicon.word_list("comparison_words.txt"), 0, m.start())
        and not (carried and _HELD_FOR.fullmatch(m.group()))
    )
    last = deque(scopes, maxlen=1)
    return last[0].group() if last else None


# the months of a period phrase: 前10个月 (the first ten), 1-10月, 10月份
_MONTH_SPAN = re.compile(rf"前(?P<count>{_NUM}+)个月|(?:(?P<first>{_NUM}+)[-—–至到])?(?P<last>{_NUM}+)月份?$")


def period_dates(period: str, published: Date) -> tuple[str | None, str | None]:
    """A period phrase -> (start, end) ISO dates, given the publication date; None where unknown."""
    year = published.year
    today = published.isoformat()
    explicit = re.match(r"(\d{4})年", period)
    if explicit:
        year = int(explicit.group(1))
    elif period.startswith(("去年", "上年")):
        year -= 1
    elif period.startswith("前年"):
        year -= 2
    if period in ("目前", "现在", "眼下", "当前", "如今", "现有", "截至目前"):
        return (None if period == "截至目前" else today), today
    if period.endswith("以来") and (explicit or period.startswith(("今年", "去年", "本年"))):
        return f"{year}-01-01", today
    if "上半年" in period:
        return f"{year}-01-01", f"{year}-06-30"
    if "下半年" in period:
        return f"{year}-07-01", f"{year}-12-31"
    if "前三季度" in period:
        return f"{year}-01-01", f"{year}-09-30"
    months = _MONTH_SPAN.search(period)
    if months:
        if months["count"]:
            first, last = 1, _whole_number(months["count"])
        else:
            last = _whole_number(months["last"])
            first = _whole_number(months["first"]) if months["first"] else last
        if 1 <= first <= last <= 12:
            return f"{year}-{first:02d}-01", f"{year}-{last:02d}-{monthrange(year, last)[1]:02d}"
    years_back = re.match(r"近(\d+|[一两二三四五六七八九十])年", period)
    if years_back and (back := _whole_number(years_back.group(1))):
        return f"{year - back}-{published:%m-%d}", today
    if explicit or period.startswith(("今年", "去年", "前年", "上年", "本年")):
        return f"{year}-01-01", f"{year}-12-31"
    return None, None


def _whole_number(numeral: str) -> int:
    """A month's or a span of years' numeral; 0, which no span takes, for one that cannot be read
    (十十月): an unreadable numeral leaves the period without dates, and never loses the article."""
    try:
        return int(parse_chinese_number(numeral))
    except ValueError:
        return 0


def _parse_date(value: str | None) -> Date | None:
    if not value:
        return None
    try:
        return Date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
