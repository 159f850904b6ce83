"""Parts of a counted whole said to be of a kind (claimkb_metric).

A part singled out after its whole and said to be something (当中129宗為暴力罪案, 其中12家为高新技术企业, 其中6例为
既往确诊病例) counts what it is said to be: a kind of the whole's own head (暴力罪案 of 罪案, 高新技术企业 of 企业)
names the part by itself (parts_said_to_be_a_kind). But a bare part of a counted group said to be people of another
kind than the group ("新增重症病例10例（其中6例为既往确诊病例）", "15名医务人员确诊，另有1名为疑似病例", 其中6人为
少数民族干部) would, named by the kind alone, read as (and be compared with) the place's own figure of that kind:
the 6 are severe cases confirmed before, not 6 cases confirmed that day; the 1 is a medical worker, not all the
city's suspected cases. It is named as that kind among the group (重症病例中的既往确诊病例:
parts_of_another_kind), unless the kind holds the group's own name (境外输入型疑似病例 of 疑似病例) or tells cases apart
by where they were infected (其中3例为输入性病例): all the place's cases of that origin are among the group's.
"""

from __future__ import annotations

from extract import lexicon
from extract.aspect_words import PEOPLE_UNITS
from extract.claims import Claim
from extract.components.metric_phrases import CASE, people_or_case_endings
from extract.pattern_cache import compile_pattern

# the word singling a part out of the group before it, right before its bare figure (其中6例, 当中2名, 另有1名)
_PART_OPENING = compile_pattern(r"(?:其中|当中|另有)[，,]?(?:有)?$")
# 为 or 是 right after the figure, and the noun the part is said to be
_SAID_TO_BE = r"(?:为|是)(?P<kind>[\u4e00-\u9fff]{2,20})"
# … to the clause's end or a bracket
_SAID_TO_BE_A_KIND = compile_pattern(rf"{_SAID_TO_BE}(?=[，,。；;、（(）)]|$)")
# the break between two parts listed one after the other (其中2例为外地来沪人员，9例为本市常住人口)
_LIST_BREAK = compile_pattern(r"[，,、；;]$")
# … after a space, to the clause's end only
_SAID_TO_BE_BARE = compile_pattern(rf"\s?{_SAID_TO_BE}(?=[，,。；;、]|$)")
HEAD_CHARS = 2  # the head a kind shares with the noun it is of (病例: 输入性病例; 企业: 高新技术企业)
_AMONG = "中的"
_IMPORTED = "输入"  # 意大利输入病例, 湖北输入病例: brought in from a place, however named
_OPENING_REACH = 4  # 其中，有: the longest opening before a bare figure


def people_said_to_be_people(claim: Claim, kind: str) -> bool:
    """ "3例病例为武汉输入病例家属", "其中6人为少数民族干部": people said to be people of another name are a group of
    them, though the names share no head."""
    people = people_or_case_endings()
    return claim.unit in PEOPLE_UNITS and bool(claim.metric) and claim.metric.endswith(people) and kind.endswith(people)


def parts_said_to_be_a_kind(text: str, claims: list[Claim]) -> None:
    """ "整體罪案有787宗，當中129宗為暴力罪案", "企业86家，其中12家为高新技术企业": a part of a whole, its figure
    right before 为 or 是 and a longer noun of the whole's head closing the clause, counts that kind, not the whole's
    thing."""
    for claim in claims:
        # a figure whose own clause named its thing (死亡病例1例为绥化市确诊病例) counts that thing, of the kind it is
        # said to be of: only a part that took its whole's thing (a basis set) is told apart by the kind
        if claim.kind != "count" or not claim.metric or claim.metric_basis is None:
            continue
        said = _SAID_TO_BE_BARE.match(text, claim.end)
        if said is None:
            continue
        kind, head = said["kind"], claim.metric[-HEAD_CHARS:]
        if (
            (kind.endswith(head) or people_said_to_be_people(claim, kind))
            and len(kind) > len(head)
            and kind != claim.metric
        ):
            claim.metric, claim.metric_basis = kind, "clause"


def parts_of_another_kind(text: str, claims: list[Claim]) -> None:
    """Name each bare part of a counted group said to be people of another kind as that kind among the group,
    and the parts listed right after it so (其中2例为外地来沪人员，9例为本市常住人口)."""
    endings = people_or_case_endings()
    group: Claim | None = None  # the group of the part just named, while its list goes on
    parts: set[int] = set()  # the parts named: never a group of another (其中85人为残疾人，另有12人为退役军人)
    for i, claim in enumerate(claims):
        listed = group is not None and _LIST_BREAK.search(text, max(0, claim.start - 1), claim.start) is not None
        if not listed:
            group = None
        if claim.kind != "count" or claim.unit not in PEOPLE_UNITS:
            group = None
            continue
        said = _SAID_TO_BE_A_KIND.match(text, claim.end)
        if said is None:
            group = None
            continue
        if (
            group is None
            and said["kind"].endswith(endings)
            and _PART_OPENING.search(text, max(0, claim.start - _OPENING_REACH), claim.start)
        ):
            # the first part names people (外地来沪人员); those listed after it are of the same group (本市常住人口)
            group = _group_before(claims, i, parts)
        if group is None or not group.metric or group.sentence_start != claim.sentence_start:
            group = None
            continue
        if group.metric not in said["kind"] and not _cases_of_an_origin(group.metric, said["kind"]):
            claim.metric = group.metric + _AMONG + said["kind"]
        parts.add(i)


def _cases_of_an_origin(group: str, kind: str) -> bool:
    """Cases of a group of cases told apart by where they were infected (新增确诊病例5例，其中3例为输入性病例;
    意大利输入病例): every case of the place of that origin is among them, so the kind alone names them."""
    return (
        group.endswith(CASE)
        and kind.endswith(CASE)
        and (_IMPORTED in kind or any(word in kind for word in lexicon.word_list("case_origin_qualifiers.txt")))
    )


def _group_before(claims: list[Claim], i: int, parts: set[int]) -> Claim | None:
    """The latest count of people or cases before claims[i] in its sentence, not a part named already: the group
    its part is of."""
    for k in range(i - 1, -1, -1):
        before = claims[k]
        if before.sentence_start != claims[i].sentence_start:
            return None
        if k not in parts and before.kind == "count" and before.unit in PEOPLE_UNITS:
            return before
    return None
