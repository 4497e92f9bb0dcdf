"""`shared_strings`: a pickle rewritten reads back equal, equal strings as one object, and keeps
in the memo only what is read back."""

from __future__ import annotations

import io
import pickle
import pickletools
from collections import Counter
from pathlib import Path

import pytest

from knowledge.loader import load_knowledge
from knowledge.matching import Matcher
from knowledge.snapshot import SnapshotUnpickler
from knowledge.snapshot_pickler import SnapshotPickler
from knowledge.snapshot_strings import shared_strings


def _words(text: str) -> list[str]:
    return text.split()  # new string objects at every call


def _ops(data: bytes) -> Counter[str]:
    return Counter(opcode.name for opcode, _, _ in pickletools.genops(data))


def _sample() -> dict[str, object]:
    shared = ("kept", "twice")
    loop: list[object] = ["a loop"]
    loop.append(loop)
    again = _words("and the")[1]  # one more "the", written once and read twice
    return {
        "lists": [_words("the cat and the dog"), _words("the dog and the cat")],
        "sets": frozenset(_words("the cat sat")),
        "keys": {word: n for n, word in enumerate(_words("and the cat"))},
        "shared": [shared, shared],
        "loop": loop,
        "again": [again, again],
        "other": [1, 2.5, None, True, b"the", "é the"],
    }


def test_it_reads_back_equal_with_equal_strings_as_one_object() -> None:
    written = pickle.dumps(_sample(), protocol=pickle.HIGHEST_PROTOCOL)
    read = pickle.loads(shared_strings(written))
    plain = pickle.loads(written)

    assert repr(read) == repr(plain)
    assert read["lists"] == plain["lists"] and read["sets"] == plain["sets"]
    the = read["lists"][0][0]
    assert all(w is the for words in read["lists"] for w in words if w == "the")
    assert next(w for w in read["sets"] if w == "the") is the
    assert next(k for k in read["keys"] if k == "the") is the
    assert not all(w is plain["lists"][0][0] for w in plain["lists"][1] if w == "the")
    assert read["shared"][0] is read["shared"][1]  # an object written once stays one
    assert read["loop"][1] is read["loop"]
    assert read["again"][0] is read["again"][1] is the


def test_each_string_is_written_once_and_the_memo_keeps_only_what_is_read() -> None:
    written = pickle.dumps(_sample(), protocol=pickle.HIGHEST_PROTOCOL)
    rewritten = shared_strings(written)
    strings = [
        arg for opcode, arg, _ in pickletools.genops(rewritten) if opcode.name.endswith("UNICODE")
    ]

    assert len(strings) == len(set(strings))
    assert _ops(rewritten)["MEMOIZE"] < _ops(written)["MEMOIZE"]
    kept = _ops(rewritten)["MEMOIZE"] + _ops(rewritten)["BINPUT"] + _ops(rewritten)["LONG_BINPUT"]
    read = {arg for opcode, arg, _ in pickletools.genops(rewritten) if "GET" in opcode.name}
    assert kept == len(read)  # every entry kept is read back, and numbered in order
    assert len(rewritten) < len(written)


def test_a_pickle_that_keeps_objects_by_put_is_refused() -> None:
    with pytest.raises(ValueError, match="PUT"):
        shared_strings(pickle.dumps(["a", "a"], protocol=2))


def test_the_built_knowledge_is_written_with_each_string_once(tmp_path: Path) -> None:
    knowledge = load_knowledge(None, cache_dir=tmp_path)
    matcher = Matcher(
        knowledge.entries, knowledge.not_covered, knowledge.lexicon, cache_dir=tmp_path
    )
    out = io.BytesIO()
    SnapshotPickler(out).dump((knowledge, matcher))
    rewritten = shared_strings(out.getvalue())
    strings = [
        arg for opcode, arg, _ in pickletools.genops(rewritten) if opcode.name.endswith("UNICODE")
    ]
    plain = [
        arg
        for opcode, arg, _ in pickletools.genops(out.getvalue())
        if opcode.name.endswith("UNICODE")
    ]

    assert len(strings) == len(set(strings)) == len(set(plain)) < len(plain)
    again = SnapshotUnpickler(io.BytesIO(rewritten)).load()
    assert again[0].entries == knowledge.entries
    assert again[0].risk == knowledge.risk
