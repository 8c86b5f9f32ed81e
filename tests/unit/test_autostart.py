"""Start at login: XDG autostart, LaunchAgent and Run key, on temporary homes and a fake registry.

Enabling then disabling must leave the home exactly as it was, so each round trip compares a
recursive listing (with file contents) before and after. The ``.desktop`` file is also checked by
``desktop-file-validate`` and launched by GLib's ``gio``: skipped where missing, failed on CI.
"""

from __future__ import annotations

import configparser
import json
import os
import plistlib
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cmt_desktop import autostart
from cmt_desktop.autostart import (
    APPROVED_KEY,
    RUN_KEY,
    RUN_VALUE_NAME,
    LinuxAutostart,
    MacAutostart,
    WindowsAutostart,
    autostart_for_this_system,
    default_command,
)

COMMAND = ["/opt/CMt Desktop/bin/cmt-desktop", "--minimized", "--data-dir", "/home/o'neil/my data"]
# Every character the Desktop Entry spec reserves, field-code lookalikes, and an empty argument.
AWKWARD = [
    'say "hi"',
    "$HOME",
    "back\\slash",
    "`tick`",
    "100%",
    "%f",
    "",
    "tab\there",
    "new\nline",
    "a;b|c&d<e>f*g?h#i(j)k~",
    "plain",
    "ünïcødé",
]


def tree(root: Path) -> dict[str, bytes | None]:
    """Every path under ``root`` with its content (None for a folder)."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes() if path.is_file() else None
        for path in sorted(root.rglob("*"))
    }


def split_exec(value: str) -> list[str]:
    """Undo the Desktop Entry escapes: the string escapes, then the Exec quoting and ``%%``."""
    escapes = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    text, i = "", 0
    while i < len(value):
        if value[i] == "\\" and value[i + 1 : i + 2] in escapes:
            text, i = text + escapes[value[i + 1]], i + 2
        else:
            text, i = text + value[i], i + 1
    args: list[str] = []
    current, started, quoted, i = "", False, False, 0
    while i < len(text):
        char = text[i]
        if char == "%":
            assert text[i + 1] == "%", f"field code in {value!r}"
            current, started, i = current + "%", True, i + 2
            continue
        if quoted and char == "\\":
            assert text[i + 1] in '"`$\\', f"bad escape in {value!r}"
            current, i = current + text[i + 1], i + 2
            continue
        if char == '"':
            quoted, started = not quoted, True
        elif char == " " and not quoted:
            if started:
                args.append(current)
            current, started = "", False
        else:
            assert char not in ("`$" if quoted else "\t\n'\\><~|&;$*?#()`"), f"bare {char!r}"
            current, started = current + char, True
        i += 1
    assert not quoted, f"unterminated quote in {value!r}"
    return [*args, current] if started else args


def read_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{name} is missing: CI must install {package}")
        pytest.skip(f"{name} is not installed ({package})")
    return found


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """An empty temporary HOME on a Linux desktop without XDG_CONFIG_HOME."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    return folder


# --- Linux: XDG autostart --------------------------------------------------------------------


@pytest.mark.parametrize("layout", ["empty home", "config exists", "autostart shared"])
def test_linux_round_trip_leaves_no_trace(home, layout):
    if layout != "empty home":
        (home / ".config").mkdir()
    if layout == "autostart shared":
        (home / ".config" / "autostart").mkdir()
        (home / ".config" / "autostart" / "other.desktop").write_text("[Desktop Entry]\n")
    before = tree(home)
    entry = autostart_for_this_system()
    assert isinstance(entry, LinuxAutostart)
    assert entry.path == home / ".config" / "autostart" / "cmt-desktop.desktop"
    assert not entry.is_enabled()

    entry.enable(COMMAND)
    assert entry.is_enabled() and entry.path.is_file()
    desktop = read_entry(entry.path)
    assert desktop["Type"] == "Application" and desktop["Name"] == "CMt Desktop"
    assert desktop["Terminal"] == "false" and desktop["X-GNOME-Autostart-enabled"] == "true"
    assert desktop["Icon"] == "fr.cmt.Desktop" and desktop["Comment"]
    assert split_exec(desktop["Exec"]) == COMMAND
    enabled = tree(home)
    entry.enable(COMMAND)
    assert tree(home) == enabled  # Idempotent, and no temporary file left behind.

    # A later run of the program (a new object) still knows which folders it created.
    autostart_for_this_system().disable()
    assert tree(home) == before
    assert not entry.is_enabled()
    entry.disable()  # Disabling what is off is harmless.
    assert tree(home) == before


def test_linux_follows_xdg_config_home(home, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "elsewhere" / "config"))
    before = tree(home)
    entry = autostart_for_this_system()
    entry.enable(COMMAND)
    assert (home / "elsewhere" / "config" / "autostart" / "cmt-desktop.desktop").is_file()
    assert not (home / ".config").exists()
    entry.disable()
    assert tree(home) == before


def test_linux_keeps_a_created_folder_that_others_now_use(home):
    entry = LinuxAutostart(home / ".config")
    entry.enable(COMMAND)
    other = entry.path.with_name("other.desktop")
    other.write_text("[Desktop Entry]\n")
    entry.disable()
    assert tree(home) == {
        ".config": None,
        ".config/autostart": None,
        ".config/autostart/other.desktop": b"[Desktop Entry]\n",
    }


@pytest.mark.parametrize(
    "command",
    [
        ["/usr/bin/cmt-desktop", "--minimized"],
        ["/home/me/My Apps/venv/bin/python", "-m", "cmt_desktop", "--minimized"],
        ['/tmp/it\'s "here"/python', *AWKWARD],
    ],
)
def test_linux_exec_round_trips(home, command):
    entry = LinuxAutostart(home / ".config")
    entry.enable(command)
    assert split_exec(read_entry(entry.path)["Exec"]) == command


@pytest.mark.parametrize(
    ("line", "switched_off"),
    [
        ("Terminal=false", "Hidden=true"),
        ("X-GNOME-Autostart-enabled=true", "X-GNOME-Autostart-enabled=false"),
    ],
)
def test_linux_entry_switched_off_by_the_desktop_is_off_until_enabled(home, line, switched_off):
    entry = LinuxAutostart(home / ".config")
    entry.enable(COMMAND)
    entry.path.write_text(entry.path.read_text().replace(line, switched_off))
    assert not entry.is_enabled()
    entry.enable(COMMAND)
    assert entry.is_enabled()


def test_linux_unreadable_entry_is_off_and_removed(home):
    entry = LinuxAutostart(home / ".config")
    entry.enable(COMMAND)
    entry.path.write_bytes(b"\xff not a desktop entry")
    assert not entry.is_enabled()
    entry.disable()
    assert not entry.path.exists()


def test_linux_failed_write_keeps_the_old_entry_and_no_temporary_file(home, monkeypatch):
    entry = LinuxAutostart(home / ".config")
    entry.enable(COMMAND)
    enabled = tree(home)

    def refuse(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError, match="disk full"):
        entry.enable(["/elsewhere/cmt-desktop"])
    assert tree(home) == enabled


def test_desktop_file_validate_accepts_the_entry(home):
    validate = tool("desktop-file-validate", "desktop-file-utils")
    entry = LinuxAutostart(home / ".config")
    entry.enable(['/tmp/it\'s "here"/python', *AWKWARD])
    done = subprocess.run([validate, str(entry.path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_glib_launches_the_exact_command(home, tmp_path):
    gio = tool("gio", "libglib2.0-bin")
    folder = tmp_path / 'it\'s a "folder" $HOME'
    folder.mkdir()
    script, out = folder / "argv.py", tmp_path / "argv.json"
    script.write_text("import json, sys\nopen(sys.argv[1], 'w').write(json.dumps(sys.argv[2:]))\n")
    entry = LinuxAutostart(home / ".config")
    entry.enable([sys.executable, str(script), str(out), *AWKWARD])
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")}
    done = subprocess.run(
        [gio, "launch", str(entry.path)], env=env, capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 0, done.stderr
    deadline = time.monotonic() + 20
    while not (out.exists() and out.read_text()) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert json.loads(out.read_text()) == AWKWARD


# --- macOS: LaunchAgent ----------------------------------------------------------------------


@pytest.mark.parametrize("agents_exist", [False, True])
def test_mac_round_trip_leaves_no_trace(home, monkeypatch, agents_exist):
    (home / "Library").mkdir()
    if agents_exist:
        (home / "Library" / "LaunchAgents").mkdir()
        (home / "Library" / "LaunchAgents" / "com.example.plist").write_bytes(b"<plist/>")
    before = tree(home)
    monkeypatch.setattr(sys, "platform", "darwin")
    entry = autostart_for_this_system()
    assert isinstance(entry, MacAutostart)
    assert entry.path == home / "Library" / "LaunchAgents" / "app.cmt-desktop.plist"
    assert not entry.is_enabled()

    entry.enable(COMMAND)
    entry.enable(COMMAND)
    assert entry.is_enabled()
    agent = plistlib.loads(entry.path.read_bytes())
    assert agent["Label"] == "app.cmt-desktop" and agent["ProgramArguments"] == COMMAND
    assert agent["RunAtLoad"] is True and agent["ProcessType"] == "Interactive"
    assert ("app.cmt-desktop.created-folders" in agent) is not agents_exist

    MacAutostart(home).disable()
    assert tree(home) == before
    assert not entry.is_enabled()


# --- Windows: the Run key, through a fake registry --------------------------------------------


class FakeRegistry:
    """HKEY_CURRENT_USER as a dict of keys, each a dict of values."""

    def __init__(self) -> None:
        self.keys: dict[str, dict[str, object]] = {
            RUN_KEY: {"OneDrive": '"C:\\OneDrive.exe" /background'},
            APPROVED_KEY: {"OneDrive": b"\x02" + bytes(11)},
        }

    def get(self, key: str, name: str) -> object | None:
        return self.keys.get(key, {}).get(name)

    def set(self, key: str, name: str, data: str) -> None:
        self.keys.setdefault(key, {})[name] = data

    def delete(self, key: str, name: str) -> None:
        self.keys.get(key, {}).pop(name, None)


def test_windows_sets_a_quoted_run_value_and_removes_only_it():
    registry = FakeRegistry()
    before = {key: dict(values) for key, values in registry.keys.items()}
    entry = WindowsAutostart(registry)
    assert not entry.is_enabled()
    exe = r"C:\Users\Ann\AppData\Local\Programs\CMt Desktop\CMt Desktop.exe"
    entry.enable([exe, "--minimized", 'say "hi"'])
    entry.enable([exe, "--minimized", 'say "hi"'])
    assert entry.is_enabled()
    assert registry.keys[RUN_KEY][RUN_VALUE_NAME] == f'"{exe}" --minimized "say \\"hi\\""'
    assert registry.keys[RUN_KEY]["OneDrive"] == before[RUN_KEY]["OneDrive"]
    entry.disable()
    assert registry.keys == before  # Both keys and the other values are still there.
    assert not entry.is_enabled()


def test_windows_task_manager_switch_is_respected_then_overridden():
    registry = FakeRegistry()
    entry = WindowsAutostart(registry)
    entry.enable(COMMAND)
    registry.keys[APPROVED_KEY][RUN_VALUE_NAME] = b"\x03" + bytes(11)  # "Disabled" in Task Manager
    assert not entry.is_enabled()
    entry.enable(COMMAND)
    assert entry.is_enabled() and RUN_VALUE_NAME not in registry.keys[APPROVED_KEY]
    registry.keys[APPROVED_KEY][RUN_VALUE_NAME] = b"\x02" + bytes(11)  # "Enabled" again
    entry.disable()
    assert RUN_VALUE_NAME not in registry.keys[APPROVED_KEY]


def test_windows_refuses_a_command_it_would_ignore():
    registry = FakeRegistry()
    with pytest.raises(ValueError, match="260"):
        WindowsAutostart(registry).enable(["C:\\" + "x" * 300 + ".exe"])
    assert RUN_VALUE_NAME not in registry.keys[RUN_KEY]


def test_windows_is_chosen_without_importing_winreg_until_used(monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    assert isinstance(autostart_for_this_system(), WindowsAutostart)


# --- The command ---------------------------------------------------------------------------


def test_default_command_from_source_and_frozen(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert default_command() == [sys.executable, "-m", "cmt_desktop", "--minimized"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert default_command() == [sys.executable, "--minimized"]


def test_default_command_prefers_pythonw_on_windows(monkeypatch, tmp_path):
    for name in ("python.exe", "pythonw.exe"):
        (tmp_path / name).touch()
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python.exe"))
    assert default_command()[0] == str(tmp_path / "pythonw.exe")


def test_the_program_understands_the_flag():
    from cmt_desktop.cli import build_parser

    assert build_parser().parse_args([autostart.MINIMIZED_FLAG]).minimized is True


def test_enable_without_a_command_uses_the_factory(home):
    entry = autostart_for_this_system(command_factory=lambda: ["/bin/true", "--minimized"])
    entry.enable()
    assert split_exec(read_entry(entry.path)["Exec"]) == ["/bin/true", "--minimized"]


@pytest.mark.parametrize("command", [[], ["/bin/true", 3], [b"/bin/true"]])
def test_enable_rejects_what_is_not_a_command(home, command):
    with pytest.raises(ValueError, match="not a command"):
        LinuxAutostart(home / ".config").enable(command)
    assert tree(home) == {}


def test_an_appimage_starts_itself_not_its_temporary_folder(monkeypatch, tmp_path):
    from cmt_desktop import autostart

    image = tmp_path / "CMt_Desktop-x86_64.AppImage"
    monkeypatch.setenv("APPIMAGE", str(image))
    assert autostart.default_command() == [str(image), autostart.MINIMIZED_FLAG]
    monkeypatch.delenv("APPIMAGE")
    assert autostart.default_command()[0] != str(image)
