"""claimkb_period: the time phrase a figure is scoped to (今年以来, 截至目前, 近两年), and dates.

The phrase is one in brackets right after the figure (890例（3日）), else the last one before the
figure in its sentence, else in the sentence before it in the same paragraph; a headline's figure with none
takes the period of the body's figure that restates it. With the publication date known, it becomes a start
and end date.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from calendar import monthrange
from collections import deque
from datetime import date as Date
from datetime import timedelta
from functools import cache, lru_cache
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from extract import lexicon
from extract.aspect_words import aspect_markers_in, names_an_outcome
from extract.claims import Claim
from extract.clock import PART_OF_DAY, on_the_clock
from extract.components.extensions import doc_text
from extract.components.outcome_clauses import OutcomeAfter, outcome_after_the_noun
from extract.headline_figures import in_own_words, restating_keys, same_metric
from extract.layout import BRACKETED_TITLE, TOPIC_TAG, Article, is_headline_like
from extract.numbers import parse_chinese_number
from extract.pattern_cache import compile_pattern
from extract.pattern_starts import guarded
from extract.places import COUNTRY, Place, in_hong_kong_macau_or_taiwan, inside_combined_division, names_a_zone
from extract.roc_years import BARE_ROC, ROC_YEAR_NUMERAL, WITH_ROC, YEAR_NUMERAL, gregorian, writes_roc_years
from extract.table_cells import text_lines
from extract.words import phrase_words

_NUM = r"[0-9０-９一二两三四五六七八九十]"
# a year: 2023年, 二〇二三年, 民国99年 (and in a text about Taiwan 106年: extract/roc_years.py); a space may stand
# before 年 (a feed's "2023 年")
_YEAR = rf"{YEAR_NUMERAL}\s?年"
# a span of years (2025-2027年, 2021—2025年, 2021至2025年): one period, each of its years in a list after 分别
# its years in digits or written digit by digit (二〇二一至二〇二五年, as Taiwan's papers write plans)
_RANGE_YEAR = r"(?:(?:19|20)[0-9]{2}|[一二][〇零九][〇零一二三四五六七八九]{2})"
_YEAR_RANGE = rf"{_RANGE_YEAR}\s?[-—–~～至到]\s?{_RANGE_YEAR}\s?年"
_YEAR_RANGE_PARTS = compile_pattern(rf"({_RANGE_YEAR})\s?[-—–~～至到]\s?({_RANGE_YEAR})\s?年")
# a span from one year, or a month of it, to another's (2015年1月至2018年8月, 2019年至2021年): one period, not the
# first year's alone, nor "至" left before the metric
_ACROSS_YEARS = (
    rf"(?P<from_year>{_RANGE_YEAR})\s?年(?:\s?(?P<from_month>{_NUM}{{1,2}})\s?月份?)?\s?[-—–~～至到]\s?"
    rf"(?P<to_year>{_RANGE_YEAR})\s?年(?:\s?(?P<to_month>{_NUM}{{1,2}})\s?月(?:份|底|末)?)?"
)
_ACROSS_YEARS_WHOLE = compile_pattern(_ACROSS_YEARS)
# a year across two calendar years: a fiscal year as Hong Kong and Macau write it (2025-26年度, 2024/25财政年度: April
# to March) and a school year (2023—2024学年: September to August); tried after a span of years (2025-2027年度 is
# 2025-2027年, three years, each of a list after 分别)
_SPLIT_YEAR_TERMS = lexicon.alternation(lexicon.word_list("split_year_terms.txt"))
_SECOND_YEAR = rf"(?:{_RANGE_YEAR}|[0-9]{{2}})"  # 2025-26, 2024/2025
_SPLIT_YEAR = rf"(?P<first>{_RANGE_YEAR})\s?[-—–/／]\s?{_SECOND_YEAR}\s?(?P<term>{_SPLIT_YEAR_TERMS})"
_SPLIT_YEAR_WHOLE = compile_pattern(_SPLIT_YEAR)
_SPLIT_YEAR_STARTS = {"学年": "09-01", "學年": "09-01"}  # else a fiscal year's, 04-01


# since an event began, however it is named (专项行动开展以来, 疫情发生以来, 新政实施以来, 公司成立以来, 线路开通以来):
# the one phrase that can start with any character, looked for only in a text that holds one of its endings and only
# where a clause opens (_period_pattern)
_SINCE_AN_EVENT = compile_pattern(r"(?:开展|发生|启动|实施|暴发|爆发|成立|开通|运行)以来")
# a week named from the publication's (本周, 上周: a weekly market report's) or numbered in its year (2018年第04周)
_WEEKS = r"(?:本周|当周|上周|上一周)(?![期末])"
_NUMBERED_WEEK = compile_pattern(r"(?P<year>(?:19|20)[0-9]{2})\s?年\s?第\s?(?P<week>[0-9]{1,2})\s?周")
# A day of the calendar as reports write it, spaces allowed between figures and characters (疫情通报:
# "1 月 20 日"): 2020年1月20日, 1月20日, 3月5号.
_YEAR_SPACED = rf"{YEAR_NUMERAL}\s?年\s?"
_DAY = rf"(?:{_YEAR_SPACED})?{_NUM}+\s?月\s?{_NUM}+\s?[日号]"
# an hour (12时, 8点30分, 12:00) and a span of hours, perhaps into another day or part of it (0-24时, 0时至24时,
# 12时至3月21日12时, 0点到中午12点): 截至3月20日12时 and 截至3月20日24时 are different times
_CLOCK = rf"{_NUM}{{1,3}}\s?[时点](?:\s?{_NUM}{{1,3}}\s?分)?|[0-9]{{1,2}}[:：][0-9]{{2}}"
# days named from the day published (今天, 昨晚) or the day written before (当日, 同日) -> how many days from
# the publication date, None for the day written before (lexicon/named_days.tsv)
_NAMED_DAYS: dict[str, int | None] = {
    word: None if days == "written" else int(days) for word, days in lexicon.rows("named_days.tsv")
}
_NAMED_DAY = lexicon.alternation(list(_NAMED_DAYS))
# a dash may be doubled (2022年2月1日00:00--28日24:00, 8时——12时): one range, not two phrases
_RANGE = r"\s?(?:[-—–－~～]{1,2}|[至到])\s?"
_HOURS = (
    rf"(?:(?:{PART_OF_DAY})\s?)?"
    rf"(?:(?:[0-9]{{1,2}}[:：][0-9]{{2}}|{_NUM}{{1,3}}\s?[时点]?(?:\s?{_NUM}{{1,3}}\s?分)?){_RANGE}"
    rf"(?:(?:{_NUM}+\s?月\s?)?{_NUM}+\s?[日号]\s?)?(?:(?:{PART_OF_DAY})\s?)?)?(?:{_CLOCK})"
)
# a day, with its hours or a span of days (10月22日至24日), as of a day (截至3月20日12时), as of a day
# of the month named before (截至20日12时), as of an hour of the day published (截止 8 时, 中午12时), an hour
# of a named day and the hours from it (截至昨晚24时, 今天8时—1月28日15时); since a day
_UNTIL = r"截[至止]到?\s?"  # as read: 截至, 截止, 截止到
UNTIL_WORD = "截至"  # as written, where a period is rewritten as of a time
# 当天 after a day (3月16日当天, 16日当天): that day, one phrase with it
_THAT_DAY_WORD = "(?:当天|当日)"
_DATED = (
    rf"(?:{_UNTIL})?{_DAY}(?:\s?{_THAT_DAY_WORD})?(?:\s?(?:{_HOURS})|{_RANGE}(?:{_NUM}+\s?月\s?)?{_NUM}+\s?[日号])?"
    rf"|{_UNTIL}{_NUM}+\s?[日号]\s?(?:{_HOURS})?|(?:{_UNTIL})?(?:{_NAMED_DAY})\s?(?:{_HOURS})|{_UNTIL}(?:{_HOURS})"
    rf"|[自从]{_DAY}(?:\s?(?:{_CLOCK}))?(?:起|开始|以来)"
    # a day of the month named before, with its hours or its part of the day (26日0—24时, 26日上午)
    rf"|{_NUM}{{1,3}}\s?[日号]\s?(?:{_THAT_DAY_WORD}\s?)?(?:{_HOURS}|(?=[上下]午|晚上|凌晨))"
    # a day of the month named before as that day (16日当天全省新增…): the day, not a bare 当天 after it
    rf"|{_NUM}{{1,3}}\s?[日号]\s?{_THAT_DAY_WORD}"
    rf"|(?=(?:{PART_OF_DAY}))(?:{_HOURS})"
    # a span of hours opening its clause, no day written (0到12点全省新增确诊病例43例, 0时至12时): of the day published,
    # or of the day written before
    rf"|(?:^|(?<=[。；;！？!?\n，,：:]))(?=[0-9０-９]{{1,2}}\s?[时点]?{_RANGE}[0-9０-９]{{1,2}}\s?[时点])(?:{_HOURS})"
    # a day of the month opening its sentence or clause (。27日出现发热, 25日乘飞机到天津): not a span of days (3日内,
    # 5日后, 1日游)
    rf"|(?:^|(?<=[。；;！？!?\n，,：:]))[0-9０-９]{{1,2}}\s?日(?![内前后起止间左右以游])(?=[，,\u4e00-\u9fff])"
)
# today with the day it is in brackets, as Taiwan and Shanghai write it (今（20）日公布, 今日（10日）通报,
# 今天（2月6日）): one phrase, and the day is the one in brackets
_BRACKETED_TODAY = rf"今[（(]{_NUM}{{1,2}}[)）]日|(?:{_NAMED_DAY})[（(](?:{_NUM}+月)?{_NUM}+[日号][)）]"
_BRACKETED_TODAY_WHOLE = compile_pattern(_BRACKETED_TODAY)
_IN_THE_BRACKETS = compile_pattern(rf"[（(](?P<day>(?:{_NUM}+月)?{_NUM}+)[日号]?[)）]")
# named days, and months named from the day published
_RELATIVE_DAYS = rf"{_BRACKETED_TODAY}|{_NAMED_DAY}|本月|上月|{_WEEKS}"
# 1-8月, 1月至2月: the months of a span
_MONTH_RANGE = rf"{_NUM}+月?[-—–~～至到]{_NUM}+月"  # 1~8月 too, as a grid company writes it
# 1-8月, 1至9月份, 9月末: months a figure is compared with
_MONTHS = rf"(?:{_MONTH_RANGE}|{_NUM}+月)(?:份|末|底)?"
# a third of a month (上旬: the 1st to the 10th)
_THIRD = "[上中下]旬"
# 前10个月 (首十个月, 头两个月, 前9月), 1-10月(份), 10月份: months of the year, alone or after a year (今年前10个月);
# 6月末, 9月底: a stock at a date, its own time, not the paragraph's 上半年; 2月中旬, 1-2月上旬: to a third of a month
# a month alone (11月当月: that month's, as against the months up to it, 前11个月)
_MONTHS_OF_YEAR = (
    rf"[前首头]{_NUM}+(?:个月|月(?!\s?{_NUM}))|{_MONTH_RANGE}(?:份|{_THIRD})?|{_NUM}+月(?:份?当月|份|末|底|{_THIRD})"
    # a month alone opening its line or sentence before a pause (8月，全国…), or before words of its figure's, at a
    # clause's opening or after the name it is of (1月全省一般公共预算收入…, 1月出生數…, 小鹏汽车10月总交付量): the
    # month's figures, not a date (1月20日, 1月中旬: a day, a third), an age (11月龄) nor a year's month (2023年10月:
    # its own phrase)
    rf"|(?:(?<=^)|(?<=[\n。；;]))[0-9０-９]{{1,2}}月(?=[，,])"
    rf"|(?<![0-9０-９年.．])[0-9０-９]{{1,2}}月(?![日号旬中上下初龄])(?=[\u4e00-\u9fff])"
)
# the days of a holiday (春节期间, 国庆假期, 五一小长假) and, after a year, of a local festival (2024年牡丹节期间)
# the first days of a holiday's days off (黄金周前4天, 春节假期头三天, 假日前四日), or all of them before a pause (假期5
# 天，…): the window of the figures counted over them, kept with the holiday
_FIRST_DAYS_OFF = rf"[前头首]\s?{_NUM}{{1,2}}\s?[天日]|{_NUM}{{1,2}}\s?天(?=[，,])"
_DAYS_OFF = rf"(?:(?:(?:假期|假日|长假|小长假|黄金周)?期间|假期|假日|长假|小长假|黄金周)(?:{_FIRST_DAYS_OFF})?)"
# the days off of the holiday the text is about, unnamed (假日期间, 节假日期间, 长假期间, 假日前三天): as written
_UNNAMED_DAYS_OFF = rf"(?:{lexicon.alternation(lexicon.word_list('unnamed_days_off.txt'))})(?:期间|{_FIRST_DAYS_OFF})"
# a holiday named in quotation marks (“十一”黄金周, “五一”小长假): the marks kept with it
_OPEN_QUOTE = '[“"「]?'
_CLOSE_QUOTE = '[”"」]?'
# a stretch of days or hours written before the total over it (三坊七巷7天累计接待游客…, 活动3天共吸引…, 24小时
# 内): the figure's period, as 近两年 is; not a day of the month (3日累计: the 3rd)
_STRETCH = (
    rf"{_NUM}+\s?(?:天|个?小时)(?=\s?(?:{lexicon.alternation(lexicon.word_list('together_words.txt'))}|期间|内|里))"
)
_STRETCH_WRITTEN = compile_pattern(rf"{_NUM}+\s?(?:天|个?小时)")
_FESTIVAL = rf"[\u4e00-\u9fff]{{1,5}}?节{_DAYS_OFF}"
# a holiday of lexicon/holidays.txt and its days, its name maybe in quotes (春节期间, “五一”假期, 今年“十一”黄金周)
_HOLIDAY = rf"{_OPEN_QUOTE}(?:{lexicon.alternation(lexicon.word_list('holidays.txt'))}){_CLOSE_QUOTE}节?{_DAYS_OFF}"
# a quarter of the year (一季度, 第四季度, 2季度; 首季度, the first, as Hong Kong and Macau write it), or a run of them
# (1-3季度, 一至三季度: the first nine months, as 前三季度)
_QUARTER = r"(?:[一二三四1-4]\s?[-—–~～至到]\s?[一二三四1-4]|第?[一二三四1-4]|首)季度"
# a quarter as Taiwan, Hong Kong and Macau write it after its year (2023年第4季, 今年第3季, 今年首季); alone, 第3季
# or 首季 may be a show's season
_QUARTER_AFTER_A_YEAR = r"(?:第[一二三四1-4]|首)季(?![度节])"
# how long a level has held (连续五年稳定在…, 连续12天治愈出院超千人): the period of its own sentence,
# never carried on
_HELD_FOR = compile_pattern(rf"连续{_NUM}+(?:年|天|日|周|个?月)")


# the span of time up to now (一个多月来, 三年来, 20多天来, 近两个月来); not 来京, 来到 (came to), nor a
# month or a day of the month (3月来, 10日来京): a span of months is counted with 个
_SPAN_SINCE = rf"近?{_NUM}+多?(?:年|个多?月|周|个?星期|天)多?以?来(?![京华沪津渝鲁苏此到自看说访源电信人客往袭临])"


# the year or years up to the report (过去一年, 过去这一年, 过去五年): a work report's review, the time of its figures
_PAST_YEARS = rf"过去(?:的|这)?{_NUM}+年(?:来|间|里)?"

# the time of a five-year plan (“十四五”期间, 十三五以来, “十二五”末): the plan named in its quotes or not, and the part
# of it written (never the plan alone, “十四五”规划 names a document, nor 十五, a number)
_PLAN_PERIOD = rf"{_OPEN_QUOTE}十(?P<plan>[一二三四五])五{_CLOSE_QUOTE}(?P<part>期间|时期|以来|期末|末|初|前[两三四]年)"
_PLAN_PERIOD_WHOLE = compile_pattern(_PLAN_PERIOD)
_PLAN_ORDINALS = "一二三四五"
_FIRST_PLAN_YEAR = 2006  # the eleventh plan (十一五) ran from 2006 to 2010, each after it five years more
_PLAN_YEARS = 5


# days of the lunar new year (除夕, 大年初三当天, 正月初一至初六): periods as written, with no solar dates. A
# bare 初三 is a school year (初三学生) or a word's end (最初三个月): only with 正月/大年, as a span of such
# days, or as a day (当天)
_FIRST_DAYS = "初[一二三四五六七八九十]{1,2}"
_LUNAR_DAYS = (
    rf"(?:(?:正月|大年){_FIRST_DAYS}|(?<![最起当之]){_FIRST_DAYS}(?=\s?[至到—–-]\s?初|当天|当日)|除夕)"
    rf"(?:\s?[至到—–-]\s?(?:正月|大年)?{_FIRST_DAYS})?(?:当天|当日|期间)?"
)
# the hours or days up to the report (过去24小时, 最近7天, 近14天内): a day's bulletin's window
_LAST_HOURS_OR_DAYS = rf"(?:过去|最近|近)\s?{_NUM}+\s?(?:个\s?)?(?:小时|天|日)(?:内|以来)?"


def period_pattern(text: str | None = None, roc: bool = False, quarters_alone: bool = False) -> re.Pattern[str]:
    """The period phrases, for searching `text` (without one, every phrase). "…开展以来" (since a campaign began,
    since an event) is the one phrase that can start anywhere, and trying it at every character tripled the cost of
    a search; for a text without such an ending the pattern without it finds the same."""
    return _period_pattern(text is None or _SINCE_AN_EVENT.search(text) is not None, roc, quarters_alone)


# the middle of a year, as population statistics count it (今年中人口, 2017年年中, 去年中至今年中): not the 中 of a word
# after the year (今年中国, 今年中央, 去年中部地区, 今年中小学, 2024年中报)
_MID_YEAR = "年?中(?![国國央华華部东東心小医醫共欧歐亚亞非美日韩韓级級等期学學秋旬原外间間报報考标標])"


@cache
def _period_pattern(since_launch: bool, roc: bool = False, quarters_alone: bool = False) -> re.Pattern[str]:
    """The period phrases; with `roc`, of a text about Taiwan, whose bare years are of the 民國 calendar
    (106年底); with `quarters_alone` (or `roc`), of a text that writes a quarter with no year (第3季)."""
    # behind a look-ahead at the characters a phrase starts with (extract/pattern_starts.py): a third of
    # the cost of a search; …开展以来, which can start with any character, is tried after it where a clause opens
    source = (
        rf"{_DATED}|{_RELATIVE_DAYS}|{_YEAR_RANGE}|{_SPLIT_YEAR}|{_ACROSS_YEARS}|{_NUMBERED_WEEK.pattern}"
        rf"|截[至止](?:目前|(?:今年|{_YEAR})?{_NUM}+月(?:底|末|{_THIRD})?|{_NUM}+月{_NUM}+日|年底|上月底|去年底)"
        rf"|自[^，,。；;]{{1,40}}?以来"
        # 2015年起 (since 2015, kept whole); 去年同期 (the time a figure is compared with, kept whole); 114年度 (a
        # budget's year)
        + rf"|(?:今年|去年|前年|上年|本年|{_YEAR})(?:以来|起|同期|度|上半年|下半年|[前首]三季度|{_QUARTER}|{_HOLIDAY}"
        + rf"|{_QUARTER_AFTER_A_YEAR}|全年"
        rf"|{_MONTHS_OF_YEAR}|{_NUM}+月|{_FESTIVAL}|期间|底|末|{_MID_YEAR})?"
        rf"(?!{lexicon.alternation(lexicon.word_list('year_term_words.txt'))})"
        rf"|{_HOLIDAY}"
        rf"|{_LUNAR_DAYS}|{_UNNAMED_DAYS_OFF}|{_STRETCH}"
        rf"|近(?:{_NUM}+)年(?:来)?|{_SPAN_SINCE}|{_PAST_YEARS}|{_PLAN_PERIOD}|{_LAST_HOURS_OR_DAYS}|{_HELD_FOR.pattern}|近年来|多年来|连日来|(?<![假节])日前|近日|近期|目前|现在(?!院|定点|医院)|眼下|当前|如今|现有|此前"
        # 年初 before a plan (完成年初预算的98%, 年初上报…预算收入计划) names the plan set then, not the figure's time
        rf"|年末|年底|年初(?!预算|计划|目标|任务|上报)|全年|全部(?:投产|达产|建成)后|上半年|下半年|[前首]三季度|{_QUARTER}|{_MONTHS_OF_YEAR}"
        rf"|季末|月末"
        # a time ahead (未来3年内, 今后五年): a plan's, not the report's 前三季度
        rf"|(?:未来|今后){_NUM}+年(?:内|间)?|到{_YEAR}(?:底|末)?"
    )
    if roc or quarters_alone:
        # Taiwan, Hong Kong and Macau write a quarter alone (第3季商品出口, 本澳第三季貨物出口): of their figures, no
        # show's season
        source += rf"|{_QUARTER_AFTER_A_YEAR}"
    source = guarded(source.replace(YEAR_NUMERAL, ROC_YEAR_NUMERAL) if roc else source)
    if since_launch:
        # …开展以来 opens its clause: tried only where one opens, so the phrases above keep their look-ahead
        source += rf"|(?:^|(?<=[，,。；;：:\n]))[^，,。；;]{{2,16}}?{_SINCE_AN_EVENT.pattern}"
    return compile_pattern(source)


@cache
def comparison_pattern(roc: bool = False) -> str:
    """A comparison word and the time compared with, if written: 比上年, 较年初, 比1-8月, 同比, 比五年前
    (lexicon/comparison_words.txt, comparison_baselines.txt); with `roc`, of a text about Taiwan, a year of
    the 民國 calendar too (較105年底). A bare 比 after 占/对/无/好 is part of a word (占比, 对比), not a
    comparison."""
    words = [w for w in lexicon.word_list("comparison_words.txt") if w != "比"]
    baselines = lexicon.alternation(lexicon.word_list("comparison_baselines.txt"))
    # 上年春运同期, 2016年春运同期: the same stretch of a named season or holiday of that year
    times = (
        rf"{baselines}|{_compared_year(roc)}|{_MONTHS}|[一二两三四五六七八九十0-9]+年前|{_NUM}{{1,2}}日"
        rf"|{_LAST_YEAR_NUMBERED}"
    )
    base = rf"(?:(?:{times})(?:{_SEASON}同期)?)"
    # 与去年同期相比, 同上年比较: a baseline between 与/同/和/跟 and 相比, written, the closing word maybe cut off
    return rf"(?:(?:{lexicon.alternation(words)}|(?<![占对无好])比){base}?|[与同和跟]{base}(?:相比|相较|比较|对比)?)"


# 上(105)年同月底: the year before, its number in brackets (a Taiwan statistics release's)
_LAST_YEAR_NUMBERED = r"上\s?[（(][0-9]{2,4}年?[)）]\s?年(?:同月底|同月|同期|底|末|度)?"
# an adverb of contrast or likeness between a comparison and its verb (較上年同月則減, 较上月亦增), or closing a list
# before 分别 (建築材料(12.8億元)則分別錄得)
ADVERB_AFTER_A_COMPARISON = "(?:则|亦|也|均|都|仍|又)"
_SEASON = r"[\u4e00-\u9fff]{1,4}?"  # the words of a season or holiday (春运, 春节黄金周) before its 同期


def _compared_year(roc: bool) -> str:
    """A year a figure is compared with (2022年, 2022年末, 2024年初, 2022年同期, 2018年同月; 105年底 where `roc`; a
    budget's 114年度; a space before 年 as a broker's note lays figures out: 2024 年初), also written in characters
    as a survey of Hong Kong writes it (较二零零四年的6.9%: the base is of 二零零四年)."""
    years = rf"[0-9]{{4}}|[〇零一二三四五六七八九]{{4}}|{BARE_ROC}" if roc else "[0-9]{4}|[〇零一二三四五六七八九]{4}"
    return rf"(?:{years})\s?年(?:同期|同月|底|末|初|度)?"


@cache
def _base_figure_pattern(roc: bool = False) -> re.Pattern[str]:
    """A comparison word and the time compared with, then 的, right before a figure (较2020年同期的, 比上年同期的),
    or a bracket the figure is written in (比常年(293.5亿立方米)偏少7.4%): the figure after it is the base's."""
    words = [w for w in lexicon.word_list("comparison_words.txt") if w != "比"]
    words += lexicon.word_list("period_base_openers.txt")  # 由上年的4.0%: the base of a change (调整为…)
    baselines = lexicon.alternation(lexicon.word_list("comparison_baselines.txt"))
    return compile_pattern(
        rf"(?:{lexicon.alternation(words)}|(?<![占对无好])比)"
        rf"(?P<time>{baselines}|{_compared_year(roc)}|(?:今年|去年|本年)?{_MONTHS}|[一二两三四五六七八九十0-9]+年前)(?:的\s?|\s?[（(]\s?)$"
    )


