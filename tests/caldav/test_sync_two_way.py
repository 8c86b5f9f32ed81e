"""A colleague's edits come back; changes on both sides are conflicts; nothing is lost."""

import sqlite3
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from cmt_desktop import services
from cmt_desktop.domain.post import PostStatus
from cmt_desktop.team_calendar import connection, state, sync

pytestmark = pytest.mark.caldav
PARIS = ZoneInfo("Europe/Paris")


def edit(colleague, uid: str, **changes: object) -> None:
    """Change the event as a calendar app would (SEQUENCE grows, If-Match on the ETag)."""
    item = colleague.event(uid)
    component = item.icalendar_component
    for name, value in changes.items():
        component.pop(name.upper(), None)
        component.add(name.upper(), value)
    item.save()


def dump(venue) -> list[tuple]:
    """Every row of every table, to show a failed sync changed nothing."""
    tables = [
        row[0]
        for row in venue.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        )
    ]
    return [(table, *row) for table in tables for row in venue.db.execute(f"SELECT * FROM {table}")]


def test_colleague_moves_and_renames_an_event(now, venue, plan, team, colleague):
    sync.sync(venue, now=now)
    moved = datetime(2026, 3, 18, 15, 30, tzinfo=PARIS)
    edit(
        colleague,
        plan["story"].uid,
        dtstart=moved,
        dtend=moved + timedelta(minutes=45),
        summary="Instagram · Heure du conte de printemps",
    )

    report = sync.sync(venue, now=now)

    assert report.ok and (report.received, report.sent, report.conflicts) == (1, 0, ())
    assert report.received_uids == (plan["story"].uid,)
    post = services.get_post(venue, post_id=plan["story"].id)
    assert (post.start, post.duration, post.title) == (
        moved,
        timedelta(minutes=45),
        "Heure du conte de printemps",
    )
    untouched = ("body", "hashtags", "alt_text", "notes", "status", "pillar", "network")
    assert all(getattr(post, f) == getattr(plan["story"], f) for f in untouched)
    assert post.sequence == plan["story"].sequence + 1
    assert sync.sync(venue, now=now).sent == 0, "what came from the server is not sent back"


def test_colleague_edits_the_text_notes_and_alt_text(now, venue, plan, team, colleague):
    sync.sync(venue, now=now)
    item = colleague.event(plan["story"].uid)
    description = str(item.icalendar_component["DESCRIPTION"])
    edit(
        colleague,
        plan["story"].uid,
        description=description.replace("dès 4 ans", "dès 3 ans").replace(
            "Notes : Photo prise", "Notes : Photo validée"
        ),
    )

    assert sync.sync(venue, now=now).received == 1
    post = services.get_post(venue, post_id=plan["story"].id)
    assert post.body == plan["story"].body.replace("dès 4 ans", "dès 3 ans")
    assert post.hashtags == plan["story"].hashtags
    assert post.notes == "Photo validée avec l'accord des parents"
    assert post.alt_text == plan["story"].alt_text


def test_colleague_cancels_an_event_the_post_is_skipped(now, venue, plan, team, colleague):
    sync.sync(venue, now=now)
    edit(colleague, plan["backstage"].uid, status="CANCELLED")

    report = sync.sync(venue, now=now)

    assert report.received == 1
    post = services.get_post(venue, post_id=plan["backstage"].id)
    assert post.status is PostStatus.SKIPPED
    assert post.body == plan["backstage"].body and post.title == ""


def test_changed_on_both_sides_is_a_conflict_and_nothing_is_overwritten(
    now, venue, plan, team, colleague, monkeypatch
):
    sync.sync(venue, now=now)
    here = services.save_post(venue, post=plan["story"].replace(title="Titre d'ici"), now=now)
    edit(colleague, plan["story"].uid, summary="Instagram · Titre de là-bas")

    report = sync.sync(venue, now=now)
    again = sync.sync(venue, now=now)

    assert report.ok and (report.sent, report.received) == (0, 0)
    (conflict,) = report.conflicts
    assert conflict.kind is sync.ConflictKind.BOTH_CHANGED
    assert conflict.local == services.get_post(venue, post_id=here.id) == here
    assert conflict.remote.title == "Titre de là-bas"
    assert conflict.remote.body == here.body and conflict.remote.start == here.start
    served = colleague.event(plan["story"].uid).icalendar_component
    assert str(served["SUMMARY"]) == "Instagram · Titre de là-bas"
    assert (again.sent, again.received, len(again.conflicts)) == (0, 0, 1)


