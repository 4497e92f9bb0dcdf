"""Two replies the lead saw in round 21, and fresh wordings of each (docs/matcher.md, round 21).

"Who else can I speak to?" asks whom to go to, as "who can I speak to?" does: the word "else"
only says the first person is not there. "Does the guidance cover the kind of sharing we do with
X?" names a kind of information sharing, whatever X is: a fair question about the guidance's
scope, never chatter.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

_CONTACTS = "**Who to ask**"
_REFERRAL = "How to make a safeguarding referral isn't in the Q&A"
_CHATTER = "I can only help with sharing information about people"


@pytest.mark.parametrize(
    "message",
    [
        "our DSL is off sick, who else can I speak to about a concern?",
        "the safeguarding lead is on leave. who else can I talk to?",
        "is there someone else I can talk to? my manager is off",
        "who else should I contact if our designated safeguarding lead isn't in?",
    ],
)
def test_who_else_gets_the_contacts(chat: Chat, message: str) -> None:
    shown = texts(chat.send(message))
    assert _CONTACTS in shown, shown
    assert _REFERRAL not in shown, shown


@pytest.mark.parametrize(
    "message",
    [
        "does the guidance cover the kind of sharing we do with the tax office?",
        "does the guidance apply to the sharing we do with the DVLA?",
        "is the kind of sharing we do with the benefits agency covered by the guidance?",
    ],
)
def test_asking_what_the_guidance_covers_is_not_chatter(chat: Chat, message: str) -> None:
    replies = chat.send(message)
    shown = texts(replies)
    assert _CHATTER not in shown, shown
    # entry 10 ("Does the guidance apply to all instances of information sharing?") is quoted
    # or offered
    titles = [r.card.title for r in replies if r.card is not None]
    offered = [c.label for r in replies for c in r.choices]
    assert any("all instances" in t for t in (*titles, *offered)), (titles, offered, shown)


def test_chatter_about_other_guidance_stays_chatter(chat: Chat) -> None:
    # guidance on something other than sharing about people is still chatter
    shown = texts(chat.send("where's the guidance on claiming travel expenses?"))
    assert _CHATTER in shown, shown
