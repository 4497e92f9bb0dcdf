"""Round 38 (tryout38 #15): "can you start the check", "pls start check" and "can u start a
consent check" got "Did you mean…" or the key-factors decline, and the "yes" answers that
followed were thrown away ("There's no question waiting"). Asking the assistant to start the
check starts it, as "start the check" and "can we do the check please" did."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

DEBT_ADVISER = (
    "debt adviser - my client is 68, her son has her bank card and has taken out loans in her "
    "name, she is scared of him"
)
ASKED = (
    "can you start the check",
    "pls start check",
    "can u start a consent check",
    "could you start the check please",
    "plz can you start the check",
)


@pytest.mark.parametrize("text", ASKED)
def test_asking_the_assistant_to_start_the_check_starts_it(chat: Chat, text: str) -> None:
    said = texts(chat.send(text))
    assert chat.state.check is not None and not chat.state.check.finished, said
    assert "Did you mean" not in said


def test_after_a_signpost_the_yes_that_follows_is_an_answer(chat: Chat) -> None:
    assert chat.send(DEBT_ADVISER)[0].risk_of_harm
    chat.send("can u start the check")
    assert chat.state.check is not None
    said = texts(chat.send("yes"))
    assert "no question waiting" not in said
    assert chat.state.check is not None and chat.state.check.answers


def test_a_question_asked_of_the_assistant_is_still_a_question(chat: Chat) -> None:
    chat.send("can you share information about a child without consent?")
    assert chat.state.check is None
