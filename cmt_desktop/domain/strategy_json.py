"""A strategy as plain JSON values and back, tolerant of missing or unknown answers."""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from datetime import date
from typing import Any

from cmt_desktop.domain import strategy as model

FORMAT_VERSION = 1


def to_dict(draft: model.StrategyDraft) -> dict[str, Any]:
    """JSON-ready values: enums as their value, sets and tuples as sorted or ordered lists."""
    return {"format": FORMAT_VERSION, **_encode(draft)}


def from_dict(data: dict[str, Any]) -> model.StrategyDraft:
    """Rebuild a draft; unknown keys are ignored, bad values fall back to the defaults."""
    return _decode(model.StrategyDraft, data)


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, frozenset):
        return sorted(_encode(item) for item in value)
    if isinstance(value, tuple | list):
        return [_encode(item) for item in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def _decode(cls: type, data: Any) -> Any:
    if not isinstance(data, dict):
        return cls()
    hints = typing.get_type_hints(cls, vars(model))
    values = {}
    for field in dataclasses.fields(cls):
        if field.name not in data:
            continue
        try:
            values[field.name] = _convert(hints[field.name], data[field.name])
        except (TypeError, ValueError, KeyError):
            continue  # keep the default for an answer that cannot be read
    return cls(**values)


def _convert(hint: Any, raw: Any) -> Any:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if raw is None:
            return None
        return _convert(next(arg for arg in args if arg is not type(None)), raw)
    if origin is tuple:
        return tuple(_convert(args[0], item) for item in raw)
    if origin is frozenset:
        return frozenset(_convert(args[0], item) for item in raw)
    if dataclasses.is_dataclass(hint):
        return _decode(hint, raw)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint(raw)
    if hint is date:
        return date.fromisoformat(raw)
    if hint is float:
        return float(raw)
    if hint is int:
        return int(raw)
    if hint is bool:
        return bool(raw)
    if hint is str:
        if not isinstance(raw, str):
            raise TypeError(raw)
        return raw
    return raw
