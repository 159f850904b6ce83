"""Quantity expressions: a numeral with its qualifier and unit ("约6.7万人", "1000余名", "80%以上").

One regular expression, built from the lexicon files, finds them; `read_quantity` turns a match
into a `Quantity` (value with scale applied, range, unit, qualifier, kind from the unit). Whether
a quantity is a claim at all (dates, ordinals, names) is decided later, by the pipeline.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from math import isfinite
from typing import NamedTuple

from extract import lexicon
from extract.graded_scales import GRADE, grades_a_scale
from extract.numbers import (
    CHINESE_DIGITS,
    NumberValue,
    is_bare_one,
    normalise_numeral,
    parse_chinese_number,
    parse_discount,
    parse_number,
    parse_share,
    scaled,
)
from extract.pattern_cache import compile_pattern

# thousands grouped by a comma (38,187) or, as Macau's and Hong Kong's government write them, by a space (共有7 897人,
# 大麻2 874.8公斤; a journal's 公路密度为5 221 km/万km2): a space only between groups of three right before the unit
# (a Latin one perhaps after a space) or the decimals, not between the columns of a table row (12 345 678)
_AR = (
    r"(?:(?<![0-9０-９])[0-9０-９]{1,3}(?:[ \u00a0\u2009][0-9０-９]{3})+"
    r"(?=(?:[.．][0-9０-９]+)?(?:[\u4e00-\u9fff%％]|[ \u00a0]?[A-Za-zμ]))"
    r"|[0-9０-９]+(?:[,，][0-9０-９]{3})*)(?:[.．][0-9０-９]+)?"
)
# Chinese numerals, with the Traditional 萬 億 兩 (numbers.normalise_numeral reads them)
_CN = r"[〇零一二两兩三四五六七八九十百千万萬亿億]"


def _no_unit_begun(head: str) -> str:
    """A lookahead that fails where `head` is the first character of a unit of the lexicon written after
    it (千伏, 千字节, 百分点, 大卡): there the character is the unit's, not a scale word or 大 of the figure."""
    rests = [surface.removeprefix(head) for surface in lexicon.units() if surface.startswith(head) and surface != head]
    return f"(?!{lexicon.alternation(rests)})" if rests else ""


