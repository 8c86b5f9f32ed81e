"""Offline: the app's flows never open a network connection nor look a host name up.

Python's audit hooks see every socket connection, name lookup and URL request made from
Python; the hook is installed once per process and records only while a test holds the
``network_events`` fixture. ``socket.socket.connect`` is also replaced by one that refuses,
so an attempt fails loudly even where the caller would swallow the error. Unix-domain
sockets (a local bus, not the network) are allowed.
"""

import csv
import json
import socket
import urllib.request
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from cmt_desktop import demo, exports, programme, safety, services, strategies
from cmt_desktop.cli import main
from cmt_desktop.csv_export import export_csv
from cmt_desktop.resources import network_catalogue

PARIS = ZoneInfo("Europe/Paris")
GOOGLE_ICS = Path(__file__).parent / "fixtures" / "import" / "google.ics"

def _to_the_network(events: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    return [entry for entry in events if entry[1] != "AF_UNIX"]


def test_the_recorder_sees_each_kind_of_attempt(network_events):
    # Nothing here leaves the machine: a loopback lookup and refused connections.
    socket.getaddrinfo("127.0.0.1", 9)
    socket.gethostbyname("127.0.0.1")
    with pytest.raises(OSError, match="no network"):
        urllib.request.urlopen("http://127.0.0.1:9/", timeout=0.1)
    with pytest.raises(OSError, match="no network"):
        socket.create_connection(("127.0.0.1", 9), timeout=0.1)
    import http.client

    with pytest.raises(OSError, match="no network"):
        http.client.HTTPConnection("127.0.0.1", 9, timeout=0.1).connect()

    seen = {event for event, _, _ in network_events}
    assert {
        "socket.getaddrinfo",
        "socket.gethostbyname",
        "urllib.Request",
        "http.client.connect",
        "socket.socket.connect",
    } <= seen
    assert _to_the_network(network_events) == network_events


def test_the_use_cases_work_offline(network_events, tmp_path, clock):
    path = tmp_path / "venue.cmt.sqlite"
    venue = services.open_venue(path, network_catalogue(), now=clock)
    try:
        today = clock.astimezone(PARIS).date()
        posts = demo.demo_posts(count=30, seed=3, today=today, tz=venue.tz)
        services.fill_demo_venue(venue, posts=posts, now=clock)
        draft = demo.demo_strategy(today=today)
        result = strategies.accept_strategy(venue, draft=draft, start=today, now=clock)
        assert result.created > 0
        first = services.posts_between(venue, first_day=today, last_day=None)[0]
        services.reschedule_post(
            venue, post_id=first.id, day=today + timedelta(days=1), hour=11, now=clock
        )
        outcome = programme.import_programme(venue, data=GOOGLE_ICS.read_bytes(), now=clock)
        assert outcome.problem is None and outcome.counts.added > 0
        exports.export_ics(
            venue,
            out_path=tmp_path / "plan.ics",
            first_day=None,
            last_day=None,
            networks=None,
            now=clock,
            language="fr",
            include_moderation=True,
        )
        assert export_csv(venue, path=tmp_path / "plan.csv", first_day=None, last_day=None) > 0
        backup = safety.backup_now(venue, now=clock)
        assert safety.restore(venue, backup, now=clock + timedelta(minutes=1)) is None
    finally:
        venue.close()
    look = services.open_venue(path, network_catalogue(), now=clock, read_only=True)
    look.close()

    assert _to_the_network(network_events) == []


def test_the_command_line_works_offline(network_events, data_dir, tmp_path, capsys):
    def run(*argv: str) -> str:
        capsys.readouterr()
        assert main(["--data-dir", str(data_dir), *argv]) == 0, argv
        return capsys.readouterr().out

    run("demo", "--posts", "50", "--today", "2026-03-04")
    assert len(json.loads(run("posts", "--json"))) >= 50
    run("plan", "--weeks", "4")
    assert json.loads(run("strategy", "--json"))
    run("export-ics", str(tmp_path / "plan.ics"))
    assert (tmp_path / "plan.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    run("export-csv", str(tmp_path / "plan.csv"))
    with open(tmp_path / "plan.csv", encoding="utf-8-sig", newline="") as sheet:
        assert len(list(csv.reader(sheet))) > 1
    # The command line imports around the real today: the fixture's events may be out of range.
    assert set(json.loads(run("import-ics", str(GOOGLE_ICS), "--json"))) >= {"added"}
    assert isinstance(json.loads(run("events", "--json")), list)
    run("backup")
    assert list((data_dir / "backups").glob("*.cmt.sqlite"))
    run("strategy-doc", str(tmp_path / "strategie.pdf"))
    assert (tmp_path / "strategie.pdf").read_bytes().startswith(b"%PDF")

    assert _to_the_network(network_events) == []
