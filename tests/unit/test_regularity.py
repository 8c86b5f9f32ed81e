"""Regularity: published against cadence per network and ISO week, streaks, pillar mix."""

import subprocess
import sys
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from cmt_desktop.domain.cadence import SlotKind, expand
from cmt_desktop.domain.post import Post, PostStatus
from cmt_desktop.domain.regularity import (
    LOOKBACK_WEEKS,
    WeekState,
    period_start,
    pillar_mix,
    posts_window,
    week_target,
    weekly_rhythm,
)
from cmt_desktop.domain.strategy import NetworkPlan, StrategyDraft

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 3, 4, 9, 30, tzinfo=PARIS)  # Wednesday of ISO week 10
MONDAY = date(2026, 3, 2)
ON, PARTIAL, MISSED = WeekState.ON_RHYTHM, WeekState.PARTIAL, WeekState.MISSED
NOT_DUE, CURRENT = WeekState.NOT_DUE, WeekState.CURRENT


def _post(network, day, status=PostStatus.PUBLISHED, *, hour=18, published_at=None, pillar=""):
    start = datetime(day.year, day.month, day.day, hour, tzinfo=PARIS)
    done = published_at or (start if status is PostStatus.PUBLISHED else None)
    return Post(network=network, start=start, status=status, published_at=done, pillar=pillar)


def _weekly(network, counts, *, last_monday=MONDAY, status=PostStatus.PUBLISHED):
    """``counts[i]`` posts in each week, oldest first, the last one being ``last_monday``'s."""
    first = last_monday - timedelta(weeks=len(counts) - 1)
    return [
        _post(network, first + timedelta(weeks=week, days=n % 7), status)
        for week, count in enumerate(counts)
        for n in range(count)
    ]


def _states(rhythm):
    return [week.state for week in rhythm.weeks]


def test_weeks_end_with_the_current_one_across_the_year_end():
    now = datetime(2027, 1, 6, 12, tzinfo=PARIS)  # ISO week 1 of 2027
    posts = [_post("instagram", date(2027, 1, 1)), _post("instagram", date(2026, 12, 27))]
    (rhythm,) = weekly_rhythm(posts, cadences={"instagram": 1}, weeks=3, now=now)
    assert [(w.iso_year, w.iso_week) for w in rhythm.weeks] == [(2026, 52), (2026, 53), (2027, 1)]
    assert [w.published for w in rhythm.weeks] == [1, 1, 0]  # 1 January 2027 is in 2026-W53
    assert _states(rhythm) == [ON, ON, CURRENT]
    assert period_start(weeks=3, now=now) == datetime(2026, 12, 21, tzinfo=PARIS)


def test_dst_week_counts_posts_by_the_venue_calendar_not_utc():
    now = datetime(2026, 4, 1, 9, tzinfo=PARIS)  # week 14; clocks went forward on 29 March
    late_sunday = datetime(2026, 3, 29, 23, 30, tzinfo=PARIS)  # still week 13 in Paris
    early_monday = datetime(2026, 3, 29, 22, 30, tzinfo=UTC)  # 00:30 on 30 March in Paris
    posts = [
        Post("facebook", start=late_sunday, status=PostStatus.PUBLISHED),
        Post("facebook", start=early_monday, status=PostStatus.PUBLISHED),
    ]
    (rhythm,) = weekly_rhythm(posts, cadences={"facebook": 1}, weeks=2, now=now)
    assert [(w.iso_week, w.published) for w in rhythm.weeks] == [(13, 1), (14, 1)]


def test_planned_excludes_skipped_and_published_counts_by_publication_week():
    late = datetime(2026, 3, 3, 10, tzinfo=PARIS)  # planned in week 9, published in week 10
    posts = [
        _post("instagram", date(2026, 2, 24), published_at=late),
        _post("instagram", date(2026, 2, 25), PostStatus.SKIPPED),
        _post("instagram", date(2026, 2, 26), PostStatus.READY),
        _post("instagram", date(2026, 2, 27), PostStatus.IDEA),
        Post("instagram", title="undated idea"),
    ]
    (rhythm,) = weekly_rhythm(posts, cadences={"instagram": 2}, weeks=2, now=NOW)
    week9, week10 = rhythm.weeks
    assert (week9.planned, week9.published, week9.target) == (3, 0, 2)
    assert (week10.planned, week10.published, week10.target) == (0, 1, 2)
    assert week9.state is MISSED and week9.on_rhythm is False


def test_streak_counts_the_kept_weeks_ending_last_week():
    posts = _weekly("instagram", [2, 2, 0, 1, 2, 2, 3, 0])
    (rhythm,) = weekly_rhythm(posts, cadences={"instagram": 2}, weeks=8, now=NOW)
    assert _states(rhythm) == [ON, ON, MISSED, PARTIAL, ON, ON, ON, CURRENT]
    assert (rhythm.streak, rhythm.weeks_on_rhythm, rhythm.weeks_judged) == (3, 5, 7)
    assert rhythm.weeks[-1].on_rhythm is None  # the week in progress is not judged
    assert rhythm.published == 12


def test_a_busy_week_does_not_excuse_an_empty_one_at_a_whole_cadence():
    posts = _weekly("facebook", [4, 0, 0])
    (rhythm,) = weekly_rhythm(posts, cadences={"facebook": 2}, weeks=3, now=NOW)
    assert _states(rhythm) == [ON, MISSED, CURRENT]
    assert rhythm.streak == 0


def test_fractional_cadence_targets_follow_the_planner():
    draft = StrategyDraft(
        networks=(
            NetworkPlan("newsletter", posts_per_week=0.5),
            NetworkPlan("x", posts_per_week=1.5),
        )
    )
    slots = expand(draft, start=date(2026, 1, 5), weeks=10, tz=PARIS)
    planned = Counter(
        (s.network, s.start.date() - timedelta(days=s.start.weekday()))
        for s in slots
        if s.kind is SlotKind.REGULAR
    )
    for week in range(10):
        monday = date(2026, 1, 5) + timedelta(weeks=week)
        assert week_target(0.5, monday) == planned["newsletter", monday]
        assert week_target(1.5, monday) == planned["x", monday]
    assert sum(week_target(0.5, date(2026, 1, 5) + timedelta(weeks=n)) for n in range(10)) == 5


def test_fortnightly_newsletter_sent_a_week_early_is_on_time():
    targets = [week_target(0.5, MONDAY - timedelta(weeks=n)) for n in range(7, -1, -1)]
    assert targets == [0, 1, 0, 1, 0, 1, 0, 1]  # the planner's weeks for 0.5 a week
    posts = _weekly("newsletter", [1, 0, 0, 1, 0, 0, 0, 0])  # early, on time, then nothing
    (rhythm,) = weekly_rhythm(posts, cadences={"newsletter": 0.5}, weeks=8, now=NOW)
    assert _states(rhythm) == [NOT_DUE, ON, NOT_DUE, ON, NOT_DUE, MISSED, NOT_DUE, CURRENT]
    assert (rhythm.streak, rhythm.weeks_on_rhythm, rhythm.weeks_judged) == (0, 2, 3)


def test_nothing_due_weeks_ride_on_the_due_week_before_them():
    posts = _weekly("newsletter", [0, 1, 0, 1, 0, 1, 0, 0])
    (rhythm,) = weekly_rhythm(posts, cadences={"newsletter": 0.5}, weeks=8, now=NOW)
    # Last week (nothing due) and the five before it; the first week has no due week before.
    assert (rhythm.streak, rhythm.weeks_on_rhythm, rhythm.weeks_judged) == (6, 3, 3)
    never = weekly_rhythm([], cadences={"newsletter": 0.5}, weeks=8, now=NOW)[0]
    assert (never.streak, never.weeks_on_rhythm, never.weeks_judged) == (0, 0, 3)


def test_out_of_phase_one_and_a_half_is_kept():
    targets = [week_target(1.5, MONDAY - timedelta(weeks=n)) for n in range(4, -1, -1)]
    counts = [3 - t for t in targets]  # two when one is due, one when two are due
    (rhythm,) = weekly_rhythm(_weekly("x", counts), cadences={"x": 1.5}, weeks=4, now=NOW)
    assert _states(rhythm)[:-1] == [ON, ON, ON]
    short = [1] * 5  # one a week is below 1.5
    (rhythm,) = weekly_rhythm(_weekly("x", short), cadences={"x": 1.5}, weeks=4, now=NOW)
    assert PARTIAL in _states(rhythm)


def test_lookback_posts_count_for_the_first_due_week():
    first, last = posts_window(weeks=4, now=NOW)
    assert first == MONDAY - timedelta(weeks=3 + LOOKBACK_WEEKS)
    assert last == date(2026, 3, 8)
    early = _post("newsletter", MONDAY - timedelta(weeks=3))  # before the 3 weeks shown
    (rhythm,) = weekly_rhythm([early], cadences={"newsletter": 0.5}, weeks=3, now=NOW)
    assert _states(rhythm) == [ON, NOT_DUE, CURRENT]
    assert rhythm.published == 0


def test_networks_without_cadence_appear_with_target_zero():
    posts = _weekly("tiktok", [1, 0, 1]) + [_post("bluesky", date(2025, 1, 6))]
    rhythms = weekly_rhythm(posts, cadences={"instagram": 2, "linkedin": 0}, weeks=3, now=NOW)
    assert [r.network for r in rhythms] == ["instagram", "linkedin", "tiktok"]
    tiktok = rhythms[-1]
    assert all(w.target == 0 for w in tiktok.weeks)
    assert (tiktok.weeks_judged, tiktok.streak, tiktok.published) == (0, 0, 2)
    assert _states(tiktok) == [NOT_DUE, NOT_DUE, CURRENT]


@pytest.mark.parametrize(("counts", "expected"), [((1, 1, 1), [34, 33, 33]), ((2, 1), [67, 33])])
def test_pillar_mix_percentages_add_up_to_100(counts, expected):
    names = ["Agenda", "Coulisses", "Patrimoine"]
    posts = [
        _post("instagram", date(2026, 2, 23), pillar=name)
        for name, count in zip(names, counts, strict=False)
        for _ in range(count)
    ]
    targets = dict.fromkeys(names[: len(counts)], 50)
    shares = pillar_mix(posts, targets=targets, since=period_start(weeks=8, now=NOW), until=NOW)
    assert [s.actual_percent for s in shares] == expected
    assert sum(s.actual_percent for s in shares) == 100


def test_pillar_mix_matches_names_and_keeps_only_published_in_the_period():
    since = period_start(weeks=4, now=NOW)
    posts = [
        _post("instagram", date(2026, 2, 23), pillar=" coulisses "),
        _post("facebook", date(2026, 2, 24), pillar="Coulisses"),
        _post("facebook", date(2026, 2, 25), pillar="Jeux"),
        _post("facebook", date(2026, 2, 26), pillar=""),
        _post("facebook", date(2026, 2, 26), PostStatus.READY, pillar="Agenda"),
        _post("facebook", date(2026, 1, 5), pillar="Agenda"),  # before the period
    ]
    shares = pillar_mix(posts, targets={"Agenda": 40, "Coulisses": 60}, since=since, until=NOW)
    assert [(s.name, s.published_count, s.actual_percent, s.target_percent) for s in shares] == [
        ("Agenda", 0, 0, 40),
        ("Coulisses", 2, 50, 60),
        ("Jeux", 1, 25, 0),
        ("", 1, 25, 0),
    ]
    empty = pillar_mix([], targets={"Agenda": 100}, since=since, until=NOW)
    assert [(s.name, s.actual_percent) for s in empty] == [("Agenda", 0)]


def test_regularity_does_not_import_qt():
    code = "import sys, cmt_desktop.domain.regularity; print('PySide6' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
