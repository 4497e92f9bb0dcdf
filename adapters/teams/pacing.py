"""Keeping each conversation under Teams' per-thread rate limits, before Teams has to say 429.

Microsoft's limits for one bot sending into one conversation (platform guidelines T-29): 7
messages a second, 8 in two seconds, 60 in thirty seconds and 1,800 an hour. A send that would
break one of them waits until it would not. The limits are kept per process; several processes
answering in one conversation at once can still meet a 429, which the door's retry answers
(T-32).
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

LIMITS = ((1.0, 7), (2.0, 8), (30.0, 60), (3600.0, 1800))
"""(seconds, most sends in that many seconds) per conversation."""
MARGIN = 0.05
"""Seconds added to each window, so that clocks a little apart still agree on the count."""
_LONGEST = max(seconds for seconds, _ in LIMITS)


class _Send:
    """One send into a conversation: when it finished, once it has."""

    __slots__ = ("done", "finished_at")

    def __init__(self) -> None:
        self.done = asyncio.Event()
        self.finished_at = 0.0


class Pacer:
    """Spaces the sends into each conversation so that none of `LIMITS` is broken.

    A send may start only once the send `most` places before it in the same conversation has
    finished, plus the window's length: Teams counts a message when it arrives, which is
    somewhere between the start and the end of its request. Sends into other conversations
    never wait for each other.
    """

    def __init__(
        self,
        limits: tuple[tuple[float, int], ...] = LIMITS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._limits = limits
        self._keep = max(most for _, most in limits)
        self._clock = clock
        self._sent: dict[str, deque[_Send]] = {}
        self._slots = 0

    @asynccontextmanager
    async def slot(self, conversation_id: str) -> AsyncIterator[None]:
        """Wait until one more send into `conversation_id` keeps to the limits, then send."""
        sends = self._sent.setdefault(conversation_id, deque(maxlen=self._keep))
        earlier = tuple(sends)
        mine = _Send()
        sends.append(mine)
        self._slots += 1
        if self._slots % 1000 == 0:
            self._forget_idle()
        try:
            for seconds, most in self._limits:
                if len(earlier) >= most:
                    before = earlier[-most]
                    await before.done.wait()
                    delay = before.finished_at + seconds + MARGIN - self._clock()
                    if delay > 0:
                        await asyncio.sleep(delay)
            yield
        finally:
            mine.finished_at = self._clock()
            mine.done.set()

    def _forget_idle(self) -> None:
        idle_since = self._clock() - _LONGEST
        for key in [
            k
            for k, sends in self._sent.items()
            if sends[-1].done.is_set() and sends[-1].finished_at < idle_since
        ]:
            del self._sent[key]
