"""Whether a failed send is known not to have arrived, or may have arrived all the same.

A platform that answered with an error, or could not be reached, did not take the message: the
door gives its event up at once (`Turns.release(..., undelivered=True)`), so that the person's
press or message sent again is answered without waiting out the event's lease. A send that
timed out, or whose connection dropped before the platform's answer, may have landed: then the
lease is kept, since a second answer is worse than a wait.
"""

from __future__ import annotations

import enum

import aiohttp

_UNSURE = (TimeoutError, aiohttp.ServerDisconnectedError, aiohttp.ClientPayloadError)
"""Failures after which the platform may have taken the message (asyncio's and aiohttp's
timeouts are `TimeoutError`s)."""
_CHAIN_LIMIT = 8


def surely_unsent(exc: BaseException) -> bool:
    """Whether `exc`, raised by a send, means the message did not arrive: False if it, or any
    error it was raised while handling (an SDK's wrapper of a timeout, even one raised
    ``from None``), leaves that in doubt."""
    seen: BaseException | None = exc
    for _ in range(_CHAIN_LIMIT):
        if seen is None:
            return True
        if isinstance(seen, _UNSURE) or not isinstance(seen, Exception):
            return False
        seen = seen.__cause__ or seen.__context__
    return False


class Arrival(enum.Enum):
    """What became of an answer's messages."""

    ARRIVED = "arrived"
    REFUSED = "refused"
    """The platform did not take one (`surely_unsent`): nothing from that one on arrived."""
    UNSURE = "unsure"
    """One may have arrived or not (a timeout), or sending stopped (the answer stood down)."""


def arrival_after(exc: BaseException) -> Arrival:
    """What a send that raised `exc` leaves the answer as (`surely_unsent`)."""
    return Arrival.REFUSED if surely_unsent(exc) else Arrival.UNSURE
