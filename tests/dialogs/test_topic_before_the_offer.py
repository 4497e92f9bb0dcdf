"""A decision asked for about a subject the Q&A leaves to others (round 34, replies34's report;
tryout34 #15).

"Clare's law request - can we share?" asks to share, and was offered the consent check ("That's a
decision for your professional judgement…") before the disclosure-schemes topic could say that the
scheme has its own rules. A topic's own reply now comes first, with the offer after it; the offer
alone stays for no topic or a consent topic ("do I need consent to share with the MASH?").
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

OFFER = "That's a decision for your professional judgement"


@pytest.mark.parametrize(
    ("message", "topic_words"),
    [
        ("Clare's law request - can we share?", "Disclosure schemes"),
        ("can we share records of someone who has died?", "people who have died"),
        # tryout34 #13: the outside bodies' caution, not the DBS line
        ("can I tell an employer about someone's criminal record?", "outside bodies"),
        # the example in replies34's report (a cue of the deceased topic, round 34)
        ("is it ok to share info about a deceased person", "people who have died"),
        ("can we send records to a partner organisation based outside the UK", "outside the UK"),
        (
            "can I share a claimant's details with their landlord who says they owe rent?",
            "outside bodies",
        ),
    ],
)
def test_the_topic_reply_comes_before_the_offer(chat: Chat, message: str, topic_words: str) -> None:
    said = texts(chat.send(message))
    assert topic_words in said
    # the offer stays, last, so that a "yes" next takes up the check (issue 11, round 19)
    assert said.index(topic_words) < said.index(OFFER)
    assert "Key question 1" in texts(chat.send("yes"))


@pytest.mark.parametrize(
    "message",
    [
        "can I share information about a pupil with the school nurse?",
        "should I tell the social worker what the mum said?",
    ],
)
def test_a_decision_with_no_topic_still_gets_the_offer(chat: Chat, message: str) -> None:
    assert OFFER in texts(chat.send(message))


@pytest.mark.parametrize(
    "message",
    [
        # a relatives topic beside a risk of harm: the lead first, never "isn't covered"
        "GP here, home visit to an 85 year old whose family said she couldn't pass urine. She "
        "was restless with a full bladder and I heard her ask them 'can I go to the toilet now?' "
        "and someone hiss 'no'. I've admitted her. Can I tell the hospital team what I suspect "
        "without the family knowing?",
        "a girl came to me worried about her 16 yo boyfriend, she found him drunk and crying in "
        "school and she's scared he's going to do something to himself. She thinks his parents "
        "don't know how bad it is. Can I ring them?",
    ],
)
def test_after_a_risk_of_harm_the_offer_still_wins(chat: Chat, message: str) -> None:
    replies = chat.send(message)
    assert any(r.risk_of_harm for r in replies)
    assert "speak to your designated safeguarding lead first" in texts(replies)
    assert "isn't covered" not in texts(replies)


def test_the_course_team_is_not_a_course_to_book(chat: Chat) -> None:
    # the one of nine dev replies the change above made worse, until training-booking's anchors
    # named a course to attend rather than any "course"
    said = texts(
        chat.send(
            "doctoral course tutor: a trainee's personal problems are affecting her placement "
            "work. can I share that with the rest of the course team?"
        )
    )
    assert "Booking or completing training" not in said
    assert OFFER in said
