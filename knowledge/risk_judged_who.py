"""A case asked about by whether to report it: "would you report a volunteer who's been seen
kissing a 15 year old", "should I refer a mum who is drunk every night and…".

Round 61 (census280, issue 11): "a volunteer", "a mum" in a question read as anyone of a kind
(`risk_subjects.a_class`), and what the relative clause told of them was a general question,
though the writer asks whether to report someone they have in mind. A question opening on a
modal ("would", "should", "do"), with the writer or the reader ("you", "I", "we") before a word
of the pack's `judging` marker (report, refer…), which "a" or "an" and a noun then follow, and
"who", "whose" or "where" within a few words of it, asks about that case: its clauses are not
general. "would you report a parent?", "should I refer a child to CAMHS?" hold no relative
clause and stay as they were; a harm the clause tells still needs its own cue.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from knowledge.risk_types import stem_word

if TYPE_CHECKING:
    from knowledge.risk_types import Tokens

__all__ = ["judged_who"]

# Grammar, not lists a pack would extend: the modal opening the question, who would judge, the
# indefinite naming the one judged, and the relative word opening what they did.
_MODALS = frozenset(map(stem_word, ("would", "should", "do", "shall", "must", "could")))
_JUDGES = frozenset(map(stem_word, ("you", "i", "we", "u")))
_INDEFINITE = frozenset(map(stem_word, ("a", "an")))
_RELATIVE = frozenset(map(stem_word, ("who", "whose", "where", "whos")))
_OPENING_WORDS = 6  # from the modal to the judging word: "do i really need to report"
_NAMING_WORDS = 7  # from "a" to "who": "a volunteer at the church youth club who"


def judged_who(read: Tokens, markers: Mapping[str, frozenset[str]]) -> set[int]:
    """The sentences asking whether to report someone named as "a" one, then telling what they
    did in a relative clause (see the module docstring).

    Args:
        read: the message as the detector read it.
        markers: the stems of the words of the pack's markers, by name ("judging").
    """
    words, sentence_of = read.words, read.sentence_of
    judging = markers["judging"]
    cases: set[int] = set()
    for start, word in enumerate(words):
        sentence = sentence_of[start]
        if word not in _MODALS or sentence in cases:
            continue
        if start and sentence_of[start - 1] == sentence:
            continue  # the modal opens its sentence
        span = [
            k
            for k in range(start + 1, min(len(words), start + 1 + _OPENING_WORDS))
            if sentence_of[k] == sentence
        ]
        for j in span:
            if words[j] in judging and _JUDGES.intersection(words[start + 1 : j]):
                if _relative_after(read, j + 1, sentence):
                    cases.add(sentence)
                break
    return cases


def _relative_after(read: Tokens, k: int, sentence: int) -> bool:
    """Whether "a" or "an" opens at `k`, and a relative word follows it in `sentence`."""
    words, sentence_of = read.words, read.sentence_of
    if k >= len(words) or sentence_of[k] != sentence or words[k] not in _INDEFINITE:
        return False
    return any(
        words[r] in _RELATIVE and sentence_of[r] == sentence
        for r in range(k + 2, min(len(words), k + 1 + _NAMING_WORDS))
    )
