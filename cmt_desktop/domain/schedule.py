"""Calendar arithmetic: weeks, month grids and moving a post to another day."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from cmt_desktop.domain.post import Post, PostStatus

DEFAULT_IDEA_HOUR = 10


def monday_of(day: date) -> date:
    """The Monday of the ISO week holding ``day``."""
    return day - timedelta(days=day.weekday())


def month_grid_start(year: int, month: int) -> date:
    """The Monday on or before the 1st: the first cell of a six-week month grid."""
    return monday_of(date(year, month, 1))


def add_months(day: date, months: int) -> date:
    """The 1st of the month ``months`` away from ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def moved(post: Post, *, day: date, hour: int | None, tz: tzinfo) -> Post:
    """The post moved to ``day`` (and ``hour`` when given), keeping its minutes.

    An undated idea gets ``hour`` or 10:00 and becomes a draft: once it has a date, it is
    being worked on.
    """
    if post.start is None:
        clock = time(DEFAULT_IDEA_HOUR if hour is None else hour, 0)
    else:
        local = post.start.astimezone(tz)
        clock = time(local.hour if hour is None else hour, local.minute)
    status = PostStatus.DRAFT if post.status is PostStatus.IDEA else post.status
    return post.replace(start=datetime.combine(day, clock, tzinfo=tz), status=status)


def duplicated(post: Post) -> Post:
    """A new, unsaved copy of ``post`` one week later (undated stays undated), as a draft."""
    start = None if post.start is None else post.start + timedelta(days=7)
    return post.replace(
        id=None,
        uid="",
        sequence=0,
        start=start,
        status=PostStatus.IDEA if start is None else PostStatus.DRAFT,
        published_at=None,
        published_url="",
    )


def published(post: Post, *, at: datetime, link: str = "") -> Post:
    """The post marked as published at ``at``, with its link if given."""
    return post.replace(
        status=PostStatus.PUBLISHED,
        published_at=at,
        published_url=link.strip() or post.published_url,
    )


def skipped(post: Post, *, reason: str) -> Post:
    """The post given up, the reason kept in its notes so the review can learn from it."""
    notes = post.notes.rstrip()
    if reason.strip():
        notes = f"{notes}\n{reason.strip()}".strip()
    return post.replace(status=PostStatus.SKIPPED, notes=notes)


def week_at_a_glance(
    posts: list[Post], *, now: datetime
) -> tuple[list[Post], list[Post], list[Post]]:
    """Late (before today, not done), today's (all), and the rest of the week (not done)."""
    done = (PostStatus.PUBLISHED, PostStatus.SKIPPED)
    today = now.date()
    late, todays, later = [], [], []
    for post in posts:
        if post.start is None:
            continue
        day = post.start.astimezone(now.tzinfo).date()
        if day == today:
            todays.append(post)
        elif post.status in done:
            continue
        elif day < today:
            late.append(post)
        elif day <= today + timedelta(days=6 - today.weekday()):
            later.append(post)
    return late, todays, later
