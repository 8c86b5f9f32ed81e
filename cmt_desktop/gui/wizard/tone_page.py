"""Page 4: native formats and tone — register, voice, content pillars and recurring series."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
)

from cmt_desktop.domain.strategy import Pillar, Register, Series, StrategyDraft
from cmt_desktop.gui.strategy_labels import REGISTERS, label, weekday_name
from cmt_desktop.gui.wizard.base_page import StrategyPage
from cmt_desktop.gui.wizard.table_editor import Column, TableEditor


class TonePage(StrategyPage):
    """Speak as the network speaks, not as the venue's signage does."""

    number = 4

    def __init__(self, wizard) -> None:  # noqa: ANN001
        super().__init__(wizard)
        self._chosen: list[tuple[str, str]] = []
        self._closing_day = 0
        self.setTitle(self.tr("Native formats and tone"))
        self.add_explanation(
            self.tr(
                "Online, a venue speaks like a person: short, warm, with images made for the "
                "screen, behind the scenes on the closing day, a hashtag of your own. Choose your "
                "voice once and keep it."
            )
        )
        form = QFormLayout()
        self.register_combo = QComboBox(self)
        self.register_combo.setObjectName("register_combo")
        self.register_combo.setAccessibleName(self.tr("Tone"))
        for register in Register:
            self.register_combo.addItem(label(REGISTERS, register), register.value)
        form.addRow(self.tr("&Tone:"), self.register_combo)
        self.we_radio = self._radio_pair(
            form, self.tr("The venue says:"), self.tr('"&we"'), self.tr('"&I"')
        )
        self.formal_radio = self._radio_pair(
            form,
            self.tr("It addresses people as:"),
            self.tr('"&vous" (formal)'),
            self.tr('"t&u" (familiar)'),
        )
        self.body.addLayout(form)
        self.section(self.tr("Content pillars and their share"))
        self.pillars = TableEditor(
            [
                Column(self.tr("Pillar"), stretch=True),
                Column(self.tr("Share"), "spin", maximum=100, suffix=" %"),
            ],
            add_text=self.tr("Add a pi&llar"),
            accessible_name=self.tr("Content pillars"),
            new_row=lambda: ["", 0],
            parent=self,
        )
        self.total_label = QLabel(self)
        self.pillars.changed.connect(self._on_pillars_changed)
        self.add(self.pillars, 1)
        self.add(self.total_label)
        self.section(self.tr("Recurring series"))
        self.series = TableEditor(
            [
                Column(self.tr("Name"), stretch=True),
                Column(self.tr("Hashtag")),
                Column(self.tr("Day"), "combo", [(weekday_name(d), d) for d in range(7)]),
                Column(self.tr("Network"), "combo", [(n.name, n.key) for n in self.catalogue]),
                Column(self.tr("Time"), "time"),
                Column(self.tr("Pillar")),
            ],
            add_text=self.tr("Add a &series"),
            accessible_name=self.tr("Recurring series"),
            new_row=lambda: ["", "#", 4, self._first_network(), "11:00", ""],
            parent=self,
        )
        self.add(self.series, 1)
        ready = QHBoxLayout()
        backstage = QPushButton(self.tr("+ Behind the scenes on our &closing day"), self)
        backstage.clicked.connect(self._on_backstage_clicked)
        own_tag = QPushButton(self.tr("+ A weekly rendez-vous with our own &hashtag"), self)
        own_tag.clicked.connect(self._on_own_tag_clicked)
        ready.addWidget(backstage)
        ready.addWidget(own_tag)
        ready.addStretch(1)
        self.body.addLayout(ready)

    def _radio_pair(self, form: QFormLayout, text: str, first: str, second: str) -> QRadioButton:
        row = QHBoxLayout()
        group = QButtonGroup(self)
        buttons = [QRadioButton(first, self), QRadioButton(second, self)]
        for button in buttons:
            button.setAccessibleName(f"{text} {button.text().replace('&', '')}")
            group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        form.addRow(text, row)
        return buttons[0]

    def _first_network(self) -> str:
        return self._chosen[0][0] if self._chosen else self.catalogue.keys()[0]

    def _on_pillars_changed(self) -> None:
        total = sum(share for _, share in self.pillars.rows())
        text = self.tr("Total: %1 %").replace("%1", str(total))
        self.total_label.setText(text if total == 100 else f"⚠ {text}")

    def _on_backstage_clicked(self) -> None:
        self.series.add_row(
            [
                self.tr("Behind the scenes"),
                self.tr("#ClosingDay"),
                self._closing_day,
                self._first_network(),
                "11:00",
                "",
            ]
        )

    def _on_own_tag_clicked(self) -> None:
        name = self._wizard.collect().venue_name.replace(" ", "").replace("-", "")
        self.series.add_row(
            [
                self.tr("Our weekly rendez-vous"),
                f"#{name[:20] or 'Rdv'}",
                4,
                self._first_network(),
                "12:30",
                "",
            ]
        )

    def refresh(self, draft: StrategyDraft) -> None:
        self._chosen = [(p.network, self.catalogue.get(p.network).name) for p in draft.networks]
        self._closing_day = draft.closing_days[0] if draft.closing_days else 0

    def load(self, draft: StrategyDraft) -> None:
        self.refresh(draft)
        self.register_combo.setCurrentIndex(
            max(0, self.register_combo.findData(draft.register.value))
        )
        self.we_radio.setChecked(draft.first_person_plural)
        self.we_radio.group().buttons()[1].setChecked(not draft.first_person_plural)
        self.formal_radio.setChecked(draft.formal_address)
        self.formal_radio.group().buttons()[1].setChecked(not draft.formal_address)
        self.pillars.set_rows([[p.name, p.target_percent] for p in draft.pillars])
        self.series.set_rows(
            [[s.name, s.hashtag, s.weekday, s.network, s.time, s.pillar] for s in draft.series]
        )
        self._on_pillars_changed()

    def store(self, draft: StrategyDraft) -> StrategyDraft:
        return draft.replace(
            register=Register(self.register_combo.currentData()),
            first_person_plural=self.we_radio.isChecked(),
            formal_address=self.formal_radio.isChecked(),
            pillars=tuple(Pillar(name, share) for name, share in self.pillars.rows() if name),
            series=tuple(
                Series(name, tag if tag != "#" else "", day, network, clock, pillar)
                for name, tag, day, network, clock, pillar in self.series.rows()
                if name
            ),
        )