# 千 and 百 that begin a unit are the unit's, not the number's: 500万千瓦, 5千克, 150千公顷, 500千伏, 0.5百分点;
# but a digit's place after a larger place's digit is the number's (1万2千公顷 is 12000 公顷, 3千5百平方米)
_PLACE_AFTER = r"[0-9０-９一二三四五六七八九两兩]"
_THOUSAND_IN_NUMBER = rf"(?:(?<=[万萬亿億]{_PLACE_AFTER})千|千{_no_unit_begun('千')})"
_HUNDRED_IN_NUMBER = rf"(?:(?<=[千万萬亿億]{_PLACE_AFTER})百|百{_no_unit_begun('百')})"
# 点 between Chinese digits is a decimal point (一点二, 百分之三点五), and so is a point (四十三.一件, as Taiwan's
# police write rates)
_DECIMAL_POINT = r"(?:[点點]|(?<=[〇零一二三四五六七八九十])[.．])(?=[〇零一二三四五六七八九])"
# 两 after an Arabic digit is the weight (3两), not a numeral
# 几 as a digit: after 十 (十几, 三十几万) or before a scale word (几十, 几百万); 几个 is no figure
_JI_IN_NUMBER = r"(?<=十)几|几(?=[十百千万萬亿億])"
# 兆 is 10^12 where Taiwan and Hong Kong write money (1兆6,951億元) — before a figure, a smaller
# scale word or a currency only: 兆瓦, 兆帕, 百兆宽带 are mega-, a unit's prefix
_TRILLION = r"兆(?=[0-9０-９〇零一二两兩三四五六七八九十百千万萬亿億元]|美元|日元|新台币|台币|港元|港币|韩元)"
_CN_IN_NUMBER = (
    rf"(?:[〇零一二三四五六七八九十万萬亿億]|(?<![0-9０-９])[两兩]|{_HUNDRED_IN_NUMBER}|{_THOUSAND_IN_NUMBER}|{_DECIMAL_POINT}"
    rf"|{_JI_IN_NUMBER}|{_TRILLION})"
)
# the capital numerals of amounts written out (人民币叁万伍仟元整): a run of them on its own, never
# mixed with other digits, and two characters at least or one before 元 — 伍 and 陆 alone are mostly
# in words (队伍, 大陆), and a figure that follows such a word must stay a figure of its own
_CAPITAL_DIGITS = "壹贰貳叁參叄肆伍陆陸柒捌玖拾"
_CAPITAL = (
    rf"[{_CAPITAL_DIGITS}][{_CAPITAL_DIGITS}佰仟零〇万萬亿億]+"
    rf"|[{_CAPITAL_DIGITS}](?=元)"
)
_NUM = (
    rf"(?:[数上几](?=[十百千万亿])(?!百分之))?(?:{_AR}|{_CN_IN_NUMBER})"
    rf"(?:{_AR}|{_CN_IN_NUMBER}|[ \t\r\n\u3000]{{1,4}}(?=[万亿]))*"
)
# a dash between two figures is a range when it has no space around it or a space on each side
# (2-3, 2 - 3); a dash after a space or tab alone is the next figure's minus sign: the cells of a
# table row ("17500\t-12.5%", "75.17 -5.1") are two figures, not a range
# and two Chinese digits in a row with a 、 between, the scale written after the second (二、三百元, 五、六十人)
_RANGE = (
    rf"{_NUM}(?:(?:\s*(?:至|到|~|～)\s*|[-－—–]|[ \u3000]+[-－—–][ \u3000]+"
    rf"|(?<=[一二两三四五六七八九])、(?=[二三四五六七八九][十百千万])){_NUM})?"
)
# fractions and the words for a share: 百分之六七十, 三分之一, 一半, and (in the pattern, which adds
# the words they must not begin) 半成 (half a tenth: 5%) and 对折 (a half-price discount). 1/3 is a
# fraction where no digit, point or slash touches it and no unit follows (3/4个 is two figures,
# 2024/11/28 a date): the pattern adds that unit test. 三成 and 8折 are a number and a unit
# (units.tsv), so that they take qualifiers, ranges and decimals as others do. Taiwan's papers write a fraction's
# numbers in Arabic digits (補助3分之1, 2分之1): a fraction too.
_FRACTION = (
    rf"(?:百分之|百份之|千分之|万分之|萬分之){_NUM}|{_CN}+分之{_CN}+"
    r"|(?<![0-9０-９.．])[0-9０-９]+分之[0-9０-９]+(?![0-9０-９.．])"
    r"|(?<!另)一半(?![儿天径夜导岛])"
    r"|百分百"  # 出租率錄近百分百: all of it, as people say it (百分之百)
)
_ARABIC_FRACTION = r"(?<![0-9０-９.．/／])[0-9０-９]+[/／][0-9０-９]+(?![0-9０-９.．/／%％‰])"
# 一吨半, 两米半, 三成半, 一年半, 一块半, 三岁半: a half after a unit of measure, duration, money or age
# (or 成) adds half of it; not after a count word (三个半 is no figure, 一个半月 is read below) nor
# before a word that 半 begins (半径, 半导体, 半价)
_HALF_KINDS = ("measure", "duration", "money", "age")
_HALF = r"半(?![径岛导壁边夜山数载价身空球场封])"
# 一个半月, 两个半小时, 8个多小时: a half or 多 (over) comes between 个 and the unit of time
_BETWEEN = r"个(?P<between>[半多])(?=月|小时|钟头|星期|工作日)"
# money in two units: 五元三角 5.3 元, 3元5角6分, 两美元又三美分 2.03 美元, 10元零5分
_DIGIT = r"[1-9１-９一二两三四五六七八九]"
_CENTS = (
    rf"(?<=[元块钱])又?零?(?:(?P<jiao>{_DIGIT})(?:角|毛)(?![星形度落色巾衣笔病泽线发皮重利主])"
    rf"(?:(?P<fen>{_DIGIT})分(?![钟之析别配类享红数局厘子公布批期]))?钱?"
    rf"|(?P<fen_only>{_DIGIT})分钱?(?![钟之析别配类享红数局厘子公布批期]))"
    rf"|(?<=美元)又?零?(?P<us_cents>[1-9][0-9]?|[一二两三四五六七八九十]{{1,3}})美分"
)
_DOUBLING = r"翻了?(?P<doublings>[一两二三四1234])番|翻了?番"
# spoken prices: 三块五 is 3.5 元, 两块八毛 2.8 元 (a digit after 块 counts tenths, unless a unit or
# another numeral follows it and it starts a figure of its own)
_DIMES = r"(?<=块)[一二三四五六七八九](?:毛钱?|角)?(?![0-9〇零一二两三四五六七八九十百千万亿个名位块元斤人只件户])"
# Hong Kong's, Macau's and Taiwan's shares in tenths of a tenth: 減一成三 is 13%, 九成五 95%, 近9成7 97% (a digit
# after 成 that ends the figure: not 一成三个月, 三成五十)
_TENTHS_OF_CHENG = r"(?<=成)[一二三四五六七八九1-9](?=[^\u4e00-\u9fff0-9〇零]|的|左右|$)"
_DOUBLINGS = {"一": 1, "1": 1, "两": 2, "二": 2, "2": 2, "三": 3, "3": 3, "四": 4, "4": 4}
_CHINESE_ONLY = compile_pattern(
    rf"(?:[数上几])?(?:{_CN}|[点點几兆])+(?:\s*(?:至|到|~|～|-|－|—|–)\s*{_CN}+)?|[{_CAPITAL_DIGITS}佰仟零〇万萬亿億]+"
)
_BARE_SCALE = compile_pattern(r"[十百千万萬亿億]+")
_LARGE_SCALE = compile_pattern(r"[万萬亿億]")
_MINUS = "-－−"
# …and the words joining two figures (-85.9%和-97.8%: no dash of a range follows 和)
_BEFORE_A_SIGN = set("为是：:（(，,、 \t\n　至到和及与或")
# 负 is a minus sign before a figure (负3.9%, 负0.2千米), not after 胜 (胜负) nor in 抱负, 自负, 辜负
_NEGATIVE_WORD = r"(?<![胜正抱担肩背欺自辜])负(?=[0-9０-９〇零一二两三四五六七八九十百千万亿]|百分之)"
_HAN = compile_pattern(r"[\u4e00-\u9fff]")
# a dash with a figure this close before it joins two figures (11月龄-85岁): a minus needs more room
_DASH_REACH = 3
_NUMERAL_CHARACTER = compile_pattern(r"[0-9０-９〇零一二两三四五六七八九十百千万亿]")
_WORD_OR_FIGURE = compile_pattern(r"[\u4e00-\u9fff0-9０-９]")
# words of which a numeral character is only a part: 近 in 附近, 约 in 节约
_DENOMINATOR_KINDS = ("measure", "duration", "count")
_CHANGE_UNITS = ("倍",)
# the kinds of unit before which 一 is the figure 1 (一吨, 一美元) rather than the article
_ONE_KINDS = ("measure", "money")
# the kinds of figure 负 can make negative (负3.9%, 负0.2千米); 负2场 in a sports report is two lost
_SIGNED_KINDS = ("percent", "change", "money", "measure", "rate", None)
# a verb between a qualifier and its number: 约为1200亿元, 约有300亩, 超过了50亿元, 大约在3000元
_QUALIFIER_LINKS = "达到|为|有|达|是|在|了"
# the characters that make a qualifier the end of a word before it (附近, 签约, 合约, 违约, 高超), not a qualifier
_BEFORE_BLOCKERS = {"近": "附最将靠临就接", "约": "节签制预公契条履邀特相违婚租缔践守赴失如毁解续立隐", "超": "高"}
# 合约 (a contract: 买卖合约3893份) is a word, but 折合约 is 折合 and an approximate figure (折合约3000元); a trade
# surplus 出超 and deficit 入超 are words (對美出超八五四億美元 is 854, not over it), but 支出超70% is an outlay over
# 70% and 收入超30亿元 an income over 3 billion
_AFTER_A_WORD = {
    "约": "(?<!(?<!折)合)",
    "超": "(?<!(?<![支输产付流售卖调])出)(?<!(?<![收输投流进纳录引加深])入)",
}
# 破 alone is "over" only before a scale word, bare or after digits (保费破万亿元, 破百亿, a headline's
# 全年消費投訴破4萬宗, 快递业务量破10亿件): before a figure without one it solves cases or breaks records
# (破积案40起, 破26项纪录), and the verbs it ends (侦破, 攻破, 识破) are no qualifier
_BEFORE_BLOCKERS["破"] = "侦攻识看打击"
_ONLY_BEFORE = {"破": "(?=[百千万萬亿億]|[0-9０-９]+(?:[.．][0-9０-９]+)?[百千万萬亿億])"}


# a NamedTuple, not a frozen dataclass: built by the hundred per page, and twice as fast to build
class Quantity(NamedTuple):
    start: int
    end: int
    mention: str
    numeral: str
    value: float
    value_high: float | None
    unit: str  # canonical unit, scale removed (元 for 万元); "" when none is written
    unit_surface: str
    kind: str | None  # from the unit: count money measure temperature duration age percent change date
    qualifier: str | None
    chinese: bool  # written in Chinese numerals only
    big: bool  # "5大项", "十大行动": a rhetorical count


def _unit_alternation(units: dict[str, lexicon.Unit]) -> str:
    """The units as one regex, the longest that fits winning, each with what may not follow it: its
    not_before characters (口 not in 口罩), and for a Latin symbol another letter or a digit (m is
    no metre in 10ms, g none in 5G). Written as a tree of shared beginnings (美元|美金 as 美(?:元|金)):
    hundreds of units in a flat alternation would each be tried in turn at every number."""
    tree: dict = {}
    for surface, entry in units.items():
        node = tree
        for character in surface:
            node = node.setdefault(character, {})
        guard = f"(?![{re.escape(entry.not_before)}])" if entry.not_before else ""
        guard += _not_before(surface)  # the words it begins (lexicon/unit_not_before.tsv: 成员 after 成)
        if surface[-1].isascii() and surface[-1].isalnum():
            guard += "(?![A-Za-z0-9])"
        node[""] = guard
    return _tree_regex(tree)


