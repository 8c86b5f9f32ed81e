"""A real Radicale on 127.0.0.1, the team calendar's schema step, an in-memory keyring.

Radicale runs as a subprocess (``python -m radicale``) with filesystem storage in a temp
folder and htpasswd users in plain text: ``mediatheque`` (the app's account) and
``colleague`` (a second client, a plain caldav DAVClient, playing the colleague). Any
authenticated user may read and write every calendar, as on a shared team account.

Without radicale, caldav or keyring the tests are skipped, except with CI=true where they
fail. While a test runs, a connection or a name lookup for anything but this computer
raises: no test reaches the network.
"""

from __future__ import annotations

import contextlib
import importlib.util
import ipaddress
import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

import pytest

NOW = datetime(2026, 3, 4, 8, 30, tzinfo=UTC)
USER, PASSWORD = "mediatheque", "bibliothèque-secret"
COLLEAGUE, COLLEAGUE_PASSWORD = "colleague", "colleague-secret"
MISSING = [name for name in ("caldav", "radicale", "keyring") if not importlib.util.find_spec(name)]
IN_CI = os.environ.get("CI", "").lower() == "true"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "caldav: talks to a real Radicale CalDAV server started on 127.0.0.1"
    )


def require() -> None:
    """Skip without radicale, caldav or keyring; fail instead when CI=true."""
    if MISSING:
        message = f"team calendar tests need {', '.join(MISSING)} (pip install radicale caldav)"
        if IN_CI:
            pytest.fail(message, pytrace=False)
        pytest.skip(message)


@pytest.fixture(autouse=True)
def _requirements() -> None:
    require()


# --- no network beyond this computer --------------------------------------------------------


def _local(host: object) -> bool:
    if host in ("localhost", None, b"localhost"):
        return True
    try:
        return ipaddress.ip_address(
            host.decode() if isinstance(host, bytes) else str(host)
        ).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def _only_this_computer(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Refuse, and remember, any lookup or connection beyond this computer.

    Remembered too, because code under test may catch the refusal (a connection test turns
    failures into a status): the test then fails at teardown.
    """
    real_getaddrinfo = socket.getaddrinfo
    real_connect = socket.socket.connect
    attempts: list[str] = []

    def getaddrinfo(host, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if not _local(host):
            attempts.append(f"lookup {host!r}")
            raise OSError(f"test: no network beyond this computer ({host!r})")
        return real_getaddrinfo(host, *args, **kwargs)

    def connect(self, address):  # noqa: ANN001, ANN202
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _local(address[0]):
            attempts.append(f"connect {address!r}")
            raise OSError(f"test: no network beyond this computer ({address!r})")
        return real_connect(self, address)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket.socket, "connect", connect)
    yield
    assert not attempts, f"the test reached beyond 127.0.0.1: {attempts}"


# --- schema step and keyring -----------------------------------------------------------------


@pytest.fixture(autouse=True)
def _team_calendar_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    """Register the schema step as ``migrations.STEPS`` will once it ships."""
    from cmt_desktop.storage import migrations
    from cmt_desktop.team_calendar import schema

    if all(name != schema.STEP_NAME for name, _ in migrations.STEPS):
        step = (schema.STEP_NAME, schema._0005_team_calendar)
        monkeypatch.setattr(migrations, "STEPS", (*migrations.STEPS, step))


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[dict[tuple[str, str], str]]:
    """The system's password store replaced by a dict for the test."""
    import keyring
    from keyring.backend import KeyringBackend
    from keyring.backends import fail
    from keyring.errors import PasswordDeleteError

    store: dict[tuple[str, str], str] = {}

    class InMemory(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            store[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            if store.pop((service, username), None) is None:
                raise PasswordDeleteError(username)

    keyring.set_keyring(InMemory())
    yield store
    keyring.set_keyring(fail.Keyring())  # nothing after the test may reach the real store


# --- Radicale ---------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Radicale:
    """One Radicale process; ``stop()`` and ``start()`` again keep its port and data."""

    user, password = USER, PASSWORD
    colleague, colleague_password = COLLEAGUE, COLLEAGUE_PASSWORD

    def __init__(self, folder: Path, *, tls: tuple[Path, Path] | None = None) -> None:
        self.folder = folder
        self.port = free_port()
        self.tls = tls
        self.process: subprocess.Popen[bytes] | None = None
        folder.mkdir(parents=True, exist_ok=True)
        users = folder / "users"
        users.write_text(f"{USER}:{PASSWORD}\n{COLLEAGUE}:{COLLEAGUE_PASSWORD}\n", "utf-8")
        ssl_lines = (
            f"ssl = True\ncertificate = {tls[0]}\nkey = {tls[1]}\n" if tls is not None else ""
        )
        self.config = folder / "config"
        self.config.write_text(
            f"[server]\nhosts = 127.0.0.1:{self.port}\n{ssl_lines}"
            f"[auth]\ntype = htpasswd\nhtpasswd_filename = {users}\n"
            "htpasswd_encryption = plain\ndelay = 0\n"
            "[rights]\ntype = authenticated\n"
            f"[storage]\nfilesystem_folder = {folder / 'collections'}\n"
            "[web]\ntype = none\n[logging]\nlevel = warning\n",
            "utf-8",
        )

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}/"

    def start(self) -> None:
        log = (self.folder / "radicale.log").open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "radicale", "--config", str(self.config)],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError((self.folder / "radicale.log").read_text("utf-8", "replace"))
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2),
            ):
                return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError("Radicale did not start in 15 s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self.process = None


@pytest.fixture(scope="session")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Radicale]:
    require()
    server = Radicale(tmp_path_factory.mktemp("radicale"))
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def tls_radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Radicale]:
    """A Radicale over TLS with a self-signed certificate for 127.0.0.1 (``.fingerprint``)."""
    require()
    pytest.importorskip("cryptography", reason="making a self-signed certificate")
    folder = tmp_path_factory.mktemp("radicale-tls")
    cert, key, fingerprint = self_signed(folder)
    server = Radicale(folder, tls=(cert, key))
    server.fingerprint = fingerprint  # type: ignore[attr-defined]
    server.start()
    yield server
    server.stop()


