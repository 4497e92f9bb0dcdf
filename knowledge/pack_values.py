"""The packs' values: what the conversation reads, as frozen dataclasses that need no pydantic.

Each pack module (`knowledge.qa_pack`, `knowledge.flow_pack`…) holds the values and their
methods; its schema module (`SCHEMA_MODULES`) holds the pydantic models of the same names, which
check a pack once when it is read from YAML. A checked pack becomes its values by way of its
JSON dump (`value_of`), the same function a later start uses on the dump kept in the data
directory (`knowledge.pack_cache`), so both starts give identical values, and a later start
need not import pydantic at all.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
import types
from collections.abc import Mapping
from enum import Enum
from typing import (
    Annotated,
    Any,
    Literal,
    Self,
    TypeVar,
    Union,
    get_args,
    get_origin,
    get_type_hints,
)

SCHEMA_MODULES: Mapping[str, str] = {
    "knowledge.qa_pack": "knowledge.qa_schema",
    "knowledge.flow_pack": "knowledge.flow_schema",
    "knowledge.routes_pack": "knowledge.routes_schema",
    "knowledge.text_packs": "knowledge.text_schema",
    "knowledge.risk_pack": "knowledge.risk_schema",
    "knowledge.typed_words": "knowledge.typed_words_schema",
    "knowledge.matching.models": "knowledge.matching.schema",
}
"""Each module of pack values, and the module of the pydantic models that check them."""

_V = TypeVar("_V")


class PackValue:
    """The base of every pack value: a frozen dataclass whose pydantic model has its name."""

    __slots__ = ()

    @classmethod
    def model_validate(cls, data: Any) -> Self:
        """`data` (as read from YAML) checked by this value's pydantic model, as this value.

        Raises:
            pydantic.ValidationError: `data` does not fit the model (worded by pydantic).
        """
        schema = getattr(importlib.import_module(SCHEMA_MODULES[cls.__module__]), cls.__name__)
        return build(cls, schema.model_validate(_unbuilt(data)).model_dump(mode="json"))


def build(cls: type[_V], data: object) -> _V:
    """The value of class `cls` made from its JSON dump (see `value_of`)."""
    value = value_of(cls, data)
    if not isinstance(value, cls):  # pragma: no cover - value_of makes what it is asked for
        raise TypeError(f"expected {cls.__name__}")
    return value


def value_of(kind: Any, data: object) -> Any:
    """A value of type `kind` rebuilt from its JSON dump, checked to be of that type.

    Args:
        kind: pack values (dataclasses), tuples, mappings, enums, literals, str, int and bool,
            and unions of one of these with None.
        data: its JSON form, from a pydantic model's `model_dump(mode="json")` or `dump`.

    Raises:
        ValueError: `data` is not of that shape (a damaged or edited file).
        TypeError: a type this function does not know (a new kind of field).
    """
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        return _dataclass(kind, data)
    origin, args = get_origin(kind), get_args(kind)
    if origin is Annotated:
        return value_of(args[0], data)
    if origin is Union or origin is types.UnionType:
        if data is None and type(None) in args:
            return None
        (only,) = (a for a in args if a is not type(None))
        return value_of(only, data)
    if origin is Literal:
        if not any(data == a and type(data) is type(a) for a in args):
            raise ValueError(f"{data!r} is not one of {args!r}")
        return data
    if origin is tuple:
        return _tuple(args, data)
    if origin is dict or origin is Mapping:
        if not isinstance(data, dict):
            raise ValueError("expected a mapping")
        keys, values = args
        return {_key(keys, k): value_of(values, v) for k, v in data.items()}
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(data)
    if kind is str or kind is int or kind is bool:
        if type(data) is not kind:
            raise ValueError(f"expected {kind.__name__}, got {type(data).__name__}")
        return data
    raise TypeError(f"no rule to rebuild a {kind!r}")


def dump(value: object) -> object:
    """The JSON form of a value: what pydantic's `model_dump(mode="json")` gives for its model.

    Raises:
        TypeError: `value` holds something that is not a pack value, tuple, mapping, enum, str,
            int, bool or None.
    """
    if isinstance(value, PackValue) and dataclasses.is_dataclass(value):
        return {name: dump(getattr(value, name)) for name, _ in _fields(type(value))}
    if isinstance(value, tuple | list):
        return [dump(item) for item in value]
    if isinstance(value, Mapping):
        return {(k.value if isinstance(k, Enum) else str(k)): dump(v) for k, v in value.items()}
    if isinstance(value, Enum):
        return value.value
    if value is None or isinstance(value, str | int | bool):
        return value
    raise TypeError(f"cannot dump a {type(value).__name__}")


def _unbuilt(data: object) -> object:
    """`data` with any pack value in it as its dump, which its model reads."""
    if isinstance(data, PackValue):
        return dump(data)
    if isinstance(data, dict):
        return {k: _unbuilt(v) for k, v in data.items()}
    if isinstance(data, tuple | list):
        return [_unbuilt(item) for item in data]
    return data


@functools.cache
def _fields(cls: type) -> tuple[tuple[str, Any], ...]:
    found = dataclasses.fields(cls)
    if any(isinstance(f.type, str) for f in found):  # annotations left as strings
        hints = get_type_hints(cls)
        return tuple((f.name, hints[f.name]) for f in found)
    # The pack modules keep their annotations evaluated, sparing a later start the cost of
    # `get_type_hints` for each class.
    return tuple((f.name, f.type) for f in found)


def _dataclass(cls: type, data: object) -> object:
    if not isinstance(data, dict):
        raise ValueError(f"expected a mapping for {cls.__name__}")
    fields = _fields(cls)
    if len(data) != len(fields) or any(name not in data for name, _ in fields):
        raise ValueError(f"the fields of {cls.__name__} are not those kept")
    return cls(**{name: value_of(kind, data[name]) for name, kind in fields})


def _key(kind: Any, data: str) -> Any:
    # JSON keys are strings: a whole-number key was written as its digits.
    if kind is int:
        if not data.isdigit() or not data.isascii():
            raise ValueError(f"expected a whole number, got {data!r}")
        return int(data)
    return value_of(kind, data)


def _tuple(args: tuple[Any, ...], data: object) -> tuple[Any, ...]:
    if not isinstance(data, list):
        raise ValueError("expected a list")
    if len(args) == 2 and args[1] is Ellipsis:
        if args[0] is str:  # the commonest field by far: phrases and words
            if not all(type(item) is str for item in data):
                raise ValueError("expected strings")
            return tuple(data)
        return tuple(value_of(args[0], item) for item in data)
    if len(args) != len(data):
        raise ValueError(f"expected {len(args)} items")
    return tuple(value_of(a, item) for a, item in zip(args, data, strict=True))
