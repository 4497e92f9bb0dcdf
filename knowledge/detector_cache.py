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

import itertools
import marshal
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import fields
from types import MemberDescriptorType
from typing import Any, TypeVar

from knowledge.risk import RiskDetector
from knowledge.risk_pack import RiskPack
from knowledge.risk_types import Kind, Phrase, Words

FORMAT = 5  # 5: `Phrase.staff` (round 46)
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
    "_uncorrected",
    "_by_start",
)
# Made from `_sets` and the pack at the first message with a sign of harm, and the indexes'
# phrases filed by what they need as messages meet them (`_starts`): never kept.
DERIVED = ("_tables", "_starts")
PHRASE_FIELDS = ("text", "slots", "kind", "category", "item", "group", "needs", "single", "staff")
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
    state = {k: v for k, v in vars(detector).items() if k not in DERIVED}
    if tuple(sorted(state)) != tuple(sorted(ATTRIBUTES)) or not shapes_known():
        return None
    # Column by column: a column is checked, and its objects made, by one `map` in C.
    places: dict[Words, int] = {}
    place_rows: list[Words] = []
    phrases: dict[int, int] = {}
    phrase_rows: list[Phrase] = []

    def place(words: Words) -> int:
        if words not in places:
            places[words] = len(place_rows)
            place_rows.append(words)
        return places[words]

    def phrase(p: Phrase) -> int:
        if id(p) not in phrases:
            phrases[id(p)] = len(phrase_rows)
            phrase_rows.append(p)
        return phrases[id(p)]

    def index(table: dict[str, tuple[Phrase, ...]]) -> tuple[tuple[int, ...], ...]:
        return tuple(tuple(map(phrase, ps)) for ps in table.values())

    sets, harm, context = state["_sets"], state["_harm_index"], state["_context_index"]
    set_places, harm_phrases, context_phrases = (
        tuple(map(place, sets.values())),
        index(harm),
        index(context),
    )
    slots = tuple(
        tuple(s if isinstance(s, str) else place(s) for s in p.slots) for p in phrase_rows
    )
    # A need is nearly always a place's first words: kept as that place's number, any other
    # as a number after the places'.
    firsts: dict[frozenset[str], int] = {}
    for n, words in enumerate(place_rows):
        firsts.setdefault(words.firsts, n)
    other_needs: list[frozenset[str]] = []

    def need(words: frozenset[str]) -> int:
        if words not in firsts:
            firsts[words] = len(place_rows) + len(other_needs)
            other_needs.append(words)
        return firsts[words]

    needs = tuple(tuple(map(need, p.needs)) for p in phrase_rows)
    tables = {
        "format": FORMAT,
        "place_single": tuple(w.single for w in place_rows),
        "place_several": tuple(w.several for w in place_rows),
        "other_needs": tuple(other_needs),
        "gaps": tuple(sorted({s for row in slots for s in row if isinstance(s, str)})),
        "text": tuple(p.text for p in phrase_rows),
        "slots": slots,
        "kind": tuple(int(p.kind) for p in phrase_rows),
        "category": tuple(p.category for p in phrase_rows),
        "item": tuple(p.item for p in phrase_rows),
        "group": tuple(p.group for p in phrase_rows),
        "needs": needs,
        "single": tuple(p.single for p in phrase_rows),
        "staff": tuple(p.staff for p in phrase_rows),
        "sets": (tuple(sets), set_places),
        "harm": (tuple(harm), harm_phrases),
        "context": (tuple(context), context_phrases),
        "question_words": state["_question_words"],
        "person_nouns": state["_person_nouns"],
        "kin_nouns": state["_kin_nouns"],
        "known": state["_known"],
        "uncorrected": state["_uncorrected"],
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
        places = _places(tables)
        phrases = _phrases(tables, places)
        sets = _table(tables["sets"], places)
        state = {
            "_pack": pack,
            "_compiled": {},
            "_sets": sets,
            "_question_words": _words(tables["question_words"]),
            "_person_nouns": _words(tables["person_nouns"]),
            "_kin_nouns": _words(tables["kin_nouns"]),
            "_harm_index": _index(tables["harm"], phrases),
            "_context_index": _index(tables["context"], phrases),
            "_known": _words(tables["known"]),
            "_uncorrected": _words(tables["uncorrected"]),
            "_by_start": _by_start(tables["by_start"]),
        }
    except (KeyError, TypeError, ValueError, IndexError, EOFError):
        return None
    detector = object.__new__(RiskDetector)
    vars(detector).update(state)
    return detector


# Every number names a place or a phrase by a table lookup (`dict.__getitem__`), so one that
# names none, a negative one included, raises KeyError; the types are checked first, exactly
# (a bool is not a number here).
_KINDS = {int(kind): kind for kind in Kind}
_Made = TypeVar("_Made")


def _only(kind: type, values: Iterable[object]) -> None:
    if not {kind}.issuperset(map(type, values)):
        raise ValueError(f"expected only {kind.__name__} values")


def _column(tables: dict[str, Any], name: str, kind: type, length: int) -> tuple[Any, ...]:
    column = _tuple(tables[name])
    _only(kind, column)
    if len(column) != length:
        raise ValueError(f"{name}: {len(column)} values for {length} rows")
    return column


def _looked_up(rows: tuple[tuple[Any, ...], ...], table: dict[Any, Any]) -> list[tuple[Any, ...]]:
    """Each row's numbers (or names) replaced by what `table` holds for them."""
    return list(map(tuple, map(map, itertools.repeat(table.__getitem__), rows)))


def _places(tables: dict[str, Any]) -> tuple[Words, ...]:
    single = _tuple(tables["place_single"])
    several = _column(tables, "place_several", tuple, len(single))
    _only(frozenset, single)
    _only(str, itertools.chain.from_iterable(single))
    sequences = tuple(itertools.chain.from_iterable(several))
    _only(tuple, sequences)
    _only(str, itertools.chain.from_iterable(sequences))
    if not all(sequences):
        raise ValueError("an empty word sequence")
    firsts = [
        s | {q[0] for q in more} if more else s for s, more in zip(single, several, strict=True)
    ]
    return _made(Words, len(single), {"single": single, "several": several, "firsts": firsts})


def _phrases(tables: dict[str, Any], places: tuple[Words, ...]) -> tuple[Phrase, ...]:
    text = _tuple(tables["text"])
    _only(str, text)
    rows = len(text)
    slots = _column(tables, "slots", tuple, rows)
    needs = _column(tables, "needs", tuple, rows)
    gaps = _tuple(tables["gaps"])
    other_needs = _tuple(tables["other_needs"])
    _only(str, gaps)
    _only(int, itertools.chain.from_iterable(needs))
    _only(frozenset, other_needs)
    _only(str, itertools.chain.from_iterable(other_needs))
    slot_items = tuple(itertools.chain.from_iterable(slots))
    if not {str, int}.issuperset(map(type, slot_items)):
        raise ValueError("expected places and gaps")
    places_by_number = dict(enumerate(places))
    firsts = dict(enumerate(w.firsts for w in places))
    firsts.update(enumerate(other_needs, len(places)))
    columns = {
        "text": text,
        "slots": _looked_up(slots, {**places_by_number, **dict(zip(gaps, gaps, strict=True))}),
        "kind": list(map(_KINDS.__getitem__, _column(tables, "kind", int, rows))),
        "category": _column(tables, "category", int, rows),
        "item": _column(tables, "item", int, rows),
        "group": _column(tables, "group", int, rows),
        "needs": _looked_up(needs, firsts),
        "single": _column(tables, "single", bool, rows),
        "staff": _column(tables, "staff", bool, rows),
    }
    return _made(Phrase, rows, columns)


def _made(cls: type[_Made], count: int, columns: dict[str, Sequence[Any]]) -> tuple[_Made, ...]:
    """`count` values of `cls`, a slotted dataclass, each field from its column.

    Each field is set through the slot's descriptor, by `map` in C, as `copy` and unpickling
    set them (no `__init__` runs, so a derived field has its own column): about four times
    faster than calling the class thousands of times.

    Raises:
        ValueError: the columns are not the class's fields, or not `count` values each.
        TypeError: a field is not a slot.
    """
    if list(columns) != [f.name for f in fields(cls)]:  # type: ignore[arg-type]
        raise ValueError(f"not the fields of {cls.__name__}")
    if any(len(column) != count for column in columns.values()):
        raise ValueError("columns of different lengths")
    made = tuple(map(object.__new__, itertools.repeat(cls, count)))
    for name, column in columns.items():
        slot = getattr(cls, name)
        if not isinstance(slot, MemberDescriptorType):
            raise TypeError(f"{cls.__name__}.{name} is not a slot")
        deque(map(slot.__set__, made, column), maxlen=0)
    return made


def _named(value: object, kind: type) -> tuple[tuple[str, ...], tuple[Any, ...]]:
    """A pair of columns: names, and as many values of `kind`."""
    names, values = _tuple(value)
    _only(str, _tuple(names))
    _only(kind, _tuple(values))
    if len(names) != len(values):
        raise ValueError("names and values differ in number")
    return names, values


def _table(value: object, places: tuple[Words, ...]) -> dict[str, Words]:
    names, numbers = _named(value, int)
    return dict(zip(names, map(dict(enumerate(places)).__getitem__, numbers), strict=True))


def _index(value: object, phrases: tuple[Phrase, ...]) -> dict[str, tuple[Phrase, ...]]:
    words, numbers = _named(value, tuple)
    _only(int, itertools.chain.from_iterable(numbers))
    return dict(zip(words, _looked_up(numbers, dict(enumerate(phrases))), strict=True))


def _tuple(value: object) -> tuple[Any, ...]:
    if type(value) is not tuple:
        raise ValueError("expected a tuple")
    return value


def _words(value: object) -> frozenset[str]:
    if type(value) is not frozenset:
        raise ValueError("expected a set of words")
    _only(str, value)
    return value


def _by_start(value: object) -> dict[tuple[str, int], list[str]]:
    table: dict[tuple[str, int], list[str]] = {}
    for row in _tuple(value):
        start, length, words = _tuple(row)
        _only(str, (start, *_tuple(words)))
        if type(length) is not int:
            raise ValueError("expected a length")
        table[start, length] = list(words)
    return table
