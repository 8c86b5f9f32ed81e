"""The month and week grids as one table model of time buckets filled with posts."""

from __future__ import annotations

import dataclasses
import enum
from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
)

from cmt_desktop.domain.cultural_calendar import Occurrence
from cmt_desktop.domain.networks import NetworkCatalogue
from cmt_desktop.domain.post import Post
from cmt_desktop.domain.schedule import monday_of, month_grid_start
from cmt_desktop.domain.venue_event import VenueEvent
from cmt_desktop.gui.calendar.roles import (
    CELL_ROLE,
    DATE_ROLE,
    HOUR_ROLE,
    IN_MONTH_ROLE,
    IS_TODAY_ROLE,
    POSTS_ROLE,
)

#: loads the dated posts from the first day to the last day, both included
PostLoader = Callable[[date, date], list[Post]]
#: loads the venue events overlapping the first day to the last day
EventLoader = Callable[[date, date], list[VenueEvent]]
#: loads the cultural dates overlapping the first day to the last day
SuggestionLoader = Callable[[date, date], list[Occurrence]]
ALL_DAY_ROW = 9  # where the week view shows all-day events: the top of a working morning


@dataclasses.dataclass(frozen=True, slots=True)
class Cell:
    """Everything a delegate needs to paint one cell, fetched in one call."""

    day: date
    hour: int | None  # the week view's hour row; None in the month view
    label: str  # the day number in the month view
    posts: list[Post]
    is_today: bool
    in_month: bool  # False for the greyed days of the previous or next month
    events: list[VenueEvent] = dataclasses.field(default_factory=list)  # the venue's programme
    suggestions: list[Occurrence] = dataclasses.field(default_factory=list)  # cultural dates


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
        load_events: EventLoader | None = None,
        load_suggestions: SuggestionLoader | None = None,
        language: str = "fr",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language  # of the cultural dates' names
        self._load_posts = load_posts
        self._load_events = load_events
        self._load_suggestions = load_suggestions
        self._catalogue = catalogue
        self._mode = GridMode.MONTH
        self._today = today
        self._anchor = today
        self._first_day = month_grid_start(today.year, today.month)
        self._cells: list[Cell] = []
        self._column_titles: list[str] = []
        self._row_titles: list[str] = []
        self._locale = QLocale()
        self._make_titles()

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
        return sum(len(cell.posts) for cell in self._cells)

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
        first, week_mode = self._first_day, self._mode is GridMode.WEEK
        rows = WEEK_HOURS if week_mode else MONTH_ROWS
        buckets: dict[int, list[Post]] = defaultdict(list)
        for post in self._load_posts(first, self.last_day()):
            assert post.start is not None
            offset = (post.start.date() - first).days
            buckets[post.start.hour * 7 + offset if week_mode else offset].append(post)
        event_buckets = self._event_buckets(first, week_mode)
        suggestion_buckets = self._suggestion_buckets(first, week_mode)
        cells = []
        for row in range(rows):
            for column in range(7):
                day = first + timedelta(days=column if week_mode else row * 7 + column)
                cells.append(
                    Cell(
                        day=day,
                        hour=row if week_mode else None,
                        label="" if week_mode else str(day.day),
                        posts=buckets.get(row * 7 + column, []),
                        is_today=day == self._today,
                        in_month=week_mode or day.month == self._anchor.month,
                        events=event_buckets.get(row * 7 + column, []),
                        suggestions=suggestion_buckets.get(row * 7 + column, []),
                    )
                )
        self._cells = cells
        self._make_titles()

    # --- Qt model API -----------------------------------------------------------------

    def _event_buckets(self, first: date, week_mode: bool) -> dict[int, list[VenueEvent]]:
        """Each event in every cell it covers: every day of it, at its hour in the week view."""
        buckets: dict[int, list[VenueEvent]] = defaultdict(list)
        if self._load_events is None:
            return buckets
        days = 7 if week_mode else MONTH_ROWS * 7
        for event in self._load_events(first, self.last_day()):
            if isinstance(event.start, datetime):
                start_day, last_day = event.start.date(), event.end.date()
                hour = event.start.hour
            else:
                start_day, last_day = event.start, event.end - timedelta(days=1)
                hour = ALL_DAY_ROW
            for offset in range(
                max(0, (start_day - first).days), min(days, (last_day - first).days + 1)
            ):
                buckets[hour * 7 + offset if week_mode else offset].append(event)
        return buckets

    def _suggestion_buckets(self, first: date, week_mode: bool) -> dict[int, list[Occurrence]]:
        """Each cultural date once, on its first day shown: a suggestion, not a block of days."""
        buckets: dict[int, list[Occurrence]] = defaultdict(list)
        if self._load_suggestions is None:
            return buckets
        for found in self._load_suggestions(first, self.last_day()):
            offset = max(0, (found.start - first).days)
            buckets[ALL_DAY_ROW * 7 + offset if week_mode else offset].append(found)
        return buckets

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._cells) // 7

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 7

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        cell = self._cells[index.row() * 7 + index.column()]
        if role == CELL_ROLE:
            return cell
        if role == POSTS_ROLE:
            return cell.posts
        if role == DATE_ROLE:
            return cell.day
        if role == HOUR_ROLE:
            return cell.hour
        if role == IS_TODAY_ROLE:
            return cell.is_today
        if role == IN_MONTH_ROLE:
            return cell.in_month
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.label
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._describe_cell(cell)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [self.suggestion_line(o) for o in cell.suggestions]
            return "\n".join(lines + [self._post_line(p) for p in cell.posts]) or None
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._column_titles[section]
        return self._row_titles[section]

    def _make_titles(self) -> None:
        """Header texts, made once per period: Qt asks for them hundreds of times a paint."""
        names = [self._locale.dayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8)]
        first = self._first_day
        if self._mode is GridMode.WEEK:
            days = [first + timedelta(days=column) for column in range(7)]
            self._column_titles = [
                f"{name} {day.day}" for name, day in zip(names, days, strict=True)
            ]
            self._row_titles = [f"{hour:02d}:00" for hour in range(WEEK_HOURS)]
        else:
            week_label = QCoreApplication.translate("CalendarModel", "W%1")
            self._column_titles = names
            self._row_titles = [
                week_label.replace("%1", str((first + timedelta(weeks=row)).isocalendar().week))
                for row in range(MONTH_ROWS)
            ]

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        )

    def _describe_cell(self, cell: Cell) -> str:
        posts = cell.posts
        when = self._locale.toString(cell.day, QLocale.FormatType.LongFormat)
        if cell.hour is not None:
            when = f"{when} {cell.hour:02d}:00"
        dates = "".join(f"; {self.suggestion_line(o)}" for o in cell.suggestions)
        if not posts:
            text = QCoreApplication.translate("CalendarModel", "%1, no post").replace("%1", when)
            return text + dates
        count = len(posts)  # a plain name: lupdate misses calls in the count argument
        text = self.tr("%1, %n post(s)", "", count).replace("%1", when) + dates
        return text + ": " + "; ".join(self._post_line(p) for p in posts)

    def suggestion_line(self, found: Occurrence) -> str:
        """A cultural date in words, for tooltips and screen readers."""
        days = self._locale.toString(found.start, "d MMMM")
        if found.end != found.start:
            days = self.tr("%1 to %2").replace("%1", days)
            days = days.replace("%2", self._locale.toString(found.end, "d MMMM"))
        text = self.tr("Cultural date: %1, %2").replace("%1", found.name(self._language))
        text = text.replace("%2", days)
        if not found.confirmed:
            text += " " + self.tr("(dates to confirm)")
        return text

    def _post_line(self, post: Post) -> str:
        clock = post.start.strftime("%H:%M") if post.start else ""
        return f"{clock} {self._catalogue.get(post.network).name} — {post.display_title}".strip()
