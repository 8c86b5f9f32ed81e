"""Each venue event's campaign as dated slots: teaser, announcement, reminder, live, recap.

Pure and deterministic, like ``cadence``: the strategy's campaign pattern
(``StrategyDraft.campaign``) applied to the venue's events gives one ``SlotKind.CAMPAIGN``
slot per event and step, carrying the event's id and a default text built from its fields.

A step's post goes on the event's first day plus the step's ``offset_days``, at the
preferred time of the main network (the first chosen one). The event page goes on Facebook
when it is chosen, at its own preferred time. When that day is a closing day, a post before
the event comes earlier and a post after it comes later, to the nearest open day; a post on
the day itself stays (the venue is open for its event).

The plan key names the event and the step, not the date (``event:<uid or id>:<recurrence
id>:<step>``, with ``:2``, ``:3``… when the pattern repeats a step): when the event moves,
its posts move with it instead of being replaced.

An exceptional closing day (``EventKind.CLOSING_DAY``) is not promoted like an event: it gets
a notice on the nearest open day a few days before, and a behind-the-scenes post on the day,
in the strategy's behind-the-scenes series when it has one (the series that falls on a
regular closing day), since a closed venue is the moment to show its back rooms.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from cmt_desktop.domain.cadence import DEFAULT_NETWORK_TIME, Slot, SlotKind, _at, _clock
from cmt_desktop.domain.strategy import CampaignStepKind, NetworkPlan, Series, StrategyDraft
from cmt_desktop.domain.venue_event import EventKind, EventStatus, VenueEvent

EVENT_PAGE_NETWORK = "facebook"
CLOSING_NOTICE_DAYS = 3  # how long before an exceptional closing the public is told
NOTICE, BEHIND_THE_SCENES = "notice", "behind_the_scenes"
DEFAULT_LANGUAGE = "fr"


@dataclasses.dataclass(frozen=True)
class CampaignTexts:
    """The default texts of campaign posts in one language (``campaign_texts.json``).

    Attributes:
        labels: the step's short name, by step kind, for the post title.
        bodies: the post text, by step kind; ``{title}`` and ``{when}`` are filled in.
        when: how to say when the event is: ``day``, ``timed`` and ``range`` templates
            using ``{date}``, ``{end_date}`` and ``{time}``.
        details: lines added under the text: ``place`` (``{place}``), ``link`` (``{link}``).
        time: a time of day, from ``{hour}`` and ``{minute}``.
        date: a day, from ``{weekday}``, ``{day}`` and ``{month}``.
        weekdays: the names of the days, Monday first.
        months: the names of the months, January first.
        time_on_the_hour: a time with no minutes ("15 h" in French), if special.
        first_of_month: what to write for the day number 1 ("1er" in French), if special.
        cultural_date: a post about a date of the cultural calendar (``{title}``, ``{when}``).
        closing_labels: the titles of a closing day's posts, by ``notice`` and
            ``behind_the_scenes``.
        closing_bodies: their texts (``{title}``, ``{when}``, ``{hashtag}``).
    """

    labels: Mapping[str, str]
    bodies: Mapping[str, str]
    when: Mapping[str, str]
    details: Mapping[str, str]
    time: str = "{hour}:{minute:02d}"
    date: str = "{weekday} {day} {month}"
    weekdays: tuple[str, ...] = ()
    months: tuple[str, ...] = ()
    time_on_the_hour: str = ""
    first_of_month: str = ""
    cultural_date: str = "{title}, {when}"
    closing_labels: Mapping[str, str] = dataclasses.field(default_factory=dict)
    closing_bodies: Mapping[str, str] = dataclasses.field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], language: str) -> CampaignTexts:
        """The texts of ``language`` from the parsed data file (French when it has none)."""
        section = data.get(language) or data[DEFAULT_LANGUAGE]
        return cls(
            labels=dict(section.get("labels", {})),
            bodies=dict(section.get("bodies", {})),
            when=dict(section.get("when", {})),
            details=dict(section.get("details", {})),
            time=section.get("time", cls.time),
            date=section.get("date", cls.date),
            weekdays=tuple(section.get("weekdays", ())),
            months=tuple(section.get("months", ())),
            time_on_the_hour=section.get("time_on_the_hour", ""),
            first_of_month=section.get("first_of_month", ""),
            cultural_date=section.get("cultural_date", cls.cultural_date),
            closing_labels=dict(section.get("closing", {}).get("labels", {})),
            closing_bodies=dict(section.get("closing", {}).get("bodies", {})),
        )

    def day(self, day: date) -> str:
        """``day`` in words: "samedi 14 mars"."""
        number = self.first_of_month if day.day == 1 and self.first_of_month else str(day.day)
        weekday = self.weekdays[day.weekday()] if len(self.weekdays) == 7 else ""
        month = self.months[day.month - 1] if len(self.months) == 12 else str(day.month)
        return self.date.format(weekday=weekday, day=number, month=month).strip()

    def when_of(self, event: VenueEvent, tz: tzinfo) -> str:
        """When the event is, as words: "le samedi 14 mars à 18 h 30"."""
        first, last = event_days(event, tz)
        if last > first:
            template = self.when.get("range", "{date} – {end_date}")
        elif isinstance(event.start, datetime):
            template = self.when.get("timed", "{date} {time}")
        else:
            template = self.when.get("day", "{date}")
        clock = event.start.astimezone(tz) if isinstance(event.start, datetime) else None
        moment = ""
        if clock is not None:
            shape = (
                self.time_on_the_hour if clock.minute == 0 and self.time_on_the_hour else self.time
            )
            moment = shape.format(hour=clock.hour, minute=clock.minute)
        return template.format(date=self.day(first), end_date=self.day(last), time=moment)

    def body(self, kind: CampaignStepKind, event: VenueEvent, tz: tzinfo) -> str:
        """The default text of one step's post: the step's text, then place and link."""
        template = self.bodies.get(kind.value, "{title}, {when}")
        text = template.format(title=event.title.strip(), when=self.when_of(event, tz))
        details = [
            self.details.get(name, f"{{{name}}}").format_map({name: value.strip()})
            for name, value in (("place", event.place), ("link", event.link))
            if value.strip()
        ]
        return "\n\n".join([text, "\n".join(details)]) if details else text

    def title(self, kind: CampaignStepKind, event: VenueEvent) -> str:
        """The post's title: "Teaser — Nuit de la lecture"."""
        return f"{self.labels.get(kind.value, kind.value)} — {event.title.strip()}"

    def closing_title(self, post: str, event: VenueEvent) -> str:
        """A closing day's post title: "Info fermeture — Inventaire"."""
        return f"{self.closing_labels.get(post, post)} — {event.title.strip()}"

    def closing_body(self, post: str, event: VenueEvent, tz: tzinfo, hashtag: str) -> str:
        """A closing day's post text (``notice`` or ``behind_the_scenes``)."""
        template = self.closing_bodies.get(post, "{title}, {when} {hashtag}")
        text = template.format(
            title=event.title.strip(), when=self.when_of(event, tz), hashtag=hashtag
        )
        return text.strip()


