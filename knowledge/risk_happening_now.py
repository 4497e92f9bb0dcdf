"""A "what if…?" that is happening now: "…if a parent arrives drunk to collect? she's here now".

Helper of `knowledge.risk_finding.judge` (round 50, indirect166). A `conditional` opening ("if a
parent…", "what if a dad…") makes a question general. But a practitioner in the moment often
asks it that way and then says the case is before them: "what should I do if a parent arrives
drunk to collect? she's here now and wants to drive him home", "what if a dad turns up high to
collect his kids? he's in reception now". The next sentence opens with "he", "she" or "they"
(read "he") and holds a word of the pack's `here-now` marker ("now", "here", "outside",
"reception"): the question before it tells of that case, as a sentence naming one occasion does
(`occasion`).

"what should I do if a parent arrives drunk to collect?" alone stays general; so does one whose
next sentence names no one by "he"/"she" ("…? it happens now and then").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Collection, Mapping

    from knowledge.risk_types import Tokens

__all__ = ["happening_now"]

_HE = frozenset({"he", "she", "they"})  # "she's", "he's" are read "she", "he"
_OPENING = 2  # "oh she's here now", "and he's outside now"
_NOW_WORDS = 8  # "she's sitting with me in the office now"


def happening_now(
    read: Tokens, asks: Collection[int], markers: Mapping[str, frozenset[str]]
) -> frozenset[int]:
    """The sentences in `asks` followed by a sentence that tells (not in `asks`) opening, within
    `_OPENING` words, with "he", "she" or "they", and holding a word of `here-now` (`markers`,
    stemmed) within `_NOW_WORDS` words: a supposition that is the case before the writer.

    Args:
        read: the message as the detector read it.
        asks: the sentences that ask (start with a question word or end with "?").
        markers: the pack's markers by name, stemmed (`here-now`).
    """
    words, sentence_of, here = read.words, read.sentence_of, markers["here-now"]
    starts: dict[int, int] = {}
    for k, sentence in enumerate(sentence_of):
        starts.setdefault(sentence, k)
    found: set[int] = set()
    for sentence, start in starts.items():
        if sentence - 1 not in asks or sentence in asks:
            continue
        within = [
            w
            for j, w in enumerate(words[start : start + _NOW_WORDS], start=start)
            if sentence_of[j] == sentence
        ]
        if not _HE.isdisjoint(within[:_OPENING]) and not here.isdisjoint(within):
            found.add(sentence - 1)
    return frozenset(found)
