"""One sync run against one calendar: read the server's changes, then send this side's.

The rows of ``team_calendar_objects`` are read once and kept in step with the file: each
change of a row (and of its post) is committed by itself, before the next object.
"""

from __future__ import annotations

import dataclasses
import enum
import itertools
from collections.abc import Callable, Iterable
from datetime import timedelta
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from cmt_desktop import programme, services
from cmt_desktop.domain.post import Post
from cmt_desktop.storage.repositories import to_utc_text, writing
from cmt_desktop.team_calendar import mapping, objects
from cmt_desktop.team_calendar.conflicts import ConflictKind
from cmt_desktop.team_calendar.connection import TeamCalendarSettings, calendar_at
from cmt_desktop.team_calendar.local import Local
from cmt_desktop.team_calendar.state import ObjectState

_ICAL = {"Content-Type": 'text/calendar; charset="utf-8"'}
_ETAG = "{DAV:}getetag"
_CHUNK = 50  # objects read per calendar-multiget REPORT
_EVENTS_PAST = timedelta(days=programme.IMPORT_PAST_DAYS)
_EVENTS_AHEAD = timedelta(days=programme.IMPORT_FUTURE_DAYS)
_REMOTE_KEPT = (ConflictKind.BOTH_CHANGED, ConflictKind.DELETED_HERE)


class CancelledError(Exception):
    """The user asked the sync to stop."""


@dataclasses.dataclass
class Counts:
    """What a run did (see ``sync.SyncReport``)."""

    sent: int = 0
    received: int = 0
    deleted_remote: int = 0
    removed_on_server: int = 0
    unchanged: int = 0
    ignored: int = 0
    failed: int = 0
    received_uids: list[str] = dataclasses.field(default_factory=list)
    refusal: str = ""  # the first object the server refused, and why


class _Deleted(enum.Enum):
    GONE = "gone"  # deleted, or already gone
    CHANGED = "changed"  # 412: changed there since the listing
    REFUSED = "refused"  # another error


