"""Create, edit and delete venue events from the window; campaigns follow."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from cmt_desktop import programme, services
from cmt_desktop.domain.venue_event import VenueEvent
from cmt_desktop.gui.event_editor import EventEditorDialog, ask_about_event_posts
from cmt_desktop.gui.write_errors import WRITE_ERRORS, report_write_error

translate = QCoreApplication.translate
DELETE = 2  # the editor's result code for "Delete this event"


def new_event(
    parent: QWidget, *, venue: services.Venue, clock: Callable[[], datetime], day: date
) -> bool:
    """A new event on ``day`` (18:00–20:00 by default); True when something changed."""
    start = datetime.combine(day, time(18, 0), tzinfo=venue.tz)
    event = VenueEvent(title="", start=start, end=start + timedelta(hours=2))
    return _edit_until_saved(
        parent,
        venue=venue,
        event=event,
        store=lambda e: programme.add_event(venue, event=e, now=clock()),
    )


def edit_event(
    parent: QWidget, *, venue: services.Venue, clock: Callable[[], datetime], event_id: int
) -> bool:
    """Edit (or delete) a stored event; True when something changed."""
    event = programme.events(venue).get(event_id)
    if event is None:
        return False
    dialog = EventEditorDialog(parent, event=event, tz=venue.tz)
    buttons = dialog.findChild(QDialogButtonBox)
    delete = buttons.addButton(
        translate("EventFlow", "&Delete this event…"), QDialogButtonBox.ButtonRole.DestructiveRole
    )
    delete.setObjectName("delete_event_button")
    delete.clicked.connect(lambda: dialog.done(DELETE))
    result = dialog.exec()
    edited = dialog.edited_event()
    dialog.deleteLater()
    if result == EventEditorDialog.DialogCode.Accepted:
        try:
            programme.save_event(venue, event=edited, now=clock())
        except WRITE_ERRORS as exc:
            report_write_error(parent, exc)
            return _edit_until_saved(
                parent,
                venue=venue,
                event=edited,
                store=lambda e: programme.save_event(venue, event=e, now=clock()),
            )
        return True
    if result != DELETE:
        return False
    count = programme.event_post_count(venue, event_id=event_id)
    choice = "delete_posts"
    if count:
        choice = ask_about_event_posts(parent, title=event.title, post_count=count)
        if choice is None:
            return False
    try:
        programme.delete_event(
            venue, event_id=event_id, keep_posts=choice == "keep_posts", now=clock()
        )
    except WRITE_ERRORS as exc:
        report_write_error(parent, exc)
        return False
    return True


def _edit_until_saved(
    parent: QWidget,
    *,
    venue: services.Venue,
    event: VenueEvent,
    store: Callable[[VenueEvent], object],
) -> bool:
    """The editor on ``event``; a failed write brings the edit back to retry. True once saved."""
    while True:
        dialog = EventEditorDialog(parent, event=event, tz=venue.tz)
        accepted = dialog.exec() == EventEditorDialog.DialogCode.Accepted
        event = dialog.edited_event()
        dialog.deleteLater()
        if not accepted:
            return False
        try:
            store(event)
        except WRITE_ERRORS as exc:
            report_write_error(parent, exc)
            continue
        return True
