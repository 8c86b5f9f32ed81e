"""The strategy: what the wizard collects, and the problems it has (as values, not text)."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping
from datetime import date
from typing import Any


class VenueKind(enum.StrEnum):
    """What sort of place the venue is (drives the network suggestions)."""

    LIBRARY = "library"
    MUSEUM = "museum"
    HERITAGE_SITE = "heritage_site"
    ART_CENTRE = "art_centre"
    ARCHIVES = "archives"
    OTHER = "other"


class ObjectiveKind(enum.StrEnum):
    """The five reasons a venue gives itself for being on social networks."""

    ATTRACT = "attract"  # new publics
    LOYALTY = "loyalty"
    INFORM = "inform"
    MEDIATE = "mediate"  # mediate / educate
    PARTICIPATE = "participate"


class Content(enum.StrEnum):
    """Content the venue can really produce."""

    PHOTOS = "photos"
    VIDEO = "video"
    TEXT = "text"


class Skill(enum.StrEnum):
    """Skills someone in the team really has."""

    PHOTO = "photo"
    VIDEO_EDITING = "video_editing"
    WRITING = "writing"
    GRAPHIC_DESIGN = "graphic_design"


class Register(enum.StrEnum):
    """The tone of voice."""

    FORMAL = "formal"
    INFORMAL = "informal"
    HUMOUR = "humour"


class CampaignStepKind(enum.StrEnum):
    """One post of an event's campaign."""

    TEASER = "teaser"
    ANNOUNCEMENT = "announcement"
    REMINDER = "reminder"
    LIVE = "live"
    RECAP = "recap"
    EVENT_PAGE = "event_page"
    FOLLOWERS_VISIT = "followers_visit"


@dataclasses.dataclass(frozen=True)
class Account:
    """An account the venue already has (the audit on the first page)."""

    network: str
    handle: str = ""
    active: bool = True


@dataclasses.dataclass(frozen=True)
class Objective:
    """Why the venue is online, tied to its own project and a measurable target."""

    id: str
    kind: ObjectiveKind
    institutional_goal: str = ""
    target: str = ""


@dataclasses.dataclass(frozen=True)
class Audience:
    """A public the venue wants to reach, and what that public needs."""

    id: str
    name: str
    needs: str = ""


@dataclasses.dataclass(frozen=True)
class NetworkPlan:
    """One chosen network: its reason, objective, publics, rhythm and slots."""

    network: str
    reason: str = ""
    objective_id: str = ""
    audience_ids: tuple[str, ...] = ()
    posts_per_week: float = 1.0
    preferred_days: tuple[int, ...] = (1, 3)  # 0 = Monday
    preferred_time: str = "18:30"  # HH:MM, venue time
    prep_minutes: int = 45


@dataclasses.dataclass(frozen=True)
class Pillar:
    """A content pillar and its share of the posts."""

    name: str
    target_percent: int = 0


@dataclasses.dataclass(frozen=True)
class Series:
    """A recurring rendez-vous: same weekday, same network, its own hashtag."""

    name: str
    hashtag: str = ""
    weekday: int = 0
    network: str = ""
    time: str = "11:00"
    pillar: str = ""


@dataclasses.dataclass(frozen=True)
class CampaignStep:
    """One post of the campaign every venue event gets, ``offset_days`` from its start."""

    kind: CampaignStepKind
    offset_days: int = 0


@dataclasses.dataclass(frozen=True)
class Contributor:
    """A colleague who feeds the networks, and how."""

    name: str
    role: str = ""
    contribution: str = ""


@dataclasses.dataclass(frozen=True)
class ModerationSlot:
    """A regular time to read and answer the community."""

    weekday: int
    time: str = "16:30"
    minutes: int = 20


@dataclasses.dataclass(frozen=True)
class SavedAnswer:
    """A ready answer to a question the community asks again and again."""

    topic: str
    text: str = ""


DEFAULT_CAMPAIGN = (
    CampaignStep(CampaignStepKind.TEASER, -14),
    CampaignStep(CampaignStepKind.ANNOUNCEMENT, -7),
    CampaignStep(CampaignStepKind.REMINDER, -1),
    CampaignStep(CampaignStepKind.LIVE, 0),
    CampaignStep(CampaignStepKind.RECAP, 1),
)


