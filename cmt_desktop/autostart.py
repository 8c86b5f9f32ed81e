r"""Start at login, per user and without admin rights: opt-in, off by default, and traceless.

* Linux and other XDG desktops: ``$XDG_CONFIG_HOME/autostart/cmt-desktop.desktop``.
* macOS: ``~/Library/LaunchAgents/app.cmt-desktop.plist``; not loaded with ``launchctl``, as
  ``RunAtLoad`` applies from the next login on (a disabled agent stays loaded, idle, until logout).
* Windows: the value "CMt Desktop" of ``HKCU\Software\Microsoft\Windows\CurrentVersion\Run``.

No trace: folders that ``enable`` created are recorded in the entry (so across restarts) and removed
by ``disable`` while empty. No Qt; paths, registry and command are injectable. ``enable`` is
idempotent: call it at start-up when ``is_enabled()`` to refresh a command made stale by a move.
"""

from __future__ import annotations

import configparser
import os
import plistlib
import subprocess
import sys
import tempfile
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from contextlib import suppress
from pathlib import Path
from typing import Protocol
from xml.parsers.expat import ExpatError

import platformdirs

CommandFactory = Callable[[], Sequence[str]]

APP_ID = "cmt-desktop"
ICON_NAME = "fr.cmt.Desktop"  # the icon the packages install (packaging/linux/icons)
MINIMIZED_FLAG = "--minimized"
DESKTOP_CREATED_KEY = "X-CMt-Desktop-Created-Folders"
GNOME_KEY = "X-GNOME-Autostart-enabled"
PLIST_LABEL = "app.cmt-desktop"
PLIST_CREATED_KEY = "app.cmt-desktop.created-folders"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
# Task Manager's switch: binary data under the same value name, first byte 3 or 7 when off.
APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
RUN_VALUE_NAME = "CMt Desktop"
RUN_COMMAND_LIMIT = 260  # Windows ignores longer Run command lines.
# Desktop Entry spec, "The Exec key": an argument holding one of these must be quoted.
_EXEC_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
# Missing, unreadable or malformed entry files (plistlib's InvalidFileException is a ValueError).
_UNREADABLE = (OSError, ValueError, KeyError, configparser.Error, ExpatError)


def default_command() -> list[str]:
    """This program, minimised to the tray: the AppImage, the frozen app, or ``python -m``.

    On Windows ``pythonw.exe`` is preferred to ``python.exe``, so that no console window opens.
    """
    appimage = os.environ.get("APPIMAGE")
    if appimage:  # inside an AppImage, sys.executable lives in a folder gone after exit
        return [appimage, MINIMIZED_FLAG]
    if getattr(sys, "frozen", False):
        return [sys.executable, MINIMIZED_FLAG]
    python = Path(sys.executable)
    if sys.platform == "win32" and python.with_name("pythonw.exe").is_file():
        python = python.with_name("pythonw.exe")
    return [str(python), "-m", "cmt_desktop", MINIMIZED_FLAG]


class Autostart(ABC):
    """Start the program at the user's login."""

    def __init__(self, *, command_factory: CommandFactory | None = None) -> None:
        self._command_factory = command_factory or default_command

    @abstractmethod
    def is_enabled(self) -> bool:
        """Whether the program is set to start at login."""

    def enable(self, command: Sequence[str] | None = None) -> None:
        """Start ``command`` (default: the command factory's) at each login; idempotent.

        Raises:
            ValueError: The command is empty, not strings, or too long for the system.
            OSError: The entry could not be written.
        """
        argv = list(self._command_factory() if command is None else command)
        if not argv or not all(isinstance(arg, str) for arg in argv):
            raise ValueError(f"not a command: {argv!r}")
        self._enable(argv)

    @abstractmethod
    def _enable(self, command: list[str]) -> None: ...

    @abstractmethod
    def disable(self) -> None:
        """Stop starting at login, leaving no trace; does nothing when not enabled."""


