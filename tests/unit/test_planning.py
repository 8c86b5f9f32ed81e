"""Planning: the strategy becomes posts; regeneration never overwrites what the user did."""

import sqlite3
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from cmt_desktop import services
from cmt_desktop.domain.post import Post, PostStatus
from cmt_desktop.domain.strategy import (
    Audience,
    NetworkPlan,
    Objective,
    ObjectiveKind,
    Pillar,
    Series,
    StrategyDraft,
)
from cmt_desktop.domain.venue_event import EventStatus, VenueEvent
from cmt_desktop.planning import PlanResult, campaign_events, plan_from_strategy
from cmt_desktop.resources import network_catalogue
from cmt_desktop.storage import migrations
from cmt_desktop.storage.db import open_db, transaction
from cmt_desktop.storage.strategy_repository import PlanRepository, StrategyRepository

PARIS = ZoneInfo("Europe/Paris")
MONDAY = date(2026, 3, 2)


@pytest.fixture
def venue():
    venue = services.open_venue(None, network_catalogue())
    yield venue
    venue.close()


@pytest.fixture
def draft() -> StrategyDraft:
    return StrategyDraft(
        venue_name="Médiathèque du Parc",
        closing_days=(0,),
        objectives=(Objective("o1", ObjectiveKind.LOYALTY, "Fidéliser les familles", "+10 %"),),
        audiences=(Audience("a1", "Familles"),),
        networks=(
            NetworkPlan("instagram", "r", "o1", ("a1",), 3, (1, 3, 5), "18:30"),
            NetworkPlan("facebook", "r", "o1", ("a1",), 2, (2, 4), "12:15"),
        ),
        pillars=(Pillar("Collections", 50), Pillar("Coulisses", 50)),
        series=(Series("Coulisses du lundi", "#CoulissesDuLundi", 0, "instagram", "10:00"),),
    )


def _plan(venue, draft, now, weeks=12, start=MONDAY) -> PlanResult:
    return plan_from_strategy(venue, draft=draft, start=start, weeks=weeks, now=now)


def _generated(venue) -> dict[str, tuple[Post, bool]]:
    return venue.plan.generated_posts()


def test_generates_draft_posts_from_now_on(venue, draft, clock):
    result = _plan(venue, draft, clock)
    posts = services.posts_between(venue, first_day=None, last_day=None)
    # Week 1 began on Monday 2 March; "now" is Wednesday 09:30: Monday and Tuesday are past.
    assert result.created == len(posts) == 12 * 6 - 2
    assert min(p.start for p in posts) >= clock
    assert {p.status for p in posts} == {PostStatus.DRAFT}
    series = [p for p in posts if p.hashtags == ("#CoulissesDuLundi",)]
    assert len(series) == 11 and {p.title for p in series} == {"Coulisses du lundi"}
    regular = [p for p in posts if not p.hashtags]
    assert {p.title for p in regular} == {"Collections", "Coulisses"}
    assert {p.objective for p in regular} == {"Fidéliser les familles"}
    assert {p.audience for p in regular} == {"Familles"}
    assert all(venue.plan.plan_key(p.id) for p in posts)


def test_regenerating_is_idempotent(venue, draft, clock):
    first = _plan(venue, draft, clock)
    sequences = {
        p.uid: p.sequence for p in services.posts_between(venue, first_day=None, last_day=None)
    }
    again = _plan(venue, draft, clock)
    assert (again.created, again.updated, again.removed) == (0, 0, 0)
    assert again.unchanged == first.created and not again.changed
    after = {
        p.uid: p.sequence for p in services.posts_between(venue, first_day=None, last_day=None)
    }
    assert after == sequences


def test_changed_cadence_moves_and_removes_generated_posts(venue, draft, clock):
    _plan(venue, draft, clock)
    before = _generated(venue)
    instagram = NetworkPlan("instagram", "r", "o1", ("a1",), 2, (1, 3, 5), "19:00")
    result = _plan(venue, draft.replace(networks=(instagram, draft.networks[1])), clock)
    assert result.removed == 12  # the third Instagram post of each week (Saturday)
    assert result.updated > 0 and result.created == 0
    after = _generated(venue)
    kept = [post for key, (post, _) in after.items() if key.startswith("net:instagram")]
    assert {p.start.astimezone(PARIS).time() for p in kept} == {time(19, 0)}
    # Moved posts keep their identity, and their SEQUENCE grows for calendar clients.
    key = next(k for k in after if k.startswith("net:instagram"))
    assert after[key][0].uid == before[key][0].uid
    assert after[key][0].sequence == before[key][0].sequence + 1


