"""Use cases: what the window and the command line do with a venue file."""

from __future__ import annotations

import dataclasses
import errno
import os
import sqlite3
import stat
import tempfile
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from cmt_desktop.domain.networks import NetworkCatalogue
from cmt_desktop.domain.post import Post, PostStatus
from cmt_desktop.domain.schedule import moved
from cmt_desktop.storage.db import open_db
from cmt_desktop.storage.repositories import PostRepository, SettingsRepository

if TYPE_CHECKING:
    from cmt_desktop.storage.strategy_repository import PlanRepository

DEFAULT_TIMEZONE = "Europe/Paris"
DEFAULT_ALARM_MINUTES = 60


@dataclasses.dataclass
class Venue:
    """An opened venue file and what works on it."""

    db: sqlite3.Connection
    path: Path | None
    catalogue: NetworkCatalogue
    tz_name: str
    posts: PostRepository
    settings: SettingsRepository
    backup_folder: Path | None = None  # None in memory
    read_only: bool = False  # opened read-only: every write fails, the file is never touched

    @property
    def tz(self) -> tzinfo:
        """The venue's time zone."""
        return ZoneInfo(self.tz_name)

    @property
    def plan(self) -> PlanRepository:
        """The posts generated from the strategy, by slot."""
        # Imported here: the strategy model is not needed to open the window (start-up time).
        from cmt_desktop.storage.strategy_repository import PlanRepository

        return PlanRepository(self.db, self.tz)

    @property
    def name(self) -> str:
        """The venue's name, as the user typed it."""
        return self.settings.get("venue_name")

    def close(self) -> None:
        """Close the file (everything is already committed)."""
        self.db.close()


def open_venue(
    path: Path | None,
    catalogue: NetworkCatalogue,
    *,
    now: datetime | None = None,
    read_only: bool = False,
    backup_folder: Path | None = None,
) -> Venue:
    """Open or create a venue file (``None``: in memory, for tests).

    Args:
        path: The venue file, or None.
        catalogue: The networks.
        now: The time of opening, for the name of a backup taken before a schema update.
        read_only: Work on a copy in memory: nothing is ever written to the file.
        backup_folder: Where backups go; by default a ``backups`` folder beside the file.

    Raises:
        DatabaseOpenError: the file cannot be used (see ``storage.db``).
    """
    from cmt_desktop.storage import backups

    folder = backup_folder or (backups.default_folder(path) if path is not None else None)

    def back_up_first(conn: sqlite3.Connection, step: str) -> None:
        assert folder is not None
        # The composition roots pass now; a script that does not still gets its backup.
        moment = now or datetime.now(UTC)
        backups.take(conn, folder, reason=backups.Reason.UPDATE, now=moment)

    db = open_db(path, read_only=read_only, before_migration=back_up_first)
    settings = SettingsRepository(db, read_only=read_only)
    tz_name = settings.get("timezone", DEFAULT_TIMEZONE)
    try:
        tz = ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError):
        tz_name, tz = DEFAULT_TIMEZONE, ZoneInfo(DEFAULT_TIMEZONE)
    posts = PostRepository(db, tz)
    return Venue(db, path, catalogue, tz_name, posts, settings, folder, read_only)


# --- posts ---------------------------------------------------------------------------------


def create_post(venue: Venue, *, post: Post, now: datetime) -> Post:
    """Store a new post."""
    return venue.posts.add(post, now=now)


def save_post(venue: Venue, *, post: Post, now: datetime) -> Post:
    """Store the edited fields of an existing post (SEQUENCE grows).

    A post generated from the strategy that now differs from what the planner wrote
    becomes the user's: regenerating the plan leaves it alone. Saving it back as it was
    generated (an undo) hands it back to the planner.
    """
    return venue.posts.update(post, now=now)


def reschedule_post(
    venue: Venue, *, post_id: int, day: date, hour: int | None, now: datetime
) -> Post:
    """Move a post to another day (and hour, from the week view); see ``schedule.moved``.

    As with :func:`save_post`, a moved generated post becomes the user's.
    """
    post = venue.posts.get(post_id)
    if post is None:
        raise LookupError(post_id)
    return venue.posts.update(moved(post, day=day, hour=hour, tz=venue.tz), now=now)


