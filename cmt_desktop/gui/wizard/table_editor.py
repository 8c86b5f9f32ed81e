"""An editable list of rows (objectives, publics, series…) with Add and Remove buttons."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)


@dataclasses.dataclass(frozen=True)
class Column:
    """One column: its title, the kind of editor, and for combos the (label, value) choices."""

    title: str
    kind: str = "text"  # text | combo | check | spin | time
    choices: Sequence[tuple[str, Any]] = ()
    maximum: int = 999
    suffix: str = ""
    stretch: bool = False


class TableEditor(QWidget):
    """Rows of small editors; ``rows()`` and ``set_rows()`` speak in plain values.

    Signals:
        changed(): a value, a row count or an order changed.
    """

    changed = Signal()

    def __init__(
        self,
        columns: Sequence[Column],
        *,
        add_text: str,
        accessible_name: str,
        new_row: Callable[[], Sequence[Any]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._new_row = new_row
        self.table = QTableWidget(0, len(columns), self)
        self.table.setAccessibleName(accessible_name)
        self.table.setHorizontalHeaderLabels([c.title for c in columns])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        for number, column in enumerate(columns):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column.stretch
                else (QHeaderView.ResizeMode.ResizeToContents)
            )
            header.setSectionResizeMode(number, mode)
        self.add_button = QPushButton(add_text, self)
        self.add_button.setAccessibleName(add_text.replace("&", ""))
        self.remove_button = QPushButton(self.tr("Remove the selected row"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected row"))
        self.add_button.clicked.connect(lambda: self.add_row(self._new_row()))
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, values: Sequence[Any]) -> None:
        """Append a row; the focus goes to its first editor."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        for number, (column, value) in enumerate(zip(self._columns, values, strict=True)):
            editor = self._make_editor(column, value)
            editor.setAccessibleName(f"{column.title} {row + 1}")
            self.table.setCellWidget(row, number, editor)
        self.table.resizeRowsToContents()
        self.table.cellWidget(row, 0).setFocus()
        self.changed.emit()

    def set_rows(self, rows: Sequence[Sequence[Any]]) -> None:
        """Replace every row."""
        self.table.setRowCount(0)
        for values in rows:
            self.add_row(values)

    def rows(self) -> list[list[Any]]:
        """The values of every row, in column order."""
        return [
            [self._value(self.table.cellWidget(row, n)) for n in range(len(self._columns))]
            for row in range(self.table.rowCount())
        ]

    def _on_remove_button_clicked(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.rowCount():
            rows = [
                self.table.currentRow()
                if self.table.currentRow() >= 0
                else self.table.rowCount() - 1
            ]
        for row in rows:
            self.table.removeRow(row)
        self.changed.emit()

    def _make_editor(self, column: Column, value: Any) -> QWidget:
        if column.kind == "combo":
            combo = QComboBox()
            for text, data in column.choices:
                combo.addItem(text, data)
            found = combo.findData(value)
            combo.setCurrentIndex(max(found, 0))
            combo.currentIndexChanged.connect(self.changed)
            return combo
        if column.kind == "check":
            check = QCheckBox()
            check.setChecked(bool(value))
            check.toggled.connect(self.changed)
            return check
        if column.kind == "spin":
            spin = QSpinBox()
            spin.setRange(0, column.maximum)
            spin.setSuffix(column.suffix)
            spin.setValue(int(value))
            spin.valueChanged.connect(self.changed)
            return spin
        if column.kind == "time":
            edit = QTimeEdit(QTime.fromString(str(value), "HH:mm"))
            edit.setDisplayFormat("HH:mm")
            edit.timeChanged.connect(self.changed)
            return edit
        line = QLineEdit(str(value))
        line.textChanged.connect(self.changed)
        return line

    @staticmethod
    def _value(editor: QWidget) -> Any:
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QSpinBox):
            return editor.value()
        if isinstance(editor, QTimeEdit):
            return editor.time().toString("HH:mm")
        assert isinstance(editor, QLineEdit)
        return editor.text().strip()
