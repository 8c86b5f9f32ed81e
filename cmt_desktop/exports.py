"""Export use cases: the plan as .ics files for Outlook and Google Calendar."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path

from cmt_desktop import ics
from cmt_desktop.services import Venue, alarm_minutes, posts_between, write_file_atomically

GOOGLE_IMPORT_LIMIT = 1_000_000  # bytes; Google Calendar refuses bigger import files


@dataclasses.dataclass(frozen=True)
class IcsExportResult:
    """What an export wrote: the files (one, or several when split) and the event counts.

    Attributes:
        files: The files written, in date order.
        events: The posts written as events.
        moderation_events: The weekly moderation events written (in the first file).
    """

    files: tuple[Path, ...]
    events: int
    moderation_events: int = 0

    @property
    def was_split(self) -> bool:
        """True when the plan was too big for one Google Calendar import."""
        return len(self.files) > 1


def export_ics(
    venue: Venue,
    *,
    out_path: Path,
    first_day: date | None,
    last_day: date | None,
    networks: Iterable[str] | None,
    now: datetime,
    language: str,
    include_moderation: bool = False,
) -> IcsExportResult:
    """Write the dated posts of the period (and networks) to ``out_path``.

    A plan over Google's 1 MB import limit is written as ``name-2026.ics``, ``name-2027.ics``…
    With ``include_moderation``, the accepted strategy's moderation slots are added as weekly
    events from ``first_day`` (else today) to ``last_day`` (else a year later); a venue
    without a strategy gets none.

    Raises:
        OSError: the folder is missing or not writable, or the disk is full; nothing is left
            half-written.
    """
    from cmt_desktop.strategies import current_strategy  # strategies imports services

    posts = posts_between(venue, first_day=first_day, last_day=last_day, networks=networks)
    strategy = current_strategy(venue) if include_moderation else None
    slots = strategy.moderation_slots if strategy is not None else ()
    chunks = ics.split_posts_for_import(
        posts,
        limit_bytes=GOOGLE_IMPORT_LIMIT,
        tz_name=venue.tz_name,
        calendar_name=_calendar_name(venue, language),
        alarm_minutes=alarm_minutes(venue) or None,
        now=now,
        catalogue=venue.catalogue,
        language=language,
        moderation=slots,
        moderation_from=first_day,  # None: today
        moderation_until=last_day,
    )
    files = []
    for label, data in chunks:
        target = out_path if not label else out_path.with_name(f"{out_path.stem}-{label}.ics")
        write_file_atomically(target, data)
        files.append(target)
    # Their UIDs are "moderation-…" (ics_moderation.moderation_uid), and all in the first file.
    recurring = chunks[0][1].count(b"\r\nUID:moderation-") if slots else 0
    return IcsExportResult(tuple(files), len(ics.exportable(posts)), recurring)


def _calendar_name(venue: Venue, language: str) -> str:
    base = "Calendrier éditorial" if language == "fr" else "Editorial calendar"
    return f"{base} – {venue.name}" if venue.name else base
