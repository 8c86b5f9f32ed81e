"""Where the venue file lives: resolved once, overridable with --data-dir or CMT_DATA_DIR."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_DIR_NAME = "CMt Desktop"
VENUE_FILE_NAME = "venue.cmt.sqlite"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The folder holding the venue file.

    The local (non-roaming) data folder: on Windows a roaming profile may be redirected to a
    network share, where SQLite's locking is unsafe.
    """
    chosen = override or os.environ.get("CMT_DATA_DIR")
    if chosen:
        return Path(chosen).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=False))


def venue_file(folder: Path) -> Path:
    """The venue file inside a data folder."""
    return folder / VENUE_FILE_NAME