def _tree_regex(node: dict) -> str:
    # the longer units first (a child), the unit that ends here last: 个百分点 before 个
    branches = [re.escape(character) + _tree_regex(child) for character, child in sorted(node.items()) if character]
    if "" in node:
        branches.append(node[""])
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


@cache
def quantity_pattern() -> re.Pattern[str]:
    units = _unit_alternation(lexicon.units())
    signs = lexicon.alternation(list(lexicon.currency_signs()))
    quals = lexicon.qualifiers()
    before = "|".join(
        f"(?<![{_BEFORE_BLOCKERS[w]}]){_AFTER_A_WORD.get(w, '')}{re.escape(w)}{_ONLY_BEFORE.get(w, '')}"
        if w in _BEFORE_BLOCKERS
        else re.escape(w)
        for w in sorted(quals["before"], key=len, reverse=True)
    )
    after = lexicon.alternation(list(quals["after"]))
    # 多 that begins a unit (多米尼加比索, 多布拉) is the unit's, not "over" (5000多米 is over 5000 metres)
    begun_by_a_qualifier = [surface for surface in lexicon.units() if surface.startswith(tuple(quals["after"]))]
    after_not_a_unit = f"(?!{lexicon.alternation(begun_by_a_qualifier)})" if begun_by_a_qualifier else ""
    trailing = lexicon.alternation(list(quals["trailing"]))
    # a word a trailing qualifier's characters begin (36个多媒体教室, 20个多功能厅) is the noun's, no "over"
    trailing_words = f"(?!{lexicon.alternation(lexicon.word_list('qualifier_lookalike_words.txt'))})"
    # a rate written with a slash after its unit (3.5元/斤, 38微克/立方米, 690公斤/亩)
    # 日 is a date as a unit of its own (25日) but a day after a slash (80吨/日)
    per_units = lexicon.alternation(
        [u for u, e in lexicon.units().items() if e.kind in _DENOMINATOR_KINDS or u == "日"]
    )
    # the last characters of the units a half can follow, less those that also end a count word
    # (个 ends counts only, 斤 a measure: 一斤半): a one-character class, so the test costs nothing
    kinds: dict[str, set[str]] = {}
    for surface, entry in lexicon.units().items():
        kinds.setdefault(surface[-1], set()).add(entry.kind)
    half_after = "".join(sorted(c for c, k in kinds.items() if k & set(_HALF_KINDS) and not k - {*_HALF_KINDS, "date"}))
    half_after += "成"  # 三成半: 35%
    # a unit written from its slash (/10万): a figure before it is no fraction (8/10万 is no 8/10 and 万)
    slash_units = lexicon.alternation([surface for surface in lexicon.units() if surface.startswith(("/", "／"))])
    return compile_pattern(
        rf"(?:(?P<before>{before})(?:{_QUALIFIER_LINKS})?)?"
        rf"(?:(?P<currency>{signs})[ \t]?)?(?P<sign>[-－−]|{_NEGATIVE_WORD})?"
        rf"(?:(?P<fraction>{_FRACTION}|半成{_not_before('成')}|对折{_not_before('折')}"
        rf"|(?![0-9０-９]+(?:{slash_units})){_ARABIC_FRACTION}(?!\s*(?:{units})))|(?P<doubling>{_DOUBLING})"
        rf"|(?P<num>{_RANGE}|{_CAPITAL})(?P<after>{after_not_a_unit}(?:{after}))?"
        rf"(?P<scale>(?:[十万萬亿億]|{_HUNDRED_IN_NUMBER}|{_THOUSAND_IN_NUMBER}){{0,2}})"
        rf"(?P<big>大(?![道街厦桥]|关(?!键)){_no_unit_begun('大')}(?=[\u4e00-\u9fff]|$))?"
        rf"(?:[ \t\r\n\u3000]{{0,4}}(?P<halfway>{_BETWEEN})?(?P<unit>{units})"
        rf"(?P<half>(?<=[{half_after}]){_HALF})?(?:[/／](?P<per_scale>[0-9]{{1,4}}[十百千万萬]?|[十百千万萬])?(?P<per>{per_units}))?"
        # the parts of a money unit after it, tried only where a unit was and a digit follows: 3元5角,
        # 三块五
        rf"(?:(?=[又零1-9１-９一二两三四五六七八九])(?:(?P<cents>{_CENTS})|(?P<dimes>{_DIMES}|{_TENTHS_OF_CHENG})))?)?)"
        rf"(?:{trailing_words}(?P<trailing>{trailing}))?"
    )


def _not_before(unit: str) -> str:
    """A lookahead that fails where one of the words the unit begins goes on (成员 after 成)."""
    words = [word.removeprefix(unit) for word in _words_begun().get(unit, [])]
    return f"(?!{lexicon.alternation(words)})" if words else ""


@cache
def _words_begun() -> dict[str, list[str]]:
    """Unit -> the words it begins (lexicon/unit_not_before.tsv), read once: the pattern asks for each of
    its hundreds of units, and reading the file each time was a sixth of a second of the first claim."""
    begun: dict[str, list[str]] = {}
    for written, word in lexicon.rows("unit_not_before.tsv"):
        begun.setdefault(written, []).append(word)
    return begun


