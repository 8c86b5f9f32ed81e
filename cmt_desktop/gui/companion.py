"""What keeps running beside the window: the tray, the reminders, closing to the tray."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon

from cmt_desktop import preferences, services
from cmt_desktop.autostart import Autostart
from cmt_desktop.gui.main_window import MainWindow
from cmt_desktop.gui.reminder_service import ReminderService
from cmt_desktop.gui.reminder_texts import reminder_text
from cmt_desktop.gui.tray import Tray
from cmt_desktop.reminders import Reminder


class Companion(QObject):
    """Lives as long as the app; the window it serves may be rebuilt (language switch)."""

    def __init__(
        self,
        app: QApplication,
        *,
        venue: services.Venue,
        clock: Callable[[], datetime],
        tray_available: bool | None = None,
        autostart: Callable[[], Autostart] | None = None,
    ) -> None:
        super().__init__(app)
        self._app = app
        self._venue = venue
        self.window: MainWindow | None = None
        self._quitting = False
        available = (
            QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None else tray_available
        )
        self.tray = Tray(None, available=available)
        self.reminders = ReminderService(venue=venue, clock=clock, parent=self)
        self.reminders.reminder_due.connect(self._on_reminders_reminder_due)
        self.tray.open_requested.connect(lambda: self.window and self.window.reveal_post(0))
        self.tray.today_requested.connect(lambda: self.window and self.window.show_today())
        self.tray.notification_clicked.connect(self._on_tray_notification_clicked)
        self.tray.answers_requested.connect(
            lambda: self.window and self.window.show_saved_answers()
        )
        self.tray.pause_requested.connect(self._on_tray_pause_requested)
        self.tray.quit_requested.connect(self.quit)
        self._stopped = False
        self._autostart = autostart

    def attach(self, window: MainWindow) -> None:
        """Serve this window: its changes reschedule reminders, its Quit really quits."""
        self.window = window
        window.keep_running_in_tray = self._keep_running_in_tray
        window.quit_requested.connect(self.quit)
        window.hidden_to_tray.connect(self._on_window_hidden_to_tray)
        window.settings_requested.connect(self.edit_settings)
        window.events.posts_changed.connect(self.reminders.reschedule)
        if not self.tray.available and not preferences.no_tray_explained(self._venue):
            preferences.set_no_tray_explained(self._venue)  # told once, not at every start
            window.notice_bar.show_notice(
                self.tr("No system tray on this desktop"),
                self.tr("Reminders will appear here, at the top of the window, while it is open."),
            )

    def start(self) -> None:
        """Show what became due while the app was closed, then keep watch."""
        if not self._stopped:
            self.reminders.start()

    def stop(self) -> None:
        """Stop watching (the venue file is about to close)."""
        self._stopped = True
        self.reminders.timer.stop()
        if self.tray.icon is not None:
            self.tray.icon.hide()

    def quit(self) -> None:
        """Leave for good (the tray's or the menu's Quit)."""
        self._quitting = True
        if self.window is not None:
            self.window.close()
        self._app.quit()

    def edit_settings(self) -> None:
        """The settings dialog; reminders reschedule with the new choices."""
        from cmt_desktop.autostart import autostart_for_this_system
        from cmt_desktop.gui.settings_dialog import SettingsDialog, apply_start_at_login

        autostart = (self._autostart or autostart_for_this_system)()
        dialog = SettingsDialog(
            self.window,
            reminders=preferences.reminder_settings(self._venue),
            networks=[(n.key, n.name) for n in self._venue.catalogue],
            close_to_tray=preferences.close_to_tray(self._venue),
            start_at_login=autostart.is_enabled(),
            tray_available=self.tray.available,
        )
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        choice = dialog.choice()
        preferences.save_reminder_settings(self._venue, settings=choice.reminders)
        preferences.set_close_to_tray(self._venue, enabled=choice.close_to_tray)
        try:
            apply_start_at_login(autostart, enabled=choice.start_at_login)
        except OSError as exc:
            QMessageBox.warning(
                self.window,
                self.tr("Start at login not changed"),
                self.tr("The login entry could not be changed (%1).").replace("%1", str(exc)),
            )
        self.reminders.reschedule()

    def _keep_running_in_tray(self) -> bool:
        return not self._quitting and self.tray.available and preferences.close_to_tray(self._venue)

    def _on_window_hidden_to_tray(self) -> None:
        if preferences.tray_explained(self._venue):
            return
        preferences.set_tray_explained(self._venue)
        self.tray.notify(
            self.tr("CMt Desktop is still running"),
            self.tr(
                "It stays in the tray to remind you to publish and to answer. To quit, use "
                "Quit in its menu; Settings can make closing the window quit instead."
            ),
            0,
        )

    def _on_reminders_reminder_due(self, reminder: Reminder) -> None:
        title, text = reminder_text(reminder, self._venue)
        post_id = reminder.post_ids[0] if reminder.post_ids else 0
        shown = self.tray.notify(title, text, post_id)
        if not shown and self.window is not None:
            self.window.notice_bar.show_notice(title, text, post_id)

    def _on_tray_notification_clicked(self, post_id: int) -> None:
        if self.window is not None:
            self.window.reveal_post(post_id)

    def _on_tray_pause_requested(self, minutes: int) -> None:
        if minutes:
            self.reminders.pause(minutes=minutes)
        else:
            self.reminders.resume()
