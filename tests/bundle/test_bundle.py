"""The PyInstaller one-folder bundle, built once and run as a user would.

Deselected by default (pyproject's addopts): ``pytest -m bundle tests/bundle``, which .ci/run
does after the normal suite. The bundle is trimmed (Qt plugins, translations, libraries), and
trimming breaks things silently: every test here runs the trimmed program itself.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import inspect
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
import tomllib
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import icalendar
import pytest

pytestmark = pytest.mark.bundle

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts"
BUILD_SCRIPT = ROOT / "packaging" / "build_bundle.py"
MAX_SIZE_MB = 120
PAINTED = re.compile(r"self-test: main window painted in (\d+) ms")
# The Qt bindings the app imports; the spec leaves the others out.
QT_MODULES = {"QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtPrintSupport"}
NEVER_SHIPPED = ("pytest", "_pytest", "hypothesis", "vobject", "khal", "tkinter", "unittest",
                 "pytz", "PyInstaller", "pip", "setuptools",
                 # The team calendar's optional extras the spec leaves out (see its excludes).
                 "qh3", "dns", "urllib3", "requests", "radicale")
# What the team calendar loads lazily (caldav's PEP 562 imports, keyring's entry points).
TEAM_CALENDAR = {"cmt_desktop.team_calendar.sync", "caldav.davclient", "caldav.collection",
                 "niquests", "urllib3_future", "lxml", "keyring.backends.SecretService",
                 "secretstorage", "jeepney", "ssl"}


def _build_module():
    """packaging/build_bundle.py, for its size measure."""
    spec = importlib.util.spec_from_file_location("build_bundle", BUILD_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclasses.dataclass(frozen=True)
class Bundle:
    folder: Path
    seconds: float  # the build's wall-clock time

    @property
    def program(self) -> Path:
        return self.folder / "cmt-desktop"

    @property
    def internal(self) -> Path:
        return self.folder / "_internal"


@pytest.fixture(scope="session")
def bundle() -> Bundle:
    """dist/cmt-desktop/, built once per session by packaging/build_bundle.py."""
    if importlib.util.find_spec("PyInstaller") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("PyInstaller is missing on CI: pip install -e '.[bundle]'")
        pytest.skip("PyInstaller is not installed: pip install -e '.[bundle]'")
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, str(BUILD_SCRIPT)], capture_output=True, text=True, timeout=1800
    )
    seconds = time.monotonic() - started
    assert done.returncode == 0, f"build failed:\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}"
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "bundle-build.log").write_text(done.stdout + done.stderr)
    return Bundle(ROOT / "dist" / "cmt-desktop", seconds)


@pytest.fixture(scope="module")
def x_display() -> str:
    """The Xvfb display started by pytest-xvfb; CI must have one."""
    display = os.environ.get("DISPLAY", "")
    if not display:
        if os.environ.get("CI") == "true":
            pytest.fail("Xvfb is missing on CI: the bundle tests need it")
        pytest.skip("no X display (install xvfb)")
    return display


def _env(display: str | None) -> dict[str, str]:
    """The user's environment: no Python or Qt settings from this test run leak in."""
    env = {
        key: value for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "QT_", "VIRTUAL_ENV", "LD_LIBRARY_PATH", "DISPLAY"))
    }
    env["LANG"] = "C.UTF-8"
    if display:  # the window, on X11 as most users have it
        env.update(QT_QPA_PLATFORM="xcb", DISPLAY=display)
    return env


def _run(command: list[str], *args: str, display: str | None = None, timeout: float = 120):
    return subprocess.run(
        [*command, *args], env=_env(display), capture_output=True, text=True, timeout=timeout
    )


def _source() -> list[str]:
    return [sys.executable, "-m", "cmt_desktop"]


