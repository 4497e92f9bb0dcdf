"""The hits the risk check sets aside before it weighs them: words that are no sign of harm where
they stand.

Helpers of `knowledge.risk_finding.judge`, each a filter over the phrases the detector found: a
phrase of harm read across a clause end ("at my wits' end, it's all…" holds no "end it all"), the
writer's role opening the message read as staff an allegation is about ("support worker: a client
wants…"), the writer asking whether to tell read as what someone said ("how do I tell a mum…?"),
a noun for people that names a thing ("our child protection policy"), a signal word inside
words naming who someone is ("her adult daughter"), and one describing a plain thing ("the empty
bottles").
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from knowledge.risk_subjects import role_label
from knowledge.risk_telling import asked_by_writer
from knowledge.risk_types import Hit, Kinds, Tokens

__all__ = [
    "in_one_clause",
    "not_asked_by_writer",
    "not_describing",
    "not_labels",
    "not_naming",
    "writer_not_staff",
]

_GAPLESS = re.compile(r"[^.*]*")  # a phrase with no gap ("..." or "*") in it
_STAFF = "<staff>"  # the set a `together` group names staff by


def in_one_clause(hits: list[Hit], read: Tokens) -> list[Hit]:
    """The hits without a phrase of the pack's kinds of harm whose words follow one another,
    with no gap, across a clause: "at my wits' end, it's all…" holds no "end it all"."""
    return [
        h
        for h in hits
        if h.phrase.category < 0
        or read.clause_of[h.end - 1] == h.clause
        or not _GAPLESS.fullmatch(h.phrase.text)
    ]


def writer_not_staff(hits: list[Hit], read: Tokens) -> list[Hit]:
    """The hits without the words of the writer's role opening the message ("support worker:
    a client wants…", "junior cricket coach - can I…") in a `together` item pairing staff with
    what they did: the role is who writes, not the member of staff an allegation is about."""
    label = role_label(read)
    if not label:
        return hits
    items = {
        (h.phrase.category, h.phrase.item)
        for h in hits
        if h.phrase.kind is Kinds.GROUP and _STAFF in h.phrase.text
    }
    return [
        h
        for h in hits
        if not (
            h.phrase.kind is Kinds.GROUP
            and h.position in label
            and (h.phrase.category, h.phrase.item) in items
        )
    ]


def not_asked_by_writer(hits: list[Hit], read: Tokens) -> list[Hit]:
    """The hits without the `telling` phrases of the writer asking how or whether to tell
    ("how do I tell a mum at the gate that her daughter has nits?"): they report nothing anyone
    said."""
    asked = read.questions | read.marked
    return [
        h
        for h in hits
        if not (
            h.phrase.kind is Kinds.TELLING
            and h.sentence in asked
            and asked_by_writer(read, h.position)
        )
    ]


def not_labels(hits: list[Hit], read: Tokens, labels: frozenset[str]) -> list[Hit]:
    """The hits without the nouns for people naming a thing ("our child protection policy",
    "adult social care"): followed by a word of `labels` (the stems of the pack's `label` set),
    they are no one in particular."""
    if not labels:
        return hits
    return [h for h in hits if h.phrase.kind is not Kinds.PEOPLE or not _labels(h, read, labels)]


def not_naming(hits: list[Hit], read: Tokens) -> list[Hit]:
    """The hits without the signal words inside words naming who someone is ("her adult
    daughter", "my older sister"): they describe the person, not an idea of harm."""
    naming = {
        i
        for h in hits
        if h.phrase.kind is Kinds.PEOPLE and h.end - 1 in read.persons
        for i in range(h.position, h.end)
    }
    return [h for h in hits if h.phrase.kind is not Kinds.SIGNAL or h.position not in naming]


def not_describing(
    hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]
) -> list[Hit]:
    """The hits without a signal word of the pack's `thing-describers` ("empty") just before a
    word of `thing-described` in its sentence ("bottles", "cans"), by the stemmed `markers`:
    "bring the empty bottles to the shop" tells of a thing, not of an account emptied (round
    57, fa241)."""
    describers = markers.get("thing-describers", frozenset())
    things = markers.get("thing-described", frozenset())
    if not describers:
        return hits
    words, sentence_of = read.words, read.sentence_of
    return [
        h
        for h in hits
        if not (
            h.phrase.kind is Kinds.SIGNAL
            and h.end == h.position + 1
            and words[h.position] in describers
            and h.end < len(words)
            and sentence_of[h.end] == h.sentence
            and words[h.end] in things
        )
    ]


def _labels(hit: Hit, read: Tokens, labels: frozenset[str]) -> bool:
    """Whether the noun for people ending `hit` is followed by a word making it a label."""
    after = hit.end
    return (
        after - 1 in read.persons
        and after < len(read.words)
        and read.sentence_of[after] == hit.sentence
        and read.words[after] in labels
    )
