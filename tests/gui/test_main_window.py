"""The main window driven like a user: views, moving posts, undo, delete, duplicate."""

import warnings
from datetime import date

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from cmt_desktop.gui.calendar.calendar_view import post_id_mime
from cmt_desktop.gui.calendar.roles import POSTS_ROLE


def _drop(view, index, post_id):
    """Enter, move over and drop on a cell, as Qt delivers a real drag."""
    view.scrollTo(index)
    centre = view.visualRect(index).center()
    mime = post_id_mime(post_id)
    args = (
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # PySide marks the QPoint constructors deprecated, yet Qt 6 offers no other for these two.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        enter, move = QDragEnterEvent(centre, *args), QDragMoveEvent(centre, *args)
    for event in (enter, move, QDropEvent(QPointF(centre), *args)):
        QApplication.sendEvent(view.viewport(), event)
        assert event.isAccepted()


def _cell_posts(window, day):
    return [p.id for p in window._calendar_model.index_of(day).data(POSTS_ROLE)]


def test_opens_on_todays_month_with_its_posts(make_window, saturday_post):
    window = make_window()
    assert window._calendar_model.anchor == date(2026, 3, 4)
    assert _cell_posts(window, date(2026, 3, 7)) == [saturday_post.id]
    assert "1 post" in window.statusBar().currentMessage()
    assert "Médiathèque de test" in window.windowTitle()


def test_drag_to_another_day_then_undo_and_redo(make_window, venue, saturday_post):
    window = make_window()
    view = window._calendar_view
    target = window._calendar_model.index_of(date(2026, 3, 12))
    _drop(view, target, saturday_post.id)
    moved = venue.posts.get(saturday_post.id)
    assert moved.start.date() == date(2026, 3, 12)
    assert (moved.start.hour, moved.start.minute) == (10, 30)
    assert moved.sequence == saturday_post.sequence + 1
    assert _cell_posts(window, date(2026, 3, 12)) == [saturday_post.id]

    window.actions_.undo.trigger()
    assert venue.posts.get(saturday_post.id).start == saturday_post.start
    assert _cell_posts(window, date(2026, 3, 7)) == [saturday_post.id]
    window.actions_.redo.trigger()
    assert venue.posts.get(saturday_post.id).start.date() == date(2026, 3, 12)


def test_drop_in_week_view_sets_the_hour(make_window, venue, saturday_post):
    window = make_window()
    window.actions_.week_view.trigger()
    window.show_date(date(2026, 3, 9))
    target = window._calendar_model.index(18, 2)  # Wednesday 11 March, 18:00
    _drop(window._calendar_view, target, saturday_post.id)
    start = venue.posts.get(saturday_post.id).start
    assert (start.date(), start.hour, start.minute) == (date(2026, 3, 11), 18, 30)


def test_delete_with_undo_restores_the_same_post(make_window, venue, saturday_post):
    window = make_window()
    window._calendar_view.setCurrentIndex(window._calendar_model.index_of(date(2026, 3, 7)))
    assert window.actions_.delete_post.isEnabled()
    window.actions_.delete_post.trigger()
    assert venue.posts.get(saturday_post.id) is None
    assert _cell_posts(window, date(2026, 3, 7)) == []
    window.actions_.undo.trigger()
    restored = venue.posts.get(saturday_post.id)
    assert restored.uid == saturday_post.uid
    assert _cell_posts(window, date(2026, 3, 7)) == [saturday_post.id]


def test_duplicate_lands_a_week_later_as_draft(make_window, venue, saturday_post):
    window = make_window()
    window._calendar_view.setCurrentIndex(window._calendar_model.index_of(date(2026, 3, 7)))
    window.actions_.duplicate_post.trigger()
    copies = _cell_posts(window, date(2026, 3, 14))
    assert len(copies) == 1 and copies[0] != saturday_post.id
    copy = venue.posts.get(copies[0])
    assert copy.uid != saturday_post.uid and copy.status.value == "draft"
    window.actions_.undo.trigger()
    assert venue.posts.get(copies[0]) is None


def test_switch_views_and_navigate(make_window, saturday_post):
    window = make_window()
    window.actions_.agenda_view.trigger()
    assert window._stack.currentWidget() is window._agenda_view
    assert window._agenda_model.rowCount() == 1
    window.actions_.week_view.trigger()
    assert window._stack.currentWidget() is window._calendar_view
    assert window._calendar_model.rowCount() == 24
    window.actions_.next.trigger()
    assert window._calendar_model.first_day() == date(2026, 3, 9)
    window.actions_.month_view.trigger()
    window.actions_.next.trigger()
    assert window._calendar_model.anchor.month == 4
    window.actions_.today.trigger()
    assert window._calendar_model.anchor == date(2026, 3, 4)


def test_network_filter_hides_other_networks(make_window, saturday_post):
    window = make_window()
    combo = window._network_filter
    combo.setCurrentIndex(combo.findData("facebook"))
    assert _cell_posts(window, date(2026, 3, 7)) == []
    combo.setCurrentIndex(combo.findData("instagram"))
    assert _cell_posts(window, date(2026, 3, 7)) == [saturday_post.id]


def test_backlog_idea_dropped_on_a_day_gets_planned(make_window, venue, clock):
    from cmt_desktop import services
    from cmt_desktop.domain.post import Post

    idea = services.create_post(venue, post=Post(network="bluesky", title="Idée"), now=clock)
    window = make_window()
    assert window._backlog_model.rowCount() == 1
    _drop(window._calendar_view, window._calendar_model.index_of(date(2026, 3, 20)), idea.id)
    planned = venue.posts.get(idea.id)
    assert planned.start.date() == date(2026, 3, 20) and planned.status.value == "draft"
    assert window._backlog_model.rowCount() == 0


def test_every_control_has_an_accessible_name(make_window):
    from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView

    window = make_window()
    widgets = window.findChildren(QComboBox) + window.findChildren(QAbstractItemView)
    for widget in widgets:
        if isinstance(widget, QHeaderView):  # named through the view's model
            continue
        if widget.isVisible():
            assert widget.accessibleName(), widget.objectName()


def _answer_next_dialog(qtbot, fill):
    """Fill and accept the modal dialog the next action opens, as a user would."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    def act():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        fill(dialog)
        dialog.accept()

    QTimer.singleShot(0, act)


def test_create_a_post_in_the_editor_then_undo(qtbot, make_window, venue):
    from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

    window = make_window()

    def fill(dialog):
        network = dialog.findChild(QComboBox, "network_combo")
        network.setCurrentIndex(network.findData("bluesky"))
        dialog.findChild(QLineEdit, "title_edit").setText("Nuit de la lecture")
        body = dialog.findChild(QPlainTextEdit, "body_edit")
        qtbot.keyClicks(body, "Rendez-vous samedi soir a la mediatheque")
        dialog.findChild(QLineEdit, "hashtags_edit").setText("#NuitDeLaLecture")

    _answer_next_dialog(qtbot, fill)
    window._on_calendar_view_new_post_requested(date(2026, 3, 21), 18)
    posts = window._calendar_model.index_of(date(2026, 3, 21)).data(POSTS_ROLE)
    assert [p.title for p in posts] == ["Nuit de la lecture"]
    stored = venue.posts.get(posts[0].id)
    assert stored.network == "bluesky"
    assert stored.body == "Rendez-vous samedi soir a la mediatheque"
    assert stored.hashtags == ("#NuitDeLaLecture",)
    assert (stored.start.hour, stored.start.minute) == (18, 0)
    window.actions_.undo.trigger()
    assert venue.posts.count() == 0


def test_editing_through_the_dialog_grows_sequence(qtbot, make_window, venue, saturday_post):
    from PySide6.QtWidgets import QLineEdit

    window = make_window()
    _answer_next_dialog(
        qtbot, lambda dialog: dialog.findChild(QLineEdit, "title_edit").setText("Conte du samedi")
    )
    window._calendar_view.post_activated.emit(saturday_post.id)
    stored = venue.posts.get(saturday_post.id)
    assert stored.title == "Conte du samedi" and stored.uid == saturday_post.uid
    assert stored.sequence == saturday_post.sequence + 1
