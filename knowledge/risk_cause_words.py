"""The words the ordinary-cause rule (`knowledge.risk_causes`) reads, from the pack's sets."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial

from knowledge.pack_values import Value
from knowledge.risk_types import Words, single_words
from knowledge.value_class import value_class

__all__ = ["NAMING", "PEER", "WELL", "Causes", "unwell"]

WELL = frozenset({"fine", "ok", "okay", "alright", "unhurt"})
"""Words saying the one hurt is well ("but she seems fine now")."""
PEER = frozenset({"another", "other"})
"""Words before a child that make them another child ("when another child knelt on it")."""
NAMING = frozenset({"the", "a", "an"})
"""Words before a noun that make it a thing, not a blow ("at the end of term", "a glass of")."""
_NOT_REACH = 2  # "not fine", "doesnt seem ok"


def unwell(tokens: list[str], at: int, negations: frozenset[str]) -> bool:
    """Whether the word at `at` of `tokens` denies that the one hurt is well: a word of `WELL`
    with one of `negations` up to two words before ("shes not fine", "doesnt seem ok"), which
    doubts that the mishap told was all (round 42, fa44)."""
    return tokens[at] in WELL and not negations.isdisjoint(tokens[max(0, at - _NOT_REACH) : at])


@value_class
class Causes(Value):
    """The stemmed words the rule reads, as the pack's sets hold them.

    Attributes:
        injuries: words for an injury (the `injury` set).
        mishaps: ordinary causes of an injury (the `mishap` set: sports, falls, lessons).
        doubts: words that doubt or repeat a cause, or fear (the `doubt` and `fear` sets).
        noticed: words for noticing (the `noticed` set): where it was seen is not its cause.
        explaining: words about an explanation (the `explain` set).
        babies: words for a baby (the `baby` set).
        falls: words for a fall (the `fall` set): a cause, before or after the injury.
        fallers: the words before a fall that say a person fell ("she", "a 2 year old").
        small: words for a child under five (the `small` set: "toddler").
        little: words for an early years setting (`little`: "nursery"), where a blow is play.
        results: words saying a blow left an injury (the `result` set: "left two cuts").
        blows: words for a blow (the `hurt`, `strike` and `violent` sets).
        violence: the `violent` set; one after "the" or "a" names a thing ("the end of term").
        kids: nouns for children (the `kid` set).
        relatives: nouns for relatives (the `family` set).
        grown: nouns for grown-ups (the `family`, `staff` and `adult` sets) and "someone"
            (`unnamed-doer`, round 56: "a toddler screaming and someone hitting them"): not play.
        accidents: what one does to one's own body by accident (`accident`: "bumped").
        bodies: parts of the body (the `body` set).
        someone: words for who had the accident (pronouns and nouns for people).
        male: words for a boy or a man (the `male` set), whose own part is "his".
        female: words for a girl or a woman (the `female` set), whose own part is "her".
        paperwork: what an `explain` word before it names ("accident form").
        kinds: what an `explain` word after it names (`accident-kind`: "car accident").
        recorded: what names an accident's paperwork before a `paperwork` word
            (`accident-record`: "accident form"; round 42).
        kin_told: words before "his"/"her" relative that make the relative one to be told
            (`kin-told`: "tell her daughter"; round 42), not one who was there.
        negations: words that deny (the `not` set): "not fine" doubts a cause (round 42).
    """

    injuries: frozenset[str]
    mishaps: frozenset[str]
    doubts: frozenset[str]
    noticed: frozenset[str]
    explaining: frozenset[str]
    babies: frozenset[str]
    falls: frozenset[str]
    fallers: frozenset[str]
    small: frozenset[str]
    little: frozenset[str]
    results: frozenset[str]
    blows: frozenset[str]
    kids: frozenset[str]
    relatives: frozenset[str]
    grown: frozenset[str]
    accidents: frozenset[str] = frozenset()
    bodies: frozenset[str] = frozenset()
    someone: frozenset[str] = frozenset()
    male: frozenset[str] = frozenset()
    female: frozenset[str] = frozenset()
    paperwork: frozenset[str] = frozenset()
    violence: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    recorded: frozenset[str] = frozenset()
    kin_told: frozenset[str] = frozenset()
    negations: frozenset[str] = frozenset()

    @classmethod
    def of(cls, sets: Mapping[str, Words]) -> Causes:
        """The words the rule reads, from the pack's compiled sets (a set it lacks is empty).

        Args:
            sets: the pack's sets, by name, as the detector compiled them.
        """
        single = partial(single_words, sets)
        return cls(
            injuries=single("injury"),
            mishaps=single("mishap"),
            doubts=single("doubt", "fear"),
            noticed=single("noticed"),
            explaining=single("explain"),
            babies=single("baby"),
            falls=single("fall"),
            fallers=single("he", "kid", "small", "family", "adult") | {"old", "i", "who"},
            small=single("small"),
            little=single("little"),
            results=single("result"),
            blows=single("hurt", "strike", "violent"),
            kids=single("kid"),
            relatives=single("family"),
            grown=single("family", "staff", "adult", "unnamed-doer"),
            accidents=single("accident"),
            bodies=single("body"),
            someone=single("he", "kid", "small", "adult", "folk", "family", "staff") | {"i"},
            male=single("male"),
            female=single("female"),
            paperwork=single("paperwork"),
            violence=single("violent"),
            kinds=single("accident-kind"),
            recorded=single("accident-record"),
            kin_told=single("kin-told"),
            negations=single("not"),
        )
