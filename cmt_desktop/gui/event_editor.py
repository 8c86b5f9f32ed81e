"""The event editor: one event of the venue's programme; the question asked before deleting one."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QTime, QTimeZone
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QMessageBox, QWidget

from cmt_desktop.domain.venue_event import EventKind, EventStatus, VenueEvent
from cmt_desktop.gui.forms.ui_event_editor import Ui_EventEditorDialog
from cmt_desktop.gui.labels import event_status_label

_KIND_LABELS = {
    EventKind.EXHIBITION: QT_TRANSLATE_NOOP("EventKind", "Exhibition"),
    EventKind.WORKSHOP: QT_TRANSLATE_NOOP("EventKind", "Workshop"),
    EventKind.READING: QT_TRANSLATE_NOOP("EventKind", "Reading"),
    EventKind.SCREENING: QT_TRANSLATE_NOOP("EventKind", "Screening"),
    EventKind.VISIT: QT_TRANSLATE_NOOP("EventKind", "Visit"),
    EventKind.CLOSING_DAY: QT_TRANSLATE_NOOP("EventKind", "Closing day"),
    EventKind.OTHER: QT_TRANSLATE_NOOP("EventKind", "Other"),
}
# Shown when an all-day event becomes timed: a plausible opening, easy to change.
_DEFAULT_START_TIME, _DEFAULT_END_TIME = QTime(10, 0), QTime(18, 0)
_ONE_DAY = timedelta(days=1)


# lupdate finds calls named translate with a literal context and text.
translate = QCoreApplication.translate


def kind_label(kind: EventKind) -> str:
    """The kind of event as the user reads it, in the interface language."""
    return QCoreApplication.translate("EventKind", _KIND_LABELS[kind])


def is_imported(event: VenueEvent) -> bool:
    """True for events that came from the venue's agenda rather than typed in here."""
    return bool(event.uid) and not event.uid.startswith("manual-")


def _fill(template: str, *values: object) -> str:
    """Fill Qt-style ``%1``, ``%2`` markers, which Linguist checks every translation keeps."""
    for number in range(len(values), 0, -1):
        template = template.replace(f"%{number}", str(values[number - 1]))
    return template


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _to_qt(moment: datetime, zone: tzinfo) -> QDateTime:
    """The wall-clock time of ``moment`` in ``zone``, held as UTC so Qt never shifts it."""
    wall = moment.astimezone(zone)
    return QDateTime(_qdate(wall.date()), QTime(wall.hour, wall.minute), QTimeZone.utc())


def _from_qt(value: QDateTime, zone: tzinfo) -> datetime:
    clock = value.time()
    return datetime.combine(_pydate(value.date()), time(clock.hour(), clock.minute()), zone)


