"""Topics we don't cover that give way to an entry answering what their reply leaves unsaid.

"Do I need consent to make a safeguarding referral?" is nearest the topic on referrals, whose
reply says how to refer is not in the Q&A, and nothing of consent; entry 4 says when consent is
needed and what to do without it. A topic lists such an entry (`gives_way_to`), the kinds of ask
and the words for which it gives way; the entry is quoted only when the quote gate passes it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from knowledge.matching.index import Doc, DocKind, Scored
from knowledge.matching.models import MatchResult, NotCoveredTopic
from knowledge.matching.phrases import PhraseSet
from knowledge.matching.rival_filters import as_match
from knowledge.matching.segment import Segment
from knowledge.matching.verdicts import Verdicts


class GivingWay:
    """The entry quoted in place of a topic's reply, for the questions it gives way on."""

    def __init__(self, topics: Iterable[NotCoveredTopic], numbers: Iterable[int]) -> None:
        """Read, once, each topic's `gives_way_*` fields (an entry not among `numbers`, the
        entries matched against, is never given way to)."""
        known = frozenset(numbers)
        self._ways = {
            t.id: (t.gives_way_to, frozenset(t.gives_way_asks), PhraseSet(t.gives_way_naming))
            for t in topics
            if t.gives_way_to in known
        }

    def entry_for(
        self,
        result: MatchResult,
        scored: Sequence[Scored],
        docs: Sequence[Doc],
        segment: Segment,
        gate: Verdicts,
    ) -> MatchResult | None:
        """The entry quoted instead of `result`'s topic, or None.

        Args:
            result: the matcher's decision, a not-covered topic or anything else.
            scored: the shortlist it was decided on: the entry must be in it (a question
                sharing no wording with it is no question it answers).
            docs: the index's documents, which `scored` points into.
            segment: the part of the message decided on.
            gate: the quote gate's verdicts on this message.
        """
        way = self._ways.get(result.not_covered.topic) if result.not_covered else None
        if way is None:
            return None
        number, asks, naming = way
        if gate.ask(segment) not in asks:
            return None
        if naming.first_in_words(gate.reading.words(segment.text)) is None:
            return None
        mine = next(
            (
                r
                for r in scored
                if docs[r.doc].kind is DocKind.ENTRY and docs[r.doc].number == number
            ),
            None,
        )
        if mine is None:
            return None
        answer = as_match(docs, mine)
        return MatchResult(answer=answer) if gate.quotes(answer, segment) else None
