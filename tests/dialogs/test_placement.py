"""Where replies go is the core's decision: a consent check asked for in a shared conversation
is answered in private, and the next step of a check replaces the card whose button was pressed."""

from __future__ import annotations

import pytest

from bot.app import Core
from dialogs.contract import Private, Reply, Turn
from dialogs.state import ConversationState
from tests.support.core import FIXED_CLOCK


def _in_channel(core: Core, turn: Turn, state: ConversationState | None = None) -> list[Reply]:
    _, replies, _ = core.assistant.decide(state or ConversationState(), turn, FIXED_CLOCK)
    return replies


@pytest.mark.parametrize(
    ("turn", "private"),
    [
        (Turn("slack", "c", "u", action="cmd:check", private=False), True),
        (Turn("slack", "c", "u", action="cmd:restart", private=False), True),
        (Turn("slack", "c", "u", action="cmd:topics", private=False), False),
        (Turn("slack", "c", "u", action="check:1:purpose:yes", private=False), False),
        (Turn("slack", "c", "u", text="check", private=False), True),
        (Turn("slack", "c", "u", text="Start a consent check please", private=False), True),
        (Turn("slack", "c", "u", text="can I check a record?", private=False), False),
        (Turn("slack", "c", "u", text=None, private=False), False),
    ],
)
def test_a_consent_check_asked_for_in_a_shared_conversation_goes_private(
    core: Core, turn: Turn, private: bool
) -> None:
    replies = _in_channel(core, turn)

    assert any(r.private is Private.CONSENT_CHECK for r in replies) is private


def test_in_a_private_chat_nothing_is_marked_to_move(core: Core) -> None:
    replies = _in_channel(core, Turn("slack", "c", "u", text="check"))

    assert "Key question 1" in replies[-1].text
    assert all(r.private is None for r in replies)


def test_a_button_answer_replaces_its_card_in_private_only(core: Core) -> None:
    state, started, _ = core.assistant.decide(
        ConversationState(), Turn("teams", "c", "u", text="check"), FIXED_CLOCK
    )
    yes = started[-1].choices[0].value
    assert not any(r.replaces_pressed for r in started)  # typed: a new message

    _, in_private, _ = core.assistant.decide(
        state, Turn("teams", "c", "u", action=yes), FIXED_CLOCK
    )
    _, in_channel, _ = core.assistant.decide(
        state, Turn("teams", "c", "u", action=yes, private=False), FIXED_CLOCK
    )

    assert "Key question 2" in in_private[-1].text
    assert all(r.replaces_pressed for r in in_private)
    assert not any(r.replaces_pressed for r in in_channel)
    assert all(r.private is Private.CONSENT_CHECK for r in in_channel)
