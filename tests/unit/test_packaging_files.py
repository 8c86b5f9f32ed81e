"""The installers' files: valid for the freedesktop tools, consistent with the app and each other.

desktop-file-validate and appstreamcli come from Debian's desktop-file-utils and appstream
(run-tests installs both); a missing tool skips its test, except on CI where it fails.
"""

import configparser
import os
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cmt_desktop import autostart, paths

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
WINDOWS = ROOT / "packaging" / "windows"
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
APP_ID = "fr.cmt.Desktop"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
POSIX_SHELL = pytest.mark.skipif(
    sys.platform == "win32" or not shutil.which("bash"), reason="POSIX shell scripts"
)


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    if os.environ.get("CI") == "true":
        pytest.fail(f"{name} is missing on CI (run-tests installs it)")
    pytest.skip(f"{name} is not installed")


def _desktop_entry(path: Path = DESKTOP) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # Keys are case-sensitive.
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


# --- Linux: desktop entry and AppStream metadata ------------------------------------------------


def test_desktop_entry_passes_desktop_file_validate():
    done = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_desktop_entry_starts_the_program_and_matches_its_window():
    entry = _desktop_entry()
    program = next(iter(PYPROJECT["scripts"]))
    assert entry["Exec"] == program  # No %f/%F: the app opens no file given to it.
    assert entry["Icon"] == APP_ID
    # Qt's WM_CLASS instance and Wayland app_id are the executable's name (see the comment).
    assert entry["StartupWMClass"] == program
    assert entry["Categories"] == "Office;Calendar;"
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        assert entry[key] and entry[f"{key}[fr]"], key


def test_metainfo_passes_appstreamcli_validate():
    done = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_metainfo_matches_the_project():
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("project_license") == PYPROJECT["license"]
    assert component.findtext("metadata_license") == "CC0-1.0"
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("provides/binary") == next(iter(PYPROJECT["scripts"]))
    assert component.find("content_rating").get("type") == "oars-1.1"
    releases = component.findall("releases/release")
    assert releases and releases[0].get("version") == PYPROJECT["version"]
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert [s.get(lang) for s in component.findall("summary")] == [None, "fr"]


def test_every_icon_has_its_stated_size():
    theme = LINUX / "icons" / "hicolor"
    for size in PNG_SIZES:
        assert _png_size(theme / f"{size}x{size}" / "apps" / f"{APP_ID}.png") == (size, size)
    pngs = sorted(p.parent.parent.name for p in theme.glob("*/apps/*.png"))
    assert pngs == sorted(f"{size}x{size}" for size in PNG_SIZES)
    svg = theme / "scalable" / "apps" / f"{APP_ID}.svg"
    assert svg.read_bytes() == (ROOT / "resources" / "icons" / "cmt-desktop.svg").read_bytes()


# --- Windows and macOS ---------------------------------------------------------------------------


def test_ico_holds_each_size():
    data = (WINDOWS / "cmt-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, height, _, _, _, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        image = data[offset : offset + length]
        if image.startswith(b"\x89PNG"):
            actual = struct.unpack(">II", image[16:24])
        else:  # BITMAPINFOHEADER: the height counts the colour and the mask rows.
            header, bmp_width, bmp_height = struct.unpack_from("<Iii", image)
            assert header == 40
            actual = (bmp_width, bmp_height // 2)
        assert actual == (width or 256, height or 256) and bits == 32
        sizes.append(actual[0])
    assert tuple(sizes) == ICO_SIZES


def test_inno_setup_script_installs_per_user_and_cleans_the_login_entry():
    iss = (WINDOWS / "cmt-desktop.iss").read_text(encoding="utf-8")
    setup = dict(re.findall(r"^(\w+)=(.*)$", iss, re.MULTILINE))
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup  # no "install for all users"
    assert setup["DefaultDirName"] == r"{localappdata}\Programs\{#AppName}"
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["AppId"])
    assert f'#define RunValueName "{autostart.RUN_VALUE_NAME}"' in iss
    assert f"'{autostart.RUN_KEY}'" in iss and "RegDeleteValue(HKEY_CURRENT_USER, RunKey" in iss
    assert f'#define DataDirName "{paths.APP_DIR_NAME}"' in iss
    assert "MB_YESNO or MB_DEFBUTTON2" in iss  # keeping the data is the default answer
    assert 'Name: "fr"' in iss and 'Name: "en"' in iss


def test_icns_holds_each_size():
    data = (ROOT / "packaging" / "macos" / "cmt-desktop.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    entries, offset = {}, 8
    while offset < len(data):
        kind, length = struct.unpack_from(">4sI", data, offset)
        png = data[offset + 8 : offset + length]
        entries[kind.decode()] = struct.unpack(">II", png[16:24])[0]
        offset += length
    assert entries == {
        "icp4": 16, "ic11": 32, "icp5": 32, "ic12": 64, "ic07": 128,
        "ic13": 256, "ic08": 256, "ic14": 512, "ic09": 512, "ic10": 1024,
    }  # fmt: skip


def test_the_bundle_spec_uses_the_same_application_id():
    spec = ROOT / "packaging" / "cmt-desktop.spec"
    if not spec.is_file():
        pytest.skip("packaging/cmt-desktop.spec is not written yet")
    assert f'bundle_identifier="{APP_ID}"' in spec.read_text(encoding="utf-8")


# --- Release workflow ----------------------------------------------------------------------------


def test_release_workflow_builds_from_the_spec():
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "pyinstaller --noconfirm --clean packaging/cmt-desktop.spec" in text
    for script in re.findall(r"packaging[/\\][\w/\\.-]+\.(?:sh|iss|py)", text):
        assert (ROOT / script.replace("\\", "/")).is_file(), script
    try:
        import yaml
    except ImportError:
        return  # PyYAML is not a test dependency; the text checks above still ran.
    workflow = yaml.safe_load(text)
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as True.
    assert triggers == {"push": {"tags": ["v*"]}}
    assert {"linux", "windows", "macos", "release"} <= set(workflow["jobs"])


# --- Linux scripts, on a stand-in bundle --------------------------------------------------------


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """A one-folder bundle whose program prints its arguments."""
    folder = tmp_path / "dist" / "cmt-desktop"
    (folder / "_internal").mkdir(parents=True)
    program = folder / "cmt-desktop"
    program.write_text('#!/bin/sh\necho "bundle $*"\n')
    program.chmod(0o755)
    return folder


def _run(script: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(script), *args], env=env, stdin=subprocess.DEVNULL, capture_output=True,
        text=True,
    )


@POSIX_SHELL
def test_install_user_installs_and_uninstalls_keeping_the_data(tmp_path, bundle):
    # The release archive's layout (.github/workflows/release.yml): the bundle beside the script.
    unpacked = tmp_path / "cmt-desktop-linux"
    shutil.copytree(LINUX / "icons", unpacked / "icons")
    for name in ("install-user.sh", DESKTOP.name, METAINFO.name):
        shutil.copy2(LINUX / name, unpacked / name)
    shutil.copytree(bundle, unpacked / "cmt-desktop", symlinks=True)
    script = unpacked / "install-user.sh"
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    share = home / ".local" / "share"
    venue = share / "CMt Desktop" / "venue.cmt.sqlite"
    venue.parent.mkdir(parents=True)
    venue.write_text("plans")

    done = _run(script, env=env)
    assert done.returncode == 0, done.stderr
    program = home / ".local" / "lib" / "cmt-desktop" / "cmt-desktop"
    assert program.is_file() and (home / ".local" / "bin" / "cmt-desktop").resolve() == program
    desktop = share / "applications" / DESKTOP.name
    assert _desktop_entry(desktop)["Exec"] == f'"{program}"'
    assert (share / "metainfo" / METAINFO.name).is_file()
    assert (share / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    if shutil.which("desktop-file-validate"):
        validated = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True)
        assert validated.returncode == 0, validated.stdout

    login = autostart.LinuxAutostart(home / ".config")  # as the app's Settings write it
    login.enable([str(program), autostart.MINIMIZED_FLAG])
    login_entry = login.path
    refused = _run(script, "--uninstall", "--purge-data", env=env)  # no terminal to ask
    assert refused.returncode != 0 and program.is_file() and venue.is_file()

    done = _run(script, "--uninstall", env=env)
    assert done.returncode == 0, done.stderr
    assert not program.exists() and not desktop.exists() and not login_entry.exists()
    assert not (home / ".local" / "bin" / "cmt-desktop").is_symlink()
    assert not list((share / "icons").rglob(f"{APP_ID}.*"))
    assert venue.read_text() == "plans" and "kept" in done.stdout

    done = _run(script, "--uninstall", "--purge-data", "--yes", env=env)
    assert done.returncode == 0, done.stderr
    assert not venue.parent.exists()


@POSIX_SHELL
def test_build_appimage_lays_out_the_appdir_and_explains_a_missing_appimagetool(tmp_path, bundle):
    dist = bundle.parent
    env = {"DIST": str(dist), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    done = _run(LINUX / "build-appimage.sh", env=env)
    if shutil.which("appimagetool", path=env["PATH"]) is None:
        assert done.returncode == 2 and "appimagetool" in done.stderr
    appdir = dist / "AppDir"
    assert _desktop_entry(appdir / DESKTOP.name)["Icon"] == APP_ID
    assert _png_size(appdir / f"{APP_ID}.png") == (256, 256)
    assert (appdir / "usr" / "share" / "metainfo" / f"{APP_ID}.appdata.xml").is_file()
    ran = subprocess.run([str(appdir / "AppRun"), "--minimized"], capture_output=True, text=True)
    assert ran.stdout == "bundle --minimized\n"
    if shutil.which("appstreamcli"):
        tree = subprocess.run(
            ["appstreamcli", "validate-tree", "--no-net", str(appdir)],
            capture_output=True,
            text=True,
        )
        assert tree.returncode == 0, tree.stdout


def test_every_python_package_is_listed_for_the_wheel():
    """A package missing from pyproject is missing from `pip install .` (editable hides it)."""
    import tomllib

    root = Path(__file__).resolve().parents[2]
    setuptools = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(setuptools["packages"])
    on_disk = {
        ".".join(init.parent.relative_to(root).parts)
        for init in (root / "cmt_desktop").rglob("__init__.py")
    }
    assert on_disk - listed == set()
