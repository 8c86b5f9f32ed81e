"""The strategy document for a venue: its review figures, and the command line's PDF or ODT."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path

from cmt_desktop import regularity_feed, strategies
from cmt_desktop.domain.strategy import StrategyDraft
from cmt_desktop.gui.document_text import TEXT_WIDTH_PX, ReviewFigures
from cmt_desktop.services import Venue


def review_figures(venue: Venue, *, now: datetime) -> ReviewFigures | None:
    """Whether the rhythm was kept until ``now``, in words and as a chart, in the UI language.

    None when there is nothing to review: no published post in the period and no strategy
    with networks. Needs a QApplication (the chart is drawn by the regularity view).
    """
    from cmt_desktop.gui.regularity_view import RegularityView

    draft = strategies.current_strategy(venue)
    rhythms, pillars = regularity_feed.regularity(venue, now=now)
    if not (draft and draft.networks) and not any(rhythm.published for rhythm in rhythms):
        return None
    view = RegularityView(venue.catalogue)
    view.set_data(rhythms, pillars)
    return ReviewFigures(view.summary_text(), view.chart_image(TEXT_WIDTH_PX, ratio=3.0))


def write_strategy_document(
    venue: Venue,
    *,
    draft: StrategyDraft,
    path: Path,
    language: str,
    today: date,
    now: datetime | None = None,
) -> None:
    """Write ``path`` (.pdf or .odt) in ``language``, with the review figures until ``now``.

    Raises:
        ValueError: the file name ends in neither .pdf nor .odt.
        OSError: the file cannot be written.
    """
    suffix = path.suffix.lower()
    if suffix not in (".pdf", ".odt"):
        raise ValueError(suffix)
    # No window is shown: the offscreen platform needs no display, as on a server or in CI.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from cmt_desktop.gui import resources_rc  # noqa: F401 - the translations
    from cmt_desktop.gui.i18n import Translators
    from cmt_desktop.gui.strategy_document import build_document, write_odt, write_pdf

    app = QApplication.instance() or QApplication([])  # widgets: the chart is a view's painting
    translators = Translators(app)
    translators.install(language)
    try:
        review = review_figures(venue, now=now or datetime.now(UTC))
        document = build_document(
            draft, catalogue=venue.catalogue, generated_on=today, review=review
        )
        (write_pdf if suffix == ".pdf" else write_odt)(document, path)
    finally:
        translators.uninstall()
