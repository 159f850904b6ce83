"""A newsroom's own words: places, organisations, units, metric names, subject aliases and excluded
phrases kept in a folder of its own, read beside the package's lexicons without editing them.

The folder is given with --lexicon DIR, else the CLAIMKB_LEXICON environment variable, else
./claimkb-lexicon when there is one. Its files (all optional, UTF-8, tab-separated with a header
line, # comments allowed; exclusions.txt is one phrase a line):

    places.tsv           name  level  parent  code     level province|city|county|town|village
    organisations.tsv    name  short_names  parent     short names separated by |
    units.tsv            unit  kind
    metric_synonyms.tsv  form  key
    subject_aliases.tsv  alias  name                   a word standing for a place (港府 -> 香港特别行政区)
    exclusions.txt       phrase                        a set phrase that holds no claim

A folder is read whole or not at all: a malformed line, an unknown level, kind or parent, or an
entry that gives a word a second meaning (within the folder or against the package) is a
LexiconError naming the file and line. The active lexicon is process-wide: the lexicon functions
and the gazetteer merge it in, and activating another one empties their caches. Its digest joins
the extractor's version (extract/version.py), so an ingest under another lexicon extracts again.
"""

from __future__ import annotations

import functools
import hashlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from extract.pattern_cache import compile_pattern

ENV_VARIABLE = "CLAIMKB_LEXICON"
DEFAULT_FOLDER = "claimkb-lexicon"
PLACE_LEVELS = ("province", "city", "county", "town", "village")
# the kinds of units.tsv a unit may be given (degree is the package's own, settled by context)
UNIT_KINDS = ("count", "money", "measure", "temperature", "duration", "age", "percent", "change", "date")
# file -> (required columns, optional columns); exclusions.txt has no header
_COLUMNS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "places.tsv": (("name", "level", "parent"), ("code",)),
    "organisations.tsv": (("name", "short_names", "parent"), ()),
    "units.tsv": (("unit", "kind"), ()),
    "metric_synonyms.tsv": (("form", "key"), ()),
    "subject_aliases.tsv": (("alias", "name"), ()),
}
EXCLUSIONS = "exclusions.txt"
FILES = (*_COLUMNS, EXCLUSIONS)
_CODE = compile_pattern(r"[0-9]{6}(?:[0-9]{3}(?:[0-9]{3})?)?")


class LexiconError(Exception):
    """A user lexicon that cannot be read: one line, naming the file and the line."""


@dataclass(frozen=True)
class UserPlace:
    name: str
    level: str
    parent: str  # the name of a place of the package or of this lexicon; "" for a province
    code: str | None  # 12 digits, where the user gave one


@dataclass(frozen=True)
class UserOrganisation:
    name: str
    short_names: tuple[str, ...]
    parent: str  # the name of a place, or ""


@dataclass(frozen=True)
class UserLexicon:
    folder: Path
    digest: str  # eight hex digits of SHA-256 over the files read, by name
    places: tuple[UserPlace, ...] = ()
    organisations: tuple[UserOrganisation, ...] = ()
    units: tuple[tuple[str, str], ...] = ()  # (unit, kind)
    metric_synonyms: tuple[tuple[str, str], ...] = ()  # (form, key)
    subject_aliases: tuple[tuple[str, str], ...] = ()  # (alias, place name)
    exclusions: tuple[str, ...] = ()

    def subjects(self) -> frozenset[str]:
        """The subjects an entry of this lexicon can decide: its places' and organisations' names."""
        return frozenset([p.name for p in self.places] + [o.name for o in self.organisations])

    def metric_keys(self) -> frozenset[str]:
        return frozenset(key for _form, key in self.metric_synonyms)


_active: UserLexicon | None = None
_CACHED_FUNCTION = type(functools.cache(len))  # what functools.cache makes


def active() -> UserLexicon | None:
    """The user lexicon extraction reads now, or None."""
    return _active


def activate(lexicon: UserLexicon | None) -> None:
    """Make `lexicon` the one extraction reads; the caches built from another are emptied."""
    global _active
    if lexicon == _active:
        return
    _active = lexicon
    _clear_caches()


def _clear_caches() -> None:
    """Empty every functools cache of the package: what the lexicons built (patterns, tables, the
    gazetteer, the pipeline) is built again from the lexicon now active."""
    for name, module in list(sys.modules.items()):
        if module is None or not (name == "extract" or name.startswith("extract.")):
            continue
        for value in list(vars(module).values()):
            # by type: a module may hold proxies (flask's request) that fail on any attribute asked
            if isinstance(value, _CACHED_FUNCTION) and value.__module__ == name:
                value.cache_clear()


