"""The matcher's index kept on disk between starts, keyed by the packs' content and the code.

The file is named by a SHA-256 of the packs as validated data and of the source of the modules
that shape the index, so a changed pack or a new version of the matcher finds no file and builds
afresh. It holds a short JSON header (the key, the documents' kinds, numbers and cues, and the
length of each block) and then a few blocks of bytes: the words and phrases as newline-joined
UTF-8, the postings as flat arrays of ids with offsets, the word weights as doubles. Reading it
back makes a few large objects instead of millions of small ones.

Nothing in it is executed when read: no pickle, only JSON and `array.frombytes`. The trust
assumption: the cache directory belongs to the service, like its code; a file someone else
could write there is still only data. What is read back is checked before it is used: the
header's SHA-256 of the blocks (a damaged or truncated file), the shapes and counts, every id in
range and every weight finite (a hand-edited one cannot make the matcher fail, only match
worse). A file that fails any check is rebuilt. Writing goes to a temporary file renamed into
place, so a reader never sees half a file; a directory that cannot be written to only means the
index is built at every start.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import operator
import os
import sys
from array import array
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TypedDict

from knowledge.matching.index_data import DocKind, IndexData, Table
from knowledge.matching.models import LexiconPack, NotCoveredPack
from knowledge.qa_pack import QAEntry

FORMAT = 3
PREFIX = "matcher-index-"
SUFFIX = ".bin"
_MAGIC = b"infoshare matcher index\n"
_HEADER_LIMIT = 1 << 30
# The modules whose code decides what the index holds: any change to them changes the key.
_SHAPING = ("index_data.py", "normalise.py", "text.py", "cache.py")
_KINDS = frozenset(k.value for k in DocKind)
# Entries keyed together. Their joined text stays small: a freed block of tens of MiB makes the
# C allocator keep later large blocks in the heap, and the build then held 40 MiB more.
_KEY_CHUNK = 128
# The blocks after the header, in order: (name, array type code, or "" for newline-joined text).
_BLOCKS = (
    ("vocabulary", ""),
    ("phrases", ""),
    ("words", ""),
    ("idf", "d"),
    ("own_offsets", "q"),
    ("own", "i"),
    ("answer_offsets", "q"),
    ("answer", "i"),
    ("wording", "i"),
    ("cue_words", ""),
    ("cue_offsets", "q"),
    ("cue_docs", "i"),
)


# What the cache file holds besides its key.
CachedIndex = TypedDict(  # noqa: UP013 (a call: see `knowledge.matching.index.Scored`)
    "CachedIndex", {"vocabulary": list[str], "index": IndexData}
)


class _Unsound(ValueError):
    """The file is not one this code wrote for this key."""


def cache_key(entries: Sequence[QAEntry], not_covered: NotCoveredPack, lexicon: LexiconPack) -> str:
    """A SHA-256 of the packs' content and of the code that turns them into an index."""
    import hashlib  # noqa: PLC0415 (OpenSSL: not for a start that reads the snapshot)
    import json  # noqa: PLC0415 (a later start reads the snapshot, not this cache)

    digest = hashlib.sha256(f"format {FORMAT} {sys.byteorder}\n".encode())
    here = Path(__file__).parent
    for name in _SHAPING:
        digest.update((here / name).read_bytes())
    for start in range(0, len(entries), _KEY_CHUNK):
        for column in _entry_columns(entries[start : start + _KEY_CHUNK]):
            digest.update(column)
    packs = {"not_covered": not_covered, "lexicon": lexicon}
    digest.update(json.dumps(packs, sort_keys=True, ensure_ascii=True, default=_fields).encode())
    return digest.hexdigest()


