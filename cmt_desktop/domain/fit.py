"""Network fit: which networks suit a strategy draft, scored by an editable rule table."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from cmt_desktop.domain.strategy import (
    Content,
    NetworkPlan,
    ObjectiveKind,
    Skill,
    StrategyDraft,
    VenueKind,
)

_FALLBACK_PLAN = NetworkPlan(network="")
_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212", "-"))
CONDITION_KEYS = frozenset(
    {
        "venue_kind",
        "objective",
        "content",
        "content_missing",
        "skill",
        "skill_missing",
        "audience",
        "hours_below",
    }
)


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def fold(text: str) -> str:
    """Text as audience patterns see it: no case, no accents, plain hyphens ("Élus" -> "elus")."""
    return _strip_accents(text.casefold()).translate(_DASHES)


@dataclasses.dataclass(frozen=True)
class Condition:
    """When a rule fires. Every non-empty part must hold; an empty condition always holds."""

    venue_kinds: frozenset[VenueKind] = frozenset()
    objectives: frozenset[ObjectiveKind] = frozenset()  # at least one present
    content: frozenset[Content] = frozenset()  # all available
    content_missing: frozenset[Content] = frozenset()  # none available
    skills: frozenset[Skill] = frozenset()  # all present
    skills_missing: frozenset[Skill] = frozenset()  # none present
    audience: re.Pattern[str] | None = None  # searched in each audience's folded name and needs
    hours_below: float | None = None

    def holds(self, draft: StrategyDraft) -> bool:
        """Whether the draft meets this condition."""
        if self.venue_kinds and draft.venue_kind not in self.venue_kinds:
            return False
        if self.objectives and not self.objectives & {o.kind for o in draft.objectives}:
            return False
        if not self.content <= draft.content or self.content_missing & draft.content:
            return False
        if not self.skills <= draft.skills or self.skills_missing & draft.skills:
            return False
        if self.hours_below is not None and not draft.hours_per_week < self.hours_below:
            return False
        if self.audience is not None:
            texts = (fold(f"{a.name} {a.needs}") for a in draft.audiences)
            return any(self.audience.search(text) for text in texts)
        return True


@dataclasses.dataclass(frozen=True)
class FitRule:
    """One line of the table: when ``when`` holds, ``network`` gets ``points`` (maybe < 0)."""

    id: str
    network: str
    points: int
    when: Condition
    why: Mapping[str, str]  # language code -> short reason


@dataclasses.dataclass(frozen=True)
class Suggestion:
    """How well one network fits, and the ids of the rules that fired (in table order)."""

    network: str
    score: int
    reasons: tuple[str, ...]
    recommended: bool


class FitRules:
    """The parsed rule table (``resources/data/fit_rules.json``), read-only.

    Example:
        The data file is read outside the domain, as ``cmt_desktop.resources`` does::

            text = resources.files("cmt_desktop.data").joinpath("fit_rules.json").read_text("utf-8")
            rules = FitRules.from_dict(json.loads(text))
            for suggestion in suggest(draft, rules):
                print(suggestion.network, suggestion.score, suggestion.recommended)
                for rule_id in suggestion.reasons:
                    print("  ", rules.rule(rule_id).points, rules.reason(rule_id, "fr"))
    """

    def __init__(
        self,
        rules: Iterable[FitRule],
        defaults: Mapping[str, tuple[float, int]],
        recommend_above: int,
    ) -> None:
        self._rules = tuple(rules)
        self._by_id = {rule.id: rule for rule in self._rules}
        self._defaults = dict(defaults)
        keys = list(self._defaults)
        keys += [r.network for r in self._rules if r.network not in self._defaults]
        self._networks = tuple(dict.fromkeys(keys))
        self.recommend_above = recommend_above

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FitRules:
        """Build the table from the parsed JSON; keys starting with "_" are notes.

        Raises:
            ValueError: A rule is malformed (duplicate id, unknown condition or value, bad
                pattern, no English reason), so an edited table fails loudly, not silently.
        """
        keywords = {
            k: v for k, v in data.get("audience_keywords", {}).items() if not k.startswith("_")
        }
        defaults = {
            key: (float(value["posts_per_week"]), int(value["prep_minutes"]))
            for key, value in data.get("defaults", {}).items()
            if not key.startswith("_")
        }
        rules: list[FitRule] = []
        seen: set[str] = set()
        for raw in data.get("rules", []):
            rule_id = str(raw.get("id", ""))
            if not rule_id or rule_id in seen:
                raise ValueError(f"fit rule {rule_id!r}: missing or duplicate id")
            seen.add(rule_id)
            try:
                why = {str(k): str(v) for k, v in raw.get("why", {}).items() if k[:1] != "_"}
                if not why.get("en"):
                    raise ValueError("no English reason")
                when = _condition(raw.get("when", {}), keywords)
                rule = FitRule(rule_id, str(raw["network"]), int(raw["points"]), when, why)
            except (AttributeError, KeyError, TypeError, ValueError, re.error) as error:
                raise ValueError(f"fit rule {rule_id!r}: {error}") from error
            rules.append(rule)
        return cls(rules, defaults, int(data.get("recommend_above", 0)))

    @property
    def rules(self) -> tuple[FitRule, ...]:
        """Every rule, in table order."""
        return self._rules

    @property
    def networks(self) -> tuple[str, ...]:
        """Every network the table knows: those with defaults, then any other a rule names."""
        return self._networks

    def rule(self, rule_id: str) -> FitRule:
        """The rule with this id (``KeyError`` if there is none)."""
        return self._by_id[rule_id]

    def reason(self, rule_id: str, language: str) -> str:
        """The rule's short reason in ``language``, falling back to English."""
        why = self._by_id[rule_id].why
        return why.get(language) or why.get("en", "")

    def default_plan(self, network_key: str) -> tuple[float, int]:
        """A starting cadence: (posts per week, preparation minutes per post).

        A network missing from the table gets the ``NetworkPlan`` defaults.
        """
        fallback = (_FALLBACK_PLAN.posts_per_week, _FALLBACK_PLAN.prep_minutes)
        return self._defaults.get(network_key, fallback)


