"""Use case: turn the strategy into planned posts, never overwriting what the user edited."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from cmt_desktop.domain import cadence
from cmt_desktop.domain.post import Post, PostStatus
from cmt_desktop.domain.strategy import StrategyDraft
from cmt_desktop.services import Venue
from cmt_desktop.storage.repositories import writing

REMOVABLE = frozenset({PostStatus.IDEA, PostStatus.DRAFT})


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
    venue: Venue, *, draft: StrategyDraft, start: date, weeks: int, now: datetime
) -> PlanResult:
    """Generate (or regenerate) the posts of ``weeks`` weeks from the week holding ``start``.

    In one transaction (the caller's, if it opened one). Only posts generated from the
    strategy are touched, never the user's own. The past (before ``now``) is left as it
    is. A generated post the user changed is kept as the user left it; one the user
    deleted is not brought back; one whose slot is gone from the strategy is deleted if
    it is in the window, still ahead and still an untouched idea or draft. Times are
    wall-clock times in the strategy's time zone (the venue's when the strategy names
    none it knows).
    """
    tz = _zone(draft.timezone, venue.tz)
    first = start - timedelta(days=start.weekday())
    window_start = max(now, datetime.combine(first, time(0), tzinfo=tz))
    window_end = datetime.combine(first + timedelta(weeks=max(0, weeks)), time(0), tzinfo=tz)
    slots = [
        slot for slot in cadence.expand(draft, start=first, weeks=weeks, tz=tz) if slot.start >= now
    ]
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
            if user_changed or post.status not in REMOVABLE:
                counts["kept_user_changes"] += 1
            elif post.id is not None:
                gone.append(post.id)
        counts["removed"] = len(gone)
        venue.plan.apply(create=created, update=updated, delete=gone, now=now)
    return PlanResult(created=len(created), updated=len(updated), **counts)


def _post_for(slot: cadence.Slot, draft: StrategyDraft, venue: Venue) -> Post:
    """The draft post a slot stands for; its title is neutral: the pillar or series name."""
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
    )


def _zone(name: str, fallback: tzinfo) -> tzinfo:
    try:
        return ZoneInfo(name) if name else fallback
    except (ZoneInfoNotFoundError, ValueError):
        return fallback
