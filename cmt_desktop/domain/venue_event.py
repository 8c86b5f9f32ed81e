"""An event of the venue's own programme: what the online campaigns serve."""

from __future__ import annotations

import dataclasses
import enum
from datetime import date, datetime


class EventKind(enum.StrEnum):
    """What sort of event it is."""

    EXHIBITION = "exhibition"
    WORKSHOP = "workshop"
    READING = "reading"
    SCREENING = "screening"
    VISIT = "visit"
    CLOSING_DAY = "closing_day"
    OTHER = "other"


class EventStatus(enum.StrEnum):
    """Whether the event still takes place."""

    CONFIRMED = "confirmed"
    TENTATIVE = "tentative"
    CANCELLED = "cancelled"


@dataclasses.dataclass(frozen=True)
class VenueEvent:
    """One occurrence of a venue event.

    A timed event has aware ``start``/``end`` datetimes; an all-day event has ``date``
    values, ``end`` being the day after the last day (exclusive, as in iCalendar).
    ``uid`` identifies the event across imports; an occurrence of a recurring event
    carries ``recurrence_id`` (its original start, ISO 8601) to tell occurrences apart.
    """

    title: str
    start: datetime | date
    end: datetime | date
    kind: EventKind = EventKind.OTHER
    status: EventStatus = EventStatus.CONFIRMED
    place: str = ""
    description: str = ""
    audience: str = ""
    link: str = ""
    uid: str = ""
    recurrence_id: str = ""
    id: int | None = None

    @property
    def all_day(self) -> bool:
        """True for events with dates and no times."""
        return not isinstance(self.start, datetime)

    @property
    def key(self) -> tuple[str, str]:
        """What identifies this occurrence across re-imports."""
        return self.uid, self.recurrence_id
