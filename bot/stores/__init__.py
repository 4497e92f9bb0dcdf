"""Conversation-state stores: one protocol, several backends."""

from bot.stores.protocol import Conflict, Store, Versioned

__all__ = ["Conflict", "Store", "Versioned"]
