"""One app per venue file: a second launch hands over to the first; a crash's lock is recovered."""

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from cmt_desktop.gui.single_instance import Claim, SingleInstance

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")

# A first instance in another process: holds the file, says when it was asked to show itself.
HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication, QTimer
    from cmt_desktop.gui.single_instance import SingleInstance

    app = QCoreApplication([])
    instance = SingleInstance(Path(sys.argv[1]))
    print(instance.claim().value, flush=True)
    instance.activation_requested.connect(lambda: (print("activated", flush=True), app.quit()))
    QTimer.singleShot(20000, app.quit)
    app.exec()
    """
)


def _holder(venue_file):
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(venue_file)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ours"
    return process


def test_a_second_launch_asks_the_first_to_show_itself(qapp, tmp_path):
    venue_file = tmp_path / "venue.cmt.sqlite"
    first = _holder(venue_file)
    try:
        second = SingleInstance(venue_file)
        assert second.claim() is Claim.HANDED_OVER
        out, _ = first.communicate(timeout=10)
        assert out.strip() == "activated"
    finally:
        first.kill()
        first.communicate()


def test_the_lock_of_a_crashed_instance_is_recovered(qapp, tmp_path):
    venue_file = tmp_path / "venue.cmt.sqlite"
    first = _holder(venue_file)
    os.kill(first.pid, signal.SIGKILL)
    first.communicate()
    assert (tmp_path / "venue.cmt.sqlite.lock").exists()  # left behind by the crash
    instance = SingleInstance(venue_file)
    try:
        assert instance.claim() is Claim.OURS
    finally:
        instance.release()
    assert not (tmp_path / "venue.cmt.sqlite.lock").exists()


def test_a_folder_that_cannot_hold_a_lock_is_left_to_the_open_to_explain(qapp, tmp_path):
    instance = SingleInstance(tmp_path / "missing" / "venue.cmt.sqlite")
    assert instance.claim() is Claim.NO_LOCK
