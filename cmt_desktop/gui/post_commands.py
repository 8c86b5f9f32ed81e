"""Undoable post changes: create, edit, move and delete go through one QUndoCommand."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from cmt_desktop import services
from cmt_desktop.domain.post import Post
from cmt_desktop.services import Venue


class PostEvents(QObject):
    """Tells every view that the posts changed.

    Signals:
        posts_changed(): reload what you show.
        post_saved(int): this post was written (select or scroll to it).
        write_failed(str): a change could not be written; the message is for the user.
    """

    posts_changed = Signal()
    post_saved = Signal(int)
    write_failed = Signal(str)


class PostCommand(QUndoCommand):
    """Replaces ``before`` with ``after`` in the venue file; undo does the reverse.

    ``before=None`` creates a post, ``after=None`` deletes one. A failed write (locked
    file, full disk) is reported through ``events.write_failed`` and the command becomes
    obsolete, so the undo stack never claims a change that did not happen.
    """

    def __init__(
        self,
        text: str,
        *,
        venue: Venue,
        events: PostEvents,
        clock: Callable[[], datetime],
        before: Post | None,
        after: Post | None,
    ) -> None:
        super().__init__(text)
        self._venue = venue
        self._events = events
        self._clock = clock
        self._before = before
        self._after = after

    def redo(self) -> None:
        self._after = self._replace(self._before, self._after)

    def undo(self) -> None:
        self._before = self._replace(self._after, self._before)

    def _replace(self, old: Post | None, new: Post | None) -> Post | None:
        venue, now = self._venue, self._clock()
        try:
            if new is None:
                assert old is not None and old.id is not None
                services.delete_post(venue, post_id=old.id, now=now)
                result = None
            elif old is None:
                if new.id is None:
                    result = services.create_post(venue, post=new, now=now)
                else:
                    result = services.restore_post(venue, post=new, now=now)
            else:
                result = services.save_post(venue, post=new, now=now)
        except (sqlite3.Error, OSError, LookupError) as exc:  # LookupError: gone meanwhile
            self.setObsolete(True)
            self._events.write_failed.emit(str(exc))
            return new
        self._events.posts_changed.emit()
        if result is not None and result.id is not None:
            self._events.post_saved.emit(result.id)
        return result if result is not None else new
