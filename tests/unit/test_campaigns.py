"""Campaigns: each venue event gets the strategy's campaign pattern as dated, linked slots."""

import dataclasses
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from cmt_desktop.domain.cadence import SlotKind
from cmt_desktop.domain.campaigns import campaign_slots, event_days, events_range
from cmt_desktop.domain.strategy import (
    DEFAULT_CAMPAIGN,
    CampaignStep,
    CampaignStepKind,
    NetworkPlan,
    Series,
    StrategyDraft,
)
from cmt_desktop.domain.venue_event import EventKind, EventStatus, VenueEvent
from cmt_desktop.planning import campaign_texts

PARIS = ZoneInfo("Europe/Paris")
K = CampaignStepKind
FR = campaign_texts("fr")
EN = campaign_texts("en")


@pytest.fixture
def draft() -> StrategyDraft:
    return StrategyDraft(
        closing_days=(0,),
        networks=(
            NetworkPlan("instagram", "r", "o1", (), 3, (1, 3, 5), "18:30"),
            NetworkPlan("facebook", "r", "o1", (), 2, (2, 4), "12:15"),
        ),
        campaign=(
            *DEFAULT_CAMPAIGN,
            CampaignStep(K.EVENT_PAGE, -10),
            CampaignStep(K.FOLLOWERS_VISIT, -3),
        ),
    )


@pytest.fixture
def event() -> VenueEvent:
    return VenueEvent(
        "Nuit de la lecture",
        datetime(2026, 3, 21, 15, 0, tzinfo=PARIS),  # a Saturday
        datetime(2026, 3, 21, 17, 0, tzinfo=PARIS),
        place="Salle des fêtes",
        link="https://example.org/nuit",
        uid="nuit@example.org",
        id=7,
    )


def _by_kind(slots):
    return {slot.plan_key.split(":")[3]: slot for slot in slots}


def test_every_step_gets_its_day_time_network_and_key(draft, event):
    slots = campaign_slots(draft, [event], tz=PARIS, texts=FR)
    assert {s.kind for s in slots} == {SlotKind.CAMPAIGN} and len(slots) == 7
    assert [s.start for s in slots] == sorted(s.start for s in slots)
    steps = _by_kind(slots)
    days = {kind: slot.start.date() for kind, slot in steps.items()}
    assert days == {
        "teaser": date(2026, 3, 7),
        "announcement": date(2026, 3, 14),
        "reminder": date(2026, 3, 20),
        "live": date(2026, 3, 21),
        "recap": date(2026, 3, 22),
        "event_page": date(2026, 3, 11),
        "followers_visit": date(2026, 3, 18),
    }
    assert steps["event_page"].network == "facebook"
    assert steps["event_page"].start.timetz() == time(12, 15, tzinfo=PARIS)
    others = [s for kind, s in steps.items() if kind != "event_page"]
    assert {s.network for s in others} == {"instagram"}
    assert {s.start.time() for s in others} == {time(18, 30)}
    assert steps["teaser"].plan_key == "event:nuit@example.org::teaser"
    assert {s.event_id for s in slots} == {7}
    assert {s.objective_id for s in slots} == {"o1"}


def test_default_texts_are_built_from_the_event(draft, event):
    steps = _by_kind(campaign_slots(draft, [event], tz=PARIS, texts=FR))
    teaser = steps["teaser"]
    assert teaser.title_hint == "Teaser — Nuit de la lecture"
    assert "« Nuit de la lecture »" in teaser.body
    assert "le samedi 21 mars à 15 h." in teaser.body
    assert "Salle des fêtes" in teaser.body and "https://example.org/nuit" in teaser.body
    assert "Partagez" in steps["live"].body
    assert steps["recap"].body.startswith("Merci")
    assert all(slot.body for slot in steps.values())
    english = _by_kind(campaign_slots(draft, [event], tz=PARIS, texts=EN))
    assert "Saturday 21 March at 15:00" in english["announcement"].body
    assert "Thank you" in english["recap"].body
    assert english["reminder"].title_hint == "Reminder — Nuit de la lecture"


def test_texts_of_every_step_exist_in_both_languages():
    for texts in (FR, EN):
        assert set(texts.labels) == set(texts.bodies) == {kind.value for kind in K}


def test_texts_without_place_or_link_and_for_all_day_events(draft):
    exhibition = VenueEvent("Regards d'ici", date(2026, 4, 1), date(2026, 4, 20), uid="x")
    body = _by_kind(campaign_slots(draft, [exhibition], tz=PARIS, texts=FR))["teaser"].body
    assert body.endswith(
        "du mercredi 1er avril au dimanche 19 avril. Notez la date, on vous en dit plus très vite !"
    )
    assert "Lieu" not in body and "\n" not in body
    assert event_days(exhibition, PARIS) == (date(2026, 4, 1), date(2026, 4, 19))


def test_keys_are_stable_when_the_event_moves(draft, event):
    moved = VenueEvent(
        event.title,
        event.start + timedelta(weeks=1, hours=2),
        event.end + timedelta(weeks=1, hours=2),
        uid=event.uid,
        id=event.id,
    )
    before = campaign_slots(draft, [event], tz=PARIS, texts=FR)
    after = campaign_slots(draft, [moved], tz=PARIS, texts=FR)
    assert [s.plan_key for s in before] == [s.plan_key for s in after]
    assert all(b.start + timedelta(weeks=1) == a.start for b, a in zip(before, after, strict=True))


