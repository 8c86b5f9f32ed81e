"""The widgets around the calendar: agenda list, idea backlog dock, filters and legend."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHeaderView,
    QLabel,
    QListView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cmt_desktop.domain.networks import NetworkCatalogue
from cmt_desktop.domain.post import PostStatus
from cmt_desktop.gui.calendar.list_models import AgendaModel, BacklogModel
from cmt_desktop.gui.labels import status_label

translate = QCoreApplication.translate


def make_agenda_view(parent: QWidget, model: AgendaModel) -> QTableView:
    """The list of dated posts, one row each, fully usable with the keyboard."""
    view = QTableView(parent)
    view.setObjectName("agenda_view")
    view.setAccessibleName(translate("Panels", "Agenda: list of planned posts"))
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.setTabKeyNavigation(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(AgendaModel.TITLE, QHeaderView.ResizeMode.Stretch)
    return view


def make_backlog_dock(parent: QWidget, model: BacklogModel) -> tuple[QDockWidget, QListView]:
    """A closable side panel of undated ideas, with the legend of the calendar's marks."""
    title = translate("Panels", "Ideas without a date")
    dock = QDockWidget(title, parent)
    dock.setObjectName("backlog_dock")
    dock.setFeatures(
        QDockWidget.DockWidgetFeature.DockWidgetMovable
        | QDockWidget.DockWidgetFeature.DockWidgetClosable
    )
    body = QWidget(dock)
    view = QListView(body)
    view.setObjectName("backlog_view")
    view.setAccessibleName(title)
    view.setAccessibleDescription(translate("Panels", "Drag an idea onto a day to plan it"))
    view.setToolTip(translate("Panels", "Drag an idea onto a day of the calendar to plan it."))
    view.setModel(model)
    view.setDragEnabled(True)
    view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
    view.setWordWrap(True)
    legend = QLabel(
        translate(
            "Panels",
            "In the calendar: ✓ published · ● ready · <i>italic</i>: idea or draft · "
            "<s>struck out</s>: skipped. The two letters name the network (IG: Instagram…).",
        ),
        body,
    )
    legend.setObjectName("legend_label")
    legend.setWordWrap(True)
    layout = QVBoxLayout(body)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(view, 1)
    layout.addWidget(legend)
    dock.setWidget(body)
    return dock, view


def make_network_filter(parent: QWidget, catalogue: NetworkCatalogue) -> QComboBox:
    """All networks, or one."""
    combo = QComboBox(parent)
    combo.setObjectName("network_filter_combo")
    combo.setAccessibleName(translate("Panels", "Show network"))
    combo.addItem(translate("Panels", "All networks"), None)
    for network in catalogue:
        combo.addItem(network.name, network.key)
    return combo


def make_status_filter(parent: QWidget) -> QComboBox:
    """All statuses, or one."""
    combo = QComboBox(parent)
    combo.setObjectName("status_filter_combo")
    combo.setAccessibleName(translate("Panels", "Show status"))
    combo.addItem(translate("Panels", "All statuses"), None)
    for status in PostStatus:
        combo.addItem(status_label(status), status.value)
    return combo


BACKLOG_AREA = Qt.DockWidgetArea.RightDockWidgetArea
