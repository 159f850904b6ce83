"""What an article is about, and which subjects carry from one sentence to the next.

The subject step (claimkb_subject) finds each sentence's own subject; a figure whose sentence names
none takes one from here: the nearest earlier sentence subject that may carry (the article's topic,
or a place or body named more than once), the article's topic at a new paragraph when that subject
was only a village inside it or a county around it, and in a story about one organisation, that
organisation rather than the region. Pure functions on places and the page's layout.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from extract import lexicon
from extract.claims import Claim
from extract.layout import Article, Block, breakdown_by_place
from extract.pattern_cache import compile_pattern
from extract.places import Place, division_code, is_named_group
from extract.words import phrase_words

DIVISION_LEVELS = ("province", "city", "county", "town", "village")
_LOCAL_LEVELS = ("town", "village")  # the places a feature without a headline may be about
# a paragraph that opens with an item number (1、 2． 十、): one item of a digest or a numbered list
_NUMBERED_ITEM = compile_pattern(r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、．](?!\d)")

# named this often, and three times as often as any other body: the organisation a story is about
_BODY_MIN_MENTIONS = 6
_BODY_DOMINANCE = 3


def story_bodies(
    named_places: list[tuple[int, Place]], topics: dict[int, Place], article_count: int
) -> dict[int, Place]:
    """(article, place) for every naming -> article -> the organisation its story is about (州医院 in
    a report on its heads' trial): named at least six times in the document (该院 and short names
    counting), three times as often as any other body, and named in the article (a page's other
    stories are not about it) or in a section after the first that names it with no topic and no other
    body of its own (a story's later subheads: "将有更多死者家属索赔" in the report of a court's trial)."""
    counts = Counter(place for _, place in named_places if place.level == "organisation").most_common(2)
    if not counts or counts[0][1] < _BODY_MIN_MENTIONS:
        return {}
    if len(counts) == 2 and counts[1][1] * _BODY_DOMINANCE > counts[0][1]:
        return {}
    body = counts[0][0]
    bodies = {article: body for article, place in named_places if place == body}
    # a section that names a body of its own is another story's, whatever its topic
    naming_others = {article for article, place in named_places if place.level == "organisation"}
    for article in range(min(bodies), article_count):
        if article not in bodies and article not in topics and article not in naming_others:
            bodies[article] = body
    return bodies


def about_the_body(
    carried: Place | None, body: Place | None, named: Counter[tuple[int, str]], region: Place | None
) -> Place | None:
    """In a story about one organisation, a figure with no subject of its own is the body's, not that
    of the region (or a place above it) or of a body named in passing (a third as often or less) in
    a sentence before it: the bribes in a report on a hospital's heads are the hospital's case. Not the country of a
    national text: figures carried from a sentence about the country (商务部当天公布的数据显示，…我国服务贸易…。
    服务进出口总额33922.1亿元) are the country's, in a story about a ministry or a company alike."""
    if body is None or carried is None or carried == body:
        return carried
    if carried.level == "organisation":
        mentions: Counter[str] = Counter()
        for (_, name), count in named.items():
            mentions[name] += count
        return body if mentions[carried.name] * _BODY_DOMINANCE <= mentions[body.name] else carried
    if region is not None and region.level != "country" and (carried == region or inside(region, carried)):
        return body
    return carried


def carriable(
    sentence_subjects: list[tuple[int, Place]],
    named: Counter[tuple[int, str]],
    article_index: int,
    articles: list[Article],
) -> list[tuple[int, Place]]:
    """The sentence subjects that may carry to the sentences after them: the article's own topic,
    named in its headline or first paragraph or named again later (全县 and 该镇 count as naming the
    place they resolve to). A place or body named once in passing ("中国资源循环集团总部落户天津",
    "宁河区入选…") is what its own sentence is about, not the figures of the sentences after it; a group named in
    quotes (成都、泸州、德阳、宜宾“四大产区”) is named to be written of, once is enough."""
    article = articles[article_index] if article_index < len(articles) else None
    lead = article.lead if article is not None else None
    lead_end = lead.end if lead is not None else 0
    return [
        (start, place)
        for start, place in sentence_subjects
        if start < lead_end or named[(article_index, place.name)] > 1 or is_named_group(place)
    ]