@cache
def quantity_start() -> re.Pattern[str]:
    """The characters a quantity expression can start with: a digit, a Chinese numeral, 数/上/几,
    翻, 半, 对, 负, a capital numeral, the first character of a qualifier written before the number
    (约, 超过, 不足) or of a currency sign (US$, €)."""
    firsts = set(_CN[1:-1] + "0123456789０１２３４５６７８９数上几翻半对负" + _CAPITAL_DIGITS + _MINUS)
    firsts.update(word[0] for word in lexicon.qualifiers()["before"])
    firsts.update(sign[0] for sign in lexicon.currency_signs())
    # escaped: a - or $ unescaped between two others would make a range of every character between
    return compile_pattern("[" + "".join(re.escape(first) for first in sorted(firsts)) + "]")


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity expression in text, in order, not overlapping: what
    `quantity_pattern().finditer(text)` finds, but the pattern is tried only where a quantity can
    start. Most characters cannot, and the regex engine would try its long pattern at every one."""
    out = []
    next_start, match_at = quantity_start().search, quantity_pattern().match
    position = last_end = 0
    tallies = _MEDAL_TALLY.search(text) is not None  # looked for once: most texts have no medals
    while (start := next_start(text, position)) is not None:
        if tallies and (tally := _MEDAL_TALLY.match(text, start.start())):
            out.extend(_medals(tally))  # 共收获55金39银28铜: the medals of each colour, counted
            position = last_end = tally.end()
            continue
        match = match_at(text, start.start())
        if match is None:
            position = start.start() + 1
            continue
        quantity = (
            read_quantity(match.group(), match.start())
            or _bare_scale_of_money(text, match)
            or _one_after_a_change(text, match)
            or _cents_after_a_currency(text, match.start())
        )
        if match.group()[0] in _MINUS and not _minus_allowed(text, match.start(), last_end, quantity):
            position = match.start() + 1  # 0731-84802117, 2007年-2009年: a dash, not a sign
            continue
        if quantity is None and match.group()[0] == "负":
            position = match.start() + 1  # 负2场 (lost two games): no negative count, the count alone
            continue
        if "\n" in match.group() and _OPENS_THE_NEXT_LINES_WORDS.match(text, match.end()):
            # a figure broken across a printed page's column (新建驿站16\n处。) ends where its unit does; a unit
            # that opens the next line's words is none (公告编号:临2016-010\n本公司董事会…: a code, then 本公司)
            position = match.start() + 1
            continue
        # value 1 first: the one test most figures fail, without a call
        if quantity is not None and not (quantity.value == 1 and _article_before_a_noun(text, quantity)):
            out.append(quantity)
        position = last_end = max(match.end(), quantity.end if quantity is not None else 0)
    return out


_OPENS_THE_NEXT_LINES_WORDS = compile_pattern(r"[\u4e00-\u9fffA-Za-z0-9]")


def _one_after_a_change(text: str, match: re.Match[str]) -> Quantity | None:
    """一 and a count word right after a verb of change, closing its clause (比二〇二一年的六宗减少一宗。,
    较上年增加一个，): the change by one, no article (增加一个项目 adds a project)."""
    written = match.group()
    if (
        not written.startswith(_ONE)
        or _CLAUSE_CLOSE.match(text, match.end()) is None
        or _change_verb_right_before().search(text, max(0, match.start() - 4), match.start()) is None
    ):
        return None
    one = read_quantity("1" + written[len(_ONE) :], match.start())
    if one is None or one.kind != "count":
        return None
    return one._replace(end=match.end(), mention=written, numeral=_ONE, chinese=True)


_ONE = "一"
_CLAUSE_CLOSE = compile_pattern(r"[，,。；;！!？?）)\n]|$")


@cache
def _change_verb_right_before() -> re.Pattern[str]:
    return compile_pattern(rf"(?:{lexicon.change_verbs()})了?$")


# a sports tally of medals, gold and silver at least (55金39银28铜, 112金61银49.5铜: half medals of shared places)
_MEDAL_TALLY = compile_pattern(
    r"(?P<金>[0-9]+(?:\.5)?)金(?P<银>[0-9]+(?:\.5)?)银(?:(?P<铜>[0-9]+(?:\.5)?)铜)?(?![0-9\u4e00-\u9fff]{0,1}牌)"
)


# each colour of a tally, as its unit, and the medals it counts
MEDALS = {"金": "金牌", "银": "银牌", "铜": "铜牌"}


def _medals(tally: re.Match[str]) -> list[Quantity]:
    """The count of each colour in a tally, its unit the colour as written (金, 银, 铜)."""
    out = []
    for colour in MEDALS:
        if tally[colour] is None:
            continue
        start = tally.start(colour)
        mention = tally[colour] + colour
        out.append(
            Quantity(start, start + len(mention), mention, tally[colour], float(tally[colour]), None, colour, colour,
                     "count", None, False, False)
        )  # fmt: skip
    return out


def _bare_scale_of_money(text: str, match: re.Match[str]) -> Quantity | None:
    """万亿资产, 千亿债务, 百万资金: a scale word alone is no figure (万家, 千万不要), but one that is a word of
    its own right before a money word that is a word too (money_words.txt; not 千万投资者) is a sum of money,
    the 元 left out as finance news leaves it out; claims settles its unit (components/claims.py). 亿万
    (countless) is no sum."""
    numeral = match.group()
    if not _BARE_SCALE.fullmatch(numeral) or not _LARGE_SCALE.search(numeral) or numeral in _COUNTLESS:
        return None
    money_word = _money_word().match(text, match.end())
    if money_word is None:
        return None
    from extract.words import starts_a_word  # jieba, loaded only for the rare bare scale before a money word

    if not (starts_a_word(text, match.start()) and starts_a_word(text, money_word.end())):
        return None
    value = scale_of(numeral)
    return Quantity(match.start(), match.end(), numeral, numeral, value, None, "", "", None, None, True, False)


_COUNTLESS = ("亿万", "万万", "千千万万", "千万万")


def _cents_after_a_currency(text: str, start: int) -> Quantity | None:
    """Money under one 元 right after a currency word, in its tenths (角, Hong Kong's 毫) and hundredths (Hong Kong's
    仙, 分): 每股港幣七角九仙 is 0.79 元, 港币五毫 0.5 元. Without the currency word before it 八角 is a spice and 三毫
    a length, so it is read only there; 元 is settled as any 元 after a currency named before it (settle_units)."""
    if not text.endswith(_CURRENCY_WORD_ENDS, max(0, start - 1), start):
        return None
    if _currency_before().search(text, max(0, start - 8), start) is None:
        return None
    cents = _CENTS_OF_A_CURRENCY.match(text, start)
    if cents is None:
        return None
    hundredths = sum(
        parse_chinese_number(cents[group]) * weight
        for group, weight in (("tenths", 10), ("hundredths", 1), ("hundredths_only", 1))
        if cents[group]
    )
    mention = cents.group()
    return Quantity(
        start, cents.end(), mention, mention, hundredths / 100, None, "元", mention, "money", None, True, False
    )


# the last character of a currency word before an amount (港幣, 港币, 澳門幣, 新臺幣, 人民币)
_CURRENCY_WORD_ENDS = ("幣", "币")
_CENTS_OF_A_CURRENCY = compile_pattern(
    r"(?:(?P<tenths>[一二两三四五六七八九])[角毫](?:(?P<hundredths>[一二三四五六七八九])[仙分])?"
    r"|(?P<hundredths_only>[一二三四五六七八九]|[二三四五六七八九]?十[一二三四五六七八九]?)仙)"
    r"(?![0-9一二两三四五六七八九十])"
)


@cache
def _money_word() -> re.Pattern[str]:
    return compile_pattern(lexicon.alternation(sorted(lexicon.word_list("money_words.txt"), key=len, reverse=True)))


def _minus_allowed(text: str, start: int, last_end: int, quantity: Quantity | None = None) -> bool:
    """A minus sign where a figure begins (增长率为-0.57‰, （-3.2%）, 同比-12.5%), not a dash between
    two: after a digit, the end of the figure before it (2007年-2009年, 周一-周五) or a word a figure
    stands just before (11月龄-85岁). A temperature's minus may follow any word (气温-3℃, 最低-5度)."""
    if start == 0 or text[start - 1] in _BEFORE_A_SIGN:
        return True
    if quantity is not None and quantity.kind in _TEMPERATURE_KINDS and _HAN.match(text, start - 1) is not None:
        return True
    return (
        start != last_end
        and _HAN.match(text, start - 1) is not None
        and _NUMERAL_CHARACTER.search(text, max(0, start - _DASH_REACH), start) is None
    )


_TEMPERATURE_KINDS = ("temperature", "degree")
_POINT = "point"  # the kind of 分 in units.tsv until its clause settles it
# 零下5度, 零上3℃: the words that put a temperature below or above zero, right before the figure
_BELOW_ZERO, _ABOVE_ZERO = "零下", "零上"
# how far back, within its clause, a word may say what a 度 or a 分 is (全年发电量达到8.8亿度)
_CONTEXT_WINDOW = 20
_CLAUSE_END = compile_pattern(r"[，,。；;：:！？!?\n]")
_WHITE_SPACE = " \t\r\n\u3000"  # what may stand between a figure and its unit
_CELL_ENDS = "\t\r\n"  # where a table row's cell ends


