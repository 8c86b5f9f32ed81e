"""Read the data files shipped inside the package (no Qt needed)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from cmt_desktop.domain.networks import NetworkCatalogue

if TYPE_CHECKING:
    from cmt_desktop.domain.cultural_calendar import CulturalCalendar
    from cmt_desktop.domain.fit import FitRules


@cache
def network_catalogue() -> NetworkCatalogue:
    """The built-in networks catalogue (``resources/data/networks.json``)."""
    text = resources.files("cmt_desktop.data").joinpath("networks.json").read_text("utf-8")
    return NetworkCatalogue.from_dict(json.loads(text))


@cache
def fit_rules() -> FitRules:
    """The network-fit rule table (``resources/data/fit_rules.json``)."""
    from cmt_desktop.domain.fit import FitRules  # only the wizard needs it: keep start-up light

    text = resources.files("cmt_desktop.data").joinpath("fit_rules.json").read_text("utf-8")
    return FitRules.from_dict(json.loads(text))


@cache
def cultural_calendar() -> CulturalCalendar:
    """The recurring cultural dates (``resources/data/cultural_dates.json``)."""
    from cmt_desktop.domain.cultural_calendar import CulturalCalendar

    text = resources.files("cmt_desktop.data").joinpath("cultural_dates.json").read_text("utf-8")
    return CulturalCalendar.from_dict(json.loads(text))
