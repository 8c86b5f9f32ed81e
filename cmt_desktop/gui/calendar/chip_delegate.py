"""Paints a calendar cell: the day number, then one coloured chip per post."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from cmt_desktop.domain.cultural_calendar import Occurrence
from cmt_desktop.domain.networks import NetworkCatalogue
from cmt_desktop.domain.post import Post, PostStatus
from cmt_desktop.domain.venue_event import EventStatus, VenueEvent
from cmt_desktop.gui.calendar.calendar_model import Cell
from cmt_desktop.gui.calendar.roles import CELL_ROLE

TODAY_COLOR = QColor("#E07A2F")
TODAY_TINT = QColor(224, 122, 47, 28)
EVENT_COLOR = QColor("#5B3E8A")  # the venue's programme: a colour no network uses
EVENT_FILL = QColor(91, 62, 138, 22)
SUGGESTION_COLOR = QColor("#7A5C00")  # a dark gold, readable on white: a date to think about
PADDING = 3


def header_height(option_rect: QRect, font_height: int, week_mode: bool) -> int:
    """Height kept above the chips for the day number (none in the week view)."""
    return 0 if week_mode else font_height + 2 * PADDING


def chip_rects(cell: QRect, count: int, *, top: int, chip_height: int) -> list[QRect]:
    """Where each chip goes; the last visible one becomes "+N" when they don't all fit."""
    rects = []
    y = cell.top() + top + PADDING
    for _ in range(count):
        if y + chip_height > cell.bottom() - PADDING + 1:
            break
        rects.append(QRect(cell.left() + PADDING, y, cell.width() - 2 * PADDING, chip_height))
        y += chip_height + 2
    return rects


