"""Network fit: the shipped rule table is coherent and suggests what a careful colleague would."""

import json
import math
import random
from pathlib import Path

import pytest

from cmt_desktop.domain.fit import FitRules, Suggestion, fold, suggest
from cmt_desktop.domain.strategy import (
    Audience,
    Content,
    Objective,
    ObjectiveKind,
    Skill,
    StrategyDraft,
    VenueKind,
)

DATA = Path(__file__).resolve().parents[2] / "resources" / "data"
TABLE = json.loads((DATA / "fit_rules.json").read_text("utf-8"))
CATALOGUE_KEYS = [
    n["key"] for n in json.loads((DATA / "networks.json").read_text("utf-8"))["networks"]
]


@pytest.fixture
def rules() -> FitRules:
    return FitRules.from_dict(TABLE)


def by_network(suggestions: list[Suggestion]) -> dict[str, Suggestion]:
    return {s.network: s for s in suggestions}


def recommended(suggestions: list[Suggestion]) -> set[str]:
    return {s.network for s in suggestions if s.recommended}


MEDIATHEQUE = StrategyDraft(
    venue_name="Médiathèque Louise-Michel",
    venue_kind=VenueKind.LIBRARY,
    objectives=(
        Objective(
            "o1", ObjectiveKind.ATTRACT, "Faire venir les 12-17 ans", "+20 % d'inscrits ados"
        ),
        Objective("o2", ObjectiveKind.LOYALTY, "Fidéliser les familles", "30 familles par atelier"),
    ),
    audiences=(
        Audience("teens", "Adolescents du collège voisin", "mangas, jeux vidéo, aide aux devoirs"),
        Audience("families", "Familles", "ateliers du mercredi, heure du conte"),
    ),
    content=frozenset({Content.PHOTOS}),
    skills=frozenset({Skill.PHOTO}),
)


# --- realistic drafts ---------------------------------------------------------------------------


def test_mediatheque_with_teens_and_families_but_only_photos(rules):
    suggestions = suggest(MEDIATHEQUE, rules)
    scores = by_network(suggestions)

    assert {"instagram", "facebook"} <= recommended(suggestions)
    assert not scores["tiktok"].recommended
    assert "tiktok_teens" in scores["tiktok"].reasons  # the audience fits...
    assert "tiktok_needs_video" in scores["tiktok"].reasons  # ...but there is no video
    assert "tiktok_needs_editing" in scores["tiktok"].reasons
    assert not scores["youtube"].recommended
    assert "instagram_teens" in scores["instagram"].reasons
    assert "facebook_families" in scores["facebook"].reasons


def test_video_skills_turn_tiktok_into_a_recommendation(rules):
    able = MEDIATHEQUE.replace(
        content=frozenset({Content.PHOTOS, Content.VIDEO}),
        skills=frozenset({Skill.PHOTO, Skill.VIDEO_EDITING}),
    )
    tiktok = by_network(suggest(able, rules))["tiktok"]
    assert tiktok.recommended
    assert "tiktok_needs_video" not in tiktok.reasons
    assert "tiktok_video_ready" in tiktok.reasons


def test_museum_reaching_partners_and_elected_officials_puts_linkedin_up(rules):
    museum = StrategyDraft(venue_name="Musée de la Mine", venue_kind=VenueKind.MUSEUM)
    before = by_network(suggest(museum, rules))["linkedin"]
    with_partners = museum.replace(
        audiences=(Audience("pro", "Partenaires, mécènes et élus", "bilan annuel, projets"),)
    )
    after = by_network(suggest(with_partners, rules))["linkedin"]

    assert not before.recommended
    assert after.recommended
    assert after.score > before.score
    assert "linkedin_partners" in after.reasons


