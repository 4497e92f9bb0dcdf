"""Where a question names an entry's subject: the entry's `anchors` (and `anchors_also`) found in
its words, as typed or with typos fixed.

Words of emphasis are read past ("why does it *actually* matter?" names what "why does it
matter" does), and a phrase that holds one ("really think") is still found as typed. No anchor
is found inside the words naming the support the writer gives others ("someone I support", "a
support worker"), nor inside those naming another body as where information goes ("with
another organisation"): entry 14's "support*" is the writer supported by their organisation,
and its "organisation*" that organisation. An
entry found only by an anchor that ends in "no", said in the story before a question, is read by
`BareNo`.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import TYPE_CHECKING

from knowledge.matching.phrases import PhraseSet, as_typed

if TYPE_CHECKING:
    from knowledge.matching.models import NotCoveredPack
    from knowledge.matching.reading import Reading
    from knowledge.matching.segment import Segment
    from knowledge.qa_pack import QAEntry


class AnchorSearch:
    """Finds every entry's anchors in a question's words, in one search."""

    def __init__(
        self,
        tables: Sequence[Mapping[int, Collection[str]]],
        *,
        emphasis: Collection[str] = (),
        writer_support: Collection[str] = (),
        bodies_told: Collection[str] = (),
        support_asked_after: Collection[str] = (),
    ) -> None:
        """Index every anchor once.

        Args:
            tables: anchors by entry number (the entries' `anchors`, their `anchors_also`).
            emphasis: single words of emphasis, read past.
            writer_support: phrases naming the support the writer gives others, in which no
                anchor is found.
            bodies_told: phrases naming another body as where information goes, in which no
                anchor is found.
            support_asked_after: words right before such a phrase that make it a question of
                how to support or of being supported ("how can I support my staff").
        """
        self._all = PhraseSet(
            a for table in tables for anchors in table.values() for a in anchors
        ).made_whole()
        self._emphasis = frozenset(emphasis)
        self._their_support = PhraseSet(writer_support)
        self._bodies_told = PhraseSet(bodies_told)
        self._asked_after = frozenset(support_asked_after)

    def found(self, typed: Sequence[str], fixed: Sequence[str]) -> set[str]:
        """Every anchor in a question split by `words`, as typed (`typed`) or with its typos
        fixed (`fixed`)."""
        kept = self._without_bodies_told(self._without_their_support(typed))
        # the same words again when the question has no typo (most have none)
        same = len(typed) == len(fixed) and not any(map(operator.ne, typed, fixed))
        typed, fixed = (
            kept,
            kept if same else self._without_bodies_told(self._without_their_support(fixed)),
        )
        found = self._all.all_in_either(typed, fixed)
        plain = [w for w in typed if w not in self._emphasis]
        if len(plain) < len(typed):
            # "why does it actually matter?" names what "why does it matter" does
            found |= self._all.all_in_words(plain)
        return found

    def _without_their_support(self, said: Sequence[str]) -> Sequence[str]:
        # The words with each phrase of the writer's support to others blanked ("someone i
        # support tells me something…" names no support of the writer: tryout88 #1).
        # Most questions hold no such phrase: `all_in_words` tells so by its word pairs, where
        # `all_ends` tries each phrase at every "i" and "we".
        if not self._their_support.all_in_words(said):
            return said
        spans = self._their_support.all_ends(said)
        kept = list(said)
        for start, ends in spans.items():
            if start == 0 or said[start - 1] not in self._asked_after:
                kept[start : max(ends)] = [""] * (max(ends) - start)
        return kept

    def _without_bodies_told(self, said: Sequence[str]) -> Sequence[str]:
        # The words with each phrase naming another body told blanked ("can I share information
        # with another organisation?" names no organisation of the writer's: round 51).
        if not self._bodies_told.all_in_words(said):
            return said
        kept = list(said)
        for start, ends in self._bodies_told.all_ends(said).items():
            kept[start : max(ends)] = [""] * (max(ends) - start)
        return kept


# A bare no: an anchor ending in this word names a refusal, but not of what.
_NO = "no"


class BareNo:
    """Tells a quote found only by a bare no in a story. Built once with the quote gate.

    An entry's anchor that ends in "no" ("says no", "said no") names a refusal, but not of what. In
    a question ("what if the young person says no?") it asks about a refusal; in the story before
    a question that names nothing of the entry ("dad … asking for copy of EHCP and annual review
    notes. mum says no. do i give it him?"), the no is to something the entry may never speak of.
    There, the entry is quoted only when the story also says what the no is to, in the pack's
    `said_no_to` words ("mum says no to sharing. can I pass it on?"); otherwise it is no more
    than a suggestion (tryout36 #12: entry 4, the key factors to consider, quoted as a catch-all for
    "says no", where a parent asked for a copy of a child's records).
    """

    def __init__(self, entries: Collection[QAEntry], not_covered: NotCoveredPack) -> None:
        self._anchors = {e.number: as_typed(e.anchors) for e in entries}
        self._bare = {
            number: bare
            for number, anchors in self._anchors.items()
            if (bare := frozenset(a for a in anchors if a.split()[-1] == _NO))
        }
        self._said_to = PhraseSet(not_covered.said_no_to)

    def unsaid(
        self,
        number: int,
        found: Collection[str],
        asked: Callable[[], Collection[str]],
        segment: Segment,
        read: Reading,
    ) -> bool:
        """Whether entry `number` is found only by a bare no in the story of `segment`.

        Args:
            number: the entry to be quoted.
            found: every anchor found in the segment, story and question.
            asked: every anchor found in its question alone, found when called: only an
                entry with a bare no among its anchors, found in a story, needs them.
            segment: the part of the message the entry was found for.
            read: the message's reading.
        """
        bare = self._bare.get(number, frozenset())
        own = self._anchors[number] & frozenset(found) if bare and segment.background else None
        if not own or not own <= bare or self._anchors[number] & frozenset(asked()):
            return False
        return self._said_to.first_in_words(read.words(segment.text)) is None
