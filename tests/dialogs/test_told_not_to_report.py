"""Told by someone at work not to report a concern (docs/matcher.md, round 31, quote31b).

"my manager told me not to report it" (a trial through the Slack door, round 31) was offered
"What is the purpose of the information sharing guidance?". No published answer speaks of it,
and "ask your manager" is no help to someone whose manager said no. It now gets a built-in
reply: the protection procedures still apply, the safeguarding lead and the next person in the
procedures, the whistleblowing procedure, and the reporting routes of the contacts pack (social
care, the LADO). Never legal advice.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

TOLD = "If you've been told not to report a concern"


@pytest.mark.parametrize(
    "message",
    [
        # each offered an entry, or "couldn't find", before
        "my manager told me not to report it",
        "the head won't let me make a referral, what can I do?",
        "my line manager says not to refer the family, they would be upset",
        "my supervisor doesn't want me to escalate it",
        "our DSL said I shouldn't report it",
        "I've been told not to raise a concern about a colleague",
        "the deputy head talked me out of reporting",
        # round 34 (tryout34 #9): told by others than a manager, each a suggestion or a miss
        "the head says we shouldn't refer because it will upset the parents",
        "a colleague said I'm overreacting and shouldn't tell anyone what the child said",
        "the pastor says we should deal with it within the church and not go to social services",
        "the committee wants to keep it quiet",
        "the trustees want it kept quiet",
    ],
)
def test_told_not_to_report_gets_the_routes(chat: Chat, message: str) -> None:
    said = texts(chat.send(message))
    assert TOLD in said
    assert "whistleblowing" in said
    assert "LADO" in said
    assert "legal advice" in said


@pytest.mark.parametrize(
    "message",
    [
        "can I share information without consent?",
        "who should I contact?",
        "should I report it to the police?",
        # asks about consent, not an instruction: each got the consent summary or entry 4
        "are we not allowed to make a referral without consent?",
        "the GP said we're not allowed to refer without the parents' consent, is that right?",
        "why shouldn't we refer without consent?",
        "am I overreacting?",
    ],
)
def test_other_questions_do_not_get_it(chat: Chat, message: str) -> None:
    assert TOLD not in texts(chat.send(message))


def test_a_disclosure_is_still_signposted_first(chat: Chat) -> None:
    replies = chat.send("my manager told me not to report it but the boy had bruises on his neck")
    assert replies[0].risk_of_harm
    assert TOLD in texts(replies)
