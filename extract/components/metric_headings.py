"""Headings and labels that name the figures under them (claimkb_metric).

A report often names what its figures count once, above them: a numbered section's heading (二、学前教育) or
a paragraph's topic opening (在零售业方面，), a short label before a colon (乙类：2471例), a list's heading
(新增病例分布如下：; 出院病例中，长沙市19例; 6起重大火灾中，城市4起). The figures under one take it into their
metric, so that the parallel figures of different parts stay told apart. The metric step (metric.py) asks
colon_label and heading_clause for a figure its own clause does not name, and runs the scoping steps over
a document's figures once they are named.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import chain

from extract import lexicon
from extract.breaks import Breaks
from extract.claims import Claim
from extract.components.metric_persons import sex_words
from extract.components.metric_phrases import (
    MAX_METRIC,
    MEASURES,
    WHITE_SPACE,
    a_noun,
    clause_adverbs_removed,
    clean_before,
    metric_key,
    only_a_place,
    strip_links,
    tidy_metric,
)
from extract.components.period import period_pattern
from extract.components.places import scope_words
from extract.figure_references import figure_reference_label
from extract.layout import breakdown_by_place
from extract.list_headings import counted_heading_noun
from extract.pattern_cache import compile_pattern
from extract.quantities import find_quantities
from extract.words import phrase_words


@cache
def _colon_label_stops() -> frozenset[str]:
    return frozenset(lexicon.word_list("colon_label_stops.txt"))


_COLON = ("：", ":")
# how long a label before a colon may be (乙类传染病, 城镇居民): longer ones are headings or clauses of saying
_COLON_LABEL = 8


def colon_label(text: str, claim: Claim, clause_start: int, boundaries: Breaks, mentions: dict) -> str | None:
    """ "甲类：0例。乙类：2471例", "男性：61.2万人，女性：58.8万人": a figure with nothing before it in its clause,
    right after a colon, is named by the short label before the colon (as 其中甲类0例 names it), when that
    label is a noun phrase with no figure in it and no place alone, and opens no list (其中：, 合计：) or
    saying (通报：); a body's name (市人民医院：6例) is a part, given its whole's metric by parts_of_a_whole."""
    if text[clause_start : claim.start].strip() or clause_start <= claim.sentence_start:
        return None
    colon = clause_start - 1
    if text[colon] not in _COLON:
        return None
    label_start = boundaries.after_last(claim.sentence_start, colon)
    label = text[label_start:colon].strip()
    if anaphor := figure_reference_label().search(label):
        # "前几日这一数据分别为：890例（3日）、731例（4日）": the label points back; _back_references names it
        return anaphor["word"]
    if not label or len(label) > _COLON_LABEL or any(ch.isdigit() for ch in label):
        return None
    if label in _colon_label_stops():
        return None
    metric = tidy_metric(clean_before(label, label_start, mentions))
    if not metric or metric in _colon_label_stops() or only_a_place(metric):
        return None
    tag = phrase_words(metric)[-1][1]
    return metric if tag.startswith(("n", "vn")) or metric.endswith(MEASURES) else None


@cache
def _colon_label_outcomes() -> frozenset[str]:
    return frozenset(lexicon.word_list("colon_label_outcomes.txt"))


# what ends a colon label's reach: the next label's colon, a line of its own
_COLON_LABEL_REACH_END = compile_pattern(r"[：:\n]")


def scoped_by_colon_labels(text: str, claims: list[Claim], colon_labels: dict[int, str]) -> None:
    """ "乙类：2471例，死亡4例": a label before a colon scopes its line, not only the figure right after it, as
    "其中甲类0例" does; a later figure of the line whose metric is only a bare word of what became of some of
    the label's things (lexicon/colon_label_outcomes.txt: 死亡, 出院) counts the label's (乙类死亡), and is told
    apart from the whole's (全省…死亡4例) written before the list. The reach ends at the next colon (发病数前5：
    opens a list of its own), a line break or the sentence's end."""
    for i, label in colon_labels.items():
        if claims[i].metric != label:
            continue  # a later step named the figure otherwise: the label is not what it counts
        for later in claims[i + 1 :]:
            if later.sentence_start != claims[i].sentence_start:
                break
            if _COLON_LABEL_REACH_END.search(text, claims[i].end, later.start):
                break
            if later.metric in _colon_label_outcomes():
                later.metric = label + later.metric


