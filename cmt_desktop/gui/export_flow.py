"""Run an .ics export from the window: ask, write, then explain how to import the file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cmt_desktop import services, strategies
from cmt_desktop.exports import export_ics
from cmt_desktop.gui.export_dialog import ExportDialog

# lupdate finds calls named "translate" with a literal context and text.
translate = QCoreApplication.translate


def run_export(
    parent: QWidget,
    *,
    venue: services.Venue,
    clock: Callable[[], datetime],
    language: str,
    first_day: date,
    last_day: date,
) -> None:
    """Show the export dialog and carry out what the user chose."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    file_name = translate("ExportFlow", "editorial-calendar")
    suggested = Path(documents or Path.home()) / f"{file_name}.ics"
    strategy = strategies.current_strategy(venue)
    dialog = ExportDialog(
        parent,
        catalogue=venue.catalogue,
        first_day=first_day,
        last_day=last_day,
        alarm_minutes=services.alarm_minutes(venue),
        suggested_path=suggested,
        has_strategy=strategy is not None and bool(strategy.moderation_slots),
    )
    if dialog.exec() != ExportDialog.DialogCode.Accepted:
        return
    choice = dialog.choice()
    services.set_alarm_minutes(venue, minutes=choice.alarm_minutes)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = export_ics(
            venue,
            out_path=choice.path,
            first_day=choice.first_day,
            last_day=choice.last_day,
            networks=None if choice.network is None else [choice.network],
            now=clock(),
            language=language,
            include_moderation=choice.include_moderation,
        )
    except OSError as exc:
        QMessageBox.warning(
            parent,
            translate("ExportFlow", "Export failed"),
            translate(
                "ExportFlow",
                "The calendar file could not be written to %1 (%2).\n\nChoose another folder, "
                "for example your Documents folder, and try again.",
            )
            .replace("%1", str(choice.path))
            .replace("%2", exc.strerror or str(exc)),
        )
        return
    finally:
        QApplication.restoreOverrideCursor()
    QMessageBox.information(parent, translate("ExportFlow", "Calendar exported"), _explain(result))


def _explain(result) -> str:  # noqa: ANN001 - exports.IcsExportResult
    names = "\n".join(f"• {path}" for path in result.files)
    # lupdate sees no plural in translate(), hence "Posts written: N" rather than "N post(s)".
    done = translate("ExportFlow", "Posts written: %1, to:").replace("%1", str(result.events))
    done += f"\n{names}\n\n"
    if result.moderation_events:
        done += (
            translate("ExportFlow", "Moderation slots added as weekly events: %1.").replace(
                "%1", str(result.moderation_events)
            )
            + "\n\n"
        )
    if result.was_split:
        done += (
            translate(
                "ExportFlow",
                "The plan is larger than Google Calendar accepts in one file, so it was "
                "split by year: import each file in turn.",
            )
            + "\n\n"
        )
    outlook = translate(
        "ExportFlow",
        "Outlook: open the file (double-click it, or File › Open & Export › "
        "Import/Export) and choose to import it into a separate calendar, for example "
        '"Editorial calendar". Importing the same file twice creates duplicates: '
        "delete that calendar first to refresh it.",
    )
    google = translate(
        "ExportFlow",
        "Google Calendar: Settings › Import & export › Import, then choose the file "
        "and a dedicated calendar. Google drops the file's reminders on import: set "
        "default notifications on that calendar instead.",
    )
    return done + outlook + "\n\n" + google
