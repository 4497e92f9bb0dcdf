"""A turn decided, and saved, on the store's own thread, in the call that claims its event.

On a store whose calls run on a thread of their own (`bot.stores.protocol.Settling`: the SQLite
store), a turn's claim and read, its decision and its save are one handoff to that thread,
instead of one to the store's thread, one to the core's and one to the store's again: each
handoff wakes the event loop and, under load, waits for the GIL. The decision is the same pure
call, run on another thread (the core is pure: any thread may run it), and the event loop is
never held up by it. Anything out of the ordinary (a replay, a decision that asks for the
person's last record, a failure, a save refused) is left to the pipeline, which then works
the turn out as it does on every other store.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Protocol

from bot.claims import Settle
from bot.stored_conversation import DecidedEarly, StoredConversation
from bot.stores.protocol import Save, Versioned
from dialogs.contract import Reply, Turn
from dialogs.facts import TurnContext, TurnFacts, TurnKind
from dialogs.state import ConversationState


class Deciding(Protocol):
    """The core's decision (`dialogs.assistant.Assistant.decide`)."""

    def decide(
        self, state: ConversationState, turn: Turn, now: datetime, context: TurnContext
    ) -> tuple[ConversationState, list[Reply], TurnFacts]:
        """The new state, the replies and the facts of a turn."""
        ...


def wants_record(facts: TurnFacts, context: TurnContext) -> bool:
    """Whether the core asked for the person's last decision record, not yet fetched: the turn
    is decided again once it is."""
    return facts.kind is TurnKind.RECORD and context.records_kept and context.last_record is None


class Settler:
    """Builds the work a `Settling` store runs with a turn's claim."""

    def __init__(self, core: Deciding, clock: Callable[[], datetime], dialog_ttl_seconds: float):
        """Args:
        core: the pure dialogs.
        clock: the time of a turn.
        dialog_ttl_seconds: how long a saved conversation is kept.
        """
        self._core = core
        self._clock = clock
        self._dialog_ttl = dialog_ttl_seconds

    def placing(self, turn: Turn, context: TurnContext) -> Settle[DecidedEarly]:
        """Decide `turn` on its conversation as read, saving nothing (to say where the answer
        goes); None when the pipeline must decide it itself."""

        def settle(stored: Versioned | None, _: Save) -> DecidedEarly | None:
            return self._decided(turn, stored, context, _conversation(stored))

        return settle

    def answering(self, turn: Turn, event: str, context: TurnContext) -> Settle[DecidedEarly]:
        """Decide `turn` (the turn of `event`) and save its conversation under the claim just
        made; None when the pipeline must work it out itself (a replay, or the record asked
        for). A save refused or failed leaves the decision unsaved: the pipeline saves it
        again, and meets the conflict, the lost claim or the failure as it always does."""

        def settle(stored: Versioned | None, save: Save) -> DecidedEarly | None:
            conversation = _conversation(stored)
            if conversation.has_applied(event):
                return None
            decided = self._decided(turn, stored, context, conversation)
            if decided is None:
                return None
            after = conversation.after(event, decided.decision[0], decided.now).to_json()
            try:
                save(after, None if stored is None else stored.version, self._dialog_ttl)
            except Exception:  # Conflict, ClaimLost or the store's own: see the docstring
                return decided
            return replace(decided, saved=True)

        return settle

    def _decided(
        self,
        turn: Turn,
        stored: Versioned | None,
        context: TurnContext,
        conversation: StoredConversation,
    ) -> DecidedEarly | None:
        try:
            now = self._clock()
            state, replies, facts = self._core.decide(conversation.state, turn, now, context)
        except Exception:  # decided again by the pipeline, which answers a failure as always
            return None
        if wants_record(facts, context):
            return None
        return DecidedEarly(turn, stored, now, (state, replies, facts, context))


def _conversation(stored: Versioned | None) -> StoredConversation:
    return StoredConversation.from_json(stored.value if stored else None)
