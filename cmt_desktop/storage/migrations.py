"""Schema migrations, applied in order at start. Never edit a step once it has shipped."""

from __future__ import annotations

import sqlite_utils
from sqlite_utils import Migrations

MIGRATIONS = Migrations("cmt_desktop")


@MIGRATIONS(name="0001_posts_and_settings")
def _initial(db: sqlite_utils.Database) -> None:
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
