"""The whole assistant as a judge for `knowledge.evaluation`: what a person would see first."""

from __future__ import annotations

from datetime import UTC, datetime

from dialogs.assistant import Assistant
from dialogs.contract import Turn
from dialogs.facts import TurnFacts, TurnKind, fixed_clock
from dialogs.state import ConversationState
from knowledge.evaluation import Judge, Verdict

# Greeted and reminded already, as most questions are asked: the privacy reminder would only
# push the answer down, and the evaluation looks at what the assistant decided, not its order.
_RETURNING = ConversationState(greeted=True, reminded=True)
_CLOCK = fixed_clock(datetime(2026, 1, 1, tzinfo=UTC))


def assistant_judge(assistant: Assistant) -> Judge:
    """A judge that sends each message, as the first of a fresh conversation, to the assistant."""

    def judge(text: str) -> Verdict:
        turn = Turn("evaluation", "case", "reader", text=text)
        _, _, facts = assistant.decide(_RETURNING, turn, _CLOCK)
        quoted = facts.entry if facts.kind is TurnKind.ANSWERED else None
        return Verdict(
            quoted=quoted,
            suggestions=facts.suggestions,
            risk_of_harm=facts.risk_of_harm,
            summary=_summary(facts),
        )

    return judge


def _summary(facts: TurnFacts) -> str:
    parts = [facts.kind.value]
    if facts.entry is not None:
        parts.append(f"{facts.entry} ({facts.score or 0:.0f})")
    if facts.topic:
        parts.append(facts.topic)
    if facts.suggestions:
        parts.append("suggested " + ", ".join(map(str, facts.suggestions)))
    return " ".join(parts)
