"""One snapshot of everything a start builds from the packs: the knowledge, the matcher and
the routes' index.

A later start read the checked packs' values (JSON), the risk detector's tables (`marshal`) and
the matcher's index (blocks of bytes) from the cache, then rebuilt the detector's places and
phrases, the matcher's normaliser, index and quote gate from them: most of `infoshare ask`'s
work after its imports. The snapshot keeps the finished objects instead, in one file read by
one `pickle` load, under the knowledge cache's key (`knowledge.pack_cache.pack_key`: the pack
files and every module of this package, so a changed pack or a change to the code that shapes
these objects finds no file), beside the other caches, which a first start still writes.

What may be in it is closed, both ways: every object is written as one of the makers of
`knowledge.snapshot_makers`, and reading names those makers alone, so no class's `__init__` or
anything outside this package runs, whatever the file says. The trust assumption is the other
caches' (the cache directory is the service's own, like its code); the header's sum of the body
(`importlib.util.source_hash`, 64 bits: the hash Python checks byte-code against its source
with, as the key is made) means a damaged or truncated file is never unpickled (a check against
damage: against someone who can write the directory no sum kept in it would do, and a
SHA-256 of the megabyte cost a start about 2 ms more), and the packs' source texts are checked
against the digests recorded when the knowledge was checked, as the knowledge cache does. Any
problem reading it means the start builds as before, and writes it again. The attributes
`LATER` names are kept after the body under a sum of their own, checked when they are first
read (`knowledge.snapshot_later.LaterSection`).
"""

from __future__ import annotations

# `pickle`'s own classes are `_pickle`'s (C); the module `pickle` adds the pure-Python pickler
# beside them, about 4 million instructions to import that a later start never uses.
import _pickle as pickle
import contextlib
import importlib.util
import io
import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from knowledge.loader import Knowledge
from knowledge.matching import Matcher
from knowledge.pack_cache import inputs_unchanged, replace_file
from knowledge.route_index import RouteIndex
from knowledge.snapshot_makers import (
    NotAllowed,
    SnapshotUnpickler,
    kept_method,
    make_value,
    make_values,
    new_object,
)

if TYPE_CHECKING:
    from knowledge.snapshot_later import LaterSection

__all__ = [  # with the makers a snapshot is read by (`knowledge.snapshot_makers`)
    "DROPPED",
    "EMPTIED",
    "FORMAT",
    "LATER",
    "LATER_NAME",
    "LAZY",
    "PREFIX",
    "SUFFIX",
    "UNREADABLE",
    "WORD_SETS",
    "Built",
    "NotAllowed",
    "SnapshotUnpickler",
    "body_sum",
    "kept_method",
    "make_value",
    "make_values",
    "new_object",
    "read_snapshot",
    "snapshot_path",
    "write_snapshot",
]


Built = tuple[Knowledge, Matcher, RouteIndex]
"""What a snapshot keeps: the knowledge, its matcher and its routes' index."""
FORMAT = 7
"""4: the header pickled as plain data (it was JSON: `json` is not imported by a later start);
5: the body summed by `importlib.util.source_hash`, not CRC-32 (about a quarter fewer
instructions over its 4.8 MB: 13.8 million against 18.6); 6: the routes' index kept too, and
named tuples made as values; 7: a later section after the body (`LATER`)."""
PREFIX = "built-"
SUFFIX = ".pickle"
_MAGIC = b"infoshare built knowledge\n"
# Attributes only building needs, kept empty (the detector's places by the id of a set alive
# only while it was built).
EMPTIED = {
    "knowledge.risk:RiskDetector": ("_compiled",),
    # (and the learnt model's memo of the terms messages have held: `_Vectorizer._known`)
    "knowledge.risk_model:_Vectorizer": ("_known", "_by_word"),
}
# Attributes not written at all: the risk detector's judging tables, a cached property made
# from its sets at the first message holding a sign of harm (`knowledge.risk_judging`), which a
# first start's pack examples have made; kept, every later start would read them back and
# import the modules of their classes.
# (and its indexes' phrases filed as messages meet their words: `RiskDetector._starts`)
DROPPED = {"knowledge.risk:RiskDetector": ("_tables", "_starts")}
# Mappings whose values are read when first asked for (`knowledge.snapshot_lazy`): of an
# object's attributes, those named here share one table.
LAZY = {
    "knowledge.risk:RiskDetector": ("_harm_index", "_context_index"),
    # The matcher's postings (two arrays of documents for each word): a question reads those
    # of its own few words (tidy39: 1,718 arrays and their tuples made at every start before).
    "knowledge.matching.index:Index": ("_postings",),
}
# Frozensets of words kept as one text (`knowledge.snapshot_lazy.LazyWords`):
# a message asks about a few of its words (the detector's real words left uncorrected, 6,300).
WORD_SETS = {"knowledge.risk:RiskDetector": ("_uncorrected",)}
# Attributes kept after the body, in the file's later section, under a sum of their own
# (`knowledge.snapshot_later.LaterSection`): read, and summed, when their object first needs
# them (a property of its class's for each), not at every start. The learnt model's tables are three
# fifths of the file, and a message reads them only when the cues find nothing in it and it
# is not a short question ("what is an ISP?" is one).
LATER = {"knowledge.risk_model:RiskModel": ("_vectorizers",)}
LATER_NAME = "_later"
"""The attribute that holds, until they are read, where an object's `LATER` attributes are."""
UNREADABLE = (
    pickle.UnpicklingError,
    EOFError,
    ValueError,
    TypeError,
    LookupError,
    RecursionError,
    AttributeError,
    ImportError,
    MemoryError,
)
"""What reading a damaged snapshot may raise."""


