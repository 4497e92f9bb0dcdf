"""An injury whose cause the message gives, and the cause is no harm done by someone.

"my son has a bruise from football", "a pupil cut his hand in DT", "a 2 year old stabbed another
toddler with a fork … two cuts under her eye": the writer says how the injury came about, and it
came about in a mishap (the pack's `mishap` set, after a word that gives a cause: "from", "in",
"playing"…) or in a small child's play with a peer (a blow by a child under five to "another"
child). The injury words of that sentence, and the small child's blow, are then not signs of
harm; every other sign in the message still counts ("a bruise from football and he's scared of
his dad" is signposted).

A signpost costs less than a miss, so the cause is not taken when the message doubts or repeats
it: a word of the pack's `doubt` set in the sentence ("again", "says", "apparently"), a word of
the `explain` family anywhere (a story, an excuse, an accident), a baby (a bruise on a baby is a
concern whatever the cause), or a relative before the blow ("her dad…"). Read once, word by word.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from knowledge.risk_types import Hit, Kind, Tokens, Words

__all__ = ["Causes", "ordinary_causes"]

_CAUSE_WINDOW = 6  # words after the injury word where its cause may be given
_GIVES_CAUSE = frozenset({"from", "in", "at", "dur", "play", "doing", "off", "on", "whil", "by"})
_YOUNG_AGES = frozenset({"1", "2", "3", "4", "one", "two", "three", "four"})
_AGE_WORDS = frozenset({"year", "yr", "yo"})
_OLD = "old"
_SMALL = frozenset({"toddler", "tot"})  # a child under five, by name
_PEER_BEFORE = frozenset({"another", "other"})
_DOER_WINDOW = 3  # words between the small child and the blow ("a 2 year old then bit")


@dataclass(frozen=True, slots=True)
class Causes:
    """The stemmed words the rule reads, as the pack's sets hold them.

    Attributes:
        injuries: words for an injury (the `injury` set).
        mishaps: ordinary causes of an injury (the `mishap` set: sports, falls, lessons).
        doubts: words that doubt or repeat a cause (the `doubt` set).
        noticed: words for noticing (the `noticed` set): where it was seen is not its cause.
        explaining: words about an explanation (the `explain` set).
        babies: words for a baby (the `baby` set).
        blows: words for a blow (the `hurt`, `strike` and `violent` sets).
        kids: nouns for children (the `kid` set).
        relatives: nouns for relatives (the `family` set).
    """

    injuries: frozenset[str]
    mishaps: frozenset[str]
    doubts: frozenset[str]
    noticed: frozenset[str]
    explaining: frozenset[str]
    babies: frozenset[str]
    blows: frozenset[str]
    kids: frozenset[str]
    relatives: frozenset[str]

    @classmethod
    def of(cls, sets: Mapping[str, Words]) -> Causes:
        """The words the rule reads, from the pack's compiled sets (a set it lacks is empty).

        Args:
            sets: the pack's sets, by name, as the detector compiled them.
        """

        def single(*names: str) -> frozenset[str]:
            return frozenset().union(*(sets[n].single for n in names if n in sets))

        return cls(
            injuries=single("injury"),
            mishaps=single("mishap"),
            doubts=single("doubt"),
            noticed=single("noticed"),
            explaining=single("explain"),
            babies=single("baby"),
            blows=single("hurt", "strike", "violent"),
            kids=single("kid"),
            relatives=single("family"),
        )


def ordinary_causes(hits: list[Hit], read: Tokens, words: Causes) -> list[Hit]:
    """The hits without the injury words of a sentence giving an ordinary cause for them.

    Args:
        hits: every phrase of the pack that matched, harm and context alike.
        read: the message as the detector read it.
        words: the words the rule reads.

    Returns:
        The hits that still count, in their order.
    """
    tokens = read.words
    if (
        (words.injuries.isdisjoint(tokens) and words.blows.isdisjoint(tokens))
        or not words.explaining.isdisjoint(tokens)
        or not words.babies.isdisjoint(tokens)
    ):
        return hits
    told: dict[int, int] = {}  # sentence -> where its first telling phrase starts
    for h in hits:
        if h.phrase.kind is Kind.TELLING:
            told[h.sentence] = min(h.position, told.get(h.sentence, h.position))
    doubted = {read.sentence_of[i] for i, w in enumerate(tokens) if w in words.doubts}
    seen: dict[int, int] = {}  # sentence -> where something was first noticed in it
    for i, w in enumerate(tokens):
        if w in words.noticed:
            seen.setdefault(read.sentence_of[i], i)
    caused: set[int] = set()  # sentences that give an injury an ordinary cause
    dropped: set[int] = set()  # the blows of a small child's play
    for i, word in enumerate(tokens):
        sentence = read.sentence_of[i]
        if told.get(sentence, i) < i or seen.get(sentence, i) < i or sentence in caused:
            continue  # a reported cause may be a story; where it was seen is not its cause
        if word in words.injuries and sentence not in doubted and _mishap_after(read, i, words):
            caused.add(sentence)
        elif word in words.blows and _play(read, i, words):
            caused.add(sentence)
            dropped.add(i)
    if not caused:
        return hits
    dropped.update(
        i for i, w in enumerate(tokens) if w in words.injuries and read.sentence_of[i] in caused
    )
    return [h for h in hits if h.phrase.category < 0 or h.position not in dropped]


def _mishap_after(read: Tokens, at: int, words: Causes) -> bool:
    """Whether a mishap is given as the cause of the injury at `at`, in its clause."""
    tokens, clause = read.words, read.clause_of[at]
    for j in range(at + 1, min(len(tokens), at + 1 + _CAUSE_WINDOW)):
        if read.clause_of[j] != clause:
            return False
        if tokens[j] in words.mishaps and (
            tokens[j - 1] in _GIVES_CAUSE or tokens[j - 1] in words.mishaps
        ):
            return True
    return False


def _play(read: Tokens, at: int, words: Causes) -> bool:
    """Whether the blow at `at` is a child under five's to another child, in one clause."""
    tokens, clause = read.words, read.clause_of[at]
    start = max(0, at - _DOER_WINDOW - 3)
    before = [j for j in range(start, at) if read.clause_of[j] == clause]
    if any(tokens[j] in words.relatives for j in range(0, at) if read.clause_of[j] == clause):
        return False
    small = any(tokens[j] in _SMALL or _young_age(tokens, j, at) for j in before)
    if not small:
        return False
    after = tokens[at + 1 : at + 4]
    return (
        len(after) >= 2
        and after[0] in _PEER_BEFORE
        and (after[1] in words.kids or after[1] in _SMALL or after[1] in _AGE_WORDS)
        and read.clause_of[at + 2] == clause
    )


def _young_age(tokens: list[str], j: int, before: int) -> bool:
    """Whether an age under five ("2 year old") starts at `j` and ends before `before`."""
    return (
        j + 2 < before
        and tokens[j] in _YOUNG_AGES
        and tokens[j + 1] in _AGE_WORDS
        and tokens[j + 2] == _OLD
    )
