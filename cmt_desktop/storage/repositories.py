"""Read and write domain objects; every write is committed before the call returns."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from cmt_desktop.domain.post import Post, PostStatus
from cmt_desktop.storage.db import transaction

UID_DOMAIN = "cmt-desktop.app"
POST_COLUMNS = (
    "id, uid, network, title, start_utc, duration_min, status, body, hashtags, media_notes, "
    "alt_text, pillar, objective, audience, rights_image, rights_consent, rights_credits, "
    "published_at, published_url, notes, series_id, event_id, sequence, updated_at"
)


def new_uid() -> str:
    """A globally unique, ASCII, short UID that stays with the post for life."""
    return f"{uuid.uuid4()}@{UID_DOMAIN}"


def to_utc_text(moment: datetime | None) -> str | None:
    """``2026-03-29T08:00:00Z`` for an aware datetime; sortable as text."""
    if moment is None:
        return None
    # isoformat is several times faster than strftime; same text for years 1000 to 9999.
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="seconds") + "Z"


def from_utc_text(text: str | None, tz: tzinfo) -> datetime | None:
    """The inverse of :func:`to_utc_text`, shown in the venue's time zone."""
    if not text:
        return None
    # fromisoformat is several times faster than strptime, which matters for big months.
    try:
        return datetime.fromisoformat(text).astimezone(tz)
    except (ValueError, OverflowError):  # edited by another tool: show it as undated
        return None


