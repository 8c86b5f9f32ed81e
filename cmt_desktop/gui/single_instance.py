"""One running app per venue file: a second launch brings the first window forward.

A ``QLockFile`` beside the venue file says that an app has it open; a ``QLocalServer`` (a
local socket or named pipe, never the network) lets a second launch ask the first one to
show itself. A lock left by a crash is recovered: QLockFile sees that its process is gone,
and a lock whose holder does not answer on the socket is treated as stale too.
"""

from __future__ import annotations

import enum
import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

WAIT_MS = 1000
ACTIVATE = b"activate\n"


class Claim(enum.Enum):
    """What happened when this launch asked for the venue file."""

    OURS = "ours"  # this process has the file
    HANDED_OVER = "handed_over"  # another instance has it and was asked to show itself
    BUSY = "busy"  # locked by an instance that did not answer, and not stale
    NO_LOCK = "no_lock"  # the folder cannot be written: opening the file will say so


def server_name(venue_file: Path) -> str:
    """A local socket name for this file (the path hashed: short and without separators)."""
    digest = hashlib.sha256(str(venue_file.resolve()).encode()).hexdigest()[:16]
    return f"cmt-desktop-{digest}"


class SingleInstance(QObject):
    """Holds the venue file's lock and listens for later launches.

    Signals:
        activation_requested(): a second launch asked this instance to show its window.
    """

    activation_requested = Signal()

    def __init__(self, venue_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = server_name(venue_file)
        self._lock = QLockFile(str(venue_file) + ".lock")
        self._lock.setStaleLockTime(0)  # held as long as the app runs, never stale by age
        self._server: QLocalServer | None = None

    def claim(self) -> Claim:
        """Take the file, or hand over to the instance that has it."""
        if self._lock.tryLock(100):
            self._listen()
            return Claim.OURS
        if self._lock.error() is not QLockFile.LockError.LockFailedError:
            return Claim.NO_LOCK  # no permission, or no such folder
        if self._ask_running_instance():
            return Claim.HANDED_OVER
        # Nobody answers: the lock's process died (its PID may have been reused since).
        if self._lock.removeStaleLockFile() and self._lock.tryLock(100):
            self._listen()
            return Claim.OURS
        return Claim.BUSY

    def release(self) -> None:
        """Stop listening and free the file (also done when the process ends)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def _listen(self) -> None:
        QLocalServer.removeServer(self._name)  # a socket file left by a crash (Unix)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if server.listen(self._name):
            server.newConnection.connect(self._on_new_connection)
            self._server = server

    def _on_new_connection(self) -> None:
        assert self._server is not None
        socket = self._server.nextPendingConnection()
        if socket is None:
            return
        socket.waitForReadyRead(WAIT_MS)
        if bytes(socket.readAll().data()).startswith(ACTIVATE.strip()):
            self.activation_requested.emit()
        socket.disconnectFromServer()
        socket.deleteLater()

    def _ask_running_instance(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if not socket.waitForConnected(WAIT_MS):
            return False
        socket.write(ACTIVATE)
        sent = socket.waitForBytesWritten(WAIT_MS)
        socket.disconnectFromServer()
        return sent
