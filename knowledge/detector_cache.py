"""The built risk detector kept beside the checked knowledge, so a later start need not build it.

Building the detector (every cue of the risk pack split, stemmed and indexed) was most of what
loading the cached knowledge cost. Its tables are plain data: word sets, the compiled phrases
(`risk_finding.Phrase`, whose places are `risk_finding.Words` or a gap), and indexes from a word
to the phrases starting there. `dump_detector` writes them as JSON into the knowledge cache
(`knowledge.pack_cache`), so they share its key (the packs' bytes and every module of this
package, the detector's code included: a change to either finds no file) and its integrity
rules; `load_detector` rebuilds the same tables, checking every value's type, and returns None
for anything it does not recognise, so the detector is then built from the pack as before.

The detector's attributes are named here. When the detector gains, loses or renames one (or a
phrase a field), `dump_detector` keeps nothing, the detector is built at every start, and
tests/knowledge/test_detector_cache.py says which name to add here.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from knowledge.risk import RiskDetector
from knowledge.risk_causes import Causes
from knowledge.risk_doers import doers_of
from knowledge.risk_finding import Kind, Phrase, Words
from knowledge.risk_harmed import Harmed
from knowledge.risk_pack import RiskPack
from knowledge.risk_types import single_words, speakers_of

FORMAT = 2
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
    "_speakers",  # the same
    "_doers",  # derived from `_sets` and the pack when loading, not kept
)
_STR = frozenset({str})
PHRASE_FIELDS = ("text", "slots", "kind", "category", "item", "group", "needs", "single")
WORDS_FIELDS = ("single", "several", "firsts")


def shapes_known() -> bool:
    """Whether the phrase and place classes have the fields this module keeps."""
    return (
        tuple(f.name for f in fields(Phrase)) == PHRASE_FIELDS
        and tuple(f.name for f in fields(Words)) == WORDS_FIELDS
    )


def dump_detector(detector: RiskDetector) -> dict[str, Any] | None:
    """The detector's tables as JSON values, or None when its attributes are not the known ones.

    Args:
        detector: a detector built from the merged risk pack.
    """
    state = vars(detector)
    if tuple(sorted(state)) != tuple(sorted(ATTRIBUTES)) or not shapes_known():
        return None
    places: dict[Words, int] = {}
    phrases: dict[int, int] = {}
    place_rows: list[list[Any]] = []
    phrase_rows: list[list[Any]] = []

    def place(words: Words) -> int:
        if words not in places:
            places[words] = len(place_rows)
            place_rows.append([sorted(words.single), [list(s) for s in words.several]])
        return places[words]

    def phrase(p: Phrase) -> int:
        if id(p) not in phrases:
            slots = [s if isinstance(s, str) else place(s) for s in p.slots]
            needs = [sorted(n) for n in p.needs]
            row = [p.text, slots, int(p.kind), p.category, p.item, p.group, needs, p.single]
            phrases[id(p)] = len(phrase_rows)
            phrase_rows.append(row)
        return phrases[id(p)]

    def index(table: dict[str, tuple[Phrase, ...]]) -> list[list[Any]]:
        return [[word, [phrase(p) for p in ps]] for word, ps in table.items()]

    return {
        "format": FORMAT,
        "sets": [[name, place(words)] for name, words in state["_sets"].items()],
        "harm": index(state["_harm_index"]),
        "context": index(state["_context_index"]),
        "places": place_rows,
        "phrases": phrase_rows,
        "question_words": sorted(state["_question_words"]),
        "person_nouns": sorted(state["_person_nouns"]),
        "kin_nouns": sorted(state["_kin_nouns"]),
        "known": sorted(state["_known"]),
        "by_start": [[s, n, words] for (s, n), words in state["_by_start"].items()],
    }


def load_detector(data: object, pack: RiskPack) -> RiskDetector | None:
    """The detector `dump_detector` kept, for `pack`; None when `data` is not sound.

    Args:
        data: what `dump_detector` returned, read back from JSON.
        pack: the merged risk pack the detector was built from (read when judging a finding).
    """
    if not isinstance(data, dict) or data.get("format") != FORMAT or not shapes_known():
        return None
    try:
        places = _lookup([_place(row) for row in _list(data["places"])])
        phrases = _lookup([_phrase(row, places) for row in _list(data["phrases"])])
        sets = {_str(name): places[n] for name, n in _pairs(data["sets"])}
        state = {
            "_pack": pack,
            "_compiled": {},
            "_sets": sets,
            "_harmed": Harmed.of(sets),
            "_causes": Causes.of(sets),
            "_labels": single_words(sets, "label"),
            "_negations": single_words(sets, "not"),
            "_speakers": speakers_of(sets),
            "_doers": doers_of(sets, pack),
            "_question_words": _words(data["question_words"]),
            "_person_nouns": _words(data["person_nouns"]),
            "_kin_nouns": _words(data["kin_nouns"]),
            "_harm_index": _index(data["harm"], phrases),
            "_context_index": _index(data["context"], phrases),
            "_known": _words(data["known"]),
            "_by_start": _by_start(data["by_start"]),
        }
    except (KeyError, TypeError, ValueError, IndexError):
        return None
    detector = object.__new__(RiskDetector)
    vars(detector).update(state)
    return detector


def _list(value: object) -> list[Any]:
    if not isinstance(value, list):
        raise ValueError("expected a list")
    return value


def _str(value: object) -> str:
    if type(value) is not str:
        raise ValueError("expected a string")
    return value


def _int(value: object) -> int:
    if type(value) is not int:
        raise ValueError("expected a whole number")
    return value


def _strings(value: object) -> list[str]:
    items = _list(value)
    if not _STR.issuperset(map(type, items)):
        raise ValueError("expected strings")
    return items


def _words(value: object) -> frozenset[str]:
    return frozenset(_strings(value))


def _pairs(value: object) -> list[tuple[Any, Any]]:
    rows = _list(value)
    if not all(isinstance(row, list) and len(row) == 2 for row in rows):
        raise ValueError("expected pairs")
    return [(a, b) for a, b in rows]


def _lookup(items: list[Any]) -> dict[int, Any]:
    """A table from each item's number to it: reading a number not in it raises KeyError."""
    return dict(enumerate(items))


def _place(row: object) -> Words:
    single, several = _list(row)
    return Words(_words(single), tuple(tuple(_strings(s)) for s in _list(several)))


def _phrase(row: object, places: dict[int, Words]) -> Phrase:
    text, slots, kind, category, item, group, needs, single = _list(row)
    if type(single) is not bool:
        raise ValueError("expected true or false")
    return Phrase(
        _str(text),
        tuple(s if type(s) is str else places[s] for s in _list(slots)),
        Kind(_int(kind)),
        _int(category),
        _int(item),
        _int(group),
        tuple(_words(n) for n in _list(needs)),
        single,
    )


def _index(value: object, phrases: dict[int, Phrase]) -> dict[str, tuple[Phrase, ...]]:
    return {_str(word): tuple(map(phrases.__getitem__, _list(ns))) for word, ns in _pairs(value)}


def _by_start(value: object) -> dict[tuple[str, int], list[str]]:
    table: dict[tuple[str, int], list[str]] = {}
    for row in _list(value):
        start, length, words = _list(row)
        table[_str(start), _int(length)] = list(_strings(words))
    return table