def self_signed(folder: Path) -> tuple[Path, Path, str]:
    """A certificate for 127.0.0.1, its key, and its SHA-256 as ``AB:CD:…``."""
    from datetime import timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "CMt test Radicale")])
    moment = datetime.now(UTC)  # a certificate must be valid now, whatever the tests' clock
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(moment - timedelta(days=1))
        .not_valid_after(moment + timedelta(days=7))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    digest = cert.fingerprint(hashes.SHA256())
    return cert_path, key_path, ":".join(f"{byte:02X}" for byte in digest)


@pytest.fixture
def own_radicale(tmp_path: Path) -> Iterator[Radicale]:
    """A Radicale for one test, which may stop and restart it."""
    require()
    server = Radicale(tmp_path / "own-radicale")
    server.start()
    yield server
    server.stop()


# --- the venue, the team calendar, the colleague ------------------------------------------


@pytest.fixture
def now() -> datetime:
    """The fixed time of every sync: Wednesday 4 March 2026, 08:30 UTC."""
    return NOW


@pytest.fixture
def venue(tmp_path: Path):  # noqa: ANN201
    from cmt_desktop import services
    from cmt_desktop.resources import network_catalogue

    opened = services.open_venue(tmp_path / "venue.cmt", network_catalogue(), now=NOW)
    yield opened
    opened.close()


def new_calendar(server: Radicale, name: str) -> str:
    """A new calendar in the app's account; returns its URL."""
    from cmt_desktop.team_calendar import connection

    settings = connection.TeamCalendarSettings(server.url, USER, timeout=10)
    return connection.create_calendar(settings, PASSWORD, name).url


def team_settings(server: Radicale, calendar_url: str, **options: object):  # noqa: ANN201
    """The app's settings for that calendar, password stored in the (memory) keyring."""
    from cmt_desktop.team_calendar import connection, passwords

    settings = connection.TeamCalendarSettings(
        server.url, USER, calendar_url=calendar_url, calendar_name="Plan", timeout=10, **options
    )
    passwords.KeyringPasswords().set(settings.server_url, USER, PASSWORD)
    return settings


