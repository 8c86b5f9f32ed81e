"""The reminder rules: every reminder whose due time falls in a window, as values.

Pure: no Qt, no I/O, no clock reads. All arithmetic and comparisons are done in UTC, because
Python compares and subtracts two datetimes sharing one ``tzinfo`` by their wall-clock times,
which is wrong across a DST change; due times are handed back in the venue's zone.
"""

from __future__ import annotations

import bisect
import dataclasses
import enum
import math
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from cmt_desktop.domain.cadence import Slot
from cmt_desktop.domain.post import Post, PostStatus

OPEN = frozenset({PostStatus.IDEA, PostStatus.DRAFT, PostStatus.READY})  # still to publish
LATE_DAYS = 7  # the digest lists overdue posts of the last week, not the whole history
RHYTHM_WEEKDAY = 4  # Friday: time enough to catch up before the week ends
_EPSILON = 1e-9  # 1 / (1/3) is 3.0000000000000004: read cadences to a rounding error


@dataclasses.dataclass(frozen=True)
class ReminderSettings:
    """What the user chose about reminders (stored with the app settings)."""

    lead_minutes: int = 60  # notice before a post, unless its network has its own
    lead_by_network: Mapping[str, int] = dataclasses.field(default_factory=dict, hash=False)
    digest_time: time = time(8, 30)  # venue wall-clock time
    digest_enabled: bool = True
    moderation_enabled: bool = True
    overdue_grace_minutes: int = 30
    sleep_gap_minutes: int = 20  # a reminder noticed later than this was missed (sleep, jump)
    paused_until: datetime | None = None

    def lead(self, network: str) -> timedelta:
        """How long before a post of ``network`` its reminder is due."""
        return timedelta(minutes=self.lead_by_network.get(network, self.lead_minutes))


class ReminderKind(enum.StrEnum):
    """What a reminder is about."""

    BEFORE_POST = "before_post"
    OVERDUE = "overdue"
    DIGEST = "digest"
    MODERATION = "moderation"
    UNDER_RHYTHM = "under_rhythm"
    MISSED_SUMMARY = "missed_summary"


@dataclasses.dataclass(frozen=True)
class Reminder:
    """One reminder; ``key`` is stable and unique per occurrence, to remember it was shown.

    ``post_ids`` are the posts it leads to, the first one being the one to open on click.
    ``today``, ``late`` and ``to_answer`` are a digest's counts, ``missing`` the posts an
    under-rhythm network lacks, and ``items`` the reminders a missed summary gathers.
    """

    key: str
    kind: ReminderKind
    due: datetime
    post_ids: tuple[int, ...] = ()
    network: str = ""
    today: int = 0
    late: int = 0
    to_answer: int = 0
    missing: int = 0
    items: tuple[Reminder, ...] = ()


@dataclasses.dataclass(frozen=True)
class Agenda:
    """The inputs of the rules, read once per call: starts in UTC, sorted."""

    tz: tzinfo
    settings: ReminderSettings
    posts: tuple[tuple[datetime, Post], ...]  # dated posts by UTC start
    moderation: tuple[tuple[datetime, Slot], ...]  # slots by UTC start
    counted: Mapping[str, list[datetime]]  # per network, UTC starts of the non-skipped posts
    cadences: Mapping[str, float]  # networks with a positive cadence only


def agenda(
    *,
    posts: Sequence[Post],
    moderation: Sequence[Slot],
    cadences: Mapping[str, float],
    settings: ReminderSettings,
    tz: tzinfo,
) -> Agenda:
    """The rules' inputs, converted and sorted once."""
    dated = sorted(
        ((post.start.astimezone(UTC), post) for post in posts if post.start is not None),
        key=lambda item: item[0],
    )
    counted: dict[str, list[datetime]] = {}
    for start, post in dated:
        if post.status is not PostStatus.SKIPPED:
            counted.setdefault(post.network, []).append(start)
    slots = sorted(((slot.start.astimezone(UTC), slot) for slot in moderation), key=_first)
    positive = {network: rate for network, rate in cadences.items() if rate > 0}
    return Agenda(tz, settings, tuple(dated), tuple(slots), counted, positive)


def reminders_between(plan: Agenda, low: datetime, high: datetime) -> list[Reminder]:
    """Every reminder due in ``(low, high]`` (aware datetimes), by due time then key."""
    low, high = low.astimezone(UTC), high.astimezone(UTC)
    found: list[Reminder] = []
    if low < high:
        found.extend(_post_reminders(plan, low, high))
        found.extend(_digests(plan, low, high))
        found.extend(_moderation(plan, low, high))
        found.extend(_rhythm(plan, low, high))
    found.sort(key=lambda reminder: (reminder.due.timestamp(), reminder.key))
    return found


def horizon(plan: Agenda, after: datetime) -> datetime:
    """A UTC moment past which nothing new can become due after ``after``.

    Past the last post and slot, only digests and under-rhythm warnings remain; a warning is
    due at the latest ``weeks`` after its network's last counted post.
    """
    latest = max(
        [after.astimezone(UTC)]
        + [start + timedelta(days=1) for start, _ in plan.posts[-1:]]
        + [start for start, _ in plan.moderation[-1:]]
    )
    weeks = max((_window_weeks(rate) for rate in plan.cadences.values()), default=0)
    return latest + timedelta(weeks=weeks + 2, days=2)


