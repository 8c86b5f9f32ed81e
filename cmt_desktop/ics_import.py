"""Venue programme import: .ics bytes -> VenueEvent occurrences, or one problem and no events.

Pure: receives bytes, never reads files, never raises on bad input. Decisions:

- UTF-8 only. A UTF-8 BOM is stripped silently (icalendar does the same, collective/icalendar
  PR #700). Anything else (Windows-1252, UTF-16) is refused as ENCODING, naming the line, rather
  than guessed: a wrong guess would import garbled titles without a word.
- Floating times use X-WR-TIMEZONE when the file has it (Google), else the venue's zone.
  With X-WR-TIMEZONE, UTC times are shown in that zone too (same instant), as Google does.
- Recurrences are expanded by recurring-ical-events. ``recurrence_id`` is set only for
  occurrences of recurring events: the original start as ISO 8601, in UTC for timed events.
- A VEVENT without UID gets a stable one derived from its content, so re-imports match.
"""

from __future__ import annotations

import codecs
import dataclasses
import enum
import hashlib
import re
import unicodedata
from datetime import UTC, date, datetime, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

from cmt_desktop.domain.venue_event import EventKind, EventStatus, VenueEvent
from cmt_desktop.ics_timezones import apply_x_wr_timezone, unresolved_tzid

#: More occurrences than this in the window is refused as TOO_BIG (a runaway RRULE).
MAX_OCCURRENCES = 20_000

_KIND_WORDS = (  # activities before exhibitions: "Atelier autour de l'exposition"
    (EventKind.CLOSING_DAY, ("fermeture", "closed", "closing")),
    (EventKind.WORKSHOP, ("atelier", "ateliers", "workshop")),
    (EventKind.SCREENING, ("projection", "screening", "cine-club", "cinema")),
    (EventKind.READING, ("lecture", "lectures", "reading", "conte", "contes")),
    (EventKind.VISIT, ("visite", "visites", "visit", "guided tour")),
    (EventKind.EXHIBITION, ("exposition", "expo", "exhibition")),
)
_STATUSES = {s.name: s for s in EventStatus}
_NAME = re.compile(r"[A-Za-z0-9-]+(?=[;:])")
_SUB_DAILY = re.compile(r"FREQ=(SECONDLY|MINUTELY)", re.IGNORECASE)


class ImportProblemKind(enum.StrEnum):
    """Why a file was refused."""

    NOT_ICALENDAR = "not_icalendar"
    TRUNCATED = "truncated"
    ENCODING = "encoding"
    TOO_BIG = "too_big"
    EVENT_WITHOUT_START = "event_without_start"
    UNKNOWN_TIMEZONE = "unknown_timezone"
    EMPTY = "empty"
    INVALID = "invalid"


@dataclasses.dataclass(frozen=True)
class ImportProblem:
    """What is wrong: ``detail`` names it (property, TZID, event, size); ``line`` is 1-based."""

    kind: ImportProblemKind
    detail: str
    line: int | None = None


class ImportResult(NamedTuple):
    """Either events and no problem, or no events and a problem."""

    events: list[VenueEvent]
    problem: ImportProblem | None


class _RefusedError(Exception):
    def __init__(self, kind: ImportProblemKind, detail: str, line: int | None = None) -> None:
        super().__init__(detail)
        self.problem = ImportProblem(kind, detail, line)


def parse_programme(
    data: bytes, *, venue_tz: str, first: date, last: date, max_bytes: int = 10_000_000
) -> ImportResult:
    """Read a venue's .ics export and return the occurrences from ``first`` to ``last``.

    Args:
        data: The file's bytes.
        venue_tz: IANA zone of the venue, for floating times.
        first: First day of the window (inclusive).
        last: Last day of the window (inclusive).
        max_bytes: Larger files are refused as TOO_BIG.

    Returns:
        The occurrences sorted by start, or no events and the first problem found.
    """
    try:
        events = _parse(data, ZoneInfo(venue_tz), first, last, max_bytes)
    except _RefusedError as refused:
        return ImportResult([], refused.problem)
    return ImportResult(events, None)


def _parse(data: bytes, zone: ZoneInfo, first: date, last: date, max_bytes: int) -> list:
    if len(data) > max_bytes:
        raise _RefusedError(ImportProblemKind.TOO_BIG, f"{len(data)} bytes")
    text = _decode(data)
    _check_structure(text)
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except Exception as error:  # noqa: BLE001 - icalendar raises many types on bad input
        raise _RefusedError(ImportProblemKind.INVALID, str(error)[:200]) from None
    _check_components(calendar, text)
    calendar, bad_zone = apply_x_wr_timezone(calendar)
    if bad_zone is not None:
        raise _RefusedError(
            ImportProblemKind.UNKNOWN_TIMEZONE, bad_zone, _line_of(text, "X-WR-TIMEZONE")
        )
    recurring = {
        str(e.get("UID", ""))
        for e in calendar.walk("VEVENT")
        if any(k in e for k in ("RRULE", "RDATE", "RECURRENCE-ID"))
    }
    try:
        found = recurring_ical_events.of(calendar).between(first, last + timedelta(days=1))
        if len(found) > MAX_OCCURRENCES:
            raise _RefusedError(ImportProblemKind.TOO_BIG, f"{len(found)} occurrences")
        events = [_event(o, zone, recurring) for o in found]
    except _RefusedError:
        raise
    except Exception as error:  # noqa: BLE001 - the expansion re-parses values lazily
        raise _RefusedError(ImportProblemKind.INVALID, str(error)[:200]) from None
    return sorted(events, key=lambda e: (_sort_key(e.start, zone), e.uid, e.recurrence_id))