def article_topic(
    sentence_subjects: list[tuple[int, Place]],
    article_index: int,
    articles: list[Article],
    named_in_article: Counter[tuple[int, str]],
) -> Place | None:
    """What an article is about: the subject its headline names (怀化市通道县坪坦乡乡长…: the 乡),
    else the first one its lead paragraph names. An article without a headline is about a town or village only:
    the one its opening sentence makes its subject and names again (近年来,蚌埠市五河县新集镇以… 新集镇坚持…, a
    feature copied without its headline); else None."""
    article = articles[article_index] if article_index < len(articles) else None
    lead = article.lead if article is not None else None
    if article is None or lead is None:
        return None
    if article.headline is None:
        opening = _opening_end(article, lead)
        return next(
            (
                place
                for start, place in sentence_subjects
                if start < opening
                and place.level in _LOCAL_LEVELS
                and _named_again(place, article_index, named_in_article)
            ),
            None,
        )
    # a place the lead names after its opening sentence is the topic only when the article names it
    # again: once, it is a setting or an example ("在广西…卫生院，…" in a national feature)
    lead_opening = _opening_end(article, lead)
    named = [
        place
        for start, place in sentence_subjects
        if start < lead_opening or (start < lead.end and named_in_article[(article_index, place.name)] > 1)
    ]
    if not named:
        return None
    # the headline's 果园镇 is the lead's 长沙县果园镇
    return next((p for p in named[1:] if p.name.endswith(named[0].name) and p.level == named[0].level), named[0])


def _named_again(place: Place, article_index: int, named_in_article: Counter[tuple[int, str]]) -> bool:
    """The article names the town or village more than once, with or without the places above it (五河县新集镇 …
    新集镇)."""
    times = sum(
        count
        for (index, name), count in named_in_article.items()
        if index == article_index and (name.endswith(place.name) or place.name.endswith(name))
    )
    return times > 1


def carried(
    claim: Claim,
    sentence_subjects: list[tuple[int, Place]],
    articles: list[Article],
    topic: Place | None,
    named: Counter[tuple[int, str]],
    text: str | None = None,
    every_subject: list[tuple[int, Place]] | None = None,
) -> Place | None:
    """The subject of the nearest earlier sentence of the article, except that a division other than
    the article's topic carries only to the end of its paragraph, after which the topic (or nothing)
    stands: the 产业发展： paragraph of a feature about a town is the town's, not that of the village
    or county the paragraph before it named, and 上海 in "其中上海增补的种类最多" is no subject of
    the next paragraph's national figures; so does a body the article names once (the clinic a
    feature opens with). A body the story names again (a farm, a bureau, a hospital) carries on: a
    story about it gives its figures in the quotes and paragraphs after the one that introduced it,
    and a paragraph opening with 其中 gives parts of the figure before it.
    Nothing carries into a numbered paragraph (1、…, 2、…): a digest's items are stories of their
    own. A headline takes its lead's. A body named once that the paragraph opens with (`every_subject`: the subjects of
    all sentences, those named once included) stands between: "恩施机场…保障航班208架次。其中，4月29日
    …6360人次" is that airport's, not the one the paragraphs before were about."""
    i = bisect_left(sentence_subjects, claim.sentence_start, key=lambda pair: pair[0])
    article = articles[claim.article_index] if claim.article_index < len(articles) else None
    paragraphs = article.paragraphs if article is not None else []
    carried_from = sentence_subjects[i - 1][0] if i > 0 else -1
    between = _body_named_since(claim, carried_from, every_subject or [], paragraphs, text)
    if between is not None:
        return between
    if i > 0:
        earlier_start, earlier = sentence_subjects[i - 1]
        paragraph = _paragraph_at(paragraphs, claim.sentence_start)
        if paragraph is not None and earlier_start < paragraph.start:
            if text is not None and _NUMBERED_ITEM.match(text, paragraph.start):
                return None
            in_passing = earlier.level in DIVISION_LEVELS or (
                named[(claim.article_index, earlier.name)] < 2 and not _continues(text, claim.sentence_start)
            )
            if earlier != topic and in_passing:
                return topic
        return earlier
    in_headline = bool(paragraphs) and claim.start < paragraphs[0].start
    if in_headline and i < len(sentence_subjects) and article is not None:
        start, subject = sentence_subjects[i]
        # the lead's own subject: named in its opening sentence, or named there and again later; a place the
        # lead names further in once, or a later paragraph names, is a setting or an example of the story
        lead = paragraphs[0]
        if start < _opening_end(article, lead) or (start < lead.end and named[(claim.article_index, subject.name)] > 1):
            return subject
    return None


