"""Whether the rhythm was kept: published against cadence per network and week, pillar mix.

Pure: the caller passes the posts, the cadences and ``now``; the venue's zone is
``now.tzinfo`` and weeks are ISO weeks (Monday to Sunday) in that zone.

How a week is judged:

- Its target is what the planner (``cadence.expand``) puts in that week for the cadence:
  the same weeks count from the same epoch, so 0.5 a week is one post every other week
  and 1.5 alternates one and two, exactly as in a generated plan.
- A post counts as planned in the week of its ``start`` unless it was skipped, and as
  published in the week of its ``published_at`` (its ``start`` when that is missing).
- A past week with something due is on rhythm when its own published posts reach the
  whole part of the cadence and, with the posts published beyond need since the previous
  due week, reach its target. So a fortnightly newsletter sent one week early still
  counts, and a 1.5 rhythm published out of phase (two, then one) is kept, but four posts
  one week never excuse an empty week at two a week.
- A week with nothing due (target 0) is not judged. The current week is not judged
  either: it is shown with its progress so far, as a Monday would otherwise always
  look behind.
- The streak counts the weeks in a row, ending last week, that kept the rhythm; weeks
  with nothing due count when the due week before them was kept. It stops at the first
  week of the period shown.
"""

from __future__ import annotations

import dataclasses
import enum
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time, timedelta, tzinfo

from cmt_desktop.domain.cadence import EPOCH, STEPS
from cmt_desktop.domain.post import Post, PostStatus

LOOKBACK_WEEKS = 13  # weeks read before the period, for posts published ahead of a due week


class WeekState(enum.StrEnum):
    """How one week of one network went."""

    ON_RHYTHM = "on_rhythm"
    PARTIAL = "partial"  # some posts, fewer than due
    MISSED = "missed"  # nothing published while something was due
    NOT_DUE = "not_due"  # nothing due that week (cadence below one a week, or none)
    CURRENT = "current"  # the week in progress: shown, not judged


@dataclasses.dataclass(frozen=True, slots=True)
class WeekRhythm:
    """One network's figures for one ISO week."""

    monday: date
    planned: int
    published: int
    target: int
    state: WeekState

    @property
    def iso_year(self) -> int:
        """The ISO year the week belongs to (2027-01-01 is in week 53 of 2026)."""
        return self.monday.isocalendar()[0]

    @property
    def iso_week(self) -> int:
        """The ISO week number, 1 to 53."""
        return self.monday.isocalendar()[1]

    @property
    def on_rhythm(self) -> bool | None:
        """True or False for a judged week; None when nothing was due or it is in progress."""
        if self.state in (WeekState.NOT_DUE, WeekState.CURRENT):
            return None
        return self.state is WeekState.ON_RHYTHM


@dataclasses.dataclass(frozen=True, slots=True)
class NetworkRhythm:
    """One network over the period: its weeks, oldest first, and what they add up to."""

    network: str
    cadence: float
    weeks: tuple[WeekRhythm, ...]
    streak: int
    weeks_on_rhythm: int
    weeks_judged: int

    @property
    def published(self) -> int:
        """Posts published over the period, current week included."""
        return sum(week.published for week in self.weeks)


@dataclasses.dataclass(frozen=True, slots=True)
class PillarShare:
    """One pillar's share of the published posts (``name`` is "" for posts without one)."""

    name: str
    published_count: int
    actual_percent: int
    target_percent: int


def week_monday(moment: datetime | date, tz: tzinfo | None = None) -> date:
    """The Monday of the week ``moment`` falls in, in ``tz`` for a datetime."""
    day = moment.astimezone(tz).date() if isinstance(moment, datetime) else moment
    return day - timedelta(days=day.weekday())


def period_start(*, weeks: int, now: datetime) -> datetime:
    """Midnight on the Monday of the first of ``weeks`` weeks ending with the current one."""
    monday = week_monday(now, now.tzinfo) - timedelta(weeks=max(1, weeks) - 1)
    return datetime.combine(monday, time(0), tzinfo=now.tzinfo)


def posts_window(*, weeks: int, now: datetime) -> tuple[date, date]:
    """The first and last days whose posts :func:`weekly_rhythm` reads (lookback included)."""
    first = period_start(weeks=weeks, now=now).date() - timedelta(weeks=LOOKBACK_WEEKS)
    return first, week_monday(now, now.tzinfo) + timedelta(days=6)


def week_target(cadence: float, monday: date) -> int:
    """Posts due in the week of ``monday`` at ``cadence`` a week, as the planner spreads them."""
    rate = round(max(0.0, cadence) * STEPS)
    week = (monday - EPOCH).days // 7
    return (week + 1) * rate // STEPS - week * rate // STEPS


