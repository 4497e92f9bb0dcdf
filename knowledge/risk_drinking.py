"""Who drinks: a teenager's own drinking is not a parent's substance misuse.

"our 16 year old daughter got drunk at a friend's party, should we ground her?", "found cider in
my 15 year old's bag, her friends all drink": the parental substance misuse cues read any drink
word about someone, so a parent asking how to handle a teenager's drinking was signposted as a
child at risk from a parent's drinking. Who drinks decides: a drink word (the pack's `alcohol`
set) whose drinker, the nearest person named before it in its sentence, is the young person or
their friends (the `kid`, `teen` and `own-age` sets, or "my 16 year old") is not a sign of
parental substance misuse, when the message names someone of 13 to 17 (an age, "year 9"-"year
13", or a `teen` word) and no child younger.

It stays a sign when someone else may be behind it or it is more than one evening: a grown-up
named in the sentence before it, or after it outside a question of the writer's ("…said a man in a
car gave her vodka", not "…should the school contact parents?"); someone made them drunk ("got
her drunk", "gave him cider"); it repeats (`often`: "keeps", "every weekend", "most nights");
or it went further (`passed-out`: "unconscious", "collapsed"). Only the hits of the parental
substance category ending at the drink word are set aside; every other sign still counts.
Read once, word by word, and only when a drink word is in the message.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial

from knowledge.matching.text import stem
from knowledge.risk_pack import RiskPack
from knowledge.risk_types import Hit, Tokens, Words, single_words

__all__ = ["OwnDrinking", "drinking_of", "own_drinking"]

CATEGORY = "parental-substance"
"""The pack category whose cues read a parent's drinking."""

_AGE_WORDS = frozenset({"year", "yr", "yrs", "years", "yo"})
_TEEN_AGES = range(13, 18)
_SCHOOL_YEARS = range(8, 14)  # "year 11 pupils": 12 to 18 years old
_PRONOUNS = frozenset({"he", "she", "they", "hes", "shes", "i", "we", "it"})
_MADE = frozenset({"her", "him", "them", "me", "us"})  # "got her drunk", "gave him cider"
_MOST = "most"  # "most nights": repeats; "most of her friends" does not
_TIMES = frozenset({"night", "day", "weekend", "evening", "morning", "week"})
_DRINKER_WINDOW = 20  # words back from a drink word to who drinks, in its sentence


@dataclass(frozen=True, slots=True)
class OwnDrinking:
    """The stemmed words the rule reads, as the pack's sets hold them.

    Attributes:
        drinks: words for drink and drinking (the `alcohol` set).
        young: nouns for a young person or their friends (the `kid`, `teen` and `own-age` sets).
        teens: words naming a teenager without an age (the `teen` set).
        grown: nouns for grown-ups and older people (the `family`, `adult`, `staff` and
            `older-child` sets, less the `kid` and `teen` sets).
        often: words saying it repeats (the `often` set).
        further: words saying it went further than drinking (the `passed-out` set).
        questions: the question words, as the detector reads them.
        category: the index of the parental substance misuse category, or -1.
    """

    drinks: frozenset[str]
    young: frozenset[str]
    teens: frozenset[str]
    grown: frozenset[str]
    often: frozenset[str]
    further: frozenset[str]
    questions: frozenset[str]
    category: int

    @classmethod
    def of(
        cls, sets: Mapping[str, Words], questions: frozenset[str], categories: tuple[str, ...]
    ) -> OwnDrinking:
        """The words the rule reads, from the pack's compiled sets (a set it lacks is empty).

        Args:
            sets: the pack's sets, by name, as the detector compiled them.
            questions: the question words, stemmed as the detector reads them.
            categories: the ids of the pack's categories, in order.
        """
        single = partial(single_words, sets)
        return cls(
            drinks=single("alcohol"),
            young=single("kid", "teen", "own-age"),
            teens=single("teen"),
            grown=single("family", "adult", "staff", "older-child") - single("kid", "teen"),
            often=single("often"),
            further=single("passed-out"),
            questions=questions,
            category=categories.index(CATEGORY) if CATEGORY in categories else -1,
        )


def drinking_of(sets: Mapping[str, Words], pack: RiskPack) -> OwnDrinking:
    """The words the rule reads for `pack`, from its compiled sets."""
    return OwnDrinking.of(
        sets,
        frozenset(stem(w) for w in pack.question_words),
        tuple(c.id for c in pack.categories),
    )


def own_drinking(hits: list[Hit], read: Tokens, words: OwnDrinking) -> list[Hit]:
    """The hits without parental substance misuse read into a teenager's own drinking.

    Args:
        hits: every phrase of the pack that matched, harm and context alike.
        read: the message as the detector read it.
        words: the words the rule reads.

    Returns:
        The hits that still count, in their order.
    """
    tokens = read.words
    if words.category < 0 or words.drinks.isdisjoint(tokens) or not _teenager(read, words):
        return hits
    kept = _sentences_kept(read, words)
    behind = _grown_ups_behind(read, words)
    own = {
        i
        for i, word in enumerate(tokens)
        if word in words.drinks
        and read.sentence_of[i] not in kept
        and not (i and tokens[i - 1] in _MADE)
        and i not in behind
        and _drinker_young(read, i, words)
    }
    if not own:
        return hits
    return [h for h in hits if h.phrase.category != words.category or h.end - 1 not in own]


def _teenager(read: Tokens, words: OwnDrinking) -> bool:
    """Whether the message names someone of 13 to 17, and no child younger."""
    tokens = read.words
    teen = not words.teens.isdisjoint(tokens)
    for i, word in enumerate(tokens[:-1]):
        if not word.isdigit():
            continue
        if tokens[i + 1] in _AGE_WORDS:
            if int(word) not in _TEEN_AGES:
                return False
            teen = True
        elif i and tokens[i - 1] == "year" and int(word) in _SCHOOL_YEARS:
            teen = True
    return teen


def _sentences_kept(read: Tokens, words: OwnDrinking) -> set[int]:
    """The sentences where drinking repeats or went further ("every weekend", "unconscious")."""
    tokens = read.words
    return {
        read.sentence_of[i]
        for i, word in enumerate(tokens)
        if word in words.often
        or word in words.further
        or (word == _MOST and i + 1 < len(tokens) and tokens[i + 1] in _TIMES)
    }


def _drinker_young(read: Tokens, at: int, words: OwnDrinking) -> bool:
    """Whether the nearest person named before the drink word at `at`, in its sentence (or
    after it, when no one is named before), is a young person or their friends ("my 16 year
    old", "her friends"), not a grown-up."""
    tokens, sentence = read.words, read.sentence_of[at]
    before = range(at - 1, max(-1, at - 1 - _DRINKER_WINDOW), -1)
    after = range(at + 1, min(len(tokens), at + 1 + _DRINKER_WINDOW))
    for places in (before, after):  # no one before: whose it is ("vodka in my 16 year old's bag")
        for j in places:
            if read.sentence_of[j] != sentence:
                break
            word = tokens[j]
            if word == "old" and j and tokens[j - 1] in _AGE_WORDS:
                return True  # "my 15 year old"
            if word in words.grown:
                return False
            if word in words.young or word == "yo":
                return True
    return False


def _grown_ups_behind(read: Tokens, words: OwnDrinking) -> set[int]:
    """The places of the words with a grown-up named in their sentence: before them, or after
    them with no question word between in a sentence that asks ("…and said a man gave her
    vodka", "…to forget what her stepdad did", not "…, should the school contact parents?").
    Two passes over the words, whatever their number."""
    tokens, sentence_of = read.words, read.sentence_of
    asks = read.questions | read.marked
    behind: set[int] = set()
    seen = -1  # the last sentence where a grown-up was named so far
    for i, word in enumerate(tokens):
        if seen == sentence_of[i]:
            behind.add(i)
        if word in words.grown:
            seen = sentence_of[i]
    ahead = -1  # the sentence of a grown-up named later, with no question word between
    for i in range(len(tokens) - 1, -1, -1):
        sentence = sentence_of[i]
        if ahead != sentence:
            ahead = -1
        if ahead == sentence:
            behind.add(i)
        if tokens[i] in words.grown:
            ahead = sentence
        elif sentence in asks and tokens[i] in words.questions:
            ahead = -1
    return behind