def test_user_edited_generated_post_is_kept_untouched(venue, draft, clock):
    _plan(venue, draft, clock)
    key, (post, changed) = next(
        (k, v) for k, v in sorted(_generated(venue).items()) if k.startswith("net:instagram")
    )
    assert not changed
    edited = services.save_post(venue, post=post.replace(body="Notre coup de cœur"), now=clock)
    assert venue.plan.user_changed(edited.id)
    instagram = NetworkPlan("instagram", "r", "o1", ("a1",), 3, (1, 3, 5), "20:00")
    later = draft.replace(networks=(instagram, draft.networks[1]))
    result = _plan(venue, later, clock)
    assert result.kept_user_changes == 1
    assert venue.posts.get(edited.id) == edited


def test_undoing_an_edit_hands_the_post_back_to_the_planner(venue, draft, clock):
    _plan(venue, draft, clock)
    key, (post, _) = next(iter(sorted(_generated(venue).items())))
    edited = services.save_post(venue, post=post.replace(title="Mon titre"), now=clock)
    assert venue.plan.user_changed(edited.id)
    services.save_post(venue, post=post, now=clock)  # what QUndoStack's undo does
    assert not venue.plan.user_changed(post.id)


def test_moving_a_generated_post_makes_it_the_users(venue, draft, clock):
    _plan(venue, draft, clock)
    key, (post, _) = next(iter(sorted(_generated(venue).items())))
    moved = services.reschedule_post(
        venue, post_id=post.id, day=post.start.date() + timedelta(days=1), hour=None, now=clock
    )
    assert venue.plan.user_changed(moved.id)
    assert _plan(venue, draft, clock).kept_user_changes == 1
    assert venue.posts.get(moved.id) == moved


def test_user_deleted_generated_post_stays_deleted_and_undo_restores_it(venue, draft, clock):
    first = _plan(venue, draft, clock)
    key, (post, _) = next(iter(sorted(_generated(venue).items())))
    removed = services.delete_post(venue, post_id=post.id, now=clock)
    assert venue.plan.removed_plan_keys() == {key}
    again = _plan(venue, draft, clock)
    assert (again.created, again.not_recreated) == (0, 1)
    assert venue.posts.count() == first.created - 1
    restored = services.restore_post(venue, post=removed, now=clock)
    assert restored.uid == post.uid and venue.plan.plan_key(restored.id) == key
    assert venue.plan.removed_plan_keys() == set()
    assert not venue.plan.user_changed(restored.id)
    third = _plan(venue, draft, clock)
    assert (third.created, third.updated, third.not_recreated) == (0, 0, 0)
    assert venue.posts.count() == first.created


def test_users_own_posts_are_never_touched(venue, draft, clock):
    own = services.create_post(
        venue,
        post=Post(
            "instagram",
            "Rencontre d'auteur",
            datetime(2026, 3, 10, 18, 30, tzinfo=PARIS),
            status=PostStatus.DRAFT,
            pillar="Collections",
        ),
        now=clock,
    )
    _plan(venue, draft, clock)
    _plan(venue, draft.replace(networks=(), series=()), clock)
    assert venue.posts.get(own.id) == own
    assert venue.plan.plan_key(own.id) is None
    assert venue.posts.count() == 1  # every generated post went with its slots
    services.delete_post(venue, post_id=own.id)
    assert venue.plan.removed_plan_keys() == set()


def test_past_and_progressed_posts_are_kept_when_their_slot_goes(venue, draft, clock):
    _plan(venue, draft, clock)
    later = clock + timedelta(weeks=2)
    posts = sorted((p for p, _ in _generated(venue).values()), key=lambda p: p.start)
    past = [p for p in posts if p.start < later]
    ahead = [p for p in posts if p.start >= later]
    ready = services.save_post(venue, post=ahead[3].replace(status=PostStatus.READY), now=clock)
    result = _plan(venue, draft.replace(networks=(), series=()), later)
    assert (result.removed, result.kept_user_changes) == (len(ahead) - 1, 1)
    left = sorted((p for p, _ in _generated(venue).values()), key=lambda p: p.start)
    assert left == [*past, ready]


