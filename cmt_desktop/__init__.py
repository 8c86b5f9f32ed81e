"""CMt Desktop: an offline social-media planner for small cultural venues."""

from __future__ import annotations

APP_NAME = "CMt Desktop"


def __getattr__(name: str) -> str:
    # The version is read lazily: importlib.metadata costs ~20 ms at every start.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("cmt-desktop")
        except PackageNotFoundError:  # a source tree that was never installed
            return "0.0.0+source"
    raise AttributeError(name)
