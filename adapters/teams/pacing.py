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
from collections.abc import Callable

LIMITS = ((1.0, 7), (2.0, 8), (30.0, 60), (3600.0, 1800))
"""(seconds, most sends in that many seconds) per conversation."""
MARGIN = 0.05
"""Seconds added to each window, so that clocks a little apart still agree on the count."""
_LONGEST = max(seconds for seconds, _ in LIMITS)


class Pacer:
    """Spaces the sends into each conversation so that none of `LIMITS` is broken.

    Each send reserves the earliest moment the limits allow, then waits for it; a wait in one
    conversation never holds up another.
    """

    def __init__(
        self,
        limits: tuple[tuple[float, int], ...] = LIMITS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._limits = limits
        self._keep = max(most for _, most in limits)
        self._clock = clock
        self._sent: dict[str, deque[float]] = {}
        self._reservations = 0

    async def wait(self, conversation_id: str) -> None:
        """Wait until one more send into `conversation_id` is within the limits."""
        delay = self._reserve(conversation_id)
        if delay > 0:
            await asyncio.sleep(delay)

    def _reserve(self, conversation_id: str) -> float:
        """Count a send at the earliest moment the limits allow; return how far off it is."""
        now = self._clock()
        sent = self._sent.setdefault(conversation_id, deque(maxlen=self._keep))
        at = max(now, sent[-1]) if sent else now
        for seconds, most in self._limits:
            if len(sent) >= most:
                # The send `most` back must have left the window before another may go.
                at = max(at, sent[-most] + seconds + MARGIN)
        sent.append(at)
        self._reservations += 1
        if self._reservations % 1000 == 0:
            self._forget_idle(now)
        return at - now

    def _forget_idle(self, now: float) -> None:
        for key in [k for k, sent in self._sent.items() if sent[-1] < now - _LONGEST]:
            del self._sent[key]
