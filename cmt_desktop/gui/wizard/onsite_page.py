"""Page 5: online and on-site feed each other — the campaign each event gets, and who helps."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QSpinBox

from cmt_desktop.domain.strategy import (
    DEFAULT_CAMPAIGN,
    CampaignStep,
    CampaignStepKind,
    Contributor,
    StrategyDraft,
)
from cmt_desktop.gui.strategy_labels import CAMPAIGN_STEPS, label
from cmt_desktop.gui.wizard.base_page import StrategyPage
from cmt_desktop.gui.wizard.table_editor import Column, TableEditor

DEFAULT_OFFSETS = {step.kind: step.offset_days for step in DEFAULT_CAMPAIGN} | {
    CampaignStepKind.EVENT_PAGE: -21,
    CampaignStepKind.FOLLOWERS_VISIT: 2,
}


class OnsitePage(StrategyPage):
    """Each event of the programme gets a campaign; followers get something on site."""

    number = 5

    def __init__(self, wizard) -> None:  # noqa: ANN001
        super().__init__(wizard)
        self.setTitle(self.tr("Online and on-site"))
        self.add_explanation(
            self.tr(
                "Your events give the networks their best stories, and the networks bring people "
                "to your events. Choose the posts every event gets, counted in days from the event "
                "(−7 is a week before)."
            )
        )
        grid = QGridLayout()
        self._steps: dict[CampaignStepKind, tuple[QCheckBox, QSpinBox]] = {}
        for row, kind in enumerate(CampaignStepKind):
            check = QCheckBox(label(CAMPAIGN_STEPS, kind), self)
            spin = QSpinBox(self)
            spin.setRange(-60, 30)
            spin.setPrefix(self.tr("D"))
            spin.setAccessibleName(
                self.tr("Days from the event for %1").replace("%1", label(CAMPAIGN_STEPS, kind))
            )
            check.toggled.connect(spin.setEnabled)
            grid.addWidget(check, row // 2, (row % 2) * 2)
            grid.addWidget(spin, row // 2, (row % 2) * 2 + 1)
            self._steps[kind] = (check, spin)
        self.body.addLayout(grid)
        self.events_spin = QSpinBox(self)
        self.events_spin.setObjectName("events_per_month_spin")
        self.events_spin.setRange(0, 30)
        self.events_spin.setSuffix(self.tr(" events a month"))
        self.events_spin.setAccessibleName(self.tr("Events in a typical month"))
        events_label = QLabel(self.tr("The venue holds about:"), self)
        events_label.setBuddy(self.events_spin)
        grid.addWidget(events_label, 4, 0, 1, 2)
        grid.addWidget(self.events_spin, 4, 2, 1, 2)
        self.section(self.tr("Colleagues who contribute"))
        self.add_explanation(
            self.tr(
                "Collaboration, not dependence: a colleague who sends a photo of the workshop or "
                "writes a book review makes the networks the whole team's."
            )
        )
        self.contributors = TableEditor(
            [
                Column(self.tr("Name"), stretch=True),
                Column(self.tr("Role")),
                Column(self.tr("What they bring"), stretch=True),
            ],
            add_text=self.tr("Add a &colleague"),
            accessible_name=self.tr("Colleagues"),
            new_row=lambda: ["", "", ""],
            parent=self,
        )
        self.add(self.contributors, 1)

    def load(self, draft: StrategyDraft) -> None:
        chosen = {step.kind: step.offset_days for step in draft.campaign}
        for kind, (check, spin) in self._steps.items():
            check.setChecked(kind in chosen)
            spin.setEnabled(kind in chosen)
            spin.setValue(chosen.get(kind, DEFAULT_OFFSETS.get(kind, 0)))
        self.events_spin.setValue(draft.events_per_month)
        self.contributors.set_rows([[c.name, c.role, c.contribution] for c in draft.contributors])

    def store(self, draft: StrategyDraft) -> StrategyDraft:
        steps = sorted(
            (
                CampaignStep(kind, spin.value())
                for kind, (check, spin) in self._steps.items()
                if check.isChecked()
            ),
            key=lambda step: step.offset_days,
        )
        return draft.replace(
            campaign=tuple(steps),
            events_per_month=self.events_spin.value(),
            contributors=tuple(Contributor(n, r, c) for n, r, c in self.contributors.rows() if n),
        )
