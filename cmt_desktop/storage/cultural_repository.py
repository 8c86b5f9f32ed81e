"""The user's corrections of cultural dates, one row per date and year."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from cmt_desktop.domain.cultural_calendar import Corrections
from cmt_desktop.storage.repositories import to_utc_text, writing


class CulturalCorrectionRepository:
    """Read and write the corrected dates; every write is committed at once."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def all(self) -> Corrections:
        """Every correction, by (date id, year)."""
        rows = self._db.execute('SELECT date_id, year, start, "end" FROM cultural_corrections')
        return {
            (date_id, year): (date.fromisoformat(start), date.fromisoformat(end))
            for date_id, year, start, end in rows
        }

    def set(self, date_id: str, year: int, start: date, end: date, *, now: datetime) -> None:
        """Store (or replace) the dates of ``date_id`` in ``year``."""
        with writing(self._db):
            self._db.execute(
                'INSERT INTO cultural_corrections (date_id, year, start, "end", updated_at) '
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (date_id, year) DO UPDATE SET "
                'start = excluded.start, "end" = excluded."end", updated_at = excluded.updated_at',
                [date_id, year, start.isoformat(), end.isoformat(), to_utc_text(now)],
            )

    def clear(self, date_id: str, year: int) -> None:
        """Go back to the computed dates."""
        with writing(self._db):
            self._db.execute(
                "DELETE FROM cultural_corrections WHERE date_id = ? AND year = ?", [date_id, year]
            )


def saved_venue_kind(db: sqlite3.Connection) -> str | None:
    """The accepted strategy's venue kind, read without building the strategy (start-up)."""
    row = db.execute(
        "SELECT json_extract(json, '$.venue_kind') FROM strategy WHERE name = 'saved' "
        "AND json_valid(json)"
    ).fetchone()
    return row[0] if row and isinstance(row[0], str) else None
