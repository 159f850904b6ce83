"""The spaCy pipeline: spacy.blank("zh") with claimkb's tokenizer and named components.

    text -> layout -> quantities -> table units -> places -> claims -> kind -> metric -> subject -> period
         -> table claims -> aspect

Each step is a registered component (extract/components/) that reads what the steps before it
put on the Doc and adds its own part; `doc._.claims` is the result.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from extract import (
    components,  # noqa: F401  (registers the components)
    pattern_cache,
    traditional,
)
from extract.claims import Claim
from extract.components.places import infer_region
from extract.figure_spacing import unspaced_view
from extract.layout import Article, Block, shown_text
from extract.line_wraps import unwrapped_view
from extract.numeral_forms import numeral_forms_view
from extract.pieces import PIECE_CHARS, piece_spans
from extract.places import COUNTRY, COUNTRY_NAMES, Place, find_local_places, gazetteer, short_name
from extract.text_views import TextView, unpaired_surrogates_replaced
from extract.tokenizer import QuantityTokenizer

STEPS = (
    "claimkb_layout",
    "claimkb_quantities",
    "claimkb_table_units",  # before claims: a bare figure in a table takes its column's unit (481.96 in 亿元)
    "claimkb_places",  # before claims: a number inside a place's name is no claim (三元朱村)
    "claimkb_claims",
    "claimkb_kind",
    "claimkb_metric",
    "claimkb_subject",
    "claimkb_period",
    # after the sentence steps: a cell's metric, kind and time come from its row and column, not its sentence
    "claimkb_table_claims",
    "claimkb_aspect",  # running total, stock or flow, from the figure's own clause (and a cell's kind)
    "claimkb_origins",  # after aspect, which finds a part's whole by their shared metric: 西班牙3例 -> 西班牙输入…
)


@cache
def build_pipeline() -> Language:
    pattern_cache.keep_at_exit()
    nlp = spacy.blank("zh")
    # The steps read the text by character offset, never a token's lexical attributes (shape,
    # like_num, norm...). Computing those for every new stretch of text between quantities was a
    # fifth of the time on text not seen before.
    nlp.vocab.lex_attr_getters = {}
    nlp.tokenizer = QuantityTokenizer(nlp.vocab)
    for step in STEPS:
        nlp.add_pipe(step)
    return nlp


def analyse(
    text: str,
    doc_name: str = "",
    doc_id: str = "",
    region: str | Place | None = None,
    date: str | None = None,
    script: str | None = None,
) -> Doc:
    """Run the pipeline on one text (at most nlp.max_length characters: see `extract_document`).
    `region` names the publishing place (我市 -> it); `date` is the publication date (ISO), used to
    turn periods such as 今年以来 into dates. The result has doc._.claims and doc._.articles. Its
    strings stay in the shared vocabulary: for many documents use `extract_document`. Half surrogate
    pairs become U+FFFD (spaCy cannot store them)."""
    nlp = build_pipeline()
    doc = nlp.make_doc(unpaired_surrogates_replaced(text))
    attributes = doc._  # one Underscore object, not one per attribute read
    attributes.doc_name = doc_name
    attributes.doc_id = doc_id
    attributes.region = region if isinstance(region, Place) else resolve_region(region)
    attributes.date = date
    attributes.script = script  # the text given is then the Simplified view of a Traditional original
    return nlp(doc)


@dataclass(frozen=True)
class Extraction:
    """What the pipeline found in one document, as plain Python objects that outlive its Doc."""

    claims: list[Claim]
    articles: list[Article]
    region: Place | None  # the region given, or the one inferred from the text


@dataclass(frozen=True)
class Piece:
    """A run of a document's text the pipeline takes in one go, and what it needs to know about
    the whole document: a piece is extracted on its own, in another process if need be."""

    text: str
    start: int  # offset of the piece in the document's text
    doc_name: str
    doc_id: str
    region: str | Place | None
    date: str | None
    script: str | None = None  # the OpenCC conversion of a Traditional document (t2s, tw2sp, hk2s), else None


def pieces(
    text: str,
    doc_name: str = "",
    doc_id: str = "",
    region: str | None = None,
    date: str | None = None,
    limit: int = PIECE_CHARS,
) -> list[Piece]:
    """The document as pieces of at most `limit` characters, cut where articles or paragraphs end
    (extract/pieces.py). A text that fits is one piece. Of a longer one the region, when not given,
    is inferred once from the whole text, so that every piece resolves 我市 to the same city.
    Half surrogate pairs (from a caller's string; files and JSONL are mended when read) become U+FFFD."""
    text = unpaired_surrogates_replaced(text)
    spans = piece_spans(text, limit)
    place: str | Place | None = region
    script = traditional.variant(text) if traditional.is_traditional(text) else None
    if len(spans) > 1 and region is None:
        place = infer_region(gazetteer().find(traditional.simplified_view(text, script).text if script else text))
    return [Piece(text[s:e], s, doc_name, doc_id, place, date, script) for s, e in spans]


def extract_piece(piece: Piece) -> Extraction:
    """Run the pipeline on one piece; offsets are into the whole document, articles are numbered
    from 0 within the piece (`numbered` numbers them through the document).

    The Doc lives in a spaCy memory zone: the strings and lexemes of its text are freed after it,
    so a long ingest does not grow the vocabulary with every new stretch of text."""
    nlp = build_pipeline()
    unwrapped = unwrapped_view(piece.text)
    text = unwrapped.text if unwrapped else piece.text
    unspaced = unspaced_view(text)
    text = unspaced.text if unspaced else text
    numerals = numeral_forms_view(text)
    text = numerals.text if numerals else text
    simplified = traditional.simplified_view(text, piece.script) if piece.script else None
    with nlp.memory_zone():
        doc = analyse(
            simplified.text if simplified else text,
            piece.doc_name,
            piece.doc_id,
            piece.region,
            piece.date,
            piece.script,
        )
        attributes = doc._  # one Underscore object, not one per attribute read
        claims, articles, region = list(attributes.claims), list(attributes.articles or []), attributes.region
    # back through the views, the last made first
    for view in (simplified, numerals, unspaced, unwrapped):
        if view is not None:
            claims, articles = _on_original(claims, articles, view)
    if piece.start:
        claims = [_shifted_claim(c, piece.start) for c in claims]
        articles = [_shifted_article(a, piece.start) for a in articles]
    return Extraction(claims, articles, region)


def numbered(extractions: Iterator[Extraction] | list[Extraction]) -> Iterator[Extraction]:
    """The pieces' extractions, in order, with articles numbered through the whole document."""
    base = 0
    for extraction in extractions:
        if base:
            extraction = Extraction(
                [replace(c, article_index=c.article_index + base) for c in extraction.claims],
                [replace(a, index=a.index + base) for a in extraction.articles],
                extraction.region,
            )
        base += len(extraction.articles)
        yield extraction


def extract_pieces(
    text: str, doc_name: str = "", doc_id: str = "", region: str | None = None, date: str | None = None
) -> Iterator[Extraction]:
    """What the pipeline finds in each piece of one document, piece by piece (for streaming)."""
    return numbered(extract_piece(p) for p in pieces(text, doc_name, doc_id, region, date))


def extract_document(
    text: str, doc_name: str = "", doc_id: str = "", region: str | None = None, date: str | None = None
) -> Extraction:
    """Run the pipeline on one document of any length (see `analyse` and `pieces`) and keep the
    results, not the Doc."""
    return joined(list(extract_pieces(text, doc_name, doc_id, region, date)))


def joined(extractions: list[Extraction]) -> Extraction:
    """One document's pieces (numbered) as one extraction."""
    if len(extractions) == 1:
        return extractions[0]
    return Extraction(
        [c for e in extractions for c in e.claims],
        [a for e in extractions for a in e.articles],
        extractions[0].region if extractions else None,
    )


def _on_original(claims: list[Claim], articles: list[Article], view: TextView) -> tuple[list[Claim], list[Article]]:
    """What was found in a view (Simplified, without the spaces that set figures apart, or without the line
    breaks inside sentences), put back on
    the original: offsets mapped back, mentions, sentences and headlines as the original prints them.
    Metrics, subjects and periods stay as the view reads them (Simplified: they are what figures are
    compared by, across scripts)."""
    start, end, text = view.original_start, view.original_end, view.original

    def block(b: Block | None) -> Block | None:
        return None if b is None else Block(start(b.start), end(b.end), b.role)

    placed = [
        replace(
            a,
            start=start(a.start),
            end=end(a.end),
            headline=block(a.headline),
            subtitle=block(a.subtitle),
            byline=block(a.byline),
            blocks=[Block(start(b.start), end(b.end), b.role) for b in a.blocks],
            sentences=[(start(s), end(e)) for s, e in a.sentences],
        )
        for a in articles
    ]
    sentence_ends = {s: e for a in articles for s, e in a.sentences}
    by_index = {a.index: a for a in placed}
    out = []
    for claim in claims:
        sentence_end = sentence_ends.get(claim.sentence_start, claim.sentence_start + len(claim.sentence))
        sentence_start = start(claim.sentence_start)
        article = by_index.get(claim.article_index)
        headline = article.headline_text(text) if article is not None else None
        out.append(
            replace(
                claim,
                start=start(claim.start),
                end=end(claim.end),
                mention=shown_text(text[start(claim.start) : end(claim.end)]),
                sentence_start=sentence_start,
                sentence=shown_text(text[sentence_start : end(sentence_end)]),
                article=headline if claim.article is not None else None,
            )
        )
    return out, placed


def _shifted_claim(claim: Claim, offset: int) -> Claim:
    return replace(
        claim, start=claim.start + offset, end=claim.end + offset, sentence_start=claim.sentence_start + offset
    )


def _shifted_block(block: Block | None, offset: int) -> Block | None:
    return None if block is None else Block(block.start + offset, block.end + offset, block.role)


def _shifted_article(article: Article, offset: int) -> Article:
    return replace(
        article,
        start=article.start + offset,
        end=article.end + offset,
        headline=_shifted_block(article.headline, offset),
        subtitle=_shifted_block(article.subtitle, offset),
        byline=_shifted_block(article.byline, offset),
        blocks=[Block(b.start + offset, b.end + offset, b.role) for b in article.blocks],
        sentences=[(s + offset, e + offset) for s, e in article.sentences],
    )


def extract_claims(
    text: str, doc_name: str = "", doc_id: str = "", region: str | None = None, date: str | None = None
) -> list[Claim]:
    """Every claim in one document (see `analyse`)."""
    return extract_document(text, doc_name, doc_id, region, date).claims


def extraction_failure(err: Exception) -> str:
    """What a document's failed extraction is reported as (by `claimkb extract` and by ingest)."""
    return f"extraction failed: {type(err).__name__}: {err}"


def unknown_region(name: str | None) -> str | None:
    """A one-line warning when a region given by name is no division the gazetteer knows (a county renamed
    since its tables, a typo): its figures would silently lose their default place."""
    if not name or resolve_region(name) is not None:
        return None
    return f"region {name!r} is no known division or country: 我市/全市 and placeless figures are read from the text"


def resolve_region(name: str | None) -> Place | None:
    """A region given by name (菏泽市, 菏泽, 日本) -> the gazetteer's place, or None if unknown. A name written with the
    divisions above it (绥化市北林区, 浙江省杭州市) is the last of them, when each names the next's parent."""
    if not name:
        return None
    if name in COUNTRY_NAMES:
        return COUNTRY  # a national paper or bulletin: 我国/全国 and figures with no place are China's
    gaz = gazetteer()
    place = gaz.lookup(name)
    if place is not None:
        return place
    if name in gaz.foreign and gaz.foreign[name][0].level == "country":
        return gaz.foreign[name][0]  # 日本: a text about a foreign country, its figures naming no place that country's
    path = gaz.find(name)
    if len(path) == 1 and path[0].start == 0 and path[0].end == len(name):
        # 台湾地区, 湖北地区: a name the text reader reads whole (a province's short name and 地区). A province whose
        # name carries no division's suffix (台湾: usage, not a title, names it) is named in claims as the user named
        # the region, as a county given by its former name is (the subject step names the region's figures so)
        place = path[0].place
        return place._replace(name=name) if short_name(place.name) == place.name else place
    # a town or village the gazetteer does not list, after its county (大姚县金碧镇, 五河县新集镇): named by its suffix
    local = next((m for m in find_local_places(name, path) if m.end == len(name)), None)
    written = "".join(name[m.start : m.end] for m in path)
    if local is not None and path and name[: local.start] == written[: local.start]:
        return local.place
    if len(path) < 2 or "".join(name[m.start : m.end] for m in path) != name:
        return None
    codes = [m.place.code or "" for m in path]
    # each division inside the one before it: its code opens with the parent's significant digits
    if all(child.startswith(parent.rstrip("0")) for parent, child in zip(codes, codes[1:], strict=False)):
        return path[-1].place
    return None