def _bracketed_base_opening(roc: bool) -> str:
    """A bracket opening with a time and 为 or a colon, right before a figure: (2023年为, （上年为, （2022年："""
    baselines = lexicon.alternation(lexicon.word_list("comparison_baselines.txt"))
    return rf"[（(]\s?(?P<time>{baselines}|{_compared_year(roc)})\s?(?:为|是|[：:])\s?"


@cache
def _bracketed_base_pattern(roc: bool = False) -> re.Pattern[str]:
    """A bracket right after a figure that opens with a time and 为 or a colon, the figure after them (达69%(2023年为
    61%), 占55.2%（上年为53.1%）, 3.1%（2022年：3.5%）): the level the figure before is compared with, of that time."""
    return compile_pattern(rf"[0-9０-９][^，,。；;（()）]{{0,6}}{_bracketed_base_opening(roc)}$")


@cache
def bracketed_base_between(roc: bool = False) -> re.Pattern[str]:
    """Fully matched between a figure's end and the next figure: the next one is the level the first is compared
    with, in brackets with its time (69%(2023年为61%)); the metric step gives it the first one's metric."""
    return compile_pattern(rf"\s?{_bracketed_base_opening(roc)}")


@cache
def _base_named_pattern(roc: bool = False) -> re.Pattern[str]:
    """A comparison word and the time compared with, then the noun of a figure right before it (較105年底人口276萬
    7,239人, 比上年末常住人口385.0万人): the figure is the base's, at that time; the change after it
    (…增加1萬9,831人) is of the time of the figure compared."""
    return compile_pattern(rf"{_comparison_with_its_time(roc)}(?P<noun>[\u4e00-\u9fff]{{2,10}})\s?$")


# a bracket opened by 即 (that is) right before a level restated after a change (上升6.7%(即29 157宗))
RESTATED_BASE = compile_pattern(r"\s*[（(]\s*即\s*$")
_RESTATED_REACH = 4


@cache
def _compared_time_pattern(roc: bool = False) -> re.Pattern[str]:
    """A comparison word and the time compared with (较二○二一年, 比上年同期), anywhere in a clause."""
    return compile_pattern(_comparison_with_its_time(roc))


def _comparison_with_its_time(roc: bool) -> str:
    """The source of a pattern: a comparison word (lexicon/comparison_words.txt, or a bare 比, not that of 占比) and
    the time compared with, in the group `time` (较二○二一年, 比上年末)."""
    words = [w for w in lexicon.word_list("comparison_words.txt") if w != "比"]
    baselines = lexicon.alternation(lexicon.word_list("comparison_baselines.txt"))
    return rf"(?:{lexicon.alternation(words)}|(?<![占对无好])比)(?P<time>{baselines}|{_compared_year(roc)}|{_MONTHS})"


_BASE_REACH = 16  # characters before a figure that a comparison and its time may take
_BASE_NAMED_REACH = 28  # and with the figure's noun after them
# the base's time then its figure, with 的 or right before it (从去年的12.5%提高到…, 从2021年41.7%上升至64.1%)
_OF_THE_BASE = compile_pattern(r"(?:同期)?(?:的\s?|(?=[0-9０-９]))")
# the words of a figure's noun (常住人口, 地区生产总值, 就业人数): nouns, and verbs used as nouns
_NOUN_TAGS = ("n", "vn")


def base_figures_time(text: str, claim: Claim, roc: bool = False) -> str | None:
    """The time of a base figure written after its comparison (较2020年同期的177.25亿元 -> 2020年同期; 比上年末常住人口
    385.0万人 -> 上年末)."""
    match = _base_figure_pattern(roc).search(text, max(claim.sentence_start, claim.start - _BASE_REACH), claim.start)
    if match is not None:
        return match["time"]
    bracketed = _bracketed_base_pattern(roc).search(
        text, max(claim.sentence_start, claim.start - _BASE_REACH), claim.start
    )
    if bracketed is not None:
        return bracketed["time"]  # 达69%(2023年为61%), 比重为55.2%（上年为53.1%）: the level of the time in the bracket
    restated = RESTATED_BASE.search(text, max(claim.sentence_start, claim.start - _RESTATED_REACH), claim.start)
    if restated is not None:
        # 較二○二一年上升6.7%(即29 157宗): the level 即 restates after a change is of the time its clause compares with
        clause_start = max(claim.sentence_start, *(text.rfind(mark, 0, restated.start()) + 1 for mark in "，,；;"))
        compared = _compared_time_pattern(roc).search(text, clause_start, restated.start())
        if compared is not None:
            return compared["time"]
    match = _base_named_pattern(roc).search(
        text, max(claim.sentence_start, claim.start - _BASE_NAMED_REACH), claim.start
    )
    if match is None or not _names_a_figure(match["noun"]):
        return None
    return match["time"]


