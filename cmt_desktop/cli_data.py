"""Commands that keep or move the venue's data: backup, restore, export-csv."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path

from cmt_desktop import paths
from cmt_desktop.cli_commands import CliError, _open, _period, describe_open_error


def _writable_target(out: Path) -> Path:
    out = out.expanduser().absolute()
    if not out.parent.is_dir():
        raise CliError(f"cannot write {out}: the folder {out.parent} does not exist")
    return out


def _cmd_backup(args: argparse.Namespace) -> int:
    from cmt_desktop import safety

    out = None
    if args.out is not None:
        out = args.out.expanduser().absolute()
        if out.is_dir():
            out = out / f"venue-{datetime.now(UTC):%Y%m%dT%H%M%SZ}-manual.cmt.sqlite"
        out = _writable_target(out)
    venue = _open(args)
    try:
        written = safety.backup_now(venue, now=datetime.now(UTC), out=out)
    except OSError as exc:
        raise CliError(f"cannot write the backup: {exc.strerror or exc}") from None
    finally:
        venue.close()
    print(written)
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    from cmt_desktop import safety
    from cmt_desktop.resources import network_catalogue
    from cmt_desktop.services import open_venue
    from cmt_desktop.storage.db import DatabaseOpenError, OpenFailure

    backup = args.backup.expanduser().absolute()
    if not backup.is_file():
        raise CliError(f"no backup file at {backup}")
    path = paths.venue_file(paths.data_dir(args.data_dir))
    now = datetime.now(UTC)
    try:
        venue = open_venue(path, network_catalogue(), now=now)
    except DatabaseOpenError as exc:
        if exc.reason is not OpenFailure.DAMAGED:
            raise CliError(describe_open_error(exc)) from None
        venue = None
    if venue is None:  # the current file is damaged: it is moved aside, never overwritten
        if safety.replace_with_backup(path, backup, now=now) is not None:
            raise CliError(f"{backup} is damaged or not a venue file; nothing was changed")
        print(f"restored {backup.name}; the damaged file was kept beside it")
        return 0
    try:
        problem = safety.restore(venue, backup, now=now)
    except OSError as exc:
        raise CliError(f"cannot back up the current file first: {exc.strerror or exc}") from None
    finally:
        venue.close()
    if problem is not None:
        raise CliError(f"{backup} is damaged or not a venue file; nothing was changed")
    print(f"restored {backup.name}; the previous state was backed up first")
    return 0


def _cmd_export_csv(args: argparse.Namespace) -> int:
    from cmt_desktop import services
    from cmt_desktop.csv_export import export_csv

    out = _writable_target(args.out)
    venue = _open(args)
    try:
        first, last = _period(args)
        try:
            count = export_csv(
                venue,
                path=out,
                first_day=first,
                last_day=last,
                language=args.lang or services.language(venue) or "fr",
                delimiter=";" if args.semicolon else ",",
            )
        except OSError as exc:
            raise CliError(f"cannot write {out}: {exc.strerror or exc}") from None
    finally:
        venue.close()
    print(count)
    return 0


def add_parsers(commands: argparse._SubParsersAction, date_type: object) -> None:
    """The data commands' arguments (``date_type`` parses YYYY-MM-DD)."""
    backup = commands.add_parser(
        "backup", help="copy the venue file now (into the backups folder, or to OUT)"
    )
    backup.add_argument("out", metavar="OUT", type=Path, nargs="?")
    restore = commands.add_parser(
        "restore", help="put a backup back (the current state is backed up first)"
    )
    restore.add_argument("backup", metavar="BACKUP", type=Path)
    csv_export = commands.add_parser("export-csv", help="write the posts as a spreadsheet (.csv)")
    csv_export.add_argument("out", metavar="OUT.csv", type=Path)
    csv_export.add_argument(
        "--semicolon", action="store_true", help="separate with ';' (French Excel)"
    )
    csv_export.add_argument("--from", dest="first_day", type=date_type, metavar="YYYY-MM-DD")
    csv_export.add_argument("--to", dest="last_day", type=date_type, metavar="YYYY-MM-DD")


DATA_COMMANDS = {"backup": _cmd_backup, "restore": _cmd_restore, "export-csv": _cmd_export_csv}
