"""A full disk during a change: the user is told, the edit comes back to retry, nothing is lost."""

from datetime import date, datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPlainTextEdit

from cmt_desktop import services
from cmt_desktop.gui.write_errors import explain_write_error

LONG_TEXT = "Une histoire de la médiathèque. " * 400  # needs new pages: cannot fit a full disk


def _fill_disk(venue) -> None:
    """SQLite's own page limit set to what the file holds: the next page gets SQLITE_FULL."""
    pages = venue.db.execute("PRAGMA page_count").fetchone()[0]
    venue.db.execute(f"PRAGMA max_page_count = {pages}")


def _free_disk(venue) -> None:
    venue.db.execute("PRAGMA max_page_count = 1073741823")


def test_a_new_post_on_a_full_disk_is_kept_on_screen_until_it_is_saved(
    qtbot, make_window, venue, monkeypatch
):
    window = make_window()
    warnings = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text: warnings.append((title, text))
    )
    shown_again = {}

    def first_try():
        dialog = QApplication.activeModalWidget()
        dialog.findChild(QLineEdit, "title_edit").setText("Portes ouvertes")
        dialog.findChild(QPlainTextEdit, "body_edit").setPlainText(LONG_TEXT)
        QTimer.singleShot(0, second_try)
        dialog.accept()

    def second_try():
        dialog = QApplication.activeModalWidget()
        shown_again["title"] = dialog.findChild(QLineEdit, "title_edit").text()
        shown_again["body"] = dialog.findChild(QPlainTextEdit, "body_edit").toPlainText()
        _free_disk(venue)  # the user emptied the recycle bin
        dialog.accept()

    _fill_disk(venue)
    QTimer.singleShot(0, first_try)
    window._on_calendar_view_new_post_requested(date(2026, 3, 21), 18)
    [(title, text)] = warnings
    assert title == "Change not saved"
    assert "The disk is full" in text and "Nothing was changed" in text
    assert shown_again == {"title": "Portes ouvertes", "body": LONG_TEXT}
    [post] = services.posts_between(venue, first_day=date(2026, 3, 21), last_day=date(2026, 3, 21))
    assert post.title == "Portes ouvertes" and post.body == LONG_TEXT
    assert venue.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert window._undo_stack.count() == 1  # only the change that happened can be undone


def test_giving_up_after_a_failed_write_changes_nothing(
    qtbot, make_window, venue, saturday_post, monkeypatch
):
    window = make_window()
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: None)

    def edit_then_cancel():
        dialog = QApplication.activeModalWidget()
        dialog.findChild(QPlainTextEdit, "body_edit").setPlainText(LONG_TEXT)
        QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
        dialog.accept()

    _fill_disk(venue)
    QTimer.singleShot(0, edit_then_cancel)
    window._calendar_view.post_activated.emit(saturday_post.id)
    _free_disk(venue)
    assert services.get_post(venue, post_id=saturday_post.id) == saturday_post
    assert window._undo_stack.count() == 0


def test_messages_name_the_cause():
    assert "disk is full" in explain_write_error("database or disk is full")
    assert "read-only" in explain_write_error("attempt to write a readonly database")
    assert "Another program" in explain_write_error("database is locked")
    assert "could not be written" in explain_write_error("disk I/O error")


def test_a_new_event_on_a_full_disk_comes_back_to_retry(qtbot, make_window, venue, monkeypatch):
    from cmt_desktop import programme
    from cmt_desktop.gui.event_flow import new_event

    window = make_window()
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: warnings.append(title))
    shown_again = {}

    def first_try():
        dialog = QApplication.activeModalWidget()
        dialog.findChild(QLineEdit, "title_edit").setText("Nuit de la lecture " + "x" * 4000)
        QTimer.singleShot(0, second_try)
        dialog.accept()

    def second_try():
        dialog = QApplication.activeModalWidget()
        shown_again["title"] = dialog.findChild(QLineEdit, "title_edit").text()
        _free_disk(venue)
        dialog.accept()

    _fill_disk(venue)
    QTimer.singleShot(0, first_try)
    now = datetime(2026, 3, 4, 9, tzinfo=venue.tz)
    assert new_event(window, venue=venue, clock=lambda: now, day=date(2026, 3, 21))
    assert warnings == ["Change not saved"]
    assert shown_again["title"].startswith("Nuit de la lecture")
    [event] = programme.events_between(venue, first=date(2026, 3, 21), last=date(2026, 3, 21))
    assert event.title.startswith("Nuit de la lecture")
