"""Composition root: the QApplication, translators, the venue file and the main window."""

from __future__ import annotations

import argparse
import contextlib
import os
import sqlite3
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from cmt_desktop import APP_NAME, paths, services
from cmt_desktop.gui import resources_rc  # noqa: F401 - registers icons and translations
from cmt_desktop.gui.i18n import Translators, resolve_language
from cmt_desktop.gui.main_window import MainWindow
from cmt_desktop.gui.open_errors import explain_open_error
from cmt_desktop.gui.venue_files import LAST_FILE_KEY
from cmt_desktop.gui.venue_opening import open_venue_or_offer_ways
from cmt_desktop.resources import network_catalogue
from cmt_desktop.storage.db import DatabaseOpenError, OpenFailure

_STARTED = time.perf_counter()


def wall_clock() -> datetime:
    """The real "now": the only place the app reads the clock."""
    return datetime.now(UTC)


class _FirstPaint(QObject):
    """Calls ``done`` once, right after the watched widget's first paint."""

    def __init__(self, done) -> None:  # noqa: ANN001
        super().__init__()
        self._done = done

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._done is not None:
            done, self._done = self._done, None
            QTimer.singleShot(0, done)
        return False


def _report_unexpected_error(kind, value, trace) -> None:  # noqa: ANN001
    """Last resort for a bug: say so in plain words instead of dying with a traceback."""
    sys.__excepthook__(kind, value, trace)  # keep the details on stderr for a bug report
    if isinstance(value, sqlite3.DatabaseError):  # damage found while reading, past the header
        path = getattr(_report_unexpected_error, "venue_path", None)
        title, text = explain_open_error(DatabaseOpenError(OpenFailure.DAMAGED, path, str(value)))
        QMessageBox.critical(QApplication.activeWindow(), title, text)
        return
    QMessageBox.critical(
        QApplication.activeWindow(),
        QCoreApplication.translate("Application", "Unexpected error"),
        QCoreApplication.translate(
            "Application",
            "Something went wrong in CMt Desktop: %1\n\nEvery change you made before this "
            "was already saved. If it happens again, note what you were doing and tell us.",
        ).replace("%1", str(value) or kind.__name__),
    )


