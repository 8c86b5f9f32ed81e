"""A colleague's edit of an event, brought back into the post it shows.

What round-trips (the fields a calendar app lets a colleague change):

- DTSTART → ``start`` (an all-day date keeps the post's time of day), DTEND → ``duration``;
- SUMMARY → ``title`` (the "Instagram · " prefix the export adds is taken off);
- DESCRIPTION → ``body`` and ``hashtags`` (the text above the export's "Statut : …" block;
  a last paragraph made only of #tags becomes the hashtags), and the block's alt text
  and notes lines → ``alt_text`` and ``notes``;
- STATUS → ``status``: CANCELLED skips the post; CONFIRMED makes an idea, draft or skipped
  post ready; TENTATIVE makes a ready, published or skipped post a draft;
- URL → ``published_url``.

Everything else about a post (network, pillar, rights, media notes…) is not in the event
or not editable there, and stays as the app has it. Only the fields a colleague changed
since the last sync are taken: each is compared with the same field of the last synced
object (the merge base), so what the export writes in a lossy way never comes back altered.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time, timedelta, tzinfo

import icalendar as ical

from cmt_desktop import ics
from cmt_desktop.domain.networks import NetworkCatalogue
from cmt_desktop.domain.post import Post, PostStatus

#: The fields compared between two versions of an event.
FIELDS = ("start", "duration", "summary", "text", "status", "alt_text", "notes", "url")
_S = PostStatus
_CONFIRMED = frozenset({_S.READY, _S.PUBLISHED})
_TENTATIVE = frozenset({_S.IDEA, _S.DRAFT})


@dataclasses.dataclass(frozen=True)
class EventFields:
    """The round-tripping content of one VEVENT (times aware, in the venue's zone)."""

    uid: str
    start: datetime | date | None
    duration: timedelta | None
    summary: str
    text: str
    status: str
    alt_text: str
    notes: str
    url: str
    sequence: int | None = None
    dtstamp: str | None = None


def read_object(data: str | bytes, tz: tzinfo) -> EventFields | None:
    """The fields of the object's main VEVENT (not an overridden occurrence), or ``None``.

    Floating times are read in ``tz``. Data that does not parse gives ``None``.
    """
    try:
        calendar = ical.Calendar.from_ical(data)
    except Exception:  # noqa: BLE001 - icalendar raises many types on bad input
        return None
    events = [e for e in calendar.walk("VEVENT") if "RECURRENCE-ID" not in e]
    if not events:
        return None
    event = events[0]
    start = _aware(event.get("DTSTART"), tz)
    end = _aware(event.get("DTEND"), tz)
    duration = None
    if isinstance(start, datetime) and isinstance(end, datetime):
        duration = end - start
    elif isinstance(start, datetime) and event.get("DURATION") is not None:
        duration = event["DURATION"].dt
    text, meta = _split_description(str(event.get("DESCRIPTION", "")))
    stamp = event.get("DTSTAMP")
    return EventFields(
        uid=str(event.get("UID", "")),
        start=start,
        duration=duration,
        summary=" ".join(str(event.get("SUMMARY", "")).split()),
        text=text.strip(),
        status=str(event.get("STATUS", "")).upper(),
        alt_text=meta.get("alt", "").strip(),
        notes=meta.get("notes", "").strip(),
        url=str(event.get("URL", "")).strip(),
        sequence=_int(event.get("SEQUENCE")),
        dtstamp=stamp.dt.isoformat() if stamp is not None else None,
    )


def changed_fields(new: EventFields, base: EventFields | None) -> frozenset[str]:
    """The fields that differ; all of them when there is no base."""
    if base is None:
        return frozenset(FIELDS)
    return frozenset(name for name in FIELDS if getattr(new, name) != getattr(base, name))


def apply_fields(
    post: Post,
    remote: EventFields,
    fields: frozenset[str],
    *,
    catalogue: NetworkCatalogue,
    tz: tzinfo,
) -> Post:
    """The post with the given fields taken from the server's version of its event."""
    changes: dict[str, object] = {}
    if "start" in fields and remote.start is not None:
        changes["start"] = _start(remote.start, post.start, tz)
    if "duration" in fields and remote.duration is not None and remote.duration > timedelta(0):
        changes["duration"] = timedelta(minutes=max(1, round(remote.duration.total_seconds() / 60)))
    if "summary" in fields:
        changes["title"] = _title(remote.summary, network_name(catalogue, post.network))
    if "text" in fields:
        changes["body"], changes["hashtags"] = _body_and_tags(remote.text)
    if "status" in fields:
        changes["status"] = _status(post.status, remote.status)
    if "alt_text" in fields:
        changes["alt_text"] = remote.alt_text
    if "notes" in fields:
        changes["notes"] = remote.notes
    if "url" in fields:
        changes["published_url"] = remote.url
    return post.replace(**changes) if changes else post


def network_name(catalogue: NetworkCatalogue, key: str) -> str:
    """The network's name as the export writes it at the head of SUMMARY."""
    return " ".join(catalogue.get(key).name.split())


def _aware(prop: object, tz: tzinfo) -> datetime | date | None:
    value = getattr(prop, "dt", None)
    if isinstance(value, datetime):
        return value.replace(tzinfo=tz) if value.tzinfo is None else value.astimezone(tz)
    return value if isinstance(value, date) else None


def _int(prop: object) -> int | None:
    try:
        return None if prop is None else int(prop)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None


def _start(remote: datetime | date, local: datetime | None, tz: tzinfo) -> datetime:
    if isinstance(remote, datetime):
        return remote.astimezone(tz)
    moment = local.astimezone(tz).timetz().replace(tzinfo=None) if local else time(9)
    return datetime.combine(remote, moment, tz)


def _title(summary: str, name: str) -> str:
    if summary == name:
        return ""
    prefix = f"{name} · "
    return summary[len(prefix) :] if summary.startswith(prefix) else summary


def _body_and_tags(text: str) -> tuple[str, tuple[str, ...]]:
    head, _, last = text.rpartition("\n\n")
    tokens = last.split()
    if tokens and all(token.startswith("#") and len(token) > 1 for token in tokens):
        return head.strip(), tuple(dict.fromkeys(tokens))
    return text, ()


def _status(local: PostStatus, remote: str) -> PostStatus:
    if remote == "CANCELLED":
        return _S.SKIPPED
    if remote == "CONFIRMED" and local not in _CONFIRMED:
        return _S.READY
    if remote == "TENTATIVE" and local not in _TENTATIVE:
        return _S.DRAFT
    return local


def _split_description(description: str) -> tuple[str, dict[str, str]]:
    """The text and the export's labelled lines ("Statut : prêt", "Notes : …"), by key."""
    text = description.replace("\r\n", "\n")
    for words in ics._LABELS.values():  # the export's own labels, in both languages
        head = f"{words['status']}{words['sep']}"
        if text.startswith(head):
            body, meta = "", text
        elif (at := text.rfind(f"\n\n{head}")) >= 0:
            body, meta = text[:at], text[at + 2 :]
        else:
            continue
        prefixes = {f"{words[key]}{words['sep']}": key for key in ("status", "alt", "notes", "url")}
        values: dict[str, str] = {}
        current = None
        for line in meta.split("\n"):
            for prefix, key in prefixes.items():
                if line.startswith(prefix):
                    current, values[key] = key, line[len(prefix) :]
                    break
            else:
                if current is not None:
                    values[current] += "\n" + line
        return body, values
    return text, {}
