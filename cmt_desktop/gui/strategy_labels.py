"""Translated names for the strategy's values, and a sentence for each strategy problem."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from cmt_desktop.domain.networks import NetworkCatalogue
from cmt_desktop.domain.strategy import (
    CampaignStepKind,
    ObjectiveKind,
    Register,
    StrategyDraft,
    StrategyProblem,
    StrategyProblemKind,
    VenueKind,
)

translate = QCoreApplication.translate

VENUE_KINDS = {
    VenueKind.LIBRARY: QT_TRANSLATE_NOOP("StrategyLabels", "Library / médiathèque"),
    VenueKind.MUSEUM: QT_TRANSLATE_NOOP("StrategyLabels", "Museum"),
    VenueKind.HERITAGE_SITE: QT_TRANSLATE_NOOP(
        "StrategyLabels", "Heritage site, monument or garden"
    ),
    VenueKind.ART_CENTRE: QT_TRANSLATE_NOOP("StrategyLabels", "Art centre"),
    VenueKind.ARCHIVES: QT_TRANSLATE_NOOP("StrategyLabels", "Archives"),
    VenueKind.OTHER: QT_TRANSLATE_NOOP("StrategyLabels", "Other cultural venue"),
}
OBJECTIVE_KINDS = {
    ObjectiveKind.ATTRACT: QT_TRANSLATE_NOOP("StrategyLabels", "Attract new publics"),
    ObjectiveKind.LOYALTY: QT_TRANSLATE_NOOP("StrategyLabels", "Build loyalty"),
    ObjectiveKind.INFORM: QT_TRANSLATE_NOOP("StrategyLabels", "Inform"),
    ObjectiveKind.MEDIATE: QT_TRANSLATE_NOOP("StrategyLabels", "Mediate and educate"),
    ObjectiveKind.PARTICIPATE: QT_TRANSLATE_NOOP("StrategyLabels", "Invite participation"),
}
REGISTERS = {
    Register.FORMAL: QT_TRANSLATE_NOOP("StrategyLabels", "Formal"),
    Register.INFORMAL: QT_TRANSLATE_NOOP("StrategyLabels", "Informal and warm"),
    Register.HUMOUR: QT_TRANSLATE_NOOP("StrategyLabels", "With humour"),
}
CAMPAIGN_STEPS = {
    CampaignStepKind.TEASER: QT_TRANSLATE_NOOP("StrategyLabels", "Teaser"),
    CampaignStepKind.ANNOUNCEMENT: QT_TRANSLATE_NOOP("StrategyLabels", "Announcement"),
    CampaignStepKind.REMINDER: QT_TRANSLATE_NOOP("StrategyLabels", "Reminder"),
    CampaignStepKind.LIVE: QT_TRANSLATE_NOOP("StrategyLabels", "Live on the day"),
    CampaignStepKind.RECAP: QT_TRANSLATE_NOOP("StrategyLabels", "Recap"),
    CampaignStepKind.EVENT_PAGE: QT_TRANSLATE_NOOP("StrategyLabels", "Event page on the network"),
    CampaignStepKind.FOLLOWERS_VISIT: QT_TRANSLATE_NOOP(
        "StrategyLabels", "Visit reserved for followers"
    ),
}


def label(table: dict, value: object) -> str:
    """The translated label of an enum value from one of the tables above."""
    return translate("StrategyLabels", table[value])


def weekday_name(day: int, *, short: bool = False) -> str:
    """Monday is 0, in the interface language."""
    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().dayName(day + 1, form)


def offset_label(days: int) -> str:
    """D-14, D-day, D+1 in the interface language (J-14, jour J, J+1 in French)."""
    if days == 0:
        return translate("StrategyLabels", "D-day")
    return translate("StrategyLabels", "D%1").replace("%1", f"{days:+d}".replace("-", "−"))


def problem_text(
    problem: StrategyProblem, draft: StrategyDraft, catalogue: NetworkCatalogue
) -> str:
    """One sentence that says what is wrong and what to do."""
    kinds = StrategyProblemKind
    subject = _subject_name(problem, draft, catalogue)
    texts = {
        kinds.NO_VENUE_NAME: QT_TRANSLATE_NOOP(
            "StrategyLabels", "Give the venue's name: it heads the strategy document."
        ),
        kinds.NO_NETWORK: QT_TRANSLATE_NOOP(
            "StrategyLabels",
            "Choose at least one network, ideally the one that fits you best, and start there.",
        ),
        kinds.NETWORK_WITHOUT_REASON: QT_TRANSLATE_NOOP(
            "StrategyLabels",
            "%1 has no stated reason: say why the venue is there, or leave it aside. Being there "
            "just to be there leads nowhere.",
        ),
        kinds.NETWORK_WITHOUT_OBJECTIVE: QT_TRANSLATE_NOOP(
            "StrategyLabels", "%1 serves no objective: pick the objective it works for."
        ),
        kinds.NETWORK_WITHOUT_AUDIENCE: QT_TRANSLATE_NOOP(
            "StrategyLabels", "%1 speaks to none of your publics: tick the publics you meet there."
        ),
        kinds.NETWORK_WITHOUT_CADENCE: QT_TRANSLATE_NOOP(
            "StrategyLabels", "%1 has no rhythm: plan at least one post a week, or leave it aside."
        ),
        kinds.OBJECTIVE_WITHOUT_NETWORK: QT_TRANSLATE_NOOP(
            "StrategyLabels",
            'No network serves the objective "%1": tie it to a network, or drop it.',
        ),
        kinds.OBJECTIVE_WITHOUT_GOAL: QT_TRANSLATE_NOOP(
            "StrategyLabels",
            'The objective "%1" is not tied to the venue\'s project: say which goal of the '
            "project it serves.",
        ),
        kinds.OBJECTIVE_WITHOUT_TARGET: QT_TRANSLATE_NOOP(
            "StrategyLabels",
            'The objective "%1" has no measurable target: say what you will count, and how '
            "much, by when.",
        ),
        kinds.AUDIENCE_WITHOUT_NEEDS: QT_TRANSLATE_NOOP(
            "StrategyLabels",
            'Say what the public "%1" needs from you: it guides what you post for them.',
        ),
        kinds.PILLARS_NOT_100: QT_TRANSLATE_NOOP(
            "StrategyLabels", "The content pillars add up to %1 %: adjust them to 100 %."
        ),
        kinds.SERIES_ON_UNCHOSEN_NETWORK: QT_TRANSLATE_NOOP(
            "StrategyLabels",
            'The series "%1" is on a network you did not choose: move it, or choose that network.',
        ),
        kinds.OVER_TIME_BUDGET: QT_TRANSLATE_NOOP(
            "StrategyLabels",
            "The plan needs %1 h a week more than you have: lower a cadence or drop a "
            "network. Starting small is better than stopping.",
        ),
        kinds.NO_MODERATION: QT_TRANSLATE_NOOP(
            "StrategyLabels",
            "No time is set aside to answer the community: add at least one moderation slot a "
            "week.",
        ),
    }
    text = translate("StrategyLabels", texts[problem.kind])
    value = problem.value
    number = QLocale().toString(value, "f", 1) if value % 1 else str(int(value))
    return text.replace("%1", subject or number)


def _subject_name(
    problem: StrategyProblem, draft: StrategyDraft, catalogue: NetworkCatalogue
) -> str:
    if not problem.subject:
        return ""
    if problem.subject in catalogue:
        return catalogue.get(problem.subject).name
    objective = draft.objective(problem.subject)
    if objective is not None:
        return objective.institutional_goal or label(OBJECTIVE_KINDS, objective.kind)
    audience = next((a for a in draft.audiences if a.id == problem.subject), None)
    return audience.name if audience else problem.subject
