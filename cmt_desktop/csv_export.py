"""The plan as a CSV file for spreadsheets (Excel, LibreOffice Calc, Numbers).

One row per post under a header row in the user's language. The file is UTF-8 with a byte
order mark (without it Excel reads the accents as Windows-1252) and CRLF line ends; French
Excel expects ``;`` between cells, so the delimiter is a choice.

Cells that a spreadsheet would run as a formula get a leading apostrophe (OWASP "CSV
injection"): a post's text typed as ``=HYPERLINK(…)`` must stay text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import date, datetime, tzinfo
from pathlib import Path

from cmt_desktop.domain.networks import NetworkCatalogue
from cmt_desktop.domain.post import Post, PostStatus
from cmt_desktop.services import Venue, posts_between, undated_posts, write_file_atomically

DELIMITERS = (",", ";")
# A spreadsheet reads a cell starting with one of these as a formula (OWASP CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

_S = PostStatus
HEADERS: dict[str, tuple[str, ...]] = {
    "fr": (
        "Date",
        "Heure",
        "Réseau",
        "Statut",
        "Titre",
        "Texte",
        "Hashtags",
        "Thème",
        "Objectif",
        "Public",
        "Texte alternatif",
        "Médias",
        "Publié le",
        "Lien de la publication",
        "Notes",
    ),
    "en": (
        "Date",
        "Time",
        "Network",
        "Status",
        "Title",
        "Text",
        "Hashtags",
        "Pillar",
        "Objective",
        "Audience",
        "Alt text",
        "Media notes",
        "Published at",
        "Published link",
        "Notes",
    ),
}
STATUS_LABELS: dict[str, dict[PostStatus, str]] = {
    "fr": {  # feminine, like the window: "une publication prête"
        _S.IDEA: "idée",
        _S.DRAFT: "brouillon",
        _S.READY: "prête",
        _S.PUBLISHED: "publiée",
        _S.SKIPPED: "abandonnée",
    },
    "en": {
        _S.IDEA: "idea",
        _S.DRAFT: "draft",
        _S.READY: "ready",
        _S.PUBLISHED: "published",
        _S.SKIPPED: "skipped",
    },
}


def posts_csv(
    posts: Iterable[Post],
    *,
    catalogue: NetworkCatalogue,
    tz: tzinfo,
    language: str = "fr",
    delimiter: str = ",",
) -> bytes:
    """The posts as a CSV file: a header row, then one row per post, in the given order.

    Dates and times are shown in ``tz`` (the venue's); an undated idea has empty date and
    time cells. ``language`` chooses the headers and status labels: French for "fr…",
    English otherwise (as in the .ics export).

    Returns:
        The file's bytes: UTF-8 with a byte order mark, CRLF line ends.

    Raises:
        ValueError: ``delimiter`` is neither "," nor ";".
    """
    if delimiter not in DELIMITERS:
        raise ValueError(f"unsupported CSV delimiter: {delimiter!r}")
    lang = _language(language)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter)  # quotes as needed, CRLF line ends
    writer.writerow(HEADERS[lang])
    names: dict[str, str] = {}
    for post in posts:
        if post.network not in names:
            names[post.network] = catalogue.get(post.network).name
        row = _row(post, names[post.network], tz, STATUS_LABELS[lang])
        writer.writerow([neutralised(cell) for cell in row])
    return buffer.getvalue().encode("utf-8-sig")


def export_csv(
    venue: Venue,
    *,
    path: Path,
    first_day: date | None,
    last_day: date | None,
    language: str = "fr",
    delimiter: str = ",",
) -> int:
    """Write the posts from ``first_day`` to ``last_day`` included (venue days) to ``path``.

    Either end may be open. With no period at all, every dated post is written, followed
    by the undated ideas of the backlog; a period, even open-ended, leaves the ideas out.

    Returns:
        How many posts were written (header row aside).

    Raises:
        ValueError: ``delimiter`` is neither "," nor ";".
        OSError: the folder is missing or not writable, or the disk is full; nothing is left
            half-written.
    """
    posts = posts_between(venue, first_day=first_day, last_day=last_day)
    if first_day is None and last_day is None:
        posts += undated_posts(venue)
    data = posts_csv(
        posts, catalogue=venue.catalogue, tz=venue.tz, language=language, delimiter=delimiter
    )
    write_file_atomically(path, data)
    return len(posts)


def neutralised(cell: str) -> str:
    """The cell with a leading apostrophe if a spreadsheet would take it for a formula.

    The apostrophe shows in the cell; it is the price of never running the user's text.
    """
    return f"'{cell}" if cell.startswith(FORMULA_PREFIXES) else cell


def _row(post: Post, network_name: str, tz: tzinfo, statuses: dict[PostStatus, str]) -> list[str]:
    start = post.start.astimezone(tz) if post.start is not None else None
    return [
        start.date().isoformat() if start else "",  # a digit first: never neutralised
        start.strftime("%H:%M") if start else "",
        network_name,
        statuses[post.status],
        post.title,
        post.body,
        " ".join(post.hashtags),
        post.pillar,
        post.objective,
        post.audience,
        post.alt_text,
        post.media_notes,
        _date_time(post.published_at, tz),
        post.published_url,
        post.notes,
    ]


def _date_time(moment: datetime | None, tz: tzinfo) -> str:
    if moment is None:
        return ""
    if moment.tzinfo is not None:  # a naive one is taken as already in venue time
        moment = moment.astimezone(tz)
    return moment.replace(tzinfo=None).isoformat(sep=" ", timespec="minutes")


def _language(language: str) -> str:
    return "fr" if language[:2].lower() == "fr" else "en"
