"""The hand-over pack: a whole venue copy, the strategy PDF and a README a colleague can follow."""

import errno
import os
import sqlite3
import stat
import sys
import tempfile
import zipfile
from datetime import UTC, date, datetime

import pytest

from cmt_desktop import handover, services
from cmt_desktop.domain.post import Post, PostStatus
from cmt_desktop.resources import network_catalogue
from cmt_desktop.storage import backups
from cmt_desktop.storage.db import APPLICATION_ID

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\nfake strategy\n%%EOF\n"
NAME = "Médiathèque du Parc"
FRENCH = ("LISEZ-MOI.txt", "Strategie.pdf", f"{NAME}.cmt.sqlite")
ENGLISH = ("README.txt", "Strategy.pdf", f"{NAME}.cmt.sqlite")


@pytest.fixture
def venue(tmp_path, clock):
    opened = services.open_venue(tmp_path / "venue.cmt.sqlite", network_catalogue(), now=clock)
    opened.settings.set("venue_name", NAME)
    for day, title in ((10, "Heure du conte"), (12, "Coup de cœur"), (14, "Fermeture")):
        post = Post(
            network="instagram",
            title=title,
            status=PostStatus.DRAFT,
            start=clock.replace(day=day, hour=10, minute=0),
        )
        services.create_post(opened, post=post, now=clock)
    services.create_post(opened, post=Post(network="facebook", title="Idée"), now=clock)
    yield opened
    opened.close()


@pytest.fixture
def out_dir(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _build(venue, out_dir, clock, *, pdf=PDF, language="fr"):
    out = out_dir / "pack.zip"
    returned = handover.build_pack(venue, out=out, strategy_pdf=pdf, language=language, now=clock)
    assert returned == out
    return out


def _readme(pack_path, name):
    with zipfile.ZipFile(pack_path) as pack:
        return pack.read(name)


def _titles(venue):
    dated = services.posts_between(venue, first_day=None, last_day=None)
    return sorted(p.title for p in [*dated, *services.undated_posts(venue)])


# --- contents ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "names"),
    [("fr", FRENCH), ("fr_FR", FRENCH), ("fr-CA", FRENCH), ("en", ENGLISH), ("", ENGLISH)],
)
def test_the_pack_holds_the_three_files_named_in_the_language(
    venue, out_dir, clock, language, names
):
    out = _build(venue, out_dir, clock, language=language)
    with zipfile.ZipFile(out) as pack:
        assert sorted(pack.namelist()) == sorted(names)
        assert pack.testzip() is None
        assert all(i.compress_type == zipfile.ZIP_DEFLATED for i in pack.infolist())


def test_the_venue_copy_opens_and_holds_the_same_posts(venue, out_dir, tmp_path, clock):
    out = _build(venue, out_dir, clock)
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(out) as pack:
        pack.extractall(unpacked)
    copy = services.open_venue(unpacked / f"{NAME}.cmt.sqlite", network_catalogue(), now=clock)
    try:
        assert copy.name == NAME
        assert _titles(copy) == _titles(venue)
        assert services.get_post_count(copy) == 4
    finally:
        copy.close()
    assert backups.check(unpacked / f"{NAME}.cmt.sqlite", APPLICATION_ID) is None


def test_the_copy_is_one_whole_file_without_journal(venue, out_dir, clock):
    venue.db.execute("PRAGMA journal_mode = WAL")
    services.create_post(venue, post=Post(network="instagram", title="Dernière"), now=clock)
    out = _build(venue, out_dir, clock)
    with zipfile.ZipFile(out) as pack:
        assert not [n for n in pack.namelist() if n.endswith(("-wal", "-shm", "-journal"))]
        data = pack.read(f"{NAME}.cmt.sqlite")
    assert data.startswith(b"SQLite format 3\x00")
    assert data[18:20] == b"\x01\x01"  # rollback journal: readable without a -wal beside it


def test_an_in_memory_venue_can_be_packed(out_dir, clock):
    venue = services.open_venue(None, network_catalogue(), now=clock)
    try:
        out = _build(venue, out_dir, clock, language="en")
    finally:
        venue.close()
    with zipfile.ZipFile(out) as pack:
        assert "venue.cmt.sqlite" in pack.namelist()


