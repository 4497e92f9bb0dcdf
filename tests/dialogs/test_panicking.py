"""Someone who says they are panicking (tryout34 #14).

"sorry I'm really panicking, I don't know what to do" got "I couldn't find that in the published
Q&A". The writer's own panic now gets a calm word, then the next steps (procedures and 999
first); "I don't know what to do" alone gets the steps; a child's panic told of is not the
writer's.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

CALM = "Take a breath"
STEPS = "What to do next"


@pytest.mark.parametrize(
    "message",
    ["sorry I'm really panicking, I don't know what to do", "help, I'm freaking out"],
)
def test_the_writers_panic_gets_a_calm_word_then_the_steps(chat: Chat, message: str) -> None:
    said = texts(chat.send(message))
    assert CALM in said and STEPS in said
    assert said.index(CALM) < said.index(STEPS)
    assert "999" in said


@pytest.mark.parametrize("message", ["I don't know what to do", "sorry, what now?"])
def test_not_knowing_what_to_do_gets_the_steps(chat: Chat, message: str) -> None:
    said = texts(chat.send(message))
    assert STEPS in said and CALM not in said


def test_a_childs_panic_is_not_the_writers(chat: Chat) -> None:
    assert CALM not in texts(chat.send("the girl was panicking when she told me her dad hits her"))
