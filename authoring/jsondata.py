"""Convert frozen dataclasses to JSON-ready dicts and back, validating types on the way in.

Per-kind settings (blocks, questions, navigation, assessment) are stored as JSON; this module is
the one place that checks such JSON against the dataclass that describes it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import types
import typing
import uuid
from typing import Any, TypeVar, get_args, get_origin, get_type_hints

from authoring.errors import InvalidData

T = TypeVar("T")
_hints_cache: dict[type, dict[str, Any]] = {}


def dump(obj: Any) -> Any:
    """Turn a dataclass (or a tuple/enum/scalar inside one) into plain JSON values."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: dump(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, enum.Enum):
        return obj.value
    if isinstance(obj, uuid.UUID):
        return str(obj)
    if isinstance(obj, dt.date | dt.datetime):
        return obj.isoformat()
    if isinstance(obj, tuple | list):
        return [dump(v) for v in obj]
    return obj


def load(cls: type[T], data: Any, where: str = "") -> T:
    """Build `cls` from JSON values; raise InvalidData naming the field that does not fit."""
    return _convert(cls, data, where or cls.__name__)


def _hints(cls: type) -> dict[str, Any]:
    hints = _hints_cache.get(cls)
    if hints is None:
        hints = _hints_cache[cls] = get_type_hints(cls)
    return hints


def _convert(tp: Any, value: Any, where: str) -> Any:
    origin = get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = get_args(tp)
        if value is None and type(None) in options:
            return None
        errors = []
        for option in options:
            if option is type(None):
                continue
            try:
                return _convert(option, value, where)
            except InvalidData as exc:
                errors.append(str(exc))
        raise InvalidData(errors[0] if errors else f"{where}: unexpected value {value!r}")
    if origin is tuple:
        if not isinstance(value, list | tuple):
            raise InvalidData(f"{where}: expected a list, got {_kind(value)}")
        item_type = get_args(tp)[0]
        return tuple(_convert(item_type, v, f"{where}[{i}]") for i, v in enumerate(value))
    if dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            raise InvalidData(f"{where}: expected an object, got {_kind(value)}")
        hints = _hints(tp)
        known = {f.name for f in dataclasses.fields(tp)}
        unknown = sorted(set(value) - known)
        if unknown:
            raise InvalidData(f"{where}: unknown field {unknown[0]!r}")
        kwargs = {}
        for f in dataclasses.fields(tp):
            if f.name in value:
                kwargs[f.name] = _convert(hints[f.name], value[f.name], f"{where}.{f.name}")
            elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise InvalidData(f"{where}: missing field {f.name!r}")
        try:
            return tp(**kwargs)
        except ValueError as exc:  # __post_init__ checks
            raise InvalidData(f"{where}: {exc}") from None
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        try:
            return tp(value)
        except ValueError:
            allowed = ", ".join(str(m.value) for m in tp)
            raise InvalidData(f"{where}: {value!r} is not one of {allowed}") from None
    if tp is uuid.UUID:
        try:
            return uuid.UUID(value) if isinstance(value, str) else _fail(where, "an id", value)
        except ValueError:
            raise InvalidData(f"{where}: {value!r} is not a valid id") from None
    if tp is dt.date:
        try:
            return dt.date.fromisoformat(value) if isinstance(value, str) else _fail(
                where, "a date", value)
        except ValueError:
            raise InvalidData(f"{where}: {value!r} is not a date (YYYY-MM-DD)") from None
    if tp is dt.datetime:
        try:
            parsed = dt.datetime.fromisoformat(value) if isinstance(value, str) else _fail(
                where, "a timestamp", value)
        except ValueError:
            raise InvalidData(f"{where}: {value!r} is not a timestamp") from None
        if parsed.tzinfo is None:
            raise InvalidData(f"{where}: timestamp {value!r} has no time zone")
        return parsed
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise InvalidData(f"{where}: expected a number, got {_kind(value)}")
        return float(value)
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidData(f"{where}: expected a whole number, got {_kind(value)}")
        return value
    if tp in (str, bool):
        if not isinstance(value, tp):
            raise InvalidData(f"{where}: expected {_names[tp]}, got {_kind(value)}")
        return value
    raise TypeError(f"jsondata cannot convert to {tp!r}")  # a programming error, not user data


_names = {str: "text", bool: "true or false"}


def _fail(where: str, expected: str, value: Any) -> typing.NoReturn:
    raise InvalidData(f"{where}: expected {expected}, got {_kind(value)}")


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false"}.get(
        type(value), type(value).__name__
    )
