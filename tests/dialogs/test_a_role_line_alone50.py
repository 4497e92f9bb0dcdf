"""Round 43 (fix50, tryout45 #2): a role line alone asks nothing, so it quotes nothing.

"im a maternity support worker", "hi, family support worker here" and "im a support worker"
quoted entry 14 ("How should I be supported by my organisation to share information?") in
full: "support" was its only word. A line that only says who the writer is now gets the greeting
(what I can help with), as a caretaker's does; a question that is entry 14's is still quoted.
Every conversation runs through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat

ENTRY_14 = "How should I be supported by my organisation"


@pytest.mark.parametrize(
    "said",
    [
        # The trial's lines (tryout45 12 and its re-tries).
        "im a maternity support worker",
        "hi, family support worker here",
        "im a support worker",
        # In other words.
        "im a learning disability support worker",
        "peer support worker at a drug service",
    ],
)
def test_a_role_line_alone_quotes_nothing(chat: Chat, said: str) -> None:
    replies = chat.send(said)
    assert all(r.card is None for r in replies)
    assert not any(ENTRY_14 in r.text for r in replies)
    assert not replies[0].risk_of_harm
    assert any("Ask me a question" in r.text for r in replies)  # what I can help with


@pytest.mark.parametrize(
    "asked",
    [
        "how should my organisation support me with information sharing",
        "im a support worker, how should my organisation support me to share information?",
    ],
)
def test_entry_14_asked_is_still_quoted(chat: Chat, asked: str) -> None:
    replies = chat.send(asked)
    assert any(r.card is not None and ENTRY_14 in r.card.title for r in replies)
