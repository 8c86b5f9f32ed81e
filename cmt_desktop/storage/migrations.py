"""Schema migrations, applied in order at start. Never edit a step once it has shipped.

Steps are plain functions listed in ``STEPS``; sqlite-utils' ``Migrations`` runs them. It is
imported only when a step is pending, because importing sqlite-utils costs a noticeable part
of the app's start-up time.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from cmt_desktop.team_calendar.schema import _0005_team_calendar

if TYPE_CHECKING:
    import sqlite_utils

MIGRATION_SET = "cmt_desktop"
MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' own bookkeeping table


def _0001_posts_and_settings(db: sqlite_utils.Database) -> None:
    db["settings"].create({"key": str, "value": str}, pk="key")
    db["posts"].create(
        {
            "id": int,
            "uid": str,
            "network": str,
            "title": str,
            "start_utc": str,  # ISO 8601 in UTC ("…Z"); NULL for an undated idea
            "duration_min": int,
            "status": str,
            "body": str,
            "hashtags": str,  # space-separated "#tags"
            "media_notes": str,
            "alt_text": str,
            "pillar": str,
            "objective": str,
            "audience": str,
            "rights_image": int,
            "rights_consent": int,
            "rights_credits": int,
            "published_at": str,
            "published_url": str,
            "notes": str,
            # Room for the strategy's series and the venue's events (later issues).
            "series_id": int,
            "event_id": int,
            "sequence": int,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"uid", "network", "status", "duration_min", "sequence"},
        defaults={
            "title": "",
            "duration_min": 30,
            "status": "idea",
            "body": "",
            "hashtags": "",
            "media_notes": "",
            "alt_text": "",
            "pillar": "",
            "objective": "",
            "audience": "",
            "rights_image": 0,
            "rights_consent": 0,
            "rights_credits": 0,
            "published_url": "",
            "notes": "",
            "sequence": 0,
        },
    )
    db["posts"].create_index(["uid"], unique=True)
    db["posts"].create_index(["start_utc"])
    db["posts"].create_index(["network", "start_utc"])


def _0002_strategy_and_plan(db: sqlite_utils.Database) -> None:
    # The wizard's answers as JSON: "saved" is the accepted strategy, "draft" one in progress.
    db["strategy"].create(
        {"name": str, "json": str, "updated_at": str}, pk="name", not_null={"json"}
    )
    # A generated post knows its slot ("net:instagram:2026-W11:1"); NULL for the user's own.
    # plan_hash fingerprints the post as the planner wrote it: user_changed is 1 once a
    # save makes the post differ from it, and back to 0 when an undo restores it.
    db.execute("ALTER TABLE posts ADD COLUMN plan_key TEXT")
    db.execute("ALTER TABLE posts ADD COLUMN plan_hash TEXT")
    db.execute("ALTER TABLE posts ADD COLUMN user_changed INTEGER NOT NULL DEFAULT 0")
    db.execute(
        "CREATE UNIQUE INDEX idx_posts_plan_key ON posts (plan_key) WHERE plan_key IS NOT NULL"
    )
    # Generated posts the user deleted: regeneration never brings them back. uid and
    # plan_hash let an undo of the deletion put the post back on its slot.
    db["plan_removed"].create(
        {"plan_key": str, "removed_at": str, "uid": str, "plan_hash": str}, pk="plan_key"
    )
    db["plan_removed"].create_index(["uid"])


def _0003_venue_events(db: sqlite_utils.Database) -> None:
    # The venue's own programme. Timed events are stored in UTC ("…Z"), all-day ones as dates;
    # (uid, recurrence_id) identifies an imported occurrence across re-imports.
    db["events"].create(
        {
            "id": int,
            "uid": str,
            "recurrence_id": str,
            "title": str,
            "kind": str,
            "status": str,
            "start": str,
            "end": str,
            "all_day": int,
            "place": str,
            "description": str,
            "audience": str,
            "link": str,
            "source": str,  # "manual" or "import"
            "updated_at": str,
        },
        pk="id",
        not_null={"title", "kind", "status", "start", "end", "all_day", "source"},
        defaults={
            "uid": "",
            "recurrence_id": "",
            "kind": "other",
            "status": "confirmed",
            "all_day": 0,
            "place": "",
            "description": "",
            "audience": "",
            "link": "",
            "source": "manual",
        },
    )
    db.execute(
        "CREATE UNIQUE INDEX idx_events_occurrence ON events (uid, recurrence_id) WHERE uid != ''"
    )
    db["events"].create_index(["start"])


def _0004_cultural_corrections(db: sqlite_utils.Database) -> None:
    # Dates of the cultural calendar set by the user ("to confirm" ones, usually), per year.
    db["cultural_corrections"].create(
        {"date_id": str, "year": int, "start": str, "end": str, "updated_at": str},
        pk=("date_id", "year"),
        not_null={"start", "end"},
    )


STEPS: tuple[tuple[str, Callable[[sqlite_utils.Database], None]], ...] = (
    ("0001_posts_and_settings", _0001_posts_and_settings),
    ("0002_strategy_and_plan", _0002_strategy_and_plan),
    ("0003_venue_events", _0003_venue_events),
    ("0004_cultural_corrections", _0004_cultural_corrections),
    ("0005_team_calendar", _0005_team_calendar),
)


def applied_names(conn: sqlite3.Connection) -> list[str]:
    """The steps already applied to this database, in order."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [MIGRATIONS_TABLE]
    ).fetchone()
    if not exists:
        return []
    rows = conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
        [MIGRATION_SET],
    )
    return [row[0] for row in rows]


def unknown_steps(conn: sqlite3.Connection) -> list[str]:
    """Applied steps this version does not know: the file comes from a newer app."""
    known = {name for name, _ in STEPS}
    return [name for name in applied_names(conn) if name not in known]


def pending_names(conn: sqlite3.Connection) -> list[str]:
    """The steps this version knows and the file has not had yet, in order."""
    done = set(applied_names(conn))
    return [name for name, _ in STEPS if name not in done]


def apply_pending(conn: sqlite3.Connection) -> list[str]:
    """Run the steps not yet applied; returns their names (usually none)."""
    pending = pending_names(conn)
    if not pending:
        return []
    from sqlite_utils import Database, Migrations

    migrations = Migrations(MIGRATION_SET)
    for name, step in STEPS:
        migrations(name=name)(step)
    migrations.apply(Database(conn))
    return pending
