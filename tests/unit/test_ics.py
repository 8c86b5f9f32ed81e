"""The .ics export: what Outlook, Google Calendar and other readers need (ics-interop.md).

``golden/small_export.ics`` is compared byte for byte; after a deliberate change, rewrite it
with the line below, then review its diff:
    CMT_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/unit/test_ics.py -k golden -p no:xvfb
"""

import os
import re
import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject
from dateutil.rrule import rrulestr

from cmt_desktop import ics
from cmt_desktop.domain.networks import Network, NetworkCatalogue
from cmt_desktop.domain.post import Post, PostStatus
from cmt_desktop.domain.strategy import ModerationSlot

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 3, 4, 8, 30, tzinfo=UTC)
GOLDEN = Path(__file__).parent / "golden" / "small_export.ics"
CATALOGUE = NetworkCatalogue([Network("instagram", "Instagram"), Network("facebook", "Facebook"),
                              Network("newsletter", "Lettre d'information")])


def paris(*args: int) -> datetime:
    return datetime(*args, tzinfo=PARIS)


def post(n: int, start: datetime | None, **fields: object) -> Post:
    fields.setdefault("status", PostStatus.READY)
    fields.setdefault("title", f"Publication {n}")
    return Post(network=fields.pop("network", "instagram"), start=start,  # type: ignore[arg-type]
                uid=f"post-{n}@cmt-desktop.test", id=n, **fields)  # type: ignore[arg-type]


def export(posts: list[Post], **options: object) -> bytes:
    options = {"tz_name": "Europe/Paris", "calendar_name": "Calendrier éditorial",
               "alarm_minutes": 15, "now": NOW, "catalogue": CATALOGUE, **options}
    return ics.posts_to_ics(posts, **options)  # type: ignore[arg-type]


def unfolded(data: bytes) -> list[str]:
    """The logical lines (RFC 5545 §3.1 unfolding)."""
    return data.decode("utf-8").replace("\r\n ", "").split("\r\n")[:-1]


def events(data: bytes) -> list[dict[str, list[str]]]:
    """Each VEVENT (its VALARM lines prefixed "VALARM/") as {property with params: [values]}."""
    found: list[dict[str, list[str]]] = []
    prefix = ""
    for line in unfolded(data):
        if line == "BEGIN:VEVENT":
            found.append({})
        elif line in ("BEGIN:VALARM", "END:VALARM"):
            prefix = "VALARM/" if line.startswith("B") else ""
        elif found and not line.startswith(("BEGIN:", "END:VEVENT")):
            name, _, value = line.partition(":")
            found[-1].setdefault(prefix + name, []).append(value)
    return found


def test_calendar_has_the_required_properties_once():
    lines = unfolded(export([post(1, paris(2026, 4, 2, 10, 0))],
                            calendar_name="Agenda, Médiathèque; Lyon"))
    for required in ("VERSION:2.0", "METHOD:PUBLISH", "X-WR-CALNAME:Agenda\\, Médiathèque\\; Lyon",
                     f"PRODID:-//CMt Desktop//{ics.APP_VERSION}//FR"):
        assert lines.count(required) == 1


def test_event_has_the_required_properties():
    (event,) = events(export([post(1, paris(2026, 4, 2, 10, 0), sequence=3, pillar="Coulisses",
                                   updated_at=datetime(2026, 3, 1, 17, 5, tzinfo=UTC))]))
    assert event["UID"] == ["post-1@cmt-desktop.test"]
    assert event["DTSTAMP"] == ["20260301T170500Z"]
    assert event["SEQUENCE"] == ["3"]
    assert event["DTSTART;TZID=Europe/Paris"] == ["20260402T100000"]
    assert event["DTEND;TZID=Europe/Paris"] == ["20260402T103000"]
    assert event["SUMMARY"] == ["Instagram · Publication 1"]
    assert event["STATUS"] == ["CONFIRMED"]
    assert event["CATEGORIES"] == ["Instagram,Coulisses"]
    assert event["DESCRIPTION"] == ["Statut : prêt"]