def test_generation_is_one_transaction(venue, draft, clock, monkeypatch):
    original = PlanRepository.apply

    def apply_then_fail(self, **changes):
        original(self, **changes)
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(PlanRepository, "apply", apply_then_fail)
    with pytest.raises(sqlite3.OperationalError):
        _plan(venue, draft, clock)
    assert venue.posts.count() == 0
    assert not venue.db.in_transaction


def test_one_year(venue, draft, clock):
    result = _plan(venue, draft, clock, weeks=52)
    assert result.created == 52 * 6 - 2
    posts = services.posts_between(venue, first_day=None, last_day=None)
    assert len({p.uid for p in posts}) == len(posts) == result.created
    assert max(p.start for p in posts).date() < MONDAY + timedelta(weeks=52)
    assert _plan(venue, draft, clock, weeks=52).unchanged == result.created


def test_strategy_is_saved_loaded_and_discarded(venue, draft, clock):
    strategies = StrategyRepository(venue.db)
    assert strategies.load() is None
    strategies.save(draft, now=clock)
    strategies.save(draft.replace(venue_name="Brouillon"), name="draft", now=clock)
    assert strategies.load() == draft
    assert strategies.load("draft").venue_name == "Brouillon"
    assert strategies.updated_at() == "2026-03-04T08:30:00Z"
    strategies.discard("draft")
    assert strategies.load("draft") is None
    venue.db.execute("UPDATE strategy SET json = '{not json' WHERE name = 'saved'")
    assert strategies.load() is None


def test_strategy_and_plan_can_share_the_callers_transaction(venue, draft, clock):
    with pytest.raises(RuntimeError), transaction(venue.db):
        StrategyRepository(venue.db).save(draft, now=clock)
        _plan(venue, draft, clock)
        raise RuntimeError("the disk is full")
    assert StrategyRepository(venue.db).load() is None
    assert venue.posts.count() == 0


def test_migration_adds_the_plan_to_an_existing_file(tmp_path, clock, monkeypatch):
    path = tmp_path / "venue.sqlite"
    monkeypatch.setattr(migrations, "STEPS", migrations.STEPS[:1])
    conn = open_db(path)
    conn.execute(
        "INSERT INTO posts (uid, network, status, duration_min, sequence) "
        "VALUES ('old@x', 'instagram', 'draft', 30, 0)"
    )
    conn.close()
    monkeypatch.undo()
    conn = open_db(path)
    assert "0002_strategy_and_plan" in migrations.applied_names(conn)
    row = conn.execute("SELECT plan_key, user_changed FROM posts").fetchone()
    assert row == (None, 0)
    conn.execute(
        "INSERT INTO posts (uid, network, status, plan_key) VALUES ('a', 'x', 'draft', 'k')"
    )
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO posts (uid, network, status, plan_key) VALUES ('b', 'x', 'draft', 'k')"
        )
    conn.close()


# --- event campaigns -----------------------------------------------------------------------


@pytest.fixture
def events(venue, clock):
    from cmt_desktop.storage.event_repository import EventRepository

    repository = EventRepository(venue.db, venue.tz)
    repository.add(
        VenueEvent(
            "Nuit de la lecture",
            datetime(2026, 3, 21, 15, 0, tzinfo=PARIS),
            datetime(2026, 3, 21, 17, 0, tzinfo=PARIS),
            place="Salle des fêtes",
            uid="nuit@example.org",
        ),
        now=clock,
    )
    return repository


def _plan_with_events(venue, draft, now, weeks=12):
    found = campaign_events(venue, draft=draft, start=MONDAY, weeks=weeks)
    return plan_from_strategy(venue, draft=draft, start=MONDAY, weeks=weeks, now=now, events=found)


def _campaign(venue) -> dict[str, tuple[Post, bool]]:
    return {k: v for k, v in _generated(venue).items() if k.startswith("event:")}


