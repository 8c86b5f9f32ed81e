"""Page 7: the strategy on one page, what is still incoherent, and the plan's length."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QListWidget, QSpinBox, QTextBrowser

from cmt_desktop.domain.strategy import Severity, StrategyDraft, validate
from cmt_desktop.gui.strategy_document import build_document
from cmt_desktop.gui.strategy_labels import problem_text
from cmt_desktop.gui.wizard.base_page import StrategyPage


class SummaryPage(StrategyPage):
    """Read it over, fix what is flagged, then generate the calendar."""

    number = 7

    def __init__(self, wizard) -> None:  # noqa: ANN001
        super().__init__(wizard)
        self.setTitle(self.tr("Your strategy on one page"))
        self.add_explanation(
            self.tr(
                "This is what your director will read. Points still to check are listed below; "
                'you can come back to any page. "Generate my calendar" then plans your posts.'
            )
        )
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("summary_preview")
        self.preview.setAccessibleName(self.tr("Summary of the strategy"))
        paper = self.preview.palette()  # the document is drawn for white paper, dark theme or not
        paper.setColor(QPalette.ColorRole.Base, Qt.GlobalColor.white)
        paper.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
        self.preview.setPalette(paper)
        self.add(self.preview, 3)
        self.problem_list = QListWidget(self)
        self.problem_list.setObjectName("summary_problems")
        self.problem_list.setAccessibleName(self.tr("Points still to check"))
        self.problems_title = QLabel(self)
        self.add(self.problems_title)
        self.add(self.problem_list, 1)
        form = QFormLayout()
        self.weeks_spin = QSpinBox(self)
        self.weeks_spin.setObjectName("plan_weeks_spin")
        self.weeks_spin.setRange(1, 104)
        self.weeks_spin.setSuffix(self.tr(" weeks"))
        self.weeks_spin.setAccessibleName(self.tr("Weeks to plan"))
        self.review_edit = QDateEdit(self)
        self.review_edit.setObjectName("review_date_edit")
        self.review_edit.setCalendarPopup(True)
        self.review_edit.setAccessibleName(self.tr("Date to review the strategy"))
        form.addRow(self.tr("&Plan the next:"), self.weeks_spin)
        form.addRow(self.tr("&Review the strategy on:"), self.review_edit)
        self.body.addLayout(form)
        self._today = wizard.today

    def load(self, draft: StrategyDraft) -> None:
        self.weeks_spin.setValue(draft.plan_weeks)
        review = draft.review_date or self._today + timedelta(days=182)
        self.review_edit.setDate(QDate(review.year, review.month, review.day))

    def store(self, draft: StrategyDraft) -> StrategyDraft:
        return draft.replace(
            plan_weeks=self.weeks_spin.value(), review_date=self.review_edit.date().toPython()
        )

    def refresh(self, draft: StrategyDraft) -> None:
        self.preview.setDocument(
            build_document(draft, catalogue=self.catalogue, generated_on=self._today)
        )
        problems = validate(draft)
        self.problem_list.clear()
        for problem in problems:
            mark = "⚠ " if problem.severity is Severity.ERROR else "ℹ "
            self.problem_list.addItem(mark + problem_text(problem, draft, self.catalogue))
        self.problems_title.setText(
            self.tr("<b>Points still to check: %1</b>").replace("%1", str(len(problems)))
            if problems
            else self.tr("<b>Nothing left to check: the strategy is coherent.</b>")
        )
        self.problem_list.setVisible(bool(problems))

    def validatePage(self) -> bool:
        return True  # problems are listed; generating the calendar is still the user's call
