"""The matcher's index kept on disk between starts, keyed by the packs' content and the code.

The file is JSON (nothing in it is executed when read), named by a SHA-256 of the packs as
validated data and of the source of the modules that shape the index, so a changed pack or a new
version of the matcher finds no file and builds afresh. What is read back is checked for shape
and range before it is used: a damaged, truncated or hand-edited file is rebuilt, never trusted.
Writing goes to a temporary file renamed into place, so a reader never sees half a file; a
directory that cannot be written to only means the index is built at every start.
"""

from __future__ import annotations

import hashlib
import json
import operator
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypedDict

from knowledge.matching.index_data import DocKind, IndexData
from knowledge.matching.models import LexiconPack, NotCoveredPack
from knowledge.qa_pack import QAEntry

FORMAT = 1
PREFIX = "matcher-index-"
# The modules whose code decides what the index holds: any change to them changes the key.
_SHAPING = ("index_data.py", "normalise.py", "cache.py")
_KINDS = frozenset(k.value for k in DocKind)


class CachedIndex(TypedDict):
    """What the cache file holds besides its key."""

    vocabulary: list[str]
    index: IndexData


def cache_key(entries: Sequence[QAEntry], not_covered: NotCoveredPack, lexicon: LexiconPack) -> str:
    """A SHA-256 of the packs' content and of the code that turns them into an index."""
    digest = hashlib.sha256(f"format {FORMAT}\n".encode())
    here = Path(__file__).parent
    for name in _SHAPING:
        digest.update((here / name).read_bytes())
    packs = {
        "entries": [e.model_dump(mode="json") for e in entries],
        "not_covered": not_covered.model_dump(mode="json"),
        "lexicon": lexicon.model_dump(mode="json"),
    }
    digest.update(json.dumps(packs, sort_keys=True, ensure_ascii=True).encode())
    return digest.hexdigest()


def cache_path(directory: Path, key: str) -> Path:
    """Where the index for `key` is kept in `directory`."""
    return directory / f"{PREFIX}{key}.json"


def read_cache(directory: Path, key: str) -> CachedIndex | None:
    """The cached index for `key`, or None when there is none or it is not sound."""
    try:
        found = json.loads(cache_path(directory, key).read_bytes())
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(found, dict) or found.get("key") != key or found.get("format") != FORMAT:
        return None
    cached: dict[str, Any] = {"vocabulary": found.get("vocabulary"), "index": found.get("index")}
    if not _sound(cached):
        return None
    vocabulary: list[str] = cached["vocabulary"]
    index: IndexData = cached["index"]
    return CachedIndex(vocabulary=vocabulary, index=index)


def write_cache(directory: Path, key: str, cached: CachedIndex) -> bool:
    """Keep `cached` for `key` in `directory`, removing older indexes; False when it cannot."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=PREFIX, suffix=".tmp", dir=directory)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump({"format": FORMAT, "key": key, **cached}, out, separators=(",", ":"))
            os.replace(temporary, cache_path(directory, key))
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        for old in directory.glob(f"{PREFIX}*.json"):
            if old.name != cache_path(directory, key).name:
                old.unlink(missing_ok=True)
    except OSError:
        return False
    return True


def _sound(cached: dict[str, Any]) -> bool:
    vocabulary, index = cached["vocabulary"], cached["index"]
    if not _strings(vocabulary) or not isinstance(index, dict):
        return False
    docs = index.get("docs")
    if not isinstance(docs, list) or not all(_doc(d) for d in docs):
        return False
    phrases = sum(len(d["phrases"]) for d in docs)
    idf = index.get("idf")
    if not isinstance(idf, dict) or not set(map(type, idf.values())) <= {float}:
        return False
    postings = index.get("postings")
    if not isinstance(postings, dict) or not all(
        isinstance(pair, list) and len(pair) == 2 and all(_ids(ids, len(docs)) for ids in pair)
        for pair in postings.values()
    ):
        return False
    return (
        _table(index.get("phrase_postings"), phrases)
        and _table(index.get("cue_docs"), len(docs))
        and _ids(index.get("wording"), phrases, ordered=False)
    )


def _doc(doc: object) -> bool:
    return (
        isinstance(doc, dict)
        and doc.get("kind") in _KINDS
        and type(doc.get("number")) is int
        and isinstance(doc.get("topic"), str)
        and isinstance(doc.get("reply"), str)
        and _strings(doc.get("phrases"))
        and isinstance(doc.get("cues"), list)
        and all(_strings(c) and bool(c) for c in doc["cues"])
    )


def _strings(value: object) -> bool:
    return isinstance(value, list) and set(map(type, value)) <= {str}


def _table(value: object, limit: int) -> bool:
    return isinstance(value, dict) and all(_ids(ids, limit) for ids in value.values())


def _ids(value: object, limit: int, *, ordered: bool = True) -> bool:
    # Ids index lists and are searched by bisection: whole numbers in range, rising.
    if not isinstance(value, list) or not set(map(type, value)) <= {int}:
        return False
    if value and (min(value) < 0 or max(value) >= limit):
        return False
    return not ordered or all(map(operator.lt, value, value[1:]))
