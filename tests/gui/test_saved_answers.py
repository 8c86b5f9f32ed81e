"""The kit of saved answers: search, copy in one click, improve, kept in the strategy."""

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from cmt_desktop import strategies
from cmt_desktop.demo import demo_strategy


def test_search_copy_and_improve_from_the_today_panel(qtbot, make_window, venue, clock):
    strategies.save_strategy(venue, draft=demo_strategy(today=date(2026, 3, 4)), now=clock)
    window = make_window()

    seen = []

    def use():
        dialog = QApplication.activeModalWidget()
        try:  # always close the dialog, so that a failed check cannot hang the suite
            qtbot.keyClicks(dialog.search_edit, "reserv")  # no accent typed
            seen.append(dialog.topic_list.currentItem().text())
            qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
            seen.append(QGuiApplication.clipboard().text())
            dialog.answer_edit.setPlainText("Bonjour ! Réservation au 02 40 00 00 01.")
        finally:
            dialog.accept()

    QTimer.singleShot(0, use)
    qtbot.mouseClick(
        window._today_panel.findChild(
            type(window._today_panel.buttons["copy"]), "today_answers_button"
        ),
        Qt.MouseButton.LeftButton,
    )
    assert seen[0] == "Réservation" and "02 40 00 00 00" in seen[1]
    kept = {a.topic: a.text for a in strategies.saved_answers(venue)}
    assert kept["Réservation"] == "Bonjour ! Réservation au 02 40 00 00 01."
    assert kept["Horaires"].startswith("Bonjour ! Nous sommes ouverts")
