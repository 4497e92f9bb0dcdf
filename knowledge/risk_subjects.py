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
# "can I tell social care that…", "should we let the school know that…": the writer asking
# whether to pass on what they know of someone in particular.
_WRITERS = frozenset({"i", "we"})
_SHARING = frozenset({"tell", "shar", "inform", "report", "pass", "let", "warn", "alert"})
_SHARE_GAP = 2  # "can I also tell", "I should tell"
_THAT_GAP = 4  # "tell the social worker that", "let the school know that"
_THAT = frozenset({"that", "who"})  # "report a colleague who slapped a resident"
_AFTER = 3  # "hit me", "abused by him and me"
_BEFORE = 4  # "I was repeatedly and badly beaten"
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


def done_to_writer(read: Tokens, start: int, end: int) -> bool:
    """Whether the harm words at `start`…`end` are told as done to the writer: "me" or "myself"
    in them or just after ("abused me", "did it to me"), or "I was", "I were", "I got" just
    before ("I was raped"), but not "I was asked…" or "I was wondering…"."""
    words = read.words
    if _SELF.intersection(words[start : end + _AFTER]):
        return True
    return any(
        words[k] == "i" and words[k + 1] in _I_WAS and words[k + 2] not in _REPORTING
        for k in range(max(0, start - _BEFORE), start - 1)
    )


def passing_on(read: Tokens) -> set[int]:
    """The sentences where the writer asks whether to pass on something they know: "I" or
    "we", a word for sharing just after, then "that" ("can I tell the police that a girl in my
    youth club has gone missing again?"). What follows "that" is told of someone in particular;
    "can a school tell parents that a pupil…" is asked of anyone."""
    words, sentence_of = read.words, read.sentence_of
    found: set[int] = set()
    for i, word in enumerate(words):
        if word not in _SHARING or sentence_of[i] in found:
            continue
        sentence = sentence_of[i]
        writer = any(
            words[k] in _WRITERS and sentence_of[k] == sentence
            for k in range(max(0, i - _SHARE_GAP), i)
        )
        that = any(
            words[k] in _THAT and sentence_of[k] == sentence
            for k in range(i + 1, min(len(words), i + 2 + _THAT_GAP))
        )
        if writer and that:
            found.add(sentence)
    return found
