"""The plan as .ics bytes for Outlook and Google Calendar (rules: shared/facts/ics-interop.md)."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import icalendar as ical

from cmt_desktop import __version__, ics_moderation
from cmt_desktop.domain.networks import NetworkCatalogue
from cmt_desktop.domain.post import Post, PostStatus
from cmt_desktop.domain.strategy import ModerationSlot

#: Written in PRODID; tests pin it so the golden file does not change with each release.
APP_VERSION = __version__

_S = PostStatus
_STATUS = {
    _S.IDEA: "TENTATIVE",
    _S.DRAFT: "TENTATIVE",
    _S.READY: "CONFIRMED",
    _S.PUBLISHED: "CONFIRMED",
    _S.SKIPPED: "CANCELLED",
}
_ALARMED = frozenset({_S.IDEA, _S.DRAFT, _S.READY})  # published or skipped: nothing to remind
_LABELS = {  # French puts a space before the colon
    "fr": {
        "sep": " : ",
        "status": "Statut",
        "alt": "Texte alternatif",
        "notes": "Notes",
        "url": "Publié ici",
        _S.IDEA: "idée",
        _S.DRAFT: "brouillon",
        _S.READY: "prêt",
        _S.PUBLISHED: "publié",
        _S.SKIPPED: "abandonné",
    },
    "en": {
        "sep": ": ",
        "status": "Status",
        "alt": "Alt text",
        "notes": "Notes",
        "url": "Published at",
        _S.IDEA: "idea",
        _S.DRAFT: "draft",
        _S.READY: "ready",
        _S.PUBLISHED: "published",
        _S.SKIPPED: "skipped",
    },
}
# Rule 5: line breaks from Windows (CR, CRLF) and Qt (U+2029, U+2028) become "\n", which
# icalendar escapes; every other control character (tab aside: RFC 5545 TEXT allows it) goes.
_CLEAN = {c: None for c in itertools.chain(range(0x20), range(0x7F, 0xA0)) if c not in (9, 10)}
_CLEAN.update({0x0D: "\n", 0x2028: "\n", 0x2029: "\n"})
_UNCLEAN = re.compile(f"[{re.escape(''.join(map(chr, _CLEAN)))}]")  # 20x faster than translate
_WEEKDAYS = ics_moderation.BYDAY
_END = b"END:VCALENDAR\r\n"
_Change = tuple[datetime, timedelta, timedelta, str]  # UTC instant, offset before, after, name


def exportable(posts: Iterable[Post]) -> list[Post]:
    """The posts an export writes as events: the dated ones, in order (not undated ideas)."""
    return [post for post in posts if post.start is not None]


def posts_to_ics(
    posts: Sequence[Post],
    *,
    tz_name: str,
    calendar_name: str,
    alarm_minutes: int | None,
    now: datetime,
    catalogue: NetworkCatalogue,
    language: str = "fr",
    moderation: Sequence[ModerationSlot] = (),
    moderation_from: date | None = None,
    moderation_until: date | None = None,
) -> bytes:
    """One VCALENDAR (METHOD:PUBLISH) with one VEVENT per dated post, in the given order.

    Args:
        posts: The posts; undated ones are skipped (see :func:`exportable`).
        tz_name: The venue's IANA zone: the TZID of every DTSTART/DTEND (rules 11-13).
        calendar_name: Written as X-WR-CALNAME, which names the calendar Outlook creates.
        alarm_minutes: Reminder lead time, or ``None`` for no VALARM. Published and skipped
            posts, and posts that start before ``now``, never get one: Outlook would show
            every past reminder as overdue right after the import.
        now: The export time (aware): DTSTAMP of posts without ``updated_at``.
        catalogue: Gives the network names used in SUMMARY and CATEGORIES.
        language: "fr" for French labels in DESCRIPTION, anything else for English.
        moderation: The strategy's moderation slots, written after the posts as weekly
            events (see :func:`ics_moderation.moderation_events`, which gets the alarm too).
        moderation_from: Their first day; ``None``: the day of ``now`` in the venue's zone.
        moderation_until: Their last day; ``None``: a year after ``moderation_from``.

    Returns:
        The file: UTF-8 without BOM, CRLF line ends, lines folded by icalendar.

    Raises:
        ValueError: ``now`` is naive, ``alarm_minutes`` negative, a moderation slot invalid,
            or a UID missing, not ASCII, longer than 200 octets or repeated.
    """
    head, events, recurring = _build(
        posts,
        tz_name=tz_name,
        calendar_name=calendar_name,
        alarm_minutes=alarm_minutes,
        now=now,
        catalogue=catalogue,
        language=language,
        moderation=moderation,
        moderation_from=moderation_from,
        moderation_until=moderation_until,
    )
    return b"".join([head, *(data for _, data in events), recurring, _END])


def split_posts_for_import(
    posts: Sequence[Post],
    *,
    limit_bytes: int = 1_000_000,
    **options: Any,
) -> list[tuple[str, bytes]]:
    """The export as complete VCALENDAR files of at most ``limit_bytes`` (rule 27).

    Args:
        posts: The posts; undated ones are skipped.
        limit_bytes: The largest file wanted.
        **options: The keyword arguments of :func:`posts_to_ics`.

    Returns:
        ``[("", data)]``, the bytes of :func:`posts_to_ics`, when all fits; else one
        ``(label, data)`` per year ("2026") or per part of a year too big for one file
        ("2026-1", "2026-2"…), in date order. An event too big on its own gets its own file.
        The moderation events, if any, go at the end of the first file only.

    Raises:
        ValueError: As for :func:`posts_to_ics`.
    """
    head, events, recurring = _build(posts, **options)  # events serialised once, then spliced
    overhead = len(head) + len(_END)
    if overhead + len(recurring) + sum(len(data) for _, data in events) <= limit_bytes:
        return [("", b"".join([head, *(data for _, data in events), recurring, _END]))]
    events.sort(key=lambda item: item[0])  # stable: posts at the same time keep their order
    chunks: list[tuple[str, bytes]] = []
    size = overhead + len(recurring)  # the first file carries the moderation events
    for year, group in itertools.groupby(events, key=lambda item: item[0].year):
        parts: list[list[bytes]] = [[recurring] if not chunks and recurring else []]
        for _, data in group:
            if parts[-1] and size + len(data) > limit_bytes:
                parts.append([])
                size = overhead
            parts[-1].append(data)
            size += len(data)
        for number, part in enumerate(parts, start=1):
            label = str(year) if len(parts) == 1 else f"{year}-{number}"
            chunks.append((label, b"".join([head, *part, _END])))
        size = overhead
    return chunks or [("", b"".join([head, recurring, _END]))]


def _build(
    posts: Sequence[Post],
    *,
    tz_name: str,
    calendar_name: str,
    alarm_minutes: int | None,
    now: datetime,
    catalogue: NetworkCatalogue,
    language: str = "fr",
    moderation: Sequence[ModerationSlot] = (),
    moderation_from: date | None = None,
    moderation_until: date | None = None,
) -> tuple[bytes, list[tuple[datetime, bytes]], bytes]:
    """The calendar up to its first event (VTIMEZONE included), (start, VEVENT)s, moderation."""
    if now.tzinfo is None or (alarm_minutes or 0) < 0:
        raise ValueError(f"now must be aware ({now!r}), alarm_minutes >= 0 ({alarm_minutes})")
    zone = ZoneInfo(tz_name)
    dated = exportable(posts)
    trigger = None if alarm_minutes is None else timedelta(minutes=-alarm_minutes)
    lang = "fr" if language[:2].lower() == "fr" else "en"
    names: dict[str, str] = {}  # network key -> cleaned name: one catalogue lookup per network
    events: list[tuple[datetime, bytes]] = []
    years: set[int] = set()
    seen: set[str] = set()
    for post in dated:
        if not post.uid or len(post.uid) > 200 or not post.uid.isascii() or post.uid in seen:
            raise ValueError(f"post {post.id}: UID {post.uid!r} is empty, long, non-ASCII or seen")
        seen.add(post.uid)  # rules 15-16: Outlook tells UIDs apart up to 200 octets
        start: datetime = post.start  # type: ignore[assignment]  # exportable() keeps dated ones
        if start.tzinfo is not zone:  # one TZID for the whole file
            start = start.astimezone(zone)
        if (name := names.get(post.network)) is None:
            name = names[post.network] = _line(catalogue.get(post.network).name)
        alarm = trigger if post.status in _ALARMED and start >= now else None
        event = _event(post, start, name, alarm, now, _LABELS[lang])
        events.append((start, event.to_ical()))
        years.update((start.year, (start + post.duration).year))
    recurring = ics_moderation.moderation_events(
        moderation,
        zone=zone,
        first_day=moderation_from or now.astimezone(zone).date(),
        last_day=moderation_until,
        alarm_minutes=alarm_minutes,
        now=now,
        language=lang,
    )
    for event in recurring:
        if event["UID"] in seen:
            raise ValueError(f"UID {event['UID']!r} is both a post's and a moderation slot's")
        years.update(ics_moderation.local_years(event, zone))
    calendar = ical.Calendar()
    calendar.add("PRODID", f"-//CMt Desktop//{APP_VERSION}//{lang.upper()}")
    calendar.add("VERSION", "2.0")
    calendar.add("METHOD", "PUBLISH")  # rule 8: a file to import, not an invitation
    calendar.add("X-WR-CALNAME", ical.vText(_line(calendar_name)))  # rule 4: vText escapes
    # Rule 11: declare the TZID icalendar writes; UTC-like zones are written with Z instead.
    tzid = ical.vDDDTypes(now.astimezone(zone)).params.get("TZID")
    if tzid:
        years = years or {now.astimezone(zone).year}
        calendar.add_component(_vtimezone(zone, tzid, min(years), max(years)))
    extra = b"".join(event.to_ical() for event in recurring)
    return calendar.to_ical()[: -len(_END)], events, extra


def _event(
    post: Post,
    start: datetime,
    name: str,
    alarm: timedelta | None,
    now: datetime,
    words: dict[str, str],
) -> ical.Event:
    """The VEVENT of one dated post."""
    title = _line(post.display_title)
    summary = f"{name} · {title}" if title else name
    url = "".join(_text(post.published_url).split())  # vUri is written as is: no spaces
    extras = (
        ("status", words[post.status]),
        ("alt", post.alt_text),
        ("notes", post.notes),
        ("url", url),
    )
    lines = [f"{words[key]}{words['sep']}{value}" for key, value in extras if value]  # rule 28
    text = post.full_text().strip()
    event = ical.Event()
    event.add("UID", post.uid)
    event.add("DTSTAMP", (post.updated_at or now).astimezone(UTC))  # rule 17
    event.add("SEQUENCE", post.sequence)  # rule 18
    event.add("DTSTART", start)  # rule 13: aware, so written with TZID
    event.add("DTEND", start + post.duration)  # rule 30: DTEND, never DURATION
    event.add("SUMMARY", summary)
    event.add("DESCRIPTION", _text("\n".join([text, "", *lines] if text else lines)))
    # Rule 4: a list, so the separating commas are not escaped, which Outlook needs; a comma
    # inside a name would be escaped and may upset Outlook the same way: it becomes a space.
    categories = (_line(category.replace(",", " ")) for category in (name, post.pillar))
    event.add("CATEGORIES", list(dict.fromkeys(category for category in categories if category)))
    event.add("STATUS", _STATUS[post.status])
    if url:
        event.add("URL", url)
    if alarm is not None:  # rules 23-24: one DISPLAY alarm, before the start
        reminder = ical.Alarm()
        reminder.add("ACTION", "DISPLAY")
        reminder.add("DESCRIPTION", summary)
        reminder.add("TRIGGER", alarm)
        event.add_component(reminder)
    return event


def _text(value: str) -> str:
    """Rule 5: a TEXT value whose only control characters are tabs and line feeds."""
    return value.replace("\r\n", "\n").translate(_CLEAN) if _UNCLEAN.search(value) else value


def _line(value: str) -> str:
    """A one-line TEXT value (names, titles)."""
    return " ".join(_text(value).split())


def _vtimezone(zone: ZoneInfo, tzid: str, first_year: int, last_year: int) -> ical.Timezone:
    """Rule 12: the zone over the years, in the yearly-RRULE form Outlook can read.

    Years with the same rule share a DAYLIGHT/STANDARD pair (or one STANDARD without DST).
    The first pair starts in 1970, the classic form; all but the last end with UNTIL. A year
    with one change or more than two (a rule change) lists its changes one by one.
    """
    timezone = ical.Timezone()
    timezone.add("TZID", tzid)
    runs = [
        (rule, list(years))
        for rule, years in itertools.groupby(
            range(first_year, last_year + 1), key=lambda year: _rule(zone, year)
        )
    ]
    for index, (rule, years) in enumerate(runs):
        first, last = index == 0, index == len(runs) - 1
        if rule[0] == "fixed" or (rule[0] == "irregular" and first):
            # No change in these years, or the offset before the first change.
            _, offset, name = rule if rule[0] == "fixed" else _fixed(zone, years[0], 1)
            onset = datetime(1970 if first else years[0], 1, 1)
            timezone.add_component(_observance(onset, offset, offset, name))
        if rule[0] == "fixed":
            continue
        for number, (at, before, after, name) in enumerate(_transitions(zone, years[0])):
            onset = (at + before).replace(tzinfo=None)  # local time before the change
            observance = _observance(
                _same_day(1970, onset) if first and rule[0] == "yearly" else onset,
                before,
                after,
                name,
            )
            if rule[0] == "yearly":
                recur = {"FREQ": "YEARLY", "BYMONTH": onset.month, "BYDAY": _byday(onset)}
                if not last:  # in UTC (RFC 5545 §3.8.5.3), a day late: some readers compare
                    # it with the local DTSTART and would drop the last onset east of UTC.
                    recur["UNTIL"] = _transitions(zone, years[-1])[number][0] + timedelta(1)
                observance.add("RRULE", recur)
            timezone.add_component(observance)
    return timezone


def _observance(
    onset: datetime, before: timedelta, after: timedelta, name: str
) -> ical.TimezoneDaylight | ical.TimezoneStandard:
    """One onset; the higher offset is daylight time (tzdata says Irish winter time is DST)."""
    observance = ical.TimezoneDaylight() if after > before else ical.TimezoneStandard()
    observance.add("DTSTART", onset)
    observance.add("TZOFFSETFROM", before)
    observance.add("TZOFFSETTO", after)
    observance.add("TZNAME", name)
    return observance


def _rule(zone: ZoneInfo, year: int) -> tuple[Any, ...]:
    """A year's offsets: ("fixed", offset, name), ("yearly", 2 changes) or ("irregular", year)."""
    changes = _transitions(zone, year)
    if not changes:
        return _fixed(zone, year, 7)
    if len(changes) != 2:
        return ("irregular", year)
    return (
        "yearly",
        *(
            ((at + before).month, _byday(at + before), (at + before).time(), before, after, name)
            for at, before, after, name in changes
        ),
    )


