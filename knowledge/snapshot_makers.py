"""What a start-up snapshot (`knowledge.snapshot`) may hold, and the makers that read it back.

What may be in it is closed, both ways. Writing (`knowledge.snapshot_pickler`), every object is
reduced to one of this module's makers: a frozen slotted value by its fields (`make_value`, or
`make_values` for all of a class's values at once, a field at a time by `map`; a named tuple
likewise, by `tuple.__new__`: a phrase set's tables hold them), an enum member by its value
(`enum_member`), an object of one of this package's classes by its attributes (`new_object`),
or one of the few bound methods an index keeps (`kept_method`); anything else (a function, a
class from elsewhere) means no snapshot, and the start builds as before. Reading, the only
callables a file can name are those five, `operator.getitem` (a value's place among its
class's), `array`'s own reconstructor and the makers of `knowledge.snapshot_lazy` (`_ALLOWED`;
the mappings `knowledge.snapshot.LAZY` names are kept there, each object read by this same
unpickler when a message first needs it): a class is named by text and looked up in this
package, made by `object.__new__` (or `tuple.__new__`) and given its fields, so no class's
`__init__` or anything outside this package runs, whatever the file says.
"""

from __future__ import annotations

# `pickle`'s own classes are `_pickle`'s (C): see `knowledge.snapshot`.
import _pickle as pickle
import collections
import dataclasses
import functools
import importlib
import itertools
import operator
from collections.abc import Callable
from enum import Enum
from types import MemberDescriptorType
from typing import Any

PACKAGE = "knowledge"
# A bound method an object keeps as an attribute (the index hands its postings to its bitsets).
KEPT_METHODS = frozenset({("knowledge.matching.index:Index", "_own_postings")})
_ALLOWED = frozenset(
    {
        ("array", "_array_reconstructor"),
        ("array", "array"),
        ("_operator", "getitem"),
        *(
            (__name__, name)
            for name in ("make_value", "make_values", "enum_member", "new_object", "kept_method")
        ),
        ("knowledge.snapshot_lazy", "lazy_table"),
        ("knowledge.snapshot_lazy", "lazy_index"),
        ("knowledge.snapshot_lazy", "lazy_words"),
    }
)


class SnapshotUnpickler(pickle.Unpickler):
    """An unpickler that names only the makers a snapshot may call (`_ALLOWED`)."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"not allowed in a snapshot: {module}.{name}")
        return super().find_class(module, name)


@functools.cache
def class_named(kind: str) -> type:
    """The class of this package that `kind` ("module:name") names (never anything else).

    Raises:
        pickle.PicklingError: (an `UnpicklingError` too) `kind` is not a class defined in a
            module of this package.
    """
    module, _, name = kind.partition(":")
    found = None
    if module.partition(".")[0] == PACKAGE and name.isidentifier():
        found = getattr(importlib.import_module(module), name, None)
    if not isinstance(found, type) or found.__module__ != module or found.__qualname__ != name:
        raise NotAllowed(f"not a {PACKAGE} class: {kind}")
    return found


@functools.cache
def slotted(kind: str) -> tuple[type, tuple[Callable[[object, object], None], ...]] | None:
    """For a slotted dataclass, itself and the `__set__` of each field's slot, in field
    order; None for any other class."""
    cls = class_named(kind)
    if not dataclasses.is_dataclass(cls):
        return None
    slots = [getattr(cls, f.name, None) for f in dataclasses.fields(cls)]
    if not all(isinstance(slot, MemberDescriptorType) for slot in slots):
        return None
    return cls, tuple(slot.__set__ for slot in slots)  # type: ignore[union-attr]


@functools.cache
def named_tuple(kind: str) -> tuple[type[tuple[object, ...]], int] | None:
    """For a named tuple class of this package (`typing.NamedTuple`), itself and its number of
    fields; None for any other class."""
    cls = class_named(kind)
    fields = getattr(cls, "_fields", None)
    if not issubclass(cls, tuple) or type(fields) is not tuple:
        return None
    return cls, len(fields)


def make_value(kind: str, fields: tuple[object, ...]) -> object:
    """A value of a slotted dataclass of this package, its fields set without `__init__` (as
    unpickling one always does), or of a named tuple, made by `tuple.__new__`."""
    if named_tuple(kind) is not None:
        return make_values(kind, (fields,))[0]
    if (found := slotted(kind)) is None:
        raise NotAllowed(f"not a value: {kind}")
    cls, setters = found
    made: object = object.__new__(cls)
    for set_field, field in zip(setters, fields, strict=True):
        set_field(made, field)
    return made


def make_values(kind: str, rows: tuple[tuple[object, ...], ...]) -> tuple[object, ...]:
    """Values of a slotted dataclass of this package, one per row of fields, made a field at a
    time for all of them by `map` (no Python call per value); or of a named tuple, each by
    `tuple.__new__` (no code of the class runs)."""
    if (named := named_tuple(kind)) is not None:
        tuples, width = named
        _check_rows(kind, rows, width)
        return tuple(map(tuple.__new__, itertools.repeat(tuples, len(rows)), rows))
    if (found := slotted(kind)) is None:
        raise NotAllowed(f"not a value: {kind}")
    cls, setters = found
    _check_rows(kind, rows, len(setters))
    made: tuple[object, ...] = tuple(map(object.__new__, itertools.repeat(cls, len(rows))))
    for n, set_field in enumerate(setters):
        collections.deque(map(set_field, made, map(operator.itemgetter(n), rows)), maxlen=0)
    return made


def _check_rows(kind: str, rows: tuple[tuple[object, ...], ...], width: int) -> None:
    if type(rows) is not tuple or not {tuple}.issuperset(map(type, rows)):
        raise NotAllowed(f"not rows of values: {kind}")
    if not {width}.issuperset(map(len, rows)):
        raise NotAllowed(f"rows of another length: {kind}")


def enum_member(kind: str, value: object) -> Enum:
    """A member of an enum of this package, by its value."""
    cls = class_named(kind)
    if not issubclass(cls, Enum):
        raise NotAllowed(f"not an enum: {kind}")
    return cls(value)


def new_object(kind: str) -> object:
    """An object of a class of this package, without `__init__` (its attributes follow)."""
    cls = class_named(kind)
    if slotted(kind) is not None or issubclass(cls, (Enum, BaseException, tuple)):
        raise NotAllowed(f"not an object with attributes: {kind}")
    return object.__new__(cls)


def kept_method(owner: object, name: str) -> object:
    """One of the bound methods `KEPT_METHODS` names."""
    cls = type(owner)
    if (f"{cls.__module__}:{cls.__qualname__}", name) not in KEPT_METHODS:
        raise NotAllowed(f"not a method kept: {cls.__qualname__}.{name}")
    return getattr(owner, name)


class NotAllowed(pickle.PicklingError, pickle.UnpicklingError):
    """A class or method a snapshot may not hold."""