def weekly_rhythm(
    posts: Iterable[Post], *, cadences: Mapping[str, float], weeks: int, now: datetime
) -> list[NetworkRhythm]:
    """Each network's rhythm over the ``weeks`` ISO weeks ending with the current week.

    Networks come in the order of ``cadences``, then those that have posts in the period
    but no cadence (sorted by key), whose target is 0 every week. The posts of
    :func:`posts_window` are all it reads; any others are ignored.
    """
    tz = now.tzinfo
    current = week_monday(now, tz)
    shown = [current - timedelta(weeks=n) for n in range(max(1, weeks) - 1, -1, -1)]
    read = [shown[0] - timedelta(weeks=n) for n in range(LOOKBACK_WEEKS, 0, -1)] + shown
    planned: Counter[tuple[str, date]] = Counter()
    published: Counter[tuple[str, date]] = Counter()
    for post in posts:
        if post.start is not None and post.status is not PostStatus.SKIPPED:
            planned[post.network, week_monday(post.start, tz)] += 1
        moment = post.published_at or post.start
        if post.status is PostStatus.PUBLISHED and moment is not None:
            published[post.network, week_monday(moment, tz)] += 1
    in_period = {key for key, day in (*planned, *published) if shown[0] <= day <= current}
    networks = list(cadences) + sorted(in_period.difference(cadences))
    return [
        _network_rhythm(
            key, max(0.0, float(cadences.get(key, 0))), read, len(shown), planned, published
        )
        for key in networks
    ]


def _network_rhythm(
    key: str,
    cadence: float,
    mondays: list[date],
    shown: int,
    planned: Counter[tuple[str, date]],
    published: Counter[tuple[str, date]],
) -> NetworkRhythm:
    whole = int(cadence + 1e-9)
    carry = 0  # published beyond need since the previous due week
    weeks = []
    for number, monday in enumerate(mondays):
        target, done = week_target(cadence, monday), published[key, monday]
        if number == len(mondays) - 1:
            state = WeekState.CURRENT
        elif target == 0:
            state, carry = WeekState.NOT_DUE, carry + done
        else:
            if done >= whole and done + carry >= target:
                state = WeekState.ON_RHYTHM
            else:
                state = WeekState.PARTIAL if done else WeekState.MISSED
            carry = max(0, done - target)
        weeks.append(WeekRhythm(monday, planned[key, monday], done, target, state))
    period = tuple(weeks[-shown:])
    judged = [week for week in period if week.on_rhythm is not None]
    return NetworkRhythm(
        network=key,
        cadence=cadence,
        weeks=period,
        streak=_streak(period[:-1]),
        weeks_on_rhythm=sum(1 for week in judged if week.on_rhythm),
        weeks_judged=len(judged),
    )


def _streak(past: Iterable[WeekRhythm]) -> int:
    """Weeks kept in a row ending with the last one; nothing-due weeks ride on the one before."""
    streak = pending = 0
    for week in reversed(tuple(past)):
        if week.state is WeekState.NOT_DUE:
            pending += 1
        elif week.state is WeekState.ON_RHYTHM:
            streak, pending = streak + pending + 1, 0
        else:
            break
    return streak


def pillar_mix(
    posts: Iterable[Post], *, targets: Mapping[str, int], since: datetime, until: datetime
) -> list[PillarShare]:
    """The pillars of the posts published from ``since`` (included) to ``until`` (excluded).

    Pillars match their target ignoring case and surrounding spaces. The strategy's pillars
    come first, in its order, then the others by count; posts without a pillar come last
    with the name "". Percentages are whole numbers that add up to 100 (largest remainders)
    when anything was published, and 0 otherwise.
    """
    names = {name.strip().casefold(): name for name in targets}
    counts: Counter[str] = Counter()
    for post in posts:
        moment = post.published_at or post.start
        if post.status is PostStatus.PUBLISHED and moment and since <= moment < until:
            key = post.pillar.strip().casefold()
            names.setdefault(key, post.pillar.strip())
            counts[key] += 1
    wanted = {name.strip().casefold(): percent for name, percent in targets.items()}
    others = sorted((key for key in counts if key not in wanted and key), key=lambda k: -counts[k])
    order = list(wanted) + others + ([""] if counts[""] else [])
    percents = _whole_percents([counts[key] for key in order])
    return [
        PillarShare(names[key], counts[key], percent, wanted.get(key, 0))
        for key, percent in zip(order, percents, strict=True)
    ]


def _whole_percents(counts: list[int]) -> list[int]:
    """Whole percentages of ``counts`` that add up to exactly 100 (none when all are 0)."""
    total = sum(counts)
    if not total:
        return [0] * len(counts)
    exact = [100 * count / total for count in counts]
    result = [int(value) for value in exact]
    by_remainder = sorted(range(len(counts)), key=lambda i: result[i] - exact[i])
    for index in by_remainder[: 100 - sum(result)]:
        result[index] += 1
    return result
