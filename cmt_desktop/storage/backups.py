"""Backups of the venue file, taken with SQLite's online backup API, and their rotation.

A backup is a complete SQLite file named after the moment it was taken and why
(``venue-20261125T083000Z-daily.cmt.sqlite``), readable by the user only. Rotation keeps
everything from the last day, then the newest backup of each of the last 7 days, 4 weeks and
6 months that have one: a year of use leaves about twenty files.
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import os
import re
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path

FOLDER_NAME = "backups"
RECENT = timedelta(days=1)  # every backup younger than this is kept…
RECENT_MAX = 10  # …up to this many
DAILY, WEEKLY, MONTHLY = 7, 4, 6
_NAME = re.compile(r"^venue-(\d{8}T\d{6}Z)-([a-z-]+?)(?:-\d+)?\.cmt\.sqlite$")
_STAMP = "%Y%m%dT%H%M%SZ"
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


class Reason(enum.StrEnum):
    """Why a backup was taken."""

    DAILY = "daily"  # at start, at most once a day
    UPDATE = "before-update"  # before the file's schema is migrated
    CHANGE = "before-change"  # before a bulk change: plan generation, import
    RESTORE = "before-restore"  # the file as it was before a restore
    MANUAL = "manual"  # asked for by the user


@dataclasses.dataclass(frozen=True)
class BackupInfo:
    """One backup file, as the restore window lists it."""

    path: Path
    taken_at: datetime  # aware, UTC
    reason: Reason
    size: int  # bytes

    def post_count(self) -> int | None:
        """How many posts it holds; None when it cannot be read (damaged)."""
        try:
            conn = connect_read_only(self.path)
        except sqlite3.Error:
            return None
        try:
            return int(conn.execute("SELECT count(*) FROM posts").fetchone()[0])
        except sqlite3.Error:
            return None
        finally:
            conn.close()


def default_folder(venue_file: Path) -> Path:
    """Where the backups of ``venue_file`` go unless the user chose another folder."""
    return venue_file.parent / FOLDER_NAME


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that never creates nor changes the file."""
    if not path.is_file():
        raise sqlite3.OperationalError(f"no such file: {path}")
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)


def take(conn: sqlite3.Connection, folder: Path, *, reason: Reason, now: datetime) -> Path:
    """Copy the open database into ``folder`` (online backup: safe while it is in use).

    Raises:
        OSError, sqlite3.Error: the folder cannot be written (full disk, no permission).
    """
    make_private_folder(folder)
    stamp = now.astimezone(UTC).strftime(_STAMP)
    target = folder / f"venue-{stamp}-{reason.value}.cmt.sqlite"
    number = 1
    while target.exists():  # two backups in the same second: keep both
        number += 1
        target = folder / f"venue-{stamp}-{reason.value}-{number}.cmt.sqlite"
    copy_database(conn, target)
    return target


def copy_database(conn: sqlite3.Connection, target: Path) -> None:
    """Write a whole, self-contained copy of ``conn`` to ``target``, private to the user.

    The copy is made under a temporary name and renamed once complete: a crash or a full
    disk never leaves a half copy under the real name (nor spoils a file already there).
    """
    partial = target.with_name(target.name + ".part")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    copy = sqlite3.connect(partial)
    try:
        conn.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")  # one file, no -wal beside it
    except BaseException:
        copy.close()
        partial.unlink(missing_ok=True)
        raise
    copy.close()
    make_private(partial)
    os.replace(partial, target)


def make_private(path: Path) -> None:
    """Readable and writable by the user only (POSIX; Windows keeps the folder's ACL)."""
    if os.name == "posix":
        os.chmod(path, PRIVATE_FILE)


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` if needed, open to the user only (POSIX)."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix" and folder.stat().st_mode & 0o077:
        with contextlib.suppress(PermissionError):  # a folder the user chose and does not own
            os.chmod(folder, PRIVATE_FOLDER)


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first (other files are ignored)."""
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        match = _NAME.match(path.name)
        if match is None:
            continue
        stamp, reason_text = match.groups()
        try:
            reason = Reason(reason_text)
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        taken = datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
        found.append(BackupInfo(path, taken, reason, size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def daily_due(folder: Path, *, now: datetime, tz: tzinfo) -> bool:
    """True when no backup was taken on today's date (in the venue's time zone)."""
    today = now.astimezone(tz).date()
    return all(b.taken_at.astimezone(tz).date() != today for b in list_backups(folder))


def to_keep(moments: Iterable[datetime], *, now: datetime, tz: tzinfo) -> set[datetime]:
    """The backup moments the rotation keeps (see the module's docstring)."""
    newest_first = sorted(set(moments), reverse=True)
    kept = {m for m in newest_first if now - m < RECENT}
    kept = set(sorted(kept, reverse=True)[:RECENT_MAX])
    for count, period in (
        (DAILY, lambda d: d.date()),
        (WEEKLY, lambda d: d.isocalendar()[:2]),
        (MONTHLY, lambda d: (d.year, d.month)),
    ):
        seen: list[object] = []
        for moment in newest_first:
            bucket = period(moment.astimezone(tz))
            if bucket in seen:
                continue
            if len(seen) == count:
                break
            seen.append(bucket)
            kept.add(moment)  # the newest backup of its day, week or month
    return kept


def rotate(folder: Path, *, now: datetime, tz: tzinfo) -> list[Path]:
    """Delete the backups the rotation does not keep; returns the deleted files."""
    backups = list_backups(folder)
    kept = to_keep((b.taken_at for b in backups), now=now, tz=tz)
    removed = []
    for backup in backups:
        if backup.taken_at in kept:
            continue
        with contextlib.suppress(OSError):
            backup.path.unlink()
            removed.append(backup.path)
    return removed


def check(path: Path, application_id: int) -> str | None:
    """Why the file at ``path`` cannot be restored (damaged, not ours), or None if it can."""
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != application_id:
            return "not a venue file"
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        return None if result == "ok" else result
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        conn.close()


def restore_into(backup: Path, conn: sqlite3.Connection) -> None:
    """Replace the whole content of the open database with the backup, in one step.

    SQLite's backup API writes every page under one write lock: other connections see the
    old file or the restored one, never a mix.
    """
    source = connect_read_only(backup)
    try:
        source.backup(conn)
    finally:
        source.close()
