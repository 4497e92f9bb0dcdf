""" "Your information" in a question about sharing is a person's information, in the general
"you", not the assistant's (docs/matcher.md, round 30, quote30).

It was one of the routes pack's `self_words`, so with any word of keeping or seeing ("share",
"see") it sent a question about a service sharing someone's information to the privacy reply,
which says what happens to what is typed here. It names the assistant's own information only
when asked of its source or standing, which the about route's phrases now say.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

PRIVACY = "What happens to what you type"
ABOUT = "Information-sharing assistant"


@pytest.mark.parametrize(
    "message",
    [
        # each got the privacy reply before but the last ("pass on" is no word of keeping)
        "Does a hospital always need your consent to share your information?",
        "Can a school share your information without telling you?",
        "can social services see your information without asking?",
        "Is it legal for a charity to pass on your information to the council?",
    ],
)
def test_a_persons_information_is_not_the_assistants(chat: Chat, message: str) -> None:
    assert PRIVACY not in texts(chat.send(message))


@pytest.mark.parametrize(
    "message",
    [
        "Where does your information come from?",
        "is your information up to date",
        "Can I trust your information?",
        "where do you get your information from?",
    ],
)
def test_the_assistants_information_still_gets_the_about_reply(chat: Chat, message: str) -> None:
    assert ABOUT in texts(chat.send(message))


@pytest.mark.parametrize(
    "message", ["does the bot share my information?", "who can see what I type here?"]
)
def test_the_assistant_named_still_gets_the_privacy_reply(chat: Chat, message: str) -> None:
    assert PRIVACY in texts(chat.send(message))
