"""The today panel: what is late, today and later, and its one-click actions."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog

from cmt_desktop import services
from cmt_desktop.domain.post import Post, PostStatus

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def week_posts(venue, clock):
    def add(day, hour, title, status=PostStatus.READY):
        post = Post(
            network="instagram",
            title=title,
            status=status,
            body="Texte",
            hashtags=("#Conte",),
            start=datetime(2026, 3, day, hour, tzinfo=PARIS),
        )
        return services.create_post(venue, post=post, now=clock)

    return {
        "late": add(2, 10, "En retard"),
        "today": add(4, 18, "Ce soir"),
        "later": add(6, 12, "Vendredi"),
        "next_week": add(10, 12, "Semaine prochaine"),
    }


def _titles(panel):
    return [panel.list.item(row).text() for row in range(panel.list.count())]


def test_groups_and_actions(qtbot, make_window, venue, clock, week_posts, monkeypatch):
    window = make_window()
    panel = window._today_panel
    texts = " | ".join(_titles(panel))
    assert "En retard" in texts and "Ce soir" in texts and "Vendredi" in texts
    assert "Semaine prochaine" not in texts

    panel.select(week_posts["today"].id)
    qtbot.mouseClick(panel.buttons["copy"], qtbot_left())
    assert QGuiApplication.clipboard().text() == "Texte\n\n#Conte"

    monkeypatch.setattr(
        QInputDialog, "getText", lambda *args, **kwargs: ("https://example.org/p/1", True)
    )
    qtbot.mouseClick(panel.buttons["published"], qtbot_left())
    done = venue.posts.get(week_posts["today"].id)
    assert done.status is PostStatus.PUBLISHED and done.published_url.endswith("/p/1")
    assert done.published_at == clock

    panel.select(week_posts["late"].id)
    qtbot.mouseClick(panel.buttons["postpone"], qtbot_left())
    moved = venue.posts.get(week_posts["late"].id)
    assert moved.start > clock and moved.start - week_posts["late"].start >= timedelta(days=1)
    window.actions_.undo.trigger()
    assert venue.posts.get(week_posts["late"].id).start == week_posts["late"].start


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
