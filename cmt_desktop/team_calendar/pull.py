"""The venue's programme read from a second calendar of the team's server, like an .ics import."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import datetime

import icalendar as ical

from cmt_desktop import ics, programme, services
from cmt_desktop.team_calendar.connection import TeamCalendarSettings, calendar_at, open_client
from cmt_desktop.team_calendar.errors import (
    ConnectionStatus,
    TeamCalendarError,
    classify,
    expected_errors,
)
from cmt_desktop.team_calendar.passwords import KeyringPasswords, PasswordStore
from cmt_desktop.team_calendar.state import load_settings


@dataclasses.dataclass(frozen=True)
class ProgrammePull:
    """What a pull did.

    Attributes:
        objects: The calendar objects read from the server.
        result: The import's counts or its problem (as for an .ics file); ``None`` when
            the server could not be read.
        error: Why the server could not be read, or ``None``.
        error_detail: The technical message behind ``error``.
    """

    objects: int = 0
    result: programme.ProgrammeImport | None = None
    error: ConnectionStatus | None = None
    error_detail: str = ""


def pull_programme(
    venue: services.Venue,
    *,
    calendar_url: str | None = None,
    now: datetime,
    settings: TeamCalendarSettings | None = None,
    passwords: PasswordStore | None = None,
) -> ProgrammePull:
    """Read a calendar's events and import them as the venue's programme.

    The objects are put together into one VCALENDAR (their time zones once each) and go
    through ``programme.import_programme``, as a downloaded .ics file would: all or
    nothing, campaigns re-planned. Never raises for what the network or the server does.

    Args:
        venue: The venue, opened read-write.
        calendar_url: The programme's calendar (default: ``programme_calendar_url`` of
            the settings).
        now: The time of the import.
        settings: The connection (default: the venue's saved settings).
        passwords: Where the password is (default: the system's store, via keyring).
    """
    try:
        settings, password = settings_and_password(venue, settings, passwords or KeyringPasswords())
        url = calendar_url or settings.programme_calendar_url
        if not url:
            raise TeamCalendarError(ConnectionStatus.NOT_CONFIGURED, "no programme calendar")
        with open_client(settings, password) as client:
            found = calendar_at(client, url).search(event=True)  # one calendar-query REPORT
            data = [str(item.data) for item in found]
    except expected_errors() as error:
        failure = classify(error)
        return ProgrammePull(error=failure.status, error_detail=failure.detail)
    result = programme.import_programme(venue, data=assemble(data), now=now)
    return ProgrammePull(objects=len(data), result=result)


def assemble(objects: Iterable[str]) -> bytes:
    """One VCALENDAR holding the events of the objects and each time zone they use once."""
    calendar = ical.Calendar()
    calendar.add("PRODID", f"-//CMt Desktop//{ics.APP_VERSION}//EN")
    calendar.add("VERSION", "2.0")
    zones: dict[str, ical.Component] = {}
    events: list[ical.Component] = []
    for data in objects:
        try:
            parsed = ical.Calendar.from_ical(data)
        except ValueError:
            continue  # an object the server should not hold; the others still count
        for component in parsed.subcomponents:
            if component.name == "VTIMEZONE":
                zones.setdefault(str(component.get("TZID", "")), component)
            elif component.name == "VEVENT":
                events.append(component)
    for component in [*zones.values(), *events]:
        calendar.add_component(component)
    return calendar.to_ical()


def settings_and_password(
    venue: services.Venue, settings: TeamCalendarSettings | None, passwords: PasswordStore
) -> tuple[TeamCalendarSettings, str]:
    """The settings to use and the stored password.

    Raises:
        TeamCalendarError: NOT_CONFIGURED without settings, NO_PASSWORD without password.
    """
    settings = settings or load_settings(venue)
    if settings is None:
        raise TeamCalendarError(ConnectionStatus.NOT_CONFIGURED, "no team calendar")
    password = passwords.get(settings.server_url, settings.username)
    if password is None:
        raise TeamCalendarError(ConnectionStatus.NO_PASSWORD, settings.account)
    return settings, password
