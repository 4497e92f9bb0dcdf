"""Conversation-state stores: one protocol, several backends."""

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
