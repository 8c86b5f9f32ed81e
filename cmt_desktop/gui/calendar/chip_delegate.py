"""Paints a calendar cell: the day number, then one coloured chip per post."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from cmt_desktop.domain.networks import NetworkCatalogue
from cmt_desktop.domain.post import Post, PostStatus
from cmt_desktop.gui.calendar.roles import HOUR_ROLE, IN_MONTH_ROLE, IS_TODAY_ROLE, POSTS_ROLE

TODAY_COLOR = QColor("#E07A2F")
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

    def __init__(self, catalogue: NetworkCatalogue, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._catalogue = catalogue

    def chip_height(self, option: QStyleOptionViewItem) -> int:
        """One line of text plus a little air."""
        return option.fontMetrics.height() + 4

    def layout(self, option: QStyleOptionViewItem, index: QModelIndex) -> list[tuple[QRect, Post]]:
        """The chips of a cell with their posts, for painting and for hit-testing."""
        posts: list[Post] = index.data(POSTS_ROLE) or []
        week_mode = index.data(HOUR_ROLE) is not None
        top = header_height(option.rect, option.fontMetrics.height(), week_mode)
        rects = chip_rects(option.rect, len(posts), top=top, chip_height=self.chip_height(option))
        return list(zip(rects, posts, strict=False))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        base = palette.color(QPalette.ColorRole.Base)
        if not index.data(IN_MONTH_ROLE):
            base = palette.color(QPalette.ColorRole.AlternateBase)
        painter.fillRect(option.rect, base)
        if selected:
            highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
            highlight.setAlpha(60)
            painter.fillRect(option.rect, highlight)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if index.data(IS_TODAY_ROLE):
            painter.setPen(QPen(TODAY_COLOR, 2))
            painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
        self._paint_day_number(painter, option, index)
        self._paint_chips(painter, option, index)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(
                QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine)
            )
            painter.drawRect(option.rect.adjusted(2, 2, -3, -3))
        painter.restore()

    def _paint_day_number(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex
    ) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text:
            return
        font = QFont(option.font)
        is_today = bool(index.data(IS_TODAY_ROLE))
        font.setBold(is_today)
        painter.setFont(font)
        role = (
            QPalette.ColorRole.Text
            if index.data(IN_MONTH_ROLE)
            else QPalette.ColorRole.PlaceholderText
        )
        painter.setPen(TODAY_COLOR if is_today else option.palette.color(role))
        area = option.rect.adjusted(PADDING + 2, PADDING, -PADDING, 0)
        painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)

    def _paint_chips(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex
    ) -> None:
        posts: list[Post] = index.data(POSTS_ROLE) or []
        chips = self.layout(option, index)
        hidden = len(posts) - len(chips)
        metrics = option.fontMetrics
        for number, (rect, post) in enumerate(chips):
            if hidden and number == len(chips) - 1:
                self._paint_more(painter, option, rect, hidden + 1)
                break
            color = QColor(self._catalogue.get(post.network).color)
            painter.setPen(Qt.PenStyle.NoPen)
            fill = QColor(color)
            fill.setAlpha(40 if post.status in (PostStatus.PUBLISHED, PostStatus.SKIPPED) else 70)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 3, 3)
            painter.setBrush(color)
            painter.drawRect(QRect(rect.left(), rect.top(), 4, rect.height()))
            font = QFont(option.font)
            font.setStrikeOut(post.status is PostStatus.SKIPPED)
            font.setItalic(post.status in (PostStatus.IDEA, PostStatus.DRAFT))
            painter.setFont(font)
            painter.setPen(option.palette.color(QPalette.ColorRole.Text))
            mark = {PostStatus.PUBLISHED: "✓ ", PostStatus.READY: "● "}.get(post.status, "")
            clock = post.start.strftime("%H:%M ") if post.start else ""
            label = metrics.elidedText(
                f"{mark}{clock}{post.display_title}", Qt.TextElideMode.ElideRight, rect.width() - 10
            )
            painter.drawText(
                rect.adjusted(7, 0, -2, 0),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                label,
            )

    def _paint_more(
        self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect, count: int
    ) -> None:
        painter.setPen(option.palette.color(QPalette.ColorRole.Link))
        painter.setFont(option.font)
        text = self.tr("+%n more", "", count)
        painter.drawText(rect.adjusted(7, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, text)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(120, 3 * self.chip_height(option))
