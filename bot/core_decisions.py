"""The pure core's decisions, as the turn pipeline runs them: on one worker thread of their own
(or on the event loop), a turn decided again when the core asks for the person's last decision
record.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from functools import partial
from typing import TypeVar

from bot.core_thread import CoreThread
from bot.room_reminders import RoomReminders
from dialogs.assistant import Assistant
from dialogs.contract import Reply, Turn
from dialogs.facts import TurnContext, TurnFacts, TurnKind, fixed_clock
from dialogs.state import ConversationState

_T = TypeVar("_T")


class CoreDecisions:
    """Runs the pure core for a pipeline: its turns' decisions and other calls into the core."""

    def __init__(
        self, assistant: Assistant, observer: RoomReminders, *, decide_off_loop: bool
    ) -> None:
        """Args:
        assistant: the pure dialogs.
        observer: where the person's last decision record is fetched from.
        decide_off_loop: run the core in a worker thread (see `TurnPipeline`); False runs it
            on the event loop.
        """
        self._assistant = assistant
        self._observer = observer
        # One thread: with the GIL, more would only make the loop wait its turn behind them all.
        self._core_thread = CoreThread("infoshare-core") if decide_off_loop else None
        if self._core_thread is not None:
            weakref.finalize(self, self._core_thread.stop)

    async def decide(
        self, state: ConversationState, turn: Turn, now: datetime, context: TurnContext
    ) -> tuple[ConversationState, list[Reply], TurnFacts, TurnContext]:
        """The core's decision, and the context it was made in. When the core asked for the
        person's last decision record, the record is fetched and the turn decided again."""
        new_state, replies, facts = await self._core(state, turn, now, context)
        if facts.kind is TurnKind.RECORD and context.records_kept and context.last_record is None:
            context = replace(context, last_record=await self._observer.last_record(turn))
            new_state, replies, facts = await self._core(state, turn, now, context)
        return new_state, replies, facts, context

    async def _core(
        self, state: ConversationState, turn: Turn, now: datetime, context: TurnContext
    ) -> tuple[ConversationState, list[Reply], TurnFacts]:
        clock = fixed_clock(now)
        return await self.run_core(partial(self._assistant.decide, state, turn, clock, context))

    async def run_core(self, call: Callable[[], _T]) -> _T:
        """Run a call into the pure core where the pipeline runs its decisions: on its one
        worker thread (or on the event loop, without `decide_off_loop`).

        Other users of the core (a door's search) share the thread, so that the core never
        takes more than one of the process's cores from the event loop.
        """
        # The core is pure (its only writes are memos of fixed values): any thread may run it.
        if self._core_thread is None:
            return call()
        return await self._core_thread.run(call)
