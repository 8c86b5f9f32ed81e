"""Damaged, foreign, newer and locked venue files: refused untouched, with a way forward.

Each damaged file is a copy of a good venue file (a few posts, one backup), spoiled in a way
that happens in real life: a copy cut short, pages zeroed by a failing disk, random bytes, a
journal (-wal) moved without its database, a file written by a newer version, another
program's SQLite file. Opening one must say why it failed, leave its bytes exactly as they
were, and offer the right ways forward; the restore must bring the posts back and keep the
damaged file beside the new one.
"""

import hashlib
import random
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path
from typing import NamedTuple
from zoneinfo import ZoneInfo

import pytest

from cmt_desktop import safety, services
from cmt_desktop.domain.post import Post, PostStatus
from cmt_desktop.resources import network_catalogue
from cmt_desktop.storage import backups
from cmt_desktop.storage.db import APPLICATION_ID, DatabaseOpenError, OpenFailure

PARIS = ZoneInfo("Europe/Paris")
NAME = "venue.cmt.sqlite"
TITLES = ["Atelier BD", "Heure du conte", "Nuit de la lecture"]
Way = safety.WayForward


class Good(NamedTuple):
    """A closed, healthy venue file and its backup folder (one backup in it)."""

    path: Path
    backup_folder: Path
    backup: Path


def _post(title: str, day: int = 10) -> Post:
    return Post(
        network="instagram",
        title=title,
        status=PostStatus.DRAFT,
        start=datetime(2026, 3, day, 10, 0, tzinfo=PARIS),
    )


def _titles(venue: services.Venue) -> list[str]:
    return sorted(p.title for p in services.posts_between(venue, first_day=None, last_day=None))


