"""Ages and the persons they measure (claimkb_metric).

An age's metric is the person or case named before it (患者, 病例), or 年龄 where written: a sex listed beside
it (男，57岁; 70岁女性) is an attribute of the person, never the metric, and a person's name (罗某某) or an
ordinal (第94例) says which one, not who; the oldest's and the youngest's age of a group are told apart by
年龄最大, 年龄最小. The metric step (metric.py) runs persons_aged over a document's figures once their own
clauses have named them.
"""

from __future__ import annotations

import re
from functools import cache

from extract import lexicon
from extract.aspect_words import PEOPLE_UNITS, accumulating_outcomes
from extract.claims import Claim
from extract.components.claims import INFANT_AFTER
from extract.components.metric_phrases import (
    BARE_SHARE,
    PART_LINKS,
    SHARE_NOUN,
    clean_before,
    people_or_case_endings,
    tidy_metric,
)
from extract.pattern_cache import compile_pattern
from extract.words import phrase_words


@cache
def sex_words() -> frozenset[str]:
    return frozenset(lexicon.word_list("sex_words.txt"))


def of_one_sex(metric: str | None) -> bool:
    """A sex alone (男性) or a sex before what a split by sex counts (男性确诊病例: metric_lists.splits_by_sex)."""
    return bool(metric) and (metric in sex_words() or metric.startswith(_SEXES_WRITTEN_OUT))


def without_its_sex(metric: str) -> str:
    """What a split by sex counts, its sex gone (男性确诊病例 -> 确诊病例); any other metric as it is."""
    return metric[len(_SEXES_WRITTEN_OUT[0]) :] if metric.startswith(_SEXES_WRITTEN_OUT) else metric


def sex_written_out(sex: str) -> str:
    """男 -> 男性, as a table's row label and a split by sex write it (男性确诊病例); 男性 as it is."""
    return sex if len(sex) > 1 else f"{sex}{_SEX_NOUN}"


# the sexes as a split by sex writes them before what it counts (男性确诊病例), both of one length
_SEXES_WRITTEN_OUT = ("男性", "女性")
_SEX_NOUN = "性"


def persons_aged(text: str, claims: list[Claim], mentions: dict) -> None:
    """An age measures the person or case named before it (患者, 病例), or 年龄 where written; the sex
    listed beside it (吉林市新增病例，男，57岁; 第94例：70岁女性; 患者为男性，46岁) is an attribute of the
    person, never the metric: an age whose metric is none, or is or ends with a sex, is of the person its
    sentence names before it since the figure before (_person_named_before), else of nothing named."""
    for i, claim in enumerate(claims):
        if claim.kind == "age" and (infant := INFANT_AFTER.match(text, claim.end)):
            # 9个月大婴儿, 三个月大的女婴甜甜: the infant written after its age
            claim.metric, claim.metric_basis = infant["infant"], "clause"
            continue
        if claim.kind == "age":
            extreme = _extreme_age(text, claim)
            if extreme is not None:
                claim.metric, claim.metric_basis = extreme, None
                continue
        if claim.kind == "age" and claim.metric and _without_sex(claim.metric) == claim.metric:
            claim.metric = _the_person_aged(claim.metric)
            continue
        if claim.kind != "age":
            continue
        previous = claims[i - 1] if i and claims[i - 1].sentence_start == claim.sentence_start else None
        since = previous.end if previous is not None else claim.sentence_start
        claim.metric = _person_named_before(text, since, claim.start, mentions)
        claim.metric_basis = "sentence" if claim.metric else None


def counts_of_an_age_band(text: str, claims: list[Claim]) -> None:
    """ "為262名男性、285名女性，…12歲以下72名、65歲以上40名", "60岁以上5例": a count of people right after an age band
    (an age with 以上, 以下 or a range) counts the people of that band among those its sentence counted first
    (本土案例: 12岁以下本土案例), not the sex listed before it."""
    banded: set[int] = set()  # the counts of a band: no whole of the next band's count
    for i in range(1, len(claims)):
        band, claim = claims[i - 1], claims[i]
        between = text[band.end : claim.start].strip()
        if (
            band.kind != "age"
            or claim.kind != "count"
            or claim.unit not in PEOPLE_UNITS
            or not (between in _BAND_ENDS or (not between and band.qualifier in _BAND_QUALIFIERS))
        ):
            continue
        counted = next(
            (
                c.metric
                for c in claims[: i - 1]
                if c.sentence_start == claim.sentence_start
                and c.kind == "count"
                and c.unit in PEOPLE_UNITS
                and c.metric
                and c.metric not in sex_words()
                and id(c) not in banded
            ),
            "",
        )
        claim.metric, claim.metric_basis = text[band.start : claim.start].strip() + counted, "sentence"
        banded.add(id(claim))
        share = claims[i + 1] if i + 1 < len(claims) else None
        if (
            share is not None
            and share.kind == "percent"
            and not share.metric
            and _SHARE_OF_THE_BAND.fullmatch(text, claim.end, share.start)
        ):
            share.metric, share.metric_basis = claim.metric + SHARE_NOUN, "sentence"  # 5岁以下10例，占3.7%


_BAND_QUALIFIERS = ("over", "under", "range")
# the band's share right after its count (5岁以下10例，占3.7%): metric.py reads such shares while it names the figures,
# before the band's count has its name
_SHARE_OF_THE_BAND = compile_pattern(rf"[，,]{BARE_SHARE}")
# an open end of a band written apart from its age (60岁及以上68例: 及 keeps 以上 off the age's own qualifier)
_BAND_ENDS = ("及以上", "及以下", "以上", "以下")


