"""Posts changed on both sides (or deleted on one side, changed on the other) since a sync.

A conflict changes nothing, here or on the server, until the user chooses. The choice is
made offline: :func:`resolve_conflict` writes the post (keep="remote") or marks the post to
be sent (keep="local"), and the next sync carries the choice to the server, with If-Match,
so a colleague's newer change still turns into a new conflict instead of being lost.
"""

from __future__ import annotations

import dataclasses
import enum
from datetime import datetime
from typing import Literal

from cmt_desktop import services
from cmt_desktop.domain.post import Post
from cmt_desktop.storage.repositories import writing
from cmt_desktop.team_calendar.local import Local, from_snapshot
from cmt_desktop.team_calendar.state import ObjectState


class ConflictKind(enum.StrEnum):
    """What happened on each side."""

    BOTH_CHANGED = "both_changed"  # edited here and on the server
    DELETED_ON_SERVER = "deleted_on_server"  # the event is gone from the server; post kept
    DELETED_HERE = "deleted_here"  # deleted (or undated) here, edited on the server


@dataclasses.dataclass(frozen=True)
class Conflict:
    """One post waiting for the user's choice.

    Attributes:
        uid: The post's UID.
        kind: What happened on each side.
        local: The post as it is here; ``None`` when it was deleted here.
        remote: The post as the server shows it (the app's post with the fields the
            server's event changed); ``None`` when the event was deleted on the server.
    """

    uid: str
    kind: ConflictKind
    local: Post | None
    remote: Post | None


def open_conflicts(
    venue: services.Venue, *, now: datetime, language: str | None = None
) -> list[Conflict]:
    """The conflicts waiting for a choice, read from the venue file (no network)."""
    local = Local(venue, now=now, language=language)
    found = []
    for row in local.state.rows().values():
        if row.kind != "post" or not row.conflict:
            continue
        kind = ConflictKind(row.conflict)
        post = local.post(row.uid)
        remote = None if kind is ConflictKind.DELETED_ON_SERVER else _remote(local, row, post)
        found.append(Conflict(row.uid, kind, post, remote))
    return sorted(found, key=lambda c: (c.uid,))


def resolve_conflict(
    venue: services.Venue,
    uid: str,
    *,
    keep: Literal["local", "remote"],
    now: datetime,
    language: str | None = None,
) -> Post | None:
    """Settle a conflict: keep this computer's version, or the server's.

    keep="local": the post stays as it is and the next sync sends it (a post deleted here
    is then deleted on the server; one deleted on the server is put back there).
    keep="remote": the post takes the server's version now (a post deleted on the server
    is deleted here; one deleted here comes back, with its UID).

    Args:
        venue: The venue.
        uid: The conflict's UID (``Conflict.uid``).
        keep: Which side wins.
        now: The time of the change.
        language: The export language (default: the venue's, else French).

    Returns:
        The post as it now is here, or ``None`` when it no longer exists here (for the
        window's "undo", a post deleted by keep="remote" can be restored with
        ``services.restore_post`` from the conflict's ``local``).

    Raises:
        LookupError: no conflict for this UID.
        ValueError: ``keep`` is neither "local" nor "remote".
    """
    if keep not in ("local", "remote"):
        raise ValueError(f"keep must be 'local' or 'remote', not {keep!r}")
    local = Local(venue, now=now, language=language)
    row = local.state.get(uid)
    if row is None or not row.conflict:
        raise LookupError(uid)
    kind = ConflictKind(row.conflict)
    post = local.post(uid)
    with writing(venue.db):
        if keep == "local":
            if kind is ConflictKind.DELETED_ON_SERVER:
                row.href = row.etag = None  # not on the server: created again
            else:  # the server's version the next sync replaces (If-Match)
                row.etag, row.base_ics = row.conflict_etag, row.conflict_ics
            row.local_hash = ""  # sent at the next sync (or deleted there, if gone here)
            row.conflict, row.conflict_etag, row.conflict_ics = "", None, None
            local.state.put(row)
            return post
        if kind is ConflictKind.DELETED_ON_SERVER:
            if post is not None and post.id is not None:
                services.delete_post(venue, post_id=post.id, now=now)
            local.state.delete(uid)
            return None
        wanted = _remote(local, row, post)
        if wanted is None:  # the server's data no longer parses: nothing to take
            raise LookupError(uid)
        if post is not None:
            saved = services.save_post(venue, post=wanted.replace(id=post.id), now=now)
        elif wanted.id is not None and venue.posts.get(wanted.id) is None:
            saved = services.restore_post(venue, post=wanted, now=now)
        else:
            saved = services.create_post(venue, post=wanted.replace(id=None), now=now)
        local.mark_synced(row, saved, href=row.href, etag=row.conflict_etag, data=row.conflict_ics)
        return saved


def _remote(local: Local, row: ObjectState, post: Post | None) -> Post | None:
    """The server's version of the post, built on the post here or on the last synced one."""
    remote = local.read(row.conflict_ics)
    if remote is None:
        return None
    if post is not None:
        return local.remote_version(post, remote)
    base = from_snapshot(row.base_post, local.venue)
    if base is None:
        return None
    return local.apply(base, remote, local.read(row.base_ics))
