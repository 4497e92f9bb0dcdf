"""tryout38 #15: consented sharing got no plain answer: "can i tell the jobcentre my client has
depression, she said yes" got "a decision for your professional judgement", and "my client
wants me to tell her housing officer … is that ok with her consent" got "Did you mean". With
the person's agreement, the guidance's answer is plain: share what they agreed to, with whom
they agreed, and record it (golden rules 2, 4, 6 and 7), the check still on the menu."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, labels, quoted, texts

PLAIN = "you can share what they agreed to, with the people they agreed to"
JUDGEMENT = "decision for your professional judgement"


@pytest.mark.parametrize(
    "question",
    [
        "employment support - can i tell the jobcentre my client has depression, she said yes",
        "social prescriber - my client wants me to tell her housing officer about her depression "
        "so she gets priority, is that ok with her consent",
        "she has given consent for me to share her diagnosis with the school, can i?",
        "she agreed i could tell her gp about the fall, is that ok",
        "can i share her details with the food bank with her permission",
        "he said i can tell his social worker, is that ok",
    ],
)
def test_with_the_persons_agreement_the_answer_is_plain(chat: Chat, question: str) -> None:
    replies = chat.send(question)

    said = texts(replies)
    assert PLAIN in said and "Record their agreement" in said
    assert JUDGEMENT not in said and "seek advice" not in said
    assert not quoted(replies)
    assert "Start a consent check" in labels(replies[-1])


@pytest.mark.parametrize(
    "question",
    [
        "can i tell the jobcentre my client has depression",
        "can i tell the jobcentre my client has depression, she said no",
        "she said no but can i still tell her gp",
        "can i share with the gp without consent",
    ],
)
def test_without_it_the_decision_is_still_theirs_to_make(chat: Chat, question: str) -> None:
    assert PLAIN not in texts(chat.send(question))


def test_after_a_risk_of_harm_the_protection_procedures_come_first(chat: Chat) -> None:
    chat.send("my client told me her partner hits her and she is scared to go home")

    said = texts(chat.send("can i tell her gp about it, she said yes"))

    assert PLAIN not in said
    assert "safeguarding lead" in said
