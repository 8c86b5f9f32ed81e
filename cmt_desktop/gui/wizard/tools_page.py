"""Page 3: networks that fit the venue, each with its reason, rhythm and slots, within budget."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QLocale, QSignalBlocker, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
)

from cmt_desktop.domain.budget import CutKind, estimate, propose_cuts
from cmt_desktop.domain.fit import suggest
from cmt_desktop.domain.strategy import Content, NetworkPlan, Skill, StrategyDraft
from cmt_desktop.gui.strategy_labels import OBJECTIVE_KINDS, label, weekday_name
from cmt_desktop.gui.wizard.base_page import StrategyPage
from cmt_desktop.gui.wizard.tools_widgets import CapacityBox


class ToolsPage(StrategyPage):
    """Tools that fit: suggestions with their reasons, then one plan per chosen network."""

    number = 3

    def __init__(self, wizard) -> None:  # noqa: ANN001
        super().__init__(wizard)
        self._rules = wizard.fit_rules
        self._language = wizard.language
        self._plans: dict[str, NetworkPlan] = {}
        self._draft = StrategyDraft()
        self.setTitle(self.tr("Tools that fit"))
        self.add_explanation(
            self.tr(
                "Choose few networks and keep them alive, rather than many you cannot feed. The "
                "suggestions come from your venue, publics, objectives and what you can produce; "
                "select one to see why."
            )
        )
        self.capacity = CapacityBox(self)
        self.add(self.capacity)
        columns = QHBoxLayout()
        self.network_list = QListWidget(self)
        self.network_list.setObjectName("network_list")
        self.network_list.setAccessibleName(
            self.tr("Networks, the most suitable first; tick the ones you choose")
        )
        left = QVBoxLayout()
        left.addWidget(self.network_list, 1)
        self.why_label = QLabel(self)
        self.why_label.setWordWrap(True)
        self.why_label.setObjectName("why_label")
        left.addWidget(self.why_label)
        columns.addLayout(left, 2)
        self.detail = self._make_detail()
        columns.addWidget(self.detail, 3)
        self.body.addLayout(columns, 1)
        self.budget_bar = QProgressBar(self)
        self.budget_bar.setObjectName("budget_bar")
        self.budget_bar.setAccessibleName(self.tr("Share of your available time the plan uses"))
        self.budget_label = QLabel(self)
        self.budget_label.setWordWrap(True)
        self.cuts_button = QPushButton(self.tr("Apply the proposed &cuts"), self)
        self.cuts_button.setObjectName("apply_cuts_button")
        budget = QHBoxLayout()
        budget.addWidget(self.budget_label, 3)
        budget.addWidget(self.budget_bar, 1)
        budget.addWidget(self.cuts_button)
        self.body.addLayout(budget)
        self.network_list.itemChanged.connect(self._on_network_list_item_changed)
        self.network_list.currentItemChanged.connect(self._on_network_list_current_item_changed)
        self.capacity.changed.connect(self._on_answers_changed)
        self.cuts_button.clicked.connect(self._on_cuts_button_clicked)

    def _make_detail(self) -> QGroupBox:
        box = QGroupBox(self.tr("The chosen network"), self)
        form = QFormLayout(box)
        self.reason_edit = QLineEdit(box)
        self.reason_edit.setPlaceholderText(self.tr("Why the venue is there, in one sentence"))
        self.objective_combo = QComboBox(box)
        self.audience_list = QListWidget(box)
        self.audience_list.setMaximumHeight(90)
        self.cadence_spin = QDoubleSpinBox(box)
        self.cadence_spin.setRange(0, 14)
        self.cadence_spin.setSingleStep(0.5)
        self.cadence_spin.setDecimals(1)
        self.cadence_spin.setSuffix(self.tr(" per week"))
        days = QHBoxLayout()
        self.day_checks = []
        for day in range(7):
            check = QCheckBox(weekday_name(day, short=True), box)
            check.setAccessibleName(self.tr("Post on %1").replace("%1", weekday_name(day)))
            self.day_checks.append(check)
            days.addWidget(check)
            check.toggled.connect(self._on_detail_changed)
        self.time_edit = QTimeEdit(box)
        self.time_edit.setDisplayFormat("HH:mm")
        self.prep_spin = QSpinBox(box)
        self.prep_spin.setRange(5, 600)
        self.prep_spin.setSingleStep(5)
        self.prep_spin.setSuffix(self.tr(" min per post"))
        for text, widget in (
            (self.tr("&Reason:"), self.reason_edit),
            (self.tr("Ob&jective:"), self.objective_combo),
            (self.tr("P&ublics:"), self.audience_list),
            (self.tr("Rh&ythm:"), self.cadence_spin),
            (self.tr("Preferred &time:"), self.time_edit),
            (self.tr("Pre&paration:"), self.prep_spin),
        ):
            form.addRow(text, widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(" :"))
        form.insertRow(4, self.tr("Preferred days:"), days)
        self.reason_edit.textChanged.connect(self._on_detail_changed)
        self.objective_combo.currentIndexChanged.connect(self._on_detail_changed)
        self.audience_list.itemChanged.connect(self._on_detail_changed)
        self.cadence_spin.valueChanged.connect(self._on_detail_changed)
        self.time_edit.timeChanged.connect(self._on_detail_changed)
        self.prep_spin.valueChanged.connect(self._on_detail_changed)
        return box

    # --- draft in and out ---------------------------------------------------------------

    def load(self, draft: StrategyDraft) -> None:
        self._plans = {plan.network: plan for plan in draft.networks}
        self.capacity.load(draft)
        self.refresh(draft)

    def store(self, draft: StrategyDraft) -> StrategyDraft:
        content, skills, hours = self.capacity.values()
        return draft.replace(
            content=frozenset(Content(c) for c in content),
            skills=frozenset(Skill(s) for s in skills),
            hours_per_week=hours,
            networks=tuple(self._plans.values()),
        )

    def refresh(self, draft: StrategyDraft) -> None:
        """Objectives and publics come from page 2; suggestions follow every answer."""
        self._draft = self.store(draft)
        current = self._current_key()
        with QSignalBlocker(self.objective_combo):
            self.objective_combo.clear()
            self.objective_combo.addItem(self.tr("(choose)"), "")
            for objective in self._draft.objectives:
                text = objective.institutional_goal or label(OBJECTIVE_KINDS, objective.kind)
                self.objective_combo.addItem(text, objective.id)
        with QSignalBlocker(self.network_list):
            self.network_list.clear()
            for suggestion in suggest(self._draft, self._rules):
                network = self.catalogue.get(suggestion.network)
                text = network.name + (self.tr("  — suggested") if suggestion.recommended else "")
                item = QListWidgetItem(text, self.network_list)
                item.setData(Qt.ItemDataRole.UserRole, network.key)
                item.setData(Qt.ItemDataRole.UserRole + 1, suggestion.reasons)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                chosen = network.key in self._plans
                item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
                if network.key == current:
                    self.network_list.setCurrentItem(item)
        if self.network_list.currentItem() is None and self.network_list.count():
            self.network_list.setCurrentRow(0)
        self._show_detail()
        self._update_budget()

    # --- reactions ----------------------------------------------------------------------

    def _current_key(self) -> str | None:
        item = self.network_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _on_answers_changed(self) -> None:
        self.refresh(self._wizard.collect())

    def _on_network_list_item_changed(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked and key not in self._plans:
            per_week, minutes = self._rules.default_plan(key)
            self._plans[key] = NetworkPlan(key, posts_per_week=per_week, prep_minutes=minutes)
        elif item.checkState() != Qt.CheckState.Checked:
            self._plans.pop(key, None)
        self.network_list.setCurrentItem(item)
        self._show_detail()
        self._update_budget()

    def _on_network_list_current_item_changed(self, *_args: object) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        key = self._current_key()
        item = self.network_list.currentItem()
        reasons = item.data(Qt.ItemDataRole.UserRole + 1) if item else ()
        self.why_label.setText(
            "\n".join("• " + self._rules.reason(rule, self._language) for rule in reasons or ())
        )
        plan = self._plans.get(key or "")
        self.detail.setEnabled(plan is not None)
        name = self.catalogue.get(key).name if key else ""
        self.detail.setTitle(name if plan else self.tr("Tick a network to choose it"))
        if plan is None:
            return
        widgets = (
            self.reason_edit,
            self.objective_combo,
            self.audience_list,
            self.cadence_spin,
            self.time_edit,
            self.prep_spin,
            *self.day_checks,
        )
        blockers = [QSignalBlocker(widget) for widget in widgets]
        self.reason_edit.setText(plan.reason)
        self.objective_combo.setCurrentIndex(
            max(0, self.objective_combo.findData(plan.objective_id))
        )
        self.audience_list.clear()
        for audience in self._draft.audiences:
            entry = QListWidgetItem(audience.name, self.audience_list)
            entry.setData(Qt.ItemDataRole.UserRole, audience.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = audience.id in plan.audience_ids
            entry.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.cadence_spin.setValue(plan.posts_per_week)
        self.time_edit.setTime(QTime.fromString(plan.preferred_time, "HH:mm"))
        self.prep_spin.setValue(plan.prep_minutes)
        for day, check in enumerate(self.day_checks):
            check.setChecked(day in plan.preferred_days)
        del blockers

    def _on_detail_changed(self, *_args: object) -> None:
        key = self._current_key()
        if key not in self._plans:
            return
        audiences = tuple(
            self.audience_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.audience_list.count())
            if self.audience_list.item(i).checkState() == Qt.CheckState.Checked
        )
        self._plans[key] = NetworkPlan(
            network=key,
            reason=self.reason_edit.text().strip(),
            objective_id=self.objective_combo.currentData() or "",
            audience_ids=audiences,
            posts_per_week=self.cadence_spin.value(),
            preferred_days=tuple(d for d, c in enumerate(self.day_checks) if c.isChecked()),
            preferred_time=self.time_edit.time().toString("HH:mm"),
            prep_minutes=self.prep_spin.value(),
        )
        self._update_budget()

    def _update_budget(self) -> None:
        draft = self.store(self._draft)
        budget = estimate(draft)
        self.budget_bar.setRange(0, max(1, round(budget.available * 10)))
        self.budget_bar.setValue(min(self.budget_bar.maximum(), round(budget.needed * 10)))
        hours = self.tr("This plan asks about %1 h a week; you have %2 h.")
        locale = QLocale()
        text = hours.replace("%1", locale.toString(budget.needed, "f", 1)).replace(
            "%2", locale.toString(budget.available, "f", 1)
        )
        cuts = propose_cuts(draft)
        if cuts:
            text += " " + self.tr("To keep the rhythm: %1.").replace(
                "%1", self.tr("; ").join(self._cut_text(cut) for cut in cuts)
            )
        self.budget_label.setText(text)
        self.cuts_button.setVisible(bool(cuts))

    def _cut_text(self, cut) -> str:  # noqa: ANN001
        name = self.catalogue.get(cut.network).name
        if cut.kind is CutKind.DROP_NETWORK:
            return self.tr("leave %1 aside for now").replace("%1", name)
        return (
            self.tr("post on %1 %2 times a week")
            .replace("%1", name)
            .replace("%2", QLocale().toString(cut.new_posts_per_week, "g", 3))
        )

    def _on_cuts_button_clicked(self) -> None:
        for cut in propose_cuts(self.store(self._draft)):
            if cut.kind is CutKind.DROP_NETWORK:
                self._plans.pop(cut.network, None)
            elif cut.network in self._plans:
                plan = self._plans[cut.network]
                self._plans[cut.network] = dataclasses.replace(
                    plan, posts_per_week=cut.new_posts_per_week
                )
        self.refresh(self._wizard.collect())
