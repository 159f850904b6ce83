"""The DuckDB knowledge base: connections, migrations from schema/*.sql, the places table.

Documents, articles and claims are loaded by extract/loading.py.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import duckdb

from extract.defaults import DEFAULT_DB
from extract.pattern_cache import compile_pattern
from extract.resources import folder

# numpy (verify), pyarrow and the gazetteer (fill_places) are imported where used: the commands that
# only read (stats, query, serve) start without them (issue 32)

_MIGRATION_NAME = compile_pattern(r"^(\d{3})_[a-z0-9_]+\.sql$")


class StoreError(Exception):
    """A database that cannot be opened or used, said in one line."""


def migrations() -> list[tuple[int, str, str]]:
    """(version, file name, SQL) of every file in schema/, in order."""
    out = []
    for entry in folder("schema").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            out.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    return sorted(out)


# A connection that runs SQL someone typed can read the knowledge base and nothing else: no files
# (COPY … TO, read_text, glob, ATTACH), no network or extensions, and no setting changed back afterwards.
# In this order, as SQL literals: with external access off DuckDB still lets a query read its temp
# directory (<db>.tmp/, where anyone who can write beside the database can leave a file), so there is
# none (a query that outgrows memory fails rather than spill); then external access off; then the local
# file system off, as external access off still lets a query read the database file and its WAL by name.
_SANDBOX = (
    ("temp_directory", "''"),
    ("enable_external_access", "false"),
    ("disabled_filesystems", "'LocalFileSystem'"),
)
# claimkb needs no extension: none is fetched from the network or loaded behind its back (a SQLite
# file given as the database, which DuckDB would fetch sqlite_scanner for, is refused by its header)
_NO_EXTENSIONS = (("autoload_known_extensions", "false"), ("autoinstall_known_extensions", "false"))
_CONFIGURING = threading.Lock()
_DUCKDB_MAGIC = b"DUCK"  # at offset 8 of every DuckDB database file


def connect(
    path: str | Path = DEFAULT_DB, read_only: bool = False, create: bool = True, sandboxed: bool = False
) -> duckdb.DuckDBPyConnection:
    """Open the database (creating it if `create`, and migrating it, unless read-only). A
    `sandboxed` connection (read-only: ad-hoc SQL, the dashboard) has no access outside the file."""
    path = Path(path)
    read_only = read_only or sandboxed
    if (read_only or not create) and not path.exists():
        raise StoreError(f"{path}: no such database; create it with `claimkb ingest` or `claimkb demo`")
    if path.exists() and path.is_file() and path.stat().st_size > 0:
        with path.open("rb") as handle:
            header = handle.read(12)
        if header[8:12] != _DUCKDB_MAGIC:
            raise StoreError(f"{path}: not a claimkb database (not a DuckDB file)")
    con = _open(path, read_only)
    # Settings belong to the database instance, which connections to one file in one process share
    # (the dashboard's request threads): the first connection sets them, and a sandboxed one locks
    # them, after which later connections find them set. Not connect() config: a second connection
    # with another config (a user's own, next to claimkb's) would be refused.
    with _CONFIGURING:  # one thread at a time: another may lock the settings between read and set
        if not con.execute("SELECT current_setting('lock_configuration')").fetchone()[0]:
            # DuckDB draws a progress bar on stdout for long queries, into a CSV piped from `claimkb export`
            con.execute("SET enable_progress_bar = false")
            for setting, value in _NO_EXTENSIONS + (_SANDBOX if sandboxed else ()):
                con.execute(f"SET {setting} = {value}")
            if sandboxed:
                con.execute("SET lock_configuration = true")
    _require_whole_file(con, path)
    _require_claimkb(con, path)
    if read_only:
        _require_current_schema(con, path)
    else:
        # a writer reads every block first: damage a write runs into comes out as a failed
        # transaction, after other writes went into the damaged file
        verify(con, path)
        migrate(con)
        fill_places(con)
    return con


def _refuse(con: duckdb.DuckDBPyConnection, reason: str) -> NoReturn:
    """Close without writing and raise: the checkpoint DuckDB makes when the last connection closes
    would fold a pending write-ahead log into a file claimkb refuses, which must stay as it was."""
    with contextlib.suppress(duckdb.Error):
        con.execute("PRAGMA disable_checkpoint_on_shutdown")
    con.close()
    raise StoreError(reason)


# DuckDB lets one process write a file or several read it, never both. Writers go first: a writer
# that finds the file held leaves a marker beside it (kb.duckdb.writer-waiting) while it waits, and
# readers (the dashboard opens a connection per request) open no new connection while the marker
# is there, so the file comes free within a request's time. Both waits are bounded.
WRITER_WAIT_SECONDS = 60.0
READER_WAIT_SECONDS = 10.0
_MARKER_STALE_SECONDS = 2 * WRITER_WAIT_SECONDS  # a marker a killed writer left behind is ignored
_RETRY_SECONDS = 0.05
_HOLDER = compile_pattern(r"lock is held in (?P<program>.+?) \(PID (?P<pid>\d+)\)")


def writer_marker(path: Path) -> Path:
    return path.with_name(path.name + ".writer-waiting")


def _open(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    """Connect, waiting (bounded) for the file to come free; a writer asks readers to let go."""
    marker = writer_marker(path)
    if read_only:
        _wait_while(lambda: _fresh(marker), READER_WAIT_SECONDS)
    else:
        with contextlib.suppress(OSError):  # a folder it cannot write in (read-only): no reader is asked to wait
            marker.write_text(str(os.getpid()), encoding="utf-8")
    deadline, said = time.monotonic() + (READER_WAIT_SECONDS if read_only else WRITER_WAIT_SECONDS), False
    try:
        while True:
            try:
                return duckdb.connect(str(path), read_only=read_only)
            except duckdb.IOException as err:
                holder = _HOLDER.search(str(err))
                if "lock" not in str(err).lower():
                    raise StoreError(f"{path}: cannot open: {str(err).splitlines()[0]}") from err
                who = f"process {holder['pid']} ({Path(holder['program']).name})" if holder else "another process"
                if time.monotonic() > deadline:
                    raise StoreError(f"{path}: still held by {who}; try again when it lets go") from err
                if not said and not read_only:
                    print(f"claimkb: {path} is open in {who}; waiting for it to let go", file=sys.stderr)
                    said = True
                time.sleep(_RETRY_SECONDS)
            except duckdb.Error as err:
                raise StoreError(f"{path}: damaged or not a claimkb database: {str(err).splitlines()[0]}") from err
    finally:
        if not read_only:
            with contextlib.suppress(OSError):  # a read-only folder: no marker was left
                marker.unlink(missing_ok=True)


def _fresh(marker: Path) -> bool:
    """A marker of a writer still waiting: not one a writer killed while it opened the file left
    behind (its process is gone), nor one older than any writer waits."""
    try:
        age = time.time() - marker.stat().st_mtime
        writer = marker.read_text(encoding="utf-8").strip()
    except OSError:
        return False
    # a marker without a process id yet (being written) is taken as fresh
    return age < _MARKER_STALE_SECONDS and not (writer.isdigit() and not _alive(int(writer)))


def _alive(pid: int) -> bool:
    """Whether a process of this id runs (another's process with the id reused counts as alive:
    readers then wait their bounded time, as they did for every marker)."""
    if os.name != "posix" or pid <= 0:  # os.kill(pid, 0) ends the process on Windows; 0 is a process group
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # a process of another user
        return True
    return True


def _wait_while(condition: Callable[[], bool], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while condition() and time.monotonic() < deadline:
        time.sleep(_RETRY_SECONDS)


_FILE_HEADERS = 3 * 4096  # a DuckDB file: its main header and two database headers, then the blocks


def _require_whole_file(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """A file cut short (a copy interrupted, a full disk) opens and answers from its first blocks:
    refuse it when it is shorter than the blocks its own header counts."""
    if not path.exists():
        return
    # the blocks in use must fit in the file (the free ones at its end may have been cut off by DuckDB)
    _, _, block_size, _, used_blocks, *_ = con.execute("PRAGMA database_size").fetchone()
    if path.stat().st_size < _FILE_HEADERS + int(block_size) * int(used_blocks):
        _refuse(con, f"{path}: damaged: the file is shorter than the blocks it holds (cut off?)")


# DuckDB's single-file layout: after the headers, blocks of block_size bytes, each starting with an
# 8-byte checksum of the rest of the block: 5381 xor-ed with each following 8-byte word (little-endian)
# times this factor (duckdb/common/checksum.cpp). DuckDB checks a block's checksum only when a query
# reads the block, so damage in a block no command happens to read (an index, a column not asked
# for) stays hidden until a write needs it, and DuckDB has no statement that reads them all.
_CHECKSUM_SEED = 5381
_CHECKSUM_FACTOR = 0xBF58476D1CE4E5B9


def verify(con: duckdb.DuckDBPyConnection, path: str | Path) -> int:
    """Read every block of the file and check it against its checksum; the number of blocks read.
    Damage is a StoreError (naming the file and the first damaged block), `con` closed unwritten.
    A block of zeros is a free block whose space DuckDB gave back to the filesystem, not damage; the
    free blocks DuckDB cut off the end of the file are not there to read."""
    import numpy as np

    seed, factor = np.uint64(_CHECKSUM_SEED), np.uint64(_CHECKSUM_FACTOR)
    path = Path(path)
    _, _, block_size, total_blocks, *_ = con.execute("PRAGMA database_size").fetchone()
    block_size, read, damaged = int(block_size), 0, []
    with path.open("rb") as handle:
        handle.seek(_FILE_HEADERS)
        for number in range(int(total_blocks)):
            block = handle.read(block_size)
            if len(block) < block_size:
                break
            read += 1
            words = np.frombuffer(block, dtype="<u8")
            stored, rest = words[0], words[1:]
            if stored == 0 and not rest.any():
                continue
            if np.bitwise_xor.reduce(rest * factor) ^ seed != stored:
                damaged.append(number)
    if damaged:
        more = f" (and {len(damaged) - 1} more)" if len(damaged) > 1 else ""
        _refuse(
            con,
            f"{path}: damaged: block {damaged[0]} at byte {_FILE_HEADERS + damaged[0] * block_size}{more}"
            " does not match its checksum; restore the file from a copy",
        )
    return read


def _require_claimkb(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Refuse a database of another application: tables, but no claimkb migrations table. An empty
    database (a new file) is claimkb's to fill."""
    tables = [
        row[0]
        for row in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()"
            " UNION ALL SELECT view_name FROM duckdb_views() WHERE database_name = current_database() AND NOT internal"
            " ORDER BY 1"
        ).fetchall()
    ]
    if tables and "schema_version" not in tables:
        shown = ", ".join(tables[:5]) + (f" and {len(tables) - 5} more" if len(tables) > 5 else "")
        _refuse(con, f"{path}: not a claimkb database (it holds another application's tables: {shown})")


