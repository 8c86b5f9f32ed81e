"""The .ics export use case, on an in-memory venue: posts, and the moderation slots."""

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from cmt_desktop import demo, exports, services, strategies
from cmt_desktop.domain.post import Post, PostStatus
from cmt_desktop.resources import network_catalogue

NOW = datetime(2026, 3, 4, 8, 30, tzinfo=UTC)
PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def venue() -> services.Venue:
    venue = services.open_venue(None, network_catalogue())
    services.create_post(
        venue,
        post=Post(
            network="instagram",
            status=PostStatus.READY,
            title="Heure du conte",
            start=datetime(2026, 3, 11, 10, tzinfo=PARIS),
        ),
        now=NOW,
    )
    return venue


def with_strategy(venue: services.Venue) -> services.Venue:
    strategies.save_strategy(venue, draft=demo.demo_strategy(today=NOW.date()), now=NOW)
    return venue


def export(venue: services.Venue, path: Path, **options: object) -> exports.IcsExportResult:
    options = {
        "first_day": None,
        "last_day": None,
        "networks": None,
        "now": NOW,
        "language": "fr",
        **options,
    }
    return exports.export_ics(venue, out_path=path, **options)  # type: ignore[arg-type]


def vevents(path: Path) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    assert not any(component.errors for component in calendar.walk())
    return calendar.walk("VEVENT")


def test_no_moderation_unless_asked(venue: services.Venue, tmp_path: Path):
    result = export(with_strategy(venue), tmp_path / "plan.ics")
    assert (result.files, result.events, result.moderation_events) == (
        (tmp_path / "plan.ics",),
        1,
        0,
    )
    assert [str(e["SUMMARY"]) for e in vevents(tmp_path / "plan.ics")] == [
        "Instagram · Heure du conte"
    ]


def test_moderation_slots_of_the_strategy_over_the_period(venue: services.Venue, tmp_path: Path):
    result = export(
        with_strategy(venue),
        tmp_path / "plan.ics",
        include_moderation=True,
        first_day=date(2026, 3, 1),
        last_day=date(2026, 6, 30),
    )
    assert (result.events, result.moderation_events) == (1, 2)  # demo: Tuesday and Friday
    found = vevents(tmp_path / "plan.ics")[1:]
    assert [str(e["UID"]) for e in found] == [
        "moderation-1-1630@cmt-desktop.app",
        "moderation-4-1630@cmt-desktop.app",
    ]
    assert [e.start for e in found] == [
        datetime(2026, 3, 3, 16, 30, tzinfo=PARIS),
        datetime(2026, 3, 6, 16, 30, tzinfo=PARIS),
    ]
    assert [e["RRULE"].to_ical() for e in found] == [
        b"FREQ=WEEKLY;UNTIL=20260630T143000Z;BYDAY=TU",  # CEST: UTC+2
        b"FREQ=WEEKLY;UNTIL=20260626T143000Z;BYDAY=FR",
    ]
    assert all(e.walk("VALARM") for e in found)  # the venue's default reminder


def test_whole_plan_moderation_starts_today_for_a_year(venue: services.Venue, tmp_path: Path):
    export(with_strategy(venue), tmp_path / "plan.ics", include_moderation=True, language="en")
    tuesday = vevents(tmp_path / "plan.ics")[1]
    assert tuesday.start == datetime(2026, 3, 10, 16, 30, tzinfo=PARIS)
    assert tuesday["RRULE"].to_ical() == b"FREQ=WEEKLY;UNTIL=20270302T153000Z;BYDAY=TU"
    assert str(tuesday["SUMMARY"]) == "Answer the community"


def test_moderation_asked_without_a_strategy_writes_the_posts_only(
    venue: services.Venue, tmp_path: Path
):
    result = export(venue, tmp_path / "plan.ics", include_moderation=True)
    assert (result.events, result.moderation_events) == (1, 0)
    assert len(vevents(tmp_path / "plan.ics")) == 1
