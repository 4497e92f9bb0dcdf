"""Writing a snapshot of the built knowledge and matcher (`knowledge.snapshot`, which reads it).

Only a start that built them writes one, so a later start never imports this module. Every
object is reduced here to one of the makers of `knowledge.snapshot_makers`, named by module and
name; the values of a class are made together where none of them can wait on a value of its own
class.
"""

from __future__ import annotations

import io
import pickle
from array import _array_reconstructor, array  # type: ignore[attr-defined]
from collections.abc import Callable
from enum import Enum
from operator import getitem
from types import MethodType
from typing import Any

from knowledge.snapshot import (
    DROPPED,
    EMPTIED,
    LATER,
    LATER_NAME,
    LAZY,
    WORD_SETS,
)
from knowledge.snapshot_groups import (
    CONTAINERS,
    LEAVES,
    Group,
    fields_of,
    groups,
    items_of,
    kind_of,
)
from knowledge.snapshot_lazy import WORD_END as END
from knowledge.snapshot_lazy import LazyWords, lazy_index, lazy_table, lazy_words
from knowledge.snapshot_makers import (
    KEPT_METHODS,
    enum_member,
    kept_method,
    make_value,
    make_values,
    named_tuple,
    new_object,
    slotted,
)

_PLAIN = LEAVES | CONTAINERS
_GLOBALS = (
    make_value,
    make_values,
    enum_member,
    new_object,
    kept_method,
    array,
    _array_reconstructor,
    getitem,
    lazy_index,
    lazy_table,
    lazy_words,
)
"""What a snapshot names by module and name (`knowledge.snapshot_makers` allows them)."""


class _LazyTableOut:
    """A `knowledge.snapshot_lazy.LazyTable` to write: each object pickled on its own (a value
    as its class's number and its fields), what it holds that the table also holds named by
    its number."""

    __slots__ = ("blocks", "ends", "kinds", "names")

    def __init__(self, objects: list[object]) -> None:
        numbers = {id(obj): n for n, obj in enumerate(objects)}
        blocks, ends, kinds = bytearray(), array("I"), bytearray()
        names: dict[str, int] = {}
        for obj in objects:
            out = io.BytesIO()
            if type(obj) in CONTAINERS or isinstance(obj, array):
                kinds.append(0)
                _ItemPickler(out, numbers, obj).dump(obj)
            else:
                kinds.append(names.setdefault(kind_of(type(obj)), len(names) + 1))
                _ItemPickler(out, numbers, obj).dump(fields_of(obj))
            blocks += out.getvalue()
            ends.append(len(blocks))
        if len(names) > 255:
            raise pickle.PicklingError("more value classes than a lazy table numbers")
        self.blocks, self.ends, self.kinds, self.names = bytes(blocks), ends, bytes(kinds), names


class _LazyIndexOut:
    """A `knowledge.snapshot_lazy.LazyIndex` to write: a mapping's keys, and its tuples as
    numbers in a table."""

    __slots__ = ("numbers", "starts", "table", "words")

    def __init__(self, mapping: dict[str, tuple[object, ...]], numbers: dict[int, int]) -> None:
        self.words = "".join(f"{word}\n" for word in mapping)
        self.starts, self.numbers = array("I", [0]), array("I")
        for found in mapping.values():
            self.numbers.extend(numbers[id(obj)] for obj in found)
            self.starts.append(len(self.numbers))
        self.table: _LazyTableOut | None = None


class _WordsOut:
    """A frozenset of words to write as one text (`knowledge.snapshot.WORD_SETS`)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


class _LaterOut:
    """Attributes of an object to write in the snapshot's later section (`LATER`)."""

    __slots__ = ("state",)

    def __init__(self, state: dict[str, object]) -> None:
        self.state = state


