"""Reminders: due-reminder rules and the scheduler's next wake-up (pure, no Qt)."""

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from cmt_desktop.domain.cadence import moderation_slots
from cmt_desktop.domain.post import Post, PostStatus
from cmt_desktop.domain.strategy import ModerationSlot, StrategyDraft
from cmt_desktop.reminders import (
    ReminderKind,
    ReminderSettings,
    due_reminders,
    is_paused,
    next_due,
    shown_keys,
)

PARIS = ZoneInfo("Europe/Paris")
QUIET = ReminderSettings(digest_enabled=False, moderation_enabled=False)
NO_DIGEST = ReminderSettings(digest_enabled=False)
NOTHING = {"posts": [], "moderation": [], "cadences": {}, "settings": QUIET}


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=PARIS)


def post(pid: int, start: datetime | None, status=PostStatus.READY, network="instagram", **kw):
    return Post(network, f"Post {pid}", start, status=status, id=pid, uid=f"u{pid}", **kw)


def due(*, now, last_check, shown=(), **inputs):
    inputs = NOTHING | inputs
    return due_reminders(now=now, last_check=last_check, already_shown=set(shown), **inputs)


def wake(*, after, **inputs):
    return next_due(after=after, **NOTHING | inputs)


def slots(*specs, first=(2026, 3, 2), weeks=1):
    draft = StrategyDraft(moderation_slots=tuple(ModerationSlot(d, t) for d, t in specs))
    return moderation_slots(draft, start=at(*first).date(), weeks=weeks, tz=PARIS)


def run(start, end, step, **inputs):
    """Checks every ``step`` from ``start`` to ``end``, as a polling scheduler would."""
    shown: set[str] = set()
    seen = []
    last, now = None, start
    while now <= end:
        found = due(now=now, last_check=last, shown=shown, **inputs)
        seen.extend(found)
        shown |= shown_keys(found)
        last, now = now, now + step
    return seen


def test_before_post_and_overdue():
    p = post(1, at(2026, 3, 4, 18, 30))
    before = due(now=at(2026, 3, 4, 17, 35), last_check=at(2026, 3, 4, 17, 25), posts=[p])
    assert [(r.kind, r.key, r.due, r.post_ids) for r in before] == [
        (ReminderKind.BEFORE_POST, "before:u1:0", at(2026, 3, 4, 17, 30), (1,))
    ]
    assert before[0].network == "instagram"
    late = due(now=at(2026, 3, 4, 19, 5), last_check=at(2026, 3, 4, 18, 55), posts=[p])
    assert [(r.kind, r.key, r.due) for r in late] == [
        (ReminderKind.OVERDUE, "overdue:u1", at(2026, 3, 4, 19, 0))
    ]


@pytest.mark.parametrize("status", [PostStatus.IDEA, PostStatus.DRAFT, PostStatus.READY])
def test_unfinished_posts_remind(status):
    posts = [post(1, at(2026, 3, 4, 18, 30), status)]
    found = run(at(2026, 3, 4, 8), at(2026, 3, 4, 21), timedelta(minutes=5), posts=posts)
    assert {r.kind for r in found} == {ReminderKind.BEFORE_POST, ReminderKind.OVERDUE}


@pytest.mark.parametrize("status", [PostStatus.PUBLISHED, PostStatus.SKIPPED])
def test_published_and_skipped_posts_never_remind(status):
    posts = [post(1, at(2026, 3, 4, 18, 30), status), post(2, None)]
    assert run(at(2026, 3, 4, 8), at(2026, 3, 5, 12), timedelta(minutes=5), posts=posts) == []
    assert wake(after=at(2026, 3, 4, 8), posts=posts) is None


def test_edited_post_reminds_again():
    p = post(1, at(2026, 3, 4, 18, 30))
    window = {"now": at(2026, 3, 4, 17, 35), "last_check": at(2026, 3, 4, 17, 25)}
    first = due(posts=[p], **window)
    assert due(posts=[p], shown=shown_keys(first), **window) == []
    edited = p.replace(sequence=1)
    again = due(posts=[edited], shown=shown_keys(first), **window)
    assert [r.key for r in again] == ["before:u1:1"]


def test_lead_per_network():
    settings = ReminderSettings(
        lead_minutes=30, lead_by_network={"facebook": 120}, digest_enabled=False
    )
    posts = [post(1, at(2026, 3, 4, 18)), post(2, at(2026, 3, 4, 18), network="facebook")]
    found = run(
        at(2026, 3, 4, 12), at(2026, 3, 4, 18), timedelta(minutes=5), posts=posts, settings=settings
    )
    assert [r.post_ids for r in found] == [(2,), (1,)]
    assert [r.due for r in found] == [at(2026, 3, 4, 16), at(2026, 3, 4, 17, 30)]


