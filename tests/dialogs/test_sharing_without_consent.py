"""Sharing without consent with someone named: a summary of the public interest, not a quote.

Entry 4's published answer speaks of consent in general; it does not decide whether the police,
a school or a carer may be told without consent. Such a question gets what the 2008 guidance
says about the public interest (key question 5), marked as a summary, then the consent check.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, labels, quoted, texts


def test_the_leads_police_question_gets_the_public_interest_in_summary_then_the_check(
    chat: Chat,
) -> None:
    replies = chat.send("can I share info with the police without consent?")
    assert quoted(replies) == []
    summary = next(r for r in replies if "(sharing without consent)" in r.text)
    said = summary.text
    assert said.startswith("**In summary, from the 2008 guidance** (sharing without consent)")
    assert "public interest outweighs" in said
    assert "significant harm" in said
    assert "seek advice" in said
    assert "record your decision and your reasons" in said
    assert "not a quoted published answer" in said
    assert "has since been replaced" in said
    assert labels(summary)[0] == "Start a consent check"

    replies = chat.press("Start a consent check")
    assert "Key question 1" in texts(replies)


@pytest.mark.parametrize(
    "message",
    [
        "the police want information about a pupil, can I give it without consent?",
        "Can I tell the school without the young person's consent?",
        "Mum has refused consent. Can I still ring social care without her permission?",
        "Can I pass this on to the GP without asking the family?",
    ],
)
def test_other_recipients_without_consent_get_the_same_summary(chat: Chat, message: str) -> None:
    replies = chat.send(message)
    assert quoted(replies) == []
    assert "(sharing without consent)" in texts(replies)


def test_sharing_without_consent_in_general_still_quotes_entry_4(chat: Chat) -> None:
    key_factors = chat.core.knowledge.entry(4)
    assert key_factors is not None
    assert quoted(chat.send("Can I share information without consent?")) == [key_factors.question]


@pytest.mark.parametrize(
    "message",
    [
        # no sharing is asked about
        "Is a carer using an older client's debit card without permission financial abuse?",
        # a consent age is the consent summary's
        "Can a 14 year old give or refuse consent to share information themselves?",
        # a topic we don't cover keeps its own reply
        "The police want a copy of our notes without consent",
    ],
)
def test_without_consent_alone_does_not_bring_the_summary(chat: Chat, message: str) -> None:
    assert "(sharing without consent)" not in texts(chat.send(message))


def test_mid_check_the_summary_keeps_the_persons_place(chat: Chat) -> None:
    chat.send("check")
    replies = chat.send("can I tell the police without consent?")
    said = texts(replies)
    assert "(sharing without consent)" in said
    assert "We're still on this question" in said
    assert "Key question 1" in said


@pytest.mark.parametrize(
    "message",
    [
        "do I need consent to share with the MASH?",
        "do I need consent to make a referral to the MASH?",
        "do I need parental consent to make a referral to Children's Services?",
    ],
)
def test_consent_for_a_referral_is_about_consent_not_how_to_refer(chat: Chat, message: str) -> None:
    said = texts(chat.send(message))
    assert "(sharing without consent)" in said
    assert "How to make a safeguarding referral isn't in the Q&A" not in said


def test_how_to_make_a_referral_still_gets_its_own_reply(chat: Chat) -> None:
    said = texts(chat.send("how do I make a referral to the MASH?"))
    assert "How to make a safeguarding referral isn't in the Q&A" in said
