"""Backups: taken whole and private, rotated as promised over a year, restored safely."""

import os
import sqlite3
import sys
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from cmt_desktop import safety, services
from cmt_desktop.domain.post import Post, PostStatus
from cmt_desktop.resources import network_catalogue
from cmt_desktop.storage import backups
from cmt_desktop.storage.db import APPLICATION_ID

PARIS = ZoneInfo("Europe/Paris")
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


@pytest.fixture
def venue(tmp_path, clock):
    opened = services.open_venue(tmp_path / "venue.cmt.sqlite", network_catalogue(), now=clock)
    yield opened
    opened.close()


def _add(venue, title, clock, day=date(2026, 3, 10)):
    post = Post(
        network="instagram",
        title=title,
        status=PostStatus.DRAFT,
        start=datetime.combine(day, datetime.min.time(), tzinfo=PARIS).replace(hour=10),
    )
    return services.create_post(venue, post=post, now=clock)


def _titles(venue):
    return sorted(p.title for p in services.posts_between(venue, first_day=None, last_day=None))


@posix_only
def test_a_backup_is_whole_private_and_named_after_its_moment(venue, clock):
    _add(venue, "Heure du conte", clock)
    path = safety.backup_now(venue, now=clock)
    assert path.parent == venue.backup_folder
    assert path.name == "venue-20260304T083000Z-manual.cmt.sqlite"
    assert os.stat(path).st_mode & 0o777 == 0o600
    assert os.stat(path.parent).st_mode & 0o777 == 0o700
    assert not path.with_name(path.name + "-wal").exists()  # one self-contained file
    [info] = backups.list_backups(venue.backup_folder)
    assert (info.path, info.taken_at, info.reason) == (path, clock, backups.Reason.MANUAL)
    assert info.post_count() == 1 and info.size == path.stat().st_size
    assert backups.check(path, APPLICATION_ID) is None


@posix_only
def test_the_venue_file_is_private_too(venue):
    assert os.stat(venue.path).st_mode & 0o777 == 0o600


def test_backup_to_a_chosen_file(venue, clock, tmp_path):
    _add(venue, "Atelier", clock)
    out = tmp_path / "copie.cmt.sqlite"
    assert safety.backup_now(venue, now=clock, out=out) == out
    copy = services.open_venue(out, network_catalogue(), now=clock)
    assert _titles(copy) == ["Atelier"]
    copy.close()


def test_the_daily_backup_is_taken_once_a_day_in_the_venue_time_zone(venue, clock):
    assert safety.daily_backup(venue, now=clock) is not None
    assert safety.daily_backup(venue, now=clock + timedelta(hours=3)) is None
    # 23:30 in Paris is still the same day, though it is the next day in some zones.
    late = datetime(2026, 3, 4, 23, 30, tzinfo=PARIS)
    assert safety.daily_backup(venue, now=late) is None
    assert safety.daily_backup(venue, now=late + timedelta(hours=1)) is not None


def test_other_files_in_the_folder_are_ignored(venue, clock):
    safety.backup_now(venue, now=clock)
    (venue.backup_folder / "notes.txt").write_text("à garder")
    (venue.backup_folder / "venue-2026-bad-name.cmt.sqlite").write_text("x")
    assert len(safety.list_backups(venue)) == 1
    safety.backup_now(venue, now=clock)  # same second: a second file, not an overwrite
    assert len(safety.list_backups(venue)) == 2
    assert (venue.backup_folder / "notes.txt").exists()


def test_rotation_keeps_what_it_promises_over_a_simulated_year(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    start = datetime(2026, 1, 1, 9, 0, tzinfo=PARIS)
    for offset in range(365):
        now = start + timedelta(days=offset)
        moments = [now]
        if offset % 10 == 0:  # some days also have bulk changes
            moments += [now + timedelta(hours=2), now + timedelta(hours=5)]
        for moment in moments:
            stamp = moment.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")
            (folder / f"venue-{stamp}-daily.cmt.sqlite").touch()
            backups.rotate(folder, now=moment, tz=PARIS)
    now = start + timedelta(days=364, hours=5)
    kept = [b.taken_at.astimezone(PARIS) for b in backups.list_backups(folder)]
    days = {k.date() for k in kept}
    # The last 7 days each keep a backup; the last 4 weeks and 6 months too.
    assert {now.date() - timedelta(days=n) for n in range(7)} <= days
    weeks = {k.isocalendar()[:2] for k in kept}
    assert {(now - timedelta(weeks=n)).isocalendar()[:2] for n in range(4)} <= weeks
    months = {(k.year, k.month) for k in kept}
    assert {(2026, m) for m in range(7, 13)} <= months
    # And not more: a year leaves a handful of files, not hundreds.
    assert len(kept) <= backups.RECENT_MAX + backups.DAILY + backups.WEEKLY + backups.MONTHLY
    assert min(kept) >= datetime(2026, 6, 1, tzinfo=PARIS)


def test_everything_from_the_last_day_is_kept(tmp_path):
    now = datetime(2026, 3, 4, 18, 0, tzinfo=PARIS)
    moments = [now - timedelta(hours=h) for h in range(0, 20, 2)]
    assert backups.to_keep(moments, now=now, tz=PARIS) == set(moments)


def test_restore_backs_up_first_and_brings_everything_back(venue, clock):
    _add(venue, "Avant", clock)
    good = safety.backup_now(venue, now=clock)
    _add(venue, "Après", clock)
    later = clock + timedelta(minutes=5)
    assert safety.restore(venue, good, now=later) is None
    assert _titles(venue) == ["Avant"]
    before_restore = [b for b in safety.list_backups(venue) if b.reason is backups.Reason.RESTORE]
    assert [b.post_count() for b in before_restore] == [2]  # the state it replaced


def test_a_damaged_backup_is_refused_and_nothing_changes(venue, clock, tmp_path):
    _add(venue, "Gardé", clock)
    bad = tmp_path / "venue-20260101T000000Z-manual.cmt.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    assert safety.restore(venue, bad, now=clock) is safety.RestoreProblem.UNREADABLE
    assert _titles(venue) == ["Gardé"]
    foreign = tmp_path / "other.sqlite"
    other = sqlite3.connect(foreign)
    other.execute("CREATE TABLE posts (x)")
    other.close()
    assert safety.restore(venue, foreign, now=clock) is safety.RestoreProblem.UNREADABLE


def test_a_file_that_will_not_open_is_moved_aside_never_deleted(tmp_path, clock):
    path = tmp_path / "venue.cmt.sqlite"
    venue = services.open_venue(path, network_catalogue(), now=clock)
    _add(venue, "Sauvé", clock)
    good = safety.backup_now(venue, now=clock)
    venue.close()
    path.write_bytes(b"garbage" * 1000)
    assert safety.replace_with_backup(path, good, now=clock) is None
    aside = list(tmp_path.glob("venue.cmt.sqlite.unusable-*"))
    assert [p.read_bytes()[:7] for p in aside] == [b"garbage"]
    reopened = services.open_venue(path, network_catalogue(), now=clock)
    assert _titles(reopened) == ["Sauvé"]
    reopened.close()
    assert safety.latest_good_backup(tmp_path / "backups").path == good
