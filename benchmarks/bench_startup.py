"""Start-to-painted-window time and peak memory of the app versus a bare PySide6 window."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

BARE_WINDOW = Path(__file__).with_name("bare_window.py")
TIME_TARGET = 2.0
MEMORY_TARGET = 1.6


class Run(NamedTuple):
    painted: float  # seconds from spawn to the child's "... painted in ..." line
    exited: float  # seconds from spawn to exit (includes tearing the window down)
    peak_mib: float
    output: str


def run_child(command: list[str], env: dict[str, str]) -> Run:
    """Run ``command`` to its end, timing its "painted" line and its exit."""
    started = time.perf_counter()
    child = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    painted, lines = None, []
    for line in child.stdout:
        if painted is None and "painted in" in line:
            painted = time.perf_counter() - started
        lines.append(line)
    _, status, usage = os.wait4(child.pid, 0)
    exited = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    child.stdout.close()
    if child.returncode != 0 or painted is None:
        sys.exit(f"{' '.join(command)} failed (exit {child.returncode}):\n{''.join(lines)}")
    return Run(painted, exited, usage.ru_maxrss / 1024, "".join(lines))  # ru_maxrss: KiB


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--posts", type=int, default=5000, help="posts in the demo venue")
    parser.add_argument("--runs", type=int, default=7, help="measured runs of each program")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="cmt-bench-") as tmp:
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env["PYTHONUNBUFFERED"] = "1"  # the "painted" line reaches us when it is printed
        env["XDG_CONFIG_HOME"] = str(Path(tmp, "config"))  # no saved geometry; yours untouched
        # Bytecode cached as in an installed app, even if PYTHONDONTWRITEBYTECODE is set here.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp, "pycache"))
        data_dir = str(Path(tmp, "venue"))
        cli = [sys.executable, "-m", "cmt_desktop", "--data-dir", data_dir]
        demo = [*cli, "demo", "--posts", str(args.posts), "--seed", "1"]
        subprocess.run(demo, env=env, check=True, stdout=subprocess.DEVNULL)
        app = [*cli, "--self-test"]
        bare = [sys.executable, str(BARE_WINDOW)]

        runs: dict[str, list[Run]] = {"app": [], "bare": []}
        for number in range(args.runs + 1):  # run 0 warms the disk cache and writes bytecode
            for name, command in (("app", app), ("bare", bare)):
                run = run_child(command, env)
                if number:
                    runs[name].append(run)

    def median(name: str, field: str) -> float:
        return statistics.median(getattr(run, field) for run in runs[name])

    def line(label: str, field: str, target: str) -> str:
        app_s, bare_s = median("app", field), median("bare", field)
        return (
            f"{label}, {args.posts} posts: app {app_s:.2f} s, bare window {bare_s:.2f} s, "
            f"ratio {app_s / bare_s:.2f} {target}"
        )

    app_mib, bare_mib = median("app", "peak_mib"), median("bare", "peak_mib")
    last_report = [t for t in runs["app"][-1].output.splitlines() if t.startswith("self-test:")]
    print(
        f"platform {env['QT_QPA_PLATFORM']}, median of {args.runs} alternated runs each; "
        f"app's last {last_report[0] if last_report else 'self-test: (no line)'}"
    )
    print(line("start to painted window", "painted", f"(target <= {TIME_TARGET})"))
    print(line("start to exit (with teardown)", "exited", "(context)"))
    print(
        f"peak memory: app {app_mib:.0f} MiB, bare window {bare_mib:.0f} MiB, "
        f"ratio {app_mib / bare_mib:.2f} (target <= {MEMORY_TARGET})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
