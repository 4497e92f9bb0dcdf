"""The words the rule of who harmed whom reads (`knowledge.risk_harmed`), as the risk pack's
compiled sets hold them: blows, staff, relatives, animals, children and their scuffles.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial

from knowledge.pack_values import Value
from knowledge.risk_types import Words, single_words
from knowledge.value_class import value_class

_GRANDMOTHER = frozenset({"nanny"})  # a nanny, or a nan


@value_class
class Harmed(Value):
    """The stemmed words the rule reads, as the pack's sets hold them.

    Attributes:
        blows: words for a blow ("punched", "kicked"): the `hurt` and `strike` sets.
        staff: nouns for staff (the `staff` set).
        not_staff: nouns that also name a relative, a child or a part of the body ("carer",
            "head"), which a blow may strike without striking staff.
        relatives: nouns for relatives (the `family` set).
        pointing: words pointing at someone (the `det` set).
        animals: nouns for animals (the `animal` set).
        scuffles: the blows children trade (the `scuffle` set: "pushed", "kicked").
        kids: nouns for children (the `kid` set).
        peers: nouns that name a child as one of others by themselves ("classmate", "teammate":
            the `peer` set), with no "another" or "in his class" needed.
        grown: nouns for grown-ups, and for relatives that are not also children (the
            `family`, `staff` and `adult` sets, less the `kid` set's "son", "sister"), and
            "someone" (the `unnamed-doer` set, round 56): no child named as one of others.
        older: words saying a child is older or one of a gang (the `older-child` set).
        doubts: words that repeat or fear (the `doubt` and `fear` sets).
        places: nouns for where children are together (the `peer-place` set: "class").
        acts: what someone does to someone (the `hurt`, `strike` and `conduct` sets).
        bids: what someone asks of someone (the `bid` set: "asked him to keep it a secret"): an
            act only in a cue that goes on to a word of the `secrecy` set.
        secrecy: words for a secret kept (the `secrecy` set: "secret", "tell").
        named: nouns for people who are not staff (the `kid`, `adult` and `family` sets, less
            the `staff` set's "carer").
        injuries: words for an injury (the `injury` set): after an animal, its own or its doing.
        tellings: words for telling (the `told` set): a child before one told of the blow.
    """

    blows: tuple[frozenset[str], ...]
    staff: frozenset[str]
    not_staff: tuple[frozenset[str], ...]
    relatives: frozenset[str]
    pointing: frozenset[str]
    animals: frozenset[str] = frozenset()
    scuffles: frozenset[str] = frozenset()
    kids: frozenset[str] = frozenset()
    peers: frozenset[str] = frozenset()
    grown: frozenset[str] = frozenset()
    older: frozenset[str] = frozenset()
    doubts: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    acts: frozenset[str] = frozenset()
    bids: frozenset[str] = frozenset()
    secrecy: frozenset[str] = frozenset()
    named: frozenset[str] = frozenset()
    injuries: frozenset[str] = frozenset()
    tellings: frozenset[str] = frozenset()

    @classmethod
    def of(cls, sets: Mapping[str, Words]) -> Harmed:
        """The words the rule reads, from the pack's compiled sets (a set it lacks is empty).

        Args:
            sets: the pack's sets, by name, as the detector compiled them.
        """
        single = partial(single_words, sets)
        return cls(
            blows=(single("hurt"), single("strike")),
            staff=single("staff"),
            not_staff=(single("family"), single("body"), single("kid"), _GRANDMOTHER),
            relatives=single("family"),
            pointing=single("det"),
            animals=single("animal"),
            scuffles=single("scuffle"),
            kids=single("kid"),
            peers=single("peer"),
            grown=single("family", "staff", "adult", "unnamed-doer") - single("kid"),
            older=single("older-child"),
            doubts=single("doubt", "fear"),
            places=single("peer-place"),
            acts=single("hurt", "strike", "conduct"),
            bids=single("bid"),
            secrecy=single("secrecy"),
            named=single("kid", "adult", "family") - single("staff"),
            injuries=single("injury"),
            tellings=single("told"),
        )

    def is_blow(self, word: str) -> bool:
        """Whether `word` is a word for a blow."""
        return any(word in words for words in self.blows)

    def is_staff(self, word: str) -> bool:
        """Whether `word` names staff and nothing else a blow may strike."""
        return word in self.staff and not any(word in words for words in self.not_staff)
