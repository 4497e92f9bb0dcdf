"""The facts of one turn, noted as the router decides."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dialogs.contract import Outcome
from dialogs.facts import KeptRecord, TurnContext, TurnFacts, TurnKind
from dialogs.numbered import Listed
from dialogs.state import ConversationState
from knowledge.risk import RiskFinding

if TYPE_CHECKING:
    from dialogs.own_voice import Voice

# Turns whose question is remembered (by an opaque id) so that a pick next turn links to it.
_REMEMBERED = frozenset(
    {TurnKind.SUGGESTED, TurnKind.DECLINED, TurnKind.NOT_COVERED, TurnKind.OFF_TOPIC}
)


class TurnNote:
    """Collects the facts of one turn as the router decides; one per call, never shared."""

    def __init__(
        self,
        context: TurnContext,
        asked: str | None,
        listed: Listed | None = None,
        declined: str | None = None,
    ) -> None:
        self.context = context
        self.declined = declined  # the not-covered topic the previous turn declined, if any
        self.asked = asked  # the question remembered from the previous turn, if any
        self.listed = listed  # the numbered list the previous turn showed, if any
        self.shows: Listed | None = None  # the numbered list this turn shows (or an item of)
        self.kind = TurnKind.OTHER
        self.entry: int | None = None
        self.score: float | None = None
        self.suggestions: tuple[int, ...] = ()
        self.suggestion_scores: tuple[float, ...] = ()
        self.topic: str | None = None
        self.picked_ref: str | None = None
        self.record: KeptRecord | None = None
        self.outcome: Outcome | None = None
        self.risk: RiskFinding | None = None
        # Who wrote a message telling of harm, when it reads as the person at risk or family.
        self.voice: Voice | None = None
        # Whether a member of the public asked about their own information (`own_information`).
        self.own_asked = False
        # Whether a signpost was shown on one of the last few turns (never what was said).
        self.after_signpost = False
        # The key question whose summary the previous turn gave, and the one this turn gives.
        self.summarised: str | None = None
        # The entry the previous turn quoted, if any (`ConversationState.quoted`).
        self.quoted: int | None = None
        self.summarises: str | None = None
        # Whether a button pressed on this turn was refused (stale or unknown): nothing taken.
        self.refused = False
        # Whether the turn came from a shared place (a channel, a group chat), not a private chat.
        self.shared = False
        # Whether this turn showed how the check ended again, by its button (not a new outcome).
        self.shows_ending = False
        # Whether this turn posted a check's record form in the conversation, by its button.
        self.shows_form = False
        # Whether this turn wrote a completed record from its form.
        self.wrote_record = False
        # Whether this turn gave the privacy reminder.
        self.reminded = False
        # Whether this turn's last reply offers the consent check in a topic's own reply.
        self.offers_check = False

    def offers_check_in(self, topic: str) -> None:
        """Note a not-covered topic's own reply that offers the consent check in its menu."""
        self.kind, self.topic, self.offers_check = TurnKind.NOT_COVERED, topic, True

    def remembered_in(self, state: ConversationState) -> ConversationState:
        """`state` remembering the question just asked (by an opaque id), for a pick next turn
        to link to, when the turn was one that may be followed by a pick; and the entries a
        "Did you mean" offered (their numbers), noted as the list this turn shows."""
        # A disclosure of harm is never remembered, so its words are never kept for insight.
        if self.kind in _REMEMBERED and self.risk is None:
            declined = self.topic if self.kind is TurnKind.NOT_COVERED else None
            offered = self.suggestions if self.kind is TurnKind.SUGGESTED else ()
            if offered:  # "yes" or "2" next takes one (`dialogs.suggested`)
                self.shows = Listed.SUGGESTED
            ref = self.context.question_ref
            return replace(state, asked=ref, declined=declined, suggested=offered)
        return state

    def facts(self, state: ConversationState) -> TurnFacts:
        """What the turn did, as the runtime logs and observes it."""
        check = state.check
        return TurnFacts(
            kind=self.kind,
            entry=self.entry,
            score=self.score,
            suggestions=self.suggestions,
            suggestion_scores=self.suggestion_scores,
            topic=self.topic,
            step=check.step if check is not None and self.kind is TurnKind.CHECK else None,
            outcome=self.outcome,
            question_ref=state.asked,
            picked_ref=self.picked_ref,
            record=self.record,
            risk_of_harm=self.risk is not None,
            reminded=self.reminded,
        )
