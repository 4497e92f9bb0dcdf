"""A short chat message about the writer's own life that names no one (round 54, short199).

"no point in living", "better off dead", "took a load of pills", "cutting again": chat leaves
the "I" out, and a message this short that names no one but, at most, the writer can be about
no one else. `risk_subjects.dropped_writer` reads the "I" left out before one of its opening
words ("feel like ending it all"); this reads it where no opening word stands, for the signs of
a category marked `own-life` (self-harm and suicide) only, cues and `together` items alike ("the
blade in the cupboard is looking inviting"; round 56): a hurt told with no one named ("no food in
the house again") may be anyone's, and stays as it was, unless a word of the pack's
`unnamed-lasting` after it tells how long it has gone on ("no food in the house for 3 days"; round
56, quiet225): a want that lasts is someone's plight, whoever's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.risk_counted import together_ends, together_groups
from knowledge.risk_types import Kinds

if TYPE_CHECKING:
    from collections.abc import Collection, Mapping

    from knowledge.risk_pack import RiskPack
    from knowledge.risk_types import Hit, Tokens

__all__ = ["sentences_naming_others", "unnamed_own"]

_SHORT = 15  # words: a chat line, not a post or a note
# Words after the sign in its sentence, at most ("no point in living anymore"): more, and the
# sign is the start of a figure of speech ("no point in living in london with these prices",
# "tired of living out of a suitcase", "nothing to live for but pizza"), words of when (the
# pack's `unnamed-when`: "overdosed last night", "cutting again") not counted.
_AFTER = 1
_PERSONS = frozenset({Kinds.PEOPLE, Kinds.ANY_PERSON})
# Words after a sign of any category, at most, holding a word of `unnamed-lasting` ("for 3 days"):
# more, and the time is another matter's ("no food in the house for the party in 3 days").
_LASTING = 4


def unnamed_own(
    hits: list[Hit],
    read: Tokens,
    pack: RiskPack,
    life: Collection[int],
    markers: Mapping[str, frozenset[str]],
) -> set[int]:
    """The sentences of a message of at most `_SHORT` words naming no one (no noun for people,
    no name, no word of the pack's `unnamed-others` marker, no `people` or `any_person` phrase)
    that hold a cue, or a `together` item with every group matched, of a category marked
    `own-life`: the writer's own state, told with the "I" left out, the sign ending its
    sentence but for `_AFTER` words at most (words of `unnamed-when` not counted) and not named
    as a topic (just after a word of `unnamed-topic`: "a question about self harm"); and those
    holding a cue of any category followed, within `_LASTING` words to its sentence's end, by
    a word of `unnamed-lasting` (module docstring). The caller keeps only sentences that tell,
    and frames still apply.

    Args:
        hits: the cues found in the message.
        read: the message as the detector read it.
        pack: the pack the cues came from (its categories' `together` items).
        life: the categories marked `own-life` (`risk_own_told.own_told_tables`, made once).
        markers: the pack's markers by name, stemmed.
    """
    if len(read.words) > _SHORT or sentences_naming_others(hits, read, markers):
        return set()
    when, topic = markers["unnamed-when"], markers["unnamed-topic"]
    signs = [h for h in hits if h.phrase.kind is Kinds.CUE] + together_ends(
        together_groups(hits, life), pack
    )
    return {
        h.sentence
        for h in signs
        if h.phrase.category in life
        and _after(read, h, when) <= _AFTER
        and not (h.position and read.words[h.position - 1] in topic)
    } | {
        h.sentence
        for h in signs
        if h.phrase.kind is Kinds.CUE and _lasting(read, h, markers["unnamed-lasting"])
    }


def sentences_naming_others(
    hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]
) -> set[int]:
    """The sentences that name someone other than the writer: a noun for people or a name, a
    word of the pack's `unnamed-others` marker, a `people` or `any_person` phrase."""
    others = markers["unnamed-others"]
    return (
        {read.sentence_of[k] for k in read.persons}
        | {h.sentence for h in hits if h.phrase.kind in _PERSONS}
        | {s for s, w in zip(read.sentence_of, read.words, strict=True) if w in others}
    )


def _lasting(read: Tokens, hit: Hit, lasting: frozenset[str]) -> bool:
    """Whether the rest of `hit`'s sentence, `_LASTING` words at most, holds a word of
    `lasting` ("no food in the house for 3 days")."""
    end = max(hit.end, hit.position + 1)
    rest = [
        w
        for s, w in zip(read.sentence_of[end:], read.words[end:], strict=True)
        if s == hit.sentence
    ]
    return len(rest) <= _LASTING and not lasting.isdisjoint(rest)


def _after(read: Tokens, hit: Hit, when: frozenset[str]) -> int:
    """How many words stand after `hit` in its sentence, words of `when` not counted."""
    end = max(hit.end, hit.position + 1)
    return sum(
        1
        for s, w in zip(read.sentence_of[end:], read.words[end:], strict=True)
        if s == hit.sentence and w not in when
    )