def folder_in_use(given: str | None) -> Path | None:
    """The folder to read: the one given, else $CLAIMKB_LEXICON, else ./claimkb-lexicon if present."""
    if given:
        return Path(given)
    if os.environ.get(ENV_VARIABLE):
        return Path(os.environ[ENV_VARIABLE])
    default = Path(DEFAULT_FOLDER)
    return default if default.is_dir() else None


def use(given: str | None) -> UserLexicon | None:
    """Load the folder in use (folder_in_use) and make it active; None when there is none."""
    folder = folder_in_use(given)
    lexicon = load(folder) if folder is not None else None
    activate(lexicon)
    return lexicon


def load(folder: str | Path) -> UserLexicon:
    """Read and validate a lexicon folder (LexiconError on the first problem)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise LexiconError(f"{folder}: no such lexicon folder")
    for path in sorted(folder.iterdir()):
        if path.suffix in (".tsv", ".txt") and path.name not in FILES:
            raise LexiconError(f"{path}: not a lexicon file (the files are {', '.join(FILES)})")
    digest = hashlib.sha256()
    texts: dict[str, list[tuple[int, str]]] = {}
    for name in FILES:
        path = folder / name
        if not path.is_file():
            continue
        data = path.read_bytes()
        digest.update(name.encode() + b"\0" + data + b"\0")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise LexiconError(f"{path}: not UTF-8 text (byte {err.start})") from None
        texts[name] = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and line[0] != "#"]
    reader = _Reader(folder, texts)
    return UserLexicon(
        folder=folder,
        digest=digest.hexdigest()[:8],
        places=reader.places(),
        organisations=reader.organisations(),
        units=reader.units(),
        metric_synonyms=reader.pairs("metric_synonyms.tsv", "metric_synonyms.tsv", "metric"),
        subject_aliases=reader.subject_aliases(),
        exclusions=reader.exclusions(),
    )


class _Reader:
    """Reads each file's rows against the package's lexicons and the folder's other files."""

    def __init__(self, folder: Path, texts: dict[str, list[tuple[int, str]]]) -> None:
        self.folder = folder
        self.texts = texts
        self._place_names: set[str] = set()

    def _fail(self, name: str, line: int, message: str) -> LexiconError:
        return LexiconError(f"{self.folder / name}:{line}: {message}")

    def _rows(self, name: str) -> list[tuple[int, list[str]]]:
        """The file's rows after its header, each with as many fields as it has columns."""
        lines = self.texts.get(name, [])
        if not lines:
            return []
        required, optional = _COLUMNS[name]
        header_line, header = lines[0]
        fields = [f.strip() for f in header.split("\t")]
        if tuple(fields[: len(required)]) != required or tuple(fields[len(required) :]) not in (
            optional[:k] for k in range(len(optional) + 1)
        ):
            expected = "\t".join(required + optional)
            raise self._fail(name, header_line, f"the header line must be {expected!r} (tab-separated)")
        rows = []
        for number, line in lines[1:]:
            values = [v.strip() for v in line.split("\t")]
            if not len(required) <= len(values) <= len(required) + len(optional):
                raise self._fail(
                    name, number, f"{len(values)} field(s); expected {len(required)} separated by tabs: {line!r}"
                )
            may_be_empty = ("parent", "short_names")
            empty = [c for c, value in zip(required, values, strict=False) if not value and c not in may_be_empty]
            if empty:
                raise self._fail(name, number, f"empty {empty[0]}")
            rows.append((number, values + [""] * (len(required) + len(optional) - len(values))))
        return rows

    def places(self) -> tuple[UserPlace, ...]:
        from extract.places import package_gazetteer

        gaz = package_gazetteer()
        rows = self._rows("places.tsv")
        seen: dict[str, tuple[int, UserPlace]] = {}
        for number, (name, level, parent, code) in rows:
            if level not in PLACE_LEVELS:
                raise self._fail("places.tsv", number, f"unknown level {level!r} (one of {', '.join(PLACE_LEVELS)})")
            if code and not _CODE.fullmatch(code):
                raise self._fail("places.tsv", number, f"code {code!r} is not a division code of 6, 9 or 12 digits")
            full_code = code.ljust(12, "0") if code else None
            if full_code in gaz.by_code:
                raise self._fail("places.tsv", number, f"code {code} is the package's {gaz.by_code[full_code].name}")
            if any(p.name == name for p in gaz.by_name.get(name, [])):
                raise self._fail("places.tsv", number, f"{name} is a division the package knows already")
            if not parent and level != "province":
                raise self._fail("places.tsv", number, f"a {level} needs a parent place")
            place = UserPlace(name, level, parent, full_code)
            if name in seen and seen[name][1] != place:
                raise self._fail("places.tsv", number, f"{name} differs from its entry on line {seen[name][0]}")
            seen[name] = (number, place)
        for number, (name, _level, parent, _code) in rows:
            if parent and parent not in seen and gaz.lookup(parent) is None:
                raise self._fail("places.tsv", number, f"unknown parent {parent!r}: no place of the package or file")
            ancestor, steps = parent, 0
            while ancestor in seen and steps <= len(seen):
                ancestor, steps = seen[ancestor][1].parent, steps + 1
            if steps > len(seen):
                raise self._fail("places.tsv", number, f"{name} is its own ancestor")
        self._place_names = set(seen)
        return tuple(place for _number, place in seen.values())

    def _known_place(self, name: str) -> bool:
        from extract.places import package_gazetteer

        return name in self._place_names or package_gazetteer().lookup(name) is not None

    def organisations(self) -> tuple[UserOrganisation, ...]:
        from extract import lexicon

        package = lexicon.package_word_table("organisation_names.tsv")
        full_of: dict[str, tuple[int, str]] = {}  # a name or short name -> (line, the full name)
        out: dict[str, UserOrganisation] = {}
        for number, (name, shorts, parent) in self._rows("organisations.tsv"):
            if parent and not self._known_place(parent):
                raise self._fail("organisations.tsv", number, f"unknown parent {parent!r}: no place of the package")
            short_names = tuple(s.strip() for s in shorts.split("|") if s.strip())
            for written in (name, *short_names):
                if package.get(written, name) != name:
                    raise self._fail(
                        "organisations.tsv", number, f"{written} stands for {package[written]} in the package"
                    )
                if written in full_of and full_of[written][1] != name:
                    line, other = full_of[written]
                    raise self._fail("organisations.tsv", number, f"{written} stands for {other} on line {line}")
                full_of.setdefault(written, (number, name))
            entry = UserOrganisation(name, short_names, parent)
            if name in out and out[name] != entry:
                line = full_of[name][0]
                raise self._fail("organisations.tsv", number, f"{name} differs from its entry on line {line}")
            out[name] = entry
        return tuple(out.values())

    def units(self) -> tuple[tuple[str, str], ...]:
        from extract import lexicon

        package = lexicon.package_units()
        for number, (unit, kind) in self._rows("units.tsv"):
            if kind not in UNIT_KINDS:
                raise self._fail("units.tsv", number, f"unknown kind {kind!r} (one of {', '.join(UNIT_KINDS)})")
            if unit in package and package[unit].kind != kind:
                raise self._fail("units.tsv", number, f"{unit} is a {package[unit].kind} unit in the package")
        return self.pairs("units.tsv", None, "unit")

    def pairs(self, name: str, package_file: str | None, what: str) -> tuple[tuple[str, str], ...]:
        """The file's (first, second) pairs; a first column given two meanings is an error."""
        from extract import lexicon

        package = lexicon.package_word_table(package_file) if package_file else {}
        meaning: dict[str, tuple[int, str]] = {}
        for number, (first, second) in self._rows(name):
            if package.get(first, second) != second:
                raise self._fail(name, number, f"{first} is the {what} {package[first]} in the package")
            if first in meaning and meaning[first][1] != second:
                raise self._fail(name, number, f"{first} is {meaning[first][1]} on line {meaning[first][0]}")
            meaning.setdefault(first, (number, second))
        return tuple((first, second) for first, (_number, second) in meaning.items())

    def subject_aliases(self) -> tuple[tuple[str, str], ...]:
        pairs = self.pairs("subject_aliases.tsv", "scope_place_words.tsv", "place")
        for number, (alias, name) in self._rows("subject_aliases.tsv"):
            if not self._known_place(name):
                raise self._fail("subject_aliases.tsv", number, f"unknown place {name!r} for {alias}")
        return pairs

    def exclusions(self) -> tuple[str, ...]:
        phrases = []
        for number, line in self.texts.get(EXCLUSIONS, []):
            if "\t" in line:
                raise self._fail(EXCLUSIONS, number, "one phrase a line, without tabs")
            phrases.append(line.strip())
        return tuple(dict.fromkeys(phrases))
