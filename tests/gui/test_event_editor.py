"""The event editor dialog and the question asked before deleting an event with posts."""

import dataclasses
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer, QTimeZone
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from cmt_desktop.domain.venue_event import EventKind, EventStatus, VenueEvent
from cmt_desktop.gui.event_editor import EventEditorDialog, ask_about_event_posts

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def make_dialog(qtbot):
    def make(event: VenueEvent) -> EventEditorDialog:
        dialog = EventEditorDialog(None, event=event, tz=PARIS)
        qtbot.addWidget(dialog)
        return dialog

    return make


def reading(**changes) -> VenueEvent:
    base = VenueEvent(
        title="Lecture à voix haute",
        start=datetime(2026, 3, 28, 15, 0, tzinfo=PARIS),
        end=datetime(2026, 3, 28, 16, 30, tzinfo=PARIS),
        kind=EventKind.READING,
        place="Coin lecture",
        audience="Familles",
        link="https://example.org/lecture",
        description="Contes du monde.",
        uid="manual-12",
        id=12,
    )
    return dataclasses.replace(base, **changes)


def exhibition() -> VenueEvent:
    return VenueEvent(
        title="Herbiers anciens",
        start=date(2026, 6, 1),
        end=date(2026, 6, 14),  # last day 13 June
        kind=EventKind.EXHIBITION,
        uid="expo-herbiers@agenda.example.org",
        recurrence_id="",
        id=3,
    )


def utc(day: QDate, hour: int, minute: int = 0) -> QDateTime:
    return QDateTime(day, QTime(hour, minute), QTimeZone.utc())


def ok_button(dialog: EventEditorDialog):
    return dialog._ui.button_box.button(dialog._ui.button_box.StandardButton.Ok)


def test_unchanged_forms_give_back_the_same_event(make_dialog):
    for event in (reading(), exhibition()):
        assert make_dialog(event).edited_event() == event
    in_utc = reading(
        start=datetime(2026, 3, 28, 14, 0, tzinfo=UTC),
        end=datetime(2026, 3, 28, 15, 30, tzinfo=UTC),
    )
    dialog = make_dialog(in_utc)
    assert dialog._ui.start_edit.time() == QTime(15, 0)  # shown at the venue's time
    assert dialog.edited_event() == in_utc


def test_timed_event_round_trip(make_dialog):
    dialog = make_dialog(reading())
    ui = dialog._ui
    assert not ui.all_day_check.isChecked()
    assert ui.start_edit.isVisibleTo(dialog) and not ui.start_date_edit.isVisibleTo(dialog)
    assert ui.imported_label.isHidden()
    ui.title_edit.setText("Nuit de la lecture")
    ui.kind_combo.setCurrentIndex(ui.kind_combo.findData(EventKind.WORKSHOP.value))
    ui.status_combo.setCurrentIndex(ui.status_combo.findData(EventStatus.TENTATIVE.value))
    ui.start_edit.setDateTime(utc(QDate(2026, 3, 29), 20))  # the night of the DST change
    ui.end_edit.setDateTime(utc(QDate(2026, 3, 29), 23, 30))
    ui.place_edit.setText("Salle du conte")
    ui.audience_edit.setText("Adultes")
    ui.link_edit.setText(" https://example.org/nuit ")
    ui.description_edit.setPlainText("Lectures jusqu'à minuit.")

    edited = dialog.edited_event()
    assert (edited.id, edited.uid, edited.recurrence_id) == (12, "manual-12", "")
    assert edited.title == "Nuit de la lecture"
    assert edited.kind is EventKind.WORKSHOP and edited.status is EventStatus.TENTATIVE
    assert edited.start == datetime(2026, 3, 29, 20, 0, tzinfo=PARIS)
    assert edited.start.utcoffset() == timedelta(hours=2)
    assert edited.end == datetime(2026, 3, 29, 23, 30, tzinfo=PARIS)
    assert (edited.place, edited.audience, edited.link) == (
        "Salle du conte",
        "Adultes",
        "https://example.org/nuit",
    )
    assert edited.description == "Lectures jusqu'à minuit."


def test_all_day_shows_the_last_day_and_stores_the_day_after(make_dialog):
    dialog = make_dialog(exhibition())
    ui = dialog._ui
    assert ui.all_day_check.isChecked()
    assert ui.start_date_edit.date() == QDate(2026, 6, 1)
    assert ui.end_date_edit.date() == QDate(2026, 6, 13)
    assert ui.end_label.text() == "&Last day:" and ui.end_label.buddy() is ui.end_date_edit
    assert not ui.imported_label.isHidden()
    ui.end_date_edit.setDate(QDate(2026, 6, 20))
    edited = dialog.edited_event()
    assert (edited.start, edited.end) == (date(2026, 6, 1), date(2026, 6, 21))
    assert edited.all_day
    assert (edited.id, edited.uid) == (3, "expo-herbiers@agenda.example.org")
    ui.end_date_edit.setDate(QDate(2026, 6, 1))  # a one-day event
    assert dialog.edited_event().end == date(2026, 6, 2)
    assert ok_button(dialog).isEnabled()


