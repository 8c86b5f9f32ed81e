"""Time to switch month / week (until the grid is repainted) in the real main window."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

TARGET_MS = 10.0
WARMUP = 6
# PySide6 6.12.0 drops one reference to None each time C++ gets None back from a Python
# data()/headerData(); on Python < 3.12 the process aborts ("deallocating None") once they
# run out. We hold spare references so that the benchmark can finish, and report the loss.
_SPARE_NONES: list[None] = []


def keep_none_alive() -> None:
    """Top up the spare references to None (called outside the timed regions)."""
    if sys.getrefcount(None) < 100_000:
        _SPARE_NONES.extend([None] * 100_000)


def percentiles(samples: list[float]) -> tuple[float, float]:
    """Median and 95th percentile."""
    return statistics.median(samples), statistics.quantiles(samples, n=20)[18]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--posts", type=int, default=20000, help="posts in the demo venue")
    parser.add_argument("--switches", type=int, default=50, help="timed switches of each kind")
    args = parser.parse_args()
    tmp = tempfile.TemporaryDirectory(prefix="cmt-bench-")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = str(Path(tmp.name, "config"))  # QSettings: yours untouched

    import PySide6
    from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QObject, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from cmt_desktop import demo, services
    from cmt_desktop.gui.i18n import Translators
    from cmt_desktop.gui.main_window import MainWindow
    from cmt_desktop.resources import network_catalogue

    class PaintCounter(QObject):
        """Counts the paint events of the widgets it watches."""

        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    class DaysModel(QAbstractTableModel):
        """Baseline: a 6x7 grid of day numbers that a reset shifts by a month."""

        offset = 0

        def rowCount(self, parent=None) -> int:  # noqa: ANN001, N802
            return 6

        def columnCount(self, parent=None) -> int:  # noqa: ANN001, N802
            return 7

        def data(self, index, role=Qt.ItemDataRole.DisplayRole) -> object:  # noqa: ANN001
            if role == Qt.ItemDataRole.DisplayRole:
                return str((self.offset + index.row() * 7 + index.column()) % 31 + 1)
            return None

        def shift(self) -> None:
            self.beginResetModel()
            self.offset += 3
            self.endResetModel()

    def timed(action: Callable[[], object], counter: PaintCounter) -> float:
        """Milliseconds from ``action`` to the end of the next paint of the watched widget."""
        keep_none_alive()
        started = time.perf_counter()
        before = counter.count
        action()
        for _ in range(1000):
            QApplication.processEvents()
            if counter.count != before:
                break
        return (time.perf_counter() - started) * 1000

    def measure(actions: list[Callable[[], object]], counter: PaintCounter) -> list[float]:
        for action in actions[:WARMUP]:
            timed(action, counter)
        return [timed(action, counter) for action in actions[WARMUP:]]

    qapp = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("CMt")
    QCoreApplication.setApplicationName("CMt Desktop")
    Translators(qapp).install("fr")
    now = datetime.now(UTC)
    venue = services.open_venue(Path(tmp.name, "venue.cmt.sqlite"), network_catalogue())
    posts = demo.demo_posts(
        count=args.posts, seed=1, today=now.astimezone(venue.tz).date(), tz=venue.tz
    )
    services.fill_demo_venue(venue, posts=posts, now=now)
    post_count = len(posts)
    del posts  # the app never holds them all (and they hold many references to None)

    window = MainWindow(venue=venue, clock=lambda: now, language="fr")
    grid = window.findChild(QTableView, "calendar_view")
    counter = PaintCounter()
    grid.viewport().installEventFilter(counter)
    window.show()
    timed(lambda: None, counter)  # first paint

    keep_none_alive()
    nones_before = sys.getrefcount(None) - len(_SPARE_NONES)
    a, half = window.actions_, args.switches // 2 + WARMUP // 2
    steps = [a.next.trigger] * half + [a.previous.trigger] * half
    results = {}
    a.month_view.trigger()
    results["month switch"] = measure(steps, counter)
    shown = window.statusBar().currentMessage()
    a.week_view.trigger()
    results["week switch"] = measure(steps, counter)
    results["month <-> week switch"] = measure(
        [a.month_view.trigger, a.week_view.trigger] * half, counter
    )
    switches = sum(len(samples) + WARMUP for samples in results.values())
    nones_lost = nones_before - (sys.getrefcount(None) - len(_SPARE_NONES))

    table = QTableView()
    model = DaysModel(table)
    table.setModel(model)
    table.resize(grid.size())
    base_counter = PaintCounter()
    table.viewport().installEventFilter(base_counter)
    table.show()
    timed(lambda: None, base_counter)
    baseline = measure([model.shift] * (args.switches + WARMUP), base_counter)
    base_median, base_p95 = percentiles(baseline)

    print(f"platform {qapp.platformName()}, {post_count} posts, month view shows: {shown}")
    for kind, samples in results.items():
        median, p95 = percentiles(samples)
        print(
            f"{kind} with {post_count} posts: median {median:.1f} ms, p95 {p95:.1f} ms "
            f"(target <= {TARGET_MS:.0f} ms); {median / base_median:.1f}x the baseline"
        )
    print(
        f"baseline, bare 6x7 QTableView reset + repaint: median {base_median:.2f} ms, "
        f"p95 {base_p95:.2f} ms"
    )
    per_switch = nones_lost / switches
    print(
        f"PySide6 {PySide6.__version__} lost {nones_lost} references to None in {switches} "
        f"switches, {per_switch:.0f} per switch; the window held {nones_before}, so on "
        f"Python < 3.12 the app would abort after about {nones_before / per_switch:.0f} "
        f"switches"
    )
    window.close()
    venue.close()
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # no interpreter teardown: it would give the spare references back to None
