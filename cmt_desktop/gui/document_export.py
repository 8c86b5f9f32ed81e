"""The strategy document from the command line: a headless Qt application, then PDF or ODT."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from cmt_desktop.domain.strategy import StrategyDraft
from cmt_desktop.services import Venue


def write_strategy_document(
    venue: Venue, *, draft: StrategyDraft, path: Path, language: str, today: date
) -> None:
    """Write ``path`` (.pdf or .odt) in ``language``.

    Raises:
        ValueError: the file name ends in neither .pdf nor .odt.
        OSError: the file cannot be written.
    """
    suffix = path.suffix.lower()
    if suffix not in (".pdf", ".odt"):
        raise ValueError(suffix)
    # No window is shown: the offscreen platform needs no display, as on a server or in CI.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from cmt_desktop.gui import resources_rc  # noqa: F401 - the translations
    from cmt_desktop.gui.i18n import Translators
    from cmt_desktop.gui.strategy_document import build_document, write_odt, write_pdf

    app = QGuiApplication.instance() or QGuiApplication([])
    translators = Translators(app)
    translators.install(language)
    try:
        document = build_document(draft, catalogue=venue.catalogue, generated_on=today)
        (write_pdf if suffix == ".pdf" else write_odt)(document, path)
    finally:
        translators.uninstall()
