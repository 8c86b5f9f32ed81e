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
    """What an export wrote: the files (one, or several when split) and the event count."""

    files: tuple[Path, ...]
    events: int

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
) -> IcsExportResult:
    """Write the dated posts of the period (and networks) to ``out_path``.

    A plan over Google's 1 MB import limit is written as ``name-2026.ics``, ``name-2027.ics``…

    Raises:
        OSError: the folder is missing or not writable, or the disk is full; nothing is left
            half-written.
    """
    posts = posts_between(venue, first_day=first_day, last_day=last_day, networks=networks)
    chunks = ics.split_posts_for_import(
        posts,
        limit_bytes=GOOGLE_IMPORT_LIMIT,
        tz_name=venue.tz_name,
        calendar_name=_calendar_name(venue, language),
        alarm_minutes=alarm_minutes(venue) or None,
        now=now,
        catalogue=venue.catalogue,
        language=language,
    )
    files = []
    for label, data in chunks:
        target = out_path if not label else out_path.with_name(f"{out_path.stem}-{label}.ics")
        write_file_atomically(target, data)
        files.append(target)
    return IcsExportResult(tuple(files), len(ics.exportable(posts)))


def _calendar_name(venue: Venue, language: str) -> str:
    base = "Calendrier éditorial" if language == "fr" else "Editorial calendar"
    return f"{base} – {venue.name}" if venue.name else base
