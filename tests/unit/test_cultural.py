"""Cultural calendar use cases: suggestions by venue kind, corrections, a post or a campaign."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from cmt_desktop import cultural, programme, services, strategies
from cmt_desktop.domain.post import PostStatus
from cmt_desktop.domain.strategy import NetworkPlan, StrategyDraft, VenueKind
from cmt_desktop.domain.venue_event import EventStatus
from cmt_desktop.resources import network_catalogue

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def venue():
    venue = services.open_venue(None, network_catalogue())
    yield venue
    venue.close()


def _strategy(kind: VenueKind = VenueKind.LIBRARY) -> StrategyDraft:
    return StrategyDraft(
        venue_name="Musée des Tanneurs",
        venue_kind=kind,
        networks=(NetworkPlan("instagram", "r", "", (), 2, (1, 3), "18:30"),),
    )


def _ids(venue, first, last, kind):
    return {
        o.date_id for o in cultural.suggestions_between(venue, first=first, last=last, kind=kind)
    }


def test_suggestions_follow_the_strategy_venue_kind(venue, clock) -> None:
    may = (date(2026, 5, 1), date(2026, 5, 31))
    assert cultural.venue_kind(venue) is None
    assert "nuit-musees" in _ids(venue, *may, None)  # no strategy yet: every date
    strategies.save_strategy(venue, draft=_strategy(VenueKind.LIBRARY), now=clock)
    assert cultural.venue_kind(venue) == "library"
    assert "nuit-musees" not in _ids(venue, *may, "library")  # a museum's night
    assert "nuit-musees" in _ids(venue, *may, "museum")


def test_a_correction_is_stored_confirms_the_date_and_can_be_undone(venue, clock) -> None:
    before = cultural.occurrence(venue, date_id="nuit-musees", year=2027)
    assert before is not None and not before.confirmed  # 2027: only the typical window
    problem = cultural.correct_dates(
        venue,
        date_id="nuit-musees",
        year=2027,
        start=date(2027, 5, 15),
        end=date(2027, 5, 15),
        now=clock,
    )
    assert problem is None
    after = cultural.occurrence(venue, date_id="nuit-musees", year=2027)
    assert after is not None
    assert (after.start, after.end, after.confirmed) == (date(2027, 5, 15), date(2027, 5, 15), True)
    # Other years keep their own dates.
    other = cultural.occurrence(venue, date_id="nuit-musees", year=2026)
    assert other is not None and other.start == date(2026, 5, 23)
    cultural.clear_correction(venue, date_id="nuit-musees", year=2027)
    assert cultural.occurrence(venue, date_id="nuit-musees", year=2027) == before


@pytest.mark.parametrize(
    ("start", "end", "problem"),
    [
        (date(2027, 5, 16), date(2027, 5, 15), cultural.CorrectionProblem.END_BEFORE_START),
        (date(2027, 5, 1), date(2027, 9, 1), cultural.CorrectionProblem.TOO_LONG),
        (date(2028, 5, 13), date(2028, 5, 13), cultural.CorrectionProblem.WRONG_YEAR),
    ],
)
def test_wrong_corrections_are_refused_and_nothing_is_stored(
    venue, clock, start, end, problem
) -> None:
    found = cultural.correct_dates(
        venue, date_id="nuit-musees", year=2027, start=start, end=end, now=clock
    )
    assert found is problem
    occurrence = cultural.occurrence(venue, date_id="nuit-musees", year=2027)
    assert occurrence is not None and not occurrence.confirmed


def test_post_about_a_date_uses_the_network_usual_time_and_the_hashtag(venue, clock) -> None:
    strategies.save_strategy(venue, draft=_strategy(VenueKind.MUSEUM), now=clock)
    night = cultural.occurrence(venue, date_id="nuit-musees", year=2026)
    assert night is not None
    post = cultural.post_for(venue, night, network="instagram", language="fr")
    assert post.start == datetime(2026, 5, 23, 18, 30, tzinfo=PARIS)
    assert post.status is PostStatus.DRAFT
    assert post.title == "Nuit européenne des musées"
    assert "samedi 23 mai" in post.body and "Nuit européenne des musées" in post.body
    assert post.hashtags == ("#NuitDesMusees",)
    english = cultural.post_for(venue, night, network="facebook", language="en")
    assert english.start is not None and english.start.time() == time(10, 0)  # not in the plan
    assert "Saturday 23 May" in english.body


def test_taking_part_adds_an_event_with_its_campaign_once(venue) -> None:
    clock = datetime(2026, 6, 1, 9, 0, tzinfo=PARIS)  # the plan's weeks cover the date
    strategies.accept_strategy(venue, draft=_strategy(), start=clock.date(), now=clock)
    music = cultural.occurrence(venue, date_id="fete-musique", year=2026)
    assert music is not None
    event = cultural.join_as_event(venue, music, language="fr", now=clock)
    assert (event.start, event.end, event.all_day) == (date(2026, 6, 21), date(2026, 6, 22), True)
    assert event.status is EventStatus.CONFIRMED
    assert programme.event_post_count(venue, event_id=event.id) > 0  # the campaign is planned
    again = cultural.join_as_event(venue, music, language="fr", now=clock)
    assert again.id == event.id
    everything = programme.events_between(venue, first=date(2026, 6, 1), last=date(2026, 6, 30))
    assert len(everything) == 1


def test_a_date_to_confirm_becomes_a_tentative_event(venue, clock) -> None:
    window = cultural.occurrence(venue, date_id="nuit-musees", year=2027)
    assert window is not None
    event = cultural.join_as_event(venue, window, language="en", now=clock)
    assert event.status is EventStatus.TENTATIVE
    assert event.title == "European Night of Museums"
