"""The ``events`` table as VenueEvent objects; imports are applied in one transaction."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterable
from datetime import date, datetime, tzinfo
from typing import Any

from cmt_desktop.domain.venue_event import EventKind, EventStatus, VenueEvent
from cmt_desktop.storage.repositories import to_utc_text, writing

_COLUMNS = (
    "id, uid, recurrence_id, title, kind, status, start, end, all_day, place, description, "
    "audience, link"
)


@dataclasses.dataclass(frozen=True)
class ImportCounts:
    """What an import changed."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0


class EventRepository:
    """Venue events in the venue's time zone."""

    def __init__(self, db: sqlite3.Connection, tz: tzinfo) -> None:
        self._db = db
        self._tz = tz

    def add(self, event: VenueEvent, *, now: datetime, source: str = "manual") -> VenueEvent:
        """Store a new event."""
        row = self._row(event, now=now, source=source)
        with writing(self._db):
            cursor = self._db.execute(_insert(row), list(row.values()))
        stored = self.get(int(cursor.lastrowid or 0))
        assert stored is not None
        return stored

    def update(self, event: VenueEvent, *, now: datetime) -> VenueEvent:
        """Save an edited event."""
        row = self._row(event, now=now, source=None)
        assignments = ", ".join(f"{column} = ?" for column in row)
        with writing(self._db):
            self._db.execute(
                f"UPDATE events SET {assignments} WHERE id = ?", [*row.values(), event.id]
            )
        stored = self.get(event.id or 0)
        assert stored is not None
        return stored

    def delete(self, event_id: int) -> None:
        """Remove an event (its posts are handled by the caller)."""
        with writing(self._db):
            self._db.execute("DELETE FROM events WHERE id = ?", [event_id])

    def post_count(self, event_id: int) -> int:
        """How many posts serve this event."""
        row = self._db.execute("SELECT count(*) FROM posts WHERE event_id = ?", [event_id])
        return int(row.fetchone()[0])

    def detach_posts(self, event_id: int) -> None:
        """The event's posts become the user's own: no longer generated, no longer linked."""
        with writing(self._db):
            self._db.execute(
                "UPDATE posts SET plan_key = NULL, event_id = NULL WHERE event_id = ?", [event_id]
            )

    def get(self, event_id: int) -> VenueEvent | None:
        """One event, or None."""
        rows = self._select("WHERE id = ?", [event_id])
        return rows[0] if rows else None

    def between(self, first: date, last: date) -> list[VenueEvent]:
        """Events that overlap the days ``first`` to ``last`` (included), by start."""
        low = first.isoformat()
        high = last.isoformat() + "T99"  # after every time of the last day, as text
        rows = self._select("WHERE start <= ? AND end >= ? ORDER BY start, id", [high, low])
        return [
            e for e in rows if _last_day(e, self._tz) >= first and _first_day(e, self._tz) <= last
        ]

    def apply_import(
        self, events: Iterable[VenueEvent], *, first: date, last: date, now: datetime
    ) -> ImportCounts:
        """Add, update and remove imported events of the period in one transaction."""
        incoming = {event.key: event for event in events if event.uid}
        existing = {
            (row[1], row[2]): row[0]
            for row in self._db.execute(
                "SELECT id, uid, recurrence_id FROM events WHERE source = 'import'"
            )
        }
        counts = dict(added=0, updated=0, removed=0, unchanged=0)
        with writing(self._db):
            for key, event in incoming.items():
                event_id = existing.pop(key, None)
                if event_id is None:
                    row = self._row(event, now=now, source="import")
                    self._db.execute(_insert(row), list(row.values()))
                    counts["added"] += 1
                    continue
                old = self.get(event_id)
                if old is not None and dataclasses.replace(old, id=None) == event:
                    counts["unchanged"] += 1
                    continue
                self.update(dataclasses.replace(event, id=event_id), now=now)
                counts["updated"] += 1
            for event_id in existing.values():  # imported before, gone from the file
                old = self.get(event_id)
                if old is not None and first <= _first_day(old, self._tz) <= last:
                    self._db.execute("DELETE FROM events WHERE id = ?", [event_id])
                    counts["removed"] += 1
        return ImportCounts(**counts)

    def _select(self, where: str, params: list[Any]) -> list[VenueEvent]:
        cursor = self._db.execute(f"SELECT {_COLUMNS} FROM events {where}", params)
        return [self._event(row) for row in cursor.fetchall()]

    def _event(self, r: tuple[Any, ...]) -> VenueEvent:
        all_day = bool(r[8])
        return VenueEvent(
            id=r[0],
            uid=r[1] or "",
            recurrence_id=r[2] or "",
            title=r[3],
            kind=_enum(EventKind, r[4], EventKind.OTHER),
            status=_enum(EventStatus, r[5], EventStatus.CONFIRMED),
            start=_moment(r[6], all_day, self._tz),
            end=_moment(r[7], all_day, self._tz),
            place=r[9] or "",
            description=r[10] or "",
            audience=r[11] or "",
            link=r[12] or "",
        )

    @staticmethod
    def _row(event: VenueEvent, *, now: datetime, source: str | None) -> dict[str, Any]:
        row = {
            "uid": event.uid,
            "recurrence_id": event.recurrence_id,
            "title": event.title,
            "kind": event.kind.value,
            "status": event.status.value,
            "start": _text(event.start),
            "end": _text(event.end),
            "all_day": int(event.all_day),
            "place": event.place,
            "description": event.description,
            "audience": event.audience,
            "link": event.link,
            "updated_at": to_utc_text(now),
        }
        if source is not None:
            row["source"] = source
        return row


def _insert(row: dict[str, Any]) -> str:
    return f"INSERT INTO events ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})"


def _text(moment: datetime | date) -> str:
    return to_utc_text(moment) if isinstance(moment, datetime) else moment.isoformat()


def _moment(text: str, all_day: bool, tz: tzinfo) -> datetime | date:
    return date.fromisoformat(text) if all_day else datetime.fromisoformat(text).astimezone(tz)


def _first_day(event: VenueEvent, tz: tzinfo) -> date:
    start = event.start
    return start.astimezone(tz).date() if isinstance(start, datetime) else start


def _last_day(event: VenueEvent, tz: tzinfo) -> date:
    end = event.end
    if isinstance(end, datetime):
        return end.astimezone(tz).date()
    return date.fromordinal(end.toordinal() - 1)  # all-day ends are exclusive


def _enum(cls, value, default):  # noqa: ANN001, ANN202
    try:
        return cls(value)
    except ValueError:
        return default