@dataclasses.dataclass(frozen=True)
class StrategyDraft:
    """Every answer of the strategy wizard. Pages fill their part; nothing is required."""

    # 1. Venue
    venue_name: str = ""
    venue_kind: VenueKind = VenueKind.LIBRARY
    town: str = ""
    missions: str = ""
    closing_days: tuple[int, ...] = ()
    opening_hours: str = ""
    timezone: str = "Europe/Paris"
    accounts: tuple[Account, ...] = ()
    # 2. Why
    objectives: tuple[Objective, ...] = ()
    audiences: tuple[Audience, ...] = ()
    key_messages: tuple[str, ...] = ()
    # 3. Tools that fit
    content: frozenset[Content] = frozenset({Content.PHOTOS, Content.TEXT})
    skills: frozenset[Skill] = frozenset({Skill.WRITING})
    hours_per_week: float = 3.0
    networks: tuple[NetworkPlan, ...] = ()
    # 4. Native formats and tone
    register: Register = Register.INFORMAL
    first_person_plural: bool = True  # "nous" rather than "je"
    formal_address: bool = True  # "vous" rather than "tu"
    pillars: tuple[Pillar, ...] = ()
    series: tuple[Series, ...] = ()
    # 5. Online and on-site
    campaign: tuple[CampaignStep, ...] = DEFAULT_CAMPAIGN
    events_per_month: int = 2
    contributors: tuple[Contributor, ...] = ()
    # 6. Participation
    reply_within_hours: int = 48
    moderation_slots: tuple[ModerationSlot, ...] = ()
    saved_answers: tuple[SavedAnswer, ...] = ()
    # 7. Summary
    plan_weeks: int = 12
    review_date: date | None = None

    def replace(self, **changes: Any) -> StrategyDraft:
        """A copy with some answers changed."""
        return dataclasses.replace(self, **changes)

    def network(self, key: str) -> NetworkPlan | None:
        """The plan for one chosen network."""
        return next((plan for plan in self.networks if plan.network == key), None)

    def objective(self, objective_id: str) -> Objective | None:
        """An objective by id."""
        return next((o for o in self.objectives if o.id == objective_id), None)


# --- problems ------------------------------------------------------------------------------


class StrategyProblemKind(enum.StrEnum):
    """What can be wrong with a strategy; the Qt layer turns each into a sentence."""

    NO_VENUE_NAME = "no_venue_name"
    NO_NETWORK = "no_network"
    NETWORK_WITHOUT_REASON = "network_without_reason"
    NETWORK_WITHOUT_OBJECTIVE = "network_without_objective"
    NETWORK_WITHOUT_AUDIENCE = "network_without_audience"
    NETWORK_WITHOUT_CADENCE = "network_without_cadence"
    OBJECTIVE_WITHOUT_NETWORK = "objective_without_network"
    OBJECTIVE_WITHOUT_GOAL = "objective_without_goal"
    OBJECTIVE_WITHOUT_TARGET = "objective_without_target"
    AUDIENCE_WITHOUT_NEEDS = "audience_without_needs"
    PILLARS_NOT_100 = "pillars_not_100"
    SERIES_ON_UNCHOSEN_NETWORK = "series_on_unchosen_network"
    OVER_TIME_BUDGET = "over_time_budget"
    NO_MODERATION = "no_moderation"


class Severity(enum.StrEnum):
    """Errors make the plan incoherent; warnings are advice."""

    ERROR = "error"
    WARNING = "warning"


@dataclasses.dataclass(frozen=True)
class StrategyProblem:
    """One problem: its kind, what it is about (a network key, an objective id…) and a number."""

    kind: StrategyProblemKind
    subject: str = ""
    value: float = 0.0

    @property
    def severity(self) -> Severity:
        """Whether the problem makes the plan incoherent or is advice."""
        advice = {
            StrategyProblemKind.NO_MODERATION,
            StrategyProblemKind.AUDIENCE_WITHOUT_NEEDS,
            # The wizard proposes cuts; an ambitious plan is the user's call.
            StrategyProblemKind.OVER_TIME_BUDGET,
        }
        return Severity.WARNING if self.kind in advice else Severity.ERROR


