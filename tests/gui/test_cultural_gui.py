"""Cultural dates in the calendar: shown as suggestions, one click to a post or a campaign."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDateEdit, QDialogButtonBox, QLabel, QMenu

from cmt_desktop import cultural, programme, services, strategies
from cmt_desktop.demo import demo_strategy
from cmt_desktop.gui.calendar.roles import CELL_ROLE

PARIS = ZoneInfo("Europe/Paris")
# A popup menu on the offscreen platform cannot grab the keyboard; it still works.
popup = pytest.mark.qt_log_ignore("does not support grabbing the keyboard")
WOMEN_DAY = date(2026, 3, 8)  # a FIXED date for every venue kind, in the clock's month


def _suggestion_rect(window, day):
    view = window._calendar_view
    index = window._calendar_model.index_of(day)
    option = view._option_for(index)
    [(rect, found)] = [
        (rect, found)
        for rect, found in view._delegate.suggestion_layout(option, index.data(CELL_ROLE))
        if found.start == day
    ]
    return rect, found


def test_month_view_shows_the_day_as_a_suggestion_for_screen_readers_too(make_window):
    window = make_window()
    index = window._calendar_model.index_of(WOMEN_DAY)
    cell = index.data(CELL_ROLE)
    assert [o.date_id for o in cell.suggestions] == ["droits-femmes"]
    assert "Cultural date: International Women's Day" in index.data(
        Qt.ItemDataRole.AccessibleTextRole
    )


@popup
def test_one_click_on_a_date_then_plan_a_post_makes_an_undoable_draft(qtbot, make_window, venue):
    window = make_window()
    rect, found = _suggestion_rect(window, WOMEN_DAY)
    with qtbot.waitSignal(window._calendar_view.suggestion_activated) as clicked:
        QTimer.singleShot(0, lambda: QApplication.activePopupWidget().close())
        qtbot.mouseClick(
            window._calendar_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
        )
    assert clicked.args[0] == found

    menu = window._suggestions.menu_for(found)
    menu.findChild(type(menu.actions()[0]), "plan_post_action").trigger()
    [post] = services.posts_between(venue, first_day=WOMEN_DAY, last_day=WOMEN_DAY)
    assert post.start == datetime(2026, 3, 8, 10, 0, tzinfo=PARIS)
    assert post.title == "International Women's Day"
    assert "International Women's Day" in window.statusBar().currentMessage()
    assert window._calendar_model.index_of(WOMEN_DAY).data(CELL_ROLE).posts == [post]
    window._undo_stack.undo()
    assert services.posts_between(venue, first_day=WOMEN_DAY, last_day=WOMEN_DAY) == []


def test_taking_part_adds_the_event_and_its_campaign_to_the_calendar(make_window, venue, clock):
    strategies.save_strategy(venue, draft=demo_strategy(today=clock.date()), now=clock)
    window = make_window()
    _, found = _suggestion_rect(window, date(2026, 3, 20))  # Journée de la francophonie
    window._suggestions.take_part(found)
    [event] = programme.events_between(venue, first=found.start, last=found.end)
    assert event.title == found.name("en")
    count = programme.event_post_count(venue, event_id=event.id)
    assert count >= 3
    assert str(count) in window.statusBar().currentMessage()
    assert window._calendar_model.index_of(found.start).data(CELL_ROLE).events == [event]


def test_dates_to_confirm_can_be_corrected_and_wrong_dates_are_explained(qtbot, make_window, venue):
    window = make_window()
    window.show_date(date(2027, 5, 1))
    found = next(
        o
        for o in cultural.suggestions_between(
            venue, first=date(2027, 5, 1), last=date(2027, 5, 31), kind=None
        )
        if o.date_id == "nuit-musees"
    )
    assert not found.confirmed
    actions = [a.objectName() for a in window._suggestions.menu_for(found).actions()]
    assert "correct_dates_action" in actions
    seen = {}

    def fill():
        dialog = QApplication.activeModalWidget()
        start, end = dialog.findChildren(QDateEdit)
        start.setDate(QDate(2027, 5, 16))
        end.setDate(QDate(2027, 5, 15))  # before the start: refused, the dialog stays
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        save.click()
        problem = dialog.findChild(QLabel, "problem_label")
        seen["problem"] = problem.text() if problem.isVisible() else ""
        seen["still_open"] = dialog.isVisible()
        end.setDate(QDate(2027, 5, 16))
        save.click()

    QTimer.singleShot(0, fill)
    window._suggestions.correct_dates(found)
    assert "before the first day" in seen["problem"]
    assert seen["still_open"]
    corrected = cultural.occurrence(venue, date_id="nuit-musees", year=2027)
    assert (corrected.start, corrected.confirmed) == (date(2027, 5, 16), True)
    cell = window._calendar_model.index_of(date(2027, 5, 16)).data(CELL_ROLE)
    assert "nuit-musees" in [o.date_id for o in cell.suggestions]

    def restore():
        dialog = QApplication.activeModalWidget()
        buttons = dialog.findChild(QDialogButtonBox)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()

    QTimer.singleShot(0, restore)
    window._suggestions.correct_dates(corrected)
    assert not cultural.occurrence(venue, date_id="nuit-musees", year=2027).confirmed


@popup
def test_keyboard_enter_on_a_day_offers_its_cultural_date(qtbot, make_window):
    window = make_window()
    view = window._calendar_view
    view.setFocus()
    view.setCurrentIndex(window._calendar_model.index_of(WOMEN_DAY))
    offered = {}

    def read_menu():
        menu = QApplication.activePopupWidget()
        offered["entries"] = [a.text() for a in menu.actions()] if isinstance(menu, QMenu) else []
        menu.close()

    QTimer.singleShot(0, read_menu)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert any("International Women's Day" in text for text in offered["entries"])


def test_the_view_menu_hides_and_shows_the_cultural_dates(make_window):
    window = make_window()
    toggle = window.actions_.cultural_dates
    assert toggle.isChecked()
    toggle.trigger()
    assert window._calendar_model.index_of(WOMEN_DAY).data(CELL_ROLE).suggestions == []
    reopened = make_window()  # the choice is remembered
    assert not reopened.actions_.cultural_dates.isChecked()
    toggle.trigger()
    assert window._calendar_model.index_of(WOMEN_DAY).data(CELL_ROLE).suggestions != []


def test_a_library_strategy_hides_museum_dates(make_window, venue, clock):
    strategies.save_strategy(venue, draft=demo_strategy(today=clock.date()), now=clock)
    window = make_window()
    window.show_date(date(2026, 5, 1))
    shown = set()
    for day in range(1, 32):
        cell = window._calendar_model.index_of(date(2026, 5, day)).data(CELL_ROLE)
        shown |= {o.date_id for o in cell.suggestions}
    assert "nuit-musees" not in shown  # the demo venue is a library
    assert "journee-musees" not in shown
