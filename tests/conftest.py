"""Shared fixtures: offscreen Qt, an in-memory venue, a fixed clock, a temporary data folder."""

import os

# Before any Qt import: tests run without a screen unless a smoke test starts Xvfb itself.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import socket  # noqa: E402
import sys  # noqa: E402
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


# --- offline proof: every network attempt made from Python, recorded while a test asks -----
# Python's audit hooks see socket connections, name lookups and URL requests; the hook is
# installed once per process and records only while a test holds ``network_events``.
# Unix-domain sockets (a local bus, the single-instance socket) are not the network.

#: the audit events that mean "talking to another machine" (or getting ready to)
NETWORK_EVENTS = frozenset(
    {
        "socket.connect",
        "socket.getaddrinfo",
        "socket.gethostbyname",
        "socket.gethostbyaddr",
        "socket.getnameinfo",
        "socket.sendto",
        "socket.sendmsg",
        "urllib.Request",
        "http.client.connect",
    }
)
#: the lists being filled; empty when no test records (an audit hook cannot be removed)
_RECORDING: list[list[tuple[str, str, str]]] = []
_HOOK_INSTALLED: list[bool] = []


def _family(event: str, args: tuple) -> str:
    if event in ("socket.connect", "socket.sendto", "socket.sendmsg") and args:
        family = getattr(args[0], "family", None)
        return getattr(family, "name", str(family))
    return ""


def _audit(event: str, args: tuple) -> None:
    if not _RECORDING or event not in NETWORK_EVENTS:
        return
    entry = (event, _family(event, args), repr(args)[:200])
    for recording in _RECORDING:
        recording.append(entry)


@pytest.fixture
def network_events(monkeypatch):
    """The network audit events raised during the test (and a socket that refuses to connect)."""
    if not _HOOK_INSTALLED:
        sys.addaudithook(_audit)
        _HOOK_INSTALLED.append(True)
    events: list[tuple[str, str, str]] = []
    real_connect = socket.socket.connect

    def refuse(self, address):
        if self.family == getattr(socket, "AF_UNIX", None):
            return real_connect(self, address)
        events.append(("socket.socket.connect", self.family.name, repr(address)))
        raise OSError(f"test: no network connection allowed (to {address!r})")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    _RECORDING.append(events)
    yield events
    _RECORDING.remove(events)