@cache
def _degree_context() -> tuple[re.Pattern[str], dict[str, str]]:
    readings = lexicon.word_table("degree_contexts.tsv")
    return compile_pattern(lexicon.alternation(list(readings))), readings


def settle_units(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Units settled by the words before the figure. A foreign currency named before the number
    makes its 元 that currency (港币1万元: 港元). 度 after a number is settled by the words before it
    in its clause (lexicon/degree_contexts.tsv):
    electricity (发电量8.8亿度: unit 度, kind measure), temperature (气温25度: 度, kind temperature) or no unit at all
    (三度夺冠, 旋转180度: the figure is read without 度, as before 度 was a unit). A temperature
    right after 零下 is below zero, and its mention takes 零下 in (零下5度: -5 度). A unit in the next cell of a
    table row is the figure's only when it is the whole cell (see _unit_of_its_cell)."""
    out = []
    notes = _currency_notes(text) if _SAME_BELOW in text else []
    for quantity in quantities:
        if "\t" in quantity.mention:
            quantity = _unit_of_its_cell(text, quantity)
            if quantity is None:
                continue
        if quantity.unit[:1] == "元":
            quantity = _currency_named_before(text, quantity)
        if quantity.unit[:1] == "元" and notes:
            quantity = _currency_of_a_note(quantity, notes)
        if quantity.kind == "degree":
            quantity = _degree_read(text, quantity)
            if quantity is None:
                continue
        if quantity.kind == _POINT:
            quantity = _points_read(text, quantity)
            if quantity is None:
                continue
        if quantity.kind == "temperature":
            quantity = _above_or_below_zero(text, quantity)
        if not quantity.unit and quantity.kind is None:
            quantity = _division_count(text, quantity, out[-1] if out else None)
        if quantity.unit == _SQUARE_OR_CUBIC:
            quantity = _area_or_volume(text, quantity)
        if quantity.unit_surface == _PIECE and text.startswith(_piece_nouns(), quantity.end):
            # 共产生了480块金牌: 块 before a thing counted in pieces is its measure word, no spoken 元
            quantity = quantity._replace(unit=_PIECE, kind="count")
        if quantity.unit == GRADE and grades_a_scale(text, quantity.start, quantity.end):
            quantity = quantity._replace(kind="measure")  # 6.8级地震, 风力达12级: a magnitude, not levels counted
        if quantity.kind == "date" and quantity.unit == DAY and _days_counted(text, quantity):
            quantity = quantity._replace(kind="duration")
        out.append(quantity)
    return out


DAY = "日"  # the unit of a day of a month, or of days counted (录得10日): the metric step tells which
DAY_UNITS = ("天", DAY)  # the units a number of days is written in (23天, 錄得 53 日)
_A_DECIMAL = compile_pattern(r"[0-9０-９][.．][0-9０-９]")
_LAST_DAY_OF_A_MONTH = 31
# what records or holds a number of days before it (錄得 53 日的酷熱天氣, 熱夜日數則有 54 日, 共25日)
_DAYS_RECORDED = compile_pattern(r"(?:录得|錄得|(?<![所没沒])有|共|达|達|为期|為期)\s*$")


def _days_counted(text: str, quantity: Quantity) -> bool:
    """Whether a figure of 日 counts days, not a day of the month: a fraction (平均逗留2.2日, 減少0.1日) or a number
    above 31 (錄得 53 日) is no day of a month, and a day after a word that records a number (有25日) is none either."""
    if _A_DECIMAL.search(quantity.mention):
        return True
    if quantity.unit_surface != DAY:
        return False  # 崇智路694号: a house's number; 号 counts no days
    if quantity.value > _LAST_DAY_OF_A_MONTH:
        return True
    return _DAYS_RECORDED.search(text, max(0, quantity.start - _LONGEST_RECORDING), quantity.start) is not None


_LONGEST_RECORDING = 4  # 為期 and two spaces


_PIECE = "块"


@cache
def _piece_nouns() -> tuple[str, ...]:
    return tuple(lexicon.word_list("piece_nouns.txt"))


_SQUARE_OR_CUBIC = "方"
_SCALE_WORDS = frozenset("千万亿萬億")
_METRE = "米"
_CLAUSE_BEFORE = compile_pattern(r"[^，,。；;！？!?\n]{0,30}$")


def _area_or_volume(text: str, quantity: Quantity) -> Quantity:
    """ "销售面积1.3亿方米", "住宅11817.6万方", "土方50万方": 方 after a scale word is a measure, a short 平方米
    (方米) or a 平方米 in a clause of area (lexicon/area_measure_words.txt), else a 立方米; without one it stays a
    count of parties (三方)."""
    if not _SCALE_WORDS.intersection(quantity.mention):
        return quantity
    if text.startswith(_METRE, quantity.end):
        end = quantity.end + len(_METRE)
        return quantity._replace(end=end, mention=text[quantity.start : end], unit="平方米", kind="measure")
    clause = _CLAUSE_BEFORE.search(text, max(0, quantity.start - 30), quantity.start)
    area = clause is not None and any(word in clause.group() for word in lexicon.word_list("area_measure_words.txt"))
    return quantity._replace(unit="平方米" if area else "立方米", kind="measure")


@cache
def division_count_units() -> tuple[str, ...]:
    """The kinds of division a bare numeral after a verb of governing counts (辖1区3市6县), longest first."""
    return tuple(sorted(lexicon.word_list("division_count_units.txt"), key=len, reverse=True))


@cache
def _division_count_verb() -> re.Pattern[str]:
    return compile_pattern(f"(?:{lexicon.alternation(lexicon.word_list('division_count_verbs.txt'))})$")


def _division_count(text: str, quantity: Quantity, previous: Quantity | None) -> Quantity:
    """ "全市辖1区3市6县": a bare numeral right after a verb of governing, or right after another count of
    divisions, followed by a kind of division counts that kind (unit 区, kind count); otherwise it stays bare."""
    unit = next((u for u in division_count_units() if text.startswith(u, quantity.end)), None)
    if unit is None:
        return quantity
    end = quantity.end + len(unit)
    # "8市（县）报告新增确诊病例", "全省21县（市、区）": the kinds written as alternatives make a set of divisions
    alternatives = _DIVISION_ALTERNATIVES.match(text, end)
    chained = previous is not None and previous.end == quantity.start and previous.unit in division_count_units()
    if alternatives is not None:
        end = alternatives.end()
    elif not chained and not _division_count_verb().search(text, max(0, quantity.start - 2), quantity.start):
        return quantity
    return quantity._replace(end=end, mention=text[quantity.start : end], unit=unit, unit_surface=unit, kind="count")


# other kinds of division in brackets after the first: （县）, (市、区), （区、市）, 市（州）, 省（自治区、直辖市）;
# the subject and metric steps read them too
_DIVISION_KIND = r"(?:自治区|直辖市|[县市区旗镇乡州])"
DIVISION_ALTERNATIVES = rf"[（(]{_DIVISION_KIND}(?:、{_DIVISION_KIND}){{0,2}}[）)]"
_DIVISION_ALTERNATIVES = compile_pattern(DIVISION_ALTERNATIVES)


@cache
def _currency_before() -> re.Pattern[str]:
    foreign = [surface for surface, entry in lexicon.units().items() if entry.kind == "money" and entry.unit != "元"]
    return compile_pattern(rf"(?:{lexicon.alternation(foreign)})[ \t]?$")


# a note naming the currency of the figures from there on: 203.5億元(澳門元,下同), （单位：美元，下同）
_SAME_BELOW = "下同"


@cache
def _currency_note() -> re.Pattern[str]:
    foreign = [surface for surface, entry in lexicon.units().items() if entry.kind == "money" and entry.unit != "元"]
    return compile_pattern(
        rf"[（(]\s?(?:单位[:：]\s?)?(?P<currency>{lexicon.alternation(foreign)})\s?[,，、;；]?\s?{_SAME_BELOW}\s?[)）]"
    )


def _currency_notes(text: str) -> list[tuple[int, str]]:
    """Where each currency note starts, and its currency (澳门元)."""
    return [(m.start(), lexicon.units()[m["currency"]].unit) for m in _currency_note().finditer(text)]


def _currency_of_a_note(quantity: Quantity, notes: list[tuple[int, str]]) -> Quantity:
    """元 after a note naming the currency of the figures from there on, or right before it (203.5億元(澳門元,下同)),
    is that currency's (澳门元)."""
    currency = next((c for at, c in reversed(notes) if at <= quantity.end), None)
    return quantity._replace(unit=currency + quantity.unit[1:]) if currency else quantity


def _currency_named_before(text: str, quantity: Quantity) -> Quantity:
    """港币1万元, 新台币300元, 美金100元: 元 after a foreign currency named before the number is that
    currency's unit (人民币5亿元 stays 元)."""
    named = _currency_before().search(text, max(0, quantity.start - 8), quantity.start)
    if named is None:
        return quantity
    currency = lexicon.units()[named.group().rstrip(" \t")].unit
    quantity = quantity._replace(unit=currency + quantity.unit[1:])
    if quantity.qualifier is None:
        # 約新台幣5.9億元, 逾港币3亿元: a qualifier before the currency is the figure's
        before = _qualifier_ending_at().search(text, max(0, named.start() - _LONGEST_QUALIFIER), named.start())
        if before is not None:
            quantity = quantity._replace(qualifier=lexicon.qualifiers()["before"][before.group()])
    return quantity


_LONGEST_QUALIFIER = 4


@cache
def _qualifier_ending_at() -> re.Pattern[str]:
    return compile_pattern(rf"(?:{lexicon.alternation(list(lexicon.qualifiers()['before']))})$")


def _unit_of_its_cell(text: str, quantity: Quantity) -> Quantity | None:
    """A unit a tab after its figure stands in the next cell of a table row (a PDF's or a Word table's,
    extract/pdf.py): the figure's when it is the whole cell (a column of units, "520\t万吨"), not when a word
    there begins with one ("菏泽市\t6.8\t单县": 单 of 单县, a place, is no count of orders)."""
    at = quantity.mention.rfind(quantity.unit_surface) if quantity.unit_surface else -1
    tab = quantity.mention.rfind("\t", 0, at) if at > 0 else -1
    if tab < 0 or quantity.end == len(text) or text[quantity.end] in _CELL_ENDS:
        return quantity
    return read_quantity(quantity.mention[:tab].rstrip(_WHITE_SPACE), quantity.start)


def _words_in_its_clause(text: str, quantity: Quantity, pattern: re.Pattern[str]) -> list[str]:
    """The words of a pattern in the figure's clause before it, nearest last, looked for no further back than
    _CONTEXT_WINDOW (全年发电量达到8.8亿度, 团体总分达2611.50分)."""
    head = text[max(0, quantity.start - _CONTEXT_WINDOW) : quantity.start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(head)), default=0)
    return pattern.findall(head, cut)


