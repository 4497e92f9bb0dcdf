"""Who does it: a teenager's drinking is not a parent's, a grown-up's caring not a young carer's.

Two categories read a doer into their words: parental substance misuse (a parent drinking) and
young carers (a child caring). Who does it decides, read as the nearest person named before the
word in its sentence; every other sign in the message still counts.

**Who drinks.** "our 16 year old daughter got drunk at a friend's party, should we ground her?",
"found cider in my 15 year old's bag, her friends all drink": the parental substance misuse cues
read any drink word about someone. A drink word (the pack's `alcohol` set) whose drinker (the
nearest person before it; after it when no one is before) is the young person or their friends
(the `kid`, `teen` and `own-age` sets, or "my 16 year old") is not a sign of parental substance
misuse, when the message names someone of 13 to 17 (an age, "year 9"-"year 13", or a `teen`
word) and no child younger. It stays a sign when someone else may be behind it or it is more
than one evening: a grown-up named in the sentence before it, or after it outside a question of
the writer's ("…said a man in a car gave her vodka", not "…should the school contact
parents?"); someone made them drunk ("got her drunk", "gave him cider"); it repeats (`often`:
"keeps", "every weekend", "most nights"); or it went further (`passed-out`: "unconscious").
Only the hits of the parental substance category ending at the drink word are set aside.

**Who cares.** "my husband has moved in to care for his mum after her stroke", "I look after my
elderly parents and do all their shopping": the young carer cues read any caring for a parent. A
young carer cue whose doer is a grown-up (the writer's "my"/"our" and a `family`, `adult` or
`staff` noun that is not also a child's: "my husband", "our neighbour"; an adult's age: "my son
is 30"; or "I", the writer, unless the message says "I am 12") is set aside; "her mum" before
it may be whom a child cares for, and is read past. A child, a child's age ("he's 9", "my 12
year old", "a 12 year old I support"), a brother or sister (either age), or no one named keeps
it.

Read once, word by word, and only when a drink word or a young carer hit is in the message; the
look-back from a word is bounded.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial

from knowledge.pack_values import Value
from knowledge.risk_pack import RiskPack
from knowledge.risk_subjects import question_stems
from knowledge.risk_types import Hit, Kind, Tokens, Words, single_words
from knowledge.risk_words import ADULT_AGE, age_in_word
from knowledge.value_class import value_class

__all__ = ["Doers", "by_doer", "doers_of"]

DRINKING = "parental-substance"
"""The pack category whose cues read a parent's drinking."""
CARING = "young-carer"
"""The pack category whose cues read a child's caring."""

_AGE_WORDS = frozenset({"year", "yr", "yrs", "years", "yo"})
_TEEN_AGES = range(13, 18)
_SCHOOL_YEARS = range(8, 14)  # "year 11 pupils": 12 to 18 years old
_PRONOUNS = frozenset({"he", "she", "they", "hes", "shes", "i", "we", "it"})
_MADE = frozenset({"her", "him", "them", "me", "us"})  # "got her drunk", "gave him cider"
_MOST = "most"  # "most nights": repeats; "most of her friends" does not
_TIMES = frozenset({"night", "day", "weekend", "evening", "morning", "week"})
_DRINKER_WINDOW = 20  # words back from a drink word to who drinks, in its sentence
_CARER_WINDOW = 12  # words back from a young carer hit to who cares, in its sentence
_SAYS_AGE = frozenset({"is", "am", "aged", "he", "she", "hes", "shes", "im"})  # "my son is 30"
_WRITER = "i"
_WRITER_IS = "im"  # "im 13" typed without the apostrophe is the writer giving an age
_RUN = "run"  # "the school run": a parent's errand
_A = "a"  # "i work at a school": a grown-up's workplace
_KNOW = "know"  # as stemmed: "no one knows i look after my mum"
_NO_ONE = ["no", "one"]
_OWN = frozenset({"my", "our"})  # the writer's relation: "my husband cares for his mum"
_SOMEONE = frozenset({"he", "she", "they", "hes", "shes", "old", "yo"})


@value_class
class Doers(Value):
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
        drinking: the index of the parental substance misuse category, or -1.
        caring: the index of the young carer category, or -1.
        young_writer: school words a child writes (the `young-writer` set).
        young_because: "cos" as a child types it before a bare "mum" (the `young-because` set).
        unknown_by: "nobody" before "knows i" (the `unknown-by` set).
    """

    drinks: frozenset[str]
    young: frozenset[str]
    teens: frozenset[str]
    grown: frozenset[str]
    often: frozenset[str]
    further: frozenset[str]
    questions: frozenset[str]
    drinking: int
    caring: int
    young_writer: frozenset[str]
    young_because: frozenset[str]
    unknown_by: frozenset[str]

    @classmethod
    def of(
        cls, sets: Mapping[str, Words], questions: frozenset[str], categories: tuple[str, ...]
    ) -> Doers:
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
            drinking=categories.index(DRINKING) if DRINKING in categories else -1,
            caring=categories.index(CARING) if CARING in categories else -1,
            young_writer=single("young-writer"),
            young_because=single("young-because"),
            unknown_by=single("unknown-by"),
        )


def doers_of(sets: Mapping[str, Words], pack: RiskPack) -> Doers:
    """The words the rule reads for `pack`, from its compiled sets."""
    return Doers.of(sets, question_stems(pack.question_words), tuple(c.id for c in pack.categories))


def by_doer(hits: list[Hit], read: Tokens, words: Doers) -> list[Hit]:
    """The hits without a teenager's own drinking read as a parent's, and without a grown-up's
    caring read as a young carer's.

    Args:
        hits: every phrase of the pack that matched, harm and context alike.
        read: the message as the detector read it.
        words: the words the rules read.

    Returns:
        The hits that still count, in their order.
    """
    return _grown_carers(_own_drinking(hits, read, words), read, words)


def _own_drinking(hits: list[Hit], read: Tokens, words: Doers) -> list[Hit]:
    """The hits without parental substance misuse read into a teenager's own drinking."""
    tokens = read.words
    if words.drinking < 0 or words.drinks.isdisjoint(tokens) or not _teenager(read, words):
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
    return [h for h in hits if h.phrase.category != words.drinking or h.end - 1 not in own]