def test_keep_local_sends_this_version(now, venue, plan, team, colleague):
    sync.sync(venue, now=now)
    services.save_post(venue, post=plan["story"].replace(title="Titre d'ici"), now=now)
    edit(colleague, plan["story"].uid, summary="Instagram · Titre de là-bas")
    sync.sync(venue, now=now)

    kept = sync.resolve_conflict(venue, plan["story"].uid, keep="local", now=now)
    report = sync.sync(venue, now=now)

    assert kept.title == "Titre d'ici"
    assert report.ok and (report.sent, report.conflicts) == (1, ())
    served = colleague.event(plan["story"].uid).icalendar_component
    assert str(served["SUMMARY"]) == "Instagram · Titre d'ici"


def test_keep_remote_takes_the_servers_version(now, venue, plan, team, colleague):
    sync.sync(venue, now=now)
    services.save_post(venue, post=plan["story"].replace(notes="Notes d'ici"), now=now)
    edit(colleague, plan["story"].uid, summary="Instagram · Titre de là-bas")
    sync.sync(venue, now=now)

    kept = sync.resolve_conflict(venue, plan["story"].uid, keep="remote", now=now)
    report = sync.sync(venue, now=now)

    assert (kept.title, kept.notes) == ("Titre de là-bas", plan["story"].notes)
    assert services.get_post(venue, post_id=plan["story"].id) == kept
    assert report.ok and (report.sent, report.received, report.conflicts) == (0, 0, ())


def test_a_colleagues_newer_change_after_keep_local_is_a_new_conflict(
    now, venue, plan, team, colleague
):
    sync.sync(venue, now=now)
    services.save_post(venue, post=plan["story"].replace(title="Titre d'ici"), now=now)
    edit(colleague, plan["story"].uid, summary="Instagram · Premier")
    sync.sync(venue, now=now)
    sync.resolve_conflict(venue, plan["story"].uid, keep="local", now=now)
    edit(colleague, plan["story"].uid, summary="Instagram · Second")

    report = sync.sync(venue, now=now)

    (conflict,) = report.conflicts
    assert (conflict.local.title, conflict.remote.title) == ("Titre d'ici", "Second")
    served = colleague.event(plan["story"].uid).icalendar_component
    assert str(served["SUMMARY"]) == "Instagram · Second"


def test_the_same_change_on_both_sides_is_no_conflict(now, venue, plan, team, colleague):
    sync.sync(venue, now=now)
    services.save_post(venue, post=plan["story"].replace(status=PostStatus.SKIPPED), now=now)
    edit(colleague, plan["story"].uid, status="CANCELLED")

    report = sync.sync(venue, now=now)

    assert report.conflicts == () and report.ok


def test_deleted_on_the_server_keeps_the_post_and_asks(now, venue, plan, team, colleague):
    sync.sync(venue, now=now)
    colleague.event(plan["story"].uid).delete()

    report = sync.sync(venue, now=now)

    assert report.ok and report.removed_on_server == 1
    assert services.get_post(venue, post_id=plan["story"].id) == plan["story"]
    (conflict,) = report.conflicts
    assert (conflict.kind, conflict.local, conflict.remote) == (
        sync.ConflictKind.DELETED_ON_SERVER,
        plan["story"],
        None,
    )
    assert sync.sync(venue, now=now).sent == 0, "not put back before the user says so"


def test_deleted_on_the_server_keep_local_puts_it_back(now, venue, plan, team, colleague):
    sync.sync(venue, now=now)
    colleague.event(plan["story"].uid).delete()
    sync.sync(venue, now=now)

    sync.resolve_conflict(venue, plan["story"].uid, keep="local", now=now)
    report = sync.sync(venue, now=now)

    assert report.ok and (report.sent, report.conflicts) == (1, ())
    assert plan["story"].uid in colleague.uids()


def test_deleted_on_the_server_keep_remote_deletes_the_post(now, venue, plan, team, colleague):
    sync.sync(venue, now=now)
    colleague.event(plan["story"].uid).delete()
    sync.sync(venue, now=now)

    assert sync.resolve_conflict(venue, plan["story"].uid, keep="remote", now=now) is None
    report = sync.sync(venue, now=now)

    assert services.get_post(venue, post_id=plan["story"].id) is None
    assert report.ok and (report.sent, report.deleted_remote, report.conflicts) == (0, 0, ())


