"""The month and week grids as one table model of time buckets filled with posts."""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
)

from cmt_desktop.domain.networks import NetworkCatalogue
from cmt_desktop.domain.post import Post
from cmt_desktop.domain.schedule import monday_of, month_grid_start
from cmt_desktop.gui.calendar.roles import (
    DATE_ROLE,
    HOUR_ROLE,
    IN_MONTH_ROLE,
    IS_TODAY_ROLE,
    POSTS_ROLE,
)

#: loads the dated posts from the first day to the last day, both included
PostLoader = Callable[[date, date], list[Post]]


class GridMode(enum.Enum):
    """Month: six weeks of days. Week: seven days of hours."""

    MONTH = "month"
    WEEK = "week"


MONTH_ROWS = 6
WEEK_HOURS = 24


class CalendarModel(QAbstractTableModel):
    """Rows are weeks (month) or hours (week); columns are Monday to Sunday."""

    def __init__(
        self,
        load_posts: PostLoader,
        *,
        catalogue: NetworkCatalogue,
        today: date,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._load_posts = load_posts
        self._catalogue = catalogue
        self._mode = GridMode.MONTH
        self._today = today
        self._anchor = today
        self._first_day = month_grid_start(today.year, today.month)
        self._buckets: dict[tuple[int, int], list[Post]] = {}
        self._locale = QLocale()

    # --- what is shown ----------------------------------------------------------------

    @property
    def mode(self) -> GridMode:
        """Month or week."""
        return self._mode

    @property
    def anchor(self) -> date:
        """The day the view is built around (any day of the shown month or week)."""
        return self._anchor

    def first_day(self) -> date:
        """The first day shown."""
        return self._first_day

    def last_day(self) -> date:
        """The last day shown."""
        days = MONTH_ROWS * 7 if self._mode is GridMode.MONTH else 7
        return self._first_day + timedelta(days=days - 1)

    def show(self, *, mode: GridMode, anchor: date, today: date | None = None) -> None:
        """Switch to ``mode`` around ``anchor`` and reload the posts."""
        self.beginResetModel()
        self._mode = mode
        self._anchor = anchor
        if today is not None:
            self._today = today
        if mode is GridMode.MONTH:
            self._first_day = month_grid_start(anchor.year, anchor.month)
        else:
            self._first_day = monday_of(anchor)
        self._fill()
        self.endResetModel()

    def reload(self) -> None:
        """Read the posts again (after a change), keeping the period."""
        self.show(mode=self._mode, anchor=self._anchor)

    def post_count(self) -> int:
        """How many posts the grid shows."""
        return sum(len(posts) for posts in self._buckets.values())

    def index_of(self, day: date, hour: int | None = None) -> QModelIndex:
        """The cell holding ``day`` (and ``hour`` in the week view), or an invalid index."""
        offset = (day - self._first_day).days
        if self._mode is GridMode.MONTH:
            if 0 <= offset < MONTH_ROWS * 7:
                return self.index(offset // 7, offset % 7)
        elif 0 <= offset < 7:
            return self.index(hour if hour is not None else 9, offset)
        return QModelIndex()

    def _fill(self) -> None:
        buckets: dict[tuple[int, int], list[Post]] = defaultdict(list)
        first = self._first_day
        for post in self._load_posts(first, self.last_day()):
            assert post.start is not None
            offset = (post.start.date() - first).days
            if self._mode is GridMode.MONTH:
                buckets[(offset // 7, offset % 7)].append(post)
            else:
                buckets[(post.start.hour, offset)].append(post)
        self._buckets = dict(buckets)

    def _cell_date(self, row: int, column: int) -> date:
        if self._mode is GridMode.MONTH:
            return self._first_day + timedelta(days=row * 7 + column)
        return self._first_day + timedelta(days=column)

    # --- Qt model API -----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid():
            return 0
        return MONTH_ROWS if self._mode is GridMode.MONTH else WEEK_HOURS

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 7

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        day = self._cell_date(row, column)
        if role == POSTS_ROLE:
            return self._buckets.get((row, column), [])
        if role == DATE_ROLE:
            return day
        if role == HOUR_ROLE:
            return row if self._mode is GridMode.WEEK else None
        if role == IS_TODAY_ROLE:
            return day == self._today
        if role == IN_MONTH_ROLE:
            return self._mode is GridMode.WEEK or day.month == self._anchor.month
        if role == Qt.ItemDataRole.DisplayRole:
            return str(day.day) if self._mode is GridMode.MONTH else ""
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._describe_cell(row, column, day)
        if role == Qt.ItemDataRole.ToolTipRole:
            posts = self._buckets.get((row, column), [])
            return "\n".join(self._post_line(p) for p in posts) or None
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            name = self._locale.dayName(section + 1, QLocale.FormatType.ShortFormat)
            if self._mode is GridMode.WEEK:
                day = self._first_day + timedelta(days=section)
                return f"{name} {day.day}"
            return name
        if self._mode is GridMode.WEEK:
            return f"{section:02d}:00"
        week = (self._first_day + timedelta(weeks=section)).isocalendar().week
        return QCoreApplication.translate("CalendarModel", "W%1").replace("%1", str(week))

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        )

    def _describe_cell(self, row: int, column: int, day: date) -> str:
        posts = self._buckets.get((row, column), [])
        when = self._locale.toString(day, QLocale.FormatType.LongFormat)
        if self._mode is GridMode.WEEK:
            when = f"{when} {row:02d}:00"
        if not posts:
            return QCoreApplication.translate("CalendarModel", "%1, no post").replace("%1", when)
        text = QCoreApplication.translate("CalendarModel", "%1, %n post(s)", "", len(posts))
        return text.replace("%1", when) + ": " + "; ".join(self._post_line(p) for p in posts)

    def _post_line(self, post: Post) -> str:
        clock = post.start.strftime("%H:%M") if post.start else ""
        return f"{clock} {self._catalogue.get(post.network).name} — {post.display_title}".strip()
