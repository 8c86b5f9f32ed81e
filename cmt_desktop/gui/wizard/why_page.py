"""Page 2: why the venue is online — objectives tied to its project, publics and messages."""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import QPlainTextEdit

from cmt_desktop.domain.strategy import Audience, Objective, ObjectiveKind, StrategyDraft
from cmt_desktop.gui.strategy_labels import OBJECTIVE_KINDS, label
from cmt_desktop.gui.wizard.base_page import StrategyPage
from cmt_desktop.gui.wizard.table_editor import Column, TableEditor


class WhyPage(StrategyPage):
    """Justification and coherence: every objective serves the project and can be measured."""

    number = 2

    def __init__(self, wizard) -> None:  # noqa: ANN001
        super().__init__(wizard)
        self.setTitle(self.tr("Why be on social networks?"))
        self.add_explanation(
            self.tr(
                "Each objective should serve a goal of the venue's project and come with a target "
                'you can count ("30 new card holders under 25 by June"). Then say who you want '
                "to reach and what those publics expect from you."
            )
        )
        self._ids = itertools.count(1)
        self.section(self.tr("Objectives"))
        kinds = [(label(OBJECTIVE_KINDS, kind), kind.value) for kind in ObjectiveKind]
        self.objectives = TableEditor(
            [
                Column(self.tr("Objective"), "combo", kinds),
                Column(self.tr("Goal of the venue's project it serves"), stretch=True),
                Column(self.tr("Measurable target"), stretch=True),
                Column("id", "text"),
            ],
            add_text=self.tr("Add an &objective"),
            accessible_name=self.tr("Objectives"),
            new_row=lambda: [ObjectiveKind.ATTRACT.value, "", "", self._new_id("o")],
            parent=self,
        )
        self.objectives.table.hideColumn(3)
        self.add(self.objectives, 2)
        self.section(self.tr("Publics"))
        self.audiences = TableEditor(
            [
                Column(self.tr("Public"), stretch=True),
                Column(self.tr("What they need from you"), stretch=True),
                Column("id", "text"),
            ],
            add_text=self.tr("Add a &public"),
            accessible_name=self.tr("Publics"),
            new_row=lambda: ["", "", self._new_id("a")],
            parent=self,
        )
        self.audiences.table.hideColumn(2)
        self.add(self.audiences, 2)
        self.section(self.tr("Key messages (one per line)"))
        self.messages_edit = QPlainTextEdit(self)
        self.messages_edit.setObjectName("key_messages_edit")
        self.messages_edit.setAccessibleName(self.tr("Key messages, one per line"))
        self.messages_edit.setTabChangesFocus(True)
        self.messages_edit.setMaximumHeight(80)
        self.add(self.messages_edit)

    def _new_id(self, prefix: str) -> str:
        used = (
            {row[-1] for row in self.objectives.rows() + self.audiences.rows()}
            if hasattr(self, "audiences")
            else set()
        )
        while True:
            candidate = f"{prefix}{next(self._ids)}"
            if candidate not in used:
                return candidate

    def load(self, draft: StrategyDraft) -> None:
        self.objectives.set_rows(
            [[o.kind.value, o.institutional_goal, o.target, o.id] for o in draft.objectives]
        )
        self.audiences.set_rows([[a.name, a.needs, a.id] for a in draft.audiences])
        self.messages_edit.setPlainText("\n".join(draft.key_messages))

    def store(self, draft: StrategyDraft) -> StrategyDraft:
        return draft.replace(
            objectives=tuple(
                Objective(oid, ObjectiveKind(kind), goal, target)
                for kind, goal, target, oid in self.objectives.rows()
            ),
            audiences=tuple(
                Audience(aid, name, needs) for name, needs, aid in self.audiences.rows() if name
            ),
            key_messages=tuple(
                line.strip()
                for line in self.messages_edit.toPlainText().splitlines()
                if line.strip()
            ),
        )
