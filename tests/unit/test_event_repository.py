"""Venue events in storage: round trip, periods across time zones, imports applied at once."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from cmt_desktop.domain.venue_event import EventKind, EventStatus, VenueEvent
from cmt_desktop.storage.db import open_db
from cmt_desktop.storage.event_repository import EventRepository

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def events():
    return EventRepository(open_db(None), PARIS)


def _timed(uid, day, hour=18, title="Atelier", **changes):
    return VenueEvent(
        title=title,
        uid=uid,
        kind=EventKind.WORKSHOP,
        start=datetime(2026, 3, day, hour, tzinfo=PARIS),
        end=datetime(2026, 3, day, hour + 2, tzinfo=PARIS),
        **changes,
    )


def test_round_trip_timed_and_all_day(events, clock):
    timed = events.add(_timed("a", 10, place="Salle Loire"), now=clock)
    expo = events.add(
        VenueEvent(
            title="Expo", start=date(2026, 3, 1), end=date(2026, 4, 1), kind=EventKind.EXHIBITION
        ),
        now=clock,
    )
    assert timed.start == datetime(2026, 3, 10, 18, tzinfo=PARIS) and timed.place == "Salle Loire"
    assert expo.all_day and expo.end == date(2026, 4, 1)
    assert [e.title for e in events.between(date(2026, 3, 10), date(2026, 3, 10))] == [
        "Expo",
        "Atelier",
    ]
    assert events.between(date(2026, 4, 1), date(2026, 4, 5)) == []  # all-day end is exclusive


def test_event_just_after_local_midnight_is_on_its_local_day(events, clock):
    events.add(_timed("night", 4, hour=0, title="Nuit"), now=clock)  # 23:00 UTC the day before
    assert [e.title for e in events.between(date(2026, 3, 4), date(2026, 3, 4))] == ["Nuit"]
    assert events.between(date(2026, 3, 3), date(2026, 3, 3)) == []


def test_import_adds_updates_removes_and_counts(events, clock):
    first, last = date(2026, 3, 1), date(2026, 3, 31)
    counts = events.apply_import(
        [_timed("a", 10), _timed("b", 12)], first=first, last=last, now=clock
    )
    assert (counts.added, counts.updated, counts.removed, counts.unchanged) == (2, 0, 0, 0)
    again = events.apply_import(
        [_timed("a", 10), _timed("b", 12)], first=first, last=last, now=clock
    )
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)
    changed = events.apply_import(
        [_timed("a", 11), _timed("c", 20, status=EventStatus.CANCELLED)],
        first=first,
        last=last,
        now=clock,
    )
    assert (changed.added, changed.updated, changed.removed) == (1, 1, 1)
    titles = {(e.uid, e.start.day, e.status) for e in events.between(first, last)}
    assert titles == {("a", 11, EventStatus.CONFIRMED), ("c", 20, EventStatus.CANCELLED)}


def test_manual_events_are_never_removed_by_an_import(events, clock):
    events.add(_timed("mine", 15, title="Visite"), now=clock)
    events.apply_import([], first=date(2026, 3, 1), last=date(2026, 3, 31), now=clock)
    assert [e.title for e in events.between(date(2026, 3, 1), date(2026, 3, 31))] == ["Visite"]
