"""The strategy's moderation slots as weekly VEVENTs (rules 21-22 of ics-interop.md)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar as ical

from cmt_desktop.domain.strategy import ModerationSlot

BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # RRULE weekdays, 0 = Monday
_WORDS = {
    "fr": {
        "summary": "Répondre à la communauté",
        "description": "Lire les commentaires et les messages reçus sur les réseaux et y "
        "répondre ({minutes} min), comme prévu dans la stratégie.",
        "category": "Modération",
    },
    "en": {
        "summary": "Answer the community",
        "description": "Read the comments and messages received on the networks and answer "
        "them ({minutes} min), as planned in the strategy.",
        "category": "Moderation",
    },
}


def moderation_uid(slot: ModerationSlot) -> str:
    """The slot's UID, the same at every export (rule 15): weekday and time, not an id."""
    return f"moderation-{slot.weekday}-{_time(slot).strftime('%H%M')}@cmt-desktop.app"


def moderation_events(
    slots: Sequence[ModerationSlot],
    *,
    zone: ZoneInfo,
    first_day: date,
    last_day: date | None,
    alarm_minutes: int | None,
    now: datetime,
    language: str = "fr",
) -> list[ical.Event]:
    """One weekly VEVENT per slot, over ``first_day``..``last_day`` (inclusive).

    DTSTART is the slot's first occurrence on or after ``first_day`` (local time in ``zone``),
    DTEND ``slot.minutes`` later, and the RRULE is ``FREQ=WEEKLY;BYDAY=XX;UNTIL=…Z``, UNTIL
    being the start of the last occurrence in UTC (rule 21; Outlook's weekly template, rule
    22). A slot with no occurrence in the period, or repeating an earlier slot's weekday and
    time, is left out.

    Args:
        slots: The strategy's moderation slots (weekday 0 = Monday, time "HH:MM").
        zone: The venue's zone.
        first_day: The first day of the export.
        last_day: Its last day, or ``None`` for one year (``first_day`` plus a year, excluded).
        alarm_minutes: Reminder lead time, or ``None``; no reminder on a series already over.
        now: The export time (aware): DTSTAMP.
        language: "fr" for French texts, anything else for English.

    Returns:
        The events, in the slots' order.

    Raises:
        ValueError: A slot's weekday, time or minutes is invalid, or ``now`` is naive.
    """
    if now.tzinfo is None:
        raise ValueError(f"now must be aware ({now!r})")
    if last_day is None:
        last_day = _year_after(first_day) - timedelta(days=1)
    words = _WORDS["fr" if language[:2].lower() == "fr" else "en"]
    events: list[ical.Event] = []
    seen: set[str] = set()
    for slot in slots:
        if not 0 <= slot.weekday <= 6 or slot.minutes <= 0:
            raise ValueError(f"invalid moderation slot {slot!r}")
        uid = moderation_uid(slot)
        first = first_day + timedelta(days=(slot.weekday - first_day.weekday()) % 7)
        last = last_day - timedelta(days=(last_day.weekday() - slot.weekday) % 7)
        if uid in seen or last < first:
            continue
        seen.add(uid)
        start = datetime.combine(first, _time(slot), zone)
        until = datetime.combine(last, _time(slot), zone).astimezone(UTC)
        event = ical.Event()
        event.add("UID", uid)
        event.add("DTSTAMP", now.astimezone(UTC))
        event.add("SEQUENCE", 0)
        event.add("DTSTART", start)
        event.add("DTEND", start + timedelta(minutes=slot.minutes))
        event.add("RRULE", {"FREQ": "WEEKLY", "BYDAY": BYDAY[slot.weekday], "UNTIL": until})
        event.add("SUMMARY", words["summary"])
        event.add("DESCRIPTION", words["description"].format(minutes=slot.minutes))
        event.add("CATEGORIES", [words["category"]])
        event.add("STATUS", "CONFIRMED")
        if alarm_minutes is not None and until >= now:  # rules 23-24, as for the posts
            reminder = ical.Alarm()
            reminder.add("ACTION", "DISPLAY")
            reminder.add("DESCRIPTION", words["summary"])
            reminder.add("TRIGGER", timedelta(minutes=-alarm_minutes))
            event.add_component(reminder)
        events.append(event)
    return events


def local_years(event: ical.Event, zone: ZoneInfo) -> range:
    """The years from the event's first to its last occurrence: its VTIMEZONE must cover them."""
    until = event["RRULE"]["UNTIL"]  # a list when parsed, the value as added here
    last = (until[0] if isinstance(until, list) else until).astimezone(zone)
    last += event.end - event.start
    return range(event.start.year, last.year + 1)


def _time(slot: ModerationSlot) -> time:
    """The slot's "HH:MM" as a time (ValueError when malformed)."""
    hours, _, minutes = slot.time.partition(":")
    return time(int(hours), int(minutes))


def _year_after(day: date) -> date:
    """The same day a year later (29 February becomes 1 March)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day + timedelta(days=366 if day.month <= 2 else 365)
