"""Sleeps until the next reminder is due, then announces it; notices sleeps and clock jumps."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from cmt_desktop import preferences, reminder_feed, services
from cmt_desktop.reminders import shown_keys

# Never sleep longer than this: waking up now and then is how a suspended laptop or a changed
# clock is noticed (the rules then gather what was missed into one summary).
MAX_SLEEP = timedelta(minutes=10)
MIN_SLEEP = timedelta(seconds=1)


class ReminderService(QObject):
    """The scheduler: the rules are pure (``reminders``); this object only keeps time.

    Signals:
        reminder_due(object): a ``reminders.Reminder`` to show now.
        paused_changed(object): the moment reminders resume, or None.
    """

    reminder_due = Signal(object)
    paused_changed = Signal(object)

    def __init__(
        self,
        *,
        venue: services.Venue,
        clock: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._venue = venue
        self._clock = clock
        self._last_check, self._shown = preferences.reminder_state(venue)
        self._shown_order = sorted(self._shown)
        self.paused_until: datetime | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check_now)

    def start(self) -> None:
        """Announce what became due while the app was closed, then keep watch."""
        self.check_now()

    def reschedule(self) -> None:
        """Posts or settings changed: compute the next due moment again."""
        now = self._clock()
        due = reminder_feed.next_due(self._venue, after=now, paused_until=self.paused_until)
        wait = MAX_SLEEP if due is None else min(MAX_SLEEP, max(MIN_SLEEP, due - now))
        self.timer.start(int(wait.total_seconds() * 1000))

    def next_wakeup(self) -> int:
        """Milliseconds the scheduler chose to sleep at its last reschedule (diagnostics)."""
        return self.timer.interval()

    def pause(self, *, minutes: int) -> None:
        """No reminder for a while; what falls due meanwhile is shown afterwards."""
        self.paused_until = self._clock() + timedelta(minutes=minutes)
        self.paused_changed.emit(self.paused_until)
        self.reschedule()

    def resume(self) -> None:
        """End a pause now."""
        self.paused_until = None
        self.paused_changed.emit(None)
        self.check_now()

    def check_now(self) -> None:
        """Announce every reminder due since the last check, then sleep until the next one."""
        now = self._clock()
        if self.paused_until is not None and now >= self.paused_until:
            self.paused_until = None
            self.paused_changed.emit(None)
        due = reminder_feed.due_now(
            self._venue,
            now=now,
            last_check=self._last_check,
            shown=self._shown,
            paused_until=self.paused_until,
        )
        for reminder in due:
            keys = shown_keys([reminder])  # a summary's items too: never shown twice
            self._shown |= keys
            self._shown_order.extend(sorted(keys))
            self.reminder_due.emit(reminder)
        if self.paused_until is None:  # a paused check must not swallow what falls due
            self._last_check = now
            preferences.save_reminder_state(self._venue, last_check=now, shown=self._shown_order)
        self.reschedule()
