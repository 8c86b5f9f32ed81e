"""What went wrong talking to the team's CalDAV server, as a kind the window can word."""

from __future__ import annotations

import enum
import socket
import ssl


class ConnectionStatus(enum.StrEnum):
    """The outcome of a connection test, or why a sync or a pull stopped.

    The first six are what the server said (or did not say); the others are local.
    """

    OK = "ok"
    WRONG_ADDRESS = "wrong_address"  # no such host, 404, not a CalDAV server, no calendar
    WRONG_PASSWORD = "wrong_password"  # 401 / 403
    CERTIFICATE = "certificate"  # TLS verification failed, or not the trusted certificate
    UNREACHABLE = "unreachable"  # connection refused, timed out, network down
    SERVER_ERROR = "server_error"  # the server answered something unexpected (5xx, bad XML)
    NOT_HTTPS = "not_https"  # plain http:// to another machine: the password would travel clear
    NO_PASSWORD = "no_password"  # none stored, or the system's password store is unavailable
    NOT_CONFIGURED = "not_configured"  # no team calendar set up for this venue
    READ_ONLY = "read_only"  # the venue file is open read-only: nothing can be synced


class TeamCalendarError(Exception):
    """A failure with its kind; ``detail`` is for the "details" part of a message."""

    def __init__(self, status: ConnectionStatus, detail: str = "") -> None:
        super().__init__(f"{status.value}: {detail}" if detail else status.value)
        self.status = status
        self.detail = detail


def classify(error: BaseException) -> TeamCalendarError:
    """The kind of a failure raised by caldav, niquests, ssl or the socket layer.

    Args:
        error: What was raised.

    Returns:
        The same error when it is already a :class:`TeamCalendarError`, else a new one
        whose detail is the innermost cause's message (the most specific one).
    """
    if isinstance(error, TeamCalendarError):
        return error
    from caldav.lib import error as dav_error  # imported late: caldav is an optional extra

    chain = _chain(error)
    detail = _detail(chain)
    names = {type(item).__name__ for item in chain}
    if isinstance(error, dav_error.AuthorizationError):
        return TeamCalendarError(ConnectionStatus.WRONG_PASSWORD, detail)
    if isinstance(error, dav_error.NotFoundError):
        return TeamCalendarError(ConnectionStatus.WRONG_ADDRESS, detail)
    if any(isinstance(item, ssl.SSLError) for item in chain) or "SSLError" in names:
        return TeamCalendarError(ConnectionStatus.CERTIFICATE, detail)
    if any(isinstance(item, socket.gaierror) for item in chain) or "NameResolutionError" in names:
        return TeamCalendarError(ConnectionStatus.WRONG_ADDRESS, detail)
    if names & {"InvalidURL", "MissingSchema", "InvalidSchema", "LocationParseError"}:
        return TeamCalendarError(ConnectionStatus.WRONG_ADDRESS, detail)
    if names & {"XMLSyntaxError", "ParseError"}:  # HTML where XML was expected
        return TeamCalendarError(ConnectionStatus.WRONG_ADDRESS, detail)
    if isinstance(error, dav_error.DAVError):
        return TeamCalendarError(ConnectionStatus.SERVER_ERROR, detail)
    if isinstance(error, OSError):  # niquests' errors are OSErrors too
        return TeamCalendarError(ConnectionStatus.UNREACHABLE, detail)
    return TeamCalendarError(ConnectionStatus.SERVER_ERROR, detail)


def _chain(error: BaseException) -> list[BaseException]:
    """The error and its causes, outermost first (cycles cut)."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def _detail(chain: list[BaseException]) -> str:
    """The innermost message that says something, one line, at most 300 characters."""
    for item in reversed(chain):
        text = " ".join(str(item).split())
        if text:
            return text[:300]
    return type(chain[0]).__name__


def expected_errors() -> tuple[type[BaseException], ...]:
    """What talking to a server may raise (anything else is a bug and is not caught).

    ``OSError`` covers the socket layer and niquests; caldav's own errors, lxml's parse
    errors (HTML where XML was expected) and ``TeamCalendarError`` complete it.
    """
    from caldav.lib import error as dav_error
    from lxml import etree

    return (TeamCalendarError, OSError, dav_error.DAVError, etree.Error)
