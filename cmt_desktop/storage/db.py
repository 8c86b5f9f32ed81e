"""Open a venue file: WAL, foreign keys, migrations, and errors a person can act on."""

from __future__ import annotations

import enum
import sqlite3
from collections.abc import Iterator
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


def open_db(path: Path | None) -> sqlite3.Connection:
    """Open (or create) the venue file at ``path``; ``None`` gives an in-memory database.

    The connection is in autocommit mode: each write is its own transaction unless wrapped
    in :func:`transaction`, so every change is on disk when the call returns.

    Raises:
        DatabaseOpenError: the file is damaged, not ours, from a newer app, locked or
            cannot be written.
    """
    if path is None:
        conn = sqlite3.connect(":memory:", isolation_level=None)
        _configure(conn, in_memory=True)
        migrations.apply_pending(conn)
        return conn
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        is_new = not path.exists() or path.stat().st_size == 0
        conn = sqlite3.connect(path, timeout=5, isolation_level=None)
    except (OSError, sqlite3.Error) as exc:
        raise DatabaseOpenError(OpenFailure.UNREACHABLE, path, str(exc)) from exc
    try:
        _check_identity(conn, path, is_new)
        _configure(conn, in_memory=False)
        if migrations.unknown_steps(conn):
            raise DatabaseOpenError(OpenFailure.NEWER_VERSION, path)
        migrations.apply_pending(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _classify(exc, path) from exc
    except DatabaseOpenError:
        conn.close()
        raise
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Group writes: all are committed together, or none if anything fails."""
    # IMMEDIATE takes the write lock now, so a busy file fails here rather than mid-way.
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
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


def _check_identity(conn: sqlite3.Connection, path: Path, is_new: bool) -> None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if is_new:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        return
    has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    if app_id != APPLICATION_ID and (has_tables or app_id):
        raise DatabaseOpenError(OpenFailure.NOT_A_VENUE_FILE, path)
    if app_id == 0:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


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