def _names_a_figure(phrase: str) -> bool:
    """Whether the phrase between a compared time and a figure is the figure's noun (人口, 常住人口), not a word of
    the change (增加, 多, 增幅: 比上年增加1.2万人 is the change, of the time compared). A noun phrase headed by a noun
    may hold a verb used as a modifier: a budget's 法定预算数, 预算数 (jieba tags 预算 a verb)."""
    changes = lexicon.word_table("change_verbs.tsv")
    words = phrase_words(phrase)
    if not words or any(word in changes for word, _ in words) or not words[-1][1].startswith(_NOUN_TAGS):
        return False
    return all(tag.startswith(_NOUN_TAGS) or tag == "v" for _, tag in words)


# a period that is a time as of which things are counted
_AS_OF_PERIOD = compile_pattern(r"\s*(?:截至|截止|至此)")


def _a_day_of_another_person(claim: Claim, earlier_age: Claim | None) -> bool:
    """ "胡某某，男，34岁。1月21日就诊于…。向某某，男，29岁": a person's age has no time of its own, and a bare day
    carried from the description of the person before (the earlier age's, which that day did not date) is the
    date of what that person did (the other patient's visit), not this age's. The day a lone patient's report
    opens with (今天，…确诊1例…。患者为37岁男性) still dates it, and so do a time as of which a group is counted
    (截至1月28日24时) and a reporting window of hours (2月2日0-24时，新增…。患者年龄最大的65岁)."""
    if claim.kind != "age" or claim.period_basis != "carried" or _AS_OF_PERIOD.match(claim.period or ""):
        return False
    if earlier_age is None or earlier_age.period == claim.period:
        return False
    start, end = claim.period_start, claim.period_end
    if start is None and end is None:  # no year known: the day as written (1月21日)
        return _A_BARE_DAY.fullmatch(claim.period or "") is not None
    return start is not None and start == end and "T" not in start


_A_BARE_DAY = compile_pattern(r"(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}[日号]")


def writes_quarters_alone(region: Place | None, script: str | None) -> bool:
    """Whether a text writes a quarter with no year (本澳第三季貨物出口, 第3季經濟成長率): Hong Kong's, Macau's and
    Taiwan's offices do, in either script; a mainland text writes 第三季度, its 第三季 alone a show's season."""
    return script is not None or in_hong_kong_macau_or_taiwan(region)


@Language.component("claimkb_period")
def period_component(doc: Doc) -> Doc:
    text = doc_text(doc)
    attributes = doc._  # one Underscore object, not one per attribute read
    published = _parse_date(attributes.date)
    roc = writes_roc_years(attributes.region, attributes.script)  # 106年底 is the end of 2017 in a text about Taiwan
    anchors = WrittenDates(text, published, roc)
    phrases = PeriodPhrases(
        text,
        attributes.claims,
        roc,
        tuple(a.start for a in attributes.articles or []),
        writes_quarters_alone(attributes.region, attributes.script),
    )
    previous_periods: dict[int, Carried] = {}  # sentence start -> the periods it may carry
    carries: dict[int, bool] = {}  # sentence start -> whether a period before it reaches its figures
    previous: Claim | None = None
    last_age: dict[int, Claim] = {}  # article -> the last age written in it (of the person described before)
    compared: Claim | None = None  # the last figure with dates not itself a base: what a base after it is compared to
    # the last sentence's first figure with a subject not of a place inside the whole before it: a list of
    # parts (现有重症病例中，长沙市19例…) leaves its whole (湖南省) the one they are inside, and so does a
    # part's own breakdown (福州市57例（…湖北省武汉市2例）); a figure of no subject (31个省…报告) says
    # nothing of what the sentence is about, so the next one does
    whole: Claim | None = None
    placed = False  # whether the sentence's first figure with a subject was seen
    same_time_as: Claim | None = None  # the figure before a sentence opening with 同期, whose time it is of
    articles = tuple(a.start for a in attributes.articles or [])
    for claim in attributes.claims:
        if claim.sentence_start not in carries:
            # 2022年，全市法院受理案件25.4万件。其中市中院受理2.8万件: a part singled out of the figures before is
            # of their time, whoever it is, and leaves their subject the whole the next sentences are inside
            part = _PART_OPENER.match(text, claim.sentence_start) is not None
            # 同期，招行净利息收入…: "in the same period" opens a sentence on the time of the figures before it,
            # across a paragraph's end as well
            same_time = _SAME_TIME_OPENER.match(text, claim.sentence_start) is not None
            # 随后，当地建成了…: what came after is not of the time written before it (2015年起…)
            later = _later_opener().match(text, claim.sentence_start) is not None
            carries[claim.sentence_start] = not later and (part or _carried_to(claim, previous, whole))
            same_time_as = previous if same_time else None
            placed = part
        if not placed and claim.subject is not None:
            placed = True
            if whole is None or not _inside_subject(claim, whole):
                whole = claim
        claim.period = find_period(text, claim, phrases, previous_periods, carry=carries[claim.sentence_start])
        if claim.period and _END_OF_TERM.search(claim.period) and _a_terms_flow(text, claim):
            # 年末，…存栏4.36万头；牛出栏1.9万头: what the year produced is of the year, not of its last day
            year = _YEAR_OF_AN_END.match(claim.period)
            claim.period = year.group(1) if year else phrases.section_year(claim)
        claim.period_basis = _period_basis(text, claim) if claim.period else None
        if claim.period is None and same_time_as is not None and same_time_as.article_index == claim.article_index:
            claim.period = same_time_as.period  # 同期，…: the time of the figure before, past a paragraph's end
            claim.period_basis = "carried" if claim.period else None
        if claim.period_basis == "carried" and _a_running_totals_part(text, claim, whole, phrases):
            claim.period = claim.period_basis = None
        previous = claim
        if claim.period:
            # the text is read for its dates only when the period needs them (no date given, 当日, 截至20日)
            needs_anchor = published is None or _NEEDS_ANCHOR.search(claim.period) is not None
            anchor = anchors.before(claim.start) if needs_anchor else None
            claim.period_start, claim.period_end = period_dates(claim.period, published, anchor, roc)
            if isinstance(claim.period, AsOfTheEnd):
                window = str(claim.period)
                claim.period, claim.period_start = as_of_its_end(window), None
                claim.notes.append(f"a running total as of the end of {window}, the window of its new figures")
            if claim.period in _WRITTEN_DAY_WORDS and claim.period_basis != "carried":
                _the_day_pointed_back_to(text, claim, articles, anchors, published, roc)
            if base_figures_time(text, claim, roc) is not None:
                # 較上年度法定預算數141.68億元: the base of a comparison, not the figure the sentence reports
                claim.notes.append(f"compared base: of {claim.period}, the time the figure before it is compared with")
                if compared is not None and compared.sentence_start == claim.sentence_start:
                    _dated_from_the_compared(claim, compared)
            elif claim.period_start is not None:
                compared = claim
            if _a_day_of_another_person(claim, last_age.get(claim.article_index)):
                claim.period = claim.period_start = claim.period_end = claim.period_basis = None
        if claim.kind == "age":
            last_age[claim.article_index] = claim
    _restated_in_the_body(text, attributes.claims, attributes.articles or [])
    _years_of_a_respective_list(text, attributes.claims)
    _times_of_a_respective_list(text, attributes.claims, published, roc)
    return doc


# the words naming the day written before (当日, 当天, 同日: lexicon/named_days.tsv), alone as a figure's period
_WRITTEN_DAY_WORDS = frozenset(word for word, days in _NAMED_DAYS.items() if days is None)


def _the_day_pointed_back_to(
    text: str, claim: Claim, article_starts: tuple[int, ...], anchors: WrittenDates, published: Date | None, roc: bool
) -> None:
    """ "2020年2月13日0时至24时，山西省…。…当日解除医学观察120人": a bare 当日 (当天, 同日) points back to the day its
    article wrote before, and the figure's period is that phrase (the day, or the day's window of hours) with its
    dates, not the word: read against the page's date (a bulletin published the day after) 当日 names another day.
    The nearest phrase before that names one day is the one pointed to; as-of times (截至2月13日24时: a moment) and
    phrases of no one day (目前, 2020年) are passed over. Left as written where the nearest day is another than the
    one 当日 was dated to, is part of a day only, or none is written. Only a 当日 of the figure's own sentence (the
    caller's test): one carried from a sentence before may be no time of this figure's (确诊病例中，昆明市41例… after
    当日新增…: a running total's part)."""
    article_start = max((start for start in article_starts if start <= claim.start), default=0)
    for match in reversed(list(period_pattern(text, roc).finditer(text, article_start, claim.start))):
        phrase = match.group()
        if phrase in _WRITTEN_DAY_WORDS or _AS_OF_PERIOD.match(phrase):
            continue
        start, end = period_dates(phrase, published, anchors.before(match.start()), roc)
        if start is None and claim.period_start is None and _A_MONTHS_DAY.search(phrase):
            # no year known (1月27日0-24时…当日): the day written is the one pointed to, undated as 当日 was
            claim.period, claim.period_start, claim.period_end = phrase, start, end
            return
        if start is None or end is None or start[:10] != end[:10] or not _NAMES_A_DAY.search(phrase):
            continue  # no one day (2020年), or now rather than a day (目前, 现有: dated to the page's day)
        if claim.period_start is not None and start[:10] == claim.period_start[:10] and _the_whole_day(start, end):
            claim.period, claim.period_start, claim.period_end = phrase, start, end
        return


def _the_whole_day(start: str, end: str) -> bool:
    """A day's dates span all of it (2020-02-13, or T00:00 to T24:00): 当日 after a window of half a day (2月7日12时至
    24时) may mean the whole day or the window, and is left as written."""
    return start[10:] in ("", "T00:00") and end[10:] in ("", "T24:00")


_NAMES_A_DAY = compile_pattern(r"[日号天]")
_A_MONTHS_DAY = compile_pattern(rf"{_NUM}+\s?月\s?{_NUM}+\s?[日号]")


def _years_of_a_respective_list(text: str, claims: list[Claim]) -> None:
    """ "2025-2027年归母净利润分别为8.12亿元、10.70亿元、13.16亿元": a span of years and as many figures listed after
    分别 give each figure its year in turn (2025年, 2026年, 2027年), not the span, nor its last year."""
    i = 0
    while i < len(claims):
        span = _YEAR_RANGE_PARTS.fullmatch(claims[i].period or "")
        j = i + 1
        while (
            j < len(claims)
            and claims[j].period == claims[i].period
            and claims[j].sentence_start == claims[i].sentence_start
            and lexicon.LIST_SEPARATOR.fullmatch(text, claims[j - 1].end, claims[j].start)
        ):
            j += 1
        listed = span is not None and j - i == _number(span[2]) - _number(span[1]) + 1 > 1
        if listed and _RESPECTIVELY in text[claims[i].sentence_start : claims[i].start]:
            for k, claim in enumerate(claims[i:j]):
                year = _number(span[1]) + k
                claim.period, claim.period_start, claim.period_end = f"{year}年", f"{year}-01-01", f"{year}-12-31"
        i = j


_RESPECTIVELY = "分别"
# a part of a year in a list of them (2023年第1季、第2季及第3季; 一季度、二季度和三季度; 3月、4月和5月): the year
# written once, before the first
_LISTED_TIME = compile_pattern(
    rf"(?P<year>{_YEAR}|今年|去年|上年|本年)?(?P<part>第[一二三四1-4]季(?![度节])|第?[一二三四1-4]季度|{_NUM}{{1,2}}月份?|[上下]半年)"
)


def _times_of_a_respective_list(text: str, claims: list[Claim], published: Date | None, roc: bool) -> None:
    """ "2023年第1季、第2季及第3季的按年实质变动分别修订至32.3%、100.9%及120.4%": parts of a year listed and as many
    figures listed after 分别 give each figure its part in turn (2023年第2季 for 100.9%), the year written once
    kept with each, not the first part (or the one nearest) for all of them."""
    i = 0
    while i < len(claims):
        first = claims[i]
        j = i + 1
        while (
            j < len(claims)
            and claims[j].period == first.period
            and claims[j].sentence_start == first.sentence_start
            and lexicon.LIST_SEPARATOR.fullmatch(text, claims[j - 1].end, claims[j].start)
        ):
            j += 1
        if first.period and j - i > 1 and _RESPECTIVELY in text[first.sentence_start : first.start]:
            times = listed_times(text, first.sentence_start, text.find(_RESPECTIVELY, first.sentence_start), j - i)
            if times and any(time.endswith(first.period) for time in times):  # the times its period was read from
                for claim, time in zip(claims[i:j], times, strict=True):
                    claim.period = time
                    claim.period_start, claim.period_end = period_dates(time, published, None, roc)
        i = j


def listed_times(text: str, start: int, end: int, count: int) -> list[str] | None:
    """The `count` parts of a year listed one after another between start and end (2023年第1季、第2季及第3季), each
    with the year written before the first, or None."""
    chains: list[list[re.Match[str]]] = []
    for match in _LISTED_TIME.finditer(text, start, end):
        if chains and lexicon.LIST_SEPARATOR.fullmatch(text, chains[-1][-1].end(), match.start()) and not match["year"]:
            chains[-1].append(match)
        else:
            chains.append([match])
    chain = next((c for c in chains if len(c) == count), None)
    if chain is None:
        return _listed_years(text, start, end, count)
    year = chain[0]["year"] or ""
    return [m.group() if m["year"] else year + m["part"] for m in chain]


def _listed_years(text: str, start: int, end: int, count: int) -> list[str] | None:
    """The `count` whole years listed one after another between start and end (其中2023年、2024年同比增幅分别为…), or
    None."""
    for run in _YEARS_LISTED.finditer(text, start, end):
        years = _A_YEAR_LISTED.findall(run.group())
        if len(years) == count:
            return years
    return None


_A_YEAR_LISTED = compile_pattern(r"[0-9０-９]{4}年(?![第一二三四0-9０-９上下末底初])")
_YEARS_LISTED = compile_pattern(
    rf"{_A_YEAR_LISTED.pattern}(?:\s*(?:{lexicon.LIST_SEPARATOR.pattern})\s*{_A_YEAR_LISTED.pattern})+"
)


_PART_OPENER = compile_pattern(r"\s*其中")
_END_OF_TERM = compile_pattern(r"(?:年末|年底|季末|月末)$")
_YEAR_OF_AN_END = compile_pattern(r"(.+年)(?:末|底)$")


@cache
def _term_flow_words() -> re.Pattern[str]:
    return compile_pattern(lexicon.alternation(lexicon.word_list("term_flow_words.txt")))


