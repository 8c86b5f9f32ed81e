"""Two-way sync of the posts with one calendar of the team's CalDAV server, offline-first.

One call, :func:`sync`, run in a worker by the window (it blocks on the network):

1. lists what changed on the server since the last sync (the calendar's sync-token, or
   every object's ETag where the server has no tokens) and reads only those objects;
2. brings a colleague's edits into the posts (see ``mapping`` for the fields), unless the
   post also changed here: that is a conflict, reported with both versions, and nothing
   is overwritten either way (:func:`resolve_conflict` settles it);
3. an event deleted on the server never deletes its post: it is reported as a
   DELETED_ON_SERVER conflict, the post staying as it is until the user chooses;
4. deletes on the server the events of posts deleted (or undated) here;
5. sends the posts that changed here, each as the VEVENT the .ics export writes, one object
   per post named after its UID, with If-Match (or If-None-Match: * for a new one); then
   the moderation slots and venue events when the settings ask for them (one-way).

Every local write is its own transaction, and the sync token is kept only once all is
done: stopped at any point (``cancelled``, a quit, a lost network), the file stays
consistent and the next sync takes up where this one stopped.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime

from cmt_desktop import services
from cmt_desktop.team_calendar.conflicts import (
    Conflict,
    ConflictKind,
    open_conflicts,
    resolve_conflict,
)
from cmt_desktop.team_calendar.connection import TeamCalendarSettings, open_client
from cmt_desktop.team_calendar.engine import CancelledError, Counts, Run
from cmt_desktop.team_calendar.errors import (
    ConnectionStatus,
    TeamCalendarError,
    classify,
    expected_errors,
)
from cmt_desktop.team_calendar.local import Local
from cmt_desktop.team_calendar.passwords import KeyringPasswords, PasswordStore
from cmt_desktop.team_calendar.pull import ProgrammePull, pull_programme, settings_and_password
from cmt_desktop.team_calendar.state import last_sync

__all__ = [
    "Conflict",
    "ConflictKind",
    "ProgrammePull",
    "SyncReport",
    "last_sync",
    "open_conflicts",
    "pull_programme",
    "resolve_conflict",
    "sync",
]


@dataclasses.dataclass(frozen=True)
class SyncReport:
    """What a sync did, for the status line; counts are of calendar objects.

    Attributes:
        started_at: The ``now`` of the sync.
        sent: Objects written to the server (posts, moderation slots, events).
        received: Posts changed here from a colleague's edit.
        deleted_remote: Events deleted on the server because their post was deleted here.
        removed_on_server: Events found deleted on the server in this sync; their posts are
            kept and listed in ``conflicts`` (DELETED_ON_SERVER).
        unchanged: Posts already up to date on the server.
        ignored: The calendar's other events (a colleague's own), seen for the first time
            and left alone.
        failed: Objects the server refused (``error`` is then SERVER_ERROR).
        conflicts: Every conflict waiting for a choice, new or older.
        received_uids: The UIDs of the posts changed here, for the window to refresh.
        error: Why the sync stopped early or was incomplete, or ``None``.
        error_detail: The technical message behind ``error``.
        cancelled: The sync was asked to stop; what was done is kept.
    """

    started_at: datetime
    sent: int = 0
    received: int = 0
    deleted_remote: int = 0
    removed_on_server: int = 0
    unchanged: int = 0
    ignored: int = 0
    failed: int = 0
    conflicts: tuple[Conflict, ...] = ()
    received_uids: tuple[str, ...] = ()
    error: ConnectionStatus | None = None
    error_detail: str = ""
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        """True when the sync ran to its end without an error (conflicts may remain)."""
        return self.error is None and not self.cancelled

    def counts(self) -> dict[str, int]:
        """The non-zero counts by name, conflicts included, for a status line."""
        names = ("sent", "received", "deleted_remote", "removed_on_server", "ignored", "failed")
        found = {name: getattr(self, name) for name in names if getattr(self, name)}
        if self.conflicts:
            found["conflicts"] = len(self.conflicts)
        return found


def sync(
    venue: services.Venue,
    *,
    now: datetime,
    cancelled: Callable[[], bool] | None = None,
    settings: TeamCalendarSettings | None = None,
    passwords: PasswordStore | None = None,
    language: str | None = None,
) -> SyncReport:
    """Bring the venue's posts and the team calendar up to date with each other.

    Never raises for what the network or the server does: ``error`` says it. The venue
    must have been opened by the calling thread (an SQLite connection belongs to its
    thread): a worker opens the venue file again.

    Args:
        venue: The venue, opened read-write.
        now: The time of the sync (aware): DTSTAMP of posts never saved, ``last_sync``.
        cancelled: Asked between objects; True stops the sync, keeping what was done.
        settings: The connection (default: the venue's saved settings).
        passwords: Where the password is (default: the system's store, via keyring).
        language: The export language (default: the venue's, else French).
    """
    if venue.read_only:
        return SyncReport(now, error=ConnectionStatus.READ_ONLY)
    counts = Counts()
    error, detail, stopped = None, "", False
    try:
        settings, password = settings_and_password(venue, settings, passwords or KeyringPasswords())
        if not settings.calendar_url:
            raise TeamCalendarError(ConnectionStatus.NOT_CONFIGURED, "no calendar chosen")
        local = Local(venue, now=now, language=language)
        with open_client(settings, password) as client:
            Run(local, client, settings, counts, cancelled or (lambda: False)).run()
    except CancelledError:
        stopped = True
    except expected_errors() as raised:
        failure = classify(raised)
        error, detail = failure.status, failure.detail
    if error is None and counts.failed:
        error, detail = ConnectionStatus.SERVER_ERROR, counts.refusal
    fields = dataclasses.asdict(counts)
    del fields["refusal"]
    fields["received_uids"] = tuple(counts.received_uids)
    return SyncReport(
        now,
        **fields,
        conflicts=tuple(open_conflicts(venue, now=now, language=language)),
        error=error,
        error_detail=detail,
        cancelled=stopped,
    )
