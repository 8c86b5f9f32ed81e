"""Use cases of the cultural calendar: suggestions, corrections, and what to make of a date.

A suggestion becomes either one planned post (a draft on the date's first day) or the venue's
taking part: a venue event, whose campaign the planner then writes like any other.
"""

from __future__ import annotations

import enum
from datetime import date, datetime, time, timedelta

from cmt_desktop import resources
from cmt_desktop.domain.cultural_calendar import Corrections, Occurrence
from cmt_desktop.domain.post import Post, PostStatus
from cmt_desktop.domain.venue_event import EventKind, EventStatus, VenueEvent
from cmt_desktop.services import Venue
from cmt_desktop.storage.cultural_repository import CulturalCorrectionRepository, saved_venue_kind

DEFAULT_TIME = time(10, 0)
MAX_DAYS = 92  # the longest real edition (the Mois du doc) is a month: more is a typing slip


class CorrectionProblem(enum.Enum):
    """Why corrected dates were refused."""

    END_BEFORE_START = "end_before_start"
    TOO_LONG = "too_long"
    WRONG_YEAR = "wrong_year"


def _corrections(venue: Venue) -> Corrections:
    return CulturalCorrectionRepository(venue.db).all()


def venue_kind(venue: Venue) -> str | None:
    """The venue kind the suggestions are filtered by: the strategy's, or None before one."""
    return saved_venue_kind(venue.db)


def suggestions_between(
    venue: Venue, *, first: date, last: date, kind: str | None
) -> list[Occurrence]:
    """The cultural dates overlapping the period, for venues of ``kind`` (None: all)."""
    return resources.cultural_calendar().between(
        first, last, venue_kind=kind, corrections=_corrections(venue)
    )


def occurrence(venue: Venue, *, date_id: str, year: int) -> Occurrence | None:
    """One date in one year, with the user's correction; None when it does not take place."""
    found = resources.cultural_calendar().occurrences(year, corrections=_corrections(venue))
    return next((o for o in found if o.date_id == date_id), None)


def correct_dates(
    venue: Venue, *, date_id: str, year: int, start: date, end: date, now: datetime
) -> CorrectionProblem | None:
    """Store the real dates of ``date_id`` in ``year``; a problem (and nothing stored) if wrong."""
    if end < start:
        return CorrectionProblem.END_BEFORE_START
    if (end - start).days >= MAX_DAYS:
        return CorrectionProblem.TOO_LONG
    if start.year != year:
        return CorrectionProblem.WRONG_YEAR
    resources.cultural_calendar().get(date_id)  # KeyError for an unknown date: a caller's bug
    CulturalCorrectionRepository(venue.db).set(date_id, year, start, end, now=now)
    return None


def clear_correction(venue: Venue, *, date_id: str, year: int) -> None:
    """Go back to the dates the app computes (or "to confirm")."""
    CulturalCorrectionRepository(venue.db).clear(date_id, year)


def _as_event(found: Occurrence, language: str) -> VenueEvent:
    """The occurrence as an all-day venue event (tentative while its dates are to confirm)."""
    return VenueEvent(
        title=found.name(language),
        start=found.start,
        end=found.end + timedelta(days=1),
        kind=EventKind.OTHER,
        status=EventStatus.CONFIRMED if found.confirmed else EventStatus.TENTATIVE,
        uid=f"cultural-{found.date_id}-{found.start.year}",
    )


def post_for(venue: Venue, found: Occurrence, *, network: str, language: str) -> Post:
    """A draft post about the date, on its first day at the network's usual time.

    The time comes from the strategy's plan for the network, else 10:00.
    """
    from cmt_desktop import strategies  # the strategy model: not needed to show the calendar
    from cmt_desktop.planning import campaign_texts

    clock = DEFAULT_TIME
    draft = strategies.current_strategy(venue)
    plan = next((p for p in draft.networks if p.network == network), None) if draft else None
    if plan is not None:
        hour, minute = (int(part) for part in plan.preferred_time.split(":"))
        clock = time(hour, minute)
    texts = campaign_texts(language)
    event = _as_event(found, language)
    body = texts.cultural_date.format(
        title=found.name(language), when=texts.when_of(event, venue.tz)
    )
    return Post(
        network=network,
        title=found.name(language),
        start=datetime.combine(found.start, clock, tzinfo=venue.tz),
        status=PostStatus.DRAFT,
        body=body,
        hashtags=(found.hashtag,) if found.hashtag else (),
    )


def join_as_event(venue: Venue, found: Occurrence, *, language: str, now: datetime) -> VenueEvent:
    """Add the date to the venue's programme; the planner writes its campaign.

    Asking twice for the same date and year gives back the event already made.
    """
    from cmt_desktop import programme

    event = _as_event(found, language)
    for existing in programme.events_between(venue, first=found.start, last=found.end):
        if existing.uid == event.uid:
            return existing
    return programme.add_event(venue, event=event, now=now)
