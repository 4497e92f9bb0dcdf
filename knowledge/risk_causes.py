"""An injury whose cause the message gives, and the cause is no harm done by someone.

"my son has a bruise from football", "a pupil cut his hand in DT", "a 2 year old stabbed another
toddler with a fork … two cuts under her eye": the writer says how the injury came about, and it
came about in a mishap (the pack's `mishap` set, after a word that gives a cause: "from", "in",
"playing"…, a fall, or another child) or in small children's play (a child's blow in a
sentence about a child under five or their nursery). The injury words of that sentence, and the
child's blow, are then not signs of harm; every other sign in the message still counts ("a
bruise from football and he's scared of his dad" is signposted).

A signpost costs less than a miss, so the cause is not taken when the message doubts or repeats
it: a word of the pack's `doubt` or `fear` sets in the sentence ("again", "apparently",
"scared"), "another" bruise, a cause inside someone's reported words ("he says it was
football"), a word of the `explain` family anywhere (a story, an excuse, an accident), a baby (a
bruise on a baby is a concern whatever the cause), a blow before a fall ("pushed her and she
fell"), a relative named after the injury ("…, his stepdad was there"), a child struck ("my 3
year old was hit by…"), or a grown-up who struck or was struck ("her dad…"). Read once, word by
word.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial

from knowledge.risk_types import Hit, Kind, Tokens, Words, single_words

__all__ = ["Causes", "ordinary_causes"]

_CAUSE_WINDOW = 6  # words after the injury word where its cause may be given
_GIVES_CAUSE = frozenset({"from", "in", "at", "dur", "play", "doing", "off", "on", "whil", "by"})
_YOUNG_AGES = frozenset({"1", "2", "3", "4", "one", "two", "three", "four"})
_AGE_WORDS = frozenset({"year", "yr", "yo"})
_OLD = "old"
_PEER = frozenset({"another", "other"})  # "when another child knelt on it"
_SOMEONES = frozenset({"his", "her", "their"})  # "his stepdad": someone's relative
_PASSIVE = frozenset({"was", "were", "been", "being", "got", "get", "is", "are"})
_DOER_WINDOW = 6  # words back from a blow to the one who struck it ("another boy at pre-school")


@dataclass(frozen=True, slots=True)
class Causes:
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
        little: words for an early years setting (the `little` set: "nursery"), where a
            child's blow is play.
        results: words saying a blow left an injury (the `result` set: "left two cuts").
        blows: words for a blow (the `hurt`, `strike` and `violent` sets).
        kids: nouns for children (the `kid` set).
        relatives: nouns for relatives (the `family` set).
        grown: nouns for grown-ups (the `family`, `staff` and `adult` sets): not play.
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
            fallers=single("he", "kid", "small") | {"old", "i", "who"},
            small=single("small"),
            little=single("little"),
            results=single("result"),
            blows=single("hurt", "strike", "violent"),
            kids=single("kid"),
            relatives=single("family"),
            grown=single("family", "staff", "adult"),
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
    shape = _Shape.of(read, words)
    caused: set[int] = set()  # sentences that give an injury an ordinary cause
    dropped: set[int] = set()  # the blows of small children's play, and what they left
    played: dict[int, int] = {}  # sentence -> where its first play blow is
    for i, word in enumerate(tokens):
        sentence = read.sentence_of[i]
        if word in words.blows and _play(read, i, words, shape, sentence in played):
            played.setdefault(sentence, i)
            dropped.add(i)
        if word in words.injuries and shape.left_after(sentence, played.get(sentence, i)) < i:
            dropped.add(i)  # "stabbed another toddler … and left two cuts"
            continue
        if word not in words.injuries or sentence in caused or sentence in shape.doubted:
            continue
        if shape.seen.get(sentence, i) < i or (i and tokens[i - 1] in _PEER):
            continue  # "another bruise"; and "saw welts on her legs in PE": where it was seen
        if shape.kin_last.get(sentence, i) > i:
            continue  # "…from falling down the stairs, his stepdad was there"
        cause = _cause_after(read, i, words)
        if cause < 0 and shape.fall.get(sentence, i) < i and shape.blow.get(sentence, i) >= i:
            cause = shape.fall[sentence]  # "slipped off the slide … her wrist is broken"
        if cause >= 0 and told.get(sentence, cause) >= cause:
            caused.add(sentence)  # a cause inside someone's reported words may be a story
    if not caused and not dropped:
        return hits
    dropped.update(
        i for i, w in enumerate(tokens) if w in words.injuries and read.sentence_of[i] in caused
    )
    places = sorted(dropped)
    return [h for h in hits if h.phrase.category < 0 or not _spans(places, h.position, h.end)]


def _spans(places: list[int], start: int, end: int) -> bool:
    """Whether one of `places` (sorted) lies in [start, end)."""
    at = bisect.bisect_left(places, start)
    return at < len(places) and places[at] < max(end, start + 1)


@dataclass(frozen=True, slots=True)
class _Shape:
    """Where each sentence first doubts (or fears), notices, falls or strikes, and which name
    an early years setting, read in one pass (so every check is linear)."""

    doubted: frozenset[int]
    seen: dict[int, int]
    fall: dict[int, int]
    blow: dict[int, int]
    little: frozenset[int]  # sentences naming an early years setting
    results: dict[int, list[int]]  # sentence -> where it says a blow left something ("left")
    kin_last: dict[int, int]  # sentence -> its last relative of someone's ("his stepdad")

    def left_after(self, sentence: int, blow: int) -> int:
        """Where the sentence first says a blow left something after `blow`, or past it."""
        for at in self.results.get(sentence, ()):
            if at > blow:
                return at
        return 1 << 30

    @classmethod
    def of(cls, read: Tokens, words: Causes) -> _Shape:
        doubted: set[int] = set()
        seen: dict[int, int] = {}
        fall: dict[int, int] = {}
        blow: dict[int, int] = {}
        little: set[int] = set()
        results: dict[int, list[int]] = {}
        kin_last: dict[int, int] = {}
        tokens = read.words
        for i, word in enumerate(tokens):
            sentence = read.sentence_of[i]
            if word in words.doubts:
                doubted.add(sentence)
            if word in words.noticed:
                seen.setdefault(sentence, i)
            if word in words.falls and i and tokens[i - 1] in words.fallers:
                fall.setdefault(sentence, i)  # "she slipped", not "when it slipped"
            if word in words.blows:
                blow.setdefault(sentence, i)
            if word in words.little:
                little.add(sentence)
            if word in words.results:
                results.setdefault(sentence, []).append(i)
            if word in words.relatives and i and tokens[i - 1] in _SOMEONES:
                kin_last[sentence] = i  # "his stepdad", not "my son" nor "tell parents"
        return cls(frozenset(doubted), seen, fall, blow, frozenset(little), results, kin_last)


def _cause_after(read: Tokens, at: int, words: Causes) -> int:
    """Where an ordinary cause of the injury at `at` is given after it in its clause (a
    mishap after a word giving a cause, or another child), or -1."""
    tokens, clause = read.words, read.clause_of[at]
    for j in range(at + 1, min(len(tokens), at + 1 + _CAUSE_WINDOW)):
        if read.clause_of[j] != clause:
            return -1
        if tokens[j] in words.mishaps and (
            tokens[j - 1] in _GIVES_CAUSE or tokens[j - 1] in words.mishaps
        ):
            return j
        if (
            tokens[j] in _PEER
            and j + 1 < len(tokens)
            and tokens[j + 1] in words.kids
            and tokens[j + 1] not in words.relatives
        ):
            return j  # "fractured her wrist when another child knelt on it"
    return -1


def _play(read: Tokens, at: int, words: Causes, shape: _Shape, playing: bool) -> bool:
    """Whether the blow at `at` is small children's play: struck by a child under five ("a 2
    year old stabbed another toddler"), or by a child in a sentence about an early years setting
    ("another boy at pre-school keeps hitting him") or about small children's play already
    (`playing`: "my toddler bit back at the child who keeps biting him"). The nearest person
    before the blow is the child, and no grown-up is struck."""
    tokens, clause = read.words, read.clause_of[at]
    if at and tokens[at - 1] in _PASSIVE:
        return False  # "my 3 year old was hit by…": the one before the blow was struck
    young = playing or read.sentence_of[at] in shape.little
    for j in range(at - 1, max(-1, at - 1 - _DOER_WINDOW), -1):
        if read.clause_of[j] != clause:
            return False
        if _young_age(tokens, j - 2, at) or tokens[j] in words.small:
            young = True
            break
        if tokens[j] in words.grown:
            return False  # "the nursery worker hit him", "her brother kicked her"
        if tokens[j] in words.kids:
            break
    else:
        return False
    struck = range(at + 1, min(len(tokens), at + 5))
    return young and not any(
        tokens[k] in words.grown and read.clause_of[k] == clause for k in struck
    )


def _young_age(tokens: list[str], j: int, before: int) -> bool:
    """Whether an age under five ("2 year old") starts at `j` and ends before `before`."""
    return (
        j >= 0
        and j + 2 < before
        and tokens[j] in _YOUNG_AGES
        and tokens[j + 1] in _AGE_WORDS
        and tokens[j + 2] == _OLD
    )
