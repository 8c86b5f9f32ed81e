"""Translated names for domain values (statuses), shared by every widget."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from cmt_desktop.domain.post import PostStatus
from cmt_desktop.domain.venue_event import EventStatus

_STATUS_LABELS = {
    PostStatus.IDEA: QT_TRANSLATE_NOOP("Status", "Idea"),
    PostStatus.DRAFT: QT_TRANSLATE_NOOP("Status", "Draft"),
    PostStatus.READY: QT_TRANSLATE_NOOP("Status", "Ready"),
    PostStatus.PUBLISHED: QT_TRANSLATE_NOOP("Status", "Published"),
    PostStatus.SKIPPED: QT_TRANSLATE_NOOP("Status", "Skipped"),
}


def status_label(status: PostStatus) -> str:
    """The status as the user reads it, in the interface language."""
    return QCoreApplication.translate("Status", _STATUS_LABELS[status])


_EVENT_STATUS_LABELS = {
    EventStatus.CONFIRMED: QT_TRANSLATE_NOOP("EventStatus", "Confirmed"),
    EventStatus.TENTATIVE: QT_TRANSLATE_NOOP("EventStatus", "Tentative"),
    EventStatus.CANCELLED: QT_TRANSLATE_NOOP("EventStatus", "Cancelled"),
}


def event_status_label(status: EventStatus) -> str:
    """The status of a venue event as the user reads it, in the interface language."""
    return QCoreApplication.translate("EventStatus", _EVENT_STATUS_LABELS[status])
