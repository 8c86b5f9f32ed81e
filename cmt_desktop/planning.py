"""Use case: turn the strategy into planned posts, never overwriting what the user edited.

The posts come from the strategy's rhythm (``cadence``) and, when the caller passes the
venue's events, from each event's campaign (``campaigns``). Both follow the same rules.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta, tzinfo
from functools import cache
from importlib import resources
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from cmt_desktop.domain import cadence, campaigns
from cmt_desktop.domain.post import Post, PostStatus
from cmt_desktop.domain.strategy import StrategyDraft
from cmt_desktop.domain.venue_event import VenueEvent
from cmt_desktop.services import Venue
from cmt_desktop.storage.repositories import writing

REMOVABLE = frozenset({PostStatus.IDEA, PostStatus.DRAFT})
CAMPAIGN_KEY_PREFIX = "event:"


@dataclasses.dataclass(frozen=True)
class PlanResult:
    """What a (re)generation did, in posts.

    Attributes:
        created: new posts on new slots.
        updated: generated posts moved or changed because their slot changed.
        unchanged: slots whose post was already as planned (or is in the past).
        kept_user_changes: posts left alone because the user changed them (or, for a slot
            that is gone, because they are no longer an idea or a draft).
        removed: generated posts deleted because their slot is gone.
        not_recreated: slots whose post the user deleted; they stay deleted.
    """

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    kept_user_changes: int = 0
    removed: int = 0
    not_recreated: int = 0

    @property
    def changed(self) -> bool:
        """Whether the calendar changed at all."""
        return bool(self.created or self.updated or self.removed)


def plan_from_strategy(
    venue: Venue,
    *,
    draft: StrategyDraft,
    start: date,
    weeks: int,
    now: datetime,
    events: Sequence[VenueEvent] | None = None,
    language: str = campaigns.DEFAULT_LANGUAGE,
) -> PlanResult:
    """Generate (or regenerate) the posts of ``weeks`` weeks from the week holding ``start``.

    In one transaction (the caller's, if it opened one). Only posts generated from the
    strategy are touched, never the user's own. The past (before ``now``) is left as it
    is. A generated post the user changed is kept as the user left it; one the user
    deleted is not brought back; one whose slot is gone from the strategy is deleted if
    it is in the window, still ahead and still an untouched idea or draft. Times are
    wall-clock times in the strategy's time zone (the venue's when the strategy names
    none it knows).

    Args:
        venue: the opened venue file.
        draft: the strategy.
        start: a day of the plan's first week.
        weeks: how many weeks to plan.
        now: the present; nothing before it is created, moved or removed.
        events: the venue's events, for their campaigns (see ``campaign_events``). An
            event that moved moves its untouched campaign posts; a cancelled or missing
            one loses its untouched ones. ``None`` leaves campaign posts as they are.
        language: the language of the campaign posts' default texts ("fr" or "en").

    Returns:
        What the run changed, in posts.
    """
    tz = _zone(draft.timezone, venue.tz)
    first = start - timedelta(days=start.weekday())
    last = first + timedelta(weeks=max(0, weeks))  # excluded
    window_start = max(now, datetime.combine(first, time(0), tzinfo=tz))
    window_end = datetime.combine(last, time(0), tzinfo=tz)
    slots = cadence.expand(draft, start=first, weeks=weeks, tz=tz)
    if events is not None:
        texts = campaign_texts(language)
        slots += [
            slot
            for slot in campaigns.campaign_slots(draft, events, tz=tz, texts=texts)
            if first <= slot.start.date() < last
        ]
    slots = [slot for slot in slots if slot.start >= now]
    created: list[tuple[str, Post]] = []
    updated: list[tuple[str, Post]] = []
    counts = dict.fromkeys(("unchanged", "kept_user_changes", "removed", "not_recreated"), 0)
    with writing(venue.db):
        existing = venue.plan.generated_posts()
        removed_keys = venue.plan.removed_plan_keys()
        for slot in slots:
            wanted = _post_for(slot, draft, venue)
            found = existing.get(slot.plan_key)
            if found is None:
                if slot.plan_key in removed_keys:
                    counts["not_recreated"] += 1
                else:
                    created.append((slot.plan_key, wanted))
                continue
            post, user_changed = found
            if user_changed:
                counts["kept_user_changes"] += 1
            elif post.start is None or post.start < now or post.content_equals(wanted):
                counts["unchanged"] += 1
            else:
                updated.append((slot.plan_key, wanted.replace(id=post.id, uid=post.uid)))
        keys = {slot.plan_key for slot in slots}
        gone: list[int] = []
        for key, (post, user_changed) in existing.items():
            if key in keys or post.start is None or not window_start <= post.start < window_end:
                continue
            if events is None and key.startswith(CAMPAIGN_KEY_PREFIX):
                continue  # no events given: their campaigns are not this run's business
            if user_changed or post.status not in REMOVABLE:
                counts["kept_user_changes"] += 1
            elif post.id is not None:
                gone.append(post.id)
        counts["removed"] = len(gone)
        venue.plan.apply(create=created, update=updated, delete=gone, now=now)
    return PlanResult(created=len(created), updated=len(updated), **counts)


def _post_for(slot: cadence.Slot, draft: StrategyDraft, venue: Venue) -> Post:
    """The draft post a slot stands for.

    Its title is neutral (the pillar or series name); a campaign post's is the step and
    the event, with a default text and a link to the event.
    """
    objective = draft.objective(slot.objective_id)
    return Post(
        network=slot.network,
        title=slot.title_hint or venue.catalogue.get(slot.network).name,
        start=slot.start,
        duration=slot.duration,
        status=PostStatus.DRAFT,
        hashtags=(slot.hashtag,) if slot.hashtag else (),
        pillar=slot.pillar,
        objective=(objective.institutional_goal or objective.kind.value) if objective else "",
        audience=slot.audience,
        body=slot.body,
        event_id=slot.event_id,
    )


def campaign_events(
    venue: Venue, *, draft: StrategyDraft, start: date, weeks: int
) -> list[VenueEvent]:
    """The venue's events whose campaign can fall in the plan, for ``plan_from_strategy``.

    That is the events of the plan's weeks, widened by the campaign's offsets (an event
    just after the last week still has its teaser inside it).
    """
    from cmt_desktop.storage.event_repository import EventRepository

    first = start - timedelta(days=start.weekday())
    last = first + timedelta(weeks=max(0, weeks), days=-1)
    low, high = campaigns.events_range(draft, first, last)
    return EventRepository(venue.db, _zone(draft.timezone, venue.tz)).between(low, high)


@cache
def campaign_texts(language: str) -> campaigns.CampaignTexts:
    """The campaign posts' default texts (``resources/data/campaign_texts.json``)."""
    data = resources.files("cmt_desktop.data").joinpath("campaign_texts.json").read_text("utf-8")
    return campaigns.CampaignTexts.from_dict(json.loads(data), language)


def _zone(name: str, fallback: tzinfo) -> tzinfo:
    try:
        return ZoneInfo(name) if name else fallback
    except (ZoneInfoNotFoundError, ValueError):
        return fallback
