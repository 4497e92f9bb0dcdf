"""Round 42 (miss42; fa42's and whom43's trials): a harm a child tells of, told after a
signpost, rings again.

After "our TA was suspended today after a pupil said she hit him" (signposted, with the LADO),
"now another child says she hit him" got "Did you mean…": a short message after a signpost is
read by the cues alone, and they took "another child … hit him" for a scuffle between children.
A child who tells of a blow a pronoun struck is its teller, so the harm is signposted again. A
child saying another child hit him in the playground, and a thank-you, keep their replies.
Conversations run through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat

CASES = [
    "our TA was suspended today after a pupil said she hit him",
    "a year 3 boy told me the lunchtime supervisor hit him",
]


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize(
    "again",
    [
        "now another child says she hit him",
        "another child says she hit him",
        "and a girl in his class told me she slapped him too",
    ],
)
def test_a_child_telling_of_the_blow_after_a_signpost_rings(
    chat: Chat, case: str, again: str
) -> None:
    assert chat.send(case)[0].risk_of_harm
    replies = chat.send(again)
    assert replies[0].risk_of_harm
    assert "safeguarding" in replies[0].text


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize(
    "near",
    [
        "a child says another child hit him in the playground",
        "ok thanks",
    ],
)
def test_near_follow_ups_keep_their_replies(chat: Chat, case: str, near: str) -> None:
    assert chat.send(case)[0].risk_of_harm
    assert not any(r.risk_of_harm for r in chat.send(near))
