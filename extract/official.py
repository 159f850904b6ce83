"""Official figures: documents marked official, reference tables, and the claims' links to indicators.

A document is official when it was ingested with --official, its JSONL record says "official": true, or its
source name is listed in lexicon/official_sources.txt (or official_sources.txt of the user's lexicon folder;
a line *统计局 means any name ending so). Reference tables (`claimkb official load`) are CSV or XLSX, in the long
form (one figure a row: place, indicator or metric, period, value, unit, source, release date) or in the wide
form the statistics bureau's data portal exports (indicators as rows, years as columns, the place in a 地区：
line above; or places as rows under an 指标： line). Both feed the official_observations view
(schema/012_official.sql) the check rule extract/checks/official.py reads.
"""

from __future__ import annotations

import calendar
import csv
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

import duckdb
import pandas as pd

from extract import indicators, lexicon
from extract.pattern_cache import compile_pattern
from extract.places import gazetteer
from extract.quantities import read_quantity
from extract.user_lexicon import folder_in_use

OFFICIAL_SOURCES = "official_sources.txt"
HOW = ("ingest", "record", "source")


class OfficialError(Exception):
    """A reference table that cannot be read at all: one line naming the file."""


# --- indicator links -------------------------------------------------------------------------------------


def refresh_links(con: duckdb.DuckDBPyConnection) -> int:
    """Write the catalogue into the indicators table when it changed, link every (metric, metric key, unit, kind)
    the claims hold that is not linked yet (all of them again after a catalogue change), and mark the documents
    whose source is listed as official. The number of tuples linked."""
    current = indicators.digest()
    if (
        con.execute("SELECT count(*) FROM indicators WHERE catalogue <> ?", [current]).fetchone()[0]
        or not (con.execute("SELECT count(*) FROM indicators").fetchone()[0])
    ):
        con.execute("DELETE FROM indicators")
        rows = pd.DataFrame(
            [
                (i.indicator_id, i.name, list(i.aliases), i.unit, i.kind, i.aspect, i.nbs_code, i.code_years, current)
                for i in indicators.catalogue().values()
            ],
            columns=["indicator_id", "name", "aliases", "unit", "kind", "aspect", "nbs_code", "code_years", "cat"],
        )
        con.register("catalogue_rows", rows)
        con.execute("INSERT INTO indicators SELECT * FROM catalogue_rows")
        con.unregister("catalogue_rows")
    con.execute("DELETE FROM metric_indicators WHERE catalogue <> ?", [current])
    tuples = con.execute(
        "SELECT DISTINCT c.metric, coalesce(c.metric_key, ''), c.unit, c.kind FROM reviewed_claims c"
        " WHERE c.metric IS NOT NULL AND NOT EXISTS (SELECT 1 FROM metric_indicators m WHERE m.metric = c.metric"
        " AND m.metric_key = coalesce(c.metric_key, '') AND m.unit = c.unit AND m.kind = c.kind)"
    ).fetchall()
    if tuples:
        links = pd.DataFrame(
            [(*t, indicators.link(t[0], t[1] or None, t[2], t[3]), current) for t in tuples],
            columns=["metric", "metric_key", "unit", "kind", "indicator_id", "catalogue"],
        )
        con.register("link_rows", links)
        con.execute("INSERT INTO metric_indicators SELECT * FROM link_rows")
        con.unregister("link_rows")
    mark_listed_sources(con)
    return len(tuples)


# --- official documents ----------------------------------------------------------------------------------


