"""Conversation-state stores: one protocol, several backends.

The backends are loaded when first named, so that reading the settings (which checks the store
URL with `bot.stores.factory`) does not load SQLite's asyncio stack or redis-py.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.stores.factory import open_store, parse_store_url
    from bot.stores.memory import MemoryStore
    from bot.stores.protocol import Claim, ClaimLost, Conflict, Store, Versioned
    from bot.stores.sqlite import SQLiteStore

__all__ = [
    "Claim",
    "ClaimLost",
    "Conflict",
    "MemoryStore",
    "SQLiteStore",
    "Store",
    "Versioned",
    "open_store",
    "parse_store_url",
]
_HOMES = {
    "Claim": "protocol",
    "ClaimLost": "protocol",
    "Conflict": "protocol",
    "MemoryStore": "memory",
    "SQLiteStore": "sqlite",
    "Store": "protocol",
    "Versioned": "protocol",
    "open_store": "factory",
    "parse_store_url": "factory",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)
