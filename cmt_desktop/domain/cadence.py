"""The strategy's rhythm as dated slots: regular posts, recurring series, moderation times.

Pure and deterministic: the same strategy over the same dates gives the same slots, with the
same ``plan_key`` each, so that a regenerated plan can be matched with the stored one.

Keys name a slot by its ISO week, not its day or time, so that moving a network's preferred
day or time moves its posts instead of replacing them:

- ``net:<network>:<YYYY>-W<ww>:<n>``: the n-th regular post of that network that week;
- ``series:<slug>:<YYYY>-W<ww>``: a series' weekly post;
- ``moderation:<YYYY-MM-DD>T<HH:MM>``: a time to answer the community (not a post);
- ``event:<uid or id>:<recurrence id>:<step>``: a post of an event's campaign (see
  ``campaigns``), named by the event and not by its date, so that it follows the event.
"""

from __future__ import annotations

import dataclasses
import enum
import math
import re
import unicodedata
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache

from cmt_desktop.domain.strategy import NetworkPlan, StrategyDraft

EPOCH = date(2001, 1, 1)  # a Monday; weeks count from it, so "every other week" spans years
STEPS = 100  # posts_per_week is read to the hundredth, then counted with integers
REPEAT_HOURS = 2  # more posts than open days: the extra ones of a day come this much later
DEFAULT_NETWORK_TIME = time(18, 30)
DEFAULT_SERIES_TIME = time(11, 0)
POST_DURATION = timedelta(minutes=30)


class SlotKind(enum.StrEnum):
    """What a slot is for."""

    REGULAR = "regular"  # a network's regular post
    SERIES = "series"  # a recurring series' weekly post
    MODERATION = "moderation"  # a time to answer the community; never a post
    CAMPAIGN = "campaign"  # a post of a venue event's campaign


@dataclasses.dataclass(frozen=True, slots=True)
class Slot:
    """One planned moment of the strategy, in the venue's time zone."""

    plan_key: str
    network: str
    start: datetime
    kind: SlotKind
    title_hint: str = ""  # the pillar, the series' name, or the campaign step and event
    pillar: str = ""
    series_name: str = ""
    hashtag: str = ""
    objective_id: str = ""
    audience: str = ""  # the network's publics, by name
    duration: timedelta = POST_DURATION
    event_id: int | None = None  # the venue event a campaign post serves
    body: str = ""  # a default text (campaign posts)


