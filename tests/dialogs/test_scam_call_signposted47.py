"""A signpost for a message naming a "safe account" or bank-impersonation scam call says, after
its first paragraph, that it is a scam, not to move money, and to call the bank on the card's
number or 159 (round 47, tryout123 #6). The phrases are the typed-words pack's `scam_told`, the
words the about pack's `scam_call` (`dialogs.scam_call`).
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

SCAM = "This sounds like a scam: don't move any money."

SCAM_CALLS = [
    # the trial's line
    "im 76 a man on the phone says hes from my bank and i need to move my savings to a safe "
    "account today, hes calling back in an hour",
    # other wordings, by the person called and by someone at work
    "a man rang my nan saying he was from her bank and she had to move her money to a safe account",
    "my client said the bank's fraud team rang and a courier is coming to collect her card",
    "our customer says the police told him to move his savings into a safe account",
]


@pytest.mark.parametrize("message", SCAM_CALLS)
def test_a_scam_call_gets_the_scam_line_after_the_signposts_first_paragraph(
    chat: Chat, message: str
) -> None:
    replies = chat.send(message)
    first = replies[0]
    assert first.risk_of_harm
    opening, _, rest = first.text.partition("\n\n")
    assert SCAM not in opening  # the signpost still comes first
    assert rest.startswith(f"**{SCAM}"), first.text
    assert "159" in rest


@pytest.mark.parametrize(
    "message",
    [
        # money taken by someone close is no scam call
        "im 79 and my grandson has been taking money out of my bank account",
        "my client's son keeps taking her bank card and her pension",
    ],
)
def test_other_money_taken_has_no_scam_line(chat: Chat, message: str) -> None:
    replies = chat.send(message)
    assert replies[0].risk_of_harm
    assert SCAM not in texts(replies)


def test_a_question_about_a_safe_account_with_no_harm_told_is_not_signposted(chat: Chat) -> None:
    replies = chat.send("what is a safe account in online banking training?")
    assert not any(r.risk_of_harm for r in replies)
    assert SCAM not in texts(replies)
