"""The post editor dialog: live counter and checks, edited values, keyboard and accessibility."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)

from cmt_desktop.domain.networks import Network, NetworkCatalogue
from cmt_desktop.domain.post import Post, PostStatus
from cmt_desktop.gui.post_editor import PostEditorDialog

PARIS = ZoneInfo("Europe/Paris")
CATALOGUE = NetworkCatalogue(
    [
        Network(
            key="instagram",
            name="Instagram",
            text_limit=2200,
            hashtag_cap=5,
            media={"fr": "Fil 4:5 ou 1:1.", "en": "Feed 4:5 or 1:1."},
        ),
        Network(
            key="bluesky",
            name="Bluesky",
            text_limit=300,
            counting="graphemes",
            media={"fr": "Jusqu'à 4 images.", "en": "Up to 4 images."},
        ),
        Network(key="newsletter", name="Lettre d'information"),
    ]
)
NEXT_HOUR = datetime(2026, 3, 4, 10, 0, tzinfo=PARIS)


@pytest.fixture
def make_dialog(qtbot):
    def make(post: Post, language: str = "fr") -> PostEditorDialog:
        dialog = PostEditorDialog(
            None, post=post, catalogue=CATALOGUE, language=language, default_start=NEXT_HOUR
        )
        qtbot.addWidget(dialog)
        return dialog

    return make


def stored_post(**changes) -> Post:
    base = Post(
        network="instagram",
        title="Coulisses",
        start=datetime(2026, 5, 18, 18, 30, tzinfo=PARIS),
        status=PostStatus.DRAFT,
        body="Dans les réserves du musée.",
        hashtags=("#JourDeFermeture",),
        id=7,
        uid="post-7@cmt",
        sequence=3,
    )
    return base.replace(**changes)


def checks_text(dialog: PostEditorDialog) -> list[str]:
    checks = dialog._ui.checks_list
    return [checks.item(row).text() for row in range(checks.count())]


def test_typing_in_the_body_updates_the_counter(make_dialog, qtbot):
    dialog = make_dialog(stored_post(body="", hashtags=()))
    counter = dialog._ui.counter_label
    number = dialog.locale().toString
    assert counter.text().startswith(f"0 / {number(2200)} ")
    qtbot.keyClicks(dialog._ui.body_edit, "Concert samedi")  # QTest types ASCII only
    assert counter.text().startswith(f"14 / {number(2200)} ")
    dialog._ui.body_edit.insertPlainText(" : fête de la musique à la médiathèque")
    assert counter.text().startswith(f"52 / {number(2200)} ")
    dialog._ui.hashtags_edit.setText("#FeteDeLaMusique, Médiathèque")
    assert f"2 / {number(5)} " in counter.text()
    assert counter.styleSheet() == ""


def test_over_bluesky_limit_warns_in_red_and_ok_still_accepts(make_dialog, qtbot):
    body = "Ce soir, la médiathèque reste ouverte jusqu'à minuit pour la Nuit de la lecture. " * 4
    dialog = make_dialog(stored_post(network="bluesky", body=body.strip(), hashtags=()))
    counter = dialog._ui.counter_label
    over = len(body.strip()) - 300
    assert f"{over} " in counter.text() and "Bluesky" in counter.text()
    assert "color" in counter.styleSheet()
    assert any("too long for Bluesky" in line for line in checks_text(dialog))

    dialog.show()
    ok = dialog._ui.button_box.button(dialog._ui.button_box.StandardButton.Ok)
    assert ok.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.edited_post().body == body.strip()


def test_changing_network_recounts(make_dialog):
    dialog = make_dialog(stored_post(body="🇫🇷" * 200, hashtags=()))
    assert not dialog._ui.counter_label.styleSheet()
    dialog._ui.network_combo.setCurrentIndex(dialog._ui.network_combo.findData("bluesky"))
    assert dialog._ui.counter_label.text().startswith("200 / 300 ")
    assert "Up to 4" not in dialog._ui.network_hint_label.text()
    assert "Jusqu'à 4 images." in dialog._ui.network_hint_label.text()


def test_checks_list_problems_in_plain_words(make_dialog):
    dialog = make_dialog(
        stored_post(
            status=PostStatus.READY,
            media_notes="Photo de la réserve",
            hashtags=("#jourdefermeture",),
        )
    )
    lines = checks_text(dialog)
    assert any("no alt text" in line for line in lines)
    assert any("consent of the people shown" in line for line in lines)
    assert any("#jourdefermeture" in line for line in lines)
    dialog._ui.alt_text_edit.setPlainText("Deux régisseuses emballent un vase.")
    for check in (
        dialog._ui.rights_image_check,
        dialog._ui.rights_consent_check,
        dialog._ui.rights_credits_check,
    ):
        check.setChecked(True)
    dialog._ui.hashtags_edit.setText("#JourDeFermeture")
    assert checks_text(dialog) == ["Nothing to fix: the post fits the network and reads well."]


def test_unchanged_form_gives_back_the_same_post(make_dialog):
    post = stored_post(published_at=None, duration=timedelta(minutes=45))
    assert make_dialog(post).edited_post() == post


def test_edited_post_returns_changed_fields_and_keeps_identity(make_dialog):
    dialog = make_dialog(stored_post())
    ui = dialog._ui
    ui.network_combo.setCurrentIndex(ui.network_combo.findData("bluesky"))
    ui.title_edit.setText("Nuit des musées")
    ui.body_edit.setPlainText("Rendez-vous samedi dès 19 h !")
    ui.hashtags_edit.setText("NuitDesMusees #Patrimoine")
    ui.start_edit.setDateTime(QDateTime(QDate(2026, 5, 23), QTime(19, 0), QTimeZone.utc()))
    ui.duration_spin.setValue(90)
    ui.status_combo.setCurrentIndex(ui.status_combo.findData(PostStatus.PUBLISHED.value))
    ui.published_edit.setDateTime(QDateTime(QDate(2026, 5, 23), QTime(19, 5), QTimeZone.utc()))
    ui.published_url_edit.setText(" https://bsky.app/profile/musee/post/1 ")
    ui.media_notes_edit.setPlainText("Photo de la chouette")
    ui.alt_text_edit.setPlainText("Une chouette en carton éclairée dans la cour.")
    ui.pillar_edit.setText("Événements")
    ui.objective_edit.setText("Attirer de nouveaux publics")
    ui.audience_edit.setText("Jeunes adultes")
    ui.notes_edit.setPlainText("Demander la photo à Léa.")
    ui.rights_image_check.setChecked(True)
    ui.rights_consent_check.setChecked(True)

    edited = dialog.edited_post()
    assert (edited.id, edited.uid, edited.sequence) == (7, "post-7@cmt", 3)
    assert edited.network == "bluesky"
    assert edited.title == "Nuit des musées"
    assert edited.body == "Rendez-vous samedi dès 19 h !"
    assert edited.hashtags == ("#NuitDesMusees", "#Patrimoine")
    assert edited.start == datetime(2026, 5, 23, 19, 0, tzinfo=PARIS)
    assert edited.start.utcoffset() == timedelta(hours=2)
    assert edited.duration == timedelta(minutes=90)
    assert edited.status is PostStatus.PUBLISHED
    assert edited.published_at == datetime(2026, 5, 23, 19, 5, tzinfo=PARIS)
    assert edited.published_url == "https://bsky.app/profile/musee/post/1"
    assert edited.media_notes == "Photo de la chouette"
    assert edited.alt_text.startswith("Une chouette")
    assert (edited.pillar, edited.objective, edited.audience) == (
        "Événements",
        "Attirer de nouveaux publics",
        "Jeunes adultes",
    )
    assert edited.notes == "Demander la photo à Léa."
    assert (edited.rights_image, edited.rights_consent, edited.rights_credits) == (
        True,
        True,
        False,
    )


def test_publication_fields_follow_the_status(make_dialog):
    dialog = make_dialog(stored_post())
    ui = dialog._ui
    assert not ui.published_edit.isEnabled() and not ui.published_url_edit.isEnabled()
    ui.status_combo.setCurrentIndex(ui.status_combo.findData(PostStatus.PUBLISHED.value))
    assert ui.published_edit.isEnabled() and ui.published_url_edit.isEnabled()
    assert dialog.edited_post().published_at == stored_post().start
    ui.status_combo.setCurrentIndex(ui.status_combo.findData(PostStatus.SKIPPED.value))
    assert dialog.edited_post().published_at is None


def test_idea_checkbox_clears_start(make_dialog, qtbot):
    dialog = make_dialog(stored_post())
    dialog.show()
    qtbot.mouseClick(dialog._ui.idea_check, Qt.MouseButton.LeftButton)
    assert dialog._ui.idea_check.isChecked()
    assert not dialog._ui.start_edit.isEnabled()
    assert dialog.edited_post().start is None


def test_undated_idea_starts_at_the_default_when_given_a_date(make_dialog):
    dialog = make_dialog(Post(network="instagram"))
    assert dialog.windowTitle() == "New post"
    assert dialog._ui.idea_check.isChecked()
    assert dialog.edited_post().start is None
    dialog._ui.idea_check.setChecked(False)
    assert dialog.edited_post().start == NEXT_HOUR


def test_ctrl_return_accepts_from_the_text(make_dialog, qtbot):
    dialog = make_dialog(stored_post())
    with qtbot.waitActive(dialog):
        dialog.show()
    dialog._ui.body_edit.setFocus()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog._ui.body_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog._ui.body_edit.toPlainText() == stored_post().body


def test_tab_leaves_the_text_boxes(make_dialog):
    dialog = make_dialog(stored_post())
    for edit in dialog.findChildren(QPlainTextEdit):
        assert edit.tabChangesFocus(), edit.objectName()


INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton, QListWidget)


def test_every_input_has_an_accessible_name(make_dialog):
    dialog = make_dialog(stored_post())
    inputs = [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, INPUTS)
        and not w.objectName().startswith("qt_")
        and isinstance(w.parent(), QWidget)
        and not isinstance(w.parent(), INPUTS)
    ]
    names = {w.objectName() for w in inputs}
    assert {
        "network_combo",
        "start_edit",
        "idea_check",
        "body_edit",
        "alt_text_edit",
        "rights_consent_check",
        "published_url_edit",
        "checks_list",
    } <= names
    buttons = dialog._ui.button_box.buttons()
    for widget in inputs:
        if widget in buttons:
            assert widget.text(), "dialog buttons are named by their text"
        else:
            assert widget.accessibleName(), widget.objectName()


def test_labels_have_buddies(make_dialog):
    dialog = make_dialog(stored_post())
    ui = dialog._ui
    for label in (
        ui.network_label,
        ui.status_label,
        ui.start_label,
        ui.duration_label,
        ui.title_label,
        ui.body_label,
        ui.hashtags_label,
        ui.media_notes_label,
        ui.alt_text_label,
        ui.pillar_label,
        ui.objective_label,
        ui.audience_label,
        ui.notes_label,
        ui.published_label,
        ui.published_url_label,
        ui.checks_label,
    ):
        assert label.buddy() is not None, label.objectName()
        assert "&" in label.text(), label.objectName()


def test_a_post_shows_the_event_it_serves(qtbot):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from cmt_desktop.domain.post import Post
    from cmt_desktop.gui.post_editor import PostEditorDialog
    from cmt_desktop.resources import network_catalogue

    start = datetime(2026, 3, 14, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))
    dialog = PostEditorDialog(
        None,
        post=Post(network="instagram", start=start, id=3, event_id=7),
        catalogue=network_catalogue(),
        language="en",
        default_start=start,
        event_title="Nuit de la lecture",
    )
    qtbot.addWidget(dialog)
    assert "Nuit de la lecture" in dialog.windowTitle()
