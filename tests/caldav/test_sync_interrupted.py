"""Stopped mid-way (cancelled, server gone): the file stays consistent, the next sync resumes."""

import sqlite3

import pytest

from cmt_desktop import services
from cmt_desktop.domain.post import PostStatus
from cmt_desktop.team_calendar import connection, state, sync

pytestmark = pytest.mark.caldav


def stop_after(calls: int, then=lambda: None):
    """A ``cancelled`` callback that runs ``then`` at its ``calls``-th call."""
    count = {"n": 0}

    def cancelled() -> bool:
        count["n"] += 1
        if count["n"] == calls:
            return then() is not False
        return False

    return cancelled


def consistent(venue, colleague) -> None:
    """The file checks out and every synced row names an object that is on the server."""
    assert venue.db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert not venue.db.in_transaction
    served = colleague.uids()
    rows = state.SyncState(venue.db).rows()
    assert all(uid in served for uid, row in rows.items() if row.etag)


def test_cancelled_between_objects_keeps_what_was_done(now, venue, plan, team, colleague):
    first = sync.sync(venue, now=now, cancelled=stop_after(3))

    assert first.cancelled and not first.ok and first.sent == 1
    assert sync.last_sync(venue) is None
    consistent(venue, colleague)
    second = sync.sync(venue, now=now)
    assert second.ok and (second.sent, second.unchanged) == (2, 1)
    assert colleague.uids() == {p.uid for p in plan.values() if p.start is not None}


def test_cancelled_while_receiving_resumes_with_the_rest(now, venue, plan, team, colleague):
    sync.sync(venue, now=now)
    for name in ("story", "backstage"):
        item = colleague.event(plan[name].uid)
        item.icalendar_component.pop("STATUS")
        item.icalendar_component.add("STATUS", "CANCELLED")
        item.save()

    first = sync.sync(venue, now=now, cancelled=stop_after(4))
    second = sync.sync(venue, now=now)

    assert first.cancelled and first.received == 1
    assert second.ok and (second.received, second.sent, second.conflicts) == (1, 0, ())
    statuses = {services.get_post(venue, post_id=plan[n].id).status for n in ("story", "backstage")}
    assert statuses == {PostStatus.SKIPPED}


def test_server_stopped_mid_sync_then_back(now, own_radicale, venue, plan, team_on, colleague_on):
    team = team_on(own_radicale)
    colleague = colleague_on(own_radicale, team.calendar_url)

    def stop_server() -> bool:
        own_radicale.stop()
        return False  # not cancelled: the sync goes on and finds the server gone

    report = sync.sync(venue, now=now, cancelled=stop_after(3, then=stop_server))

    assert (report.error, report.sent) == (connection.ConnectionStatus.UNREACHABLE, 1)
    assert report.error_detail and sync.last_sync(venue) is None
    own_radicale.start()
    consistent(venue, colleague)
    again = sync.sync(venue, now=now)
    assert again.ok and (again.sent, again.unchanged) == (2, 1)
    assert colleague.uids() == {p.uid for p in plan.values() if p.start is not None}


def test_server_stopped_between_syncs_changes_nothing(
    now, own_radicale, venue, plan, team_on, colleague_on
):
    team = team_on(own_radicale)
    sync.sync(venue, now=now)
    services.save_post(venue, post=plan["story"].replace(title="Plus tard"), now=now)
    own_radicale.stop()
    before = [tuple(row) for row in venue.db.execute("SELECT * FROM team_calendar_objects")]

    report = sync.sync(venue, now=now)

    assert report.error is connection.ConnectionStatus.UNREACHABLE
    assert [tuple(r) for r in venue.db.execute("SELECT * FROM team_calendar_objects")] == before
    own_radicale.start()
    assert sync.sync(venue, now=now).sent == 1
    colleague = colleague_on(own_radicale, team.calendar_url)
    summary = colleague.event(plan["story"].uid).icalendar_component["SUMMARY"]
    assert str(summary) == "Instagram · Plus tard"


def test_a_file_reopened_after_a_cancelled_sync_resumes(now, venue, plan, team, colleague):
    sync.sync(venue, now=now, cancelled=stop_after(3))
    path = venue.path
    venue.close()
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    check.close()
    reopened = services.open_venue(path, venue.catalogue, now=now)
    try:
        report = sync.sync(reopened, now=now)
    finally:
        reopened.close()
    assert report.ok and report.sent == 2
