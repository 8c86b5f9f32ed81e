"""The command line: start the window, or script the venue file (demo, posts, export-ics)."""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn

from cmt_desktop import APP_NAME, paths
from cmt_desktop.cli_commands import (
    COMMANDS,
    FIRST_YEAR,
    LAST_YEAR,
    CliError,
    describe_open_error,
)
from cmt_desktop.cli_data import DATA_COMMANDS
from cmt_desktop.cli_data import add_parsers as add_data_parsers

EXIT_USAGE = 2
EXIT_FAILURE = 1


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see --help)\n")


class _VersionAction(argparse.Action):
    """Like argparse's "version", but reads the version only when asked (it is slow to read)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help=str(kwargs.get("help", "")))

    def __call__(self, parser, namespace, values, option_string=None) -> None:  # noqa: ANN001
        from cmt_desktop import __version__

        print(f"{APP_NAME} {__version__}")
        parser.exit(0)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used by the docs and tests)."""
    parser = _Parser(
        prog="cmt-desktop",
        description=f"{APP_NAME}: plan, keep and export the "
        "social-media calendar of a small cultural venue. Without a command, "
        "opens the window.",
    )
    parser.add_argument("--version", action=_VersionAction, help="print the version and exit")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder of the venue file (default: your local data folder, or $CMT_DATA_DIR)",
    )
    parser.add_argument("--lang", choices=("fr", "en"), help="interface language for this run")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the window, wait until it is painted, print the time, quit",
    )
    parser.add_argument("--screenshot", metavar="PNG", help="with --self-test: save the window")
    parser.add_argument(
        "--minimized", action="store_true", help="start in the tray (used when starting at login)"
    )
    parser.add_argument("--quit-after-ms", type=int, metavar="MS", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = commands.add_parser("demo", help="fill the folder with a demo médiathèque")
    demo.add_argument("--posts", type=int, default=300, help="how many posts (default 300)")
    demo.add_argument("--seed", type=int, default=1, help="same seed, same demo (default 1)")
    demo.add_argument("--today", type=_date, help="the date the demo is built around")

    strategy = commands.add_parser("strategy", help="show the venue's strategy")
    strategy.add_argument("--json", action="store_true", help="machine-readable output")
    plan = commands.add_parser("plan", help="generate or refresh the plan from the strategy")
    plan.add_argument(
        "--weeks", type=int, help="weeks to plan from today (default: the strategy's own)"
    )
    importer = commands.add_parser("import-ics", help="import the venue's programme (.ics)")
    importer.add_argument("file", metavar="FILE.ics", type=Path)
    importer.add_argument("--json", action="store_true", help="machine-readable output")
    listing = commands.add_parser("events", help="list the venue's events")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.add_argument("--from", dest="first_day", type=_date, metavar="YYYY-MM-DD")
    listing.add_argument("--to", dest="last_day", type=_date, metavar="YYYY-MM-DD")
    add_data_parsers(commands, _date)
    document = commands.add_parser("strategy-doc", help="write the strategy for the director")
    document.add_argument("out", metavar="OUT.pdf|OUT.odt", type=Path)

    for name, help_text in (
        ("posts", "list the planned posts"),
        ("export-ics", "write the plan as an .ics calendar file"),
    ):
        sub = commands.add_parser(name, help=help_text)
        if name == "export-ics":
            sub.add_argument("out", metavar="OUT.ics", type=Path)
        else:
            sub.add_argument("--json", action="store_true", help="machine-readable output")
        sub.add_argument("--from", dest="first_day", type=_date, metavar="YYYY-MM-DD")
        sub.add_argument("--to", dest="last_day", type=_date, metavar="YYYY-MM-DD")
        sub.add_argument("--network", metavar="NAME", help="only this network (e.g. Instagram)")
    return parser


def _date(text: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (expected YYYY-MM-DD)") from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            f"{text!r} is out of range (years {FIRST_YEAR} to {LAST_YEAR})"
        )
    return day


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    args = build_parser().parse_args(argv)
    if args.command is None:
        from cmt_desktop.gui.app import run_gui  # Qt is imported only for the window

        return run_gui(args)
    try:
        return {**COMMANDS, **DATA_COMMANDS}[args.command](args)
    except CliError as exc:
        print(f"cmt-desktop: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:  # output piped into `head`: not an error worth a traceback
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - Python's documented recipe
        return EXIT_FAILURE
    except sqlite3.DatabaseError as exc:  # damage found past the file's header
        from cmt_desktop.storage.db import DatabaseOpenError, OpenFailure

        path = paths.venue_file(paths.data_dir(args.data_dir))
        error = DatabaseOpenError(OpenFailure.DAMAGED, path, str(exc))
        print(f"cmt-desktop: {describe_open_error(error)} ({exc})", file=sys.stderr)
        return EXIT_FAILURE
