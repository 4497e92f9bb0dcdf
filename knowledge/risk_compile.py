"""Compile a risk pack's phrases into the detector's slots, sorted by which words they teach.

`compile_phrases` turns every cue, term, signal and context phrase of the pack into a `Phrase`
of `Slot`s, and keeps apart the words typo correction may correct towards (the cues'), the
words of the context phrases, and the signal words; `knowledge.risk.RiskDetector` builds its
indexes and typo tables from them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from knowledge.risk_pack import RiskPack
from knowledge.risk_phrases import run_in_ages
from knowledge.risk_types import (
    ANY_WORD,
    GAP,
    STAFF_SET,
    Kind,
    Phrase,
    Slot,
    Words,
    single_words,
    stem_word,
)


@dataclass(frozen=True, slots=True)
class CompiledPhrases:
    """A pack's phrases compiled, and the words they were typed with.

    Attributes:
        phrases: every phrase of the pack, in the pack's order.
        targets: the words of the cues and the named sets (what a slip is corrected towards).
        others: the words of the context phrases and the pack's known words.
        signal_words: the words of the signal families.
    """

    phrases: tuple[Phrase, ...]
    targets: set[str]
    others: set[str]
    signal_words: set[str]


def compile_phrases(
    pack: RiskPack, sets: Mapping[str, Words], compiled: dict[tuple[str, int], Words]
) -> CompiledPhrases:
    """Compile every phrase of `pack`.

    Args:
        pack: the merged risk pack.
        sets: the pack's named word sets, stemmed.
        compiled: the places compiled so far (filled in here; the same place recurs in many cues).
    """
    # Misspellings are corrected towards the words of the cues only, never towards words only
    # of the `general` or `people` phrases (so "moaning" cannot become "meaning").
    targets: set[str] = {w for ws in pack.sets.values() for w in ws}
    others: set[str] = set(pack.known_words)
    signal_words: set[str] = set()
    phrases: list[Phrase] = []

    def add(
        texts: Iterable[str],
        kind: Kind,
        category: int = -1,
        item: int = -1,
        group: int = -1,
        *,
        staff: bool = False,
    ) -> None:
        surface = signal_words if kind is Kind.SIGNAL else targets if category >= 0 else others
        for text in (t for typed in texts for t in run_in_ages(typed)):
            slots = _slots(text, surface, sets, compiled)
            needs = tuple(s.firsts for s in slots[1:] if isinstance(s, Words))
            single = len(slots) == 1 and isinstance(slots[0], Words) and not slots[0].several
            phrases.append(Phrase(text, slots, kind, category, item, group, needs, single, staff))

    for c, category in enumerate(pack.categories):
        add(category.cues, Kind.CUE, c)
        add(category.terms, Kind.TERM, c)
        for i, item in enumerate(category.together):
            staff = bool(item) and any(STAFF_SET in p for p in item[0])
            for g, group in enumerate(item):
                add(group, Kind.GROUP, c, i, g, staff=staff)
        for i, pair in enumerate(category.near):
            for g, group in enumerate(pair):
                add(group, Kind.NEAR, c, i, g)
        add(category.worries, Kind.WORRY, c)
        add(category.secrets, Kind.SECRET, c)
    ids = {category.id: c for c, category in enumerate(pack.categories)}
    for f, family in enumerate(pack.signals.families.values()):
        if family.category in ids:
            add(family.words, Kind.SIGNAL, ids[family.category], item=f)
    for texts, kind in (
        (pack.people, Kind.PEOPLE),
        (pack.general, Kind.GENERAL),
        (pack.conditional, Kind.CONDITIONAL),
        (pack.child_words, Kind.CHILD),
        (pack.adult_words, Kind.ADULT),
        (pack.framing, Kind.FRAMING),
        (pack.own_case, Kind.OWN_CASE),  # the writer's own case (knowledge/risk_scene.py)
        (pack.telling, Kind.TELLING),
        (pack.concluded, Kind.CONCLUDED),
        (pack.occasion, Kind.OCCASION),
        (pack.any_person, Kind.ANY_PERSON),
        # the setting of a question (knowledge/risk_openers.py, risk_clauses.py)
        (pack.deciding, Kind.DECIDING),
        (pack.permission, Kind.PERMISSION),
        # where harm words are a label (knowledge/risk_setting.py)
        (pack.names, Kind.NAME),
        (pack.things, Kind.THING),
        (pack.health_risks, Kind.HEALTH_RISK),
        (pack.records, Kind.RECORD),
        (pack.kinds, Kind.KIND_OF),
        (pack.closed, Kind.CLOSED),
        (pack.enquiries, Kind.ENQUIRY),
    ):
        add(texts, kind)
    return CompiledPhrases(tuple(phrases), targets, others, signal_words)


def _slots(
    text: str,
    surface: set[str],
    sets: Mapping[str, Words],
    compiled: dict[tuple[str, int], Words],
) -> tuple[Slot, ...]:
    """The slots of one cue phrase, each place compiled once per surface set (`compiled`)."""
    slots: list[Slot] = []
    for part in text.split():
        if part in (ANY_WORD, GAP):
            slots.append(part)
        elif (part, id(surface)) in compiled:
            slots.append(compiled[part, id(surface)])
        else:
            named = [a[1:-1] for a in part.split("|") if a.startswith("<")]
            alternatives = [a.split("_") for a in part.split("|") if not a.startswith("<")]
            surface.update(w for a in alternatives for w in a)
            single = frozenset(stem_word(a[0]) for a in alternatives if len(a) == 1)
            single |= single_words(sets, *named)
            several = tuple(tuple(stem_word(w) for w in a) for a in alternatives if len(a) > 1)
            words = Words(single, several)
            compiled[part, id(surface)] = words
            slots.append(words)
    return tuple(slots)
