"""Open a venue file: WAL, foreign keys, migrations, and errors a person can act on."""

from __future__ import annotations

import enum
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from cmt_desktop.storage import migrations

APPLICATION_ID = 0x434D5444  # "CMTD", so that another app's SQLite file is recognised as such


class OpenFailure(enum.Enum):
    """Why a venue file could not be opened."""

    DAMAGED = "damaged"
    NOT_A_VENUE_FILE = "not_a_venue_file"
    NEWER_VERSION = "newer_version"
    LOCKED = "locked"
    READ_ONLY = "read_only"
    UNREACHABLE = "unreachable"


class DatabaseOpenError(Exception):
    """The venue file cannot be used; ``reason`` says why, ``path`` says which file."""

    def __init__(self, reason: OpenFailure, path: Path, detail: str = "") -> None:
        super().__init__(f"{reason.value}: {path} {detail}".strip())
        self.reason = reason
        self.path = path
        self.detail = detail


#: called with the connection and the first pending step, before a schema migration
BeforeMigration = Callable[[sqlite3.Connection, str], object]


def open_db(
    path: Path | None,
    *,
    read_only: bool = False,
    before_migration: BeforeMigration | None = None,
) -> sqlite3.Connection:
    """Open (or create) the venue file at ``path``; ``None`` gives an in-memory database.

    The connection is in autocommit mode: each write is its own transaction unless wrapped
    in :func:`transaction`, so every change is on disk when the call returns. The file is
    checked before anything is written to it: its identity, ``PRAGMA quick_check`` and its
    schema version.

    Args:
        path: The venue file, or None for a database in memory.
        read_only: Load the file into memory and refuse every write: its content is never
            touched (a file from a newer version, a read-only or locked file). Older files
            are brought up to date in memory only.
        before_migration: Called before a schema migration of an existing file (a backup).

    Raises:
        DatabaseOpenError: the file is damaged, not ours, from a newer app, locked or
            cannot be written.
    """
    if path is None:
        conn = sqlite3.connect(":memory:", isolation_level=None)
        _configure(conn, in_memory=True)
        migrations.apply_pending(conn)
        return conn
    if read_only:
        return _open_read_only(path)
    try:
        is_new = not path.exists() or path.stat().st_size == 0
        if is_new and _has_journal(path):
            raise DatabaseOpenError(OpenFailure.DAMAGED, path, "journal without its database")
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=5, isolation_level=None)
        if is_new:
            _make_private(path)
    except DatabaseOpenError:
        raise
    except (OSError, sqlite3.Error) as exc:
        raise DatabaseOpenError(OpenFailure.UNREACHABLE, path, str(exc)) from exc
    try:
        _check(conn, path, is_new)
        _configure(conn, in_memory=False)
        if is_new or conn.execute("PRAGMA application_id").fetchone()[0] == 0:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        if before_migration is not None and not is_new:
            pending = migrations.pending_names(conn)
            if pending:
                before_migration(conn, pending[0])
        migrations.apply_pending(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _classify(exc, path) from exc
    except DatabaseOpenError:
        conn.close()
        raise
    return conn


def _open_read_only(path: Path) -> sqlite3.Connection:
    """A copy of the file in memory, checked, brought up to date, and refusing writes."""
    from cmt_desktop.storage.backups import connect_read_only

    try:
        source = connect_read_only(path)
    except sqlite3.Error as exc:
        raise DatabaseOpenError(OpenFailure.UNREACHABLE, path, str(exc)) from exc
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        _check(source, path, is_new=False, newer_ok=True)
        source.backup(conn)
        _configure(conn, in_memory=True)
        if not migrations.unknown_steps(conn):
            migrations.apply_pending(conn)
        conn.execute("PRAGMA query_only = ON")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _classify(exc, path) from exc
    except DatabaseOpenError:
        conn.close()
        raise
    finally:
        source.close()
    return conn


def is_read_only(conn: sqlite3.Connection) -> bool:
    """True for a connection opened with ``read_only``: every write fails."""
    return bool(conn.execute("PRAGMA query_only").fetchone()[0])


def _has_journal(path: Path) -> bool:
    """A -wal file with content beside a missing database: a file moved without its journal."""
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def _make_private(path: Path) -> None:
    if os.name == "posix":
        os.chmod(path, 0o600)  # SQLite gives the -wal and -shm files the same mode


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Group writes: all are committed together, or none if anything fails."""
    # IMMEDIATE takes the write lock now, so a busy file fails here rather than mid-way.
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        # SQLite rolls back by itself on some errors (a full disk): keep the original error.
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _configure(conn: sqlite3.Connection, *, in_memory: bool) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    if in_memory:
        return
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL: a change the user saw committed survives a power cut, not only a crash.
    conn.execute("PRAGMA synchronous = FULL")


def _check(conn: sqlite3.Connection, path: Path, is_new: bool, *, newer_ok: bool = False) -> None:
    """Read-only checks, before anything is written: identity, integrity, version."""
    if is_new:
        return
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    if app_id != APPLICATION_ID and (has_tables or app_id):
        raise DatabaseOpenError(OpenFailure.NOT_A_VENUE_FILE, path)
    problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
    if problems != ["ok"]:
        raise DatabaseOpenError(OpenFailure.DAMAGED, path, "; ".join(problems))
    if not newer_ok and migrations.unknown_steps(conn):
        raise DatabaseOpenError(OpenFailure.NEWER_VERSION, path)


def _classify(exc: sqlite3.DatabaseError, path: Path) -> DatabaseOpenError:
    message = str(exc).lower()
    if "locked" in message or "busy" in message:
        reason = OpenFailure.LOCKED
    elif "readonly" in message or "read-only" in message:
        reason = OpenFailure.READ_ONLY
    elif "unable to open" in message:
        reason = OpenFailure.UNREACHABLE
    else:  # "file is not a database", "malformed", "corrupt" and the like
        reason = OpenFailure.DAMAGED
    return DatabaseOpenError(reason, path, str(exc))
