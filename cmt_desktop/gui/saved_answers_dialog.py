"""The kit of saved answers: find the right one, copy it in one click, improve it."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cmt_desktop.domain.strategy import SavedAnswer


class SavedAnswersDialog(QDialog):
    """Search the topics, read the answer, copy it; edits are returned with ``answers()``."""

    def __init__(self, parent: QWidget | None, *, answers: tuple[SavedAnswer, ...]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Saved answers"))
        self.setAccessibleName(self.tr("Saved answers"))
        self.resize(640, 420)
        self._answers = list(answers)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("answers_search_edit")
        self.search_edit.setPlaceholderText(self.tr("Search: opening hours, booking…"))
        self.search_edit.setAccessibleName(self.tr("Search the saved answers"))
        search_label = QLabel(self.tr("&Find:"), self)
        search_label.setBuddy(self.search_edit)
        self.topic_list = QListWidget(self)
        self.topic_list.setObjectName("answers_topic_list")
        self.topic_list.setAccessibleName(self.tr("Questions"))
        self.answer_edit = QPlainTextEdit(self)
        self.answer_edit.setObjectName("answer_edit")
        self.answer_edit.setAccessibleName(self.tr("Answer (you can improve it)"))
        self.answer_edit.setTabChangesFocus(True)
        self.copy_button = QPushButton(self.tr("&Copy the answer"), self)
        self.copy_button.setObjectName("copy_answer_button")
        self.copied_label = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search_edit, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.topic_list, 1)
        middle.addWidget(self.answer_edit, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.copy_button)
        bottom.addWidget(self.copied_label, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)  # closing keeps the edits
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addLayout(bottom)
        layout.addWidget(buttons)
        for answer in self._answers:
            QListWidgetItem(answer.topic, self.topic_list)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.topic_list.currentRowChanged.connect(self._on_topic_list_current_row_changed)
        self.answer_edit.textChanged.connect(self._on_answer_edit_text_changed)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._on_copy_button_clicked)
        if self._answers:
            self.topic_list.setCurrentRow(0)
        self.copy_button.setEnabled(bool(self._answers))

    def answers(self) -> tuple[SavedAnswer, ...]:
        """The answers, with the user's improvements."""
        return tuple(self._answers)

    def _on_search_edit_text_changed(self, text: str) -> None:
        wanted = _plain(text).strip()
        first_visible = -1
        for row, answer in enumerate(self._answers):
            match = not wanted or wanted in _plain(f"{answer.topic} {answer.text}")
            self.topic_list.item(row).setHidden(not match)
            if match and first_visible < 0:
                first_visible = row
        if first_visible >= 0:
            self.topic_list.setCurrentRow(first_visible)

    def _on_topic_list_current_row_changed(self, row: int) -> None:
        self.answer_edit.blockSignals(True)
        self.answer_edit.setPlainText(self._answers[row].text if row >= 0 else "")
        self.answer_edit.blockSignals(False)
        self.copied_label.clear()

    def _on_answer_edit_text_changed(self) -> None:
        row = self.topic_list.currentRow()
        if row >= 0:
            self._answers[row] = self._answers[row].__class__(
                self._answers[row].topic, self.answer_edit.toPlainText()
            )

    def _on_copy_button_clicked(self) -> None:
        row = self.topic_list.currentRow()
        if row < 0:
            return
        QGuiApplication.clipboard().setText(self._answers[row].text)
        self.copied_label.setText(self.tr("Copied: paste it in your reply."))
        self.copied_label.setAlignment(Qt.AlignmentFlag.AlignVCenter)


def _plain(text: str) -> str:
    """Lower case without accents: "reserv" finds "Réservation"."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))
