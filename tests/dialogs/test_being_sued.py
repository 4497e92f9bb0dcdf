"""Afraid of being sued for sharing (tryout34 #14).

"can the parents sue me for telling social services?" was offered "What do children, young people
and families think about information sharing?". It now hears that this is not legal advice, that
sharing in good faith under the procedures and recorded is what the guidance asks, and who to ask.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

NOT_ADVICE = "I can't give legal advice"


@pytest.mark.parametrize(
    "message",
    [
        "can the parents sue me for telling social services?",
        "can the family take legal action against me for referring?",
    ],
)
def test_fear_of_being_sued_gets_the_pointer(chat: Chat, message: str) -> None:
    said = texts(chat.send(message))
    assert NOT_ADVICE in said
    assert "information-governance or legal team" in said


def test_supported_by_my_organisation_is_still_the_entry(chat: Chat) -> None:
    assert NOT_ADVICE not in texts(chat.send("how should I be supported by my organisation?"))