def event_days(event: VenueEvent, tz: tzinfo) -> tuple[date, date]:
    """The event's first and last days in ``tz`` (an all-day ``end`` is exclusive)."""
    start, end = event.start, event.end
    if isinstance(start, datetime):
        first = start.astimezone(tz).date()
        last = first
        if isinstance(end, datetime) and end > start:
            # An event ending at midnight ends on the day before.
            last = (end.astimezone(tz) - timedelta(microseconds=1)).date()
    else:
        first = start
        last = (end.date() if isinstance(end, datetime) else end) - timedelta(days=1)
    return first, max(first, last)


def events_range(draft: StrategyDraft, first: date, last: date) -> tuple[date, date]:
    """The days whose events can have a campaign post between ``first`` and ``last``.

    What to ask the event repository for, so that an event just outside the plan's
    window still gets its teaser or recap inside it.
    """
    offsets = [step.offset_days for step in draft.campaign] or [0]
    return first - timedelta(days=max(0, max(offsets))), last + timedelta(
        days=max(0, -min(offsets))
    )


def campaign_slots(
    draft: StrategyDraft, events: Iterable[VenueEvent], *, tz: tzinfo, texts: CampaignTexts
) -> list[Slot]:
    """The campaign slots of every event that still takes place, in time order.

    Cancelled events get none, nor events with neither a UID nor an id (nothing would
    tell their posts apart on the next run), nor any event when no network is chosen.
    """
    if not draft.networks:
        return []
    main = draft.networks[0]
    page = draft.network(EVENT_PAGE_NETWORK) or main
    audiences = {audience.id: audience.name for audience in draft.audiences}
    open_days = {day for day in range(7) if day not in set(draft.closing_days)}
    slots: list[Slot] = []
    for event in events:
        ident = event.uid or (str(event.id) if event.id is not None else "")
        if event.status is EventStatus.CANCELLED or not ident:
            continue
        if event.kind is EventKind.CLOSING_DAY:
            slots += _closing_slots(draft, event, ident, main, tz, texts, open_days)
            continue
        first, _ = event_days(event, tz)
        seen: Counter[str] = Counter()
        for step in draft.campaign:
            seen[step.kind] += 1
            repeat = f":{seen[step.kind]}" if seen[step.kind] > 1 else ""
            plan = page if step.kind is CampaignStepKind.EVENT_PAGE else main
            day = _open_day(first + timedelta(days=step.offset_days), step.offset_days, open_days)
            slots.append(
                Slot(
                    plan_key=f"event:{ident}:{event.recurrence_id}:{step.kind}{repeat}",
                    network=plan.network,
                    start=_at(day, _clock(plan.preferred_time, DEFAULT_NETWORK_TIME), tz),
                    kind=SlotKind.CAMPAIGN,
                    title_hint=texts.title(step.kind, event),
                    objective_id=plan.objective_id,
                    audience=_audience(plan, audiences),
                    event_id=event.id,
                    body=texts.body(step.kind, event, tz),
                )
            )
    slots.sort(key=lambda slot: (slot.start, slot.plan_key))
    return slots


