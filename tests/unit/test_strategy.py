"""Strategy rules: coherence problems, time budget and cuts, and the JSON round trip."""

from datetime import date

import pytest

from cmt_desktop.demo import demo_strategy
from cmt_desktop.domain import strategy_json
from cmt_desktop.domain.budget import CutKind, estimate, propose_cuts
from cmt_desktop.domain.strategy import (
    Audience,
    ModerationSlot,
    NetworkPlan,
    Objective,
    ObjectiveKind,
    Pillar,
    Series,
    StrategyDraft,
    validate,
)
from cmt_desktop.domain.strategy import (
    StrategyProblemKind as Kind,
)


@pytest.fixture
def coherent() -> StrategyDraft:
    return demo_strategy(today=date(2026, 3, 4))


def _kinds(draft, page=None):
    return {(p.kind, p.subject) for p in validate(draft, page=page)}


def test_demo_strategy_is_coherent(coherent):
    assert validate(coherent) == []


def test_being_there_to_be_there_is_flagged(coherent):
    loose = coherent.replace(networks=(*coherent.networks, NetworkPlan("tiktok")))
    kinds = _kinds(loose)
    assert (Kind.NETWORK_WITHOUT_REASON, "tiktok") in kinds
    assert (Kind.NETWORK_WITHOUT_OBJECTIVE, "tiktok") in kinds
    assert (Kind.NETWORK_WITHOUT_AUDIENCE, "tiktok") in kinds


def test_objective_served_by_no_network(coherent):
    extra = Objective("o9", ObjectiveKind.PARTICIPATE, "Co-construire", "3 projets")
    kinds = _kinds(coherent.replace(objectives=(*coherent.objectives, extra)))
    assert (Kind.OBJECTIVE_WITHOUT_NETWORK, "o9") in kinds


def test_objective_needs_project_goal_and_target():
    draft = StrategyDraft(venue_name="V", objectives=(Objective("o1", ObjectiveKind.INFORM),))
    kinds = _kinds(draft, page=2)
    assert kinds == {(Kind.OBJECTIVE_WITHOUT_GOAL, "o1"), (Kind.OBJECTIVE_WITHOUT_TARGET, "o1")}


def test_audience_without_needs_is_advice_only():
    draft = StrategyDraft(audiences=(Audience("a1", "Ados"),))
    [problem] = validate(draft, page=2)
    assert problem.kind is Kind.AUDIENCE_WITHOUT_NEEDS
    assert problem.severity.value == "warning"


def test_pillars_must_add_up_to_100(coherent):
    draft = coherent.replace(pillars=(Pillar("A", 50), Pillar("B", 30)))
    [problem] = validate(draft, page=4)
    assert problem.kind is Kind.PILLARS_NOT_100 and problem.value == 80


def test_series_on_a_network_not_chosen(coherent):
    draft = coherent.replace(series=(Series("Vidéo du jeudi", "#Jeudi", 3, "youtube"),))
    assert (Kind.SERIES_ON_UNCHOSEN_NETWORK, "Vidéo du jeudi") in _kinds(draft, page=4)


def test_page_filter_keeps_only_that_pages_rules(coherent):
    draft = coherent.replace(venue_name="", pillars=(Pillar("A", 10),))
    assert {p.kind for p in validate(draft, page=1)} == {Kind.NO_VENUE_NAME}


def test_budget_adds_networks_series_moderation_and_campaigns():
    draft = StrategyDraft(
        networks=(NetworkPlan("instagram", posts_per_week=2, prep_minutes=45),),
        series=(Series("Coulisses", network="instagram"),),
        moderation_slots=(ModerationSlot(1, minutes=30),),
        events_per_month=0,
        hours_per_week=2,
    )
    budget = estimate(draft)
    assert budget.needed == pytest.approx(1.5 + 0.75 + 0.5)
    assert budget.overrun == pytest.approx(0.75)


def test_over_budget_proposes_cuts_that_fit(coherent):
    tight = coherent.replace(hours_per_week=3.0)
    assert (Kind.OVER_TIME_BUDGET, "") in _kinds(tight)
    cuts = propose_cuts(tight)
    assert cuts and cuts[0].kind is CutKind.LOWER_CADENCE
    saved = sum(cut.hours_saved for cut in cuts)
    assert estimate(tight).needed - saved <= tight.hours_per_week + 1e-9
    assert all(cut.new_posts_per_week >= 1 or cut.kind is CutKind.DROP_NETWORK for cut in cuts)


def test_no_cuts_when_within_budget(coherent):
    assert propose_cuts(coherent) == []


def test_json_round_trip(coherent):
    data = strategy_json.to_dict(coherent)
    assert data["format"] == 1
    assert strategy_json.from_dict(data) == coherent


def test_json_tolerates_bad_and_unknown_values(coherent):
    data = strategy_json.to_dict(coherent)
    data["venue_kind"] = "spaceship"
    data["hours_per_week"] = "lots"
    data["unknown_answer"] = 42
    data["networks"][0]["preferred_days"] = "mon"
    back = strategy_json.from_dict(data)
    assert back.venue_kind == StrategyDraft().venue_kind
    assert back.hours_per_week == StrategyDraft().hours_per_week
    assert back.venue_name == coherent.venue_name
    assert strategy_json.from_dict("not a dict") == StrategyDraft()
