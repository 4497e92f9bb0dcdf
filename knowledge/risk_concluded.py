"""Harm that is over: a death already told ("took his own life", "has committed suicide").

The signs of harm inside a `concluded` phrase of the pack do not count, unless something in the
message says the harm did not happen or is still to come: a word just before the phrase
("nearly took"), a `telling` phrase outside a question ("…she says she wants to join him"), or
a word of intent later in the same sentence ("has committed suicide and now he's talking about
how he would do it too").
"""

from __future__ import annotations

from knowledge.risk_telling import asked_by_writer
from knowledge.risk_types import Hit, Kinds, Tokens

__all__ = ["not_concluded"]

# Just before a `concluded` phrase, these say the harm did not in fact happen ("nearly took").
_UNFINISHED = frozenset({"nearly", "almost", "could", "would", "might", "may"})
# After it in its sentence, these say someone means to do the same (stems, as read).
_INTENT = frozenset(
    {"will", "would", "going", "gonna", "gunna", "want", "wanted", "wanting", "plan", "planning"}
)


def not_concluded(hits: list[Hit], read: Tokens) -> list[Hit]:
    """The hits without the signs of harm that end inside a `concluded` phrase ("took his own
    life" is over; "her dad … died of an overdose" is no drinking parent now), unless a word
    just before it says it nearly happened ("nearly took"), a word of intent follows it in its
    sentence ("…and he would do it too"), or the message reports what someone said or a worry
    (a `telling` phrase outside a sentence that starts with a question word): "since her
    brother took his own life she says she wants to join him" is about someone at risk now;
    "what can we tell staff?" and "…, do we tell the parents?" (the writer asking, in a
    sentence ending "?") report nothing."""
    if any(
        h.phrase.kind is Kinds.TELLING
        and h.sentence not in read.questions
        and not (h.sentence in read.marked and asked_by_writer(read, h.position))
        for h in hits
    ):
        return hits
    concluded = [h for h in hits if h.phrase.kind is Kinds.CONCLUDED]
    if not concluded:
        return hits
    last_intent: dict[int, int] = {}
    for at, word in enumerate(read.words):
        if word in _INTENT:
            last_intent[read.sentence_of[at]] = at
    spans = [
        (h.position, h.end)
        for h in concluded
        if not _UNFINISHED.intersection(read.words[max(0, h.position - 2) : h.position])
        and last_intent.get(h.sentence, -1) < h.end
    ]
    if not spans:
        return hits
    return [
        h
        for h in hits
        if h.phrase.category < 0 or not any(start < h.end <= end for start, end in spans)
    ]