def _fixed(zone: ZoneInfo, year: int, month: int) -> tuple[str, timedelta, str]:
    local = datetime(year, month, 1, tzinfo=UTC).astimezone(zone)
    return ("fixed", local.utcoffset() or timedelta(0), local.tzname() or "")


@functools.cache
def _transitions(zone: ZoneInfo, year: int) -> tuple[_Change, ...]:
    """The offset changes of a UTC year (zoneinfo has no API): daily samples, then bisection."""

    def offset(ts: int) -> timedelta:
        return datetime.fromtimestamp(ts, zone).utcoffset() or timedelta(0)

    day, begin = 86_400, int(datetime(year, 1, 1, tzinfo=UTC).timestamp())
    end = int(datetime(year + 1, 1, 1, tzinfo=UTC).timestamp())
    changes = []
    previous = offset(begin)
    for ts in range(begin + day, end + 1, day):
        if (current := offset(ts)) != previous:
            low, high = ts - day, ts  # offset(low) == previous != offset(high)
            while high - low > 1:
                middle = (low + high) // 2
                low, high = (middle, high) if offset(middle) == previous else (low, middle)
            at = datetime.fromtimestamp(high, UTC)
            changes.append((at, previous, current, at.astimezone(zone).tzname() or ""))
            previous = current
    return tuple(changes)


def _byday(day: datetime) -> str:
    """The day as an RRULE BYDAY: "-1SU" in the last seven days of its month, else "2SU" etc."""
    last = (day + timedelta(days=7)).month != day.month
    return f"{-1 if last else (day.day - 1) // 7 + 1}{_WEEKDAYS[day.weekday()]}"


def _same_day(year: int, like: datetime) -> datetime:
    """The day of ``year`` with ``like``'s BYDAY, month and time (for a rule's DTSTART)."""
    byday, weekday = _byday(like), like.weekday()
    first = like.replace(year=year, day=1)
    if byday.startswith("-"):
        next_month = (first + timedelta(days=32)).replace(day=1)
        return next_month - timedelta(days=(next_month.weekday() - weekday - 1) % 7 + 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (int(byday[:-2]) - 1))
