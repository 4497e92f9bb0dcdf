"""Who a sentence of a message is about, read from its structure rather than its words.

Helpers of `knowledge.risk_finding.judge`: whether a sentence opens with one person named as
notes are typed ("Pupil showed me cuts"), names someone by their relation to someone ("her ex",
"my year 9 pupil"), and which words open a question.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from knowledge.matching.normalise import stem

if TYPE_CHECKING:
    from knowledge.risk_finding import Tokens

_POSSESSIVES = frozenset({"my", "our", "his", "her", "their", "your"})
_RELATION_GAP = 3  # "my year 9 pupil", "her little brother"
_SELF = frozenset({"me", "myself"})
_I_WAS = frozenset({"was", "were", "got"})
# "I was asked…", "I was wondering…": the writer reporting, not harmed.
_REPORTING = frozenset({"ask", "wonder", "think", "hop", "try", "going", "plan"})


@functools.lru_cache(maxsize=8)
def question_stems(words: tuple[str, ...]) -> frozenset[str]:
    """The question words as the detector reads them (lightly stemmed: "does" -> "doe")."""
    return frozenset(stem(w) for w in words)


def telegraphic(read: Tokens) -> set[int]:
    """The sentences opening with one person named without "a" or "the", as notes are typed
    ("Pupil showed me cuts", "Resident has gone missing"): someone in particular."""
    starts: set[int] = set()
    last = -1
    for i, sentence in enumerate(read.sentence_of):
        if sentence != last:
            last = sentence
            if i in read.persons and i not in read.plural:
                starts.add(sentence)
    return starts


def related_sentences(read: Tokens) -> set[int]:
    """The sentences naming someone by their relation to someone: a noun for people just after
    "my", "his", "their"… ("her ex", "my pupil", "their little girl")."""
    words, sentence_of = read.words, read.sentence_of
    return {
        sentence_of[i]
        for i in read.persons
        if any(
            words[k] in _POSSESSIVES and sentence_of[k] == sentence_of[i]
            for k in range(max(0, i - _RELATION_GAP), i)
        )
    }


def first_person(read: Tokens) -> set[int]:
    """The sentences where the writer may be the one something happened to: "me", "myself", or
    "I was", "I were", "I got" not followed by asking or wondering ("he did it to me", "I was
    abused in the 1980s", but not "I was asked whether…")."""
    words, sentence_of = read.words, read.sentence_of
    found: set[int] = set()
    for i, word in enumerate(words):
        if word in _SELF or (
            word == "i"
            and i + 2 < len(words)
            and words[i + 1] in _I_WAS
            and words[i + 2] not in _REPORTING
        ):
            found.add(sentence_of[i])
    return found
