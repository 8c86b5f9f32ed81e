"""The CSV export for spreadsheets: encoding, round trip, formula neutralisation, use case."""

import csv
import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from cmt_desktop import csv_export, services
from cmt_desktop.domain.post import Post, PostStatus
from cmt_desktop.resources import network_catalogue

PARIS = ZoneInfo("Europe/Paris")
BOM = b"\xef\xbb\xbf"
FR_HEADERS = [
    "Date",
    "Heure",
    "Réseau",
    "Statut",
    "Titre",
    "Texte",
    "Hashtags",
    "Thème",
    "Objectif",
    "Public",
    "Texte alternatif",
    "Médias",
    "Publié le",
    "Lien de la publication",
    "Notes",
]
EN_HEADERS = [
    "Date",
    "Time",
    "Network",
    "Status",
    "Title",
    "Text",
    "Hashtags",
    "Pillar",
    "Objective",
    "Audience",
    "Alt text",
    "Media notes",
    "Published at",
    "Published link",
    "Notes",
]


def to_csv(posts: list[Post], **options: object) -> bytes:
    return csv_export.posts_csv(
        posts,
        catalogue=network_catalogue(),
        tz=PARIS,
        **options,  # type: ignore[arg-type]
    )


def read_rows(data: bytes, delimiter: str = ",") -> list[list[str]]:
    text = data.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def as_dicts(data: bytes, delimiter: str = ",") -> list[dict[str, str]]:
    header, *rows = read_rows(data, delimiter)
    return [dict(zip(header, row, strict=True)) for row in rows]


def full_post() -> Post:
    return Post(
        network="instagram",
        title="Heure du conte « Noël » 🎄",
        start=datetime(2026, 3, 11, 9, 5, tzinfo=UTC),  # 10:05 in Paris (winter time)
        status=PostStatus.PUBLISHED,
        body='Ligne 1, avec virgule; et point-virgule\nLigne 2 "citée"\r\nLigne 3 — été',
        hashtags=("#conte", "#médiathèque"),
        pillar="Patrimoine",
        objective="Notoriété",
        audience="Familles",
        alt_text="Une conteuse, des enfants",
        media_notes="photo_1.jpg",
        published_at=datetime(2026, 3, 11, 9, 7, tzinfo=UTC),
        published_url="https://www.instagram.com/p/abc/",
        notes="Penser à remercier l'équipe",
    )


# --- encoding and layout ----------------------------------------------------------------


def test_utf8_with_bom_and_crlf():
    data = to_csv([full_post()])
    assert data.startswith(BOM)
    assert not data[len(BOM) :].startswith(BOM)
    text = data.decode("utf-8-sig")
    assert text.startswith("Date,Heure,Réseau,")
    assert text.endswith("\r\n")
    # the header line ends in CRLF; the newline inside the body stays a bare LF
    assert text.split("\r\n", 1)[0] == ",".join(FR_HEADERS)
    assert "Ligne 1, avec virgule; et point-virgule\nLigne 2" in text


def test_empty_export_is_just_the_header():
    assert read_rows(to_csv([])) == [FR_HEADERS]


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_values_round_trip(delimiter: str):
    data = to_csv([full_post()], delimiter=delimiter)
    header_line = data.decode("utf-8-sig").split("\r\n", 1)[0]
    assert header_line == delimiter.join(FR_HEADERS)
    [row] = as_dicts(data, delimiter)
    assert row == {
        "Date": "2026-03-11",
        "Heure": "10:05",
        "Réseau": "Instagram",
        "Statut": "publiée",
        "Titre": "Heure du conte « Noël » 🎄",
        "Texte": 'Ligne 1, avec virgule; et point-virgule\nLigne 2 "citée"\r\nLigne 3 — été',
        "Hashtags": "#conte #médiathèque",
        "Thème": "Patrimoine",
        "Objectif": "Notoriété",
        "Public": "Familles",
        "Texte alternatif": "Une conteuse, des enfants",
        "Médias": "photo_1.jpg",
        "Publié le": "2026-03-11 10:07",
        "Lien de la publication": "https://www.instagram.com/p/abc/",
        "Notes": "Penser à remercier l'équipe",
    }


def test_unsupported_delimiter_is_refused():
    with pytest.raises(ValueError, match="delimiter"):
        to_csv([full_post()], delimiter="\t")