def test_switching_all_day_on_and_off(make_dialog, qtbot):
    dialog = make_dialog(reading(end=datetime(2026, 3, 31, 0, 0, tzinfo=PARIS)))
    dialog.show()
    ui = dialog._ui
    ui.all_day_check.setFocus()
    qtbot.keyClick(ui.all_day_check, Qt.Key.Key_Space)
    assert ui.start_date_edit.isVisible() and not ui.start_edit.isVisible()
    assert ui.start_label.buddy() is ui.start_date_edit
    edited = dialog.edited_event()
    assert (edited.start, edited.end) == (date(2026, 3, 28), date(2026, 3, 31))  # midnight end
    ui.all_day_check.setChecked(False)
    assert ui.start_edit.isVisible() and ui.start_label.text() == "&Starts:"
    assert dialog.edited_event().start == datetime(2026, 3, 28, 15, 0, tzinfo=PARIS)

    made_timed = make_dialog(exhibition())
    made_timed._ui.all_day_check.setChecked(False)
    edited = made_timed.edited_event()
    assert edited.start == datetime(2026, 6, 1, 10, 0, tzinfo=PARIS)
    assert edited.end == datetime(2026, 6, 13, 18, 0, tzinfo=PARIS)


def test_end_before_start_is_explained_and_blocks_ok(make_dialog, qtbot):
    dialog = make_dialog(reading())
    ui = dialog._ui
    with qtbot.waitActive(dialog):
        dialog.show()
    assert ok_button(dialog).isEnabled() and not ui.problem_label.isVisible()
    ui.end_edit.setDateTime(utc(QDate(2026, 3, 28), 14))
    assert not ok_button(dialog).isEnabled()
    assert ui.problem_label.isVisible() and "ends before it starts" in ui.problem_label.text()
    ui.title_edit.setFocus()
    qtbot.keyClick(ui.title_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    ui.end_edit.setDateTime(utc(QDate(2026, 3, 28), 15))  # same moment: allowed
    assert ok_button(dialog).isEnabled() and not ui.problem_label.isVisible()

    ui.all_day_check.setChecked(True)
    ui.end_date_edit.setDate(QDate(2026, 3, 27))
    assert not ok_button(dialog).isEnabled()
    assert "last day is before the first day" in ui.problem_label.text()
    ui.end_date_edit.setDate(QDate(2026, 3, 28))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(ui.title_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_tab_leaves_the_description(make_dialog):
    dialog = make_dialog(reading())
    assert dialog._ui.description_edit.tabChangesFocus()


INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton)


def test_every_input_has_an_accessible_name_and_labels_have_buddies(make_dialog):
    dialog = make_dialog(reading())
    inputs = [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, INPUTS)
        and not w.objectName().startswith("qt_")
        and isinstance(w.parent(), QWidget)
        and not isinstance(w.parent(), INPUTS)
    ]
    names = {w.objectName() for w in inputs}
    assert {
        "title_edit",
        "kind_combo",
        "status_combo",
        "all_day_check",
        "start_edit",
        "start_date_edit",
        "end_edit",
        "end_date_edit",
        "place_edit",
        "audience_edit",
        "link_edit",
        "description_edit",
    } <= names
    buttons = dialog._ui.button_box.buttons()
    for widget in inputs:
        if widget in buttons:
            assert widget.text(), "dialog buttons are named by their text"
        else:
            assert widget.accessibleName(), widget.objectName()
    ui = dialog._ui
    for label in (
        ui.title_label,
        ui.kind_label,
        ui.status_label,
        ui.start_label,
        ui.end_label,
        ui.place_label,
        ui.audience_label,
        ui.link_label,
        ui.description_label,
    ):
        assert label.buddy() is not None, label.objectName()
        assert "&" in label.text(), label.objectName()


def test_kinds_and_statuses_are_labelled(make_dialog):
    dialog = make_dialog(reading())
    combo = dialog._ui.kind_combo
    labels = [combo.itemText(row) for row in range(combo.count())]
    assert labels == [
        "Exhibition",
        "Workshop",
        "Reading",
        "Screening",
        "Visit",
        "Closing day",
        "Other",
    ]
    assert make_dialog(VenueEvent("x", date(2026, 1, 1), date(2026, 1, 2))).windowTitle() == (
        "New event"
    )


def answer_with(qtbot, button_name: str | None, **kwargs) -> str | None:
    seen: dict[str, object] = {}

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        seen["names"] = [b.accessibleName() or b.text() for b in box.buttons()]
        if button_name is None:
            qtbot.keyClick(box, Qt.Key.Key_Escape)
        else:
            box.findChild(QAbstractButton, button_name).click()

    QTimer.singleShot(0, click)
    answer = ask_about_event_posts(None, **kwargs)
    assert "Herbiers anciens" in seen["text"] and "Campaign posts linked to it: 3" in seen["text"]
    assert all(seen["names"])
    return answer


@pytest.mark.parametrize(
    ("button_name", "expected"),
    [
        ("delete_posts_button", "delete_posts"),
        ("keep_posts_button", "keep_posts"),
        ("cancel_button", None),
        (None, None),  # Escape
    ],
)
def test_question_about_posts(qtbot, button_name, expected):
    answer = answer_with(qtbot, button_name, title="Herbiers anciens", post_count=3)
    assert answer == expected
