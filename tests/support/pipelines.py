"""One way for tests to build the turn pipeline, with the fixed clock and test-sized spans."""

from __future__ import annotations

from typing import Any

from bot.app import Core
from bot.pipeline import TurnPipeline
from bot.stores.protocol import Store
from tests.support.core import FIXED_NOW


def test_pipeline(core: Core, store: Store, **options: Any) -> TurnPipeline:
    """The real pipeline over `store`; `options` override the keyword arguments
    (`lease_seconds`, `observer`, the spans)."""
    settings: dict[str, Any] = {
        "clock": lambda: FIXED_NOW,
        "dialog_ttl_seconds": 3600,
        "event_ttl_seconds": 3600,
        **options,
    }
    return TurnPipeline(core.assistant, store, **settings)


test_pipeline.__test__ = False  # type: ignore[attr-defined]  # a factory, not a test
