"""Which values of a snapshot are made a class at a time (`knowledge.snapshot_pickler`).

The values of a slotted value class are made together (`knowledge.snapshot_makers.make_values`)
where none of them can wait on a value of its own class: `groups` finds them under the object
written. Only a start that built the knowledge reads this module, as it writes a snapshot.
"""

from __future__ import annotations

import dataclasses
from array import array
from collections.abc import Callable
from enum import Enum
from types import MethodType
from typing import Any

from knowledge.snapshot_makers import PACKAGE, class_named, named_tuple, slotted

__all__ = ["CONTAINERS", "LEAVES", "Group", "fields_of", "groups", "items_of", "kind_of"]

LEAVES = frozenset({str, int, float, bool, bytes, type(None)})
CONTAINERS = frozenset({tuple, list, dict, set, frozenset})


class Group:
    """Every value of one class that `_values` makes at once; a value is then its place in it."""

    def __init__(self, kind: str, values: list[object]) -> None:
        self.kind, self.values = kind, values


def kind_of(cls: type) -> str:
    """How a snapshot names a class of this package.

    Raises:
        pickle.PicklingError: not a class of this package.
    """
    kind = f"{cls.__module__}:{cls.__qualname__}"
    class_named(kind)
    return kind


def fields_of(value: object) -> tuple[object, ...]:
    if isinstance(value, tuple):  # a named tuple
        return tuple(value)
    return tuple(getattr(value, f.name) for f in dataclasses.fields(value))  # type: ignore[arg-type]


def _is_value(cls: type) -> bool:
    """Whether `cls` is a slotted dataclass or a named tuple of this package."""
    if cls.__module__.partition(".")[0] != PACKAGE:
        return False
    kind = kind_of(cls)
    return slotted(kind) is not None or named_tuple(kind) is not None


def groups(root: object, state_of: Callable[[object], dict[str, object]] = vars) -> list[Group]:
    """The values under `root` that can be made a class at a time: those of each slotted value
    class whose values hold (in containers) only plain data, enum members and values of other
    such classes, none reaching its own class again, so a group never waits on itself. An
    object with attributes is walked by `state_of` (what it will be written with)."""
    found: dict[type, list[object]] = {}
    seen: set[int] = set()
    stack = [root]
    while stack:
        obj = stack.pop()
        if id(obj) in seen or type(obj) in LEAVES or isinstance(obj, Enum | array):
            continue
        seen.add(id(obj))
        cls = type(obj)
        if cls in CONTAINERS:
            stack.extend(items_of(obj))
        elif cls is MethodType:
            stack.append(obj.__self__)  # type: ignore[attr-defined]
        elif _is_value(cls):
            found.setdefault(cls, []).append(obj)
            stack.extend(fields_of(obj))
        elif hasattr(obj, "__dict__"):
            stack.extend(state_of(obj).values())
    needs = {cls: needed for cls, values in found.items() if (needed := _needs(values)) is not None}
    able = set(needs)
    while unable := {c for c in able if not needs[c] <= able or _reaches(c, c, needs, able)}:
        able -= unable
    return [Group(kind_of(cls), found[cls]) for cls in found if cls in able]


def _needs(values: list[object]) -> set[type] | None:
    """The value classes `values` hold (through containers), or None if they hold anything
    but plain data, enum members and values."""
    needed: set[type] = set()
    stack = [f for value in values for f in fields_of(value)]
    seen: set[int] = set()
    while stack:
        obj = stack.pop()
        cls = type(obj)
        if cls in LEAVES or isinstance(obj, Enum | array) or id(obj) in seen:
            continue
        seen.add(id(obj))
        if cls in CONTAINERS:
            stack.extend(items_of(obj))
        elif _is_value(cls):
            needed.add(cls)
        else:
            return None
    return needed


def _reaches(start: type, goal: type, needs: dict[type, set[type]], able: set[type]) -> bool:
    stack, seen = list(needs[start]), set()
    while stack:
        cls = stack.pop()
        if cls is goal:
            return True
        if cls not in seen and cls in able:
            seen.add(cls)
            stack.extend(needs[cls])
    return False


def items_of(container: Any) -> list[object]:
    if type(container) is dict:
        return [*container.keys(), *container.values()]
    return list(container)
