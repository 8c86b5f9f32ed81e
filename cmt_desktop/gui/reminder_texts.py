"""A title and a short text for each reminder, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from cmt_desktop import services
from cmt_desktop.reminders import Reminder, ReminderKind

translate = QCoreApplication.translate


def reminder_text(reminder: Reminder, venue: services.Venue) -> tuple[str, str]:
    """(title, text) for a notification."""
    kind = reminder.kind
    network = venue.catalogue.get(reminder.network).name if reminder.network else ""
    post = services.get_post(venue, post_id=reminder.post_ids[0]) if reminder.post_ids else None
    what = post.display_title if post is not None else ""
    clock = QLocale().toString(post.start.time(), "HH:mm") if post and post.start else ""
    if kind is ReminderKind.BEFORE_POST:
        return (
            translate("Reminders", "To publish at %1 on %2")
            .replace("%1", clock)
            .replace("%2", network),
            what,
        )
    if kind is ReminderKind.OVERDUE:
        return (
            translate("Reminders", "Not marked as published: %1").replace("%1", network),
            translate(
                "Reminders",
                "%1 was planned at %2. Published? Mark it; otherwise postpone or skip it.",
            )
            .replace("%1", what)
            .replace("%2", clock),
        )
    if kind is ReminderKind.DIGEST:
        return (
            translate("Reminders", "Your day on the networks"),
            translate("Reminders", "To publish today: %1. Late: %2. Moderation slots today: %3.")
            .replace("%1", str(reminder.today))
            .replace("%2", str(reminder.late))
            .replace("%3", str(reminder.to_answer)),
        )
    if kind is ReminderKind.MODERATION:
        return (
            translate("Reminders", "Time to answer the community"),
            translate(
                "Reminders",
                "Read the comments and messages, and answer them: your "
                "saved answers are in the strategy.",
            ),
        )
    if kind is ReminderKind.UNDER_RHYTHM:
        return (
            translate("Reminders", "%1 is behind its rhythm").replace("%1", network),
            translate(
                "Reminders", "%1 post(s) missing this week to keep the rhythm you chose."
            ).replace("%1", str(reminder.missing)),
        )
    count = len(reminder.items)
    return (
        translate("Reminders", "While you were away"),
        translate(
            "Reminders", "Reminders you missed: %1. The today panel shows what is late."
        ).replace("%1", str(count)),
    )
