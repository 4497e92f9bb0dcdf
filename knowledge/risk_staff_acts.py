"""A relative's act is no allegation about staff: "the teacher stopped her" after "his mum turned
up … drunk".

Round 35 (r1i35, tryout35b finding 3). A `together` item naming staff in its first group
("<staff>") and an act in its others ("drunk", "grabbed") is an allegation about someone at
work. When the act stands in another clause than every staff word of the sentence, and a
relative is named before it in its own clause ("his mum turned up at the school gates drunk
yday and tried to take him, the teacher stopped her"), the act is the relative's: the teacher
protected the child, and the LADO is not for that. The act is set aside for that item; a staff
word in the act's own clause ("the teacher grabbed her") is untouched.

Round 45 (doors95, tryout88 #3): so is an act told of just after a word of the pack's
`told-act` marker, in another clause than the staff ("trip leader on a school residential, a
kid just disclosed abuse at home": the leader writes, the abuse is what the child told).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.own_role import OwnRole
from knowledge.risk_pack import RiskPack
from knowledge.risk_types import Hit, Kinds, Tokens

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["kin_acts", "names_staff", "told_staff", "writer_staff"]

_TOLD_GAP = 2  # "told her teacher", "spoke to the teacher"
_ACCUSED = "allegation-against-staff"  # its items' first groups name the accused's roles
_LABEL_GAP = 4  # how far back `OwnRole` reads a label: "im a tutor", "as a youth worker"


def kin_acts(
    hits: list[Hit], read: Tokens, pack: RiskPack, markers: Mapping[str, frozenset[str]]
) -> list[Hit]:
    """The hits without the acts of a staff item that a relative did, or that were told of
    (module docstring).

    Args:
        hits: every phrase of the pack that matched.
        read: the message as the detector read it.
        pack: the pack the phrases came from.
        markers: the stems of the pack's markers by name.
    """
    told = markers["told-act"]
    staff_at: dict[tuple[int, int, int], set[int]] = {}
    for h in hits:
        if h.phrase.kind is Kinds.GROUP and h.phrase.group == 0 and _names_staff(h):
            staff_at.setdefault((h.phrase.category, h.phrase.item, h.sentence), set()).add(h.clause)
    if not staff_at:
        return hits

    def kins(h: Hit) -> bool:
        clauses = staff_at.get((h.phrase.category, h.phrase.item, h.sentence))
        if h.phrase.kind is not Kinds.GROUP or h.phrase.group < 1 or not clauses:
            return False
        if h.clause in clauses:
            return False
        if h.position > 0 and read.words[h.position - 1] in told:
            return True
        return any(read.clause_of[k] == h.clause and k < h.position for k in read.kin)

    return [h for h in hits if not kins(h)]


def told_staff(
    hits: list[Hit], read: Tokens, pack: RiskPack, markers: Mapping[str, frozenset[str]]
) -> list[Hit]:
    """The hits without the staff of a staff item who are the ones told (Round 36, r1n36): a
    word of the pack's `told-to` marker ("told", "disclosed") up to two words before the staff
    word ("my daughter told her teacher there is domestic abuse at home") makes the teacher the
    one a child went to, not who did it; not when `told-writer` ("me") follows the telling word
    ("told me teacher X hit her"), nor when `told-off` follows the staff word: they are told to
    stop what they do ("told her teacher to stop touching her", "told the teacher no").

    Args:
        hits: every phrase of the pack that matched.
        read: the message as the detector read it.
        pack: the pack the phrases came from.
        markers: the stems of the pack's markers by name.
    """
    told_to, writers, told_off = markers["told-to"], markers["told-writer"], markers["told-off"]

    def told(h: Hit) -> bool:
        if h.phrase.kind is not Kinds.GROUP or h.phrase.group != 0 or not _names_staff(h):
            return False
        after = h.end < len(read.words) and read.words[h.end] in told_off
        before = range(max(h.position - _TOLD_GAP, 0), h.position)
        return not after and any(
            read.words[k] in told_to
            and read.sentence_of[k] == h.sentence
            and read.words[k + 1] not in writers  # "told me teacher X hit her": the teacher did
            for k in before
        )

    return [h for h in hits if not told(h)]


def writer_staff(
    hits: list[Hit], read: Tokens, pack: RiskPack, markers: Mapping[str, frozenset[str]]
) -> list[Hit]:
    """The hits without the staff of a staff item that are the writer's own label (round 46,
    doors113), as `knowledge.own_role.OwnRole` reads a role in its clause: a staff word a few
    words after one of the pack's `label-opens` then "a" or "an" ("im a tutor at a college, a
    17 year old student has a 26 year old boyfriend who makes her sleep with his friends"
    paired the writer's "tutor" with the boyfriend's act and named the LADO), or just before
    "here" with none of `label-not` before it ("college tutor here, …"; not "the tutor here").
    Another staff word of the sentence is untouched ("im a tutor and another tutor has been
    sleeping with a 17 yr old student"), and so is one after "i" alone ("i think the tutor
    has…").

    Args:
        hits: every phrase of the pack that matched.
        read: the message as the detector read it.
        pack: the pack the phrases came from.
        markers: the stems of the pack's markers by name.
    """
    own_role, clause_of = OwnRole(markers), read.clause_of
    last = len(clause_of) - 1

    def own(h: Hit) -> bool:
        if h.phrase.kind is not Kinds.GROUP or h.phrase.group != 0:
            return False
        if not _names_staff(h) and pack.categories[h.phrase.category].id != _ACCUSED:
            return False  # a staff item, or the accused's (a position of trust's roles)
        at, clause = h.position, clause_of[h.position]
        end = max(h.end, at + 1)
        # The clause read no further than a label can reach: a long clause read whole for
        # every staff word made the check grow with the square of the message.
        low, high = max(0, at - _LABEL_GAP - 1), min(last, end)
        start, close = at, at
        while start > low and clause_of[start - 1] == clause:
            start -= 1
        while close < high and clause_of[close + 1] == clause:
            close += 1
        return own_role.labels(read.words, range(at, end), range(start, close + 1))

    return [h for h in hits if not own(h)]


def _names_staff(hit: Hit) -> bool:
    """Whether the first group of `hit`'s `together` item names staff by the `<staff>` set
    (`Phrase.staff`, found once when the pack is compiled: the judging steps ask it of every
    hit of a first group)."""
    return hit.phrase.staff


names_staff = _names_staff  # read by `knowledge.risk_staff_witness` too
