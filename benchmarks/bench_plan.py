"""Time generating one year of posts from a strategy (PRODUCT.md, "Measures of done").

Usage: python benchmarks/bench_plan.py [--weeks 52] [--runs 7]

A realistic strategy (4 networks, 2 series, 4 pillars, a closing day) is expanded into slots
(``cadence.expand``) and planned into a fresh in-memory venue (``planning.plan_from_strategy``:
read the stored plan, diff, write in one transaction). Target: at most 50 ms for the planning.
For context, in the same run: regenerating the same year (nothing to write), and a baseline
that inserts the same number of rows into the same ``posts`` table with a bare ``executemany``
in one transaction. Medians of ``--runs`` runs, each on a fresh venue. Reports; exits 0.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import date, datetime
from typing import TypeVar
from zoneinfo import ZoneInfo

from cmt_desktop import services
from cmt_desktop.domain import cadence
from cmt_desktop.domain.strategy import (
    Audience,
    NetworkPlan,
    Objective,
    ObjectiveKind,
    Pillar,
    Series,
    StrategyDraft,
)
from cmt_desktop.planning import PlanResult, plan_from_strategy
from cmt_desktop.resources import network_catalogue
from cmt_desktop.storage.db import transaction

PARIS = ZoneInfo("Europe/Paris")
START = date(2026, 1, 5)
NOW = datetime(2026, 1, 5, 8, 0, tzinfo=PARIS)
TARGET_MS = 50.0
T = TypeVar("T")

STRATEGY = StrategyDraft(
    venue_name="Médiathèque Louise-Michel",
    closing_days=(0,),
    objectives=(
        Objective("attract", ObjectiveKind.ATTRACT, "Toucher les 15-25 ans", "+20 % d'abonnés"),
        Objective("loyalty", ObjectiveKind.LOYALTY, "Fidéliser les familles", "2 visites/mois"),
        Objective("inform", ObjectiveKind.INFORM, "Informer du programme", "100 % des événements"),
    ),
    audiences=(
        Audience("families", "Familles", "horaires, ateliers"),
        Audience("students", "Étudiants", "places de travail, wifi"),
        Audience("seniors", "Seniors", "accessibilité, portage"),
    ),
    networks=(
        NetworkPlan("instagram", "photos", "attract", ("students",), 3, (1, 3, 5), "18:30", 45),
        NetworkPlan(
            "facebook", "local", "loyalty", ("families", "seniors"), 2, (2, 4), "12:15", 30
        ),
        NetworkPlan("linkedin", "partners", "inform", ("seniors",), 0.5, (3,), "09:00", 40),
        NetworkPlan("bluesky", "network", "inform", ("students",), 1.5, (1, 4), "17:00", 15),
    ),
    pillars=(
        Pillar("Collections", 35),
        Pillar("Coulisses", 25),
        Pillar("Événements", 25),
        Pillar("Vie locale", 15),
    ),
    series=(
        Series("Les coulisses du lundi", "#CoulissesDuLundi", 0, "instagram", "10:00", "Coulisses"),
        Series("Le coup de cœur du jeudi", "#CoupDeCoeur", 3, "facebook", "17:30", "Collections"),
    ),
)


def median_ms(runs: int, setup: Callable[[], T], measured: Callable[[T], object]) -> float:
    """Median wall time of ``measured(setup())`` over ``runs`` runs, setup not timed."""
    times = []
    for _ in range(runs):
        state = setup()
        began = time.perf_counter()
        measured(state)
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def fresh_venue() -> services.Venue:
    return services.open_venue(None, network_catalogue())


def planned_venue(weeks: int) -> services.Venue:
    venue = fresh_venue()
    plan_from_strategy(venue, draft=STRATEGY, start=START, weeks=weeks, now=NOW)
    return venue


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    weeks, runs = args.weeks, args.runs

    def expand(_: None) -> list[cadence.Slot]:
        return cadence.expand(STRATEGY, start=START, weeks=weeks, tz=PARIS)

    def plan(venue: services.Venue) -> PlanResult:
        return plan_from_strategy(venue, draft=STRATEGY, start=START, weeks=weeks, now=NOW)

    def insert(venue: services.Venue) -> None:
        with transaction(venue.db):
            venue.db.executemany(sql, rows)

    count = plan(fresh_venue()).created
    slots = len(expand(None))
    expand_ms = median_ms(runs, lambda: None, expand)
    plan_ms = median_ms(runs, fresh_venue, plan)
    replan_ms = median_ms(runs, lambda: planned_venue(weeks), plan)

    # Baseline: the same number of rows, same columns, values prepared beforehand.
    source = planned_venue(weeks).db
    columns = [row[1] for row in source.execute("PRAGMA table_info(posts)") if row[1] != "id"]
    rows = [list(r) for r in source.execute(f"SELECT {', '.join(columns)} FROM posts")]
    sql = f"INSERT INTO posts ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    baseline_ms = median_ms(runs, fresh_venue, insert)

    verdict = "met" if plan_ms <= TARGET_MS else "MISSED"
    print(f"one year = {weeks} weeks, 4 networks + 2 series: {slots} slots, {count} posts")
    print(
        f"plan one year: expand {expand_ms:.1f} ms, plan_from_strategy {plan_ms:.1f} ms "
        f"(target <= {TARGET_MS:.0f} ms: {verdict})"
    )
    print(f"  regenerate the same year (nothing to write): {replan_ms:.1f} ms")
    print(
        f"  baseline: bare executemany of {len(rows)} rows in one transaction: "
        f"{baseline_ms:.1f} ms ({plan_ms / baseline_ms:.1f}x)"
    )
    print(f"  medians of {runs} runs, each planning into a fresh in-memory venue")


if __name__ == "__main__":
    main()
