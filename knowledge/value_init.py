"""A value class's `__init__` (`knowledge.value_class`): its first values made by reading the
class's fields, then its own compiled, the same as the one `dataclasses` writes: positional
fields, then keyword-only ones, defaults and `default_factory`, fields with `init=False`, and
`__post_init__`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from types import MemberDescriptorType
from typing import Any

_NO_VALUE: Any = object()
"""The default of a parameter whose field has a `default_factory` (as `dataclasses` does)."""


PLAIN_VALUES = 32
"""How many values of a class the shared `__init__` makes before the class's own is compiled."""


def first_init(qualname: str) -> tuple[Callable[..., None], Callable[[type], None]]:
    """The `__init__` of class `qualname` until its own is compiled, and the function that
    names the class it belongs to (made after it): it makes the first `PLAIN_VALUES` values
    by reading the class's fields (slower per value, but compiling costs as much as making about
    a hundred), then compiles the class's own and hands over to it. Arguments it cannot place
    (a missing or unexpected one) go to the compiled one, which refuses them in its own words."""
    compiled: Callable[..., None] | None = None
    plan: _Plan | None = None
    made = 0
    owner: list[type] = []

    def __init__(self: object, *args: object, **kwargs: object) -> None:
        nonlocal compiled, plan, made
        if compiled is None:
            cls = owner[0]
            if made < PLAIN_VALUES:
                plan = plan or _plan(cls)
                if _made_by_plan(self, plan, args, kwargs):
                    made += 1
                    return
            compiled = compile_init(cls)
            if vars(cls).get("__init__") is __init__:  # not replaced meanwhile (a test's spy)
                type.__setattr__(cls, "__init__", compiled)
        compiled(self, *args, **kwargs)

    __init__.__qualname__ = f"{qualname}.__init__"
    return __init__, owner.append


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
            body.append(f"  {_setting(cls, f.name, names)}{value})")
    if hasattr(cls, "__post_init__"):
        body.append("  self.__post_init__()")
    parameters = ["self", *positional, *(["*", *keyword] if keyword else [])]
    source = f"def __init__({', '.join(parameters)}):\n" + ("\n".join(body) or "  pass")
    exec(source, names)  # noqa: S102 - text made from the class's own field names
    init: Callable[..., None] = names["__init__"]  # type: ignore[assignment]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init


def _setting(cls: type, name: str, names: dict[str, object]) -> str:
    """How the compiled `__init__` sets field `name`, up to its value: by the field's slot's
    own setter, put in `names` (a third faster than `object.__setattr__`, which looks the slot
    up by name every time; the risk cues make dozens of `Hit` values a message), else by
    `object.__setattr__`."""
    for base in cls.__mro__:
        if name in vars(base):
            slot = vars(base)[name]
            if isinstance(slot, MemberDescriptorType):
                names[f"_set_{name}"] = slot.__set__
                return f"_set_{name}(self, "
            break
    return f"_set(self, {name!r}, "
