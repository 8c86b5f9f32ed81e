"""The strategy wizard driven like a user: typing, ticking, Next, and Generate my calendar."""

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QMessageBox, QWizard

from cmt_desktop import strategies
from cmt_desktop.demo import demo_strategy
from cmt_desktop.domain.strategy import StrategyDraft
from cmt_desktop.gui.wizard.strategy_wizard import StrategyWizard
from cmt_desktop.resources import fit_rules

TODAY = date(2026, 3, 4)


@pytest.fixture
def saved_drafts():
    return []


@pytest.fixture
def make_wizard(qtbot, venue, saved_drafts):
    def make(draft: StrategyDraft) -> StrategyWizard:
        wizard = StrategyWizard(
            None,
            draft=draft,
            catalogue=venue.catalogue,
            fit_rules=fit_rules(),
            language="en",
            today=TODAY,
            save_draft=saved_drafts.append,
        )
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        return wizard

    return make


def _next(qtbot, wizard):
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def _page(wizard, number):
    return wizard.pages[number - 1]


def test_venue_name_is_required_before_next(qtbot, make_wizard):
    wizard = make_wizard(StrategyDraft())
    _next(qtbot, wizard)
    assert wizard.currentPage() is _page(wizard, 1)
    problems = _page(wizard, 1).findChild(QLabel, "problems_label")
    assert problems.isVisible() and "name" in problems.text()
    qtbot.keyClicks(_page(wizard, 1).name_edit, "Mediatheque des Ponts")
    _next(qtbot, wizard)
    assert wizard.currentPage() is _page(wizard, 2)
    assert wizard.collect().venue_name == "Mediatheque des Ponts"


def test_drive_every_page_and_generate_the_plan(qtbot, make_wizard, venue, clock, saved_drafts):
    wizard = make_wizard(StrategyDraft())
    venue_page = _page(wizard, 1)
    qtbot.keyClicks(venue_page.name_edit, "Mediatheque des Ponts")
    qtbot.keyClicks(venue_page.town_edit, "Nantes")
    venue_page.closing_checks[0].setChecked(True)
    _next(qtbot, wizard)

    why = _page(wizard, 2)
    qtbot.mouseClick(why.objectives.add_button, Qt.MouseButton.LeftButton)
    goal, target = why.objectives.table.cellWidget(0, 1), why.objectives.table.cellWidget(0, 2)
    qtbot.keyClicks(goal, "Reach teenagers")
    qtbot.keyClicks(target, "30 new members under 25 by June")
    qtbot.mouseClick(why.audiences.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(why.audiences.table.cellWidget(0, 0), "Teens")
    qtbot.keyClicks(why.audiences.table.cellWidget(0, 1), "Workshops and reading ideas")
    _next(qtbot, wizard)

    tools = _page(wizard, 3)
    assert tools.network_list.count() >= 10
    first = tools.network_list.item(0)
    assert "suggested" in first.text()  # the best fit comes first, with its reasons
    first.setCheckState(Qt.CheckState.Checked)
    _next(qtbot, wizard)  # a network without reason, objective or public cannot pass
    assert wizard.currentPage() is tools
    qtbot.keyClicks(tools.reason_edit, "Teens are there every day")
    tools.objective_combo.setCurrentIndex(1)
    tools.audience_list.item(0).setCheckState(Qt.CheckState.Checked)
    _next(qtbot, wizard)
    assert wizard.currentPage() is _page(wizard, 4)

    tone = _page(wizard, 4)
    tone.findChild(QCheckBox)  # the page is built
    qtbot.mouseClick(tone.pillars.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tone.pillars.table.cellWidget(0, 0), "Behind the scenes")
    tone.pillars.table.cellWidget(0, 1).setValue(100)
    _next(qtbot, wizard)
    _next(qtbot, wizard)  # on-site: the default campaign is fine

    participation = _page(wizard, 6)
    qtbot.mouseClick(participation.slots.add_button, Qt.MouseButton.LeftButton)
    assert len(participation.answers.rows()) == 4  # the starter kit of saved answers
    _next(qtbot, wizard)

    summary = _page(wizard, 7)
    assert "Mediatheque des Ponts" in summary.preview.toPlainText()
    summary.weeks_spin.setValue(8)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert saved_drafts, "a draft is kept at every page change"

    draft = wizard.collect()
    assert draft.venue_name == "Mediatheque des Ponts" and draft.closing_days == (0,)
    assert draft.networks[0].reason == "Teens are there every day"
    assert draft.plan_weeks == 8
    result = strategies.accept_strategy(venue, draft=draft, start=TODAY, now=clock)
    assert result.created > 0
    assert strategies.current_strategy(venue) == draft
    assert venue.name == "Mediatheque des Ponts"


def test_reopening_shows_every_answer(make_wizard):
    draft = demo_strategy(today=TODAY)
    wizard = make_wizard(draft)
    assert wizard.collect() == draft


def test_main_window_opens_the_wizard_and_plans(qtbot, make_window, venue, clock):
    strategies.keep_draft(venue, draft=demo_strategy(today=TODAY), now=clock)
    window = make_window()

    def click_through():
        wizard = QApplication.activeModalWidget()
        assert isinstance(wizard, StrategyWizard)
        assert wizard.collect().venue_name  # the kept draft was resumed
        QTimer.singleShot(0, close_report)
        wizard.accept()

    def close_report():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        assert "New posts planned" in box.text()
        box.accept()

    QTimer.singleShot(0, click_through)
    window.actions_.strategy_wizard.trigger()
    assert venue.posts.count() > 0
    assert strategies.current_strategy(venue) is not None
    assert "Médiathèque Louise-Michel" in window.windowTitle()


def test_first_start_on_an_empty_file_needs_the_wizard(venue):
    assert strategies.needs_first_strategy(venue)


def test_strategy_document_from_the_menu(qtbot, make_window, venue, clock, tmp_path, monkeypatch):
    import zipfile

    from PySide6.QtWidgets import QFileDialog

    strategies.save_strategy(venue, draft=demo_strategy(today=TODAY), now=clock)
    window = make_window()
    target = tmp_path / "strategie"  # no extension typed: the chosen format adds it
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *args, **kwargs: (str(target), "OpenDocument text, for LibreOffice (*.odt)"),
    )
    window.actions_.strategy_document.trigger()
    written = tmp_path / "strategie.odt"
    with zipfile.ZipFile(written) as odt:
        assert odt.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        assert "Louise-Michel" in odt.read("content.xml").decode()
