"""Correct the dates of a cultural event announced by its organiser."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from cmt_desktop.cultural import CorrectionProblem
from cmt_desktop.domain.cultural_calendar import Occurrence
from cmt_desktop.gui.forms.ui_date_correction import Ui_DateCorrectionDialog

#: stores the dates, or says what is wrong with them (nothing stored then)
Submit = Callable[[date, date], CorrectionProblem | None]
RESTORED = 2  # the result code of "Restore defaults": back to the usual dates


class DateCorrectionDialog(QDialog):
    """Two dates; Save stores them through ``submit`` and stays open on a problem."""

    def __init__(self, parent: QWidget | None, *, found: Occurrence, submit: Submit) -> None:
        super().__init__(parent)
        self._ui = Ui_DateCorrectionDialog()
        self._ui.setupUi(self)
        self._submit = submit
        ui = self._ui
        name = found.name(QLocale().name())
        ui.intro_label.setText(
            self.tr(
                "When the organiser announces the dates of %1 for %2, set them here: the "
                "calendar then shows them as confirmed."
            )
            .replace("%1", name)
            .replace("%2", str(found.start.year))
        )
        for edit, day in ((ui.start_date_edit, found.start), (ui.end_date_edit, found.end)):
            edit.setDate(QDate(day.year, day.month, day.day))
        ui.problem_label.setStyleSheet("color: #B00020;")
        ui.problem_label.hide()
        ui.button_box.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self._save)
        restore = ui.button_box.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.setText(self.tr("&Usual dates"))
        restore.setToolTip(self.tr("Forget the dates set here and show the usual period again"))
        restore.clicked.connect(lambda: self.done(RESTORED))

    def _save(self) -> None:
        start = self._ui.start_date_edit.date().toPython()
        end = self._ui.end_date_edit.date().toPython()
        problem = self._submit(start, end)
        if problem is None:
            self.accept()
            return
        self._ui.problem_label.setText(self._problem_text(problem))
        self._ui.problem_label.show()
        self._ui.start_date_edit.setFocus()

    def _problem_text(self, problem: CorrectionProblem) -> str:
        if problem is CorrectionProblem.END_BEFORE_START:
            return self.tr("The last day comes before the first day. Check the two dates.")
        if problem is CorrectionProblem.TOO_LONG:
            return self.tr("That is more than three months. Check the two dates.")
        return self.tr(
            "These dates are for another year. Set the dates of this year's edition; next "
            "year's can be set from next year's calendar."
        )
