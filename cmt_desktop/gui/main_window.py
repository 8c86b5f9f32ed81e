"""The main window: calendar views, idea backlog, filters, menus and undo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from cmt_desktop import APP_NAME, cultural, services
from cmt_desktop.domain.cultural_calendar import Occurrence
from cmt_desktop.domain.post import Post, PostStatus
from cmt_desktop.domain.schedule import add_months
from cmt_desktop.domain.venue_event import VenueEvent
from cmt_desktop.gui.calendar import panels
from cmt_desktop.gui.calendar.calendar_model import CalendarModel, GridMode
from cmt_desktop.gui.calendar.calendar_view import CalendarView
from cmt_desktop.gui.calendar.chip_delegate import PostChipDelegate
from cmt_desktop.gui.calendar.list_models import AgendaModel, BacklogModel
from cmt_desktop.gui.calendar.roles import (
    DATE_ROLE,
    EVENT_ROLE,
    HOUR_ROLE,
    POST_ROLE,
    POSTS_ROLE,
)
from cmt_desktop.gui.notice_bar import NoticeBar
from cmt_desktop.gui.post_commands import PostEvents
from cmt_desktop.gui.post_editing import PostEditing
from cmt_desktop.gui.today_panel import TodayPanel
from cmt_desktop.gui.window_actions import WindowActions
from cmt_desktop.gui.window_dialogs import WindowDialogs

AGENDA = "agenda"
CULTURAL_DATES_KEY = "view/cultural_dates"


class MainWindow(WindowDialogs, QMainWindow):
    """Shows one venue's calendar; every change goes through the undo stack to the file.

    Signals:
        language_chosen(str): the user picked an interface language ("" = system).
        quit_requested(): the user chose Quit (closing the window may only hide it).
        settings_requested(): the user opened the settings (the app-wide part handles them).
        hidden_to_tray(): the window was closed but the app keeps running in the tray.
        open_file_requested(object): the user chose another venue file (a ``Path``).
        venue_restored(): a backup was restored into the venue file: everything reloads.
        team_calendar_changed(): the team calendar was set up, changed or stopped.
    """

    language_chosen = Signal(str)
    quit_requested = Signal()
    settings_requested = Signal()
    hidden_to_tray = Signal()
    open_file_requested = Signal(object)
    venue_restored = Signal()
    team_calendar_changed = Signal()

    def __init__(
        self,
        *,
        venue: services.Venue,
        clock: Callable[[], datetime],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._venue = venue
        self._clock = clock
        self._language = language
        self._events = PostEvents(self)
        self._editing = PostEditing(
            self, venue=venue, clock=clock, language=language or "fr", events=self._events
        )
        self._undo_stack = self._editing.undo_stack
        self._current_post_id: int | None = None
        self._view = GridMode.MONTH.value
        #: whether closing the window hides it in the tray; set by the application
        self.keep_running_in_tray: Callable[[], bool] = lambda: False
        self.setObjectName("main_window")
        self.setWindowTitle(f"{venue.name} — {APP_NAME}" if venue.name else APP_NAME)
        self.setAccessibleName(self.tr("Editorial calendar"))

        catalogue = venue.catalogue
        self._calendar_model = CalendarModel(
            self._load_posts,
            catalogue=catalogue,
            today=self._today(),
            load_events=self._load_events,
            load_suggestions=self._load_suggestions,
            language=language or "fr",
            parent=self,
        )
        self._calendar_view = CalendarView(
            PostChipDelegate(catalogue, self, language=language or "fr"), self
        )
        self._calendar_view.setObjectName("calendar_view")
        self._calendar_view.setAccessibleName(self.tr("Calendar"))
        self._calendar_view.setModel(self._calendar_model)
        self._calendar_view.use_stretched_rows(True)
        self._agenda_model = AgendaModel(catalogue, self)
        self._agenda_view = panels.make_agenda_view(self, self._agenda_model)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._calendar_view)
        self._stack.addWidget(self._agenda_view)
        self.notice_bar = NoticeBar(self)
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.addWidget(self.notice_bar)
        central_layout.addWidget(self._stack, 1)
        self.setCentralWidget(central)

        self._backlog_model = BacklogModel(catalogue, self)
        dock, self._backlog_view = panels.make_backlog_dock(self, self._backlog_model)
        self.addDockWidget(panels.BACKLOG_AREA, dock)
        self._period_label = QLabel(self)
        self._period_label.setObjectName("period_label")
        self._network_filter = panels.make_network_filter(self, venue.catalogue)
        self._status_filter = panels.make_status_filter(self)
        self._today_panel = TodayPanel(self, venue=venue, clock=clock, editing=self._editing)
        self.addDockWidget(panels.BACKLOG_AREA, self._today_panel)
        self.splitDockWidget(self._today_panel, dock, Qt.Orientation.Vertical)
        toggles = [self._today_panel.toggleViewAction(), dock.toggleViewAction()]
        for toggle, text, keys in zip(
            toggles,
            (self.tr("&Today panel"), self.tr("&Ideas without a date")),
            ("Ctrl+Shift+T", "Ctrl+I"),
            strict=True,
        ):
            toggle.setText(text)
            toggle.setShortcut(QKeySequence(keys))
        self.actions_ = WindowActions(self, self._undo_stack, toggles)
        self.actions_.cultural_dates.setChecked(QSettings().value(CULTURAL_DATES_KEY, True, bool))
        self._venue_kind = cultural.venue_kind(venue)
        self._cultural_menu = None  # made at the first click on a cultural date
        self._build_toolbar()
        self._connect()
        self.statusBar().setObjectName("status_bar")
        self._restore_geometry()
        self._reload()

    # --- construction -----------------------------------------------------------------

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Calendar"), self)
        bar.setObjectName("calendar_toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        a = self.actions_
        bar.addAction(a.new_post)
        bar.addAction(a.strategy_wizard)
        bar.addSeparator()
        for action in (a.previous, a.today, a.next):
            bar.addAction(action)
        bar.addWidget(self._period_label)
        bar.addSeparator()
        for action in (a.month_view, a.week_view, a.agenda_view):
            bar.addAction(action)
        bar.addSeparator()
        bar.addWidget(self._network_filter)
        bar.addWidget(self._status_filter)
        self.addToolBar(bar)

    def _connect(self) -> None:
        a = self.actions_
        a.new_post.triggered.connect(self._on_new_post_triggered)
        a.new_idea.triggered.connect(self._on_new_idea_triggered)
        a.edit_post.triggered.connect(self._on_edit_post_triggered)
        a.duplicate_post.triggered.connect(self._on_duplicate_post_triggered)
        a.delete_post.triggered.connect(self._on_delete_post_triggered)
        a.previous.triggered.connect(lambda: self._step(-1))
        a.next.triggered.connect(lambda: self._step(1))
        a.today.triggered.connect(self._on_today_triggered)
        a.month_view.triggered.connect(lambda: self._switch_view(GridMode.MONTH.value))
        a.week_view.triggered.connect(lambda: self._switch_view(GridMode.WEEK.value))
        a.agenda_view.triggered.connect(lambda: self._switch_view(AGENDA))
        a.export_ics.triggered.connect(self._on_export_ics_triggered)
        a.export_csv.triggered.connect(self._on_export_csv_triggered)
        a.open_file.triggered.connect(self._on_open_file_triggered)
        a.save_copy.triggered.connect(self._on_save_copy_triggered)
        a.handover.triggered.connect(self._on_handover_triggered)
        a.backups.triggered.connect(self._on_backups_triggered)
        a.team_calendar.triggered.connect(self._on_team_calendar_triggered)
        a.team_conflicts.triggered.connect(self.show_team_conflicts)
        a.import_programme.triggered.connect(self._on_import_programme_triggered)
        a.new_event.triggered.connect(self._on_new_event_triggered)
        self._calendar_view.event_activated.connect(self._on_calendar_view_event_activated)
        self._calendar_view.suggestion_activated.connect(
            lambda found, where: self._suggestions.show_menu(found, where)
        )
        a.cultural_dates.toggled.connect(self._on_cultural_dates_toggled)
        a.strategy_wizard.triggered.connect(self.open_strategy_wizard)
        a.preferences.triggered.connect(self.settings_requested.emit)
        a.regularity.triggered.connect(self._on_regularity_triggered)
        a.strategy_document.triggered.connect(self._on_strategy_document_triggered)
        a.saved_answers.triggered.connect(self.show_saved_answers)
        self._today_panel.saved_answers_requested.connect(self.show_saved_answers)
        a.strategy_preview.triggered.connect(self._on_strategy_preview_triggered)
        a.about.triggered.connect(self._on_about_triggered)
        a.quit.triggered.connect(self.quit_requested.emit)
        a.language_group.triggered.connect(
            lambda action: self.language_chosen.emit(action.data() or "")
        )
        a.check_language(self._language)
        self._network_filter.currentIndexChanged.connect(self._reload)
        self._status_filter.currentIndexChanged.connect(self._reload)
        self._events.posts_changed.connect(self._reload)
        self._events.posts_changed.connect(self._today_panel.reload)
        self._today_panel.post_opened.connect(self._edit_post)
        self.notice_bar.open_requested.connect(self.reveal_post)
        view = self._calendar_view
        view.post_activated.connect(self._edit_post)
        view.post_dropped.connect(self._on_calendar_view_post_dropped)
        view.new_post_requested.connect(self._on_calendar_view_new_post_requested)
        view.selectionModel().currentChanged.connect(self._on_calendar_current_changed)
        for list_view in (self._agenda_view, self._backlog_view):
            list_view.activated.connect(self._on_list_activated)
            list_view.selectionModel().currentChanged.connect(self._on_list_current_changed)

    # --- loading ----------------------------------------------------------------------

    def _today(self) -> date:
        return self._clock().astimezone(self._venue.tz).date()

    def _filters(self) -> tuple[list[str] | None, list[PostStatus] | None]:
        network = self._network_filter.currentData()
        status = self._status_filter.currentData()
        return (
            None if network is None else [network],
            None if status is None else [PostStatus(status)],
        )

    def _load_posts(self, first: date, last: date) -> list[Post]:
        networks, statuses = self._filters()
        return services.posts_between(
            self._venue, first_day=first, last_day=last, networks=networks, statuses=statuses
        )

    def _load_events(self, first: date, last: date) -> list[VenueEvent]:
        from cmt_desktop import programme

        return programme.events_between(self._venue, first=first, last=last)

    @property
    def _suggestions(self):  # noqa: ANN202 - CulturalSuggestions, imported when first needed
        """What a click on a cultural date offers (a post, taking part, its dates)."""
        if self._cultural_menu is None:
            from cmt_desktop.gui.cultural_flow import CulturalSuggestions

            menu = CulturalSuggestions(
                self,
                venue=self._venue,
                clock=self._clock,
                editing=self._editing,
                language=self._language or "fr",
                default_network=self._default_network,
            )
            menu.programme_changed.connect(self._after_bulk_change)
            menu.dates_changed.connect(self._reload)
            menu.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            self._cultural_menu = menu
        return self._cultural_menu

    def _load_suggestions(self, first: date, last: date) -> list[Occurrence]:
        if not self.actions_.cultural_dates.isChecked():
            return []
        return cultural.suggestions_between(
            self._venue, first=first, last=last, kind=self._venue_kind
        )

    def _on_cultural_dates_toggled(self, shown: bool) -> None:
        QSettings().setValue(CULTURAL_DATES_KEY, shown)
        self._reload()

    def _reload(self) -> None:
        """Posts or filters changed: read the shown period and the idea backlog again."""
        self._show_period(self._calendar_model.anchor)
        networks, _ = self._filters()
        self._backlog_model.set_posts(services.undated_posts(self._venue, networks=networks))

    def _show_period(self, anchor: date) -> None:
        """Show the month or week around ``anchor`` in the current view (one query)."""
        model = self._calendar_model
        if self._view == AGENDA:
            first = anchor.replace(day=1)
            last = add_months(first, 1) - timedelta(days=1)
            self._agenda_model.set_posts(
                self._load_posts(first, last), events=self._load_events(first, last)
            )
        mode = GridMode.WEEK if self._view == GridMode.WEEK.value else GridMode.MONTH
        if self._view != AGENDA or model.anchor != anchor:
            focused = self._calendar_view.currentIndex()
            keep = (focused.data(DATE_ROLE), focused.data(HOUR_ROLE)) if focused.isValid() else None
            model.show(mode=mode, anchor=anchor, today=self._today())
            if keep is not None:  # the keyboard position survives a reload
                self._calendar_view.setCurrentIndex(model.index_of(*keep))
        self._update_period_label()
        self._sync_current()

    def _update_period_label(self) -> None:
        locale = self.locale()
        anchor = self._calendar_model.anchor
        if self._view == GridMode.WEEK.value:
            first = self._calendar_model.first_day()
            text = self.tr("Week %1, %2").replace("%1", str(first.isocalendar().week))
            text = text.replace("%2", locale.toString(first, "d MMMM yyyy"))
        else:
            text = locale.toString(anchor, "MMMM yyyy")
        self._period_label.setText(f"  {text[:1].upper()}{text[1:]}  ")
        self._period_label.setAccessibleName(text)
        if self._view == AGENDA:
            shown = self._agenda_model.rowCount()
        else:
            shown = self._calendar_model.post_count()
        self.statusBar().showMessage(self.tr("%n post(s) shown", "", shown))

    # --- navigation -------------------------------------------------------------------

    def _switch_view(self, view: str) -> None:
        self._view = view
        self._stack.setCurrentWidget(self._agenda_view if view == AGENDA else self._calendar_view)
        self.actions_.check_view(view)
        self._show_period(self._calendar_model.anchor)
        self._calendar_view.use_stretched_rows(view != GridMode.WEEK.value)
        if view == GridMode.WEEK.value:
            self._calendar_view.scrollTo(
                self._calendar_model.index(8, 0), QAbstractItemView.ScrollHint.PositionAtTop
            )

    def _step(self, direction: int) -> None:
        anchor = self._calendar_model.anchor
        if self._view == GridMode.WEEK.value:
            anchor += timedelta(weeks=direction)
        else:
            anchor = add_months(anchor, direction)
        self._show_period(anchor)

    def _on_today_triggered(self) -> None:
        today = self._today()
        self._show_period(today)
        self._calendar_view.setCurrentIndex(self._calendar_model.index_of(today))

    @property
    def events(self) -> PostEvents:
        """Emits ``posts_changed`` after every change, for the reminders to reschedule."""
        return self._events

    def reveal_post(self, post_id: int) -> None:
        """Bring the window forward on a post's day, selected in the today panel, then open it."""
        post = services.get_post(self._venue, post_id=post_id) if post_id else None
        self.showNormal()
        self.raise_()
        self.activateWindow()
        if post is None:
            return
        if post.start is not None:
            self.show_date(post.start.date())
        self._today_panel.show()
        self._today_panel.select(post_id)
        self._edit_post(post_id)

    def show_today(self) -> None:
        """Bring the window forward with the today panel."""
        self.showNormal()
        self.raise_()
        self._today_panel.show()
        self._on_today_triggered()

    def show_date(self, day: date) -> None:
        """Bring ``day`` into view (used by tests and, later, by reminders)."""
        self._show_period(day)

    # --- the current post -------------------------------------------------------------

    def _sync_current(self) -> None:
        """After a reload, the chosen post is the one under the focus, if it is still shown."""
        view = self._agenda_view if self._view == AGENDA else self._calendar_view
        index = view.currentIndex()
        if self._view == AGENDA:
            post = index.data(POST_ROLE) if index.isValid() else None
            self._set_current(post.id if post else None)
        else:
            self._on_calendar_current_changed(index, None)

    def _set_current(self, post_id: int | None) -> None:
        self._current_post_id = post_id
        self.actions_.set_post_actions_enabled(post_id is not None)

    def _on_calendar_current_changed(self, index, _previous) -> None:  # noqa: ANN001
        posts = index.data(POSTS_ROLE) or [] if index.isValid() else []
        self._set_current(posts[0].id if len(posts) == 1 else None)

    def _on_list_current_changed(self, index, _previous) -> None:  # noqa: ANN001
        post = index.data(POST_ROLE) if index.isValid() else None
        self._set_current(post.id if post else None)

    def _on_list_activated(self, index) -> None:  # noqa: ANN001
        post = index.data(POST_ROLE)
        if post is not None:
            self._edit_post(post.id)
            return
        venue_event = index.data(EVENT_ROLE)
        if venue_event is not None and venue_event.id is not None:
            self._on_calendar_view_event_activated(venue_event.id)

    # --- changes (all undoable, see PostEditing) --------------------------------------

    def _default_network(self) -> str:
        return self._network_filter.currentData() or self._venue.catalogue.keys()[0]

    def _on_new_post_triggered(self) -> None:
        self._editing.new_post(network=self._default_network(), start=self._editing.next_hour())

    def _on_new_idea_triggered(self) -> None:
        self._editing.new_post(network=self._default_network(), start=None)

    def _on_calendar_view_new_post_requested(self, day: date, hour: int | None) -> None:
        self._editing.new_post_at(network=self._default_network(), day=day, hour=hour)

    def _edit_post(self, post_id: int | None) -> None:
        if post_id is not None:
            self._set_current(post_id)
            self._editing.edit(post_id)

    def _on_edit_post_triggered(self) -> None:
        self._edit_post(self._current_post_id)

    def _on_calendar_view_post_dropped(self, post_id: int, day: date, hour: int | None) -> None:
        self._editing.move(post_id, day, hour)

    def _on_duplicate_post_triggered(self) -> None:
        if self._current_post_id is not None:
            self._editing.duplicate(self._current_post_id)

    def _on_delete_post_triggered(self) -> None:
        if self._current_post_id is not None:
            self._editing.delete(self._current_post_id)
            self._set_current(None)

    # --- closing ----------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 760)
        state = settings.value("main_window/state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/state", self.saveState())
        if self.keep_running_in_tray():
            event.ignore()  # reminders go on; the tray menu's Quit really quits
            self.hide()
            self.hidden_to_tray.emit()
            return
        super().closeEvent(event)
