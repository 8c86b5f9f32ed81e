"""The libraries the app runs on, with their versions and licences, for the About window."""

from __future__ import annotations

import dataclasses
import platform
import re
import sqlite3
import sys
from importlib import metadata

APP_DISTRIBUTION = "cmt-desktop"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*")
_PLATFORM_MARKER = re.compile(r"sys_platform\s*(==|!=)\s*['\"]([^'\"]+)['\"]")


@dataclasses.dataclass(frozen=True)
class Credit:
    """One piece of software the app is made with."""

    name: str
    version: str
    licence: str


def _licence(meta: metadata.PackageMetadata) -> str:
    """The licence as the package states it: an SPDX expression, a short text or a classifier."""
    expression = meta.get("License-Expression")
    if expression:
        return expression
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) <= 60:
        return text
    classifiers = [
        c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")
    ]
    return ", ".join(classifiers) or "?"


def _requirements(distribution: metadata.Distribution) -> list[str]:
    """The names of what a distribution needs to run (not its optional extras)."""
    names = []
    for requirement in distribution.requires or []:
        if "extra ==" in requirement or not _for_this_platform(requirement):
            continue
        match = _NAME.match(requirement.strip())
        if match:
            names.append(match.group(0))
    return names


def _for_this_platform(requirement: str) -> bool:
    """False for a requirement limited to another system (``tzdata; sys_platform == 'win32'``)."""
    marker = _PLATFORM_MARKER.search(requirement.partition(";")[2])
    if marker is None:
        return True
    same = sys.platform == marker.group(2)
    return same if marker.group(1) == "==" else not same


def runtime_credits(root: str = APP_DISTRIBUTION) -> list[Credit]:
    """Every installed library the app needs, directly or not, sorted by name."""
    found: dict[str, Credit] = {}
    waiting = _requirements(metadata.distribution(root))
    while waiting:
        name = waiting.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in found:
            continue
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:  # a requirement for another platform
            continue
        meta = distribution.metadata
        found[key] = Credit(meta["Name"], distribution.version, _licence(meta))
        waiting += _requirements(distribution)
    return sorted(found.values(), key=lambda credit: credit.name.lower())


def platform_credits() -> list[Credit]:
    """Python and SQLite themselves (Qt is added by the window, which knows its version)."""
    return [
        Credit("Python", platform.python_version(), "PSF-2.0"),
        Credit("SQLite", sqlite3.sqlite_version, "Public domain"),
    ]
