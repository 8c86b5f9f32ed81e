"""Offline: the window opens, switches views and previews the strategy without the network.

Python's audit hooks see the connections, name lookups and URL requests made from Python
(installed once per process, recording only while a test holds ``network_events``). Qt's
own C++ code is invisible to them, so on Linux the test also checks that no Internet
socket (TCP or UDP, IPv4 or IPv6) is left open by the process afterwards.
"""

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QApplication

from cmt_desktop import strategies
from cmt_desktop.demo import demo_strategy


def _to_the_network(events):
    return [entry for entry in events if entry[1] != "AF_UNIX"]


def _inet_socket_inodes() -> set[str]:
    """The inodes of this process's open TCP/UDP sockets (Linux), or an empty set elsewhere."""
    net = Path("/proc/self/net")
    if not net.is_dir():
        return set()
    inet = set()
    for table in ("tcp", "tcp6", "udp", "udp6"):
        try:
            lines = (net / table).read_text().splitlines()[1:]
        except OSError:
            continue
        inet.update(line.split()[9] for line in lines if len(line.split()) > 9)
    mine = set()
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            mine.add(target[len("socket:[") : -1])
    return mine & inet


def _preview_pages_then_close(seen: dict[str, int], tries: int = 200) -> None:
    """Once the modal preview shows its pages, note how many and close it."""
    dialog = QApplication.activeModalWidget()
    preview = dialog.findChild(QPrintPreviewWidget) if dialog is not None else None
    if (preview is None or preview.pageCount() == 0) and tries > 0:
        QTimer.singleShot(10, lambda: _preview_pages_then_close(seen, tries - 1))
        return
    seen["pages"] = preview.pageCount() if preview is not None else 0
    if dialog is not None:
        dialog.reject()


def test_the_window_works_offline(network_events, make_window, saturday_post, venue, clock):
    strategies.save_strategy(venue, draft=demo_strategy(today=date(2026, 3, 4)), now=clock)
    sockets_before = _inet_socket_inodes()

    window = make_window()
    actions = window.actions_
    for action in (actions.week_view, actions.agenda_view, actions.month_view):
        action.trigger()
        QApplication.processEvents()
        assert not action.isCheckable() or action.isChecked()
    actions.next.trigger()  # another month, with its cultural dates
    actions.today.trigger()
    seen: dict[str, int] = {}
    QTimer.singleShot(0, lambda: _preview_pages_then_close(seen))
    actions.strategy_preview.trigger()  # modal: returns once the preview is closed
    window.close()

    assert seen["pages"] > 0
    assert _to_the_network(network_events) == []
    assert _inet_socket_inodes() <= sockets_before