def test_every_tzid_is_declared_by_a_vtimezone_before_the_events_and_none_floats():
    data = export([post(n, paris(2026, n, 2, 23, 30)) for n in range(1, 13)]
                  + [post(13, datetime(2026, 5, 1, 8, 0, tzinfo=UTC))])
    lines = unfolded(data)
    used = {m for line in lines for m in re.findall(r";TZID=([^;:]+)", line)}
    declared = {line[5:] for line in lines if line.startswith("TZID:")}
    assert used == declared == {"Europe/Paris"}
    assert lines.index("END:VTIMEZONE") < lines.index("BEGIN:VEVENT")
    assert "DTSTART;TZID=Europe/Paris:20260501T100000" in lines  # UTC input, written in Paris
    times = [line for line in lines if line.startswith(("DTSTART", "DTEND"))]
    in_events = [line for line in times if not line.startswith("DTSTART:1970")]
    assert len(in_events) == 26
    assert all(line.startswith(("DTSTART;TZID=", "DTEND;TZID=")) for line in in_events)


def test_vtimezone_uses_the_classic_yearly_rules():
    lines = unfolded(export([post(1, paris(2026, 3, 28, 10, 0))]))
    block = lines[lines.index("BEGIN:VTIMEZONE"):lines.index("END:VTIMEZONE") + 1]
    assert block == [
        "BEGIN:VTIMEZONE", "TZID:Europe/Paris",
        "BEGIN:DAYLIGHT", "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "TZNAME:CEST", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT",
        "BEGIN:STANDARD", "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "TZNAME:CET", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
        "END:VTIMEZONE"]


@pytest.mark.parametrize(("zone", "expected"), [
    ("Indian/Reunion", ["BEGIN:STANDARD", "DTSTART:19700101T000000", "TZNAME:+04",
                        "TZOFFSETFROM:+0400", "TZOFFSETTO:+0400", "END:STANDARD"]),
    ("America/Miquelon", ["RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
                          "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11"]),
])
def test_vtimezone_of_other_french_territories(zone: str, expected: list[str]):
    lines = unfolded(export([post(1, datetime(2026, 7, 1, 10, 0, tzinfo=ZoneInfo(zone)))],
                            tz_name=zone))
    block = lines[lines.index("BEGIN:VTIMEZONE"):lines.index("END:VTIMEZONE")]
    assert [line for line in block if line in expected] == expected
    assert ("BEGIN:DAYLIGHT" in block) == (zone != "Indian/Reunion")


def test_utc_zone_writes_z_times_and_no_vtimezone():
    data = export([post(1, datetime(2026, 7, 1, 10, tzinfo=UTC))], tz_name="UTC")
    assert b"VTIMEZONE" not in data and b"TZID" not in data
    assert b"DTSTART:20260701T100000Z\r\n" in data


def test_text_is_escaped_and_cleaned_but_categories_commas_separate():
    data = export([post(1, paris(2026, 4, 2, 10, 0), title="Expo, visite; atelier 🎨",
                        body="Ligne Windows\r\nLigne Mac\rLigne Qt\u2029fin\x0b\x00 ok\\",
                        hashtags=("#musée", "#BD"), notes="Voir\tdossier", pillar="Arts, culture")])
    assert b"\r" not in data.replace(b"\r\n", b"")
    (event,) = events(data)
    assert event["SUMMARY"] == ["Instagram · Expo\\, visite\\; atelier 🎨"]
    assert event["DESCRIPTION"] == [
        "Ligne Windows\\nLigne Mac\\nLigne Qt\\nfin ok\\\\\\n\\n#musée #BD\\n\\n"
        "Statut : prêt\\nNotes : Voir\tdossier"]
    parsed = icalendar.Calendar.from_ical(data).walk("VEVENT")[0]
    assert str(parsed["DESCRIPTION"]).startswith("Ligne Windows\nLigne Mac\nLigne Qt\nfin ok\\\n")
    assert event["CATEGORIES"] == ["Instagram,Arts culture"]  # a comma inside would be escaped


def test_crlf_everywhere_no_bom_and_folding_never_splits_a_utf8_sequence():
    # Every width of character, shifted one octet at a time against the 75-octet limit.
    bodies = ["a" * shift + "é€🎉" * 40 for shift in range(4)]
    data = export([post(n, paris(2026, 4, 2 + n, 10), title="🎭" * 30 + "é" * n, body=body)
                   for n, body in enumerate(bodies)])
    assert data.startswith(b"BEGIN:VCALENDAR\r\n")  # so no BOM either
    assert data.endswith(b"END:VCALENDAR\r\n")
    assert data.count(b"\n") == data.count(b"\r\n") and b"\r\n\r\n" not in data
    physical = data.split(b"\r\n")[:-1]
    assert any(line.startswith(b" ") for line in physical)
    for line in physical:
        assert len(line) <= 75
        line.decode("utf-8")  # raises if a fold cut a character in two
    assert "🎭" * 30 in events(data)[0]["SUMMARY"][0]