@pytest.fixture(scope="module")
def venue(bundle: Bundle, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo venue folder, filled by the bundle's own command line (no display needed)."""
    folder = tmp_path_factory.mktemp("bundle") / "venue"
    done = _run([str(bundle.program)], "--data-dir", str(folder), "demo", "--posts", "50")
    assert done.returncode == 0, done.stderr
    assert "50 posts" in done.stdout
    return folder


def test_version_is_pyproject_s(bundle: Bundle):
    version = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    done = _run([str(bundle.program)], "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"CMt Desktop {version}"


def test_self_test_paints_the_window(bundle: Bundle, venue: Path, x_display: str):
    done = _run([str(bundle.program)], "--data-dir", str(venue), "--self-test", display=x_display)
    assert done.returncode == 0, done.stderr
    assert PAINTED.search(done.stdout), done.stdout
    assert done.stderr.strip() == "", f"Qt printed warnings (a plugin missing?):\n{done.stderr}"


def test_french_self_test_saves_a_screenshot(bundle: Bundle, venue: Path, x_display: str):
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "bundle-main-window-fr.png"
    shot.unlink(missing_ok=True)
    done = _run(
        [str(bundle.program)], "--data-dir", str(venue), "--lang", "fr", "--self-test",
        "--screenshot", str(shot), display=x_display,
    )
    assert done.returncode == 0, done.stderr
    assert PAINTED.search(done.stdout), done.stdout
    assert done.stderr.strip() == "", f"Qt printed warnings:\n{done.stderr}"
    assert shot.stat().st_size > 10_000


def test_the_whole_app_runs_and_quits_cleanly(bundle: Bundle, venue: Path, x_display: str):
    """Not the self-test: tray, reminders, today panel, single-instance local server."""
    done = _run(
        [str(bundle.program)], "--data-dir", str(venue), "--quit-after-ms", "1500",
        display=x_display,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == "", f"Qt printed warnings:\n{done.stderr}"


def test_export_ics_is_read_by_icalendar(bundle: Bundle, venue: Path, tmp_path: Path):
    out = tmp_path / "plan.ics"
    done = _run([str(bundle.program)], "--data-dir", str(venue), "export-ics", str(out))
    assert done.returncode == 0, done.stderr
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    events = calendar.walk("VEVENT")
    assert events
    assert all(event.get("SUMMARY") and event.get("DTSTART") for event in events)
    assert calendar.walk("VTIMEZONE"), "the zone comes with the export"


def _document_text(path: Path) -> str:
    content = zipfile.ZipFile(path).read("content.xml").decode("utf-8")
    return " ".join(re.sub(r"<[^>]+>", " ", content).split())


def test_french_translations_work_in_the_bundle(bundle: Bundle, venue: Path, tmp_path: Path):
    """The strategy document (offscreen Qt, no display) comes out as the source writes it."""
    texts = {}
    for name, command, language in (
        ("bundle-fr", [str(bundle.program)], "fr"),
        ("source-fr", _source(), "fr"),
        ("bundle-en", [str(bundle.program)], "en"),
    ):
        out = tmp_path / f"{name}.odt"
        done = _run(command, "--data-dir", str(venue), "--lang", language, "strategy-doc", str(out))
        assert done.returncode == 0, done.stderr
        texts[name] = _document_text(out)
    assert texts["bundle-fr"] == texts["source-fr"]
    assert texts["bundle-fr"] != texts["bundle-en"]  # the French catalogue was really used
    assert "En bref" in texts["bundle-fr"]


def test_qt_translations_are_those_the_app_loads(bundle: Bundle):
    """i18n loads qtbase_<lang> from QLibraryInfo's TranslationsPath: <bundle>/PySide6/Qt/."""
    from cmt_desktop.gui.i18n import SUPPORTED

    folder = bundle.internal / "PySide6" / "Qt" / "translations"
    assert {p.name for p in folder.iterdir()} == {f"qtbase_{lang}.qm" for lang in SUPPORTED}


def test_only_what_the_app_uses_is_bundled(bundle: Bundle):
    from PyInstaller.archive.readers import CArchiveReader

    modules = set(CArchiveReader(str(bundle.program)).open_embedded_archive("PYZ.pyz").toc)
    tops = {name.split(".")[0] for name in modules}
    assert not tops & set(NEVER_SHIPPED)
    qt = {name.split(".")[1] for name in modules if name.startswith("PySide6.Qt")}
    assert qt <= QT_MODULES
    extensions = {p.name.split(".")[0] for p in (bundle.internal / "PySide6").glob("Qt*.*so")}
    assert extensions == QT_MODULES
    assert {"cmt_desktop.data", "cmt_desktop.gui.resources_rc"} <= modules
    assert not TEAM_CALENDAR - modules, TEAM_CALENDAR - modules
    assert not {name for name in modules if name.startswith(("lxml.html", "lxml.objectify"))}
    assert list(bundle.internal.glob("python3*/lib-dynload/_ssl.*.so")), "no TLS"
    shipped = {p.name for p in (bundle.internal / "cmt_desktop" / "data").glob("*.json")}
    assert shipped == {p.name for p in (ROOT / "resources" / "data").glob("*.json")}
    plugins = bundle.internal / "PySide6" / "Qt" / "plugins"
    assert {p.name for p in (plugins / "platforms").iterdir()} == {
        "libqxcb.so", "libqwayland.so", "libqoffscreen.so"
    }
    assert not (plugins / "tls").exists()
    assert not [p for p in bundle.folder.rglob("*") if p.is_symlink() and not p.exists()]


def test_licences_of_everything_bundled(bundle: Bundle):
    licences = bundle.internal / "licenses"
    readme = (licences / "README.txt").read_text("utf-8")
    folders = [p for p in licences.iterdir() if p.is_dir()]
    for folder in folders:
        assert any(folder.iterdir()), f"{folder.name}: no licence text"
        if folder.name != "system":
            assert re.search(rf"^{re.escape(folder.name)} ", readme, re.MULTILINE), folder.name
    for name in ("cmt-desktop", "PySide6_Essentials", "shiboken6", "Python", "PyInstaller",
                 "icalendar", "sqlite-utils"):
        assert (licences / name).is_dir(), name
    assert "LGPL-3.0" in readme
    project = (licences / "cmt-desktop" / "LICENSE").read_text("utf-8")
    assert project == (ROOT / "LICENSE").read_text("utf-8")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (licences / "PySide6_Essentials").joinpath(
        next(p.name for p in (licences / "PySide6_Essentials").iterdir())
    ).read_text("utf-8")


def test_size_on_disk(bundle: Bundle, record_property):
    build = _build_module()
    megabytes = build.size_on_disk(bundle.folder) / build.MB
    report = (
        f"bundle size: {megabytes:.1f} MB on disk (limit {MAX_SIZE_MB} MB)\n"
        f"build time: {bundle.seconds:.0f} s\n"
    )
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "bundle-size.txt").write_text(report)
    record_property("bundle_size_mb", round(megabytes, 1))
    record_property("bundle_build_seconds", round(bundle.seconds))
    sys.__stdout__.write(f"\n{report}")  # shown with or without -s
    assert megabytes <= MAX_SIZE_MB


def test_start_time_bundle_vs_source(bundle: Bundle, venue: Path, x_display: str,
                                     record_property):
    """Reported, not asserted: 3 self-tests each, alternating; the app's painted-in time
    (from its window module's import) and the whole process's wall-clock time."""
    painted: dict[str, list[int]] = {"bundle": [], "source": []}
    wall: dict[str, list[float]] = {"bundle": [], "source": []}
    for _ in range(3):
        for name, command in (("bundle", [str(bundle.program)]), ("source", _source())):
            started = time.monotonic()
            done = _run(command, "--data-dir", str(venue), "--self-test", display=x_display)
            wall[name].append((time.monotonic() - started) * 1000)
            assert done.returncode == 0, done.stderr
            painted[name].append(int(PAINTED.search(done.stdout).group(1)))
    ratio = statistics.median(painted["bundle"]) / statistics.median(painted["source"])
    wall_ratio = statistics.median(wall["bundle"]) / statistics.median(wall["source"])
    report = (
        f"painted-in ms (the app's own figure), bundle: {painted['bundle']}, "
        f"source: {painted['source']}\n"
        f"bundle/source painted-in ratio (medians): {ratio:.2f}\n"
        f"process wall-clock ms, bundle: {[round(x) for x in wall['bundle']]}, "
        f"source: {[round(x) for x in wall['source']]}\n"
        f"bundle/source wall-clock ratio (medians): {wall_ratio:.2f}\n"
    )
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "bundle-start.txt").write_text(report)
    record_property("bundle_start_ratio", round(ratio, 2))
    record_property("bundle_wall_clock_ratio", round(wall_ratio, 2))
    sys.__stdout__.write(f"\n{report}")


# --- the team calendar: caldav, niquests, TLS and keyring inside the bundle -----------------

# A keyring backend the bundled app loads from the keyringrc.cfg of XDG_CONFIG_HOME
# (keyring-path): no Secret Service runs on CI. Asked for the password by the app's sync, it
# also checks, inside the bundle, what the real Linux store needs (SecretStorage and its
# session cipher, jeepney on D-Bus, keyring's backend entry points) and writes a report.
PROBE_BACKEND = """
import importlib.metadata
import json
import ssl
import sys

import keyring.backend


ICU_USES_SOURCE


class Keyring(keyring.backend.KeyringBackend):
    priority = 1

    def get_password(self, service, username):
        report = {"frozen": getattr(sys, "frozen", False), "asked": [service, username]}
        try:  # each failure is reported, not hidden in the app's sync status
            report["openssl"] = ssl.OPENSSL_VERSION
            report["entry_points"] = sorted(
                point.name for point in importlib.metadata.entry_points(group="keyring.backends")
            )
            import keyring.backends.SecretService as secret_service
            from secretstorage.dhcrypto import Session
            from secretstorage.util import format_secret

            session = Session()
            session.set_server_public_key(session.my_public_key)
            session.object_path = "/"  # as if the Secret Service had opened it
            report["encrypted"] = len(format_secret(session, b"secret", "text/plain")[2])
            report["icu"] = icu_uses()
            try:
                secret_service.Keyring.priority
                report["secret_service"] = "available"
            except RuntimeError as error:
                report["secret_service"] = str(error)
        except Exception as error:
            report["error"] = repr(error)
        with open(REPORT, "w", encoding="utf-8") as file:
            json.dump(report, file)
        return PASSWORD

    def set_password(self, service, username, password):
        raise NotImplementedError

    def delete_password(self, service, username):
        raise NotImplementedError
"""


def icu_uses():
    """What QtCore asks ICU for (the spec keeps part of ICU's data): sorting, zone names, codecs."""
    from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTimeZone

    words = ["zèbre", "été", "Zoé", "abricot", "Ärger", "øre", "ö", "z"]
    paris = QTimeZone(b"Europe/Paris")
    return {
        "sorted": {
            name: sorted(words, key=QCollator(QLocale(name)).sortKey)
            for name in ("fr_FR", "en_US", "sv_SE", "de_DE", "ja_JP")
        },
        "zone": [
            paris.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName,
                              QLocale(name))
            for name in ("fr_FR", "en_GB")
        ],
        "codecs": {  # ICU converters: the single-byte code pages stay
            name: QStringDecoder(name).isValid()
            for name in ("windows-1252", "ISO-8859-15", "KOI8-R", "IBM850", "macintosh")
        },
        "upper": QLocale("tr_TR").toUpper("istanbul"),
    }