# a clause that only says the parts listed before it together make up a share: 共占99.23%, 合计占
_TOGETHER_SHARE = compile_pattern(
    rf"[，,；;]\s*((?:{lexicon.alternation(lexicon.word_list('together_words.txt'))})占)\s*$"
)
# a colon opening a list, and the label before it back to the clause's start (发病数前5：)
_LIST_LABEL = compile_pattern(r"([^，,。；;：:\n]{2,12})[：:][^：:\n]*$")
# a short label opening a line (乙类：), the part of the report the line is about
_LINE_LABEL = compile_pattern(r"\s*([^，,。；;：:\n0-9０-９]{1,8})[：:]")


def shares_of_listed_parts(text: str, claims: list[Claim], mentions: dict) -> None:
    """ "乙类：…，发病数前5：肝炎1182例、肺结核682例、…，共占99.23%": a share whose clause says only that the
    parts listed before it make it up together names the list by its label (发病数前5) and the label of its
    line (乙类), so the shares of parallel lists are told apart: 乙类发病数前5共占, 丙类发病数前3共占."""
    for claim in claims:
        if claim.unit != "%":
            continue
        head = text[claim.sentence_start : claim.start]
        together = _TOGETHER_SHARE.search(head)
        if together is None or (claim.metric and claim.metric != together.group(1)):
            continue  # a metric of its own (共占全省的): what the share is of is written
        label = _LIST_LABEL.search(head, 0, together.start())
        if label is None:
            continue
        # the label as written (发病数前5), a place opening it (全市主导产业：) left off as the subject's
        named, label_start = label.group(1).strip(), claim.sentence_start + label.start(1)
        place = mentions.get(label_start)
        if place is not None and place.end < label_start + len(named):
            named = named[place.end - label_start :]
        metric = named + together.group(1)
        line_start = text.rfind("\n", 0, claim.start) + 1
        line_label = _LINE_LABEL.match(text, line_start, claim.start)
        if line_label is not None and line_label.start(1) < claim.sentence_start + label.start(1):
            metric = line_label.group(1).strip() + metric
        claim.metric, claim.metric_basis = metric, "sentence"


# a numbered section's heading on a line of its own: 二、学前教育, 四、服务业
_SECTION_HEADING = compile_pattern(
    r"^[一二三四五六七八九十]+、[ \t\u3000]*([^\n，,。；;：:]{2,12}?)[ \t\u3000]*$", re.M
)


def _scoped_by_told_changes(text: str, claims: list[Claim]) -> None:
    """ "一、桶柑比上年增產 45% … 本年收穫面積 3,290 公頃 … 預測今年總產量為 6 萬 5,090 公噸": a numbered heading that
    tells a part's change is over a section about that part, whose every measure not naming it is the part's
    (桶柑预测总产量), up to the next numbered heading."""
    told = [(m.start(), m.group(1)) for m in _matches_at(_CHANGE_HEADING, text, _LINE_END)]
    if not told:
        return
    numbered = [m.start() for m in _matches_at(_NUMBERED_LINE, text, _LINE_END)]
    for claim in claims:
        heading = next(((at, part) for at, part in reversed(told) if at < claim.start), None)
        if heading is None or not claim.metric or heading[1] in claim.metric:
            continue
        if any(heading[0] < at < claim.start for at in numbered):
            continue  # a later numbered section, on another part
        line_end = text.find("\n", heading[0])
        if line_end < 0 or line_end > claim.start:
            continue  # the heading's own figure (增產 45%) names its part already; a heading ending the text heads none
        claim.metric = tidy_metric(heading[1] + claim.metric) or claim.metric


_NUMBERED_LINE = compile_pattern(r"^[一二三四五六七八九十]+、", re.M)
# a numbered heading that tells a part's change (一、桶柑比上年增產 45%, 二、金柑比上年增產 15%): the part is what the
# section is about, as a heading of its name alone says
_CHANGE_HEADING = compile_pattern(
    r"^[一二三四五六七八九十]+、[ \t\u3000]*([^\n，,。；;：:0-9０-９]{1,8}?)(?:比|较)[^\n，,。；;：:]{1,16}$", re.M
)


