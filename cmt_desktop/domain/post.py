"""The planned post: what the editorial calendar is made of."""

from __future__ import annotations

import dataclasses
import enum
from datetime import datetime, timedelta


class PostStatus(enum.StrEnum):
    """Where a post stands on its way to publication."""

    IDEA = "idea"
    DRAFT = "draft"
    READY = "ready"
    PUBLISHED = "published"
    SKIPPED = "skipped"


DEFAULT_DURATION = timedelta(minutes=30)


@dataclasses.dataclass(frozen=True, slots=True)
class Post:
    """One post planned on one network.

    ``start`` is an aware datetime, or ``None`` for an undated idea in the backlog.
    ``id`` is ``None`` until the post is stored; ``uid`` never changes once given.
    """

    network: str
    title: str = ""
    start: datetime | None = None
    duration: timedelta = DEFAULT_DURATION
    status: PostStatus = PostStatus.IDEA
    body: str = ""
    hashtags: tuple[str, ...] = ()
    media_notes: str = ""
    alt_text: str = ""
    pillar: str = ""
    objective: str = ""
    audience: str = ""
    rights_image: bool = False
    rights_consent: bool = False
    rights_credits: bool = False
    published_at: datetime | None = None
    published_url: str = ""
    notes: str = ""
    series_id: int | None = None
    event_id: int | None = None
    id: int | None = None
    uid: str = ""
    sequence: int = 0
    updated_at: datetime | None = None

    def __post_init__(self) -> None:
        if self.start is not None and self.start.tzinfo is None:
            raise ValueError("a post's start must be an aware datetime")

    @property
    def display_title(self) -> str:
        """The title, or the first line of the text when no title was given."""
        if self.title.strip():
            return self.title.strip()
        first_line = self.body.strip().splitlines()[0] if self.body.strip() else ""
        return first_line[:60]

    @property
    def end(self) -> datetime | None:
        """When the time slot reserved for the post ends."""
        return None if self.start is None else self.start + self.duration

    def full_text(self) -> str:
        """The text as it will be published: body, then the hashtags at the end."""
        tags = " ".join(self.hashtags)
        if not tags:
            return self.body
        if not self.body:
            return tags
        return f"{self.body.rstrip()}\n\n{tags}"

    def replace(self, **changes: object) -> Post:
        """A copy with some fields changed."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    def content_equals(self, other: Post) -> bool:
        """True when the user-visible fields are the same (identity and bookkeeping aside)."""
        skip = {"id", "uid", "sequence", "updated_at"}
        return all(
            getattr(self, f.name) == getattr(other, f.name)
            for f in dataclasses.fields(self)
            if f.name not in skip
        )


def parse_hashtags(text: str) -> tuple[str, ...]:
    """Hashtags typed by the user ("#a #b, c") as a tuple of "#tag", duplicates removed."""
    seen: dict[str, None] = {}
    for raw in text.replace(",", " ").split():
        tag = raw if raw.startswith("#") else f"#{raw}"
        if len(tag) > 1:
            seen.setdefault(tag, None)
    return tuple(seen)
