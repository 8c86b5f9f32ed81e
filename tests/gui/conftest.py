"""GUI fixtures: settings in a temporary folder, an in-memory venue, a fixed clock."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings

from cmt_desktop import services
from cmt_desktop.domain.post import Post, PostStatus
from cmt_desktop.resources import network_catalogue

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path):
    """Window geometry goes to a temporary folder, never to the developer's own settings."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield


@pytest.fixture
def venue(clock):
    opened = services.open_venue(None, network_catalogue())
    opened.settings.set("venue_name", "Médiathèque de test")
    yield opened
    opened.close()


@pytest.fixture
def saturday_post(venue, clock):
    post = Post(
        network="instagram",
        title="Samedi conte",
        status=PostStatus.READY,
        body="Heure du conte ; venez nombreux !",
        start=datetime(2026, 3, 7, 10, 30, tzinfo=PARIS),
    )
    return services.create_post(venue, post=post, now=clock)


@pytest.fixture
def make_window(qtbot, venue, clock):
    from cmt_desktop.gui.main_window import MainWindow

    def make(language: str = "en"):
        window = MainWindow(venue=venue, clock=lambda: clock, language=language)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make
