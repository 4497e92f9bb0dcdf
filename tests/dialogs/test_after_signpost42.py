"""Round 42 (after42): rule one in the message and in the turns after its signpost.

1. "im 16 and my boss keeps grabbing my bum" got no signpost: the writer's own body grabbed or
   touched by someone named by a role no phrase knew (a boss, a chef) made no one in particular.
   Now it is the writer (the risk pack's `people`), and a young person at work gets the young
   person's reply (`dialogs.young_worker`)."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts
from tests.support.packs import builtin_knowledge

_YOUNG = "If this is happening to you, you've done the right thing telling someone"


@pytest.mark.parametrize(
    "message",
    [
        "im 16 and my boss keeps grabbing my bum",
        "i am 16 and my boss keeps grabbing my bum",
        "im 17 and my manager keeps touching my bum",
        "im 16 and the chef at my saturday job keeps grabbing my bum",
        "im 16 and my supervisor touched my thigh at work",
    ],
)
def test_a_young_worker_touched_by_a_boss_gets_the_young_persons_signpost(
    chat: Chat, message: str
) -> None:
    first = chat.send(message)
    assert first[0].risk_of_harm and first[0].text.startswith(f"**{_YOUNG}"), texts(first)


@pytest.mark.parametrize(
    "message",
    [
        "the physio will rub my knee",
        "my boss rubbed my back after the long shift",
        "can my boss grab my arm",
        "my trousers keep rubbing my legs",
    ],
)
def test_near_messages_about_ones_own_body_tell_of_no_harm(message: str) -> None:
    assert builtin_knowledge().risk_detector.detect(message) is None
