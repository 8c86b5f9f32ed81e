"""Table and list models for the agenda (dated posts) and the idea backlog (undated posts)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QPixmap

from cmt_desktop.domain.networks import NetworkCatalogue
from cmt_desktop.domain.post import Post
from cmt_desktop.domain.venue_event import VenueEvent
from cmt_desktop.gui.calendar.calendar_view import post_id_mime
from cmt_desktop.gui.calendar.roles import EVENT_ROLE, POST_ID_MIME, POST_ROLE
from cmt_desktop.gui.labels import event_status_label, status_label

_Index = QModelIndex | QPersistentModelIndex
_SWATCHES: dict[str, QPixmap] = {}


def network_swatch(color: str) -> QPixmap:
    """A small square of the network's colour, drawn once per colour."""
    if color not in _SWATCHES:
        pixmap = QPixmap(10, 10)
        pixmap.fill(QColor(color))
        _SWATCHES[color] = pixmap
    return _SWATCHES[color]


class AgendaModel(QAbstractTableModel):
    """Dated posts as rows: date, time, network, status, title, pillar."""

    DATE, TIME, NETWORK, STATUS, TITLE, PILLAR = range(6)
    _HEADERS = (
        QT_TRANSLATE_NOOP("AgendaModel", "Date"),
        QT_TRANSLATE_NOOP("AgendaModel", "Time"),
        QT_TRANSLATE_NOOP("AgendaModel", "Network"),
        QT_TRANSLATE_NOOP("AgendaModel", "Status"),
        QT_TRANSLATE_NOOP("AgendaModel", "Title"),
        QT_TRANSLATE_NOOP("AgendaModel", "Pillar"),
    )

    def __init__(self, catalogue: NetworkCatalogue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._posts: list[Post | VenueEvent] = []
        self._locale = QLocale()

    def set_posts(self, posts: list[Post], events: list[VenueEvent] | None = None) -> None:
        """Show these posts and venue events, in time order (an all-day event first in its day)."""
        self.beginResetModel()
        self._posts = sorted([*posts, *(events or [])], key=_row_moment)
        self.endResetModel()

    def post(self, row: int) -> Post | VenueEvent:
        """The post (or venue event) shown on ``row``."""
        return self._posts[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._posts)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        post = self._posts[index.row()]
        column = index.column()
        if isinstance(post, VenueEvent):
            return self._event_data(post, column, role)
        if role == POST_ROLE:
            return post
        if role == Qt.ItemDataRole.DecorationRole and column == self.NETWORK:
            return network_swatch(self._catalogue.get(post.network).color)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            assert post.start is not None
            if column == self.DATE:
                return self._locale.toString(post.start.date(), "ddd d MMM yyyy")
            if column == self.TIME:
                return post.start.strftime("%H:%M")
            if column == self.NETWORK:
                return self._catalogue.get(post.network).name
            if column == self.STATUS:
                return status_label(post.status)
            if column == self.TITLE:
                return post.display_title
            if column == self.PILLAR:
                return post.pillar
        return None

    def _event_data(self, event: VenueEvent, column: int, role: int) -> object:
        if role == EVENT_ROLE:
            return event
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        timed = isinstance(event.start, datetime)
        day = event.start.date() if isinstance(event.start, datetime) else event.start
        if column == self.DATE:
            return self._locale.toString(day, "ddd d MMM yyyy")
        if column == self.TIME:
            return f"{event.start:%H:%M}" if timed else ""
        if column == self.NETWORK:
            return QCoreApplication.translate("AgendaModel", "Venue event")
        if column == self.STATUS:
            return event_status_label(event.status)
        if column == self.TITLE:
            return f"◆ {event.title}"
        return ""

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AgendaModel", self._HEADERS[section])
        return None


def _row_moment(item: Post | VenueEvent) -> tuple[str, int]:
    """Sort key: the day, all-day events first, then the time (UTC text sorts by instant)."""
    start = item.start
    if isinstance(start, datetime):
        return start.isoformat()[:10] + "T" + f"{start:%H:%M}", 1
    assert start is not None
    return start.isoformat(), 0


class BacklogModel(QAbstractListModel):
    """Undated ideas; each can be dragged onto a day of the calendar."""

    def __init__(self, catalogue: NetworkCatalogue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._posts: list[Post] = []

    def set_posts(self, posts: list[Post]) -> None:
        """Show these ideas."""
        self.beginResetModel()
        self._posts = posts
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._posts)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        post = self._posts[index.row()]
        if role == POST_ROLE:
            return post
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{self._catalogue.get(post.network).name} — {post.display_title}"
        if role == Qt.ItemDataRole.DecorationRole:
            return network_swatch(self._catalogue.get(post.network).color)
        if role == Qt.ItemDataRole.ToolTipRole:
            return post.body or None
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [POST_ID_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        post = self._posts[indexes[0].row()]
        return post_id_mime(post.id or 0)

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction
