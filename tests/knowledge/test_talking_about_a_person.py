"""Talking about a person in a meeting is sharing information about them, never chatter.

"Is it ok to discuss a family in a team meeting?" was answered "I can only help with sharing
information about people": chatter's "agenda for the team meeting" won. Discussing a family, a
child, a case, a client, a patient or a pupil names our subject (`on_topic`)."""

from __future__ import annotations

import pytest

from bot.app import Core


@pytest.mark.parametrize(
    "text",
    [
        "is it ok to discuss a family in a team meeting?",
        "can we be discussing a child at the staff meeting",
        "is it ok to discuss a client in supervision",
    ],
)
def test_discussing_a_person_is_not_chatter(core: Core, text: str) -> None:
    result = core.matcher.match(text)
    assert not result.off_topic
    assert result.answer is None


def test_meeting_chatter_is_still_off_topic(core: Core) -> None:
    assert core.matcher.match("can you share the agenda for the team meeting").off_topic
