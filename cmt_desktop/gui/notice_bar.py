"""A bar at the top of the window: reminders when there is no tray, and one-time notices."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class NoticeBar(QFrame):
    """One message at a time, with "Open" when it leads to a post.

    Signals:
        open_requested(int): the user wants to see this post.
    """

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#notice_bar { background: #FFF4E0; border: 1px solid #E07A2F; }")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setObjectName("notice_label")
        self.label.setStyleSheet("color: #222222;")  # on the light bar, whatever the theme
        self.open_button = QPushButton(self.tr("&See the post"), self)
        self.open_button.setObjectName("notice_open_button")
        self.close_button = QPushButton(self.tr("&Dismiss"), self)
        self.close_button.setObjectName("notice_close_button")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.close_button)
        self._post_id = 0
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def show_notice(self, title: str, text: str, post_id: int = 0) -> None:
        """Show a message; the accessible name carries it for screen readers."""
        self._post_id = post_id
        self.label.setText(f"<b>{_escape(title)}</b> — {_escape(text)}")
        self.setAccessibleName(f"{title}. {text}")
        self.open_button.setVisible(post_id > 0)
        self.show()

    def _on_open_button_clicked(self) -> None:
        self.hide()
        self.open_requested.emit(self._post_id)


def _escape(text: str) -> str:
    import html

    return html.escape(text)