# Which problems each wizard page checks (pages are numbered from 1, as in PRODUCT.md).
PAGE_PROBLEMS: Mapping[int, frozenset[StrategyProblemKind]] = {
    1: frozenset({StrategyProblemKind.NO_VENUE_NAME}),
    2: frozenset(
        {
            StrategyProblemKind.OBJECTIVE_WITHOUT_GOAL,
            StrategyProblemKind.OBJECTIVE_WITHOUT_TARGET,
            StrategyProblemKind.AUDIENCE_WITHOUT_NEEDS,
        }
    ),
    3: frozenset(
        {
            StrategyProblemKind.NO_NETWORK,
            StrategyProblemKind.NETWORK_WITHOUT_REASON,
            StrategyProblemKind.NETWORK_WITHOUT_OBJECTIVE,
            StrategyProblemKind.NETWORK_WITHOUT_AUDIENCE,
            StrategyProblemKind.NETWORK_WITHOUT_CADENCE,
            StrategyProblemKind.OVER_TIME_BUDGET,
        }
    ),
    4: frozenset(
        {StrategyProblemKind.PILLARS_NOT_100, StrategyProblemKind.SERIES_ON_UNCHOSEN_NETWORK}
    ),
    6: frozenset({StrategyProblemKind.NO_MODERATION}),
}


def validate(draft: StrategyDraft, *, page: int | None = None) -> list[StrategyProblem]:
    """Every problem of the strategy, or only those a wizard page checks.

    "Being there to be there" shows up as a network with no reason, no objective or no
    audience, and as an objective that no network serves.
    """
    from cmt_desktop.domain.budget import estimate  # budget builds on this module

    kinds = StrategyProblemKind
    problems: list[StrategyProblem] = []
    add = problems.append
    if not draft.venue_name.strip():
        add(StrategyProblem(kinds.NO_VENUE_NAME))
    objective_ids = {objective.id for objective in draft.objectives}
    audience_ids = {audience.id for audience in draft.audiences}
    for objective in draft.objectives:
        if not objective.institutional_goal.strip():
            add(StrategyProblem(kinds.OBJECTIVE_WITHOUT_GOAL, objective.id))
        if not objective.target.strip():
            add(StrategyProblem(kinds.OBJECTIVE_WITHOUT_TARGET, objective.id))
    for audience in draft.audiences:
        if not audience.needs.strip():
            add(StrategyProblem(kinds.AUDIENCE_WITHOUT_NEEDS, audience.id))
    if not draft.networks:
        add(StrategyProblem(kinds.NO_NETWORK))
    for plan in draft.networks:
        if not plan.reason.strip():
            add(StrategyProblem(kinds.NETWORK_WITHOUT_REASON, plan.network))
        if plan.objective_id not in objective_ids:
            add(StrategyProblem(kinds.NETWORK_WITHOUT_OBJECTIVE, plan.network))
        if not audience_ids.intersection(plan.audience_ids):
            add(StrategyProblem(kinds.NETWORK_WITHOUT_AUDIENCE, plan.network))
        if plan.posts_per_week <= 0:
            add(StrategyProblem(kinds.NETWORK_WITHOUT_CADENCE, plan.network))
    served = {plan.objective_id for plan in draft.networks}
    for objective in draft.objectives:
        if objective.id not in served:
            add(StrategyProblem(kinds.OBJECTIVE_WITHOUT_NETWORK, objective.id))
    if draft.pillars:
        total = sum(pillar.target_percent for pillar in draft.pillars)
        if total != 100:
            add(StrategyProblem(kinds.PILLARS_NOT_100, value=total))
    chosen = {plan.network for plan in draft.networks}
    for series in draft.series:
        if series.network not in chosen:
            add(StrategyProblem(kinds.SERIES_ON_UNCHOSEN_NETWORK, series.name))
    budget = estimate(draft)
    if budget.overrun > 0:
        add(StrategyProblem(kinds.OVER_TIME_BUDGET, value=round(budget.overrun, 1)))
    if draft.networks and not draft.moderation_slots:
        add(StrategyProblem(kinds.NO_MODERATION))
    if page is not None:
        wanted = PAGE_PROBLEMS.get(page, frozenset())
        problems = [problem for problem in problems if problem.kind in wanted]
    return problems
