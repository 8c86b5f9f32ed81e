"""What the app publishes: one CalDAV object per post, moderation slot or venue event.

A post's object is the .ics export of that one post (``ics.posts_to_ics``), so the team
calendar and an exported file hold the same VEVENT; only METHOD and X-WR-CALNAME go, since a
calendar object in a collection must not carry METHOD (RFC 4791 §4.1). The fingerprint that
tells a changed post leaves out DTSTAMP, SEQUENCE and the alarm: they change without the
post changing (an edit of a field the event does not show, a post passing its reminder).

When a post is sent again, the few descriptive properties a colleague's calendar app added
and the export never writes (a LOCATION, a COLOR, X- properties…) are carried over from the
server's last version, so the app's update does not wipe them (:func:`keep_their_properties`).
Scheduling and recurrence (ATTENDEE, ORGANIZER, RRULE…) are not: the event is the post's.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Sequence
from datetime import UTC, date, datetime
from urllib.parse import quote
from zoneinfo import ZoneInfo

import icalendar as ical

from cmt_desktop import ics
from cmt_desktop.domain.networks import NetworkCatalogue
from cmt_desktop.domain.post import Post
from cmt_desktop.domain.strategy import ModerationSlot
from cmt_desktop.domain.venue_event import VenueEvent

_VEVENT = re.compile(rb"BEGIN:VEVENT\r\n.*?END:VEVENT\r\n", re.DOTALL)
_VOLATILE = re.compile(
    rb"^(?:DTSTAMP|SEQUENCE)[:;][^\r\n]*\r\n|BEGIN:VALARM\r\n.*?END:VALARM\r\n",
    re.DOTALL | re.MULTILINE,
)
_NOT_IN_COLLECTIONS = re.compile(
    rb"^(?:METHOD|X-WR-CALNAME)[:;][^\r\n]*\r\n(?: [^\r\n]*\r\n)*", re.MULTILINE
)
#: A colleague's properties kept when the app sends a post again (and X- ones, but X-WR-).
_THEIRS = frozenset(
    {"LOCATION", "CLASS", "TRANSP", "COLOR", "GEO", "CONTACT", "RESOURCES", "COMMENT", "IMAGE"}
)
_UID = re.compile(rb"\r\nUID:([^\r\n]*)\r\n")
_END = b"END:VCALENDAR\r\n"


@dataclasses.dataclass(frozen=True)
class ExportOptions:
    """The .ics export's options, as the venue's export uses them."""

    tz_name: str
    alarm_minutes: int | None
    language: str
    catalogue: NetworkCatalogue
    now: datetime


@dataclasses.dataclass(frozen=True)
class Outgoing:
    """A calendar object the app owns: its UID, kind, bytes and fingerprint."""

    uid: str
    kind: str  # moderation | event (posts are built one by one, see post_object)
    data: bytes
    digest: str


def digest(vevent: bytes) -> str:
    """The fingerprint of a VEVENT, DTSTAMP, SEQUENCE and VALARM aside."""
    return hashlib.blake2b(_VOLATILE.sub(b"", vevent), digest_size=12).hexdigest()


def resource_name(uid: str) -> str:
    """The object's name in the collection: the UID, quoted, and ``.ics``."""
    return quote(uid, safe="") + ".ics"


def post_digests(posts: Sequence[Post], options: ExportOptions) -> dict[str, str]:
    """The fingerprint of every dated post's VEVENT, by UID, from one export of them all."""
    dated = ics.exportable(posts)
    if not dated:
        return {}
    data = _export(dated, options)
    return {
        post.uid: digest(block) for post, block in zip(dated, _VEVENT.findall(data), strict=True)
    }


def post_object(post: Post, options: ExportOptions) -> bytes:
    """The CalDAV object of one dated post: its .ics export, less METHOD and X-WR-CALNAME."""
    return for_collection(_export([post], options))


def keep_their_properties(data: bytes, previous: str | None) -> bytes:
    """``data`` with the properties of ``previous`` it lacks that a colleague may have added.

    Args:
        data: The object the app is about to send.
        previous: The server's last version of it, or ``None``.
    """
    theirs = _first_vevent(previous) if previous else None
    ours = _first_vevent(data)
    if theirs is None or ours is None:
        return data
    kept = ical.Event()
    for name, value in theirs.items():
        if name not in ours and (name in _THEIRS or (name[:2] == "X-" and name[:5] != "X-WR-")):
            kept[name] = value
    if not kept:
        return data
    lines = kept.to_ical()[len(b"BEGIN:VEVENT\r\n") : -len(b"END:VEVENT\r\n")]
    start = data.find(b"BEGIN:VEVENT\r\n")
    at = data.find(b"BEGIN:VALARM\r\n", start)  # properties come before the alarms
    at = at if at >= 0 else data.find(b"END:VEVENT\r\n", start)
    return data[:at] + lines + data[at:] if start >= 0 and at >= 0 else data