def test_deleted_here_but_edited_there_asks_and_can_come_back(now, venue, plan, team, colleague):
    sync.sync(venue, now=now)
    services.delete_post(venue, post_id=plan["story"].id, now=now)
    edit(colleague, plan["story"].uid, summary="Instagram · Gardé par l'équipe")

    report = sync.sync(venue, now=now)

    (conflict,) = report.conflicts
    assert (conflict.kind, conflict.local) == (sync.ConflictKind.DELETED_HERE, None)
    assert conflict.remote.title == "Gardé par l'équipe"
    assert conflict.remote.body == plan["story"].body
    assert plan["story"].uid in colleague.uids(), "not deleted there before the user says so"
    back = sync.resolve_conflict(venue, plan["story"].uid, keep="remote", now=now)
    assert (back.uid, back.title, back.hashtags) == (
        plan["story"].uid,
        "Gardé par l'équipe",
        plan["story"].hashtags,
    )
    assert sync.sync(venue, now=now).sent == 0


def test_deleted_here_but_edited_there_keep_local_deletes_it_there(
    now, venue, plan, team, colleague
):
    sync.sync(venue, now=now)
    services.delete_post(venue, post_id=plan["story"].id, now=now)
    edit(colleague, plan["story"].uid, summary="Instagram · Gardé par l'équipe")
    sync.sync(venue, now=now)

    sync.resolve_conflict(venue, plan["story"].uid, keep="local", now=now)
    report = sync.sync(venue, now=now)

    assert report.deleted_remote == 1 and plan["story"].uid not in colleague.uids()


def test_wrong_password_changes_nothing(now, venue, plan, team, colleague, memory_keyring):
    sync.sync(venue, now=now)
    edit(colleague, plan["story"].uid, summary="Instagram · Pas encore")
    services.save_post(venue, post=plan["backstage"].replace(title="Pas envoyé"), now=now)
    memory_keyring[("CMt Desktop", team.account)] = "wrong"
    before = dump(venue)

    report = sync.sync(venue, now=now)

    assert (report.error, report.sent, report.received) == (
        connection.ConnectionStatus.WRONG_PASSWORD,
        0,
        0,
    )
    assert dump(venue) == before
    served = colleague.event(plan["backstage"].uid).icalendar_component.to_ical().decode()
    assert "Pas envoyé" not in served


def test_no_password_stored_and_not_set_up(now, venue, plan, team, memory_keyring):
    memory_keyring.clear()
    assert sync.sync(venue, now=now).error is connection.ConnectionStatus.NO_PASSWORD
    state.save_settings(venue, team.__class__(team.server_url, team.username))
    memory_keyring[("CMt Desktop", team.account)] = "x"
    assert sync.sync(venue, now=now).error is connection.ConnectionStatus.NOT_CONFIGURED


def test_the_file_stays_a_sound_sqlite_file(now, venue, plan, team, colleague):
    sync.sync(venue, now=now)
    edit(colleague, plan["story"].uid, status="CANCELLED")
    sync.sync(venue, now=now)
    venue.close()
    check = sqlite3.connect(venue.path)
    assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    check.close()


def test_a_colleagues_location_survives_the_apps_next_update(now, venue, plan, team, colleague):
    sync.sync(venue, now=now)
    item = colleague.event(plan["story"].uid)
    item.icalendar_component.add("LOCATION", "Salle du conte, 1er étage ; entrée par le jardin")
    item.icalendar_component.add("X-COLLEAGUE-NOTE", "à confirmer")
    item.icalendar_component.add("ATTENDEE", "mailto:someone@example.org")
    item.save()

    quiet = sync.sync(venue, now=now)
    services.save_post(venue, post=plan["story"].replace(title="Heure du conte (complet)"), now=now)
    report = sync.sync(venue, now=now)

    assert (quiet.received, quiet.sent) == (0, 0)
    assert report.ok and report.sent == 1
    served = colleague.event(plan["story"].uid).icalendar_component
    assert str(served["SUMMARY"]) == "Instagram · Heure du conte (complet)"
    assert str(served["LOCATION"]) == "Salle du conte, 1er étage ; entrée par le jardin"
    assert str(served["X-COLLEAGUE-NOTE"]) == "à confirmer"
    assert "ATTENDEE" not in served, "scheduling is not carried over"
