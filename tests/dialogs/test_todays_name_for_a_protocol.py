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
