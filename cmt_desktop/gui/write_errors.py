"""What to tell the user when a change cannot be written to the venue file."""

from __future__ import annotations

import errno
import sqlite3

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

# lupdate finds calls named "translate" with a literal context and text.
translate = QCoreApplication.translate
WRITE_ERRORS = (sqlite3.Error, OSError)


def explain_write_error(detail: str) -> str:
    """What happened and what to do, from SQLite's or the system's message."""
    lowered = detail.lower()
    if "full" in lowered or "no space" in lowered or f"errno {errno.ENOSPC}" in lowered:
        text = translate(
            "WriteErrors",
            "The disk is full, so the change could not be saved. Free some space (empty the "
            "recycle bin, move big files away), then try again.",
        )
    elif "readonly" in lowered or "read-only" in lowered or "query_only" in lowered:
        text = translate(
            "WriteErrors",
            "The venue file is open read-only, so changes cannot be saved. To change it, "
            "open it normally (File › Open a venue file) once the cause is fixed.",
        )
    elif "locked" in lowered or "busy" in lowered:
        text = translate(
            "WriteErrors",
            "Another program is using the venue file (a backup or synchronisation tool, "
            "perhaps), so the change could not be saved. Wait a moment, then try again.",
        )
    else:
        text = translate(
            "WriteErrors",
            "The change could not be written to the venue file. Check that the disk is not "
            "full and that no other program is using the file, then try again.",
        )
    more = translate("WriteErrors", "Nothing was changed in the file. Detail: %1")
    return f"{text}\n\n{more.replace('%1', detail)}"


def report_write_error(parent: QWidget | None, error: BaseException | str) -> None:
    """Tell the user that a change was not saved, and why."""
    QMessageBox.warning(
        parent,
        translate("WriteErrors", "Change not saved"),
        explain_write_error(str(error)),
    )
