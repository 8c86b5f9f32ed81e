"""Composition root: the QApplication, translators, the venue file and the main window."""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from cmt_desktop import APP_NAME, paths, services
from cmt_desktop.gui import resources_rc  # noqa: F401 - registers icons and translations
from cmt_desktop.gui.i18n import Translators, resolve_language
from cmt_desktop.gui.main_window import MainWindow
from cmt_desktop.gui.open_errors import explain_open_error
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
        self.qapp.setWindowIcon(QIcon(":/icons/cmt-desktop.svg"))
        self.translators = Translators(self.qapp)
        if not args.self_test:  # the self-test must fail loudly, not wait on a dialog
            sys.excepthook = _report_unexpected_error
        self.venue: services.Venue | None = None
        self.window: MainWindow | None = None
        self.companion = None  # the tray and the reminders (not in the self-test)
        self._paint_watch: _FirstPaint | None = None

    def start(self) -> bool:
        """Open the venue file and show the window; False (after telling the user) if it fails."""
        path = paths.venue_file(paths.data_dir(self.args.data_dir))
        _report_unexpected_error.venue_path = path  # type: ignore[attr-defined]
        self.translators.install(resolve_language(self.args.lang or ""))
        try:
            self.venue = services.open_venue(path, network_catalogue())
        except DatabaseOpenError as exc:
            title, text = explain_open_error(exc)
            if self.args.self_test:
                print(f"self-test failed: {text}", file=sys.stderr)
            else:
                QMessageBox.critical(None, title, text)
            return False
        chosen = self.args.lang or services.language(self.venue)
        self.translators.install(resolve_language(chosen))
        if not self.args.self_test:  # the self-test measures the window alone
            from cmt_desktop.gui.companion import Companion

            self.companion = Companion(self.qapp, venue=self.venue, clock=wall_clock)
            self.qapp.setQuitOnLastWindowClosed(not self.companion.tray.available)
        self._show_window(chosen)
        if self.companion is not None:
            QTimer.singleShot(0, self.companion.start)
        return True

    def run(self) -> int:
        """Start, then run the event loop until the user quits."""
        if not self.start():
            return 1
        if self.args.quit_after_ms:
            QTimer.singleShot(self.args.quit_after_ms, self.qapp.quit)
        code = self.qapp.exec()
        self.close()
        return code

    def close(self) -> None:
        """Close the window and the venue file."""
        if self.companion is not None:
            self.companion.stop()
        if self.window is not None:
            self.window.keep_running_in_tray = lambda: False
            self.window.close()
        if self.venue is not None:
            self.venue.close()
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
        if self.args.self_test:
            self._paint_watch = _FirstPaint(self._finish_self_test)
            self.window.centralWidget().installEventFilter(self._paint_watch)
        if self.companion is not None:
            self.companion.attach(self.window)
        if old is not None:
            self.window.setGeometry(old.geometry())
            old.keep_running_in_tray = lambda: False
            old.close()
            old.deleteLater()
        start_hidden = self.args.minimized and self.companion and self.companion.tray.available
        if not start_hidden:  # --minimized (start at login): straight to the tray
            self.window.show()
        if old is None and not self.args.self_test and self._needs_first_strategy():
            QTimer.singleShot(0, self.window.open_strategy_wizard)  # first start: why, then how

    def _needs_first_strategy(self) -> bool:
        assert self.venue is not None
        if services.get_post_count(self.venue):  # cheap check first: a venue in use
            return False
        from cmt_desktop import strategies  # the strategy model is only needed from here

        return strategies.needs_first_strategy(self.venue)

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
