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
import operator
import reprlib
import types
from collections.abc import Callable, Mapping
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
    "knowledge.contacts_pack": "knowledge.contacts_schema",
    "knowledge.follow_up_texts": "knowledge.follow_up_schema",
    "knowledge.writer_texts": "knowledge.writer_schema",
    "knowledge.risk_pack": "knowledge.risk_schema",
    "knowledge.typed_words": "knowledge.typed_words_schema",
    "knowledge.matching.models": "knowledge.matching.schema",
}
"""Each module of pack values, and the module of the pydantic models that check them."""

_V = TypeVar("_V")


class Value:
    """The `__eq__`, `__hash__` and `__repr__` that `dataclasses` writes for a frozen dataclass,
    for a subclass declared ``@value_class`` (`knowledge.value_class`, which writes no such
    methods) or ``@dataclass(frozen=True, eq=False, repr=False)``.

    They behave as the generated ones do (equal when of the same class with equal compared
    fields, the hash of those fields' tuple, ``Name(field=repr, …)``), but live in this module's
    byte-code: `dataclasses` compiles each method it writes, every time the class is made, and
    a start of the command line makes dozens of classes. `tests/knowledge/test_value_methods.py`
    checks each subclass against the methods `dataclasses` would have written.
    """

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        compared = _fields_of(self.__class__, "compare")
        return bool(compared(self) == compared(other))

    def __hash__(self) -> int:
        return hash(_fields_of(self.__class__, "hash")(self))

    @reprlib.recursive_repr()
    def __repr__(self) -> str:
        shown = _fields_of(self.__class__, "repr")(self)
        names = _names(self.__class__, "repr")
        inner = ", ".join(f"{name}={value!r}" for name, value in zip(names, shown, strict=True))
        return f"{self.__class__.__qualname__}({inner})"


def _names(cls: type, use: str) -> tuple[str, ...]:
    """The fields `dataclasses` would use for method `use`, in order."""
    found = dataclasses.fields(cls)
    if use == "hash":
        return tuple(f.name for f in found if (f.compare if f.hash is None else f.hash))
    return tuple(f.name for f in found if getattr(f, use))


_Getter = Callable[[object], tuple[object, ...]]
_GETTERS: dict[tuple[type, str], _Getter] = {}
"""Each value class's field getter for each method, made the first time it is used."""


def _fields_of(cls: type, use: str) -> _Getter:
    """A function giving the tuple of a value's fields for method `use`."""
    if (known := _GETTERS.get((cls, use))) is not None:
        return known
    names = _names(cls, use)
    getter: _Getter
    if not names:
        getter = _no_fields
    elif len(names) == 1:
        get = operator.attrgetter(names[0])
        getter = lambda value: (get(value),)  # noqa: E731
    else:
        getter = operator.attrgetter(*names)
    _GETTERS[(cls, use)] = getter
    return getter


def _no_fields(_: object) -> tuple[object, ...]:
    return ()


class PackValue(Value):
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
    return _rebuilder_of(kind)(data)


_Rebuild = Callable[[Any], Any]


def _rebuilder_of(kind: Any) -> _Rebuild:
    try:
        return _rebuilder(kind)
    except TypeError:  # a type that cannot be hashed: worked out for this value alone
        return _rebuilder.__wrapped__(kind)


@functools.cache
def _rebuilder(kind: Any) -> _Rebuild:
    """The function `value_of` applies for `kind`, worked out once per type (a later start
    rebuilds about 3,000 values of a few dozen types); the types inside `kind` are worked out
    at its first value, so a type may name itself."""
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        return _dataclass_rebuilder(kind)
    origin, args = get_origin(kind), get_args(kind)
    if origin is Annotated:
        return _later(args[0])
    if origin is Union or origin is types.UnionType:
        return _optional_rebuilder(args)
    if origin is Literal:
        return functools.partial(_literal, args)
    if origin is tuple:
        return _tuple_rebuilder(args)
    if origin is dict or origin is Mapping:
        return _mapping_rebuilder(*args)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind
    if kind is str or kind is int or kind is bool:
        return functools.partial(_exactly, kind)
    return functools.partial(_unknown, kind)