def _a_terms_flow(text: str, claim: Claim) -> bool:
    """The figure's metric or its own clause names what a stretch of time produced or sold (牛出栏, and its change
    增长5.32% after it: lexicon/term_flow_words.txt)."""
    if claim.metric and _term_flow_words().search(claim.metric):
        return True
    clause = max(text.rfind(mark, claim.sentence_start, claim.start) for mark in "，,；;：:") + 1
    return _term_flow_words().search(text, max(clause, claim.sentence_start), claim.start) is not None


_SAME_TIME_OPENER = compile_pattern(r"\s*(?:同期|同一时期)[，,]")
# a time a year before the figure compared (上年度, 去年同期, 上年末): counted from that figure's year, not from the day
# published (a budget for next year is published the year before)
_YEAR_BEFORE = compile_pattern(r"(?:上|去)年(?P<part>度|同期|末|底)?")


def _dated_from_the_compared(base: Claim, compared: Claim) -> None:
    """A base figure of a time a year before (比上年预算数80.2亿元, 較上年度法定預算數60.1億元) takes the dates of the
    figure compared with it, a year earlier: 114年度's 上年度 is 113年度, whenever the text was published."""
    before = _YEAR_BEFORE.fullmatch(base.period or "")
    if before is None or compared.period_start is None or compared.period_end is None:
        return
    start, end = compared.period_start[:10], compared.period_end[:10]
    year = int(start[:4]) - 1
    if before["part"] in ("末", "底"):
        base.period_start = base.period_end = f"{year}-12-31"
    elif before["part"] == "同期":
        base.period_start, base.period_end = _a_year_earlier(start), _a_year_earlier(end)
    else:
        base.period_start, base.period_end = f"{year}-01-01", f"{year}-12-31"


def _a_year_earlier(day: str) -> str:
    """An ISO day a year earlier (29 February -> 28 February)."""
    year, month, number = int(day[:4]) - 1, int(day[5:7]), int(day[8:10])
    return Date(year, month, min(number, monthrange(year, month)[1])).isoformat()


@cache
def _later_opener() -> re.Pattern[str]:
    """A word opening a sentence that says it tells of a later time (随后, 此后: lexicon/later_time_openers.txt)."""
    return compile_pattern(rf"\s*(?:{lexicon.alternation(lexicon.word_list('later_time_openers.txt'))})")


def _restated_in_the_body(text: str, claims: list[Claim], articles: list[Article]) -> None:
    """A headline's figure of no period of its own ("青海新增确诊病例3例，累计4例") is of the time of the body's figure
    that restates it ("1月26日0-24时，青海省…新增确诊病例3例"): the figure of its value and unit that its article names
    in its own words, as the metric step reads a headline (extract/headline_figures.py), of the same metric and,
    where the headline says it, the same aspect (新增, 累计). Only when every such figure has one and the same
    period: a page dated the next day would otherwise date the figure to the day of the page."""
    headlines = [a.headline for a in articles]
    restating: dict[tuple[int, float, str], list[Claim]] = {}
    in_headline: list[tuple[Claim, tuple[tuple[int, float, str], ...]]] = []
    for claim in claims:
        keys = restating_keys(claim)
        if not keys:
            continue
        headline = headlines[claim.article_index] if claim.article_index < len(headlines) else None
        if (headline is not None and headline.start <= claim.start < headline.end) or _in_a_title_bracket(text, claim):
            if claim.period is None:
                in_headline.append((claim, keys))
        elif in_own_words(claim):
            for key in keys:
                restating.setdefault(key, []).append(claim)
    for claim, keys in in_headline:
        aspect = _nearest_marker(text, claim)
        found = next((restating[key] for key in keys if key in restating), [])
        same_aspect = [other for other in found if aspect is None or _nearest_marker(text, other) == aspect]
        if not same_aspect and aspect == _CUMULATIVE:
            # 截至2月9日24时，黑龙江省报告…确诊病例331例 under 累计331例: a total as of a time, no word of its own
            same_aspect = [other for other in found if _counted_as_of_without_a_word(text, other)]
        if not same_aspect and _nearest_marker(text, claim, own_clause_only=True) is None:
            # 新疆新增1例，确诊18例: a figure whose own clause says nothing of its kind is told by its value alone
            same_aspect = found
        body = [other for other in same_aspect if same_metric(claim, other)]
        if not body and len(same_aspect) == 1:
            # 北京新增3例境外输入病例 -> 新增报告境外输入新冠肺炎确诊病例3例, 治愈出院6例 -> 治愈出院患者6例: the one
            # figure of the value and unit its article names in its own words restates it, however reworded
            body = same_aspect
        # a post's bracketed title is restated first by its own sentence (【#台湾地区新增27例…#】…今（20）日公布，岛内
        # 新增27例…): that figure's time is the title's, whatever a copy of the title at the page's end was given
        in_its_sentence = [other for other in body if other.sentence_start == claim.sentence_start]
        if in_its_sentence and _in_a_title_bracket(text, claim):
            body = in_its_sentence
        periods = {(other.period, other.period_start, other.period_end) for other in body}
        if len(periods) == 1 and body[0].period is not None:
            # from a sentence after it, not before, but as a carried period is: not written in its own words
            claim.period, claim.period_start, claim.period_end = next(iter(periods))
            claim.period_basis = "carried"
        elif not body and aspect == "cumulative":
            _as_of_the_bodys_window(claim, claims)


def _counted_as_of_without_a_word(text: str, other: Claim) -> bool:
    """A body's figure counted as of a time (截至…) with no word of its kind in its own clause (截至2月1日6时，天津市
    新增2例，…确诊病例增至34例): it may restate a headline's running total."""
    return (
        _nearest_marker(text, other, own_clause_only=True) is None
        and _UNTIL_PREFIX.match(other.period or "") is not None
    )


_CUMULATIVE = "cumulative"


def _as_of_the_bodys_window(claim: Claim, claims: list[Claim]) -> None:
    """A headline's running total its body does not restate (新疆新增3例累计32例 over a body of 2020年2月4日0-24时，
    …新增确诊病例3例 and the cases by city) is as of the end of the one window of hours the body's figures are of, when
    they are of no other time but now: as of the window's end (截至2020年2月4日24时, as_of_its_end), with no start."""
    body = [
        other
        for other in claims
        if other.article_index == claim.article_index
        and other.start > claim.start
        and other.period is not None
        and other.period not in NOW_WORDS  # 目前尚有1929人…: the page's now, of no window
    ]
    windows = [other.period for other in body if a_report_window(other.period)]
    # the body's totals are dated as of the window's end already (截至2月4日24时 of 2月4日0-24时)
    if not windows or {as_of_its_end(other.period) for other in body} != {as_of_its_end(windows[0])}:
        return
    claim.period, claim.period_start, claim.period_basis = as_of_its_end(windows[0]), None, "carried"
    claim.period_end = max((other.period_end for other in body if other.period_end), default=None)
    claim.notes.append(f"a running total as of the end of {windows[0]}, the window of its body's new figures")


# a post's title in brackets opening its text, after its topic tags (#新冠肺炎最新动态#【#北京新增18例累计315例#】…)
_TITLE_BRACKET = compile_pattern(rf"(?:{TOPIC_TAG}\s*)*{BRACKETED_TITLE}")


def _in_a_title_bracket(text: str, claim: Claim) -> bool:
    """The figure is in the bracketed title a feed's post opens its sentence with (【#北京新增18例累计315例#】2月7日
    0时至24时，北京市新增18例…): a headline inside the body, which the body after it restates."""
    title = _TITLE_BRACKET.match(text, claim.sentence_start)
    return title is not None and title.start(1) <= claim.start and claim.end <= title.end(1)


def _nearest_marker(text: str, claim: Claim, own_clause_only: bool = False) -> str | None:
    """The aspect the nearest marker before the figure in its own clause gives, else (not `own_clause_only`) the
    nearest of a new figure or a running total before it in its sentence (新增: flow, 累计: cumulative), or None: a
    stock word of a clause before (累计…31例，重症病例4例，死亡病例1例) is that clause's figure's."""
    sentence = text[claim.sentence_start : claim.start]
    clause_start = _clause_start(sentence, len(sentence))
    own = aspect_markers_in(sentence[clause_start:])
    if own or own_clause_only:
        return own[-1] if own else None
    markers = [aspect for aspect in aspect_markers_in(sentence[:clause_start]) if aspect != _STOCK]
    return markers[-1] if markers else None


_STOCK = "stock"


def _a_running_totals_part(text: str, claim: Claim, whole: Claim | None, phrases: PeriodPhrases) -> bool:
    """The figure is a part of a running total of no period of its own, listed in a sentence after it in its
    paragraph that says nothing more of it (全省累计报告确诊病例55例。其中，昆明市15例、…): the window of new figures
    it would carry is not the total's, and not its parts' either."""
    return (
        claim.period is not None
        and a_report_window(claim.period)
        and whole is not None
        and whole is not claim
        and whole.period is None
        and whole.sentence_start < claim.sentence_start
        and phrases.paragraph_start(whole) == phrases.paragraph_start(claim)
        and _inside_subject(claim, whole)
        and _a_running_total(text, whole)
        and not aspect_markers_in(text[claim.sentence_start : claim.start])
    )


def _carried_to(claim: Claim, previous: Claim | None, whole: Claim | None) -> bool:
    """Whether a period written before a sentence dates the figures of the sentence, decided by its first
    figure (a list's items share it). A period stays with its subject: after "上半年，郓城县…",
    "单县建成驿站16处" is not dated by it. It reaches the places inside the subject the figures before
    were of, though: a report's parts (2月7日0—12时，重庆市报告…。新增出院病例为万州区1例) are of its
    time, whichever part was listed last."""
    if previous is None or previous.subject == claim.subject:
        return True
    return whole is not None and (whole.subject == claim.subject or _inside_subject(claim, whole))


def _inside_subject(part: Claim, whole: Claim) -> bool:
    """Whether the part's place lies inside the whole's: a division in the country (a national bulletin's
    湖北新增确诊病例115例), or by division code. A zone of no code that opens its figure's clause (两江新区1例,
    东湖高新区新登记2.1万户: lexicon/zone_words.tsv) is taken to lie in a coded division that is the whole, as a
    report lists it among its parts; not in another zone, nor one named further in (縣府推動馬稠後產業園區後期
    45公頃)."""
    if part.place_code is None and part.subject_basis == "clause" and whole.place_code is not None:
        return names_a_zone(part.subject or "") and not names_a_zone(whole.subject or "")
    if whole.subject == COUNTRY.name and whole.place_code is None:
        return part.place_code is not None
    if whole.place_code is None:  # 新疆（含兵团）: its parts' places are inside it
        return inside_combined_division(part.subject, part.place_code, whole.subject)
    if part.place_code == whole.place_code and part.subject and whole.subject:
        # 浙江省十里丰监狱, a body coded as the province it is named with, is inside it
        return part.subject.startswith(whole.subject) and len(part.subject) > len(whole.subject)
    return _inside(part.place_code, whole.place_code)


# a division code's digits per level: province 2, city 4, county 6, township 9
_CODE_LEVELS = (2, 4, 6, 9)


def _inside(code: str | None, outer: str | None) -> bool:
    """Whether a division (by its 12-digit code) lies inside another, itself not counted."""
    if code is None or outer is None or code == outer:
        return False
    digits = next((n for n in _CODE_LEVELS if not outer[n:].strip("0")), len(outer))
    return code.startswith(outer[:digits])


def _outcome_written_after(text: str, claim: Claim) -> OutcomeAfter | None:
    """What befell the people the figure counts, written after their noun (its metric ends with the outcome)."""
    if not names_an_outcome(claim.metric):
        return None
    return outcome_after_the_noun(text, claim.end, period_pattern(text))


def _period_basis(text: str, claim: Claim) -> str:
    """Where the claim's period was written: in its own clause (before the figure, or in brackets or before its
    outcome after it), elsewhere in its sentence, or before."""
    if _period_after(text, claim) is not None:
        return "clause"
    outcome = _outcome_written_after(text, claim)
    if outcome is not None and outcome.time == claim.period:
        return "clause" if outcome.in_own_clause else "sentence"
    head = text[claim.sentence_start : claim.start]
    at = head.rfind(claim.period or "")
    if at < 0:
        return "carried"
    return "sentence" if _CLAUSE_BREAK.search(head, at + len(claim.period or "")) else "clause"


_CLAUSE_BREAK = compile_pattern(r"[，,；;：:]")


class Anchor(NamedTuple):
    """What the text wrote before a figure: the last year (2023年…), the last day (1月20日), or None."""

    year: int | None = None
    day: Date | None = None


# a day written without its month (截至20日) or named from the day written before (当日, 同日)
_NEEDS_ANCHOR = compile_pattern(
    rf"^(?:{_UNTIL})?{_NUM}+\s?[日号]|{lexicon.alternation([w for w, days in _NAMED_DAYS.items() if days is None])}"
)
# behind a look-ahead at the digits a date starts with (extract/pattern_starts.py): it is read over the whole
# text, and without it the engine tried both alternatives at every character (two and a half times the cost)
# the years of the calendar it reads: four digits, 民国 years, and with roc (a text about Taiwan) its bare years
# of the 民國 calendar (extract/roc_years.py)
_WRITTEN_YEARS = {False: rf"[0-9]{{4}}|{WITH_ROC}", True: rf"[0-9]{{4}}|{WITH_ROC}|{BARE_ROC}"}
_WRITTEN_SOURCE = (
    "(?P<year>{years})" + rf"\s?年(?:\s?(?P<month>{_NUM}{{1,2}})\s?月(?:\s?(?P<day>{_NUM}{{1,3}})\s?[日号])?)?"
    rf"|(?P<month_only>{_NUM}{{1,2}})\s?月\s?(?P<day_only>{_NUM}{{1,3}})\s?[日号]"
)
_WRITTEN = {
    roc: compile_pattern(guarded(_WRITTEN_SOURCE.replace("{years}", years))) for roc, years in _WRITTEN_YEARS.items()
}
_YEARS = (1900, 2100)


