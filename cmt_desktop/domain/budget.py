"""The time budget: hours a week the plan asks for, against the hours really available."""

from __future__ import annotations

import dataclasses
import enum

from cmt_desktop.domain.strategy import StrategyDraft

WEEKS_PER_MONTH = 52 / 12
CAMPAIGN_POST_MINUTES = 30  # a campaign post reuses the event's material
SERIES_DEFAULT_MINUTES = 30


class BudgetItem(enum.StrEnum):
    """What takes time each week."""

    NETWORK = "network"  # regular posts on one network
    SERIES = "series"
    MODERATION = "moderation"
    CAMPAIGNS = "campaigns"


@dataclasses.dataclass(frozen=True)
class BudgetLine:
    """Hours a week for one item (``subject`` names the network or series)."""

    item: BudgetItem
    subject: str
    hours: float


@dataclasses.dataclass(frozen=True)
class TimeBudget:
    """The whole estimate."""

    lines: tuple[BudgetLine, ...]
    available: float

    @property
    def needed(self) -> float:
        """Hours a week the plan asks for."""
        return sum(line.hours for line in self.lines)

    @property
    def overrun(self) -> float:
        """Hours a week over what is available (0 when the plan fits)."""
        return max(0.0, self.needed - self.available)


class CutKind(enum.StrEnum):
    """A concrete way to make the plan sustainable."""

    LOWER_CADENCE = "lower_cadence"
    DROP_NETWORK = "drop_network"


@dataclasses.dataclass(frozen=True)
class Cut:
    """One proposed cut and the hours a week it saves."""

    kind: CutKind
    network: str
    new_posts_per_week: float
    hours_saved: float


def estimate(draft: StrategyDraft) -> TimeBudget:
    """Estimate the weekly hours of a strategy."""
    lines = [
        BudgetLine(BudgetItem.NETWORK, plan.network, plan.posts_per_week * plan.prep_minutes / 60)
        for plan in draft.networks
    ]
    prep = {plan.network: plan.prep_minutes for plan in draft.networks}
    lines += [
        BudgetLine(
            BudgetItem.SERIES, series.name, prep.get(series.network, SERIES_DEFAULT_MINUTES) / 60
        )
        for series in draft.series
    ]
    moderation = sum(slot.minutes for slot in draft.moderation_slots) / 60
    if moderation:
        lines.append(BudgetLine(BudgetItem.MODERATION, "", moderation))
    campaign_posts = draft.events_per_month * len(draft.campaign) / WEEKS_PER_MONTH
    if campaign_posts:
        lines.append(
            BudgetLine(BudgetItem.CAMPAIGNS, "", campaign_posts * CAMPAIGN_POST_MINUTES / 60)
        )
    return TimeBudget(tuple(lines), max(0.0, draft.hours_per_week))


def propose_cuts(draft: StrategyDraft) -> list[Cut]:
    """Cuts that bring the plan within the available hours, biggest saving first.

    First halve the cadence of the costliest networks (never below one post a week), then,
    if that is not enough, drop the networks with no stated reason, then the costliest.
    Starting small is better than not keeping the rhythm.
    """
    budget = estimate(draft)
    missing = budget.overrun
    cuts: list[Cut] = []
    if missing <= 0:
        return cuts
    by_cost = sorted(draft.networks, key=lambda p: p.posts_per_week * p.prep_minutes, reverse=True)
    for plan in by_cost:
        if missing <= 0:
            return cuts
        lower = max(1.0, plan.posts_per_week / 2)
        saved = (plan.posts_per_week - lower) * plan.prep_minutes / 60
        if saved > 0:
            cuts.append(Cut(CutKind.LOWER_CADENCE, plan.network, lower, saved))
            missing -= saved
    unjustified_first = sorted(by_cost, key=lambda p: bool(p.reason.strip()))
    for plan in unjustified_first:
        if missing <= 0 or len(draft.networks) - _dropped(cuts) <= 1:
            break
        remaining = max(1.0, plan.posts_per_week / 2) * plan.prep_minutes / 60
        series = sum(1 for item in draft.series if item.network == plan.network)
        remaining += series * plan.prep_minutes / 60  # its series go with it
        cuts.append(Cut(CutKind.DROP_NETWORK, plan.network, 0.0, remaining))
        missing -= remaining
    return cuts


def _dropped(cuts: list[Cut]) -> int:
    return sum(1 for cut in cuts if cut.kind is CutKind.DROP_NETWORK)
