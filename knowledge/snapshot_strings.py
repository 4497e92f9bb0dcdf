"""A snapshot's pickle rewritten so that equal strings are read as one, and nothing is kept in
the unpickler's memo that is never read back.

The packs' values, the matcher and the detector are built from text split in many places, so
the same word is many string objects (28,625 strings in the snapshot, 15,307 different): each
was read, hashed and kept in the memo apart. `shared_strings` rewrites the pickle as
`pickletools.optimize` does (each object kept in the memo only if it is read back), and reads a
string written before, at its second and later places, as the first (a memo read). Unpickled,
the objects are equal to those written, and equal strings are the same object. Only a start that
writes a snapshot runs this; a later start reads fewer objects and memo entries: 319.9 million
instructions against 329.2 (docs/benchmarks.md, "Start-up, round 18").
"""

from __future__ import annotations

import io
import pickle
import pickletools
from typing import Any

_STRINGS = frozenset({"SHORT_BINUNICODE", "BINUNICODE", "BINUNICODE8", "UNICODE"})
_PUT = "put"
_GET = "get"


def shared_strings(written: bytes) -> bytes:
    """The pickle `written` (protocol 4 or later, memoizing by `MEMOIZE`: what `pickle.Pickler`
    writes) with equal strings read as the first of them and no memo entry never read back.

    Raises:
        ValueError: `written` keeps objects by `PUT` (an older protocol), left to the caller.
    """
    steps: list[tuple[object, int]] = []  # (_PUT or _GET, memo id) or (start, end) to copy
    read: set[int] = set()  # memo ids some step reads
    first: dict[str, int] = {}  # a string's memo id where it was first written
    same: dict[int, int] = {}  # a later string's memo id: the first's
    memo = 0
    protocol = 0
    header = b""
    string: tuple[str, int] | None = None  # the last step, when it wrote a string
    for opcode, arg, start, end in pickletools._genops(written, yield_end_pos=True):  # type: ignore[attr-defined]
        name = opcode.name
        if name == "MEMOIZE":
            if string is not None and string[0] in first:
                same[memo] = first[string[0]]
                steps[string[1]] = (_GET, first[string[0]])
                read.add(first[string[0]])
            else:
                if string is not None:
                    first[string[0]] = memo
                steps.append((_PUT, memo))
            memo += 1
            string = None
            continue
        string = (arg, len(steps)) if name in _STRINGS else None
        if "PUT" in name:
            raise ValueError(f"a pickle that keeps objects by {name}")
        if "FRAME" in name:
            continue
        if "GET" in name:
            kept = same.get(arg, arg)
            read.add(kept)
            steps.append((_GET, kept))
        elif name == "PROTO" and start == 0:
            protocol = arg
            header = written[start:end]
        else:
            steps.append((start, end))
    return _rewritten(written, steps, read, header, protocol)


def _rewritten(
    written: bytes, steps: list[tuple[object, int]], read: set[int], header: bytes, protocol: int
) -> bytes:
    """The pickle of `steps`, framed again (as `pickletools.optimize` writes one)."""
    out = io.BytesIO()
    out.write(header)
    # The pure-Python pickler writes single opcodes and frames (as `pickletools.optimize`).
    pickler: Any = pickle._Pickler(out, protocol)
    framer = pickler.framer
    framer.start_framing()
    renumbered: dict[int, int] = {}
    for step, arg in steps:
        whole = False
        if step is _PUT:
            if arg not in read:
                continue
            renumbered[arg] = len(renumbered)
            data = pickler.put(renumbered[arg])
        elif step is _GET:
            data = pickler.get(renumbered[arg])
        else:
            assert isinstance(step, int)
            data = written[step:arg]
            whole = len(data) > framer._FRAME_SIZE_TARGET
        framer.commit_frame(force=whole)
        if whole:
            framer.file_write(data)
        else:
            pickler.write(data)
    framer.end_framing()
    return out.getvalue()