def _without_its_unit(quantity: Quantity) -> Quantity | None:
    at = quantity.mention.rfind(quantity.unit_surface)
    return read_quantity(quantity.mention[:at].rstrip(_WHITE_SPACE), quantity.start)


@cache
def _score_words() -> re.Pattern[str]:
    return compile_pattern(lexicon.alternation(lexicon.word_list("score_words.txt")))


def _points_read(text: str, quantity: Quantity) -> Quantity | None:
    """分 after a number is a point of a score in a clause that speaks of one (团体总分达2611.50分: unit 分, kind
    count); minutes when seconds follow it, outside a clock time (以2分10秒夺冠: joined later into 130 秒); elsewhere
    (10时30分, 十分重要) the figure is read without it."""
    if _SECONDS_AFTER.match(text, quantity.end) and not _CLOCK_HOUR_BEFORE.search(text, 0, quantity.start):
        return quantity._replace(unit="分钟", kind="duration")
    if _words_in_its_clause(text, quantity, _score_words()):
        return quantity._replace(kind="count")
    return _without_its_unit(quantity)


def _degree_read(text: str, quantity: Quantity) -> Quantity | None:
    pattern, readings = _degree_context()
    words = _words_in_its_clause(text, quantity, pattern)
    if words:  # the nearest word says what the 度 is
        reading = readings[words[-1]]
        if reading == "electricity":
            return quantity._replace(kind="measure")
        # 气温24.4度: 度 as written; 华氏80度: the scale its word names, which 度 alone does not
        return quantity._replace(unit="℉" if reading == "fahrenheit" else quantity.unit, kind="temperature")
    if _power_in_its_paragraph(text, quantity, pattern, readings):
        return quantity._replace(kind="measure")
    return _without_its_unit(quantity)


def _power_in_its_paragraph(text: str, quantity: Quantity, pattern: re.Pattern[str], readings: dict[str, str]) -> bool:
    """燃煤佔了1259.5億度, 較前年成長55億度: hundreds of millions of 度 (亿度, 万度) after a paragraph that spoke of
    power before them are its electricity, though their own clause names none; no temperature or angle is so large."""
    at = quantity.mention.rfind(quantity.unit_surface)
    if at < 1 or quantity.mention[at - 1] not in _LARGE_SCALES:
        return False
    head = text[max(0, quantity.start - _PARAGRAPH_REACH) : quantity.start]
    words = pattern.findall(head, head.rfind("\n") + 1)
    return bool(words) and readings[words[-1]] == "electricity"


# seconds right after 分 (2分10秒, 1分05.3秒) make it minutes; an hour before the figure (10时30分20秒) a clock time
_SECONDS_AFTER = compile_pattern(r"\d{1,2}(?:\.\d+)?秒")
_CLOCK_HOUR_BEFORE = compile_pattern(r"[\d一二三四五六七八九十两〇零]\s*[时時点點]\s*\Z")

_LARGE_SCALES = "万亿萬億"
_PARAGRAPH_REACH = 400


def _above_or_below_zero(text: str, quantity: Quantity) -> Quantity:
    before = text[max(0, quantity.start - 2) : quantity.start]
    if before not in (_BELOW_ZERO, _ABOVE_ZERO):
        return quantity
    start, mention = quantity.start - 2, before + quantity.mention
    if before == _ABOVE_ZERO or quantity.value < 0:
        return quantity._replace(start=start, mention=mention)
    high = -quantity.value_high if quantity.value_high is not None else None
    # 零下5至10度 runs from -5 down to -10: the range keeps its lower bound first
    low, high = (high, -quantity.value) if high is not None else (-quantity.value, None)
    return quantity._replace(start=start, mention=mention, value=low, value_high=high)


