"""Someone weighing up whether to share ("I need to decide whether to tell the GP…", "not sure
if we should pass this on") has a decision to make: the reply offers the consent check, and a
"yes" next takes it up, rather than a "did you mean" after which a "yes" finds nothing waiting
(issue 11, round 19)."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, labels, quoted

CHECK_BUTTON = "Start a consent check"
KEY_QUESTION_1 = "Is there a clear and legitimate purpose"


@pytest.mark.parametrize(
    "message",
    [
        "i need to decide whether to tell the GP about a mum's drinking",
        "not sure whether to share this with the school",
        "we're debating whether or not to tell the housing officer",
        "deciding if we should inform the youth club",
        "hi there, quick one - can I forward a referral form to the school nurse by email?",
        "is it ok to forward the minutes to the child's new school?",
    ],
)
def test_weighing_up_whether_to_share_offers_the_check(chat: Chat, message: str) -> None:
    replies = chat.send(message)
    assert not quoted(replies)
    assert any(CHECK_BUTTON in labels(reply) for reply in replies), [r.text for r in replies]
    assert any(KEY_QUESTION_1 in r.text for r in chat.send("yes"))
