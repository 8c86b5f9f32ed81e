"""What to remind the user of, and when: the pure core the tray's reminder scheduler asks.

No Qt, no I/O, no clock reads: "now" is passed in, aware and in the venue's zone. The
scheduler in ``gui/`` keeps ``last_check`` and the keys already shown; it sleeps until
:func:`next_due` (no polling), shows what :func:`due_reminders` returns, adds
:func:`shown_keys` of it to the keys shown and sets ``last_check`` to ``now``.

- **Sleep and clock jumps.** A reminder noticed more than ``sleep_gap_minutes`` after it was
  due means the scheduler could not run in time (the laptop slept, the clock jumped): then
  everything due since ``last_check`` comes as one ``MISSED_SUMMARY`` instead of a burst.
  This is the "gap between two checks" rule made safe for a scheduler that sleeps for hours
  until the next due moment: a long quiet gap ending right on time is not a missed one.
- **Pause.** While ``paused_until`` is in the future nothing is returned, and the caller
  keeps ``last_check`` where it was (see :func:`is_paused`): the pause only defers, and what
  fell due meanwhile comes when it ends (as a summary if it is then late).
- **Clock going back.** The window ``(last_check, now]`` is empty; the keys already shown
  keep anything from being shown twice once time catches up.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta, tzinfo

from cmt_desktop.domain.cadence import Slot
from cmt_desktop.domain.post import Post
from cmt_desktop.reminder_rules import (
    Reminder,
    ReminderKind,
    ReminderSettings,
    agenda,
    horizon,
    reminders_between,
)

__all__ = [
    "Reminder",
    "ReminderKind",
    "ReminderSettings",
    "due_reminders",
    "is_paused",
    "next_due",
    "shown_keys",
]

_FIRST_SPAN = timedelta(days=1)  # next_due looks this far first, then twice as far, ...


def due_reminders(
    *,
    posts: Sequence[Post],
    moderation: Sequence[Slot],
    cadences: Mapping[str, float],
    settings: ReminderSettings,
    now: datetime,
    last_check: datetime | None,
    already_shown: set[str],
) -> list[Reminder]:
    """The reminders to show at ``now``, by due time.

    Args:
        posts: The venue's posts (undated ones are ignored).
        moderation: The strategy's moderation slots (see ``cadence.moderation_slots``).
        cadences: Posts per week by network, for the under-rhythm warnings.
        settings: The user's reminder settings.
        now: The current moment, aware, in the venue's zone (which the due times use).
        last_check: When the previous call was made; ``None`` on start-up, which looks back
            ``sleep_gap_minutes`` only, so that starting the app brings no old reminders.
        already_shown: Keys of the reminders shown before; they are not returned again.

    Returns:
        Every reminder due in ``(last_check, now]`` and not shown yet, or one
        ``MISSED_SUMMARY`` gathering them when some of them was missed (see the module).
    """
    tz = _zone(now)
    if is_paused(settings, now):
        return []
    gap = timedelta(minutes=settings.sleep_gap_minutes)
    high = now.astimezone(UTC)
    low = high - gap if last_check is None else last_check.astimezone(UTC)
    plan = agenda(posts=posts, moderation=moderation, cadences=cadences, settings=settings, tz=tz)
    found = [r for r in reminders_between(plan, low, high) if r.key not in already_shown]
    if not found or high - found[0].due.astimezone(UTC) <= gap:
        return found
    summary = _summary(found, now.astimezone(tz))
    return [] if summary.key in already_shown else [summary]


def next_due(
    *,
    posts: Sequence[Post],
    moderation: Sequence[Slot],
    cadences: Mapping[str, float],
    settings: ReminderSettings,
    after: datetime,
) -> datetime | None:
    """The first moment strictly after ``after`` when some reminder falls due, or ``None``.

    ``due_reminders(last_check=after, now=next_due(after=after))`` returns at least one
    reminder, unless all of them were shown already. During a pause, reminders falling due
    before its end are due at its end. The search looks one day ahead, then two, four, ...,
    never minute by minute, up to a horizon past which nothing can fall due.

    Args:
        posts: As for :func:`due_reminders`.
        moderation: As for :func:`due_reminders`.
        cadences: As for :func:`due_reminders`.
        settings: As for :func:`due_reminders`.
        after: Usually the last check; aware, in the venue's zone (which the result uses).
    """
    tz = _zone(after)
    plan = agenda(posts=posts, moderation=moderation, cadences=cadences, settings=settings, tz=tz)
    low = after.astimezone(UTC)
    end = horizon(plan, low)
    span = _FIRST_SPAN
    while True:
        found = reminders_between(plan, low, low + span)
        if found:
            due = found[0].due.astimezone(UTC)
            break
        if low + span >= end:
            return None
        span *= 2
    if settings.paused_until is not None:
        due = max(due, settings.paused_until.astimezone(UTC))
    return due.astimezone(tz)


def is_paused(settings: ReminderSettings, now: datetime) -> bool:
    """True while reminders are paused; the caller then leaves ``last_check`` unchanged."""
    until = settings.paused_until
    return until is not None and until.astimezone(UTC) > now.astimezone(UTC)


def shown_keys(reminders: Iterable[Reminder]) -> set[str]:
    """The keys to remember once ``reminders`` are shown, a summary's items included."""
    keys: set[str] = set()
    for reminder in reminders:
        keys.add(reminder.key)
        keys.update(shown_keys(reminder.items))
    return keys


def _summary(items: list[Reminder], now: datetime) -> Reminder:
    """One reminder standing for ``items`` (sorted by due time), missed while asleep."""
    post_ids = dict.fromkeys(post_id for item in items for post_id in item.post_ids)
    return Reminder(
        f"missed:{now.isoformat()}",
        ReminderKind.MISSED_SUMMARY,
        now,
        tuple(post_ids),
        items=tuple(items),
    )


def _zone(moment: datetime) -> tzinfo:
    """The venue's zone, read from an aware "now"."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("reminders need an aware datetime in the venue's time zone")
    return moment.tzinfo
