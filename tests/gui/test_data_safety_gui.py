"""Data safety from the window: backups window, restore, copies, hand-over, CSV, bad files."""

import zipfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from cmt_desktop import safety, services, strategies
from cmt_desktop.cli import build_parser, main
from cmt_desktop.demo import demo_strategy
from cmt_desktop.domain.post import Post
from cmt_desktop.gui import venue_opening
from cmt_desktop.gui.app import Application
from cmt_desktop.gui.backups_dialog import BackupsDialog
from cmt_desktop.resources import network_catalogue
from cmt_desktop.safety import WayForward

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def file_venue(tmp_path, clock):
    venue = services.open_venue(tmp_path / "venue.cmt.sqlite", network_catalogue(), now=clock)
    venue.settings.set("venue_name", "Médiathèque du Parc")
    yield venue
    venue.close()


@pytest.fixture
def answers(monkeypatch):
    """Message boxes answered without showing them; what they said is kept."""
    said = []

    def record(kind, answer=QMessageBox.StandardButton.Ok):
        def show(_parent, title, text, *args, **kwargs):
            said.append((kind, title, text))
            return answer

        return show

    monkeypatch.setattr(QMessageBox, "information", record("information"))
    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Yes))
    return said


def _save_as(monkeypatch, path: Path, selected: str = "") -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), selected))


def _add(venue, title, clock):
    post = Post(network="instagram", title=title, start=datetime(2026, 3, 10, 10, tzinfo=PARIS))
    return services.create_post(venue, post=post, now=clock)


def test_backups_window_lists_backs_up_and_restores(qtbot, file_venue, clock, answers):
    _add(file_venue, "Avant", clock)
    safety.backup_now(file_venue, now=clock, reason=safety.Reason.DAILY)
    _add(file_venue, "Après", clock)
    dialog = BackupsDialog(None, venue=file_venue, clock=lambda: clock)
    qtbot.addWidget(dialog)
    table = dialog._ui.backups_table
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in (1, 3)] == ["1", "every day"]
    assert dialog._ui.folder_edit.text() == str(file_venue.backup_folder)
    dialog._ui.backup_now_button.click()
    assert table.rowCount() == 2 and table.item(0, 1).text() == "2"
    table.selectRow(1)  # the older one
    with qtbot.waitSignal(dialog.restored):
        dialog._ui.restore_button.click()
    assert [kind for kind, *_ in answers] == ["question"]
    titles = [p.title for p in services.posts_between(file_venue, first_day=None, last_day=None)]
    assert titles == ["Avant"]
    reasons = [b.reason for b in safety.list_backups(file_venue)]
    assert safety.Reason.RESTORE in reasons  # the state before the restore is kept


def test_backup_folder_can_be_changed(qtbot, file_venue, clock, tmp_path, monkeypatch):
    dialog = BackupsDialog(None, venue=file_venue, clock=lambda: clock)
    qtbot.addWidget(dialog)
    elsewhere = tmp_path / "clé USB"
    elsewhere.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(elsewhere))
    dialog._ui.change_folder_button.click()
    assert file_venue.backup_folder == elsewhere
    dialog._ui.backup_now_button.click()
    assert len(list(elsewhere.glob("venue-*.cmt.sqlite"))) == 1


def test_save_a_copy_and_a_hand_over_pack(qtbot, file_venue, clock, tmp_path, answers, monkeypatch):
    from cmt_desktop.gui.file_flow import handover_pack, save_copy

    strategies.save_strategy(file_venue, draft=demo_strategy(today=clock.date()), now=clock)
    _add(file_venue, "Visite", clock)
    _save_as(monkeypatch, tmp_path / "copie")
    save_copy(None, venue=file_venue, clock=lambda: clock, language="fr")
    copy = services.open_venue(tmp_path / "copie.cmt.sqlite", network_catalogue(), now=clock)
    assert [p.title for p in services.posts_between(copy, first_day=None, last_day=None)] == [
        "Visite"
    ]
    copy.close()
    _save_as(monkeypatch, tmp_path / "passation.zip")
    handover_pack(None, venue=file_venue, clock=lambda: clock, language="fr")
    with zipfile.ZipFile(tmp_path / "passation.zip") as pack:
        names = sorted(pack.namelist())
        assert pack.read("Strategie.pdf").startswith(b"%PDF")
    assert names == ["LISEZ-MOI.txt", "Médiathèque du Parc.cmt.sqlite", "Strategie.pdf"]
    assert [kind for kind, *_ in answers] == ["information", "information"]


