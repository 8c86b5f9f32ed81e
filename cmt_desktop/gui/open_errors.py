"""What to tell the user when the venue file cannot be opened, in their language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cmt_desktop.storage.db import DatabaseOpenError, OpenFailure

# lupdate finds calls named "translate" with a literal context and text.
translate = QCoreApplication.translate


def explain_open_error(error: DatabaseOpenError) -> tuple[str, str]:
    """A title and a message that say what happened and what to do."""
    path = str(error.path)
    messages = {
        OpenFailure.DAMAGED: translate(
            "OpenErrors",
            "The venue file is damaged and cannot be read:\n%1\n\nNothing was changed in it. "
            "Keep a copy of this file, then restore a backup or move it aside to start afresh.",
        ),
        OpenFailure.NOT_A_VENUE_FILE: translate(
            "OpenErrors",
            "This file is not a CMt Desktop venue file:\n%1\n\nNothing was changed in it. "
            "Choose another data folder.",
        ),
        OpenFailure.NEWER_VERSION: translate(
            "OpenErrors",
            "This venue file was saved by a newer version of CMt Desktop:\n%1\n\nNothing was "
            "changed in it. Install the latest version of CMt Desktop to open it.",
        ),
        OpenFailure.LOCKED: translate(
            "OpenErrors",
            "The venue file is in use by another program:\n%1\n\nClose the other program "
            "(or the other CMt Desktop window) and start again.",
        ),
        OpenFailure.READ_ONLY: translate(
            "OpenErrors",
            "The venue file cannot be written:\n%1\n\nCheck that the file and its folder are "
            "not read-only, then start again.",
        ),
        OpenFailure.UNREACHABLE: translate(
            "OpenErrors",
            "The venue file cannot be opened:\n%1\n\nCheck that the folder exists and that "
            "you may write in it.",
        ),
    }
    return translate("OpenErrors", "Cannot open the venue file"), messages[error.reason].replace(
        "%1", path
    )
