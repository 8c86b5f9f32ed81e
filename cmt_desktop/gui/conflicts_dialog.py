"""Posts changed here and on the team calendar: both versions side by side; the user chooses."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cmt_desktop import services
from cmt_desktop.domain.post import Post
from cmt_desktop.gui.write_errors import WRITE_ERRORS, report_write_error


class ConflictsDialog(QDialog):
    """One conflict at a time: this computer's version, the server's, and two buttons.

    Signals:
        resolved(): a conflict was settled (the calendar must reload).
    """

    resolved = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        *,
        venue: services.Venue,
        clock: Callable[[], datetime],
        language: str,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflicts_dialog")
        self.setWindowTitle(self.tr("Changed on both sides"))
        self.setAccessibleName(self.windowTitle())
        self._venue = venue
        self._clock = clock
        self._language = language
        self._conflicts: list = []
        intro = QLabel(
            self.tr(
                "These posts were changed here and, since the last sync, by a colleague on the "
                "team calendar. Nothing was overwritten: choose the version to keep."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.nothing = QLabel(
            self.tr(
                "Nothing to settle: every post is the same here and on the team calendar "
                "(as of the last sync)."
            ),
            self,
        )
        self.nothing.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Posts to settle"))
        self.mine = QPlainTextEdit(self)
        self.theirs = QPlainTextEdit(self)
        for box, name in (
            (self.mine, self.tr("On this computer")),
            (self.theirs, self.tr("On the team calendar")),
        ):
            box.setReadOnly(True)
            box.setAccessibleName(name)
        self.keep_mine = QPushButton(self.tr("Keep &mine"), self)
        self.keep_theirs = QPushButton(self.tr("Keep the &team calendar's"), self)
        self.keep_mine.clicked.connect(lambda: self._resolve("local"))
        self.keep_theirs.clicked.connect(lambda: self._resolve("remote"))
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("On this computer"), self), 0, 0)
        grid.addWidget(QLabel(self.tr("On the team calendar"), self), 0, 1)
        grid.addWidget(self.mine, 1, 0)
        grid.addWidget(self.theirs, 1, 1)
        grid.addWidget(self.keep_mine, 2, 0)
        grid.addWidget(self.keep_theirs, 2, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.nothing)
        layout.addWidget(self.list)
        layout.addLayout(grid, 1)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        self.resize(760, 520)
        self.reload()

    def reload(self) -> None:
        """Read the conflicts waiting in the venue file (no network)."""
        from cmt_desktop.team_calendar.sync import open_conflicts

        self._conflicts = open_conflicts(self._venue, now=self._clock(), language=self._language)
        self.list.clear()
        for conflict in self._conflicts:
            post = conflict.local or conflict.remote
            self.list.addItem(post.display_title if post else conflict.uid)
        self.nothing.setVisible(not self._conflicts)
        if self._conflicts:
            self.list.setCurrentRow(0)
        else:
            self._show(-1)

    def _describe(self, post: Post | None, gone: str) -> str:
        if post is None:
            return gone
        when = (
            QLocale().toString(post.start.astimezone(self._venue.tz), QLocale.FormatType.LongFormat)
            if post.start
            else self.tr("no date")
        )
        network = self._venue.catalogue.get(post.network).name
        return f"{when}\n{network} — {post.display_title}\n\n{post.body}"

    def _show(self, row: int) -> None:
        found = 0 <= row < len(self._conflicts)
        for button in (self.keep_mine, self.keep_theirs):
            button.setEnabled(found)
        if not found:
            self.mine.setPlainText("")
            self.theirs.setPlainText("")
            return
        conflict = self._conflicts[row]
        self.mine.setPlainText(self._describe(conflict.local, self.tr("Deleted on this computer.")))
        self.theirs.setPlainText(
            self._describe(conflict.remote, self.tr("Deleted from the team calendar."))
        )

    def _resolve(self, keep: str) -> None:
        from cmt_desktop.team_calendar.sync import resolve_conflict

        row = self.list.currentRow()
        if not 0 <= row < len(self._conflicts):
            return
        try:
            resolve_conflict(
                self._venue,
                self._conflicts[row].uid,
                keep=keep,  # type: ignore[arg-type]
                now=self._clock(),
                language=self._language,
            )
        except WRITE_ERRORS as exc:
            report_write_error(self, exc)
            return
        except LookupError:  # settled meanwhile (by the sync)
            pass
        self.resolved.emit()
        self.reload()