def snapshot_path(directory: Path, key: str) -> Path:
    """Where the snapshot for `key` (the knowledge cache's) is kept in `directory`."""
    return directory / f"{PREFIX}{key}{SUFFIX}"


def read_snapshot(directory: Path, key: str) -> Built | None:
    """The knowledge, matcher and routes' index kept for `key`, or None when there is no sound
    snapshot."""
    try:
        file = snapshot_path(directory, key).open("rb", buffering=0)
    except OSError:
        return None
    try:
        with file:
            parts = _read_parts(file, key)
        built = None
        if parts is not None:
            from knowledge.snapshot_later import BodyUnpickler  # noqa: PLC0415 (it names ours)

            # Read in place: a BytesIO over the body's bytes shares them rather than copying.
            built = BodyUnpickler(io.BytesIO(parts[0]), parts[1]).load()
    except (*UNREADABLE, OSError):
        return None
    if (
        type(built) is not tuple
        or len(built) != 3
        or type(built[0]) is not Knowledge
        or type(built[1]) is not Matcher
        or type(built[2]) is not RouteIndex
    ):
        return None
    return built[0], built[1], built[2]


def write_snapshot(
    directory: Path,
    key: str,
    built: Built,
    inputs: Mapping[str, str | None],
) -> bool:
    """Keep the knowledge, matcher and routes' index for `key`, removing older snapshots; False
    when it cannot (an object this module does not reduce, or a directory that cannot be
    written to).

    Args:
        directory: the cache directory.
        key: the knowledge cache's key for the packs they were built from.
        built: the knowledge, the matcher and the routes' index, as built (before any message).
        inputs: the other files the packs' checks read, with their digests (from the knowledge
            cache's record): a later change to any of them voids the snapshot.
    """
    out, later = io.BytesIO(), bytearray()
    try:
        from knowledge.snapshot_pickler import SnapshotPickler  # noqa: PLC0415 (only to write)

        SnapshotPickler(out, later).dump(built)
    except (pickle.PicklingError, TypeError, AttributeError, RecursionError):
        return False
    body = out.getvalue()
    from knowledge.snapshot_strings import shared_strings  # noqa: PLC0415 (only to write)

    with contextlib.suppress(ValueError):  # (a pickle that keeps objects by PUT: as written)
        body = shared_strings(body)
    header = {
        "format": FORMAT,
        "key": key,
        "inputs": dict(inputs),
        "sum": body_sum(body),
        "body": len(body),
        "later": len(later),
        "later_sum": body_sum(bytes(later)),
    }
    encoded = pickle.dumps(header, protocol=5)  # pickle.HIGHEST_PROTOCOL
    content = _MAGIC + len(encoded).to_bytes(8, "little") + encoded + body + later
    try:
        directory.mkdir(parents=True, exist_ok=True)
        replace_file(directory, snapshot_path(directory, key), content)
        for old in directory.glob(f"{PREFIX}*{SUFFIX}"):
            if old.name != snapshot_path(directory, key).name:
                old.unlink(missing_ok=True)
    except OSError:
        return False
    return True


def _read_parts(file: BinaryIO, key: str) -> tuple[bytes, LaterSection] | None:
    """The pickled body of a snapshot file and its later section, if its header is this key's
    and format, its inputs are unchanged, the body is the one written and the later section as
    long as written (its sum is checked when it is first read: `LATER`)."""
    start = len(_MAGIC) + 8
    found = file.read(start)
    if found[: len(_MAGIC)] != _MAGIC:
        return None
    size = int.from_bytes(found[len(_MAGIC) :], "little")
    if size > (total := os.fstat(file.fileno()).st_size) - start:
        return None
    header = _HeaderUnpickler(io.BytesIO(file.read(size))).load()
    if not isinstance(header, dict) or header.get("key") != key or header.get("format") != FORMAT:
        return None
    inputs, length = header.get("inputs"), header.get("body")
    if not isinstance(inputs, dict) or not inputs_unchanged(inputs) or type(length) is not int:
        return None
    if not 0 <= length <= total:
        return None
    body, later = file.read(length), file.read()
    if body_sum(body) != header.get("sum") or len(later) != header.get("later"):
        return None
    from knowledge.snapshot_later import LaterSection  # noqa: PLC0415 (it names ours)

    return body, LaterSection(later, header.get("later_sum"), Path(file.name))


def body_sum(body: bytes | memoryview) -> int:
    """The sum a snapshot's header keeps of its body (a number: the header is plain data)."""
    return int.from_bytes(importlib.util.source_hash(body), "little")


class _HeaderUnpickler(pickle.Unpickler):
    """Reads plain data alone (a header: a dict of strings, numbers and None): it names no
    callable, so nothing a header says can run anything."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"not allowed in a snapshot's header: {module}.{name}")
