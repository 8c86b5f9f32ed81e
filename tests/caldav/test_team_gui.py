"""The team calendar from the window: set up, test, sync in the background, settle conflicts."""

import dataclasses
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings

from cmt_desktop import services
from cmt_desktop.domain.post import Post, PostStatus
from cmt_desktop.team_calendar import state
from cmt_desktop.team_calendar.passwords import KeyringPasswords

NOW = datetime(2026, 3, 4, 8, 30, tzinfo=ZoneInfo("UTC"))  # the caldav tests' fixed time

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))


def _post(venue, title="Conte du samedi"):
    post = Post(
        network="instagram",
        title=title,
        status=PostStatus.READY,
        start=datetime(2026, 3, 7, 10, 30, tzinfo=PARIS),
    )
    return services.create_post(venue, post=post, now=NOW)


def test_setting_up_tests_the_connection_lists_calendars_and_keeps_the_password_aside(
    qtbot, venue, team
):
    from cmt_desktop.gui.team_calendar_dialog import TeamCalendarDialog

    server, user, url = team.server_url, team.username, team.calendar_url
    password = KeyringPasswords().get(server, user)
    assert password
    state.disconnect(venue)  # a venue without a team calendar yet; the calendar stays
    dialog = TeamCalendarDialog(None, venue=venue)
    qtbot.addWidget(dialog)
    ui = dialog._ui
    ui.server_edit.setText(server)
    ui.user_edit.setText(user)
    ui.password_edit.setText("wrong")
    dialog.test_connection()
    qtbot.waitUntil(lambda: ui.test_button.isEnabled(), timeout=20_000)
    assert "refused the user name or the password" in ui.result_label.text()
    assert ui.calendar_combo.count() == 0
    ui.password_edit.setText(password)
    dialog.test_connection()
    qtbot.waitUntil(lambda: ui.test_button.isEnabled(), timeout=20_000)
    assert ui.result_label.text().startswith("Connected")
    ui.calendar_combo.setCurrentIndex(ui.calendar_combo.findData(url))
    ui.moderation_check.setChecked(True)
    dialog._save()
    saved = state.load_settings(venue)
    assert (saved.calendar_url, saved.publish_moderation) == (url, True)
    assert KeyringPasswords().get(server, user) == password
    stored = venue.db.execute("SELECT group_concat(value) FROM settings").fetchone()[0]
    assert password not in stored  # never in the venue file


def test_a_background_sync_publishes_and_says_so(qtbot, venue, team):
    from cmt_desktop.gui.team_sync import TeamSync

    _post(venue)
    sync = TeamSync(None, venue=venue, clock=lambda: NOW, language="en")
    said = []
    sync.status_changed.connect(said.append)
    assert sync.configured()
    try:
        sync.sync_now()
        qtbot.waitUntil(lambda: len(said) == 2, timeout=20_000)
    finally:
        sync.stop()
    assert said[0] == "Team calendar: syncing…"
    assert said[1].startswith("Team calendar: up to date at") and "1 sent" in said[1]


def test_nothing_connects_until_it_is_set_up(qtbot, venue):
    from cmt_desktop.gui.team_sync import TeamSync

    sync = TeamSync(None, venue=venue, clock=lambda: NOW, language="en")
    assert not sync.configured()
    sync.start()
    sync.changed()
    assert sync._task is None and not sync._every.isActive() and not sync._soon.isActive()


def test_an_unreachable_server_is_said_discreetly_and_retried(qtbot, venue, own_radicale, team_on):
    from cmt_desktop.gui.team_sync import TeamSync

    team_on(own_radicale)
    own_radicale.stop()
    _post(venue)
    sync = TeamSync(None, venue=venue, clock=lambda: NOW, language="en")
    said = []
    sync.status_changed.connect(said.append)
    try:
        sync.sync_now()
        qtbot.waitUntil(lambda: len(said) == 2, timeout=30_000)
    finally:
        sync.stop()
    assert "cannot be reached" in said[1] and "will try again" in said[1]


def test_conflicts_are_shown_side_by_side_and_settled(qtbot, venue, team, colleague):
    from cmt_desktop.gui.conflicts_dialog import ConflictsDialog
    from cmt_desktop.team_calendar.sync import sync

    post = _post(venue)
    assert sync(venue, now=NOW).ok
    event = colleague.event(post.uid)
    event.icalendar_component["SUMMARY"] = "Instagram · Conte du dimanche"
    event.save()
    services.save_post(
        venue,
        post=services.get_post(venue, post_id=post.id).replace(title="Conte du samedi matin"),
        now=NOW,
    )
    report = sync(venue, now=NOW)
    assert len(report.conflicts) == 1
    dialog = ConflictsDialog(None, venue=venue, clock=lambda: NOW, language="en")
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    assert "Conte du samedi matin" in dialog.mine.toPlainText()
    assert "Conte du dimanche" in dialog.theirs.toPlainText()
    with qtbot.waitSignal(dialog.resolved):
        dialog.keep_theirs.click()
    assert dialog.list.count() == 0
    assert services.get_post(venue, post_id=post.id).title == "Conte du dimanche"


def test_the_venue_agenda_calendar_feeds_the_programme(
    qtbot, venue, radicale, team_on, colleague_on
):
    from cmt_desktop import programme
    from cmt_desktop.gui.team_sync import TeamSync
    from cmt_desktop.team_calendar import connection

    settings = team_on(radicale)
    password = KeyringPasswords().get(settings.server_url, settings.username)
    agenda = connection.create_calendar(settings, password, "Agenda de la médiathèque").url
    state.save_settings(venue, dataclasses.replace(settings, programme_calendar_url=agenda))
    colleague_on(radicale, agenda).add(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        "UID:atelier-bd@mediatheque.test\r\nDTSTAMP:20260301T090000Z\r\n"
        "DTSTART:20260321T140000Z\r\nDTEND:20260321T160000Z\r\n"
        "SUMMARY:Atelier bande dessinée\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    sync = TeamSync(None, venue=venue, clock=lambda: NOW, language="fr")
    received = []
    sync.posts_received.connect(lambda: received.append(True))
    try:
        sync.sync_now()
        qtbot.waitUntil(lambda: sync.last_status != "", timeout=30_000)
    finally:
        sync.stop()
    events = programme.events_between(venue, first=NOW.date(), last=NOW.date().replace(day=31))
    assert [e.title for e in events] == ["Atelier bande dessinée"]
    assert received == [True]