def test_the_strategy_pdf_round_trips(venue, out_dir, clock):
    out = _build(venue, out_dir, clock, language="en")
    assert _readme(out, "Strategy.pdf") == PDF


@pytest.mark.parametrize(("language", "readme"), [("fr", "LISEZ-MOI.txt"), ("en", "README.txt")])
def test_without_a_strategy_there_is_no_pdf_and_the_readme_does_not_mention_it(
    venue, out_dir, clock, language, readme
):
    out = _build(venue, out_dir, clock, pdf=None, language=language)
    with zipfile.ZipFile(out) as pack:
        assert not [n for n in pack.namelist() if n.lower().endswith(".pdf")]
        text = pack.read(readme).decode("utf-8-sig")
    assert ".pdf" not in text.lower()
    assert "stratégie" not in text.lower()
    assert "strategy" not in text.lower()


# --- the README ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "readme", "words"),
    [
        (
            "fr",
            "LISEZ-MOI.txt",
            [
                "4 mars 2026",
                "Fichier › Ouvrir un fichier de structure…",
                "Strategie.pdf",
                "sauvegarde",
                "administrateur",
            ],
        ),
        (
            "en",
            "README.txt",
            [
                "4 March 2026",
                "File › Open a venue file…",
                "Strategy.pdf",
                "Backup",
                "administrator",
            ],
        ),
    ],
)
def test_the_readme_is_utf8_with_bom_and_crlf_and_names_the_venue_and_date(
    venue, out_dir, clock, language, readme, words
):
    data = _readme(_build(venue, out_dir, clock, language=language), readme)
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "\r\n" in text
    assert "\n" not in text.replace("\r\n", "")
    assert "\r" not in text.replace("\r\n", "")
    assert NAME in text
    assert f"{NAME}.cmt.sqlite" in text
    for word in words:
        assert word in text


def test_the_readme_lines_stay_short_for_notepad():
    for language in ("fr", "en"):
        for with_strategy in (True, False):
            text = handover.readme_text(
                "", language=language, day=date(2026, 3, 4), with_strategy=with_strategy
            )
            assert max(len(line) for line in text.splitlines()) <= 76


def test_the_date_is_the_venues_day(venue, out_dir):
    late = datetime(2026, 3, 4, 23, 30, tzinfo=UTC)  # already 5 March in Paris
    out = _build(venue, out_dir, late)
    assert "5 mars 2026" in _readme(out, "LISEZ-MOI.txt").decode("utf-8-sig")


def test_the_first_of_the_month_reads_naturally_in_french():
    text = handover.readme_text(NAME, language="fr", day=date(2026, 5, 1), with_strategy=False)
    assert "1er mai 2026" in text


def test_a_venue_without_a_name_gets_a_generic_file_name(venue, out_dir, clock):
    venue.settings.set("venue_name", "")
    for language, expected in (("fr", "structure.cmt.sqlite"), ("en", "venue.cmt.sqlite")):
        out = _build(venue, out_dir, clock, language=language)
        with zipfile.ZipFile(out) as pack:
            assert expected in pack.namelist()


# --- safe file names -----------------------------------------------------------------------


def test_a_venue_name_with_forbidden_characters_gives_a_safe_file_name(venue, out_dir, clock):
    venue.settings.set("venue_name", 'Musée "A/B": test?')
    out = _build(venue, out_dir, clock)
    with zipfile.ZipFile(out) as pack:
        names = [n for n in pack.namelist() if n.endswith(".cmt.sqlite")]
        readme = pack.read("LISEZ-MOI.txt").decode("utf-8-sig")
    assert names == ["Musée _A_B__ test_.cmt.sqlite"]
    assert 'Musée "A/B": test?' in readme  # the README keeps the name as typed
    assert "Musée _A_B__ test_.cmt.sqlite" in readme


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Médiathèque du Parc", "Médiathèque du Parc"),
        ('a<b>c:d"e/f\\g|h?i*j', "a_b_c_d_e_f_g_h_i_j"),
        ("Musée\x00\x1f\x7fX", "Musée___X"),
        ("  Le   Musée\n\tdu Parc  ", "Le Musée du Parc"),
        ("...caché.", "caché"),
        ("", "fallback"),
        ("   ", "fallback"),
        ("???", "fallback"),
        ("CON", "CON_"),
        ("com1", "com1_"),
        ("Lpt9. Musée", "Lpt9. Musée_"),
        ("Console", "Console"),
        ("Me\u0301diathe\u0300que", "Médiathèque"),  # macOS decomposed accents, recomposed
    ],
)
def test_safe_file_name(name, expected):
    assert handover.safe_file_name(name, fallback="fallback") == expected


