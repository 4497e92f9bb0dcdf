"""Shared fixtures: the real core, and a `Chat` that reads like a conversation."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import pytest

from bot.app import Core, build_core
from dialogs.contract import Choice, Reply, Turn
from dialogs.facts import fixed_clock
from dialogs.state import ConversationState
from tests.support.packs import builtin_knowledge

FIXED_NOW = datetime(2026, 11, 25, 14, 30, tzinfo=UTC)
FIXED_CLOCK = fixed_clock(FIXED_NOW)


@pytest.fixture(scope="session")
def core() -> Core:
    return build_core()


class Chat:
    """Drives the pure assistant the way a person would, keeping state between turns."""

    def __init__(self, core: Core, *, private: bool = True) -> None:
        self.core = core
        self.state = ConversationState()
        self.private = private
        self.history: list[Reply] = []

    def _turn(self, turn: Turn) -> list[Reply]:
        self.state, replies = self.core.assistant.respond(self.state, turn, FIXED_CLOCK)
        # Every state the core returns must survive the store's JSON round trip unchanged.
        assert ConversationState.from_json(self.state.to_json()) == self.state
        self.history += replies
        return replies

    def send(self, text: str) -> list[Reply]:
        """Type a message."""
        return self._turn(Turn("test", "c1", "u1", text=text, private=self.private))

    def first(self, text: str) -> Reply:
        """Type a message; the first reply that is not the privacy reminder."""
        return next(r for r in self.send(text) if not r.text.startswith("A quick reminder"))

    def press_value(self, value: str) -> list[Reply]:
        """Press a button with this value (it may be one from an old message)."""
        return self._turn(Turn("test", "c1", "u1", action=value, private=self.private))

    def submit(self, value: str, fields: dict[str, str]) -> list[Reply]:
        """Send a filled-in record form (as a door does): its value, and the field texts."""
        turn = Turn(
            "test", "c1", "u1", action=value, private=self.private, form=tuple(fields.items())
        )
        return self._turn(turn)

    def press(self, label: str) -> list[Reply]:
        """Press the button labelled `label` on the most recent message that has it."""
        return self.press_value(self.choice(label).value)

    def choice(self, label: str) -> Choice:
        for reply in reversed(self.history):
            for choice in reply.choices:
                if choice.label.casefold() == label.casefold():
                    return choice
        raise AssertionError(f"no button labelled {label!r} has been shown")


@pytest.fixture
def chat(core: Core) -> Chat:
    return Chat(core)


def texts(replies: Sequence[Reply]) -> str:
    """All reply texts joined, for assertions that read like the screen."""
    return "\n---\n".join(r.text for r in replies)


def quoted(replies: Sequence[Reply]) -> list[str]:
    """The titles of the published answers quoted in `replies` (none for any other reply)."""
    return [r.card.title for r in replies if r.card is not None]


def published_question(number: int) -> str:
    """The published question of entry `number`: the title a quote of it carries."""
    entry = builtin_knowledge().entry(number)
    assert entry is not None
    return entry.question


def labels(reply: Reply) -> list[str]:
    return [c.label for c in reply.choices]