def _require_current_schema(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """A read-only connection cannot migrate: say how to upgrade a database an older claimkb made."""
    latest = migrations()[-1][0]
    try:
        version = con.execute("SELECT max(version) FROM schema_version").fetchone()[0]
    except duckdb.CatalogException:
        version = None
    if version is None:
        _refuse(con, f"{path}: not a claimkb database (no schema_version table)")
    if version < latest:
        _refuse(
            con,
            f"{path}: made by an older claimkb (schema {version}, this one needs {latest});"
            " run `claimkb check` once to upgrade it",
        )


def file_failure(err: duckdb.Error) -> str | None:
    """What failed, in words, when a database error is a failure of the file rather than of a query
    or a document: damage DuckDB read, a full disk, a read or write the system refused. None for
    any other error."""
    message = (str(err).splitlines() or [type(err).__name__])[0]
    lowered = message.lower()
    if "corrupt database file" in lowered or isinstance(err, duckdb.SerializationException):
        return f"damaged: {message}"
    if "no space left on device" in lowered:
        return f"the disk is full: {message}"
    if isinstance(err, (duckdb.IOException, duckdb.FatalException)) or "could not write" in lowered:
        return f"cannot read or write the file: {message}"
    return None


def interrupted(err: BaseException) -> bool:
    """Whether an error is Ctrl-C reaching DuckDB: its Python module raises RuntimeError("Query
    interrupted") when the signal comes while it connects or runs a statement."""
    return isinstance(err, duckdb.InterruptException) or (type(err) is RuntimeError and str(err) == "Query interrupted")


def rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Undo the transaction if it is still open. A COMMIT that failed (a full disk) has ended it, and
    ROLLBACK's own error ("no transaction is active") must not take the place of why it failed."""
    with contextlib.suppress(duckdb.Error):
        con.execute("ROLLBACK")


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply the migrations the database does not have yet, each in its own transaction."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
        " applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)"
    )
    done = {row[0] for row in con.execute("SELECT version FROM schema_version").fetchall()}
    applied = []
    for version, name, sql in migrations():
        if version in done:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(sql)
            con.execute("INSERT INTO schema_version (version, name) VALUES (?, ?)", [version, name])
            con.execute("COMMIT")
        except BaseException:
            rollback(con)
            raise
        applied.append(name)
    return applied


def fill_places(con: duckdb.DuckDBPyConnection) -> None:
    """The division hierarchy claims' place codes point into; written once, it is reference data."""
    if con.execute("SELECT count(*) FROM places").fetchall()[0][0]:
        return
    import pyarrow as pa

    from extract.places import gazetteer

    places = list(gazetteer().by_code.values())
    rows = pa.table(
        {
            "place_code": [p.code for p in places],
            "name": [p.name for p in places],
            "level": [p.level for p in places],
            "parent_code": [p.parent for p in places],
        }
    )
    con.register("claimkb_places", rows)
    try:
        con.execute("INSERT INTO places SELECT * FROM claimkb_places")
    finally:
        con.unregister("claimkb_places")
