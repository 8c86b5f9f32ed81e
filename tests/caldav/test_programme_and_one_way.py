"""The programme read from a second calendar; moderation slots and venue events published."""

import dataclasses
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from cmt_desktop import demo, programme, services, strategies
from cmt_desktop.domain.venue_event import EventKind, VenueEvent
from cmt_desktop.team_calendar import connection, state, sync
from cmt_desktop.team_calendar.connection import ConnectionStatus

pytestmark = pytest.mark.caldav

WORKSHOP = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Nextcloud//EN\r\n"
    "BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n"
    "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n"
    "DTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n"
    "BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n"
    "DTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n"
    "END:VTIMEZONE\r\n"
    "BEGIN:VEVENT\r\nUID:atelier-bd@mediatheque.example\r\nDTSTAMP:20260301T080000Z\r\n"
    "DTSTART;TZID=Europe/Paris:20260314T100000\r\nDTEND;TZID=Europe/Paris:20260314T120000\r\n"
    "RRULE:FREQ=WEEKLY;COUNT=3\r\nSUMMARY:Atelier BD\r\nLOCATION:Salle du conte\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)
EXHIBITION = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Thunderbird//EN\r\n"
    "BEGIN:VEVENT\r\nUID:expo-papier@mediatheque.example\r\nDTSTAMP:20260301T080000Z\r\n"
    "DTSTART;VALUE=DATE:20260320\r\nDTEND;VALUE=DATE:20260420\r\n"
    "SUMMARY:Exposition « Papiers découpés »\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_programme_pulled_from_a_second_calendar(now, radicale, venue, team, colleague_on):
    settings = connection.TeamCalendarSettings(radicale.url, radicale.user, timeout=10)
    url = connection.create_calendar(settings, radicale.password, "Programme").url
    agenda = colleague_on(radicale, url)
    agenda.add(WORKSHOP)
    agenda.add(EXHIBITION)

    pulled = sync.pull_programme(venue, calendar_url=url, now=now)

    assert pulled.error is None and pulled.objects == 2
    assert pulled.result.problem is None and pulled.result.counts is not None
    found = programme.events_between(venue, first=date(2026, 3, 1), last=date(2026, 4, 30))
    assert sorted((e.title, str(e.start)[:16]) for e in found) == [
        ("Atelier BD", "2026-03-14 10:00"),
        ("Atelier BD", "2026-03-21 10:00"),
        ("Atelier BD", "2026-03-28 10:00"),
        ("Exposition « Papiers découpés »", "2026-03-20"),
    ]
    again = sync.pull_programme(venue, calendar_url=url, now=now)
    assert again.result.problem is None
    assert len(programme.events_between(venue, first=date(2026, 3, 1), last=date(2026, 4, 30))) == 4


def test_an_empty_programme_calendar_is_reported_like_an_empty_file(now, radicale, venue, team):
    settings = connection.TeamCalendarSettings(radicale.url, radicale.user, timeout=10)
    url = connection.create_calendar(settings, radicale.password, "Vide").url

    pulled = sync.pull_programme(venue, calendar_url=url, now=now)

    assert pulled.error is None and pulled.result.counts is None
    assert pulled.result.problem.kind.value == "empty"


def test_programme_pull_without_a_calendar_or_server(now, radicale, venue, team):
    assert sync.pull_programme(venue, now=now).error is ConnectionStatus.NOT_CONFIGURED
    gone = radicale.url + f"{radicale.user}/no-such-calendar/"
    assert sync.pull_programme(venue, calendar_url=gone, now=now).error is not None


def test_moderation_slots_and_events_are_published_one_way(
    now, radicale, venue, plan, team_on, colleague_on
):
    strategies.save_strategy(venue, draft=demo.demo_strategy(today=now.date()), now=now)
    programme.add_event(venue, event=reading(), now=now)
    team = team_on(radicale, publish_moderation=True, publish_events=True)
    colleague = colleague_on(radicale, team.calendar_url)

    first = sync.sync(venue, now=now)
    uids = colleague.uids()
    posts_now = {p.uid for p in services.posts_between(venue, first_day=None, last_day=None)}

    moderation = {uid for uid in uids if uid.startswith("moderation-")}
    events = {uid for uid in uids if uid.startswith("venue-event-")}
    assert len(moderation) == 2 and len(events) == 1
    assert uids == moderation | events | posts_now
    assert first.ok and first.sent == len(uids)
    assert sync.sync(venue, now=now).sent == 0
    state.save_settings(venue, dataclasses.replace(team, publish_moderation=False))
    assert sync.sync(venue, now=now).ok
    assert not {uid for uid in colleague.uids() if uid.startswith("moderation-")}


def reading() -> VenueEvent:
    start = datetime(2026, 3, 21, 15, tzinfo=ZoneInfo("Europe/Paris"))
    return VenueEvent(
        title="Lecture à voix haute",
        start=start,
        end=start.replace(hour=16),
        kind=EventKind.READING,
        place="Jardin",
    )
