"""A sentence typed without its stop, told by the capital letter that starts the next one.

Round 59 (robust260): a message typed with its stops left out ("one of our staff told me she
prays for death every night Is there anything we have to do") was one sentence: the question
word took the telling into the question, and a sign in it did not count; with the stop the check
rang. A word that starts sentences (`STARTERS`: a question word, a pronoun or a possessive that
opens a clause), typed with a capital just after a word typed in lower case and a space, starts
a sentence: `capital_stops` puts a full stop before it. "I", names and titles ("told Mum", "the
Is It Legal page": a capital after the starter too) are left alone, and so is a capital after a
joiner ("sorry everyone but What should I do…") and "Do not…" (an instruction in a list: read as a
question, dev's guidance "…about a colleague Do not confront the adult…" rang).
"""

from __future__ import annotations

import re

__all__ = ["STARTERS", "capital_stops"]

STARTERS = (
    *("Is", "Are", "Was", "Were", "Am", "Do", "Does", "Did", "Can", "Could", "Should", "Would"),
    *("Will", "Has", "Have", "What", "How", "Who", "Why", "Where", "Which", "Any", "Anyone"),
    *("She", "He", "They", "We", "It", "There", "This", "My", "Our", "His", "Her", "Their"),
)
"""Words that open sentences, as typed at a sentence's start (a capital, then lower case)."""

# A word all in lower case, a space, a starter, then a word in lower case or "I": linear, each
# match consuming its first word.
_MISSED_STOP = re.compile(r"\b([a-z]+) (?=(" + "|".join(STARTERS) + r") ([a-z0-9]+|I)\b)")
# Before these a capital goes on the sentence ("sorry everyone but What should I do…"); after
# "Do" these make an instruction in a list, no question ("Do not confront the adult…").
_RUN_ON = frozenset({"and", "but", "so", "or", "then", "because", "cos", "that", "if", "when"})
_INSTRUCTED = frozenset({"not", "nt"})


def capital_stops(text: str) -> str:
    """`text` with a full stop put before each starter typed as a sentence's first word just
    after a lower-case word with no stop between."""
    return _MISSED_STOP.sub(_stopped, text) if " " in text else text


def _stopped(match: re.Match[str]) -> str:
    before, starter, after = match.groups()
    if before in _RUN_ON or (starter == "Do" and after in _INSTRUCTED):
        return match.group()
    return f"{before}. "