def _write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` in one step; the temporary name does not end in ``.desktop``/``.plist``."""
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class _FileAutostart(Autostart):
    """An entry file; the folders ``enable`` created for it, ``disable`` removes while empty."""

    path: Path

    @abstractmethod
    def _render(self, command: list[str], created_folders: int) -> bytes: ...

    @abstractmethod
    def _parse(self, data: bytes) -> tuple[bool, int]:
        """The entry's (enabled, created folders); raises one of ``_UNREADABLE`` if it can't."""

    def _read(self) -> tuple[bool, int]:
        try:
            return self._parse(self.path.read_bytes())
        except _UNREADABLE:
            return False, 0

    def is_enabled(self) -> bool:
        """Whether the entry file exists, parses, and is not switched off."""
        return self._read()[0]

    def _enable(self, command: list[str]) -> None:
        missing, folder = 0, self.path.parent
        while not folder.exists():
            missing, folder = missing + 1, folder.parent
        data = self._render(command, max(missing, self._read()[1]))  # Keep an earlier record.
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if not (self.path.is_file() and self.path.read_bytes() == data):
            _write_atomically(self.path, data)

    def disable(self) -> None:
        """Remove the entry, then the folders ``enable`` created, innermost first, while empty."""
        created = self._read()[1]
        self.path.unlink(missing_ok=True)
        folder = self.path.parent
        for _ in range(created):
            try:
                folder.rmdir()
            except OSError:  # Not empty: someone else uses it (or it is gone already).
                break
            folder = folder.parent


def desktop_exec_value(command: Sequence[str]) -> str:
    """The ``Exec=`` value: arguments quoted per the Desktop Entry spec, then string-escaped."""

    def quote(argument: str) -> str:
        if argument and not _EXEC_RESERVED.intersection(argument):
            return argument
        return '"' + "".join("\\" + c if c in '"`$\\' else c for c in argument) + '"'

    line = " ".join(quote(argument) for argument in command).replace("%", "%%")
    for char, escape in (("\\", "\\\\"), ("\n", "\\n"), ("\t", "\\t"), ("\r", "\\r")):
        line = line.replace(char, escape)
    return line


class LinuxAutostart(_FileAutostart):
    """An XDG autostart entry: ``<config_home>/autostart/cmt-desktop.desktop``."""

    def __init__(self, config_home: Path, *, command_factory: CommandFactory | None = None):
        super().__init__(command_factory=command_factory)
        self.path = Path(config_home) / "autostart" / f"{APP_ID}.desktop"

    def _render(self, command: list[str], created_folders: int) -> bytes:
        created = f"{DESKTOP_CREATED_KEY}={created_folders}\n" if created_folders else ""
        return (
            "[Desktop Entry]\nType=Application\nName=CMt Desktop\n"
            "Comment=Open CMt Desktop minimised to the system tray at login\n"
            f"Exec={desktop_exec_value(command)}\nIcon={ICON_NAME}\nTerminal=false\n"
            f"{GNOME_KEY}=true\n{created}"
        ).encode()

    def _parse(self, data: bytes) -> tuple[bool, int]:
        parser = configparser.ConfigParser(interpolation=None, strict=False)
        parser.optionxform = str  # type: ignore[assignment,method-assign]  # Keys are cased.
        parser.read_string(data.decode("utf-8"))
        entry = parser["Desktop Entry"]
        switched_off = entry.get("Hidden") == "true" or entry.get(GNOME_KEY) == "false"
        created = entry.get(DESKTOP_CREATED_KEY, "0")
        return "Exec" in entry and not switched_off, int(created) if created.isdigit() else 0


class MacAutostart(_FileAutostart):
    """A per-user LaunchAgent: ``<home>/Library/LaunchAgents/app.cmt-desktop.plist``."""

    def __init__(self, home: Path, *, command_factory: CommandFactory | None = None):
        super().__init__(command_factory=command_factory)
        self.path = Path(home) / "Library" / "LaunchAgents" / f"{PLIST_LABEL}.plist"

    def _render(self, command: list[str], created_folders: int) -> bytes:
        agent: dict[str, object] = {"Label": PLIST_LABEL, "ProgramArguments": command}
        agent |= {"RunAtLoad": True, "ProcessType": "Interactive"}  # Interactive: not throttled.
        if created_folders:  # Rare (~/Library/LaunchAgents is usual); launchd ignores the key.
            agent[PLIST_CREATED_KEY] = created_folders
        return plistlib.dumps(agent, fmt=plistlib.FMT_XML)

    def _parse(self, data: bytes) -> tuple[bool, int]:
        agent = plistlib.loads(data)
        if not isinstance(agent, dict):
            raise ValueError("a LaunchAgent is a dictionary")
        created = agent.get(PLIST_CREATED_KEY, 0)
        enabled = bool(agent.get("ProgramArguments")) and agent.get("Disabled") is not True
        return enabled, created if isinstance(created, int) else 0


class Registry(Protocol):
    """The ``HKEY_CURRENT_USER`` operations needed; ``key`` is a path below the hive."""

    def get(self, key: str, name: str) -> object | None:
        """The value's data, or None when the key or the value is missing."""

    def set(self, key: str, name: str, data: str) -> None:
        """Write a string value (``REG_SZ``)."""

    def delete(self, key: str, name: str) -> None:
        """Delete the value, never the key; nothing when it is missing."""


class WinregRegistry(Registry):
    """``Registry`` on the real ``HKEY_CURRENT_USER``; ``winreg`` is imported on use (Windows)."""

    def get(self, key: str, name: str) -> object | None:
        """The value's data, or None when missing."""
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as handle:
                return winreg.QueryValueEx(handle, name)[0]
        except FileNotFoundError:
            return None

    def set(self, key: str, name: str, data: str) -> None:
        """Write a ``REG_SZ`` value; the Run key always exists, so nothing new is created."""
        import winreg

        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE) as handle:
            winreg.SetValueEx(handle, name, 0, winreg.REG_SZ, data)

    def delete(self, key: str, name: str) -> None:
        """Delete the value, never the key."""
        import winreg

        with (
            suppress(FileNotFoundError),
            winreg.OpenKey(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE) as handle,
        ):
            winreg.DeleteValue(handle, name)


class WindowsAutostart(Autostart):
    """The per-user Run value; ``registry`` defaults to ``WinregRegistry``."""

    def __init__(
        self, registry: Registry | None = None, *, command_factory: CommandFactory | None = None
    ) -> None:
        super().__init__(command_factory=command_factory)
        self.registry = WinregRegistry() if registry is None else registry

    def is_enabled(self) -> bool:
        """Whether the Run value is set and not switched off in Task Manager."""
        command = self.registry.get(RUN_KEY, RUN_VALUE_NAME)
        approval = self.registry.get(APPROVED_KEY, RUN_VALUE_NAME)
        switched_off = isinstance(approval, bytes) and approval[:1] in (b"\x03", b"\x07")
        return isinstance(command, str) and bool(command.strip()) and not switched_off

    def _enable(self, command: list[str]) -> None:
        line = subprocess.list2cmdline(command)
        if len(line) > RUN_COMMAND_LIMIT:
            raise ValueError(f"Windows ignores Run commands over {RUN_COMMAND_LIMIT} characters")
        self.registry.set(RUN_KEY, RUN_VALUE_NAME, line)
        # Turning it on in our settings overrides an earlier "Disable" in Task Manager.
        self.registry.delete(APPROVED_KEY, RUN_VALUE_NAME)

    def disable(self) -> None:
        """Delete our values (never the keys)."""
        self.registry.delete(RUN_KEY, RUN_VALUE_NAME)
        self.registry.delete(APPROVED_KEY, RUN_VALUE_NAME)


def autostart_for_this_system(*, command_factory: CommandFactory | None = None) -> Autostart:
    """The mechanism for ``sys.platform``: Windows, macOS, else XDG (Linux and the BSDs).

    Args:
        command_factory: What ``enable()`` starts when given no command; ``default_command``.
    """
    if sys.platform == "win32":
        return WindowsAutostart(command_factory=command_factory)
    if sys.platform == "darwin":
        return MacAutostart(Path.home(), command_factory=command_factory)
    # $XDG_CONFIG_HOME when set (absolute), else ~/.config: the XDG Base Directory rules.
    return LinuxAutostart(platformdirs.user_config_path(), command_factory=command_factory)
