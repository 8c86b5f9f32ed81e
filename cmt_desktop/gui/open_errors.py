"""What to tell the user when the venue file cannot be opened, in their language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from cmt_desktop.safety import WayForward
from cmt_desktop.storage.db import DatabaseOpenError, OpenFailure

# lupdate finds calls named "translate" with a literal context and text.
translate = QCoreApplication.translate


def explain_open_error(error: DatabaseOpenError) -> tuple[str, str]:
    """A title and a message that say what happened and what to do."""
    path = str(error.path)
    messages = {
        OpenFailure.DAMAGED: translate(
            "OpenErrors",
            "The venue file is damaged and cannot be read:\n%1\n\nNothing was changed in it.",
        ),
        OpenFailure.NOT_A_VENUE_FILE: translate(
            "OpenErrors",
            "This file is not a CMt Desktop venue file:\n%1\n\nNothing was changed in it.",
        ),
        OpenFailure.NEWER_VERSION: translate(
            "OpenErrors",
            "This venue file was saved by a newer version of CMt Desktop:\n%1\n\nNothing was "
            "changed in it. Install the latest version of CMt Desktop to work on it.",
        ),
        OpenFailure.LOCKED: translate(
            "OpenErrors",
            "The venue file is in use by another program:\n%1\n\nClose the other program "
            "(a backup or synchronisation tool, for example), then try again.",
        ),
        OpenFailure.READ_ONLY: translate(
            "OpenErrors",
            "The venue file cannot be written:\n%1\n\nCheck that the file and its folder are "
            "not read-only, or open it read-only to look at it.",
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


_WAY_LABELS = {
    WayForward.RESTORE_LATEST: QT_TRANSLATE_NOOP("OpenErrors", "&Restore the latest backup"),
    WayForward.OPEN_READ_ONLY: QT_TRANSLATE_NOOP("OpenErrors", "Open &read-only"),
    WayForward.CHOOSE_FILE: QT_TRANSLATE_NOOP("OpenErrors", "&Choose another file…"),
    WayForward.START_NEW: QT_TRANSLATE_NOOP("OpenErrors", "&Start a new venue file"),
    WayForward.RETRY: QT_TRANSLATE_NOOP("OpenErrors", "&Try again"),
    WayForward.QUIT: QT_TRANSLATE_NOOP("OpenErrors", "&Quit"),
}
_WAY_HINTS = {
    WayForward.RESTORE_LATEST: QT_TRANSLATE_NOOP(
        "OpenErrors", "The latest good backup dates from %1; the damaged file is kept aside."
    ),
    WayForward.START_NEW: QT_TRANSLATE_NOOP(
        "OpenErrors", "Starting afresh keeps this file aside, renamed; nothing is deleted."
    ),
    WayForward.OPEN_READ_ONLY: QT_TRANSLATE_NOOP(
        "OpenErrors", "Read-only: you can look at the calendar and export it, not change it."
    ),
}


def ask_way_forward(
    parent: QWidget | None,
    error: DatabaseOpenError,
    ways: list[WayForward],
    *,
    latest_backup: str = "",
) -> WayForward:
    """Say what happened and offer the ways out; Escape or closing the box means Quit."""
    title, text = explain_open_error(error)
    hints = [
        translate("OpenErrors", _WAY_HINTS[way]).replace("%1", latest_backup)
        for way in ways
        if way in _WAY_HINTS
    ]
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.NoButton)
    box.setParent(parent, box.windowFlags())
    box.setObjectName("open_problem_box")
    if hints:
        box.setInformativeText("\n".join(hints))
    buttons = {}
    for way in ways:
        role = (
            QMessageBox.ButtonRole.RejectRole
            if way is WayForward.QUIT
            else QMessageBox.ButtonRole.AcceptRole
        )
        button = box.addButton(translate("OpenErrors", _WAY_LABELS[way]), role)
        button.setObjectName(f"way_{way.value}")
        buttons[button] = way
    box.setDefaultButton(next(iter(buttons)))
    box.exec()
    return buttons.get(box.clickedButton(), WayForward.QUIT)
