"""The main window's dialogs: export, strategy, documents, programme, events, regularity."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from cmt_desktop import APP_NAME, cultural
from cmt_desktop.gui.calendar.roles import DATE_ROLE

# The strings keep the MainWindow context they had before this module was split off.
translate = QCoreApplication.translate


class WindowDialogs:
    """Mixed into MainWindow: each menu entry opens its flow, then the calendar reloads.

    Uses the window's ``_venue``, ``_clock``, ``_language``, ``_undo_stack``, ``_events``,
    ``_calendar_model``, ``_calendar_view`` and ``_today()``.
    """

    def _on_export_ics_triggered(self) -> None:
        from cmt_desktop.gui.export_flow import run_export

        model = self._calendar_model
        run_export(
            self,
            venue=self._venue,
            clock=self._clock,
            language=self._language or "fr",
            first_day=model.first_day(),
            last_day=model.last_day(),
        )

    def open_strategy_wizard(self) -> None:
        """Open the strategy wizard; a generated plan reloads the calendar."""
        from cmt_desktop.gui.strategy_flow import run_strategy_wizard

        result = run_strategy_wizard(
            self, venue=self._venue, clock=self._clock, language=self._language or "fr"
        )
        if result is None:
            return
        # A bulk change outside the undo stack: older commands may no longer apply cleanly.
        self._undo_stack.clear()
        self.setWindowTitle(f"{self._venue.name} — {APP_NAME}")
        self._venue_kind = cultural.venue_kind(self._venue)  # the suggestions follow it
        self._events.posts_changed.emit()

    def show_saved_answers(self) -> None:
        """The kit of saved answers (from the menu, the today panel or the tray)."""
        from cmt_desktop.gui.strategy_flow import open_saved_answers

        open_saved_answers(self, venue=self._venue, clock=self._clock)

    def _on_strategy_document_triggered(self) -> None:
        from cmt_desktop.gui.strategy_flow import export_strategy_document

        export_strategy_document(self, venue=self._venue, clock=self._clock)

    def _on_strategy_preview_triggered(self) -> None:
        from cmt_desktop.gui.strategy_flow import preview_strategy_document

        preview_strategy_document(self, venue=self._venue, clock=self._clock)

    def _on_import_programme_triggered(self) -> None:
        from cmt_desktop.gui.programme_flow import import_programme_file

        if import_programme_file(self, venue=self._venue, clock=self._clock):
            self._after_bulk_change()

    def _on_new_event_triggered(self) -> None:
        from cmt_desktop.gui.event_flow import new_event

        index = self._calendar_view.currentIndex()
        day = index.data(DATE_ROLE) if index.isValid() else self._today()
        if new_event(self, venue=self._venue, clock=self._clock, day=day):
            self._after_bulk_change()

    def _on_calendar_view_event_activated(self, event_id: int) -> None:
        from cmt_desktop.gui.event_flow import edit_event

        if edit_event(self, venue=self._venue, clock=self._clock, event_id=event_id):
            self._after_bulk_change()

    def changed_outside(self) -> None:
        """Posts or events were changed outside the undo stack (the team calendar): reload."""
        self._after_bulk_change()

    def _after_bulk_change(self) -> None:
        # Campaigns were regenerated outside the undo stack: older commands may not apply.
        self._undo_stack.clear()
        self._events.posts_changed.emit()

    def _on_open_file_triggered(self) -> None:
        from cmt_desktop.gui.venue_files import choose_venue_file

        current = self._venue.path
        chosen = choose_venue_file(self, current.parent if current else Path.home())
        if chosen is not None and chosen != current:
            self.open_file_requested.emit(chosen)

    def _on_save_copy_triggered(self) -> None:
        from cmt_desktop.gui.file_flow import save_copy

        save_copy(self, venue=self._venue, clock=self._clock, language=self._language or "fr")

    def _on_handover_triggered(self) -> None:
        from cmt_desktop.gui.file_flow import handover_pack

        handover_pack(self, venue=self._venue, clock=self._clock, language=self._language or "fr")

    def _on_export_csv_triggered(self) -> None:
        from cmt_desktop.gui.file_flow import export_csv

        export_csv(self, venue=self._venue, language=self._language or "fr")

    def _on_backups_triggered(self) -> None:
        from cmt_desktop.gui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self, venue=self._venue, clock=self._clock)
        dialog.restored.connect(self.venue_restored.emit)
        dialog.exec()
        dialog.deleteLater()

    def _on_team_calendar_triggered(self) -> None:
        from cmt_desktop.gui.team_calendar_dialog import TeamCalendarDialog

        dialog = TeamCalendarDialog(self, venue=self._venue)
        if dialog.exec() != TeamCalendarDialog.DialogCode.Rejected:
            self.team_calendar_changed.emit()
        dialog.deleteLater()

    def show_team_conflicts(self) -> None:
        """The posts changed both here and on the team calendar, to settle."""
        from cmt_desktop.gui.conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(
            self, venue=self._venue, clock=self._clock, language=self._language or "fr"
        )
        dialog.resolved.connect(self._after_bulk_change)
        dialog.exec()
        dialog.deleteLater()

    def _on_regularity_triggered(self) -> None:
        from cmt_desktop.gui.regularity_dialog import RegularityDialog

        dialog = RegularityDialog(self, venue=self._venue, clock=self._clock)
        dialog.exec()
        dialog.deleteLater()

    def _on_about_triggered(self) -> None:
        from cmt_desktop.gui.about_dialog import AboutDialog

        dialog = AboutDialog(self, venue=self._venue)
        dialog.exec()
        dialog.deleteLater()