class WrittenDates:
    """The years and days a text writes, read once and only when a period asks (no date was given
    with the document, or a period counts from a day written before it)."""

    def __init__(self, text: str, published: Date | None = None, roc: bool = False) -> None:
        self._text = text
        self._roc = roc  # bare years of the 民國 calendar are years (extract/roc_years.py)
        self._published = published  # the year of a day written without one (1月27日0-24时…当日)
        self._starts: list[int] | None = None
        self._anchors: list[Anchor] = []

    def before(self, offset: int) -> Anchor:
        if self._starts is None:
            self._read()
        assert self._starts is not None
        i = bisect_right(self._starts, offset) - 1
        return self._anchors[i] if i >= 0 else Anchor()

    def _read(self) -> None:
        starts, anchors = [], []
        year: int | None = None
        day: Date | None = None
        for match in _WRITTEN[self._roc].finditer(self._text):
            if match["year"]:
                written = _number(gregorian(match["year"] + "年", self._roc).removesuffix("年"))
                if not _YEARS[0] <= written <= _YEARS[1]:
                    continue
                year = written
                month, number = match["month"], match["day"]
            else:
                month, number = match["month_only"], match["day_only"]
            if month and number:
                day = self._day(year, month, number) or day
            starts.append(match.start())
            anchors.append(Anchor(year, day))
        self._starts, self._anchors = starts, anchors

    def _day(self, year: int | None, month: str, number: str) -> Date | None:
        try:
            m, d = _number(month), _number(number)
        except ValueError:
            return None  # 六七月: not one month
        if year is not None:
            return _valid_date(year, m, d)
        if self._published is None:
            return None
        return in_year_of(self._published, m, d)


class AsOfTheEnd(str):
    """A window of hours given to a running total counted after the window's new figures (2月17日12-24时，…新增确诊病例
    2例，累计确诊病例543例): the total is as of the window's end, the only time the text writes for it — written so in
    the window's words (截至2月17日24时, as_of_its_end), dated to it with no start; a note keeps the window."""


def find_period(
    text: str,
    claim: Claim,
    phrases: PeriodPhrases,
    previous_periods: dict[int, Carried] | None = None,
    carry: bool = True,
) -> str | None:
    """The last period phrase before the figure in its sentence, else (when `carry`) in the paragraph
    before the sentence. `previous_periods` keeps the latter per sentence for the other figures of
    the sentence."""
    if claim.kind == "duration" and _inside_a_period(text, claim):
        return None  # 未来3年内: the figure is a time span itself, not dated by another
    after = _period_after(text, claim)
    if after is not None:
        return after
    outcome = _outcome_written_after(text, claim)
    if outcome is not None and outcome.time is not None and _NAMES_A_DAY.search(outcome.time):
        # 9名患者…于今日出院: the day the outcome befell them (an hour alone, 早上8：30已出院, leaves the day written)
        return outcome.time
    base = base_figures_time(text, claim, phrases.roc)
    if base is not None:
        return base  # 较2020年同期的177.25亿元: the figure compared with is of the time it is compared at
    stretch, matches = phrases.in_sentence(claim)
    if matches:
        # the stretch may end before the figure: the ratio a time is the base of may be the figure itself
        through = text[claim.sentence_start : claim.end + _RATIO_READ_PAST]
        matches = [m for m in matches if not _a_ratios_base(through, m)]
    if matches and _dates_the_report(stretch, matches[-1], claim) and not _a_flow(text, claim, matches[-1].end()):
        # 昨日，数据显示，98家上市公司…: the day the news came out, not the time of what it counts; of a day's
        # new cases (1月29日，省卫健委通报，新增3例) it is the day they were reported in
        return None
    own_clause_from = _clause_start(stretch, claim.start - claim.sentence_start)
    if "cumulative" in aspect_markers_in(
        stretch[own_clause_from : claim.start - claim.sentence_start]
    ) or names_an_outcome(claim.metric):
        # 现有重症病例17例，…，累计死亡病例19例: 现有 says its own clause's figure is a stock, not the time of a
        # running total after it (a stock list's parts, 现有重症病例5例（桂林2例…）, still share it), nor of what
        # befell people (现有危重3例，重症13例，治愈出院5例)
        matches = [m for m in matches if m.group() not in _OWN_FIGURE_ONLY or m.start() >= own_clause_from]
    found = _last_period(stretch, matches, figure_at=claim.start - claim.sentence_start)
    if found is not None and a_report_window(found) and _totals_after_the_flow(stretch, found, claim):
        # 2月3日0-24时，新增确诊病例3例，累计确诊病例117例: the hours are the new cases' window; the running total is
        # as of their end
        return AsOfTheEnd(found)
    if found == A_STOCK_NOW and carry:
        # 截至2月4日24时，全省累计报告…64例。…现有疑似病例33例: 现有 says the figure is a stock, as of the moment the
        # paragraph counts at, where it wrote one; else it is the page's now
        return _carried(text, claim, phrases, previous_periods).until or found
    if found is not None:
        return found
    if not carry:
        return phrases.section_year(claim)
    carried = _carried(text, claim, phrases, previous_periods)
    found = carried.last
    if found is None:
        return (
            phrases.window_of_the_paragraph_before(claim)
            or phrases.period_of_the_whole_before(claim)
            or phrases.section_year(claim)
        )
    if found is not None and not _UNTIL_PREFIX.match(found) and _a_running_total(text, claim):
        # 截至1月29日24时…累计311例。29日当天新增70例。累计报告确诊病例中，深圳市86例: a running total is
        # as of a moment, the last 截至 before it, not the day's window the flow before it was of
        if carried.until is None and a_report_window(found):
            # 2月3日12时至24时，云南省报告…新增病例3例。全省累计报告确诊病例117例: the window is the new cases'; the
            # running total is as of its end
            return AsOfTheEnd(found)
        return carried.until or found
    if found is not None and _UNTIL_PREFIX.match(found) and _a_flow(text, claim):
        # 3月8日8时至9日8时，…新增疑似病例0例。截至3月9日8时，累计…。全省新增密切接触者8人: a day's flow is of
        # the day's window, not of the moment the running totals were counted at
        return carried.window or found
    return found


A_STOCK_NOW = "现有"


def _carried(text: str, claim: Claim, phrases: PeriodPhrases, previous_periods: dict[int, Carried] | None) -> Carried:
    """The period phrases the claim's sentence may carry from its paragraph before it, read once a sentence."""
    carried = previous_periods.get(claim.sentence_start) if previous_periods is not None else None
    if carried is None:
        stretch, before = phrases.before_sentence(claim)
        if _a_year_end_figure(text, claim):
            # 全年人口出生率为10.38‰。乡村常住人口20.57万人，较上年末减少0.23万人: a figure compared with the year's
            # end is a stock at the year's end, not of the year-long span of the rates before it
            before = [m for m in before if not m.group().endswith("全年")]
        carried = Carried(_last_period(stretch, before, carried=True), _last_until(before), _last_window(before))
        if previous_periods is not None:
            previous_periods[claim.sentence_start] = carried
    return carried


# a comparison with the year's end (较上年末减少, 比上年底增加, 比年末): the figure is a stock at the year's end
_YEAR_END_COMPARED = compile_pattern(r"[较比](?:上|去)?年[末底]")


def _a_year_end_figure(text: str, claim: Claim) -> bool:
    """The figure's sentence compares it, or the figure it changes, with the end of a year (乡村常住人口20.57万人，
    较上年末减少0.23万人)."""
    end = text.find("。", claim.start)
    return _YEAR_END_COMPARED.search(text, claim.sentence_start, end if end >= 0 else len(text)) is not None


class Carried(NamedTuple):
    """The period phrases a sentence's figures may carry from the paragraph before it: the last of them,
    the last 截至 moment (for a running total) and the last window of time (for a flow)."""

    last: str | None
    until: str | None
    window: str | None


# More characters than any look-ahead of the period pattern reads past the end of a phrase (the
# 上午 after 26日: two)
_READ_AHEAD = 8


class PeriodPhrases:
    """The period phrases of a document's sentences and paragraphs, each stretch searched once.

    A figure's period is the last phrase of text[sentence start:figure], else of text[paragraph
    start:sentence start]; searching that afresh for each figure read a sentence or a paragraph once
    per figure in it, which made the period step's cost grow with the square of their length
    (_last_period was the costliest function of the pipeline, issue 32). Instead the text from each
    start is searched once, up to the furthest figure that will ask, and a shorter stretch takes the
    phrases of that search: one that ends before the stretch does by more than the pattern looks ahead
    is found the same in the shorter stretch alone, and the search before it failed there as it
    fails in the shorter stretch (the pattern has no negative look-ahead, word boundary nor end
    anchor that a cut could satisfy). From the first phrase that is not so, the shorter stretch is
    searched again: a few characters."""

    def __init__(
        self,
        text: str,
        claims: list[Claim],
        roc: bool = False,
        article_starts: tuple[int, ...] = (),
        quarters_alone: bool = False,
    ) -> None:
        self._text = text
        self.roc = roc  # bare years of the 民國 calendar are years (extract/roc_years.py)
        self._quarters_alone = quarters_alone  # 第3季 with no year is a quarter (writes_quarters_alone)
        self._article_starts = article_starts
        self._section_years: _SectionYears | None = None  # read only when a figure finds no period nearer
        self._paragraph_starts: dict[int, int] = {}  # sentence start -> the start of its paragraph
        self._reach: dict[int, int] = {}  # start of a sentence or paragraph -> the furthest end asked
        for claim in claims:
            self._reach[claim.sentence_start] = max(self._reach.get(claim.sentence_start, 0), claim.start)
        paragraph_start, previous = 0, 0
        for sentence_start in sorted(self._reach):
            # the last line break before the sentence, looked for only since the sentence before
            line_start = text.rfind("\n", previous, sentence_start) + 1
            if line_start > paragraph_start:
                paragraph_start = _list_heading_start(text, line_start)
            previous = sentence_start
            self._paragraph_starts[sentence_start] = paragraph_start
        for sentence_start, paragraph_start in self._paragraph_starts.items():
            self._reach[paragraph_start] = max(self._reach.get(paragraph_start, 0), sentence_start)
        self._stretches: dict[int, _Stretch] = {}

    def section_year(self, claim: Claim) -> str | None:
        """The year that scopes the section the claim's sentence is in (a heading's 2022年主要工作, a line opening with
        2023年，…), or None."""
        if self._section_years is None:
            self._section_years = _SectionYears(self._text, self._article_starts, self.roc)
        return self._section_years.at(claim.sentence_start)

    def paragraph_start(self, claim: Claim) -> int:
        """Where the claim's paragraph starts."""
        return self._paragraph_starts[claim.sentence_start]

    def window_of_the_paragraph_before(self, claim: Claim) -> str | None:
        """A bulletin's day window written in its first paragraph (2020年1月27日0-24时，全省新增确诊病例36例…) for
        a figure opening the next paragraph with a flow word and no time of its own (新增疑似病例38例，其中…): the
        new ones of the same day. Only where the paragraph is the claim's sentence's own start, the paragraph
        before opens with the window, and no article starts between them."""
        start = self._paragraph_starts[claim.sentence_start]
        if start != claim.sentence_start or not _OPENS_WITH_A_FLOW.match(self._text, start):
            return None
        before = max((p for p in self._paragraph_starts.values() if p < start), default=None)
        if before is None or any(before < a <= start for a in self._article_starts):
            return None
        stretch, matches = self._between(before, start)
        if not matches or matches[0].start() > _WINDOW_OPENING_REACH:
            return None
        window = _last_window(matches[:1])
        return window if window is not None and a_report_window(window) else None

    def period_of_the_whole_before(self, claim: Claim) -> str | None:
        """A paragraph opening with the parts of a figure before it (新增病例中，广州市12例…; 我省累计确诊的188例病例
        中，男性93例; 其中，…), as a feed writes each sentence on a line of its own: the parts are of the time of the
        paragraph before, its last period phrase, or of the one before a run of such paragraphs. Only where the
        claim's sentence opens with parts too, and no article starts between them."""
        start = self._paragraph_starts[claim.sentence_start]
        if not _OPENS_WITH_PARTS.match(self._text, start) or not _OPENS_WITH_PARTS.match(
            self._text, claim.sentence_start
        ):
            return None
        paragraphs = sorted({p for p in self._paragraph_starts.values() if p < start}, reverse=True)
        for (
            before
        ) in paragraphs:  # back over the paragraphs of other parts (确诊病例中，…；\n重症病例中，…) to the whole's
            if any(before < a <= start for a in self._article_starts):
                return None
            stretch, matches = self._between(before, start)
            if matches:
                return _last_period(stretch, matches, carried=True)
            if not _OPENS_WITH_PARTS.match(self._text, before):
                return None
            start = before
        return None

    def in_sentence(self, claim: Claim) -> tuple[str, list[re.Match[str]]]:
        """The phrases of the claim's sentence before it: (the stretch from the sentence's start, which
        may go on beyond the claim, and the phrases with offsets into it)."""
        return self._between(claim.sentence_start, claim.start)

    def before_sentence(self, claim: Claim) -> tuple[str, list[re.Match[str]]]:
        """The phrases of the claim's paragraph before its sentence, as in_sentence gives them."""
        return self._between(self._paragraph_starts[claim.sentence_start], claim.sentence_start)

    def _between(self, start: int, end: int) -> tuple[str, list[re.Match[str]]]:
        stretch = self._stretches.get(start)
        if stretch is None or end - start > len(stretch.text):
            stretch = self._stretches[start] = _Stretch(
                self._text[start : max(end, self._reach[start])], self.roc, self._quarters_alone
            )
        return stretch.text, stretch.phrases_before(end - start)


# a paragraph opening with the parts of a figure before it: 其中, or a noun phrase closed by 中 and a pause
# (重症病例中，我省累计确诊的188例病例中，); not a place or a setting (在三人的判决书中，: in, not among)
_OPENS_WITH_PARTS = compile_pattern(r"\s*(?:其中|(?![在于从])[^，,。；;：:\n]{1,20}中[，,：:])")
# a paragraph opening with a day's new ones (新增疑似病例38例), and how far into the paragraph before a window opens it
_OPENS_WITH_A_FLOW = compile_pattern(r"\s*(?:全省|全市|全区|全县|本市|本省)?新增")
_WINDOW_OPENING_REACH = 2

# a year alone, as a heading or a line's opening scopes a section with it (2023年, 2023 年, 2023年度, 2023年全年)
_A_YEAR = compile_pattern(rf"{_YEAR}(?:度|全年)?")
# a year, perhaps with its part, that a heading holds (2022年主要工作, 一、2023年工作回顾, 2023年上半年经济运行情况)
_YEAR_IN_HEADING = compile_pattern(_YEAR)
_A_DAY_MARK = compile_pattern(r"[日号时点]")
# how a year opens a line of its own and the section the line begins: 2023年，全市共有…
_OPENING_PAUSE = compile_pattern(r"\s?[，,]")


# the time of a report a story's lead names (《2023年全国民用运输机场生产统计公报》, 公布去年業績, 2024年上半年财报):
# a year or a part of one, then the report's name (lexicon/report_names.txt) within a few words
_REPORT_PERIOD = (
    rf"(?P<period>(?:{_YEAR}|今年|去年|上年|本年)(?:上半年|下半年|前三季度|{_QUARTER}|全年|度)?)"
    rf"[^，,。；;！？《》“”\n]{{0,24}}?(?:{lexicon.alternation(lexicon.word_list('report_names.txt'))})"
)


