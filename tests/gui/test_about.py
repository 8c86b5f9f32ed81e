"""The About window: version, licence, data folder, and the credits of every library."""

from PySide6.QtWidgets import QLabel, QLineEdit, QTableWidget

from cmt_desktop import __version__
from cmt_desktop.credits import runtime_credits
from cmt_desktop.gui.about_dialog import AboutDialog


def test_about_names_version_licence_data_and_credits(qtbot, venue):
    dialog = AboutDialog(None, venue=venue)
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert __version__ in texts
    assert "GNU General Public License, version 3 or later" in texts
    assert "Lesser General Public License" in texts  # Qt and PySide6
    assert [f.text() for f in dialog.findChildren(QLineEdit)] == ["in memory", "in memory"]
    table = dialog.findChild(QTableWidget, "credits_table")
    names = {table.item(row, 0).text() for row in range(table.rowCount())}
    assert {"Qt", "PySide6", "Python", "SQLite", "icalendar", "sqlite-utils"} <= names
    assert all(table.item(row, 2).text() for row in range(table.rowCount()))


def test_credits_follow_the_requirements_and_skip_extras():
    names = {credit.name.lower().replace("_", "-") for credit in runtime_credits()}
    assert {"icalendar", "sqlite-utils", "recurring-ical-events", "platformdirs"} <= names
    assert "pytest" not in names and "hypothesis" not in names  # test extras only