def _body_named_since(
    claim: Claim,
    carried_from: int,
    every_subject: list[tuple[int, Place]],
    paragraphs: list[Block],
    text: str | None,
) -> Place | None:
    """The body (no division: a place named in passing carries to no sentence) that the paragraph's opening sentence is
    about, when no other sentence of the paragraph before the claim's names a subject, and that sentence is later than
    the one a subject would be carried from: a paragraph opening with a body is about it, one that names a body in a
    later sentence (…，中国资源循环集团总部落户天津。全年实际使用外资50亿美元) names it in passing."""
    j = bisect_left(every_subject, claim.sentence_start, key=lambda pair: pair[0])
    if j == 0:
        return None
    start, place = every_subject[j - 1]
    paragraph = _paragraph_at(paragraphs, claim.sentence_start)
    if start <= carried_from or place.level != "organisation" or paragraph is None or start != paragraph.start:
        return None
    return None if text is not None and _a_person_of(text, start, place) else place


def _a_person_of(text: str, start: int, body: Place) -> bool:
    """Whether the body's name, written in the sentence from `start`, is followed by a noun of people
    (曹县华兴服饰有限公司工人王某…: lexicon/people_nouns.txt endings): the paragraph tells of a person of the body, not
    of the body's work."""
    at = text.find(body.name, start, start + _OPENING_REACH)
    if at < 0:
        return False
    words = phrase_words(text[at + len(body.name) : at + len(body.name) + _NEXT_WORD_REACH])
    return bool(words) and words[0][0].endswith(tuple(lexicon.word_list("people_nouns.txt")))


_OPENING_REACH = 40
_NEXT_WORD_REACH = 6


def restating_the_lead(
    text: str, article: Article | None, sentence_subjects: list[tuple[int, Place]]
) -> list[tuple[int, Place]]:
    """The sentences that open again with the time clause the lead opened with ("3月17日0—24时，新增报告境外输入确诊
    病例12例" after "3月17日0—24时，31个省…报告…" and a paragraph on Hubei), with the lead's subject: a bulletin that
    repeats its report window starts a section of its lead's scope, and no place carries into it from the section
    before. Only sentences naming no subject of their own; (start, subject) pairs, in text order."""
    lead = article.lead if article is not None else None
    if lead is None:
        return []
    opening = next(((start, end) for start, end in article.sentences if start >= lead.start), None)
    own = dict(sentence_subjects)
    if opening is None or opening[0] not in own:
        return []
    window = _REPORT_WINDOW.match(text, opening[0])
    if window is None:
        return []
    return [
        (start, own[opening[0]])
        for start, _ in article.sentences
        if start > opening[0] and start not in own and text.startswith(window.group(), start)
    ]