def test_midnight_and_dst_leads():
    p = post(1, at(2026, 3, 5, 0, 15))
    assert wake(after=at(2026, 3, 4, 20), posts=[p]) == at(2026, 3, 4, 23, 15)
    # 03:15 on the spring change is one real hour after 01:15 (02:xx never happens).
    q = post(2, at(2026, 3, 29, 3, 15))
    before = wake(after=at(2026, 3, 28, 20), posts=[q])
    assert before == at(2026, 3, 29, 1, 15)
    assert before.astimezone(UTC) == q.start.astimezone(UTC) - timedelta(hours=1)
    # 03:15 on the autumn change comes two real hours after the first 02:15 (CEST).
    r = post(3, at(2026, 10, 25, 3, 15))
    before = wake(after=at(2026, 10, 24, 20), posts=[r])
    assert before.astimezone(UTC) == r.start.astimezone(UTC) - timedelta(hours=1)
    assert (before.hour, before.fold, before.utcoffset()) == (2, 1, timedelta(hours=1))


def test_moderation_slots():
    window = {"now": at(2026, 3, 4, 16, 31), "last_check": at(2026, 3, 4, 16, 20)}
    moderation = slots((2, "16:30"))
    found = due(moderation=moderation, settings=NO_DIGEST, **window)
    assert [(r.kind, r.key, r.due) for r in found] == [
        (ReminderKind.MODERATION, "moderation:2026-03-04T16:30", at(2026, 3, 4, 16, 30))
    ]
    assert due(moderation=moderation, settings=QUIET, **window) == []


def test_digest_content():
    posts = [
        post(1, at(2026, 3, 4, 18), PostStatus.DRAFT),
        post(2, at(2026, 3, 4, 9)),
        post(3, at(2026, 3, 4, 12), PostStatus.PUBLISHED),
        post(4, at(2026, 3, 4, 13), PostStatus.SKIPPED),
        post(5, at(2026, 3, 3, 18), PostStatus.IDEA),  # late
        post(6, at(2026, 3, 4, 7)),  # this morning, overdue: late, not today
        post(7, at(2026, 2, 22, 18)),  # too old to list
        post(8, at(2026, 3, 5, 9)),  # tomorrow
        post(9, None),
    ]
    [digest] = due(
        now=at(2026, 3, 4, 8, 31),
        last_check=at(2026, 3, 4, 8, 20),
        posts=posts,
        moderation=slots((2, "11:00"), (2, "16:30"), (3, "16:30")),
        settings=ReminderSettings(moderation_enabled=False),
    )
    assert (digest.kind, digest.key) == (ReminderKind.DIGEST, "digest:2026-03-04")
    assert digest.due == at(2026, 3, 4, 8, 30)
    assert (digest.today, digest.late, digest.to_answer) == (2, 2, 2)
    assert digest.post_ids == (2, 1, 5, 6)  # today's first, then the late ones


@pytest.mark.parametrize("day", [at(2026, 3, 29), at(2026, 10, 25)])
def test_digest_on_dst_days_is_at_local_time(day):
    settings = ReminderSettings(digest_time=time(8, 30))
    moment = wake(after=day - timedelta(hours=2), settings=settings)
    assert moment == day.replace(hour=8, minute=30) and moment.tzinfo is PARIS
    found = due(now=moment, last_check=day - timedelta(hours=2), settings=settings)
    assert [r.key for r in found] == [f"digest:{day.date().isoformat()}"]


def test_under_rhythm_on_friday_once_per_week():
    posts = [
        post(1, at(2026, 3, 3, 18)),
        post(2, at(2026, 3, 5, 18), network="facebook"),
        post(3, at(2026, 3, 6, 18), network="facebook"),
        post(4, at(2026, 3, 7, 18), PostStatus.SKIPPED),  # skipped posts do not count
        post(5, at(2026, 3, 9, 9)),  # next week
    ]
    inputs = {"posts": posts, "cadences": {"instagram": 2, "facebook": 2}, "settings": NO_DIGEST}
    found = run(at(2026, 3, 2), at(2026, 3, 9), timedelta(minutes=10), **inputs)
    rhythm = [r for r in found if r.kind is ReminderKind.UNDER_RHYTHM]
    assert [(r.key, r.due, r.network, r.missing) for r in rhythm] == [
        ("rhythm:instagram:2026-W10", at(2026, 3, 6, 8, 30), "instagram", 1)
    ]


def test_half_cadence_is_judged_over_two_weeks():
    settings = NO_DIGEST
    last_week = [post(1, at(2026, 2, 25, 9))]
    window = {"now": at(2026, 3, 6, 8, 31), "last_check": at(2026, 3, 6, 8, 25)}
    assert due(posts=last_week, cadences={"instagram": 0.5}, settings=settings, **window) == []
    assert [r.missing for r in due(cadences={"instagram": 0.5}, settings=settings, **window)] == [1]


