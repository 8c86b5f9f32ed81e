"""Which venue file the app uses and where its backups go (remembered in the settings)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from cmt_desktop.storage import backups

LAST_FILE_KEY = "venue/file"  # the file chosen with File › Open…
BACKUP_FOLDER_KEY = "backups/folder"  # empty: the "backups" folder beside the venue file
VENUE_FILTER = "*.cmt.sqlite"


def backup_folder(venue_file: Path) -> Path:
    """The folder the user chose for backups, else the one beside the venue file."""
    chosen = QSettings().value(BACKUP_FOLDER_KEY, "", str)
    return Path(chosen) if chosen else backups.default_folder(venue_file)


def set_backup_folder(folder: Path | None) -> None:
    """Remember the backup folder (None: back to the default one)."""
    QSettings().setValue(BACKUP_FOLDER_KEY, str(folder) if folder else "")


def choose_venue_file(parent: QWidget | None, folder: Path) -> Path | None:
    """Ask for a venue file to open; None when the user cancels."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("VenueFiles", "Open a venue file"),
        str(folder),
        QCoreApplication.translate(
            "VenueFiles", "CMt Desktop venue files (%1);;All files (*)"
        ).replace("%1", VENUE_FILTER),
    )
    return Path(name) if name else None