def test_a_long_name_is_cut_to_sixty_characters():
    name = "Bibliothèque municipale à vocation régionale " * 3
    safe = handover.safe_file_name(name, fallback="x")
    assert len(safe) <= 60
    assert safe == safe.strip(" .")
    assert name.startswith(safe)


def test_the_suggested_pack_name():
    assert (
        handover.suggested_pack_name(NAME, language="fr", day=date(2026, 3, 4))
        == f"Passation - {NAME} - 2026-03-04.zip"
    )
    assert (
        handover.suggested_pack_name("", language="en", day=date(2026, 3, 4))
        == "Hand-over - venue - 2026-03-04.zip"
    )


# --- writing safely ------------------------------------------------------------------------


@posix_only
def test_the_pack_is_readable_by_the_user_only(venue, out_dir, clock):
    out = out_dir / "pack.zip"
    out.write_bytes(b"old pack")
    out.chmod(0o644)
    previous = os.umask(0)
    try:
        handover.build_pack(venue, out=out, strategy_pdf=PDF, language="fr", now=clock)
    finally:
        os.umask(previous)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with zipfile.ZipFile(out) as pack:
        assert all((i.external_attr >> 16) & 0o077 == 0 for i in pack.infolist())


def test_an_existing_pack_is_replaced(venue, out_dir, clock):
    out = out_dir / "pack.zip"
    out.write_bytes(b"old pack")
    _build(venue, out_dir, clock)
    assert zipfile.is_zipfile(out)
    assert sorted(p.name for p in out_dir.iterdir()) == ["pack.zip"]


def _no_space(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.fixture
def system_temp(tmp_path, monkeypatch):
    folder = tmp_path / "system-temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_the_private_copy_does_not_linger_in_the_temporary_folder(
    venue, out_dir, clock, system_temp
):
    _build(venue, out_dir, clock)
    assert list(system_temp.iterdir()) == []


def test_a_full_disk_leaves_no_pack_and_no_temporary_file(
    venue, out_dir, clock, monkeypatch, system_temp
):
    monkeypatch.setattr(zipfile.ZipFile, "write", _no_space)
    with pytest.raises(OSError, match="No space"):
        _build(venue, out_dir, clock)
    assert list(out_dir.iterdir()) == []
    assert list(system_temp.iterdir()) == []


def test_a_failure_leaves_the_previous_pack_untouched(venue, out_dir, clock, monkeypatch):
    out = out_dir / "pack.zip"
    out.write_bytes(b"old pack")
    monkeypatch.setattr(zipfile.ZipFile, "write", _no_space)
    with pytest.raises(OSError):
        _build(venue, out_dir, clock)
    assert out.read_bytes() == b"old pack"
    assert [p.name for p in out_dir.iterdir()] == ["pack.zip"]


def test_a_database_error_leaves_no_temporary_file(venue, out_dir, clock, monkeypatch):
    def broken(conn, target):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(backups, "copy_database", broken)
    with pytest.raises(sqlite3.Error):
        _build(venue, out_dir, clock)
    assert list(out_dir.iterdir()) == []


def test_a_missing_folder_raises_and_writes_nothing(venue, tmp_path, clock):
    out = tmp_path / "missing" / "pack.zip"
    with pytest.raises(OSError):
        handover.build_pack(venue, out=out, strategy_pdf=PDF, language="en", now=clock)
    assert not out.parent.exists()


def test_a_folder_in_the_way_raises_and_leaves_no_temporary_file(venue, out_dir, clock):
    (out_dir / "pack.zip").mkdir()
    with pytest.raises(OSError):
        _build(venue, out_dir, clock)
    assert [p.name for p in out_dir.iterdir()] == ["pack.zip"]
    assert (out_dir / "pack.zip").is_dir()
