"""Use case: gather what the reminder rules need from the venue file, and what is due."""

from __future__ import annotations

from datetime import datetime, timedelta

from cmt_desktop import preferences, reminders, services, strategies
from cmt_desktop.domain.cadence import moderation_slots

LOOK_BACK_DAYS = 8  # late posts and missed reminders of the past week
LOOK_AHEAD_DAYS = 31


def _inputs(venue: services.Venue, now: datetime) -> dict[str, object]:
    today = now.astimezone(venue.tz).date()
    posts = services.posts_between(
        venue,
        first_day=today - timedelta(days=LOOK_BACK_DAYS),
        last_day=today + timedelta(days=LOOK_AHEAD_DAYS),
    )
    draft = strategies.current_strategy(venue)
    moderation, cadences = [], {}
    if draft is not None:
        weeks = (LOOK_BACK_DAYS + LOOK_AHEAD_DAYS) // 7 + 1
        start = today - timedelta(days=LOOK_BACK_DAYS)
        moderation = moderation_slots(draft, start=start, weeks=weeks, tz=venue.tz)
        cadences = {plan.network: plan.posts_per_week for plan in draft.networks}
    return {"posts": posts, "moderation": moderation, "cadences": cadences}


def due_now(
    venue: services.Venue,
    *,
    now: datetime,
    last_check: datetime | None,
    shown: set[str],
    paused_until: datetime | None,
) -> list[reminders.Reminder]:
    """The reminders due since the last check (one summary after a sleep)."""
    settings = preferences.reminder_settings(venue, paused_until=paused_until)
    return reminders.due_reminders(
        **_inputs(venue, now),
        settings=settings,
        now=now.astimezone(venue.tz),
        last_check=last_check,
        already_shown=shown,
    )


def next_due(
    venue: services.Venue, *, after: datetime, paused_until: datetime | None
) -> datetime | None:
    """When the next reminder becomes due, so that the scheduler can sleep until then."""
    settings = preferences.reminder_settings(venue, paused_until=paused_until)
    return reminders.next_due(
        **_inputs(venue, after), settings=settings, after=after.astimezone(venue.tz)
    )