@cache
def _overall_headings() -> frozenset[str]:
    return frozenset(lexicon.word_list("overall_section_headings.txt"))


def scoped_by_section_headings(text: str, claims: list[Claim], articles: list) -> None:
    """ "一、综合 …其中专任教师470895人 … 二、学前教育 …专任教师56742人": a report in numbered sections
    names the part a section is about only in its heading, so a metric that stands in two sections or
    more of one article names different things; in each section on a part it takes the heading before
    it (学前教育专任教师). A section on the whole (lexicon/overall_section_headings.txt), a heading that is
    no noun phrase or holds a figure (一、2024年工作回顾), a metric naming the heading already, and one the
    heading ends with (户别人口 over 人口), keep the metric as it is. A part opening a paragraph or sentence
    (在零售业方面，: _topic_openings) is such a heading up to its paragraph's end or the next opener."""
    _scoped_by_told_changes(text, claims)
    headings = [(m.start(), _heading_part(m.group(1))) for m in _matches_at(_SECTION_HEADING, text, _LINE_END)]
    topics = _topic_openings(text)
    for claim in claims:
        if claim.metric is None:
            # 特別服務召喚方面，去年共有35 314宗: a figure whose clause names nothing counts the topic its sentence
            # opens with
            opened = [t for t in topics if claim.sentence_start <= t[0] < claim.start]
            if opened:
                claim.metric, claim.metric_basis = opened[-1][2], "sentence"
    if len(headings) + len(topics) < 2:
        return
    starts = {article.index: article.start for article in articles}
    sections: dict[int, tuple[int, str]] = {}  # claim index -> (its section's start, heading)
    for i, claim in enumerate(claims):
        article_start = starts.get(claim.article_index, 0)
        topic = [t for t in topics if article_start <= t[0] <= claim.start < t[1]]
        before = [h for h in headings if article_start <= h[0] < claim.start]
        if topic and claim.metric:
            sections[i] = topic[-1][0], topic[-1][2]
        elif before and claim.metric:
            sections[i] = before[-1]
    spread: dict[tuple[int, str], set[int]] = {}
    for i, section in sections.items():
        spread.setdefault((claims[i].article_index, metric_key(claims[i].metric) or ""), set()).add(section[0])
    scoped_lines: set[int] = set()  # where the paragraphs holding a figure the heading scoped start
    bare: list[int] = []  # figures in a section on a part named by a bare word opening their sentence
    # "招生98120人，增长2.1%": the bare word opening a sentence names its changes after it too
    opening_words = {(c.sentence_start, c.metric) for c in claims if _opens_its_sentence_alone(text, c)}
    for i, (section_start, heading) in sections.items():
        claim = claims[i]
        if not heading or heading in claim.metric or any(ch.isdigit() for ch in heading):
            continue
        if heading.endswith(claim.metric):
            continue  # 二、户别人口 … 平均每个家庭户的人口为3.34人: the heading is of what the metric names already

        if not _a_heading_noun(heading):
            continue
        key = metric_key(claim.metric) or ""
        if len(spread[(claim.article_index, key)]) < 2 and not _ends_another_sections(
            spread, claim.article_index, key, section_start
        ):
            if (claim.sentence_start, claim.metric) in opening_words:
                bare.append(i)
            continue
        claim.metric = tidy_metric(heading + claim.metric) or claim.metric
        scoped_lines.add(text.rfind("\n", 0, claim.start))
    for i in bare:
        # "三、义务教育 … 招生794386人…；在校生3422647人": a bare word beside a figure the heading scoped, in
        # its paragraph, is of the same part (义务教育招生 beside 义务教育在校生)
        if text.rfind("\n", 0, claims[i].start) in scoped_lines:
            claims[i].metric = tidy_metric(sections[i][1] + claims[i].metric) or claims[i].metric


@cache
def _topic_opening() -> re.Pattern[str]:
    frames = lexicon.alternation(lexicon.word_list("topic_opener_frames.txt"))
    # 在酒店业方面，/ 工业领域，/ 在零售业，: at a paragraph's or sentence's start, a part of 2 to 15 characters
    return compile_pattern(
        rf"(?:^|(?<=[。！？!?\n；;]))[ \t\u3000]*在?([^\n，,。；;：:、]{{2,15}}?)(?:{frames})[，,]"
        rf"|(?:^|(?<=[。！？!?\n；;]))[ \t\u3000]*在([^\n，,。；;：:、]{{1,14}}业)[，,]",
        re.M,
    )