def test_status():
    posts = [post(n, paris(2026, 4, 2, 10 + n), status=status)
             for n, status in enumerate([PostStatus.IDEA, PostStatus.DRAFT, PostStatus.READY,
                                         PostStatus.PUBLISHED, PostStatus.SKIPPED])]
    assert [e["STATUS"] for e in events(export(posts))] == [
        ["TENTATIVE"], ["TENTATIVE"], ["CONFIRMED"], ["CONFIRMED"], ["CANCELLED"]]


def test_uid_and_sequence_are_the_posts_and_stable_and_dtstamp_falls_back_to_now():
    posts = [post(1, paris(2026, 4, 2, 10), sequence=7), post(2, paris(2026, 4, 3, 10))]
    first = events(export(posts))
    again = events(export(posts, now=datetime(2026, 4, 1, 9, 30, tzinfo=PARIS)))
    assert [e["UID"] for e in first] == [e["UID"] for e in again] == [
        ["post-1@cmt-desktop.test"], ["post-2@cmt-desktop.test"]]
    assert [e["SEQUENCE"] for e in first] == [["7"], ["0"]]
    assert [e["DTSTAMP"] for e in again] == [["20260401T073000Z"]] * 2  # in UTC


@pytest.mark.parametrize("uids", [[""], ["é@x"], ["x" * 201], ["a@x", "a@x"]])
def test_unusable_uids_are_refused(uids: list[str]):
    with pytest.raises(ValueError, match="UID"):
        export([Post(network="instagram", start=paris(2026, 4, 2 + n, 10), uid=uid)
                for n, uid in enumerate(uids)])


@pytest.mark.parametrize("options", [{"now": datetime(2026, 3, 4)}, {"alarm_minutes": -5}])
def test_naive_now_or_negative_alarm_is_refused(options: dict[str, object]):
    with pytest.raises(ValueError, match="aware"):
        export([post(1, paris(2026, 4, 2, 10))], **options)


def test_alarm_for_future_posts_still_to_publish():
    posts = [post(1, paris(2026, 4, 2, 10)), post(2, paris(2026, 4, 2, 11), status=PostStatus.IDEA),
             post(3, paris(2026, 4, 2, 12), status=PostStatus.PUBLISHED),
             post(4, paris(2026, 4, 2, 13), status=PostStatus.SKIPPED),
             post(5, paris(2026, 3, 1, 10))]  # before NOW: would pop up as overdue
    found = events(export(posts))
    assert [("VALARM/TRIGGER" in e) for e in found] == [True, True, False, False, False]
    assert (found[0]["VALARM/ACTION"], found[0]["VALARM/TRIGGER"], found[0]["VALARM/DESCRIPTION"]
            ) == (["DISPLAY"], ["-PT15M"], ["Instagram · Publication 1"])
    assert b"VALARM" not in export(posts, alarm_minutes=None)


def test_published_url_and_english_labels():
    data = export([post(1, paris(2026, 4, 2, 10), status=PostStatus.PUBLISHED,
                        published_url=" https://exemple.fr/p?a=1,b;c ",
                        alt_text="Vitrail, XIIe siècle")], language="en")
    assert f"PRODID:-//CMt Desktop//{ics.APP_VERSION}//EN" in unfolded(data)
    (event,) = events(data)
    assert event["URL"] == ["https://exemple.fr/p?a=1,b;c"]
    assert event["DESCRIPTION"] == [
        "Status: published\\nAlt text: Vitrail\\, XIIe siècle\\n"
        "Published at: https://exemple.fr/p?a=1\\,b\\;c"]


def test_undated_posts_are_skipped():
    posts = [post(1, None), post(2, paris(2026, 4, 2, 10)), post(3, None)]
    assert ics.exportable(posts) == [posts[1]]
    assert [e["UID"] for e in events(export(posts))] == [["post-2@cmt-desktop.test"]]
    calendar = icalendar.Calendar.from_ical(export([posts[0]]))  # nothing dated: still valid
    assert calendar.walk("VEVENT") == [] and len(calendar.walk("VTIMEZONE")) == 1


def test_export_is_what_icalendar_itself_would_write():
    # The events are spliced after the header: check it equals a whole-calendar serialisation.
    data = export([post(n, paris(2026, 1 + n, 2, 10), body="é, 🎉; x\n" * 9) for n in range(5)])
    calendar = icalendar.Calendar.from_ical(data)
    assert calendar.to_ical() == data
    assert all(not component.errors for component in calendar.walk())


def posts_over_years() -> list[Post]:
    return [post(n, paris(2026 + n % 2, 1 + n % 12, 1 + n % 28, 9 + n % 9), body="Texte " * 40)
            for n in range(60)]


