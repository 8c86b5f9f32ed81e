"""The venue's side of a sync: posts by UID, their objects and fingerprints, snapshots."""

from __future__ import annotations

import json
from datetime import datetime

from cmt_desktop import services
from cmt_desktop.domain.post import Post
from cmt_desktop.storage.repositories import POST_COLUMNS, post_from_row, post_to_row, to_utc_text
from cmt_desktop.team_calendar import mapping, objects
from cmt_desktop.team_calendar.state import ObjectState, SyncState

_COLUMN_NAMES = tuple(POST_COLUMNS.split(", "))


class Local:
    """A venue, its sync state and the export options, at one ``now``."""

    def __init__(self, venue: services.Venue, *, now: datetime, language: str | None) -> None:
        self.venue = venue
        self.now = now
        self.state = SyncState(venue.db)
        self.options = objects.ExportOptions(
            tz_name=venue.tz_name,
            alarm_minutes=services.alarm_minutes(venue) or None,  # as the .ics export does
            language=language or services.language(venue) or "fr",
            catalogue=venue.catalogue,
            now=now,
        )

    def post(self, uid: str) -> Post | None:
        """The post with this UID, dated or not, or ``None``."""
        post_id = self.state.post_id(uid)
        return None if post_id is None else self.venue.posts.get(post_id)

    def digest(self, post: Post) -> str:
        """The fingerprint of the post's VEVENT (see ``objects.digest``)."""
        return objects.post_digests([post], self.options)[post.uid]

    def fields(self, post: Post) -> mapping.EventFields | None:
        """The round-tripping fields of the event the export writes for the post."""
        if post.start is None:
            return None
        return mapping.read_object(objects.post_object(post, self.options), self.venue.tz)

    def read(self, data: str | None) -> mapping.EventFields | None:
        """The fields of an object's data, or ``None``."""
        return mapping.read_object(data, self.venue.tz) if data else None

    def apply(
        self, post: Post, remote: mapping.EventFields, reference: mapping.EventFields | None
    ) -> Post:
        """The post with the fields the server's version changed from ``reference``."""
        return mapping.apply_fields(
            post,
            remote,
            mapping.changed_fields(remote, reference),
            catalogue=self.venue.catalogue,
            tz=self.venue.tz,
        )

    def remote_version(self, post: Post, remote: mapping.EventFields) -> Post:
        """The post as the server shows it: every field where the server's event differs."""
        return self.apply(post, remote, self.fields(post))

    def mark_synced(
        self, row: ObjectState, post: Post, *, href: str | None, etag: str | None, data: str
    ) -> None:
        """Record that ``post`` and the server's ``data`` agree (no conflict left)."""
        fields = self.read(data)
        row.href, row.etag, row.base_ics = href, etag, data
        row.local_hash = self.digest(post) if post.start is not None else ""
        row.base_post = snapshot(post)
        row.sequence = fields.sequence if fields else post.sequence
        row.dtstamp = fields.dtstamp if fields else None
        row.synced_at = to_utc_text(self.now)
        row.conflict, row.conflict_etag, row.conflict_ics = "", None, None
        self.state.put(row)


def snapshot(post: Post) -> str:
    """The post as a JSON row (what :func:`from_snapshot` reads back)."""
    row = post_to_row(post)
    row["updated_at"] = to_utc_text(post.updated_at)
    return json.dumps(row, sort_keys=True)


def from_snapshot(text: str | None, venue: services.Venue) -> Post | None:
    """The post of a :func:`snapshot`, or ``None``."""
    if not text:
        return None
    row = json.loads(text)
    return post_from_row([row.get(name) for name in _COLUMN_NAMES], venue.tz)
