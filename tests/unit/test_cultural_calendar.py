"""Cultural calendar: the shipped dates and the rules, checked against past years in the facts."""

import json
from datetime import date
from pathlib import Path

import pytest

from cmt_desktop.domain.cultural_calendar import (
    ALL_KINDS,
    CulturalCalendar,
    CulturalDate,
    DateType,
)
from cmt_desktop.domain.strategy import VenueKind

DATA = Path(__file__).resolve().parents[2] / "resources" / "data"
TABLE = json.loads((DATA / "cultural_dates.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def calendar() -> CulturalCalendar:
    return CulturalCalendar.from_dict(TABLE)


def period(calendar: CulturalCalendar, date_id: str, year: int, **kwargs) -> tuple[date, date]:
    (found,) = [o for o in calendar.occurrences(year, **kwargs) if o.date_id == date_id]
    return found.start, found.end


# --- the data file -------------------------------------------------------------------------------


def test_ids_are_unique_slugs() -> None:
    ids = [item["id"] for item in TABLE["dates"]]
    assert len(ids) == len(set(ids))
    assert all(i == i.lower() and " " not in i for i in ids)


def test_every_entry_is_complete(calendar: CulturalCalendar) -> None:
    kinds = {k.value for k in VenueKind}
    assert kinds == ALL_KINDS
    for item in TABLE["dates"]:
        assert item["names"]["fr"].strip() and item["names"]["en"].strip(), item["id"]
        assert item["audience"]["fr"] and item["audience"]["en"], item["id"]
        assert item["_source"].startswith("§"), item["id"]
        assert set(item["kinds"]) <= kinds | {"all"} and item["kinds"], item["id"]
        assert item["type"] in {"FIXED", "RULE", "ANNOUNCED"}
        if item["type"] == "ANNOUNCED":
            assert item["typical"]["duration"] >= 1
            for known in item["known"]:
                assert date.fromisoformat(known["start"]) <= date.fromisoformat(known["end"])
    for year in range(2000, 2041):  # every date can be computed, and in the year asked
        for occurrence in calendar.occurrences(year):
            assert occurrence.start.year == year and occurrence.start <= occurrence.end


def test_only_checked_hashtags(calendar: CulturalCalendar) -> None:
    tagged = {d.id: d.hashtag for d in calendar if d.hashtag}
    assert tagged == {
        "nuit-musees": "#NuitDesMusees",
        "museum-week": "#MuseumWeek",
        "fete-science": "#FDS{year}",
        "museum-selfie": "#MuseumSelfie",
        "color-our-collections": "#ColorOurCollections",
        "ask-an-archivist": "#AskAnArchivist",
    }


def test_weekly_hashtags_and_undated_rows_are_left_out(calendar: CulturalCalendar) -> None:
    text = json.dumps(TABLE["dates"]).casefold()
    for absent in ("bookface", "folklore", "jourdefermeture", "immatériel", "immateriel"):
        assert absent not in text
    assert len(calendar) == len(TABLE["dates"]) >= 35


# --- RULE dates: checked against the past years of the facts (§1a, §1b) --------------------------


@pytest.mark.parametrize(
    ("year", "saturday"),
    [
        (2016, 17),
        (2017, 16),
        (2019, 21),
        (2021, 18),
        (2022, 17),
        (2023, 16),
        (2024, 21),
        (2025, 20),
    ],
)
def test_jep_third_weekend_of_september_with_the_friday(
    calendar: CulturalCalendar, year: int, saturday: int
) -> None:
    start, end = period(calendar, "jep", year)
    assert (start, end) == (date(year, 9, saturday - 1), date(year, 9, saturday + 1))
    assert start.weekday() == 4 and end.weekday() == 6


def test_jep_recent_editions_as_published(calendar: CulturalCalendar) -> None:
    assert period(calendar, "jep", 2023) == (date(2023, 9, 15), date(2023, 9, 17))
    assert period(calendar, "jep", 2024) == (date(2024, 9, 20), date(2024, 9, 22))
    assert period(calendar, "jep", 2025) == (date(2025, 9, 19), date(2025, 9, 21))


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (date(2021, 6, 4), date(2021, 6, 6)),
        (date(2022, 6, 3), date(2022, 6, 5)),
        (date(2023, 6, 2), date(2023, 6, 4)),
        (date(2024, 5, 31), date(2024, 6, 2)),
        (date(2025, 6, 6), date(2025, 6, 8)),
    ],
)
def test_rendez_vous_aux_jardins(calendar: CulturalCalendar, start: date, end: date) -> None:
    assert period(calendar, "rendez-vous-jardins", end.year) == (start, end)


