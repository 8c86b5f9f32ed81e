"""CMt Desktop: an offline social-media planner for small cultural venues."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("cmt-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "CMt Desktop"
