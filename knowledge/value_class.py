"""`value_class`: a frozen, slotted dataclass whose methods are not compiled at import.

`@dataclass(frozen=True, slots=True)` writes a class's `__init__`, `__setattr__` and
`__delattr__` as source text and compiles them every time the module is imported; a start of
the command line makes about eighty such classes, and compiling their methods was about a sixth
of a later `infoshare ask`'s CPU. A class made by `value_class` is the same dataclass (the same
`dataclasses.fields`, `replace`, `is_dataclass`, slots, and mypy's checks through
`dataclass_transform`), but:

- `__setattr__` and `__delattr__` are this module's, shared by every such class: they refuse any
  change with `dataclasses.FrozenInstanceError`, the same error and words as the generated ones;
- `__init__` is compiled when the class's first value is made (about a third of the classes a
  start makes are never instantiated by it), from the same parameters and in the same order as
  the one `dataclasses` writes: positional fields, then keyword-only ones, defaults and
  `default_factory`, fields with `init=False`, and `__post_init__`.

Like `@dataclass(eq=False, repr=False)`, it writes no `__eq__`, `__hash__` or `__repr__`: a class
inherits them (from `knowledge.pack_values.Value`, or identity from `object`). It takes no
`InitVar`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar, dataclass_transform, overload

_T = TypeVar("_T", bound=type)
_NO_VALUE: Any = object()
"""The default of a parameter whose field has a `default_factory` (as `dataclasses` does)."""


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
        if not documented:  # else dataclasses reads object.__init__'s signature, parsing its text
            cls.__doc__ = cls.__name__
        written = _annotations_as_types(cls)
        made: _T = dataclasses.dataclass(  # type: ignore[assignment]
            cls, init=False, eq=False, repr=False, slots=True, kw_only=kw_only
        )
        if written is not None:
            _annotations_as_written(made, written)
        methods = {
            "__init__": _first_init(made),
            "__setattr__": _frozen_setattr,
            "__delattr__": _frozen_delattr,
            "__getstate__": _getstate,
            "__setstate__": _setstate,
        }
        for name, method in methods.items():
            setattr(made, name, method)
        if not documented:
            made.__doc__ = f"{made.__name__}({', '.join(f.name for f in dataclasses.fields(made))})"
        # What the class is, for whoever reads it (`dataclasses` itself, making a subclass).
        made.__dataclass_params__ = type(made.__dataclass_params__)(  # type: ignore[attr-defined]
            init=True, repr=False, eq=False, order=False, unsafe_hash=False, frozen=True
        )
        return made

    return make if cls is None else make(cls)


_MARKERS = ("ClassVar", "InitVar", "KW_ONLY")
"""What `dataclasses` looks for in an annotation written as text (`from __future__ import
annotations`): a field's annotation naming none of them is only its type."""


def _annotations_as_types(cls: type) -> dict[str, object] | None:
    """Put a stand-in type for each of `cls`'s annotations while `dataclasses` reads them, and
    return them as written; None (and nothing done) if one may be a `ClassVar`, an `InitVar`
    or `KW_ONLY`.

    `dataclasses` tests each annotation written as text for these three by a regular expression
    and a look-up in the class's module, three times a field: about a fifth of making a class.
    An annotation that is a type (not text) it tests by identity, and every field's annotation
    is only its type unless it names one of them."""
    written: dict[str, object] | None = vars(cls).get("__annotations__")
    if not written:
        return None
    for annotation in written.values():
        if not isinstance(annotation, str) or any(map(annotation.__contains__, _MARKERS)):
            return None
    cls.__annotations__ = dict.fromkeys(written, object)
    return written


def _annotations_as_written(cls: type, written: dict[str, object]) -> None:
    """Give `cls` (made by `dataclasses`) and its fields the annotations as written."""
    cls.__annotations__ = written
    fields = cls.__dataclass_fields__  # type: ignore[attr-defined]
    for name, annotation in written.items():
        fields[name].type = annotation


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


PLAIN_VALUES = 32
"""How many values of a class the shared `__init__` makes before the class's own is compiled."""