def test_date_and_time_in_the_venue_time_zone():
    # 23:30 UTC on 28 March is 00:30 on the 29th in Paris (after the DST change: 01:30)
    late = Post(network="facebook", start=datetime(2026, 3, 28, 23, 30, tzinfo=UTC))
    summer = Post(network="facebook", start=datetime(2026, 7, 1, 8, 0, tzinfo=UTC))
    rows = as_dicts(to_csv([late, summer]))
    assert [(r["Date"], r["Heure"]) for r in rows] == [
        ("2026-03-29", "00:30"),
        ("2026-07-01", "10:00"),
    ]


def test_unknown_network_shows_its_key():
    [row] = as_dicts(to_csv([Post(network="mastodon-local", title="x")]))
    assert row["Réseau"] == "mastodon-local"


def test_network_display_name_from_the_catalogue():
    catalogue = network_catalogue()
    key = catalogue.keys()[0]
    [row] = as_dicts(to_csv([Post(network=key)]))
    assert row["Réseau"] == catalogue.get(key).name


# --- languages ----------------------------------------------------------------------------


def test_french_headers_and_statuses():
    posts = [Post(network="instagram", status=status) for status in PostStatus]
    header, *rows = read_rows(to_csv(posts, language="fr"))
    assert header == FR_HEADERS
    assert [row[3] for row in rows] == ["idée", "brouillon", "prête", "publiée", "abandonnée"]


def test_english_headers_and_statuses():
    posts = [Post(network="instagram", status=status) for status in PostStatus]
    header, *rows = read_rows(to_csv(posts, language="en"))
    assert header == EN_HEADERS
    assert [row[3] for row in rows] == ["idea", "draft", "ready", "published", "skipped"]


@pytest.mark.parametrize(("language", "first"), [("fr_FR", "Heure"), ("FR", "Heure"), ("", "Time")])
def test_language_codes(language: str, first: str):
    assert read_rows(to_csv([], language=language))[0][1] == first


def test_header_tables_match_the_row_width():
    assert set(csv_export.HEADERS) == {"fr", "en"}
    assert len(csv_export.HEADERS["fr"]) == len(csv_export.HEADERS["en"]) == 15
    [row] = read_rows(to_csv([full_post()]))[1:]
    assert len(row) == 15


# --- formula injection --------------------------------------------------------------------


@pytest.mark.parametrize(
    "dangerous",
    ["=1+1", "+33 1 23 45 67 89", "-2", "@SUM(A1:A9)", "\tcmd", "\r=cmd", '=HYPERLINK("x")'],
)
@pytest.mark.parametrize("delimiter", [",", ";"])
def test_formula_prefixes_are_neutralised(dangerous: str, delimiter: str):
    post = Post(
        network="instagram",
        title=dangerous,
        body=dangerous,
        pillar=dangerous,
        objective=dangerous,
        audience=dangerous,
        alt_text=dangerous,
        media_notes=dangerous,
        published_url=dangerous,
        notes=dangerous,
    )
    [row] = as_dicts(to_csv([post], delimiter=delimiter), delimiter)
    typed = FR_HEADERS[4:6] + FR_HEADERS[7:12] + FR_HEADERS[13:]
    assert {column: row[column] for column in typed} == dict.fromkeys(typed, "'" + dangerous)
    assert (row["Date"], row["Heure"], row["Hashtags"], row["Publié le"]) == ("", "", "", "")


def test_dangerous_network_key_and_hashtag_are_neutralised():
    [row] = as_dicts(to_csv([Post(network="=cmd|' /C calc'!A0", hashtags=("-x",))]))
    assert row["Réseau"] == "'=cmd|' /C calc'!A0"
    assert row["Hashtags"] == "'-x"


@pytest.mark.parametrize(
    "harmless",
    [
        "Bonjour",
        "#conte",
        "'déjà cité",
        "a=b",
        "1+1",
        "2026-03-11",
        " =espace devant",
        "Texte - avec tiret",
        "",
    ],
)
def test_harmless_text_is_untouched(harmless: str):
    [row] = as_dicts(to_csv([Post(network="instagram", title=harmless, body=harmless)]))
    assert row["Titre"] == harmless
    assert row["Texte"] == harmless


def test_dates_are_not_mangled():
    post = Post(
        network="instagram",
        start=datetime(2026, 3, 11, 10, tzinfo=PARIS),
        published_at=datetime(2026, 3, 11, 10, 2, tzinfo=PARIS),
    )
    [row] = as_dicts(to_csv([post], language="en"))
    assert (row["Date"], row["Time"], row["Published at"]) == (
        "2026-03-11",
        "10:00",
        "2026-03-11 10:02",
    )


def test_neutralised():
    assert csv_export.neutralised("=1") == "'=1"
    assert csv_export.neutralised("\r\n") == "'\r\n"
    assert csv_export.neutralised("ok") == "ok"
    assert csv_export.neutralised("") == ""