def _first_vevent(data: str | bytes) -> ical.Event | None:
    try:
        events = ical.Calendar.from_ical(data).walk("VEVENT")
    except ValueError:
        return None
    return events[0] if events else None


def vevent_of(data: bytes) -> bytes:
    """The (first) VEVENT of an object, as written."""
    found = _VEVENT.search(data)
    return found.group(0) if found else b""


def for_collection(data: bytes) -> bytes:
    """An exported VCALENDAR made fit for a CalDAV collection (no METHOD, no X-WR-CALNAME)."""
    head_end = data.find(b"BEGIN:", len(b"BEGIN:VCALENDAR"))
    head_end = len(data) if head_end < 0 else head_end
    return _NOT_IN_COLLECTIONS.sub(b"", data[:head_end]) + data[head_end:]


def moderation_objects(slots: Sequence[ModerationSlot], options: ExportOptions) -> list[Outgoing]:
    """The weekly moderation events, one object each, over this year and the next.

    The period follows the calendar year, so the objects change once a year, not daily.
    """
    if not slots:
        return []
    year = options.now.astimezone(ZoneInfo(options.tz_name)).year
    data = for_collection(
        ics.posts_to_ics(
            [],
            tz_name=options.tz_name,
            calendar_name="",
            alarm_minutes=options.alarm_minutes,
            now=options.now,
            catalogue=options.catalogue,
            language=options.language,
            moderation=slots,
            moderation_from=date(year, 1, 1),
            moderation_until=date(year + 1, 12, 31),
        )
    )
    blocks = _VEVENT.findall(data)
    head = data[: data.find(blocks[0])] if blocks else data
    objects = []
    for block in blocks:
        uid = _UID.search(b"\r\n" + block)
        if uid is not None:
            body = head + block + _END
            objects.append(Outgoing(uid.group(1).decode(), "moderation", body, digest(block)))
    return objects


def event_uid(event: VenueEvent) -> str:
    """A stable UID for a venue event's occurrence (several share the programme's UID)."""
    key = f"{event.uid}|{event.recurrence_id}" if event.uid else f"id|{event.id}"
    digest_ = hashlib.sha1(key.encode(), usedforsecurity=False).hexdigest()[:20]
    return f"venue-event-{digest_}@cmt-desktop.app"


def event_objects(events: Sequence[VenueEvent], options: ExportOptions) -> list[Outgoing]:
    """The venue's events, one object each; timed ones in UTC, so no VTIMEZONE is needed."""
    lang = "FR" if options.language[:2].lower() == "fr" else "EN"
    objects = []
    for event in events:
        calendar = ical.Calendar()
        calendar.add("PRODID", f"-//CMt Desktop//{ics.APP_VERSION}//{lang}")
        calendar.add("VERSION", "2.0")
        vevent = ical.Event()
        uid = event_uid(event)
        vevent.add("UID", uid)
        vevent.add("DTSTAMP", options.now.astimezone(UTC))
        vevent.add("SEQUENCE", 0)
        if isinstance(event.start, datetime) and isinstance(event.end, datetime):
            vevent.add("DTSTART", event.start.astimezone(UTC))
            vevent.add("DTEND", max(event.end, event.start).astimezone(UTC))
        else:
            vevent.add("DTSTART", event.start)
            vevent.add("DTEND", event.end)
        vevent.add("SUMMARY", _clean(" ".join(event.title.split())))
        for name, value in (
            ("DESCRIPTION", event.description),
            ("LOCATION", event.place),
            ("URL", "".join(event.link.split())),
        ):
            if value.strip():
                vevent.add(name, _clean(value))
        vevent.add("STATUS", event.status.value.upper())
        calendar.add_component(vevent)
        data = calendar.to_ical()
        objects.append(Outgoing(uid, "event", data, digest(vevent_of(data))))
    return objects


def _export(posts: Sequence[Post], options: ExportOptions) -> bytes:
    return ics.posts_to_ics(
        posts,
        tz_name=options.tz_name,
        calendar_name="",
        alarm_minutes=options.alarm_minutes,
        now=options.now,
        catalogue=options.catalogue,
        language=options.language,
    )


def _clean(text: str) -> str:
    """Windows and lone CRs become line feeds (rule 5 of the export)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
