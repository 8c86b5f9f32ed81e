"""The server password, kept only in the system's password store through ``keyring``.

Never in the venue file nor in any plain-text file: when the system has no usable store
(a Linux desktop without Secret Service, say), saving fails with NO_PASSWORD and the user
types the password again at each connection rather than having it written in clear.
"""

from __future__ import annotations

from typing import Protocol
from urllib.parse import urlsplit

from cmt_desktop.team_calendar.errors import ConnectionStatus, TeamCalendarError

SERVICE = "CMt Desktop"


class PasswordStore(Protocol):
    """Where passwords live, by ``user@server`` key (see :func:`account_key`)."""

    def get(self, server_url: str, username: str) -> str | None:
        """The stored password, or ``None``."""
        ...

    def set(self, server_url: str, username: str, password: str) -> None:
        """Store (or replace) the password."""
        ...

    def delete(self, server_url: str, username: str) -> None:
        """Forget the password; nothing happens when there is none."""
        ...


def account_key(server_url: str, username: str) -> str:
    """``user@host[:port]``: one entry per account and server, whatever the calendar."""
    parts = urlsplit(server_url.strip())
    host = (parts.hostname or parts.path.split("/")[0]).lower()
    server = f"{host}:{parts.port}" if parts.port else host
    return f"{username.strip()}@{server}"


class KeyringPasswords:
    """The system's store (Windows Credential Manager, macOS Keychain, Secret Service).

    Tests install an in-memory backend with ``keyring.set_keyring(...)``.
    """

    def get(self, server_url: str, username: str) -> str | None:
        """The stored password, or ``None``.

        Raises:
            TeamCalendarError: NO_PASSWORD when the system's store cannot be used.
        """
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(SERVICE, account_key(server_url, username))
        except KeyringError as error:
            raise TeamCalendarError(ConnectionStatus.NO_PASSWORD, str(error)) from error

    def set(self, server_url: str, username: str, password: str) -> None:
        """Store the password in the system's store.

        Raises:
            TeamCalendarError: NO_PASSWORD when the system's store cannot be used.
        """
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(SERVICE, account_key(server_url, username), password)
        except KeyringError as error:
            raise TeamCalendarError(ConnectionStatus.NO_PASSWORD, str(error)) from error

    def delete(self, server_url: str, username: str) -> None:
        """Forget the password (none stored is fine)."""
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            keyring.delete_password(SERVICE, account_key(server_url, username))
        except PasswordDeleteError:
            pass  # there was none
        except KeyringError as error:
            raise TeamCalendarError(ConnectionStatus.NO_PASSWORD, str(error)) from error
