"""A story read in class, its plot asked about: round 44 (fa64, issue 11).

"we are reading a story in class where the dad hits the boy, any advice" and "reading a book in
class where a dad hits his son, any tips for discussing it" (tryout45-47) have no "?" and do not
open with a question word, so the detector read them as telling, and the pack's `conditional`
phrase for a plot ("a story|book… where"), which makes its clause general only in a sentence
that asks, did not apply. The message asks about the text it reads (an assistant's reading
would cut a tail such as "any advice" and read the rest again: `dialogs.risk_reading`), so a
sentence is read as asking when all of these hold:

- it holds a `conditional` phrase with a word of the pack's `plot-words` marker ("a story where",
  "book in class where");
- a word of `plot-reading` ("reading", "studying") comes before that phrase, with only words of
  `plot-readers` ("we are", "my class are", "year 6") before it: the writer's class reads the
  text, no one else named ("she read me a story she wrote about her dad" is a child's telling);
- no telling phrase stands in the message ("…now jack says his dad does that"), and every other
  sentence asks.

Other signs of harm outside the plot's clause count as before.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from knowledge.risk_types import Hit, Kind, Tokens

__all__ = ["plot_asked"]


def plot_asked(hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]) -> Tokens:
    """`read` with the sentence that asks about a plot read in class among those ending with
    "?" (`Tokens.marked`; see the module docstring).

    Args:
        hits: every phrase of the pack that matched.
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed (`plot-words`, `plot-reading`,
            `plot-readers`).
    """
    plots = markers.get("plot-words", frozenset())
    words = read.words
    if plots.isdisjoint(words) or any(h.phrase.kind is Kind.TELLING for h in hits):
        return read
    asked = read.questions | read.marked
    others = set(read.sentence_of) - asked
    reading = markers.get("plot-reading", frozenset())
    readers = markers.get("plot-readers", frozenset())
    for h in hits:
        if (
            h.phrase.kind is Kind.CONDITIONAL
            and others == {h.sentence}
            and not plots.isdisjoint(words[h.position : h.end])
            and _read_by_writer(read, h, reading, readers)
        ):
            return replace(read, marked=read.marked | {h.sentence})
    return read


def _read_by_writer(
    read: Tokens, plot: Hit, reading: frozenset[str], readers: frozenset[str]
) -> bool:
    """Whether a word of `reading` comes before the `plot` phrase in its sentence, with only
    words of `readers` or numbers before it ("we are reading", "year 6 are studying")."""
    start = read.sentence_of.index(plot.sentence)
    for i in range(start, plot.position):
        word = read.words[i]
        if word in reading:
            return True
        if word not in readers and not word.isdigit():
            return False
    return False
