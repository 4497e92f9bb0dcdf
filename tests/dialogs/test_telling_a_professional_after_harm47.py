"""After a risk of harm is told, asking whether to tell a colleague or another professional ("can i
tell her teacher too") is told that sharing what they need to keep the person safe is normally
right, through the safeguarding lead; it got "Don't tell anyone who may be involved", word for
word the reply to telling the family (round 47, tryout123 #8). The phrases are the typed-words
pack's `professionals_told`.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

DISCLOSURE = "a 9 yr old at the club said her dad punches mum and she hides under the bed"
PROFESSIONAL = "Telling a colleague or another professional what they need to know"
INVOLVED = "Don't tell anyone who may be involved"


@pytest.mark.parametrize(
    "asked",
    [
        "can i tell her teacher too",  # the trial's line
        "should i inform the nursery as well?",
        "can i tell the school nurse too",
        "is it ok to tell her head of year",
    ],
)
def test_telling_a_professional_is_normally_right_through_the_lead(chat: Chat, asked: str) -> None:
    assert chat.send(DISCLOSURE)[0].risk_of_harm
    said = texts(chat.send(asked))
    if "Usually yes" in said:  # the worries' own reply to a professional named (round 42)
        return
    assert PROFESSIONAL in said, said
    assert INVOLVED not in said
    assert "safeguarding lead" in said


def test_telling_the_family_keeps_its_caution(chat: Chat) -> None:
    assert chat.send(DISCLOSURE)[0].risk_of_harm
    said = texts(chat.send("should i tell her dad"))
    assert PROFESSIONAL not in said
