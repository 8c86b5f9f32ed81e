"""Interface language: follows the choice, switches at run time, translates Qt's own buttons."""

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from cmt_desktop import services
from cmt_desktop.cli import build_parser, main
from cmt_desktop.gui.app import Application
from cmt_desktop.gui.i18n import resolve_language


@pytest.fixture
def application(qapp, data_dir):
    # A venue with a strategy: on an empty one the wizard would open by itself.
    assert main(["--data-dir", str(data_dir), "demo", "--posts", "5"]) == 0
    locale = QLocale()
    app = Application(build_parser().parse_args(["--data-dir", str(data_dir)]))
    yield app
    app.close()
    QLocale.setDefault(locale)  # leave the process as the other tests expect it


def _menu_titles(window):
    return [action.text() for action in window.menuBar().actions()]


def test_switching_to_french_rebuilds_the_window_and_is_remembered(application):
    application.args.lang = "en"
    assert application.start()
    assert _menu_titles(application.window)[0] == "&File"
    french = next(
        a for a in application.window.actions_.language_group.actions() if a.data() == "fr"
    )
    french.trigger()
    window = application.window
    assert _menu_titles(window)[:3] == ["&Fichier", "É&dition", "&Affichage"]
    assert window.actions_.new_post.text() == "&Nouvelle publication…"
    assert services.language(application.venue) == "fr"
    assert QLocale().language() == QLocale.Language.French
    # Qt's own strings (standard dialog buttons) come from qtbase_fr.qm.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


def test_stored_choice_is_used_at_next_start(application, data_dir):
    application.args.lang = None
    assert application.start()
    services.set_language(application.venue, code="fr")
    application.close()
    again = Application(build_parser().parse_args(["--data-dir", str(data_dir)]))
    try:
        assert again.start()
        assert _menu_titles(again.window)[0] == "&Fichier"
    finally:
        again.close()


def test_resolve_language_prefers_choice_then_system():
    assert resolve_language("fr") == "fr"
    assert resolve_language("en") == "en"
    assert resolve_language("") in ("fr", "en")
