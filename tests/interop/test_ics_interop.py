"""Independent readers place every exported post at the right instant, around DST changes too.

Readers: icalendar, vobject (which times events from our VTIMEZONE, not from the zone's
name), calcurse (Debian package) and khal (``pip install khal``). A missing calcurse or khal
skips its test locally and fails it when ``CI=true``, since CI installs both.
"""

import json
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from cmt_desktop import ics
from cmt_desktop.domain.networks import Network, NetworkCatalogue
from cmt_desktop.domain.post import Post, PostStatus

pytestmark = pytest.mark.interop

PARIS = ZoneInfo("Europe/Paris")
DURATION = timedelta(minutes=45)
# uid -> (Paris wall-clock start, the UTC instant every reader must find), written by hand.
CASES = {
    "before-spring@cmt.test": ((2026, 3, 28, 10, 0), datetime(2026, 3, 28, 9, 0, tzinfo=UTC)),
    "after-spring@cmt.test": ((2026, 3, 30, 10, 0), datetime(2026, 3, 30, 8, 0, tzinfo=UTC)),
    "before-autumn@cmt.test": ((2026, 10, 24, 10, 0), datetime(2026, 10, 24, 8, 0, tzinfo=UTC)),
    "after-autumn@cmt.test": ((2026, 10, 26, 10, 0), datetime(2026, 10, 26, 9, 0, tzinfo=UTC)),
    "summer-night@cmt.test": ((2026, 6, 10, 2, 30), datetime(2026, 6, 10, 0, 30, tzinfo=UTC)),
    "winter-night@cmt.test": ((2026, 1, 15, 2, 30), datetime(2026, 1, 15, 1, 30, tzinfo=UTC)),
}
TITLE = "Expo, visite; atelier 🎨 été"


def summary(uid: str) -> str:
    return f"Instagram · {TITLE} {uid.split('@')[0]}"


@pytest.fixture(scope="module")
def export_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    posts = [Post(network="instagram", start=datetime(*wall, tzinfo=PARIS), duration=DURATION,
                  title=f"{TITLE} {uid.split('@')[0]}", body="Ligne 1\r\nLigne 2, fin; 🎉",
                  status=PostStatus.READY, uid=uid)
             for uid, (wall, _) in CASES.items()]
    data = ics.posts_to_ics(posts, tz_name="Europe/Paris", calendar_name="Plan, test",
                            alarm_minutes=15, now=datetime(2026, 1, 1, tzinfo=UTC),
                            catalogue=NetworkCatalogue([Network("instagram", "Instagram")]))
    path = tmp_path_factory.mktemp("export") / "plan.ics"
    path.write_bytes(data)
    return path


def expected() -> dict[str, tuple[datetime, datetime, str]]:
    return {uid: (at, at + DURATION, summary(uid)) for uid, (_, at) in CASES.items()}


def client(name: str) -> str:
    """The client's executable: next to this Python (a venv's scripts), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        message = f"{name} is not installed"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{message}, and CI must run every reader")
        pytest.skip(message)
    return found


def run(args: list[str], home: Path) -> str:
    # A private HOME and TZ=UTC: no user configuration, and local times that are UTC times.
    env = {**os.environ, "TZ": "UTC", "HOME": str(home), "XDG_CONFIG_HOME": str(home),
           "XDG_DATA_HOME": str(home)}
    done = subprocess.run(args, env=env, stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, f"{args} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def test_icalendar(export_file: Path):
    calendar = icalendar.Calendar.from_ical(export_file.read_bytes())
    assert all(not component.errors for component in calendar.walk())
    found = {str(e["UID"]): (e.start.astimezone(UTC), e.end.astimezone(UTC), str(e["SUMMARY"]))
             for e in calendar.walk("VEVENT")}
    assert found == expected()


def test_our_vtimezone_gives_the_offsets(export_file: Path):
    # Readers that know the zone by name skip our VTIMEZONE: check its rules on their own.
    calendar = icalendar.Calendar.from_ical(export_file.read_bytes())
    (timezone,) = calendar.walk("VTIMEZONE")
    ours = timezone.to_tz(lookup_tzid=False)
    for wall, at in CASES.values():
        assert datetime(*wall, tzinfo=ours).astimezone(UTC) == at


VOBJECT = """\
import json, sys
from datetime import UTC
import vobject
(calendar,) = vobject.readComponents(open(sys.argv[1], encoding="utf-8").read())
json.dump({e.uid.value: [e.dtstart.value.astimezone(UTC).isoformat(),
                         e.dtend.value.astimezone(UTC).isoformat(), e.summary.value]
           for e in calendar.vevent_list}, sys.stdout)