def get_post_count(venue: Venue) -> int:
    """How many posts the venue file holds."""
    return venue.posts.count()


def get_post(venue: Venue, *, post_id: int) -> Post | None:
    """One post, or ``None`` when it no longer exists."""
    return venue.posts.get(post_id)


def undated_posts(venue: Venue, *, networks: Iterable[str] | None = None) -> list[Post]:
    """The idea backlog."""
    return venue.posts.undated(networks=networks)


def delete_post(venue: Venue, *, post_id: int, now: datetime | None = None) -> Post | None:
    """Delete a post; the returned copy lets the deletion be undone.

    A generated post stays deleted: regenerating the plan does not bring its slot back.
    """
    return venue.posts.delete(post_id, now=now)


def restore_post(venue: Venue, *, post: Post, now: datetime) -> Post:
    """Put a deleted post back, with its id and UID (and its slot, if it was generated)."""
    return venue.posts.restore(post, now=now)


def posts_between(
    venue: Venue,
    *,
    first_day: date | None,
    last_day: date | None,
    networks: Iterable[str] | None = None,
    statuses: Iterable[PostStatus] | None = None,
) -> list[Post]:
    """Dated posts from ``first_day`` to ``last_day`` included (venue days); open ends allowed."""
    if first_day is None and last_day is None:
        return venue.posts.all_dated(networks=networks, statuses=statuses)
    start = _day_start(first_day or date(1900, 1, 1), venue.tz)
    end = _day_start((last_day or date(9998, 12, 31)) + timedelta(days=1), venue.tz)
    return venue.posts.between(start, end, networks=networks, statuses=statuses)


def _day_start(day: date, tz: tzinfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=tz)


# --- settings ------------------------------------------------------------------------------


def alarm_minutes(venue: Venue) -> int:
    """How long before a post the exported calendar reminds the user."""
    try:
        return max(0, int(venue.settings.get("alarm_minutes", str(DEFAULT_ALARM_MINUTES))))
    except ValueError:
        return DEFAULT_ALARM_MINUTES


def set_alarm_minutes(venue: Venue, *, minutes: int) -> None:
    """Change the reminder lead time used by the .ics export."""
    venue.settings.set("alarm_minutes", str(max(0, minutes)))


def language(venue: Venue) -> str:
    """The interface language chosen in the app ("" = follow the system)."""
    return venue.settings.get("language")


def set_language(venue: Venue, *, code: str) -> None:
    """Remember the interface language ("fr", "en" or "" for the system's)."""
    venue.settings.set("language", code)


# --- files ---------------------------------------------------------------------------------


def write_file_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a failure leaves any existing file untouched.

    The new file keeps the permissions of the one it replaces (a shared folder stays
    shared), and a symbolic link is followed rather than replaced.

    Raises:
        OSError: the folder does not exist or is not writable, the disk is full, or
            ``path`` names something that is not a regular file (a folder, a device).
    """
    path = path.resolve()
    if path.exists() and not path.is_file():
        raise IsADirectoryError(errno.EISDIR, "not a regular file", str(path))
    mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else None
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, mode if mode is not None else 0o666 & ~_umask())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def fill_demo_venue(venue: Venue, *, posts: list[Post], now: datetime) -> None:
    """Name the venue like the demo médiathèque and store its posts in one transaction."""
    from cmt_desktop import demo

    venue.settings.set("venue_name", demo.VENUE_NAME)
    venue.settings.set("venue_town", demo.VENUE_TOWN)
    venue.posts.add_many(posts, now=now)


def post_as_json(post: Post, venue: Venue) -> dict[str, object]:
    """A post as plain JSON values; times in ISO 8601 with the venue's UTC offset."""
    return {
        "uid": post.uid,
        "title": post.display_title,
        "network": venue.catalogue.get(post.network).name,
        "network_key": post.network,
        "status": post.status.value,
        "start": post.start.isoformat() if post.start else None,
        "end": post.end.isoformat() if post.end else None,
        "hashtags": list(post.hashtags),
        "pillar": post.pillar,
        "objective": post.objective,
        "audience": post.audience,
        "sequence": post.sequence,
    }
