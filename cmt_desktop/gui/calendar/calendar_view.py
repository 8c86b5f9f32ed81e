"""The month/week grid widget: chips you can open, drag to another day, or reach by keyboard."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QMenu, QTableView

from cmt_desktop.domain.cultural_calendar import Occurrence
from cmt_desktop.domain.post import Post
from cmt_desktop.gui.calendar.chip_delegate import PostChipDelegate
from cmt_desktop.gui.calendar.roles import CELL_ROLE, DATE_ROLE, HOUR_ROLE, POST_ID_MIME, POSTS_ROLE
from cmt_desktop.gui.labels import status_label


def post_id_mime(post_id: int) -> QMimeData:
    """Drag data carrying one post id."""
    mime = QMimeData()
    mime.setData(POST_ID_MIME, QByteArray(str(post_id).encode()))
    return mime


def post_id_from_mime(mime: QMimeData) -> int | None:
    """The post id in drag data, or ``None``."""
    if not mime.hasFormat(POST_ID_MIME):
        return None
    try:
        return int(bytes(mime.data(POST_ID_MIME).data()).decode())
    except ValueError:
        return None


class CalendarView(QTableView):
    """A grid of days (or hours) showing post chips.

    Signals:
        post_activated(int): the user opened a post (double click, or Enter then a choice).
        event_activated(int): the user opened a venue event (double click on its banner).
        post_dropped(int, object, object): a post was dropped on a date, with an hour or None.
        new_post_requested(object, object): the user asked for a new post on a date (and hour).
        suggestion_activated(object, QPoint): the user clicked a cultural date (an
            ``Occurrence``); the point, in global coordinates, is where to show its menu.
    """

    post_activated = Signal(int)
    event_activated = Signal(int)
    post_dropped = Signal(int, object, object)
    new_post_requested = Signal(object, object)
    suggestion_activated = Signal(object, QPoint)

    def __init__(self, delegate: PostChipDelegate, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._delegate = delegate
        self._press_pos: QPoint | None = None
        self._pressed_post: Post | None = None
        self.setItemDelegate(delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(False)
        self.setMouseTracking(True)
        self.setWordWrap(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setHighlightSections(False)
        self.verticalHeader().setHighlightSections(False)
        self.setTabKeyNavigation(False)

    def use_stretched_rows(self, stretched: bool) -> None:
        """Month view: rows share the height. Week view: hour rows tall enough for two chips."""
        header = self.verticalHeader()
        if stretched:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            return
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        height = 2 * (self.fontMetrics().height() + 6) + 8
        header.setDefaultSectionSize(height)
        for row in range(self.model().rowCount() if self.model() else 0):
            header.resizeSection(row, height)  # rows laid out by the month view keep theirs

    def post_at(self, pos: QPoint) -> Post | None:
        """The post whose chip is under ``pos`` (viewport coordinates)."""
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        option = self._option_for(index)
        for rect, post in self._delegate.layout(option, index.data(CELL_ROLE)):
            if rect.contains(pos):
                return post
        return None

    def _option_for(self, index: QModelIndex):  # noqa: ANN202 - QStyleOptionViewItem
        from PySide6.QtWidgets import QStyleOptionViewItem

        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = self.visualRect(index)
        return option

    # --- mouse: open and drag ---------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self._press_pos = event.position().toPoint()
            self._pressed_post = self.post_at(self._press_pos)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if (
            self._pressed_post is not None
            and self._press_pos is not None
            and event.buttons() & Qt.MouseButton.LeftButton
            and (event.position().toPoint() - self._press_pos).manhattanLength()
            >= QApplication.startDragDistance()
        ):
            post, self._pressed_post = self._pressed_post, None
            drag = QDrag(self)
            drag.setMimeData(post_id_mime(post.id or 0))
            drag.exec(Qt.DropAction.MoveAction)
            return
        hovered = self.post_at(event.position().toPoint())
        self.viewport().setToolTip(self._chip_tooltip(hovered) if hovered else "")
        super().mouseMoveEvent(event)

    def _chip_tooltip(self, post: Post) -> str:
        """Network, time, title and status: colour alone must not carry the network."""
        network = self._delegate.network_name(post.network)
        clock = post.start.strftime("%H:%M") if post.start else ""
        return f"{network} · {clock} · {post.display_title} ({status_label(post.status)})"

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._pressed_post = None
        super().mouseReleaseEvent(event)
        pos = event.position().toPoint()
        if event.button() == Qt.MouseButton.LeftButton:
            found = self.suggestion_at(pos)
            if found is not None:  # one click on a cultural date: what to make of it
                self.suggestion_activated.emit(found, self.viewport().mapToGlobal(pos))

    def suggestion_at(self, pos: QPoint) -> Occurrence | None:
        """The cultural date whose line is under ``pos`` (viewport coordinates)."""
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        option = self._option_for(index)
        for rect, found in self._delegate.suggestion_layout(option, index.data(CELL_ROLE)):
            if rect.contains(pos):
                return found
        return None

    def venue_event_at(self, pos: QPoint) -> int | None:
        """The id of the venue event whose banner is under ``pos``."""
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        option = self._option_for(index)
        for rect, venue_event in self._delegate.event_layout(option, index.data(CELL_ROLE)):
            if rect.contains(pos):
                return venue_event.id
        return None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        venue_event_id = self.venue_event_at(pos)
        if venue_event_id is not None:
            self.event_activated.emit(venue_event_id)
            return
        post = self.post_at(pos)
        index = self.indexAt(pos)
        if post is not None and post.id is not None:
            self.post_activated.emit(post.id)
        elif index.isValid():
            self.new_post_requested.emit(index.data(DATE_ROLE), index.data(HOUR_ROLE))

    # --- drops ------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(POST_ID_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and event.mimeData().hasFormat(POST_ID_MIME):
            self.setCurrentIndex(index)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        post_id = post_id_from_mime(event.mimeData())
        if not index.isValid() or post_id is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.post_dropped.emit(post_id, index.data(DATE_ROLE), index.data(HOUR_ROLE))

    # --- keyboard ---------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
            and index.isValid()
        ):
            self._open_cell(index)
            return
        if event.key() == Qt.Key.Key_Insert and index.isValid():
            self.new_post_requested.emit(index.data(DATE_ROLE), index.data(HOUR_ROLE))
            return
        super().keyPressEvent(event)

    def _open_cell(self, index: QModelIndex) -> None:
        """Enter on a cell: its only post opens; with several, or a cultural date, a menu."""
        posts: list[Post] = index.data(POSTS_ROLE) or []
        suggestions = index.data(CELL_ROLE).suggestions
        where = self.viewport().mapToGlobal(self.visualRect(index).center())
        if not posts and not suggestions:
            self.new_post_requested.emit(index.data(DATE_ROLE), index.data(HOUR_ROLE))
            return
        if len(posts) == 1 and not suggestions and posts[0].id is not None:
            self.post_activated.emit(posts[0].id)
            return
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Posts of this day"))
        chosen_date: dict[object, Occurrence] = {}
        for found in suggestions:
            chosen_date[menu.addAction(f"☆  {found.name(self._delegate.language)}…")] = found
        for post in posts:
            clock = post.start.strftime("%H:%M") if post.start else ""
            action = menu.addAction(f"{clock}  {post.display_title}")
            action.setData(post.id)
        menu.addSeparator()
        new_action = menu.addAction(self.tr("New post here…"))
        chosen = menu.exec(where)
        if chosen is new_action:
            self.new_post_requested.emit(index.data(DATE_ROLE), index.data(HOUR_ROLE))
        elif chosen in chosen_date:
            self.suggestion_activated.emit(chosen_date[chosen], where)
        elif chosen is not None and chosen.data() is not None:
            self.post_activated.emit(int(chosen.data()))
