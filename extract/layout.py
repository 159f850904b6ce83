"""Newspaper page -> articles -> paragraphs -> sentences, all as offsets into the document text.

Pure functions on the text. A printed page holds several articles; they are told apart by their
headlines: short lines without sentence punctuation, `#` headings, the line before a `——`
subtitle or a `本报讯` lead. Column breaks cut paragraphs mid-sentence ("年可新增产" / "值36亿元"),
so a paragraph that does not end a sentence is joined to the next one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from extract import lexicon
from extract.pattern_cache import compile_pattern
from extract.table_cells import Table, find_tables, text_lines

_SENTENCE_END = r"[。！？!?；;]+[”’」』\"']*|…{2}[”’」』]?"
# a sentence: its ending alone, or from a non-blank character to the first ending (a single … is
# no ending), or the rest up to its last non-blank character. One match per sentence, already
# trimmed: splitting at each ending and stripping the pieces took three times as long.
_SENTENCE = compile_pattern(
    rf"(?:{_SENTENCE_END})|\S[^。！？!?；;…]*(?:…(?!…)[^。！？!?；;…]*)*(?:{_SENTENCE_END})|\S(?:.*\S)?", re.S
)
_TERMINAL = "。！？!?；;…”’」』\"'）)"
_BYLINE = compile_pattern(r"^(?:本报讯|本报[^\s，,]{0,6}电)[(（][^)）]{0,40}[)）]")
_BYLINE_START = compile_pattern(r"本报讯|本报[^\s，,]{0,6}电")
_CREDIT = compile_pattern(
    r"^(?:(?:本报)?记者|通讯员|实习生|见习记者|图/|文/|摄影)[\s　:：]*\S{1,4}(?:[\s　]+\S{1,4}){0,4}$"
)
# a line of the date alone (2013-01-12, 2024年3月5日 10:32), under a headline: when it came out, no headline itself
_DATELINE = compile_pattern(
    r"^\s*(?:19|20)\d{2}\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}\s?日?(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*$"
)
_CAPTION = compile_pattern(r"(?:^▲|摄$|摄影$|供图$|(?:记者|通讯员)\s*\S{2,4}(?:\s+\S{2,4})*\s*摄\s*$)")
_HEADLINE_MAX = 32
# 一、2024年工作回顾, （一）高质量发展迈出坚实步伐, 第二章: sections of one report, not new articles; nor are
# the numbered lines of a list (其中：1.鄂尔多斯市11例（…） 2.包头市10例…), however short
_NUMBERED_HEADING = compile_pattern(
    r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[)）]|第[一二三四五六七八九十]+[章节部分]"
    r"|[0-9０-９]{1,2}[.．、](?![0-9０-９]))"
)
# a section's head set off by emphasis marks inside a story (*3月貨運量按年增15.1%*, **首季业绩**, ■ 客流回升): a
# subhead of the article it is in, once that article has a paragraph, not a new article's headline
_EMPHASISED_HEADING = compile_pattern(r"\s*(?:\*{1,2}[^*\n]+\*{1,2}\s*$|[■◆●]\s*\S)")
_SPEAKER_HEADLINE_MAX = 40  # 怀化市通道县坪坦乡乡长吴贤：皇都侗歌文旅小镇，…: who speaks, then what
_SENTENCE_PUNCTUATION = compile_pattern(r"[。！？!?；;]")
# a headline's opening cry (好消息！, 重磅！, 刚刚！): a word or two and an exclamation mark
_INTERJECTION = compile_pattern(r"[^\s，,。！？!?；;：:]{1,4}[！!]\s*")
# a post's topic tag (#新冠肺炎最新动态#; not a heading written with #) and its title in brackets after its tags
# (【#宁夏新增2例累计45例#】, the title a group): the period step reads the same markup
TOPIC_TAG = r"#[^#\s][^#\n]{0,29}#"
BRACKETED_TITLE = r"【([^】\n]{1,80})】"
_TOPIC_TAGS = compile_pattern(rf"(?:{TOPIC_TAG}\s*)+(?:{BRACKETED_TITLE})?")
_PAUSE = compile_pattern(r"[，,、]")
_OPEN_END = compile_pattern(r"[，,、：:]$")


_BODY_ROLES = ("paragraph", "table")


# a NamedTuple, not a frozen dataclass: built by the hundred per page, and twice as fast to build
class Block(NamedTuple):
    """A span of the text with its role on the page."""

    start: int
    end: int
    role: str  # headline kicker subtitle subhead byline caption paragraph table (a table's row or title line)


@dataclass
class Article:
    index: int
    start: int
    end: int
    headline: Block | None = None
    subtitle: Block | None = None
    byline: Block | None = None
    blocks: list[Block] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)

    def headline_text(self, text: str) -> str | None:
        if self.headline is None:
            return None
        return text[self.headline.start : self.headline.end].lstrip("#").strip()

    @property
    def paragraphs(self) -> list[Block]:
        """The body's blocks: its paragraphs and, each a paragraph of its own, its tables' lines."""
        return [b for b in self.blocks if b.role in _BODY_ROLES]

    @property
    def lead(self) -> Block | None:
        """The body's first block (paragraphs[0]), found without listing a long article's paragraphs."""
        return next((b for b in self.blocks if b.role in _BODY_ROLES), None)


def _lines(text: str) -> tuple[tuple[int, int], ...]:
    """Non-empty lines as (start, end) with surrounding white space trimmed."""
    return text_lines(text)


def is_headline_like(line: str) -> bool:
    """Short, and without the punctuation of running text: no sentence ending, and at most the one
    pause headlines have between their two phrases (田汉故里 大美果园，约你来相会)."""
    tagged = _TOPIC_TAGS.match(line)
    if tagged is not None:
        # a post's topic tags (#新冠肺炎最新动态#) and its bracketed title open a line: a headline only if nothing
        # follows them or what follows is one (#话题# 【#宁夏新增2例#】2月8日，…。 is the post's first paragraph)
        rest = line[tagged.end() :].strip()
        return not rest or is_headline_like(rest)
    if line.startswith("#"):
        return True  # a heading written with # (## 主要指标)
    interjection = _INTERJECTION.match(line)
    if interjection is not None and interjection.end() < len(line):
        line = line[interjection.end() :]  # 好消息！黑龙江新增出院病例 2 例: the headline after its cry
    colon = max(line.find("："), line.find(":"))
    limit = _SPEAKER_HEADLINE_MAX if 0 < colon < len(line) // 2 else _HEADLINE_MAX
    if len(line) > limit or line.startswith("——"):
        return False
    if _SENTENCE_PUNCTUATION.search(line) or len(_PAUSE.findall(line)) > 1 or _OPEN_END.search(line):
        return False
    if _BYLINE_START.match(line):
        return False  # 本报讯 opens a lead, however short
    return not _CREDIT.match(line)


def _role(line: str) -> str:
    if line.startswith("——") or line.startswith("—— "):
        return "subtitle"
    if _CREDIT.match(line) or _DATELINE.match(line):
        return "byline"
    if ("摄" in line or "供图" in line or line.startswith("▲")) and _CAPTION.search(line):
        return "caption"  # the test of characters first: the pattern is tried at every position
    if is_headline_like(line):
        return "headline"
    return "paragraph"


def split_articles(text: str, tables: list[Table] | None = None) -> list[Article]:
    """The articles of a page, each with its blocks and sentences. A table's lines (its rows and its
    title, `tables` if already found) are blocks of their own, a sentence each: short lines without
    punctuation as they are, they are no headlines, and a row is never joined to the next."""
    lines = _lines(text)
    if tables is None:
        tables = find_tables(text, lines)
    in_table = {start for table in tables for start, _ in table.lines}
    roles = ["table" if s in in_table else _role(text[s:e]) for s, e in lines]
    if lines and roles[0] == "paragraph" and _a_title_line(text, lines):
        roles[0] = "headline"
    for i in range(1, len(lines)):
        # a short line after a paragraph cut mid-sentence is that paragraph's rest ("万元，新建驿站16")
        if roles[i] == "headline" and roles[i - 1] == "paragraph" and text[lines[i - 1][1] - 1] not in _TERMINAL:
            roles[i] = "paragraph"
    parallel = _parallel_subheads(text, lines, roles)
    articles: list[Article] = []
    current: Article | None = None
    for i, ((s, e), role) in enumerate(zip(lines, roles, strict=True)):
        line = text[s:e]
        if role == "headline":
            next_line = text[lines[i + 1][0] : lines[i + 1][1]] if i + 1 < len(lines) else ""
            next_role = roles[i + 1] if i + 1 < len(roles) else ""
            previous_role = roles[i - 1] if i else ""
            if (
                previous_role == "headline"
                and current is not None
                and not current.paragraphs
                and not _heads_a_section_after_figures(text, line, current)
            ):
                # two headline lines before any body: the earlier one is a kicker, this one the headline
                if current.headline is not None:
                    current.blocks[current.blocks.index(current.headline)] = Block(
                        current.headline.start, current.headline.end, "kicker"
                    )
                current.headline = Block(s, e, "headline")
                current.blocks.append(current.headline)
                current.end = e
                continue
            opens_article = (
                not _NUMBERED_HEADING.match(line)
                and not (current is not None and current.paragraphs and _EMPHASISED_HEADING.match(line))
                and i not in parallel
                and (
                    current is None
                    or line.startswith("#")
                    or next_role in ("subtitle", "headline")
                    or bool(_BYLINE.match(next_line))
                    or previous_role in ("byline", "caption")
                    or current.subtitle is None  # only long features with a —— subtitle have subheads
                )
            )
            if opens_article:
                current = Article(len(articles), s, e, headline=Block(s, e, "headline"))
                articles.append(current)
                current.blocks.append(current.headline)
                continue
            role = "subhead"
        if current is None:
            current = Article(len(articles), s, e)
            articles.append(current)
        block = Block(s, e, role)
        if role == "subtitle" and current.subtitle is None:
            current.subtitle = block
        if role == "paragraph" and _BYLINE.match(line) and current.byline is None:
            current.byline = Block(s, s + _BYLINE.match(line).end(), "byline")
        current.blocks.append(block)
        current.end = e
    for article in articles:
        article.blocks = _join_broken_paragraphs(text, article.blocks)
        article.sentences = [
            sentence for block in article.blocks for sentence in split_sentences(text, block.start, block.end)
        ]
    return articles


def _heads_a_section_after_figures(text: str, line: str, current: Article) -> bool:
    """A division's name alone on its line (茅箭区, 丹江口市) after lines that give figures, on a page that leaves its
    lines unpunctuated (全市…学校中 / 共增加学位15700个 / … / 茅箭区): the heading of the section after it, which is
    that division's, not the headline of the lines before it (which a kicker would be)."""
    return _A_DIVISION_ALONE.fullmatch(line) is not None and any(
        _A_FIGURE.search(text, block.start, block.end) for block in current.blocks
    )