def test_seniors_put_facebook_and_whatsapp_up(rules):
    base = StrategyDraft(venue_name="Archives municipales", venue_kind=VenueKind.ARCHIVES)
    seniors = base.replace(
        audiences=(Audience("s", "Séniors et retraités", "généalogie, horaires de la salle"),)
    )
    before, after = by_network(suggest(base, rules)), by_network(suggest(seniors, rules))

    for network in ("facebook", "whatsapp"):
        assert after[network].score > before[network].score
        assert after[network].recommended
    assert "whatsapp_seniors" in after["whatsapp"].reasons
    assert after["instagram"].score < before["instagram"].score  # 18% of 65+ daily


def test_audience_matching_ignores_case_accents_and_dash_style(rules):
    ages = StrategyDraft(audiences=(Audience("a", "Les 15–24 ANS", ""),))  # en dash
    assert "instagram_teens" in by_network(suggest(ages, rules))["instagram"].reasons
    officials = StrategyDraft(audiences=(Audience("e", "ÉLUS", ""),))
    assert "linkedin_partners" in by_network(suggest(officials, rules))["linkedin"].reasons
    assert fold("Élus – Aînés") == "elus - aines"


def test_audience_keywords_match_at_word_start_only(rules):
    # "programme" must not count as a professional audience, nor "1965" as seniors.
    draft = StrategyDraft(audiences=(Audience("a", "Public du programme", "né en 1965"),))
    scores = by_network(suggest(draft, rules))
    assert "linkedin_partners" not in scores["linkedin"].reasons
    assert "whatsapp_seniors" not in scores["whatsapp"].reasons


def test_the_same_draft_always_gives_the_same_suggestions(rules):
    first = suggest(MEDIATHEQUE, rules)
    shuffled = MEDIATHEQUE.replace(audiences=tuple(reversed(MEDIATHEQUE.audiences)))
    assert suggest(MEDIATHEQUE, FitRules.from_dict(TABLE)) == first
    assert suggest(shuffled, rules) == first
    assert [s.score for s in first] == sorted((s.score for s in first), reverse=True)


def test_ties_keep_the_table_order(rules):
    suggestions = suggest(StrategyDraft(), rules)
    for score in {s.score for s in suggestions}:
        tied = [s.network for s in suggestions if s.score == score]
        assert tied == [key for key in rules.networks if key in tied]


def test_networks_argument_limits_and_orders_the_networks(rules):
    suggestions = suggest(MEDIATHEQUE, rules, networks=["tiktok", "unknown", "tiktok"])
    assert [s.network for s in suggestions] == ["unknown", "tiktok"]
    assert suggestions[0] == Suggestion("unknown", 0, (), False)


# --- the shipped table ---------------------------------------------------------------------------


def test_every_catalogue_network_is_suggested_and_has_a_default_plan(rules):
    suggestions = suggest(StrategyDraft(), rules)
    assert sorted(s.network for s in suggestions) == sorted(CATALOGUE_KEYS)
    assert list(rules.networks) == CATALOGUE_KEYS
    for key in CATALOGUE_KEYS:
        assert key in TABLE["defaults"]


def test_every_rule_names_a_catalogue_network(rules):
    assert rules.rules
    for rule in rules.rules:
        assert rule.network in CATALOGUE_KEYS, rule.id


def test_every_reason_refers_to_an_existing_rule(rules):
    ids = {rule.id for rule in rules.rules}
    assert len(ids) == len(TABLE["rules"])
    drafts = [
        MEDIATHEQUE,
        StrategyDraft(),
        StrategyDraft(
            venue_kind=VenueKind.ART_CENTRE,
            objectives=tuple(Objective(k.value, k) for k in ObjectiveKind),
            audiences=tuple(Audience(k, k) for k in TABLE["audience_keywords"]),
            content=frozenset(Content),
            skills=frozenset(Skill),
            hours_per_week=1,
        ),
    ]
    fired = {rule_id for draft in drafts for s in suggest(draft, rules) for rule_id in s.reasons}
    assert fired <= ids
    for rule_id in fired:
        rules.rule(rule_id)


def test_every_reason_is_written_in_french_and_english(rules):
    for rule in rules.rules:
        for language in ("fr", "en"):
            text = rules.reason(rule.id, language)
            assert text.strip(), (rule.id, language)
            assert len(text) <= 200, (rule.id, language)  # a short reason, not a paragraph
        assert rules.reason(rule.id, "fr") != rules.reason(rule.id, "en"), rule.id


