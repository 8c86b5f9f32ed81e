"""The "today" panel: what to publish today and this week, with one-click actions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDockWidget,
    QGridLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cmt_desktop import services
from cmt_desktop.domain.post import Post, PostStatus
from cmt_desktop.domain.schedule import week_at_a_glance
from cmt_desktop.gui.labels import status_label
from cmt_desktop.gui.post_editing import PostEditing

DONE = (PostStatus.PUBLISHED, PostStatus.SKIPPED)
POST_DATA = Qt.ItemDataRole.UserRole + 20  #: the Post of a row


class TodayPanel(QDockWidget):
    """Late posts, today's, then the rest of the week; actions on the selected one.

    Signals:
        post_opened(int): the user asked to open a post in the editor.
        saved_answers_requested(): the user wants the kit of saved answers.
    """

    post_opened = Signal(int)
    saved_answers_requested = Signal()

    def __init__(
        self,
        parent: QWidget,
        *,
        venue: services.Venue,
        clock: Callable[[], datetime],
        editing: PostEditing,
    ) -> None:
        super().__init__(self.tr("Today"), parent)
        self.setObjectName("today_dock")
        self._venue = venue
        self._clock = clock
        self._editing = editing
        body = QWidget(self)
        self.list = QListWidget(body)
        self.list.setObjectName("today_list")
        self.list.setAccessibleName(self.tr("Posts to publish: late, today and this week"))
        self.list.setWordWrap(True)
        self.empty_label = QLabel(self.tr("Nothing to publish this week."), body)
        self.empty_label.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for number, (name, text) in enumerate(
            (
                ("copy", self.tr("&Copy the text")),
                ("open_site", self.tr("Open the &network")),
                ("published", self.tr("Mark as p&ublished…")),
                ("postpone", self.tr("P&ostpone")),
                ("skip", self.tr("S&kip…")),
                ("edit", self.tr("Op&en the post")),
            )
        ):
            button = QPushButton(text, body)
            button.setObjectName(f"today_{name}_button")
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            grid.addWidget(button, number // 2, number % 2)
            self.buttons[name] = button
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(grid)
        answers = QPushButton(self.tr("Saved &answers…"), body)
        answers.setObjectName("today_answers_button")
        answers.setAccessibleName(self.tr("Saved answers"))
        answers.clicked.connect(self.saved_answers_requested)
        layout.addWidget(answers)
        self.setWidget(body)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.list.itemActivated.connect(lambda _item: self._on_edit_clicked())
        self.buttons["copy"].clicked.connect(self._on_copy_clicked)
        self.buttons["open_site"].clicked.connect(self._on_open_site_clicked)
        self.buttons["published"].clicked.connect(self._on_published_clicked)
        self.buttons["postpone"].clicked.connect(self._on_postpone_clicked)
        self.buttons["skip"].clicked.connect(self._on_skip_clicked)
        self.buttons["edit"].clicked.connect(self._on_edit_clicked)
        self.reload()

    def reload(self) -> None:
        """Read the week again (after any change), keeping the selected post if still there."""
        selected = self.selected_post()
        now = self._clock().astimezone(self._venue.tz)
        today = now.date()
        week_end = today + timedelta(days=6 - today.weekday())
        posts = services.posts_between(
            self._venue, first_day=today - timedelta(days=7), last_day=week_end
        )
        late, today_posts, later = week_at_a_glance(posts, now=now)
        self.list.clear()
        for title, group in (
            (self.tr("Late"), late),
            (self.tr("Today"), today_posts),
            (self.tr("Later this week"), later),
        ):
            if group:
                self._add_header(title)
                for post in group:
                    self._add_post(post)
        self.empty_label.setVisible(self.list.count() == 0)
        if selected is not None:
            self.select(selected.id)
        self._on_list_current_item_changed()

    def select(self, post_id: int | None) -> None:
        """Select a post (used when a reminder is clicked)."""
        for row in range(self.list.count()):
            post = self.list.item(row).data(POST_DATA)
            if post is not None and post.id == post_id:
                self.list.setCurrentRow(row)
                return

    def selected_post(self) -> Post | None:
        """The post under the selection, if any."""
        item = self.list.currentItem()
        return item.data(POST_DATA) if item is not None else None

    def _add_header(self, title: str) -> None:
        item = QListWidgetItem(title, self.list)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)

    def _add_post(self, post: Post) -> None:
        assert post.start is not None
        network = self._venue.catalogue.get(post.network).name
        when = post.start.strftime("%H:%M")
        if post.start.date() != self._clock().astimezone(self._venue.tz).date():
            when = f"{QLocale().toString(post.start.date(), 'ddd d')} {when}"
        text = f"{when}  {network} — {post.display_title} ({status_label(post.status)})"
        item = QListWidgetItem(text, self.list)
        item.setData(POST_DATA, post)

    # --- actions ------------------------------------------------------------------------

    def _on_list_current_item_changed(self, *_args: object) -> None:
        post = self.selected_post()
        for name, button in self.buttons.items():
            enabled = post is not None
            if name in ("published", "skip", "postpone"):
                enabled = enabled and post.status not in DONE
            if name == "open_site":
                enabled = enabled and bool(self._venue.catalogue.get(post.network).url)
            button.setEnabled(bool(enabled))

    def _on_copy_clicked(self) -> None:
        post = self.selected_post()
        if post is not None:
            QGuiApplication.clipboard().setText(post.full_text())

    def _on_open_site_clicked(self) -> None:
        post = self.selected_post()
        if post is not None:
            QDesktopServices.openUrl(QUrl(self._venue.catalogue.get(post.network).url))

    def _on_published_clicked(self) -> None:
        post = self.selected_post()
        if post is None or post.id is None:
            return
        link, accepted = QInputDialog.getText(
            self,
            self.tr("Mark as published"),
            self.tr("Link to the published post (optional):"),
            text=post.published_url,
        )
        if accepted:
            self._editing.mark_published(post.id, link=link)

    def _on_postpone_clicked(self) -> None:
        post = self.selected_post()
        if post is not None and post.id is not None:
            self._editing.postpone(post.id)

    def _on_skip_clicked(self) -> None:
        post = self.selected_post()
        if post is None or post.id is None:
            return
        reason, accepted = QInputDialog.getText(
            self, self.tr("Skip this post"), self.tr("Why is it skipped? (kept in its notes)")
        )
        if accepted:
            self._editing.skip(post.id, reason=reason)

    def _on_edit_clicked(self) -> None:
        post = self.selected_post()
        if post is not None and post.id is not None:
            self.post_opened.emit(post.id)
