"""`value_class`: a frozen, slotted dataclass whose methods are not compiled at import.

`@dataclass(frozen=True, slots=True)` writes a class's `__init__`, `__setattr__` and
`__delattr__` as source text and compiles them every time the module is imported; a start of
the command line makes about eighty such classes, and compiling their methods was about a sixth
of a later `infoshare ask`'s CPU. A class made by `value_class` is the same dataclass (the same
`dataclasses.fields`, `replace`, `is_dataclass`, slots, and mypy's checks through
`dataclass_transform`), but:

- `__setattr__` and `__delattr__` are this module's, shared by every such class: they refuse any
  change with `dataclasses.FrozenInstanceError`, the same error and words as the generated ones;
- `__init__` is compiled when the class's first value is made (`knowledge.value_init`; about
  a third of the classes a start makes are never instantiated by it), from the same parameters
  and in the same order as the one `dataclasses` writes: positional fields, then keyword-only
  ones, defaults and `default_factory`, fields with `init=False`, and `__post_init__`;
- the slotted class is made with every method in its namespace (`slots=True` makes it, then
  each method was set on it, finding its slots again each time), and a class whose annotations
  are plain text or types (no `ClassVar`, `InitVar` or `KW_ONLY`) and which has no dataclass base
  has its fields found here, as `dataclasses` finds them and with its errors (`_plain_fields`),
  without its work for the methods it does not write: 333.9 million instructions for a later
  `infoshare ask` against 338.9 (docs/benchmarks.md, "Start-up, round 18"; types as well as text
  since round 47).

Like `@dataclass(eq=False, repr=False)`, it writes no `__eq__`, `__hash__` or `__repr__`: a class
inherits them (from `knowledge.pack_values.Value`, or identity from `object`). It takes no
`InitVar`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from types import MemberDescriptorType
from typing import Any, ClassVar, TypeVar, dataclass_transform, get_origin, overload

from knowledge.value_init import first_init

_T = TypeVar("_T", bound=type)


@overload
def value_class(cls: _T, /) -> _T: ...


@overload
def value_class(*, kw_only: bool = False) -> Callable[[_T], _T]: ...


@dataclass_transform(frozen_default=True, eq_default=False, field_specifiers=(dataclasses.field,))
def value_class(cls: _T | None = None, /, *, kw_only: bool = False) -> _T | Callable[[_T], _T]:
    """`@dataclass(frozen=True, slots=True, eq=False, repr=False, kw_only=kw_only)`, with its
    `__init__` compiled at the first value and its frozen `__setattr__` and `__delattr__` shared.
    """

    def make(cls: _T) -> _T:
        documented = bool(cls.__doc__)
        written = _plain_annotations(cls)
        if written is not None and not _has_dataclass_base(cls):
            fields = _plain_fields(cls, written, kw_only)
        else:
            fields = _fields_by_dataclasses(cls, written, kw_only, documented=documented)
        names = tuple(f.name for f in fields.values() if f._field_type is _FIELD)  # type: ignore[attr-defined]
        namespace = _slotted_namespace(cls, names)
        if written is not None:
            namespace["__annotations__"] = written
        init, owned_by = first_init(cls.__qualname__)
        namespace.update(
            __init__=init,
            __setattr__=_frozen_setattr,
            __delattr__=_frozen_delattr,
            __getstate__=_getstate,
            __setstate__=_setstate,
            __dataclass_fields__=fields,
            # What the class is, for whoever reads it (`dataclasses` itself, making a subclass).
            __dataclass_params__=_PARAMS(
                init=True, repr=False, eq=False, order=False, unsafe_hash=False, frozen=True
            ),
        )
        if "__match_args__" not in vars(cls):
            namespace["__match_args__"] = tuple(
                f.name for f in fields.values() if f.name in names and f.init and not f.kw_only
            )
        namespace["__doc__"] = cls.__doc__ if documented else f"{cls.__name__}({', '.join(names)})"
        made: _T = type(cls)(cls.__name__, cls.__bases__, namespace)
        owned_by(made)
        return made

    return make if cls is None else make(cls)


_FIELD = getattr(dataclasses, "_FIELD")  # noqa: B009 (what `dataclasses.fields` gives)
_PARAMS = getattr(dataclasses, "_DataclassParams")  # noqa: B009 (`__dataclass_params__`)


def _plain_annotations(cls: type) -> dict[str, object] | None:
    """`cls`'s own annotations, when each is text naming no `ClassVar`, `InitVar` or `KW_ONLY`
    (what `dataclasses` looks for in an annotation written as text: a field's annotation naming
    none of them is only its type), or a type that is none of them (a module without
    `from __future__ import annotations`: the packs' models); else None."""
    written: dict[str, object] | None = vars(cls).get("__annotations__")
    if not written:
        return None
    for annotation in written.values():
        if isinstance(annotation, str):
            if "ClassVar" in annotation or "InitVar" in annotation or "KW_ONLY" in annotation:
                return None
        elif _a_marker(annotation):
            return None
    return written


def _a_marker(annotation: object) -> bool:
    """Whether a type is one `dataclasses` reads as no plain field: a class variable, an
    init-only variable or the keyword-only marker (its own tests, `_is_classvar` and the like)."""
    return (
        annotation is ClassVar
        or get_origin(annotation) is ClassVar
        or annotation is dataclasses.InitVar
        or isinstance(annotation, dataclasses.InitVar)
        or annotation is dataclasses.KW_ONLY
    )


def _has_dataclass_base(cls: type) -> bool:
    return any(hasattr(base, "__dataclass_fields__") for base in cls.__mro__[1:-1])


def _plain_fields(
    cls: type, written: dict[str, object], kw_only: bool
) -> dict[str, dataclasses.Field[Any]]:
    """The fields `dataclasses` finds in `cls`, whose annotations are `written` (plain, see
    `_plain_annotations`) and which has no dataclass base, found as it finds them (a field's
    default is the class attribute of its name, or what the `field` there holds), with the
    same errors; without its tests of each annotation written as text for the three markers
    (a regular expression and a look-up in the class's module, three times a field) and the
    rest of its work for a class that writes no methods: about half of making a class."""
    fields: dict[str, dataclasses.Field[Any]] = {}
    missing: Any = dataclasses.MISSING
    for name, annotation in written.items():
        default = getattr(cls, name, missing)
        if isinstance(default, dataclasses.Field):
            found = default
            if found.kw_only is missing:
                found.kw_only = kw_only
        else:
            # What `dataclasses.field(default=default)` makes, and `kw_only` as it then sets it.
            # Its parameters, all positional: default, default_factory, init, repr, hash,
            # compare, metadata (None: the empty mapping all such fields share) and kw_only.
            found = dataclasses.Field(
                missing if isinstance(default, MemberDescriptorType) else default,
                missing,
                True,
                True,
                None,
                True,
                None,  # type: ignore[arg-type]
                kw_only,
            )
        found.name = name
        found.type = annotation
        found._field_type = _FIELD  # type: ignore[attr-defined]
        if found.default.__class__.__hash__ is None:
            raise ValueError(
                f"mutable default {type(found.default)} for field {name} is not allowed: "
                "use default_factory"
            )
        fields[name] = found
    for name, value in vars(cls).items():
        if isinstance(value, dataclasses.Field) and name not in written:
            raise TypeError(f"{name!r} is a field but has no type annotation")
    return fields


def _fields_by_dataclasses(
    cls: type, written: dict[str, object] | None, kw_only: bool, *, documented: bool
) -> dict[str, dataclasses.Field[Any]]:
    """The fields (and class variables) of `cls` found by `dataclasses` itself, on the class
    as written; with `written` (plain annotations), a stand-in type for each while it reads
    them, and the annotations as written on the fields after."""
    if not documented:  # else dataclasses reads object.__init__'s signature, parsing its text
        cls.__doc__ = cls.__name__
    if written is not None:
        cls.__annotations__ = dict.fromkeys(written, object)
    dataclasses.dataclass(cls, init=False, eq=False, repr=False, kw_only=kw_only)
    fields: dict[str, dataclasses.Field[Any]] = vars(cls)["__dataclass_fields__"]
    if written is not None:
        cls.__annotations__ = written
        for name, annotation in written.items():
            fields[name].type = annotation
    return fields


def _slotted_namespace(cls: type, names: tuple[str, ...]) -> dict[str, Any]:
    """What `dataclasses` gives the slotted class it makes in place of dataclass `cls` (whose
    fields are `names`): `cls`'s namespace with a slot for each field no base class has, and
    without the fields' class attributes, `__dict__` and `__weakref__`."""
    namespace = dict(vars(cls))
    inherited: set[str] = set()
    for base in cls.__mro__[1:-1]:
        slots = vars(base).get("__slots__", ())
        inherited.update((slots,) if isinstance(slots, str) else slots)
    namespace["__slots__"] = tuple(name for name in names if name not in inherited)
    for name in (*names, "__dict__", "__weakref__"):
        namespace.pop(name, None)
    namespace["__qualname__"] = cls.__qualname__
    return namespace


def _frozen_setattr(self: object, name: str, value: object) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")


def _frozen_delattr(self: object, name: str) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")


def _getstate(self: object) -> list[object]:
    # What a frozen slotted dataclass pickles and copies: its fields' values, in order.
    return [getattr(self, f.name) for f in dataclasses.fields(self)]  # type: ignore[arg-type]


def _setstate(self: object, state: list[object]) -> None:
    for f, value in zip(dataclasses.fields(self), state, strict=True):  # type: ignore[arg-type]
        object.__setattr__(self, f.name, value)