def _grown_carers(hits: list[Hit], read: Tokens, words: Doers) -> list[Hit]:
    """The hits without the young carer cues whose doer is a grown-up (`together` items and
    terms, which name the child or say nothing of who cares, are kept)."""
    if words.caring < 0 or all(h.phrase.category != words.caring for h in hits):
        return hits
    tokens = read.words
    writer_young = any(
        (age := age_in_word(word)) is not None
        and age < ADULT_AGE
        and k
        and tokens[k - 1] in _SAYS_AGE
        and (_WRITER in tokens[max(0, k - 2) : k] or tokens[k - 1] == _WRITER_IS)
        for k, word in enumerate(tokens)
    ) or _writes_young(tokens, words)
    return [
        h
        for h in hits
        if h.phrase.category != words.caring
        or h.phrase.kind is not Kind.CUE
        or not _grown_doer(read, h.position, words, writer_young)
    ]


def _writes_young(tokens: list[str], words: Doers) -> bool:
    """Whether the writer writes as a child, with no age (round 51, miss176): a school word (not
    "school run", "a school"), a bare grown-up just after "cos" ("cos mum is disabled"), or
    "nobody knows i" / "no one knows i" (caring kept hidden)."""
    last = len(tokens) - 1
    for k, word in enumerate(tokens):
        after = tokens[k + 1] if k < last else ""
        if word in words.young_writer and after != _RUN and not (k and tokens[k - 1] == _A):
            return True
        if word in words.young_because and after in words.grown:
            return True
        if (
            word == _KNOW
            and after == _WRITER
            and k
            and (tokens[k - 1] in words.unknown_by or tokens[k - 2 : k] == _NO_ONE)
        ):
            return True
    return False


def _grown_doer(read: Tokens, at: int, words: Doers, writer_young: bool) -> bool:
    """Whether the nearest person named before `at`, in its sentence, is a grown-up: the writer's
    grown relation ("my husband"; "her mum" may be whom a child cares for, so it is read past),
    an adult's age ("my son is 30"), or the writer (`writer_young`: "I am 12" says not)."""
    tokens, sentence = read.words, read.sentence_of[at]
    for j in range(at - 1, max(-1, at - 1 - _CARER_WINDOW), -1):
        if read.sentence_of[j] != sentence:
            return False
        word = tokens[j]
        age = age_in_word(word)  # the one reader of a typed age: "30", "12yo", "9yrs"
        if age is not None and (
            not word.isdecimal()
            or (j and (tokens[j - 1] in _SAYS_AGE or tokens[j + 1] in _AGE_WORDS))
        ):
            return age >= ADULT_AGE  # "my son is 30", "he is 9", "a 12 year old", "a 12yo"
        if word == _WRITER:  # "a 12 year old I support does…": the child, not the writer
            return not writer_young and not (
                j and (tokens[j - 1] in words.young or tokens[j - 1] in _SOMEONE)
            )
        if word in words.grown and j and tokens[j - 1] in _OWN:
            return True  # "my husband …": "her mum" may be whom someone else cares for
        if word in words.young or word in _SOMEONE:
            return False  # a child, or someone the sentence named before ("…and he does all…")
    return False


def _teenager(read: Tokens, words: Doers) -> bool:
    """Whether the message names someone of 13 to 17, and no child younger."""
    tokens = read.words
    teen = not words.teens.isdisjoint(tokens)
    for i, word in enumerate(tokens):
        age = age_in_word(word)  # "16 year old", "16yo" (round 37: "my 15yo got drunk")
        if age is None:
            continue
        if not word.isdecimal() or (i + 1 < len(tokens) and tokens[i + 1] in _AGE_WORDS):
            if age not in _TEEN_AGES:
                return False
            teen = True
        elif i and tokens[i - 1] == "year" and age in _SCHOOL_YEARS:
            teen = True
    return teen


def _sentences_kept(read: Tokens, words: Doers) -> set[int]:
    """The sentences where drinking repeats or went further ("every weekend", "unconscious")."""
    tokens = read.words
    return {
        read.sentence_of[i]
        for i, word in enumerate(tokens)
        if word in words.often
        or word in words.further
        or (word == _MOST and i + 1 < len(tokens) and tokens[i + 1] in _TIMES)
    }


def _drinker_young(read: Tokens, at: int, words: Doers) -> bool:
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


def _grown_ups_behind(read: Tokens, words: Doers) -> set[int]:
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
