"""tidy39: the matcher's postings (two arrays of documents for each word) are read from a
snapshot as the risk detector's indexes are, when a message asks for a word; and a lazy index
finds its first keys by searching its keys' text, making the dict of all of them only after
`SEARCHES` keys (most messages ask for fewer words than that)."""

from __future__ import annotations

import pickle
from array import array
from pathlib import Path

import pytest

from knowledge.loader import knowledge_key, load_knowledge
from knowledge.matching import Matcher
from knowledge.pack_cache import recorded_inputs
from knowledge.route_index import route_index
from knowledge.snapshot import Built, NotAllowed, read_snapshot, write_snapshot
from knowledge.snapshot_lazy import (
    SEARCHES,
    WORD_END,
    LazyIndex,
    LazyTable,
    LazyWords,
    lazy_index,
    lazy_table,
    lazy_words,
)


@pytest.fixture(scope="module")
def built_and_read(tmp_path_factory: pytest.TempPathFactory) -> tuple[Built, Built]:
    cache: Path = tmp_path_factory.mktemp("cache")
    key = knowledge_key()
    assert key is not None
    knowledge = load_knowledge(cache_dir=cache)
    matcher = Matcher(knowledge.entries, knowledge.not_covered, knowledge.lexicon, cache_dir=cache)
    built = (knowledge, matcher, route_index(knowledge))
    inputs = recorded_inputs(cache, key)
    assert inputs is not None and write_snapshot(cache, key, built, inputs)
    again = read_snapshot(cache, key)
    assert again is not None
    return built, again


def test_the_postings_are_read_when_a_question_asks_for_their_words(
    built_and_read: tuple[Built, Built],
) -> None:
    (_, matcher, _), (_, again, _) = built_and_read
    postings: object = again._index._postings
    assert isinstance(postings, LazyIndex)
    assert again.match("what is an ISP?") == matcher.match("what is an ISP?")
    made = sum(item is not None for item in postings._table._made)
    assert 0 < made < len(postings._table) // 20
    assert postings._place is None  # found by searching, no dict of every word made
    kept = matcher._index._postings
    assert dict(postings.items()) == kept and list(postings) == list(kept)


def _index(words: list[str]) -> LazyIndex:
    table: LazyTable = lazy_table(
        b"".join(_pickled(n) for n in range(len(words))),
        array("I", _ends(len(words))),
        bytes(len(words)),
        (),
    )
    starts = array("I", range(len(words) + 1))
    return lazy_index(
        "".join(f"{w}\n" for w in words), starts, array("I", range(len(words))), table
    )


def _pickled(n: int) -> bytes:
    return pickle.dumps(array("i", [n]), protocol=5)


def _ends(count: int) -> list[int]:
    ends, at = [], 0
    for n in range(count):
        at += len(_pickled(n))
        ends.append(at)
    return ends


def test_a_searched_key_is_the_one_a_dict_would_find() -> None:
    words = [f"w{n}" for n in range(3 * SEARCHES)]
    index = _index(words)
    assert index.get("w0") == (array("i", [0]),)
    assert index.get(words[-1]) == (array("i", [len(words) - 1]),)
    assert index.get("w1") == (array("i", [1]),)  # not "w10": a key is a whole line
    assert index.get("w") is None and "w" not in index and "w2\nw3" not in index
    assert "w7" in index and index._place is None
    for n, word in enumerate(words):
        assert index[word] == (array("i", [n]),)
    assert index._place is not None  # made after `SEARCHES` keys
    assert index.get("nowhere") is None


def test_the_words_left_uncorrected_are_searched_then_made(
    built_and_read: tuple[Built, Built],
) -> None:
    # tidy39: the risk detector's real words left uncorrected (6,800) are kept as one text.
    (knowledge, _, _), (again, _, _) = built_and_read
    built, kept = knowledge.risk_detector, again.risk_detector
    words: object = kept._uncorrected
    assert isinstance(words, LazyWords)
    for message in ("what is an ISP?", "my pupil said her dad hits her"):
        assert kept.detect(message) == built.detect(message)
    assert words._set is None
    some = [*sorted(built._uncorrected)[:3], "qqq", "\n", "a\x1fb", ""]
    assert words.intersection(some) == built._uncorrected.intersection(some)
    assert [w in words for w in some] == [w in built._uncorrected for w in some]
    assert words == built._uncorrected and built._uncorrected == words
    assert len(words) == len(built._uncorrected) and words._set is not None
    assert words.issuperset(some[:3]) and not words.isdisjoint(some)
    assert words | {"qqq"} == built._uncorrected | {"qqq"}


def test_a_word_set_is_refused_unless_each_word_is_ended() -> None:
    assert lazy_words("") == frozenset() and lazy_words(f"a{WORD_END}b{WORD_END}") == {"a", "b"}
    with pytest.raises(NotAllowed):
        lazy_words("a\x1fb")
    with pytest.raises(NotAllowed):
        lazy_words(b"a\x1f")  # type: ignore[arg-type]