@cache
def _listed_sources(user_folder: Path | None) -> tuple[frozenset[str], tuple[str, ...]]:
    """(names, suffixes) of the official sources: the package's list and the user folder's."""
    lines = list(lexicon.word_list(OFFICIAL_SOURCES))
    if user_folder is not None and (user_folder / OFFICIAL_SOURCES).is_file():
        text = (user_folder / OFFICIAL_SOURCES).read_text(encoding="utf-8")
        lines += [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    names = frozenset(line for line in lines if not line.startswith("*"))
    return names, tuple(line[1:] for line in lines if line.startswith("*") and len(line) > 1)


def listed_official(source: str | None) -> bool:
    """Whether a source name is listed as official (a name, or a *suffix such as *统计局)."""
    if not source:
        return False
    names, suffixes = _listed_sources(folder_in_use(None))
    return source.strip() in names or source.strip().endswith(suffixes)


def record_says_official(meta: dict) -> bool:
    """A JSONL record's "official" field: true (or "true", "1", "yes") marks its document."""
    flag = meta.get("official")
    return flag is True or (isinstance(flag, str) and flag.strip().lower() in ("true", "1", "yes"))


def mark(con: duckdb.DuckDBPyConnection, keys: dict[str, str]) -> None:
    """Mark the stored documents of these source keys official (source key -> how); a mark stays."""
    if not keys:
        return
    con.execute(
        "INSERT OR IGNORE INTO official_marks (source_key, how) SELECT k.key, k.how"
        " FROM (SELECT unnest(?::VARCHAR[]) AS key, unnest(?::VARCHAR[]) AS how) k"
        " WHERE k.key IN (SELECT source_key FROM documents)",
        [list(keys), list(keys.values())],
    )


def mark_listed_sources(con: duckdb.DuckDBPyConnection) -> None:
    sources = con.execute("SELECT DISTINCT source FROM documents WHERE source IS NOT NULL").fetchall()
    listed = [source for (source,) in sources if listed_official(source)]
    if listed:
        con.execute(
            "INSERT OR IGNORE INTO official_marks (source_key, how) SELECT source_key, 'source' FROM documents"
            " WHERE source IN (SELECT unnest(?::VARCHAR[]))",
            [listed],
        )


# --- reference tables ------------------------------------------------------------------------------------


@dataclass
class LoadReport:
    loaded: int = 0
    errors: list[str] = field(default_factory=list)  # one line each: file:line: what is wrong

    def summary(self) -> str:
        bad = f", {len(self.errors)} bad rows left out" if self.errors else ""
        return f"{self.loaded} official figures loaded{bad}"


@dataclass(frozen=True)
class Figure:
    place: str
    metric: str
    period: str
    value: str
    unit: str
    source: str
    release_date: str
    line: int


_LONG_COLUMNS = {
    "place": ("place", "地区", "地点", "region"),
    "metric": ("indicator", "metric", "指标", "指标名称"),
    "period": ("period", "时间", "时期", "年份", "year"),
    "value": ("value", "数值", "值"),
    "unit": ("unit", "单位", "计量单位"),
    "source": ("source", "来源", "数据来源"),
    "release_date": ("release_date", "released", "发布日期", "发布时间"),
}
_YEAR_HEADER = compile_pattern(r"^((?:19|20)[0-9]{2})年?$")
_UNIT_IN_NAME = compile_pattern(r"^(?P<name>.+?)[（(](?P<unit>[^（）()]+)[）)]$")
_LABEL = compile_pattern(r"^(?P<label>数据库|地区|指标|时间|数据来源|来源)[：:]\s*(?P<value>.*)$")


def read_table(path: Path) -> list[list[tuple[int, str]]]:
    """The rows of a CSV or XLSX (first sheet) file, each a list of (line number, cell text)."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".xlsx":
            from openpyxl import load_workbook

            sheet = load_workbook(path, read_only=True, data_only=True).worksheets[0]
            rows = [
                ["" if cell is None else str(cell).strip() for cell in row] for row in sheet.iter_rows(values_only=True)
            ]
        elif suffix in (".csv", ".tsv", ".txt"):
            raw = path.read_bytes()
            text = next((raw.decode(enc) for enc in ("utf-8-sig", "gb18030") if _decodes(raw, enc)), None)
            if text is None:
                raise OfficialError(f"{path}: neither UTF-8 nor GB18030 text")
            dialect = csv.excel_tab if suffix == ".tsv" else csv.excel
            rows = [[cell.strip() for cell in row] for row in csv.reader(text.splitlines(), dialect)]
        else:
            raise OfficialError(f"{path}: not a table claimkb reads (.csv, .tsv or .xlsx)")
    except OSError as err:
        raise OfficialError(f"{path}: {err.strerror or err}") from err
    except (ValueError, KeyError, IndexError) as err:  # openpyxl on a file that is no workbook
        raise OfficialError(f"{path}: not a readable spreadsheet ({type(err).__name__})") from err
    return [[(number, cell) for cell in row] for number, row in enumerate(rows, start=1)]


def _decodes(raw: bytes, encoding: str) -> bool:
    try:
        raw.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def figures(path: Path, rows: list[list[tuple[int, str]]], place: str | None, source: str | None,
            release_date: str | None) -> Iterator[Figure]:  # fmt: skip
    """The figures of a table in either form; the place, source and release date given fill what it lacks."""
    labels: dict[str, str] = {}  # the portal's lines above and below a wide table: 地区：开封市, 数据来源：国家统计局
    for row in rows:
        cells = [cell for _, cell in row]
        label = _LABEL.match(cells[0]) if cells else None
        if label and not any(cells[1:]):
            labels.setdefault(label["label"], label["value"].strip())
    for index, row in enumerate(rows):
        cells = [cell for _, cell in row]
        if not any(cells) or (_LABEL.match(cells[0]) and not any(cells[1:])):
            continue
        header = [cell.lower() for cell in cells]
        long_columns = _long_columns(header)
        if long_columns is not None:
            yield from _long_figures(rows[index + 1 :], long_columns, place, source, release_date)
            return
        if cells[0] in ("指标", "地区") and any(_YEAR_HEADER.match(cell) for cell in cells[1:]):
            source = source or labels.get("数据来源") or labels.get("来源") or "国家统计局"
            yield from _wide_figures(rows[index + 1 :], cells, labels, place, source, release_date)
            return
        raise OfficialError(
            f"{path}:{row[0][0]}: no header: a long table needs columns place, indicator, period, value (unit,"
            " source, release_date optional); a wide one a first column 指标 or 地区 and years as columns"
        )
    raise OfficialError(f"{path}: no rows")


def _long_columns(header: list[str]) -> dict[str, int] | None:
    found = {}
    for name, spellings in _LONG_COLUMNS.items():
        at = next((i for i, cell in enumerate(header) if cell in spellings), None)
        if at is not None:
            found[name] = at
    return found if {"place", "metric", "period", "value"} <= set(found) else None


def _long_figures(rows, columns: dict[str, int], place, source, release_date) -> Iterator[Figure]:  # noqa: ANN001
    for row in rows:
        cells = [cell for _, cell in row]
        if not any(cells):
            continue

        def cell(name: str, default: str | None = None, cells: list[str] = cells) -> str:
            at = columns.get(name)
            return (cells[at] if at is not None and at < len(cells) else "") or default or ""

        yield Figure(cell("place", place), cell("metric"), cell("period"), cell("value"), cell("unit"),
                     cell("source", source), cell("release_date", release_date), row[0][0])  # fmt: skip


def _wide_figures(rows, header: list[str], labels: dict[str, str], place, source, release_date) -> Iterator[Figure]:  # noqa: ANN001
    by_indicator = header[0] == "指标"
    for row in rows:
        cells = [cell for _, cell in row]
        if not any(cells) or _LABEL.match(cells[0]) or cells[0].startswith(("注", "数据来源")):
            continue
        name, unit = cells[0], ""
        written = _UNIT_IN_NAME.match(name)
        if written:
            name, unit = written["name"], written["unit"]
        for column, year in enumerate(header[1:], start=1):
            match = _YEAR_HEADER.match(year)
            value = cells[column] if column < len(cells) else ""
            if not match or not value:
                continue  # the portal leaves a year it has no figure for empty
            figure_place = (place or labels.get("地区", "")) if by_indicator else name
            metric = name if by_indicator else labels.get("指标", "")
            if not by_indicator and not unit:
                metric_written = _UNIT_IN_NAME.match(metric)
                if metric_written:
                    metric, unit = metric_written["name"], metric_written["unit"]
            yield Figure(figure_place, metric, match[1], value, unit, source, release_date or "", row[0][0])


_PERIOD = compile_pattern(
    r"^(?P<year>(?:19|20)[0-9]{2})(?:年)?(?:(?:[-/]?Q|年?第?)(?P<quarter>[1-4一二三四])(?:季度)?|[-/年](?P<month>[01]?[0-9])月?"
    r"|年?1-(?P<through>[01]?[0-9])月)?(?:末|底)?$"
)
_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4}


def period_of(text: str) -> tuple[date, date] | None:
    """A reference period: 2023 / 2023年 (the year), 2023Q1 / 2023年一季度, 2023-06 / 2023年6月 (the month),
    2023年1-6月 (the months to June); None for another."""
    match = _PERIOD.match(text.strip().replace(" ", ""))
    if match is None:
        return None
    year = int(match["year"])
    if match["quarter"]:
        quarter = _QUARTERS.get(match["quarter"]) or int(match["quarter"])
        return date(year, 3 * quarter - 2, 1), _month_end(year, 3 * quarter)
    if match["month"]:
        month = int(match["month"])
        return (date(year, month, 1), _month_end(year, month)) if 1 <= month <= 12 else None
    if match["through"]:
        month = int(match["through"])
        return (date(year, 1, 1), _month_end(year, month)) if 1 <= month <= 12 else None
    return date(year, 1, 1), date(year, 12, 31)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def figure_row(path: Path, figure: Figure) -> dict | str:
    """A figure as a row of official_figures, or why it is not one."""
    where = f"{path}:{figure.line}"
    indicator, growth = indicators.growth_named(figure.metric)
    if indicator is None:
        return f"{where}: {figure.metric or 'no indicator'!r} is no indicator of the catalogue (lexicon/indicators.tsv)"
    if not figure.place:
        return f"{where}: no place (give a place column, a 地区： line or --place)"
    place = gazetteer().lookup(figure.place.strip())
    if place is None or place.code is None:
        # claims are matched to figures by division code: a figure of a place without one would match none
        return f"{where}: {figure.place!r} is no division the gazetteer knows (a province, city or county)"
    period = period_of(figure.period)
    if period is None:
        return f"{where}: period {figure.period!r} is not a year, quarter or month (2023, 2023Q1, 2023-06, 2023年1-6月)"
    unit_written = figure.unit.strip()
    quantity = read_quantity(f"{figure.value.strip().replace(',', '')}{unit_written}")
    if quantity is None or (unit_written and not quantity.unit):
        return f"{where}: value {figure.value!r} with unit {unit_written!r} is not a figure"
    unit = quantity.unit or indicator.unit
    if unit == indicator.unit.split("/")[0]:
        unit = indicator.unit  # 元 of a per-head indicator (元/人)
    growth = growth or (unit in ("%", "百分点") and indicator.unit not in ("%", "‰"))
    if not growth and unit != indicator.unit:
        return f"{where}: unit {unit_written or '(none)'} is not one of {indicator.name} ({indicator.unit})"
    start, end = period
    if indicator.aspect == "stock" and (start, end) == (date(start.year, 1, 1), date(start.year, 12, 31)):
        start = end  # a stock's figure for a year is its level at the year's end
    released = None
    if figure.release_date:
        try:
            released = date.fromisoformat(figure.release_date.strip()[:10])
        except ValueError:
            return f"{where}: release date {figure.release_date!r} is not a date (YYYY-MM-DD)"
    measure = "change" if growth else "level"
    source = figure.source.strip() or "unknown"
    key = f"{place.code}|{indicator.indicator_id}|{measure}|{start}|{end}|{source}"
    return {
        "figure_id": hashlib.sha256(key.encode("utf-8")).hexdigest()[:20],
        "place_code": place.code,
        "place": figure.place.strip(),
        "indicator_id": indicator.indicator_id,
        "metric": figure.metric,
        "measure": measure,
        "period": figure.period,
        "period_start": start,
        "period_end": end,
        "value": quantity.value,
        "value_text": f"{figure.value.strip()}{unit_written}",
        "unit": unit,
        "source": source,
        "release_date": released,
        "file": str(path),
        "line": figure.line,
    }


def load_tables(con: duckdb.DuckDBPyConnection, paths: Iterable[str], place: str | None = None,
                source: str | None = None, release_date: str | None = None) -> LoadReport:  # fmt: skip
    """Load reference tables in one transaction: each bad row is a line of the report and left out, the rest is
    stored; a row of the same place, indicator, measure, period and source as a stored one replaces it."""
    report = LoadReport()
    rows: dict[str, dict] = {}
    for name in paths:
        path = Path(name)
        for figure in figures(path, read_table(path), place, source, release_date):
            row = figure_row(path, figure)
            if isinstance(row, str):
                report.errors.append(row)
            else:
                rows[row["figure_id"]] = row
    if rows:
        frame = pd.DataFrame(list(rows.values()))
        con.execute("BEGIN TRANSACTION")
        try:
            con.register("figure_rows", frame)
            columns = ", ".join(frame.columns)
            con.execute(f"INSERT OR REPLACE INTO official_figures ({columns}) SELECT {columns} FROM figure_rows")
            con.unregister("figure_rows")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    report.loaded = len(rows)
    return report