@pytest.fixture
def team_on(venue):  # noqa: ANN001, ANN201
    """Set up a fresh calendar on a server as the venue's team calendar; returns settings."""
    from cmt_desktop.team_calendar import state

    def make(server: Radicale, **options: object):  # noqa: ANN202
        url = new_calendar(server, f"Plan {uuid.uuid4().hex[:8]}")
        settings = team_settings(server, url, **options)
        state.save_settings(venue, settings)
        return settings

    return make


@pytest.fixture
def team(radicale: Radicale, team_on):  # noqa: ANN001, ANN201
    """A fresh calendar on the session's Radicale, set up in the venue."""
    return team_on(radicale)


class Colleague:
    """A second CalDAV client on the same calendar, as a colleague's calendar app."""

    def __init__(self, server: Radicale, calendar_url: str) -> None:
        import caldav

        self.client = caldav.DAVClient(
            url=server.url,
            username=COLLEAGUE,
            password=COLLEAGUE_PASSWORD,
            timeout=10,
            enable_rfc6764=False,
        )
        self.calendar = caldav.Calendar(client=self.client, url=calendar_url)
        self.calendar_url = calendar_url

    def uids(self) -> set[str]:
        return {str(item.icalendar_component["UID"]) for item in self.calendar.search(event=True)}

    def names(self) -> set[str]:
        return {str(item.url).rsplit("/", 1)[-1] for item in self.calendar.search(event=True)}

    def event(self, uid: str):  # noqa: ANN201
        import caldav

        url = self.calendar_url.rstrip("/") + "/" + quote(uid, safe="") + ".ics"
        return caldav.Event(client=self.client, url=url, parent=self.calendar).load()

    def add(self, ics: str):  # noqa: ANN201
        return self.calendar.add_event(ics)


@pytest.fixture
def colleague_on() -> Iterator:
    """Make a colleague's client for a calendar of a server."""
    made: list[Colleague] = []

    def make(server: Radicale, calendar_url: str) -> Colleague:
        made.append(Colleague(server, calendar_url))
        return made[-1]

    yield make
    for person in made:
        person.client.close()


@pytest.fixture
def colleague(radicale: Radicale, team, colleague_on) -> Colleague:  # noqa: ANN001
    return colleague_on(radicale, team.calendar_url)


@pytest.fixture
def plan(venue):  # noqa: ANN001, ANN201
    """Three dated posts (ready, draft, skipped) and an undated idea, by short name."""
    from cmt_desktop import services

    return {name: services.create_post(venue, post=post, now=NOW) for name, post in PLAN.items()}


def _plan() -> dict:
    from zoneinfo import ZoneInfo

    from cmt_desktop.domain.post import Post, PostStatus

    paris = ZoneInfo("Europe/Paris")
    return {
        "story": Post(
            network="instagram",
            status=PostStatus.READY,
            title="Heure du conte",
            start=datetime(2026, 3, 11, 10, tzinfo=paris),
            body="Venez écouter les contes du mercredi, dès 4 ans ; entrée libre.",
            hashtags=("#HeureDuConte", "#Médiathèque"),
            alt_text="Une conteuse et des enfants assis en cercle",
            notes="Photo prise avec l'accord des parents",
            pillar="Jeunesse",
        ),
        "backstage": Post(
            network="facebook",
            status=PostStatus.DRAFT,
            title="",
            start=datetime(2026, 3, 12, 14, tzinfo=paris),
            body="Les coulisses du désherbage\nUne virgule, et ; un point-virgule.",
        ),
        "cancelled": Post(
            network="instagram",
            status=PostStatus.SKIPPED,
            title="Atelier annulé",
            start=datetime(2026, 3, 13, 9, 15, tzinfo=paris),
        ),
        "idea": Post(network="instagram", title="Une idée sans date"),
    }


PLAN = _plan()
