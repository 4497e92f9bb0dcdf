"""Staff who tell the writer of someone else's act are who tells, not the accused: tryout40 #10.

"staff there told us another tenant has been taking his money and hit him once", "volunteer
tell me her son (he is 30) take her money every week and push her": a `together` item naming
staff in its first group ("<staff>") and an act in its others ("hit") read as an allegation
about the staff or the volunteer, with the suspend and CQC steps. The allegation follows who
does the harm. Within four words after the staff word, with no act of the item between, a word
of the pack's `told-to` marker ("told", "tell") then one of `told-writer` ("me", "us"), or a
word of `staff-saw` ("says", "reported"), begins what they tell; when the first one named in
the four words after that is someone other than staff (a relative, or a word of the pack's
`told-of` marker: a tenant, a resident), the staff member tells what that person did: the staff
word is set aside for that item. Another staff noun stays ("the nurse told me a carer hit him"
keeps the carer); so does the staff word when the telling is an order to the writer
(`told-off` after the writer: "the carer told me to shut up and hit me"), when no one else is
named first ("the coach told me I was useless and grabbed me", "…told me the manager slapped a
resident"), when they did an act before telling ("the carer hit him and says…"), or when the one
named is said to allege something in turn (`alleging`: "…told us a resident said he hit her").
Staff to whom an act is done are not the accused either: one of `done-to` ("is", "was") within
two words after the staff word and one of `done-by` ("by") just after an act of the item ("one
of our volunteers is being hit by her son"), then a relative or a `told-of` word named first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.risk_pack import RiskPack
from knowledge.risk_staff_acts import names_staff
from knowledge.risk_types import Hit, Kinds, Tokens

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["teller_staff"]

ACCUSED = "allegation-against-staff"  # the category whose staff words name the accused
_TELL_GAP = 4  # "staff there told us", "a volunteer at the shop says"
_DONE_GAP = 2  # "volunteers is being", "carer was"
_BY_GAP = 6  # "volunteers is being hit every week by"
_NAMED_GAP = 4  # "told us another tenant", "told me that the other resident"


def teller_staff(
    hits: list[Hit], read: Tokens, pack: RiskPack, markers: Mapping[str, frozenset[str]]
) -> list[Hit]:
    """The hits without the staff of a staff item who tell the writer of another's act (module
    docstring).

    Args:
        hits: every phrase of the pack that matched.
        read: the message as the detector read it.
        pack: the pack the phrases came from.
        markers: the stems of the pack's markers by name.
    """
    tell, writers, told_off = markers["told-to"], markers["told-writer"], markers["told-off"]
    words, sentence_of, told_of = read.words, read.sentence_of, markers["told-of"]
    saw = markers["staff-saw"]
    done_to_words, done_by = markers["done-to"], markers["done-by"]
    staff = {
        h.position
        for h in hits
        if h.phrase.kind is Kinds.GROUP
        and h.phrase.group == 0
        and pack.categories[h.phrase.category].id == ACCUSED
        and names_staff(h)
    }
    act_hits = [
        h
        for h in hits
        if h.phrase.kind is Kinds.GROUP
        and h.phrase.group > 0
        and pack.categories[h.phrase.category].id == ACCUSED
    ]
    acts = {k for h in act_hits for k in range(h.position, h.end)}
    acts_end = {h.end for h in act_hits}

    def telling(k: int) -> int | None:
        """Where what is told begins, when words[k] tells the writer ("told us", "tell me"; not
        "told me to…") or says ("says", "reported"); None when it does neither."""
        if words[k] in tell and words[k + 1] in writers:
            return None if k + 2 < len(words) and words[k + 2] in told_off else k + 2
        if words[k] in saw and not (k and words[k - 1] in done_to_words):  # not "been seen"
            return k + 2 if words[k + 1] in writers else k + 1
        return None

    def done_to(h: Hit) -> int | None:
        """Where whoever did it is named, when it is done to the staff member ("volunteers is
        being hit by her son": after "by"); None otherwise."""
        if not any(w in done_to_words for w in words[h.end : h.end + _DONE_GAP]):
            return None
        by = next(
            (k for k in range(h.end, min(h.end + _BY_GAP, len(words))) if words[k] in done_by),
            None,
        )
        # the act done just before "by" ("hit by", "pushed over by"; not "seen by a parent")
        if by is None or sentence_of[by] != h.sentence or not acts_end & {by, by - 1, by - 2}:
            return None
        return by + 1

    def teller(h: Hit) -> bool:
        if h.phrase.kind is not Kinds.GROUP or h.phrase.group != 0 or not names_staff(h):
            return False
        before = range(h.end, min(h.end + _TELL_GAP, len(words) - 1))
        # (no act of the item between the staff word and the telling: "the carer hit him and
        # says…" did it)
        before = range(h.end, next((k for k in before if k in acts), before.stop))
        start = next(
            (
                told
                for k in before
                if sentence_of[k] == h.sentence and (told := telling(k)) is not None
            ),
            None,
        )
        start = start if start is not None else done_to(h)
        if start is None or start >= len(words):
            return False
        # the first one named just after the telling is who did it ("…told me the manager
        # slapped a resident": the manager, not the resident)
        first = next(
            (
                p
                for p in range(start, min(start + _NAMED_GAP, len(words)))
                if sentence_of[p] == h.sentence
                and (p in read.persons or p in read.kin or words[p] in told_of or p in staff)
            ),
            None,
        )
        return (
            first is not None
            and (first in read.kin or words[first] in told_of)
            and first not in staff
            and not any(
                words[k] in markers["alleging"]
                for k in range(first + 1, len(words))
                if sentence_of[k] == h.sentence
            )
        )

    return [h for h in hits if not teller(h)]
