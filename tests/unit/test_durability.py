"""A change the app reported committed survives the process being killed (SIGKILL).

``durability_writer.py`` writes to a venue file through ``services`` and reports each change
once the call has returned; the test kills it at a random moment, then checks the file
holds exactly the reported changes (give or take the one change in progress), and is sound.
The same file goes through many kills, so later rounds start from a file recovered after one.
"""

import importlib.util
import json
import os
import queue
import random
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from cmt_desktop import services
from cmt_desktop.resources import network_catalogue

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="kills the writer with SIGKILL (POSIX only)"
)

WRITER = Path(__file__).with_name("durability_writer.py")
ROUNDS = 15
SEED = 20260304
START_TIMEOUT = 30.0  # seconds for the writer to open the file; far more than it needs


def _load_writer():
    spec = importlib.util.spec_from_file_location("durability_writer", WRITER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


writer = _load_writer()


def _run_and_kill(path: Path, seed: int, delay: float, stderr_path: Path) -> list[dict]:
    """Start the writer, kill it ``delay`` seconds after its first line; its complete lines."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONUNBUFFERED": "1"}
    with stderr_path.open("wb") as stderr:
        proc = subprocess.Popen(
            [sys.executable, str(WRITER), str(path), str(seed)],
            stdout=subprocess.PIPE,
            stderr=stderr,
            env=env,
        )
    lines: queue.Queue[bytes | None] = queue.Queue()

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line)
        lines.put(None)

    reader = threading.Thread(target=pump, daemon=True)
    reader.start()
    try:
        first = lines.get(timeout=START_TIMEOUT)
        if first is not None:
            time.sleep(delay)
    finally:
        proc.kill()
        proc.wait(timeout=10)
    reader.join(timeout=10)
    assert proc.stdout is not None
    proc.stdout.close()
    received = [first] if first is not None else []
    while (line := lines.get(timeout=10)) is not None:
        received.append(line)
    assert proc.returncode == -9, (
        f"the writer stopped by itself ({proc.returncode}) instead of being killed:\n"
        + stderr_path.read_text("utf-8", "replace")
    )
    # A line cut short by the kill was never fully reported.
    return [json.loads(line) for line in received if line.endswith(b"\n")]


def _posts_in(path: Path) -> dict[str, str]:
    """uid -> title of a copy of the file (and its -wal), read with plain sqlite3."""
    check = path.with_name("check.sqlite")
    for suffix in ("", "-wal"):
        Path(f"{check}{suffix}").unlink(missing_ok=True)
        source = Path(f"{path}{suffix}")
        if source.exists():
            shutil.copyfile(source, f"{check}{suffix}")
    conn = sqlite3.connect(check)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return dict(conn.execute("SELECT uid, title FROM posts"))
    finally:
        conn.close()


def _applied(committed: dict[str, str], change: dict) -> dict[str, str]:
    after = dict(committed)
    if change["op"] == "delete":
        del after[change["uid"]]
    else:
        after[change["uid"]] = change["title"]
    return after


def _replay(committed: dict[str, str], reports: list[dict]) -> tuple[dict[str, str], dict | None]:
    """The posts after the changes reported done, and the change in progress (if any)."""
    pending = None
    for report in reports:
        if report["op"] == "done":
            assert pending is not None, "done without a change"
            committed, pending = _applied(committed, pending), None
        else:
            assert pending is None, f"{report} started before {pending} was done"
            pending = report
    return committed, pending


def _compare(found: dict[str, str], committed: dict[str, str]) -> list[str]:
    problems = [f"reported committed but missing: {u}" for u in committed if u not in found]
    problems += [f"reported deleted but present: {u}" for u in found if u not in committed]
    problems += [
        f"wrong title for {u}: {found[u]!r}, reported {title!r}"
        for u, title in committed.items()
        if u in found and found[u] != title
    ]
    return problems


def test_committed_changes_survive_sigkill(tmp_path: Path) -> None:
    path = tmp_path / "venue.cmt.sqlite"
    rng = random.Random(SEED)
    committed: dict[str, str] = {}  # uid -> title: what the file must hold
    changes = 0
    for round_ in range(ROUNDS):
        delay = rng.uniform(0.05, 0.4)
        reports = _run_and_kill(path, SEED + round_, delay, tmp_path / f"stderr-{round_}.txt")
        assert reports and reports[0]["op"] == "ready", f"round {round_}: {reports[:1]}"
        ready = reports[0]
        # The writer, opening the file left by the previous kill, found what the check found.
        assert (ready["count"], ready["digest"]) == (len(committed), writer.digest(committed))
        committed, pending = _replay(committed, reports[1:])
        changes += sum(report["op"] == "done" for report in reports)

        found = _posts_in(path)
        if pending is not None and not _compare(found, _applied(committed, pending)):
            committed = _applied(committed, pending)  # the kill came after the commit
        problems = _compare(found, committed)
        assert not problems, f"round {round_} (killed during {pending}):\n" + "\n".join(problems)

    assert changes > ROUNDS  # the writer did commit changes, not only open the file
    venue = services.open_venue(path, network_catalogue())
    try:
        stored = services.posts_between(venue, first_day=None, last_day=None)
        stored += services.undated_posts(venue)
        assert {post.uid: post.title for post in stored} == committed
        assert venue.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        venue.close()
