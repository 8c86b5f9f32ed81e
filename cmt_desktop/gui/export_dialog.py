"""Ask what to export to .ics: period, network, reminder, moderation slots and file."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from cmt_desktop.domain.networks import NetworkCatalogue
from cmt_desktop.gui.forms.ui_export_dialog import Ui_ExportDialog


@dataclasses.dataclass(frozen=True)
class ExportChoice:
    """What the user asked for."""

    path: Path
    first_day: date | None
    last_day: date | None
    network: str | None
    alarm_minutes: int
    include_moderation: bool = False


class ExportDialog(QDialog):
    """The export form; it only collects choices, the window runs the export."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        catalogue: NetworkCatalogue,
        first_day: date,
        last_day: date,
        alarm_minutes: int,
        suggested_path: Path,
        has_strategy: bool = False,
    ) -> None:
        """Fill the form.

        Args:
            parent: The window.
            catalogue: The networks offered.
            first_day: The proposed first day of a date range.
            last_day: The proposed last day.
            alarm_minutes: The reminder lead time to show.
            suggested_path: The file proposed.
            has_strategy: Whether the venue has a strategy with moderation slots; without
                one, the moderation checkbox is disabled and says why.
        """
        super().__init__(parent)
        self._ui = Ui_ExportDialog()
        self._ui.setupUi(self)
        ui = self._ui
        ui.network_combo.addItem(self.tr("All networks"), None)
        for network in catalogue:
            ui.network_combo.addItem(network.name, network.key)
        for edit in (ui.from_date_edit, ui.to_date_edit):
            edit.setDisplayFormat("d MMM yyyy")  # unambiguous in every language
        ui.from_date_edit.setDate(QDate(first_day.year, first_day.month, first_day.day))
        ui.to_date_edit.setDate(QDate(last_day.year, last_day.month, last_day.day))
        ui.alarm_spin.setValue(alarm_minutes)
        ui.file_edit.setText(str(suggested_path))
        if not has_strategy:
            ui.moderation_check.setEnabled(False)
            ui.moderation_check.setToolTip(
                self.tr(
                    "No moderation slots yet: set the times to answer the community in the "
                    "strategy first."
                )
            )
        ui.range_period_radio.toggled.connect(self._on_range_period_radio_toggled)
        ui.browse_button.clicked.connect(self._on_browse_button_clicked)
        ui.file_edit.textChanged.connect(self._on_file_edit_text_changed)
        self._on_range_period_radio_toggled(False)

    def choice(self) -> ExportChoice:
        """The user's choices."""
        ui = self._ui
        ranged = ui.range_period_radio.isChecked()
        first, last = ui.from_date_edit.date().toPython(), ui.to_date_edit.date().toPython()
        if ranged and first > last:
            first, last = last, first
        path = Path(ui.file_edit.text().strip()).expanduser()
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        return ExportChoice(
            path=path,
            first_day=first if ranged else None,
            last_day=last if ranged else None,
            network=ui.network_combo.currentData(),
            alarm_minutes=ui.alarm_spin.value(),
            include_moderation=ui.moderation_check.isEnabled() and ui.moderation_check.isChecked(),
        )

    def _on_range_period_radio_toggled(self, checked: bool) -> None:
        self._ui.from_date_edit.setEnabled(checked)
        self._ui.to_date_edit.setEnabled(checked)

    def _on_file_edit_text_changed(self, text: str) -> None:
        save = self._ui.button_box.button(self._ui.button_box.StandardButton.Save)
        save.setEnabled(bool(text.strip()))

    def _on_browse_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to a calendar"),
            self._ui.file_edit.text(),
            self.tr("iCalendar files (*.ics)"),
        )
        if path:
            if not path.lower().endswith(".ics"):
                path += ".ics"
            self._ui.file_edit.setText(path)
