"""Reminders in the running app, with a clock the test moves (no patched datetime)."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from cmt_desktop import services
from cmt_desktop.domain.post import Post, PostStatus
from cmt_desktop.gui.companion import Companion
from cmt_desktop.gui.main_window import MainWindow
from cmt_desktop.reminders import ReminderKind

PARIS = ZoneInfo("Europe/Paris")


class FakeClock:
    """A clock the test sets; the app only ever calls it."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def fake_clock():
    return FakeClock(datetime(2026, 3, 4, 9, 30, tzinfo=PARIS))


@pytest.fixture
def story_post(venue, fake_clock):
    post = Post(
        network="instagram",
        title="Heure du conte",
        status=PostStatus.READY,
        start=datetime(2026, 3, 4, 11, 0, tzinfo=PARIS),
    )
    return services.create_post(venue, post=post, now=fake_clock())


@pytest.fixture
def app_parts(qtbot, qapp, venue, fake_clock):
    window = MainWindow(venue=venue, clock=fake_clock, language="en")
    qtbot.addWidget(window)
    companion = Companion(qapp, venue=venue, clock=fake_clock, tray_available=False)
    companion.attach(window)
    window.show()
    yield window, companion
    companion.stop()


def test_sleeps_until_the_next_reminder(story_post, app_parts, fake_clock):
    _, companion = app_parts
    companion.start()  # 09:30: nothing due; the reminder is at 10:00 (one hour before)
    assert 0 < companion.reminders.next_wakeup() <= 10 * 60 * 1000  # never longer than 10 min
    fake_clock.now = datetime(2026, 3, 4, 9, 55, tzinfo=PARIS)
    companion.reminders.reschedule()
    assert abs(companion.reminders.next_wakeup() - 5 * 60 * 1000) < 2000


def test_notification_fires_and_leads_to_the_post(qtbot, story_post, app_parts, fake_clock):
    window, companion = app_parts
    companion.start()
    fake_clock.now = datetime(2026, 3, 4, 10, 0, 30, tzinfo=PARIS)
    with qtbot.waitSignal(companion.reminders.reminder_due) as fired:
        companion.reminders.check_now()
    reminder = fired.args[0]
    assert reminder.kind is ReminderKind.BEFORE_POST
    assert reminder.post_ids == (story_post.id,)
    assert window.notice_bar.isVisible()  # no tray here: the window shows it
    assert "11:00" in window.notice_bar.label.text()

    opened = []

    def close_editor():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        opened.append(dialog.findChild(type(dialog.findChildren(object)[0]), "title_edit"))
        dialog.reject()

    QTimer.singleShot(0, close_editor)
    qtbot.mouseClick(window.notice_bar.open_button, Qt.MouseButton.LeftButton)
    assert opened, "clicking the notice opened the post in the editor"
    assert window._today_panel.selected_post().id == story_post.id

    fake_clock.now += timedelta(minutes=1)
    with qtbot.assertNotEmitted(companion.reminders.reminder_due):
        companion.reminders.check_now()  # shown once only


def test_a_sleep_gives_one_summary(qtbot, app_parts, story_post, venue, fake_clock):
    _, companion = app_parts
    other = services.create_post(
        venue,
        now=fake_clock(),
        post=Post(
            network="facebook",
            title="Atelier",
            status=PostStatus.DRAFT,
            start=datetime(2026, 3, 4, 12, 0, tzinfo=PARIS),
        ),
    )
    companion.start()  # 09:30
    fake_clock.now = datetime(2026, 3, 4, 15, 0, tzinfo=PARIS)  # the laptop slept until 15:00
    received = []
    companion.reminders.reminder_due.connect(received.append)
    companion.reminders.check_now()
    assert len(received) == 1
    summary = received[0]
    assert summary.kind is ReminderKind.MISSED_SUMMARY
    assert set(summary.post_ids) >= {story_post.id, other.id}
    assert len(summary.items) >= 4  # two "before" and two "overdue"


def test_pause_defers_reminders(qtbot, app_parts, story_post, fake_clock):
    _, companion = app_parts
    companion.start()
    companion.reminders.pause(minutes=60)  # 09:30 to 10:30
    fake_clock.now = datetime(2026, 3, 4, 10, 5, tzinfo=PARIS)
    received = []
    companion.reminders.reminder_due.connect(received.append)
    companion.reminders.check_now()
    assert received == []
    fake_clock.now = datetime(2026, 3, 4, 10, 31, tzinfo=PARIS)
    companion.reminders.check_now()
    assert [r.kind for r in received] == [ReminderKind.MISSED_SUMMARY]


def test_settings_dialog_saves_reminders_and_start_at_login(
    qtbot, qapp, venue, fake_clock, tmp_path
):
    from cmt_desktop import preferences
    from cmt_desktop.autostart import LinuxAutostart
    from cmt_desktop.gui.settings_dialog import SettingsDialog

    config = tmp_path / "config"
    window = MainWindow(venue=venue, clock=fake_clock, language="en")
    qtbot.addWidget(window)
    companion = Companion(
        qapp,
        venue=venue,
        clock=fake_clock,
        tray_available=False,
        autostart=lambda: LinuxAutostart(config),
    )
    companion.attach(window)

    def answer(lead, login):
        def act():
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, SettingsDialog)
            dialog.lead_spin.setValue(lead)
            dialog.login_check.setChecked(login)
            if login:
                dialog.leads.add_row(["newsletter", 24 * 60])
            dialog.accept()

        QTimer.singleShot(0, act)

    answer(30, True)
    window.actions_.preferences.trigger()
    assert preferences.reminder_settings(venue).lead_minutes == 30
    assert preferences.reminder_settings(venue).lead_by_network == {"newsletter": 1440}
    assert (config / "autostart" / "cmt-desktop.desktop").exists()
    answer(45, False)
    window.actions_.preferences.trigger()
    assert not config.exists()  # switched off: no trace left
    companion.stop()