# what the patterns above can only match right after (or at the text's start): a line's end; a sentence's or a line's
_LINE_END = compile_pattern(r"\n")
_SENTENCE_END = compile_pattern(r"[。！？!?\n；;]")


def _matches_at(pattern: re.Pattern[str], text: str, opening: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """What pattern.finditer(text) finds, for a pattern that can match only at the text's start or right after a
    character `opening` matches: tried only there, not at every character (a few in a hundred are)."""
    end = 0
    for at in chain((0,), (m.end() for m in opening.finditer(text))):
        if at >= end and (match := pattern.match(text, at)) is not None:
            yield match
            end = match.end()


@cache
def _topic_non_parts() -> frozenset[str]:
    return frozenset(lexicon.word_list("topic_non_parts.txt"))


def _topic_openings(text: str) -> list[tuple[int, int, str]]:
    """ "在零售业方面，总收益为2340亿元。盈余总额占总收益的7.2%。": a release going through its parts one
    paragraph or sentence each names the part only in the frame opening it (lexicon/topic_opener_frames.txt,
    or 在 and a trade: 在零售业，); each opener scopes the figures after it up to its paragraph's end or the
    next opener, as a section's heading does. (start, end, part) of each, a part that is a place, a time or
    holds a figure left out (在全市方面 says where, not what)."""
    openings = []
    for match in _matches_at(_topic_opening(), text, _SENTENCE_END):
        part = WHITE_SPACE.sub("", match.group(1) or match.group(2))
        if any(ch.isdigit() for ch in part) or only_a_place(part) or period_pattern(part).fullmatch(part):
            continue
        if part in _topic_non_parts():
            continue  # 另一方面，外國旅客來台仍不如預期: a connective, no part
        end = text.find("\n", match.end())
        openings.append((match.start(), len(text) if end < 0 else end, part))
    # an opener's reach ends where the next one starts
    nexts = [start for start, _, _ in openings[1:]] + [len(text)]
    return [(start, min(end, nexts[k]), part) for k, (start, end, part) in enumerate(openings)]


def _opens_its_sentence_alone(text: str, claim: Claim) -> bool:
    """ "招生794386人": the sentence opens with the figure's metric, one word, and nothing else (no place, no
    全省共有): it names no whole of its own."""
    opening = strip_links(text[claim.sentence_start : claim.start].strip())
    return bool(claim.metric) and opening == claim.metric and len(phrase_words(opening)) == 1


def _ends_another_sections(spread: dict[tuple[int, str], set[int]], article: int, key: str, section: int) -> bool:
    """ "一、综合 …各级各类学历教育在校生… 三、义务教育 …在校生…": a metric that ends a metric standing in another
    section of the article (that section's longer name of the same thing) stands in two sections too."""
    return bool(key) and any(
        other_article == article and other != key and other.endswith(key) and starts - {section}
        for (other_article, other), starts in spread.items()
    )


@cache
def _heading_endings() -> tuple[str, ...]:
    return tuple(sorted(lexicon.word_list("section_heading_endings.txt"), key=len, reverse=True))


def _heading_part(heading: str) -> str:
    """The part a section's heading names: spaces and a closing word naming no part (情况, 工作) left off,
    nothing for a section on the whole (综合, 基本情况)."""
    heading = WHITE_SPACE.sub("", heading)
    if heading in _overall_headings():
        return ""
    ending = next((e for e in _heading_endings() if heading.endswith(e)), "")
    part = heading[: len(heading) - len(ending)]
    # 二、全市情况, 三、各区县情况: a section on a place or on each place names where its figures are, which the
    # subject step reads, not a part of what they measure
    if scope_words().fullmatch(part) or distributive_opening().fullmatch(part) or only_a_place(part):
        return ""
    return part


def _a_heading_noun(heading: str) -> bool:
    words = phrase_words(heading)
    return bool(words) and words[-1][1].startswith(("n", "vn", "j", "l"))


# a list's heading of words ending with 中 between two clause marks (，新增重症病例中，): what its parts count
LIST_HEADING_BETWEEN = compile_pattern(r"[，,；;：:][^，,；;：:0-9０-９]{2,30}中[，,：:]")


@cache
def _from_clause() -> re.Pattern[str]:
    """A clause that only gives the change from one level to another: 由现时13.2万元增至13.5万元, and from a point of
    the series at a time (由1月28日的最高点32.4%…: lexicon/level_point_words.txt)."""
    points = lexicon.alternation(list(level_points()))
    time = f"(?:现时|现在|目前|原来|原先|过去|此前|{_AN_EVENTS_TIME})"
    return compile_pattern(rf"\s*(?:由|从){time}?(?:[^，,。；;]{{0,12}}的)?(?:{points})?$")


# an event's time (从她上任时227亿: when she took office)
_AN_EVENTS_TIME = "[^，,。；;0-9０-９]{1,8}?时"
FROM_AN_EVENTS_TIME = compile_pattern(rf"\s*(?:由|从){_AN_EVENTS_TIME}$")


@cache
def level_points() -> frozenset[str]:
    """Words naming which level of a series a figure is (最高点, 峰值): never what is measured."""
    return frozenset(lexicon.word_list("level_point_words.txt"))


# a heading naming the first of a list: "失业率最高的是建造业", "跌幅最大的为制造业"
def _counts_something(phrase: str) -> bool:
    """The phrase holds a figure that counts or measures (有8家预告上半年净利将下滑50%以上: a statement of its own, no
    heading of the figures after it), not a year (台灣新生兒數在104年仍有上升)."""
    return any(q.kind in _COUNTING_KINDS for q in find_quantities(phrase))


_COUNTING_KINDS = ("count", "money", "measure", "percent")


@cache
def _trend_heading() -> re.Pattern[str]:
    """A heading clause of a noun phrase and a predicate of trend (lexicon/heading_trend_words.txt)."""
    words = lexicon.alternation(lexicon.word_list("heading_trend_words.txt"))
    return compile_pattern(rf"(?P<what>[^，,；;。]{{2,{MAX_METRIC}}}?)(?:{words}).*")


# a rank and what holds it (第二名为大陆, 第三名则是港澳地区): a ranked list's item, no metric
RANK_SAID = compile_pattern(r"第[0-9０-９一二两三四五六七八九十]+(?:名|位)(?:则|也|依次)?(?:为|是)")
# a rank held, ending a heading (居全国前5位, 位居全省第一, 排名全国第3名)
_RANK_HELD_AT_END = compile_pattern(
    r"(?:位居|稳居|居于|居|排名|排在|列)(?:全国|全省|全市|全区|全球|世界|同类城市|各省份?)?"
    r"(?:前|第)[0-9０-９一二两三四五六七八九十]+(?:位|名)?(?:之列)?$"
)
# a time after 在 and the adverbs of a trend ending the words before it (在2015年仍有, 在104年仍, 总算在去年底)
_TIME_AND_ADVERBS_BEFORE_A_TREND = compile_pattern(
    r"(?:总算|终于)?(?:在[^，,。；;]{1,10}?(?:年|月|季度|期间)[底初末]?)?(?:仍然|仍有|仍旧|依然|依旧|仍|还|也|亦)?$"
)


@cache
def _milestone_passed() -> re.Pattern[str]:
    """A heading clause saying a measure passed a round mark (lexicon/milestone_words.txt) with a verb of passing
    it (lexicon/milestone_verbs.txt): the measure is the words before the verb."""
    verbs = lexicon.alternation(lexicon.word_list("milestone_verbs.txt"))
    marks = lexicon.alternation(lexicon.word_list("milestone_words.txt"))
    return compile_pattern(rf"(?P<what>[^，,；;。]{{2,{MAX_METRIC}}}?)(?:{verbs})[^，,；;。]{{1,12}}(?:{marks})")


_FIRST_IS = compile_pattern(r"(?P<what>.+?)(?:最高|最低|最多|最少|最大|最小|最快|最慢)的(?:是|为)(?P<which>.{1,12})")


@cache
def _purpose_opening() -> re.Pattern[str]:
    return compile_pattern(lexicon.alternation(lexicon.word_list("purpose_clause_openers.txt")))


def _a_figure_in_words(heading: str) -> bool:
    """The clause ends with a figure written in Chinese numerals and its unit (平均失業人數為五萬三千人)."""
    quantities = find_quantities(heading.rstrip())
    return bool(quantities) and bool(quantities[-1].unit) and quantities[-1].end == len(heading.rstrip())


def heading_clause(text: str, claim: Claim, mentions: dict) -> str | None:
    """ "个人免税额，由现时13.2万元增至13.5万元", "…人士的失业率，分别为4.5%、6.6%", "出院病例中，长沙市
    19例": a figure whose clause names nothing (it opens with 由/从 and the time it changes from, or
    holds only link words or a place) is a level of the noun phrase that heads the sentence, when
    that clause holds no figure."""
    head = text[claim.sentence_start : claim.start]
    comma = max(head.rfind("，"), head.rfind(","))
    colon = max(head.rfind("："), head.rfind(":"))
    if colon > comma:
        return _colon_list_heading(head, colon, claim, mentions)
    if comma <= 0:
        return None
    clause = head[comma + 1 :]
    names_nothing = not tidy_metric(clean_before(clause, claim.sentence_start + comma + 1, mentions))
    if not (_from_clause().fullmatch(clause) or names_nothing):
        return None
    # the clause before: 按行业划分，失业率最高的是建造业，达到11.2% is headed by its middle clause
    opening = max(head.rfind("，", 0, comma), head.rfind(",", 0, comma)) + 1
    heading = head[opening:comma]
    if RANK_SAID.match(heading):
        return None  # 第二名則為大陸，達323.7萬人次: a ranked list's item heads nothing
    if breakdown_by_place().fullmatch(heading):
        return None  # 就乡镇别言，卓兰镇12亿元，增长6.1%: how the parts are named, not what they measure
    trend = _trend_heading().fullmatch(heading)
    if trend is not None and not _counts_something(trend["what"]):
        # 老年人口比率呈逐年上升之势，至2023年底达11.5%: the noun phrase before the trend is what is measured
        # less the time and the adverbs before the trend (台灣新生兒數在104年仍有上升, 全省粮食产量在2015年仍有上升)
        named = _TIME_AND_ADVERBS_BEFORE_A_TREND.sub("", trend["what"])
        what = tidy_metric(clause_adverbs_removed(clean_before(named, claim.sentence_start + opening, mentions)))
        if what and (phrase_words(what)[-1][1].startswith(("n", "vn")) or what.endswith(MEASURES)):
            return what
    if (ranked := _RANK_HELD_AT_END.search(heading)) is not None and ranked.start() > 0:
        # 北京、广东软件业务收入居全国前2位,分别同比增长10.6%、6.5%: the rank the measure holds is no word of it
        heading = heading[: ranked.start()]
    milestone = _milestone_passed().fullmatch(heading)
    if milestone is not None:
        # 上半年体育彩票总销量突破200亿大关,达206.35亿元: the measure that passed the mark, not the mark
        heading = milestone["what"]
    time = period_pattern(heading).match(heading)
    if time is not None and time.end() < len(heading):
        # 今年8月零售業總銷貨數量的臨時估計，較去年同月上升11%: the month opening the heading says when (the period
        # step reads it), no count of a list heading
        opening, heading = opening + time.end(), heading[time.end() :]
    if any(ch.isdigit() for ch in heading):
        # 其他9个地市新增确诊病例中，深圳6例: the noun after a list heading's count names the parts
        noun = counted_heading_noun(heading)
        if noun is None:
            return None
        opening, heading = opening + noun, heading[noun:]
    elif _a_figure_in_words(heading):
        return None  # 平均失業人數為五萬三千人，比去年同期減少一千人（百分之一點八五）: a level, no heading
    if _purpose_opening().match(heading):
        return None  # 为了药品的销售，尹某花了1.5万元: a clause of why heads nothing
    first = _FIRST_IS.fullmatch(heading)
    if first is not None:  # 失业率最高的是建造业，达到11.2%: the figure is 建造业's 失业率
        return tidy_metric(first["which"] + clean_before(first["what"], claim.sentence_start + opening, mentions))
    phrase = tidy_metric(clean_before(heading, claim.sentence_start + opening, mentions))
    # a heading is a noun phrase (个人免税额, 出院病例; 一般公共预算收入, a sum's name whose last word jieba tags a
    # verb); a clause of saying (记者…对记者称) heads nothing
    if not phrase:
        return None
    noun = phrase_words(phrase)[-1][1].startswith(("n", "vn")) or phrase.endswith(MEASURES)
    return phrase if noun or phrase.endswith(lexicon.money_words()) else None


@cache
def _list_heading_endings() -> re.Pattern[str]:
    return compile_pattern("(?:" + lexicon.alternation(lexicon.word_list("list_heading_endings.txt")) + ")$")


@cache
def distributive_opening() -> re.Pattern[str]:
    return compile_pattern(lexicon.alternation(lexicon.word_list("distributive_openings.txt")))


def _colon_list_heading(head: str, colon: int, claim: Claim, mentions: dict) -> str | None:
    """ "新增病例分布如下：广州2例、深圳4例": the parts of a list after a heading that says a list follows
    (lexicon/list_heading_endings.txt) or opens with each place (各州市…: lexicon/distributive_openings.txt)
    count what the rest of the heading names (新增病例), when the part's own words name nothing (a place). Not
    a figure of another list found by its value (男性4例 after it)."""
    clause = head[colon + 1 :]
    if tidy_metric(clean_before(clause, claim.sentence_start + colon + 1, mentions)):
        return None
    heading = head[:colon]
    opening = max(heading.rfind(mark) for mark in "，,；;。") + 1
    ending = _list_heading_endings().search(heading)
    if ending is not None:
        heading, a_noun_phrase = heading[opening : ending.start()], a_noun
    elif (spread := distributive_opening().match(heading, opening)) is not None:
        # 各州市累计确诊病例：昆明市53例、…: each place's figure of what the rest of the heading names, a noun
        # phrase (确诊病例 opens with its verb, as the rest of a heading ending 如下 may not)
        opening, heading, a_noun_phrase = spread.end(), heading[spread.end() :], _ends_in_a_noun
    else:
        return None
    if not heading or any(ch.isdigit() for ch in heading):
        return None
    phrase = tidy_metric(clean_before(heading, claim.sentence_start + opening, mentions))
    return phrase if phrase and a_noun_phrase(phrase) else None


def _ends_in_a_noun(phrase: str) -> bool:
    """A phrase ending in a noun or a measure (确诊病例, 粮食产量)."""
    return phrase_words(phrase)[-1][1].startswith(("n", "vn")) or phrase.endswith(MEASURES)


def categories_under_a_heading(text: str, claims: list[Claim], mentions: dict) -> None:
    """ "6起重大火灾中，城市4起，农村2起": the parts of a list under a heading of what they count (N起X中，), each named
    by a category word alone (城市, 农村, 其他区域: no place, no sex, no kind of X of its own), count that category's
    X (城市重大火灾), told apart from the same categories of the next list (65起较大火灾中，农村34起)."""
    for claim in claims:
        heading = _COUNTED_HEADING.match(text, claim.sentence_start)
        if heading is None or claim.start < heading.end():
            continue
        noun = heading["noun"]
        label_start = max(text.rfind(mark, heading.end() - 1, claim.start) for mark in "，,、；;：:") + 1
        label = text[label_start : claim.start]
        if (
            not _CATEGORY_LABEL.fullmatch(label)
            or label_start in mentions
            or label in sex_words()
            or label.endswith(noun[-1])
            or noun in label
            or claim.unit != heading["unit"]
            or not all(tag.startswith(_CATEGORY_TAGS) for _, tag in phrase_words(label))
        ):
            continue
        claim.metric, claim.metric_basis = label + noun, "sentence"


# a heading of what a list's parts count, with its count: 6起重大火灾中，65起较大火灾中：
_COUNTED_HEADING = compile_pattern(
    r"\s*[0-9０-９]+(?P<unit>[起个家例件所次])(?P<noun>[\u4e00-\u9fff]{2,10}?)中[，,：:]"
)
# a category word: nouns (城市, 农村) and a pronoun opening one (其他区域), never a state or an outcome (危重, 死亡)
_CATEGORY_TAGS = ("n", "s", "r")
_CATEGORY_LABEL = compile_pattern(r"[\u4e00-\u9fff]{2,6}")  # a word of its own, no figure, no punctuation