"""


def test_vobject(export_file: Path):
    # In a fresh interpreter: vobject keeps the first VTIMEZONE it meets for a TZID for the
    # whole process, so an earlier parse elsewhere would hide ours.
    done = subprocess.run([sys.executable, "-c", VOBJECT, str(export_file)],
                          capture_output=True, text=True, timeout=60, check=True)
    found = {uid: (datetime.fromisoformat(start), datetime.fromisoformat(end), title)
             for uid, (start, end, title) in json.loads(done.stdout).items()}
    assert found == expected()


def test_calcurse(export_file: Path, tmp_path: Path):
    calcurse = client("calcurse")
    data = tmp_path / "calcurse"
    data.mkdir()
    report = run([calcurse, "-D", str(data), "-i", str(export_file)], tmp_path)
    assert f"{len(CASES)} apps" in report and "0 skipped" in report, report
    # Queries take the date in calcurse's default mm/dd/yyyy; epoch times need no zone.
    listing = run([calcurse, "-D", str(data), "-Q", "--from", "01/01/2026", "--days", "366",
                   "--format-apt", "%(start:epoch)|%(end:epoch)|%m\\n"], tmp_path)
    found = {}
    for line in listing.splitlines():
        if "|" in line:
            start, end, title = line.split("|", 2)
            found[title] = (datetime.fromtimestamp(int(start), UTC),
                            datetime.fromtimestamp(int(end), UTC))
    # calcurse keeps no UID: match on the summary, which it must also have read unescaped.
    assert found == {title: (start, end) for start, end, title in expected().values()}


def test_khal(export_file: Path, tmp_path: Path):
    khal = client("khal")
    config = tmp_path / "khal.conf"
    config.write_text(f"""\
[calendars]
[[plan]]
path = {tmp_path / 'calendar'}
type = calendar
[locale]
local_timezone = UTC
default_timezone = UTC
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%dT%H:%M%z
longdatetimeformat = %Y-%m-%dT%H:%M%z
[sqlite]
path = {tmp_path / 'khal.db'}
""", encoding="utf-8")
    (tmp_path / "calendar").mkdir()
    run([khal, "-c", str(config), "import", "--batch", str(export_file)], tmp_path)
    listing = run([khal, "-c", str(config), "list", "--day-format", "",
                   "--format", "{start-long}|{end-long}|{uid}|{title}", "2026-01-01", "400d"],
                  tmp_path)
    found = {}
    for line in listing.splitlines():
        if line.strip():
            start, end, uid, title = line.split("|", 3)
            found[uid] = (datetime.strptime(start, "%Y-%m-%dT%H:%M%z"),
                          datetime.strptime(end, "%Y-%m-%dT%H:%M%z"), title)
    assert found == expected()


@pytest.mark.parametrize("zone", [
    "Europe/Paris", "America/Cayenne", "Pacific/Noumea", "Europe/Dublin", "Australia/Sydney",
    "America/Mexico_City", "America/Whitehorse", "Asia/Jerusalem", "Asia/Tehran",
    "Africa/Casablanca", "America/Santiago",
])
def test_our_vtimezone_agrees_with_the_zone_database(zone: str):
    # icalendar reads our VTIMEZONE alone (not the zone by name) over 2019-2027, including
    # zones whose rules changed. Zones east of UTC (Jerusalem, Tehran) failed while UNTIL was
    # the exact last onset: readers compared the UTC UNTIL with the local DTSTART.
    tz = ZoneInfo(zone)
    posts = [Post(network="instagram", start=datetime(year, 6, 1, tzinfo=tz), uid=f"{year}@t")
             for year in (2019, 2027)]
    data = ics.posts_to_ics(posts, tz_name=zone, calendar_name="Plan", alarm_minutes=None,
                            now=datetime(2026, 1, 1, tzinfo=UTC), catalogue=NetworkCatalogue([]))
    (timezone,) = icalendar.Calendar.from_ical(data).walk("VTIMEZONE")
    ours = timezone.to_tz(lookup_tzid=False)
    instants = [datetime(2019, 1, 1, tzinfo=UTC) + timedelta(days=d) for d in range(0, 3287, 3)]
    for year in range(2019, 2028):  # and around each change (found by the module's own scan)
        for at, *_ in ics._transitions(tz, year):
            instants += [at + timedelta(seconds=s) for s in (-3601, -1, 0, 1, 3601)]
    wrong = [at for at in instants
             if at.astimezone(ours).utcoffset() != at.astimezone(tz).utcoffset()]
    assert wrong == []
    if zone == "America/Mexico_City":  # no DST after October 2022: the old rules end
        assert b"RRULE:FREQ=YEARLY;UNTIL=20221031T070000Z;BYDAY=-1SU;BYMONTH=10" in data
