"""Publishing the plan: the same VEVENTs as the .ics export, only what changed, deletions."""

from pathlib import Path

import icalendar
import pytest

from cmt_desktop import exports, services
from cmt_desktop.team_calendar import objects, sync

pytestmark = pytest.mark.caldav


def exported_events(venue, tmp_path: Path, now) -> dict[str, icalendar.Event]:
    result = exports.export_ics(
        venue,
        out_path=tmp_path / "plan.ics",
        first_day=None,
        last_day=None,
        networks=None,
        now=now,
        language="fr",
    )
    calendar = icalendar.Calendar.from_ical(result.files[0].read_bytes())
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def without_dtstamp(event: icalendar.Event) -> bytes:
    copy = icalendar.Event.from_ical(event.to_ical())
    del copy["DTSTAMP"]
    return copy.to_ical()


def count_requests(monkeypatch) -> list[tuple[str, str, dict]]:
    import caldav

    seen: list[tuple[str, str, dict]] = []
    real = caldav.DAVClient.request

    def request(self, url, method="GET", body="", headers=None, *args, **kwargs):
        seen.append((method, str(url), dict(headers or {})))
        return real(self, url, method, body, headers, *args, **kwargs)

    monkeypatch.setattr(caldav.DAVClient, "request", request)
    return seen


def test_publish_writes_the_export_vevents_one_object_per_post(
    now, venue, plan, team, colleague, tmp_path
):
    report = sync.sync(venue, now=now)

    assert report.ok, report
    dated = [post for post in plan.values() if post.start is not None]
    assert (report.sent, report.received, report.conflicts) == (3, 0, ())
    assert colleague.names() == {objects.resource_name(post.uid) for post in dated}
    exported = exported_events(venue, tmp_path, now)
    for post in dated:
        item = colleague.event(post.uid)
        assert b"METHOD" not in item.data.encode(), "RFC 4791 §4.1: no METHOD in a collection"
        (served,) = item.icalendar_instance.walk("VEVENT")
        assert without_dtstamp(served) == without_dtstamp(exported[post.uid])
    assert sync.last_sync(venue) == now


def test_second_sync_without_change_sends_nothing(now, venue, plan, team, monkeypatch):
    sync.sync(venue, now=now)
    seen = count_requests(monkeypatch)

    report = sync.sync(venue, now=now)

    assert report.ok and (report.sent, report.received, report.unchanged) == (0, 0, 3)
    assert [method for method, _, _ in seen] == ["REPORT"]  # one sync-collection REPORT


def test_a_post_edited_here_is_the_only_one_sent(now, venue, plan, team, colleague, monkeypatch):
    sync.sync(venue, now=now)
    before = colleague.event(plan["story"].uid).icalendar_component
    edited = services.save_post(
        venue, post=plan["story"].replace(title="Heure du conte spéciale"), now=now
    )
    seen = count_requests(monkeypatch)

    report = sync.sync(venue, now=now)

    assert report.ok and (report.sent, report.unchanged) == (1, 2)
    puts = [(url, headers) for method, url, headers in seen if method == "PUT"]
    assert len(puts) == 1 and puts[0][0].endswith(objects.resource_name(edited.uid))
    assert puts[0][1]["If-Match"].startswith('"'), "an update is conditional on the ETag"
    after = colleague.event(edited.uid).icalendar_component
    assert str(after["SUMMARY"]) == "Instagram · Heure du conte spéciale"
    assert int(after["SEQUENCE"]) == int(before["SEQUENCE"]) + 1


def test_a_field_the_event_does_not_show_sends_nothing(now, venue, plan, team):
    sync.sync(venue, now=now)
    services.save_post(venue, post=plan["story"].replace(rights_consent=True), now=now)

    assert sync.sync(venue, now=now).sent == 0


def test_posts_deleted_or_undated_here_are_deleted_on_the_server(now, venue, plan, team, colleague):
    sync.sync(venue, now=now)
    services.delete_post(venue, post_id=plan["backstage"].id, now=now)
    services.save_post(venue, post=plan["cancelled"].replace(start=None), now=now)

    report = sync.sync(venue, now=now)

    assert report.ok and report.deleted_remote == 2
    assert colleague.uids() == {plan["story"].uid}
    assert sync.sync(venue, now=now).deleted_remote == 0


def test_a_new_post_is_created_with_if_none_match(now, venue, plan, team, colleague, monkeypatch):
    sync.sync(venue, now=now)
    new = services.create_post(
        venue, post=plan["story"].replace(id=None, uid="", title="Nouveau"), now=now
    )
    seen = count_requests(monkeypatch)

    assert sync.sync(venue, now=now).sent == 1
    (put,) = [headers for method, _, headers in seen if method == "PUT"]
    assert put["If-None-Match"] == "*"
    assert new.uid in colleague.uids()


def test_a_colleagues_own_event_is_left_alone(now, venue, plan, team, colleague):
    colleague.add(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Colleague//EN\r\nBEGIN:VEVENT\r\n"
        "UID:colleague-1@example.org\r\nDTSTAMP:20260301T080000Z\r\n"
        "DTSTART:20260310T090000Z\r\nDTEND:20260310T100000Z\r\nSUMMARY:Réunion d'équipe\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )

    first = sync.sync(venue, now=now)
    second = sync.sync(venue, now=now)

    assert (first.ignored, first.sent, first.received) == (1, 3, 0)
    assert (second.ignored, second.sent) == (0, 0)
    assert "colleague-1@example.org" in colleague.uids()
    assert services.get_post_count(venue) == len(plan)


def test_a_file_that_lost_its_sync_state_adopts_the_servers_objects(now, venue, plan, team):
    sync.sync(venue, now=now)
    venue.db.execute("DELETE FROM team_calendar_objects")
    venue.db.execute("DELETE FROM settings WHERE key LIKE 'team_calendar_sync%'")

    report = sync.sync(venue, now=now)

    assert report.ok and (report.sent, report.received, report.conflicts) == (0, 0, ())
    assert report.unchanged == 3


def test_a_server_without_sync_tokens_compares_etags(
    now, venue, plan, team, colleague, monkeypatch
):
    import caldav

    monkeypatch.setattr(caldav.Calendar, "_should_use_sync_token", lambda *args: False)
    first = sync.sync(venue, now=now)
    second = sync.sync(venue, now=now)
    colleague.event(plan["story"].uid).delete()
    third = sync.sync(venue, now=now)

    assert first.ok and first.sent == 3
    assert second.ok and (second.sent, second.received, second.removed_on_server) == (0, 0, 0)
    assert third.ok and third.removed_on_server == 1
