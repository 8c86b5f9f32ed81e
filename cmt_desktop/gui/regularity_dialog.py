"""The regularity window: the chart, its summary in words, and "save as PNG"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from cmt_desktop import regularity_feed, services
from cmt_desktop.gui.regularity_view import RegularityView


class RegularityDialog(QDialog):
    """Was the rhythm kept? Per network and week, with the pillar mix."""

    def __init__(
        self, parent: QWidget | None, *, venue: services.Venue, clock: Callable[[], datetime]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Regularity"))
        self.setAccessibleName(self.tr("Regularity"))
        self.resize(860, 620)
        self.view = RegularityView(venue.catalogue, self)
        rhythms, pillars = regularity_feed.regularity(venue, now=clock())
        self.view.set_data(rhythms, pillars)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        save = buttons.addButton(
            self.tr("&Save the chart as PNG…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        save.clicked.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def _on_save_clicked(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the chart"),
            str(Path(folder or Path.home()) / f"{self.tr('regularity')}.png"),
            self.tr("PNG images (*.png)"),
        )
        if not path:
            return
        target = Path(path if path.lower().endswith(".png") else path + ".png")
        if not self.view.save_png(target):
            QMessageBox.warning(
                self,
                self.tr("Chart not saved"),
                self.tr(
                    "The image could not be written to %1. Choose another folder and try again."
                ).replace("%1", str(target)),
            )