def _first_init(cls: type) -> Callable[..., None]:
    """The class's `__init__` until its own is compiled: it makes the first `PLAIN_VALUES` values
    by reading the class's fields (slower per value, but compiling costs as much as making about
    a hundred), then compiles the class's own and hands over to it. Arguments it cannot place
    (a missing or unexpected one) go to the compiled one, which refuses them in its own words."""
    compiled: Callable[..., None] | None = None
    plan: _Plan | None = None
    made = 0

    def __init__(self: object, *args: object, **kwargs: object) -> None:
        nonlocal compiled, plan, made
        if compiled is None:
            if made < PLAIN_VALUES:
                plan = plan or _plan(cls)
                if _made_by_plan(self, plan, args, kwargs):
                    made += 1
                    return
            compiled = compile_init(cls)
            if vars(cls).get("__init__") is __init__:  # not replaced meanwhile (a test's spy)
                type.__setattr__(cls, "__init__", compiled)
        compiled(self, *args, **kwargs)

    __init__.__qualname__ = f"{cls.__qualname__}.__init__"
    return __init__


_Step = tuple[str, bool, object, object]
"""A field: its name, whether `__init__` takes it, its default and its default factory."""
_Plan = tuple[tuple[str, ...], frozenset[str], frozenset[str], tuple[_Step, ...], bool]
"""The positional parameters, every parameter, the required ones, the fields, `__post_init__`."""


def _plan(cls: type) -> _Plan:
    fields = dataclasses.fields(cls)
    taken = [f for f in fields if f.init]
    no_default = dataclasses.MISSING
    return (
        tuple(f.name for f in taken if not f.kw_only),
        frozenset(f.name for f in taken),
        frozenset(
            f.name for f in taken if f.default is no_default and f.default_factory is no_default
        ),
        tuple((f.name, f.init, f.default, f.default_factory) for f in fields),
        hasattr(cls, "__post_init__"),
    )


def _made_by_plan(
    self: object, plan: _Plan, args: tuple[object, ...], kwargs: dict[str, object]
) -> bool:
    """Set `self`'s fields from the arguments as the compiled `__init__` would; False (and
    nothing done) for arguments it would refuse."""
    positional, parameters, required, steps, post_init = plan
    if len(args) > len(positional):
        return False
    given = dict(zip(positional, args, strict=False))
    if not kwargs.keys() <= parameters or not kwargs.keys().isdisjoint(given):
        return False
    given.update(kwargs)
    if not required <= given.keys():
        return False
    no_value = dataclasses.MISSING
    for name, taken, default, factory in steps:
        if taken and name in given:
            object.__setattr__(self, name, given[name])
        elif factory is not no_value:
            object.__setattr__(self, name, factory())  # type: ignore[operator]
        elif default is not no_value:
            object.__setattr__(self, name, default)
    if post_init:
        self.__post_init__()  # type: ignore[attr-defined]
    return True


def compile_init(cls: type) -> Callable[..., None]:
    """The `__init__` that `dataclasses` writes for frozen dataclass `cls` (see the module)."""
    fields = dataclasses.fields(cls)
    names: dict[str, object] = {"_set": object.__setattr__, "_NO_VALUE": _NO_VALUE}
    positional: list[str] = []
    keyword: list[str] = []
    body: list[str] = []
    for f in fields:
        if f.default_factory is not dataclasses.MISSING:
            names[f"_make_{f.name}"] = f.default_factory
            made = f"_make_{f.name}()"
            value = f"{made} if {f.name} is _NO_VALUE else {f.name}" if f.init else made
            default = "=_NO_VALUE"
        elif f.default is not dataclasses.MISSING:
            names[f"_default_{f.name}"] = f.default
            value = f.name if f.init else f"_default_{f.name}"
            default = f"=_default_{f.name}"
        else:
            value, default = f.name, ""
        if f.init:
            (keyword if f.kw_only else positional).append(f"{f.name}{default}")
        if f.init or value != f.name:
            body.append(f"  _set(self, {f.name!r}, {value})")
    if hasattr(cls, "__post_init__"):
        body.append("  self.__post_init__()")
    parameters = ["self", *positional, *(["*", *keyword] if keyword else [])]
    source = f"def __init__({', '.join(parameters)}):\n" + ("\n".join(body) or "  pass")
    exec(source, names)  # noqa: S102 - text made from the class's own field names
    init: Callable[..., None] = names["__init__"]  # type: ignore[assignment]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init
