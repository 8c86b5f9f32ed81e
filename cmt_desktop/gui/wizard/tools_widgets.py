"""What the team can really produce: content, skills and hours — the budget's inputs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QWidget,
)

from cmt_desktop.domain.strategy import Content, Skill, StrategyDraft


class CapacityBox(QGroupBox):
    """Checkboxes for content and skills, and the hours really available each week.

    Signals:
        changed(): any answer changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("What you can really do"), parent)
        labels = {
            Content.PHOTOS: self.tr("Photos"),
            Content.VIDEO: self.tr("Videos"),
            Content.TEXT: self.tr("Texts"),
            Skill.PHOTO: self.tr("Photography"),
            Skill.VIDEO_EDITING: self.tr("Video editing"),
            Skill.WRITING: self.tr("Writing"),
            Skill.GRAPHIC_DESIGN: self.tr("Graphic design"),
        }
        self._checks: dict[Content | Skill, QCheckBox] = {}
        rows = []
        for group in (Content, Skill):
            row = QHBoxLayout()
            for value in group:
                check = QCheckBox(labels[value], self)
                check.toggled.connect(self.changed)
                self._checks[value] = check
                row.addWidget(check)
            row.addStretch(1)
            rows.append(row)
        self.hours_spin = QDoubleSpinBox(self)
        self.hours_spin.setObjectName("hours_spin")
        self.hours_spin.setRange(0, 40)
        self.hours_spin.setSingleStep(0.5)
        self.hours_spin.setDecimals(1)
        self.hours_spin.setSuffix(self.tr(" h per week"))
        self.hours_spin.setAccessibleName(self.tr("Hours really available each week"))
        self.hours_spin.valueChanged.connect(self.changed)
        form = QFormLayout(self)
        form.addRow(self.tr("Content you can produce:"), rows[0])
        form.addRow(self.tr("Skills in the team:"), rows[1])
        form.addRow(self.tr("&Hours really available:"), self.hours_spin)

    def load(self, draft: StrategyDraft) -> None:
        """Show the draft's answers without emitting ``changed``."""
        self.blockSignals(True)
        for value, check in self._checks.items():
            check.setChecked(value in draft.content or value in draft.skills)
        self.hours_spin.setValue(draft.hours_per_week)
        self.blockSignals(False)

    def values(self) -> tuple[list[str], list[str], float]:
        """Ticked content, ticked skills, hours."""
        ticked = [value for value, check in self._checks.items() if check.isChecked()]
        return (
            [v.value for v in ticked if isinstance(v, Content)],
            [v.value for v in ticked if isinstance(v, Skill)],
            self.hours_spin.value(),
        )
