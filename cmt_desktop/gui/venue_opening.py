"""Open the venue file at start; when it will not open, say why and offer the ways forward."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings

from cmt_desktop import safety, services
from cmt_desktop.gui.open_errors import ask_way_forward
from cmt_desktop.gui.venue_files import LAST_FILE_KEY, backup_folder, choose_venue_file
from cmt_desktop.gui.write_errors import WRITE_ERRORS, report_write_error
from cmt_desktop.resources import network_catalogue
from cmt_desktop.storage.db import DatabaseOpenError

#: takes the file for this process (False: another instance has it and was brought forward)
Claim = Callable[[Path], bool]


def open_venue_or_offer_ways(
    path: Path, *, claim: Claim, clock: Callable[[], datetime]
) -> services.Venue | None:
    """The opened venue, after as many ways forward as the user takes; None if they quit.

    Restoring the latest good backup, starting a new file (the old one kept aside), opening
    read-only or choosing another file each lead to another try; nothing is ever deleted.
    """
    read_only = False
    while True:
        if not read_only and not claim(path):
            return None
        try:
            return services.open_venue(
                path,
                network_catalogue(),
                now=clock(),
                read_only=read_only,
                backup_folder=backup_folder(path),
            )
        except DatabaseOpenError as exc:
            error = exc
        latest = safety.latest_good_backup(backup_folder(path))
        when = latest.taken_at.astimezone() if latest else None
        way = ask_way_forward(
            None,
            error,
            safety.ways_forward(error.reason, has_good_backup=latest is not None),
            latest_backup=QLocale().toString(when, QLocale.FormatType.LongFormat) if when else "",
        )
        try:
            if way is safety.WayForward.QUIT:
                return None
            if way is safety.WayForward.RESTORE_LATEST and latest is not None:
                safety.replace_with_backup(path, latest.path, now=clock())
            elif way is safety.WayForward.START_NEW:
                safety.move_aside(path, now=clock())
            elif way is safety.WayForward.OPEN_READ_ONLY:
                read_only = True
            elif way is safety.WayForward.CHOOSE_FILE:
                chosen = choose_venue_file(None, path.parent)
                if chosen is not None:
                    path = chosen
                    QSettings().setValue(LAST_FILE_KEY, str(path))
        except WRITE_ERRORS as exc:  # a full disk while restoring: said, then asked again
            report_write_error(None, exc)
