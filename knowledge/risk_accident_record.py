"""An injury the message itself calls an accident: written up on an accident form, or left by
an accident to one's own body told in the same breath (round 42, fa43, issue 11).

"she bumped her head on the table, we did an accident form and rang dad": the setting has written
it up as an accident, and a parent told of it is no one who was there. "a student hit his finger
with a stick and bruised it": the bruise is what the accident to his own finger left. Both are
causes for `knowledge.risk_causes.ordinary_causes`, which keeps every guard it has (a doubt, an
explanation, a blow, a baby, someone's reported words): an accident form cannot explain away
"mum said she fell but the story keeps changing", nor "dad hit her, we filled in an accident form".
"""

from __future__ import annotations

from knowledge.risk_cause_words import Causes
from knowledge.risk_types import Tokens

__all__ = ["accident_record", "left_by_accident"]

_GOES_ON = frozenset({"and", "then"})  # "hit his finger … and bruised it"


def accident_record(read: Tokens, words: Causes) -> dict[int, int]:
    """The sentences whose injuries the message's accident paperwork ("accident form", "accident
    book", "accident slip": an `accident-record` word just before a `paperwork` word) is a cause
    for, each with where the paperwork is named: those telling of an accident or a fall (a word
    of the pack's `accident` or `fall` sets: "bumped his head", "tripped"), not of an injury
    someone just has ("came in with a bruise", "has fingertip bruises"). None when the message
    names no such paperwork or doubts anywhere (a word of the `doubt` or `fear` sets): a form
    for an injury someone doubts is no cause."""
    tokens = read.words
    if not words.doubts.isdisjoint(tokens):
        return {}
    at = next(
        (
            i
            for i, word in enumerate(tokens[:-1])
            if word in words.recorded and tokens[i + 1] in words.paperwork
        ),
        -1,
    )
    if at < 0:
        return {}
    mishaps = words.accidents | words.falls
    return {read.sentence_of[i]: at for i, word in enumerate(tokens) if word in mishaps}


def left_by_accident(read: Tokens, at: int, accidents: list[int]) -> bool:
    """Whether the injury word at `at` goes on from an accident to one's own body earlier in
    its clause ("hit his finger with a stick and bruised it": "and" or "then" just before it),
    so names what that accident left.

    Args:
        read: the message as the detector read it.
        at: where the injury word is.
        accidents: where the message's own accidents are (`risk_causes._own_accidents`).
    """
    tokens, clause = read.words, read.clause_of[at]
    return (
        at > 0
        and tokens[at - 1] in _GOES_ON
        and any(i < at and read.clause_of[i] == clause for i in accidents)
    )
