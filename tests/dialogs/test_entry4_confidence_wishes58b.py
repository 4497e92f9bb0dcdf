"""Round 58 (quote256, issue 11): breaking a confidence, sharing against someone's wishes.

Entry 4 answers when one may share without consent: "is it ever ok to break a confidence?" asks
it, as "can I share against the family's wishes?" does (qa.yaml: an
alternate and the anchors "share against", …; a confidence is something shared, in the
`sharing` objects). Losing confidence in a system is not. The messages are the writer's own,
through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted

_ENTRY_4 = [published_question(4)]


@pytest.mark.parametrize(
    "asked",
    [
        "Is it ever ok to break a confidence?",
        "When am I allowed to break a confidence?",
        "can I share against the family's wishes?",
    ],
)
def test_breaking_a_confidence_or_sharing_against_wishes_is_entry_4(chat: Chat, asked: str) -> None:
    assert quoted(chat.send(asked)) == _ENTRY_4


def test_losing_confidence_in_a_system_is_not_entry_4(chat: Chat) -> None:
    asked = "We've lost confidence in the referral system. Who do we tell?"
    assert _ENTRY_4[0] not in quoted(chat.send(asked))