class EventEditorDialog(QDialog):
    """Edits one venue event; it only collects values, the caller stores ``edited_event``.

    All-day events are shown as a first and a last day, both included; the stored end is the day
    after the last day. OK is refused only when the event would end before it starts.
    """

    def __init__(self, parent: QWidget | None, *, event: VenueEvent, tz: tzinfo) -> None:
        super().__init__(parent)
        self._event = event
        self._zone = tz
        self._ui = ui = Ui_EventEditorDialog()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("New event") if event.id is None else self.tr("Edit event"))
        ui.imported_label.setVisible(is_imported(event))
        note_font = ui.imported_label.font()
        note_font.setItalic(True)
        ui.imported_label.setFont(note_font)
        for kind in EventKind:
            ui.kind_combo.addItem(kind_label(kind), kind.value)
        ui.kind_combo.setCurrentIndex(ui.kind_combo.findData(event.kind.value))
        for status in EventStatus:
            ui.status_combo.addItem(event_status_label(status), status.value)
        ui.status_combo.setCurrentIndex(ui.status_combo.findData(event.status.value))
        ui.title_edit.setText(event.title)
        ui.place_edit.setText(event.place)
        ui.audience_edit.setText(event.audience)
        ui.link_edit.setText(event.link)
        ui.description_edit.setPlainText(event.description)
        venue_time = _fill(self.tr("Venue time (%1)"), tz)
        for edit in (ui.start_edit, ui.end_edit):
            edit.setTimeZone(QTimeZone.utc())
            edit.setToolTip(venue_time)
        if event.all_day:
            first, last = event.start, max(event.end - _ONE_DAY, event.start)
            ui.start_edit.setDateTime(
                QDateTime(_qdate(first), _DEFAULT_START_TIME, QTimeZone.utc())
            )
            ui.end_edit.setDateTime(QDateTime(_qdate(last), _DEFAULT_END_TIME, QTimeZone.utc()))
        else:
            ui.start_edit.setDateTime(_to_qt(event.start, tz))
            ui.end_edit.setDateTime(_to_qt(event.end, tz))
            first, last = self._days_of_timed()
        ui.start_date_edit.setDate(_qdate(first))
        ui.end_date_edit.setDate(_qdate(last))
        ui.all_day_check.setChecked(event.all_day)
        self._ok = ui.button_box.button(ui.button_box.StandardButton.Ok)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.accept)

        ui.all_day_check.toggled.connect(self._on_all_day_check_toggled)
        for edit in (ui.start_edit, ui.end_edit, ui.start_date_edit, ui.end_date_edit):
            edit.dateTimeChanged.connect(self._update_problem)
        self._show_mode(event.all_day)

    def edited_event(self) -> VenueEvent:
        """The event with the values of the form; id, uid and recurrence id are kept."""
        ui, event = self._ui, self._event
        if ui.all_day_check.isChecked():
            start: datetime | date = _pydate(ui.start_date_edit.date())
            end: datetime | date = _pydate(ui.end_date_edit.date()) + _ONE_DAY
        else:
            start = self._moment(ui.start_edit, event.start)
            end = self._moment(ui.end_edit, event.end)
        return dataclasses.replace(
            event,
            title=ui.title_edit.text(),
            start=start,
            end=end,
            kind=EventKind(ui.kind_combo.currentData()),
            status=EventStatus(ui.status_combo.currentData()),
            place=ui.place_edit.text(),
            description=ui.description_edit.toPlainText(),
            audience=ui.audience_edit.text(),
            link=ui.link_edit.text().strip(),
        )

    def accept(self) -> None:
        if self._problem():
            return  # Ctrl+Return must not get past what the disabled OK button refuses
        super().accept()

    def _moment(self, edit: QDateTimeEdit, original: datetime | date) -> datetime:
        """The edit's value in the venue's zone; the original if the user left it as shown."""
        chosen = _from_qt(edit.dateTime(), self._zone)
        if isinstance(original, datetime) and _to_qt(original, self._zone) == edit.dateTime():
            return original
        return chosen

    def _days_of_timed(self) -> tuple[date, date]:
        """First and last day of the timed values; an end at midnight ends the day before."""
        start, end = self._ui.start_edit.dateTime(), self._ui.end_edit.dateTime()
        last = end.date()
        if end.time() == QTime(0, 0) and last > start.date():
            last = last.addDays(-1)
        return _pydate(start.date()), _pydate(last)

    def _on_all_day_check_toggled(self, checked: bool) -> None:
        ui = self._ui
        if checked:
            first, last = self._days_of_timed()
            ui.start_date_edit.setDate(_qdate(first))
            ui.end_date_edit.setDate(_qdate(last))
        else:
            for day_edit, edit in (
                (ui.start_date_edit, ui.start_edit),
                (ui.end_date_edit, ui.end_edit),
            ):
                edit.setDateTime(QDateTime(day_edit.date(), edit.time(), QTimeZone.utc()))
        self._show_mode(checked)

    def _show_mode(self, all_day: bool) -> None:
        """Dates only, or dates and times, with labels to match."""
        ui = self._ui
        ui.start_date_edit.setVisible(all_day)
        ui.end_date_edit.setVisible(all_day)
        ui.start_edit.setVisible(not all_day)
        ui.end_edit.setVisible(not all_day)
        if all_day:
            ui.start_label.setText(self.tr("&First day:"))
            ui.end_label.setText(self.tr("&Last day:"))
            ui.start_label.setBuddy(ui.start_date_edit)
            ui.end_label.setBuddy(ui.end_date_edit)
        else:
            ui.start_label.setText(self.tr("&Starts:"))
            ui.end_label.setText(self.tr("&Ends:"))
            ui.start_label.setBuddy(ui.start_edit)
            ui.end_label.setBuddy(ui.end_edit)
        self._update_problem()

    def _problem(self) -> str:
        """Why the event cannot be saved as it stands, or an empty string."""
        ui = self._ui
        if ui.all_day_check.isChecked():
            if ui.end_date_edit.date() < ui.start_date_edit.date():
                return self.tr("The last day is before the first day: change one of them.")
        elif ui.end_edit.dateTime() < ui.start_edit.dateTime():
            return self.tr("The event ends before it starts: change the end or the start.")
        return ""

    def _update_problem(self) -> None:
        problem, label = self._problem(), self._ui.problem_label
        label.setText(problem)
        label.setVisible(bool(problem))
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        label.setStyleSheet(f"color: {'#ff8a80' if dark else '#b3261e'}; font-weight: bold;")
        self._ok.setEnabled(not problem)
        self._ok.setToolTip(problem or self.tr("Save the event (Ctrl+Return)"))
        self._ok.setAccessibleDescription(problem)


def ask_about_event_posts(parent: QWidget | None, *, title: str, post_count: int) -> str | None:
    """Ask what becomes of an event's campaign posts when the event is deleted.

    Returns:
        ``"delete_posts"`` to delete the posts nobody has changed yet, ``"keep_posts"`` to keep
        them all as the user's own posts, or ``None`` if the user cancelled.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("EventPostsQuestion", "Delete event"))
    box.setText(
        _fill(
            translate("EventPostsQuestion", "Delete “%1”? Campaign posts linked to it: %2."),
            title,
            post_count,
        )
    )
    box.setInformativeText(
        translate(
            "EventPostsQuestion",
            "Posts you have already changed are kept in either case. "
            "What should happen to the others?",
        )
    )
    choices = {}
    for answer, text, spoken, role in (
        (
            "delete_posts",
            translate("EventPostsQuestion", "&Delete event and untouched posts"),
            translate("EventPostsQuestion", "Delete the event and its untouched campaign posts"),
            QMessageBox.ButtonRole.DestructiveRole,
        ),
        (
            "keep_posts",
            translate("EventPostsQuestion", "Delete event, &keep posts"),
            translate("EventPostsQuestion", "Delete the event, keep its posts as your own"),
            QMessageBox.ButtonRole.AcceptRole,
        ),
    ):
        button = box.addButton(text, role)
        button.setObjectName(f"{answer}_button")
        button.setToolTip(spoken)
        button.setAccessibleName(spoken)
        choices[button] = answer
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("cancel_button")
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return choices.get(box.clickedButton())
