"""The walk back from a sign of harm to the writer: the one walker of the writer's own harm.

Helper of `knowledge.risk_subjects.writer_states` ("i want to die", "im scared to go home",
"I am scared to go home") and `knowledge.risk_own_told.own_told` ("i get hit with a belt",
"i feel like ending it", "i hate my life and want to disappear"; round 51, walker175: the two
read the same first-person chains with their own word handling). From the word before the sign,
`writer_chain` walks back over the sign's clause (or sentence) to "I" ("im", "ive"; "we" when the
caller counts it), ending with no writer at someone else named (a noun for people, or "he",
"she", "they", "you"…: `OTHERS`), and returns the words passed over. What may stand between, and
how many, is the caller's `Walk`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.pack_values import Value
from knowledge.value_class import value_class

if TYPE_CHECKING:
    from knowledge.risk_types import Hit, Tokens

__all__ = ["OTHERS", "WRITERS", "Walk", "writer_chain", "writer_within"]

WRITERS = frozenset({"i", "im", "ive"})
"""The writer, as typed and read ("I am" is "im" when typed so; `Walk.aux` reads it when not)."""
_WE = "we"  # the writer among others: counted where the caller says so
OTHERS = frozenset(
    {"he", "she", "they", "hes", "shes", "him", "her", "them", "his", "their", "you", "u", "it"}
    | {"herself", "himself"}
)
"""Someone other than the writer, named by a pronoun: a walk to the writer ends at them."""
# Inside a cue's own words, "they", "you", "it" are the cue's ("they know where i live", "if it
# wasnt for my family"): only one person named ("he", "her"…) makes the cue someone else's.
_SOMEONE = frozenset({"he", "she", "her", "him", "his", "hes", "shes", "herself", "himself"})
_AUX = 2  # "I have been", read as "ive"
_OPENING = 6  # words from the clause's "I" to its joiner ("i hate my life and…")


@value_class
class Walk(Value):
    """What a walk from a sign back to the writer may pass over.

    `reach` words are looked at, at most; fewer than `counted` of them may stand between that are
    not of `uncounted` ("i sometimes think about taking…": thinking words are not counted). Only
    words of `between` may stand there when it is given. A word of `ends` ends the walk with no
    writer ("I have been thinking about neglect referrals": a topic thought about). Words of
    `aux` just after "I" are read with it ("I am", "I have been"). After a word of `joiners`, the
    clause before it must open on "I" and name no one else ("i hate my life and want to…").
    `sentence`: the walk keeps to the sign's sentence rather than its clause. `we`: "we" is the
    writer too.
    """

    reach: int
    counted: int
    between: frozenset[str] | None = None
    uncounted: frozenset[str] = frozenset()
    ends: frozenset[str] = frozenset()
    aux: frozenset[str] = frozenset()
    joiners: frozenset[str] = frozenset()
    sentence: bool = False
    we: bool = False


def writer_chain(read: Tokens, hit: Hit, walk: Walk) -> list[str] | None:
    """The words between the writer and `hit` (nearest the sign first), walking back as `walk`
    allows; None when the writer is not reached (see the module docstring)."""
    words = read.words
    scope, at = (read.sentence_of, hit.sentence) if walk.sentence else (read.clause_of, hit.clause)
    chain: list[str] = []
    counted = 0
    for k in range(hit.position - 1, max(-1, hit.position - 1 - walk.reach), -1):
        word = words[k]
        if scope[k] != at or k in read.persons or word in OTHERS or word in walk.ends:
            return None
        if word in WRITERS or (walk.we and word == _WE) or _after_writer(words, k, walk.aux):
            return chain
        if word in walk.joiners:
            return chain if _writer_opens(read, k, hit.sentence, walk.we) else None
        if walk.between is not None and word not in walk.between:
            return None
        counted += word not in walk.uncounted
        if counted >= walk.counted:
            return None
        chain.append(word)
    return None


def writer_within(read: Tokens, start: int, end: int) -> bool:
    """Whether the words `start`…`end` of a cue hold "I" and no one else ("no one would care if
    i died"; "they know where i live" is a threat to the writer)."""
    words = read.words[start:end]
    return not WRITERS.isdisjoint(words) and not any(
        w in _SOMEONE or k in read.persons for k, w in enumerate(words, start)
    )


def _after_writer(words: list[str], at: int, aux: frozenset[str]) -> bool:
    """Whether the word at `at` is one of `aux` with only words of `aux` back to "I" (at most
    two of them: "I am", "I have been")."""
    k = at
    while k >= 0 and at - k < _AUX and words[k] in aux:
        k -= 1
    return k < at and k >= 0 and words[k] in WRITERS


def _writer_opens(read: Tokens, joiner: int, sentence: int, we: bool) -> bool:
    """Whether the words before `joiner` open its sentence on "I" (or "we", when `we`), naming
    no one else."""
    words = read.words
    start = joiner
    while start and read.sentence_of[start - 1] == sentence:
        start -= 1
    return (
        joiner - start <= _OPENING
        and start < joiner
        and (words[start] in WRITERS or (we and words[start] == _WE))
        and not any(k in read.persons or words[k] in OTHERS for k in range(start, joiner))
    )
