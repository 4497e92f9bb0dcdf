"""The lead's quoting findings of round 13 (/work/notes/lead-findings.md, 21:10), each a
class: writing down a decision gets the record summary, sensitive information the
confidentiality summary, sharing by email the key question on sharing safely, and being told
by someone at work not to share quotes no entry. Each quoted an entry or got a useless
suggestion before."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, quoted, texts


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("what do I write down when I decide to share?", "Record the decision and your reasons"),
        ("should I write down why I didn't share?", "Record the decision and your reasons"),
        ("what counts as sensitive information", "Information is confidential when"),
        ("can I share with another agency by email?", "Share only what the purpose needs"),
    ],
)
def test_practice_the_packs_hold_gets_its_summary(chat: Chat, message: str, expected: str) -> None:
    replies = chat.send(message)
    assert quoted(replies) == []
    assert "In summary, from the 2008 guidance" in texts(replies)
    assert expected in texts(replies)


@pytest.mark.parametrize(
    "message",
    [
        # 21:50: another body's code, and selling data, are subjects no entry speaks of
        "how does the guidance relate to the ICO code?",
        "what do young people think about their data being sold?",
        "what should I do if my manager says not to share?",
        "my team leader told me not to share it with the school, what should I do?",
    ],
)
def test_being_told_not_to_share_and_other_subjects_quote_no_entry(
    chat: Chat, message: str
) -> None:
    assert quoted(chat.send(message)) == []


@pytest.mark.parametrize(
    "message",
    ["what should I write in a referral?", "what do I write in my notes after a home visit?"],
)
def test_writing_something_else_is_not_the_record_summary(chat: Chat, message: str) -> None:
    assert "Record the decision and your reasons" not in texts(chat.send(message))


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("can my manager see this", "What happens to what you type"),
        ("speak to a human", "Who to ask"),
        ("can I speak to a real person please", "Who to ask"),
    ],
)
def test_questions_about_the_assistant_get_its_own_replies(
    chat: Chat, message: str, expected: str
) -> None:
    replies = chat.send(message)
    assert quoted(replies) == []
    assert expected in texts(replies)


@pytest.mark.parametrize(
    "message",
    [
        "do I need her mum's consent to tell social care?",
        "do we need the parents' consent to share with the police about a missing child?",
    ],
)
def test_whether_consent_is_needed_in_a_case_gets_the_without_consent_summary(
    chat: Chat, message: str
) -> None:
    said = texts(chat.send(message))
    assert "In summary, from the 2008 guidance** (sharing without consent)" in said
