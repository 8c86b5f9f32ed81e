"""Import the venue's programme from an .ics file: choose, import all or nothing, report."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from cmt_desktop import programme, services
from cmt_desktop.gui.write_errors import WRITE_ERRORS, explain_write_error

translate = QCoreApplication.translate

_PROBLEMS = {
    "not_icalendar": QT_TRANSLATE_NOOP(
        "ProgrammeFlow", "This file is not an iCalendar (.ics) agenda."
    ),
    "truncated": QT_TRANSLATE_NOOP(
        "ProgrammeFlow", "The file is cut short: its end is missing. Export it again."
    ),
    "encoding": QT_TRANSLATE_NOOP(
        "ProgrammeFlow", "The file's characters cannot be read (it is not in UTF-8)."
    ),
    "too_big": QT_TRANSLATE_NOOP("ProgrammeFlow", "The file is too big to be an agenda."),
    "event_without_start": QT_TRANSLATE_NOOP(
        "ProgrammeFlow", "An event has no start date or time."
    ),
    "unknown_timezone": QT_TRANSLATE_NOOP(
        "ProgrammeFlow", "An event uses a time zone the file does not describe."
    ),
    "empty": QT_TRANSLATE_NOOP("ProgrammeFlow", "The file holds no event."),
    "invalid": QT_TRANSLATE_NOOP("ProgrammeFlow", "The file has an error."),
}


def import_programme_file(
    parent: QWidget, *, venue: services.Venue, clock: Callable[[], datetime]
) -> bool:
    """Ask for the file and import it; True when the calendar changed."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("ProgrammeFlow", "Import the venue's programme"),
        folder or str(Path.home()),
        translate("ProgrammeFlow", "iCalendar files (*.ics)"),
    )
    if not path:
        return False
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        _nothing_imported(parent, Path(path), exc.strerror or str(exc))
        return False
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    failure = None
    try:
        outcome = programme.import_programme(venue, data=data, now=clock())
    except WRITE_ERRORS as exc:  # all or nothing: the import's transaction was rolled back
        failure = exc
    finally:
        QApplication.restoreOverrideCursor()
    if failure is not None:
        _nothing_imported(parent, Path(path), explain_write_error(str(failure)))
        return False
    if outcome.problem is not None:
        kind = getattr(getattr(outcome.problem, "kind", None), "value", "invalid")
        reason = translate("ProgrammeFlow", _PROBLEMS.get(kind, _PROBLEMS["invalid"]))
        detail = getattr(outcome.problem, "detail", "")
        _nothing_imported(parent, Path(path), f"{reason} ({detail})" if detail else reason)
        return False
    counts = outcome.counts
    assert counts is not None
    QMessageBox.information(
        parent,
        translate("ProgrammeFlow", "Programme imported"),
        translate(
            "ProgrammeFlow",
            "Events added: %1. Changed: %2. Removed: %3. Unchanged: %4."
            "\n\nTheir campaign posts follow the strategy's pattern.",
        )
        .replace("%1", str(counts.added))
        .replace("%2", str(counts.updated))
        .replace("%3", str(counts.removed))
        .replace("%4", str(counts.unchanged)),
    )
    return True


def _nothing_imported(parent: QWidget, path: Path, reason: str) -> None:
    QMessageBox.warning(
        parent,
        translate("ProgrammeFlow", "Nothing imported"),
        translate(
            "ProgrammeFlow", "%1 could not be imported: %2\n\nNothing was changed in your calendar."
        )
        .replace("%1", path.name)
        .replace("%2", reason),
    )
