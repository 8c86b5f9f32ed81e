"""Venue files of every released schema version open in this version with all their data.

The fixtures in ``tests/fixtures/schemas`` were written by ``make_fixtures.py`` when each
version shipped; they stand for files users have on disk and are never regenerated.
"""

import hashlib
import importlib.util
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from cmt_desktop import demo, programme, services, strategies
from cmt_desktop.resources import network_catalogue
from cmt_desktop.storage import migrations
from cmt_desktop.storage.db import DatabaseOpenError, OpenFailure
from cmt_desktop.storage.repositories import to_utc_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "schemas"
CURRENT = [name for name, _ in migrations.STEPS]
VERSIONS = [
    pytest.param("venue-0001.cmt.sqlite", 1, id="0001"),
    pytest.param("venue-0002.cmt.sqlite", 2, id="0002"),
    pytest.param("venue-0003.cmt.sqlite", 3, id="0003"),
]
NEWEST = "venue-0003.cmt.sqlite"

Snapshot = dict[str, tuple[list[str], list[tuple]]]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _folder_state() -> dict[str, str]:
    """Every file of the fixtures folder and its hash: nothing may change or appear there."""
    return {p.name: _sha256(p) for p in sorted(FIXTURES.iterdir()) if p.is_file()}


def _tables(conn: sqlite3.Connection) -> Snapshot:
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    snapshot: Snapshot = {}
    for name in names:
        columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{name}")')]
        quoted = ", ".join(f'"{column}"' for column in columns)
        rows = conn.execute(f'SELECT {quoted} FROM "{name}" ORDER BY rowid').fetchall()
        snapshot[name] = (columns, rows)
    return snapshot