def test_csv_export_uses_semicolons_when_chosen(
    qtbot, file_venue, clock, tmp_path, answers, monkeypatch
):
    from cmt_desktop.gui.file_flow import export_csv

    _add(file_venue, "=HYPERLINK(1)", clock)
    target = tmp_path / "posts.csv"
    _save_as(monkeypatch, target, "Spreadsheet, for Excel in French (*.csv)")
    export_csv(None, venue=file_venue, language="fr")
    text = target.read_bytes().decode("utf-8-sig")
    assert text.splitlines()[0].startswith("Date;Heure;Réseau")
    assert "'=HYPERLINK(1)" in text
    assert "Posts exported: 1." in answers[0][2]


def _application(data_dir):
    return Application(build_parser().parse_args(["--data-dir", str(data_dir)]))


def test_a_damaged_file_offers_the_latest_backup_and_keeps_the_damaged_one(
    qapp, data_dir, monkeypatch
):
    assert main(["--data-dir", str(data_dir), "demo", "--posts", "12"]) == 0
    assert main(["--data-dir", str(data_dir), "backup"]) == 0
    venue_file = data_dir / "venue.cmt.sqlite"
    venue_file.write_bytes(b"\x00" * 4096)
    offered = []

    def choose(_parent, error, ways, latest_backup=""):
        offered.append((error.reason.value, ways, latest_backup))
        return WayForward.RESTORE_LATEST

    monkeypatch.setattr(venue_opening, "ask_way_forward", choose)
    application = _application(data_dir)
    try:
        assert application.start()
        assert application.venue.posts.count() == 12
    finally:
        application.close()
    [(reason, ways, latest)] = offered
    assert reason == "damaged" and ways[0] is WayForward.RESTORE_LATEST and latest
    [kept] = data_dir.glob("venue.cmt.sqlite.unusable-*")
    assert kept.read_bytes() == b"\x00" * 4096


def test_a_newer_file_opens_read_only_and_says_so(qapp, data_dir, monkeypatch):
    assert main(["--data-dir", str(data_dir), "demo", "--posts", "3"]) == 0
    import sqlite3

    conn = sqlite3.connect(data_dir / "venue.cmt.sqlite")
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('cmt_desktop', '9999_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    before = (data_dir / "venue.cmt.sqlite").read_bytes()
    monkeypatch.setattr(venue_opening, "ask_way_forward", lambda *a, **k: WayForward.OPEN_READ_ONLY)
    application = _application(data_dir)
    try:
        assert application.start()
        assert application.venue.read_only
        assert "(read-only)" in application.window.windowTitle()
        assert application.window.notice_bar.isVisible()
        assert application.venue.posts.count() == 3
    finally:
        application.close()
    assert (data_dir / "venue.cmt.sqlite").read_bytes() == before


def test_quit_from_the_way_forward_box_opens_nothing(qapp, data_dir, monkeypatch):
    (data_dir / "venue.cmt.sqlite").write_bytes(b"not a database at all" * 200)
    monkeypatch.setattr(venue_opening, "ask_way_forward", lambda *a, **k: WayForward.QUIT)
    application = _application(data_dir)
    try:
        assert not application.start()
        assert application.venue is None
    finally:
        application.close()


def test_the_way_forward_box_names_the_problem_and_its_buttons(qtbot, tmp_path):
    from cmt_desktop.gui.open_errors import ask_way_forward
    from cmt_desktop.storage.db import DatabaseOpenError, OpenFailure

    seen = {}

    def read_and_choose():
        box = QApplication.activeModalWidget()
        seen["text"] = box.text()
        seen["buttons"] = [b.text() for b in box.buttons()]
        box.findChild(type(box.buttons()[0]), "way_open_read_only").click()

    QTimer.singleShot(0, read_and_choose)
    error = DatabaseOpenError(OpenFailure.NEWER_VERSION, tmp_path / "venue.cmt.sqlite")
    ways = safety.ways_forward(error.reason, has_good_backup=False)
    assert ask_way_forward(None, error, ways) is WayForward.OPEN_READ_ONLY
    assert "newer version" in seen["text"]
    assert set(seen["buttons"]) == {"Open &read-only", "&Choose another file…", "&Quit"}
