"""The writer's own practice asked about: a question of what may be done ("Is it abusive to use
restraints to lock a parent with Alzheimer's in their room at night?") followed by a sentence
where the writer goes on with the same verb, "also" ("I also use a baby monitor by the bed"):
the question tells what the writer does, to someone in particular. A helper of
`knowledge.risk_finding.judge` (round 50, miss157).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

    from knowledge.risk_types import Tokens

_WRITER = "i"
_AFTER = 3  # "I also use", "I also sometimes use": the verb within this many words of "I"


def also_mine(read: Tokens, markers: Mapping[str, frozenset[str]]) -> set[int]:
    """The sentences asking that the next sentence shows to be the writer's own practice: it
    tells (neither asks nor ends with "?"), opens on "I" and a word of the pack's `also-mine`
    marker, and within a few words after it uses a verb of the question (of the pack's
    `also-verbs` marker: "use", "lock", "give"), as "I also use…" goes on from "…to use
    restraints…?"; the question names someone ("a parent"), as "is it abusive to use
    restraints? I also use the trust's policy" does not."""
    alsos, verbs = markers["also-mine"], markers["also-verbs"]
    if alsos.isdisjoint(read.words):
        return set()
    asks = read.questions | read.marked
    words_of: dict[int, list[str]] = {}
    for word, sentence in zip(read.words, read.sentence_of, strict=True):
        words_of.setdefault(sentence, []).append(word)
    named = {read.sentence_of[p] for p in read.persons}  # "a parent", "a resident"
    found: set[int] = set()
    for sentence, words in words_of.items():
        asked = sentence - 1
        if sentence in asks or asked not in asks or len(words) < 3:
            continue
        if words[0] != _WRITER or words[1] not in alsos:
            continue
        after = set(words[2 : 2 + _AFTER]) & verbs
        if after and not after.isdisjoint(words_of[asked]) and asked in named:
            found.add(asked)
    return found