# a line that is a division's name and nothing else (茅箭区, 丹江口市, 郧西县)
_A_DIVISION_ALONE = compile_pattern(r"[\u4e00-\u9fff]{1,8}(?:自治县|自治州|自治旗|新区|地区|街道|[区县市旗镇乡州盟])")
_A_FIGURE = compile_pattern(r"[0-9０-９]")


def _a_title_line(text: str, lines: list[tuple[int, int]]) -> bool:
    """The page's first line, alone before a blank line, short and without a sentence's end, is its title also
    with more than one pause (内蒙古无新增确诊病例，新增出院病例5例，排除疑似病例1例 over a feed item's body: it was
    joined to the body's first sentence as a paragraph cut short)."""
    start, end = lines[0]
    line = text[start:end]
    alone = len(lines) > 1 and end - start <= _TITLE_MAX and text.count("\n", end, lines[1][0]) > 1
    # or over a line of its date alone, a release's phrases apart by spaces (全年消費投訴破4萬宗 食肆及娛樂服務連續三年
    # 居榜首 … over 2025.02.10)
    dated = len(lines) > 1 and end - start <= _DATED_TITLE_MAX and _DATELINE.match(text[slice(*lines[1])]) is not None
    return (alone or dated) and _SENTENCE_PUNCTUATION.search(line) is None and _OPEN_END.search(line) is None