def test_split_returns_one_unlabelled_file_when_it_fits():
    posts = posts_over_years()
    chunks = ics.split_posts_for_import(
        posts, limit_bytes=1_000_000, tz_name="Europe/Paris", calendar_name="Plan",
        alarm_minutes=15, now=NOW, catalogue=CATALOGUE)
    assert chunks == [("", export(posts, calendar_name="Plan"))]


@pytest.mark.parametrize(("limit", "labels"), [
    (30_000, ["2026", "2027"]),
    (9_000, ["2026-1", "2026-2", "2026-3", "2027-1", "2027-2", "2027-3"]),
])
def test_split_by_year_then_within_a_year(limit: int, labels: list[str]):
    posts = posts_over_years() + [post(99, None)]
    chunks = ics.split_posts_for_import(
        posts, limit_bytes=limit, tz_name="Europe/Paris", calendar_name="Plan",
        alarm_minutes=15, now=NOW, catalogue=CATALOGUE, language="fr")
    assert [label for label, _ in chunks] == labels
    uids = []
    for label, data in chunks:
        assert len(data) <= limit
        calendar = icalendar.Calendar.from_ical(data)
        assert calendar["METHOD"] == "PUBLISH" and calendar["X-WR-CALNAME"] == "Plan"
        assert len(calendar.walk("VTIMEZONE")) == 1
        assert data.endswith(b"END:VCALENDAR\r\n")
        starts = [e.start for e in calendar.walk("VEVENT")]
        assert starts == sorted(starts)
        assert {s.year for s in starts} == {int(label[:4])}
        uids += [str(e["UID"]) for e in calendar.walk("VEVENT")]
    assert sorted(uids) == sorted(p.uid for p in posts if p.start is not None)


def test_golden_file(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(ics, "APP_VERSION", "golden")
    posts = [
        post(1, paris(2026, 3, 28, 10, 0), title="Nuit des musées : programme, horaires",
             body="Venez nombreux ! Entrée libre ; réservation conseillée.\r\nÀ bientôt 🎉",
             hashtags=("#NuitDesMusées", "#Lyon"), alt_text="Affiche de la soirée",
             pillar="Événements", sequence=2,
             updated_at=datetime(2026, 3, 2, 14, 0, tzinfo=UTC)),
        post(2, paris(2026, 3, 30, 10, 0), network="facebook", status=PostStatus.DRAFT,
             title="", body="Coulisses de l'atelier reliure\nsuite demain", notes="Photos : Léa"),
        post(3, paris(2026, 10, 26, 2, 30), network="newsletter", status=PostStatus.PUBLISHED,
             published_url="https://exemple.fr/lettre-octobre"),
        post(4, paris(2026, 11, 2, 18, 0), status=PostStatus.SKIPPED, duration=timedelta(hours=1)),
        post(5, None, title="Idée sans date"),
    ]
    data = export(posts, calendar_name="Calendrier éditorial – Médiathèque")
    if os.environ.get("CMT_UPDATE_GOLDEN") == "1":
        GOLDEN.write_bytes(data)
    assert data == GOLDEN.read_bytes()


def test_module_does_not_import_qt():
    code = "import sys, cmt_desktop.ics; assert 'PySide6' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)



# Moderation slots: weekly events (rules 21-22), Tuesday and Friday at 16:30 as in the demo.
SLOTS = (ModerationSlot(1, "16:30", 20), ModerationSlot(4, "16:30", 20))


def moderated(**options: object) -> bytes:
    options = {"moderation": SLOTS, "moderation_from": date(2026, 3, 4),
               "moderation_until": date(2026, 12, 31), **options}
    return export([post(1, paris(2026, 3, 28, 10))], **options)


def test_moderation_slots_become_weekly_events_with_utc_until_and_an_alarm():
    data = moderated()
    tuesday, friday = events(data)[1:]
    assert tuesday["UID"] == ["moderation-1-1630@cmt-desktop.app"]
    assert tuesday["DTSTART;TZID=Europe/Paris"] == ["20260310T163000"]  # first on/after 4 March
    assert tuesday["DTEND;TZID=Europe/Paris"] == ["20260310T165000"]
    assert tuesday["RRULE"] == ["FREQ=WEEKLY;UNTIL=20261229T153000Z;BYDAY=TU"]  # CET: UTC+1
    assert friday["RRULE"] == ["FREQ=WEEKLY;UNTIL=20261225T153000Z;BYDAY=FR"]
    assert tuesday["SUMMARY"] == ["Répondre à la communauté"]
    assert tuesday["CATEGORIES"] == ["Modération"] and tuesday["DESCRIPTION"]
    assert tuesday["SEQUENCE"] == ["0"] and tuesday["DTSTAMP"] == ["20260304T083000Z"]
    assert tuesday["VALARM/ACTION"] == ["DISPLAY"] and tuesday["VALARM/TRIGGER"] == ["-PT15M"]
    assert tuesday["VALARM/DESCRIPTION"] == ["Répondre à la communauté"]
    assert "BEGIN:VTIMEZONE" in unfolded(data) and b"COUNT=" not in data
    calendar = icalendar.Calendar.from_ical(data)
    assert calendar.to_ical() == data
    assert all(not component.errors for component in calendar.walk())


def test_moderation_occurrences_keep_local_time_across_dst_in_vobject_and_dateutil():
    data = moderated()
    tuesday = vobject.readOne(data.decode()).vevent_list[1]
    occurrences = list(tuesday.getrruleset(addRDate=True))
    assert len(occurrences) == 43
    assert occurrences[0] == paris(2026, 3, 10, 16, 30)
    assert occurrences[-1] == paris(2026, 12, 29, 16, 30)
    assert {(o.weekday(), o.astimezone(PARIS).time()) for o in occurrences} == {(1, time(16, 30))}
    assert {o.utcoffset() for o in occurrences} == {timedelta(hours=1), timedelta(hours=2)}
    event = icalendar.Calendar.from_ical(data).walk("VEVENT")[1]
    rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=event.start)
    assert [o.astimezone(PARIS) for o in rule] == occurrences  # 31 March: after the DST change


