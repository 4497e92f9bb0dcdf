"""Answers settled by the kind of ask, where the scores alone do not decide.

Just under the minimum score, between two entries too close to call, when the gate holds the
nearest entry back, or when one entry alone answers a question about sharing in general, an
entry is quoted only if it answers what the question asks (its kind of ask) and the quote gate
passes it (docs/matcher.md). `Matcher.match` asks these in turn after its plain decision.
"""

from __future__ import annotations

from knowledge.matching.index import DocKind, Index, Scored
from knowledge.matching.models import Match, MatcherSettings, MatchResult
from knowledge.matching.quote_gate import QuoteGate
from knowledge.matching.rival_filters import RivalFilters, as_match
from knowledge.matching.segment import Segment
from knowledge.matching.verdicts import Verdicts


class Settling:
    """The ways an answer is settled by the kind of ask; built once with the matcher."""

    def __init__(
        self, settings: MatcherSettings, index: Index, gate: QuoteGate, rivals: RivalFilters
    ) -> None:
        """Keep the matcher's settings, index, quote gate and rival filters (read only)."""
        self._settings = settings
        self._index = index
        self._gate = gate
        self._rivals = rivals

    def low_score(
        self, scored: list[Scored], segment: Segment, gate: Verdicts
    ) -> MatchResult | None:
        """Just under the minimum score, an entry well ahead of every other entry and topic
        is quoted when its published answer answers the question's kind of ask and it
        passes the gate (docs/matcher.md, round 8). Not for "who": "who should I be
        contacting?" asks whom to go to far more often than whom the guidance is for."""
        s = self._settings
        docs = self._index.docs
        top = scored[0]
        if docs[top.doc].kind is not DocKind.ENTRY or not (
            s.low_band_min <= top.score < s.min_score
        ):
            return None
        if len(scored) > 1 and top.score - scored[1].score < s.low_band_lead:
            return None
        ask = gate.ask(segment)
        if ask in (None, "who") or not self._gate.answers_ask(docs[top.doc].number, ask):
            return None
        answer = self._as_match(top)
        return MatchResult(answer=answer) if gate.quotes(answer, segment) else None

    def close_call(
        self, scored: list[Scored], segment: Segment, gate: Verdicts
    ) -> MatchResult | None:
        """Two entries too close to call are no real choice when the gate would quote only
        one of them: the question names the subject of one and not the other. Only high
        scores (see docs/matcher.md for the scores of right and wrong quotes), and never
        when a topic we don't cover is as close."""
        s = self._settings
        docs = self._index.docs
        top = scored[0]
        if (
            top.score < max(s.close_call_min, s.min_score)
            or docs[top.doc].kind is not DocKind.ENTRY
        ):
            return None
        close = [r for r in scored[1:] if top.score - r.score < s.min_lead]
        if not close or any(docs[r.doc].kind is not DocKind.ENTRY for r in close):
            return None
        answer = self._as_match(top)
        if not gate.quotes(answer, segment):
            return None
        if any(gate.quotes(self._as_match(rival), segment) for rival in close):
            return None
        return MatchResult(answer=answer)

    def answer_to_the_ask(
        self, scored: list[Scored], segment: Segment, answer: Match, gate: Verdicts
    ) -> MatchResult | None:
        """An answer ahead by only a little (`ask_window`; docs/matcher.md), whose entry
        does not answer the kind of ask, gives way to the one near entry that does: "How
        should we decide whether to share?" after a story about trust asks what the entry
        on deciding answers, not what families think."""
        ask = gate.ask(segment)
        if ask is None or self._gate.answers_ask(answer.number, ask):
            return None
        s = self._settings
        docs = self._index.docs
        fitting = [
            r
            for r in scored
            if docs[r.doc].kind is DocKind.ENTRY
            and r.score >= s.min_score
            and scored[0].score - r.score <= s.ask_window
            and self._gate.answers_ask(docs[r.doc].number, ask)
            and gate.quotes(self._as_match(r), segment)
        ]
        return MatchResult(answer=self._as_match(fitting[0])) if len(fitting) == 1 else None

    def asked_elsewhere(self, segment: Segment, answer: Match, gate: Verdicts) -> bool:
        """Below the score at which close calls are settled, wrong quotes are nearly as
        common as right ones (docs/matcher.md): there an answer whose entry does not answer
        the kind of ask ("do I need the parents' permission…?" nearest what families think)
        is held back, unless a later phrase asks what it answers ("what are the actual
        benefits of…")."""
        if answer.score >= self._settings.close_call_min:
            return False
        ask = gate.ask(segment)
        if ask is None or self._gate.answers_ask(answer.number, ask):
            return False
        return not any(self._gate.answers_ask(answer.number, k) for k in gate.asks(segment))

    def by_ask(self, scored: list[Scored], segment: Segment, gate: Verdicts) -> MatchResult | None:
        """When the gate holds back the nearest entry, or two entries are too close to
        call, an entry may be quoted instead only if it answers what the question asks (its
        kind of ask) and is the one entry near enough that does: "what is a data sharing
        agreement and why is it required?" is nearest the entry on whether one is needed,
        but asks what one is. Never at less than the minimum score (a close call:
        `close_call_min`), nor beside a topic we don't cover, unless it is the nearest
        entry and as near as the topic: "do the GDPR and the DPA 2018 stop us sharing?"
        names the GDPR, which the Q&A does not cover, but asks whether data protection is a
        barrier, which it answers."""
        s = self._settings
        docs = self._index.docs
        top = scored[0]
        nearest = next((r for r in scored if docs[r.doc].kind is DocKind.ENTRY), None)
        if nearest is None or top.score - nearest.score >= s.min_lead:
            return None
        ask = gate.ask(segment)
        if ask is None:
            return None
        fitting = [
            r
            for r in scored
            if docs[r.doc].kind is DocKind.ENTRY
            and r.score >= s.suggest_min
            and top.score - r.score <= s.suggest_window
            and gate.answers(docs[r.doc].number, ask, segment)
            and gate.quotes(self._as_match(r), segment)
        ]
        if len(fitting) != 1 or fitting[0].score < s.min_score:
            return None
        chosen = fitting[0]
        nearest_quotes = chosen is nearest or gate.quotes(self._as_match(nearest), segment)
        if nearest_quotes and (
            nearest.score - chosen.score >= s.min_lead or nearest.score < s.close_call_min
        ):
            return None  # the nearest entry may be quoted: a close call, settled only high up
        # Chatter is no rival for a message naming our own subject (round 49).
        rivals = self._rivals.without_chatter_on_topic(scored, gate.reading.words(segment.text))
        if chosen is not nearest and any(
            docs[r.doc].kind is not DocKind.ENTRY and r.score > chosen.score - s.min_lead
            for r in rivals
        ):
            return None
        return MatchResult(answer=self._as_match(chosen))

    def sole_answer(
        self, scored: list[Scored], segment: Segment, gate: Verdicts
    ) -> MatchResult | None:
        """A question asking of sharing in general what one entry alone answers ("when am I
        allowed to break confidentiality?": entry 4, `QuoteGate.sole_answerer`) is quoted
        that entry when the gate passes it (it names the entry's subject), down to
        `sole_min` and within `suggest_window` of the nearest document: its wording may be
        far from every phrasing, but the kind of ask and the subject settle it. Never with
        a topic we don't cover or chatter as near, unless the message names none of the
        topic's anchors."""
        s = self._settings
        docs = self._index.docs
        number = self._gate.sole_answerer(gate.ask(segment))
        mine = next(
            (
                r
                for r in scored
                if docs[r.doc].kind is DocKind.ENTRY and docs[r.doc].number == number
            ),
            None,
        )
        if (
            mine is None
            or mine.score < s.sole_min
            or scored[0].score - mine.score > s.suggest_window
        ):
            return None
        named = self._rivals.without_unanchored_topics(
            scored, gate.reading.words(segment.text), gate.reading
        )
        if any(
            docs[r.doc].kind is not DocKind.ENTRY and r.score > mine.score - s.min_lead
            for r in named
        ):
            return None
        answer = self._as_match(mine)
        return MatchResult(answer=answer) if gate.quotes(answer, segment) else None

    def _as_match(self, scored: Scored) -> Match:
        return as_match(self._index.docs, scored)