def _article_before_a_noun(text: str, quantity: Quantity) -> bool:
    """一 with a unit of measure or money and a word or a figure right after it, no qualifier: a
    thing named by its size (一亩地, 一吨水), the base of a price (一斤6块钱), or a name (一元微服务,
    一米阳光), not a figure."""
    return (
        quantity.value == 1
        and quantity.qualifier is None
        and quantity.kind in _ONE_KINDS
        and quantity.numeral == "一"  # not the capital 壹 (壹元整), never an article
        and _WORD_OR_FIGURE.match(text, quantity.end) is not None
    )


UNIT_RANGE_SEPARATORS = ("至", "到", "-", "－", "—", "–", "~", "～")


@cache
def from_a_base_then_a_change() -> re.Pattern[str]:
    """A base with 由 or 从 and its figure, then a verb of change (change_verbs.tsv), right before the first of two
    figures (由884起减少86起至798起, 由8 884宗增加806宗至9 690宗): the change and the level it reached, no range."""
    verbs = lexicon.change_verbs()
    return compile_pattern(
        r"[由从][^，,。；;！!？?]{0,16}?[0-9０-９〇零一二两三四五六七八九十][^，,。；;！!？?]{0,12}?"
        rf"(?:{verbs})了?\s?$"
    )


_CHANGE_REACH = 32


def _a_change_then_its_level(text: str, change: Quantity, level: Quantity) -> bool:
    """ "人口减少3万人至120万人", "平均逗留時間減少0.1日至1.1日": a verb of change right before the first figure and a
    second figure many times it are the change and the level it reached; a range's bounds are of one size (预计增长5%至
    8%, 减少20%至30%)."""
    return (
        level.value > _LEVEL_OVER_CHANGE * change.value
        and _change_verb_before().search(text, max(0, change.start - _VERB_REACH), change.start) is not None
    )


def changed_to(text: str, change: Quantity) -> bool:
    """A change written with its verb before it and 至 after it, leading to the level reached (減少0.1日至1.1日)."""
    return text.startswith(_TO, change.end) and (
        _change_verb_before().search(text, max(0, change.start - _VERB_REACH), change.start) is not None
    )


_TO = "至"
_LEVEL_OVER_CHANGE = 3  # how many times the change the level is, at least
_VERB_REACH = 6


@cache
def _change_verb_before() -> re.Pattern[str]:
    verbs = lexicon.change_verbs()
    return compile_pattern(rf"(?:{verbs})了?\s?(?:约|近|超过|超)?$")


