"""The user's preferences kept in the venue file: reminders, tray behaviour, reminder state."""

from __future__ import annotations

import json
from datetime import datetime, time

from cmt_desktop.reminders import ReminderSettings
from cmt_desktop.services import Venue

_SHOWN_KEEP = 500  # reminder keys remembered, so a restart does not repeat them


def reminder_settings(venue: Venue, *, paused_until: datetime | None = None) -> ReminderSettings:
    """The reminder settings, with the defaults for anything never set."""
    get = venue.settings.get
    defaults = ReminderSettings()
    try:
        digest = time.fromisoformat(get("digest_time", defaults.digest_time.isoformat("minutes")))
    except ValueError:
        digest = defaults.digest_time
    return ReminderSettings(
        lead_minutes=_int(get("reminder_lead_minutes"), defaults.lead_minutes),
        lead_by_network=_leads(get("reminder_lead_by_network")),
        digest_time=digest,
        digest_enabled=get("digest_enabled", "1") == "1",
        moderation_enabled=get("moderation_reminders", "1") == "1",
        paused_until=paused_until,
    )


def save_reminder_settings(venue: Venue, *, settings: ReminderSettings) -> None:
    """Keep the reminder settings (each one committed at once)."""
    put = venue.settings.set
    put("reminder_lead_minutes", str(settings.lead_minutes))
    put("reminder_lead_by_network", json.dumps(dict(settings.lead_by_network)))
    put("digest_time", settings.digest_time.isoformat("minutes"))
    put("digest_enabled", "1" if settings.digest_enabled else "0")
    put("moderation_reminders", "1" if settings.moderation_enabled else "0")


def close_to_tray(venue: Venue) -> bool:
    """Closing the window keeps the app in the tray (the default) rather than quitting."""
    return venue.settings.get("close_to_tray", "1") == "1"


def set_close_to_tray(venue: Venue, *, enabled: bool) -> None:
    """Choose between staying in the tray and quitting when the window is closed."""
    venue.settings.set("close_to_tray", "1" if enabled else "0")


def tray_explained(venue: Venue) -> bool:
    """Whether the user was already told that the app stays in the tray."""
    return venue.settings.get("tray_explained") == "1"


def set_tray_explained(venue: Venue) -> None:
    """Remember that the user was told once."""
    venue.settings.set("tray_explained", "1")


def no_tray_explained(venue: Venue) -> bool:
    """Whether the user was told that, without a tray, reminders appear in the window."""
    return venue.settings.get("no_tray_explained") == "1"


def set_no_tray_explained(venue: Venue) -> None:
    """Remember that the user was told once."""
    venue.settings.set("no_tray_explained", "1")


def reminder_state(venue: Venue) -> tuple[datetime | None, set[str]]:
    """When reminders were last checked, and the keys of those already shown."""
    try:
        last = datetime.fromisoformat(venue.settings.get("reminders_last_check"))
    except ValueError:
        last = None
    try:
        shown = set(json.loads(venue.settings.get("reminders_shown", "[]")))
    except (ValueError, TypeError):
        shown = set()
    return last, shown


def save_reminder_state(venue: Venue, *, last_check: datetime, shown: list[str]) -> None:
    """Keep the last check and the most recent shown keys."""
    venue.settings.set("reminders_last_check", last_check.isoformat())
    venue.settings.set("reminders_shown", json.dumps(shown[-_SHOWN_KEEP:]))


def _int(text: str, default: int) -> int:
    try:
        return max(0, int(text))
    except ValueError:
        return default


def _leads(text: str) -> dict[str, int]:
    try:
        data = json.loads(text or "{}")
        return {str(key): max(0, int(value)) for key, value in data.items()}
    except (ValueError, TypeError, AttributeError):
        return {}