_TITLE_MAX = 40  # characters of the longest title a page opens with alone (a feed's title of three clauses)
_DATED_TITLE_MAX = 80  # a press release's title of several phrases over its date


def _parallel_subheads(text: str, lines: list[tuple[int, int]], roles: list[str]) -> set[int]:
    """The headline-like lines after the first paragraph that open alike, two or more of them (乡村振兴，让农民更富 …
    乡村振兴，让农村更美): the parallel subheads of one feature's sections, not the headlines of new articles."""
    first_paragraph = next((i for i, role in enumerate(roles) if role == "paragraph"), len(roles))
    openings: dict[str, list[int]] = {}
    for i in range(first_paragraph + 1, len(lines)):
        if roles[i] == "headline":
            start, end = lines[i]
            if end - start > _PARALLEL_OPENING and not text.startswith("#", start):  # ## a page's own headline
                openings.setdefault(text[start : start + _PARALLEL_OPENING], []).append(i)
    return {i for found in openings.values() if len(found) > 1 for i in found}


# the characters two subheads of one feature open alike with (乡村振兴, 产业发展)
_PARALLEL_OPENING = 4


def _join_broken_paragraphs(text: str, blocks: list[Block]) -> list[Block]:
    """A paragraph cut by a column break continues in the next paragraph block."""
    joined: list[Block] = []
    for block in blocks:
        if (
            joined
            and block.role == "paragraph"
            and joined[-1].role == "paragraph"
            and text[joined[-1].end - 1] not in _TERMINAL
        ):
            joined[-1] = Block(joined[-1].start, block.end, "paragraph")
        else:
            joined.append(block)
    return joined


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of text[start:end]: ended by 。！？；, with closing quotes kept in the sentence,
    without the white space around them. A numbered heading run into its first sentence with no stop between
    ("(一)稻谷种植面积略降、产量上升幅度大2021年无为市稻谷播种面积85.24万亩") ends where that sentence opens
    with its year."""
    spans = []
    for match in _SENTENCE.finditer(text, start, end):
        run_on = _HEADING_RUN_INTO_A_YEAR.match(text, match.start(), match.end())
        if run_on is not None:
            spans.append((match.start(), run_on.start("year")))
            spans.append((run_on.start("year"), match.end()))
        else:
            spans.append(match.span())
    return spans


# a numbered heading ((一), （二）, 三、) of a few words with no pause, then a year opening the sentence after it
_HEADING_RUN_INTO_A_YEAR = compile_pattern(
    r"(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)"
    r"[^，,。；;：:！？!?\s（(0-9０-９]{4,30}?(?P<year>(?:19|20)[0-9]{2}年)"
)


def inside_title(text: str, start: int) -> bool:
    """Whether an offset is inside a title in 《》 (《关于加强…的二十条措施》)."""
    opening = text.rfind("《", max(0, start - 60), start)
    return opening >= 0 and text.find("》", opening, start) < 0 and text.find("》", start, start + 60) >= 0


_LAYOUT_BREAK = compile_pattern(r"[ \t\u3000]*\n\s*")
_WORD_CHAR = compile_pattern(r"[A-Za-z0-9]")


def shown_text(text: str) -> str:
    """A stretch of the page as a reader sees it: the line and column breaks of the layout removed.

    A sentence cut by a column break ("3500\\n\\n万元") is one sentence; between two Latin words or
    numbers a break is a space, between Chinese characters it is nothing. Offsets always index the
    original text; this is only what mentions and sentences show.
    """
    if "\n" not in text:
        return text
    text = text.strip()
    return _LAYOUT_BREAK.sub(lambda m: _join(text, m.start(), m.end()), text)


def _join(text: str, start: int, end: int) -> str:
    before, after = text[start - 1 : start], text[end : end + 1]
    return " " if _WORD_CHAR.match(before) and _WORD_CHAR.match(after) else ""


def continues_a_list(text: str, start: int) -> bool:
    """Whether the sentence at `start` goes on listing the parts of a whole named before it: it opens with
    其中 or a word of a breakdown by place (按地区分, 分地区看: lexicon/breakdown_openers.txt), or the one before ended
    with a semicolon (…福州市1例（…）；　　厦门市2例（…）；), spaces between."""
    if text.startswith(_list_openers(), start):
        return True
    before = text[max(0, start - _LIST_REACH) : start].rstrip(_LIST_SPACES)
    return before.endswith(("；", ";"))


@cache
def _list_openers() -> tuple[str, ...]:
    return ("其中", *lexicon.word_list("breakdown_openers.txt"))


@cache
def list_opening() -> re.Pattern[str]:
    """其中 or a breakdown by place (分县区看) opening a sentence of a whole's parts, with the punctuation after it."""
    return compile_pattern("(?:" + lexicon.alternation(_list_openers()) + r")[：:，,\s]*")


