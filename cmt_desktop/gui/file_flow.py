"""File menu flows: save a copy, the hand-over pack, the spreadsheet export."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from cmt_desktop import safety, services
from cmt_desktop.gui.write_errors import WRITE_ERRORS, report_write_error
from cmt_desktop.handover import venue_file_name

translate = QCoreApplication.translate


def _documents() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def _ask_target(parent: QWidget, title: str, name: str, file_filter: str) -> tuple[Path, str]:
    """The file the user chose (with the expected suffix) and the filter, or an empty path."""
    chosen, selected = QFileDialog.getSaveFileName(
        parent, title, str(_documents() / name), file_filter
    )
    if not chosen:
        return Path(), selected
    target = Path(chosen)
    suffix = "".join(Path(name).suffixes)
    if not target.name.endswith(suffix):
        target = target.with_name(target.name + suffix)
    return target, selected


def _busy(work: Callable[[], object]) -> object:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return work()
    finally:
        QApplication.restoreOverrideCursor()


def save_copy(
    parent: QWidget, *, venue: services.Venue, clock: Callable[[], datetime], language: str
) -> None:
    """A whole copy of the venue file, to keep or to give (SQLite's backup: safe while open)."""
    target, _ = _ask_target(
        parent,
        translate("FileFlow", "Save a copy of the venue file"),
        venue_file_name(venue.name, language=language),
        translate("FileFlow", "CMt Desktop venue files (*.cmt.sqlite)"),
    )
    if not target.name:
        return
    try:
        _busy(lambda: safety.backup_now(venue, now=clock(), out=target))
    except WRITE_ERRORS as exc:
        report_write_error(parent, exc)
        return
    QMessageBox.information(
        parent,
        translate("FileFlow", "Copy saved"),
        translate(
            "FileFlow",
            "The copy is in %1.\n\nTo work on it on another computer, open it there with "
            "File › Open a venue file.",
        ).replace("%1", str(target)),
    )


def export_csv(
    parent: QWidget,
    *,
    venue: services.Venue,
    language: str,
    first_day: date | None = None,
    last_day: date | None = None,
) -> None:
    """The posts as a spreadsheet; semicolons for French Excel, commas otherwise."""
    from cmt_desktop.csv_export import export_csv as write_csv

    semicolons = translate("FileFlow", "Spreadsheet, for Excel in French (*.csv)")
    commas = translate("FileFlow", "Spreadsheet, comma-separated (*.csv)")
    filters = [semicolons, commas] if language.startswith("fr") else [commas, semicolons]
    target, selected = _ask_target(
        parent,
        translate("FileFlow", "Export the posts for a spreadsheet"),
        translate("FileFlow", "posts") + ".csv",
        ";;".join(filters),
    )
    if not target.name:
        return
    delimiter = ";" if selected == semicolons else ","
    try:
        count = _busy(
            lambda: write_csv(
                venue,
                path=target,
                first_day=first_day,
                last_day=last_day,
                language=language,
                delimiter=delimiter,
            )
        )
    except WRITE_ERRORS as exc:
        report_write_error(parent, exc)
        return
    text = translate("FileFlow", "Posts exported: %1.\n\nFile: %2")
    QMessageBox.information(
        parent,
        translate("FileFlow", "Posts exported"),
        text.replace("%1", str(count)).replace("%2", str(target)),
    )


def handover_pack(
    parent: QWidget, *, venue: services.Venue, clock: Callable[[], datetime], language: str
) -> None:
    """One .zip for a colleague who takes over: the venue file, the strategy, how to start."""
    from cmt_desktop import handover

    now = clock()
    target, _ = _ask_target(
        parent,
        translate("FileFlow", "Make a hand-over pack"),
        handover.suggested_pack_name(
            venue.name, language=language, day=now.astimezone(venue.tz).date()
        ),
        translate("FileFlow", "Zip archives (*.zip)"),
    )
    if not target.name:
        return
    try:
        pdf = _busy(lambda: _strategy_pdf(venue, now=now))
        _busy(
            lambda: handover.build_pack(
                venue, out=target, strategy_pdf=pdf, language=language, now=now
            )
        )
    except WRITE_ERRORS as exc:
        report_write_error(parent, exc)
        return
    QMessageBox.information(
        parent,
        translate("FileFlow", "Hand-over pack ready"),
        translate(
            "FileFlow",
            "The pack is in %1. It holds the venue file, the strategy document and a short "
            "guide to get started. It contains your calendar: give it only to the colleague "
            "who takes over.",
        ).replace("%1", str(target)),
    )


def _strategy_pdf(venue: services.Venue, *, now: datetime) -> bytes | None:
    """The strategy document as PDF bytes; None before the venue has a strategy."""
    from cmt_desktop import strategies
    from cmt_desktop.gui.document_export import review_figures
    from cmt_desktop.gui.strategy_document import build_document, write_pdf

    draft = strategies.current_strategy(venue)
    if draft is None:
        return None
    document = build_document(
        draft,
        catalogue=venue.catalogue,
        generated_on=now.astimezone(venue.tz).date(),
        review=review_figures(venue, now=now),
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "strategy.pdf"
        write_pdf(document, path)
        return path.read_bytes()