def _entry_columns(entries: Sequence[QAEntry]) -> Iterator[bytes]:
    """The entries' fields, one column at a time, as bytes no other entries give.

    A column of strings (or of tuples of strings) is their lengths and their text joined: JSON
    escaping every string of 20,000 entries took a quarter of a second, joining them takes
    hundredths. Any other column is JSON. Each part starts with its field, kind and sizes.
    """
    import json  # noqa: PLC0415 (a later start reads the snapshot, not this cache)

    for field in dataclasses.fields(QAEntry):
        values = list(map(operator.attrgetter(field.name), entries))
        kinds = set(map(type, values))
        flat: list[str] = []
        counts = b""
        if kinds <= {tuple}:
            flat = list(itertools.chain.from_iterable(values))
            counts = array("q", map(len, values)).tobytes()
        elif kinds == {str}:
            flat = values
        if (kinds <= {tuple} or kinds == {str}) and set(map(type, flat)) <= {str}:
            lengths = array("q", map(len, flat)).tobytes()
            text = "".join(flat).encode("utf-8", "surrogatepass")
            kind = "tuples" if kinds <= {tuple} else "strings"
        else:
            lengths, kind = b"", "json"
            text = json.dumps(values, ensure_ascii=True, default=_fields).encode()
        yield f"{field.name} {kind} {len(counts)} {len(lengths)} {len(text)}\n".encode()
        yield counts
        yield lengths
        yield text


def _fields(value: object) -> dict[str, object]:
    """A pack value's fields, for the key (the same content a pack model's fields gave)."""
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        raise TypeError(f"cannot key a {type(value).__name__}")
    return {
        "model": type(value).__name__,
        **{f.name: getattr(value, f.name) for f in dataclasses.fields(value)},
    }


def cache_path(directory: Path, key: str) -> Path:
    """Where the index for `key` is kept in `directory`."""
    return directory / f"{PREFIX}{key}{SUFFIX}"


def read_cache(directory: Path, key: str) -> CachedIndex | None:
    """The cached index for `key`, or None when there is none or it is not sound."""
    try:
        found = cache_path(directory, key).read_bytes()
    except OSError:
        return None
    try:
        return _decode(found, key)
    except (_Unsound, ValueError, TypeError, KeyError, IndexError, OverflowError, RecursionError):
        return None


def write_cache(directory: Path, key: str, cached: CachedIndex) -> bool:
    """Keep `cached` for `key` in `directory`, removing older indexes; False when it cannot."""
    blob = _encode(key, cached)
    try:
        import tempfile  # noqa: PLC0415 (with shutil and random: only to write the file)

        directory.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=PREFIX, suffix=".tmp", dir=directory)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(blob)
            os.replace(temporary, cache_path(directory, key))
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        for old in (*directory.glob(f"{PREFIX}*{SUFFIX}"), *directory.glob(f"{PREFIX}*.json")):
            if old.name != cache_path(directory, key).name:
                old.unlink(missing_ok=True)
    except OSError:
        return False
    return True


def _encode(key: str, cached: CachedIndex) -> bytes:
    import hashlib  # noqa: PLC0415 (OpenSSL: not for a start that reads the snapshot)
    import json  # noqa: PLC0415 (a later start reads the snapshot, not this cache)

    index = cached["index"]
    parts: dict[str, bytes] = {
        "vocabulary": _text(cached["vocabulary"]),
        "phrases": _text(index.phrases),
        "words": _text(index.own.keys),
        "idf": index.idf.tobytes(),
        "own_offsets": index.own.offsets.tobytes(),
        "own": index.own.ids.tobytes(),
        "answer_offsets": index.answer.offsets.tobytes(),
        "answer": index.answer.ids.tobytes(),
        "wording": index.wording.tobytes(),
        "cue_words": _text(index.cue_docs.keys),
        "cue_offsets": index.cue_docs.offsets.tobytes(),
        "cue_docs": index.cue_docs.ids.tobytes(),
    }
    body = b"".join(parts[name] for name, _ in _BLOCKS)
    header = {
        "format": FORMAT,
        "key": key,
        "sha256": hashlib.sha256(body).hexdigest(),
        "blocks": [len(parts[name]) for name, _ in _BLOCKS],
        "counts": {
            "vocabulary": len(cached["vocabulary"]),
            "phrases": len(index.phrases),
            "words": len(index.own.keys),
            "cue_words": len(index.cue_docs.keys),
        },
        "docs": index.docs,
    }
    encoded = json.dumps(header, separators=(",", ":")).encode()
    return _MAGIC + len(encoded).to_bytes(8, "little") + encoded + body


def _text(items: Sequence[str]) -> bytes:
    # Words and normalised phrases are letters, digits and single spaces: never a newline.
    return "\n".join(items).encode()