class SnapshotPickler(pickle.Pickler):
    """Pickles the knowledge and the matcher as `knowledge.snapshot` reads them (see there)."""

    def __init__(self, file: io.BytesIO, later: bytearray | None = None) -> None:
        """Args:
        file: where the body is written.
        later: where the attributes `LATER` names are written, each object's a pickle of its
            own, the body naming where (a persistent id); None writes them in the body.
        """
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._kinds: dict[type, str] = {}  # one string per class, written once and referred to
        self._places: dict[int, tuple[Group, int]] = {}  # by id: alive while it is dumped
        self._lazy: dict[int, dict[str, _LazyIndexOut]] = {}  # by the owner's id, as above
        self._later = later
        self._later_out: dict[int, _LaterOut] = {}  # by the owner's id, as above

    def dump(self, obj: object) -> None:
        """Write `obj` (the knowledge and the matcher), each value class at a time where it can.

        Raises:
            pickle.PicklingError: an object this module does not reduce.
        """
        self._places = {
            id(value): (group, n)
            for group in groups(obj, self.state_of)
            for n, value in enumerate(group.values)
        }
        super().dump(obj)

    def state_of(self, obj: object) -> dict[str, object]:
        """The attributes an object is written with: those `EMPTIED` names empty, those `DROPPED`
        names left out, those
        `LAZY` names as lazy indexes into one table, and those `LATER` names (read back first
        if they are waiting in a snapshot) in the later section, when it is written."""
        kind = kind_of(type(obj))
        later = {name: getattr(obj, name) for name in LATER.get(kind, ())}
        state = dict(vars(obj))
        if later and self._later is not None:
            if (out := self._later_out.get(id(obj))) is None:
                out = self._later_out[id(obj)] = _LaterOut(later)
            state = {n: v for n, v in state.items() if n not in later} | {LATER_NAME: out}
        for attribute in EMPTIED.get(kind, ()):
            state[attribute] = type(state[attribute])()
        for attribute in DROPPED.get(kind, ()):
            state.pop(attribute, None)
        for attribute in WORD_SETS.get(kind, ()):
            words = state[attribute]
            if type(words) is LazyWords:  # read back from a snapshot: written as it was
                words = words.words()
            if type(words) is frozenset and all(type(w) is str and END not in w for w in words):
                state[attribute] = _WordsOut("".join(f"{w}{END}" for w in sorted(words)))
        if names := LAZY.get(kind, ()):
            if (lazy := self._lazy.get(id(obj))) is None:
                lazy = self._lazy[id(obj)] = _lazy_indexes({n: state[n] for n in names})
            state.update(lazy)
        return state

    def persistent_id(self, obj: object) -> object:
        if not isinstance(obj, _LaterOut) or self._later is None:
            return None
        out = io.BytesIO()
        SnapshotPickler(out).dump(obj.state)
        start = len(self._later)
        self._later += out.getvalue()
        return start, len(self._later)

    def reducer_override(self, obj: object) -> Any:
        cls = type(obj)
        if cls in _PLAIN or cls.__module__ == "array" or any(obj is g for g in _GLOBALS):
            return NotImplemented
        if cls is MethodType:
            return _bound_reduced(obj)  # type: ignore[arg-type]
        if cls is _LazyIndexOut:
            index: _LazyIndexOut = obj  # type: ignore[assignment]
            return lazy_index, (index.words, index.starts, index.numbers, index.table)
        if cls is _WordsOut:
            return lazy_words, (obj.text,)  # type: ignore[attr-defined]
        if cls is _LazyTableOut:
            table: _LazyTableOut = obj  # type: ignore[assignment]
            return lazy_table, (table.blocks, table.ends, table.kinds, tuple(table.names))
        if cls is Group:
            group: Group = obj  # type: ignore[assignment]
            return make_values, (group.kind, tuple(map(fields_of, group.values)))
        if (place := self._places.get(id(obj))) is not None:
            return getitem, place
        if (kind := self._kinds.get(cls)) is None:
            kind = self._kinds[cls] = kind_of(cls)
        if isinstance(obj, Enum):
            return enum_member, (kind, obj.value)
        if slotted(kind) is not None or named_tuple(kind) is not None:
            return make_value, (kind, fields_of(obj))
        if isinstance(obj, tuple) or not hasattr(obj, "__dict__"):
            raise pickle.PicklingError(f"not a value or an object with attributes: {kind}")
        return new_object, (kind,), self.state_of(obj)


class _ItemPickler(SnapshotPickler):
    """Pickles one object of a lazy table, naming the others it holds by their number."""

    def __init__(self, file: io.BytesIO, numbers: dict[int, int], item: object) -> None:
        super().__init__(file)
        self._numbers, self._item = numbers, item

    def dump(self, obj: object) -> None:
        pickle.Pickler.dump(self, obj)

    def persistent_id(self, obj: object) -> object:
        return None if obj is self._item else self._numbers.get(id(obj))


def _lazy_indexes(mappings: dict[str, Any]) -> dict[str, _LazyIndexOut]:
    """Lazy indexes for `mappings` (of words to tuples), sharing one table: every value their
    tuples hold, and every value or container those hold that more than one of them holds (so
    what was shared stays shared, and nothing is written twice), in the order first met."""
    written = {name: {w: tuple(found) for w, found in m.items()} for name, m in mappings.items()}
    held: dict[int, int] = {}  # by id: how many objects hold it
    order: list[object] = []
    stack = [obj for m in written.values() for found in m.values() for obj in found][::-1]
    firsts = {id(obj) for obj in stack}
    while stack:
        obj = stack.pop()
        # An array is a leaf, written where it is held, unless an index's tuple holds it (the
        # matcher's postings): then it is an object of the table, read when first asked for.
        if type(obj) in LEAVES or isinstance(obj, Enum):
            continue
        if isinstance(obj, array) and id(obj) not in firsts:
            continue
        held[id(obj)] = held.get(id(obj), 0) + 1
        if held[id(obj)] > 1:
            continue
        order.append(obj)
        if isinstance(obj, array):
            continue
        if type(obj) in CONTAINERS:
            stack.extend(reversed(items_of(obj)))
        elif slotted(kind_of(type(obj))) is not None:
            stack.extend(reversed(fields_of(obj)))
        else:
            raise pickle.PicklingError(f"not a value in a lazy index: {type(obj).__qualname__}")
    objects = [
        obj
        for obj in order
        if id(obj) in firsts or held[id(obj)] > 1 or type(obj) not in CONTAINERS
    ]
    numbers = {id(obj): n for n, obj in enumerate(objects)}
    indexes = {name: _LazyIndexOut(m, numbers) for name, m in written.items()}
    table = _LazyTableOut(objects)
    for index in indexes.values():
        index.table = table
    return indexes


def _bound_reduced(method: MethodType) -> tuple[Callable[..., object], tuple[object, ...]]:
    owner = type(method.__self__)
    if (f"{owner.__module__}:{owner.__qualname__}", method.__func__.__name__) not in KEPT_METHODS:
        raise pickle.PicklingError(f"a method not kept: {method.__func__.__qualname__}")
    return kept_method, (method.__self__, method.__func__.__name__)
