"""The quote gate's verdicts on one message, each worked out once."""

from __future__ import annotations

from knowledge.matching.models import Match, MatchResult
from knowledge.matching.quote_gate import QuoteGate
from knowledge.matching.reading import Reading
from knowledge.matching.segment import Segment


class Verdicts:
    """What the quote gate says about one message's answers, asked for as often as needed.

    While one message is decided the matcher asks the gate about the same entry and the same
    part of the message several times over (whether it would quote the top entry to settle a
    close call, then to pick the entry answering the ask, then for the final answer: a third
    of the gate's checks on the dev questions repeat one made before). The gate's verdict
    depends on the entry and its score, the part of the message and its reading, not on the
    suggestions beside it, so each is worked out once. Made by `Matcher.match` for one
    message and dropped with it, like its `Reading`.
    """

    __slots__ = ("_asks", "_every", "_gate", "_passed", "reading")

    def __init__(self, gate: QuoteGate, reading: Reading) -> None:
        """No verdicts yet on the message read by `reading`."""
        self._gate = gate
        self.reading = reading
        self._passed: dict[tuple[Match, Segment], bool] = {}
        self._asks: dict[Segment, str | None] = {}
        self._every: dict[Segment, frozenset[str]] = {}

    def check(self, result: MatchResult, segment: Segment) -> MatchResult:
        """`QuoteGate.check`: `result` itself when its answer passes, else what it becomes."""
        answer = result.answer
        if answer is None:
            return result
        key = (answer, segment)
        if self._passed.get(key):
            return result  # the gate hands back the result itself when its answer passes
        checked = self._gate.check(result, segment, self.reading, kinds=self.asks(segment))
        self._passed[key] = checked.answer is not None
        return checked

    def quotes(self, answer: Match, segment: Segment) -> bool:
        """Whether the gate would quote `answer` for the question in `segment`."""
        passed = self._passed.get((answer, segment))
        if passed is None:
            passed = self.check(MatchResult(answer=answer), segment).answer is not None
        return passed

    def without_guesses(
        self, result: MatchResult, segment: Segment, min_score: float
    ) -> MatchResult:
        """`result`, or nothing when its only suggestions score below `min_score` and the
        question in `segment` asks what no published answer answers ("how many absences before
        we can fine parents?"): they are guesses at something else, and the decline, which says
        whom to ask, is more use."""
        if result.withheld or not result.suggestions or result.suggestions[0].score >= min_score:
            return result
        return MatchResult() if self._gate.asks_what_none_answers(self.asks(segment)) else result

    def answers(self, number: int, ask: str, segment: Segment) -> bool:
        """`QuoteGate.answers_ask_of`: whether entry `number` answers the question in
        `segment`'s kind of ask `ask`."""
        return self._gate.answers_ask_of(number, ask, segment, self.reading)

    def ask(self, segment: Segment) -> str | None:
        """`QuoteGate.ask`: the kind of ask of the question in `segment`, or None."""
        if segment not in self._asks:
            self._asks[segment] = self._gate.ask(segment, self.reading)
        return self._asks[segment]

    def asks(self, segment: Segment) -> frozenset[str]:
        """`QuoteGate.asks`: every kind of ask of the question in `segment`."""
        if segment not in self._every:
            self._every[segment] = self._gate.asks(segment, self.reading)
        return self._every[segment]
