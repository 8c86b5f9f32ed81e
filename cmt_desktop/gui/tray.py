"""The tray icon and its menu; without a tray, reminders appear in the window instead."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget


class Tray(QObject):
    """Open, today's posts, pause reminders, quit — and the notifications themselves.

    Signals:
        open_requested(): show the window.
        today_requested(): show the window with the today panel.
        pause_requested(int): pause reminders for that many minutes (0 resumes them).
        quit_requested(): leave the app for good.
        answers_requested(): open the kit of saved answers.
        notification_clicked(int): open this post (0 when the notification has none).
    """

    open_requested = Signal()
    today_requested = Signal()
    pause_requested = Signal(int)
    quit_requested = Signal()
    answers_requested = Signal()
    notification_clicked = Signal(int)

    def __init__(self, parent: QWidget, *, available: bool) -> None:
        super().__init__(parent)
        self.available = available
        self._last_post_id = 0
        self.icon: QSystemTrayIcon | None = None
        if not available:
            return
        self.icon = QSystemTrayIcon(QIcon(":/icons/cmt-desktop.svg"), self)
        self.icon.setToolTip("CMt Desktop")
        menu = QMenu(parent)
        menu.addAction(self.tr("&Open CMt Desktop"), self.open_requested.emit)
        menu.addAction(self.tr("&Today's posts"), self.today_requested.emit)
        menu.addAction(self.tr("Saved &answers…"), self.answers_requested.emit)
        pause = menu.addMenu(self.tr("&Pause reminders"))
        for minutes, text in (
            (60, self.tr("For an hour")),
            (240, self.tr("For 4 hours")),
            (24 * 60, self.tr("Until tomorrow")),
        ):
            action = QAction(text, pause)
            action.triggered.connect(lambda _checked=False, m=minutes: self.pause_requested.emit(m))
            pause.addAction(action)
        pause.addSeparator()
        pause.addAction(self.tr("&Resume now"), lambda: self.pause_requested.emit(0))
        menu.addSeparator()
        menu.addAction(self.tr("&Quit"), self.quit_requested.emit)
        self.icon.setContextMenu(menu)
        self.icon.activated.connect(self._on_icon_activated)
        self.icon.messageClicked.connect(self._on_icon_message_clicked)
        self.icon.show()

    def notify(self, title: str, text: str, post_id: int) -> bool:
        """Show a notification; False when there is no tray (the window shows it instead)."""
        if self.icon is None:
            return False
        self._last_post_id = post_id
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15000)
        return True

    def _on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()

    def _on_icon_message_clicked(self) -> None:
        self.notification_clicked.emit(self._last_post_id)