# --- undated ideas ------------------------------------------------------------------------


def test_undated_idea_has_empty_date_and_time():
    idea = Post(network="facebook", title="Idée sans date")
    [row] = as_dicts(to_csv([idea], language="en"))
    assert (row["Date"], row["Time"], row["Published at"]) == ("", "", "")
    assert (row["Title"], row["Status"]) == ("Idée sans date", "idea")


# --- the use case -------------------------------------------------------------------------


@pytest.fixture
def venue(clock: datetime) -> services.Venue:
    venue = services.open_venue(None, network_catalogue())
    for day, title in [(2, "Lundi"), (11, "Conte"), (25, "Fin du mois")]:
        services.create_post(
            venue,
            post=Post(
                network="instagram",
                title=title,
                start=datetime(2026, 3, day, 10, tzinfo=PARIS),
                status=PostStatus.READY,
            ),
            now=clock,
        )
    services.create_post(venue, post=Post(network="facebook", title="=Idée"), now=clock)
    return venue


def export(venue: services.Venue, path: Path, **options: object) -> int:
    options = {"first_day": None, "last_day": None, "language": "fr", "delimiter": ",", **options}
    return csv_export.export_csv(venue, path=path, **options)  # type: ignore[arg-type]


def test_export_writes_every_post_and_the_ideas(venue: services.Venue, tmp_path: Path):
    path = tmp_path / "plan.csv"
    assert export(venue, path) == 4
    data = path.read_bytes()
    assert data.startswith(BOM)
    rows = as_dicts(data)
    assert [(r["Date"], r["Titre"]) for r in rows] == [
        ("2026-03-02", "Lundi"),
        ("2026-03-11", "Conte"),
        ("2026-03-25", "Fin du mois"),
        ("", "'=Idée"),
    ]
    assert [r["Statut"] for r in rows] == ["prête", "prête", "prête", "idée"]
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def test_export_range_leaves_out_other_days_and_ideas(venue: services.Venue, tmp_path: Path):
    path = tmp_path / "mars.csv"
    count = export(
        venue,
        path,
        first_day=date(2026, 3, 11),
        last_day=date(2026, 3, 25),
        language="en",
        delimiter=";",
    )
    assert count == 2
    rows = as_dicts(path.read_bytes(), ";")
    assert [(r["Date"], r["Title"]) for r in rows] == [
        ("2026-03-11", "Conte"),
        ("2026-03-25", "Fin du mois"),
    ]


def test_export_open_ended_range(venue: services.Venue, tmp_path: Path):
    path = tmp_path / "plan.csv"
    assert export(venue, path, first_day=date(2026, 3, 3)) == 2
    assert [r["Titre"] for r in as_dicts(path.read_bytes())] == ["Conte", "Fin du mois"]
    assert export(venue, path, last_day=date(2026, 3, 10)) == 1
    assert [r["Titre"] for r in as_dicts(path.read_bytes())] == ["Lundi"]


def test_export_empty_range_writes_the_header(venue: services.Venue, tmp_path: Path):
    path = tmp_path / "vide.csv"
    assert export(venue, path, first_day=date(2027, 1, 1), last_day=date(2027, 1, 31)) == 0
    assert read_rows(path.read_bytes()) == [FR_HEADERS]


def test_export_replaces_an_existing_file(venue: services.Venue, tmp_path: Path):
    path = tmp_path / "plan.csv"
    path.write_text("ancien contenu")
    export(venue, path, first_day=date(2026, 3, 2), last_day=date(2026, 3, 2))
    assert [r["Titre"] for r in as_dicts(path.read_bytes())] == ["Lundi"]


def test_export_to_a_missing_folder_fails(venue: services.Venue, tmp_path: Path):
    with pytest.raises(OSError):
        export(venue, tmp_path / "absent" / "plan.csv")


def test_export_day_boundaries_are_venue_days(clock: datetime, tmp_path: Path):
    venue = services.open_venue(None, network_catalogue())
    midnight = datetime(2026, 3, 12, 0, 0, tzinfo=PARIS)
    for start in (midnight - timedelta(minutes=1), midnight):
        services.create_post(venue, post=Post(network="instagram", start=start), now=clock)
    path = tmp_path / "plan.csv"
    assert export(venue, path, first_day=date(2026, 3, 12), last_day=date(2026, 3, 12)) == 1
    [row] = as_dicts(path.read_bytes())
    assert (row["Date"], row["Heure"]) == ("2026-03-12", "00:00")
