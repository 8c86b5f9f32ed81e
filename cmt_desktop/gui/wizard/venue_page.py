"""Page 1: the venue, its project, its opening days and the accounts it already has."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
)

from cmt_desktop.domain.strategy import Account, StrategyDraft, VenueKind
from cmt_desktop.gui.strategy_labels import VENUE_KINDS, label, weekday_name
from cmt_desktop.gui.wizard.base_page import StrategyPage
from cmt_desktop.gui.wizard.table_editor import Column, TableEditor


class VenuePage(StrategyPage):
    """Who we are: the start of every strategy."""

    number = 1

    def __init__(self, wizard) -> None:  # noqa: ANN001
        super().__init__(wizard)
        self.setTitle(self.tr("Your venue"))
        self.add_explanation(
            self.tr(
                "Start from the venue's own project: the networks should serve it, not the other "
                "way round. What you write here heads the document for your director."
            )
        )
        form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("venue_name_edit")
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("venue_kind_combo")
        for kind in VenueKind:
            self.kind_combo.addItem(label(VENUE_KINDS, kind), kind.value)
        self.town_edit = QLineEdit(self)
        self.town_edit.setObjectName("town_edit")
        self.missions_edit = QPlainTextEdit(self)
        self.missions_edit.setObjectName("missions_edit")
        self.missions_edit.setTabChangesFocus(True)
        self.missions_edit.setPlaceholderText(
            self.tr(
                "For example: bring reading to every neighbourhood, welcome families, "
                "make the local heritage known…"
            )
        )
        self.missions_edit.setMaximumHeight(90)
        self.hours_edit = QLineEdit(self)
        self.hours_edit.setObjectName("opening_hours_edit")
        self.hours_edit.setPlaceholderText(self.tr("Tue–Sat 10:00–18:00, Wed until 19:00"))
        days = QHBoxLayout()
        self.closing_checks = []
        for day in range(7):
            check = QCheckBox(weekday_name(day, short=True), self)
            check.setAccessibleName(self.tr("Closed on %1").replace("%1", weekday_name(day)))
            days.addWidget(check)
            self.closing_checks.append(check)
        days.addStretch(1)
        for text, widget in (
            (self.tr("Na&me:"), self.name_edit),
            (self.tr("&Kind:"), self.kind_combo),
            (self.tr("&Town:"), self.town_edit),
            (self.tr("&Missions, project:"), self.missions_edit),
            (self.tr("&Opening hours:"), self.hours_edit),
        ):
            form.addRow(text, widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(" :"))
        form.addRow(self.tr("Closed every:"), days)
        self.body.addLayout(form)
        self.section(self.tr("Accounts you already have"))
        networks = [(n.name, n.key) for n in self.catalogue]
        self.accounts = TableEditor(
            [
                Column(self.tr("Network"), "combo", networks),
                Column(self.tr("Name or handle"), stretch=True),
                Column(self.tr("Still active"), "check"),
            ],
            add_text=self.tr("&Add an account"),
            accessible_name=self.tr("Accounts you already have"),
            new_row=lambda: ["instagram", "", True],
            parent=self,
        )
        self.add(self.accounts, 1)

    def load(self, draft: StrategyDraft) -> None:
        self.name_edit.setText(draft.venue_name)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(draft.venue_kind.value)))
        self.town_edit.setText(draft.town)
        self.missions_edit.setPlainText(draft.missions)
        self.hours_edit.setText(draft.opening_hours)
        for day, check in enumerate(self.closing_checks):
            check.setChecked(day in draft.closing_days)
        self.accounts.set_rows([[a.network, a.handle, a.active] for a in draft.accounts])

    def store(self, draft: StrategyDraft) -> StrategyDraft:
        return draft.replace(
            venue_name=self.name_edit.text().strip(),
            venue_kind=VenueKind(self.kind_combo.currentData()),
            town=self.town_edit.text().strip(),
            missions=self.missions_edit.toPlainText().strip(),
            opening_hours=self.hours_edit.text().strip(),
            closing_days=tuple(
                d for d, check in enumerate(self.closing_checks) if check.isChecked()
            ),
            accounts=tuple(Account(n, h, a) for n, h, a in self.accounts.rows()),
        )