def _the_person_aged(phrase: str) -> str:
    """ "98岁新冠肺炎危重症患者出院", "90岁老人治愈出院": an age measures the person, and what the person did after
    (出院, 治愈出院) is no part of who: the phrase ends with its first noun naming a person or a case (患者, 老人),
    where a verb follows it or an outcome that befalls a person (出院, 死亡: lexicon/accumulating_outcomes.txt, which
    jieba tags a noun). A noun after the person (患者家属) is kept: it may be whom the age is of."""
    words = phrase_words(phrase)
    outcomes = accumulating_outcomes()
    position = 0
    for at, (word, tag) in enumerate(words[:-1]):
        position += len(word)
        following, following_tag = words[at + 1]
        if (
            tag.startswith("n")
            and word.endswith(people_or_case_endings())
            and (following_tag.startswith("v") or following in outcomes)
        ):
            return phrase[:position]
    return phrase


@cache
def age_extreme_before() -> re.Pattern[str]:
    """The words that make the age right after them the oldest's or the youngest's of a group (年龄最大, 最小的,
    最小者仅; lexicon/age_extreme_words.txt), to search ending at the figure."""
    words = lexicon.alternation(lexicon.word_list("age_extreme_words.txt"))
    return compile_pattern(f"(?P<noun>{_AGE})?(?P<extreme>{words})(?:的|者)?(?:是|为|仅)?\\s*$")


_AGE = "年龄"
_AGE_CLAUSE_START = compile_pattern(r"[，,；;。：:]")


def _extreme_age(text: str, claim: Claim) -> str | None:
    """ "年龄最大88岁，最小7岁", "年龄最小的3岁": the oldest's or youngest's age of a group, told from one person's
    age by its metric: 年龄最大, 年龄最小 (lexicon/age_extreme_words.txt)."""
    head = text[claim.sentence_start : claim.start]
    cut = max((m.end() for m in _AGE_CLAUSE_START.finditer(head)), default=0)
    found = age_extreme_before().search(head[cut:])
    return _AGE + found["extreme"] if found is not None else None


def _without_sex(phrase: str) -> str:
    """The phrase without a sex written at its end, alone or after a link (患者为男性, 患者男, 男 -> 患者, 患者,
    nothing); a word that only ends with the character (妇女, 子女) is no sex."""
    words = [word for word, _ in phrase_words(phrase)]
    if not words or words[-1] not in sex_words():
        return phrase
    words.pop()
    if words and words[-1] in PART_LINKS:
        words.pop()
    return "".join(words)


def _person_named_before(text: str, start: int, end: int, mentions: dict) -> str | None:
    """The person or case the clauses of text[start:end] name, read from the last back: a clause naming only
    an attribute of the person (男, 女性) is passed over; the first that names a person or a case says who
    (患者罗某某 -> 患者, 吉林市新增病例 -> 病例, 患者2 -> 患者). Where none does, the person's name (姚某某) or
    the case's ordinal (境外输入第6例) nearest the age says which one, as a case story writes it ("其中，姚某某，男，
    56岁")."""
    at, which = end, None
    for clause in reversed(_PERSON_CLAUSE_BREAK.split(text[start:end])):
        at -= len(clause)
        lead = len(clause) - len(clause.lstrip())
        ordinal = _ORDINAL.match(clause, lead)
        lead = ordinal.end() if ordinal else lead
        person = _PERSON_NAME.sub("", _without_sex(clause[lead:].rstrip()))
        if which is None:
            which = _which_person(clause)
        if person:
            metric = tidy_metric(clean_before(person, at + lead, mentions))
            # a person or a case (患者, 死者, 嫌疑人, 病例), not what was said or done (据悉, …排摸中发现)
            return metric if metric and metric.endswith(people_or_case_endings()) else which
        at -= 1  # the boundary before the clause
    return which


def _which_person(clause: str) -> str | None:
    """The name or ordinal a clause gives a person or a case, as written (姚某某, 第94例, 其妻李某某 -> 李某某), with
    where the case was infected before it (境外输入第6例) and without a list's item number (1. 姜xx -> 姜xx)."""
    described = _ITEM_NUMBER.sub("", _without_sex(clause.strip()))
    ordinal = _ORDINAL.search(described)
    named = ordinal if ordinal is not None and ordinal.end() == len(described) else _PERSON_NAME.search(described)
    if named is None:
        return None
    before = described[: named.start()]
    return described if not before or before in lexicon.word_list("case_origin_qualifiers.txt") else named.group()


# a list's item number before a person (1. 姜xx， 49岁男性; 2、姜xx)
_ITEM_NUMBER = compile_pattern(r"^[0-9０-９]{1,3}\s*[.．、]\s*")
# what parts the description of a person: 患者罗某某，男，56岁; 患者1：李某某，男，55岁
# and a bracket opening the description (回乡人员高某（男性，26岁）
_PERSON_CLAUSE_BREAK = compile_pattern(r"[，,；;：:（(]")
# the ordinal of a case (第10例患者, 第94例, 境外输入第6例): which one, not who
_ORDINAL = compile_pattern(r"第[0-9０-９一二三四五六七八九十百]+[例名位个]?")
# at the end of a clause, a person's name as bulletins write it (患者罗某某, 常某, 姜xx), the item number of a
# listed patient (患者2) or an ordinal
_PERSON_NAME = compile_pattern(
    rf"(?:[\u4e00-\u9fff](?:某{{1,2}}|[xX×＊*]{{1,3}})|[0-9０-９]{{1,3}}|{_ORDINAL.pattern})$"
)
