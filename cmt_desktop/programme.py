"""Use cases of the venue's programme: import an .ics agenda, list the events."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date, datetime, timedelta

from cmt_desktop.domain.venue_event import VenueEvent
from cmt_desktop.services import Venue
from cmt_desktop.storage.event_repository import EventRepository, ImportCounts

IMPORT_PAST_DAYS = 31  # events of the last month are kept up to date too
IMPORT_FUTURE_DAYS = 2 * 365  # recurring events are expanded this far ahead


@dataclasses.dataclass(frozen=True)
class ProgrammeImport:
    """The outcome of an import: the counts, or the problem that stopped it (nothing changed)."""

    counts: ImportCounts | None
    problem: object | None  # ics_import.ImportProblem


def events(venue: Venue) -> EventRepository:
    """The venue's events."""
    return EventRepository(venue.db, venue.tz)


def import_programme(venue: Venue, *, data: bytes, now: datetime) -> ProgrammeImport:
    """Read an .ics agenda and bring the venue's imported events up to date, all or nothing."""
    from cmt_desktop.ics_import import parse_programme  # the parser is only needed here

    today = now.astimezone(venue.tz).date()
    first = today - timedelta(days=IMPORT_PAST_DAYS)
    last = today + timedelta(days=IMPORT_FUTURE_DAYS)
    result = parse_programme(data, venue_tz=venue.tz_name, first=first, last=last)
    if result.problem is not None:
        return ProgrammeImport(None, result.problem)
    from cmt_desktop import safety

    safety.before_bulk_change(venue, now=now)  # an import can change many events and posts
    counts = events(venue).apply_import(result.events, first=first, last=last, now=now)
    refresh_campaigns(venue, now=now)
    return ProgrammeImport(counts, None)


def refresh_campaigns(venue: Venue, *, now: datetime) -> None:
    """Bring the campaign posts in line with the events (moved events move their posts)."""
    from cmt_desktop import strategies

    draft = strategies.current_strategy(venue)
    if draft is not None:
        strategies.replan(venue, draft=draft, start=now.astimezone(venue.tz).date(), now=now)


def events_between(venue: Venue, *, first: date, last: date) -> list[VenueEvent]:
    """The events overlapping the period."""
    return events(venue).between(first, last)


def event_as_json(event: VenueEvent) -> dict[str, object]:
    """An event as plain JSON values: ISO 8601 with the offset, or a date when all-day."""
    return {
        "uid": event.uid,
        "title": event.title,
        "start": event.start.isoformat(),
        "end": event.end.isoformat(),
        "all_day": event.all_day,
        "status": event.status.value,
        "kind": event.kind.value,
        "place": event.place,
        "link": event.link,
        "recurrence_id": event.recurrence_id,
    }


def add_event(venue: Venue, *, event: VenueEvent, now: datetime) -> VenueEvent:
    """Store an event created by hand, then plan its campaign."""
    stored = events(venue).add(
        dataclasses.replace(event, uid=event.uid or f"manual-{uuid.uuid4()}"), now=now
    )
    refresh_campaigns(venue, now=now)
    return stored


def save_event(venue: Venue, *, event: VenueEvent, now: datetime) -> VenueEvent:
    """Save an edited event; its untouched campaign posts follow it."""
    stored = events(venue).update(event, now=now)
    refresh_campaigns(venue, now=now)
    return stored


def event_post_count(venue: Venue, *, event_id: int) -> int:
    """How many posts serve this event."""
    return events(venue).post_count(event_id)


def delete_event(venue: Venue, *, event_id: int, keep_posts: bool, now: datetime) -> None:
    """Delete an event; its posts become the user's own, or its untouched ones go too."""
    repository = events(venue)
    if keep_posts:
        repository.detach_posts(event_id)
    repository.delete(event_id)
    refresh_campaigns(venue, now=now)  # untouched campaign posts of a gone event are removed
