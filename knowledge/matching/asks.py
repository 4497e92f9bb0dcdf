"""What a question wants to know: its ask ("what is…", "why…", "do we need…", "who…").

Two entries can share a question's words and yet answer different asks: "What is a data sharing
agreement and why is it required?" names the subject of both the ISP definition and the entry on
whether one is needed, but it asks first what one is. The not-covered pack's `asks` lists, for
each kind of ask, the phrases that open or carry it; each entry's `answers_asks` lists the kinds
its published answer answers. The ask of a question is the kind of the first such phrase in it
(the longest, where two start at the same word; the kind listed first, where two are as long).

Two kinds of words are read past, as they change nothing that is asked: words of emphasis
("when am I *actually* allowed to…?" asks the conditions as "when am I allowed" does), and a
frame of reference ("is that ok *from a confidentiality point of view*?" asks no one's view).
A phrase that holds such a word ("really for") is still found in the question as typed.

A "what" right after a verb of passing something on heads the thing passed on, and asks nothing:
"do we share *what a young person tells us*…?" asks whether to share it, not what a young person
is (the not-covered pack's `what_passed_after`; round 49).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from knowledge.matching.phrases import phrase_problem
from knowledge.matching.text import words

if TYPE_CHECKING:
    from knowledge.matching.reading import Reading


class Asks:
    """Finds the kind of ask in a question, in time linear in its length."""

    def __init__(
        self,
        kinds: Mapping[str, Sequence[str]],
        *,
        emphasis: Collection[str] = (),
        passed_after: Collection[str] = (),
        at_end: Mapping[str, Collection[str]] | None = None,
    ) -> None:
        """Split every phrase once, filed by its words.

        Args:
            kinds: each kind of ask with the phrases that carry it, in order of precedence;
                phrases that fail `phrase_problem` are skipped.
            emphasis: single words of emphasis, read past ("actually", "really").
            passed_after: verbs of passing something on ("share", "report"): an ask's phrase
                opening "what" right after one is the thing passed on, not an ask.
            at_end: kinds carried by the last word or words of a question opening "is" or
                "are" ("is the guidance for exclusions statutory?", "…statutory guidance?" ask
                the force of law).
        """
        # filed by the words they end with: "statutory guidance" is ("statutory", "guidance")
        self._at_end = {
            tuple(words(ending)): kind for kind, found in (at_end or {}).items() for ending in found
        }
        self._at_end_sizes = sorted({len(ending) for ending in self._at_end}, reverse=True)
        self._emphasis = frozenset(emphasis)
        self._passed_after = frozenset(passed_after)
        # A question's word is tried only at the lengths of the phrases starting with it (a
        # handful), each a dict look-up, not against each of them: 254 phrases start "how".
        self._exact: dict[tuple[str, ...], tuple[int, str]] = {}
        self._stems: dict[tuple[str, ...], list[tuple[str, int, str]]] = {}
        lengths: dict[str, set[int]] = {}
        for rank, (kind, phrases) in enumerate(kinds.items()):
            for phrase in phrases:
                if phrase_problem(phrase) is not None:
                    continue
                split = tuple(words(phrase.removesuffix("*")))
                if phrase.endswith("*") and len(split) > 1:
                    # "how do i get*": the words before the last, then the last's start
                    self._stems.setdefault(split[:-1], []).append((split[-1], rank, kind))
                else:
                    # a one-word phrase's "*" never widened it: the word itself is needed
                    self._exact.setdefault(split, (rank, kind))
                lengths.setdefault(split[0], set()).add(len(split))
        self._lengths = {first: sorted(found, reverse=True) for first, found in lengths.items()}

    def of(self, question: Sequence[str], reading: Reading | None = None) -> str | None:
        """The kind of ask of a question already split by `words`, or None when none is found;
        kept on `reading` (the message's), when given, for the next time it is asked."""
        said = tuple(question)
        if reading is not None and said in reading.asks:
            return reading.asks[said]
        framed = without_frame(said)
        plain = self._plain(framed)
        found = next(self._kinds(plain), None)
        if found is None and plain is not framed:
            found = next(self._kinds(framed), None)  # "really for"
        if reading is not None:
            reading.asks[said] = found
        return found

    def all_of(self, question: Sequence[str]) -> frozenset[str]:
        """Every kind of ask whose phrase is in a question already split by `words` (the kind
        at each word, as `of` reads the first)."""
        framed = without_frame(question)
        plain = self._plain(framed)
        found = frozenset(self._kinds(plain))
        return found if plain is framed else found | frozenset(self._kinds(framed))

    def plain(self, question: Sequence[str]) -> list[str]:
        """The words of a question already split by `words`, without its words of emphasis
        ("honestly i am scared…" opens on the writer as "i am scared…" does)."""
        return list(self._plain(question))

    def _plain(self, question: Sequence[str]) -> Sequence[str]:
        # the question without its words of emphasis; the question itself when it has none
        if self._emphasis.isdisjoint(question):
            return question
        return [w for w in question if w not in self._emphasis]

    def _kinds(self, question: Sequence[str]) -> Iterator[str]:
        size = len(question)
        for i, word in enumerate(question):
            if word == "what" and i and question[i - 1] in self._passed_after:
                continue  # "share what a young person tells us": the thing shared
            for length in self._lengths.get(word, ()):  # the longest phrase wins
                if i + length <= size:
                    kind = self._kind_at(tuple(question[i : i + length]))
                    if kind is not None:
                        yield kind
                        break
        if size > 2 and question[0] in _COPULAS:
            # "is the guidance for exclusions statutory?", "…for SEN statutory guidance?"
            for length in self._at_end_sizes:
                kind = self._at_end.get(tuple(question[-length:])) if length < size else None
                if kind is not None:
                    yield kind
                    break

    def _kind_at(self, said: tuple[str, ...]) -> str | None:
        """The kind listed first among the phrases of exactly `said`'s words."""
        best = self._exact.get(said)
        for stem, rank, kind in self._stems.get(said[:-1], ()):
            if said[-1].startswith(stem) and (best is None or rank < best[0]):
                best = (rank, kind)
        return None if best is None else best[1]


_COPULAS = frozenset(("is", "are"))
_FRAME_END = ("point", "of", "view")
_FRAME_WIDTH = 5


def without_frame(question: Sequence[str]) -> Sequence[str]:
    """`question` without a frame of reference ("from a confidentiality point of view", "from
    the school's point of view"): "from", at most `_FRAME_WIDTH` words, "point of view". The
    question itself when it holds none."""
    if "view" not in question:
        return question
    for end in range(len(question) - len(_FRAME_END) + 1):
        if tuple(question[end : end + len(_FRAME_END)]) != _FRAME_END:
            continue
        for start in range(max(0, end - _FRAME_WIDTH - 1), end):
            if question[start] == "from":
                return [*question[:start], *question[end + len(_FRAME_END) :]]
    return question
