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

BARE_WINDOW = Path(__file__).with_name("bare_window.py")
TIME_TARGET = 2.0
MEMORY_TARGET = 1.6


def run_child(command: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Run ``command`` to its end: (seconds from spawn to exit, peak RSS in MiB, its output)."""
    with tempfile.TemporaryFile("w+") as output:
        started = time.perf_counter()
        child = subprocess.Popen(command, env=env, stdout=output, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        output.seek(0)
        text = output.read()
    if child.returncode != 0:
        sys.exit(f"{' '.join(command)} failed (exit {child.returncode}):\n{text}")
    return elapsed, usage.ru_maxrss / 1024, text  # ru_maxrss is in KiB on Linux


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--posts", type=int, default=5000, help="posts in the demo venue")
    parser.add_argument("--runs", type=int, default=7, help="measured runs of each program")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="cmt-bench-") as tmp:
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env["XDG_CONFIG_HOME"] = str(Path(tmp, "config"))  # no saved geometry; yours untouched
        # Bytecode cached as in an installed app, even if PYTHONDONTWRITEBYTECODE is set here.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp, "pycache"))
        data_dir = str(Path(tmp, "venue"))
        subprocess.run([sys.executable, "-m", "cmt_desktop", "--data-dir", data_dir, "demo",
                        "--posts", str(args.posts), "--seed", "1"],
                       env=env, check=True, stdout=subprocess.DEVNULL)
        app = [sys.executable, "-m", "cmt_desktop", "--data-dir", data_dir, "--self-test"]
        bare = [sys.executable, str(BARE_WINDOW)]

        results: dict[str, list[tuple[float, float, str]]] = {"app": [], "bare": []}
        for run in range(args.runs + 1):  # run 0 warms the disk cache and .pyc files
            for name, command in (("app", app), ("bare", bare)):
                result = run_child(command, env)
                if run:
                    results[name].append(result)

    seconds = {name: statistics.median(r[0] for r in runs) for name, runs in results.items()}
    mib = {name: statistics.median(r[1] for r in runs) for name, runs in results.items()}
    self_test = [line for r in results["app"] for line in r[2].splitlines()
                 if line.startswith("self-test:")]
    print(f"platform: {env['QT_QPA_PLATFORM']}, {args.runs} runs each, medians")
    print(f"app's own report (last run): {self_test[-1] if self_test else '(none)'}")
    print(f"start to painted window, {args.posts} posts: app {seconds['app']:.2f} s, "
          f"bare window {seconds['bare']:.2f} s, ratio {seconds['app'] / seconds['bare']:.2f} "
          f"(target <= {TIME_TARGET})")
    print(f"peak memory: app {mib['app']:.0f} MiB, bare window {mib['bare']:.0f} MiB, "
          f"ratio {mib['app'] / mib['bare']:.2f} (target <= {MEMORY_TARGET})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
