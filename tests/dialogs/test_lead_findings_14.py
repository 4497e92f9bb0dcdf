"""The lead's findings of round 14 (/work/notes/lead-findings.md, 00:00 and 00:10), each a
class of wording: promising to keep a secret and the public interest explained get the
summary of key question 5, a child's age with "can she consent?" the consent summary, a
legitimate purpose key question 1's; who the safeguarding lead is, or the LADO's number, the
contacts; a cry for help alone what to do next; "I need help" the help; vital interests the
GDPR reply. Each got a quoted entry, a suggestion or "I couldn't find that" before."""

from __future__ import annotations

import pytest

from dialogs.contract import Reply
from tests.support.core import Chat, quoted, texts


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("can I promise a child I won't tell anyone?", "key question 5"),
        ("can I keep it confidential?", "key question 5"),
        ("what should I say to a child who asks me to keep a secret?", "key question 5"),
        ("can I promise her I won't tell?", "key question 5"),
        # 00:35: a key question's own subject in other words
        ("can a 14 year old refuse consent for us to share?", "key question 4"),
        ("who decides if it's in the public interest?", "key question 5"),
        ("what's the difference between confidential and sensitive information?", "key question 3"),
        ("should I record when I decide not to share?", "key question 7"),
        ("explain public interest", "key question 5"),
        ("she's 12, can she consent?", "key question 4"),
        ("what does legitimate purpose mean", "key question 1"),
        # round 18: what identifiable means (it got "I couldn't find that", in a check too)
        ("what does identifiable mean", "key question 2"),
        ("what makes someone identifiable?", "key question 2"),
        ("how do I get consent", "key question 4"),
        ("how do we ask for consent from a young person", "key question 4"),
    ],
)
def test_practice_the_packs_hold_gets_its_summary(chat: Chat, message: str, expected: str) -> None:
    assert _summary_of(chat.send(message)) == expected


def _summary_of(replies: list[Reply]) -> str | None:
    """Which key question's summary the replies give ("key question 5"), when no entry is
    quoted and they are a summary of the guidance; None otherwise."""
    said = texts(replies)
    if quoted(replies) or "In summary, from the 2008 guidance" not in said:
        return None
    return next((f"key question {n}" for n in range(1, 8) if f"key question {n}" in said), None)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("who is my safeguarding lead?", "Who to ask"),
        ("who's our DSL", "Who to ask"),
        ("what's the number for the LADO", "Who to ask"),
        ("urgent", "What to do next"),
        ("it's urgent", "What to do next"),
        ("emergency", "What to do next"),
        ("I'm worried", "What to do next"),
        ("I need help", "What I can do"),
        ("can you help me", "What I can do"),
        ("does this work in Wales?", "Information-sharing assistant"),
        ("what is vital interests", "UK GDPR"),
    ],
)
def test_the_built_in_reply_for_the_words(chat: Chat, message: str, expected: str) -> None:
    replies = chat.send(message)
    assert quoted(replies) == []
    assert expected in texts(replies)


def test_public_interest_test_keeps_its_entry(chat: Chat) -> None:
    # "public task" as a cue of the GDPR topic took this from entry 4: not kept
    assert "What are the key factors" in texts(chat.send("public interest test"))


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("she's 12, can she consent?", "key question 4"),
        ("what does legitimate purpose mean", "key question 1"),
    ],
)
def test_in_a_check_the_words_get_their_summary(chat: Chat, message: str, expected: str) -> None:
    chat.send("start the check")
    for _ in range(3):
        chat.send("yes")
    assert _summary_of(chat.send(message)) == expected