@pytest.mark.parametrize(
    "day",
    [date(2013, 5, 25), date(2018, 5, 26), date(2023, 5, 27), date(2024, 5, 25), date(2025, 5, 31)],
)
def test_fete_mondiale_du_jeu_saturday_nearest_28_may(
    calendar: CulturalCalendar, day: date
) -> None:
    assert period(calendar, "fete-jeu", day.year) == (day, day)


@pytest.mark.parametrize("day", [date(2016, 1, 20), date(2022, 1, 19)])
def test_museum_selfie_day_third_wednesday_of_january(
    calendar: CulturalCalendar, day: date
) -> None:
    assert period(calendar, "museum-selfie", day.year) == (day, day)


def test_last_weekday_rule() -> None:
    item = CulturalDate.from_dict(
        {
            "id": "x",
            "names": {"fr": "x", "en": "x"},
            "type": "RULE",
            "rule": {"kind": "nth_weekday", "month": 12, "weekday": 0, "n": -1},
        }
    )
    assert item.period(2025) == (date(2025, 12, 29), date(2025, 12, 29), True)
    assert item.kinds == ALL_KINDS


def test_unknown_rule_and_duplicate_ids_are_refused() -> None:
    entry = {"id": "x", "names": {"fr": "x", "en": "x"}, "type": "RULE", "rule": {"kind": "easter"}}
    with pytest.raises(ValueError, match="unknown rule"):
        CulturalDate.from_dict(entry)
    fixed = {"id": "x", "names": {"fr": "x", "en": "x"}, "type": "FIXED", "month": 1, "day": 1}
    with pytest.raises(ValueError, match="duplicate"):
        CulturalCalendar.from_dict({"dates": [fixed, fixed]})


# --- FIXED dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize("year", [1999, 2024, 2025, 2026, 2031])
def test_fixed_dates_any_year(calendar: CulturalCalendar, year: int) -> None:
    assert period(calendar, "fete-musique", year) == (date(year, 6, 21), date(year, 6, 21))
    assert period(calendar, "mois-doc", year) == (date(year, 11, 1), date(year, 11, 30))
    (music,) = [o for o in calendar.occurrences(year) if o.date_id == "fete-musique"]
    assert music.confirmed and music.type is DateType.FIXED and music.days == 1


# --- ANNOUNCED dates -----------------------------------------------------------------------------


def test_nuit_des_musees_known_year_is_confirmed(calendar: CulturalCalendar) -> None:
    (night,) = [o for o in calendar.occurrences(2026) if o.date_id == "nuit-musees"]
    assert (night.start, night.end, night.confirmed) == (date(2026, 5, 23), date(2026, 5, 23), True)
    assert night.hashtag == "#NuitDesMusees"
    assert night.name("fr") == "Nuit européenne des musées"
    assert night.name("en_GB") == "European Night of Museums"
    assert night.name("de") == night.name("fr")


def test_nuit_des_musees_unknown_year_is_a_window_to_confirm(calendar: CulturalCalendar) -> None:
    (night,) = [o for o in calendar.occurrences(2027) if o.date_id == "nuit-musees"]
    assert not night.confirmed
    assert date(2027, 5, 10) <= night.start <= night.end <= date(2027, 5, 25)
    assert night.start <= date(2027, 5, 15) <= night.end  # the Saturday nearest 18 May 2027


def test_known_dates_of_the_facts_are_used(calendar: CulturalCalendar) -> None:
    assert period(calendar, "partir-en-livre", 2025) == (date(2025, 6, 18), date(2025, 7, 20))
    assert period(calendar, "fete-science", 2024) == (date(2024, 10, 4), date(2024, 10, 14))
    assert period(calendar, "jema", 2025) == (date(2025, 3, 31), date(2025, 4, 6))


