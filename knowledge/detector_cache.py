"""The built risk detector kept beside the checked knowledge, so a later start need not build it.

Building the detector (every cue of the risk pack split, stemmed and indexed) was most of what
loading the cached knowledge cost. Its tables are plain data: word sets, the compiled phrases
(`risk_finding.Phrase`, whose places are `risk_finding.Words` or a gap), and indexes from a word
to the phrases starting there. `dump_detector` writes them with `marshal` (tuples, frozensets,
strings and numbers: the format Python keeps its own byte-code in, read in C without running
anything, several times faster than parsing the same tables as JSON), and `knowledge.pack_cache`
keeps them beside the knowledge under the same key (the packs' bytes and every module of this
package, the detector's code included: a change to either finds no file), with the SHA-256 of
the bytes in the checked knowledge file, so a damaged or truncated file is never read.
`load_detector` rebuilds the same tables, checking every value's type, and returns None for
anything it does not recognise, so the detector is then built from the pack as before.

The detector's attributes are named here. When the detector gains, loses or renames one (or a
phrase a field), `dump_detector` keeps nothing, the detector is built at every start, and
tests/knowledge/test_detector_cache.py says which name to add here.
"""

from __future__ import annotations

import marshal
from dataclasses import fields
from typing import Any

from knowledge.risk import RiskDetector
from knowledge.risk_causes import Causes
from knowledge.risk_finding import Kind, Phrase, Words
from knowledge.risk_harmed import Harmed
from knowledge.risk_pack import RiskPack
from knowledge.risk_types import single_words

FORMAT = 3
# The detector's attributes, each with how it is kept; `_compiled` (places compiled so far,
# keyed by the id of a word set alive only while building) is not needed once built.
ATTRIBUTES = (
    "_pack",
    "_compiled",
    "_sets",
    "_question_words",
    "_person_nouns",
    "_kin_nouns",
    "_harm_index",
    "_context_index",
    "_known",
    "_by_start",
    "_harmed",  # derived from `_sets` when loading, not kept
    "_causes",  # the same
    "_labels",  # the same
    "_negations",  # the same
)
PHRASE_FIELDS = ("text", "slots", "kind", "category", "item", "group", "needs", "single")
WORDS_FIELDS = ("single", "several", "firsts")


def shapes_known() -> bool:
    """Whether the phrase and place classes have the fields this module keeps."""
    return (
        tuple(f.name for f in fields(Phrase)) == PHRASE_FIELDS
        and tuple(f.name for f in fields(Words)) == WORDS_FIELDS
    )


def dump_detector(detector: RiskDetector) -> bytes | None:
    """The detector's tables as `marshal` bytes, or None when its attributes are not the known
    ones.

    Args:
        detector: a detector built from the merged risk pack.
    """
    state = vars(detector)
    if tuple(sorted(state)) != tuple(sorted(ATTRIBUTES)) or not shapes_known():
        return None
    places: dict[Words, int] = {}
    firsts: dict[frozenset[str], int] = {}  # a place's first words, which most `needs` are
    phrases: dict[int, int] = {}
    place_rows: list[tuple[Any, ...]] = []
    phrase_rows: list[tuple[Any, ...]] = []

    def place(words: Words) -> int:
        if words not in places:
            places[words] = len(place_rows)
            firsts.setdefault(words.firsts, len(place_rows))
            place_rows.append((words.single, words.several))
        return places[words]

    def need(words: frozenset[str]) -> int | frozenset[str]:
        return firsts.get(words, words)

    def phrase(p: Phrase) -> int:
        if id(p) not in phrases:
            slots = tuple(s if isinstance(s, str) else place(s) for s in p.slots)
            needs = tuple(map(need, p.needs))
            row = (p.text, slots, int(p.kind), p.category, p.item, p.group, needs, p.single)
            phrases[id(p)] = len(phrase_rows)
            phrase_rows.append(row)
        return phrases[id(p)]

    def index(table: dict[str, tuple[Phrase, ...]]) -> tuple[tuple[str, tuple[int, ...]], ...]:
        return tuple((word, tuple(phrase(p) for p in ps)) for word, ps in table.items())

    tables = {
        "format": FORMAT,
        "sets": tuple((name, place(words)) for name, words in state["_sets"].items()),
        "harm": index(state["_harm_index"]),
        "context": index(state["_context_index"]),
        "places": tuple(place_rows),
        "phrases": tuple(phrase_rows),
        "question_words": state["_question_words"],
        "person_nouns": state["_person_nouns"],
        "kin_nouns": state["_kin_nouns"],
        "known": state["_known"],
        "by_start": tuple((s, n, tuple(words)) for (s, n), words in state["_by_start"].items()),
    }
    return marshal.dumps(tables)


