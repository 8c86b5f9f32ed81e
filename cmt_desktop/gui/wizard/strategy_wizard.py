"""The strategy wizard: pages in order, a draft kept at every step, the plan on Finish."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import reduce

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget, QWizard

from cmt_desktop.domain.fit import FitRules
from cmt_desktop.domain.networks import NetworkCatalogue
from cmt_desktop.domain.strategy import StrategyDraft


class StrategyWizard(QWizard):
    """Seven pages; each fills its part of a StrategyDraft. Nothing is final before Finish.

    ``save_draft`` is called at every page change and on Cancel, so that closing the wizard
    half-way loses nothing.
    """

    def __init__(
        self,
        parent: QWidget | None,
        *,
        draft: StrategyDraft,
        catalogue: NetworkCatalogue,
        fit_rules: FitRules,
        language: str,
        today: date,
        save_draft: Callable[[StrategyDraft], None],
    ) -> None:
        super().__init__(parent)
        from cmt_desktop.gui.wizard import pages  # the page modules import this one

        self.catalogue = catalogue
        self.fit_rules = fit_rules
        self.language = language
        self.today = today
        self._draft = draft
        self._save_draft = save_draft
        self.setObjectName("strategy_wizard")
        self.setWindowTitle(self.tr("Our social-media strategy"))
        self.setAccessibleName(self.tr("Strategy wizard"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.IndependentPages, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Generate my calendar"))
        self.pages = [page_class(self) for page_class in pages.PAGES]
        for page in self.pages:
            page.load(draft)
            self.addPage(page)
        self.currentIdChanged.connect(self._on_current_id_changed)

    def sizeHint(self) -> QSize:
        return QSize(900, 680)

    def collect(self) -> StrategyDraft:
        """The draft with the answers of every page."""
        return reduce(lambda draft, page: page.store(draft), self.pages, self._draft)

    def _on_current_id_changed(self, page_id: int) -> None:
        draft = self.collect()
        self._save_draft(draft)
        page = self.page(page_id)
        if page is not None:
            page.refresh(draft)

    def reject(self) -> None:
        self._save_draft(self.collect())
        super().reject()
