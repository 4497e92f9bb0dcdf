"""A question naming the assistant or the asker's own messages, with a word of keeping or seeing
(or of trust, accuracy or who made it), gets the privacy (or about) reply however it is worded:
the lead's findings, round 15 (`self_words` and `with_self` in routes.yaml)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from knowledge.routes_schema import RoutesPack
from tests.support.core import Chat, quoted, texts

PRIVACY = "What happens to what you type"
ABOUT = "Information-sharing assistant"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("does it store what I type?", PRIVACY),
        ("who can see what I write here?", PRIVACY),
        ("is it safe to type a child's name?", PRIVACY),
        ("are my chats recorded?", PRIVACY),
        ("can my manager see my questions?", PRIVACY),
        ("does the bot log my conversation?", PRIVACY),
        ("is this chatgpt?", ABOUT),
        ("can I trust your answers?", ABOUT),
        ("who made this chatbot?", ABOUT),
        # Round 30 (a practitioner trial): entry 8 was quoted, entry 6 offered.
        ("who wrote you?", ABOUT),
        ("is the guidance still in date?", ABOUT),
        ("where would I find the new guidance?", ABOUT),
        # Round 31 (a practitioner trial): entry 6 (the 2006 guidance updated) was quoted.
        ("do schools still follow the 2008 guidance?", ABOUT),
        ("is the 2008 version still the one for health visitors?", ABOUT),
        ("has the advice been updated since 2008?", ABOUT),
        ("are we still supposed to follow this?", ABOUT),
        ("what's the 2024 edition called?", ABOUT),
    ],
)
def test_the_assistant_named_gets_its_own_reply(chat: Chat, message: str, expected: str) -> None:
    replies = chat.send(message)
    assert quoted(replies) == []
    assert expected in texts(replies)


@pytest.mark.parametrize(
    "message",
    [
        "can you see a child's record without consent?",
        "can the family see what I wrote in the referral?",
        "Who gets to see what I put in a MARAC referral - does it go to schools and housing?",
        "is it safe to share a child's name with the school?",
    ],
)
def test_records_and_referrals_are_not_the_assistant(chat: Chat, message: str) -> None:
    assert PRIVACY not in texts(chat.send(message))


@pytest.mark.parametrize(
    "pack",
    [
        {"kind": "routes", "routes": [{"to": "privacy", "phrases": ["x"], "with_self": [""]}]},
        {"kind": "routes", "routes": [{"to": "privacy", "phrases": ["x"]}], "self_words": [" "]},
    ],
)
def test_the_new_route_words_are_checked_as_phrases(pack: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        RoutesPack.model_validate(pack)


@pytest.mark.parametrize(
    "message",
    [
        "what's the difference between consent and explicit consent?",
        "what does explicit consent mean?",
    ],
)
def test_explicit_consent_gets_the_consent_summary(chat: Chat, message: str) -> None:
    """The lead's findings: key question 4's summary says what informed consent is."""
    replies = chat.send(message)
    assert quoted(replies) == []
    assert "key question 4" in texts(replies)


def test_when_to_seek_explicit_consent_stays_entry_4(chat: Chat) -> None:
    assert quoted(chat.send("when should I seek explicit consent before sharing?")) != []


@pytest.mark.parametrize(
    "message",
    [
        "are you a human?",
        "is this a bot?",
        "about",
        # Round 32 (lead): was off-topic
        "can I quote you in my report?",
        "can I cite you as a source?",
    ],
)
def test_about_says_plainly_it_is_automated_and_names_todays_edition(
    chat: Chat, message: str
) -> None:
    # Round 30 (a practitioner trial): "are you a real person?" got `about`, which never said so,
    # nor which edition replaced the 2008 guidance or where it is.
    text = texts(chat.send(message))
    assert ABOUT in text
    assert "automated assistant, not a person" in text
    assert "advice for practitioners providing safeguarding services" in text
    assert "(https://www.gov.uk/government/publications/" in text


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # Round 30 (a practitioner trial): these got the referral or formal-requests reply;
        # round 48 (asks137): the letters spelt out, not the whole contacts list
        ("what's a LADO?", "LADO stands for local authority designated officer"),
        ("what does DSL stand for", "DSL stands for designated safeguarding lead"),
        ("could you give me legal advice on the DPA?", "do not\ngive legal advice"),
        ("will this stand up in court?", "do not\ngive legal advice"),
    ],
)
def test_what_a_role_is_and_whether_it_is_legal_advice(
    chat: Chat, message: str, expected: str
) -> None:
    said = texts(chat.send(message))
    assert expected.replace("\n", " ") in said.replace("\n", " ")
    assert not quoted(chat.send(message))
