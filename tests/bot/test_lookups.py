"""The doors' search, as the composition root builds it: on the core's thread, keeping nothing."""

from __future__ import annotations

import logging
import threading

import pytest

from bot.app import Core, build_lookups
from bot.lookups import CoreLookups
from bot.stores.memory import MemoryStore
from dialogs.contract import Lookup
from tests.support.pipelines import test_pipeline

_QUERY = "ISP for Zebedee Quartermaine, 07700 900123"


async def test_a_lookup_runs_on_the_pipelines_core_thread_not_the_event_loop(core: Core) -> None:
    pipeline = test_pipeline(core, MemoryStore())
    seen: list[str] = []

    def search() -> str:
        seen.append(threading.current_thread().name)
        return "ran"

    assert await pipeline.decisions.run_core(search) == "ran"
    found = await build_lookups(core, pipeline).lookup("ISP")
    assert found.picks[0].number == 12 and found.matched
    assert seen and seen[0].startswith("infoshare-core")
    assert seen[0] != threading.current_thread().name


async def test_without_a_core_thread_the_search_runs_on_the_loop(core: Core) -> None:
    pipeline = test_pipeline(core, MemoryStore(), decide_off_loop=False)
    here = threading.current_thread().name
    assert await pipeline.decisions.run_core(lambda: threading.current_thread().name) == here


async def test_the_shared_answer_comes_from_the_core(core: Core) -> None:
    lookups = build_lookups(core, test_pipeline(core, MemoryStore()))
    assert await lookups.shared_answer(13) == core.search.shared_answer(13)
    assert await lookups.shared_answer(99) is None


async def test_the_query_is_never_logged(core: Core, caplog: pytest.LogCaptureFixture) -> None:
    lookups = CoreLookups(core.search, test_pipeline(core, MemoryStore()).decisions.run_core)
    with caplog.at_level(logging.DEBUG):
        found: Lookup = await lookups.lookup(_QUERY)
    assert found.picks
    (record,) = [r for r in caplog.records if r.name == "infoshare.lookups"]
    logged = repr(record.__dict__)
    assert "Zebedee" not in logged and "07700" not in logged and "ISP" not in logged
    assert record.__dict__["picks"] == [p.number for p in found.picks]
