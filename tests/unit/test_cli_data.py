"""The data commands: backup, restore (also over a damaged file), export-csv."""

import csv
import io
import json
import sqlite3

import pytest

from cmt_desktop.cli import main


@pytest.fixture
def demo_dir(data_dir):
    argv = ["--data-dir", str(data_dir), "demo", "--posts", "40", "--today", "2026-03-04"]
    assert main(argv) == 0
    return data_dir


def _run(folder, capsys, *argv):
    capsys.readouterr()
    code = main(["--data-dir", str(folder), *argv])
    out = capsys.readouterr()
    return code, out.out.strip(), out.err.strip()


def _post_count(folder, capsys):
    code, out, _ = _run(folder, capsys, "posts", "--json")
    assert code == 0
    return len(json.loads(out))


def test_backup_then_restore_brings_the_posts_back(demo_dir, capsys):
    code, backup, _ = _run(demo_dir, capsys, "backup")
    assert code == 0 and backup.endswith("-manual.cmt.sqlite")
    assert (demo_dir / "backups").is_dir()
    conn = sqlite3.connect(demo_dir / "venue.cmt.sqlite")
    conn.execute("DELETE FROM posts")
    conn.commit()
    conn.close()
    assert _post_count(demo_dir, capsys) == 0
    code, out, _ = _run(demo_dir, capsys, "restore", backup)
    assert code == 0 and "backed up first" in out
    assert _post_count(demo_dir, capsys) == 40


def test_backup_to_a_folder_or_a_file(demo_dir, tmp_path, capsys):
    code, out, _ = _run(demo_dir, capsys, "backup", str(tmp_path))
    assert code == 0 and out.startswith(str(tmp_path))
    code, out, _ = _run(demo_dir, capsys, "backup", str(tmp_path / "copie.cmt.sqlite"))
    assert code == 0 and (tmp_path / "copie.cmt.sqlite").is_file()
    code, _, err = _run(demo_dir, capsys, "backup", str(tmp_path / "nope" / "x.sqlite"))
    assert code == 1 and "does not exist" in err


def test_restore_over_a_damaged_file_keeps_the_damaged_one(demo_dir, capsys):
    _, backup, _ = _run(demo_dir, capsys, "backup")
    venue_file = demo_dir / "venue.cmt.sqlite"
    venue_file.write_bytes(b"\x00" * 8192)
    code, _, err = _run(demo_dir, capsys, "posts")
    assert code == 1 and "damaged" in err and "cmt-desktop restore" in err
    code, out, _ = _run(demo_dir, capsys, "restore", backup)
    assert code == 0 and "damaged file was kept" in out
    [kept] = demo_dir.glob("venue.cmt.sqlite.unusable-*")
    assert kept.read_bytes() == b"\x00" * 8192
    assert _post_count(demo_dir, capsys) == 40


def test_restore_refuses_a_bad_backup_and_changes_nothing(demo_dir, tmp_path, capsys):
    bad = tmp_path / "bad.cmt.sqlite"
    bad.write_text("pas une base")
    code, _, err = _run(demo_dir, capsys, "restore", str(bad))
    assert code == 1 and "nothing was changed" in err
    code, _, err = _run(demo_dir, capsys, "restore", str(tmp_path / "missing.sqlite"))
    assert code == 1 and "no backup file" in err
    assert _post_count(demo_dir, capsys) == 40


def test_export_csv_for_french_excel(demo_dir, tmp_path, capsys):
    out_file = tmp_path / "posts.csv"
    code, out, _ = _run(
        demo_dir, capsys, "--lang", "fr", "export-csv", "--semicolon", str(out_file)
    )
    assert code == 0 and int(out) == 40
    data = out_file.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:4] == ["Date", "Heure", "Réseau", "Statut"]
    assert len(rows) == 41
    code, out, _ = _run(
        demo_dir, capsys, "export-csv", "--from", "2026-03-01", "--to", "2026-03-31", str(out_file)
    )
    assert code == 0 and 0 < int(out) < 40
