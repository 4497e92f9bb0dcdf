"""Readings of a short message that keep the learnt second opinion from taking it for harm:
a short question, a harm told again, a pointer back at the harm told, someone's answer told,
a role line alone (`dialogs.risk_reading.RiskReading.remark`)."""

from __future__ import annotations

import itertools

from knowledge.matching.text import WORD, words

SHORT_QUESTION_WORDS = 10
"""The learnt model is not asked about a question of fewer words, opening on a question word
and ending with "?", that the cues find nothing in: it asks, and tells of no harm ("is this the
girl from year 9?" fired; round 35, r1e35, tryout34). No development or brainstorm message of
that shape is one the model alone catches."""


def short_question(text: str, question_words: frozenset[str]) -> bool:
    """Whether `text` is a short question (`SHORT_QUESTION_WORDS`): it opens on one of
    `question_words` ("is", "who") and ends with "?"."""
    words = text.lower().split()
    return (
        0 < len(words) < SHORT_QUESTION_WORDS
        and words[0].strip("\"'(") in question_words
        and text.rstrip().endswith("?")
    )


def tells_anew(text: str, question_words: frozenset[str], anew: frozenset[str]) -> bool:
    """Whether `text` tells that a harm happened again: it holds a word of `anew` ("again"),
    no "?" nor "if", and does not open on one of `question_words` ("what", "can"); its words
    as the matcher reads them (`knowledge.matching.text.words`: "what's" is "whats")."""
    said = words(text)
    return (
        bool(said)
        and "?" not in text
        and said[0] not in question_words
        and "if" not in said
        and not anew.isdisjoint(said)
    )


ASKS_OF_IT_WORDS = 7
"""The most words of a question asking what the harm told before is ("does that sound like
grooming to you")."""


def points_back(text: str, back: frozenset[str]) -> bool:
    """Whether `text` holds a word of `back` ("it", "happened"), as typed: one that points back
    at the harm told before rather than naming what happened. True when `back` is empty."""
    return not back or not back.isdisjoint(WORD.findall(text.lower()))


def returned(text: str, came: frozenset[str], anew: frozenset[str]) -> bool:
    """Whether a word of `came` ("back") stands straight before one of `anew` ("again") in
    `text`: someone came back ("he's back again"), not back somewhere ("back at school again")."""
    said = WORD.findall(text.lower())
    return any(w in came and n in anew for w, n in itertools.pairwise(said))


def asks_of_it(
    text: str, opens: frozenset[str], pointers: frozenset[str], people: frozenset[str]
) -> bool:
    """Whether `text` is a short question asking what the harm told before is ("is that
    grooming", "would this count as neglect", "is it coercive control"; round 47, mend124): a
    word of `opens` first, one of `pointers` second, at most `ASKS_OF_IT_WORDS` words, and no
    word of `people` ("is it abuse if he hits her" tells more)."""
    said = WORD.findall(text.lower())
    return (
        2 < len(said) <= ASKS_OF_IT_WORDS  # an opener, a pointer and what is asked
        and said[0] in opens
        and said[1] in pointers
        and people.isdisjoint(said[2:])
    )


def said_answer(text: str, said: frozenset[str], answers: frozenset[str]) -> bool:
    """Whether a word of `said` ("said") stands straight before one of `answers` ("no") in
    `text`: someone's answer is told ("he said no", "mum says yes")."""
    told = WORD.findall(text.lower())
    return any(w in said and n in answers for w, n in itertools.pairwise(told))


def role_line(text: str, role_words: frozenset[str]) -> bool:
    """Whether `text` says only who the writer is: no "?", and every word of it, as typed, one
    of `role_words` ("night manager at a care home here"). False when `role_words` is empty."""
    told = WORD.findall(text.lower())
    return bool(told) and "?" not in text and role_words.issuperset(told)
