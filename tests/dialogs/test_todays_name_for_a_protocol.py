""" "What is a data sharing agreement?" is answered by the entry on an information sharing
protocol, which never says that an ISP is what is now usually called a data sharing agreement
(docs/matcher.md, round 31, quote31).

An entry may list today's names for its 2008 term (`now_called`) with a note linking them
(`now_called_note`): a question naming one gets the note before the exact published answer
(as a fact beside the card's body, which stays the published text).
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from knowledge.qa_pack import QAEntry
from tests.support.core import Chat, texts

NOTE = "is now usually called a data sharing agreement"


@pytest.mark.parametrize(
    ("message", "number"),
    [
        ("what's a data sharing agreement?", 12),
        ("Can you explain what an information sharing agreement is?", 12),
        ("do we need a data sharing agreement before we share with the GP practice?", 13),
        ("is a DSA a legal requirement?", 13),
    ],
)
def test_todays_name_gets_the_note(chat: Chat, message: str, number: int) -> None:
    replies = chat.send(message)
    cards = [r.card for r in replies if r.card is not None]
    assert cards, texts(replies)
    assert NOTE in texts(replies)
    assert any(NOTE in value for _, value in cards[-1].facts)
    # the published answer itself is quoted as it stands
    assert "data sharing agreement" not in cards[-1].body
    assert f"question {number}" in (cards[-1].source or "")


@pytest.mark.parametrize(
    "message", ["what is an information sharing protocol?", "Do I need an ISP to share?"]
)
def test_the_2008_name_gets_no_note(chat: Chat, message: str) -> None:
    replies = chat.send(message)
    assert any(r.card is not None for r in replies)
    assert NOTE not in texts(replies)


def test_names_and_note_go_together() -> None:
    fields = {"number": 1, "question": "What is a widget?", "answer": "A part."}
    with pytest.raises(ValidationError):
        QAEntry.model_validate({**fields, "now_called": ["gadget*"]})
    with pytest.raises(ValidationError):
        QAEntry.model_validate({**fields, "now_called_note": "Now a gadget."})
    entry = QAEntry.model_validate({**fields, "now_called": ["gadget*"], "now_called_note": "x"})
    assert entry.now_called == ("gadget*",)


@pytest.mark.parametrize(
    "message",
    ["is GDPR a barrier to sharing?", "what are the implications of the UK GDPR for sharing?"],
)
def test_the_law_that_replaced_the_1998_act_gets_the_note_before_entry_3(
    chat: Chat, message: str
) -> None:
    # tryout33: "is GDPR a barrier?" got entry 3 on the 1998 Act with no word that it was
    # replaced, which read as if the 2008 text spoke of the GDPR.
    replies = chat.send(message)
    cards = [r.card for r in replies if r.card is not None]
    assert cards and "question 3" in (cards[-1].source or "")
    said = texts(replies)
    assert "replaced in May 2018 by the UK GDPR" in said
    assert said.index("replaced in May 2018") < said.index("is not a barrier to sharing")
    assert "GDPR" not in cards[-1].body


@pytest.mark.parametrize(
    "message",
    [
        "what are the implications of the Data Protection Act?",
        # tryout34 #12: quoted the 1998 Act with no word that it was replaced
        "does the Data Protection Act stop me sharing with children's services?",
    ],
)
def test_entry_3_always_says_the_1998_act_was_replaced(chat: Chat, message: str) -> None:
    # Round 34: the note on entry 3 is about the law its answer names, not a name in the
    # question, so it comes whatever the question says (`note_always`); the ISP entries' note
    # still comes only for today's name.
    said = texts(chat.send(message))
    assert "is not a barrier to sharing" in said
    assert said.index("replaced in May 2018") < said.index("is not a barrier to sharing")


def test_note_always_needs_a_note() -> None:
    fields = {"number": 1, "question": "What is a widget?", "answer": "A part."}
    with pytest.raises(ValidationError):
        QAEntry.model_validate({**fields, "note_always": True})
