"""The team calendar's sync state table: one schema step, registered in ``storage.migrations``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

#: The name to register the step under in ``migrations.STEPS``.
STEP_NAME = "0005_team_calendar"
TABLE = "team_calendar_objects"


def _0005_team_calendar(db: sqlite_utils.Database) -> None:
    """One row per calendar object the sync knows about on the team's CalDAV calendar.

    ``uid`` is the VEVENT UID (a post's UID for ``kind = 'post'``); ``href`` the object's
    path on the server, unquoted (``/user/calendar/uid.ics``), NULL until first sent.
    ``etag`` and ``local_hash`` describe the last synced state on each side: the server's
    ETag, and the fingerprint of the VEVENT the app would write (DTSTAMP, SEQUENCE and alarm
    aside). ``base_ics`` is the object as last synced (the merge base for the server's
    changes) and ``base_post`` the post as a JSON row at that time. ``sequence`` and
    ``dtstamp`` are the SEQUENCE and DTSTAMP last sent or received.

    ``conflict`` is empty, or ``both_changed`` / ``deleted_on_server`` / ``deleted_here``
    while the user has not chosen; ``conflict_etag`` and ``conflict_ics`` then hold the
    server's version (nothing for a deletion on the server).
    """
    db[TABLE].create(
        {
            "uid": str,
            "kind": str,  # post | moderation | event | foreign (a colleague's own event)
            "href": str,
            "etag": str,
            "local_hash": str,
            "base_ics": str,
            "base_post": str,
            "sequence": int,
            "dtstamp": str,
            "synced_at": str,
            "conflict": str,
            "conflict_etag": str,
            "conflict_ics": str,
        },
        pk="uid",
        not_null={"kind", "local_hash", "conflict"},
        defaults={"kind": "post", "local_hash": "", "conflict": ""},
    )
    db[TABLE].create_index(["href"], unique=True)
