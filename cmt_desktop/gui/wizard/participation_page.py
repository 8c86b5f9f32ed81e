"""Page 6: participation — how fast the venue answers, when it moderates, its saved answers."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QSpinBox

from cmt_desktop.domain.strategy import ModerationSlot, SavedAnswer, StrategyDraft
from cmt_desktop.gui.strategy_labels import weekday_name
from cmt_desktop.gui.wizard.base_page import StrategyPage
from cmt_desktop.gui.wizard.table_editor import Column, TableEditor


class ParticipationPage(StrategyPage):
    """The community is the point: answering is planned like posting."""

    number = 6

    def __init__(self, wizard) -> None:  # noqa: ANN001
        super().__init__(wizard)
        self.setTitle(self.tr("Participation: answering the community"))
        self.add_explanation(
            self.tr(
                "A question left unanswered costs more than a post not published. Set aside short, "
                "regular moments to read and answer, and keep ready answers to the questions that "
                "always come back."
            )
        )
        form = QFormLayout()
        self.reply_spin = QSpinBox(self)
        self.reply_spin.setObjectName("reply_within_spin")
        self.reply_spin.setRange(1, 24 * 14)
        self.reply_spin.setSuffix(self.tr(" hours"))
        self.reply_spin.setAccessibleName(self.tr("We answer within"))
        form.addRow(self.tr("We &answer within:"), self.reply_spin)
        self.body.addLayout(form)
        self.section(self.tr("Moderation slots"))
        self.slots = TableEditor(
            [
                Column(self.tr("Day"), "combo", [(weekday_name(d), d) for d in range(7)]),
                Column(self.tr("Time"), "time"),
                Column(self.tr("Duration"), "spin", maximum=240, suffix=self.tr(" min")),
            ],
            add_text=self.tr("Add a &moderation slot"),
            accessible_name=self.tr("Moderation slots"),
            new_row=lambda: [0, "16:30", 20],
            parent=self,
        )
        self.add(self.slots, 1)
        self.section(self.tr("Saved answers"))
        self.answers = TableEditor(
            [Column(self.tr("Question"), stretch=False), Column(self.tr("Answer"), stretch=True)],
            add_text=self.tr("Add a saved a&nswer"),
            accessible_name=self.tr("Saved answers"),
            new_row=lambda: ["", ""],
            parent=self,
        )
        self.add(self.answers, 2)

    def _starter_answers(self, draft: StrategyDraft) -> list[list[str]]:
        hours = draft.opening_hours or self.tr("[your opening hours]")
        return [
            [
                self.tr("Opening hours"),
                self.tr("Hello! We are open %1. See you soon!").replace("%1", hours),
            ],
            [
                self.tr("Membership"),
                self.tr(
                    "Hello! Signing up is done at the front desk with an ID; tell us if you "
                    "have a question about prices."
                ),
            ],
            [
                self.tr("Accessibility"),
                self.tr("Hello! Tell us what you need and we will prepare your visit with you."),
            ],
            [
                self.tr("Booking"),
                self.tr("Hello! You can book at the front desk or by phone; places are limited."),
            ],
        ]

    def load(self, draft: StrategyDraft) -> None:
        self.reply_spin.setValue(draft.reply_within_hours)
        self.slots.set_rows([[s.weekday, s.time, s.minutes] for s in draft.moderation_slots])
        answers = [[a.topic, a.text] for a in draft.saved_answers]
        self.answers.set_rows(answers or self._starter_answers(draft))

    def store(self, draft: StrategyDraft) -> StrategyDraft:
        return draft.replace(
            reply_within_hours=self.reply_spin.value(),
            moderation_slots=tuple(ModerationSlot(d, t, m) for d, t, m in self.slots.rows()),
            saved_answers=tuple(SavedAnswer(q, a) for q, a in self.answers.rows() if q),
        )
