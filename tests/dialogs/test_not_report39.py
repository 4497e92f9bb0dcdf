"""Round 39 (fa39): after a signpost, "in trouble" and "leave it" hold the line only when the
writer is talking themself out of reporting ("I don't want to get him in trouble", "I'll just
leave it for now"), not in a question about what happens next ("will the dad get in trouble?")
or about whom to leave it with ("can I leave it with the DSL?")."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

SUPERVISOR = (
    "lunchtime supervisor, a girl in yr 2 never eats and today she said her step mum doesnt let "
    "her eat at home if she's been bad, she's tiny"
)
HELD = "Please still tell your safeguarding lead today"


@pytest.mark.parametrize(
    "text",
    [
        "will the dad get in trouble?",
        "will she get in trouble for telling me?",
        "is the step mum going to be in trouble",
        "can I leave it with the DSL to decide?",
    ],
)
def test_asking_what_happens_next_is_not_talking_out_of_it(chat: Chat, text: str) -> None:
    assert chat.send(SUPERVISOR)[0].risk_of_harm
    assert not texts(chat.send(text)).startswith(f"**{HELD}")


@pytest.mark.parametrize(
    "text",
    [
        "i dont want to get him in trouble",
        "i dont want her to get into trouble, she's a good mum really",
        "i'll just leave it for now",
        "should i leave it and see how she is",
        "i really dont want to get the family in trouble",
    ],
)
def test_talking_out_of_it_still_holds_the_line(chat: Chat, text: str) -> None:
    assert chat.send(SUPERVISOR)[0].risk_of_harm
    assert texts(chat.send(text)).startswith(f"**{HELD}")
