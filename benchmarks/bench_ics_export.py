"""Time the .ics export against icalendar serialising the same events by itself.

Usage: python benchmarks/bench_ics_export.py [--posts 10000] [--repeat 5]

The product target: ``posts_to_ics`` takes at most 1.15 times the baseline. The baseline builds
the same VEVENTs (same properties and values, VALARM included) straight with icalendar, and
its VTIMEZONE with ``add_missing_timezones()``. It skips what ``cmt_desktop.ics`` adds: text
clean-up, UID checks, French labels and the yearly-rule VTIMEZONE. This script reports and
always exits 0.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar

from cmt_desktop import ics
from cmt_desktop.domain.networks import NetworkCatalogue
from cmt_desktop.domain.post import Post, PostStatus
from cmt_desktop.resources import network_catalogue

TZ_NAME = "Europe/Paris"
NOW = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
ALARM_MINUTES = 15
TARGET = 1.15

NETWORKS = ["instagram", "facebook", "linkedin", "bluesky", "mastodon", "newsletter", "tiktok"]
TITLES = ["Nuit des musées", "Heure du conte", "Atelier reliure", "Coulisses de l'expo",
          "Portrait de bénévole", "Fonds patrimonial", "Concert au jardin", "Club lecture ado"]
PHRASES = [
    "Venez découvrir la nouvelle exposition, entrée libre !",
    "Réservation conseillée ; places limitées à 20 personnes.",
    "Merci à l'équipe de la médiathèque 🙏 et aux bénévoles 💚.",
    "Horaires : mardi–samedi, 10 h–18 h.",
    "Plus d'infos sur notre site : https://exemple.fr/agenda?ville=Lyon&theme=patrimoine",
    "Un trésor du fonds ancien : manuscrit enluminé du XVe siècle 📜✨",
    "Les enfants de 6 à 10 ans sont les bienvenus 🎨.",
    "Rendez-vous samedi devant le théâtre, à côté de la fontaine.",
]
TAGS = ["#Patrimoine", "#Médiathèque", "#Culture", "#Lyon", "#Musée", "#Lecture", "#Expo"]
PILLARS = ["", "Coulisses", "Collections", "Événements", "Vie locale"]
STATUSES = list(PostStatus)


def make_posts(count: int, seed: int = 2026) -> list[Post]:
    """Posts spread over two years, with French text, accents and emoji."""
    rng = random.Random(seed)
    paris = ZoneInfo(TZ_NAME)
    first = datetime(2026, 1, 1, tzinfo=paris)
    posts = []
    for n in range(count):
        day = first + timedelta(days=rng.randrange(730))
        start = day.replace(hour=rng.choice([8, 9, 10, 12, 14, 17, 18, 20]),
                            minute=rng.choice([0, 15, 30, 45]))
        status = rng.choice(STATUSES)
        body = "\n".join(rng.sample(PHRASES, rng.randint(2, 5)))
        posts.append(Post(
            network=rng.choice(NETWORKS), title=rng.choice(TITLES), start=start,
            duration=timedelta(minutes=rng.choice([15, 30, 60])), status=status, body=body,
            hashtags=tuple(rng.sample(TAGS, rng.randint(0, 4))),
            alt_text=rng.choice(["", "Photo de la façade, au crépuscule"]),
            pillar=rng.choice(PILLARS), notes=rng.choice(["", "Vérifier les droits photo"]),
            published_url=(f"https://exemple.fr/p/{n}" if status is PostStatus.PUBLISHED else ""),
            id=n + 1, uid=f"post-{n + 1}@cmt-desktop.local", sequence=rng.randrange(4),
            updated_at=NOW - timedelta(hours=rng.randrange(2000)),
        ))
    return posts


def ours(posts: Sequence[Post], catalogue: NetworkCatalogue) -> bytes:
    return ics.posts_to_ics(posts, tz_name=TZ_NAME, calendar_name="Calendrier éditorial",
                            alarm_minutes=ALARM_MINUTES, now=NOW, catalogue=catalogue)


STATUS = {PostStatus.IDEA: "TENTATIVE", PostStatus.DRAFT: "TENTATIVE",
          PostStatus.READY: "CONFIRMED", PostStatus.PUBLISHED: "CONFIRMED",
          PostStatus.SKIPPED: "CANCELLED"}


def baseline(posts: Sequence[Post], catalogue: NetworkCatalogue,
             timings: dict[str, float] | None = None) -> bytes:
    """The same events written the plain icalendar way; ``timings["tz"]``: the VTIMEZONE step."""
    calendar = icalendar.Calendar()
    calendar.add("PRODID", "-//CMt Desktop//bench//FR")
    calendar.add("VERSION", "2.0")
    calendar.add("METHOD", "PUBLISH")
    calendar.add("X-WR-CALNAME", icalendar.vText("Calendrier éditorial"))
    for post in posts:
        if post.start is None:
            continue
        name = catalogue.get(post.network).name
        summary = f"{name} · {post.display_title}"
        lines = [f"Statut : {post.status.value}"]
        if post.alt_text:
            lines.append(f"Texte alternatif : {post.alt_text}")
        if post.notes:
            lines.append(f"Notes : {post.notes}")
        if post.published_url:
            lines.append(f"Publié ici : {post.published_url}")
        event = icalendar.Event()
        event.add("UID", post.uid)
        event.add("DTSTAMP", post.updated_at or NOW)
        event.add("SEQUENCE", post.sequence)
        event.add("DTSTART", post.start)
        event.add("DTEND", post.start + post.duration)
        event.add("SUMMARY", summary)
        event.add("DESCRIPTION", "\n".join([post.full_text(), "", *lines]))
        event.add("CATEGORIES", [name, post.pillar] if post.pillar else [name])
        event.add("STATUS", STATUS[post.status])
        if post.published_url:
            event.add("URL", post.published_url)
        if post.status in (PostStatus.IDEA, PostStatus.DRAFT, PostStatus.READY) \
                and post.start >= NOW:
            alarm = icalendar.Alarm()
            alarm.add("ACTION", "DISPLAY")
            alarm.add("DESCRIPTION", summary)
            alarm.add("TRIGGER", timedelta(minutes=-ALARM_MINUTES))
            event.add_component(alarm)
        calendar.add_component(event)
    began = time.perf_counter()
    calendar.add_missing_timezones()
    if timings is not None:
        timings["tz"] = time.perf_counter() - began
    return calendar.to_ical()


def timed(run: Callable[[], bytes]) -> tuple[float, bytes]:
    began = time.perf_counter()
    data = run()
    return time.perf_counter() - began, data


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    catalogue = network_catalogue()
    posts = make_posts(args.posts)
    ours_time = base_time = base_no_tz = float("inf")
    for _ in range(args.repeat):  # alternate, so neither side gets the warmer machine
        elapsed, ours_data = timed(lambda: ours(posts, catalogue))
        ours_time = min(ours_time, elapsed)
        timings: dict[str, float] = {}
        elapsed, base_data = timed(lambda: baseline(posts, catalogue, timings))  # noqa: B023
        base_time = min(base_time, elapsed)
        base_no_tz = min(base_no_tz, elapsed - timings["tz"])
    split_time, chunks = timed(lambda: ics.split_posts_for_import(  # type: ignore[arg-type,return-value]
        posts, tz_name=TZ_NAME, calendar_name="Calendrier éditorial",
        alarm_minutes=ALARM_MINUTES, now=NOW, catalogue=catalogue))
    events = len(ics.exportable(posts))
    assert ours_data.count(b"BEGIN:VEVENT") == base_data.count(b"BEGIN:VEVENT") == events
    print(f"ics export {len(posts)} posts: ours {ours_time:.3f} s, icalendar baseline "
          f"{base_time:.3f} s, ratio {ours_time / base_time:.2f} (target <= {TARGET:.2f})")
    print(f"  baseline without its add_missing_timezones() step: {base_no_tz:.3f} s, "
          f"ratio {ours_time / base_no_tz:.2f}")
    labels = ", ".join(label for label, _ in chunks) if len(chunks) > 1 else "not split"
    print(f"  sizes: ours {len(ours_data):,} bytes, baseline {len(base_data):,} bytes; "
          f"split_posts_for_import at 1 MB: {len(chunks)} file(s) ({labels}) in {split_time:.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