def test_pause_defers():
    p = post(1, at(2026, 3, 4, 18, 30))
    paused = ReminderSettings(digest_enabled=False, paused_until=at(2026, 3, 4, 17, 40))
    last = at(2026, 3, 4, 17, 25)
    assert is_paused(paused, at(2026, 3, 4, 17, 35))
    assert due(now=at(2026, 3, 4, 17, 35), last_check=last, posts=[p], settings=paused) == []
    # The scheduler wakes when the pause ends and, last_check kept, gets what fell due.
    end = wake(after=last, posts=[p], settings=paused)
    assert end == at(2026, 3, 4, 17, 40)
    assert not is_paused(paused, end)
    found = due(now=end, last_check=last, posts=[p], settings=paused)
    assert [r.key for r in found] == ["before:u1:0"]
    # A long pause: what fell due meanwhile comes as one summary when it ends.
    paused = ReminderSettings(digest_enabled=False, paused_until=at(2026, 3, 4, 21))
    found = due(now=at(2026, 3, 4, 21), last_check=last, posts=[p], settings=paused)
    assert [r.key for r in found[0].items] == ["before:u1:0", "overdue:u1"]


def test_sleep_gap_gathers_missed_reminders_into_one_summary():
    posts = [post(1, at(2026, 3, 4, 10)), post(2, at(2026, 3, 4, 12), network="facebook")]
    now = at(2026, 3, 4, 14)
    [summary] = found = due(
        now=now,
        last_check=at(2026, 3, 4, 8),
        posts=posts,
        moderation=slots((2, "11:00")),
        settings=ReminderSettings(),
        shown={"overdue:u2"},
    )
    assert summary.kind is ReminderKind.MISSED_SUMMARY
    assert (summary.key, summary.due) == (f"missed:{now.isoformat()}", now)
    assert [r.key for r in summary.items] == [
        "digest:2026-03-04", "before:u1:0", "overdue:u1", "before:u2:0",
        "moderation:2026-03-04T11:00",
    ]  # fmt: skip
    assert [r.due for r in summary.items] == sorted(r.due for r in summary.items)
    assert summary.post_ids == (1, 2)
    assert "overdue:u1" in shown_keys(found)


def test_long_sleep_until_next_due_is_not_a_missed_gap():
    p = post(1, at(2026, 3, 4, 18, 30))
    last = at(2026, 3, 4, 9)
    moment = wake(after=last, posts=[p])
    found = due(now=moment, last_check=last, posts=[p])
    assert [r.kind for r in found] == [ReminderKind.BEFORE_POST]
    # Fifteen minutes late is still on time; twenty-five is a sleep.
    found = due(now=moment + timedelta(minutes=15), last_check=last, posts=[p])
    assert [r.kind for r in found] == [ReminderKind.BEFORE_POST]
    late = due(now=moment + timedelta(minutes=25), last_check=last, posts=[p])
    assert [r.kind for r in late] == [ReminderKind.MISSED_SUMMARY]


def test_start_up_looks_back_only_the_gap():
    p = post(1, at(2026, 3, 4, 10))
    assert due(now=at(2026, 3, 4, 14), last_check=None, posts=[p]) == []
    found = due(now=at(2026, 3, 4, 10, 40), last_check=None, posts=[p])
    assert [r.key for r in found] == ["overdue:u1"]
    with pytest.raises(ValueError):  # "now" must be aware, in the venue's zone
        due(now=datetime(2026, 3, 4, 9), last_check=None)


def _inputs():
    return {
        "posts": [
            post(i, at(2026, 3, 27, 9) + timedelta(hours=7 * i), status, network)
            for i, (status, network) in enumerate(
                [(s, n) for s in PostStatus for n in ("instagram", "facebook")] * 2
            )
        ],
        "moderation": slots((1, "16:30"), (4, "10:00"), first=(2026, 3, 23), weeks=3),
        "cadences": {"instagram": 3, "facebook": 0.5, "linkedin": 1},
        "settings": ReminderSettings(lead_by_network={"facebook": 90}),
    }


@pytest.mark.parametrize("hours", [0, 5, 17, 23, 30, 47, 60, 95, 130])
def test_next_due_is_consistent_with_due_reminders(hours):
    inputs = _inputs()
    after = at(2026, 3, 26, 22, 10) + timedelta(hours=hours)
    moment = wake(after=after, **inputs)
    assert moment is not None and moment > after
    assert due(now=moment, last_check=after, **inputs)
    assert due(now=moment - timedelta(seconds=1), last_check=after, **inputs) == []


def test_sleeping_until_next_due_sees_what_polling_sees():
    inputs = _inputs()
    start, end = at(2026, 3, 26, 6), at(2026, 4, 2, 6)  # across the spring DST change
    polled = run(start, end, timedelta(minutes=5), **inputs)
    assert not any(r.kind is ReminderKind.MISSED_SUMMARY for r in polled)
    woken, shown, last = [], set(), start
    while (moment := wake(after=last, **inputs)) is not None and moment <= end:
        found = due(now=moment, last_check=last, shown=shown, **inputs)
        assert found and all(r.kind is not ReminderKind.MISSED_SUMMARY for r in found)
        woken.extend(found)
        shown |= shown_keys(found)
        last = moment
    first = due(now=start, last_check=None, **inputs)
    assert sorted(r.key for r in first + woken) == sorted(r.key for r in polled)
    kinds = {r.kind for r in polled}
    assert kinds == set(ReminderKind) - {ReminderKind.MISSED_SUMMARY}
