"""The calendar grid model, checked with Qt's model tester and by its content."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from cmt_desktop.domain.post import Post
from cmt_desktop.gui.calendar.calendar_model import CalendarModel, GridMode
from cmt_desktop.gui.calendar.roles import (
    CELL_ROLE,
    DATE_ROLE,
    HOUR_ROLE,
    IN_MONTH_ROLE,
    IS_TODAY_ROLE,
    POSTS_ROLE,
)
from cmt_desktop.resources import network_catalogue

PARIS = ZoneInfo("Europe/Paris")
POSTS = [
    Post(
        network="instagram",
        title="Avant le changement d'heure",
        id=1,
        start=datetime(2026, 3, 28, 10, 0, tzinfo=PARIS),
    ),
    Post(network="bluesky", title="Après", id=2, start=datetime(2026, 3, 30, 19, 15, tzinfo=PARIS)),
    Post(
        network="facebook", title="Même jour", id=3, start=datetime(2026, 3, 30, 9, 0, tzinfo=PARIS)
    ),
]


def _loader(calls):
    def load(first, last):
        calls.append((first, last))
        return [p for p in POSTS if first <= p.start.date() <= last]

    return load


@pytest.fixture
def model(qapp):
    calls = []
    made = CalendarModel(_loader(calls), catalogue=network_catalogue(), today=date(2026, 3, 4))
    made.calls = calls
    return made


def test_model_tester_month_and_week(qtmodeltester, model):
    model.show(mode=GridMode.MONTH, anchor=date(2026, 3, 15))
    qtmodeltester.check(model)
    model.show(mode=GridMode.WEEK, anchor=date(2026, 3, 30))
    qtmodeltester.check(model)


def test_month_grid_places_posts_on_their_day(model):
    model.show(mode=GridMode.MONTH, anchor=date(2026, 3, 15))
    assert (model.rowCount(), model.columnCount()) == (6, 7)
    assert model.first_day() == date(2026, 2, 23)
    assert model.calls[-1] == (date(2026, 2, 23), date(2026, 4, 5))
    saturday = model.index_of(date(2026, 3, 28))
    assert [p.id for p in saturday.data(POSTS_ROLE)] == [1]
    assert saturday.data(DATE_ROLE) == date(2026, 3, 28)
    assert [p.id for p in model.index_of(date(2026, 3, 30)).data(POSTS_ROLE)] == [2, 3]
    assert model.post_count() == 3
    assert model.index_of(date(2026, 3, 4)).data(IS_TODAY_ROLE) is True
    assert model.index_of(date(2026, 2, 23)).data(IN_MONTH_ROLE) is False


def test_week_grid_uses_local_hours_after_dst(model):
    model.show(mode=GridMode.WEEK, anchor=date(2026, 4, 1))
    assert (model.rowCount(), model.columnCount()) == (24, 7)
    evening = model.index(19, 0)
    assert [p.id for p in evening.data(POSTS_ROLE)] == [2]
    assert evening.data(HOUR_ROLE) == 19
    assert [p.id for p in model.index(9, 0).data(POSTS_ROLE)] == [3]
    header = model.headerData(0, Qt.Orientation.Horizontal)
    assert header.endswith(" 30")


def test_accessible_text_reads_the_posts(model):
    model.show(mode=GridMode.MONTH, anchor=date(2026, 3, 15))
    text = model.index_of(date(2026, 3, 30)).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Bluesky" in text and "19:15" in text and "Facebook" in text
    empty = model.index_of(date(2026, 3, 31)).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "no post" in empty


def test_venue_events_fill_every_cell_they_cover(qapp):
    from cmt_desktop.domain.venue_event import EventKind, VenueEvent

    expo = VenueEvent(
        title="Loire & mémoire",
        kind=EventKind.EXHIBITION,
        start=date(2026, 3, 27),
        end=date(2026, 4, 1),
    )  # 27 to 31 March
    talk = VenueEvent(
        title="Rencontre",
        start=datetime(2026, 3, 31, 18, 30, tzinfo=PARIS),
        end=datetime(2026, 3, 31, 20, 0, tzinfo=PARIS),
    )
    model = CalendarModel(
        lambda first, last: [],
        catalogue=network_catalogue(),
        today=date(2026, 3, 4),
        load_events=lambda first, last: [expo, talk],
    )
    model.show(mode=GridMode.MONTH, anchor=date(2026, 3, 15))
    cell = lambda day: model.index_of(day).data(CELL_ROLE)  # noqa: E731
    assert [e.title for e in cell(date(2026, 3, 27)).events] == ["Loire & mémoire"]
    assert [e.title for e in cell(date(2026, 3, 31)).events] == ["Loire & mémoire", "Rencontre"]
    assert cell(date(2026, 4, 1)).events == []  # the all-day end is exclusive
    model.show(mode=GridMode.WEEK, anchor=date(2026, 3, 30))
    assert [e.title for e in model.index(18, 1).data(CELL_ROLE).events] == ["Rencontre"]
    assert [e.title for e in model.index(9, 0).data(CELL_ROLE).events] == ["Loire & mémoire"]
