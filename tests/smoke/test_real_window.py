"""Smoke tests: the real program in a real X window (Xvfb), as a user would start it."""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.smoke
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


@pytest.fixture(scope="module")
def x_display() -> str:
    """The Xvfb display started by pytest-xvfb; CI must have one."""
    display = os.environ.get("DISPLAY", "")
    if not display or not shutil.which("Xvfb"):
        if os.environ.get("CI") == "true":
            pytest.fail("Xvfb is missing on CI: the smoke tests need it")
        pytest.skip("no X display (install xvfb)")
    return display


def _run(*args: str, display: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display, "LANG": "C.UTF-8"}
    return subprocess.run(
        [sys.executable, "-m", "cmt_desktop", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.mark.parametrize("language", ["fr", "en"])
def test_window_opens_paints_and_quits_cleanly(x_display, tmp_path, language):
    data = tmp_path / "venue"
    assert (
        _run("--data-dir", str(data), "demo", "--posts", "300", display=x_display).returncode == 0
    )
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / f"smoke-main-window-{language}.png"
    done = _run(
        "--data-dir",
        str(data),
        "--lang",
        language,
        "--self-test",
        "--screenshot",
        str(shot),
        display=x_display,
    )
    assert done.returncode == 0, done.stderr
    assert "self-test: main window painted" in done.stdout
    assert done.stderr.strip() == "", f"Qt printed warnings:\n{done.stderr}"
    assert shot.stat().st_size > 10_000


def test_quit_after_ms_exits_cleanly_on_an_empty_folder(x_display, tmp_path):
    done = _run("--data-dir", str(tmp_path / "new"), "--quit-after-ms", "300", display=x_display)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == ""
    assert (tmp_path / "new" / "venue.cmt.sqlite").exists()


def test_damaged_file_fails_self_test_with_a_message(x_display, tmp_path):
    data = tmp_path / "broken"
    data.mkdir()
    (data / "venue.cmt.sqlite").write_bytes(b"\x13garbage" * 1000)
    done = _run("--data-dir", str(data), "--self-test", display=x_display)
    assert done.returncode == 1
    assert "damaged" in done.stderr and "Traceback" not in done.stderr


def test_full_app_with_reminders_runs_and_quits_cleanly(x_display, tmp_path):
    """Not the self-test: the tray (absent under Xvfb), reminders and today panel all run."""
    data = tmp_path / "venue"
    assert (
        _run("--data-dir", str(data), "demo", "--posts", "200", display=x_display).returncode == 0
    )
    done = _run(
        "--data-dir", str(data), "--lang", "fr", "--quit-after-ms", "1500", display=x_display
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == "", f"Qt printed warnings:\n{done.stderr}"


def test_a_second_launch_brings_the_first_window_forward_and_exits(x_display, tmp_path):
    data = tmp_path / "venue"
    assert _run("--data-dir", str(data), "demo", "--posts", "20", display=x_display).returncode == 0
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": x_display, "LANG": "C.UTF-8"}
    first = subprocess.Popen(
        [sys.executable, "-m", "cmt_desktop", "--data-dir", str(data), "--quit-after-ms", "15000"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        lock = data / "venue.cmt.sqlite.lock"
        for _ in range(200):  # the first one has the file once its lock exists
            if lock.exists() or first.poll() is not None:
                break
            time.sleep(0.05)
        assert first.poll() is None, first.communicate()
        second = _run("--data-dir", str(data), display=x_display, timeout=30)
        assert second.returncode == 0, second.stderr
        assert "already open" in second.stdout
        assert first.poll() is None  # the first one is still there, with its window
    finally:
        first.terminate()
        first.communicate(timeout=30)
