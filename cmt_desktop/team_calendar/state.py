"""What the sync remembers in the venue file: settings, sync token, one row per object.

The SQL of the team calendar lives here (the ``storage`` package holds the rest); every
write is committed at once, or with the caller's transaction when one is open.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import UTC, datetime

from cmt_desktop.services import Venue
from cmt_desktop.storage.repositories import from_utc_text, to_utc_text, writing
from cmt_desktop.team_calendar.connection import TeamCalendarSettings
from cmt_desktop.team_calendar.passwords import KeyringPasswords, PasswordStore
from cmt_desktop.team_calendar.schema import TABLE

SETTINGS_KEY = "team_calendar"
TOKEN_KEY = "team_calendar_sync_token"
CALENDAR_KEY = "team_calendar_synced_calendar"  # the calendar the rows and the token describe
LAST_SYNC_KEY = "team_calendar_last_sync"
_COLUMNS = (
    "uid",
    "kind",
    "href",
    "etag",
    "local_hash",
    "base_ics",
    "base_post",
    "sequence",
    "dtstamp",
    "synced_at",
    "conflict",
    "conflict_etag",
    "conflict_ics",
)


@dataclasses.dataclass
class ObjectState:
    """One row of ``team_calendar_objects`` (see ``schema._0005_team_calendar``)."""

    uid: str
    kind: str = "post"
    href: str | None = None
    etag: str | None = None
    local_hash: str = ""
    base_ics: str | None = None
    base_post: str | None = None
    sequence: int | None = None
    dtstamp: str | None = None
    synced_at: str | None = None
    conflict: str = ""
    conflict_etag: str | None = None
    conflict_ics: str | None = None


def load_settings(venue: Venue) -> TeamCalendarSettings | None:
    """The venue's team calendar settings, or ``None`` when it has none (the default)."""
    text = venue.settings.get(SETTINGS_KEY)
    if not text:
        return None
    try:
        return TeamCalendarSettings.from_json(text)
    except (ValueError, TypeError):  # edited by hand: as if not set up
        return None


def save_settings(venue: Venue, settings: TeamCalendarSettings) -> None:
    """Keep the settings (never the password) in the venue file."""
    venue.settings.set(SETTINGS_KEY, settings.to_json())


def disconnect(venue: Venue, *, passwords: PasswordStore | None = None) -> None:
    """Stop sharing: forget the settings, the password and the sync state (not the posts)."""
    settings = load_settings(venue)
    if settings is not None:
        (passwords or KeyringPasswords()).delete(settings.server_url, settings.username)
    with writing(venue.db):
        SyncState(venue.db).clear()
        venue.settings.set(SETTINGS_KEY, "")
        venue.settings.set(LAST_SYNC_KEY, "")


def last_sync(venue: Venue) -> datetime | None:
    """When the last complete sync ended (UTC), or ``None``."""
    return from_utc_text(venue.settings.get(LAST_SYNC_KEY) or None, UTC)


class SyncState:
    """The rows of ``team_calendar_objects`` and the sync token, on one connection."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def rows(self) -> dict[str, ObjectState]:
        """Every row, by UID."""
        cursor = self._db.execute(f"SELECT {', '.join(_COLUMNS)} FROM {TABLE}")
        return {row[0]: ObjectState(*row) for row in cursor.fetchall()}

    def get(self, uid: str) -> ObjectState | None:
        """The row of this UID, or ``None``."""
        cursor = self._db.execute(f"SELECT {', '.join(_COLUMNS)} FROM {TABLE} WHERE uid = ?", [uid])
        row = cursor.fetchone()
        return None if row is None else ObjectState(*row)

    def put(self, state: ObjectState) -> None:
        """Insert or replace the row (another row with the same href goes)."""
        values = dataclasses.astuple(state)
        with writing(self._db):
            if state.href is not None:
                self._db.execute(
                    f"DELETE FROM {TABLE} WHERE href = ? AND uid <> ?", [state.href, state.uid]
                )
            self._db.execute(
                f"INSERT OR REPLACE INTO {TABLE} ({', '.join(_COLUMNS)}) "
                f"VALUES ({', '.join('?' * len(_COLUMNS))})",
                values,
            )

    def delete(self, uid: str) -> None:
        """Forget the row of this UID."""
        with writing(self._db):
            self._db.execute(f"DELETE FROM {TABLE} WHERE uid = ?", [uid])

    def clear(self) -> None:
        """Forget every row and the sync token."""
        with writing(self._db):
            self._db.execute(f"DELETE FROM {TABLE}")
            self._set(TOKEN_KEY, "")
            self._set(CALENDAR_KEY, "")

    def post_id(self, uid: str) -> int | None:
        """The id of the post with this UID, or ``None`` when there is none."""
        row = self._db.execute("SELECT id FROM posts WHERE uid = ?", [uid]).fetchone()
        return None if row is None else int(row[0])

    def token(self) -> str | None:
        """The server's sync token after the last complete sync, or ``None``."""
        return self._get(TOKEN_KEY) or None

    def set_token(self, token: str | None, *, now: datetime) -> None:
        """Remember the token and the time of a complete sync."""
        with writing(self._db):
            self._set(TOKEN_KEY, token or "")
            self._set(LAST_SYNC_KEY, to_utc_text(now) or "")

    def use_calendar(self, url: str) -> None:
        """Make the rows describe the calendar at ``url``: another one starts afresh."""
        if self._get(CALENDAR_KEY) != url:
            with writing(self._db):
                self.clear()
                self._set(CALENDAR_KEY, url)

    def _get(self, key: str) -> str:
        row = self._db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return "" if row is None else str(row[0])

    def _set(self, key: str, value: str) -> None:
        self._db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )
