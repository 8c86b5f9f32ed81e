"""Cadence: a strategy's rhythm as dated slots (pure, no storage)."""

from collections import Counter
from datetime import date, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from cmt_desktop.domain.cadence import SlotKind, expand, moderation_slots, slug
from cmt_desktop.domain.strategy import (
    Audience,
    ModerationSlot,
    NetworkPlan,
    Objective,
    ObjectiveKind,
    Pillar,
    Series,
    StrategyDraft,
)

PARIS = ZoneInfo("Europe/Paris")


def _draft(**changes) -> StrategyDraft:
    base = StrategyDraft(
        venue_name="Médiathèque du Parc",
        closing_days=(0,),  # closed on Mondays
        objectives=(Objective("o1", ObjectiveKind.LOYALTY, "Fidéliser", "+10 %"),),
        audiences=(Audience("a1", "Familles"), Audience("a2", "Ados")),
        networks=(
            NetworkPlan("instagram", "r", "o1", ("a1", "a2"), 3, (1, 3, 5), "18:30"),
            NetworkPlan("facebook", "r", "o1", ("a1",), 2, (2, 4), "12:15"),
            NetworkPlan("linkedin", "r", "o1", (), 0.5, (3,), "09:00"),
        ),
        pillars=(Pillar("Collections", 40), Pillar("Coulisses", 30), Pillar("Événements", 30)),
        series=(Series("Les coulisses du lundi", "#CoulissesDuLundi", 0, "instagram", "10:00"),),
        moderation_slots=(ModerationSlot(2, "16:30", 20), ModerationSlot(4, "16:30", 20)),
    )
    return base.replace(**changes)


def _regular(slots, network=None):
    return [
        s for s in slots if s.kind is SlotKind.REGULAR and (network is None or s.network == network)
    ]


@pytest.mark.parametrize(
    ("first_day", "change_day"),
    [(date(2026, 3, 23), date(2026, 3, 29)), (date(2026, 10, 19), date(2026, 10, 25))],
)
def test_dst_weeks_keep_the_wall_clock_time(first_day, change_day):
    draft = _draft(
        closing_days=(),
        networks=(NetworkPlan("instagram", posts_per_week=7, preferred_time="18:30"),),
        series=(),
    )
    slots = expand(draft, start=first_day, weeks=2, tz=PARIS)
    assert len(slots) == 14
    assert {s.start.astimezone(PARIS).time() for s in slots} == {time(18, 30)}
    offsets = {s.start.date(): s.start.utcoffset() for s in slots}
    assert offsets[change_day - timedelta(days=1)] != offsets[change_day]
    assert change_day in offsets


def test_time_skipped_by_the_spring_change_moves_one_hour_on():
    draft = _draft(networks=(), series=(Series("Nuit", "", 6, "instagram", "02:30"),))
    (slot,) = expand(draft, start=date(2026, 3, 23), weeks=1, tz=PARIS)
    assert slot.start.time() == time(3, 30)
    assert slot.start.utcoffset() == timedelta(hours=2)


def test_half_a_post_a_week_is_every_other_week_even_across_a_53_week_year():
    draft = _draft(networks=(NetworkPlan("linkedin", posts_per_week=0.5, preferred_days=(3,)),))
    slots = _regular(expand(draft, start=date(2026, 11, 2), weeks=16, tz=PARIS))
    assert len(slots) == 8
    gaps = {(b.start.date() - a.start.date()).days for a, b in zip(slots, slots[1:], strict=False)}
    assert gaps == {14}  # 2026 has an ISO week 53: ISO-week parity would post twice in a row


def test_one_and_a_half_posts_a_week_alternate_one_and_two():
    draft = _draft(networks=(NetworkPlan("bluesky", posts_per_week=1.5, preferred_days=(1, 3)),))
    slots = _regular(expand(draft, start=date(2026, 3, 2), weeks=12, tz=PARIS))
    assert len(slots) == 18
    per_week = Counter(s.start.isocalendar()[1] for s in slots)
    assert sorted(per_week.values()) == [1] * 6 + [2] * 6


def test_closing_days_are_avoided_and_days_are_added_when_needed():
    draft = _draft(
        closing_days=(0, 1),
        networks=(NetworkPlan("instagram", posts_per_week=4, preferred_days=(0, 1, 3)),),
    )
    slots = _regular(expand(draft, start=date(2026, 3, 2), weeks=4, tz=PARIS))
    assert len(slots) == 16
    assert not {s.start.weekday() for s in slots} & {0, 1}
    for week in Counter(s.start.isocalendar()[1] for s in slots):
        days = [s.start.weekday() for s in slots if s.start.isocalendar()[1] == week]
        assert len(set(days)) == 4 and 3 in days


def test_more_posts_than_open_days_doubles_up_at_later_times():
    draft = _draft(networks=(NetworkPlan("x", posts_per_week=8, preferred_time="10:00"),))
    slots = _regular(expand(draft, start=date(2026, 3, 2), weeks=1, tz=PARIS))
    assert len(slots) == 8
    assert len({s.start for s in slots}) == 8
    assert all(s.start.weekday() != 0 for s in slots)


def test_behind_the_scenes_series_is_on_the_closing_day():
    slots = expand(_draft(), start=date(2026, 3, 2), weeks=4, tz=PARIS)
    series = [s for s in slots if s.kind is SlotKind.SERIES]
    assert len(series) == 4
    assert {s.start.weekday() for s in series} == {0}
    assert {s.start.time() for s in series} == {time(10, 0)}
    assert {s.hashtag for s in series} == {"#CoulissesDuLundi"}
    assert series[0].plan_key == "series:les-coulisses-du-lundi:2026-W10"
    assert all(s.start.weekday() != 0 for s in _regular(slots))


def test_pillar_mix_is_within_one_post_of_target_over_12_weeks():
    targets = {"Collections": 40, "Coulisses": 30, "Événements": 30}
    for first in (date(2026, 1, 5) + timedelta(weeks=k) for k in range(0, 60, 3)):
        slots = expand(_draft(series=()), start=first, weeks=12, tz=PARIS)
        mix = Counter(s.pillar for s in slots)
        for pillar, percent in targets.items():
            assert abs(mix[pillar] - percent / 100 * len(slots)) <= 1, (first, mix)


def test_series_pillar_counts_in_the_mix():
    # The series' weekly post is fixed, so the rotation has less room: ±1.5 at worst.
    draft = _draft(
        series=(Series("Coulisses", "#Coulisses", 0, "instagram", "10:00", "Coulisses"),)
    )
    slots = expand(draft, start=date(2026, 3, 2), weeks=12, tz=PARIS)
    mix = Counter(s.pillar for s in slots)
    assert abs(mix["Coulisses"] - 0.3 * len(slots)) <= 1.5, mix
    assert abs(mix["Collections"] - 0.4 * len(slots)) <= 1.5, mix


def test_keys_and_pillars_are_stable_across_overlapping_windows():
    draft = _draft()
    long = {s.plan_key: s for s in expand(draft, start=date(2026, 3, 2), weeks=12, tz=PARIS)}
    short = expand(draft, start=date(2026, 3, 18), weeks=4, tz=PARIS)
    assert short and all(long[s.plan_key] == s for s in short)
    assert expand(draft, start=date(2026, 3, 2), weeks=12, tz=PARIS) == list(long.values())
    assert len(long) == len(expand(draft, start=date(2026, 3, 2), weeks=12, tz=PARIS))


def test_slots_carry_objective_audience_and_neutral_title_hints():
    slots = _regular(expand(_draft(), start=date(2026, 3, 2), weeks=1, tz=PARIS), "instagram")
    assert [s.plan_key for s in slots] == [f"net:instagram:2026-W10:{n}" for n in (1, 2, 3)]
    assert {s.objective_id for s in slots} == {"o1"}
    assert {s.audience for s in slots} == {"Familles, Ados"}
    assert all(s.title_hint == s.pillar for s in slots)


def test_moderation_slots_are_separate_and_not_posts():
    draft = _draft()
    slots = expand(draft, start=date(2026, 3, 2), weeks=2, tz=PARIS)
    assert all(s.kind is not SlotKind.MODERATION for s in slots)
    moderation = moderation_slots(draft, start=date(2026, 3, 2), weeks=2, tz=PARIS)
    assert [s.start.weekday() for s in moderation] == [2, 4, 2, 4]
    assert moderation[0].plan_key == "moderation:2026-03-04T16:30"
    assert moderation[0].duration == timedelta(minutes=20)
    assert {s.kind for s in moderation} == {SlotKind.MODERATION}


def test_window_is_half_open_and_empty_strategies_give_nothing():
    slots = expand(_draft(), start=date(2026, 3, 4), weeks=1, tz=PARIS)
    assert min(s.start.date() for s in slots) >= date(2026, 3, 4)
    assert max(s.start.date() for s in slots) < date(2026, 3, 11)
    assert expand(StrategyDraft(), start=date(2026, 3, 2), weeks=52, tz=PARIS) == []
    assert expand(_draft(), start=date(2026, 3, 2), weeks=0, tz=PARIS) == []


def test_a_network_chosen_twice_is_planned_once():
    twice = (NetworkPlan("instagram", posts_per_week=2), NetworkPlan("instagram", posts_per_week=5))
    slots = expand(_draft(networks=twice, series=()), start=date(2026, 3, 2), weeks=1, tz=PARIS)
    assert len(slots) == len({s.plan_key for s in slots}) == 2


def test_bad_times_fall_back_and_slugs_are_ascii():
    draft = _draft(networks=(NetworkPlan("instagram", posts_per_week=1, preferred_time="soir"),))
    (slot,) = _regular(expand(draft, start=date(2026, 3, 2), weeks=1, tz=PARIS))
    assert slot.start.time() == time(18, 30)
    assert slug("Écrins & Trésors !") == "ecrins-tresors"
    assert slug("🙂") == "series"