def test_moderation_uids_are_stable_and_texts_follow_the_language():
    first = events(moderated())[1:]
    again = events(moderated(now=NOW + timedelta(days=30), moderation_from=date(2026, 5, 1),
                             language="en"))[1:]
    assert [e["UID"] for e in first] == [e["UID"] for e in again]
    assert again[0]["SUMMARY"] == ["Answer the community"]
    assert again[0]["CATEGORIES"] == ["Moderation"]
    assert again[1]["DTSTART;TZID=Europe/Paris"] == ["20260501T163000"]  # a Friday


def test_moderation_over_an_open_period_lasts_a_year_from_today():
    tuesday = events(moderated(moderation_from=None, moderation_until=None))[1]
    assert tuesday["DTSTART;TZID=Europe/Paris"] == ["20260310T163000"]  # NOW is 4 March
    assert tuesday["RRULE"] == ["FREQ=WEEKLY;UNTIL=20270302T153000Z;BYDAY=TU"]


def test_moderation_slots_without_occurrence_or_repeated_are_left_out_bad_ones_refused():
    slots = (*SLOTS, ModerationSlot(4, "16:30", 45), ModerationSlot(2, "9:05", 20))
    found = events(moderated(moderation=slots, moderation_until=date(2026, 3, 7),
                             alarm_minutes=None))[1:]  # Wednesday 4 to Saturday 7 March
    assert [e["UID"] for e in found] == [["moderation-4-1630@cmt-desktop.app"],
                                         ["moderation-2-0905@cmt-desktop.app"]]
    assert found[1]["RRULE"] == ["FREQ=WEEKLY;UNTIL=20260304T080500Z;BYDAY=WE"]  # once
    assert not any(key.startswith("VALARM/") for e in found for key in e)
    for bad in (ModerationSlot(7, "16:30", 20), ModerationSlot(1, "16:30", 0)):
        with pytest.raises(ValueError, match="slot"):
            moderated(moderation=(bad,))
    with pytest.raises(ValueError):
        moderated(moderation=(ModerationSlot(1, "25:00", 20),))


def test_split_puts_the_moderation_events_in_the_first_file_only():
    options = {"tz_name": "Europe/Paris", "calendar_name": "Plan", "alarm_minutes": 15,
               "now": NOW, "catalogue": CATALOGUE, "moderation": SLOTS}
    chunks = ics.split_posts_for_import(posts_over_years(), limit_bytes=30_000, **options)
    counts = [data.count(b"UID:moderation-") for _, data in chunks]
    assert counts == [2] + [0] * (len(chunks) - 1) and len(chunks) > 1
    assert all(len(data) <= 30_000 for _, data in chunks)
    calendar = icalendar.Calendar.from_ical(chunks[0][1])
    assert len(calendar.walk("VTIMEZONE")) == 1 and not any(c.errors for c in calendar.walk())
