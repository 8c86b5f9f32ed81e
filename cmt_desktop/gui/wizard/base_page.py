"""What every wizard page shares: a short explanation, its answers, and its problems."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizardPage

from cmt_desktop.domain.strategy import Severity, StrategyDraft, StrategyProblem, validate
from cmt_desktop.gui.strategy_labels import problem_text

if TYPE_CHECKING:
    from cmt_desktop.gui.wizard.strategy_wizard import StrategyWizard


class StrategyPage(QWizardPage):
    """A page fills its part of the draft; the domain rules say what is wrong with it."""

    number = 0  #: the page's number in PRODUCT.md, used to pick the rules it checks

    def __init__(self, wizard: StrategyWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.catalogue = wizard.catalogue
        layout = QVBoxLayout(self)
        self.body = QVBoxLayout()
        layout.addLayout(self.body, 1)
        self._problems_label = QLabel(self)
        self._problems_label.setWordWrap(True)
        self._problems_label.setObjectName("problems_label")
        self._problems_label.setAccessibleName(self.tr("Points to check on this page"))
        self._problems_label.hide()
        layout.addWidget(self._problems_label)

    def add_explanation(self, text: str) -> QLabel:
        """A short paragraph in our own words, under the page title."""
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setObjectName("explanation_label")
        self.body.addWidget(label)
        return label

    def load(self, draft: StrategyDraft) -> None:
        """Show the answers of ``draft``."""
        raise NotImplementedError

    def store(self, draft: StrategyDraft) -> StrategyDraft:
        """``draft`` with this page's answers."""
        raise NotImplementedError

    def refresh(self, draft: StrategyDraft) -> None:
        """Called when the answers of another page changed (pages may depend on them)."""

    def show_problems(self, draft: StrategyDraft) -> list[StrategyProblem]:
        """List this page's problems under it; returns them."""
        problems = validate(draft, page=self.number)
        if not problems:
            self._problems_label.hide()
            return problems
        lines = [
            ("⚠ " if problem.severity is Severity.ERROR else "ℹ ")
            + problem_text(problem, draft, self.catalogue)
            for problem in problems
        ]
        self._problems_label.setText("\n".join(lines))
        self._problems_label.show()
        return problems

    def validatePage(self) -> bool:
        draft = self._wizard.collect()
        problems = self.show_problems(draft)
        return not any(problem.severity is Severity.ERROR for problem in problems)

    def section(self, title: str) -> QLabel:
        """A bold sub-heading inside the page."""
        label = QLabel(f"<b>{title}</b>", self)
        self.body.addWidget(label)
        return label

    def add(self, widget: QWidget, stretch: int = 0) -> QWidget:
        """Add a widget to the page body."""
        self.body.addWidget(widget, stretch)
        return widget
