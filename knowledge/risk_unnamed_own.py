"""A short chat message about the writer's own life that names no one (round 54, short199).

"no point in living", "better off dead", "took a load of pills", "cutting again": chat leaves
the "I" out, and a message this short that names no one but, at most, the writer can be about
no one else. `risk_subjects.dropped_writer` reads the "I" left out before one of its opening
words ("feel like ending it all"); this reads it where no opening word stands, for the signs of
a category marked `own-life` (self-harm and suicide) only: a hurt told with no one named ("no
food in the house again") may be anyone's, and stays as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.risk_types import Kinds, stem_word

if TYPE_CHECKING:
    from collections.abc import Collection

    from knowledge.risk_types import Hit, Tokens

__all__ = ["unnamed_own"]

_SHORT = 15  # words: a chat line, not a post or a note
# Words after the sign in its sentence, at most ("no point in living anymore"): more, and the
# sign is the start of a figure of speech ("no point in living in london with these prices",
# "tired of living out of a suitcase", "nothing to live for but pizza").
_AFTER = 1
# …not counting words of when ("overdosed last night", "cutting again")
_WHEN = frozenset(
    map(stem_word, ("again", "anymore", "now", "today", "tonight", "last", "night", "yesterday"))
)
# A word for anyone but the writer: one of these and the message names someone else.
_OTHERS = frozenset(
    map(
        stem_word,
        (
            "he", "she", "hes", "shes", "him", "his", "her", "hers", "they", "them", "their",
            "theyre", "you", "your", "youre", "u", "ur", "we", "us", "our", "someone",
            "somebody", "people", "everyone", "anyone",
        ),
    )
)  # fmt: skip
_PERSONS = frozenset({Kinds.PEOPLE, Kinds.ANY_PERSON})
# Just before a sign, these name it as a topic, not a state ("i have a question about self
# harm", "an essay on suicide").
_TOPIC = frozenset({"about", "on", "regarding", "re"})


def unnamed_own(hits: list[Hit], read: Tokens, life: Collection[int]) -> set[int]:
    """The sentences of a message of at most `_SHORT` words naming no one (no noun for people,
    no name, no word of `_OTHERS`, no `people` or `any_person` phrase) that hold a cue of one
    of the categories `life` (those marked `own-life`): the writer's own state, told with the
    "I" left out, the cue ending its sentence but for `_AFTER` words at most. The caller keeps
    only sentences that tell, and frames still apply."""
    if (
        len(read.words) > _SHORT
        or read.persons
        or not _OTHERS.isdisjoint(read.words)
        or any(h.phrase.kind in _PERSONS for h in hits)
    ):
        return set()
    return {
        h.sentence
        for h in hits
        if h.phrase.kind is Kinds.CUE
        and h.phrase.category in life
        and _after(read, h) <= _AFTER
        and not (h.position and read.words[h.position - 1] in _TOPIC)
    }


def _after(read: Tokens, hit: Hit) -> int:
    """How many words stand after `hit` in its sentence, words of `_WHEN` not counted."""
    end = max(hit.end, hit.position + 1)
    return sum(
        1
        for s, w in zip(read.sentence_of[end:], read.words[end:], strict=True)
        if s == hit.sentence and w not in _WHEN
    )