def test_reason_falls_back_to_english(rules):
    assert rules.reason("tiktok_needs_video", "de") == rules.reason("tiktok_needs_video", "en")
    with pytest.raises(KeyError):
        rules.reason("no_such_rule", "fr")


def test_table_has_positive_and_negative_rules_and_notes(rules):
    assert any(rule.points > 0 for rule in rules.rules)
    assert any(rule.points < 0 for rule in rules.rules)
    assert "editable" in TABLE["_about"] or "edited" in TABLE["_about"]
    assert "3b" in TABLE["defaults"]["_source"]


def test_default_plans_start_small(rules):
    assert rules.default_plan("instagram") == (2.0, 45)
    assert rules.default_plan("facebook") == (2.0, 30)
    assert rules.default_plan("newsletter") == (0.25, 120)
    assert rules.default_plan("not_a_network") == (1.0, 45)  # NetworkPlan defaults
    weekly_hours = {key: math.prod(rules.default_plan(key)) / 60 for key in CATALOGUE_KEYS}
    for key, hours in weekly_hours.items():
        assert 0 < hours <= 1.5, key  # each network fits in a few hours a week
    two_usual = weekly_hours["instagram"] + weekly_hours["facebook"]
    assert two_usual <= StrategyDraft().hours_per_week


# --- loading an edited table ---------------------------------------------------------------------


def rule(**changes):
    base = {"id": "r", "network": "instagram", "points": 1, "when": {}, "why": {"en": "x"}}
    return {**base, **changes}


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (rule(when={"venue": ["museum"]}), "unknown condition venue"),
        (rule(when={"venue_kind": ["musee"]}), "musee"),
        (rule(when={"skill": ["dance"]}), "dance"),
        (rule(when={"audience": "(unclosed"}), "fit rule 'r'"),
        (rule(why={"fr": "seulement en français"}), "no English reason"),
        (rule(points="many"), "fit rule 'r'"),
        (rule(id=""), "missing or duplicate id"),
    ],
)
def test_malformed_rules_fail_loudly(bad, message):
    with pytest.raises(ValueError, match=message):
        FitRules.from_dict({"rules": [bad]})


def test_duplicate_rule_ids_fail_loudly():
    with pytest.raises(ValueError, match="duplicate"):
        FitRules.from_dict({"rules": [rule(), rule()]})


def test_a_single_value_or_a_raw_pattern_is_accepted():
    rules = FitRules.from_dict(
        {
            "recommend_above": 0,
            "rules": [rule(when={"venue_kind": "museum", "audience": "amis? du musee"})],
        }
    )
    friends = StrategyDraft(
        venue_kind=VenueKind.MUSEUM, audiences=(Audience("a", "Amis du musée", ""),)
    )
    assert suggest(friends, rules) == [Suggestion("instagram", 1, ("r",), True)]
    assert suggest(friends.replace(venue_kind=VenueKind.LIBRARY), rules)[0].score == 0


def test_conditions_combine_with_and():
    rules = FitRules.from_dict(
        {"rules": [rule(when={"content": ["video"], "skill_missing": ["video_editing"]})]}
    )
    raw_footage = StrategyDraft(content=frozenset({Content.VIDEO}), skills=frozenset())
    edited = raw_footage.replace(skills=frozenset({Skill.VIDEO_EDITING}))
    assert suggest(raw_footage, rules)[0].reasons == ("r",)
    assert suggest(edited, rules)[0].reasons == ()


def test_shuffled_rule_order_gives_the_same_scores():
    shuffled = dict(TABLE, rules=random.Random(7).sample(TABLE["rules"], len(TABLE["rules"])))
    scores = {s.network: s.score for s in suggest(MEDIATHEQUE, FitRules.from_dict(shuffled))}
    expected = {s.network: s.score for s in suggest(MEDIATHEQUE, FitRules.from_dict(TABLE))}
    assert scores == expected
