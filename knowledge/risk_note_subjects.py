"""A note's subject: the one person a case note, referral or handover is about, named in its
heading rather than as a sentence's subject (round 60, notes275)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.risk_types import Kinds

if TYPE_CHECKING:
    from collections.abc import Mapping

    from knowledge.risk_finding import Hit, Tokens


def note_subjects(read: Tokens, markers: Mapping[str, frozenset[str]]) -> set[int]:
    """The sentences naming one person as a note's subject: just after one of `note-about`
    ("referral re: 9yo, …"), or opening the clause after a heading whose first clause ends in
    one of `note-heads` ("cuckooing concerns: vulnerable adult's property …"; one word may come
    before the person). Someone in particular, as a note's opening name is."""
    words, clause_of, sentence_of = read.words, read.clause_of, read.sentence_of
    about, heads = markers["note-about"], markers["note-heads"]
    found = {sentence_of[i] for i in read.persons if i and words[i - 1] in about}
    opening_of: dict[int, int] = {}  # each sentence's first word
    for at, sentence in enumerate(sentence_of):
        opening_of.setdefault(sentence, at)
    for i in read.persons - read.plural:
        for k in (i, i - 1):  # where the person's clause opens: at them, or one word before
            if k <= 0 or clause_of[k] == clause_of[k - 1] or words[k - 1] not in heads:
                continue
            opening = opening_of[sentence_of[k]]
            if clause_of[opening] == clause_of[k - 1] and clause_of[k] == clause_of[i]:
                found.add(sentence_of[k])
    return found


def listed_about(hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]) -> set[int]:
    """The `note_subjects` sentences listing at least two signal words ("referral re: 9yo, poor
    hygiene, weight loss, frequently hungry"): a list of concerns about that one person, where
    one word of a `related` family counts as after a note's opening name. One word alone
    ("referral re: 9yo, speech delay, hungry after PE") is no such list."""
    notes = note_subjects(read, markers)
    if not notes:
        return notes
    counts: dict[int, set[int]] = {}
    for hit in hits:
        if hit.phrase.kind is Kinds.SIGNAL and hit.sentence in notes:
            counts.setdefault(hit.sentence, set()).add(hit.position)
    return {sentence for sentence, places in counts.items() if len(places) >= 2}