def _caldav_helpers():
    """tests/caldav/conftest.py, for its Radicale server and self-signed certificate."""
    path = ROOT / "tests" / "caldav" / "conftest.py"
    spec = importlib.util.spec_from_file_location("caldav_helpers", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_team_calendar_syncs_over_tls(bundle: Bundle, x_display: str, tmp_path: Path):
    """The real app syncs a demo venue to Radicale over HTTPS (a pinned self-signed
    certificate): caldav and its lazy imports, niquests, ssl/OpenSSL, lxml, and keyring."""
    helpers = _caldav_helpers()
    if helpers.MISSING or importlib.util.find_spec("cryptography") is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"the team calendar test needs {helpers.MISSING or ['cryptography']}")
        pytest.skip("radicale, caldav, keyring and cryptography are needed")
    from cmt_desktop import paths, services
    from cmt_desktop.resources import network_catalogue
    from cmt_desktop.team_calendar import connection, state

    folder = tmp_path / "venue"
    done = _run([str(bundle.program)], "--data-dir", str(folder), "demo", "--posts", "20")
    assert done.returncode == 0, done.stderr

    cert, key, fingerprint = helpers.self_signed(tmp_path)
    server = helpers.Radicale(tmp_path / "radicale", tls=(cert, key))
    server.start()
    try:
        settings = connection.TeamCalendarSettings(
            server.url, server.user, fingerprint=fingerprint, timeout=10
        )
        made = connection.create_calendar(settings, server.password, "Plan")
        venue = services.open_venue(
            paths.venue_file(folder), network_catalogue(), now=datetime.now(UTC)
        )
        try:
            state.save_settings(
                venue, dataclasses.replace(settings, calendar_url=made.url, calendar_name="Plan")
            )
        finally:
            venue.close()

        config = tmp_path / "config"
        (config / "python_keyring").mkdir(parents=True)
        (tmp_path / "probe").mkdir()
        report = tmp_path / "keyring-report.json"
        (tmp_path / "probe" / "cmt_bundle_probe.py").write_text(
            f"REPORT = {str(report)!r}\nPASSWORD = {server.password!r}\n"
            + PROBE_BACKEND.replace("ICU_USES_SOURCE", inspect.getsource(icu_uses)),
            "utf-8",
        )
        (config / "python_keyring" / "keyringrc.cfg").write_text(
            f"[backend]\ndefault-keyring = cmt_bundle_probe.Keyring\n"
            f"keyring-path = {tmp_path / 'probe'}\n",
            "utf-8",
        )
        # A private D-Bus session, when there is dbus-run-session: SecretStorage then talks
        # to a real bus (where no Secret Service runs).
        bus = ["dbus-run-session", "--"] if shutil.which("dbus-run-session") else []
        env = _env(x_display) | {"XDG_CONFIG_HOME": str(config)}
        done = subprocess.run(
            [*bus, str(bundle.program), "--data-dir", str(folder), "--quit-after-ms", "8000"],
            env=env, capture_output=True, text=True, timeout=120,
        )
        assert done.returncode == 0, done.stdout + done.stderr
        calendar = server.folder / "collections" / "collection-root" / server.user
        sent = list(calendar.rglob("*.ics"))
    finally:
        server.stop()
    assert report.is_file(), (
        f"the app never asked keyring for the password:\n{done.stdout}{done.stderr}"
    )
    found = json.loads(report.read_text("utf-8"))
    assert "error" not in found, found["error"]
    assert found["frozen"] is True
    assert found["openssl"].startswith("OpenSSL")
    assert {"SecretService", "KWallet", "libsecret"} <= set(found["entry_points"])
    assert found["encrypted"] > 0  # cryptography's AES through SecretStorage's session
    assert "SecretStorage" not in found["secret_service"]  # it is there; no daemon, though
    if bus:
        assert "neither running nor activatable" in found["secret_service"]
    assert sent, f"nothing reached the team calendar:\n{done.stderr}"
    # The bundle's trimmed ICU data answers as the wheel's full one for Qt's languages.
    assert found["icu"]["sorted"] == icu_uses()["sorted"]
    assert found["icu"]["zone"] == icu_uses()["zone"]
    assert all(found["icu"]["codecs"].values()), found["icu"]["codecs"]
    assert found["icu"]["upper"] == "İSTANBUL"