def join_unit_ranges(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """ "3000元至5000元", "2万-3万亩": two figures of the same unit joined by 至/到/- are one range,
    as 2至3家 is (the pattern takes the unit only once, after the second number). From one to the
    other (从20亩到900亩) is two figures."""
    out: list[Quantity] = []
    for quantity in quantities:
        low = out[-1] if out else None
        if (
            low is not None
            and low.unit
            and low.unit == quantity.unit
            and low.kind == quantity.kind
            and low.value_high is None
            and quantity.value_high is None
            and low.qualifier is None
            and quantity.qualifier is None
            and text[low.end : quantity.start].strip() in UNIT_RANGE_SEPARATORS
            and quantity.value > low.value
            and text[max(0, low.start - 1) : low.start] not in ("从", "由")  # 从20亩到900亩: a growth
            # 由884起减少86起至798起: a change from a base, then the level it reached
            and not from_a_base_then_a_change().search(text, max(0, low.start - _CHANGE_REACH), low.start)
            and not _a_change_then_its_level(text, low, quantity)
        ):
            out[-1] = low._replace(
                end=quantity.end,
                mention=text[low.start : quantity.end],
                numeral=text[low.start : quantity.end],
                value_high=quantity.value,
                qualifier="range",
                chinese=low.chinese and quantity.chinese,
            )
            continue
        out.append(quantity)
    return out


def tokenized_quantities(text: str) -> list[Quantity]:
    """The quantities of a text as the tokenizer takes them: ranges joined, units settled, then durations in two units
    joined (units first: 分 is minutes only once the seconds after it say so, 2分10秒)."""
    return join_compound_durations(text, settle_units(text, join_unit_ranges(text, find_quantities(text))))


def join_compound_durations(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """ "约1年8个月", "2小时30分钟", "1年零3个月", "2小时又15分钟": a duration in a larger unit right before one in the
    next smaller (lexicon/compound_durations.tsv), nothing or 又 between, is one duration in the smaller unit
    (20个月)."""
    out: list[Quantity] = []
    factors = _compound_durations()
    for quantity in quantities:
        larger = out[-1] if out else None
        factor = factors.get((larger.unit, quantity.unit)) if larger is not None else None
        if (
            larger is not None
            and factor is not None
            and larger.kind == quantity.kind == "duration"
            and larger.value_high is None
            and quantity.value_high is None
            and quantity.qualifier is None
            and _COMPOUND_JOINER.fullmatch(text, larger.end, quantity.start)
        ):
            out[-1] = larger._replace(
                end=quantity.end,
                mention=text[larger.start : quantity.end],
                numeral=text[larger.start : quantity.end],
                value=larger.value * factor + quantity.value,
                unit=quantity.unit,
                unit_surface=quantity.unit_surface,
                chinese=larger.chinese and quantity.chinese,
            )
            continue
        out.append(quantity)
    return out


# what may stand between the two parts of a duration: 又 (2小时又15分钟) and spaces; the 零 of 1年零3个月 is read into
# the second part's mention (零3个月)
_COMPOUND_JOINER = compile_pattern(r"\s*又?\s*")


@cache
def _compound_durations() -> dict[tuple[str, str], float]:
    return {(larger, smaller): float(factor) for larger, smaller, factor in lexicon.rows("compound_durations.tsv")}


def read_quantity(mention: str, start: int = 0) -> Quantity | None:
    """A matched quantity expression -> Quantity, or None when it is no figure (统一, 万家)."""
    reading = _read(mention)
    if reading is None:
        return None
    return Quantity(start, start + len(mention), mention, *reading)


@lru_cache(maxsize=65536)
def _read(mention: str) -> tuple | None:
    # match and compare the end, not fullmatch: on a text that is no quantity (a digit run and a
    # letter) fullmatch backtracks through every way of cutting the digits, exponentially
    match = quantity_pattern().match(mention)
    if match is None or match.end() != len(mention):
        return None
    try:
        reading = _reading(match)
    except ValueError:
        return None  # a numeral none of the parsers can read (七十百, 零分之一) is no figure
    if reading is None or not isfinite(reading[1]) or (reading[2] is not None and not isfinite(reading[2])):
        return None
    return reading


def _a_year_across_two(numeral: str) -> bool:
    """2004/2005, 2023/24: a year and the next, as a school, fiscal or sports year is written."""
    first, _, second = numeral.replace("／", "/").partition("/")
    if len(first) != _YEAR_DIGITS or not first.isascii() or not _EARLIEST_YEAR <= int(first) <= _LATEST_YEAR:
        return False
    following = int(first) + 1
    return second == str(following) or second == f"{following % 100:02d}"


_YEAR_DIGITS = 4
_EARLIEST_YEAR, _LATEST_YEAR = 1900, 2100


def _reading(match: re.Match[str]) -> tuple | None:
    """The fields of a Quantity after its offsets and mention, from a match of the whole mention.
    Raises ValueError (only) for a numeral that cannot be read."""
    qualifiers = lexicon.qualifiers()
    qualifier = None
    if match["before"]:
        qualifier = qualifiers["before"][match["before"]]
    if match["fraction"]:
        numeral = match["fraction"]
        written_arabic = "/" in numeral or "／" in numeral
        share = parse_share(numeral)
        if written_arabic and (share.value >= 100 or _a_year_across_two(numeral)):
            return None  # 12/5, 3/2: not a proper fraction, a date or a score; 2004/2005学年 a school year
        number = NumberValue(share.value, share.value_high, share.vague)
        unit_surface, unit, kind, chinese, big = "", share.unit, "percent", not written_arabic, False
        if share.vague:
            qualifier = "over"  # 百分之几十: some tens of percent
    elif match["doubling"]:
        doublings = _DOUBLINGS.get(match["doublings"] or "一", 1)
        # a change states the increase: 翻一番 is 增长一倍 (up by once the base), 翻两番 up by three times it
        number = NumberValue(float(2**doublings - 1))
        numeral = match["doubling"]
        unit_surface, unit, kind, chinese, big = "", "倍", "change", True, False
    else:
        numeral = match["num"]
        chinese = bool(_CHINESE_ONLY.fullmatch(numeral))
        unit_surface = match["unit"] or ""
        big = bool(match["big"])
        if chinese and not unit_surface and not big:
            return None  # a Chinese numeral character inside a word
        qualified = bool(match["before"] or match["trailing"]) and bool(unit_surface)
        if chinese and _BARE_SCALE.fullmatch(numeral) and not (match["after"] or qualified or numeral[0] == "十"):
            # 万家, 百年, 千方: a scale word on its own is no count, unless 万余 / 百多 or a qualifier
            # and a unit make it a figure (突破千亿元, 近千万次, 千万人次以上)
            return None
        entry = lexicon.units()[unit_surface] if unit_surface else None
        if entry is not None and match["halfway"]:
            # 一个半月, 两个多月: 月 alone is a date, 个月 the duration
            entry = lexicon.units().get("个" + unit_surface, entry)
            unit_surface = entry.surface
        half = bool(match["half"] or match["between"] == "半")
        if is_bare_one(numeral) and not match["after"] and not _one_is_a_figure(match, entry, half):
            return None  # 一个生动实践: 一 as the article; not 涨了一倍, 近一吨, 一成
        number = parse_discount(numeral) if unit_surface == "折" else parse_number(numeral)
        scale = scale_of(match["scale"])
        number = NumberValue(
            number.value * scale,
            number.value_high * scale if number.value_high is not None else None,
            number.vague,
        )
        if half or match["cents"] or match["dimes"]:
            if number.value_high is not None or match["scale"] or not _small_whole(numeral):
                return None  # 三至四吨半, 5万元3角: no such figures
            number = NumberValue(scaled(number.value, 1, _fraction_after_unit(match, half)), None, number.vague)
        if entry is not None:
            unit, kind = entry.unit, entry.kind
            if entry.scale != 1:  # 7.2成 is 72%: in decimal, not 72.00000000000001
                high = scaled(number.value_high, entry.scale) if number.value_high is not None else None
                number = NumberValue(scaled(number.value, entry.scale), high, number.vague)
        elif big:
            unit, kind = "个", "count"
        else:
            unit, kind = "", None
        if match["currency"] and kind != "money":
            # US$5亿, ￥300: the sign names the currency; a currency word after it (¥300元) says the same
            unit, kind = lexicon.currency_signs()[match["currency"]], "money"
            unit_surface = unit_surface or match["currency"]
        if match["after"]:
            qualifier = qualifiers["after"][match["after"]]
        elif match["between"] == "多":
            qualifier = qualifiers["after"]["多"]
        elif number.vague:
            qualifier = "over"
        if match["per"]:
            # 0.60次/萬人, 14.13人/10万人: a rate per ten thousand or 100,000 people keeps its scale in the unit
            per_scale = normalise_numeral(match["per_scale"]) if match["per_scale"] else ""
            unit, kind = f"{unit}/{per_scale}{lexicon.units()[match['per']].unit}", "rate"
    if match["sign"] == "负" and kind not in _SIGNED_KINDS:
        return None  # 负2场 is two games lost, not minus two
    if match["sign"]:
        # 负3.9%, -12.5%: a range keeps its lower bound first (负二至三成 is -30..-20)
        high = -number.value if number.value_high is not None else None
        low = -number.value_high if number.value_high is not None else -number.value
        number = NumberValue(low, high, number.vague)
    if match["trailing"]:
        qualifier = qualifiers["trailing"][match["trailing"]]
    if number.value_high is not None:
        qualifier = "range"
    return (numeral, number.value, number.value_high, unit, unit_surface, kind, qualifier, chinese, big)


def _one_is_a_figure(match: re.Match[str], entry: lexicon.Unit | None, half: bool) -> bool:
    """一 before a unit is the figure 1, not the article 'a', when the unit measures (一吨, 一公里),
    is money (一美元), a share (一成, 一折) or a multiple (涨了一倍), or a part follows (一年半, 一块五).
    Before a count word it is the article (一个项目, 一家企业), as before 块 alone (一块地, 一块儿):
    find_quantities also drops a measure or money 一 that a noun follows (一亩地, 一元微服务)."""
    if half or match["cents"] or match["dimes"] or match["between"]:
        return True
    if entry is None:
        return False
    if entry.surface in _CHANGE_UNITS or entry.kind == "percent":
        return True
    return entry.kind in _ONE_KINDS and entry.surface != "块"


def _small_whole(numeral: str) -> bool:
    """A numeral a half, 角 or 分 can follow: a whole number without a scale word (一吨半, 3元5角)."""
    try:
        value = parse_chinese_number(numeral)
    except ValueError:
        return False
    return value == int(value) and not _LARGE_SCALE.search(numeral)


def _fraction_after_unit(match: re.Match[str], half: bool) -> float:
    """半 after the unit, 角/毛 and 分 after 元, 美分 after 美元, a bare digit after 块: the part of the
    unit they add."""
    if half:
        return 0.5
    if match["dimes"]:
        digit = match["dimes"][0]
        return (int(digit) if digit.isdigit() else CHINESE_DIGITS[digit]) / 10
    if match["us_cents"] or match["fen_only"]:
        return parse_chinese_number(match["us_cents"] or match["fen_only"]) / 100
    # in hundredths, so 3元5角6分 is 3.56 and not 3.5600000000000005
    hundredths = parse_chinese_number(match["jiao"]) * 10 + (parse_chinese_number(match["fen"]) if match["fen"] else 0)
    return hundredths / 100


def scale_of(words: str) -> float:
    """十 百 千 万 亿 (萬 億) written after a number, as one factor (万亿 -> 1e12)."""
    factor = 1.0
    for word in words:
        factor *= _SCALE_FACTORS[word]
    return factor


_SCALE_FACTORS = {
    "十": 10,
    "百": 100,
    "千": 1000,
    "万": 10_000,
    "萬": 10_000,
    "亿": 100_000_000,
    "億": 100_000_000,
    "兆": 1_000_000_000_000,
}
