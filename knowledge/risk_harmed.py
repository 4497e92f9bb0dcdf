"""Who harmed whom: blows that are not harm by someone to someone the signpost is for.

A blow whose object is a member of staff ("a year 7 punched a teacher", "kicked one of our
TAs") tells of harm done to staff by someone in their care: a question of behaviour or
exclusion, not of protection. Its words are not signs of harm, unless a relative comes before
it in the sentence ("her dad punched a teacher in the playground"), who may harm the child too.
A blow an animal struck ("the dog bit her", "'Thomas attacked me' … Thomas is the family cat":
a name the message says is an animal) is not harm done by someone. Every other sign in the
message still counts. Read once, word by word.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial

from knowledge.risk_types import Hit, Tokens, Words, single_words

__all__ = ["Harmed", "harm_to_others"]

_ARTICLES = frozenset({"a", "an"})
_ONE_OF = ("one", "of")
_MEMBER_OF = ("member", "of")
_BEING = frozenset({"is", "was", "are", "were"})
_BEFORE_ANIMAL = frozenset({"a", "an", "family", "pet", "old", "little", "big", "new"})
_PRONOUNS = frozenset({"he", "she", "they", "it", "that", "this", "who", "which", "there"})
_GRANDMOTHER = frozenset({"nanny"})  # a nanny, or a nan


@dataclass(frozen=True, slots=True)
class Harmed:
    """The stemmed words the rule reads, as the pack's sets hold them.

    Attributes:
        blows: words for a blow ("punched", "kicked"): the `hurt` and `strike` sets.
        staff: nouns for staff (the `staff` set).
        not_staff: nouns that also name a relative, a child or a part of the body ("carer",
            "head"), which a blow may strike without striking staff.
        relatives: nouns for relatives (the `family` set).
        pointing: words pointing at someone (the `det` set).
        animals: nouns for animals (the `animal` set).
    """

    blows: tuple[frozenset[str], ...]
    staff: frozenset[str]
    not_staff: tuple[frozenset[str], ...]
    relatives: frozenset[str]
    pointing: frozenset[str]
    animals: frozenset[str] = frozenset()

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
        )

    def is_blow(self, word: str) -> bool:
        """Whether `word` is a word for a blow."""
        return any(word in words for words in self.blows)

    def is_staff(self, word: str) -> bool:
        """Whether `word` names staff and nothing else a blow may strike."""
        return word in self.staff and not any(word in words for words in self.not_staff)


def harm_to_others(hits: list[Hit], read: Tokens, words: Harmed) -> list[Hit]:
    """The hits without the signs of harm in a blow to a member of staff or by an animal.

    Args:
        hits: every phrase of the pack that matched, harm and context alike.
        read: the message as the detector read it.
        words: the words the rule reads.

    Returns:
        The hits that still count, in their order.
    """
    spans = _blows_to_staff(read, words) + [(i, i + 1) for i in _blows_by_animals(read, words)]
    if not spans:
        return hits
    return [
        h
        for h in hits
        if h.phrase.category < 0 or not any(start <= h.position < end for start, end in spans)
    ]


def _blows_to_staff(read: Tokens, words: Harmed) -> list[tuple[int, int]]:
    """Where a blow is followed by the member of staff it struck: (blow, after the noun)."""
    tokens = read.words
    spans: list[tuple[int, int]] = []
    relative_in: set[int] = set()  # sentences where a relative was named so far
    for i, word in enumerate(tokens):
        sentence = read.sentence_of[i]
        if word in words.relatives:
            relative_in.add(sentence)
            continue
        if sentence in relative_in or not words.is_blow(word):
            continue
        j = i + 1
        if tuple(tokens[j : j + 2]) == _ONE_OF:
            j += 2
        if j < len(tokens) and (tokens[j] in _ARTICLES or tokens[j] in words.pointing):
            j += 1
        if tuple(tokens[j : j + 2]) == _MEMBER_OF:
            j += 2
        if j < len(tokens) and words.is_staff(tokens[j]) and read.sentence_of[j] == sentence:
            spans.append((i, j + 1))
    return spans


def _blows_by_animals(read: Tokens, words: Harmed) -> list[int]:
    """Where a blow follows an animal: its noun, or a name the message says is one."""
    if words.animals.isdisjoint(read.words):
        return []
    tokens = read.words
    animals = set(words.animals)
    before_noun = _BEFORE_ANIMAL | words.pointing
    for i, word in enumerate(tokens[:-2]):
        if tokens[i + 1] in _BEING and word not in words.pointing and word not in _PRONOUNS:
            j = i + 2
            while j < len(tokens) and j < i + 5 and tokens[j] in before_noun:
                j += 1
            if j < len(tokens) and tokens[j] in words.animals:
                animals.add(word)
    return [
        i for i, word in enumerate(tokens) if i and words.is_blow(word) and tokens[i - 1] in animals
    ]
