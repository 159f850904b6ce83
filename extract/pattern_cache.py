"""Regular expressions compiled once per machine, not once per process (issue 32).

Most of the rules' patterns are built from the lexicon: the quantity pattern alone is an alternation of
every unit, and Python's `re` parses and compiles such a pattern in a tenth of a second, in every process,
before the first claim. `compile_pattern` keeps what the compiler makes of a pattern (the `_sre` program,
its groups and flags) in a file in the user's cache folder and hands the program straight to `_sre` the
next time, which costs a small fraction of compiling it.

Why it cannot answer with a stale program:
- an entry is found by a digest of the pattern's text and flags: a pattern built from a lexicon that has
  changed is another text, hence another entry;
- the file's name holds the Python version, `_sre`'s magic number and a fingerprint of the package's
  lexicon files (name, size, time of change), so a new interpreter or an edited lexicon starts a new file
  and the old one of the same interpreter is removed when the new one is written;
- `_sre` checks every program it is given; one it refuses (a damaged file) is compiled anew.

The file is written to $CLAIMKB_CACHE_DIR, else $XDG_CACHE_HOME/claimkb, else ~/.cache/claimkb, never
next to the package (an installed package may be read-only), at the end of a process that built the
extraction pipeline and compiled something new, by an atomic rename: a command that only reads a database
writes nothing. CLAIMKB_CACHE_DIR set to an empty value turns the cache off. Any
failure to read or write it only means patterns are compiled as before.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import marshal
import os
import re
import sys
from array import array
from pathlib import Path

try:  # CPython's regular expression engine; elsewhere patterns are compiled by `re` as usual
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - other Python implementations
    _sre = None

ENV_VARIABLE = "CLAIMKB_CACHE_DIR"
_LEXICON = Path(__file__).resolve().parent / "lexicon"
_PREFIX = "patterns-"
_MAX_ENTRIES = 5000  # a bound on the file: a user lexicon edited many times adds patterns never used again

# digest -> (flags, program as bytes, number of groups, group names -> index, index -> group name)
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_entries: dict[str, _Entry] | None = None
_new: dict[str, _Entry] = {}
_FILE_VERSION = 1


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(pattern, flags), from the cache when this pattern was compiled before."""
    if _sre is None or not isinstance(pattern, str) or cache_folder() is None:
        return re.compile(pattern, flags)
    key = hashlib.blake2b(f"{int(flags)}\0{pattern}".encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    entry = _cached_entries().get(key) or _new.get(key)
    if entry is not None:
        try:
            return _from_entry(pattern, entry)
        except (RuntimeError, TypeError, ValueError, OverflowError):  # a program _sre refuses: compile anew
            pass
    entry = _compiled_entry(pattern, flags)
    _new[key] = entry
    return _from_entry(pattern, entry)


def cache_folder() -> Path | None:
    """Where the cache file lives, None when the cache is turned off."""
    given = os.environ.get(ENV_VARIABLE)
    if given is not None:
        return Path(given) if given else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "claimkb"


def cache_file() -> Path | None:
    """The cache file of this interpreter and these lexicon files (see the module's docstring)."""
    folder = cache_folder()
    if folder is None:
        return None
    return folder / f"{_PREFIX}{_interpreter_tag()}-{lexicon_fingerprint()}.marshal"


def lexicon_fingerprint() -> str:
    """A digest of the package's lexicon files' names, sizes and times of change: it changes when one is edited."""
    digest = hashlib.blake2b(digest_size=8)
    try:
        with os.scandir(_LEXICON) as found:
            for item in sorted(found, key=lambda e: e.name):
                if item.is_file():
                    info = item.stat()
                    digest.update(f"{item.name}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
    except OSError:
        pass
    return digest.hexdigest()


def _interpreter_tag() -> str:
    return f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}" if _sre is not None else "none"


def _compiled_entry(pattern: str, flags: int) -> _Entry:
    """What re._compiler.compile makes of the pattern, before it is handed to _sre."""
    parsed = _parser.parse(pattern, flags)
    program = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    code_type = "I" if _sre.CODESIZE == 4 else "H"
    return (
        int(flags | parsed.state.flags),  # an int, not a RegexFlag: marshal writes only plain types
        array(code_type, program).tobytes(),
        parsed.state.groups - 1,
        {str(name): int(index) for name, index in groupindex.items()},
        tuple(indexgroup),
    )


def _from_entry(pattern: str, entry: _Entry) -> re.Pattern[str]:
    flags, program, groups, groupindex, indexgroup = entry
    code = array("I" if _sre.CODESIZE == 4 else "H")
    code.frombytes(program)
    return _sre.compile(pattern, flags, code.tolist(), groups, dict(groupindex), tuple(indexgroup))


def _cached_entries() -> dict[str, _Entry]:
    """The cache file's entries, read once per process; empty when there is no usable file."""
    global _entries
    if _entries is None:
        _entries = _read(cache_file())
    return _entries


def keep_at_exit() -> None:
    """Write the patterns this process compiles into the cache file when it ends. Called by what builds the
    extraction pipeline, whose patterns the cache is for: the commands that only read a database (query,
    serve, export, verify, stats) read the cache and never write it, nor anything else."""
    global _keeping
    if not _keeping:
        _keeping = True
        atexit.register(save)


_keeping = False


def _read(path: Path | None) -> dict[str, _Entry]:
    if path is None:
        return {}
    try:
        with open(path, "rb") as handle:
            version, entries = marshal.load(handle)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return entries if version == _FILE_VERSION and isinstance(entries, dict) else {}


def save() -> None:
    """Write the patterns compiled by this process into the cache file (at exit; callable earlier)."""
    if not _new:
        return
    import tempfile  # here: importing it is a hundredth of a second that a process compiling nothing new saves

    try:
        # inside the try: finding the file reads the lexicon folder, where a Ctrl-C at exit may land too
        path = cache_file()
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        entries = _read(path)  # what other processes wrote since this one read the file
        entries.update(_new)
        if len(entries) > _MAX_ENTRIES:
            entries = dict(list(_new.items())[-_MAX_ENTRIES:])
        handle, temporary = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                marshal.dump((_FILE_VERSION, entries), out)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
        _remove_superseded(path)
    except (OSError, ValueError):
        return  # a read-only or full cache folder: the patterns are compiled again next time
    except KeyboardInterrupt:
        # Ctrl-C while the process saves at exit (an ingest interrupted as it ends): the user asked it to stop, and
        # a traceback from an atexit callback would be the one line's company; the file stays as it was
        return
    _new.clear()


def _remove_superseded(kept: Path) -> None:
    """Remove this interpreter's cache files of other lexicon versions."""
    stem = f"{_PREFIX}{_interpreter_tag()}-"
    for other in kept.parent.glob(f"{stem}*.marshal"):
        if other != kept:
            with contextlib.suppress(OSError):
                other.unlink()
