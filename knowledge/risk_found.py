"""Someone in care who went missing once and was found safe: an event that is over.

"care home night staff: one of our residents with dementia walked out late last night. search
team found him this morning, cold but safe": the message tells of a missing that ended well, and
asks what to record. When a sentence says someone was found safe (a `found` word followed,
later in that sentence, by a `safe` word not just after a negation: "found her alive", "was
found safe by police", "found him at the bus stop, safe and well"), the message names someone
in care (the `in-care` set: a resident, a patient, dementia), and nothing says it happens again
(the `often` set: "keeps walking out", "again"), the signs of the missing family up to that
sentence's end are set aside. Every other sign still counts ("…was found by police with bruises
on her face"), and so does a missing told after it. Read once, word by word.

Beside it, a harm found absent (`absent_harms`): a term of harm (a word naming a harm done, not a
lack, which may be the harm itself: "no food") right after "no" or "without", or after "any"
just after a negation, with at most two words that describe a finding between ("no bruising",
"there is no abuse", "without any injury", "weren't any bruises", "no signs of injury"), names
what is not there: it is set aside, with the signal words, cues and `near` groups that start at
it. Any other word between keeps the sign ("no one noticed the bruising", "without her husband
hitting her"), as does every other sign of the message.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial

from knowledge.pack_values import Value
from knowledge.risk_types import Hit, Kind, Tokens, Words, single_words
from knowledge.value_class import value_class

__all__ = ["Found", "absent_harms", "found_safe"]

_MISSING = "missing"  # the category whose signs a safe finding ends
_NONE = frozenset({"no", "without"})
_ANY = "any"  # "weren't any bruises": after a negation
# Words describing a finding, as stemmed ("no obvious bruising", "no visible signs of injury").
_DESCRIBING = frozenset(
    {"obvious", "visibl", "apparent", "sign", "evidenc", "of", "real", "serious", "major"}
    | {"significant", "physical", "noticeabl"}
)
_DESCRIBING_WORDS = 2
_STARTING = frozenset({Kind.TERM, Kind.SIGNAL, Kind.CUE, Kind.NEAR})  # at an absent term


@value_class
class Found(Value):
    """The stemmed words the rule reads, as the pack's sets hold them, and the category.

    Attributes:
        found: words for being found (the `found` set).
        safe: words for being safe (the `safe` set).
        cared: words naming someone in care (the `in-care` set).
        often: words saying it happens again (the `often` set).
        negations: words of the `not` set ("not safe").
        missing: the index of the missing category in the pack, or -1.
    """

    found: frozenset[str]
    safe: frozenset[str]
    cared: frozenset[str]
    often: frozenset[str]
    negations: frozenset[str]
    missing: int = -1

    @classmethod
    def of(cls, sets: Mapping[str, Words], categories: tuple[str, ...]) -> Found:
        """The words the rule reads, from the pack's compiled sets (a set it lacks is empty).

        Args:
            sets: the pack's sets, by name, as the detector compiled them.
            categories: the ids of the pack's categories, in order.
        """
        single = partial(single_words, sets)
        missing = categories.index(_MISSING) if _MISSING in categories else -1
        found, safe, cared, often, negations = map(
            single, ("found", "safe", "in-care", "often", "not")
        )
        return cls(found, safe, cared, often, negations, missing)


def found_safe(hits: list[Hit], read: Tokens, words: Found) -> list[Hit]:
    """The hits without the missing family's signs of someone in care later found safe.

    Args:
        hits: every phrase of the pack that matched, harm and context alike.
        read: the message as the detector read it.
        words: the words the rule reads.

    Returns:
        The hits that still count, in their order.
    """
    tokens = read.words
    if (
        words.missing < 0
        or words.cared.isdisjoint(tokens)
        or not words.often.isdisjoint(tokens)
        or words.found.isdisjoint(tokens)
    ):
        return hits
    ended = -1  # where the last sentence saying someone was found safe says "safe"
    found = -1  # the sentence of the last `found` word
    for i, word in enumerate(tokens):
        if word in words.found:
            found = read.sentence_of[i]
        elif (
            word in words.safe
            and read.sentence_of[i] == found
            and (not i or tokens[i - 1] not in words.negations)
        ):
            ended = i
    if ended < 0:
        return hits
    last = read.sentence_of[ended]
    return [h for h in hits if h.phrase.category != words.missing or h.sentence > last]


def absent_harms(hits: list[Hit], read: Tokens, words: Found) -> list[Hit]:
    """The hits without the signs that start at a term of harm said to be absent ("no bruising").

    Args:
        hits: every phrase of the pack that matched, harm and context alike.
        read: the message as the detector read it.
        words: the words the rule reads (its negations).

    Returns:
        The hits that still count, in their order.
    """
    tokens = read.words
    if _NONE.isdisjoint(tokens) and _ANY not in tokens:
        return hits
    absent = {
        h.position
        for h in hits
        if h.phrase.kind is Kind.TERM and _absent(read, h.position, words.negations)
    }
    # A signal word, cue or `near` group starting at that word names the same absent harm ("no
    # bruises on her face"). A signal word that is no term may name a lack that is itself the
    # harm ("no food", "no coat"), so it is never read as absent on its own.
    return [h for h in hits if h.position not in absent or h.phrase.kind not in _STARTING]


def _absent(read: Tokens, position: int, negations: frozenset[str]) -> bool:
    """Whether the word at `position` follows "no", "without" or a negation and "any", in its
    clause, with at most `_DESCRIBING_WORDS` describing words between."""
    tokens, clause = read.words, read.clause_of[position]
    start = max(0, position - _DESCRIBING_WORDS - 1)
    for i in range(position - 1, start - 1, -1):
        if read.clause_of[i] != clause:
            return False
        if tokens[i] in _NONE or (
            tokens[i] == _ANY and i and (tokens[i - 1] in negations or tokens[i - 1] in _NONE)
        ):
            return True
        if tokens[i] not in _DESCRIBING and tokens[i] != _ANY:
            return False
    return False
