"""A listed company's results report at the top of a text (某某股份2023年年报, 腾讯控股（00700）公布…): the company
whose figures the text gives. The subject step makes it the text's issuer; the places step names it wherever the text
writes it, so that a place opening its name (山东黄金, 上海电气) is no place of its own."""

from __future__ import annotations

import re
from functools import cache

from extract import lexicon
from extract.layout import Article, inside_title
from extract.pattern_cache import compile_pattern
from extract.places import gazetteer, generic_organisation_pattern, is_generic_organisation
from extract.words import phrase_words


@cache
def _results_report_pattern() -> re.Pattern[str]:
    """A listed company's name at the top of its results report: before its stock code (某某信息(300999), 台積電
    (2330), 腾讯控股（00700）), before the report's name (某某股份2023年年报, 某某集团发布半年报:
    lexicon/results_report_words.txt), or before its year's 业绩 announced (中国银行披露2024年业绩)."""
    words = lexicon.alternation(lexicon.word_list("results_report_words.txt"))
    name = r"(?P<name>[\u4e00-\u9fff]{2,8}?)"
    # the kind of company before its name (A股公司贵州茅台(600519.SH): lexicon/generic_organisation_words.txt)
    kind = f"(?:{generic_organisation_pattern().pattern})?"
    # Hong Kong's papers write a code of one to three digits (莎莎國際(178)公布…), then a word of announcing
    short_code = r"[0-9]{1,3}(?=[）)]\s?(?:公布|发布|宣布|披露))"
    return compile_pattern(
        rf"(?:^|(?<=[\s，,。：:；;“”]))(?:{kind}{name}\s?[（(](?P<code>[0-9]{{4,6}}(?=[.）)])|{short_code})"
        rf"(?:\.[A-Za-z]{{2}})?[）)]"
        rf"|(?P<short>[\u4e00-\u9fff]{{2,8}}?)的?(?:(?:发布|披露|公布)了?的?{_PRAISE}|[0-9]{{4}}\s?年度?){{0,2}}"
        rf"(?:{words})|(?P<announcing>[\u4e00-\u9fff]{{2,8}}?){_YEARS_RESULTS})",
        re.MULTILINE,
    )


_ONE_CHARACTER = 1

# 业绩 alone is a report's name only after its year announced (中国银行披露2024年业绩, 发布了2023年度业绩; not 银行业绩,
# nor 全市2023年业绩考核)
_YEARS_RESULTS = r"(?:发布|披露|公布)了?[0-9]{4}\s?年度?业绩"

# a word of praise between the announcing and the report (山东黄金公布亮丽的2023年年报, 发布了靓丽的年报); a 的 alone
# may stand there too (隆基发布的业绩预告: 隆基's)
_PRAISE = r"(?:[\u4e00-\u9fff]{2,4}的)?"


def results_report_at_top(top: str) -> str | None:
    """The name of the listed company whose results report the top of the text announces (see _results_report_pattern),
    or None. A four-digit code that is a year (某某(2023)) is none."""
    for match in _results_report_pattern().finditer(top):
        if match["code"] is not None and len(match["code"]) == 4 and match["code"][:2] in ("19", "20"):
            continue
        if inside_title(top, match.start()):
            continue  # 《广州市“图书馆之城”建设2018年年报》: a document's name, no company's results
        name = match["name"] or match["short"] or match["announcing"]
        if match["name"] and match.start("name") - match.start() == _ONE_CHARACTER:
            # 港交所(0388): a kind of one character (港, a port's suffix) is the name's first, not a kind before it
            name = top[match.start() : match.end("name")]
        if not _a_company_name(name):
            continue  # 某市2023年统计年报, 统计年报: a place's or an office's yearbook, no company's results
        return name
    return None


def results_headline_at_top(top: str) -> str | None:
    """The name opening a headline with a colon and a figure of results after it (万物云:2023年毛利率为14.5%,
    某某股份：上半年净利润增长12%: lexicon/results_words.txt), or None; no place's or office's (国家统计局：…利润总额)
    by the caller's test that the text speaks of itself as a company does (本集团, 本公司)."""
    match = _results_headline().search(top)
    return match["name"] if match is not None and _a_company_name(match["name"]) else None


def _a_company_name(name: str) -> bool:
    """No place's name (a city's 统计年报), nor an office's words (统计, 政府, 局: results_report_non_companies.txt),
    nor a kind of company alone (上市银行的三季报: the listed banks', generic_organisation_words.txt), nor words of a
    clause opening with a preposition or an adverb or ending with one (在已发布业绩预告的14只券商股中: 在已)."""
    words = phrase_words(name)
    return (
        bool(words)
        and words[0][1] not in _NO_NAMES_WORDS
        and words[-1][1] not in _NO_NAMES_WORDS
        and gazetteer().lookup(name, None) is None
        and _not_a_company().search(name) is None
        and not is_generic_organisation(name)
    )


# jieba's tags of prepositions, adverbs and conjunctions: no company's name opens or ends with one
_NO_NAMES_WORDS = frozenset({"p", "d", "c"})


@cache
def _results_headline() -> re.Pattern[str]:
    words = lexicon.alternation(lexicon.word_list("results_words.txt"))
    return compile_pattern(
        rf"^(?P<name>[\u4e00-\u9fff]{{2,8}}?)\s?[:：]\s?[^，,。；;\n]{{0,12}}?(?:{words})", re.MULTILINE
    )


@cache
def _not_a_company() -> re.Pattern[str]:
    """Words of an office's or a place's report before a report's name (统计年报, 政府年报: lexicon/
    results_report_non_companies.txt)."""
    return compile_pattern(lexicon.alternation(lexicon.word_list("results_report_non_companies.txt")))


def top_end(articles: list[Article]) -> int | None:
    """Where the first article's opening sentence ends (the top of the text an issuer is named in), else None."""
    lead = articles[0].lead if articles else None
    if lead is None:
        return None
    return next((end for start, end in articles[0].sentences if start >= lead.start), lead.end)


def results_report_company(text: str, articles: list[Article]) -> str | None:
    """The company whose results report the first article's opening sentence announces, else the company whose stock
    code an exchange announcement's head gives (潍柴动力股份有限公司 … (股份代号:2338)), else None."""
    end = top_end(articles)
    company = results_report_at_top(text[:end]) if end is not None else None
    return company or announcement_issuer(text)


def announcement_issuer(text: str) -> str | None:
    """The company an exchange announcement's head names with its stock code (潍柴动力股份有限公司 … (股份代号:2338)),
    else None."""
    issuer = _ANNOUNCEMENT_ISSUER.search(text, 0, _ANNOUNCEMENT_HEAD)
    return issuer["name"] if issuer is not None and _a_company_name(issuer["name"]) else None


# a Hong Kong exchange announcement names its issuer on a line of its own, with its English name and its stock code
# (潍柴动力股份有限公司 WEICHAI POWER CO., LTD. (…) (股份代号:2338)), after the exchange's disclaimer that names the
# exchange: the issuer is the announcement's company, no exchange
_ANNOUNCEMENT_ISSUER = compile_pattern(
    r"^\s*(?P<name>[\u4e00-\u9fff]{2,16}(?:有限公司|集团|控股))[^\n]{0,120}?[（(]\s?(?:股份代[号號]|股票代[码碼])"
    r"\s?[:：]\s?[0-9]{1,6}\s?[）)]",
    re.MULTILINE,
)
_ANNOUNCEMENT_HEAD = 800  # characters: the disclaimer, the issuer's line and the title
