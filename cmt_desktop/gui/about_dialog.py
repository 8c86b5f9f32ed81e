"""The About window: version, licence, where the data is, and the software it is made with."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cmt_desktop import APP_NAME, __version__, credits, services


class AboutDialog(QDialog):
    """Two tabs: the app (version, licence, data folder) and the credits of its libraries."""

    def __init__(self, parent: QWidget | None, *, venue: services.Venue) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        self.setAccessibleName(self.windowTitle())
        tabs = QTabWidget(self)
        tabs.addTab(self._about_tab(venue), APP_NAME)
        tabs.addTab(self._credits_tab(), self.tr("&Made with"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.resize(620, 460)

    def _about_tab(self, venue: services.Venue) -> QWidget:
        tab = QWidget(self)
        title = QLabel(f"<h2>{APP_NAME} {__version__}</h2>", tab)
        title.setTextFormat(Qt.TextFormat.RichText)
        purpose = QLabel(
            self.tr(
                "Plan, keep and export the social-media calendar of a small cultural venue: "
                "a strategy that fits your time, reminders, and a plan the director can read. "
                "Everything stays on this computer."
            ),
            tab,
        )
        licence = QLabel(
            self.tr(
                "Free software under the GNU General Public License, version 3 or later: you "
                "may use, study, share and improve it. The libraries it is made with keep "
                "their own licences (see the next tab); Qt and PySide6 are used under the "
                "GNU Lesser General Public License, version 3."
            ),
            tab,
        )
        for label in (purpose, licence):
            label.setWordWrap(True)
        form = QFormLayout()
        where = venue.path.parent if venue.path else None
        for caption, value in (
            (self.tr("Venue file:"), venue.path),
            (self.tr("Backups:"), venue.backup_folder),
        ):
            field = QLineEdit(str(value) if value else self.tr("in memory"), tab)
            field.setReadOnly(True)
            field.setAccessibleName(caption.rstrip(":"))
            form.addRow(caption, field)
        open_folder = QPushButton(self.tr("&Open the data folder"), tab)
        open_folder.setEnabled(where is not None)
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(where)))
        )
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(open_folder)
        layout = QVBoxLayout(tab)
        for widget in (title, purpose, licence):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addStretch(1)
        return tab

    def _credits_tab(self) -> QWidget:
        rows = [
            credits.Credit("Qt", qVersion(), "LGPL-3.0-only"),
            credits.Credit("PySide6", pyside_version, "LGPL-3.0-only"),
            *credits.platform_credits(),
            *(c for c in credits.runtime_credits() if not c.name.lower().startswith("pyside6")),
        ]
        table = QTableWidget(len(rows), 3, self)
        table.setObjectName("credits_table")
        table.setAccessibleName(self.tr("Software this app is made with"))
        table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Version"), self.tr("Licence")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)
        for number, credit in enumerate(rows):
            for column, text in enumerate((credit.name, credit.version, credit.licence)):
                table.setItem(number, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        note = QLabel(
            self.tr(
                "Thank you to the people who make them. Their licence texts are in the "
                "'licenses' folder of the installed app."
            ),
            self,
        )
        note.setWordWrap(True)
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.addWidget(table)
        layout.addWidget(note)
        return tab