@cache
def _section_year_patterns(roc: bool) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A year alone, a year in a heading and a report's period, with the ROC's years where the text writes them:
    built once per script, not per text."""
    year_numeral = ROC_YEAR_NUMERAL if roc else YEAR_NUMERAL
    return (
        compile_pattern(_A_YEAR.pattern.replace(YEAR_NUMERAL, year_numeral)),
        compile_pattern(_YEAR_IN_HEADING.pattern.replace(YEAR_NUMERAL, year_numeral)),
        compile_pattern(_REPORT_PERIOD.replace(YEAR_NUMERAL, year_numeral)),
    )


class _SectionYears:
    """The years that scope the sections of a text: a heading that holds a year (2022年主要工作, 一、2023年工作回顾, a
    statistics communiqué's title 2021年某县国民经济和社会发展统计公报) scopes the figures after it up to the next
    heading with a period of its own or the next article; a line that opens with a year and a pause (2023年，全市共有
    …) scopes its section's lines after it up to the next heading, in a text of sections (under a numbered heading, 二、
    义务教育, or a heading within the body), and the 其中… lines after it in any text: in a story's paragraphs a year
    opening one (2009年，某某打电话…) is not the time of the next ones. A figure takes it only when neither its
    sentence nor its paragraph writes a period."""

    def __init__(self, text: str, article_starts: tuple[int, ...], roc: bool) -> None:
        self._text = text
        pattern = _period_pattern(False, roc)
        a_year, year_in, report_period = _section_year_patterns(roc)
        starts = sorted(set(article_starts))
        self._offsets: list[int] = []
        self._years: list[str | None] = []  # per line: the year reaching the lines after it
        self._part_years: list[str | None] = []  # per line: the year reaching a 其中… line after it
        heading_year: str | None = None
        line_year: str | None = None
        sectioned = False  # whether the lines are under a heading of a section (not only the article's headline)
        body_seen = False  # whether the article has had a line of its body
        next_article = 0
        for line_start, line_end in text_lines(text):
            while next_article < len(starts) and starts[next_article] <= line_start:
                # a new article: no section of the one before reaches it
                heading_year = line_year = None
                sectioned = body_seen = False
                next_article += 1
            line = text[line_start:line_end]
            if _a_heading(line):
                line_year = None
                sectioned = body_seen or _NUMBERED_HEADING.match(line) is not None
                periods = list(pattern.finditer(line))
                if periods:
                    # a year or a part of one (2023年上半年), not a day: a bulletin's heading dates the bulletin
                    # (2020年1月22日…疫情情况), not figures counted up to the day before
                    # nor a time compared with (与2019年同期同比增长70.68%, a page's short line read as a heading)
                    dated = next(
                        (
                            m.group()
                            for m in periods
                            if year_in.match(m.group())
                            and not _A_DAY_MARK.search(m.group())
                            and not m.group().endswith(_COMPARED_TIMES)
                        ),
                        None,
                    )
                    heading_year = dated
            else:
                if not body_seen and heading_year is None:
                    # the lead of a story on a report names the report's time (发布《2023年…统计公报》, 公布去年业绩):
                    # it scopes the story's figures that write no time of their own, as a heading's year does
                    report = report_period.search(line)
                    heading_year = report["period"] if report else None
                body_seen = True
                # 一、城乡火灾总体下降，…: a numbered section opening its own paragraph, its heading run into its text;
                # the year of the line before (2017年，全国…) reaches this first section too
                if not sectioned and _NUMBERED_HEADING.match(line) is not None:
                    sectioned = True
                    if self._years and self._years[-1] is None:
                        self._years[-1] = line_year
                opening = pattern.match(line)
                if opening is not None and _OPENING_PAUSE.match(line, opening.end()) is not None:
                    # 2023年，…: the year reaches on; 上半年，…: a time of its own ends the year's reach
                    line_year = opening.group() if a_year.fullmatch(opening.group()) else None
            self._offsets.append(line_end)
            self._years.append((line_year if sectioned else None) or heading_year)
            self._part_years.append(line_year or heading_year)

    def at(self, offset: int) -> str | None:
        """The year scoping a sentence that starts at `offset`: that of the lines ended before it."""
        i = bisect_right(self._offsets, offset) - 1
        if i < 0:
            return None
        line_start = self._text.rfind("\n", 0, offset) + 1
        if _PART_OPENER.match(self._text, line_start) is not None:
            return self._part_years[i]  # 其中普通小学49所: a part of the figures of the year before
        return self._years[i]


# a numbered heading of a section: 二、义务教育, （一）高质量发展, 第二章
_NUMBERED_HEADING = compile_pattern(
    r"\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[)）]|第[一二三四五六七八九十]+[章节部分])"
)


# a table's row (分地区 | 营业收入 | 占比): short and without punctuation, but no heading
_TABLE_ROW = compile_pattern(r"[|\t]")


def _a_heading(line: str) -> bool:
    """A line of its own that heads what follows: short, without sentence punctuation (2022年主要工作, 一、综合)."""
    return is_headline_like(line) and _TABLE_ROW.search(line) is None


# a heading a list of lines follows (…全省共报告法定传染病3344例。其中：), at the end of its line
_LIST_HEADING = compile_pattern(r"其中\s?[：:]\s*$")
# a line that is an item of a list: a label and a colon (乙类：2471例), or a number (1. / (2) / 三、)
_LIST_ITEM = compile_pattern(
    r"[ \t\u3000]*(?:[^\s，,。；;：:、]{1,10}[：:]|[0-9]{1,2}[.．、]"
    r"|[（(][0-9一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)"
)
_LIST_REACH = 40  # lines of a list looked back over for its heading


def _list_heading_start(text: str, line_start: int) -> int:
    """Where the paragraph of a line starts: the line itself, or, for an item of a list under a heading that
    ends with 其中： (…全省共报告法定传染病3344例。其中：\n甲类：0例。\n乙类：2471例…), the heading's line, whose
    period the items are of; and the line a sentence broken off mid-way started on (…新增确诊病例40例。其中：\n焦作市
    …; …漳州市1例；\n莆田市1例。): a page's line break inside a sentence ends no paragraph."""
    line_start = _start_of_the_broken_sentence(text, line_start)
    start = line_start
    for _ in range(_LIST_REACH):
        if start == 0 or _LIST_ITEM.match(text, start) is None:
            return line_start
        previous = text.rfind("\n", 0, start - 1) + 1
        if _LIST_HEADING.search(text, previous, start - 1) is not None:
            return previous
        start = previous
    return line_start


def _start_of_the_broken_sentence(text: str, line_start: int) -> int:
    """The start of the first of the lines before this one that each end mid-sentence (with ：；，、)."""
    for _ in range(_LIST_REACH):
        if line_start == 0:
            break
        previous = text.rfind("\n", 0, line_start - 1) + 1
        if _ENDS_MID_SENTENCE.search(text, previous, line_start - 1) is None:
            break
        line_start = previous
    return line_start


# a line that ends inside its sentence: a page's wrap, not a paragraph's end
_ENDS_MID_SENTENCE = compile_pattern(r"[：:；;，,、][ \t\u3000]*$")


class _Stretch:
    """A stretch of text and its period phrases, searched with the pattern of each cut of it asked for:
    the pattern with …开展以来, three times as slow, only for a cut that holds the phrase."""

    def __init__(self, text: str, roc: bool = False, quarters_alone: bool = False) -> None:
        self.text = text
        self._roc = roc
        self._quarters_alone = quarters_alone
        # where the first 开展以来 (or another event's 以来) ends, if any: a cut holds one when it holds the first
        since_launch = _SINCE_AN_EVENT.search(text)
        self._since_launch_end = since_launch.end() if since_launch is not None else None
        self._searches: dict[bool, tuple[list[re.Match[str]], list[int]]] = {}

    def phrases_before(self, cut: int) -> list[re.Match[str]]:
        """The phrases a search of text[:cut] alone finds."""
        since_launch = self._since_launch_end is not None and self._since_launch_end <= cut
        pattern = _period_pattern(since_launch, self._roc, self._quarters_alone)
        search = self._searches.get(since_launch)
        if search is None:
            found = list(pattern.finditer(self.text))
            search = self._searches[since_launch] = (found, [m.end() for m in found])
        found, ends = search
        kept = bisect_right(ends, cut - _READ_AHEAD)
        if kept == len(found) or found[kept].start() >= cut:
            return found[:kept]
        return found[:kept] + list(pattern.finditer(self.text, found[kept].start(), cut))


# a time in brackets right after a figure, its own: a back series (890例（3日）、731例（4日）), a table of years
# written inline (增长5.2%（2022年）), or the last part of a note on where and when a record was set
# (最大风力34.8米/秒(12级,南通市如东栟茶镇杨堡村,27日15时49分)); a day of the month alone (3日) is read too
_BRACKETED = compile_pattern(r"\s?[（(]\s?(?P<note>[^（）()。；;]{1,40}?)\s?[）)]")
_NOTE_PARTS = compile_pattern(r"[，,]")
_DAY_OF_MONTH = compile_pattern(rf"{_NUM}{{1,3}}\s?[日号]")


def _period_after(text: str, claim: Claim) -> str | None:
    bracket = _BRACKETED.match(text, claim.end)
    if bracket is None:
        return None
    time = _NOTE_PARTS.split(bracket["note"])[-1].strip()
    if time and (_DAY_OF_MONTH.fullmatch(time) or period_pattern(time).fullmatch(time)):
        return time
    return None


def _in_a_figures_note(stretch: str, match: re.Match[str]) -> bool:
    """The time is inside a note in brackets right after another figure (…米/秒(12级,…,27日15时49分)), that figure's
    own: no time of the figures after it."""
    opening = max(stretch.rfind("(", 0, match.start()), stretch.rfind("（", 0, match.start()))
    if opening < 0 or _CLOSING.search(stretch, opening, match.start()):
        return False
    return _FIGURE_ENDING.search(stretch, max(0, opening - _UNIT_REACH), opening) is not None


_CLOSING = compile_pattern(r"[)）]")
# a figure and its unit, up to a few characters (34.8米/秒, 81.2毫米), ending right before the note's bracket
_FIGURE_ENDING = compile_pattern(r"[0-9０-９][^\s，,。；;（()）0-9０-９]{0,4}\s?$")
_UNIT_REACH = 8


def _inside_a_period(text: str, claim: Claim) -> bool:
    start = max(claim.sentence_start, claim.start - 4)
    return any(
        m.start() <= claim.start and claim.end <= m.end()
        for m in period_pattern(text).finditer(text, start, claim.end + 2)
    )


def _last_period(
    stretch: str, matches: list[re.Match[str]], carried: bool = False, figure_at: int | None = None
) -> str | None:
    """The last of the period phrases found in a stretch of text (PeriodPhrases.in_sentence) that is not a
    baseline ("比上年增加": 上年 is what the figure is compared with, not its time). A phrase `carried`
    over from an earlier sentence is not one of how long a level has held (_HELD_FOR) or a stretch a total is
    over (_STRETCH: 24小时内即组建…, not the time of the sentence after it), nor 现有, which
    says its own figure is a stock (现有重症病例57例), not the time of the sentences after it
    (出院病例中，长沙市19例…: to date), nor 此前, an earlier event's time (此前确诊病例的密切接触者). Nor is the
    base a change starts from, for a figure after the change (`figure_at`: where the figure is in the stretch)."""
    scopes = [
        m
        for m in matches
        if not stretch.endswith(lexicon.word_list("comparison_words.txt"), 0, m.start())
        and not _a_base_to_change_from(stretch, m, figure_at)
        and not _a_ratios_base(stretch, m)  # also of the sentences before (find_period reads its own)
        and not _a_record(stretch, m)
        and not _in_a_figures_note(stretch, m)
        and not (
            carried
            and (
                _HELD_FOR.fullmatch(m.group()) or _STRETCH_WRITTEN.fullmatch(m.group()) or m.group() in _OWN_FIGURE_ONLY
            )
        )
        and not _a_compared_time_before(stretch, m, carried, figure_at)
        and not _held_for_in_another_clause(stretch, m, figure_at)
        and not _time_of_a_cause(stretch, m, figure_at)
    ]
    last = deque(_without_a_quarter_breakdown(scopes) if carried else scopes, maxlen=2)
    if not last:
        return None
    # 截至2月17日12时，重庆市现有在院确诊病例337例: "now" in a sentence that wrote its time is that time, also past
    # the "now" of the figures listed before it (截至1月31日24时，…，现有重症病例36例，现有危重病例5例)
    if last[-1].group() in NOW_WORDS:
        written = next((m for m in reversed(scopes) if m.group() not in NOW_WORDS), None)
        if written is not None and _UNTIL_PREFIX.match(written.group()):
            return written.group()
    return last[-1].group()


def _held_for_in_another_clause(stretch: str, match: re.Match[str], figure_at: int | None) -> bool:
    """How long a level has held, said in a clause of its own (已连续11天新增病例为0, 陕西连续14日无新增), is the
    time of that clause, not of a figure in a later clause (…，全省累计确诊病例174例: the sentence's 截至3月2日24时);
    alone before a break (连续3个月，全市新增城镇就业…) it opens the sentence and scopes what follows."""
    return (
        figure_at is not None
        and _HELD_FOR.fullmatch(match.group()) is not None
        and _CLAUSE_BREAK.match(stretch, match.end()) is None
        and _CLAUSE_BREAK.search(stretch, match.end(), figure_at) is not None
    )


def _time_of_a_cause(stretch: str, match: re.Match[str], figure_at: int | None) -> bool:
    """The time is of a cause told in a clause of its own (受7月份以来…等因素影响，第三产业用电量也持续回暖): the time
    the cause held, not of a figure outside that clause, nor of the sentences after it."""
    opening = _CAUSE_OPENING.search(stretch, max(0, match.start() - len(_CAUSE_OPENING_LONGEST)), match.start())
    if opening is None or opening.end() != match.start():
        return False
    closing = _CAUSE_CLOSING.match(stretch, match.end())
    if closing is None:
        return False
    return figure_at is None or figure_at >= closing.end()


# 受 (受到) right before the time, and the cause's 影响 ending its clause after it
# the words of a cause (受…影响, 受到…冲击), read here for a cause's time and by the subject step for its place
CAUSE_OPENERS = r"受(?:到|益于)?"
CAUSE_ENDINGS = r"影响|冲击|拖累|带动"
_CAUSE_OPENING = compile_pattern(CAUSE_OPENERS)
_CAUSE_OPENING_LONGEST = "受益于"
_CAUSE_CLOSING = compile_pattern(rf"[^，,。；;！？!?\n]{{0,40}}?(?:{CAUSE_ENDINGS})")


