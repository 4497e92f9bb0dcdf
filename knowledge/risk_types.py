"""The values the risk check passes between its parts: what a phrase of the pack is for, a
compiled phrase and its places, a message as read, and where a phrase matched."""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from dataclasses import field
from enum import IntEnum
from typing import Final

from knowledge.contacts_pack import ContactRole
from knowledge.matching.text import stem
from knowledge.pack_values import Value
from knowledge.risk_pack import CaseMark, Concern
from knowledge.value_class import value_class

CONDITION_WORDS = (
    *("if", "when", "once", "after", "before", "even", "though", "although", "despite"),
    *("since", "while", "whilst", "unless", "given"),
)
"""First in a sentence, these open a condition ("If police find…, can they…?", "Even though
there's a court order, can we…?"), as typed; the detector and its openers read them."""


# Words the light stem would fold into another word of another meaning: each is read as its
# own stem instead, in the pack and in messages alike ("scared" is not a "scar", "in plaster" is
# not "plastered", "ended it with him" is not "end it", "kidney stones" not "stoned", "trapped his
# finger" not the drug dealer's "trap").
_OWN_STEMS = {
    **dict.fromkeys(("scare", "scared", "scares", "scaring"), "scare"),
    **{w: w for w in ("plastered", "stoned", "wasted", "cared", "caring", "ended", "trapped")},
    # being unwanted, not a wish: "does not want her parents told" is no "not wanted"
    "wanted": "wanted",
    # a service, not someone's house: "share her housing application with her key worker"
    "housing": "housing",
    # a place or a course, not a nurse: "her sister is in nursing school", "the nursing home"
    "nursing": "nursing",
    # a duty or a price, not charged with a crime: "the charge nurse", "in charge", "free of
    # charge" ("charged", "charges" still fold)
    "charge": "charge",
    # the body's parts, not anything private: "a private server", "our private block", "kept
    # private" ("private parts" is a cue of its own)
    "privates": "privates",
    # a contraction typed without its apostrophe reads as typed with it ("she's" is read "she",
    # "they're" "they are"): round 57, a phrase naming "she" lost "shes begging me not to tell"
    "hes": "he",
    "shes": "she",
    "theyre": "they",
    "youre": "you",
}


@functools.lru_cache(maxsize=8192)
def stem_word(word: str) -> str:
    """The light stem of `stem`, with a doubled final consonant undone (hitting -> hit); a word
    that would fold into another word of another meaning keeps a stem of its own."""
    if word in _OWN_STEMS:
        return _OWN_STEMS[word]
    base = stem(word)
    if len(base) >= 4 and base[-1] == base[-2] and base[-1] not in "lsz" and base[-1].isalpha():
        return base[:-1]
    return base


class Kind(IntEnum):
    """What a phrase of the pack is for."""

    CUE = 0
    TERM = 1
    GROUP = 2
    PEOPLE = 3
    GENERAL = 4
    CHILD = 5
    ADULT = 6
    FRAMING = 7
    ANY_PERSON = 8
    NEAR = 9
    CONDITIONAL = 10
    SIGNAL = 11
    TELLING = 12
    CONCLUDED = 13
    OCCASION = 14
    NAME = 15
    RECORD = 16
    KIND_OF = 17
    CLOSED = 18
    ENQUIRY = 19
    WORRY = 20
    SECRET = 21
    DECIDING = 22
    PERMISSION = 23
    THING = 24
    OWN_CASE = 25
    HEALTH_RISK = 26


class Kinds:
    """`Kind`'s members as a plain class's attributes, for the code that reads them at every
    hit: `EnumType` has a `__getattr__` (Python 3.11), which sends every `Kind.CUE` through
    the slow way of looking an attribute up, about 760 instructions more than here (a slow
    message's risk check read about 1,100 of them: docs/benchmarks.md, "Round 46")."""

    CUE: Final = Kind.CUE
    TERM: Final = Kind.TERM
    GROUP: Final = Kind.GROUP
    PEOPLE: Final = Kind.PEOPLE
    GENERAL: Final = Kind.GENERAL
    CHILD: Final = Kind.CHILD
    ADULT: Final = Kind.ADULT
    FRAMING: Final = Kind.FRAMING
    ANY_PERSON: Final = Kind.ANY_PERSON
    NEAR: Final = Kind.NEAR
    CONDITIONAL: Final = Kind.CONDITIONAL
    SIGNAL: Final = Kind.SIGNAL
    TELLING: Final = Kind.TELLING
    CONCLUDED: Final = Kind.CONCLUDED
    OCCASION: Final = Kind.OCCASION
    NAME: Final = Kind.NAME
    RECORD: Final = Kind.RECORD
    KIND_OF: Final = Kind.KIND_OF
    CLOSED: Final = Kind.CLOSED
    ENQUIRY: Final = Kind.ENQUIRY
    WORRY: Final = Kind.WORRY
    SECRET: Final = Kind.SECRET
    DECIDING: Final = Kind.DECIDING
    PERMISSION: Final = Kind.PERMISSION
    THING: Final = Kind.THING
    OWN_CASE: Final = Kind.OWN_CASE
    HEALTH_RISK: Final = Kind.HEALTH_RISK


SIGNS_ALONE = frozenset({Kind.CUE, Kind.TERM, Kind.SIGNAL, Kind.WORRY, Kind.SECRET})
"""The kinds of phrase that show a sign of harm alone (`risk_counted.categories_shown`,
`risk_openers`), as the readings that set signs aside count them."""


@value_class
class Words(Value):
    """One place in a cue: any of `single` words, or any of the `several`-word sequences."""

    single: frozenset[str]
    several: tuple[tuple[str, ...], ...] = ()
    firsts: frozenset[str] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        # The words this place can start with (for the index and the quick filter).
        firsts = self.single | {seq[0] for seq in self.several} if self.several else self.single
        object.__setattr__(self, "firsts", firsts)


Slot = Words | str
# A cue's slots that are no word (`knowledge.risk_phrases`, which a start that reads the detector
# from its snapshot does not import): any one word or none, and a gap of a few words.
ANY_WORD = "*"
GAP = "..."
MAX_GAP_WORDS = 4


def single_words(sets: Mapping[str, Words], *names: str) -> frozenset[str]:
    """The one-word entries of the named sets, together (a set the pack lacks adds none)."""
    return frozenset().union(*(sets[n].single for n in names if n in sets))


def speakers_of(sets: Mapping[str, Words]) -> frozenset[str]:
    """The nouns for those a signpost is for (children, relatives, people in care), less the
    nouns for staff ("carer"): who may say they cannot tell what happens to them."""
    return single_words(sets, "kid", "family", "adult") - single_words(sets, "staff")


STAFF_SET = "<staff>"
"""The named set a `together` item's first group names staff by (`Phrase.staff`)."""


@value_class
class Phrase(Value):
    """One compiled phrase of the pack and what it is for."""

    text: str
    slots: tuple[Slot, ...]
    kind: Kind
    category: int = -1  # index into the pack's categories, for cues, terms and groups
    item: int = -1  # for groups: which `together` (or `near`) item
    group: int = -1  # and which of its groups
    needs: tuple[frozenset[str], ...] = ()  # a word of each must be in the message
    single: bool = False  # one place of single words: found by its first word alone
    # for groups: the first group of its `together` item names staff by the `<staff>` set
    # (`knowledge.risk_staff_acts.names_staff`, asked of every such hit by five judging steps)
    staff: bool = False

    def possible(self, present: frozenset[str]) -> bool:
        """Whether the message has a word for every later place of the cue (a cheap filter)."""
        return not any(map(present.isdisjoint, self.needs))


@value_class
class Tokens(Value):
    """A message read into stemmed words, with their sentences and clauses."""

    words: list[str]
    sentence_of: list[int]
    clause_of: list[int]
    questions: frozenset[int]  # sentences that start with a question word
    marked: frozenset[int] = frozenset()  # sentences that end with a question mark
    plural: frozenset[int] = frozenset()  # where a noun for people is typed in the plural
    kin: frozenset[int] = frozenset()  # where a noun for relatives is ("family", "mum")
    persons: frozenset[int] = frozenset()  # where any noun for people is ("adult", "mum")
    breaks: frozenset[int] = frozenset()  # a telling clause's first word after a comma or dash
    quoted: frozenset[int] = frozenset()  # words inside quotation marks (`quoted_words`)


@value_class
class Hit(Value):
    """Where a phrase of the pack matched."""

    phrase: Phrase
    sentence: int
    clause: int
    position: int  # the index of the word the phrase starts at
    end: int = -1  # the index after its last word


@value_class
class RiskFinding(Value):
    """Why a message was taken as describing a risk of harm (pack ids and phrases, no text).

    Attributes:
        categories: the ids of the categories found, in pack order.
        concerns: whether the person at risk seems to be a child, an adult, or either.
        contacts: the contact roles to show, in order, without repeats.
        notes: the extra lines of the categories found.
        cues: the pack phrases that matched (for checking a pack; never the message's words).
        marks: the categories' `marks` (for an adult at risk, only those of `ADULT_MARKS`), none
            repeated.
        told: the tellings its message holds, of those the contacts pack's lines are named
            only when told (`Line.only_when_told`: risk pack markers; `dialogs.lines_told`).
    """

    categories: tuple[str, ...]
    concerns: Concern
    contacts: tuple[ContactRole, ...]
    notes: tuple[str, ...] = ()
    cues: tuple[str, ...] = field(default=(), compare=False)
    marks: tuple[CaseMark, ...] = field(default=(), compare=False)
    told: tuple[str, ...] = field(default=(), compare=False)


def sentence_end(read: Tokens, start: int) -> int:
    """The index after the last word of the sentence the word at `start` is in."""
    sentence, end = read.sentence_of[start], start
    while end < len(read.words) and read.sentence_of[end] == sentence:
        end += 1
    return end


def sentence_spans(read: Tokens) -> Iterator[tuple[int, int, int]]:
    """Each sentence of `read` in order, as (sentence, its first word, the index after its
    last word)."""
    start = 0
    while start < len(read.words):
        end = sentence_end(read, start)
        yield read.sentence_of[start], start, end
        start = end
