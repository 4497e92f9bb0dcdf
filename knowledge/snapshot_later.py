"""A snapshot's later section: attributes read, and summed, when their object first needs them.

The attributes `knowledge.snapshot.LATER` names (the learnt model's tables) are kept after the
body, in a `LaterSection` under a sum of its own: the body holds a `LaterPart` in their place,
and the object's class calls `read_later` when it first misses one of them. The section is
summed then, not at every start; a damaged one is never unpickled: the object takes the
attributes of one made from its sources, and the snapshot is removed, so the next start
writes it again.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from knowledge.snapshot import LATER_NAME, UNREADABLE, body_sum
from knowledge.snapshot_makers import NotAllowed, SnapshotUnpickler


class LaterSection:
    """The part of a snapshot file after its body: pickles of objects' attributes, summed when
    first read."""

    __slots__ = ("_data", "_path", "_sound", "_sum")

    def __init__(self, data: bytes, written: object, path: Path) -> None:
        """Args:
        data: the section's bytes, as read with the body.
        written: the sum the header keeps of them (`knowledge.snapshot.body_sum`).
        path: the snapshot file, removed if the section turns out damaged.
        """
        self._data, self._sum, self._path, self._sound = data, written, path, False

    def state(self, start: int, end: int) -> dict[str, object]:
        """The attributes pickled at `start:end`.

        Raises:
            pickle.UnpicklingError: (`NotAllowed` among them) a damaged section, or a pickle
                not of attributes.
        """
        if not self._sound:
            if body_sum(self._data) != self._sum:
                raise NotAllowed("a damaged later section")
            self._sound = True
        if not 0 <= start < end <= len(self._data):
            raise NotAllowed("a later part outside its section")
        stream = io.BytesIO(self._data)
        stream.seek(start)
        state = SnapshotUnpickler(stream).load()
        if stream.tell() != end or type(state) is not dict or not all(map(str.isidentifier, state)):
            raise NotAllowed("a later part that is not attributes")
        return state

    def remove(self) -> None:
        """Remove the snapshot file this section was read from (the next start writes it)."""
        with contextlib.suppress(OSError):
            self._path.unlink(missing_ok=True)


class LaterPart:
    """Where an object's attributes are in a `LaterSection`."""

    __slots__ = ("_end", "_section", "_start")

    def __init__(self, section: LaterSection, start: int, end: int) -> None:
        self._section, self._start, self._end = section, start, end

    def state(self) -> dict[str, object]:
        """The attributes (see `LaterSection.state`)."""
        return self._section.state(self._start, self._end)

    def remove(self) -> None:
        """Remove the snapshot file (see `LaterSection.remove`)."""
        self._section.remove()


class BodyUnpickler(SnapshotUnpickler):
    """Reads a snapshot's body, each `LaterPart` it names one of `later`'s."""

    def __init__(self, stream: io.BytesIO, later: LaterSection) -> None:
        super().__init__(stream)
        self._later = later

    def persistent_load(self, pid: Any) -> object:
        if type(pid) is not tuple or len(pid) != 2 or {type(n) for n in pid} != {int}:
            raise NotAllowed(f"not a later part: {pid!r}")
        return LaterPart(self._later, pid[0], pid[1])


def read_later(owner: object, made: Callable[[], object]) -> bool:
    """Give `owner`, read back from a snapshot, the attributes kept in its later section; when
    that section is damaged, those of `made()` (the object made from its sources, as a first
    start makes it), and the snapshot is removed. False when `owner` is waiting for none.

    Raises:
        AttributeError: the attributes read are not the object's (they never set `_later`).
    """
    attributes = vars(owner)
    part = attributes.get(LATER_NAME)
    if type(part) is not LaterPart:
        return False
    try:
        state = part.state()
    except UNREADABLE:
        part.remove()
        state = dict(vars(made()))
    if LATER_NAME in state:
        raise AttributeError(f"a later part within a later part: {type(owner).__qualname__}")
    # Given before the part is dropped: another thread finds either the part or the attributes.
    attributes.update(state)
    attributes.pop(LATER_NAME, None)
    return True