def behind_the_scenes_series(draft: StrategyDraft) -> Series | None:
    """The series that falls on a regular closing day: the venue's behind-the-scenes one."""
    closed = set(draft.closing_days)
    return next((s for s in draft.series if s.network and s.weekday in closed), None)


def _closing_slots(
    draft: StrategyDraft,
    event: VenueEvent,
    ident: str,
    main: NetworkPlan,
    tz: tzinfo,
    texts: CampaignTexts,
    open_days: set[int],
) -> list[Slot]:
    """A notice before an exceptional closing, and a behind-the-scenes post on its first day."""
    first, _ = event_days(event, tz)
    audiences = {audience.id: audience.name for audience in draft.audiences}
    key = f"event:{ident}:{event.recurrence_id}"
    before = -CLOSING_NOTICE_DAYS
    notice = Slot(
        plan_key=f"{key}:{NOTICE}",
        network=main.network,
        start=_at(
            _open_day(first + timedelta(days=before), before, open_days),
            _clock(main.preferred_time, DEFAULT_NETWORK_TIME),
            tz,
        ),
        kind=SlotKind.CAMPAIGN,
        title_hint=texts.closing_title(NOTICE, event),
        objective_id=main.objective_id,
        audience=_audience(main, audiences),
        event_id=event.id,
        body=texts.closing_body(NOTICE, event, tz, ""),
    )
    series = behind_the_scenes_series(draft)
    if series is not None and series.weekday == first.weekday():
        return [notice]  # the series already has its post that day
    plan = (draft.network(series.network) if series else None) or main
    hashtag = series.hashtag.strip() if series else ""
    if hashtag and not hashtag.startswith("#"):
        hashtag = f"#{hashtag}"
    inside = Slot(
        plan_key=f"{key}:{BEHIND_THE_SCENES}",
        network=series.network if series else main.network,
        start=_at(
            first, _clock(series.time if series else main.preferred_time, DEFAULT_NETWORK_TIME), tz
        ),
        kind=SlotKind.CAMPAIGN,
        title_hint=texts.closing_title(BEHIND_THE_SCENES, event),
        pillar=series.pillar if series else "",
        series_name=series.name if series else "",
        hashtag=hashtag,
        objective_id=plan.objective_id,
        audience=_audience(plan, audiences),
        event_id=event.id,
        body=texts.closing_body(BEHIND_THE_SCENES, event, tz, hashtag),
    )
    return [notice, inside]


def _open_day(day: date, offset: int, open_days: set[int]) -> date:
    """``day``, or the nearest open day away from the event (none when always closed)."""
    if offset == 0 or not open_days:
        return day
    step = timedelta(days=-1 if offset < 0 else 1)
    while day.weekday() not in open_days:
        day += step
    return day


def _audience(plan: NetworkPlan, names: Mapping[str, str]) -> str:
    return ", ".join(names[key] for key in plan.audience_ids if key in names)