class Run:
    """One sync of ``local`` with the calendar of ``settings``, through ``client``."""

    def __init__(
        self,
        local: Local,
        client: Any,
        settings: TeamCalendarSettings,
        counts: Counts,
        cancelled: Callable[[], bool],
    ) -> None:
        self.local = local
        self.client = client
        self.settings = settings
        self.counts = counts
        self.cancelled = cancelled
        self.calendar = calendar_at(client, settings.calendar_url)
        parts = urlsplit(str(self.calendar.url))
        self.origin = f"{parts.scheme}://{parts.netloc}"
        self.collection = unquote(parts.path).rstrip("/") + "/"
        self.rows: dict[str, ObjectState] = {}
        self.by_href: dict[str, ObjectState] = {}
        self.href_of: dict[str, str | None] = {}
        self.posts: dict[str, Post] = {}
        self.digests: dict[str, str] = {}
        self.owned: dict[str, objects.Outgoing] = {}

    def run(self) -> None:
        """Read the server's changes, send this side's, keep the token (raises on failure)."""
        state = self.local.state
        state.use_calendar(self.settings.calendar_url)
        self.rows = state.rows()
        self.by_href = {row.href: row for row in self.rows.values() if row.href}
        self.href_of = {row.uid: row.href for row in self.rows.values()}
        self.posts = {post.uid: post for post in self.local.venue.posts.all_dated()}
        self.digests = objects.post_digests(list(self.posts.values()), self.local.options)
        self.owned = {out.uid: out for out in self._one_way()}
        token = state.token()
        self._check()
        listing = self.calendar.get_objects_by_sync_token(sync_token=token, load_objects=False)
        fake = str(listing.sync_token).startswith("fake-")  # caldav's stand-in: no tokens
        deleted = {_key(url) for url in listing.deleted_urls}
        listed = {_key(obj.url): obj.props.get(_ETAG) for obj in listing}
        listed = {href: etag for href, etag in listed.items() if href not in deleted}
        if (token is None or fake) and not listing.truncated:  # every object: absent = deleted
            deleted |= {
                href
                for href, row in self.by_href.items()
                if href not in listed and row.conflict != ConflictKind.DELETED_ON_SERVER
            }
        self._pull(listed)
        self._removed_on_server(deleted)
        self._delete_here_deleted()
        self._push_posts()
        self._push_owned()
        self._check()
        state.set_token(None if fake else listing.sync_token, now=self.local.now)

    # --- from the server ---------------------------------------------------------------

    def _pull(self, listed: dict[str, str | None]) -> None:
        def known(href: str, etag: str | None) -> bool:
            row = self.by_href.get(href)
            if row is None or not etag:
                return False
            return etag == (row.conflict_etag if row.conflict in _REMOTE_KEPT else row.etag)

        changed = [href for href, etag in listed.items() if not known(href, etag)]
        for chunk in _chunks(changed, _CHUNK):
            self._check()
            self._read(chunk)

    def _read(self, hrefs: list[str]) -> None:
        from caldav.lib.url import URL

        for item in self.calendar.multiget([URL.objectify(self._url(h)) for h in hrefs]):
            self._check()
            if item.data is not None:
                self._on_remote(_key(item.url), item.props.get(_ETAG), str(item.data))

    def _on_remote(self, href: str, etag: str | None, data: str) -> None:
        fields = self.local.read(data)
        uid = fields.uid if fields is not None and fields.uid else f"href:{href}"
        row = self.by_href.get(href) or self.rows.get(uid)
        if row is None:
            if fields is not None and self.local.state.post_id(uid) is not None:
                row = ObjectState(uid, "post")  # ours, but not known: the file lost its state
            else:
                kind = self.owned[uid].kind if uid in self.owned else "foreign"
                row = ObjectState(uid, kind)
                self.counts.ignored += kind == "foreign"
        if row.kind != "post" or fields is None:
            row.href, row.etag = href, etag  # one-way: the app's next change of it wins
            self._save(row)
            return
        self._post_changed_there(row, href, etag, data, fields)

    def _post_changed_there(
        self, row: ObjectState, href: str, etag: str | None, data: str, fields: Any
    ) -> None:
        if row.conflict == ConflictKind.DELETED_ON_SERVER:
            row.conflict = ""  # it is back
        if row.conflict:  # still waiting for the user: keep the server's newest version
            row.href, row.conflict_etag, row.conflict_ics = href, etag, data
            self._save(row)
            return
        base = self.local.read(row.base_ics)
        post = self.posts.get(row.uid)
        if not mapping.changed_fields(fields, base):  # nothing a post shows (an alarm, say)
            row.href, row.etag, row.base_ics = href, etag, data
            self._save(row)
        elif post is not None and self.digests.get(row.uid) == row.local_hash:
            self._receive(row, post, fields, base, href=href, etag=etag, data=data)
        elif post is not None and self.local.remote_version(post, fields).content_equals(post):
            self.local.mark_synced(row, post, href=href, etag=etag, data=data)  # same change
            self._remember(row)
        else:
            row.conflict = ConflictKind.BOTH_CHANGED if post else ConflictKind.DELETED_HERE
            row.href, row.conflict_etag, row.conflict_ics = href, etag, data
            self._save(row)

    def _receive(self, row: ObjectState, post: Post, fields: Any, base: Any, **server: Any) -> None:
        """Take the server's changes into the post, in one transaction with its row."""
        venue = self.local.venue
        with writing(venue.db):
            current = venue.posts.get(post.id or 0)
            if current is None or self.local.digest(current) != row.local_hash:
                return  # edited here meanwhile (the window): the next sync compares again
            wanted = self.local.apply(current, fields, base)
            saved = current
            if not wanted.content_equals(current):
                saved = services.save_post(venue, post=wanted, now=self.local.now)
            self.local.mark_synced(row, saved, **server)
        self._remember(row)
        self.posts[row.uid] = saved
        self.digests[row.uid] = row.local_hash
        if saved is not current:
            self.counts.received += 1
            self.counts.received_uids.append(row.uid)

    def _removed_on_server(self, hrefs: set[str]) -> None:
        for href in sorted(hrefs):
            row = self.by_href.get(href)
            if row is None:
                continue
            self._check()
            if row.kind != "post" or self.posts.get(row.uid) is None:
                self._forget(row)  # one-way, or deleted (or undated) here too: no question
            elif row.conflict != ConflictKind.DELETED_ON_SERVER:
                row.conflict, row.etag = ConflictKind.DELETED_ON_SERVER, None
                row.conflict_etag = row.conflict_ics = None
                self._save(row)
                self.counts.removed_on_server += 1

    # --- to the server -----------------------------------------------------------------

    def _delete_here_deleted(self) -> None:
        for row in list(self.rows.values()):
            if row.kind != "post" or row.conflict or row.uid in self.posts:
                continue
            self._check()
            if not row.href or self._delete(row) is _Deleted.GONE:
                self._forget(row)

    def _push_posts(self) -> None:
        for post in self.posts.values():
            row = self.rows.get(post.uid)
            if row is not None and row.conflict:
                continue
            if row is not None and row.href and row.local_hash == self.digests[post.uid]:
                self.counts.unchanged += 1
                continue
            self._check()
            data = objects.post_object(post, self.local.options)
            data = objects.keep_their_properties(data, row.base_ics if row else None)
            self._put(row or ObjectState(post.uid, "post"), data, post=post)

    def _push_owned(self) -> None:
        for out in self.owned.values():
            row = self.rows.get(out.uid) or ObjectState(out.uid, out.kind)
            row.kind = out.kind
            if not (row.href and row.local_hash == out.digest):
                self._check()
                self._put(row, out.data, digest=out.digest)
        for row in list(self.rows.values()):
            if row.kind in ("moderation", "event") and row.uid not in self.owned:
                self._check()  # no longer published: deleted, unless a colleague changed it
                if not row.href or self._delete(row) is not _Deleted.REFUSED:
                    self._forget(row)

    def _put(
        self, row: ObjectState, data: bytes, *, post: Post | None = None, digest: str = ""
    ) -> None:
        href = row.href or self.collection + unquote(objects.resource_name(row.uid))
        headers = dict(_ICAL)
        if row.etag and not row.etag.startswith("W/"):  # a weak ETag never matches
            headers["If-Match"] = row.etag
        elif row.etag is None:
            headers["If-None-Match"] = "*"
        response = self.client.put(self._url(href), data.decode("utf-8"), headers)
        if response.status == 412:  # changed (or created) there since the listing
            self._read([href])
            return
        if response.status >= 300:
            self._refused(row.uid, response)
            return
        etag = response.headers.get("ETag") or ""  # "": there, ETag unknown until listed
        if post is not None:
            self.local.mark_synced(row, post, href=href, etag=etag, data=data.decode())
            self._remember(row)
        else:
            row.href, row.etag, row.local_hash = href, etag, digest
            row.base_ics, row.synced_at = data.decode(), to_utc_text(self.local.now)
            self._save(row)
        self.counts.sent += 1

    def _delete(self, row: ObjectState) -> _Deleted:
        headers = {"If-Match": row.etag} if row.etag and not row.etag.startswith("W/") else {}
        response = self.client.delete(self._url(row.href or ""), headers)
        if response.status == 412:
            if row.kind == "post":
                self._read([row.href or ""])  # a colleague's change: a DELETED_HERE conflict
            return _Deleted.CHANGED
        if response.status >= 300 and response.status != 404:
            self._refused(row.uid, response)
            return _Deleted.REFUSED
        self.counts.deleted_remote += response.status != 404 and row.kind == "post"
        return _Deleted.GONE

    def _refused(self, uid: str, response: Any) -> None:
        self.counts.failed += 1
        self.counts.refusal = self.counts.refusal or f"{uid}: {response.status} {response.reason}"

    # --- helpers -----------------------------------------------------------------------

    def _one_way(self) -> list[objects.Outgoing]:
        found: list[objects.Outgoing] = []
        venue, options = self.local.venue, self.local.options
        if self.settings.publish_moderation:
            from cmt_desktop.strategies import current_strategy  # strategies imports services

            strategy = current_strategy(venue)
            if strategy is not None:
                found += objects.moderation_objects(strategy.moderation_slots, options)
        if self.settings.publish_events:
            today = self.local.now.astimezone(venue.tz).date()
            events = programme.events_between(
                venue, first=today - _EVENTS_PAST, last=today + _EVENTS_AHEAD
            )
            found += objects.event_objects(events, options)
        return found

    def _save(self, row: ObjectState) -> None:
        self.local.state.put(row)
        self._remember(row)

    def _remember(self, row: ObjectState) -> None:
        """Keep the in-memory rows in step with one just written (its href may change)."""
        previous = self.href_of.get(row.uid)
        if previous and previous != row.href:
            self.by_href.pop(previous, None)
        self.rows[row.uid] = row
        self.href_of[row.uid] = row.href
        if row.href:
            self.by_href[row.href] = row

    def _forget(self, row: ObjectState) -> None:
        self.local.state.delete(row.uid)
        self.rows.pop(row.uid, None)
        previous = self.href_of.pop(row.uid, None)
        for href in {previous, row.href} - {None}:
            self.by_href.pop(href, None)  # type: ignore[arg-type]

    def _url(self, href: str) -> str:
        return self.origin + quote(href)

    def _check(self) -> None:
        if self.cancelled():
            raise CancelledError


def _key(url: object) -> str:
    """An object's href as the rows keep it: the unquoted path."""
    return unquote(urlsplit(str(url)).path)


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk
