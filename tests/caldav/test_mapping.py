"""What round-trips between a post and its event, without a server."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from cmt_desktop.domain.post import Post, PostStatus
from cmt_desktop.resources import network_catalogue
from cmt_desktop.team_calendar import mapping, objects

pytestmark = pytest.mark.caldav
PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 3, 4, 9, 30, tzinfo=PARIS)


def options(language: str = "fr") -> objects.ExportOptions:
    return objects.ExportOptions("Europe/Paris", 60, language, network_catalogue(), NOW)


POST = Post(
    network="instagram",
    uid="round-trip@cmt-desktop.app",
    id=7,
    status=PostStatus.DRAFT,
    title="Nuit de la lecture",
    start=datetime(2026, 1, 24, 19, tzinfo=PARIS),
    duration=timedelta(minutes=90),
    body="Lectures, contes, musique.\n\nDeuxième paragraphe ; avec des, virgules.",
    hashtags=("#NuitDeLaLecture", "#Bibliothèque"),
    alt_text="Lecteurs sous des guirlandes\nsur deux lignes",
    notes="Vérifier les droits",
    published_url="https://www.instagram.com/p/abc",
)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_round_tripping_field_reads_back(language):
    event = mapping.read_object(objects.post_object(POST, options(language)), PARIS)
    blank = Post(
        network="instagram", status=PostStatus.READY, start=datetime(2020, 1, 1, tzinfo=PARIS)
    )

    back = mapping.apply_fields(
        blank, event, frozenset(mapping.FIELDS), catalogue=network_catalogue(), tz=PARIS
    )

    for field in ("start", "duration", "title", "body", "hashtags", "alt_text", "notes"):
        assert getattr(back, field) == getattr(POST, field), field
    assert back.published_url == POST.published_url
    assert back.status is PostStatus.DRAFT  # TENTATIVE on a ready post


def test_only_changed_fields_are_taken():
    base = mapping.read_object(objects.post_object(POST, options()), PARIS)
    remote = base.__class__(**{**base.__dict__, "summary": "Instagram · Autre titre"})
    changed = mapping.changed_fields(remote, base)

    back = mapping.apply_fields(POST, remote, changed, catalogue=network_catalogue(), tz=PARIS)

    assert changed == {"summary"}
    assert back == POST.replace(title="Autre titre")


@pytest.mark.parametrize(
    "local, remote, expected",
    [
        (PostStatus.READY, "CANCELLED", PostStatus.SKIPPED),
        (PostStatus.SKIPPED, "CONFIRMED", PostStatus.READY),
        (PostStatus.PUBLISHED, "CONFIRMED", PostStatus.PUBLISHED),
        (PostStatus.SKIPPED, "TENTATIVE", PostStatus.DRAFT),
        (PostStatus.IDEA, "TENTATIVE", PostStatus.IDEA),
        (PostStatus.READY, "", PostStatus.READY),
    ],
)
def test_status(local, remote, expected):
    assert mapping._status(local, remote) is expected


def test_an_all_day_move_keeps_the_time_of_day():
    base = mapping.read_object(objects.post_object(POST, options()), PARIS)
    remote = base.__class__(**{**base.__dict__, "start": date(2026, 1, 31), "duration": None})

    back = mapping.apply_fields(
        POST, remote, frozenset({"start", "duration"}), catalogue=network_catalogue(), tz=PARIS
    )

    assert back.start == datetime(2026, 1, 31, 19, tzinfo=PARIS)
    assert back.duration == POST.duration


def test_digest_ignores_dtstamp_sequence_and_alarm():
    later = objects.ExportOptions("Europe/Paris", None, "fr", network_catalogue(), NOW)
    edited = POST.replace(sequence=9, updated_at=NOW)
    first = objects.post_digests([POST], options())
    assert objects.post_digests([edited], later) == first
    assert objects.post_digests([POST.replace(title="x")], options()) != first


def test_objects_have_no_method_and_a_vtimezone():
    data = objects.post_object(POST, options())
    assert b"METHOD:" not in data and b"X-WR-CALNAME" not in data
    assert b"BEGIN:VTIMEZONE" in data and data.endswith(b"END:VCALENDAR\r\n")
