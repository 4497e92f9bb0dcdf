"""The doors' search of the published questions, run where the pipeline runs the core.

A compose-box search asks again at nearly every key press, so each lookup runs on the
pipeline's one core thread (`CoreDecisions.run_core`), never on the event loop: a pasted page
in a search box must not stall the other conversations of this process. Nothing here keeps or
logs the query; the log line says only what was found, in numbers.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Protocol, TypeVar

from dialogs.contract import Lookup, Reply
from dialogs.lookup import QuestionSearch

_log = logging.getLogger("infoshare.lookups")
_T = TypeVar("_T")


class CoreRunner(Protocol):
    """Runs a call into the pure core and awaits its result (`CoreDecisions.run_core`)."""

    def __call__(self, call: Callable[[], _T], /) -> Awaitable[_T]: ...


class CoreLookups:
    """`dialogs.contract.Lookups` for the doors: the pure search, off the event loop."""

    def __init__(self, search: QuestionSearch, run_core: CoreRunner) -> None:
        """Args:
        search: the pure search of the published questions.
        run_core: where to run it: the turn pipeline's `run_core`.
        """
        self._search = search
        self._run_core = run_core

    async def lookup(self, query: str, *, limit: int = 8) -> Lookup:
        """Search the published questions for `query`; see `QuestionSearch.lookup`."""
        started = time.perf_counter()
        found = await self._run_core(partial(self._search.lookup, query, limit=limit))
        _log.info(
            "lookup",
            extra={
                "picks": [p.number for p in found.picks],
                "matched": found.matched,
                "risk_of_harm": found.risk_of_harm,
                "ms": round((time.perf_counter() - started) * 1000, 1),
            },
        )
        return found

    async def shared_answer(self, number: int) -> Reply | None:
        """The quoted answer to entry `number` as shared into a conversation, or None."""
        return await self._run_core(partial(self._search.shared_answer, number))
