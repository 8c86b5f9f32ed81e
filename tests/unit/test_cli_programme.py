"""The command line for the venue's programme: import-ics and events."""

import json
from datetime import date, timedelta

from cmt_desktop.cli import main


def _agenda(days_ahead: int, *, title: str = "Atelier numérique", uid: str = "w1@site") -> bytes:
    day = date.today() + timedelta(days=days_ahead)
    stamp = day.strftime("%Y%m%d")
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Site de la ville//FR\r\n"
        "BEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:{title}\r\n"
        f"DTSTART;TZID=Europe/Paris:{stamp}T100000\r\n"
        f"DTEND;TZID=Europe/Paris:{stamp}T120000\r\nLOCATION:Salle Loire\\, 1er étage\r\n"
        "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\n"
        f"UID:expo@site\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:Exposition Loire\r\n"
        f"DTSTART;VALUE=DATE:{stamp}\r\nDTEND;VALUE=DATE:{(day + timedelta(days=30)):%Y%m%d}\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


def _run_json(capsys, *args):
    capsys.readouterr()
    assert main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


def test_import_then_reimport_updates_instead_of_duplicating(data_dir, tmp_path, capsys):
    agenda = tmp_path / "agenda.ics"
    agenda.write_bytes(_agenda(10))
    folder = ["--data-dir", str(data_dir)]
    first = _run_json(capsys, *folder, "import-ics", "--json", str(agenda))
    assert first == {"added": 2, "updated": 0, "removed": 0, "unchanged": 0}
    assert _run_json(capsys, *folder, "import-ics", "--json", str(agenda)) == {
        "added": 0,
        "updated": 0,
        "removed": 0,
        "unchanged": 2,
    }
    agenda.write_bytes(_agenda(11, title="Atelier numérique (déplacé)"))
    moved = _run_json(capsys, *folder, "import-ics", "--json", str(agenda))
    assert (moved["added"], moved["updated"]) == (0, 2)
    events = _run_json(capsys, *folder, "events", "--json")
    assert {e["title"] for e in events} == {"Atelier numérique (déplacé)", "Exposition Loire"}
    timed = next(e for e in events if not e["all_day"])
    assert timed["start"].endswith(("+01:00", "+02:00")) and "T10:00" in timed["start"]
    expo = next(e for e in events if e["all_day"])
    assert len(expo["start"]) == 10 and expo["status"] == "confirmed"


def test_bad_file_is_one_line_and_changes_nothing(data_dir, tmp_path, capsys):
    agenda = tmp_path / "agenda.ics"
    agenda.write_bytes(_agenda(10))
    assert main(["--data-dir", str(data_dir), "import-ics", str(agenda)]) == 0
    broken = tmp_path / "broken.ics"
    broken.write_bytes(_agenda(12)[:-40])  # cut short
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "import-ics", str(broken)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nothing imported" in err and "cut short" in err
    events = _run_json(capsys, "--data-dir", str(data_dir), "events", "--json")
    assert len(events) == 2  # as before the broken import


def test_missing_file_is_reported(data_dir, tmp_path, capsys):
    assert main(["--data-dir", str(data_dir), "import-ics", str(tmp_path / "none.ics")]) == 1
    assert "cannot read" in capsys.readouterr().err
