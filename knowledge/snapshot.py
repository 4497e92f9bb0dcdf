"""One snapshot of everything a start builds from the packs: the knowledge and the matcher.

A later start read the checked packs' values (JSON), the risk detector's tables (`marshal`) and
the matcher's index (blocks of bytes) from the cache, then rebuilt the detector's places and
phrases, the matcher's normaliser, index and quote gate from them: most of `infoshare ask`'s
work after its imports. The snapshot keeps the finished objects instead, in one file read by
one `pickle` load, under the knowledge cache's key (`knowledge.pack_cache.pack_key`: the pack
files and every module of this package, so a changed pack or a change to the code that shapes
these objects finds no file), beside the other caches, which a first start still writes.

What may be in it is closed, both ways. Writing, every object is reduced by this module: a
frozen slotted value (`_value`), an enum member (`_member`), an object of one of this package's
classes with its attributes (`_new`), or one of the few bound methods an index keeps
(`_BOUND`); anything else (a function, a class from elsewhere) means no snapshot, and the start
builds as before. Reading, the only callables a file can name are those four and `array`'s own
reconstructor (`_ALLOWED`): a class is named by text and looked up in this package, made by
`object.__new__` and given its fields, so no class's `__init__` or anything outside this
package runs, whatever the file says. The trust assumption is the other caches' (the cache
directory is the service's own, like its code); the header's CRC-32 of the body means a
damaged or truncated file is never unpickled (a check against damage: against someone who can
write the directory no sum kept in it would do, and a SHA-256 of the megabyte cost a start
about 2 ms more), and the packs' source texts are checked against the digests recorded when the
knowledge was checked, as the knowledge cache does. Any problem reading it means the start
builds as before, and writes it again.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import importlib
import io
import json
import os
import pickle
import zlib
from array import _array_reconstructor, array  # type: ignore[attr-defined]
from collections.abc import Callable, Mapping
from enum import Enum
from pathlib import Path
from types import MemberDescriptorType, MethodType
from typing import Any

from knowledge.loader import Knowledge
from knowledge.matching import Matcher

FORMAT = 1
PREFIX = "built-"
SUFFIX = ".pickle"
_MAGIC = b"infoshare built knowledge\n"
_PACKAGE = "knowledge"
_PLAIN = frozenset({str, int, float, bool, bytes, tuple, list, dict, set, frozenset, type(None)})
# A bound method an object keeps as an attribute (the index hands its postings to its bitsets).
_BOUND = frozenset({("knowledge.matching.index:Index", "_own_postings")})
# Attributes only building needs, kept empty (the detector's places by the id of a set alive
# only while it was built).
_EMPTIED = {"knowledge.risk:RiskDetector": ("_compiled",)}
_ALLOWED = frozenset(
    {
        ("array", "_array_reconstructor"),
        ("array", "array"),
        *((__name__, name) for name in ("_value", "_member", "_new", "_bound")),  # _GLOBALS
    }
)


def snapshot_path(directory: Path, key: str) -> Path:
    """Where the snapshot for `key` (the knowledge cache's) is kept in `directory`."""
    return directory / f"{PREFIX}{key}{SUFFIX}"


def read_snapshot(directory: Path, key: str) -> tuple[Knowledge, Matcher] | None:
    """The knowledge and matcher kept for `key`, or None when there is no sound snapshot."""
    try:
        found = snapshot_path(directory, key).read_bytes()
    except OSError:
        return None
    try:
        body = _body(found, key)
        built = _Unpickler(io.BytesIO(body)).load() if body is not None else None
    except (pickle.UnpicklingError, EOFError, ValueError, TypeError, LookupError, RecursionError):
        return None
    except (AttributeError, ImportError, MemoryError):
        return None
    if (
        type(built) is not tuple
        or len(built) != 2
        or type(built[0]) is not Knowledge
        or type(built[1]) is not Matcher
    ):
        return None
    return built[0], built[1]


def write_snapshot(
    directory: Path,
    key: str,
    built: tuple[Knowledge, Matcher],
    inputs: Mapping[str, str | None],
) -> bool:
    """Keep the knowledge and matcher for `key`, removing older snapshots; False when it cannot
    (an object this module does not reduce, or a directory that cannot be written to).

    Args:
        directory: the cache directory.
        key: the knowledge cache's key for the packs they were built from.
        built: the knowledge and the matcher, as built (before any message).
        inputs: the other files the packs' checks read, with their SHA-256 (from the knowledge
            cache's record): a later change to any of them voids the snapshot.
    """
    out = io.BytesIO()
    try:
        _Pickler(out).dump(built)
    except (pickle.PicklingError, TypeError, AttributeError, RecursionError):
        return False
    body = out.getvalue()
    header = {
        "format": FORMAT,
        "key": key,
        "inputs": dict(inputs),
        "crc32": zlib.crc32(body),
    }
    encoded = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode()
    content = _MAGIC + len(encoded).to_bytes(8, "little") + encoded + body
    try:
        import tempfile  # noqa: PLC0415 (with shutil and random: only to write the file)

        directory.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=PREFIX, suffix=".tmp", dir=directory)
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(content)
            os.replace(temporary, snapshot_path(directory, key))
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        for old in directory.glob(f"{PREFIX}*{SUFFIX}"):
            if old.name != snapshot_path(directory, key).name:
                old.unlink(missing_ok=True)
    except OSError:
        return False
    return True


