"""The Slack door's parked requests: glue between the door and the core's `Parking`.

A request the door acknowledges before its answer is out is parked first, and unparked once
the answer has ended; the sweep hands back requests whose process died, to be answered as
Slack's re-delivery would be. Only events (assistant-pane messages too), presses and commands
are parked: what a person types into a record's form is never stored (PRIVACY.md), so a form
submission is not.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import Any

from adapters.slack import inbound as convert
from adapters.slack.inbound import CHANNEL, Inbound
from dialogs.contract import Parking

Reader = Callable[[dict[str, Any]], Inbound | None]
Request = tuple[str, dict[str, Any]]
"""A request that may be parked: its kind (a key of `READERS`) and its body."""
READERS: dict[str, Reader] = {
    "event": convert.from_event,
    "action": convert.from_action,
    "command": convert.from_command,
}
"""How each kind of parked request is read, when parked and again when resumed."""


class ParkedRequests:
    """Parks the door's slow requests, and sweeps for those of dead processes.

    Args:
        parking: the core's parking; None parks nothing (a request acknowledged early is then
            lost if this process dies before answering it).
        answer: how the door answers a request again (read by the given reader).
    """

    def __init__(
        self, parking: Parking | None, answer: Callable[[Reader, dict[str, Any]], Awaitable[None]]
    ) -> None:
        self._parking = parking
        self._answer = answer
        self._sweeping: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Start sweeping (on the running loop)."""
        if self._parking is not None and self._sweeping is None:
            self._sweeping = asyncio.create_task(self._parking.sweep(CHANNEL, self.resume))

    async def stop(self) -> None:
        """Stop sweeping."""
        if self._sweeping is not None:
            self._sweeping.cancel()
            await asyncio.gather(self._sweeping, return_exceptions=True)
            self._sweeping = None

    async def park(
        self, kind: str, body: dict[str, Any], answering: asyncio.Task[None], tokens: list[str]
    ) -> None:
        """Park the request of `kind` whose answer is `answering`, adding its token to
        `tokens` (which `unpark` reads once the answer has ended).

        The acknowledgement waits for this: acknowledged and not yet parked, the request would
        be lost with this process. A store slow enough to make the acknowledgement late makes
        Slack send the request again, which the claims answer once.
        """
        if self._parking is None or kind not in READERS:
            return
        token = await self._parking.park(CHANNEL, json.dumps({"kind": kind, "body": body}))
        if token is None:
            return
        tokens.append(token)
        if answering.done():  # it ended while being parked, so it did not see the token
            await self.unpark(tokens)

    async def unpark(self, tokens: list[str]) -> None:
        """The answer has ended: forget its parked request, if any."""
        if self._parking is not None:
            while tokens:
                await self._parking.unpark(tokens.pop())

    async def resume(self, payload: str) -> None:
        """Answer a parked request whose process died."""
        request = json.loads(payload)
        reader = READERS.get(request.get("kind"))
        if reader is not None and isinstance(request.get("body"), dict):
            await self._answer(reader, request["body"])
