"""What each command of the command line does, on the venue file."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, date, datetime

from cmt_desktop import APP_NAME, paths

FIRST_YEAR, LAST_YEAR = 1900, 2999  # far enough for any plan, safe for time-zone arithmetic
MAX_DEMO_POSTS = 200_000


class CliError(Exception):
    """A problem the user can fix; printed as one line, never as a traceback."""


def _open(args: argparse.Namespace):  # noqa: ANN202 - returns services.Venue
    from cmt_desktop import services
    from cmt_desktop.resources import network_catalogue
    from cmt_desktop.storage.db import DatabaseOpenError

    path = paths.venue_file(paths.data_dir(args.data_dir))
    try:
        return services.open_venue(path, network_catalogue(), now=datetime.now(UTC))
    except DatabaseOpenError as exc:
        raise CliError(describe_open_error(exc)) from None


def describe_open_error(exc: Exception) -> str:
    """One English sentence for a venue file that cannot be opened."""
    from cmt_desktop.storage.db import OpenFailure

    reason = getattr(exc, "reason", None)
    path = getattr(exc, "path", "?")
    return {
        OpenFailure.DAMAGED: f"the venue file {path} is damaged; nothing was changed in it. "
        "Restore a backup with 'cmt-desktop restore BACKUP' (the backups are in the "
        "'backups' folder beside it)",
        OpenFailure.NOT_A_VENUE_FILE: f"{path} is not a {APP_NAME} venue file; choose another "
        "folder with --data-dir",
        OpenFailure.NEWER_VERSION: f"the venue file {path} comes from a newer version of "
        f"{APP_NAME}; install the latest version to open it",
        OpenFailure.LOCKED: f"the venue file {path} is in use by another program; close it "
        "and try again",
        OpenFailure.READ_ONLY: f"the venue file {path} cannot be written; check its permissions",
        OpenFailure.UNREACHABLE: f"cannot open {path}; check that the folder exists and is "
        "writable",
    }.get(reason, f"cannot open {path}")


def _network_keys(venue, name: str | None) -> list[str] | None:  # noqa: ANN001
    if name is None:
        return None
    network = venue.catalogue.find(name)
    if network is None:
        known = ", ".join(n.name for n in venue.catalogue)
        raise CliError(f"unknown network {name!r} (known: {known})")
    return [network.key]


def _period(args: argparse.Namespace) -> tuple[date | None, date | None]:
    if args.first_day and args.last_day and args.first_day > args.last_day:
        raise CliError(f"--from {args.first_day} is after --to {args.last_day}")
    return args.first_day, args.last_day


def _cmd_demo(args: argparse.Namespace) -> int:
    from cmt_desktop import demo, services, strategies

    if not 0 <= args.posts <= MAX_DEMO_POSTS:
        raise CliError(f"--posts must be between 0 and {MAX_DEMO_POSTS}")
    venue = _open(args)
    try:
        if venue.posts.count():
            raise CliError(f"{venue.path} already holds posts; use an empty folder for the demo")
        now = datetime.now(UTC)
        today = args.today or now.astimezone(venue.tz).date()
        posts = demo.demo_posts(count=args.posts, seed=args.seed, today=today, tz=venue.tz)
        services.fill_demo_venue(venue, posts=posts, now=now)
        strategies.save_strategy(venue, draft=demo.demo_strategy(today=today), now=now)
        print(f"Demo venue '{demo.VENUE_NAME}' with {len(posts)} posts in {venue.path}")
    finally:
        venue.close()
    return 0


def _cmd_posts(args: argparse.Namespace) -> int:
    from cmt_desktop import services

    venue = _open(args)
    try:
        first, last = _period(args)
        posts = services.posts_between(
            venue, first_day=first, last_day=last, networks=_network_keys(venue, args.network)
        )
        if not (first or last):
            posts += venue.posts.undated(networks=_network_keys(venue, args.network))
        if args.json:
            json.dump(
                [services.post_as_json(p, venue) for p in posts],
                sys.stdout,
                ensure_ascii=False,
                indent=1,
            )
            sys.stdout.write("\n")
        else:
            for post in posts:
                when = post.start.strftime("%Y-%m-%d %H:%M") if post.start else "(idea)".ljust(16)
                name = venue.catalogue.get(post.network).name
                print(f"{when}  {name:<12} {post.status.value:<9} {post.display_title}")
    finally:
        venue.close()
    return 0


def _cmd_export_ics(args: argparse.Namespace) -> int:
    from cmt_desktop import services
    from cmt_desktop.exports import export_ics

    venue = _open(args)
    try:
        first, last = _period(args)
        out = args.out.expanduser().absolute()
        if not out.parent.is_dir():
            raise CliError(f"cannot write {out}: the folder {out.parent} does not exist")
        try:
            result = export_ics(
                venue,
                out_path=out,
                first_day=first,
                last_day=last,
                networks=_network_keys(venue, args.network),
                now=datetime.now(UTC),
                language=args.lang or services.language(venue) or "fr",
            )
        except OSError as exc:
            raise CliError(f"cannot write {out}: {exc.strerror or exc}") from None
    finally:
        venue.close()
    print(result.events)
    if result.was_split:
        names = ", ".join(f.name for f in result.files)
        print(
            f"split into {len(result.files)} files for Google Calendar's 1 MB limit: {names}",
            file=sys.stderr,
        )
    return 0


def _strategy_or_fail(venue):  # noqa: ANN001, ANN202
    from cmt_desktop import strategies

    draft = strategies.current_strategy(venue)
    if draft is None:
        raise CliError(
            "this venue has no strategy yet: open the app and follow the strategy "
            "wizard (or try the demo)"
        )
    return draft


def _cmd_strategy(args: argparse.Namespace) -> int:
    from cmt_desktop.domain import strategy_json

    venue = _open(args)
    try:
        draft = _strategy_or_fail(venue)
        data = strategy_json.to_dict(draft)
        for network in data["networks"]:
            network["name"] = venue.catalogue.get(network["network"]).name
        if args.json:
            json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
        else:
            print(f"{draft.venue_name} ({draft.town})" if draft.town else draft.venue_name)
            for network in data["networks"]:
                print(
                    f"  {network['name']:<22} {network['posts_per_week']:g}/week  "
                    f"{network['reason']}"
                )
    finally:
        venue.close()
    return 0


def _cmd_plan(args: argparse.Namespace) -> int:
    from cmt_desktop import strategies

    if args.weeks is not None and not 1 <= args.weeks <= 520:
        raise CliError("--weeks must be between 1 and 520")
    venue = _open(args)
    try:
        draft = _strategy_or_fail(venue)
        if args.weeks is not None:
            draft = draft.replace(plan_weeks=args.weeks)
        now = datetime.now(UTC)
        result = strategies.accept_strategy(
            venue, draft=draft, start=now.astimezone(venue.tz).date(), now=now
        )
    finally:
        venue.close()
    print(
        f"created {result.created}, updated {result.updated}, left alone "
        f"{result.unchanged + result.kept_user_changes + result.not_recreated} "
        f"(of which changed by you: {result.kept_user_changes}), removed {result.removed}"
    )
    return 0


def _cmd_strategy_doc(args: argparse.Namespace) -> int:
    from cmt_desktop import services
    from cmt_desktop.gui.document_export import write_strategy_document

    out = args.out.expanduser().absolute()
    if out.suffix.lower() not in (".pdf", ".odt"):
        raise CliError(f"{out.name}: choose a file name ending in .pdf or .odt")
    if not out.parent.is_dir():
        raise CliError(f"cannot write {out}: the folder {out.parent} does not exist")
    venue = _open(args)
    try:
        draft = _strategy_or_fail(venue)
        language = args.lang or services.language(venue) or "fr"
        today = datetime.now(UTC).astimezone(venue.tz).date()
        try:
            write_strategy_document(venue, draft=draft, path=out, language=language, today=today)
        except OSError as exc:
            raise CliError(f"cannot write {out}: {exc.strerror or exc}") from None
    finally:
        venue.close()
    print(out)
    return 0


def _cmd_import_ics(args: argparse.Namespace) -> int:
    from cmt_desktop import programme

    source = args.file.expanduser()
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {source}: {exc.strerror or exc}") from None
    venue = _open(args)
    try:
        outcome = programme.import_programme(venue, data=data, now=datetime.now(UTC))
    finally:
        venue.close()
    if outcome.problem is not None:
        raise CliError(f"nothing imported from {source.name}: {_import_problem(outcome.problem)}")
    counts = outcome.counts
    assert counts is not None
    if args.json:
        print(
            json.dumps(
                {
                    "added": counts.added,
                    "updated": counts.updated,
                    "removed": counts.removed,
                    "unchanged": counts.unchanged,
                }
            )
        )
    else:
        print(
            f"added {counts.added}, updated {counts.updated}, removed {counts.removed}, "
            f"unchanged {counts.unchanged}"
        )
    return 0


_IMPORT_PROBLEMS = {
    "not_icalendar": "this is not an iCalendar (.ics) file",
    "truncated": "the file is cut short; export it again",
    "encoding": "the file is not in UTF-8",
    "too_big": "the file is too big for an agenda",
    "event_without_start": "an event has no start",
    "unknown_timezone": "an event uses a time zone the file does not describe",
    "empty": "the file holds no event",
    "invalid": "the file has an error",
}


def _import_problem(problem) -> str:  # noqa: ANN001 - ics_import.ImportProblem
    text = _IMPORT_PROBLEMS.get(problem.kind.value, "the file has an error")
    where = f", line {problem.line}" if problem.line else ""
    return f"{text} ({problem.detail}{where})" if problem.detail else text


def _cmd_events(args: argparse.Namespace) -> int:
    from cmt_desktop import programme

    first, last = _period(args)
    venue = _open(args)
    try:
        found = programme.events_between(
            venue, first=first or date(FIRST_YEAR, 1, 1), last=last or date(LAST_YEAR, 12, 31)
        )
    finally:
        venue.close()
    if args.json:
        json.dump(
            [programme.event_as_json(e) for e in found], sys.stdout, ensure_ascii=False, indent=1
        )
        sys.stdout.write("\n")
    else:
        for event in found:
            print(f"{event.start.isoformat()[:16]:<17} {event.status.value:<9} {event.title}")
    return 0


COMMANDS = {
    "import-ics": _cmd_import_ics,
    "events": _cmd_events,
    "demo": _cmd_demo,
    "posts": _cmd_posts,
    "export-ics": _cmd_export_ics,
    "strategy": _cmd_strategy,
    "plan": _cmd_plan,
    "strategy-doc": _cmd_strategy_doc,
}
