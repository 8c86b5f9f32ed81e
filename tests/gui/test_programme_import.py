"""The import dialog: a good agenda is imported and reported, a bad one changes nothing."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from cmt_desktop import programme, strategies
from cmt_desktop.demo import demo_strategy
from cmt_desktop.gui.calendar.roles import CELL_ROLE

FIXTURES = Path(__file__).parents[1] / "unit" / "fixtures" / "import"
JUNE = (date(2026, 6, 1), date(2026, 6, 30))


@pytest.fixture
def messages(monkeypatch):
    """The message boxes' titles and texts, instead of showing them."""
    shown = []

    def record(kind):
        def show(_parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return show

    monkeypatch.setattr(QMessageBox, "information", record("information"))
    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    return shown


def _choose(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def test_importing_an_agenda_reports_counts_and_shows_the_events(
    monkeypatch, messages, make_window, venue, clock
):
    strategies.save_strategy(venue, draft=demo_strategy(today=clock.date()), now=clock)
    window = make_window()
    _choose(monkeypatch, FIXTURES / "google.ics")
    window.actions_.import_programme.trigger()
    [(kind, title, text)] = messages
    assert (kind, title) == ("information", "Programme imported")
    assert "Events added: 3. Changed: 0. Removed: 0. Unchanged: 0." in text
    events = programme.events_between(venue, first=JUNE[0], last=JUNE[1])
    assert len(events) == 3
    window.show_date(date(2026, 6, 10))
    cell = window._calendar_model.index_of(date(2026, 6, 10)).data(CELL_ROLE)
    assert [e.title for e in cell.events] == [events[0].title]

    messages.clear()
    window.actions_.import_programme.trigger()  # the same file again: nothing new
    assert "Events added: 0. Changed: 0. Removed: 0. Unchanged: 3." in messages[0][2]
    assert len(programme.events_between(venue, first=JUNE[0], last=JUNE[1])) == 3


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"<html><body>Agenda</body></html>", "not an iCalendar"),
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n", "cut short"),
    ],
)
def test_a_bad_file_is_named_and_nothing_changes(
    monkeypatch, messages, make_window, venue, tmp_path, content, reason
):
    window = make_window()
    _choose(monkeypatch, FIXTURES / "google.ics")
    window.actions_.import_programme.trigger()
    before = programme.events_between(venue, first=JUNE[0], last=JUNE[1])
    broken = tmp_path / "agenda.ics"
    broken.write_bytes(content)
    _choose(monkeypatch, broken)
    messages.clear()
    window.actions_.import_programme.trigger()
    [(kind, title, text)] = messages
    assert (kind, title) == ("warning", "Nothing imported")
    assert "agenda.ics could not be imported" in text and reason in text
    assert "Nothing was changed" in text
    assert programme.events_between(venue, first=JUNE[0], last=JUNE[1]) == before


def test_an_unreadable_file_says_so(monkeypatch, messages, make_window, tmp_path):
    window = make_window()
    _choose(monkeypatch, tmp_path / "gone.ics")
    window.actions_.import_programme.trigger()
    [(kind, _title, text)] = messages
    assert kind == "warning" and "gone.ics could not be imported" in text


def test_cancelling_the_file_choice_does_nothing(monkeypatch, messages, make_window, venue):
    window = make_window()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    window.actions_.import_programme.trigger()
    assert messages == []
    assert programme.events_between(venue, first=JUNE[0], last=JUNE[1]) == []
