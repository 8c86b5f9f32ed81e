"""Build the one-folder desktop bundle dist/cmt-desktop/ with PyInstaller, then print its size.

Usage: ``python packaging/build_bundle.py`` after ``pip install -e '.[bundle]'`` (this script
installs nothing). Runs ``pyinstaller --noconfirm --clean packaging/cmt-desktop.spec`` with its
work files in build/pyinstaller/, and prints the build time and the size on disk.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from importlib.util import find_spec
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "cmt-desktop.spec"
MB = 1_000_000


def size_on_disk(folder: Path) -> int:
    """Bytes the folder takes on disk (allocated blocks, as ``du``; links are not followed)."""
    total = 0
    for directory, _, files in os.walk(folder):
        for name in files:
            stat = os.lstat(os.path.join(directory, name))
            total += getattr(stat, "st_blocks", 0) * 512 or stat.st_size  # Windows: no blocks
    return total


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; returns the bundle's folder."""
    if find_spec("PyInstaller") is None:
        sys.exit("PyInstaller is not installed: pip install -e '.[bundle]'")
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
        check=False,
    )
    if done.returncode:
        sys.exit(f"PyInstaller failed (exit code {done.returncode}): see its messages above")
    return dist / "cmt-desktop"


def main(argv: list[str] | None = None) -> int:
    """Build, then print the build time and the bundle's size on disk."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="default: dist/")
    parser.add_argument(
        "--work",
        type=Path,
        default=ROOT / "build" / "pyinstaller",
        help="default: build/pyinstaller/",
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    bundle = build(args.dist.resolve(), args.work.resolve())
    seconds = time.monotonic() - started
    print(f"bundle: {bundle}")
    print(f"build time: {seconds:.0f} s")
    print(f"bundle size: {size_on_disk(bundle) / MB:.1f} MB on disk")
    return 0


if __name__ == "__main__":
    sys.exit(main())