def _decode(found: bytes, key: str) -> CachedIndex:
    import hashlib  # noqa: PLC0415 (OpenSSL: not for a start that reads the snapshot)
    import json  # noqa: PLC0415 (a later start reads the snapshot, not this cache)

    view = memoryview(found)
    start = len(_MAGIC) + 8
    if bytes(view[: len(_MAGIC)]) != _MAGIC:
        raise _Unsound("not an index file")
    size = int.from_bytes(view[len(_MAGIC) : start], "little")
    if size > min(_HEADER_LIMIT, len(found) - start):
        raise _Unsound("header longer than the file")
    header = json.loads(bytes(view[start : start + size]))
    if not isinstance(header, dict) or header.get("key") != key or header.get("format") != FORMAT:
        raise _Unsound("another key or format")
    body = view[start + size :]
    if hashlib.sha256(body).hexdigest() != header.get("sha256"):
        raise _Unsound("damaged")
    blocks = _split(body, header.get("blocks"))
    counts = header["counts"]
    docs = header["docs"]
    if not isinstance(docs, list) or not all(_doc(d) for d in docs):
        raise _Unsound("documents")
    phrases = _lines(blocks["phrases"], counts["phrases"])
    if sum(d["phrases"] for d in docs) != len(phrases):
        raise _Unsound("phrase count")
    words = _lines(blocks["words"], counts["words"])
    idf = blocks["idf"]
    if len(idf) != len(words) or not all(map(math.isfinite, idf)):
        raise _Unsound("weights")
    index = IndexData(
        docs=docs,
        phrases=phrases,
        idf=idf,
        own=_table(words, blocks["own_offsets"], blocks["own"], len(docs)),
        answer=_table(words, blocks["answer_offsets"], blocks["answer"], len(docs)),
        wording=_in_range(blocks["wording"], len(phrases)),
        cue_docs=_table(
            _lines(blocks["cue_words"], counts["cue_words"]),
            blocks["cue_offsets"],
            blocks["cue_docs"],
            len(docs),
        ),
    )
    return CachedIndex(vocabulary=_lines(blocks["vocabulary"], counts["vocabulary"]), index=index)


def _split(body: memoryview, lengths: object) -> dict[str, Any]:
    if (
        not isinstance(lengths, list)
        or len(lengths) != len(_BLOCKS)
        or not all(type(n) is int and n >= 0 for n in lengths)
        or sum(lengths) != len(body)
    ):
        raise _Unsound("block lengths")
    blocks: dict[str, Any] = {}
    at = 0
    for (name, code), length in zip(_BLOCKS, lengths, strict=True):
        chunk = body[at : at + length]
        at += length
        if code:
            values = array(code)
            values.frombytes(chunk)  # a length that is not a whole number of items: ValueError
            blocks[name] = values
        else:
            blocks[name] = bytes(chunk).decode()
    return blocks


def _lines(text: str, count: object) -> list[str]:
    found = text.split("\n") if text else []
    if type(count) is not int or len(found) != count:
        raise _Unsound("count of lines")
    return found


def _table(keys: list[str], offsets: array[int], ids: array[int], limit: int) -> Table:
    # Runs are sliced by the offsets and ids index lists: offsets rising from 0 to the end,
    # every id in range.
    if (
        len(offsets) != len(keys) + 1
        or offsets[0] != 0
        or offsets[-1] != len(ids)
        or not all(map(operator.le, offsets, offsets[1:]))
    ):
        raise _Unsound("offsets")
    return Table(keys, offsets, _in_range(ids, limit))


def _in_range(ids: array[int], limit: int) -> array[int]:
    if ids and (min(ids) < 0 or max(ids) >= limit):
        raise _Unsound("id out of range")
    return ids


def _doc(doc: object) -> bool:
    return (
        isinstance(doc, dict)
        and doc.get("kind") in _KINDS
        and type(doc.get("number")) is int
        and isinstance(doc.get("topic"), str)
        and isinstance(doc.get("reply"), str)
        and type(doc.get("phrases")) is int
        and doc["phrases"] >= 0
        and isinstance(doc.get("cues"), list)
        and all(_strings(c) and bool(c) for c in doc["cues"])
    )


def _strings(value: object) -> bool:
    return isinstance(value, list) and set(map(type, value)) <= {str}
