"""Use case: the regularity figures of the last weeks, from the posts and the strategy."""

from __future__ import annotations

from datetime import datetime, timedelta

from cmt_desktop import services, strategies
from cmt_desktop.domain.regularity import (
    LOOKBACK_WEEKS,
    NetworkRhythm,
    PillarShare,
    pillar_mix,
    week_monday,
    weekly_rhythm,
)

DEFAULT_WEEKS = 8


def regularity(
    venue: services.Venue, *, now: datetime, weeks: int = DEFAULT_WEEKS
) -> tuple[list[NetworkRhythm], list[PillarShare]]:
    """Rhythm per network and week, and the pillar mix of what was published, until now."""
    local_now = now.astimezone(venue.tz)
    current = week_monday(local_now, venue.tz)
    first = current - timedelta(weeks=weeks - 1 + LOOKBACK_WEEKS)
    posts = services.posts_between(venue, first_day=first, last_day=current + timedelta(days=6))
    draft = strategies.current_strategy(venue)
    cadences = {p.network: p.posts_per_week for p in draft.networks} if draft else {}
    targets = {p.name: p.target_percent for p in draft.pillars} if draft else {}
    rhythms = weekly_rhythm(posts, cadences=cadences, weeks=weeks, now=local_now)
    since = datetime.combine(
        current - timedelta(weeks=weeks - 1), datetime.min.time(), tzinfo=venue.tz
    )
    return rhythms, pillar_mix(posts, targets=targets, since=since, until=local_now)