def _read_only(path: Path) -> Snapshot:
    """Every row of every table of a venue file, read with plain sqlite3 without writing."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return _tables(conn)
    finally:
        conn.close()


def _rows(snapshot: Snapshot, table: str) -> list[dict]:
    columns, rows = snapshot[table]
    return [dict(zip(columns, row, strict=True)) for row in rows]


def _copy(name: str, tmp_path: Path) -> Path:
    target = tmp_path / name
    shutil.copyfile(FIXTURES / name, target)
    return target


@pytest.fixture(autouse=True)
def fixtures_untouched():
    before = _folder_state()
    yield
    assert _folder_state() == before


@pytest.mark.parametrize(("name", "version"), VERSIONS)
def test_old_venue_file_opens_migrated_with_all_its_data(tmp_path, name, version):
    path = _copy(name, tmp_path)
    before = _read_only(path)
    assert [row["name"] for row in _rows(before, migrations.MIGRATIONS_TABLE)] == (
        CURRENT[:version]
    )
    old_posts = {row["uid"]: row for row in _rows(before, "posts")}
    assert len(old_posts) >= 20

    venue = services.open_venue(path, network_catalogue())
    try:
        assert migrations.applied_names(venue.db) == CURRENT
        assert venue.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        after = _tables(venue.db)
        for table, (columns, rows) in before.items():
            kept_columns = after[table][0]
            assert set(columns) <= set(kept_columns), f"columns lost from {table}"
            quoted = ", ".join(f'"{column}"' for column in columns)
            now = venue.db.execute(f'SELECT {quoted} FROM "{table}" ORDER BY rowid').fetchall()
            if table == migrations.MIGRATIONS_TABLE:
                now = now[: len(rows)]  # the steps just applied come after
            assert now == rows, f"rows of {table} changed"

        # The same posts through the app, as the calendar and the backlog show them.
        posts = services.posts_between(venue, first_day=None, last_day=None)
        posts += services.undated_posts(venue)
        assert sorted(post.uid for post in posts) == sorted(old_posts)
        for post in posts:
            old = old_posts[post.uid]
            assert (
                post.title,
                post.body,
                post.network,
                post.status.value,
                to_utc_text(post.start),
            ) == (old["title"], old["body"], old["network"], old["status"], old["start_utc"])
            assert " ".join(post.hashtags) == old["hashtags"]

        assert venue.name == "Médiathèque Louise-Michel"
        assert venue.tz_name == "Europe/Paris"
        assert services.alarm_minutes(venue) == 45
        assert services.language(venue) == "fr"

        strategy = strategies.current_strategy(venue)
        if version >= 2:
            assert strategy is not None
            assert strategy == demo.demo_strategy(today=date(2026, 3, 4))
            generated = venue.plan.generated_posts()
            old_generated = {
                row["plan_key"]: row for row in old_posts.values() if row["plan_key"] is not None
            }
            assert generated.keys() == old_generated.keys()
            assert {key: changed for key, (_, changed) in generated.items()} == {
                key: bool(row["user_changed"]) for key, row in old_generated.items()
            }
            assert venue.plan.removed_plan_keys() == {
                row["plan_key"] for row in _rows(before, "plan_removed")
            }
        else:
            assert strategy is None

        events = programme.events_between(venue, first=date(2020, 1, 1), last=date(2030, 1, 1))
        if version >= 3:
            old_events = {row["id"]: row for row in _rows(before, "events")}
            assert sorted(event.id for event in events) == sorted(old_events)
            for event in events:
                old = old_events[event.id]
                assert (event.title, event.uid, event.recurrence_id, event.all_day) == (
                    old["title"],
                    old["uid"],
                    old["recurrence_id"],
                    bool(old["all_day"]),
                )
                start = event.start.isoformat() if event.all_day else to_utc_text(event.start)
                assert start == old["start"]
            assert any(event.all_day for event in events)
            assert not all(event.all_day for event in events)
        else:
            assert events == []
    finally:
        venue.close()

    # The file as it was before the schema changed is kept in the backups folder.
    (backup,) = (tmp_path / "backups").glob("*.cmt.sqlite")
    assert _read_only(backup) == before


def test_file_claiming_a_future_step_is_refused_untouched(tmp_path):
    path = _copy(NEWEST, tmp_path)
    _add_future_step(path)
    before = _read_only(path)
    data = path.read_bytes()

    with pytest.raises(DatabaseOpenError) as caught:
        services.open_venue(path, network_catalogue())

    assert caught.value.reason is OpenFailure.NEWER_VERSION
    assert caught.value.path == path
    assert path.read_bytes() == data  # not even switched to WAL
    assert _read_only(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [NEWEST]  # no backup, no -wal


def test_shipped_steps_still_build_the_fixture_schemas(tmp_path):
    """A step edited after it shipped would migrate users' files differently from ours."""
    spec = importlib.util.spec_from_file_location("make_fixtures", FIXTURES / "make_fixtures.py")
    assert spec is not None and spec.loader is not None
    make_fixtures = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_fixtures)
    for version, name in make_fixtures.VERSIONS.items():
        rebuilt = tmp_path / name
        make_fixtures.build(rebuilt, version)
        assert _schema(rebuilt) == _schema(FIXTURES / name), name


def _schema(path: Path) -> dict[str, object]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        objects = conn.execute(
            "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        ).fetchall()
        schema: dict[str, object] = {}
        for kind, name, table in sorted(objects):
            if kind == "table":
                schema[name] = conn.execute(f'PRAGMA table_info("{name}")').fetchall()
            elif kind == "index":
                columns = conn.execute(f'PRAGMA index_info("{name}")').fetchall()
                flags = [row[2:] for row in conn.execute(f'PRAGMA index_list("{table}")')]
                schema[name] = (table, columns, sorted(flags))
        return schema
    finally:
        conn.close()


def _add_future_step(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute(
                f"INSERT INTO {migrations.MIGRATIONS_TABLE} (migration_set, name, applied_at) "
                "VALUES (?, '9999_future', '2031-01-01 00:00:00.000000+00:00')",
                [migrations.MIGRATION_SET],
            )
    finally:
        conn.close()
