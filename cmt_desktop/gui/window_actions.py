"""The main window's menus and actions, with their shortcuts and translated names."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow


class WindowActions(QObject):
    """Creates the actions and the menu bar of a main window."""

    def __init__(
        self, window: QMainWindow, undo_stack: QUndoStack, panel_toggles: list[QAction]
    ) -> None:
        super().__init__(window)
        self._window = window
        self.panel_toggles = panel_toggles  # the docks' own show/hide actions

        def action(text: str, shortcut: QKeySequence | str | None = None) -> QAction:
            created = QAction(text, window)
            if shortcut is not None:
                created.setShortcut(QKeySequence(shortcut))
            return created

        std = QKeySequence.StandardKey
        self.new_post = action(self.tr("&New post…"), std.New)
        self.new_event = action(self.tr("New venue e&vent…"), "Ctrl+Alt+N")
        self.new_idea = action(self.tr("New &idea (no date)…"), "Ctrl+Shift+N")
        self.edit_post = action(self.tr("&Edit post…"), "Ctrl+E")
        self.duplicate_post = action(self.tr("Dupli&cate post"), "Ctrl+D")
        self.delete_post = action(self.tr("&Delete post"), std.Delete)
        self.import_programme = action(
            self.tr("&Import the venue's programme (.ics)…"), "Ctrl+Shift+I"
        )
        self.export_ics = action(self.tr("&Export to a calendar (.ics)…"), "Ctrl+Shift+E")
        self.export_csv = action(self.tr("Export for a &spreadsheet (.csv)…"))
        self.open_file = action(self.tr("&Open a venue file…"), std.Open)
        self.save_copy = action(self.tr("Save a &copy as…"))
        self.handover = action(self.tr("&Hand-over pack for a colleague…"))
        self.backups = action(self.tr("&Backups…"), "Ctrl+Shift+B")
        self.team_calendar = action(self.tr("&Team calendar…"))
        self.team_conflicts = action(self.tr("Changed on &both sides…"))
        self.quit = action(self.tr("&Quit"), std.Quit)
        self.undo = undo_stack.createUndoAction(window, self.tr("&Undo"))
        self.undo.setShortcut(QKeySequence(std.Undo))
        self.redo = undo_stack.createRedoAction(window, self.tr("&Redo"))
        self.redo.setShortcut(QKeySequence(std.Redo))
        self.previous = action(self.tr("&Previous"), "Alt+Left")
        self.today = action(self.tr("&Today"), "Ctrl+T")
        self.next = action(self.tr("N&ext"), "Alt+Right")
        self.month_view = action(self.tr("&Month"), "Ctrl+1")
        self.week_view = action(self.tr("&Week"), "Ctrl+2")
        self.agenda_view = action(self.tr("&Agenda"), "Ctrl+3")
        self.about = action(self.tr("&About CMt Desktop"))
        self.regularity = action(self.tr("&Regularity…"), "Ctrl+R")
        self.cultural_dates = action(self.tr("&Cultural dates"), "Ctrl+Shift+D")
        self.cultural_dates.setCheckable(True)
        self.cultural_dates.setToolTip(
            self.tr("Show national days and events your venue can take part in")
        )
        self.preferences = action(self.tr("&Reminders and start-up…"), std.Preferences)
        self.strategy_wizard = action(self.tr("Our &strategy (wizard)…"), "Ctrl+Shift+S")
        self.saved_answers = action(self.tr("Saved &answers…"), "Ctrl+Shift+A")
        self.strategy_document = action(self.tr("Save the strategy &document (PDF, ODT)…"))
        self.strategy_preview = action(self.tr("Print the strategy…"), std.Print)
        self.strategy_wizard.setToolTip(
            self.tr("Why we are on each network, for whom, at what rhythm — and the plan it gives")
        )
        self.previous.setToolTip(self.tr("Previous month or week (Alt+Left)"))
        self.next.setToolTip(self.tr("Next month or week (Alt+Right)"))
        self.today.setToolTip(self.tr("Go to today (Ctrl+T)"))

        self._views = QActionGroup(window)
        for view_action in (self.month_view, self.week_view, self.agenda_view):
            view_action.setCheckable(True)
            self._views.addAction(view_action)
        self.month_view.setChecked(True)

        self.language_group = QActionGroup(window)
        self._languages = {}
        for code, label in (
            ("", self.tr("Follow the &system")),
            ("fr", "&Français"),
            ("en", "&English"),
        ):
            language_action = action(label)
            language_action.setCheckable(True)
            language_action.setData(code)
            self.language_group.addAction(language_action)
            self._languages[code] = language_action

        self.set_post_actions_enabled(False)
        self._build_menus()

    def _build_menus(self) -> None:
        window = self._window
        bar = window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.open_file, self.save_copy, self.handover])
        file_menu.addSeparator()
        file_menu.addActions([self.import_programme, self.export_ics, self.export_csv])
        file_menu.addSeparator()
        file_menu.addAction(self.backups)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo, self.redo])
        edit_menu.addSeparator()
        edit_menu.addActions(
            [
                self.new_post,
                self.new_event,
                self.new_idea,
                self.edit_post,
                self.duplicate_post,
                self.delete_post,
            ]
        )
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions([self.month_view, self.week_view, self.agenda_view])
        view_menu.addSeparator()
        view_menu.addActions([self.previous, self.today, self.next])
        view_menu.addSeparator()
        view_menu.addActions(self.panel_toggles)
        view_menu.addAction(self.cultural_dates)
        view_menu.addSeparator()
        view_menu.addAction(self.regularity)
        strategy_menu = bar.addMenu(self.tr("S&trategy"))
        strategy_menu.addAction(self.strategy_wizard)
        strategy_menu.addAction(self.saved_answers)
        strategy_menu.addSeparator()
        strategy_menu.addActions([self.strategy_document, self.strategy_preview])
        settings_menu = bar.addMenu(self.tr("&Settings"))
        settings_menu.addAction(self.preferences)
        settings_menu.addActions([self.team_calendar, self.team_conflicts])
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        language_menu.addActions(self.language_group.actions())
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about)

    def set_post_actions_enabled(self, enabled: bool) -> None:
        """Edit, duplicate and delete need a chosen post."""
        for post_action in (self.edit_post, self.duplicate_post, self.delete_post):
            post_action.setEnabled(enabled)

    def check_view(self, view: str) -> None:
        """Tick the menu entry of the current view."""
        {"month": self.month_view, "week": self.week_view}.get(view, self.agenda_view).setChecked(
            True
        )

    def check_language(self, code: str) -> None:
        """Tick the chosen interface language."""
        self._languages.get(code, self._languages[""]).setChecked(True)