def expand(draft: StrategyDraft, *, start: date, weeks: int, tz: tzinfo) -> list[Slot]:
    """The post slots (regular and series) from ``start`` for ``weeks`` weeks, in time order.

    Each network gets ``posts_per_week`` posts a week on its preferred days, never on a
    closing day (other open days are added, spread out, when it needs more days). A
    fractional cadence alternates deterministically: 0.5 is one post every other week,
    1.5 one then two. Series keep their weekday even when the venue is closed: that is
    what a behind-the-scenes series on closing day is for. Pillars go round-robin to the
    regular posts, weighted so that the whole mix, series included, meets the targets.
    Times are wall-clock times in ``tz``, the same on both sides of a DST change.
    """
    end = start + timedelta(weeks=max(0, weeks))
    open_days = tuple(day for day in range(7) if day not in set(draft.closing_days))
    audiences = {audience.id: audience.name for audience in draft.audiences}
    unique = {plan.network: plan for plan in reversed(draft.networks)}  # first one wins
    plans = [(plan, round(max(0.0, plan.posts_per_week) * STEPS)) for plan in draft.networks]
    plans = [(plan, rate) for plan, rate in plans if unique[plan.network] is plan]
    rotation = _rotation(draft, sum(rate for _, rate in plans))
    series = _series_specs(draft, audiences)
    slots: list[Slot] = []
    monday = start - timedelta(days=start.weekday())
    while monday < end:
        week = (monday - EPOCH).days // 7
        iso_year, iso_week, _ = monday.isocalendar()
        tag = f"{iso_year}-W{iso_week:02d}"
        regular: list[tuple[datetime, int, int, NetworkPlan]] = []
        for index, (plan, rate) in enumerate(plans):
            count = (week + 1) * rate // STEPS - week * rate // STEPS
            clock = _clock(plan.preferred_time, DEFAULT_NETWORK_TIME)
            days = _days(tuple(plan.preferred_days), open_days, count)
            for n, (weekday, repeat) in enumerate(days, 1):
                hour = min(23, clock.hour + repeat * REPEAT_HOURS)
                moment = _at(monday + timedelta(days=weekday), clock.replace(hour=hour), tz)
                regular.append((moment, index, n, plan))
        regular.sort(key=lambda item: (item[0], item[1]))
        # Rank of the week's first regular post since EPOCH: keeps pillars stable per slot.
        position = sum(week * rate // STEPS for _, rate in plans)
        for offset, (moment, _, n, plan) in enumerate(regular):
            if not start <= moment.date() < end:
                continue
            pillar = rotation[(position + offset) % len(rotation)] if rotation else ""
            slots.append(
                Slot(
                    plan_key=f"net:{plan.network}:{tag}:{n}",
                    network=plan.network,
                    start=moment,
                    kind=SlotKind.REGULAR,
                    title_hint=pillar,
                    pillar=pillar,
                    objective_id=plan.objective_id,
                    audience=_audience(plan, audiences),
                )
            )
        for weekday, clock, template in series:
            day = monday + timedelta(days=weekday)
            if start <= day < end:
                slots.append(
                    dataclasses.replace(
                        template, plan_key=f"{template.plan_key}:{tag}", start=_at(day, clock, tz)
                    )
                )
        monday += timedelta(days=7)
    slots.sort(key=lambda slot: (slot.start, slot.plan_key))
    return slots


def moderation_slots(draft: StrategyDraft, *, start: date, weeks: int, tz: tzinfo) -> list[Slot]:
    """The moderation times from ``start`` for ``weeks`` weeks: reminders, not posts."""
    slots = []
    for offset in range(max(0, weeks) * 7):
        day = start + timedelta(days=offset)
        for moderation in draft.moderation_slots:
            if moderation.weekday != day.weekday():
                continue
            clock = _clock(moderation.time, DEFAULT_NETWORK_TIME)
            slots.append(
                Slot(
                    plan_key=f"moderation:{day.isoformat()}T{clock:%H:%M}",
                    network="",
                    start=_at(day, clock, tz),
                    kind=SlotKind.MODERATION,
                    duration=timedelta(minutes=max(1, moderation.minutes)),
                )
            )
    slots.sort(key=lambda slot: (slot.start, slot.plan_key))
    return slots


def slug(text: str) -> str:
    """``"Les coulisses du mardi"`` → ``"les-coulisses-du-mardi"`` (ASCII, for plan keys)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "series"


def _series_specs(draft: StrategyDraft, audiences: dict[str, str]) -> list[tuple[int, time, Slot]]:
    specs = []
    seen: Counter[str] = Counter()
    for series in draft.series:
        if not series.network or not 0 <= series.weekday <= 6:
            continue
        key = slug(series.name)
        seen[key] += 1
        if seen[key] > 1:
            key = f"{key}-{seen[key]}"
        plan = draft.network(series.network) or NetworkPlan(series.network, audience_ids=())
        tag = series.hashtag.strip()
        template = Slot(
            plan_key=f"series:{key}",
            network=series.network,
            start=datetime.min.replace(tzinfo=UTC),  # replaced each week
            kind=SlotKind.SERIES,
            title_hint=series.name,
            pillar=series.pillar,
            series_name=series.name,
            hashtag=tag if not tag or tag.startswith("#") else f"#{tag}",
            objective_id=plan.objective_id,
            audience=_audience(plan, audiences),
        )
        specs.append((series.weekday, _clock(series.time, DEFAULT_SERIES_TIME), template))
    return specs


def _rotation(draft: StrategyDraft, regular_rate: int) -> tuple[str, ...]:
    """One cycle of pillars for the regular posts.

    Weighted so that the whole mix hits the targets once the series' own pillars count.
    """
    targets = [(p.name, p.target_percent) for p in draft.pillars if p.name and p.target_percent > 0]
    if not targets or regular_rate <= 0:
        return ()
    series_pillars = Counter(s.pillar for s in draft.series if s.network and 0 <= s.weekday <= 6)
    names = [name for name, _ in targets]
    weekly = regular_rate / STEPS + sum(series_pillars[name] for name in names)
    total = sum(percent for _, percent in targets)
    wanted = [
        max(0.0, percent / total * weekly - series_pillars[name]) for name, percent in targets
    ]
    if sum(wanted) <= 0:
        wanted = [float(percent) for _, percent in targets]
    weights = [round(1000 * value / sum(wanted)) for value in wanted]
    divisor = math.gcd(*weights) or 1
    return _smooth_cycle(tuple(names), tuple(weight // divisor for weight in weights))


@lru_cache(maxsize=64)
def _smooth_cycle(names: tuple[str, ...], weights: tuple[int, ...]) -> tuple[str, ...]:
    """Smooth weighted round-robin: each name ``weight`` times per cycle, spread out."""
    total = sum(weights)
    current = [0] * len(names)
    cycle = []
    for _ in range(total):
        for index, weight in enumerate(weights):
            current[index] += weight
        best = max(range(len(names)), key=current.__getitem__)
        current[best] -= total
        cycle.append(names[best])
    return tuple(cycle)


@lru_cache(maxsize=256)
def _days(
    preferred: tuple[int, ...], open_days: tuple[int, ...], count: int
) -> tuple[tuple[int, int], ...]:
    """``count`` (weekday, n-th post that day) pairs: preferred open days first, spread out."""
    if count <= 0 or not open_days:
        return ()
    base = sorted({day for day in preferred if day in open_days})
    if count <= len(base):
        chosen = [base[i * len(base) // count] for i in range(count)]
    else:
        chosen = list(base)
        while len(chosen) < min(count, len(open_days)):
            free = [day for day in open_days if day not in chosen]
            chosen.append(max(free, key=lambda day: (_gap(day, chosen), -day)))
    chosen.sort()
    return tuple(sorted((chosen[i % len(chosen)], i // len(chosen)) for i in range(count)))


def _gap(day: int, chosen: list[int]) -> int:
    """Days to the nearest chosen weekday, around the week (7 when none is chosen)."""
    return min((min((day - c) % 7, (c - day) % 7) for c in chosen), default=7)


def _audience(plan: NetworkPlan, names: dict[str, str]) -> str:
    return ", ".join(
        names[audience_id] for audience_id in plan.audience_ids if audience_id in names
    )


def _clock(text: str, fallback: time) -> time:
    """``"18:30"`` as a time; anything unreadable gives ``fallback``."""
    try:
        hours, minutes = text.strip().split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        return fallback


def _at(day: date, clock: time, tz: tzinfo) -> datetime:
    """``day`` at wall-clock ``clock`` in ``tz``; a time skipped by DST moves one hour on."""
    # The round trip through UTC turns a non-existent time (02:30 on the spring change) into
    # a real one, so that it compares equal to the same moment read back from storage.
    return datetime.combine(day, clock, tzinfo=tz).astimezone(UTC).astimezone(tz)


def next_preferred_slot(
    draft: StrategyDraft, *, network: str, after: datetime, tz: tzinfo
) -> datetime | None:
    """The network's next planned moment strictly after ``after`` (to postpone a post to)."""
    start = after.astimezone(tz).date()
    for slot in expand(draft, start=start, weeks=3, tz=tz):
        if slot.network == network and slot.start > after:
            return slot.start
    return None