def _a_compared_time_before(stretch: str, match: re.Match[str], carried: bool, figure_at: int | None = None) -> bool:
    """The phrase is the time of a year before compared with (去年同期为15.15亿元), and the figure stands in a later
    clause or sentence (…，同比增长58.74%): that figure is of the time compared, the report's, not of the base's.
    So is a year before given its level in a clause of its own ("净利润增长12%，上年为3.1亿元；毛利率下降1.2个百分
    点": the 1.2 is the report's)."""
    if not (match.group().endswith("同期") or _YEAR_BEFORE_LEVEL.fullmatch(match.group() + stretch[match.end() :][:1])):
        return False
    return carried or figure_at is None or _CLAUSE_BREAK.search(stretch, match.end(), figure_at) is not None


_COMPARED_TIMES = ("同期", "同月")


# a year before and the word giving its level right after it (上年为, 去年末是)
_YEAR_BEFORE_LEVEL = compile_pattern(r"(?:上|去|前)年(?:末|底|度)?[为是]")


# after a time: more times listed, 的, and the figures of a ratio to it (1949年、1978年的48.7、1.2倍, 上年同期的95%)
_RATIO_NUMBER = r"[0-9０-９.．一二两三四五六七八九十百千万亿〇零点]+"
_RATIO_AFTER_A_TIME = compile_pattern(
    rf"(?:[、和与及][^，,。；;：:的]{{1,14}}?)*(?:同期)?的\s?{_RATIO_NUMBER}(?:\s?[、和]\s?{_RATIO_NUMBER})*\s?(?P<unit>倍|%|％|成)"
)
_RATIO_READ_PAST = 24  # characters past a figure that its list and unit may take (48.7、1.2倍)
_RATIO_VERB_REACH = 12  # characters between a verb of ratio and its time (是新中国成立初1949年的)
_CLAUSE_MARKS = "，,。；;：:！!？?"


def _a_ratios_base(stretch: str, match: re.Match[str]) -> bool:
    """The time is the level a ratio after it is taken against (是1978年的53.3倍, 分别是1949年、1978年的48.7、1.2倍,
    恢复到2019年同期的95%: lexicon/ratio_base_verbs.txt): the time of no figure, the ratio's nor those after it. A
    multiple needs no verb before its time; a percentage does (比2019年的50%提高 is a level of 2019, and 由上年的4.0%
    a base's level: base_figures_time and _a_base_to_change_from read those)."""
    ratio = _RATIO_AFTER_A_TIME.match(stretch, match.end())
    if ratio is None:
        return False
    if ratio["unit"] == "倍":
        return True
    before = stretch[max(0, match.start() - _RATIO_VERB_REACH) : match.start()]
    clause = before[max(before.rfind(mark) for mark in _CLAUSE_MARKS) + 1 :]
    return any(verb in clause for verb in lexicon.word_list("ratio_base_verbs.txt"))


def _a_base_to_change_from(stretch: str, match: re.Match[str], figure_at: int | None = None) -> bool:
    """The time is the base a change starts from (由上年的4.0:46.3:49.7调整为…, 从去年的12.5%提高到…:
    lexicon/period_base_openers.txt), and the figure, at `figure_at` in the stretch, comes after the change
    (调整为, 提高到, 下降至): a figure before it (由1月28日的最高点32.4%下降至…) is the base's; the sentences
    after it (None) are not."""
    return (
        stretch.endswith(lexicon.word_list("period_base_openers.txt"), 0, match.start())
        and _OF_THE_BASE.match(stretch, match.end()) is not None
        and (figure_at is None or _CHANGED_TO.search(stretch, match.end(), figure_at) is not None)
    )


# the end of a change from a base (调整为, 提高到, 下降至, 增至)
_CHANGED_TO = compile_pattern(r"[为到至]")


# a span up to now (20年来, 近十年来, 多年来, 自1978年以来, 近十年): the ones a record is counted over
_SPAN_TO_NOW = compile_pattern(rf".*来|近{_NUM}+年")


@cache
def _record_after() -> re.Pattern[str]:
    """What makes a span up to now a record, after it: other spans listed with it (35年来、20年来首次), then a
    record word (lexicon/record_words.txt)."""
    words = lexicon.alternation(lexicon.word_list("record_words.txt"))
    return compile_pattern(rf"(?:\s?[、和与及]\s?[^，,。；;、\s]{{1,10}}?来)*\s?(?:的|以来)?\s?(?:{words})")


def _a_record(stretch: str, match: re.Match[str]) -> bool:
    """The span is how rare the figure is (分别为35年来、20年来首次, 创近十年来新高), not the time it counts over; so
    is the year records began (為1969年有紀錄以來最低)."""
    if _SPAN_TO_NOW.fullmatch(match.group()) is not None and _record_after().match(stretch, match.end()) is not None:
        return True
    return _records_began_after().match(stretch, match.end()) is not None


@cache
def _records_began_after() -> re.Pattern[str]:
    """Since records began, then a record word (lexicon/record_words.txt), right after a year."""
    words = lexicon.alternation(lexicon.word_list("record_words.txt"))
    return compile_pattern(rf"\s?有[\u4e00-\u9fff]{{0,4}}?(?:纪录|记录|统计|资料)以来\s?的?\s?(?:{words})")


def _without_a_quarter_breakdown(scopes: list[re.Match[str]]) -> list[re.Match[str]]:
    """The phrases to carry without the quarters they end with, when two or more quarters in a row follow a span
    they break down: "前三季度国内生产总值…增长6.7%。分季度看，一季度…，二季度…，三季度增长6.7%。分产业看，第一产业
    增加值…" is of 前三季度, not of the last quarter listed. Quarters after no such span (一季度，…。二季度，…) each
    open a paragraph of their own, and the last one is carried."""
    run = 0
    while run < len(scopes) and _QUARTER_ALONE.fullmatch(scopes[-1 - run].group()):
        run += 1
    if run < 2 or run == len(scopes) or not _SPAN_OF_QUARTERS.fullmatch(scopes[-1 - run].group()):
        return scopes
    return scopes[:-run]


_QUARTER_ALONE = compile_pattern(_QUARTER)
# a span quarters break down: a year (2023年, 今年, 全年), its first or second half, its first three quarters
_SPAN_OF_QUARTERS = compile_pattern(rf"(?:今年|本年|去年|上年|{_YEAR})?(?:上半年|下半年|[前首]三季度|全年)?")


def _a_running_total(text: str, claim: Claim) -> bool:
    """The figure's sentence says, before it, that it is a running total (累计报告确诊病例中，…)."""
    return "cumulative" in aspect_markers_in(text[claim.sentence_start : claim.start])


# the end of a window of hours (0-24时, 12时至24时, 0时至10时, 8:00—15:00)
_ENDS_ON_THE_CLOCK = compile_pattern(rf"(?:{_CLOCK})$")


def a_report_window(period: str) -> bool:
    """A window of hours (1月26日0-24时, 2月3日12时至24时, 今天8时—1月28日15时): a bulletin's time for its new cases,
    not a span of days or months a running total may be summed over (10月1日至7日, 1-10月)."""
    return (
        not _UNTIL_PREFIX.match(period)
        and _SPAN.search(period) is not None
        and _ENDS_ON_THE_CLOCK.search(period) is not None
    )


@lru_cache(maxsize=4096)  # the aspect step compares a list's periods pair by pair; a page repeats its windows
def as_of_its_end(window: str) -> str:
    """A report window's end as an as-of time, the words written for it (2020年3月4日12-24时 -> 截至2020年3月4日24时,
    2月5日0时至12时 -> 截至2月5日12时, 3月18日8时至19日8时 -> 截至3月19日8时): a running total or a stock the window
    is no time of is counted as of its end; the window's own words, or the window itself when it ends no day."""
    split = _SPAN.search(window)
    if split is None:
        return window
    first, last = window[: split.start()], window[split.end() :]
    end = _POINT.fullmatch(last)
    if end is None or not (end["hour"] or end["clock_hour"]):
        return window
    if not end["day"]:
        day = _DAY_OF_A_POINT.match(first)
        return f"{UNTIL_WORD}{day.group()}{last}" if day else window
    if not end["month"]:
        month = _MONTH_OF_A_POINT.match(first)
        return f"{UNTIL_WORD}{month.group()}{last}" if month else window
    if not end["year"]:
        year = _EXPLICIT_YEAR.match(first)
        return f"{UNTIL_WORD}{year.group()}{last}" if year else f"{UNTIL_WORD}{last}"
    return f"{UNTIL_WORD}{last}"


# the date of a window's first end, to the day or to the month, as written (2020年3月4日, 22日; 2020年1月)
_DAY_OF_A_POINT = compile_pattern(rf"(?:[^日号]*?{_NUM}+\s?[日号])")
_MONTH_OF_A_POINT = compile_pattern(rf"(?:[^月]*?{_NUM}+\s?月)")


def a_window_of_new_figures(period: str) -> bool:
    """A window of hours (1月26日0-24时) or the day written before (当日, 当天): the time a bulletin's new figures are
    counted in, which a running total or a stock carried past its sentence is not of (extract/components/aspect.py)."""
    return period in _WRITTEN_DAY_WORDS or a_report_window(period)


def _totals_after_the_flow(stretch: str, window: str, claim: Claim) -> bool:
    """The figure is a running total (累计) after a flow (新增) the window opens, or a part in the brackets after such
    a total: the window is the flow's, not the total's (3月1日0-24时，全市累计接种疫苗5万剂次: no flow between, the
    window's)."""
    figure_at = claim.start - claim.sentence_start
    window_end = stretch.rfind(window, 0, figure_at) + len(window)
    # a part in the brackets after the total (累计确诊病例270例(含重症病例20例，…)) is of the total's time too
    bracket = max(stretch.rfind("(", window_end, figure_at), stretch.rfind("（", window_end, figure_at))
    if bracket >= 0 and max(stretch.rfind(")", bracket, figure_at), stretch.rfind("）", bracket, figure_at)) < 0:
        figure_at = bracket
    markers = aspect_markers_in(stretch[window_end:figure_at])
    return bool(markers) and markers[-1] == "cumulative" and "flow" in markers


def _dates_the_report(stretch: str, match: re.Match[str], claim: Claim) -> bool:
    """The phrase is a day that opens the sentence, and a reporting clause follows it (昨日，数据显示，…;
    11月20日，记者从省统计局了解到，…: lexicon/report_verbs.txt): it dates the report. So does a day in the
    sentence's opening clause right before the reporting verb (国家统计局今天发布, 行政院主計總處今天公布) for a rate
    or a change: a price index or a growth rate is of a month or a quarter, never of the day it is published;
    a count (22日通报，累计确诊317例) is as of that day."""
    if _A_DAY.fullmatch(match.group()) is None:
        return False
    if match.start() == 0:
        return _report_clause().match(stretch, match.end()) is not None
    return (
        claim.kind in _NEVER_OF_A_DAY
        and _CLAUSE_END.search(stretch, 0, match.start()) is None
        and _report_verb_right_after().match(stretch, match.end()) is not None
    )


# the kinds of figure a day of publishing cannot be the time of: they are of a month, a quarter, a year
_NEVER_OF_A_DAY = frozenset({"change", "percent", "rate"})


# a day, as a report is dated (昨日, 今天, 日前, 11月20日, 2021年9月2日), not a span (今年以来, 1-10月)
_A_DAY = compile_pattern(rf"(?:[0-9]{{4}}年)?(?:{_NUM}+月)?{_NUM}+[日号]|昨日|昨天|今日|今天|日前|近日")


@cache
def _report_clause() -> re.Pattern[str]:
    verbs = lexicon.alternation(lexicon.word_list("report_verbs.txt"))
    return compile_pattern(rf"\s?[，,]?\s?[^，,。；;！？]{{0,16}}?(?:{verbs})")


@cache
def _report_verb_right_after() -> re.Pattern[str]:
    """A reporting verb right after a day (今天发布, 今日上午公布, 昨天对外通报, 近日在京发布), a few words between."""
    verbs = lexicon.alternation(lexicon.word_list("report_verbs.txt"))
    return compile_pattern(rf"[^，,。；;！？：:\s]{{0,6}}?(?:{verbs})")


_CLAUSE_END = compile_pattern(r"[，,；;。！？!?]")


def _clause_start(stretch: str, end: int) -> int:
    """Where the clause that ends at `end` begins in a sentence's stretch: after its last ，；。 before `end`."""
    return max((m.end() for m in _CLAUSE_END.finditer(stretch, 0, end)), default=0)


def _a_flow(text: str, claim: Claim, after: int = 0) -> bool:
    """The nearest aspect marker before the figure in its sentence (from `after` characters into it) says a
    flow (全省新增密切接触者8人)."""
    markers = aspect_markers_in(text[claim.sentence_start + after : claim.start])
    return bool(markers) and markers[-1] == "flow"


def _last_window(matches: list[re.Match[str]]) -> str | None:
    """The last span of time among a stretch's period phrases that is not a 截至 moment (3月8日8时至9日8时,
    2月7日0-24时), or None."""
    windows = [m.group() for m in matches if not _UNTIL_PREFIX.match(m.group()) and _SPAN.search(m.group())]
    return windows[-1] if windows else None


def _last_until(matches: list[re.Match[str]]) -> str | None:
    """The last 截至 phrase of a stretch's period phrases (截至1月29日24时), or None."""
    untils = [m.group() for m in matches if _UNTIL_PREFIX.match(m.group())]
    return untils[-1] if untils else None


# the months of a period phrase: 前10个月 (the first ten), 1-10月, 10月份, 3月底 (its last day)
_MONTH_SPAN = compile_pattern(
    rf"[前首头](?P<count>{_NUM}+)个月|(?:(?P<first>{_NUM}+)月?[-—–至到])?(?P<last>{_NUM}+)月(?:份|(?P<end>底|末)|(?P<part>[上中下])旬)?$"
)
_FIRST_DAY_OF_THIRD = {"上": 1, "中": 11, "下": 21}  # of a month's 上旬, 中旬, 下旬
NOW_WORDS = ("目前", "现在", "眼下", "当前", "如今", "现有")
# said of their own figure only: 现有 (a stock now), 此前 (an earlier event's: 此前确诊病例的密切接触者)
_OWN_FIGURE_ONLY = ("现有", "此前")
_OF_PUBLICATION_YEAR = ("今年", "去年", "前年", "上年", "本年")
_UNTIL_PREFIX = compile_pattern(_UNTIL)
_THAT_DAY = compile_pattern(r"([日号])\s?(?:当天|当日)")
# one end of a day's span: 2020年1月20日12时30分, 20日, 24时, 12:00; the 时 of the first end of a span
# may be left to the second (0-24时)
_POINT = compile_pattern(
    rf"(?:(?P<year>[0-9]{{4}}|[〇零一二三四五六七八九]{{4}})\s?年\s?)?(?:(?P<month>{_NUM}+)\s?月\s?)?"
    rf"(?:(?P<day>{_NUM}+)\s?[日号]\s?)?"
    rf"(?:(?P<hour>{_NUM}{{1,3}})\s?(?P<mark>[时点])?(?:\s?(?P<minute>{_NUM}{{1,3}})\s?分)?"
    rf"|(?P<clock_hour>[0-9]{{1,2}})[:：](?P<clock_minute>[0-9]{{2}}))?"
)
_SPAN = compile_pattern(_RANGE)
# since a time: 自2020年2月22日9时起, 自3月3日开始, 自2023年7月启动以来
_SINCE = compile_pattern(r"[自从](?P<what>.+?)(?:起|开始|以来)")
_QUARTER_OF = compile_pattern(r"(?:第?([一二三四1-4])|首)季度?$")
_QUARTERS_FROM = compile_pattern(r"([一二三四1-4])\s?[-—–~～至到]\s?[一二三四1-4]季度$")
_EXPLICIT_YEAR = compile_pattern(r"([0-9]{4}|[〇零一二三四五六七八九]{4})\s?年")


