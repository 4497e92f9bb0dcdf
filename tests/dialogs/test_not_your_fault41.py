"""Round 41 (yp40, tryout40 #4): a young person, after their signpost, asking whether the harm is
their fault ("is it my fault for wearing tight trousers") got "I couldn't find that", or where to
get help again. Now they are told first that it never is, whatever they wear, then whom to tell
(at work or on an apprenticeship, the training provider's safeguarding lead or assessor),
Childline and 999 (the typed-words pack's worry `fault`, the about pack's `writer_fault`). A
practitioner's "is it my fault" is not read for it."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

_NEVER = "**No. It is never your fault, whatever you wear"


@pytest.mark.parametrize(
    ("message", "follow_up"),
    [
        (
            "im a 16 yr old apprentice at a garage. one of the older mechanics keeps putting his"
            " hand on my leg",
            "is it my fault for wearing tight trousers",
        ),
        ("im 14 and my stepdad touches me", "is it my fault"),
        ("im 15 and my uncle touches me when i stay over", "did i ask for it"),
        ("im 16 and my boss keeps touching me at work", "is it because of what i wear"),
        ("im 13 and my mums boyfriend hits me", "is it me, am i to blame"),
    ],
)
def test_a_young_person_asking_if_it_is_their_fault_is_told_it_never_is(
    chat: Chat, message: str, follow_up: str
) -> None:
    chat.send(message)
    said = texts(chat.send(follow_up))
    assert said.startswith(_NEVER), said
    assert "0800 1111" in said and "999" in said and "training provider" in said


def test_a_practitioners_is_it_my_fault_is_not_answered_as_a_young_persons(chat: Chat) -> None:
    chat.send("a pupil told me her stepdad touches her")
    assert _NEVER not in texts(chat.send("is it my fault i didnt spot it sooner"))
