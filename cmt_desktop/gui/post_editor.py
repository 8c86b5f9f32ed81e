"""The post editor: every field of one post, with a live length count and plain-words checks."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QListWidgetItem, QStyle, QWidget

from cmt_desktop.domain.checks import (
    Problem,
    ProblemKind,
    RightsItem,
    Severity,
    all_hashtags,
    check_post,
    count_text,
)
from cmt_desktop.domain.networks import Network, NetworkCatalogue
from cmt_desktop.domain.post import Post, PostStatus, parse_hashtags
from cmt_desktop.gui.forms.ui_post_editor import Ui_PostEditorDialog
from cmt_desktop.gui.labels import status_label

_ICONS = {
    Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def _fill(template: str, *values: object) -> str:
    """Fill Qt-style ``%1``, ``%2`` markers, which Linguist checks every translation keeps."""
    for number in range(len(values), 0, -1):
        template = template.replace(f"%{number}", str(values[number - 1]))
    return template


def _to_qt(moment: datetime, zone: tzinfo | None) -> QDateTime:
    """The wall-clock time of ``moment`` in ``zone``, held as UTC so Qt never shifts it.

    The edits show UTC, which has no daylight-saving gaps: the venue's wall clock is shown as is,
    whatever the time zone of the computer.
    """
    wall = moment.astimezone(zone)
    return QDateTime(
        QDate(wall.year, wall.month, wall.day), QTime(wall.hour, wall.minute), QTimeZone.utc()
    )


def _from_qt(value: QDateTime, zone: tzinfo | None) -> datetime:
    day, clock = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=zone)


class PostEditorDialog(QDialog):
    """Edits one post; it only collects values, the caller stores the result of ``edited_post``.

    Nothing here blocks OK: a text over the network's limit is shown in red and explained, but the
    user may keep it (to shorten later, or because the network changed its limit).
    """

    def __init__(
        self,
        parent: QWidget | None,
        *,
        post: Post,
        catalogue: NetworkCatalogue,
        language: str,
        default_start: datetime,
        event_title: str = "",
    ) -> None:
        super().__init__(parent)
        self._post = post
        self._catalogue = catalogue
        self._language = language
        self._zone = (post.start or default_start).tzinfo
        self._ui = ui = Ui_PostEditorDialog()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("New post") if post.id is None else self.tr("Edit post"))
        if event_title:  # the post serves a venue event: say which
            self.setWindowTitle(
                self.tr("%1 — for the event “%2”")
                .replace("%1", self.windowTitle())
                .replace("%2", event_title)
            )
        for network in catalogue:
            ui.network_combo.addItem(network.name, network.key)
        if post.network not in catalogue:
            ui.network_combo.addItem(catalogue.get(post.network).name, post.network)
        ui.network_combo.setCurrentIndex(ui.network_combo.findData(post.network))
        for status in PostStatus:
            ui.status_combo.addItem(status_label(status), status.value)
        ui.status_combo.setCurrentIndex(ui.status_combo.findData(post.status.value))
        for edit in (ui.start_edit, ui.published_edit):
            edit.setTimeZone(QTimeZone.utc())
        ui.start_edit.setDateTime(_to_qt(post.start or default_start, self._zone))
        ui.start_edit.setToolTip(_fill(self.tr("Venue time (%1)"), self._zone))
        ui.idea_check.setChecked(post.start is None)
        ui.start_edit.setEnabled(post.start is not None)
        ui.duration_spin.setValue(int(post.duration.total_seconds()) // 60)
        ui.title_edit.setText(post.title)
        ui.body_edit.setPlainText(post.body)
        ui.hashtags_edit.setText(" ".join(post.hashtags))
        ui.media_notes_edit.setPlainText(post.media_notes)
        ui.alt_text_edit.setPlainText(post.alt_text)
        ui.pillar_edit.setText(post.pillar)
        ui.objective_edit.setText(post.objective)
        ui.audience_edit.setText(post.audience)
        ui.notes_edit.setPlainText(post.notes)
        ui.rights_image_check.setChecked(post.rights_image)
        ui.rights_consent_check.setChecked(post.rights_consent)
        ui.rights_credits_check.setChecked(post.rights_credits)
        published = post.published_at or post.start or default_start
        ui.published_edit.setDateTime(_to_qt(published, self._zone))
        ui.published_url_edit.setText(post.published_url)
        ok = ui.button_box.button(ui.button_box.StandardButton.Ok)
        ok.setToolTip(self.tr("Save the post (Ctrl+Return)"))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.accept)

        ui.network_combo.currentIndexChanged.connect(self._on_network_combo_current_index_changed)
        ui.status_combo.currentIndexChanged.connect(self._on_status_combo_current_index_changed)
        ui.idea_check.toggled.connect(self._on_idea_check_toggled)
        # Everything check_post reads refreshes the counter and the checks.
        for text_edit in (ui.body_edit, ui.media_notes_edit, ui.alt_text_edit):
            text_edit.textChanged.connect(self._update_checks)
        ui.hashtags_edit.textChanged.connect(self._update_checks)
        for check in (ui.rights_image_check, ui.rights_consent_check, ui.rights_credits_check):
            check.toggled.connect(self._update_checks)
        self._on_network_combo_current_index_changed()
        self._on_status_combo_current_index_changed()

    def edited_post(self) -> Post:
        """The post with the values of the form; identity and bookkeeping fields are kept."""
        ui, post = self._ui, self._post
        status = PostStatus(ui.status_combo.currentData())
        minutes = ui.duration_spin.value()
        same_duration = int(post.duration.total_seconds()) // 60 == minutes
        return post.replace(
            network=ui.network_combo.currentData(),
            title=ui.title_edit.text(),
            start=None if ui.idea_check.isChecked() else self._moment(ui.start_edit, post.start),
            duration=post.duration if same_duration else timedelta(minutes=minutes),
            status=status,
            body=ui.body_edit.toPlainText(),
            hashtags=parse_hashtags(ui.hashtags_edit.text()),
            media_notes=ui.media_notes_edit.toPlainText(),
            alt_text=ui.alt_text_edit.toPlainText(),
            pillar=ui.pillar_edit.text(),
            objective=ui.objective_edit.text(),
            audience=ui.audience_edit.text(),
            rights_image=ui.rights_image_check.isChecked(),
            rights_consent=ui.rights_consent_check.isChecked(),
            rights_credits=ui.rights_credits_check.isChecked(),
            published_at=(
                self._moment(ui.published_edit, post.published_at)
                if status is PostStatus.PUBLISHED
                else None
            ),
            published_url=ui.published_url_edit.text().strip(),
            notes=ui.notes_edit.toPlainText(),
        )

    def _moment(self, edit: QDateTimeEdit, original: datetime | None) -> datetime:
        """The edit's value in the post's zone; the original if the user left it as shown."""
        chosen = _from_qt(edit.dateTime(), self._zone)
        if original is not None and chosen == _from_qt(_to_qt(original, self._zone), self._zone):
            return original
        return chosen

    def _network(self) -> Network:
        return self._catalogue.get(self._ui.network_combo.currentData())

    def _on_network_combo_current_index_changed(self, _index: int = 0) -> None:
        network = self._network()
        notes = network.media_notes(self._language)
        self._ui.network_hint_label.setText(
            _fill(self.tr("Tips for %1: %2"), network.name, notes) if notes else ""
        )
        self._update_checks()

    def _on_status_combo_current_index_changed(self, _index: int = 0) -> None:
        published = self._ui.status_combo.currentData() == PostStatus.PUBLISHED.value
        for widget in (self._ui.published_edit, self._ui.published_url_edit):
            widget.setEnabled(published)
        self._update_checks()

    def _on_idea_check_toggled(self, checked: bool) -> None:
        self._ui.start_edit.setEnabled(not checked)

    def _update_checks(self) -> None:
        """Render the counter and the checks of the post as it stands in the form."""
        post, network = self.edited_post(), self._network()
        self._render_counter(post, network)
        checks = self._ui.checks_list
        checks.clear()
        style = self.style()
        for problem in check_post(post, network):
            warning = problem.severity is Severity.WARNING
            icon = style.standardIcon(_ICONS[problem.severity])
            text = self._problem_text(problem, network)
            item = QListWidgetItem(icon, text, checks)
            spoken = self.tr("Warning: %1") if warning else self.tr("Advice: %1")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, _fill(spoken, text))
        if not checks.count():
            checks.addItem(self.tr("Nothing to fix: the post fits the network and reads well."))

    def _render_counter(self, post: Post, network: Network) -> None:
        count = count_text(post.full_text(), network)
        tags = len(all_hashtags(post))
        limit, cap = network.text_limit, network.hashtag_cap
        number = self.locale().toString
        if limit:
            parts = [_fill(self.tr("%1 / %Ln character(s)", "", limit), number(count))]
        else:
            parts = [self.tr("%Ln character(s)", "", count)]
        if limit and count > limit:
            over = self.tr("%Ln character(s) over %1's limit", "", count - limit)
            parts.append(_fill(over, network.name))
        if cap:
            parts.append(_fill(self.tr("%1 / %Ln hashtag(s)", "", cap), number(tags)))
        else:
            parts.append(self.tr("%Ln hashtag(s)", "", tags))
        too_long = bool(limit and count > limit) or bool(cap and tags > cap)
        label = self._ui.counter_label
        label.setText(" · ".join(parts))
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        red = "#ff8a80" if dark else "#b3261e"
        label.setStyleSheet(f"color: {red}; font-weight: bold;" if too_long else "")

    def _problem_text(self, problem: Problem, network: Network) -> str:
        """One sentence: what is wrong and what to do about it."""
        kind, number, listed = problem.kind, self.locale().toString, ", ".join(problem.items)
        if kind is ProblemKind.TEXT_OVER_LIMIT:
            text = self.tr(
                "The text is %Ln character(s) too long for %1, which allows %2: shorten it, "
                "or split it into several posts.",
                "",
                problem.count - problem.limit,
            )
            return _fill(text, network.name, number(problem.limit))
        if kind is ProblemKind.TOO_MANY_HASHTAGS:
            text = self.tr(
                "%1 allows %Ln hashtag(s) per post and this one has %2: keep the most useful.",
                "",
                problem.limit,
            )
            return _fill(text, network.name, number(problem.count))
        if kind is ProblemKind.ALT_TEXT_MISSING:
            return self.tr(
                "A photo or video is planned but has no alt text: describe it on the Media tab "
                "for people who cannot see it."
            )
        if kind is ProblemKind.RIGHTS_UNCHECKED:
            names = {
                RightsItem.IMAGE: self.tr("image rights"),
                RightsItem.CONSENT: self.tr("consent of the people shown"),
                RightsItem.CREDITS: self.tr("credits"),
            }
            text = self.tr(
                "Not checked yet: %1. Sort them out before publishing, then tick them on the "
                "Rights tab."
            )
            return _fill(text, ", ".join(names[RightsItem(item)] for item in problem.items))
        if kind is ProblemKind.FANCY_LETTERS:
            text = self.tr(
                "“%1” uses decorative letters that screen readers spell out one by one or skip: "
                "type “%2” in ordinary letters."
            )
            return _fill(text, problem.subject, problem.suggestion)
        if kind is ProblemKind.HASHTAG_CASING:
            text = self.tr(
                "%1: if a hashtag joins several words, start each word with a capital "
                "(#JourDeFermeture) so screen readers can read it."
            )
            return _fill(text, listed)
        if kind is ProblemKind.HASHTAGS_INLINE:
            text = self.tr(
                "Hashtags inside the sentences (%1) interrupt the reading: put them at the end, "
                "or in the Hashtags field."
            )
            return _fill(text, listed)
        if kind is ProblemKind.TOO_MANY_EMOJI:
            text = self.tr(
                "%Ln emoji: screen readers say the name of each one. Keep %1 at most, at the end.",
                "",
                problem.count,
            )
            return _fill(text, number(problem.limit))
        text = self.tr(
            "%1 stands between words, where screen readers will read its name: write the word, "
            "and keep emoji for the end."
        )
        return _fill(text, problem.subject)  # ProblemKind.EMOJI_AS_WORD
