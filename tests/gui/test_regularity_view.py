"""The regularity view: summary in words, painted chart, PNG export, accessible figures."""

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from cmt_desktop import services
from cmt_desktop.domain.post import Post, PostStatus
from cmt_desktop.domain.regularity import period_start, pillar_mix, posts_window, weekly_rhythm
from cmt_desktop.gui.regularity_view import RegularityView
from cmt_desktop.resources import network_catalogue

PARIS = ZoneInfo("Europe/Paris")
WEEKS = 4  # ISO weeks 7 to 10 of 2026; the clock is on Wednesday of week 10
CADENCES = {"instagram": 2.0, "newsletter": 0.5}
TARGETS = {"Agenda": 50, "Coulisses": 50}


def _at(week: int, day: int, hour: int = 18) -> datetime:
    monday = datetime(2026, 2, 9, hour, tzinfo=PARIS) + timedelta(weeks=week - 7)
    return monday + timedelta(days=day)


@pytest.fixture
def view(qtbot, venue, clock):
    published, skipped = PostStatus.PUBLISHED, PostStatus.SKIPPED
    posts = [
        Post("instagram", start=_at(7, 1), status=published, pillar="Agenda"),
        Post("instagram", start=_at(7, 3), status=skipped, pillar="Agenda"),
        Post("instagram", start=_at(8, 1), status=published, pillar="Agenda"),
        Post("instagram", start=_at(8, 4), status=published, pillar="Coulisses"),
        Post("instagram", start=_at(9, 0), status=published, pillar="Agenda"),
        Post("instagram", start=_at(9, 2), status=published, pillar="Coulisses"),
        Post("instagram", start=_at(10, 4), status=PostStatus.READY),
        Post("newsletter", start=_at(8, 3, 10), status=published, pillar="Agenda"),
        Post("tiktok", start=_at(9, 5), status=published, pillar="Jeux"),
    ]
    for post in posts:
        services.create_post(venue, post=post, now=clock)
    first, last = posts_window(weeks=WEEKS, now=clock)
    stored = services.posts_between(venue, first_day=first, last_day=last)
    rhythms = weekly_rhythm(stored, cadences=CADENCES, weeks=WEEKS, now=clock)
    since = period_start(weeks=WEEKS, now=clock)
    pillars = pillar_mix(stored, targets=TARGETS, since=since, until=clock)
    widget = RegularityView(network_catalogue())
    qtbot.addWidget(widget)
    widget.set_data(rhythms, pillars)
    widget.resize(800, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _plural(text: str) -> str:
    """Matches a "%n thing(s)" source string as well as its English plural form."""
    return re.sub(r"\(s\)", r"(?:s|\\(s\\))?", re.escape(text))


def test_summary_says_each_network_in_words(view):
    summary = view.summary.text()
    assert re.search(_plural("Instagram: 2 week(s) out of 3 on rhythm"), summary)
    assert re.search(_plural("current streak: 2 week(s)."), summary)
    assert re.search(_plural("Newsletter: 1 post(s) out of 1 published on time"), summary)
    assert re.search(
        _plural("TikTok: no rhythm set in the strategy, 1 post(s) published."), summary
    )
    # Agenda: 4 of 7 published posts (57 %), Coulisses 2 (29 %), both aimed at 50 %.
    furthest = "Pillar furthest from its target: Coulisses, 29% of the published posts for 50%."
    assert summary.splitlines()[-1] == furthest
    assert re.search(_plural("Regularity over the last 4 week(s)"), view.title.text())


def test_accessible_description_lists_the_figures(view):
    chart = view.chart
    assert chart.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert chart.accessibleName() and view.accessibleName()
    assert view.summary.accessibleName() == ""  # a screen reader reads the label's own text
    lines = chart.accessibleDescription().splitlines()
    assert lines[0].startswith("Instagram (2 a week) – W7: 1 published, 2 due, below the rhythm")
    assert "W10: 0 published, 2 due, this week, in progress" in lines[0]
    assert "W8: 1 published, 1 due, on rhythm" in lines[1]
    assert lines[2].startswith("TikTok (no rhythm set) – W7: 0 published, 0 due, nothing due")
    assert lines[3:] == [
        "Agenda: 57% (target 50%)",
        "Coulisses: 29% (target 50%)",
        "Jeux: 14%",
    ]


def test_save_png_writes_the_chart_at_twice_the_pixels(view, tmp_path):
    path = tmp_path / "regularite.png"
    assert view.save_png(path)
    assert path.stat().st_size > 0
    image = QImage(str(path))
    assert image.width() == 2 * max(720, view.chart.width())
    assert image.height() > 2 * view.chart.heightForWidth(view.chart.width()) * 0.9
    colors = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 5)
        for y in range(0, image.height(), 5)
    }
    assert "#2e7d5b" in colors  # at least one week on rhythm painted in its colour


def test_chart_image_has_the_requested_width_and_ratio(view):
    image = view.chart_image(600, ratio=1.5)
    assert image.width() == 900
    assert image.devicePixelRatio() == 1.5


def test_empty_data_says_what_to_do(qtbot):
    widget = RegularityView(network_catalogue())
    qtbot.addWidget(widget)
    widget.set_data([], [])
    assert "choose them in the strategy" in widget.summary.text()
    assert widget.chart.accessibleDescription() == ""
    assert not widget.chart_image(400).isNull()


def test_regularity_dialog_from_the_menu(qtbot, venue, clock, tmp_path, monkeypatch):
    from datetime import timedelta

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog

    from cmt_desktop import services, strategies
    from cmt_desktop.demo import demo_posts, demo_strategy
    from cmt_desktop.gui.main_window import MainWindow
    from cmt_desktop.gui.regularity_dialog import RegularityDialog

    strategies.save_strategy(venue, draft=demo_strategy(today=clock.date()), now=clock)
    services.fill_demo_venue(
        venue, posts=demo_posts(count=200, seed=2, today=clock.date(), tz=venue.tz), now=clock
    )
    window = MainWindow(venue=venue, clock=lambda: clock + timedelta(0), language="en")
    qtbot.addWidget(window)
    target = tmp_path / "rhythm"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    seen = []

    def look():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RegularityDialog)
        seen.append(dialog.view.summary.text())
        dialog._on_save_clicked()
        dialog.reject()

    QTimer.singleShot(0, look)
    window.actions_.regularity.trigger()
    assert seen and "Instagram" in seen[0]
    assert (tmp_path / "rhythm.png").stat().st_size > 1000
