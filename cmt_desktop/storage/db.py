"""Open a venue file: WAL, foreign keys, migrations, and errors a person can act on."""

from __future__ import annotations

import enum
import sqlite3
from pathlib import Path

import sqlite_utils

from cmt_desktop.storage.migrations import MIGRATIONS

APPLICATION_ID = 0x434D5444  # "CMTD", so that another app's SQLite file is recognised as such


class OpenFailure(enum.Enum):
    """Why a venue file could not be opened."""

    DAMAGED = "damaged"
    NOT_A_VENUE_FILE = "not_a_venue_file"
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


def open_db(path: Path | None) -> sqlite_utils.Database:
    """Open (or create) the venue file at ``path``; ``None`` gives an in-memory database.

    Raises:
        DatabaseOpenError: the file is damaged, not ours, locked or cannot be written.
    """
    if path is None:
        db = sqlite_utils.Database(memory=True)
        _configure(db)
        MIGRATIONS.apply(db)
        return db
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        is_new = not path.exists() or path.stat().st_size == 0
        conn = sqlite3.connect(path, timeout=5, isolation_level=None)
    except (OSError, sqlite3.Error) as exc:
        raise DatabaseOpenError(OpenFailure.UNREACHABLE, path, str(exc)) from exc
    db = sqlite_utils.Database(conn)
    try:
        _check_identity(db, path, is_new)
        _configure(db)
        MIGRATIONS.apply(db)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _classify(exc, path) from exc
    except DatabaseOpenError:
        conn.close()
        raise
    return db


def _configure(db: sqlite_utils.Database) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 5000")
    if db.memory:
        return
    db.execute("PRAGMA journal_mode = WAL")
    # FULL: a change the user saw committed survives a power cut, not only a crash.
    db.execute("PRAGMA synchronous = FULL")


def _check_identity(db: sqlite_utils.Database, path: Path, is_new: bool) -> None:
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
    if is_new:
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        return
    tables = set(db.table_names())
    if app_id != APPLICATION_ID and (tables or app_id):
        raise DatabaseOpenError(OpenFailure.NOT_A_VENUE_FILE, path)
    if app_id == 0:
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _classify(exc: sqlite3.DatabaseError, path: Path) -> DatabaseOpenError:
    message = str(exc).lower()
    if "locked" in message or "busy" in message:
        reason = OpenFailure.LOCKED
    elif "readonly" in message or "read-only" in message:
        reason = OpenFailure.READ_ONLY
    elif "not a database" in message or "malformed" in message or "corrupt" in message:
        reason = OpenFailure.DAMAGED
    elif "unable to open" in message:
        reason = OpenFailure.UNREACHABLE
    else:
        reason = OpenFailure.DAMAGED
    return DatabaseOpenError(reason, path, str(exc))
