"""Whether a thing is personal data, asked of any thing (tryout40 #15: "is a festival wristband
with a name on it personal data?" got "I couldn't find that", "is a childs date of birth
personal information?" "Did you mean: Who is the guidance for?"): the key question 2 summary,
as "what is personal data" gets. Questions that only mention personal data keep their reply."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, quoted, texts

_IDENTIFIABLE = "key question 2: Does the information enable a living person to be identified?"


@pytest.mark.parametrize(
    "asked",
    [
        "St John volunteer - is a festival wristband with a name on it personal data?",
        "childrens centre receptionist - is a childs date of birth personal information?",
        "is a car registration number personal data",
        "are photos of pupils on the website personal information?",
    ],
)
def test_whether_a_thing_is_personal_data_gets_the_key_question_2_summary(
    chat: Chat, asked: str
) -> None:
    replies = chat.send(asked)
    assert _IDENTIFIABLE in texts(replies)
    assert quoted(replies) == []


@pytest.mark.parametrize(
    "asked",
    [
        "can I share personal data with the police",
        "who can see personal data",
        "is it ok to email personal data to a parent",
        "is explicit consent always required before sharing personal information?",
        "are protocols needed before staff can pass on personal data",
    ],
)
def test_a_question_only_mentioning_personal_data_is_not_the_summary(
    chat: Chat, asked: str
) -> None:
    assert _IDENTIFIABLE not in texts(chat.send(asked))
