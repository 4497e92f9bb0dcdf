"""A question setting one group of people against another ("adults too, or just kids?") asks
whether an entry's answer holds for that group (tryout35b finding 6): entry 1's general answer
on why sharing matters was quoted for it; only an entry answering whom something applies to
(entry 9, whom the guidance is for) is quoted."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted

_WHY_IMPORTANT = 1
_WHO_FOR = 9


@pytest.mark.parametrize(
    "message",
    [
        "is information sharing important for adults too or just kids",
        "is sharing information only important for children, or for adults as well?",
        "does sharing information matter for older people too?",
        "why is information sharing important, for families or just professionals?",
    ],
)
def test_a_group_set_against_another_is_not_the_general_answer(chat: Chat, message: str) -> None:
    replies = chat.send(message)

    assert published_question(_WHY_IMPORTANT) not in quoted(replies)
    assert published_question(_WHY_IMPORTANT) in "\n".join(r.text for r in replies) + "".join(
        c.label for r in replies for c in r.choices
    )


@pytest.mark.parametrize(
    "message",
    [
        "is information sharing important?",
        "How does sharing information help children and families?",
    ],
)
def test_no_group_set_against_another_is_still_answered(chat: Chat, message: str) -> None:
    assert quoted(chat.send(message)) == [published_question(_WHY_IMPORTANT)]


def test_whom_the_guidance_is_for_answers_a_group_set_against_another(chat: Chat) -> None:
    replies = chat.send("Is the guidance for managers too, or just front-line staff?")

    assert quoted(replies) == [published_question(_WHO_FOR)]


def test_what_a_group_thinks_answers_a_group_set_against_another(chat: Chat) -> None:
    replies = chat.send(
        "do teenagers actually mind public services sharing their information about them, "
        "or is it just adults who worry?"
    )

    assert quoted(replies) == [published_question(5)]
