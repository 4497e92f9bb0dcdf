"""A teaching scenario that tells of one person harmed (round 50, frame167).

Helper of `knowledge.risk_finding.judge`. A frame (a training day, an essay, the news) sets a
message's signs aside, but for the sentences that tell of a real case (`risk_scene.real_cases`).
Since round 49 the labelled sets follow a written rule (the header of tests/data/harm-dev39.yaml):
a training or scenario question is a disclosure when it describes a particular kind of harm
happening to someone, even an imagined one ("Scenario: one of the girls states that she was
touched inappropriately by a family member. Explain how you would react"); a general question
about policy, a word or the signs of a harm stays a look-alike ("scenario: what would you do if a
child disclosed abuse?"). So under a teaching frame (a word of the pack's `scenario-frames`
marker in it: not the news, a court, a review or a novel), a sentence that tells, not asks, and
names one person and a cue, a term or a group of harm, none supposed (a word of `scenario-not`
just before it: "would", "if", "might"), is a case the frame does not hide.

A teaching frame further into its sentence hides no case it introduces by a word of
`scenario-where` ("for our INSET I'm writing a scenario where a girl says her uncle touches her",
"a role play where an older man's son takes his pension"; round 51, adult172):
`scenario_where`, read as `risk_clauses.case_in_frame` is, for the frame's own clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.risk_types import Kinds

if TYPE_CHECKING:
    from collections.abc import Mapping

    from knowledge.risk_types import Hit, Tokens

_HARM = frozenset({Kinds.CUE, Kinds.TERM})
_PERSON = frozenset({Kinds.PEOPLE, Kinds.ANY_PERSON})  # "the mother", "a girl"
# A frame in the sentence that tells must open it, as a heading does ("Clinical Scenario: a
# therapist…", "training scenario: a 12 year old tells you…"); one further in is what is wanted or
# done ("I want some realistic scenarios - things like a child with bruising").
_OPENING = 4


def scenario_cases(
    hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]
) -> frozenset[int]:
    """The sentences of a teaching scenario that tell of one person harmed.

    A sentence counts when a teaching frame stands before it (or opens it), it tells rather
    than asks, it names one person ("the mother", "a 12 year old", "one of the girls"; not
    "anyone", not "girls") and a cue or a term of harm, with no `conditional` phrase in it and
    no word of `scenario-not` before the harm in its clause.

    Args:
        hits: every phrase of the pack that matched, harm and context alike.
        read: the message as the detector read it.
        markers: the stems of the pack's markers by name: "scenario-frames" (the words that
            make a frame a teaching one), "scenario-not" (words supposing the harm) and
            "anyone" (words bringing in anyone: "anyone", "everyone").
    """
    words, sentence_of = read.words, read.sentence_of
    teaching = markers["scenario-frames"]
    frames = [
        h
        for h in hits
        if h.phrase.kind is Kinds.FRAMING and not teaching.isdisjoint(words[h.position : h.end])
    ]
    if not frames:
        return frozenset()
    opens: dict[int, int] = {}  # where each sentence starts
    supposed_at: dict[int, int] = {}  # each clause's first word of `scenario-not`
    for at, word in enumerate(words):
        opens.setdefault(sentence_of[at], at)
        if word in markers["scenario-not"]:
            supposed_at.setdefault(read.clause_of[at], at)
    first = min(
        (h.sentence if h.position - opens[h.sentence] < _OPENING else h.sentence + 1)
        for h in frames
    )
    anyone, asks = markers["anyone"], read.questions | read.marked
    ones = {
        h.sentence
        for h in hits
        if h.phrase.kind in _PERSON
        and h.sentence >= first
        and h.sentence not in asks
        and h.end - 1 in read.persons
        and (h.end - 1 not in read.plural or words[h.position : h.position + 2] == ["one", "of"])
        and anyone.isdisjoint(words[h.position : h.end])
    }
    ones -= {h.sentence for h in hits if h.phrase.kind is Kinds.CONDITIONAL}
    return frozenset(
        h.sentence
        for h in hits
        if h.phrase.kind in _HARM
        and h.phrase.category >= 0
        and h.sentence in ones
        and supposed_at.get(h.clause, h.position) >= h.position
    )


def scenario_where(
    hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]], asks: frozenset[int]
) -> dict[int, int]:
    """The clauses (to their sentences) in which a teaching frame introduces a case, in a
    sentence that tells (not one of `asks`): a `framing` phrase holding a
    word of `scenario-frames`, a word of `scenario-where` just after it ("a scenario where", "a
    case study about"), then one person ("a pupil", "an older man's son"; not "children", not
    after "if" or "any"), then a cue or a term of harm in that clause, no word of `scenario-not`
    between the frame and the harm ("a scenario where a child would be hit" supposes it); not a
    scenario asked for, a word of `scenario-wanted` before the frame in its clause ("write me a
    scenario where…", "I need a case study about…": what is wanted, not told).

    Args:
        hits: every phrase of the pack that matched, harm and context alike.
        read: the message as the detector read it.
        markers: the stems of the pack's markers by name ("scenario-frames", "scenario-where",
            "scenario-wanted", "scenario-not", "anyone").
        asks: the sentences that ask.
    """
    words, where, wanted = read.words, markers["scenario-where"], markers["scenario-wanted"]
    opens: dict[int, int] = {}  # where each clause starts
    for at, clause in enumerate(read.clause_of):
        opens.setdefault(clause, at)
    frames = [
        h
        for h in hits
        if h.phrase.kind is Kinds.FRAMING
        and h.sentence not in asks
        and h.end < len(words)
        and words[h.end] in where
        and not markers["scenario-frames"].isdisjoint(words[h.position : h.end])
        and wanted.isdisjoint(words[opens[h.clause] : h.position])
    ]
    return {h.clause: h.sentence for h in frames if _introduced(h, hits, read, markers)}


def _introduced(
    frame: Hit, hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]
) -> bool:
    """Whether one person, then a cue or a term of harm done to them, follow `frame` in its
    clause, none supposed (`scenario_where`)."""
    words, supposing = read.words, markers["scenario-not"]
    anyone = markers["anyone"] | supposing
    person = min(
        (
            x.end
            for x in hits
            if x.phrase.kind in _PERSON
            and x.clause == frame.clause
            and x.position > frame.end
            and x.end - 1 in read.persons
            and x.end - 1 not in read.plural
            and anyone.isdisjoint(words[frame.end : x.end])
        ),
        default=None,
    )
    return person is not None and any(
        x.phrase.kind in _HARM
        and x.phrase.category >= 0
        and x.clause == frame.clause
        and x.end > person
        and supposing.isdisjoint(words[frame.end : x.position])
        for x in hits
    )