RECENT_FROM = {"museum-week": 2018, "ask-an-archivist": 2016}


def test_typical_windows_cover_the_known_editions(calendar: CulturalCalendar) -> None:
    for item in calendar:
        if item.type is not DateType.ANNOUNCED:
            continue
        for start, end in item.known:
            if item.id == "nuit-musees" and start.month == 11:  # 2020: moved online in November
                continue
            if item.id == "nuits-lecture" and start.year == 2017:  # first edition: one night
                continue
            if start.year < RECENT_FROM.get(item.id, 0):  # the window follows recent editions
                continue
            window = CulturalDate(**{**vars(item), "known": ()}).period(start.year)
            assert window is not None and not window[2]
            assert window[0] <= start and end <= window[1], (item.id, start)


def test_hashtag_year_is_filled_in(calendar: CulturalCalendar) -> None:
    (science,) = [o for o in calendar.occurrences(2025) if o.date_id == "fete-science"]
    assert science.hashtag == "#FDS2025"


def test_cancelled_edition_is_not_suggested(calendar: CulturalCalendar) -> None:
    assert "fibd-angouleme" not in {o.date_id for o in calendar.occurrences(2026)}
    assert "fibd-angouleme" in {o.date_id for o in calendar.occurrences(2027)}


def test_user_correction_overrides_and_confirms(calendar: CulturalCalendar) -> None:
    fixes = {("nuit-musees", 2027): (date(2027, 5, 15), date(2027, 5, 16))}
    (night,) = [
        o for o in calendar.occurrences(2027, corrections=fixes) if o.date_id == "nuit-musees"
    ]
    assert (night.start, night.end, night.confirmed) == (date(2027, 5, 15), date(2027, 5, 16), True)
    # A correction only counts for its own year.
    assert period(calendar, "nuit-musees", 2026, corrections=fixes) == (
        date(2026, 5, 23),
        date(2026, 5, 23),
    )


def test_occurrences_are_sorted_by_start(calendar: CulturalCalendar) -> None:
    found = calendar.occurrences(2026)
    assert [o.start for o in found] == sorted(o.start for o in found)
    assert found[0].date_id == "domaine-public"


# --- venue kinds ---------------------------------------------------------------------------------


def test_filter_by_venue_kind(calendar: CulturalCalendar) -> None:
    def ids(kind: VenueKind) -> set[str]:
        return {o.date_id for o in calendar.occurrences(2026, venue_kind=kind)}

    museum, library = ids(VenueKind.MUSEUM), ids(VenueKind.LIBRARY)
    assert "partir-en-livre" not in museum and "partir-en-livre" in library
    assert "nuit-musees" in museum and "nuit-musees" not in library
    assert "ask-an-archivist" in ids(VenueKind.ARCHIVES)
    assert "rendez-vous-jardins" in ids(VenueKind.HERITAGE_SITE)
    for kind in VenueKind:  # "All" rows reach every kind, "other" included
        assert {"jep", "fete-musique", "droits-femmes"} <= ids(kind)
    assert len(calendar.occurrences(2026)) > len(calendar.occurrences(2026, venue_kind="other"))


# --- between -------------------------------------------------------------------------------------


def test_between_crosses_the_year_end(calendar: CulturalCalendar) -> None:
    found = calendar.between(date(2025, 12, 20), date(2026, 1, 31), venue_kind="library")
    ids = [o.date_id for o in found]
    assert ids[0] == "avent-domaine-public" and found[0].start == date(2025, 12, 1)
    assert "domaine-public" in ids and "nuits-lecture" in ids
    assert [o.start for o in found] == sorted(o.start for o in found)
    assert all(o.start <= date(2026, 1, 31) and o.end >= date(2025, 12, 20) for o in found)
    assert "museum-selfie" not in ids  # museums only


def test_between_keeps_periods_that_overlap_the_edges(calendar: CulturalCalendar) -> None:
    found = calendar.between(date(2025, 11, 30), date(2025, 11, 30))
    assert {o.date_id for o in found} == {"mois-doc", "salon-montreuil"}