def test_occurrences_of_a_recurring_event_have_their_own_keys(draft, event):
    second = VenueEvent(
        event.title,
        event.start + timedelta(weeks=4),
        event.end + timedelta(weeks=4),
        uid=event.uid,
        recurrence_id="20260418T150000",
    )
    slots = campaign_slots(draft, [event, second], tz=PARIS, texts=FR)
    assert len({s.plan_key for s in slots}) == 14


def test_cancelled_or_unidentified_events_get_no_campaign(draft, event):
    cancelled = VenueEvent(
        event.title, event.start, event.end, status=EventStatus.CANCELLED, uid="c"
    )
    anonymous = VenueEvent(event.title, event.start, event.end)
    assert campaign_slots(draft, [cancelled, anonymous], tz=PARIS, texts=FR) == []
    assert campaign_slots(draft.replace(networks=()), [event], tz=PARIS, texts=FR) == []
    by_id = campaign_slots(
        draft, [VenueEvent("A", event.start, event.end, id=3)], tz=PARIS, texts=FR
    )
    assert by_id[0].plan_key.startswith("event:3::")


def test_closing_days_push_posts_away_from_the_event(draft):
    tuesday = VenueEvent("Atelier", date(2026, 3, 24), date(2026, 3, 25), uid="t")
    sunday = VenueEvent("Lecture", date(2026, 3, 22), date(2026, 3, 23), uid="s")
    monday = VenueEvent("Ouverture", date(2026, 3, 23), date(2026, 3, 24), uid="m")
    days = {
        s.plan_key: s.start.date()
        for s in campaign_slots(draft, [tuesday, sunday, monday], tz=PARIS, texts=FR)
    }
    assert days["event:t::reminder"] == date(2026, 3, 22)  # Monday is closed: Sunday
    assert days["event:s::recap"] == date(2026, 3, 24)  # ... and Tuesday after the event
    assert days["event:m::live"] == date(2026, 3, 23)  # the event's own day stays


def test_a_repeated_step_gets_its_own_key(draft, event):
    twice = draft.replace(campaign=(CampaignStep(K.REMINDER, -3), CampaignStep(K.REMINDER, -1)))
    keys = [s.plan_key for s in campaign_slots(twice, [event], tz=PARIS, texts=FR)]
    assert keys == ["event:nuit@example.org::reminder", "event:nuit@example.org::reminder:2"]


def test_events_range_widens_the_window_by_the_offsets(draft):
    first, last = date(2026, 3, 2), date(2026, 5, 24)
    assert events_range(draft, first, last) == (date(2026, 3, 1), date(2026, 6, 7))
    assert events_range(draft.replace(campaign=()), first, last) == (first, last)


def _closing(day: date) -> VenueEvent:
    return VenueEvent(
        "Inventaire",
        day,
        day + timedelta(days=1),
        kind=EventKind.CLOSING_DAY,
        uid="inventaire@example.org",
        id=9,
    )


def test_an_exceptional_closing_gets_a_notice_and_a_post_in_the_behind_the_scenes_series(
    draft,
):
    draft = dataclasses.replace(
        draft, series=(Series("Coulisses du lundi", "CoulissesDuLundi", 0, "instagram", "10:00"),)
    )
    closing = _closing(date(2026, 3, 19))  # a Thursday
    notice, inside = campaign_slots(draft, [closing], tz=PARIS, texts=FR)
    # Not promoted like an event: no teaser, no live, no recap.
    assert [notice.plan_key, inside.plan_key] == [
        "event:inventaire@example.org::notice",
        "event:inventaire@example.org::behind_the_scenes",
    ]
    assert notice.start == datetime(2026, 3, 15, 18, 30, tzinfo=PARIS)  # Mon closed: Sun before
    assert notice.title_hint == "Info fermeture — Inventaire"
    assert "fermés le jeudi 19 mars (Inventaire)" in notice.body
    assert inside.start == datetime(2026, 3, 19, 10, 0, tzinfo=PARIS)  # the series' time
    assert (inside.network, inside.series_name, inside.hashtag) == (
        "instagram",
        "Coulisses du lundi",
        "#CoulissesDuLundi",
    )
    assert inside.body.endswith("#CoulissesDuLundi")
    assert inside.event_id == 9


def test_without_a_behind_the_scenes_series_the_main_network_shows_the_back_rooms(draft):
    _, inside = campaign_slots(draft, [_closing(date(2026, 3, 19))], tz=PARIS, texts=EN)
    assert (inside.network, inside.hashtag) == ("instagram", "")
    assert inside.title_hint == "Behind the scenes — Inventaire"
    assert inside.body.startswith("Doors closed today (Inventaire)")


def test_a_closing_on_the_series_day_keeps_only_the_notice(draft):
    draft = dataclasses.replace(
        draft, closing_days=(0, 2), series=(Series("Coulisses", "", 2, "instagram", "10:00"),)
    )
    [notice] = campaign_slots(draft, [_closing(date(2026, 3, 25))], tz=PARIS, texts=FR)  # a Wed
    assert notice.plan_key.endswith(":notice")