def suggest(
    draft: StrategyDraft, rules: FitRules, *, networks: Iterable[str] | None = None
) -> list[Suggestion]:
    """Score every network of the table (or of ``networks``), best first.

    Ties keep the table's network order, so the result is the same for the same draft.
    """
    keys = tuple(dict.fromkeys(networks)) if networks is not None else rules.networks
    fired: dict[str, list[FitRule]] = {key: [] for key in keys}
    for rule in rules.rules:
        if rule.network in fired and rule.when.holds(draft):
            fired[rule.network].append(rule)
    suggestions = []
    for key, hits in fired.items():
        score = sum(rule.points for rule in hits)
        reasons = tuple(rule.id for rule in hits)
        suggestions.append(Suggestion(key, score, reasons, score > rules.recommend_above))
    return sorted(suggestions, key=lambda s: -s.score)


def _condition(raw: Mapping[str, Any], keywords: Mapping[str, str]) -> Condition:
    unknown = sorted(key for key in raw if key not in CONDITION_KEYS and not key.startswith("_"))
    if unknown:
        raise ValueError(f"unknown condition {', '.join(unknown)}")
    audience = None
    if "audience" in raw:
        pattern = _strip_accents(keywords.get(raw["audience"], raw["audience"]))
        audience = re.compile(rf"\b(?:{pattern})", re.IGNORECASE)
    hours = raw.get("hours_below")
    return Condition(
        venue_kinds=frozenset(VenueKind(v) for v in _values(raw, "venue_kind")),
        objectives=frozenset(ObjectiveKind(v) for v in _values(raw, "objective")),
        content=frozenset(Content(v) for v in _values(raw, "content")),
        content_missing=frozenset(Content(v) for v in _values(raw, "content_missing")),
        skills=frozenset(Skill(v) for v in _values(raw, "skill")),
        skills_missing=frozenset(Skill(v) for v in _values(raw, "skill_missing")),
        audience=audience,
        hours_below=None if hours is None else float(hours),
    )


def _values(raw: Mapping[str, Any], key: str) -> list[str]:
    value = raw.get(key, [])
    return [value] if isinstance(value, str) else list(value)