def _post_reminders(plan: Agenda, low: datetime, high: datetime) -> Iterator[Reminder]:
    grace = timedelta(minutes=plan.settings.overdue_grace_minutes)
    for start, post in plan.posts:
        if post.status not in OPEN:
            continue
        ids = () if post.id is None else (post.id,)
        ref = post.uid or f"id-{post.id}"
        before = start - plan.settings.lead(post.network)
        if low < before <= high:
            yield Reminder(
                f"before:{ref}:{post.sequence}",
                ReminderKind.BEFORE_POST,
                before.astimezone(plan.tz),
                ids,
                post.network,
            )
        if low < start + grace <= high:
            due = (start + grace).astimezone(plan.tz)
            yield Reminder(f"overdue:{ref}", ReminderKind.OVERDUE, due, ids, post.network)


def _digests(plan: Agenda, low: datetime, high: datetime) -> Iterator[Reminder]:
    if not plan.settings.digest_enabled:
        return
    grace = timedelta(minutes=plan.settings.overdue_grace_minutes)
    for day in _days(plan, low, high):
        due = _at(day, plan.settings.digest_time, plan.tz)
        if not low < due <= high:
            continue
        today: list[tuple[datetime, Post]] = []
        late: list[tuple[datetime, Post]] = []
        for start, post in plan.posts:
            if post.status not in OPEN:
                continue
            if due - timedelta(days=LATE_DAYS) <= start <= due - grace:
                late.append((start, post))  # overdue: listed as late, not as today's
            elif start.astimezone(plan.tz).date() == day:
                today.append((start, post))
        answer = sum(1 for start, _ in plan.moderation if start.astimezone(plan.tz).date() == day)
        ids = tuple(post.id for _, post in today + late if post.id is not None)
        yield Reminder(
            f"digest:{day.isoformat()}",
            ReminderKind.DIGEST,
            due.astimezone(plan.tz),
            ids,
            today=len(today),
            late=len(late),
            to_answer=answer,
        )


def _moderation(plan: Agenda, low: datetime, high: datetime) -> Iterator[Reminder]:
    if not plan.settings.moderation_enabled:
        return
    first = bisect.bisect_right(plan.moderation, low, key=_first)
    for start, slot in plan.moderation[first:]:
        if start > high:
            break
        # Moderation plan keys already read "moderation:<day>T<time>".
        key = (
            slot.plan_key
            if slot.plan_key.startswith("moderation:")
            else f"moderation:{slot.plan_key}"
        )
        yield Reminder(
            key, ReminderKind.MODERATION, start.astimezone(plan.tz), network=slot.network
        )


def _rhythm(plan: Agenda, low: datetime, high: datetime) -> Iterator[Reminder]:
    """One warning per network and ISO week, on Friday at the digest time, when behind.

    A network is behind when its posts not skipped (planned or published) over the last
    ``weeks`` ISO weeks, this one included, are fewer than ``floor(cadence × weeks)``, where
    ``weeks = ceil(1 / cadence)`` for a cadence under one a week, else 1. So 0.5 is judged
    over two weeks and 0.25 over four, as the cadence plans them; 1.5 (which the plan
    alternates as one post, then two) expects one a week and never warns in a good week.
    """
    for day in _days(plan, low, high):
        due = _at(day, plan.settings.digest_time, plan.tz)
        if day.weekday() != RHYTHM_WEEKDAY or not low < due <= high:
            continue
        iso_year, iso_week, _ = day.isocalendar()
        monday = day - timedelta(days=RHYTHM_WEEKDAY)
        for network, rate in sorted(plan.cadences.items()):
            weeks = _window_weeks(rate)
            expected = math.floor(rate * weeks + _EPSILON)
            starts = plan.counted.get(network, [])
            begin = _at(monday - timedelta(weeks=weeks - 1), time(0), plan.tz)
            end = _at(monday + timedelta(weeks=1), time(0), plan.tz)
            count = bisect.bisect_left(starts, end) - bisect.bisect_left(starts, begin)
            if count < expected:
                yield Reminder(
                    f"rhythm:{network}:{iso_year}-W{iso_week:02d}",
                    ReminderKind.UNDER_RHYTHM,
                    due.astimezone(plan.tz),
                    network=network,
                    missing=expected - count,
                )


def _window_weeks(rate: float) -> int:
    return 1 if rate >= 1 else math.ceil(1 / rate - _EPSILON)


def _days(plan: Agenda, low: datetime, high: datetime) -> Iterator[date]:
    """The venue's calendar days touched by ``(low, high]``."""
    day, last = low.astimezone(plan.tz).date(), high.astimezone(plan.tz).date()
    while day <= last:
        yield day
        day += timedelta(days=1)


def _at(day: date, clock: time, tz: tzinfo) -> datetime:
    """``day`` at wall-clock ``clock`` in ``tz``, in UTC; a time skipped by DST moves on."""
    return datetime.combine(day, clock, tzinfo=tz).astimezone(UTC)


def _first(item: tuple[datetime, Slot]) -> datetime:
    return item[0]
