"""Use cases that keep the venue's data safe: backups, restore, and a way out of a bad file.

Nothing here overwrites a file the user might still need: a restore first backs up the
current state, and a damaged file is renamed aside, never deleted.
"""

from __future__ import annotations

import enum
import os
from datetime import UTC, datetime
from pathlib import Path

from cmt_desktop.services import Venue
from cmt_desktop.storage import backups, migrations
from cmt_desktop.storage.db import APPLICATION_ID, OpenFailure

Reason = backups.Reason
_JOURNALS = ("-wal", "-shm", "-journal")


class RestoreProblem(enum.Enum):
    """Why a backup cannot be restored (nothing was changed)."""

    UNREADABLE = "unreadable"  # damaged, or not a venue file
    READ_ONLY = "read_only"  # the venue was opened read-only


def backup_now(
    venue: Venue, *, now: datetime, reason: Reason = Reason.MANUAL, out: Path | None = None
) -> Path:
    """Back the venue up into its backup folder (rotated), or to ``out`` when given.

    Raises:
        OSError, sqlite3.Error: the backup cannot be written (full disk, no permission).
    """
    if out is not None:
        backups.copy_database(venue.db, out)
        return out
    if venue.backup_folder is None:
        raise OSError("this venue has no backup folder (it lives in memory)")
    taken = backups.take(venue.db, venue.backup_folder, reason=reason, now=now)
    backups.rotate(venue.backup_folder, now=now, tz=venue.tz)
    return taken


def daily_backup(venue: Venue, *, now: datetime) -> Path | None:
    """The start-up backup, at most once a day; None when one was already taken today."""
    if venue.backup_folder is None or venue.read_only:
        return None
    if not backups.daily_due(venue.backup_folder, now=now, tz=venue.tz):
        return None
    return backup_now(venue, now=now, reason=Reason.DAILY)


def before_bulk_change(venue: Venue, *, now: datetime) -> Path | None:
    """A backup before a change of many posts at once (plan generation, import)."""
    if venue.backup_folder is None or venue.read_only:
        return None
    return backup_now(venue, now=now, reason=Reason.CHANGE)


def list_backups(venue: Venue) -> list[backups.BackupInfo]:
    """The venue's backups, newest first."""
    return backups.list_backups(venue.backup_folder) if venue.backup_folder else []


def restore(venue: Venue, backup: Path, *, now: datetime) -> RestoreProblem | None:
    """Put the backup's content in the open venue file, after backing up the current one.

    The backup is checked first; an older one is brought to the current schema in the same
    transaction. The caller reopens the venue afterwards (its settings may have changed).
    """
    if venue.read_only:
        return RestoreProblem.READ_ONLY
    if backups.check(backup, APPLICATION_ID) is not None:
        return RestoreProblem.UNREADABLE
    backup_now(venue, now=now, reason=Reason.RESTORE)
    backups.restore_into(backup, venue.db)
    migrations.apply_pending(venue.db)
    return None


def latest_good_backup(folder: Path) -> backups.BackupInfo | None:
    """The newest backup that passes the checks."""
    for backup in backups.list_backups(folder):
        if backups.check(backup.path, APPLICATION_ID) is None:
            return backup
    return None


def move_aside(path: Path, *, now: datetime) -> Path | None:
    """Rename a file that cannot be used (and its journals) out of the way; never delete it.

    Returns the new name of the file, or None when there was only a journal.
    """
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    moved = None
    for suffix in ("", *_JOURNALS):
        source = path.with_name(path.name + suffix)
        if source.exists():
            target = path.with_name(f"{path.name}.unusable-{stamp}{suffix}")
            os.replace(source, target)
            moved = moved or (target if suffix == "" else None)
    return moved


def replace_with_backup(path: Path, backup: Path, *, now: datetime) -> RestoreProblem | None:
    """A venue file that will not open: move it aside and put a copy of the backup instead."""
    if backups.check(backup, APPLICATION_ID) is not None:
        return RestoreProblem.UNREADABLE
    move_aside(path, now=now)
    source = backups.connect_read_only(backup)
    try:
        backups.copy_database(source, path)
    finally:
        source.close()
    return None


class WayForward(enum.Enum):
    """What the user can do about a venue file that will not open."""

    RESTORE_LATEST = "restore_latest"  # put the latest good backup in its place
    OPEN_READ_ONLY = "open_read_only"  # look at it without changing anything
    CHOOSE_FILE = "choose_file"  # open another venue file
    START_NEW = "start_new"  # move it aside and start an empty venue
    RETRY = "retry"  # the cause may go away (another program closes it)
    QUIT = "quit"


def ways_forward(reason: OpenFailure, *, has_good_backup: bool) -> list[WayForward]:
    """The ways out offered for an open failure, the most helpful first; Quit is always last."""
    ways = {
        OpenFailure.DAMAGED: [WayForward.CHOOSE_FILE, WayForward.START_NEW],
        OpenFailure.NOT_A_VENUE_FILE: [WayForward.CHOOSE_FILE, WayForward.START_NEW],
        OpenFailure.NEWER_VERSION: [WayForward.OPEN_READ_ONLY, WayForward.CHOOSE_FILE],
        OpenFailure.LOCKED: [WayForward.RETRY, WayForward.OPEN_READ_ONLY],
        OpenFailure.READ_ONLY: [WayForward.OPEN_READ_ONLY, WayForward.CHOOSE_FILE],
        OpenFailure.UNREACHABLE: [WayForward.RETRY, WayForward.CHOOSE_FILE],
    }[reason]
    if has_good_backup and reason is OpenFailure.DAMAGED:
        ways = [WayForward.RESTORE_LATEST, *ways]
    return [*ways, WayForward.QUIT]