# a clause of a date and an hour or a span of hours, and nothing else (3月17日0—24时，, 截至2月1日24时，)
_REPORT_WINDOW = compile_pattern(r"(?:截至|截止)?[0-9０-９年月日]{3,12}[0-9０-９—\-－~～至时点]{1,12}时[，,]")


def _opening_end(article: Article, lead: Block) -> int:
    """Where the lead paragraph's first sentence ends."""
    return next((end for start, end in article.sentences if start >= lead.start), lead.end)


def said_by(
    claim: Claim, sentence_subjects: list[tuple[int, Place]], articles: list[Article], text: str
) -> Place | None:
    """A figure in a quotation that its paragraph opened before it is what the person the paragraph
    introduced says: the subject of the nearest earlier sentence of the paragraph, also one named once
    ("…韩摆渡镇农民赵士友到卫生院看病…。“我8月底才买的同样的药，要84元。”")."""
    article = articles[claim.article_index] if claim.article_index < len(articles) else None
    paragraph = _paragraph_at(article.paragraphs, claim.sentence_start) if article is not None else None
    if paragraph is None:
        return None
    opening = text.rfind("“", paragraph.start, claim.start)
    if opening < 0 or text.rfind("”", opening, claim.start) >= 0:
        return None
    i = bisect_left(sentence_subjects, claim.sentence_start, key=lambda pair: pair[0])
    if i > 0 and sentence_subjects[i - 1][0] >= paragraph.start:
        return sentence_subjects[i - 1][1]
    return None


def _continues(text: str | None, sentence_start: int) -> bool:
    """A sentence opening with 其中 gives parts of the figure before it: the same subject's."""
    return text is not None and text.startswith("其中", sentence_start)


def inside(place: Place, around: Place) -> bool:
    """A village or town of the place (通道县坪坦乡文化村 in 通道县坪坦乡, 浏阳市文家市镇 in 浏阳市)."""
    if not above(around, place):
        return False
    if place.name.startswith(around.name) or place.parent == around.name:
        return True
    # a province, city or county around it: by division code (湖南省 around 浏阳市文家市镇)
    digits = {"province": 2, "city": 4, "county": 6}.get(around.level)
    code, around_code = division_code(place), around.code
    return digits is not None and code is not None and around_code is not None and code[:digits] == around_code[:digits]


def _paragraph_at(paragraphs: list[Block], offset: int) -> Block | None:
    i = bisect_left(paragraphs, offset + 1, key=lambda block: block.start) - 1
    return paragraphs[i] if i >= 0 and offset < paragraphs[i].end else None


def above(outer: Place, inner: Place) -> bool:
    if outer.level not in DIVISION_LEVELS or inner.level not in DIVISION_LEVELS:
        return False
    return DIVISION_LEVELS.index(outer.level) < DIVISION_LEVELS.index(inner.level)


def ranks_the_parts_of_a_whole(text: str, article: Article | None) -> bool:
    """The article ranks the parts of a whole: its headline ranks its place in a larger one (連江縣人口增加率119.14‰全國
    最高, 某市增速全省第一) and its body breaks its figures down by division (就縣市別言, 分县市看). Its figures with no
    place of their own are the whole's, not the headline place's, which is one of the parts ranked."""
    if article is None or article.headline is None:
        return False
    headline = text[article.headline.start : article.headline.end]
    if _RANKED_IN_A_WHOLE.search(headline) is None:
        return False
    return breakdown_by_place().search(text, article.headline.end, article.end) is not None


# a place ranked in the whole it is part of (全国最高, 全省第一, 居全市首位), or among the others its body compares
# it with (台中表现最佳、1县市最差)
_RANKED_IN_A_WHOLE = compile_pattern(
    r"全(?:国|省|市|区|州|县)(?:最高|最低|最多|最少|最快|最慢|第[一二三1-3]|首位|之首|前列)"
    r"|(?:表现|绩效|成绩|排名)(?:最佳|最好|最优|最差|最末|垫底)"
)
