"""Keeps the team calendar in step, in the background: at start, after changes, every few minutes.

Nothing runs until the team calendar is set up (opt-in). A sync runs in a worker thread on
its own connection to the venue file (an SQLite connection belongs to its thread), so the
window never freezes; quitting asks it to stop between two objects and waits a moment.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer, Signal

from cmt_desktop import services
from cmt_desktop.gui.background import BackgroundTask

EVERY_MS = 5 * 60 * 1000  # while the app runs
PROGRAMME_EVERY_S = 60 * 60  # the venue's agenda changes rarely; each import re-plans
AFTER_CHANGE_MS = 10_000  # changes made in a burst go in one sync
STOP_WAIT_MS = 3000


class TeamSync(QObject):
    """Schedules syncs and words their outcome for the status bar.

    The venue's agenda, when a calendar is chosen for it, is read after a sync at most once
    an hour and imported like an .ics file (its campaigns follow).

    Signals:
        status_changed(str): a one-line status ("Team calendar: up to date at 14:02…").
        posts_received(): colleagues' changes (or the agenda's events) were written to the
            venue file.
        conflicts_found(int): new posts changed on both sides wait for a choice (the count
            of all those waiting).
    """

    status_changed = Signal(str)
    posts_received = Signal()
    conflicts_found = Signal(int)

    def __init__(
        self,
        parent: QObject,
        *,
        venue: services.Venue,
        clock: Callable[[], datetime],
        language: str,
    ) -> None:
        super().__init__(parent)
        self._venue = venue
        self._clock = clock
        self._language = language
        self._task: BackgroundTask | None = None
        self._stop = threading.Event()
        self._again = False  # a change arrived during a sync: one more after it
        self._applying = False  # our own results reloading the window: not a new change
        self._every = QTimer(self)
        self._every.setInterval(EVERY_MS)
        self._every.timeout.connect(self.sync_now)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(AFTER_CHANGE_MS)
        self._soon.timeout.connect(self.sync_now)
        self.last_status = ""
        self._told: set[str] = set()  # the conflicts already pointed out
        self._programme_read: datetime | None = None

    def configured(self) -> bool:
        """True once the user has set up a team calendar for this (writable) venue file."""
        from cmt_desktop.team_calendar.state import load_settings

        if self._venue.path is None or self._venue.read_only:
            return False
        settings = load_settings(self._venue)
        return settings is not None and bool(settings.calendar_url)

    def start(self) -> None:
        """A first sync now, then every few minutes (nothing if not set up)."""
        if self.configured():
            self._every.start()
            self.sync_now()

    def changed(self) -> None:
        """Posts changed here: sync a little later, once the burst of changes is over."""
        if not self._applying and self.configured():
            self._soon.start()

    def sync_now(self) -> None:
        """Start a sync unless one is running (then one more follows it)."""
        if not self.configured():
            self._every.stop()
            return
        if self._task is not None and self._task.is_running():
            self._again = True
            return
        path, catalogue = self._venue.path, self._venue.catalogue
        now, stop, language = self._clock(), self._stop, self._language
        self._stop.clear()
        pull = self._programme_due(now)

        def work() -> object:
            from cmt_desktop.team_calendar.sync import pull_programme, sync

            venue = services.open_venue(path, catalogue, now=now)
            try:
                report = sync(venue, now=now, cancelled=stop.is_set, language=language)
                pulled = pull_programme(venue, now=now) if pull and report.ok else None
                return report, pulled
            finally:
                venue.close()

        self._task = BackgroundTask(work, self)
        self._task.finished.connect(self._on_finished)
        self.status_changed.emit(self.tr("Team calendar: syncing…"))
        self._task.start()

    def stop(self) -> None:
        """Ask a running sync to stop (what it did is kept) and wait a moment for it."""
        self._every.stop()
        self._soon.stop()
        self._stop.set()
        task = self._task
        if task is not None and task.is_running() and not task.wait(STOP_WAIT_MS):
            # Still waiting on the server (a request has its own timeout): let it end on its
            # own rather than destroy a running thread; its result is no longer wanted.
            task.finished.disconnect()
            task.setParent(QCoreApplication.instance())
            task.finished.connect(task.deleteLater)
            self._task = None

    def _programme_due(self, now: datetime) -> bool:
        """True when the venue's agenda calendar is set and was not read in the last hour."""
        from cmt_desktop.team_calendar.state import load_settings

        settings = load_settings(self._venue)
        if settings is None or not settings.programme_calendar_url:
            return False
        due = self._programme_read is None or (
            (now - self._programme_read).total_seconds() >= PROGRAMME_EVERY_S
        )
        if due:
            self._programme_read = now
        return due

    def _on_finished(self, outcome: object) -> None:
        from cmt_desktop.team_calendar.sync import SyncReport

        report, pulled = outcome if isinstance(outcome, tuple) else (outcome, None)
        if isinstance(report, SyncReport):
            self.last_status = self.describe(report)
            self.status_changed.emit(self.last_status)
            imported = pulled is not None and pulled.result is not None and pulled.result.counts
            if report.received or report.removed_on_server or imported:
                self._applying = True
                try:
                    self.posts_received.emit()
                finally:
                    self._applying = False
            waiting = {conflict.uid for conflict in report.conflicts}
            if waiting - self._told:  # said once per new conflict, not at every sync
                self.conflicts_found.emit(len(waiting))
            self._told = waiting
        else:  # a bug, or the venue file could not be reopened: said, retried later
            self.last_status = self.tr("Team calendar: not synced (%1); will try again.").replace(
                "%1", str(report)
            )
            self.status_changed.emit(self.last_status)
        if self._again:
            self._again = False
            self._soon.start()

    def describe(self, report: object) -> str:
        """The status line for a sync report."""
        from cmt_desktop.team_calendar.errors import ConnectionStatus

        when = QLocale().toString(report.started_at.astimezone(self._venue.tz).time(), "HH:mm")
        if report.cancelled:
            return self.tr("Team calendar: sync stopped at %1; it goes on next time.").replace(
                "%1", when
            )
        if report.error is not None and report.error is not ConnectionStatus.SERVER_ERROR:
            text = self.tr("Team calendar: %1 at %2; will try again.")
            return text.replace("%1", status_words(report.error)).replace("%2", when)
        # Plain names as counts: lupdate misses plurals whose count is a call.
        sent, received, failed = report.sent, report.received, report.failed
        waiting = len(report.conflicts)
        parts = [
            words
            for count, words in (
                (sent, self.tr("%n sent", "", sent)),
                (received, self.tr("%n received", "", received)),
                (waiting, self.tr("%n to resolve", "", waiting)),
                (failed, self.tr("%n refused by the server", "", failed)),
            )
            if count
        ]
        text = self.tr("Team calendar: up to date at %1").replace("%1", when)
        return f"{text} ({', '.join(parts)})" if parts else text


