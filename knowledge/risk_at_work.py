"""Someone at work named only by their role: the one at risk, never the one an allegation is about.

Round 26 (miss26): "I have an employee who has threatened suicide" named no one the check knew as
a person, so nothing in it counted, while "I have a tenant who…" did. The pack's `any_person`
phrases naming the `at-work` set ("an employee", "a colleague", "one of my staff") make such a
message about someone, but only when nothing else does: an employer's question naming a child or
a relative is read as before. And then a sign of harm whose words hold the role does not count
(a `together` group of staff, "an allegation against a member of staff"): it names the role as
the one who did something, and an allegation needs the one it harmed named besides ("a volunteer
stepped down after an allegation" stays quiet).

Round 26 (fa-prac26), `use_at_work`: an employer or co-worker asking about "an employee using
drugs" or "a manager who did a line of coke at the work do" tells of an adult's own use, a matter
for their employer: no child, relative or person in care is named, so there is no one the use
puts at risk. The detector (`knowledge.risk.RiskDetector`), before it judges, drops the
substance and drug terms and signal words of a sentence naming a work role (the pack's
`work-role` set) when the whole message names no child, adult in care or relative; of the
exploitation terms, only those ending in a word of the pack's `drug-term` set ("drugs",
"dealing"; not "gang"), both stemmed once when the detector is built (`AtWork`). Cues keep
counting ("smelt of alcohol", "drunk … at pickup"), and so does every other family of signs;
"our nursery staff came in on drugs … with the babies" names the babies and is untouched.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_subjects import role_label
from knowledge.risk_types import Hit, Kinds, Tokens, Words, single_words

__all__ = ["AT_WORK", "AtWork", "at_work", "at_work_words", "use_at_work"]

AT_WORK = "<at-work>"
"""The set every `any_person` phrase naming someone at work names."""


def at_work(hits: list[Hit], about: set[int]) -> tuple[set[int], list[Hit]]:
    """The sentences about someone and the hits, without the roles' when `about` (the sentences
    naming someone else) has any; else the sentences naming someone at work by their role, and the
    hits without the signs of harm outside them or whose words hold the role: the role is
    someone where it is named, as a pronoun would be.

    A sign holding the role names it as who did something or whom a concern is about ("a
    volunteer … allegation", an allegation "against a member of staff"), not as the one at risk.
    """
    roles = [h for h in hits if _role(h)]
    if about:  # read as before the role was a person
        return about, [h for h in hits if not _role(h)]
    named = {i for h in roles for i in range(h.position, h.end)}
    sentences = {h.sentence for h in roles}
    return sentences, [
        h
        for h in hits
        if h.phrase.category < 0
        or (h.sentence in sentences and named.isdisjoint(range(h.position, h.end)))
    ]


def _role(hit: Hit) -> bool:
    return hit.phrase.kind is Kinds.ANY_PERSON and AT_WORK in hit.phrase.text


_SOMEONE = frozenset({Kinds.CHILD, Kinds.ADULT})
_WORDS = frozenset({Kinds.TERM, Kinds.SIGNAL})  # terms, and signal words (the `substance` family)


# What `use_at_work` reads: the stemmed words of the pack's `work-role` set, those of its
# `drug-term` set (the last words of an exploitation term that name a drug), and the indexes of
# the parental substance and exploitation categories in the pack (-1: none). A plain tuple: a
# class of its own would be made, and its values read back from the snapshot, at every start.
AtWork = tuple[frozenset[str], frozenset[str], int, int]


def at_work_words(sets: Mapping[str, Words], categories: tuple[str, ...]) -> AtWork:
    """The words and categories `use_at_work` reads, from the pack's compiled sets (a set it
    lacks is empty).

    Args:
        sets: the pack's sets, by name, as the detector compiled them.
        categories: the ids of the pack's categories, in order.
    """
    substance, exploitation = (
        categories.index(c) if c in categories else -1
        for c in ("parental-substance", "exploitation")
    )
    return (
        single_words(sets, "work-role"),
        single_words(sets, "drug-term"),
        substance,
        exploitation,
    )


def use_at_work(hits: list[Hit], read: Tokens, words: AtWork) -> list[Hit]:
    """The hits without the drink and drug terms and signal words of a sentence naming a work
    role, when the message names no child, adult in care or relative (see the module docstring).

    Args:
        hits: every phrase of the pack that matched, harm and context alike.
        read: the message as the detector read it.
        words: the pack's words and categories for it, as the detector built them.
    """
    if read.kin or any(h.phrase.kind in _SOMEONE for h in hits):
        return hits
    roles, drugs, substance, exploitation = words
    # The writer's own role opening the message ("drug worker, client is pregnant and still
    # using crack") names who writes, not whose use it is.
    label = role_label(read)
    working = {
        s
        for i, (w, s) in enumerate(zip(read.words, read.sentence_of, strict=True))
        if w in roles and i not in label
    }
    if not working:
        return hits

    def own_use(h: Hit) -> bool:
        if h.phrase.kind not in _WORDS or h.sentence not in working:
            return False
        family = h.phrase.category
        return family == substance or (family == exploitation and read.words[h.end - 1] in drugs)

    return [h for h in hits if not own_use(h)]