def _open(path: Path, clock: datetime, **kwargs) -> services.Venue:
    return services.open_venue(path, network_catalogue(), now=clock, **kwargs)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _snapshot(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` (not below) and the hash of its bytes."""
    return {p.name: _digest(p) for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def good(tmp_path, clock) -> Good:
    path = tmp_path / "good" / NAME
    venue = _open(path, clock)
    venue.settings.set("venue_name", "Médiathèque de test")
    for day, title in enumerate(TITLES, start=10):
        services.create_post(venue, post=_post(title, day), now=clock)
    backup = safety.backup_now(venue, now=clock)
    venue.close()
    return Good(path, venue.backup_folder, backup)


# --- the ways a file gets damaged ----------------------------------------------------------
# Each takes the good file and the damaged venue's path, and writes the damage there.


def _truncated(good: Path, target: Path) -> None:
    data = good.read_bytes()
    target.write_bytes(data[: len(data) // 2])


def _zeroed_pages(good: Path, target: Path) -> None:
    with closing(sqlite3.connect(good)) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(good.read_bytes())
    assert len(data) >= 4 * page_size  # pages 2 and 3 hold the schema's tables
    data[page_size : 3 * page_size] = bytes(2 * page_size)  # pages 2..3 (page 1 at offset 0)
    target.write_bytes(bytes(data))


def _random_bytes(good: Path, target: Path) -> None:
    target.write_bytes(random.Random(20260304).randbytes(good.stat().st_size))


def _orphan_wal(good: Path, target: Path) -> None:
    """A -wal holding changes not yet in the main file, beside a database that is missing."""
    work = target.parent / "wal-source"
    work.mkdir()
    source = work / NAME
    shutil.copyfile(good, source)
    conn = sqlite3.connect(source, isolation_level=None)
    try:
        assert conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("INSERT INTO settings (key, value) VALUES ('only_in_wal', 'yes')")
        wal = source.with_name(NAME + "-wal")
        assert wal.stat().st_size > 0
        shutil.copyfile(wal, target.with_name(NAME + "-wal"))  # copied while still open
    finally:
        conn.close()
    shutil.rmtree(work)


def _future_version(good: Path, target: Path) -> None:
    shutil.copyfile(good, target)
    with closing(sqlite3.connect(target)) as conn, conn:  # closed, after the commit
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
            " VALUES ('cmt_desktop', '9999_future', '2031-01-01T00:00:00')"
        )


def _foreign(good: Path, target: Path) -> None:
    conn = sqlite3.connect(target)
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT, minutes INTEGER)")
    conn.executemany(
        "INSERT INTO recipes (name, minutes) VALUES (?, ?)", [("soupe", 30), ("tarte", 45)]
    )
    conn.commit()
    conn.close()


DAMAGED_KINDS = {
    "truncated": _truncated,
    "zeroed-pages": _zeroed_pages,
    "random-bytes": _random_bytes,
    "orphan-wal": _orphan_wal,
}
ALL_KINDS = {
    **{kind: (damage, OpenFailure.DAMAGED) for kind, damage in DAMAGED_KINDS.items()},
    "future-version": (_future_version, OpenFailure.NEWER_VERSION),
    "foreign": (_foreign, OpenFailure.NOT_A_VENUE_FILE),
}


def _damaged_copy(good: Good, kind: str, tmp_path: Path) -> Path:
    folder = tmp_path / kind
    folder.mkdir()
    target = folder / NAME
    ALL_KINDS[kind][0](good.path, target)
    return target


# --- opening is refused, the bytes stay, the ways forward fit ------------------------------


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_opening_is_refused_with_the_reason_and_nothing_on_disk_changes(
    good, kind, tmp_path, clock
):
    path = _damaged_copy(good, kind, tmp_path)
    before = _snapshot(path.parent)

    with pytest.raises(DatabaseOpenError) as raised:
        _open(path, clock)

    assert raised.value.reason is ALL_KINDS[kind][1]
    assert raised.value.path == path
    # Same files, same bytes: no -wal/-shm left behind, no database created beside an
    # orphan -wal, no backups folder, and the orphan -wal itself is not checkpointed.
    assert _snapshot(path.parent) == before
    assert not (path.parent / backups.FOLDER_NAME).exists()


def test_the_ways_forward_fit_each_reason():
    damaged_with_backup = safety.ways_forward(OpenFailure.DAMAGED, has_good_backup=True)
    assert damaged_with_backup[0] is Way.RESTORE_LATEST
    assert damaged_with_backup == [Way.RESTORE_LATEST, Way.CHOOSE_FILE, Way.START_NEW, Way.QUIT]
    damaged_alone = safety.ways_forward(OpenFailure.DAMAGED, has_good_backup=False)
    assert damaged_alone == [Way.CHOOSE_FILE, Way.START_NEW, Way.QUIT]
    for has_backup in (True, False):
        # An older backup must not replace a newer file, nor another program's file.
        newer = safety.ways_forward(OpenFailure.NEWER_VERSION, has_good_backup=has_backup)
        assert newer == [Way.OPEN_READ_ONLY, Way.CHOOSE_FILE, Way.QUIT]
        foreign = safety.ways_forward(OpenFailure.NOT_A_VENUE_FILE, has_good_backup=has_backup)
        assert foreign == [Way.CHOOSE_FILE, Way.START_NEW, Way.QUIT]
    for reason in OpenFailure:
        for has_backup in (True, False):
            ways = safety.ways_forward(reason, has_good_backup=has_backup)
            assert ways[-1] is Way.QUIT and ways.count(Way.QUIT) == 1
            assert len(set(ways)) == len(ways)
            assert (Way.RESTORE_LATEST in ways) == (has_backup and reason is OpenFailure.DAMAGED)


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_the_ways_offered_for_each_damaged_file(good, kind, tmp_path, clock):
    path = _damaged_copy(good, kind, tmp_path)
    with pytest.raises(DatabaseOpenError) as raised:
        _open(path, clock)
    latest = safety.latest_good_backup(good.backup_folder)
    assert latest is not None and latest.path == good.backup

    ways = safety.ways_forward(raised.value.reason, has_good_backup=latest is not None)

    expected_first = {
        OpenFailure.DAMAGED: Way.RESTORE_LATEST,
        OpenFailure.NEWER_VERSION: Way.OPEN_READ_ONLY,
        OpenFailure.NOT_A_VENUE_FILE: Way.CHOOSE_FILE,
    }[ALL_KINDS[kind][1]]
    assert ways[0] is expected_first
    assert ways[-1] is Way.QUIT


# --- following a way forward ---------------------------------------------------------------


@pytest.mark.parametrize("kind", DAMAGED_KINDS)
def test_restoring_the_latest_backup_brings_the_posts_back_and_keeps_the_damaged_file(
    good, kind, tmp_path, clock
):
    path = _damaged_copy(good, kind, tmp_path)
    damaged = _snapshot(path.parent)
    with pytest.raises(DatabaseOpenError) as raised:
        _open(path, clock)
    latest = safety.latest_good_backup(good.backup_folder)
    ways = safety.ways_forward(raised.value.reason, has_good_backup=latest is not None)
    assert ways[0] is Way.RESTORE_LATEST
    later = clock + timedelta(minutes=1)

    assert safety.replace_with_backup(path, latest.path, now=later) is None

    venue = _open(path, later)
    try:
        assert _titles(venue) == TITLES
        assert venue.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert venue.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        services.create_post(venue, post=_post("Après la restauration"), now=later)
    finally:
        venue.close()
    # The damaged file (or the orphan -wal) is renamed beside, byte for byte, never deleted.
    stamp = "20260304T083100Z"
    aside = {p.name: _digest(p) for p in path.parent.glob(f"{NAME}.unusable-*")}
    assert aside == {
        name.replace(NAME, f"{NAME}.unusable-{stamp}", 1): h for name, h in damaged.items()
    }
    assert _digest(latest.path) == _digest(good.backup)  # the backup itself is left as it was


def test_a_newer_file_opens_read_only_and_is_never_written(good, tmp_path, clock):
    path = _damaged_copy(good, "future-version", tmp_path)
    before = _digest(path)

    venue = _open(path, clock, read_only=True)
    try:
        assert venue.read_only
        assert _titles(venue) == TITLES
        writes = [
            lambda: services.create_post(venue, post=_post("Refusé"), now=clock),
            lambda: venue.db.execute("UPDATE settings SET value = 'Autre nom'"),
            lambda: venue.db.execute("DELETE FROM posts"),
            lambda: venue.db.execute("CREATE TABLE scratch (x)"),
        ]
        for write in writes:
            with pytest.raises(sqlite3.OperationalError, match="readonly"):
                write()
        assert _titles(venue) == TITLES  # nothing half-done in the copy either
        # The app's own settings (reminders shown…) are quietly not kept on a read-only venue.
        venue.settings.set("venue_name", "Autre nom")
        assert venue.settings.get("venue_name") == "Médiathèque de test"
        assert safety.daily_backup(venue, now=clock) is None  # no backup of a read-only venue
    finally:
        venue.close()

    assert _digest(path) == before
    # SQLite reads a WAL-mode file through mode=ro with a -shm index and an empty -wal beside
    # it, and may leave both when it closes: nothing of the venue's data is in them.
    beside = {p.name for p in path.parent.iterdir()} - {NAME}
    assert beside <= {NAME + "-wal", NAME + "-shm"}
    wal = path.with_name(NAME + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    with pytest.raises(DatabaseOpenError) as raised:
        _open(path, clock)
    assert raised.value.reason is OpenFailure.NEWER_VERSION
    # The refused read-write attempt closes the last connection, which tidies them away.
    assert [p.name for p in path.parent.iterdir()] == [NAME]
    assert _digest(path) == before


def test_an_empty_file_is_not_damage_it_becomes_a_new_venue(tmp_path, clock):
    path = tmp_path / NAME
    path.touch()

    venue = _open(path, clock)
    try:
        assert _titles(venue) == []
        assert venue.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        services.create_post(venue, post=_post("Premier"), now=clock)
    finally:
        venue.close()

    assert path.stat().st_size > 0
    reopened = _open(path, clock)
    try:
        assert _titles(reopened) == ["Premier"]
    finally:
        reopened.close()
    assert not list(tmp_path.glob("*.unusable-*"))


# --- a file another program holds ----------------------------------------------------------


def _count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM posts").fetchone()[0]


def _locked_write(venue: services.Venue, clock: datetime) -> float:
    """Try to add a post; returns how long it took to be refused."""
    started = time.monotonic()
    with pytest.raises(sqlite3.OperationalError, match="database is locked"):
        services.create_post(venue, post=_post("Bloqué"), now=clock)
    return time.monotonic() - started


def test_a_rollback_journal_file_held_exclusively_refuses_the_write_then_accepts_it(good, clock):
    venue = _open(good.path, clock)
    other = None
    try:
        # A file kept in rollback-journal mode (WAL unavailable, e.g. a network share).
        assert venue.db.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
        venue.db.execute("PRAGMA busy_timeout = 200")
        other = sqlite3.connect(good.path, isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")
        other.execute("INSERT INTO settings (key, value) VALUES ('other', 'program')")

        elapsed = _locked_write(venue, clock)

        assert 0.15 <= elapsed < 3  # the short busy timeout, not the default five seconds
        assert not venue.db.in_transaction  # the failed write left no transaction open
        other.execute("COMMIT")
        assert _count(venue.db) == len(TITLES)  # nothing of the refused post was written
        assert venue.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert venue.settings.get("other") == "program"

        services.create_post(venue, post=_post("Après"), now=clock)
        assert _titles(venue) == sorted([*TITLES, "Après"])
    finally:
        if other is not None:
            other.close()
        venue.close()


_HOLDER = textwrap.dedent(
    """
    import sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO settings (key, value) VALUES ('other', 'process')")
    print("holding", flush=True)
    sys.stdin.readline()
    conn.execute("COMMIT")
    conn.close()
    print("committed", flush=True)
    """
)


def test_a_wal_file_another_process_writes_to_refuses_the_write_then_accepts_it(good, clock):
    venue = _open(good.path, clock)
    try:
        assert venue.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        venue.db.execute("PRAGMA busy_timeout = 200")
        with subprocess.Popen(
            [sys.executable, "-c", _HOLDER, str(good.path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        ) as holder:
            try:
                assert holder.stdout.readline().strip() == "holding"

                elapsed = _locked_write(venue, clock)

                assert 0.15 <= elapsed < 3
                assert not venue.db.in_transaction
                # Readers are not blocked in WAL mode; the other write is not visible yet.
                assert _titles(venue) == TITLES
                assert venue.settings.get("other") == ""
                assert venue.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                # Meanwhile the file can still be looked at, as the LOCKED ways offer.
                ways = safety.ways_forward(OpenFailure.LOCKED, has_good_backup=True)
                assert ways == [Way.RETRY, Way.OPEN_READ_ONLY, Way.QUIT]
                looking = _open(good.path, clock, read_only=True)
                try:
                    assert _titles(looking) == TITLES
                finally:
                    looking.close()

                holder.stdin.write("\n")
                holder.stdin.flush()
                assert holder.stdout.readline().strip() == "committed"
                assert holder.wait(timeout=10) == 0
            finally:
                if holder.poll() is None:
                    holder.kill()

        assert venue.settings.get("other") == "process"
        services.create_post(venue, post=_post("Après"), now=clock)
        assert _titles(venue) == sorted([*TITLES, "Après"])
        assert venue.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        venue.close()
