"""Time-zone names met in imported .ics files: IANA, Windows (Outlook), X-WR-TIMEZONE (Google)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
import x_wr_timezone
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

#: Properties whose date-times may carry a TZID parameter in a VEVENT.
TZID_PROPERTIES = ("DTSTART", "DTEND", "DUE", "RECURRENCE-ID", "EXDATE", "RDATE")


def zone_named(name: str) -> tzinfo | None:
    """Return the zone for an IANA name or a Windows name, or None if unknown.

    Windows names ("Romance Standard Time") are mapped with icalendar's copy of CLDR's
    windowsZones table, the same table icalendar uses when it reads a TZID.
    """
    cleaned = name.strip().strip('"').strip("/")
    for candidate in (cleaned, WINDOWS_TO_OLSON.get(cleaned, "")):
        if not candidate:
            continue
        try:
            return ZoneInfo(candidate)
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return None


def unresolved_tzid(event: icalendar.Component) -> str | None:
    """Return the first TZID of the event that icalendar could not resolve, if any.

    icalendar resolves a TZID from the file's VTIMEZONE, an IANA name or a Windows name.
    When none applies it silently returns a naive (floating) date-time, which would put
    the event at the wrong hour: RFC 5545 §3.2.19 requires a VTIMEZONE for each TZID.
    """
    for name in TZID_PROPERTIES:
        for prop in _as_list(event.get(name)):
            tzid = getattr(prop, "params", {}).get("TZID")
            if tzid and any(_is_naive(moment) for moment in _moments(prop)):
                return str(tzid)
    return None


def apply_x_wr_timezone(calendar: icalendar.Calendar) -> tuple[icalendar.Calendar, str | None]:
    """Apply Google's X-WR-TIMEZONE to floating and UTC times (ics-interop rule 10).

    Returns:
        The converted calendar and None, or the calendar unchanged and the unknown zone name.
    """
    name = calendar.get("X-WR-TIMEZONE")
    if name is None:
        return calendar, None
    zone = zone_named(str(name))
    if zone is None:
        return calendar, str(name)
    return x_wr_timezone.to_standard(calendar, timezone=zone), None


def _as_list(value: object) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _moments(prop: object) -> Iterator[object]:
    dts = getattr(prop, "dts", None)  # EXDATE and RDATE hold several values
    if dts is not None:
        for item in dts:
            yield getattr(item, "dt", None)
    else:
        yield getattr(prop, "dt", None)


def _is_naive(moment: object) -> bool:
    if isinstance(moment, tuple):  # an RDATE period
        moment = moment[0]
    return isinstance(moment, datetime) and moment.tzinfo is None
