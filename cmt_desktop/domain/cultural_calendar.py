"""Recurring cultural dates ("marronniers"): national days and events a venue can post about.

The data file (``resources/data/cultural_dates.json``) describes three sorts of dates:

- FIXED: the same month and day every year (Fête de la musique, 21 June);
- RULE: computed from a weekday rule (Journées européennes du patrimoine, third Saturday of
  September with the Friday and the Sunday);
- ANNOUNCED: set by the organiser every year. A year whose dates are known is confirmed; any
  other year gets the typical window, to be confirmed, and the user may correct it.

Pure Python: no Qt, no storage. ``occurrences`` gives one year's dates, ``between`` a range.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, timedelta
from types import MappingProxyType
from typing import Any

#: Every venue kind (the values of ``strategy.VenueKind``); "all" in the data means these.
ALL_KINDS = frozenset({"library", "museum", "heritage_site", "art_centre", "archives", "other"})

#: Dates set by the user, by (date id, year), as (start, end) inclusive.
Corrections = Mapping[tuple[str, int], tuple[date, date]]
_NO_CORRECTIONS: Corrections = MappingProxyType({})


class DateType(enum.StrEnum):
    """How a date is found each year."""

    FIXED = "FIXED"
    RULE = "RULE"
    ANNOUNCED = "ANNOUNCED"


@dataclasses.dataclass(frozen=True)
class Occurrence:
    """One cultural date in one year, as shown in the calendar.

    Attributes:
        date_id: The ``CulturalDate`` id.
        names: Name by language code (at least ``fr`` and ``en``).
        start: First day.
        end: Last day (inclusive).
        confirmed: False when only the typical window is known ("to confirm").
        kinds: Venue kinds that see the date.
        hashtag: A checked hashtag, or an empty string.
        type: FIXED, RULE or ANNOUNCED.
    """

    date_id: str
    names: Mapping[str, str]
    start: date
    end: date
    confirmed: bool
    kinds: frozenset[str]
    hashtag: str = ""
    type: DateType = DateType.FIXED

    def name(self, lang: str = "fr") -> str:
        """The name in ``lang`` (language code such as ``fr_FR`` accepted), else in French."""
        return self.names.get(lang[:2], self.names.get("fr", self.date_id))

    @property
    def days(self) -> int:
        """How many days the occurrence lasts."""
        return (self.end - self.start).days + 1


def _month_day(text: str, year: int) -> date:
    """``"MM-DD"`` in ``year``."""
    month, day = (int(part) for part in text.split("-"))
    return date(year, month, day)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` (0 = Monday) of the month; ``n = -1`` is the last one."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    following = date(year + month // 12, month % 12 + 1, 1)
    last = following - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-n - 1))


def _nearest_weekday(year: int, month: int, day: int, weekday: int) -> date:
    """The ``weekday`` (0 = Monday) nearest to ``month``/``day`` (never a tie: at most 3 days)."""
    target = date(year, month, day)
    offset = (weekday - target.weekday()) % 7
    return target + timedelta(days=offset if offset <= 3 else offset - 7)


_RULES = {
    "nth_weekday": lambda year, r: _nth_weekday(year, r["month"], r["weekday"], r.get("n", 1)),
    "nearest_weekday": lambda year, r: _nearest_weekday(year, r["month"], r["day"], r["weekday"]),
}


@dataclasses.dataclass(frozen=True)
class CulturalDate:
    """One recurring date of the data file.

    Attributes:
        id: Stable slug, used to store corrections and links to posts.
        names: Name by language code.
        type: FIXED, RULE or ANNOUNCED.
        kinds: Venue kinds that see the date.
        audience: Typical audience by language code.
        hashtag: A checked hashtag (``{year}`` is replaced), or an empty string.
        month: FIXED: month.
        day: FIXED: day.
        duration: FIXED: length in days.
        rule: RULE: the rule (``kind`` plus its parameters, see the data file).
        known: ANNOUNCED: dates published by the organiser, as (start, end).
        typical: ANNOUNCED: ``earliest`` and ``latest`` start (``MM-DD``) and ``duration``.
        cancelled: ANNOUNCED: years without an edition.
    """

    id: str
    names: Mapping[str, str]
    type: DateType
    kinds: frozenset[str]
    audience: Mapping[str, str] = dataclasses.field(default_factory=dict)
    hashtag: str = ""
    month: int = 0
    day: int = 0
    duration: int = 1
    rule: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    known: tuple[tuple[date, date], ...] = ()
    typical: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    cancelled: frozenset[int] = frozenset()

    @classmethod
    def from_dict(cls, item: Mapping[str, Any]) -> CulturalDate:
        """Build one date from its entry in ``cultural_dates.json`` (``_`` keys ignored)."""
        kinds = frozenset(item.get("kinds") or ["all"])
        if "all" in kinds:
            kinds = ALL_KINDS
        kind = DateType(item["type"])
        if kind is DateType.RULE and item["rule"]["kind"] not in _RULES:
            raise ValueError(f"{item['id']}: unknown rule {item['rule']['kind']!r}")
        return cls(
            id=item["id"],
            names=dict(item["names"]),
            type=kind,
            kinds=kinds,
            audience=dict(item.get("audience", {})),
            hashtag=item.get("hashtag", ""),
            month=item.get("month", 0),
            day=item.get("day", 0),
            duration=item.get("duration", 1),
            rule=dict(item.get("rule", {})),
            known=tuple(
                (date.fromisoformat(k["start"]), date.fromisoformat(k["end"]))
                for k in item.get("known", [])
            ),
            typical=dict(item.get("typical", {})),
            cancelled=frozenset(item.get("cancelled", [])),
        )

    def period(self, year: int) -> tuple[date, date, bool] | None:
        """This year's (start, end, confirmed), before corrections; None when there is none.

        ANNOUNCED dates are confirmed when the organiser's dates for the year are known; else
        the window runs from the earliest start to the latest start plus the usual duration.
        """
        if self.type is DateType.FIXED:
            start = date(year, self.month, self.day)
            return start, start + timedelta(days=self.duration - 1), True
        if self.type is DateType.RULE:
            anchor = _RULES[self.rule["kind"]](year, self.rule)
            before = timedelta(days=self.rule.get("days_before", 0))
            after = timedelta(days=self.rule.get("days_after", 0))
            return anchor - before, anchor + after, True
        if year in self.cancelled:
            return None
        for start, end in self.known:
            if start.year == year:
                return start, end, True
        if not self.typical:
            return None
        earliest = _month_day(self.typical["earliest"], year)
        latest = _month_day(self.typical["latest"], year)
        return earliest, latest + timedelta(days=self.typical.get("duration", 1) - 1), False

    def occurrence(self, start: date, end: date, confirmed: bool) -> Occurrence:
        """An occurrence of this date on the given days."""
        return Occurrence(
            date_id=self.id,
            names=self.names,
            start=start,
            end=end,
            confirmed=confirmed,
            kinds=self.kinds,
            hashtag=self.hashtag.replace("{year}", str(start.year)),
            type=self.type,
        )


class CulturalCalendar:
    """All the recurring dates, computed for any year."""

    def __init__(self, dates: Iterable[CulturalDate]) -> None:
        self._by_id: dict[str, CulturalDate] = {}
        for item in dates:
            if item.id in self._by_id:
                raise ValueError(f"duplicate cultural date id {item.id!r}")
            self._by_id[item.id] = item

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CulturalCalendar:
        """Build the calendar from the parsed ``cultural_dates.json``."""
        return cls(CulturalDate.from_dict(item) for item in data["dates"])

    def __iter__(self) -> Iterator[CulturalDate]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, date_id: object) -> bool:
        return date_id in self._by_id

    def get(self, date_id: str) -> CulturalDate:
        """The date with this id (KeyError when unknown)."""
        return self._by_id[date_id]

    def occurrences(
        self,
        year: int,
        *,
        venue_kind: str | None = None,
        corrections: Corrections = _NO_CORRECTIONS,
    ) -> list[Occurrence]:
        """The dates of ``year``, sorted by start (then id).

        Args:
            year: The year the occurrences start in.
            venue_kind: Keep only the dates for this venue kind (a ``VenueKind`` value);
                None keeps them all.
            corrections: Dates set by the user, by (date id, year), as (start, end)
                inclusive. A correction replaces that year's computed dates and is confirmed.

        Returns:
            One occurrence per date that takes place that year.
        """
        found = []
        for item in self._by_id.values():
            if venue_kind is not None and venue_kind not in item.kinds:
                continue
            corrected = corrections.get((item.id, year))
            if corrected is not None:
                period: tuple[date, date, bool] | None = (corrected[0], corrected[1], True)
            else:
                period = item.period(year)
            if period is not None:
                found.append(item.occurrence(*period))
        return sorted(found, key=lambda o: (o.start, o.end, o.date_id))

    def between(
        self,
        first: date,
        last: date,
        *,
        venue_kind: str | None = None,
        corrections: Corrections = _NO_CORRECTIONS,
    ) -> list[Occurrence]:
        """The occurrences that overlap ``first``..``last`` (inclusive), across years.

        Arguments are those of ``occurrences``; the result is sorted by start.
        """
        found = []
        for year in range(first.year - 1, last.year + 1):  # the year before: periods crossing 1 Jan
            found += [
                o
                for o in self.occurrences(year, venue_kind=venue_kind, corrections=corrections)
                if o.start <= last and o.end >= first
            ]
        return sorted(found, key=lambda o: (o.start, o.end, o.date_id))
