"""Settings: reminders, the daily digest, closing to the tray and starting at login."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from cmt_desktop.autostart import Autostart
from cmt_desktop.gui.wizard.table_editor import Column, TableEditor
from cmt_desktop.reminders import ReminderSettings


@dataclasses.dataclass(frozen=True)
class SettingsChoice:
    """What the dialog returns."""

    reminders: ReminderSettings
    close_to_tray: bool
    start_at_login: bool


class SettingsDialog(QDialog):
    """A short form; the window applies the choices through the preferences use cases."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        reminders: ReminderSettings,
        networks: list[tuple[str, str]],
        close_to_tray: bool,
        start_at_login: bool,
        tray_available: bool,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self._reminders = reminders
        self.lead_spin = QSpinBox(self)
        self.lead_spin.setObjectName("lead_spin")
        self.lead_spin.setRange(0, 24 * 60)
        self.lead_spin.setSingleStep(15)
        self.lead_spin.setSuffix(self.tr(" min before"))
        self.lead_spin.setValue(reminders.lead_minutes)
        self.digest_check = QCheckBox(self.tr("Every day at"), self)
        self.digest_check.setChecked(reminders.digest_enabled)
        self.digest_time = QTimeEdit(
            QTime(reminders.digest_time.hour, reminders.digest_time.minute)
        )
        self.digest_time.setDisplayFormat("HH:mm")
        self.moderation_check = QCheckBox(self.tr("Remind me of the moderation slots"), self)
        self.moderation_check.setChecked(reminders.moderation_enabled)
        self.tray_check = QCheckBox(
            self.tr("Closing the window keeps CMt Desktop in the tray (reminders go on)"), self
        )
        self.tray_check.setChecked(close_to_tray and tray_available)
        self.tray_check.setEnabled(tray_available)
        self.login_check = QCheckBox(self.tr("Start CMt Desktop when I log in (in the tray)"), self)
        self.login_check.setChecked(start_at_login)
        form = QFormLayout()
        form.addRow(self.tr("&Remind me of each post:"), self.lead_spin)
        form.addRow(self.digest_check, self.digest_time)
        form.addRow(self.moderation_check)
        form.addRow(self.tray_check)
        form.addRow(self.login_check)
        for widget, name in (
            (self.lead_spin, self.tr("Minutes of reminder before each post")),
            (self.digest_check, self.tr("Daily digest")),
            (self.digest_time, self.tr("Time of the daily digest")),
            (self.moderation_check, self.tr("Moderation reminders")),
            (self.tray_check, self.tr("Keep running in the tray")),
            (self.login_check, self.tr("Start at login")),
        ):
            widget.setAccessibleName(name)
        self.leads = TableEditor(
            [
                Column(self.tr("Network"), "combo", [(name, key) for key, name in networks]),
                Column(self.tr("Reminder"), "spin", maximum=24 * 60, suffix=self.tr(" min before")),
            ],
            add_text=self.tr("&Another lead time for a network"),
            accessible_name=self.tr("Lead time per network"),
            new_row=lambda: [networks[0][0] if networks else "", reminders.lead_minutes],
            parent=self,
        )
        self.leads.set_rows([[key, minutes] for key, minutes in reminders.lead_by_network.items()])
        self.leads.setMaximumHeight(170)
        note = QLabel(self)
        note.setWordWrap(True)
        if not tray_available:
            note.setText(
                self.tr(
                    "This desktop has no system tray: reminders appear in the "
                    "window while it is open."
                )
            )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Networks that need more (or less) time:"), self))
        layout.addWidget(self.leads)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.digest_check.toggled.connect(self.digest_time.setEnabled)
        self.digest_time.setEnabled(reminders.digest_enabled)

    def choice(self) -> SettingsChoice:
        """The settings as chosen."""
        clock = self.digest_time.time()
        reminders = dataclasses.replace(
            self._reminders,
            lead_minutes=self.lead_spin.value(),
            digest_enabled=self.digest_check.isChecked(),
            digest_time=self._reminders.digest_time.replace(
                hour=clock.hour(), minute=clock.minute()
            ),
            moderation_enabled=self.moderation_check.isChecked(),
            lead_by_network={key: minutes for key, minutes in self.leads.rows() if key},
        )
        return SettingsChoice(reminders, self.tray_check.isChecked(), self.login_check.isChecked())


def apply_start_at_login(autostart: Autostart, *, enabled: bool) -> None:
    """Create or remove the login entry (no trace when removed)."""
    if enabled and not autostart.is_enabled():
        autostart.enable()
    elif not enabled and autostart.is_enabled():
        autostart.disable()
