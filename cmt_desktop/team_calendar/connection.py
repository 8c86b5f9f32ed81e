"""Connecting to the team's CalDAV server: settings, TLS trust, test, list and create calendars.

TLS is always verified: against the system's certificates, a CA file the user chose, or a
self-signed certificate the user trusted by its SHA-256 fingerprint (the certificate is
fetched, compared with the fingerprint, and then used as the only trusted one, host name
checked as usual). Plain ``http://`` is accepted only for this computer (127.0.0.1, ::1,
localhost): anywhere else the password would cross the network in clear.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import ipaddress
import json
import logging
import os
import ssl
import tempfile
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from cmt_desktop.team_calendar.errors import (
    ConnectionStatus,
    TeamCalendarError,
    classify,
    expected_errors,
)
from cmt_desktop.team_calendar.passwords import KeyringPasswords, PasswordStore, account_key

if TYPE_CHECKING:
    import caldav

__all__ = [
    "CalendarInfo",
    "ConnectionResult",
    "ConnectionStatus",
    "KeyringPasswords",
    "PasswordStore",
    "TeamCalendarError",
    "TeamCalendarSettings",
    "account_key",
    "create_calendar",
    "list_calendars",
    "open_client",
    "server_fingerprint",
    "test_connection",
]

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 15.0  # seconds, for every request


@dataclasses.dataclass(frozen=True)
class TeamCalendarSettings:
    """How to reach the team calendar; kept in the venue file, the password never is.

    Attributes:
        server_url: The CalDAV address (``https://cloud.example.org/remote.php/dav``).
        username: The account's user name.
        calendar_url: The calendar the plan is shared through (from :func:`list_calendars`
            or :func:`create_calendar`).
        calendar_name: Its display name, for the window.
        ca_file: A PEM file of the certificate authority to trust (a private CA).
        fingerprint: The SHA-256 of a self-signed certificate to trust (hex, colons allowed).
        publish_moderation: Also publish the strategy's moderation slots (one-way).
        publish_events: Also publish the venue's programme events (one-way).
        programme_calendar_url: A calendar on the same server holding the venue's programme.
        timeout: Seconds to wait for each request.
    """

    server_url: str
    username: str
    calendar_url: str = ""
    calendar_name: str = ""
    ca_file: str = ""
    fingerprint: str = ""
    publish_moderation: bool = False
    publish_events: bool = False
    programme_calendar_url: str = ""
    timeout: float = DEFAULT_TIMEOUT

    @property
    def account(self) -> str:
        """``user@server``: the key of the password in the system's store."""
        return account_key(self.server_url, self.username)

    def to_json(self) -> str:
        """The settings as JSON, for the venue file."""
        return json.dumps(dataclasses.asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> TeamCalendarSettings:
        """Settings from :meth:`to_json` (unknown keys, from a newer app, are ignored).

        Raises:
            ValueError: not JSON, or without a server address and a user name.
        """
        data = json.loads(text)
        known = {field.name for field in dataclasses.fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in known})


@dataclasses.dataclass(frozen=True)
class CalendarInfo:
    """A calendar on the server."""

    url: str
    name: str


@dataclasses.dataclass(frozen=True)
class ConnectionResult:
    """What a connection test found.

    Attributes:
        status: OK or what went wrong.
        detail: The technical message behind a failure.
        calendars: The account's calendars, when OK.
        fingerprint: With CERTIFICATE, the SHA-256 of the certificate the server showed
            (``AB:CD:…``), for the user to compare and trust; empty when unknown.
    """

    status: ConnectionStatus
    detail: str = ""
    calendars: tuple[CalendarInfo, ...] = ()
    fingerprint: str = ""

    @property
    def ok(self) -> bool:
        """True when the server, the account and the calendar (if any) were all found."""
        return self.status is ConnectionStatus.OK


def test_connection(settings: TeamCalendarSettings, password: str) -> ConnectionResult:
    """Log in, check that the server speaks CalDAV, list the calendars, find the chosen one.

    Never raises for what the network or the server does: the result says it.

    Args:
        settings: The address, account, trust and (optionally) the chosen calendar.
        password: The password typed by the user or read from the password store.
    """
    try:
        with open_client(settings, password) as client:
            principal = client.principal()
            if not client.check_cdav_support():
                raise TeamCalendarError(ConnectionStatus.WRONG_ADDRESS, "not a CalDAV server")
            calendars = tuple(_info(calendar) for calendar in principal.calendars())
            if settings.calendar_url:
                calendar_at(client, settings.calendar_url).get_display_name()
    except expected_errors() as error:
        log.debug("connection test failed", exc_info=True)
        failure = classify(error)
        fingerprint = ""
        if failure.status is ConnectionStatus.CERTIFICATE and not settings.fingerprint:
            with contextlib.suppress(OSError, ValueError, TeamCalendarError):
                fingerprint = server_fingerprint(settings.server_url, timeout=settings.timeout)
        return ConnectionResult(failure.status, failure.detail, fingerprint=fingerprint)
    return ConnectionResult(ConnectionStatus.OK, calendars=calendars)


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test


def list_calendars(settings: TeamCalendarSettings, password: str) -> list[CalendarInfo]:
    """The account's calendars, by name.

    Raises:
        TeamCalendarError: what went wrong (see :class:`ConnectionStatus`).
    """
    try:
        with open_client(settings, password) as client:
            found = [_info(calendar) for calendar in client.principal().calendars()]
    except expected_errors() as error:
        raise classify(error) from error
    return sorted(found, key=lambda info: (info.name.casefold(), info.url))


def create_calendar(settings: TeamCalendarSettings, password: str, name: str) -> CalendarInfo:
    """Create a calendar named ``name`` in the account (for the plan or the programme).

    Raises:
        TeamCalendarError: what went wrong (see :class:`ConnectionStatus`).
    """
    try:
        with open_client(settings, password) as client:
            calendar = client.principal().make_calendar(name=name)
            return CalendarInfo(str(calendar.url), name)
    except expected_errors() as error:
        raise classify(error) from error


def server_fingerprint(server_url: str, *, timeout: float = DEFAULT_TIMEOUT) -> str:
    """The SHA-256 of the certificate the server shows, ``AB:CD:…``, NOT verified.

    Only for showing to the user, who compares it with the one their administrator gave
    before trusting it; never a reason to connect by itself.

    Raises:
        OSError: the server cannot be reached.
        TeamCalendarError: WRONG_ADDRESS for an address without a host name.
    """
    digest = hashlib.sha256(ssl.PEM_cert_to_DER_cert(_fetch_certificate(server_url, timeout)))
    return ":".join(f"{byte:02X}" for byte in digest.digest())


@contextlib.contextmanager
def open_client(settings: TeamCalendarSettings, password: str) -> Iterator[caldav.DAVClient]:
    """A caldav client with the timeout and the trust of ``settings``, closed afterwards.

    Raises:
        TeamCalendarError: NOT_HTTPS, WRONG_ADDRESS or CERTIFICATE before any request.
        OSError: the certificate of a self-signed server could not be fetched.
    """
    import caldav

    _check_address(settings.server_url)
    with _verification(settings) as verify:
        client = caldav.DAVClient(
            url=settings.server_url,
            username=settings.username,
            password=password,
            timeout=settings.timeout,  # type: ignore[arg-type]  # niquests takes floats
            ssl_verify_cert=verify,
            enable_rfc6764=False,  # the address is given: no DNS SRV/TXT lookups
        )
        try:
            yield client
        finally:
            client.close()


def calendar_at(client: caldav.DAVClient, url: str) -> caldav.Calendar:
    """The calendar at ``url``, without asking the server anything yet."""
    import caldav

    return caldav.Calendar(client=client, url=url)


def _info(calendar: Any) -> CalendarInfo:
    name = calendar.get_display_name()
    if not name:  # the last part of the address
        name = unquote(urlsplit(str(calendar.url)).path).rstrip("/").rsplit("/", 1)[-1]
    return CalendarInfo(str(calendar.url), str(name))


def _check_address(url: str) -> None:
    parts = urlsplit(url.strip())
    try:
        parts.port  # noqa: B018 - raises ValueError for a port that is not one
    except ValueError:
        raise TeamCalendarError(ConnectionStatus.WRONG_ADDRESS, url) from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise TeamCalendarError(ConnectionStatus.WRONG_ADDRESS, f"not a web address: {url!r}")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise TeamCalendarError(ConnectionStatus.NOT_HTTPS, url)


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@contextlib.contextmanager
def _verification(settings: TeamCalendarSettings) -> Iterator[bool | str]:
    """What niquests' ``verify`` gets: True, a CA file, or the pinned certificate's file."""
    if urlsplit(settings.server_url).scheme != "https":
        yield True
        return
    if settings.fingerprint:
        pem = _fetch_certificate(settings.server_url, settings.timeout)
        seen = hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest()
        wanted = "".join(settings.fingerprint.split()).replace(":", "").lower()
        if seen != wanted:
            raise TeamCalendarError(
                ConnectionStatus.CERTIFICATE,
                f"the server's certificate is not the trusted one (SHA-256 {seen})",
            )
        handle, path = tempfile.mkstemp(prefix="cmt-trusted-", suffix=".pem")
        try:
            with os.fdopen(handle, "w", encoding="ascii") as file:
                file.write(pem)
            yield path
        finally:
            os.unlink(path)
        return
    if settings.ca_file:
        if not os.path.isfile(settings.ca_file):
            raise TeamCalendarError(
                ConnectionStatus.CERTIFICATE, f"no such file: {settings.ca_file}"
            )
        yield settings.ca_file
        return
    yield True


def _fetch_certificate(server_url: str, timeout: float) -> str:
    parts = urlsplit(server_url)
    if not parts.hostname:
        raise TeamCalendarError(ConnectionStatus.WRONG_ADDRESS, server_url)
    return ssl.get_server_certificate((parts.hostname, parts.port or 443), timeout=timeout)
