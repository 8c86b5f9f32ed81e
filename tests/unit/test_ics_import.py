"""Import of venue programmes from .ics files written by several producers."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cmt_desktop.domain.venue_event import EventKind, EventStatus
from cmt_desktop.ics_import import ImportProblemKind, guess_kind, parse_programme

FIXTURES = Path(__file__).parent / "fixtures" / "import"
PARIS = ZoneInfo("Europe/Paris")
FIRST, LAST = date(2026, 6, 1), date(2026, 7, 31)


def parse(data: bytes, **kwargs):
    return parse_programme(data, venue_tz="Europe/Paris", first=FIRST, last=LAST, **kwargs)


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def icalendar_file() -> bytes:
    cal = icalendar.Calendar()
    cal.add("PRODID", "-//test//icalendar//FR")
    cal.add("VERSION", "2.0")
    event = icalendar.Event()
    event.add("UID", "expo-1@icalendar")
    event.add("DTSTAMP", datetime(2026, 5, 1, tzinfo=UTC))
    event.add("SUMMARY", "Exposition : affiches, 1920; Nantes")
    event.add("DTSTART", datetime(2026, 6, 5, 10, tzinfo=PARIS))
    event.add("DTEND", datetime(2026, 6, 5, 18, tzinfo=PARIS))
    event.add("URL", "https://example.fr/expo")
    cal.add_component(event)
    cal.add_missing_timezones()
    return cal.to_ical()


def vobject_file() -> bytes:
    cal = vobject.iCalendar()
    event = cal.add("vevent")
    event.add("uid").value = "visite-1@vobject"
    event.add("dtstamp").value = datetime(2026, 5, 1, tzinfo=vobject.icalendar.utc)
    event.add("summary").value = "Visite des réserves"
    event.add("dtstart").value = datetime(2026, 6, 6, 15, tzinfo=PARIS)
    event.add("dtend").value = datetime(2026, 6, 6, 16, 30, tzinfo=PARIS)
    event.add("location").value = "Réserves, sous-sol"
    return cal.serialize().encode()


def test_icalendar_export():
    events, problem = parse(icalendar_file())
    assert problem is None
    (expo,) = events
    assert expo.title == "Exposition : affiches, 1920; Nantes"
    assert expo.start == datetime(2026, 6, 5, 10, tzinfo=PARIS)
    assert expo.kind is EventKind.EXHIBITION and expo.link == "https://example.fr/expo"
    assert expo.recurrence_id == ""


def test_vobject_export():
    events, problem = parse(vobject_file())
    assert problem is None
    (visit,) = events
    assert visit.start == datetime(2026, 6, 6, 15, tzinfo=PARIS)
    assert visit.end == datetime(2026, 6, 6, 16, 30, tzinfo=PARIS)
    assert (visit.kind, visit.place) == (EventKind.VISIT, "Réserves, sous-sol")


def test_google_floating_times_use_x_wr_timezone_and_all_day_stays_dates():
    events, problem = parse(fixture("google.ics"))
    assert problem is None
    reading, closing, visit = events
    assert reading.start == datetime(2026, 6, 10, 14, 30, tzinfo=PARIS)
    assert reading.start.utcoffset() == timedelta(hours=2)
    assert reading.place == "Salle Nemo, 2 rue des Lilas, 44000 Nantes"
    assert (closing.start, closing.end, closing.all_day) == (
        date(2026, 6, 14),
        date(2026, 6, 16),
        True,
    )
    assert closing.kind is EventKind.CLOSING_DAY
    assert visit.start == datetime(2026, 6, 20, 8, tzinfo=UTC)  # same instant
    assert visit.status is EventStatus.TENTATIVE


def test_floating_times_without_x_wr_timezone_use_the_venue_zone():
    data = fixture("google.ics").replace(b"X-WR-TIMEZONE:Europe/Paris\r\n", b"")
    events, problem = parse_programme(data, venue_tz="America/Montreal", first=FIRST, last=LAST)
    assert problem is None
    assert events[0].start == datetime(2026, 6, 10, 14, 30, tzinfo=ZoneInfo("America/Montreal"))


def test_outlook_windows_tzids_with_and_without_vtimezone():
    events, problem = parse(fixture("outlook.ics"))
    assert problem is None
    screening, workshop = events
    assert screening.start == datetime(2026, 6, 12, 20, tzinfo=PARIS)
    assert screening.kind is EventKind.SCREENING
    assert screening.uid.startswith("040000008200E00074C5B7101A82E008") and screening.uid.endswith(
        "8F90"
    )
    assert workshop.start == datetime(2026, 6, 15, 10, tzinfo=ZoneInfo("Europe/Berlin"))


def test_custom_vtimezone_with_unknown_tzid_is_used():
    data = fixture("recurring.ics").replace(b"Europe/Paris", b"Heure de Paris (perso)")
    events, problem = parse(data)
    assert problem is None
    assert events[0].start == datetime(2026, 6, 3, 14, tzinfo=PARIS)
    assert events[-1].start.utcoffset() == timedelta(hours=2)


def test_cms_utc_times_stay_utc_and_cancelled_ones_are_kept():
    events, problem = parse(fixture("cms_utc.ics"))
    assert problem is None
    expo, talk = events
    assert expo.start == datetime(
        2026, 6, 12, 8, tzinfo=UTC
    ) and expo.start.utcoffset() == timedelta(0)
    assert expo.description.startswith(
        "Peintures flamandes des collections, salle 3. Entrée libre le pr"
    )
    assert expo.link == "https://musee.example.fr/evenement/lumieres-du-nord/"
    assert talk.status is EventStatus.CANCELLED


def test_weekly_workshop_with_exdate_moved_and_cancelled_occurrences():
    events, problem = parse(fixture("recurring.ics"))
    assert problem is None
    assert [(e.start.date(), e.status) for e in events] == [
        (date(2026, 6, 3), EventStatus.CONFIRMED),
        (date(2026, 6, 10), EventStatus.CONFIRMED),
        (date(2026, 6, 25), EventStatus.CONFIRMED),  # moved from 24 June
        (date(2026, 7, 1), EventStatus.CANCELLED),
        (date(2026, 7, 8), EventStatus.CONFIRMED),
    ]  # 17 June is an EXDATE; COUNT=6 ends on 8 July
    moved = events[2]
    assert moved.title == "Atelier BD (déplacé au jeudi)"
    assert moved.recurrence_id == "2026-06-24T12:00:00+00:00"
    assert len({e.key for e in events}) == 5
    assert all(e.kind is EventKind.WORKSHOP for e in events)


def test_window_limits_the_occurrences():
    events, _ = parse_programme(
        fixture("recurring.ics"),
        venue_tz="Europe/Paris",
        first=date(2026, 6, 10),
        last=date(2026, 6, 10),
    )
    assert [e.start.date() for e in events] == [date(2026, 6, 10)]


def test_utf8_bom_is_accepted():
    events, problem = parse(b"\xef\xbb\xbf" + fixture("cms_utc.ics"))
    assert problem is None and len(events) == 2


def replace(name: str, old: bytes, new: bytes) -> bytes:
    data = fixture(name)
    assert old in data
    return data.replace(old, new)


@pytest.mark.parametrize(
    ("data", "kind", "detail", "line"),
    [
        (fixture("not_icalendar.html"), ImportProblemKind.NOT_ICALENDAR, "<!DOCTYPE html>", 1),
        (b"", ImportProblemKind.NOT_ICALENDAR, "empty file", None),
        (fixture("cms_utc.ics")[:500], ImportProblemKind.TRUNCATED, "END:VEVENT", None),
        (fixture("cms_cp1252.ics"), ImportProblemKind.ENCODING, "byte 0xE9 is not UTF-8", 3),
        (fixture("cms_utc.ics").decode().encode("utf-16"), ImportProblemKind.ENCODING, "UTF-16", 1),
        (
            replace("cms_utc.ics", b"DTSTART:20260615T080000Z\r\n", b""),
            ImportProblemKind.EVENT_WITHOUT_START,
            "Rencontre avec les restaurateurs (UID 10433-1781517600-1781524800@musee.example.fr)",
            None,
        ),
        (
            replace("outlook.ics", b"W. Europe Standard Time", b"Nowhere Standard Time"),
            ImportProblemKind.UNKNOWN_TIMEZONE,
            "Nowhere Standard Time",
            45,
        ),
        (
            replace("google.ics", b"X-WR-TIMEZONE:Europe/Paris", b"X-WR-TIMEZONE:Mars/Olympus"),
            ImportProblemKind.UNKNOWN_TIMEZONE,
            "Mars/Olympus",
            7,
        ),
        (
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nEND:VCALENDAR\r\n",
            ImportProblemKind.EMPTY,
            "no VEVENT",
            None,
        ),
        (
            replace("cms_utc.ics", b"DTEND:20260615T100000Z", b"DTEND:2026-06-15 10h"),
            ImportProblemKind.INVALID,
            "DTEND",
            23,
        ),
        (
            replace("cms_utc.ics", b"END:VEVENT\r\nBEGIN:VEVENT", b"END:VTODO\r\nBEGIN:VEVENT"),
            ImportProblemKind.INVALID,
            "END:VTODO",
            18,
        ),
        (
            replace("recurring.ics", b"FREQ=WEEKLY;BYDAY=WE;COUNT=6", b"FREQ=SECONDLY"),
            ImportProblemKind.TOO_BIG,
            "RRULE:FREQ=SECONDLY",
            26,
        ),
    ],
    ids=lambda value: value if isinstance(value, ImportProblemKind) else "",
)
def test_bad_input_is_named_and_imports_nothing(data, kind, detail, line):
    events, problem = parse(data)
    assert events == []
    assert problem is not None and problem.kind is kind
    assert problem.detail == detail
    if line is not None:
        assert problem.line == line


def test_truncated_file_names_the_last_line():
    data = fixture("cms_utc.ics")[:500]
    _, problem = parse(data)
    assert problem.line == data.count(b"\n") + (not data.endswith(b"\n"))


def test_huge_file_is_refused_before_parsing():
    events, problem = parse(fixture("cms_utc.ics"), max_bytes=100)
    assert events == [] and problem.kind is ImportProblemKind.TOO_BIG
    assert problem.detail == "900 bytes"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Atelier autour de l'exposition", EventKind.WORKSHOP),
        ("Visite guidée de l'EXPOSITION", EventKind.VISIT),
        ("Projection : Nosferatu", EventKind.SCREENING),
        ("Reading group", EventKind.READING),
        ("Fermeture annuelle", EventKind.CLOSING_DAY),
        ("Ferme pédagogique", EventKind.OTHER),
        ("Concert", EventKind.OTHER),
    ],
)
def test_guess_kind(text, kind):
    assert guess_kind(text) is kind


VALID = fixture("recurring.ics")


@st.composite
def mangled(draw) -> bytes:
    lines = VALID.split(b"\r\n")
    rng = random.Random(draw(st.integers(0, 2**32)))
    for _ in range(draw(st.integers(1, 4))):
        action = draw(
            st.sampled_from(["delete", "duplicate", "insert", "truncate", "bytes", "swap"])
        )
        at = rng.randrange(len(lines))
        if action == "delete":
            del lines[at]
        elif action == "duplicate":
            lines.insert(at, lines[at])
        elif action == "insert":
            lines.insert(at, draw(st.binary(max_size=40)))
        elif action == "truncate":
            lines = lines[:at] + [lines[at][: rng.randrange(len(lines[at]) + 1)]]
        elif action == "bytes":
            line = bytearray(lines[at])
            for _ in range(rng.randint(1, 3)):
                if line:
                    line[rng.randrange(len(line))] = rng.randrange(256)
            lines[at] = bytes(line)
        else:
            other = rng.randrange(len(lines))
            lines[at], lines[other] = lines[other], lines[at]
        if not lines:
            lines = [b""]
    return b"\r\n".join(lines)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mangled())
def test_mangled_files_never_crash_nor_import_partly(data):
    events, problem = parse(data)
    if problem is None:
        assert events and all(e.start and e.uid for e in events)
    else:
        assert events == []
        assert problem.detail
