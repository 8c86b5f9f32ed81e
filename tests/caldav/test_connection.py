"""Connection test, calendars, TLS trust and the password store."""

import http.server
import socket
import threading

import pytest

from cmt_desktop.team_calendar import connection, passwords, state, sync
from cmt_desktop.team_calendar.connection import ConnectionStatus, TeamCalendarSettings

pytestmark = pytest.mark.caldav


def settings_for(server, **options) -> TeamCalendarSettings:
    return TeamCalendarSettings(server.url, server.user, timeout=5, **options)


@pytest.fixture
def stub_server():
    """A local web server that is not a CalDAV server: 404 everywhere, or an HTML page."""
    servers = []

    def start(status: int, body: bytes = b"") -> str:
        class Handler(http.server.BaseHTTPRequestHandler):
            def answer(self):
                self.send_response(status)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_PROPFIND = do_OPTIONS = do_REPORT = answer  # noqa: N815

            def log_message(self, *args):
                pass

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_port}/"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def test_ok_lists_the_calendars_and_creates_one(radicale):
    settings = settings_for(radicale)
    made = connection.create_calendar(settings, radicale.password, "Programme de la médiathèque")

    result = connection.test_connection(settings, radicale.password)
    found = connection.list_calendars(settings, radicale.password)

    assert result.ok and made in result.calendars and made in found
    chosen = settings_for(radicale, calendar_url=made.url)
    assert connection.test_connection(chosen, radicale.password).ok


def test_wrong_password(radicale):
    result = connection.test_connection(settings_for(radicale), "not the password")
    assert result.status is ConnectionStatus.WRONG_PASSWORD
    with pytest.raises(connection.TeamCalendarError) as raised:
        connection.list_calendars(settings_for(radicale), "not the password")
    assert raised.value.status is ConnectionStatus.WRONG_PASSWORD


def test_calendar_that_does_not_exist_is_a_wrong_address(radicale):
    missing = radicale.url + f"{radicale.user}/no-such-calendar/"
    result = connection.test_connection(
        settings_for(radicale, calendar_url=missing), radicale.password
    )
    assert result.status is ConnectionStatus.WRONG_ADDRESS


@pytest.mark.parametrize("status, body", [(404, b""), (200, b"<html>Mairie</html>")])
def test_not_a_caldav_server_is_a_wrong_address(stub_server, status, body):
    url = stub_server(status, body)
    result = connection.test_connection(TeamCalendarSettings(url, "x", timeout=5), "pw")
    assert result.status is ConnectionStatus.WRONG_ADDRESS, result


def test_unknown_host_is_a_wrong_address(monkeypatch):
    guarded = socket.getaddrinfo

    def no_such_host(host, *args, **kwargs):
        if str(host).endswith(".invalid"):
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return guarded(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    settings = TeamCalendarSettings("https://cloud.mairie.invalid/remote.php/dav", "x")
    result = connection.test_connection(settings, "pw")
    assert result.status is ConnectionStatus.WRONG_ADDRESS, result


def test_connection_refused_is_unreachable():
    with socket.socket() as probe:  # a port nobody listens on once closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = TeamCalendarSettings(f"http://127.0.0.1:{port}/", "x", timeout=5)
    assert connection.test_connection(settings, "pw").status is ConnectionStatus.UNREACHABLE


def test_a_silent_server_times_out_as_unreachable():
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/"
        result = connection.test_connection(TeamCalendarSettings(url, "x", timeout=0.5), "pw")
    assert result.status is ConnectionStatus.UNREACHABLE
    assert "timed out" in result.detail.lower()


def test_plain_http_only_to_this_computer():
    settings = TeamCalendarSettings("http://nas.mediatheque.example/radicale/", "x")
    assert connection.test_connection(settings, "pw").status is ConnectionStatus.NOT_HTTPS


def test_self_signed_certificate_refused_until_trusted(tls_radicale):
    plain = connection.test_connection(settings_for(tls_radicale), tls_radicale.password)
    assert plain.status is ConnectionStatus.CERTIFICATE
    assert plain.fingerprint == tls_radicale.fingerprint, "shown to the user to compare"

    pinned = settings_for(tls_radicale, fingerprint=tls_radicale.fingerprint.lower())
    with_ca = settings_for(tls_radicale, ca_file=str(tls_radicale.tls[0]))
    assert connection.test_connection(pinned, tls_radicale.password).ok
    assert connection.test_connection(with_ca, tls_radicale.password).ok


def test_another_certificate_than_the_trusted_one_is_refused(tls_radicale):
    wrong = settings_for(tls_radicale, fingerprint="AB:" * 31 + "AB")
    result = connection.test_connection(wrong, tls_radicale.password)
    assert result.status is ConnectionStatus.CERTIFICATE


def test_password_only_in_the_password_store(radicale, venue, memory_keyring, now):
    settings = settings_for(radicale, calendar_url=radicale.url + "x/plan/")
    passwords.KeyringPasswords().set(settings.server_url, settings.username, radicale.password)
    state.save_settings(venue, settings)

    assert memory_keyring == {
        ("CMt Desktop", f"{radicale.user}@127.0.0.1:{radicale.port}"): radicale.password
    }
    assert state.load_settings(venue) == settings
    venue.close()
    secret = radicale.password.encode()
    for path in venue.path.parent.glob(venue.path.name + "*"):
        assert secret not in path.read_bytes(), path


def test_disconnect_forgets_settings_password_and_state(radicale, venue, plan, team, now):
    sync.sync(venue, now=now)

    state.disconnect(venue)

    assert state.load_settings(venue) is None and sync.last_sync(venue) is None
    assert passwords.KeyringPasswords().get(team.server_url, team.username) is None
    assert state.SyncState(venue.db).rows() == {}
    assert sync.sync(venue, now=now).error is ConnectionStatus.NOT_CONFIGURED
