"""A young writer's age told first, on its own: the next sentence goes on about the writer.

Helper of `knowledge.risk_finding.judge` (round 53, quiet197). "i am 15. my manager is 26 and
asked me to meet him alone" tells over two sentences what "i'm 15 and my manager who's 25 keeps
asking to meet me alone" tells in one: the first sentence only gives the writer's age, so the
next carries on the writer's story and may complete a `together` item with it, as a sentence
opening "he" or "she" does (`risk_counted.going_on`). The first sentence is the writer (a word
of `age-first-writer`: "i", "im"), then only words of `age-first-words` ("am", "only", "years",
"old") and one number under 18; it and the next do not ask. "i am 25. my manager is 40 and
asked me to meet him alone" gives an adult's age and does not carry on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.risk_types import sentence_spans

if TYPE_CHECKING:
    from collections.abc import Mapping

    from knowledge.risk_types import Tokens

__all__ = ["after_young_age"]

_ADULT = 18


def after_young_age(read: Tokens, markers: Mapping[str, frozenset[str]]) -> frozenset[int]:
    """The sentences right after one that only tells the writer's age, under 18 (see the module
    docstring), neither of them asking.

    Args:
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed (`age-first-writer`, `age-first-words`).
    """
    words = read.words
    writer, between = markers["age-first-writer"], markers["age-first-words"]
    asked = read.questions | read.marked
    return frozenset(
        sentence + 1
        for sentence, start, end in sentence_spans(read)
        if end < len(words)
        and not {sentence, sentence + 1} & asked
        and _young_age_only(words[start:end], writer, between)
    )


def _young_age_only(words: list[str], writer: frozenset[str], between: frozenset[str]) -> bool:
    """Whether `words` (a sentence, its closing mark perhaps last) are the writer, then only
    words of `between` and one number under 18."""
    body = [w for w in words if w.isalnum()]
    if not body or body[0] not in writer:
        return False
    ages = [w for w in body[1:] if w.isdigit()]
    return (
        len(ages) == 1
        and int(ages[0]) < _ADULT
        and all(w in between or w.isdigit() for w in body[1:])
    )
