"""The writer's own state told by a `together` item, at any length (round 59, quiet265).

"I'm 82 and I've had enough, I'd be better off out of the way, I've got the tablets ready":
self-harm's `together` items (the means beside having had enough) match, but `writer_states`
reads "I" before a cue, a term or a `near` pair only, and `unnamed_own` reads a `together` item
only in a chat line of a few words. A complete item of a category marked `own-life`, one of its
groups with the writer as its subject ("I've had enough", "I'd be better off…"), in a sentence
naming no one else, is the writer's own state however long the message. Not when one group is
named with what it is of ("I have had enough of these tablets", "…of waiting for my pills",
"better off out of the way of the traffic"): a word of the pack's `together-object` just after a
group, then a word not of `together-whole` ("had enough of everything", "of it all" are one's
whole life); nor when another group follows a group straight on in its clause ("I've had enough
tablets to last the month": how many).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.risk_counted import together_groups
from knowledge.risk_unnamed_own import sentences_naming_others
from knowledge.risk_writer_walk import Walk, writer_chain, writer_within

if TYPE_CHECKING:
    from collections.abc import Collection, Mapping

    from knowledge.risk_pack import RiskPack
    from knowledge.risk_types import Hit, Tokens

__all__ = ["own_together"]

_STATE_GAP = 3  # "I've really had enough", as `risk_subjects.writer_states` reads a cue
_REACH = 7


def own_together(
    hits: list[Hit],
    read: Tokens,
    pack: RiskPack,
    life: Collection[int],
    markers: Mapping[str, frozenset[str]],
) -> set[int]:
    """The sentences holding a `together` item of a category of `life` with every group matched,
    one group with the writer ("I", "im", "ive"; words of `own-state-aux` read with it) as its
    subject in its clause, naming no one else (no noun for people, no word of `unnamed-others`,
    no `people` or `any_person` phrase), and no group named with what it is of (module
    docstring). The caller keeps only sentences that tell."""
    named = sentences_naming_others(hits, read, markers)
    walk = Walk(_REACH, _STATE_GAP, aux=markers["own-state-aux"])
    objects, whole = markers["together-object"], markers["together-whole"]
    found: set[int] = set()
    for (category, item, sentence), groups in together_groups(hits, life).items():
        if (
            sentence in named
            or len(groups) < len(pack.categories[category].together[item])
            or _object_of(read, list(groups.values()), objects, whole)
        ):
            continue
        if any(
            writer_within(read, h.position, h.end) or writer_chain(read, h, walk) is not None
            for h in groups.values()
        ):
            found.add(sentence)
    return found


def _object_of(
    read: Tokens, groups: list[Hit], objects: frozenset[str], whole: frozenset[str]
) -> bool:
    """Whether a group's hit is followed by a word of `objects` and then a word not of `whole`:
    the group names what it is of ("had enough of these tablets", "of waiting", "out of the way
    of the traffic"), not the writer's whole life ("had enough of everything", "of it all")."""
    words = read.words
    for hit in groups:
        end = max(hit.end, hit.position + 1)
        if end + 1 < len(words) and words[end] in objects and words[end + 1] not in whole:
            return True
        if any(h.position == end and h.clause == hit.clause for h in groups if h is not hit):
            return True  # "had enough tablets": how many, not a state
    return False
