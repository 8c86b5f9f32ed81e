"""Storage: migrations, repositories, settings, and opening bad files."""

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from cmt_desktop.domain.post import Post, PostStatus
from cmt_desktop.storage.db import APPLICATION_ID, DatabaseOpenError, OpenFailure, open_db
from cmt_desktop.storage.migrations import STEPS, applied_names
from cmt_desktop.storage.repositories import PostRepository, SettingsRepository

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def db():
    return open_db(None)


@pytest.fixture
def repo(db):
    return PostRepository(db, PARIS)


def _post(**changes) -> Post:
    base = Post(
        network="instagram",
        title="Coup de cœur",
        body="Un roman ; à lire, vite !",
        start=datetime(2026, 3, 28, 10, 0, tzinfo=PARIS),
        status=PostStatus.DRAFT,
        hashtags=("#CoupDeCoeur", "#Lecture"),
    )
    return base.replace(**changes)


def test_migrations_are_recorded_in_order(db):
    assert applied_names(db) == [name for name, _ in STEPS]


def test_file_from_a_newer_app_is_refused_untouched(tmp_path):
    path = tmp_path / "v.sqlite"
    open_db(path).close()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('cmt_desktop', '9999_from_the_future', 'x')"
    )
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError) as caught:
        open_db(path)
    assert caught.value.reason is OpenFailure.NEWER_VERSION
    assert path.read_bytes() == before


def test_add_gives_id_uid_and_round_trips_every_field(repo, clock):
    post = _post(
        alt_text="Une pile de livres",
        rights_image=True,
        notes="relire",
        pillar="Coulisses",
        objective="Informer",
        audience="Familles",
        published_url="https://example.org/p/1",
        media_notes="photo 4:5",
        duration=timedelta(minutes=45),
    )
    stored = repo.add(post, now=clock)
    assert stored.id is not None
    assert stored.uid.endswith("@cmt-desktop.app")
    assert stored.content_equals(post)
    assert stored.start == post.start and stored.start.tzinfo is not None
    assert stored.updated_at == clock.astimezone(UTC)


def test_update_keeps_uid_and_grows_sequence(repo, clock):
    stored = repo.add(_post(), now=clock)
    first = repo.update(stored.replace(title="Nouveau titre"), now=clock)
    second = repo.update(first.replace(status=PostStatus.READY), now=clock)
    assert (first.uid, second.uid) == (stored.uid, stored.uid)
    assert (stored.sequence, first.sequence, second.sequence) == (0, 1, 2)
    assert second.title == "Nouveau titre"


def test_delete_then_restore_brings_back_same_identity(repo, clock):
    stored = repo.add(_post(), now=clock)
    deleted = repo.delete(stored.id)
    assert repo.get(stored.id) is None
    restored = repo.restore(deleted, now=clock)
    assert (restored.id, restored.uid) == (stored.id, stored.uid)
    assert restored.sequence > stored.sequence


def test_between_uses_half_open_utc_range_and_filters(repo, clock):
    inside = repo.add(_post(), now=clock)
    repo.add(_post(start=datetime(2026, 3, 29, 0, 0, tzinfo=PARIS)), now=clock)
    repo.add(_post(network="facebook"), now=clock)
    repo.add(_post(start=None, status=PostStatus.IDEA), now=clock)
    start = datetime(2026, 3, 28, tzinfo=PARIS)
    end = datetime(2026, 3, 29, tzinfo=PARIS)
    found = repo.between(start, end, networks=["instagram"])
    assert [p.id for p in found] == [inside.id]
    assert repo.between(start, end, statuses=[PostStatus.PUBLISHED]) == []
    assert len(repo.undated()) == 1
    assert repo.count() == 4


def test_add_many_is_one_transaction(repo, clock):
    posts = [_post(title=f"n°{i}") for i in range(50)]
    assert repo.add_many(posts, now=clock) == 50
    assert repo.count() == 50
    assert len({p.uid for p in repo.all_dated()}) == 50


def test_settings_round_trip(db):
    settings = SettingsRepository(db)
    assert settings.get("language", "x") == "x"
    settings.set("language", "fr")
    settings.set("language", "en")
    assert settings.get("language") == "en"


def test_file_uses_wal_foreign_keys_and_our_application_id(tmp_path):
    db = open_db(tmp_path / "v.sqlite")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    db.close()


def test_change_is_committed_at_once(tmp_path, clock):
    path = tmp_path / "v.sqlite"
    repo = PostRepository(open_db(path), PARIS)
    stored = repo.add(_post(), now=clock)
    # A second connection sees the change without anyone pressing "save".
    other = sqlite3.connect(path)
    assert other.execute("SELECT uid FROM posts").fetchall() == [(stored.uid,)]
    other.close()


def test_damaged_file_is_reported_and_left_untouched(tmp_path):
    path = tmp_path / "v.sqlite"
    garbage = b"this is not a database at all" * 200
    path.write_bytes(garbage)
    with pytest.raises(DatabaseOpenError) as caught:
        open_db(path)
    assert caught.value.reason is OpenFailure.DAMAGED
    assert caught.value.path == path
    assert path.read_bytes() == garbage


def test_other_apps_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE things (x)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseOpenError) as caught:
        open_db(path)
    assert caught.value.reason is OpenFailure.NOT_A_VENUE_FILE


def test_unreachable_folder_is_reported(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DatabaseOpenError) as caught:
        open_db(blocker / "sub" / "v.sqlite")
    assert caught.value.reason is OpenFailure.UNREACHABLE


def test_reopening_keeps_data(tmp_path: Path, clock):
    path = tmp_path / "v.sqlite"
    db = open_db(path)
    PostRepository(db, PARIS).add(_post(), now=clock)
    db.close()
    again = open_db(path)
    assert PostRepository(again, PARIS).count() == 1
    again.close()


def test_rows_edited_by_another_tool_still_read(repo, db, clock):
    stored = repo.add(_post(), now=clock)
    db.execute("UPDATE posts SET status = 'zzz', start_utc = 'soon' WHERE id = ?", [stored.id])
    odd = repo.get(stored.id)
    assert odd.status is PostStatus.DRAFT and odd.start is None


def test_pending_migration_keeps_a_copy_of_the_file_first(tmp_path, clock):
    from cmt_desktop.storage import migrations

    path = tmp_path / "v.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    first_name, first_step = migrations.STEPS[0]
    import sqlite_utils

    sqlite_migrations = sqlite_utils.Migrations(migrations.MIGRATION_SET)
    sqlite_migrations(name=first_name)(first_step)
    sqlite_migrations.apply(sqlite_utils.Database(conn))
    conn.execute("INSERT INTO posts (uid, network, status) VALUES ('u1', 'instagram', 'idea')")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.close()
    from cmt_desktop import services
    from cmt_desktop.resources import network_catalogue
    from cmt_desktop.storage import backups

    venue = services.open_venue(path, network_catalogue(), now=clock)  # runs the later steps
    [copy] = backups.list_backups(tmp_path / "backups")
    assert copy.reason is backups.Reason.UPDATE
    assert copy.taken_at == clock
    old = sqlite3.connect(copy.path)
    assert old.execute("SELECT uid FROM posts").fetchall() == [("u1",)]
    assert migrations.applied_names(old) == [first_name]  # as it was before the update
    old.close()
    assert venue.posts.count() == 1
    venue.close()
    services.open_venue(path, network_catalogue(), now=clock).close()
    assert len(backups.list_backups(tmp_path / "backups")) == 1  # nothing pending: no copy