def test_events_get_linked_campaign_posts_with_texts(venue, draft, events, clock):
    result = _plan_with_events(venue, draft, clock)
    campaign = _campaign(venue)
    assert result.created == 12 * 6 - 2 + 5 and len(campaign) == 5
    event = events.between(date(2026, 3, 21), date(2026, 3, 21))[0]
    posts = [post for post, _ in campaign.values()]
    assert {p.event_id for p in posts} == {event.id}
    assert {p.network for p in posts} == {"instagram"}
    assert all("Nuit de la lecture" in p.body and "Salle des fêtes" in p.body for p in posts)
    teaser = campaign["event:nuit@example.org::teaser"][0]
    assert teaser.title == "Teaser — Nuit de la lecture" and teaser.status is PostStatus.DRAFT
    assert teaser.start == datetime(2026, 3, 7, 18, 30, tzinfo=PARIS)
    again = _plan_with_events(venue, draft, clock)
    assert (again.created, again.updated, again.removed) == (0, 0, 0)
    english = plan_from_strategy(
        venue, draft=draft, start=MONDAY, weeks=12, now=clock, events=[event], language="en"
    )
    assert english.updated == 5
    assert "Thank you" in _campaign(venue)["event:nuit@example.org::recap"][0].body


def test_moving_an_event_moves_its_untouched_campaign_posts(venue, draft, events, clock):
    _plan_with_events(venue, draft, clock)
    before = _campaign(venue)
    regular = {k: v for k, v in _generated(venue).items() if k not in before}
    announcement = before["event:nuit@example.org::announcement"][0]
    edited = services.save_post(venue, post=announcement.replace(body="Notre texte"), now=clock)
    event = events.between(date(2026, 3, 21), date(2026, 3, 21))[0]
    week = timedelta(weeks=1)
    events.update(replace(event, start=event.start + week, end=event.end + week), now=clock)
    result = _plan_with_events(venue, draft, clock)
    assert (result.updated, result.kept_user_changes, result.created) == (4, 1, 0)
    after = _campaign(venue)
    assert after["event:nuit@example.org::announcement"][0] == edited
    for key, (post, _) in before.items():
        if key.endswith(":announcement"):
            continue
        moved = after[key][0]
        assert moved.start == post.start + week
        assert (moved.uid, moved.sequence) == (post.uid, post.sequence + 1)
        if key.endswith((":teaser", ":reminder")):  # the live post and recap give no date
            assert "samedi 28 mars" in moved.body
    assert {k: v for k, v in _generated(venue).items() if k not in after} == regular


@pytest.mark.parametrize("how", ["cancel", "delete"])
def test_a_cancelled_or_deleted_event_loses_its_untouched_campaign(
    venue, draft, events, clock, how
):
    _plan_with_events(venue, draft, clock)
    regular = {k: v for k, v in _generated(venue).items() if not k.startswith("event:")}
    reminder = _campaign(venue)["event:nuit@example.org::reminder"][0]
    edited = services.save_post(venue, post=reminder.replace(title="Demain !"), now=clock)
    event = events.between(date(2026, 3, 21), date(2026, 3, 21))[0]
    if how == "cancel":
        events.update(replace(event, status=EventStatus.CANCELLED), now=clock)
    else:
        events.delete(event.id)
    result = _plan_with_events(venue, draft, clock)
    assert (result.removed, result.kept_user_changes, result.created) == (4, 1, 0)
    assert _campaign(venue) == {"event:nuit@example.org::reminder": (edited, True)}
    assert {k: v for k, v in _generated(venue).items() if not k.startswith("event:")} == regular


def test_without_events_campaign_posts_are_left_alone(venue, draft, events, clock):
    _plan_with_events(venue, draft, clock)
    before = _campaign(venue)
    result = _plan(venue, draft, clock)  # e.g. the wizard, which does not pass events
    assert (result.created, result.updated, result.removed) == (0, 0, 0)
    assert _campaign(venue) == before


def test_no_campaign_post_in_the_past(venue, draft, events, clock):
    soon = VenueEvent(
        "Atelier",
        datetime(2026, 3, 10, 14, 0, tzinfo=PARIS),
        datetime(2026, 3, 10, 16, 0, tzinfo=PARIS),
        uid="atelier@example.org",
    )
    events.add(soon, now=clock)
    _plan_with_events(venue, draft, clock)
    keys = {k for k in _campaign(venue) if k.startswith("event:atelier")}
    # Teaser (24 Feb) and announcement (3 March) would be in the past.
    assert keys == {f"event:atelier@example.org::{k}" for k in ("reminder", "live", "recap")}
