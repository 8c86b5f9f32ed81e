"""Shared fixtures: offscreen Qt, an in-memory venue, a fixed clock, a temporary data folder."""

import os

# Before any Qt import: tests run without a screen unless a smoke test starts Xvfb itself.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import datetime  # noqa: E402
from pathlib import Path  # noqa: E402
from zoneinfo import ZoneInfo  # noqa: E402

import pytest  # noqa: E402

PARIS = ZoneInfo("Europe/Paris")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that use a QApplication are marked ``gui`` so they can be selected or skipped."""
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qapp" in fixtures or "qtbot" in fixtures:
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def clock() -> datetime:
    """A fixed "now": Wednesday 4 March 2026, 09:30 in Paris."""
    return datetime(2026, 3, 4, 9, 30, tzinfo=PARIS)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data folder for one test."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder
