"""The third-party licences shipped in the bundle's ``licenses/`` folder (used by the spec).

Every Python distribution whose code or metadata is bundled gets its licence files, read
from its ``*.dist-info`` through importlib.metadata; PySide6 and shiboken6 ship none in their
wheels, so the LGPL-3.0 text they (and the Qt libraries inside them) are used under is added.
Python itself, PyInstaller's bootloader and, on Debian-like systems, the system libraries that
PyInstaller copied from the build machine get theirs too. ``README.txt`` lists them all.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import sysconfig
from importlib import metadata
from pathlib import Path, PurePosixPath

# Licence files by name, for distributions that predate PEP 639's dist-info/licenses/.
_LICENCE_NAME = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE)", re.IGNORECASE)
# PySide6/shiboken6 wheels carry no licence text: LGPL-3.0 (the option we use them under)
# from a copy committed beside this file, else the one every Debian/Ubuntu system has.
_LGPL3_TEXTS = (
    Path(__file__).with_name("licenses") / "LGPL-3.0.txt",
    Path("/usr/share/common-licenses/LGPL-3"),
)
_NO_LICENCE_FILES = {"pyside6-essentials", "shiboken6"}


def normalize(name: str) -> str:
    """PEP 503 name: ``PySide6_Essentials`` and ``pyside6-essentials`` are one distribution."""
    return re.sub(r"[-_.]+", "-", name).lower()


def licence_of(meta: metadata.PackageMetadata) -> str:
    """The licence as the distribution states it: SPDX expression, short text or classifier."""
    expression = meta.get("License-Expression")
    if expression:
        return expression
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) <= 80:
        return text
    classifiers = [
        c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")
    ]
    return ", ".join(classifiers) or "see the licence files"


def licence_files(distribution: metadata.Distribution) -> list[Path]:
    """The licence files inside a distribution's metadata folder."""
    found = []
    for file in distribution.files or []:
        parts = PurePosixPath(str(file)).parts
        if not parts or not parts[0].endswith((".dist-info", ".egg-info")):
            continue
        if "licenses" in parts[1:-1] or _LICENCE_NAME.match(parts[-1]):
            found.append(Path(distribution.locate_file(file)))
    return [path for path in found if path.is_file()]


def distributions_of(top_level_names: set[str]) -> set[str]:
    """The (normalized) distributions that provide these top-level modules or packages."""
    providers = metadata.packages_distributions()
    return {normalize(d) for name in top_level_names for d in providers.get(name, [])}


def _lgpl3_text() -> Path:
    for path in _LGPL3_TEXTS:
        if path.is_file():
            return path
    raise SystemExit(
        "The LGPL-3.0 text that PySide6/Qt must ship with was not found: save "
        f"https://www.gnu.org/licenses/lgpl-3.0.txt as {_LGPL3_TEXTS[0]}"
    )


def _python_licence() -> Path | None:
    stdlib = Path(sysconfig.get_path("stdlib"))
    for path in (stdlib / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt"):
        if path.is_file():
            return path
    return None


def _debian_packages(libraries: list[str]) -> dict[str, list[str]]:
    """Debian package -> bundled system libraries it provides (empty without dpkg)."""
    if not libraries or not shutil.which("dpkg-query"):
        return {}
    # By name: dpkg may know a library under /usr/lib where PyInstaller found it in /lib.
    patterns = sorted({f"*/{Path(path).name}" for path in libraries})
    done = subprocess.run(
        ["dpkg-query", "-S", *patterns], capture_output=True, text=True, check=False
    )
    packages: dict[str, set[str]] = {}
    for line in done.stdout.splitlines():  # "libfoo1:amd64: /usr/lib/x86_64-linux-gnu/libfoo.so.1"
        package, _, path = line.partition(": ")
        package = package.split(",")[0].split(":")[0].strip()
        packages.setdefault(package, set()).add(Path(path).name)
    return {package: sorted(names) for package, names in packages.items()}


def collect(
    distributions: set[str],
    *,
    project_root: Path,
    system_libraries: list[str],
    workdir: Path,
    metadata_only: frozenset[str] = frozenset(),
) -> list[tuple[str, str]]:
    """``(source, destination folder)`` pairs for the spec's datas; writes ``README.txt``.

    Args:
        distributions: normalized names of the bundled distributions (the project included).
        project_root: the project's checkout, for its own LICENSE.
        system_libraries: paths of the shared libraries copied from the build machine.
        workdir: a folder for the generated README.txt.
        metadata_only: those of ``distributions`` whose metadata alone is bundled.
    """
    pairs: list[tuple[str, str]] = []
    lines = [
        "Software included in this CMt Desktop bundle, with its licence.",
        "The licence texts are in the folder of the same name beside this file.",
        "",
    ]
    project = "cmt-desktop"
    for name in sorted(distributions, key=lambda n: (n != project, n)):
        distribution = metadata.distribution(name)
        meta = distribution.metadata
        folder = f"licenses/{meta['Name']}"
        files = licence_files(distribution)
        if name == project:
            files = [project_root / "LICENSE"]
        elif name in _NO_LICENCE_FILES and not files:
            files = [_lgpl3_text()]
        if not files:
            raise SystemExit(f"{meta['Name']} ships no licence file: add it in bundle_licenses.py")
        pairs += [(str(path), folder) for path in files]
        licence = licence_of(meta)
        if name in _NO_LICENCE_FILES:  # LGPL-3.0 is the option we use, and also Qt's own
            licence += " (used under LGPL-3.0)"
        if name == "pyside6-essentials":
            licence += "; with the Qt 6 libraries (LGPL-3.0)"
        if name in metadata_only:
            licence += " [only its metadata: a declared requirement the app does not load]"
        lines.append(f"{meta['Name']} {distribution.version}: {licence}")

    version = ".".join(map(str, sys.version_info[:3]))
    python = _python_licence()
    if python:
        pairs.append((str(python), "licenses/Python"))
    lines.append(f"Python {version} (interpreter and standard library): PSF-2.0")
    pyinstaller = metadata.distribution("pyinstaller")
    pairs += [(str(path), "licenses/PyInstaller") for path in licence_files(pyinstaller)]
    lines.append(
        f"PyInstaller bootloader {pyinstaller.version}: GPL-2.0-or-later WITH Bootloader-exception"
    )
    lines += [
        "",
        "Qt 6 also contains third-party code (ICU, HarfBuzz, FreeType, zlib, PCRE2 and others),",
        "listed with their licences at https://doc.qt.io/qt-6/licenses-used-in-qt.html",
    ]

    debian = _debian_packages(system_libraries)
    if debian:
        lines += ["", "System libraries copied from the build machine (Debian packages):"]
        for package, libraries in sorted(debian.items()):
            copyright_file = Path("/usr/share/doc") / package / "copyright"
            if copyright_file.is_file():
                pairs.append((str(copyright_file), f"licenses/system/{package}"))
            lines.append(f"{package}: {', '.join(libraries)}")
    elif system_libraries:
        lines += ["", "System libraries copied from the build machine:"]
        lines += sorted(Path(path).name for path in system_libraries)

    workdir.mkdir(parents=True, exist_ok=True)
    readme = workdir / "README.txt"
    readme.write_text("\n".join(lines) + "\n", encoding="utf-8")
    pairs.append((str(readme), "licenses"))
    return pairs
