"""Baseline for bench_startup: a bare PySide6 window that quits right after its first paint."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

_STARTED = time.perf_counter()


class FirstPaint(QObject):
    """Calls ``done`` once, right after the watched widget's first paint (as the app does)."""

    def __init__(self, done) -> None:  # noqa: ANN001
        super().__init__()
        self._done = done

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self._done is not None:
            done, self._done = self._done, None
            QTimer.singleShot(0, done)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Bare window")
    window.setCentralWidget(QLabel("Hello", window))
    window.resize(1200, 760)  # the main window's default size

    def finish() -> None:
        print(f"bare window painted in {(time.perf_counter() - _STARTED) * 1000:.0f} ms")
        app.quit()

    watch = FirstPaint(finish)
    window.centralWidget().installEventFilter(watch)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
