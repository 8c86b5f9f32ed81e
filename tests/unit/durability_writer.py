"""Writes posts to a venue file until it is killed; run by ``test_durability.py``.

Usage: ``python durability_writer.py VENUE_FILE SEED``

Every line printed is one JSON object, flushed at once:

* ``{"op": "ready", "count": n, "digest": d}`` once the file is open: what the writer found
  (``d`` is :func:`digest` of the posts' uids and titles);
* ``{"op": "create" | "edit" | "delete", "uid": ..., "title": ...}`` just *before* a call;
* ``{"op": "done"}`` once that call has returned, so its change is committed.

A kill can only fall between an intent and its ``done``: that one change may or may not be
in the file, every change reported ``done`` must be.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from cmt_desktop import services
from cmt_desktop.domain.post import Post, PostStatus
from cmt_desktop.resources import network_catalogue
from cmt_desktop.storage.repositories import new_uid

PARIS = ZoneInfo("Europe/Paris")
NETWORKS = ("instagram", "facebook", "bluesky")
WORDS = (
    "Café lecture ☕",
    "Été des lecteurs 🌞",
    "Œuvre du mois 🎨",
    "Coup de cœur 📚",
    "Ça bouge",
)


def digest(titles: dict[str, str]) -> str:
    """A fingerprint of the posts' uids and titles, the same in the writer and the test."""
    text = json.dumps(sorted(titles.items()), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def main(path: Path, seed: int) -> None:
    """Open the venue file and write to it forever."""
    rng = random.Random(seed)
    venue = services.open_venue(path, network_catalogue())
    stored = services.posts_between(venue, first_day=None, last_day=None)
    posts = {post.uid: post for post in [*stored, *services.undated_posts(venue)]}
    _say(op="ready", count=len(posts), digest=digest({u: p.title for u, p in posts.items()}))
    for n in range(1_000_000):
        roll = rng.random()
        now = datetime.now(UTC)
        if posts and roll < 0.15:
            uid = rng.choice(sorted(posts))
            post = posts.pop(uid)
            _say(op="delete", uid=uid, title=post.title)
            services.delete_post(venue, post_id=post.id or 0, now=now)
        elif posts and roll < 0.35:
            uid = rng.choice(sorted(posts))
            title = f"{rng.choice(WORDS)} (modifié {seed}.{n})"
            _say(op="edit", uid=uid, title=title)
            posts[uid] = services.save_post(venue, post=posts[uid].replace(title=title), now=now)
        else:
            post = _new_post(rng, f"{rng.choice(WORDS)} n°{seed}.{n}")
            _say(op="create", uid=post.uid, title=post.title)
            posts[post.uid] = services.create_post(venue, post=post, now=now)
        _say(op="done")


def _new_post(rng: random.Random, title: str) -> Post:
    start = None
    if rng.random() < 0.8:  # the rest are undated ideas
        day = datetime(2026, 3, 1, 9, 0, tzinfo=PARIS) + timedelta(days=rng.randrange(120))
        start = day.replace(hour=rng.randrange(8, 20))
    return Post(
        network=rng.choice(NETWORKS),
        title=title,
        start=start,
        status=rng.choice(list(PostStatus)),
        body="Venez nombreux à la médiathèque ! Entrée libre, goûter offert 🍪",
        hashtags=("#Médiathèque", "#Lecture"),
        uid=new_uid(),
    )


def _say(**fields: object) -> None:
    sys.stdout.write(json.dumps(fields, ensure_ascii=False) + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
