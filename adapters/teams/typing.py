"""The typing indicator: shown only when an answer is slow, and never after it.

Teams' validation asks a bot to reply within 2 seconds or show that it is typing, and never to
leave a typing indicator up after the reply (platform guidelines T-8). Most answers take
milliseconds, so sending "typing" before every one would double the traffic to the Bot
Connector for nothing. Instead a timer starts with each turn; if nothing has been sent when it
fires, one typing activity goes. Anything the turn sends, posts or updates stops the timer first,
waiting for a typing activity already on its way, so "typing" can never follow the answer.

SDK-neutral: it works with the turn context of botbuilder and of the Microsoft 365 Agents SDK
alike (both have `turn_state`, `send_activity`, `on_send_activities` and `on_update_activity`),
and builds its typing activity with the class of the turn's own inbound activity.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

T = TypeVar("T")
TurnContext = Any
"""Either SDK's turn context (the two SDKs share the calls used here)."""
Activity = Any
TYPING = "typing"

TYPING_AFTER_SECONDS = 1.0
"""Well inside Teams' 2 seconds, even with a slow connector on the way."""
_KEY = "infoshare.teams.typing"
_log = logging.getLogger("infoshare.teams")


class Typing:
    """One turn's typing timer."""

    def __init__(self, context: TurnContext, after: float) -> None:
        self._context = context
        self._after = after
        self._sending = False
        self._task: asyncio.Task[None] | None = None

    @classmethod
    def start(cls, context: TurnContext, after: float) -> Typing:
        """Start the timer for a turn, and stop it before anything the turn sends."""
        typing = cls(context, after)
        context.turn_state[_KEY] = typing
        context.on_send_activities(typing._before_send)
        context.on_update_activity(typing._before_update)
        typing._task = asyncio.create_task(typing._run())
        return typing

    @staticmethod
    async def stop_in(context: TurnContext) -> None:
        """Stop the turn's timer, if it has one (before a send that bypasses the context)."""
        typing = context.turn_state.get(_KEY)
        if isinstance(typing, Typing):
            await typing.stop()

    async def stop(self) -> None:
        """Cancel the timer; if a typing activity is already being sent, let it finish first."""
        task, self._task = self._task, None
        if task is None or task.done():
            return
        if not self._sending:
            task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task

    async def _run(self) -> None:
        await asyncio.sleep(self._after)
        self._sending = True
        typing = type(self._context.activity)(type=TYPING)  # the SDK's own Activity class
        try:  # tried once: waiting out a rate limit for "typing" would only delay the answer
            await self._context.send_activity(typing)
        except Exception as exc:  # a missing typing indicator must not cost the answer
            _log.info("typing indicator not sent", extra={"error": type(exc).__name__})

    async def _before_send(
        self, _: TurnContext, activities: list[Activity], next_send: Callable[[], Awaitable[T]]
    ) -> T:
        if any(a.type != TYPING for a in activities):
            await self.stop()
        return await next_send()

    async def _before_update(
        self, _: TurnContext, __: Activity, next_update: Callable[[], Awaitable[T]]
    ) -> T:
        await self.stop()
        return await next_update()
