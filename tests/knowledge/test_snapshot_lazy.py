"""The risk detector's indexes in a snapshot: read when a message needs them, reading as built."""

from __future__ import annotations

import io
import pickle
from array import array
from pathlib import Path

import pytest

import knowledge.snapshot_pickler as snapshot_pickler
from knowledge.loader import Knowledge, knowledge_key, load_knowledge
from knowledge.matching import Matcher
from knowledge.pack_cache import recorded_inputs
from knowledge.risk_types import Words
from knowledge.route_index import route_index
from knowledge.snapshot import NotAllowed, SnapshotUnpickler, read_snapshot, write_snapshot
from knowledge.snapshot_lazy import LazyIndex, LazyTable, lazy_index, lazy_table

INDEXES = ("_harm_index", "_context_index")


def _read_back(cache: Path) -> tuple[Knowledge, Knowledge]:
    """The knowledge as built, and as read back from its snapshot."""
    key = knowledge_key()
    assert key is not None
    knowledge = load_knowledge(cache_dir=cache)
    matcher = Matcher(knowledge.entries, knowledge.not_covered, knowledge.lexicon, cache_dir=cache)
    inputs = recorded_inputs(cache, key)
    assert inputs is not None
    assert write_snapshot(cache, key, (knowledge, matcher, route_index(knowledge)), inputs)
    again = read_snapshot(cache, key)
    assert again is not None
    return knowledge, again[0]


def _made(index: LazyIndex) -> int:
    return sum(made is not None for made in index._table._made)


@pytest.fixture(scope="module")
def read_back(tmp_path_factory: pytest.TempPathFactory) -> tuple[Knowledge, Knowledge]:
    return _read_back(tmp_path_factory.mktemp("cache"))


def test_the_indexes_are_read_when_a_message_needs_them(
    read_back: tuple[Knowledge, Knowledge],
) -> None:
    built, again = read_back
    detector = again.risk_detector
    indexes = [getattr(detector, name) for name in INDEXES]
    assert all(type(index) is LazyIndex for index in indexes)
    assert [_made(index) for index in indexes] == [0, 0]

    finding = detector.detect("what is an ISP?")

    assert finding == built.risk_detector.detect("what is an ISP?")
    made = _made(indexes[0])
    assert 0 < made < len(indexes[0]._table) // 20
    # Everything the built indexes hold, in the same order, once each word is asked for.
    for name, index in zip(INDEXES, indexes, strict=True):
        assert dict(index.items()) == getattr(built.risk_detector, name)
        assert list(index) == list(getattr(built.risk_detector, name))


def test_what_the_built_indexes_share_stays_shared(
    read_back: tuple[Knowledge, Knowledge],
) -> None:
    built, again = read_back
    for name in INDEXES:
        kept = getattr(again.risk_detector, name)
        first: dict[
            int, object
        ] = {}  # a phrase's first object read back, by the id of the built one
        for word, phrases in getattr(built.risk_detector, name).items():
            for phrase, read in zip(phrases, kept[word], strict=True):
                assert first.setdefault(id(phrase), read) is read
    places: dict[int, Words] = {}
    for name in INDEXES:
        for word, phrases in getattr(built.risk_detector, name).items():
            for phrase, read in zip(phrases, getattr(again.risk_detector, name)[word], strict=True):
                for slot, kept_slot in zip(phrase.slots, read.slots, strict=True):
                    if isinstance(slot, Words):
                        assert places.setdefault(id(slot), kept_slot) is kept_slot
                        assert (kept_slot.firsts is kept_slot.single) == (
                            slot.firsts is slot.single
                        )


def test_a_core_read_back_is_written_again_as_it_was(
    read_back: tuple[Knowledge, Knowledge],
) -> None:
    built, again = read_back
    out = io.BytesIO()
    snapshot_pickler.SnapshotPickler(out).dump(again)
    twice = SnapshotUnpickler(io.BytesIO(out.getvalue())).load()
    for name in INDEXES:
        assert dict(getattr(twice.risk_detector, name).items()) == getattr(
            built.risk_detector, name
        )


def _table(*objects: object) -> LazyTable:
    blocks, ends = b"", array("I")
    for obj in objects:
        blocks += pickle.dumps(obj, protocol=5)
        ends.append(len(blocks))
    return lazy_table(blocks, ends, bytes(len(objects)), ())


def test_parts_that_do_not_fit_together_are_refused() -> None:
    table = _table(frozenset({"a"}), ("b",))
    assert table.item(1) == ("b",)
    with pytest.raises(NotAllowed):
        table.item(2)
    with pytest.raises(NotAllowed):
        table.item(True)
    blocks, ends = table._blocks, table._ends
    with pytest.raises(NotAllowed):
        lazy_table(blocks + b".", ends, bytes(2), ())  # blocks past the last end
    with pytest.raises(NotAllowed):
        lazy_table(blocks, array("I", [ends[1], ends[0]]), bytes(2), ())  # ends out of order
    with pytest.raises(NotAllowed):
        lazy_table(blocks, ends, bytes([0, 1]), ()).item(1)  # a kind without a name
    with pytest.raises(NotAllowed):
        lazy_table(blocks, array("I", [ends[1], ends[1]]), bytes(2), ()).item(1)  # no block
    with pytest.raises(pickle.UnpicklingError):
        lazy_table(blocks, array("I", [ends[0] - 1, ends[1]]), bytes(2), ()).item(0)  # cut
    with pytest.raises(NotAllowed):
        lazy_table(blocks, array("i", ends), bytes(2), ())
    index = lazy_index("a\nb\n", array("I", [0, 1, 2]), array("I", [0, 1]), table)
    assert dict(index) == {"a": (frozenset({"a"}),), "b": (("b",),)}
    assert index.get("c") is None
    with pytest.raises(KeyError):
        index["c"]
    with pytest.raises(NotAllowed):
        lazy_index("a\nb\n", array("I", [0, 2, 1]), array("I", [0, 1]), table)
    with pytest.raises(NotAllowed):
        lazy_index("a\nb\n", array("I", [0, 1]), array("I", [0, 1]), table)
    with pytest.raises(NotAllowed):
        dict(lazy_index("a\n", array("I", [0, 1, 2]), array("I", [0, 1]), table))
    with pytest.raises(NotAllowed):
        lazy_index("a\n", array("I", [0, 1]), array("I", [0]), table._blocks)  # type: ignore[arg-type]


def test_a_block_naming_anything_else_is_refused(tmp_path: Path) -> None:
    ran = tmp_path / "ran"
    blocks = pickle.dumps(_Touch(ran), protocol=5)
    table = lazy_table(blocks, array("I", [len(blocks)]), bytes(1), ())

    with pytest.raises(pickle.UnpicklingError):
        table.item(0)
    assert not ran.exists()


class _Touch:
    def __init__(self, path: Path) -> None:
        self.path = path

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return Path.touch, (self.path,)
