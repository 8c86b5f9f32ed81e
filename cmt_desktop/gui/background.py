"""Run blocking work (the network) in a thread; its result comes back on the window's thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot


class _Worker(QObject):
    done = Signal(object)

    def __init__(self, work: Callable[[], object]) -> None:
        super().__init__()
        self._work = work

    @Slot()
    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # noqa: BLE001 - handed to the window, which words it
            result = exc
        self.done.emit(result)


class BackgroundTask(QObject):
    """One call of ``work`` in its own QThread.

    Signals:
        finished(object): the result, or the exception it raised, delivered on the thread
            that created the task (the window's), so slots may touch widgets.
    """

    finished = Signal(object)

    def __init__(self, work: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._worker = _Worker(work)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.done.connect(self._on_done)  # a slot of this object: queued to its thread
        self._worker.done.connect(self._thread.quit)

    def start(self) -> None:
        """Begin the work."""
        self._thread.start()

    def is_running(self) -> bool:
        """True until the work has returned."""
        return self._thread.isRunning()

    def wait(self, milliseconds: int) -> bool:
        """Block until the work is done, at most this long; True if it is."""
        return self._thread.wait(milliseconds)

    @Slot(object)
    def _on_done(self, result: object) -> None:
        self.finished.emit(result)
