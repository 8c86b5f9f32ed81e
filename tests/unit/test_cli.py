"""The command line: demo, posts, export-ics, and one-line errors with a non-zero exit."""

import json
import subprocess
import sys
from datetime import datetime

import pytest

from cmt_desktop.cli import main


@pytest.fixture
def demo_dir(data_dir):
    assert (
        main(
            [
                "--data-dir",
                str(data_dir),
                "demo",
                "--posts",
                "120",
                "--seed",
                "7",
                "--today",
                "2026-03-04",
            ]
        )
        == 0
    )
    return data_dir


def _posts_json(folder, capsys, *extra):
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "posts", "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_version_runs_as_a_module():
    done = subprocess.run(
        [sys.executable, "-m", "cmt_desktop", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.startswith("CMt Desktop ")


def test_demo_is_deterministic_for_a_seed(tmp_path, capsys):
    listings = []
    for name in ("a", "b"):
        folder = tmp_path / name
        assert (
            main(
                [
                    "--data-dir",
                    str(folder),
                    "demo",
                    "--posts",
                    "60",
                    "--seed",
                    "3",
                    "--today",
                    "2026-03-04",
                ]
            )
            == 0
        )
        listings.append(_posts_json(folder, capsys))
    assert listings[0] == listings[1]
    assert len(listings[0]) == 60


def test_demo_has_all_statuses_accents_and_emoji(demo_dir, capsys):
    posts = _posts_json(demo_dir, capsys)
    assert {p["status"] for p in posts} == {"idea", "draft", "ready", "published", "skipped"}
    assert any(p["start"] is None for p in posts)
    titles = " ".join(p["title"] for p in posts)
    assert "é" in titles or "è" in titles
    assert len({p["network"] for p in posts}) >= 4


def test_demo_refuses_a_folder_with_posts(demo_dir, capsys):
    assert main(["--data-dir", str(demo_dir), "demo"]) == 1
    assert "already holds posts" in capsys.readouterr().err


def test_posts_json_fields_and_offsets(demo_dir, capsys):
    posts = _posts_json(demo_dir, capsys, "--from", "2026-03-01", "--to", "2026-04-30")
    assert posts
    for post in posts:
        assert {"uid", "title", "network", "status", "start"} <= post.keys()
        start = datetime.fromisoformat(post["start"])
        assert start.utcoffset() is not None
        assert "2026-03-01" <= post["start"][:10] <= "2026-04-30"


def test_posts_network_filter_accepts_name_or_key(demo_dir, capsys):
    by_name = _posts_json(demo_dir, capsys, "--network", "Instagram")
    by_key = _posts_json(demo_dir, capsys, "--network", "instagram")
    assert by_name == by_key
    assert {p["network"] for p in by_name} == {"Instagram"}


def test_unknown_network_is_one_line_error(demo_dir, capsys):
    assert main(["--data-dir", str(demo_dir), "posts", "--network", "Myspace"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unknown network 'Myspace'" in err


def test_bad_date_is_a_usage_error(demo_dir, capsys):
    with pytest.raises(SystemExit) as caught:
        main(["--data-dir", str(demo_dir), "posts", "--from", "2026-02-30"])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a date" in err


def test_reversed_period_is_refused(demo_dir, capsys):
    assert (
        main(["--data-dir", str(demo_dir), "posts", "--from", "2026-05-01", "--to", "2026-04-01"])
        == 1
    )
    assert "is after" in capsys.readouterr().err


def test_export_prints_event_count(demo_dir, tmp_path, capsys):
    out = tmp_path / "plan.ics"
    capsys.readouterr()
    assert (
        main(
            [
                "--data-dir",
                str(demo_dir),
                "export-ics",
                str(out),
                "--from",
                "2026-03-01",
                "--to",
                "2026-03-31",
                "--network",
                "Facebook",
            ]
        )
        == 0
    )
    count = int(capsys.readouterr().out.strip())
    expected = _posts_json(
        demo_dir, capsys, "--from", "2026-03-01", "--to", "2026-03-31", "--network", "facebook"
    )
    assert count == len(expected) > 0
    data = out.read_bytes()
    assert data.count(b"BEGIN:VEVENT") == count
    assert not data.startswith(b"\xef\xbb\xbf")


def test_export_to_missing_folder_fails_cleanly(demo_dir, tmp_path, capsys):
    assert main(["--data-dir", str(demo_dir), "export-ics", str(tmp_path / "no" / "x.ics")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "does not exist" in err


def test_export_to_unwritable_folder_fails_cleanly(demo_dir, tmp_path, capsys):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        code = main(["--data-dir", str(demo_dir), "export-ics", str(locked / "x.ics")])
    finally:
        locked.chmod(0o700)
    if code == 0:
        pytest.skip("running as a user who may write anywhere (root)")
    assert code == 1
    assert "cannot write" in capsys.readouterr().err


def test_damaged_venue_file_is_one_line_error(data_dir, capsys):
    (data_dir / "venue.cmt.sqlite").write_bytes(b"\x00garbage" * 500)
    assert main(["--data-dir", str(data_dir), "posts"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "damaged" in err and "venue.cmt.sqlite" in err


def test_env_var_chooses_the_data_folder(data_dir, capsys, monkeypatch):
    monkeypatch.setenv("CMT_DATA_DIR", str(data_dir))
    assert main(["demo", "--posts", "5", "--today", "2026-03-04"]) == 0
    assert (data_dir / "venue.cmt.sqlite").exists()


def test_damage_past_the_header_is_reported_not_a_traceback(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "demo", "--posts", "400"]) == 0
    path = data_dir / "venue.cmt.sqlite"
    data = bytearray(path.read_bytes())
    page = 4096
    data[3 * page : 6 * page] = b"\xff" * (3 * page)  # table pages, not the header
    path.write_bytes(bytes(data))
    capsys.readouterr()
    code = main(["--data-dir", str(data_dir), "posts"])
    err = capsys.readouterr().err
    assert code == 1
    assert "damaged" in err and "Traceback" not in err and err.count("\n") == 1


def test_dates_and_sizes_out_of_range_are_refused(data_dir, capsys):
    for args in (["posts", "--to", "9999-12-31"], ["demo", "--today", "0001-01-01"]):
        with pytest.raises(SystemExit) as caught:
            main(["--data-dir", str(data_dir), *args])
        assert caught.value.code == 2
    assert main(["--data-dir", str(data_dir), "demo", "--posts", "10000000"]) == 1
    assert "between 0 and" in capsys.readouterr().err