def status_words(status: object) -> str:
    """A connection problem in plain words, for the status line and the settings dialog."""
    from PySide6.QtCore import QCoreApplication

    from cmt_desktop.team_calendar.errors import ConnectionStatus

    translate = QCoreApplication.translate
    return {
        ConnectionStatus.OK: translate("TeamSync", "connected"),
        ConnectionStatus.WRONG_ADDRESS: translate(
            "TeamSync", "no calendar server at this address (check it with your IT contact)"
        ),
        ConnectionStatus.WRONG_PASSWORD: translate(
            "TeamSync", "the server refused the user name or the password"
        ),
        ConnectionStatus.CERTIFICATE: translate(
            "TeamSync", "the server's certificate could not be verified"
        ),
        ConnectionStatus.UNREACHABLE: translate(
            "TeamSync", "the server cannot be reached (offline, or the server is down)"
        ),
        ConnectionStatus.SERVER_ERROR: translate("TeamSync", "the server answered with an error"),
        ConnectionStatus.NOT_HTTPS: translate(
            "TeamSync", "the address must start with https:// so that the password is protected"
        ),
        ConnectionStatus.NO_PASSWORD: translate(
            "TeamSync", "no password stored on this computer (Settings › Team calendar)"
        ),
        ConnectionStatus.NOT_CONFIGURED: translate("TeamSync", "not set up"),
        ConnectionStatus.READ_ONLY: translate("TeamSync", "the venue file is open read-only"),
    }.get(status, str(status))