@lru_cache(maxsize=4096)  # a feed's figures share a few periods each: 截至3月20日24时 for dozens
def period_dates(
    period: str, published: Date | None, anchor: Anchor | None = None, roc: bool = False
) -> tuple[str | None, str | None]:
    """A period phrase -> (start, end) ISO dates, None where unknown. A year or day written in the
    phrase needs nothing else (2023年, 2020年3月, 2020年1月20日); the others count from the
    publication date (今年以来, 昨日, 截至3月20日) or, without one, from the last year or day the text
    wrote before the figure (`anchor`). An hour written is kept: 2020-03-20T12:00, and T24:00 for
    the end of the day (ISO 8601), which a DATE column reads as that day. Years of the 民國 calendar are
    read as such (民国99年; 106年 where `roc`, of a text about Taiwan)."""
    try:
        return _period_dates(gregorian(period, roc), published, anchor)
    except ValueError:
        return None, None  # a figure that is no one number (六七月)


def _plan_dates(ordinal: str, part: str, published: Date | None) -> tuple[str | None, str | None]:
    """The dates of a part of a five-year plan (十四五: 2021-2025): all of it, its end (末: the last day, as 年末), its
    first year, its first years, or from its start to the publication date (以来)."""
    first = _FIRST_PLAN_YEAR + _PLAN_YEARS * _PLAN_ORDINALS.index(ordinal)
    last = first + _PLAN_YEARS - 1
    if part == "以来":
        return f"{first}-01-01", (published.isoformat() if published is not None else None)
    if part in ("末", "期末"):
        return f"{last}-12-31", f"{last}-12-31"  # the plan's end, as 2025年末 is a year's
    if part == "初":
        return f"{first}-01-01", f"{first}-12-31"
    if part.startswith("前"):
        return f"{first}-01-01", f"{first + _number(part[1]) - 1}-12-31"
    return f"{first}-01-01", f"{last}-12-31"


_THAT_MONTH = compile_pattern(r"月份?当月$")


def _period_dates(period: str, published: Date | None, anchor: Anchor | None) -> tuple[str | None, str | None]:
    years = _YEAR_RANGE_PARTS.fullmatch(period)
    if years:
        return f"{_number(years[1])}-01-01", f"{_number(years[2])}-12-31"
    week = _NUMBERED_WEEK.fullmatch(period)
    if week:
        try:
            monday = Date.fromisocalendar(int(week["year"]), int(week["week"]), 1)
        except ValueError:
            return None, None  # 第60周: no such week
        return monday.isoformat(), (monday + timedelta(days=6)).isoformat()
    across = _ACROSS_YEARS_WHOLE.fullmatch(period)
    if across:
        last_year = _number(across["to_year"])
        last_month = _number(across["to_month"]) if across["to_month"] else 12
        first_month = _number(across["from_month"]) if across["from_month"] else 1
        return (
            f"{_number(across['from_year'])}-{first_month:02d}-01",
            f"{last_year}-{last_month:02d}-{monthrange(last_year, last_month)[1]:02d}",
        )
    plan = _PLAN_PERIOD_WHOLE.fullmatch(period)
    if plan:
        return _plan_dates(plan["plan"], plan["part"], published)
    split = _SPLIT_YEAR_WHOLE.fullmatch(period)
    if split:
        first, start = _number(split["first"]), _SPLIT_YEAR_STARTS.get(split["term"], "04-01")
        end = Date.fromisoformat(f"{first + 1}-{start}") - timedelta(days=1)
        return f"{first}-{start}", end.isoformat()
    period = _THAT_DAY.sub(r"\1", period)  # 9日当天0-12时 is 9日0-12时
    if _BRACKETED_TODAY_WHOLE.fullmatch(period):  # 今（20）日 is 20日, 今天（2月6日） is 2月6日
        inside = _IN_THE_BRACKETS.search(period)
        period = f"{inside['day']}日" if inside is not None else period
    period = _THAT_MONTH.sub("月", period)  # 11月当月 is 11月
    period = on_the_clock(period)  # 下午3时至5时 is 15时至17时
    until = _UNTIL_PREFIX.match(period)
    if until:
        return None, period_dates(period[until.end() :], published, anchor)[1]  # 截至…: an end only
    named = _NAMED_DAY_HOURS.match(period)
    if named:
        # 昨晚24时, 今天8时—1月28日15时: hours from the named day, the day written before for 当日
        day = _named_day(named["day"], published, anchor)
        if day is None:
            return None, None
        return _day_dates(period[named.end() :], published, Anchor(day.year, day)) or (None, None)
    since = _SINCE.fullmatch(period)
    if since:
        return _since(since["what"], published, anchor), (published.isoformat() if published is not None else None)
    dated = _day_dates(period, published, anchor)
    if dated is not None:
        return dated
    relative = _relative_days(period, published, anchor)
    if relative is not None:
        return relative
    explicit = _EXPLICIT_YEAR.match(period)
    if explicit:
        year = _number(explicit.group(1))
    elif published is not None:
        year = published.year
        if period.startswith(("去年", "上年")):
            year -= 1
        elif period.startswith("前年"):
            year -= 2
    elif period.startswith(_OF_PUBLICATION_YEAR) or period in NOW_WORDS or period.startswith("近"):
        return None, None  # counted from a publication date not known
    elif anchor is not None and anchor.year is not None:
        year = anchor.year  # 1-10月, 上半年 in a text that wrote its year before
    else:
        return None, None
    today = published.isoformat() if published is not None else None
    if period in NOW_WORDS:
        return today, today
    if period.endswith(("以来", "起")) and (explicit or period.startswith(("今年", "去年", "本年"))):
        return f"{year}-01-01", today
    if "上半年" in period:
        return f"{year}-01-01", f"{year}-06-30"
    if "下半年" in period:
        return f"{year}-07-01", f"{year}-12-31"
    if "前三季度" in period or "首三季度" in period:
        return f"{year}-01-01", f"{year}-09-30"
    quarter = _QUARTER_OF.search(period)
    if quarter:
        last = 3 * _number(quarter[1]) if quarter[1] else 3  # 首季: the first
        run = _QUARTERS_FROM.search(period)
        first = 3 * _number(run[1]) - 2 if run else last - 2
        return f"{year}-{first:02d}-01", f"{year}-{last:02d}-{monthrange(year, last)[1]:02d}"
    if period.endswith("年初"):
        return f"{year}-01-01", f"{year}-01-01"  # a stock at the start of the year
    if period.endswith(("年底", "年末")):
        return f"{year}-12-31", f"{year}-12-31"  # a stock at the end of the year
    months = _MONTH_SPAN.search(period)
    if months:
        if months["count"]:
            first, last = 1, _number(months["count"])
        else:
            last = _number(months["last"])
            first = _number(months["first"]) if months["first"] else last
        if 1 <= first <= last <= 12:
            end = f"{year}-{last:02d}-{monthrange(year, last)[1]:02d}"
            if months["part"]:
                # 2月中旬: the 11th to the 20th, 下旬 to the month's end; 1-2月上旬: from 1 January to the
                # end of 2月上旬
                first_day = _FIRST_DAY_OF_THIRD[months["part"]]
                last_day = end if months["part"] == "下" else f"{year}-{last:02d}-{first_day + 9:02d}"
                start = f"{year}-{first:02d}-01" if months["first"] else f"{year}-{last:02d}-{first_day:02d}"
                return start, last_day
            return (end if months["end"] else f"{year}-{first:02d}-01"), end
    years_back = re.match(r"近(\d+|[一两二三四五六七八九十])年", period)
    if years_back and published is not None:
        return f"{year - int(parse_chinese_number(years_back.group(1)))}-{published:%m-%d}", today
    if explicit or period.startswith(_OF_PUBLICATION_YEAR):
        return f"{year}-01-01", f"{year}-12-31"
    return None, None


def _since(what: str, published: Date | None, anchor: Anchor | None) -> str | None:
    """The start of 自2020年2月22日9时起, 自2023年7月启动以来, 自今年以来: the day, month or year
    it opens with."""
    point = _POINT.match(what)
    if point is None or not point.group():
        return None
    if point["day"]:
        day = _first_day(point, published, anchor)
        return _stamp(day, point) if day is not None else None
    year = _number(point["year"]) if point["year"] else None
    if year is None and point["month"]:
        year = published.year if published is not None else anchor.year if anchor is not None else None
    if year is None:
        return None
    month = _number(point["month"]) if point["month"] else 1
    return f"{year}-{month:02d}-01" if 1 <= month <= 12 else None


def _day_dates(period: str, published: Date | None, anchor: Anchor | None) -> tuple[str, str] | None:
    """The dates of a day, a span of days or hours (1月20日0-24时, 10月22日至24日, 20日12时), else None
    when the phrase is not one or its year is not known."""
    span = _SPAN.search(period)
    first = _POINT.fullmatch(period[: span.start()] if span else period)
    second = _POINT.fullmatch(period[span.end() :]) if span else None
    if first is None or (span and (second is None or not second.group())):
        return None
    # an hour: its own 时 or 12:00, or the 时 of the span's second end (昨天0-24时)
    hour = first["mark"] or first["clock_hour"] or (second is not None and (second["mark"] or second["clock_hour"]))
    if not first["day"] and (first["month"] or not hour):
        return None  # a month (1-10月) or a year: not a day
    day = _first_day(first, published, anchor)
    if day is None:
        return None
    start = _stamp(day, first)
    if second is None:
        return start, start  # a day, or a moment (1月20日12时: the figures as of then)
    month = _number(second["month"]) if second["month"] else day.month
    other = _valid_date(day.year, month, _number(second["day"])) if second["day"] else day
    if other is None:
        return None
    return start, _stamp(other, second)


def _first_day(point: re.Match[str], published: Date | None, anchor: Anchor | None) -> Date | None:
    """The day of a phrase's first point: its year, month and day as written, the rest from the
    publication date (12月31日 in a report of 2 January is last year's) or else from the days and
    years written before."""
    known = anchor.day if anchor is not None and anchor.day is not None else published
    if not point["day"]:
        return known  # 截止8时: that hour of the day published
    number = _number(point["day"])
    if point["month"] is None:  # 截至20日: of the month of the day written before, or published
        if known is None:
            return None
        day = _valid_date(known.year, known.month, number)
        if published is not None and (day is None or day > published):
            before = known.replace(day=1) - timedelta(days=1)  # 截至29日 in a report of 2 February
            day = _valid_date(before.year, before.month, number)
        return day
    month = _number(point["month"])
    if point["year"]:
        return _valid_date(_number(point["year"]), month, number)
    if published is not None:
        return in_year_of(published, month, number)
    if anchor is not None and anchor.year is not None:
        return _valid_date(anchor.year, month, number)
    return None


# A day written without its year is the publication's year, unless that puts it more than this many
# days after publication: then it is last year's (12月31日 in a paper of 2 January). Nearer days
# ahead are plans and schedules (2月9日…将出发 in a paper of 8 February).
_DAYS_AHEAD = 183


def in_year_of(published: Date, month: int, number: int) -> Date | None:
    day = _valid_date(published.year, month, number)
    if day is not None and (day - published).days > _DAYS_AHEAD:
        return _valid_date(published.year - 1, month, number)
    return day


def _relative_days(period: str, published: Date | None, anchor: Anchor | None) -> tuple[str, str] | None:
    """A named day (今日, 昨晚 from the publication date; 当日 and 同日 the day written before), 本月, 上月."""
    if period in _NAMED_DAYS:
        day = _named_day(period, published, anchor)
        return (day.isoformat(), day.isoformat()) if day is not None else (None, None)
    if period in ("本周", "当周", "上周", "上一周"):
        if published is None:
            return None, None
        monday = published - timedelta(days=published.weekday() + (7 if period.startswith("上") else 0))
        return monday.isoformat(), (monday + timedelta(days=6)).isoformat()
    if period not in ("本月", "上月"):
        return None
    if published is None:
        return None, None
    first = published.replace(day=1)
    if period == "上月":
        first = (first - timedelta(days=1)).replace(day=1)
    last = first.replace(day=monthrange(first.year, first.month)[1])
    return first.isoformat(), last.isoformat()


# a named day before its hours: 昨晚24时, 今天8时—1月28日15时, 当日0时至12时
_NAMED_DAY_HOURS = compile_pattern(rf"(?P<day>{_NAMED_DAY})\s?(?=[0-9０-９一二两三四五六七八九十])")


def _named_day(word: str, published: Date | None, anchor: Anchor | None) -> Date | None:
    """The day a named day is: so many days from the publication date (今天, 昨晚), or the day written before
    (当日), the publication date when none was."""
    days = _NAMED_DAYS[word]
    if days is None:
        return anchor.day if anchor is not None and anchor.day is not None else published
    return published + timedelta(days=days) if published is not None else None


def _stamp(day: Date, point: re.Match[str]) -> str:
    """A day, with its time when an hour is written (T24:00: the end of the day)."""
    hour = point["hour"] or point["clock_hour"]
    if hour is None:
        return day.isoformat()
    minute = point["minute"] or point["clock_minute"] or "0"
    h, m = _number(hour), _number(minute)
    if not (0 <= h <= 24 and 0 <= m <= 59) or (h == 24 and m):
        return day.isoformat()
    return f"{day.isoformat()}T{h:02d}:{m:02d}"


def _valid_date(year: int, month: int, day: int) -> Date | None:
    try:
        return Date(year, month, day)
    except ValueError:
        return None


_CHINESE_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}


def _number(written: str) -> int:
    """A month's, day's or hour's figure: 12, １２, 十二; a year written digit by digit (二〇二〇)."""
    if written.isdigit():
        return int(written)
    if len(written) == 4 and all(c in _CHINESE_DIGITS for c in written):
        return int("".join(str(_CHINESE_DIGITS[c]) for c in written))
    return int(parse_chinese_number(written))


def _parse_date(value: str | None) -> Date | None:
    if not value:
        return None
    try:
        return Date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