def _body(found: bytes, key: str) -> bytes | None:
    """The pickled body of a snapshot file, if its header is this key's and format, its
    inputs are unchanged and the body is the one written."""
    start = len(_MAGIC) + 8
    if found[: len(_MAGIC)] != _MAGIC:
        return None
    size = int.from_bytes(found[len(_MAGIC) : start], "little")
    if size > len(found) - start:
        return None
    header = json.loads(found[start : start + size])
    if not isinstance(header, dict) or header.get("key") != key or header.get("format") != FORMAT:
        return None
    inputs = header.get("inputs")
    if not isinstance(inputs, dict) or any(
        _file_digest(Path(path)) != digest for path, digest in inputs.items()
    ):
        return None
    body = found[start + size :]
    return body if zlib.crc32(body) == header.get("crc32") else None


def _file_digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


class _Pickler(pickle.Pickler):
    def __init__(self, file: io.BytesIO) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._kinds: dict[type, str] = {}  # one string per class, written once and referred to

    def reducer_override(self, obj: object) -> Any:
        cls = type(obj)
        if cls in _PLAIN or cls.__module__ == "array" or any(obj is g for g in _GLOBALS):
            return NotImplemented
        if cls is MethodType:
            return _bound_reduced(obj)  # type: ignore[arg-type]
        if (kind := self._kinds.get(cls)) is None:
            kind = self._kinds[cls] = f"{cls.__module__}:{cls.__qualname__}"
            _class(kind)  # a class of this package, or PicklingError
        if isinstance(obj, Enum):
            return _member, (kind, obj.value)
        if _slotted(kind) is not None:
            fields = dataclasses.fields(obj)  # type: ignore[arg-type]
            return _value, (kind, tuple(getattr(obj, f.name) for f in fields))
        if isinstance(obj, tuple) or not hasattr(obj, "__dict__"):
            raise pickle.PicklingError(f"not a value or an object with attributes: {kind}")
        state = dict(vars(obj))
        for attribute in _EMPTIED.get(kind, ()):
            state[attribute] = type(state[attribute])()
        return _new, (kind,), state


def _bound_reduced(method: MethodType) -> tuple[Callable[..., object], tuple[object, ...]]:
    owner = type(method.__self__)
    if (f"{owner.__module__}:{owner.__qualname__}", method.__func__.__name__) not in _BOUND:
        raise pickle.PicklingError(f"a method not kept: {method.__func__.__qualname__}")
    return _bound, (method.__self__, method.__func__.__name__)


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"not allowed in a snapshot: {module}.{name}")
        return super().find_class(module, name)


@functools.cache
def _class(kind: str) -> type:
    """The class of this package that `kind` ("module:name") names (never anything else).

    Raises:
        pickle.PicklingError: (an `UnpicklingError` too) `kind` is not a class defined in a
            module of this package.
    """
    module, _, name = kind.partition(":")
    found = None
    if module.partition(".")[0] == _PACKAGE and name.isidentifier():
        found = getattr(importlib.import_module(module), name, None)
    if not isinstance(found, type) or found.__module__ != module or found.__qualname__ != name:
        raise _NotAllowed(f"not a {_PACKAGE} class: {kind}")
    return found


@functools.cache
def _slotted(kind: str) -> tuple[type, tuple[Callable[[object, object], None], ...]] | None:
    """For a slotted dataclass, itself and the `__set__` of each field's slot, in field
    order; None for any other class."""
    cls = _class(kind)
    if not dataclasses.is_dataclass(cls):
        return None
    slots = [getattr(cls, f.name, None) for f in dataclasses.fields(cls)]
    if not all(isinstance(slot, MemberDescriptorType) for slot in slots):
        return None
    return cls, tuple(slot.__set__ for slot in slots)  # type: ignore[union-attr]


def _value(kind: str, fields: tuple[object, ...]) -> object:
    """A value of a slotted dataclass of this package, its fields set without `__init__` (as
    unpickling one always does)."""
    if (slotted := _slotted(kind)) is None:
        raise _NotAllowed(f"not a value: {kind}")
    cls, setters = slotted
    made: object = object.__new__(cls)
    for set_field, field in zip(setters, fields, strict=True):
        set_field(made, field)
    return made


def _member(kind: str, value: object) -> Enum:
    """A member of an enum of this package, by its value."""
    cls = _class(kind)
    if not issubclass(cls, Enum):
        raise _NotAllowed(f"not an enum: {kind}")
    return cls(value)


def _new(kind: str) -> object:
    """An object of a class of this package, without `__init__` (its attributes follow)."""
    cls = _class(kind)
    if _slotted(kind) is not None or issubclass(cls, (Enum, BaseException)):
        raise _NotAllowed(f"not an object with attributes: {kind}")
    return object.__new__(cls)


def _bound(owner: object, name: str) -> object:
    """One of the bound methods `_BOUND` names."""
    cls = type(owner)
    if (f"{cls.__module__}:{cls.__qualname__}", name) not in _BOUND:
        raise _NotAllowed(f"not a method kept: {cls.__qualname__}.{name}")
    return getattr(owner, name)


class _NotAllowed(pickle.PicklingError, pickle.UnpicklingError):
    """A class or method a snapshot may not hold."""


_GLOBALS = (_value, _member, _new, _bound, array, _array_reconstructor)
"""What a snapshot names by module and name (`_ALLOWED`)."""