class PostChipDelegate(QStyledItemDelegate):
    """Draws posts as chips: network colour, time, title; status as a mark and a style."""

    def __init__(
        self,
        catalogue: NetworkCatalogue,
        parent=None,
        *,
        language: str = "fr",  # noqa: ANN001
    ) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self.language = language  # of the cultural dates' names
        self._color_cache: dict[str, tuple[QColor, QColor, QColor]] = {}
        self._font_cache: dict[tuple[str, object], QFont] = {}

    def _short(self, key: str) -> str:
        network = self._catalogue.get(key)
        return network.short or network.name[:2].upper()

    def network_name(self, key: str) -> str:
        """The network's displayed name."""
        return self._catalogue.get(key).name

    def chip_height(self, option: QStyleOptionViewItem) -> int:
        """One line of text plus a little air."""
        return option.fontMetrics.height() + 4

    def event_layout(
        self, option: QStyleOptionViewItem, cell: Cell
    ) -> list[tuple[QRect, VenueEvent]]:
        """The venue-event banners of a cell, for hit-testing."""
        return self._layout(option, cell)[0]

    def suggestion_layout(
        self, option: QStyleOptionViewItem, cell: Cell
    ) -> list[tuple[QRect, Occurrence]]:
        """The cultural-date lines of a cell, for hit-testing."""
        return self._layout(option, cell)[1]

    def layout(self, option: QStyleOptionViewItem, cell: Cell) -> list[tuple[QRect, Post]]:
        """The post chips of a cell with their posts, for painting and for hit-testing."""
        return self._layout(option, cell)[2]

    def _layout(
        self, option: QStyleOptionViewItem, cell: Cell
    ) -> tuple[
        list[tuple[QRect, VenueEvent]], list[tuple[QRect, Occurrence]], list[tuple[QRect, Post]]
    ]:
        """Venue events first, then cultural dates (one line each), then the posts."""
        top = header_height(option.rect, option.fontMetrics.height(), cell.hour is not None)
        height = self.chip_height(option)
        count = len(cell.events) + len(cell.suggestions) + len(cell.posts)
        rects = chip_rects(option.rect, count, top=top, chip_height=height)
        events = list(zip(rects, cell.events, strict=False))
        rects = rects[len(events) :]
        suggestions = list(zip(rects, cell.suggestions, strict=False))
        posts = list(zip(rects[len(suggestions) :], cell.posts, strict=False))
        return events, suggestions, posts

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        cell: Cell = index.data(CELL_ROLE)
        painter.save()
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        base = palette.color(QPalette.ColorRole.Base)
        if not cell.in_month:
            base = palette.color(QPalette.ColorRole.AlternateBase)
        painter.fillRect(option.rect, base)
        if selected:
            highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
            highlight.setAlpha(60)
            painter.fillRect(option.rect, highlight)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if cell.is_today and cell.hour is None:
            painter.setPen(QPen(TODAY_COLOR, 2))
            painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
        elif cell.is_today:  # week view: a tinted column rather than 24 boxes
            painter.fillRect(option.rect, TODAY_TINT)
        self._paint_day_number(painter, option, cell)
        self._paint_chips(painter, option, cell)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(
                QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine)
            )
            painter.drawRect(option.rect.adjusted(2, 2, -3, -3))
        painter.restore()

    def _paint_day_number(
        self, painter: QPainter, option: QStyleOptionViewItem, cell: Cell
    ) -> None:
        if not cell.label:
            return
        painter.setFont(self._day_font(option.font, cell.is_today))
        role = QPalette.ColorRole.Text if cell.in_month else QPalette.ColorRole.PlaceholderText
        painter.setPen(TODAY_COLOR if cell.is_today else option.palette.color(role))
        area = option.rect.adjusted(PADDING + 2, PADDING, -PADDING, 0)
        painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, cell.label)

    def _paint_chips(self, painter: QPainter, option: QStyleOptionViewItem, cell: Cell) -> None:
        event_chips, suggestion_chips, chips = self._layout(option, cell)
        for rect, event in event_chips:
            self._paint_event(painter, option, rect, event)
        for rect, found in suggestion_chips:
            self._paint_suggestion(painter, option, rect, found)
        hidden = len(cell.posts) - len(chips)
        metrics = option.fontMetrics
        text_color = option.palette.color(QPalette.ColorRole.Text)
        for number, (rect, post) in enumerate(chips):
            if hidden and number == len(chips) - 1:
                self._paint_more(painter, option, rect, hidden + 1)
                break
            solid, light, strong = self._colors(post.network)
            painter.setPen(Qt.PenStyle.NoPen)
            done = post.status in (PostStatus.PUBLISHED, PostStatus.SKIPPED)
            painter.setBrush(light if done else strong)
            painter.drawRoundedRect(rect, 3, 3)
            painter.setBrush(solid)
            painter.drawRect(QRect(rect.left(), rect.top(), 4, rect.height()))
            painter.setFont(self._font(option.font, post.status))
            painter.setPen(text_color)
            label = metrics.elidedText(
                _chip_text(post, self._short(post.network)),
                Qt.TextElideMode.ElideRight,
                rect.width() - 10,
            )
            painter.drawText(
                rect.adjusted(7, 0, -2, 0),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                label,
            )

    def _paint_event(
        self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect, event: VenueEvent
    ) -> None:
        """A venue event: an outlined, dashed banner with a ticket mark, unlike a post chip."""
        cancelled = event.status is EventStatus.CANCELLED
        painter.setPen(QPen(EVENT_COLOR, 1, Qt.PenStyle.DashLine))
        painter.setBrush(EVENT_FILL)
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        font = QFont(option.font)
        font.setBold(True)
        font.setStrikeOut(cancelled)
        painter.setFont(font)
        painter.setPen(EVENT_COLOR)
        clock = f"{event.start:%H:%M} " if isinstance(event.start, datetime) else ""
        label = option.fontMetrics.elidedText(
            f"◆ {clock}{event.title}", Qt.TextElideMode.ElideRight, rect.width() - 8
        )
        painter.drawText(
            rect.adjusted(4, 0, -2, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            label,
        )

    def _paint_suggestion(
        self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect, found: Occurrence
    ) -> None:
        """A cultural date: a star and italic text, no fill (a suggestion, not a commitment)."""
        painter.setPen(QPen(SUGGESTION_COLOR, 1, Qt.PenStyle.DotLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        font = QFont(option.font)
        font.setItalic(True)
        painter.setFont(font)
        painter.setPen(SUGGESTION_COLOR)
        name = found.name(self.language)
        if not found.confirmed:
            name = f"{name} ?"
        label = option.fontMetrics.elidedText(
            f"☆ {name}", Qt.TextElideMode.ElideRight, rect.width() - 8
        )
        painter.drawText(
            rect.adjusted(4, 0, -2, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            label,
        )

    def _colors(self, network: str) -> tuple[QColor, QColor, QColor]:
        """The network's colour, and two lighter fills (done / to do); made once per network."""
        if network not in self._color_cache:
            solid = QColor(self._catalogue.get(network).color)
            light, strong = QColor(solid), QColor(solid)
            light.setAlpha(40)
            strong.setAlpha(70)
            self._color_cache[network] = (solid, light, strong)
        return self._color_cache[network]

    def _day_font(self, base: QFont, bold: bool) -> QFont:
        key = (base.key(), bold)
        if key not in self._font_cache:
            font = QFont(base)
            font.setBold(bold)
            self._font_cache[key] = font
        return self._font_cache[key]

    def _font(self, base: QFont, status: PostStatus) -> QFont:
        """Struck out when skipped, italic while not yet ready; made once per base font."""
        key = (base.key(), status)
        if key not in self._font_cache:
            font = QFont(base)
            font.setStrikeOut(status is PostStatus.SKIPPED)
            font.setItalic(status in (PostStatus.IDEA, PostStatus.DRAFT))
            self._font_cache[key] = font
        return self._font_cache[key]

    def _paint_more(
        self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect, count: int
    ) -> None:
        painter.setPen(option.palette.color(QPalette.ColorRole.Link))
        painter.setFont(option.font)
        text = self.tr("+%n more", "", count)
        painter.drawText(rect.adjusted(7, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, text)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(120, 3 * self.chip_height(option))


_STATUS_MARKS = {PostStatus.PUBLISHED: "✓ ", PostStatus.READY: "● "}


def _chip_text(post: Post, short: str) -> str:
    clock = f"{post.start.hour:02d}:{post.start.minute:02d} " if post.start else ""
    return f"{_STATUS_MARKS.get(post.status, '')}{short} {clock}{post.display_title}"
