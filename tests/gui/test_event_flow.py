"""Venue events from the window: create one, its campaign appears, delete it with its posts."""

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from cmt_desktop import programme, strategies
from cmt_desktop.demo import demo_strategy
from cmt_desktop.gui.event_flow import edit_event, new_event


def _later(action):
    def run():
        dialog = QApplication.activeModalWidget()
        try:
            action(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)


def test_new_event_gets_a_campaign_and_deleting_asks(qtbot, make_window, venue, clock):
    strategies.save_strategy(venue, draft=demo_strategy(today=date(2026, 3, 4)), now=clock)
    window = make_window()

    def fill(dialog):
        dialog.findChild(QLineEdit, "title_edit").setText("Nuit de la lecture")
        dialog.accept()

    _later(fill)
    assert new_event(window, venue=venue, clock=lambda: clock, day=date(2026, 3, 21))
    [event] = programme.events_between(venue, first=date(2026, 3, 21), last=date(2026, 3, 21))
    linked = programme.event_post_count(venue, event_id=event.id)
    assert linked >= 3  # teaser, announcement, reminder… from the demo strategy

    def delete(dialog):
        def answer():
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox)
            box.findChild(type(box.buttons()[0]), "delete_posts_button").click()

        QTimer.singleShot(0, answer)
        dialog.done(2)

    _later(delete)
    assert edit_event(window, venue=venue, clock=lambda: clock, event_id=event.id)
    assert programme.events_between(venue, first=date(2026, 3, 1), last=date(2026, 3, 31)) == []
    assert programme.event_post_count(venue, event_id=event.id) == 0


def test_agenda_lists_events_with_the_posts(make_window, venue, clock, saturday_post):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from PySide6.QtCore import Qt

    from cmt_desktop.domain.venue_event import VenueEvent

    start = datetime(2026, 3, 7, 9, 0, tzinfo=ZoneInfo("Europe/Paris"))
    programme.events(venue).add(
        VenueEvent(title="Troc de livres", start=start, end=start.replace(hour=12)), now=clock
    )
    window = make_window()
    window.actions_.agenda_view.trigger()
    model = window._agenda_model
    rows = [
        model.index(r, model.TITLE).data(Qt.ItemDataRole.DisplayRole)
        for r in range(model.rowCount())
    ]
    assert rows == ["◆ Troc de livres", "Samedi conte"]  # 09:00 event, then the 10:30 post