def _later(kind: Any) -> _Rebuild:
    """`value_of` for `kind`, with the rebuilder worked out at the first value."""
    found: _Rebuild | None = None

    def rebuild(data: object) -> Any:
        nonlocal found
        if found is None:
            found = _rebuilder_of(kind)
        return found(data)

    return rebuild


def _dataclass_rebuilder(cls: type) -> _Rebuild:
    fields = _fields(cls)
    found: tuple[tuple[str, _Rebuild], ...] = ()

    def rebuild(data: object) -> object:
        nonlocal found
        if not isinstance(data, dict):
            raise ValueError(f"expected a mapping for {cls.__name__}")
        if len(data) != len(fields) or any(name not in data for name, _ in fields):
            raise ValueError(f"the fields of {cls.__name__} are not those kept")
        if len(found) != len(fields):
            found = tuple((name, _rebuilder_of(kind)) for name, kind in fields)
        return cls(**{name: field(data[name]) for name, field in found})

    return rebuild


def _optional_rebuilder(args: tuple[Any, ...]) -> _Rebuild:
    others = [a for a in args if a is not type(None)]
    only = _later(others[0]) if len(others) == 1 else None
    takes_none = len(others) < len(args)

    def rebuild(data: object) -> Any:
        if data is None and takes_none:
            return None
        if only is None:
            raise ValueError(f"expected one type besides None in {args!r}")
        return only(data)

    return rebuild


def _literal(args: tuple[Any, ...], data: object) -> object:
    if not any(data == a and type(data) is type(a) for a in args):
        raise ValueError(f"{data!r} is not one of {args!r}")
    return data


def _exactly(kind: type, data: object) -> object:
    if type(data) is not kind:
        raise ValueError(f"expected {kind.__name__}, got {type(data).__name__}")
    return data


def _unknown(kind: Any, _: object) -> object:
    raise TypeError(f"no rule to rebuild a {kind!r}")


def _mapping_rebuilder(keys: Any, values: Any) -> _Rebuild:
    key = _number if keys is int else _later(keys)
    value = _later(values)

    def rebuild(data: object) -> dict[Any, Any]:
        if not isinstance(data, dict):
            raise ValueError("expected a mapping")
        return {key(k): value(v) for k, v in data.items()}

    return rebuild


def _number(data: str) -> int:
    # JSON keys are strings: a whole-number key was written as its digits.
    if not data.isdigit() or not data.isascii():
        raise ValueError(f"expected a whole number, got {data!r}")
    return int(data)


def _tuple_rebuilder(args: tuple[Any, ...]) -> _Rebuild:
    if len(args) == 2 and args[1] is Ellipsis:
        if args[0] is str:  # the commonest field by far: phrases and words
            return _strings
        each = _later(args[0])

        def rebuild_each(data: object) -> tuple[Any, ...]:
            if not isinstance(data, list):
                raise ValueError("expected a list")
            return tuple(map(each, data))

        return rebuild_each
    items = tuple(_later(a) for a in args)

    def rebuild(data: object) -> tuple[Any, ...]:
        if not isinstance(data, list):
            raise ValueError("expected a list")
        if len(items) != len(data):
            raise ValueError(f"expected {len(items)} items")
        return tuple(item(value) for item, value in zip(items, data, strict=True))

    return rebuild


def _strings(data: object) -> tuple[str, ...]:
    if not isinstance(data, list):
        raise ValueError("expected a list")
    if not {str}.issuperset(map(type, data)):  # exactly str, checked in C
        raise ValueError("expected strings")
    return tuple(data)


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
    """The fields of `cls` a dump holds and a value is rebuilt from, with their types: not
    those with ``init=False``, which its `__post_init__` derives from the others."""
    found = [f for f in dataclasses.fields(cls) if f.init]
    if any(isinstance(f.type, str) for f in found):  # annotations left as strings
        hints = get_type_hints(cls)
        return tuple((f.name, hints[f.name]) for f in found)
    # The pack modules keep their annotations evaluated, sparing a later start the cost of
    # `get_type_hints` for each class.
    return tuple((f.name, f.type) for f in found)
