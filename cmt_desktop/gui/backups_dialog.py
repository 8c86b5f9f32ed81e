"""The backups window: list, restore, back up now, and the folder they go to."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QTableWidgetItem, QWidget

from cmt_desktop import safety, services
from cmt_desktop.gui.forms.ui_backups_dialog import Ui_BackupsDialog
from cmt_desktop.gui.venue_files import set_backup_folder
from cmt_desktop.gui.write_errors import WRITE_ERRORS, report_write_error
from cmt_desktop.storage.backups import BackupInfo, Reason


class BackupsDialog(QDialog):
    """Lists the venue's backups, newest first, with their date, posts and size.

    Signals:
        restored(): a backup was put back in the venue file (the window must reload).
    """

    restored = Signal()

    def __init__(
        self, parent: QWidget | None, *, venue: services.Venue, clock: Callable[[], datetime]
    ) -> None:
        super().__init__(parent)
        self._ui = Ui_BackupsDialog()
        self._ui.setupUi(self)
        self._venue = venue
        self._clock = clock
        self._backups: list[BackupInfo] = []
        ui = self._ui
        ui.restore_button.clicked.connect(self._on_restore_clicked)
        ui.backup_now_button.clicked.connect(self._on_backup_now_clicked)
        ui.open_folder_button.clicked.connect(self._on_open_folder_clicked)
        ui.change_folder_button.clicked.connect(self._on_change_folder_clicked)
        ui.backups_table.itemSelectionChanged.connect(self._update_buttons)
        ui.backups_table.doubleClicked.connect(self._on_restore_clicked)
        read_only = venue.read_only
        ui.restore_button.setEnabled(not read_only)
        ui.backup_now_button.setEnabled(venue.backup_folder is not None)
        self.resize(640, 420)
        self._fill()

    def _reason_label(self, reason: Reason) -> str:
        return {
            Reason.DAILY: self.tr("every day"),
            Reason.UPDATE: self.tr("before an update of the app"),
            Reason.CHANGE: self.tr("before a big change"),
            Reason.RESTORE: self.tr("before a restore"),
            Reason.MANUAL: self.tr("by you"),
        }[reason]

    def _fill(self) -> None:
        ui = self._ui
        folder = self._venue.backup_folder
        ui.folder_edit.setText(str(folder) if folder else "")
        self._backups = safety.list_backups(self._venue)
        table = ui.backups_table
        table.setRowCount(len(self._backups))
        locale = QLocale()
        for row, backup in enumerate(self._backups):
            count = backup.post_count()
            when = locale.toString(backup.taken_at.astimezone(), QLocale.FormatType.ShortFormat)
            cells = [
                when,
                self.tr("damaged") if count is None else locale.toString(count),
                locale.formattedDataSize(backup.size),
                self._reason_label(backup.reason),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 2):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        if self._backups:
            table.selectRow(0)
        self._update_buttons()

    def _selected(self) -> BackupInfo | None:
        rows = self._ui.backups_table.selectionModel().selectedRows()
        return self._backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self._ui.restore_button.setEnabled(
            self._selected() is not None and not self._venue.read_only
        )

    def _on_restore_clicked(self) -> None:
        backup = self._selected()
        if backup is None or self._venue.read_only:
            return
        when = QLocale().toString(backup.taken_at.astimezone(), QLocale.FormatType.LongFormat)
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Put the calendar back as it was on %1?\n\nThe current state is backed up "
                "first: you can come back to it by restoring that backup."
            ).replace("%1", when),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            problem = safety.restore(self._venue, backup.path, now=self._clock())
        except WRITE_ERRORS as exc:
            report_write_error(self, exc)
            return
        if problem is not None:
            QMessageBox.warning(
                self,
                self.tr("Backup not restored"),
                self.tr(
                    "This backup is damaged or is not a venue file, so nothing was changed. "
                    "Choose an older one."
                ),
            )
            return
        self.restored.emit()
        self.accept()

    def _on_backup_now_clicked(self) -> None:
        try:
            safety.backup_now(self._venue, now=self._clock())
        except WRITE_ERRORS as exc:
            report_write_error(self, exc)
            return
        self._fill()

    def _on_open_folder_clicked(self) -> None:
        folder = self._venue.backup_folder
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _on_change_folder_clicked(self) -> None:
        current = self._venue.backup_folder or Path.home()
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the backup folder"), str(current)
        )
        if not chosen:
            return
        folder = Path(chosen)
        set_backup_folder(folder)
        self._venue.backup_folder = folder  # the next backups go there
        self._fill()
