"""The saved strategy (and the wizard's draft), and the posts generated from it."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import datetime, tzinfo

from cmt_desktop.domain import strategy_json
from cmt_desktop.domain.post import Post
from cmt_desktop.domain.strategy import StrategyDraft
from cmt_desktop.storage.repositories import (
    POST_COLUMNS,
    content_hash,
    insert_sql,
    new_uid,
    post_from_row,
    post_to_row,
    to_utc_text,
    writing,
)

SAVED = "saved"  # the strategy the user accepted
DRAFT = "draft"  # a wizard in progress, to resume later


class StrategyRepository:
    """The ``strategy`` table: one JSON document per name."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def load(self, name: str = SAVED) -> StrategyDraft | None:
        """The stored strategy, or ``None`` when there is none or its JSON cannot be read.

        Answers that cannot be read fall back to their defaults (``strategy_json``).
        """
        row = self._db.execute("SELECT json FROM strategy WHERE name = ?", [name]).fetchone()
        if row is None:
            return None
        try:
            data = json.loads(row[0])
        except ValueError:
            return None
        return strategy_json.from_dict(data) if isinstance(data, dict) else None

    def save(self, draft: StrategyDraft, *, name: str = SAVED, now: datetime) -> None:
        """Store (or replace) the strategy under ``name``, committed at once."""
        text = json.dumps(strategy_json.to_dict(draft), ensure_ascii=False, sort_keys=True)
        with writing(self._db):
            self._db.execute(
                "INSERT INTO strategy (name, json, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT(name) DO UPDATE SET json = excluded.json, "
                "updated_at = excluded.updated_at",
                [name, text, to_utc_text(now)],
            )

    def discard(self, name: str) -> None:
        """Forget the strategy stored under ``name`` (nothing happens if there is none)."""
        with writing(self._db):
            self._db.execute("DELETE FROM strategy WHERE name = ?", [name])

    def updated_at(self, name: str = SAVED) -> str | None:
        """When the strategy under ``name`` was last saved (UTC text), or ``None``."""
        row = self._db.execute("SELECT updated_at FROM strategy WHERE name = ?", [name]).fetchone()
        return None if row is None else row[0]


class PlanRepository:
    """Posts generated from the strategy, each on its slot (``plan_key``), for the planner.

    The user's own saves and deletions go through ``PostRepository``, which keeps
    ``user_changed`` and ``plan_removed`` up to date.
    """

    def __init__(self, db: sqlite3.Connection, tz: tzinfo) -> None:
        self._db = db
        self._tz = tz

    def plan_key(self, post_id: int) -> str | None:
        """The slot a generated post stands for, or ``None`` for the user's own post."""
        row = self._db.execute("SELECT plan_key FROM posts WHERE id = ?", [post_id]).fetchone()
        return None if row is None else row[0]

    def user_changed(self, post_id: int) -> bool:
        """Whether the user changed this generated post (``False`` for the user's own)."""
        row = self._db.execute("SELECT user_changed FROM posts WHERE id = ?", [post_id]).fetchone()
        return bool(row and row[0])

    def generated_posts(self) -> dict[str, tuple[Post, bool]]:
        """Every generated post by plan key, with whether the user changed it."""
        cursor = self._db.execute(
            f"SELECT {POST_COLUMNS}, plan_key, user_changed FROM posts WHERE plan_key IS NOT NULL"
        )
        tz = self._tz
        return {row[-2]: (post_from_row(row, tz), bool(row[-1])) for row in cursor}

    def removed_plan_keys(self) -> set[str]:
        """Slots whose generated post the user deleted: never generated again."""
        return {row[0] for row in self._db.execute("SELECT plan_key FROM plan_removed")}

    def apply(
        self,
        *,
        create: Iterable[tuple[str, Post]],
        update: Iterable[tuple[str, Post]],
        delete: Iterable[int],
        now: datetime,
    ) -> None:
        """Write the planner's changes together: new slots, changed slots, dropped slots.

        ``update`` posts are matched by id; they take the new content, their SEQUENCE grows
        and they are again "as generated" (the caller never passes one the user changed).
        """
        stamp = to_utc_text(now)
        new_rows = []
        for key, post in create:
            row = post_to_row(post)
            digest = content_hash(row)
            row.pop("id")
            row.update(uid=post.uid or new_uid(), created_at=stamp, updated_at=stamp)
            row.update(plan_key=key, plan_hash=digest, user_changed=0)
            new_rows.append(row)
        changed_rows = []
        columns: list[str] = []
        for key, post in update:
            row = post_to_row(post)
            digest = content_hash(row)
            post_id = row.pop("id")
            del row["uid"], row["sequence"]
            row.update(updated_at=stamp, plan_key=key, plan_hash=digest)
            columns = list(row)
            changed_rows.append([*row.values(), post_id])
        db = self._db
        with writing(db):
            if new_rows:
                db.executemany(insert_sql(new_rows[0]), [list(r.values()) for r in new_rows])
            if changed_rows:
                assignments = ", ".join(f"{column} = ?" for column in columns)
                db.executemany(
                    f"UPDATE posts SET {assignments}, sequence = sequence + 1, user_changed = 0 "
                    "WHERE id = ?",
                    changed_rows,
                )
            db.executemany("DELETE FROM posts WHERE id = ?", [[post_id] for post_id in delete])
