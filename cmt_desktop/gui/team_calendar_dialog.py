"""Settings › Team calendar: the server, the account, the calendar; tested before it is kept."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog, QMessageBox, QWidget

from cmt_desktop import services
from cmt_desktop.gui.background import BackgroundTask
from cmt_desktop.gui.forms.ui_team_calendar_dialog import Ui_TeamCalendarDialog
from cmt_desktop.gui.team_sync import status_words
from cmt_desktop.team_calendar import connection, state
from cmt_desktop.team_calendar.errors import ConnectionStatus
from cmt_desktop.team_calendar.passwords import KeyringPasswords, PasswordStore

STOP = 2  # the dialog's result when the user stops sharing


class TeamCalendarDialog(QDialog):
    """Fill in, test (in the background), choose or create the calendar, then save."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        venue: services.Venue,
        passwords: PasswordStore | None = None,
    ) -> None:
        super().__init__(parent)
        self._ui = Ui_TeamCalendarDialog()
        self._ui.setupUi(self)
        self._venue = venue
        self._passwords = passwords or KeyringPasswords()
        self._fingerprint = ""
        self._offered_fingerprint = ""
        self._task: BackgroundTask | None = None
        ui = self._ui
        saved = state.load_settings(venue)
        if saved is not None:
            ui.server_edit.setText(saved.server_url)
            ui.user_edit.setText(saved.username)
            ui.moderation_check.setChecked(saved.publish_moderation)
            ui.events_check.setChecked(saved.publish_events)
            self._fingerprint = saved.fingerprint
            if saved.calendar_url:
                ui.calendar_combo.addItem(
                    saved.calendar_name or saved.calendar_url, saved.calendar_url
                )
            if saved.programme_calendar_url:
                ui.programme_combo.addItem(
                    saved.programme_calendar_url, saved.programme_calendar_url
                )
            stop = ui.button_box.addButton(
                self.tr("&Stop sharing"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            stop.setObjectName("stop_sharing_button")
            stop.clicked.connect(self._on_stop_clicked)
        ui.programme_combo.insertItem(0, self.tr("None"), "")
        if ui.programme_combo.currentIndex() < 0:
            ui.programme_combo.setCurrentIndex(0)
        ui.trust_button.hide()
        ui.test_button.clicked.connect(self.test_connection)
        ui.trust_button.clicked.connect(self._on_trust_clicked)
        ui.create_button.clicked.connect(self._on_create_clicked)
        ui.button_box.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self._save)
        self.resize(620, self.sizeHint().height())

    # --- what the form says -------------------------------------------------------------

    def settings(self) -> connection.TeamCalendarSettings:
        """The settings as filled in."""
        ui = self._ui
        return connection.TeamCalendarSettings(
            server_url=ui.server_edit.text().strip(),
            username=ui.user_edit.text().strip(),
            calendar_url=ui.calendar_combo.currentData() or "",
            calendar_name=ui.calendar_combo.currentText(),
            fingerprint=self._fingerprint,
            publish_moderation=ui.moderation_check.isChecked(),
            publish_events=ui.events_check.isChecked(),
            programme_calendar_url=ui.programme_combo.currentData() or "",
        )

    def _password(self) -> str:
        typed = self._ui.password_edit.text()
        if typed:
            return typed
        settings = self.settings()
        return self._passwords.get(settings.server_url, settings.username) or ""

    # --- testing ----------------------------------------------------------------------------

    def test_connection(self) -> None:
        """Log in in the background; the result fills the calendars or says what is wrong."""
        if self._task is not None and self._task.is_running():
            return
        settings, password = self.settings(), self._password()
        self._ui.result_label.setText(self.tr("Connecting…"))
        self._ui.test_button.setEnabled(False)
        self._task = BackgroundTask(lambda: connection.test_connection(settings, password), self)
        self._task.finished.connect(self._on_tested)
        self._task.start()

    def wait_for_test(self, milliseconds: int = 20_000) -> None:
        """Block until a running test has answered (for tests and for closing)."""
        if self._task is not None:
            self._task.wait(milliseconds)

    def _on_tested(self, result: object) -> None:
        ui = self._ui
        ui.test_button.setEnabled(True)
        if not isinstance(result, connection.ConnectionResult):
            ui.result_label.setText(self.tr("The test failed: %1").replace("%1", str(result)))
            return
        ui.trust_button.setVisible(
            result.status is ConnectionStatus.CERTIFICATE and bool(result.fingerprint)
        )
        self._offered_fingerprint = result.fingerprint
        if not result.ok:
            ui.result_label.setText(
                self.tr("Not connected: %1.").replace("%1", status_words(result.status))
            )
            return
        chosen = ui.calendar_combo.currentData()
        ui.calendar_combo.clear()
        programme = ui.programme_combo.currentData()
        while ui.programme_combo.count() > 1:
            ui.programme_combo.removeItem(1)
        for calendar in result.calendars:
            ui.calendar_combo.addItem(calendar.name or calendar.url, calendar.url)
            ui.programme_combo.addItem(calendar.name or calendar.url, calendar.url)
        for combo, wanted in ((ui.calendar_combo, chosen), (ui.programme_combo, programme)):
            found = combo.findData(wanted)
            if found >= 0:
                combo.setCurrentIndex(found)
        count = len(result.calendars)
        ui.result_label.setText(self.tr("Connected: %n calendar(s) found.", "", count))

    def _on_trust_clicked(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Trust this certificate?"),
            self.tr(
                "The server shows a certificate that no authority vouches for (a self-signed "
                "one). Trust it only if the person who runs the server confirms that its "
                "fingerprint is:\n\n%1"
            ).replace("%1", self._offered_fingerprint),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._fingerprint = self._offered_fingerprint
            self._ui.trust_button.hide()
            self.test_connection()

    def _on_create_clicked(self) -> None:
        name, accepted = QInputDialog.getText(
            self, self.tr("New calendar"), self.tr("Name of the calendar:"), text=self.tr("Plan")
        )
        if not accepted or not name.strip():
            return
        try:
            created = connection.create_calendar(self.settings(), self._password(), name.strip())
        except Exception as exc:  # noqa: BLE001 - the library's errors are worded for the user
            from cmt_desktop.team_calendar.errors import classify

            failure = classify(exc)
            self._ui.result_label.setText(
                self.tr("Calendar not created: %1.").replace("%1", status_words(failure.status))
            )
            return
        self._ui.calendar_combo.addItem(created.name or created.url, created.url)
        self._ui.calendar_combo.setCurrentIndex(self._ui.calendar_combo.count() - 1)

    # --- keeping it -----------------------------------------------------------------------

    def _save(self) -> None:
        settings = self.settings()
        if not settings.server_url or not settings.username or not settings.calendar_url:
            QMessageBox.warning(
                self,
                self.tr("Team calendar"),
                self.tr(
                    "Fill in the address and the user name, test the connection, then choose "
                    "the calendar to share."
                ),
            )
            return
        typed = self._ui.password_edit.text()
        if typed:
            try:
                self._passwords.set(settings.server_url, settings.username, typed)
            except Exception as exc:  # noqa: BLE001 - keyring backends raise their own errors
                QMessageBox.warning(
                    self,
                    self.tr("Password not kept"),
                    self.tr(
                        "The computer's password store could not keep the password (%1), so "
                        "nothing was saved. On Linux, a keyring such as GNOME Keyring or "
                        "KWallet must be running."
                    ).replace("%1", str(exc)),
                )
                return
        state.save_settings(self._venue, settings)
        self.accept()

    def _on_stop_clicked(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Stop sharing"),
            self.tr(
                "Stop sharing the plan through the team calendar? Your posts stay here; the "
                "events already on the server stay there. The password is removed from this "
                "computer."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            state.disconnect(self._venue, passwords=self._passwords)
            self.done(STOP)
