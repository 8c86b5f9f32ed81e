"""Open the strategy wizard from the window, then save the strategy and plan the calendar."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cmt_desktop import services, strategies
from cmt_desktop.gui.wizard.strategy_wizard import StrategyWizard
from cmt_desktop.planning import PlanResult
from cmt_desktop.resources import fit_rules

translate = QCoreApplication.translate


def run_strategy_wizard(
    parent: QWidget,
    *,
    venue: services.Venue,
    clock: Callable[[], datetime],
    language: str,
) -> PlanResult | None:
    """Show the wizard; on "Generate my calendar", save the strategy and plan the posts."""
    today = clock().astimezone(venue.tz).date()
    wizard = StrategyWizard(
        parent,
        draft=strategies.draft_to_resume(venue),
        catalogue=venue.catalogue,
        fit_rules=fit_rules(),
        language=language,
        today=today,
        save_draft=lambda draft: strategies.keep_draft(venue, draft=draft, now=clock()),
    )
    accepted = wizard.exec() == StrategyWizard.DialogCode.Accepted
    if not shiboken6.isValid(wizard):  # the window was closed under it (the app quit)
        return None
    draft = wizard.collect()
    wizard.deleteLater()
    if not accepted:
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = strategies.accept_strategy(venue, draft=draft, start=today, now=clock())
    except (sqlite3.Error, OSError) as exc:
        QMessageBox.warning(
            parent,
            translate("StrategyFlow", "Calendar not generated"),
            translate(
                "StrategyFlow",
                "The strategy could not be saved, so the calendar was not changed (%1). "
                "Your answers are kept: check the disk and try again.",
            ).replace("%1", str(exc)),
        )
        return None
    finally:
        QApplication.restoreOverrideCursor()
    QMessageBox.information(
        parent, translate("StrategyFlow", "Calendar generated"), describe_plan_result(result)
    )
    return result


def describe_plan_result(result: PlanResult) -> str:
    """What the generation did, in plain words."""
    return (
        translate(
            "StrategyFlow",
            "New posts planned: %1. Posts updated: %2. Posts you had changed, left as they are: "
            "%3. "
            "Planned posts no longer in the strategy, removed: %4.\n\nEach planned post is a draft "
            "waiting for its text: open it from the calendar.",
        )
        .replace("%1", str(result.created))
        .replace("%2", str(result.updated))
        .replace("%3", str(result.kept_user_changes))
        .replace("%4", str(result.removed))
    )


def export_strategy_document(
    parent: QWidget, *, venue: services.Venue, clock: Callable[[], datetime]
) -> None:
    """Ask for a file name, then write the strategy as PDF or ODT for the director."""
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    from cmt_desktop.gui.document_export import review_figures
    from cmt_desktop.gui.strategy_document import build_document, write_odt, write_pdf

    draft = _strategy_or_explain(parent, venue)
    if draft is None:
        return
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = translate("StrategyFlow", "social-media-strategy")
    pdf_filter = translate("StrategyFlow", "PDF document (*.pdf)")
    odt_filter = translate("StrategyFlow", "OpenDocument text, for LibreOffice (*.odt)")
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        translate("StrategyFlow", "Save the strategy document"),
        str(Path(folder or Path.home()) / f"{name}.pdf"),
        f"{pdf_filter};;{odt_filter}",
    )
    if not path:
        return
    target = Path(path)
    if target.suffix.lower() not in (".pdf", ".odt"):
        target = target.with_name(target.name + (".odt" if chosen == odt_filter else ".pdf"))
    now = clock()
    review = review_figures(venue, now=now)
    today = now.astimezone(venue.tz).date()
    document = build_document(draft, catalogue=venue.catalogue, generated_on=today, review=review)
    try:
        (write_odt if target.suffix.lower() == ".odt" else write_pdf)(document, target)
    except OSError as exc:
        QMessageBox.warning(
            parent,
            translate("StrategyFlow", "Document not saved"),
            translate(
                "StrategyFlow",
                "The document could not be written to %1 (%2). Choose "
                "another folder, for example your Documents folder, and try again.",
            )
            .replace("%1", str(target))
            .replace("%2", exc.strerror or str(exc)),
        )


def preview_strategy_document(
    parent: QWidget, *, venue: services.Venue, clock: Callable[[], datetime]
) -> None:
    """Show the strategy document as it will print, with a Print button."""
    from cmt_desktop.gui.document_export import review_figures
    from cmt_desktop.gui.strategy_document import build_document, preview

    draft = _strategy_or_explain(parent, venue)
    if draft is not None:
        now = clock()
        review = review_figures(venue, now=now)
        today = now.astimezone(venue.tz).date()
        document = build_document(
            draft, catalogue=venue.catalogue, generated_on=today, review=review
        )
        preview(parent, document)


def _strategy_or_explain(parent: QWidget, venue: services.Venue):  # noqa: ANN202
    draft = strategies.current_strategy(venue)
    if draft is None:
        QMessageBox.information(
            parent,
            translate("StrategyFlow", "No strategy yet"),
            translate(
                "StrategyFlow",
                "Follow the strategy wizard first (Strategy menu): the "
                "document is made from your answers.",
            ),
        )
    return draft


def open_saved_answers(
    parent: QWidget, *, venue: services.Venue, clock: Callable[[], datetime]
) -> None:
    """The kit of saved answers; improvements are kept in the strategy."""
    from cmt_desktop.gui.saved_answers_dialog import SavedAnswersDialog

    if _strategy_or_explain(parent, venue) is None:
        return
    before = strategies.saved_answers(venue)
    dialog = SavedAnswersDialog(parent, answers=before)
    dialog.exec()
    after = dialog.answers()
    dialog.deleteLater()
    if after != before:
        strategies.update_saved_answers(venue, answers=after, now=clock())
