"""Strategy use cases: keep the wizard's draft, accept a strategy and plan from it."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from cmt_desktop.domain.post import Post
from cmt_desktop.domain.strategy import SavedAnswer, StrategyDraft
from cmt_desktop.planning import PlanResult, plan_from_strategy
from cmt_desktop.services import Venue
from cmt_desktop.storage.strategy_repository import StrategyRepository

SAVED = "saved"
DRAFT = "draft"


def current_strategy(venue: Venue) -> StrategyDraft | None:
    """The accepted strategy, or ``None`` before the wizard was ever finished."""
    return StrategyRepository(venue.db).load(SAVED)


def draft_to_resume(venue: Venue) -> StrategyDraft:
    """What the wizard starts from.

    A half-done draft, else the accepted strategy, else a new one named after the venue.
    """
    repository = StrategyRepository(venue.db)
    return (
        repository.load(DRAFT)
        or repository.load(SAVED)
        or StrategyDraft(venue_name=venue.name, timezone=venue.tz_name)
    )


def keep_draft(venue: Venue, *, draft: StrategyDraft, now: datetime) -> None:
    """Remember a wizard in progress, so that closing it loses nothing."""
    StrategyRepository(venue.db).save(draft, name=DRAFT, now=now)


def save_strategy(venue: Venue, *, draft: StrategyDraft, now: datetime) -> None:
    """Make ``draft`` the venue's strategy without planning anything (the demo's case)."""
    StrategyRepository(venue.db).save(draft, name=SAVED, now=now)


def accept_strategy(
    venue: Venue, *, draft: StrategyDraft, start: date, now: datetime
) -> PlanResult:
    """Make ``draft`` the venue's strategy and plan its next ``draft.plan_weeks`` weeks.

    A backup is taken first: a plan changes many posts at once.
    """
    from cmt_desktop import safety

    safety.before_bulk_change(venue, now=now)
    repository = StrategyRepository(venue.db)
    repository.save(draft, name=SAVED, now=now)
    repository.discard(DRAFT)
    if draft.venue_name:
        venue.settings.set("venue_name", draft.venue_name)
    if draft.town:
        venue.settings.set("venue_town", draft.town)
    return replan(venue, draft=draft, start=start, now=now)


def replan(venue: Venue, *, draft: StrategyDraft, start: date, now: datetime) -> PlanResult:
    """Plan (or refresh) the regular posts and the campaigns of the venue's events."""
    from cmt_desktop.planning import campaign_events

    events = campaign_events(venue, draft=draft, start=start, weeks=draft.plan_weeks)
    return plan_from_strategy(
        venue,
        draft=draft,
        start=start,
        weeks=draft.plan_weeks,
        now=now,
        events=events,
        language=venue.settings.get("language") or "fr",
    )


def needs_first_strategy(venue: Venue) -> bool:
    """An empty venue file: no strategy and no post yet, so the wizard opens by itself."""
    return current_strategy(venue) is None and venue.posts.count() == 0


def postponed(venue: Venue, *, post: Post, now: datetime) -> Post:
    """``post`` moved to its network's next preferred slot, or to the same time tomorrow."""
    from cmt_desktop.domain.cadence import next_preferred_slot

    draft = current_strategy(venue)
    after = max(now, post.start) if post.start else now
    target = None
    if draft is not None:
        target = next_preferred_slot(draft, network=post.network, after=after, tz=venue.tz)
    if target is None:
        base = post.start or now.astimezone(venue.tz)
        target = base + timedelta(days=1)
        while target <= now:
            target += timedelta(days=1)
    return post.replace(start=target)


def saved_answers(venue: Venue) -> tuple[SavedAnswer, ...]:
    """The kit of ready answers from the strategy (empty before the wizard)."""
    draft = current_strategy(venue)
    return draft.saved_answers if draft is not None else ()


def update_saved_answers(venue: Venue, *, answers: tuple[SavedAnswer, ...], now: datetime) -> None:
    """Keep edited answers in the strategy (nothing else in it changes)."""
    draft = current_strategy(venue)
    if draft is not None:
        StrategyRepository(venue.db).save(draft.replace(saved_answers=answers), name=SAVED, now=now)