@contextmanager
def writing(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """:func:`transaction`, or nothing when already inside one (a use case groups writes)."""
    if db.in_transaction:
        yield db
    else:
        with transaction(db):
            yield db


def content_hash(post: Post | dict[str, Any]) -> str:
    """A fingerprint of a post's user-visible fields (or of its :func:`post_to_row` row)."""
    row = post_to_row(post) if isinstance(post, Post) else post
    values = [value for column, value in row.items() if column not in ("id", "uid", "sequence")]
    return hashlib.blake2b(repr(values).encode(), digest_size=12).hexdigest()


class PostRepository:
    """The ``posts`` table as :class:`Post` objects in the venue's time zone.

    A generated post (``strategy_repository.PlanRepository``) becomes the user's when
    :meth:`update` makes it differ from what the planner wrote; :meth:`delete` keeps its slot
    from coming back (``plan_removed``) and :meth:`restore` undoes that.
    """

    def __init__(self, db: sqlite3.Connection, tz: tzinfo) -> None:
        self._db = db
        self._tz = tz

    def add(self, post: Post, *, now: datetime) -> Post:
        """Store a new post; it gets an id and, if it has none, a UID."""
        row = post_to_row(post)
        row["uid"] = post.uid or new_uid()
        row["sequence"] = post.sequence
        row["created_at"] = row["updated_at"] = to_utc_text(now)
        row.pop("id")
        with writing(self._db):
            cursor = self._db.execute(insert_sql(row), list(row.values()))
        return self._get_required(int(cursor.lastrowid or 0))

    def add_many(self, posts: Iterable[Post], *, now: datetime) -> int:
        """Store many new posts in one transaction; returns how many."""
        stamp = to_utc_text(now)
        rows = []
        for post in posts:
            row = post_to_row(post)
            row.pop("id")
            row.update(uid=post.uid or new_uid(), created_at=stamp, updated_at=stamp)
            rows.append(row)
        if rows:
            with writing(self._db):
                self._db.executemany(insert_sql(rows[0]), [list(r.values()) for r in rows])
        return len(rows)

    def restore(self, post: Post, *, now: datetime) -> Post:
        """Put a deleted post back with its id and UID (undo of a delete), on its slot if any."""
        row = post_to_row(post)
        row["sequence"] = post.sequence + 1
        row["created_at"] = row["updated_at"] = to_utc_text(now)
        db = self._db
        with writing(db):
            link = db.execute(
                "SELECT plan_key, plan_hash FROM plan_removed WHERE uid = ?", [post.uid]
            ).fetchone()
            if link is not None:
                db.execute("DELETE FROM plan_removed WHERE plan_key = ?", [link[0]])
                taken = db.execute("SELECT 1 FROM posts WHERE plan_key = ?", [link[0]]).fetchone()
                if taken is None:
                    row.update(plan_key=link[0], plan_hash=link[1])
                    row["user_changed"] = int(link[1] != content_hash(post))
            db.execute(insert_sql(row), list(row.values()))
        return self._get_required(post.id or 0)

    def update(self, post: Post, *, now: datetime) -> Post:
        """Save the post's fields; its SEQUENCE grows by one, as calendar updates expect."""
        if post.id is None:
            raise ValueError("cannot update a post that was never stored")
        row = post_to_row(post)
        for column in ("uid", "id", "sequence"):  # identity stays; SEQUENCE grows in SQL
            row.pop(column)
        row["updated_at"] = to_utc_text(now)
        assignments = ", ".join(f"{column} = ?" for column in row)
        # A generated post is the user's once it differs from what the planner wrote.
        changed = "CASE WHEN plan_key IS NULL THEN 0 ELSE coalesce(plan_hash, '') <> ? END"
        with writing(self._db):
            self._db.execute(
                f"UPDATE posts SET {assignments}, sequence = sequence + 1, "
                f"user_changed = {changed} WHERE id = ?",
                [*row.values(), content_hash(post), post.id],
            )
        return self._get_required(post.id)

    def delete(self, post_id: int, *, now: datetime | None = None) -> Post | None:
        """Remove a post, returned as it was for undo; a generated one's slot stays removed."""
        post = self.get(post_id)
        if post is not None:
            with writing(self._db):
                self._db.execute(
                    "INSERT OR REPLACE INTO plan_removed (plan_key, removed_at, uid, plan_hash) "
                    "SELECT plan_key, ?, uid, plan_hash FROM posts "
                    "WHERE id = ? AND plan_key IS NOT NULL",
                    [to_utc_text(now), post_id],
                )
                self._db.execute("DELETE FROM posts WHERE id = ?", [post_id])
        return post

    def get(self, post_id: int) -> Post | None:
        """The post with this id, or ``None``."""
        rows = self._select("WHERE id = ?", [post_id])
        return rows[0] if rows else None

    def between(
        self,
        start: datetime,
        end: datetime,
        *,
        networks: Iterable[str] | None = None,
        statuses: Iterable[PostStatus] | None = None,
    ) -> list[Post]:
        """Dated posts with ``start <= post.start < end``, in time order."""
        where = "WHERE start_utc >= ? AND start_utc < ?"
        params: list[Any] = [to_utc_text(start), to_utc_text(end)]
        where, params = _filtered(where, params, networks, statuses)
        return self._select(where + " ORDER BY start_utc, id", params)

    def all_dated(
        self,
        *,
        networks: Iterable[str] | None = None,
        statuses: Iterable[PostStatus] | None = None,
    ) -> list[Post]:
        """Every dated post, in time order."""
        where, params = _filtered("WHERE start_utc IS NOT NULL", [], networks, statuses)
        return self._select(where + " ORDER BY start_utc, id", params)

    def undated(self, *, networks: Iterable[str] | None = None) -> list[Post]:
        """The idea backlog: posts with no date yet, newest first."""
        where, params = _filtered("WHERE start_utc IS NULL", [], networks, None)
        return self._select(where + " ORDER BY updated_at DESC, id DESC", params)

    def count(self) -> int:
        """How many posts the file holds."""
        return int(self._db.execute("SELECT count(*) FROM posts").fetchone()[0])

    def _get_required(self, post_id: int) -> Post:
        post = self.get(post_id)
        if post is None:  # pragma: no cover - the row was written in the same call
            raise LookupError(post_id)
        return post

    def _select(self, where: str, params: list[Any]) -> list[Post]:
        cursor = self._db.execute(f"SELECT {POST_COLUMNS} FROM posts {where}", params)
        return [post_from_row(row, self._tz) for row in cursor.fetchall()]


def _status(value: str) -> PostStatus:
    """A status we do not know (the file was edited by hand) reads as a draft."""
    try:
        return PostStatus(value)
    except ValueError:
        return PostStatus.DRAFT


def post_from_row(r: Sequence[Any], tz: tzinfo) -> Post:
    """A post from the :data:`POST_COLUMNS` of one row, times in ``tz``."""
    return Post(
        id=r[0],
        uid=r[1],
        network=r[2],
        title=r[3] or "",
        start=from_utc_text(r[4], tz),
        duration=timedelta(minutes=r[5]),
        status=_status(r[6]),
        body=r[7] or "",
        hashtags=tuple(r[8].split()) if r[8] else (),
        media_notes=r[9] or "",
        alt_text=r[10] or "",
        pillar=r[11] or "",
        objective=r[12] or "",
        audience=r[13] or "",
        rights_image=bool(r[14]),
        rights_consent=bool(r[15]),
        rights_credits=bool(r[16]),
        published_at=from_utc_text(r[17], tz),
        published_url=r[18] or "",
        notes=r[19] or "",
        series_id=r[20],
        event_id=r[21],
        sequence=r[22],
        updated_at=from_utc_text(r[23], UTC),
    )


def post_to_row(post: Post) -> dict[str, Any]:
    """The post as ``posts`` column values."""
    return {
        "id": post.id,
        "uid": post.uid,
        "network": post.network,
        "title": post.title,
        "start_utc": to_utc_text(post.start),
        "duration_min": max(1, int(post.duration.total_seconds() // 60)),
        "status": post.status.value,
        "body": post.body,
        "hashtags": " ".join(post.hashtags),
        "media_notes": post.media_notes,
        "alt_text": post.alt_text,
        "pillar": post.pillar,
        "objective": post.objective,
        "audience": post.audience,
        "rights_image": int(post.rights_image),
        "rights_consent": int(post.rights_consent),
        "rights_credits": int(post.rights_credits),
        "published_at": to_utc_text(post.published_at),
        "published_url": post.published_url,
        "notes": post.notes,
        "series_id": post.series_id,
        "event_id": post.event_id,
        "sequence": post.sequence,
    }


def insert_sql(row: dict[str, Any]) -> str:
    """An INSERT into ``posts`` of the columns of ``row``."""
    return f"INSERT INTO posts ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})"


def _filtered(
    where: str,
    params: list[Any],
    networks: Iterable[str] | None,
    statuses: Iterable[PostStatus] | None,
) -> tuple[str, list[Any]]:
    if networks is not None:
        keys = list(networks)
        where += f" AND network IN ({', '.join('?' * len(keys))})" if keys else " AND 0"
        params = [*params, *keys]
    if statuses is not None:
        values = [s.value for s in statuses]
        where += f" AND status IN ({', '.join('?' * len(values))})" if values else " AND 0"
        params = [*params, *values]
    return where, params


class SettingsRepository:
    """Small key/value settings kept in the venue file (time zone, reminder lead, language).

    On a venue opened read-only, ``set`` keeps nothing: settings are the app's own state
    (reminders already shown, a message already given), not the user's data.
    """

    def __init__(self, db: sqlite3.Connection, *, read_only: bool = False) -> None:
        self._db = db
        self._read_only = read_only

    def get(self, key: str, default: str = "") -> str:
        """The stored value, or ``default``."""
        row = self._db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return default if row is None else str(row[0])

    def set(self, key: str, value: str) -> None:
        """Store a value, committed at once (nothing on a read-only venue)."""
        if self._read_only:
            return
        with writing(self._db):
            self._db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )
