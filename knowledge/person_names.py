"""Words a message most likely uses as someone's name: typed capitalised, unknown as words.

A practitioner often names the person ("I'm worried about Tom in year 5") even when asked not
to. The risk check reads such a word as a person, as it reads "a pupil"; the privacy warning
reads two side by side as a full name. A capitalised word that starts a sentence is not taken
(any word may be capitalised there), nor one the assistant knows as a word, nor the days,
months, places and bodies a practitioner names in passing. Nothing here stores or logs text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from knowledge.pack_values import Value
from knowledge.value_class import value_class

if TYPE_CHECKING:
    from collections.abc import Iterator

CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:['\u2019]s)?\b")
_NOT_NAME_LIST = """monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december english british england
    wales scotland scottish welsh irish ireland northern britain london north south east west st
    saint city county borough council district town village street road university college
    academy primary secondary infant junior nursery school high trust hospital health service
    services team centre center unit ward clinic practice surgery police station court office home
    house care social children adult adults family youth early help safeguarding partnership board
    local authority government department ministry act acts guidance policy working together
    christmas easter bank holiday hi hello dear thanks thank please quick question sorry worried
    urgent god jesus allah"""
# Capitalised words that are not names, beyond the packs' own words. Redaction
# (bot/insight/redact.py) keeps its own shorter list on purpose: a word wrongly listed here costs
# a missed name, there a kept surname ("Ward", "Hall"). A deity is no one at risk nor anyone's
# doer: "my 5 year old … is cross with God" read God as a person beside the upset (round 57).
NOT_NAMES = frozenset(_NOT_NAME_LIST.split())
_OPENING_MARKS = frozenset(" \t\"'(\u2018\u201c")  # between a sentence's end and its first word
_LOOK_BACK = 6  # how far back to look for that end, so each word costs at most this
_SENTENCE_ENDS = frozenset(".!?:;\n")
_AROUND = 30  # characters read either side of a capitalised word for the words that tell a place
_PUNCTUATION = ".,!?:;\"'()\u2018\u2019\u201c\u201d"


def capitalised_words(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    """Each capitalised word of `text` in lower case without its "'s", with where it is."""
    for match in CAPITALISED.finditer(text):
        yield match[0].casefold().removesuffix("'s").removesuffix("\u2019s"), match


@value_class
class Places(Value):
    """The words that tell a capitalised word for a place (the risk pack's sets `place-before`,
    `place-goers` and `place-noun`), all in lower case."""

    before: frozenset[str] = frozenset()
    goers: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()


def names_in(
    text: str, known_words: frozenset[str], places: Places | None = None
) -> frozenset[str]:
    """The words of `text` (lower case) typed capitalised mid-sentence and unknown as words,
    nor told for a place by the words beside them (`Places`: "she went into Oakwood", "we are
    moving to Leeds", "I work on Rowan ward"; a possessive stays a name, "Tom's school").

    Args:
        text: what someone typed.
        known_words: words, in lower case, that are never taken for a name (the packs' own).
        places: the words that tell a place; None tells none.
    """
    names: set[str] = set()
    for word, match in capitalised_words(text):
        if word in known_words or word in NOT_NAMES or _starts_sentence(text, match.start()):
            continue
        if places is not None and _a_place(text, match, places):
            continue
        names.add(word)
    return frozenset(names)


def _a_place(text: str, match: re.Match[str], places: Places) -> bool:
    if match[0].endswith(("'s", "\u2019s")):
        return False
    before = [
        w.strip(_PUNCTUATION).lower()
        for w in text[max(0, match.start() - _AROUND) : match.start()].split()
    ]
    after = text[match.end() : match.end() + _AROUND].split()[:1]
    return bool(
        (before and before[-1] in places.before)
        or (before[-2:-1] and before[-1] == "to" and before[-2] in places.goers)
        or (after and after[0].strip(_PUNCTUATION).lower() in places.nouns)
    )


def full_name_in(
    text: str, known_words: frozenset[str], also_names: frozenset[str] = frozenset()
) -> bool:
    """Whether `text` has two capitalised words side by side mid-sentence read as a full name.

    Each word is unknown as a word, or a common name the packs also know as a word ("Sarah
    Smith", "Olivia Brown"); the first is not possessive ("Sarah's Law" is no one's name).

    Args:
        text: what someone typed.
        known_words: words, in lower case, that are never taken for a name (the packs' own).
        also_names: common names, in lower case, among `known_words` that are still names
            here (the risk pack's `also_names`).
    """
    previous: re.Match[str] | None = None
    for word, match in capitalised_words(text):
        if word in NOT_NAMES or (word in known_words and word not in also_names):
            previous = None
            continue
        if (
            previous is not None
            and match.start() == previous.end() + 1
            and text[previous.end()] == " "
            and not previous[0].endswith(("'s", "\u2019s"))
            and not _starts_sentence(text, previous.start())
        ):
            return True
        previous = match
    return False


def given_name_in(text: str, given_names: frozenset[str]) -> bool:
    """Whether `text` has a common given name typed capitalised just before another capitalised
    word, even one the packs know as a word ("Sarah Black", "Emma Green"): not a possessive
    ("Sarah's Law"), nor a saint ("St James Park"), nor a word that is no one's ("Sarah Street").

    Args:
        text: what someone typed.
        given_names: common given names, in lower case (the risk pack's `given_names`).
    """
    previous: re.Match[str] | None = None
    for word, match in capitalised_words(text):
        if (
            previous is not None
            and word not in NOT_NAMES
            and match.start() == previous.end() + 1
            and text[previous.end()] == " "
        ):
            return True
        given = word in given_names and not match[0].endswith(("'s", "\u2019s"))
        previous = match if given and not _after_saint(text, match.start()) else None
    return False


def _after_saint(text: str, start: int) -> bool:
    before = text[max(0, start - 8) : start].rstrip(" .").split()
    return bool(before) and before[-1].lower() in ("st", "saint")


def _starts_sentence(text: str, start: int) -> bool:
    j = start - 1
    while j >= 0 and text[j] in _OPENING_MARKS and start - j <= _LOOK_BACK:
        j -= 1
    return j < 0 or text[j] in _SENTENCE_ENDS
