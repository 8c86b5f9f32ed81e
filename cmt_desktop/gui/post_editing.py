"""The window's post operations: open the editor, then push an undoable change."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from cmt_desktop import services
from cmt_desktop.domain.post import Post, PostStatus
from cmt_desktop.domain.schedule import duplicated, moved, published, skipped
from cmt_desktop.gui.post_commands import PostCommand, PostEvents


class PostEditing(QObject):
    """New, edit, move, duplicate and delete: each one a named command on the undo stack."""

    def __init__(
        self,
        window: QWidget,
        *,
        venue: services.Venue,
        clock: Callable[[], datetime],
        language: str,
        events: PostEvents,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._venue = venue
        self._clock = clock
        self._language = language
        self.events = events
        self.undo_stack = QUndoStack(self)
        events.write_failed.connect(self._on_events_write_failed)

    def _push(self, text: str, *, before: Post | None, after: Post | None) -> bool:
        """Run the change as an undoable command; False when it could not be written."""
        done = self.undo_stack.index()
        command = PostCommand(
            text,
            venue=self._venue,
            events=self.events,
            clock=self._clock,
            before=before,
            after=after,
        )
        self.undo_stack.push(command)
        return self.undo_stack.index() > done  # a failed write leaves no command behind

    def _open_editor(self, post: Post, default_start: datetime) -> Post | None:
        from cmt_desktop.gui.post_editor import PostEditorDialog

        event_title = ""
        if post.event_id is not None:
            from cmt_desktop import programme

            event = programme.events(self._venue).get(post.event_id)
            event_title = event.title if event is not None else ""
        dialog = PostEditorDialog(
            self._window,
            post=post,
            catalogue=self._venue.catalogue,
            language=self._language,
            default_start=default_start,
            event_title=event_title,
        )
        accepted = dialog.exec() == PostEditorDialog.DialogCode.Accepted
        edited = dialog.edited_post() if accepted else None
        dialog.deleteLater()
        return edited

    def next_hour(self) -> datetime:
        """The next full hour, in the venue's time zone: a new post's default time."""
        now = self._clock().astimezone(self._venue.tz)
        return now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)

    def new_post(self, *, network: str, start: datetime | None) -> None:
        """Open the editor on a new post (an idea when ``start`` is None)."""
        draft = Post(
            network=network, start=start, status=PostStatus.DRAFT if start else PostStatus.IDEA
        )
        default_start = start or self.next_hour()
        created = self._open_editor(draft, default_start)
        # A failed write (full disk…) was reported: the edit comes back on screen to retry.
        while created is not None and not self._push(
            self.tr("New post"), before=None, after=created
        ):
            created = self._open_editor(created, default_start)

    def create(self, post: Post, *, text: str) -> bool:
        """Store a post made for the user (no editor), undoably; False if it was not written."""
        return self._push(text, before=None, after=post)

    def new_post_at(self, *, network: str, day: date, hour: int | None) -> None:
        """A new post on a calendar cell (10:00 in the month view)."""
        clock = time(hour if hour is not None else 10, 0)
        self.new_post(network=network, start=datetime.combine(day, clock, tzinfo=self._venue.tz))

    def edit(self, post_id: int) -> None:
        """Open the editor on a stored post."""
        post = services.get_post(self._venue, post_id=post_id)
        if post is None:
            return
        default_start = post.start or self.next_hour()
        edited = self._open_editor(post, default_start)
        while (
            edited is not None
            and not edited.content_equals(post)
            and not self._push(self.tr("Edit post"), before=post, after=edited)
        ):
            edited = self._open_editor(edited, default_start)  # kept on screen to retry

    def move(self, post_id: int, day: date, hour: int | None) -> None:
        """Reschedule a post to another day (and hour, in the week view)."""
        post = services.get_post(self._venue, post_id=post_id)
        if post is None:
            return
        target = moved(post, day=day, hour=hour, tz=self._venue.tz)
        if target.start != post.start:
            self._push(self.tr("Move post"), before=post, after=target)

    def duplicate(self, post_id: int) -> None:
        """A copy one week later."""
        post = services.get_post(self._venue, post_id=post_id)
        if post is not None:
            self._push(self.tr("Duplicate post"), before=None, after=duplicated(post))

    def delete(self, post_id: int) -> None:
        """Delete, undoably."""
        post = services.get_post(self._venue, post_id=post_id)
        if post is not None:
            self._push(self.tr("Delete post"), before=post, after=None)

    def mark_published(self, post_id: int, *, link: str = "") -> None:
        """The post went out now (with its link, if the user gave one)."""
        post = services.get_post(self._venue, post_id=post_id)
        if post is not None:
            after = published(post, at=self._clock(), link=link)
            self._push(self.tr("Mark as published"), before=post, after=after)

    def postpone(self, post_id: int) -> None:
        """To the network's next preferred slot."""
        from cmt_desktop import strategies

        post = services.get_post(self._venue, post_id=post_id)
        if post is not None:
            after = strategies.postponed(self._venue, post=post, now=self._clock())
            self._push(self.tr("Postpone post"), before=post, after=after)

    def skip(self, post_id: int, *, reason: str) -> None:
        """Give the post up, keeping the reason."""
        post = services.get_post(self._venue, post_id=post_id)
        if post is not None:
            self._push(self.tr("Skip post"), before=post, after=skipped(post, reason=reason))

    def _on_events_write_failed(self, detail: str) -> None:
        from cmt_desktop.gui.write_errors import report_write_error

        report_write_error(self._window, detail)