def load_detector(data: bytes | None, pack: RiskPack) -> RiskDetector | None:
    """The detector `dump_detector` kept, for `pack`; None when `data` is not sound.

    Args:
        data: what `dump_detector` returned, read back (its SHA-256 already checked).
        pack: the merged risk pack the detector was built from (read when judging a finding).
    """
    if data is None or not shapes_known():
        return None
    try:
        # Bytes this service wrote to its own cache, their SHA-256 checked against the record:
        # trusted as its byte-code files are (also `marshal`), and every value checked below.
        tables = marshal.loads(data)  # noqa: S302
        if type(tables) is not dict or tables.get("format") != FORMAT:
            return None
        places = tuple(map(_place, _tuple(tables["places"])))
        phrases = tuple(_phrase(row, places) for row in _tuple(tables["phrases"]))
        sets = {_str(name): places[_int(n)] for name, n in _pairs(tables["sets"])}
        state = {
            "_pack": pack,
            "_compiled": {},
            "_sets": sets,
            "_harmed": Harmed.of(sets),
            "_causes": Causes.of(sets),
            "_labels": single_words(sets, "label"),
            "_negations": single_words(sets, "not"),
            "_question_words": _words(tables["question_words"]),
            "_person_nouns": _words(tables["person_nouns"]),
            "_kin_nouns": _words(tables["kin_nouns"]),
            "_harm_index": _index(tables["harm"], phrases),
            "_context_index": _index(tables["context"], phrases),
            "_known": _words(tables["known"]),
            "_by_start": _by_start(tables["by_start"]),
        }
    except (KeyError, TypeError, ValueError, IndexError, EOFError):
        return None
    detector = object.__new__(RiskDetector)
    vars(detector).update(state)
    return detector


# Each place number in a phrase's slots and an index must name a place or phrase that exists:
# numbers are read with `tuple.__getitem__`, so one out of range raises IndexError, and a
# negative one is refused first (it would read from the end).
_KINDS = {int(kind): kind for kind in Kind}
_STRINGS = frozenset({str})
_SLOT = frozenset({str, int})
_INT = frozenset({int})


def _tuple(value: object) -> tuple[Any, ...]:
    if type(value) is not tuple:
        raise ValueError("expected a tuple")
    return value


def _str(value: object) -> str:
    if type(value) is not str:
        raise ValueError("expected a string")
    return value


def _int(value: object) -> int:
    if type(value) is not int or value < 0:
        raise ValueError("expected a whole number, not below 0")
    return value


def _strings(value: object) -> tuple[str, ...]:
    if type(value) is not tuple or not _STRINGS.issuperset(map(type, value)):
        raise ValueError("expected a tuple of strings")
    return value


def _words(value: object) -> frozenset[str]:
    if type(value) is not frozenset or not _STRINGS.issuperset(map(type, value)):
        raise ValueError("expected a set of strings")
    return value


def _pairs(value: object) -> tuple[tuple[Any, Any], ...]:
    rows = _tuple(value)
    if not all(type(row) is tuple and len(row) == 2 for row in rows):
        raise ValueError("expected pairs")
    return rows


def _place(row: object) -> Words:
    single, several = _tuple(row)
    if not all(map(_strings, _tuple(several))):
        raise ValueError("expected word sequences")
    return Words(_words(single), several)


def _phrase(row: object, places: tuple[Words, ...]) -> Phrase:
    text, slots, kind, category, item, group, needs, single = _tuple(row)
    if (
        type(single) is not bool
        or type(category) is not int
        or type(item) is not int
        or type(group) is not int
        or not _SLOT.issuperset(map(type, _tuple(slots)))
        or type(needs) is not tuple
    ):
        raise ValueError("expected a phrase")
    return Phrase(
        _str(text),
        tuple(s if type(s) is str else places[_int(s)] for s in slots),
        _KINDS[kind],
        category,
        item,
        group,
        tuple(places[n].firsts if type(n) is int and n >= 0 else _words(n) for n in needs),
        single,
    )


def _index(value: object, phrases: tuple[Phrase, ...]) -> dict[str, tuple[Phrase, ...]]:
    return {
        _str(word): tuple(map(phrases.__getitem__, _numbers(numbers)))
        for word, numbers in _pairs(value)
    }


def _numbers(value: object) -> tuple[int, ...]:
    numbers = _tuple(value)
    if not _INT.issuperset(map(type, numbers)) or (numbers and min(numbers) < 0):
        raise ValueError("expected whole numbers, not below 0")
    return numbers


def _by_start(value: object) -> dict[tuple[str, int], list[str]]:
    table: dict[tuple[str, int], list[str]] = {}
    for row in _tuple(value):
        start, length, words = _tuple(row)
        table[_str(start), _int(length)] = list(_strings(words))
    return table
