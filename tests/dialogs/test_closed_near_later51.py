"""Round 51 (miss176): a harm closed long ago whose doer the next sentence puts near someone now.

"I'm a survivor of abuse by my father years ago. He lives with my mother who has dementia": the
first sentence is a closed matter ("years ago"), the second says it goes on (the pack's
`near-later-openers` and `near-later`; knowledge/risk_near_later.py). Such messages are
signposted; the same past with a next sentence that puts no one near the doer now is not.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat

RINGS = [
    # the brief's own disclosures
    "I survived an attack by my ex years ago. He is out of prison next month and I am scared.",
    "I'm a survivor of abuse by my father years ago. He lives with my mother who has dementia.",
    # variants
    "I was abused by my stepdad years ago. He lives with his new girlfriend and her two kids now.",
    "My uncle abused me years ago. He babysits my cousins every weekend.",
    "I survived an assault by my ex years ago. He is being released next week and I am terrified.",
    "I'm a survivor of abuse by my grandad years ago. He coaches the under 10s at the local club.",
    "My ex attacked me years ago. He's out on parole and I'm frightened he'll find me.",
    "I was attacked by my brother years ago. He visits my elderly mum every day.",
]
QUIET = [
    "I survived an attack by my ex years ago. He died in 2015 and I have had therapy.",
    "I'm a survivor of abuse by my father years ago. He passed away last year.",
    "I survived abuse years ago. She lives in sheltered housing now and I am fine.",
    "I am a survivor of an assault years ago. He was sent to prison for ten years.",
    "I survived a car crash years ago. He lives with my mother now.",
    "My grandad fought in the war years ago. He lives with my mother.",
]


@pytest.mark.parametrize("message", RINGS)
def test_a_closed_harm_with_the_doer_near_someone_now_is_signposted(
    chat: Chat, message: str
) -> None:
    assert chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", QUIET)
def test_a_closed_past_with_no_one_near_now_is_not_signposted(chat: Chat, message: str) -> None:
    assert not chat.send(message)[0].risk_of_harm
