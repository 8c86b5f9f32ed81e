"""What to make of a cultural date clicked in the calendar: a post, a campaign, its dates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtWidgets import QMenu, QWidget

from cmt_desktop import cultural, programme, services
from cmt_desktop.domain.cultural_calendar import DateType, Occurrence
from cmt_desktop.gui.post_editing import PostEditing
from cmt_desktop.gui.write_errors import WRITE_ERRORS, report_write_error


class CulturalSuggestions(QObject):
    """The menu of a cultural date and what its entries do.

    Signals:
        programme_changed(): the date joined the venue's programme (an event and its campaign
            were written outside the undo stack).
        dates_changed(): the user corrected the dates of a date or restored the usual ones.
        message(str): a one-line report for the status bar.
    """

    programme_changed = Signal()
    dates_changed = Signal()
    message = Signal(str)

    def __init__(
        self,
        window: QWidget,
        *,
        venue: services.Venue,
        clock: Callable[[], datetime],
        editing: PostEditing,
        language: str,
        default_network: Callable[[], str],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._venue = venue
        self._clock = clock
        self._editing = editing
        self._language = language
        self._default_network = default_network

    def menu_for(self, found: Occurrence) -> QMenu:
        """The date's menu: plan a post, take part (event and campaign), correct the dates."""
        menu = QMenu(self._window)
        name = found.name(self._language)
        menu.setAccessibleName(self.tr("Cultural date: %1").replace("%1", name))
        label = name if found.confirmed else self.tr("%1 (dates to confirm)").replace("%1", name)
        title = menu.addAction(label)
        title.setEnabled(False)
        menu.addSeparator()
        post = menu.addAction(self.tr("Plan a &post about it"))
        post.setObjectName("plan_post_action")
        post.triggered.connect(lambda: self.plan_post(found))
        campaign = menu.addAction(self.tr("&Take part: add it to our programme, with its campaign"))
        campaign.setObjectName("take_part_action")
        campaign.triggered.connect(lambda: self.take_part(found))
        if found.type is DateType.ANNOUNCED:
            correct = menu.addAction(self.tr("&Correct the dates…"))
            correct.setObjectName("correct_dates_action")
            correct.triggered.connect(lambda: self.correct_dates(found))
        return menu

    def show_menu(self, found: Occurrence, where: QPoint) -> None:
        """Open the date's menu at ``where`` (global coordinates)."""
        menu = self.menu_for(found)
        menu.exec(where)
        menu.deleteLater()

    def plan_post(self, found: Occurrence) -> None:
        """A draft post on the date's first day, undoable, and selected."""
        post = cultural.post_for(
            self._venue, found, network=self._default_network(), language=self._language
        )
        name = found.name(self._language)
        text = self.tr("Plan a post about %1").replace("%1", name)
        if self._editing.create(post, text=text):
            report = self.tr("A draft about %1 is in the calendar; open it to write it.")
            self.message.emit(report.replace("%1", name))

    def take_part(self, found: Occurrence) -> None:
        """The date becomes a venue event; the strategy's campaign is planned around it."""
        try:
            event = cultural.join_as_event(
                self._venue, found, language=self._language, now=self._clock()
            )
        except WRITE_ERRORS as exc:
            report_write_error(self._window, exc)
            return
        count = programme.event_post_count(self._venue, event_id=event.id or 0)
        self.programme_changed.emit()
        self.message.emit(
            self.tr("%1 is in the venue's programme, with %n campaign post(s).", "", count).replace(
                "%1", event.title
            )
        )

    def correct_dates(self, found: Occurrence) -> None:
        """Ask for the real dates (or the usual ones back) and store them."""
        from cmt_desktop.gui.date_correction_dialog import RESTORED, DateCorrectionDialog

        year = found.start.year

        def submit(start, end):  # noqa: ANN001, ANN202
            return cultural.correct_dates(
                self._venue,
                date_id=found.date_id,
                year=year,
                start=start,
                end=end,
                now=self._clock(),
            )

        dialog = DateCorrectionDialog(self._window, found=found, submit=submit)
        result = dialog.exec()
        dialog.deleteLater()
        if result == RESTORED:
            cultural.clear_correction(self._venue, date_id=found.date_id, year=year)
        if result in (RESTORED, DateCorrectionDialog.DialogCode.Accepted):
            self.dates_changed.emit()