@cache
def breakdown_by_place() -> re.Pattern[str]:
    """The words of a breakdown by place (按地区分, 分县区看, 就县市别言: lexicon/breakdown_openers.txt), with the
    punctuation after them."""
    return compile_pattern("(?:" + lexicon.alternation(lexicon.word_list("breakdown_openers.txt")) + r")[：:，,\s]*")


_LIST_REACH = 8  # characters back over the spaces a bulletin puts between its list's items
_LIST_SPACES = " \t\u3000\xa0"


@cache
def dateline_pattern() -> re.Pattern[str]:
    """A dateline opening a line or a paragraph (or after 据, or a headline's 】): the agency, a place of up to eight
    characters (not 从 or 获悉: "本报记者从市统计局获悉消息" is a sentence), a date, then 电, 讯 or 消息; or, copied
    without its agency, a place and a date before 电 and the story ("昆明2月27日电 记者27日从…获悉"); any paper's 讯
    before its credit (北京商报讯(记者…): the paper is named after its city, no subject); or a reporter's
    credit in brackets, as Taiwan's papers open a story (〔記者游明金/宜蘭報導〕, 【記者王小明／台北報導】)."""
    agencies = lexicon.alternation(lexicon.word_list("news_agencies.txt"))
    return compile_pattern(
        rf"(?:^|(?<=[\n　 】]|据))(?:(?:{agencies})(?:记者)?(?:(?![从获悉在])[\u4e00-\u9fff]){{0,8}}?"
        r"(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?(?:电|讯|消息)"
        # any paper's or site's own 讯, its name ending in 报 or 网 (北京商报讯(记者…), 三峡晚报讯, 湖南日报网讯)
        r"|[\u4e00-\u9fff]{2,8}?(?:报|网)(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?讯(?=[\s　]|[（(]|记者)"
        r"|[\u4e00-\u9fff]{2,8}?[0-9０-９]{1,2}月[0-9０-９]{1,2}日电(?=[\s　]|记者|[（(])"
        r"|[〔【［\[]\s*[記记]者[^〕】］\]\n]{1,24}(?:[報报][導导道]|[電电])\s*[〕】］\]])",
        re.MULTILINE,
    )