def _decode(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise _RefusedError(ImportProblemKind.ENCODING, "UTF-16", 1)
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise _RefusedError(
            ImportProblemKind.ENCODING, f"byte 0x{data[error.start]:02X} is not UTF-8", line
        ) from None


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """Unfold content lines (RFC 5545 §3.1), keeping each one's first physical line number."""
    lines: list[tuple[int, str]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] = (lines[-1][0], lines[-1][1] + raw[1:])
        elif raw.strip():
            lines.append((number, raw))
    return lines


def _check_structure(text: str) -> None:
    lines = _logical_lines(text)
    if not lines or lines[0][1].strip().upper() != "BEGIN:VCALENDAR":
        head = lines[0][1][:40] if lines else "empty file"
        raise _RefusedError(ImportProblemKind.NOT_ICALENDAR, head, lines[0][0] if lines else None)
    stack: list[str] = []
    for number, line in lines:
        if not stack and number != lines[0][0]:
            raise _RefusedError(ImportProblemKind.INVALID, "text after END:VCALENDAR", number)
        if _NAME.match(line) is None:
            raise _RefusedError(ImportProblemKind.INVALID, line[:40], number)
        if _SUB_DAILY.search(line) and line.upper().startswith(("RRULE", "EXRULE")):
            raise _RefusedError(ImportProblemKind.TOO_BIG, line[:60], number)
        key, _, value = line.partition(":")
        if key.upper() == "BEGIN":
            stack.append(value.strip().upper())
        elif key.upper() == "END":
            if not stack or stack[-1] != value.strip().upper():
                raise _RefusedError(ImportProblemKind.INVALID, line[:40], number)
            stack.pop()
    if stack:
        raise _RefusedError(ImportProblemKind.TRUNCATED, f"END:{stack[-1]}", lines[-1][0])


def _check_components(calendar: icalendar.Calendar, text: str) -> None:
    for component in calendar.walk():
        for name, message in component.errors:
            line = _line_of_property(text, str(name), str(message))
            raise _RefusedError(ImportProblemKind.INVALID, str(name), line)
    events = calendar.walk("VEVENT")
    if not events:
        raise _RefusedError(ImportProblemKind.EMPTY, "no VEVENT")
    for event in events:
        if event.get("DTSTART") is None:
            label = f"{event.get('SUMMARY', '')} (UID {event.get('UID', '')})"
            raise _RefusedError(ImportProblemKind.EVENT_WITHOUT_START, label)
        tzid = unresolved_tzid(event)
        if tzid is not None:
            raise _RefusedError(ImportProblemKind.UNKNOWN_TIMEZONE, tzid, _line_of(text, tzid))


def _line_of(text: str, needle: str) -> int | None:
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    return None


def _line_of_property(text: str, name: str, message: str) -> int | None:
    """Find the line of a property icalendar could not parse: its value is in the message."""
    found = [
        (number, line.partition(":")[2])
        for number, line in _logical_lines(text)
        if re.match(rf"{re.escape(name)}[;:]", line, re.IGNORECASE)
    ]
    matching = [number for number, value in found if value and value in message]
    if len(matching) == 1 or len(found) == 1:
        return (matching or [found[0][0]])[0]
    return None


def _event(occurrence: icalendar.Event, zone: ZoneInfo, recurring: set[str]) -> VenueEvent:
    start = _aware(occurrence["DTSTART"].dt, zone)
    end_prop = occurrence.get("DTEND")
    end = _aware(end_prop.dt, zone) if end_prop is not None else start
    if not isinstance(start, datetime):
        end = end if type(end) is date and end > start else start + timedelta(days=1)
    elif not isinstance(end, datetime):
        end = start
    title = str(occurrence.get("SUMMARY", ""))
    categories = " ".join(
        str(c) for prop in _as_list(occurrence.get("CATEGORIES")) for c in prop.cats
    )
    uid = str(occurrence.get("UID", "")) or _content_uid(title, start)
    rid = occurrence.get("RECURRENCE-ID") if uid in recurring else None
    return VenueEvent(
        title=title,
        start=start,
        end=end,
        kind=guess_kind(f"{categories} {title}"),
        status=_STATUSES.get(str(occurrence.get("STATUS", "")).upper(), EventStatus.CONFIRMED),
        place=str(occurrence.get("LOCATION", "")),
        description=str(occurrence.get("DESCRIPTION", "")),
        link=str(occurrence.get("URL", "")),
        uid=uid,
        recurrence_id=_iso(_aware(rid.dt, zone)) if rid is not None else "",
    )


def guess_kind(text: str) -> EventKind:
    """Guess the kind from French or English keywords in a SUMMARY or CATEGORIES text."""
    plain = unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode()
    words = set(re.findall(r"[a-z]+(?:-[a-z]+)*", plain))
    for kind, keywords in _KIND_WORDS:
        if any(k in words or (" " in k and k in plain) for k in keywords):
            return kind
    return EventKind.OTHER


def _aware(moment: date, zone: ZoneInfo) -> date:
    if isinstance(moment, datetime) and moment.tzinfo is None:
        return moment.replace(tzinfo=zone)
    return moment


def _iso(moment: date) -> str:
    return (
        moment.astimezone(UTC).isoformat() if isinstance(moment, datetime) else moment.isoformat()
    )


def _sort_key(moment: date, zone: ZoneInfo) -> datetime:
    if isinstance(moment, datetime):
        return moment
    return datetime(moment.year, moment.month, moment.day, tzinfo=zone)


def _content_uid(title: str, start: date) -> str:
    digest = hashlib.sha1(f"{title}|{_iso(start)}".encode(), usedforsecurity=False).hexdigest()
    return f"import-{digest[:16]}"


def _as_list(value: object) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
