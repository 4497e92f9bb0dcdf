"""A no in the story before a question, with nothing to say what it refuses.

An entry's anchor that ends in "no" ("says no", "said no") names a refusal, but not of what. In
a question ("what if the young person says no?") it asks about a refusal; in the story before
a question that names nothing of the entry ("dad … asking for copy of EHCP and annual review
notes. mum says no. do i give it him?"), the no is to something the entry may never speak of.
There, the entry is quoted only when the story also says what the no is to, in the pack's
`said_no_to` words ("mum says no to sharing. can I pass it on?"); otherwise it is no more
than a suggestion (tryout36 #12: entry 4, the key factors to consider, quoted as a catch-all for
"says no", where a parent asked for a copy of a child's records).
"""

from __future__ import annotations

from collections.abc import Collection

from knowledge.matching.models import NotCoveredPack
from knowledge.matching.phrases import PhraseSet, as_typed
from knowledge.matching.reading import Reading
from knowledge.matching.segment import Segment
from knowledge.qa_pack import QAEntry

_NO = "no"


class BareNo:
    """Tells a quote found only by a bare no in a story. Built once with the quote gate."""

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
        asked: Collection[str],
        segment: Segment,
        read: Reading,
    ) -> bool:
        """Whether entry `number` is found only by a bare no in the story of `segment`.

        Args:
            number: the entry to be quoted.
            found: every anchor found in the segment, story and question.
            asked: every anchor found in its question alone.
            segment: the part of the message the entry was found for.
            read: the message's reading.
        """
        bare = self._bare.get(number, frozenset())
        own = self._anchors[number] & frozenset(found) if bare and segment.background else None
        if not own or not own <= bare or self._anchors[number] & frozenset(asked):
            return False
        return self._said_to.first_in_words(read.words(segment.text)) is None