class Application:
    """Holds what lives as long as the process: app, translators, venue, window."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.qapp = QApplication.instance() or QApplication(sys.argv[:1])
        QCoreApplication.setOrganizationName("CMt")
        QCoreApplication.setApplicationName(APP_NAME)
        # Wayland and desktop shells match the window to its menu entry by this id.
        QGuiApplication.setDesktopFileName("fr.cmt.Desktop")
        self.qapp.setWindowIcon(QIcon(":/icons/cmt-desktop.svg"))
        self.translators = Translators(self.qapp)
        if not args.self_test:  # the self-test must fail loudly, not wait on a dialog
            sys.excepthook = _report_unexpected_error
        self.venue: services.Venue | None = None
        self.window: MainWindow | None = None
        self.companion = None  # the tray and the reminders (not in the self-test)
        self.team = None  # the team calendar's background sync (not in the self-test)
        self._paint_watch: _FirstPaint | None = None
        self.instance = None  # the venue file's lock and local server (SingleInstance)
        self.handed_over = False  # another instance had the file and was brought forward

    def start(self, path: Path | None = None) -> bool:
        """Open the venue file and show the window; False when there is nothing to show.

        A file that will not open gets its message and ways forward (restore, read-only,
        another file, a new one); a file already open in another instance brings that one
        to the front instead.
        """
        self.translators.install(resolve_language(self.args.lang or ""))
        venue = self._open_venue(path or self._venue_path())
        if venue is None:
            return False
        self.venue = venue
        chosen = self.args.lang or services.language(self.venue)
        self.translators.install(resolve_language(chosen))
        if not self.args.self_test:  # the self-test measures the window alone
            from cmt_desktop.gui.companion import Companion

            self.companion = Companion(self.qapp, venue=self.venue, clock=wall_clock)
            self.qapp.setQuitOnLastWindowClosed(not self.companion.tray.available)
        if not self.args.self_test:
            from cmt_desktop.gui.team_sync import TeamSync

            self.team = TeamSync(
                self.qapp, venue=self.venue, clock=wall_clock, language=resolve_language(chosen)
            )
        self._show_window(chosen)
        if self.companion is not None:
            QTimer.singleShot(0, self.companion.start)
            QTimer.singleShot(0, self._daily_backup)
        if self.team is not None:
            QTimer.singleShot(0, self._start_team)
        return True

    def _start_team(self) -> None:
        """The first team-calendar sync (nothing unless one is set up, nothing once closed)."""
        if self.team is not None:
            self.team.start()

    def _venue_path(self) -> Path:
        """--data-dir (or $CMT_DATA_DIR), else the file opened last, else the default one."""
        if self.args.data_dir or os.environ.get("CMT_DATA_DIR"):
            return paths.venue_file(paths.data_dir(self.args.data_dir))
        remembered = QSettings().value(LAST_FILE_KEY, "", str)
        if remembered and Path(remembered).is_file():
            return Path(remembered)
        return paths.venue_file(paths.data_dir())

    def _open_venue(self, path: Path) -> services.Venue | None:
        """Open ``path``; the self-test fails at once, a person is offered the ways forward."""
        _report_unexpected_error.venue_path = path  # type: ignore[attr-defined]
        if not self.args.self_test:
            return open_venue_or_offer_ways(path, claim=self._claim, clock=wall_clock)
        try:
            return services.open_venue(path, network_catalogue(), now=wall_clock())
        except DatabaseOpenError as exc:
            print(f"self-test failed: {explain_open_error(exc)[1]}", file=sys.stderr)
            return None

    def _claim(self, path: Path) -> bool:
        """Take the file for this process; False when another instance has it (and shows it)."""
        from cmt_desktop.gui.single_instance import Claim, SingleInstance  # QtNetwork: later

        if self.instance is not None:
            self.instance.release()
        with contextlib.suppress(OSError):  # a first start: the data folder is new
            path.parent.mkdir(parents=True, exist_ok=True)
        self.instance = SingleInstance(path)
        claim = self.instance.claim()
        if claim is Claim.NO_LOCK:
            return True
        if claim is Claim.OURS:
            self.instance.activation_requested.connect(self._on_activation_requested)
            return True
        self.handed_over = claim is Claim.HANDED_OVER
        if claim is Claim.BUSY:
            QMessageBox.warning(
                None,
                QCoreApplication.translate("Application", "Already open"),
                QCoreApplication.translate(
                    "Application",
                    "This venue file is already open in CMt Desktop, which does not answer:"
                    "\n%1\n\nWait a moment and start again, or restart the computer.",
                ).replace("%1", str(path)),
            )
        else:
            print(
                "CMt Desktop is already open with this venue file: its window was brought "
                "to the front."
            )
        return False

    def _on_activation_requested(self) -> None:
        if self.window is not None:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()

    def _daily_backup(self) -> None:
        """The start-up backup (at most once a day); a failure is said, never fatal."""
        from cmt_desktop import safety

        if self.venue is None or self.window is None:  # closed meanwhile
            return
        try:
            safety.daily_backup(self.venue, now=wall_clock())
        except (OSError, sqlite3.Error) as exc:
            self.window.notice_bar.show_notice(
                QCoreApplication.translate("Application", "No backup today"),
                QCoreApplication.translate(
                    "Application",
                    "Today's backup could not be written (%1). Check that the disk is not full "
                    "and that the backup folder is available (File › Backups).",
                ).replace("%1", str(exc)),
            )

    def run(self) -> int:
        """Start, then run the event loop until the user quits."""
        if not self.start():
            return 0 if self.handed_over else 1
        if self.args.quit_after_ms:
            QTimer.singleShot(self.args.quit_after_ms, self.qapp.quit)
        code = self.qapp.exec()
        self.close()
        return code

    def close(self) -> None:
        """Close the window and the venue file."""
        self._close_venue()
        if self.instance is not None:
            self.instance.release()
        self.translators.uninstall()

    def _show_window(self, language_choice: str) -> None:
        assert self.venue is not None
        old = self.window
        self.window = MainWindow(
            venue=self.venue,
            clock=wall_clock,
            language=resolve_language(language_choice),
            parent=None,
        )
        self.window.actions_.check_language(language_choice)
        self.window.language_chosen.connect(self._on_window_language_chosen)
        self.window.open_file_requested.connect(self.switch_to)
        self.window.venue_restored.connect(self._on_venue_restored)
        if self.venue.read_only:
            self.window.setWindowTitle(
                QCoreApplication.translate("Application", "%1 (read-only)").replace(
                    "%1", self.window.windowTitle()
                )
            )
            self.window.notice_bar.show_notice(
                QCoreApplication.translate("Application", "Read-only"),
                QCoreApplication.translate(
                    "Application",
                    "This venue file is open read-only: you can look at it and export it, "
                    "but changes will not be saved.",
                ),
            )
        if self.args.self_test:
            self._paint_watch = _FirstPaint(self._finish_self_test)
            self.window.centralWidget().installEventFilter(self._paint_watch)
        if self.companion is not None:
            self.companion.attach(self.window)
        if self.team is not None:
            self._attach_team(self.window)
        if old is not None:
            self.window.setGeometry(old.geometry())
            old.keep_running_in_tray = lambda: False
            old.close()
            old.deleteLater()
        start_hidden = self.args.minimized and self.companion and self.companion.tray.available
        if not start_hidden:  # --minimized (start at login): straight to the tray
            self.window.show()
        if (
            old is None
            and not self.args.self_test
            and not self.venue.read_only
            and self._needs_first_strategy()
        ):
            QTimer.singleShot(0, self.window.open_strategy_wizard)  # first start: why, then how

    def _needs_first_strategy(self) -> bool:
        assert self.venue is not None
        if services.get_post_count(self.venue):  # cheap check first: a venue in use
            return False
        from cmt_desktop import strategies  # the strategy model is only needed from here

        return strategies.needs_first_strategy(self.venue)

    def switch_to(self, path: Path) -> None:
        """Close the current venue file and work on ``path`` from now on (File › Open…)."""
        self._close_venue()
        QSettings().setValue(LAST_FILE_KEY, str(path))
        if not self.start(path):
            self.qapp.quit()

    def _on_venue_restored(self) -> None:
        """A backup replaced the file's content: read it again and rebuild the window."""
        assert self.venue is not None
        path = self.venue.path
        self._close_venue()
        if not self.start(path):
            self.qapp.quit()

    def _attach_team(self, window: MainWindow) -> None:
        """The team calendar follows this window's changes and reports in its status bar."""
        team = self.team
        assert team is not None
        label = QLabel(team.last_status, window)
        label.setObjectName("team_status_label")
        window.statusBar().addPermanentWidget(label)
        team.status_changed.connect(label.setText)
        window.events.posts_changed.connect(team.changed)
        window.team_calendar_changed.connect(team.start)
        team.posts_received.connect(window.changed_outside)
        team.conflicts_found.connect(
            lambda count: window.notice_bar.show_notice(
                QCoreApplication.translate("Application", "Team calendar"),
                QCoreApplication.translate(
                    "Application",
                    "Some posts were changed both here and by a colleague. Nothing was "
                    "overwritten: choose what to keep in Settings › Changed on both sides.",
                ),
            )
        )

    def _close_venue(self) -> None:
        self.qapp.setQuitOnLastWindowClosed(False)  # another window follows; start() resets it
        if self.team is not None:
            self.team.stop()  # a sync in progress stops between two objects
            self.team.deleteLater()
            self.team = None
        if self.companion is not None:
            self.companion.stop()
            self.companion.deleteLater()
            self.companion = None
        if self.window is not None:
            self.window.keep_running_in_tray = lambda: False
            self.window.close()
            self.window.deleteLater()
            self.window = None
        if self.venue is not None:
            self.venue.close()
            self.venue = None

    def _on_window_language_chosen(self, code: str) -> None:
        assert self.venue is not None
        services.set_language(self.venue, code=code)
        self.translators.install(resolve_language(code))
        self._show_window(code)  # rebuilt, so that every label is in the new language

    def _finish_self_test(self) -> None:
        assert self.window is not None and self.venue is not None
        elapsed_ms = (time.perf_counter() - _STARTED) * 1000
        if self.args.screenshot:
            self.window.grab().save(self.args.screenshot)
        print(
            f"self-test: main window painted in {elapsed_ms:.0f} ms "
            f"({self.venue.posts.count()} posts)"
        )
        self.qapp.quit()


def run_gui(args: argparse.Namespace) -> int:
    """Start the graphical application; returns the exit code."""
    return Application(args).run()
