"""Round 49 (quote148): whether consent is needed gets one reply however the person is named.

With no signpost, "do i need consent?" and "do i need her consent?" both quote entry 4 (its
anchors name her, his and their consent). Just after a signpost, consent asked of the one just
told of ("her", "his") is read before any quote (`dialogs.case_consent`), so it keeps the case's
own reply: an adult's (seek agreement where safe; key questions 4 and 5) or a child's (not
needed), never entry 4's general answer. Consent asked of no one named keeps what it got.

Every conversation runs through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted, texts

_ADULT = "a client told me her husband hits her and she is scared to go home"
_CHILD = "a yr 3 boy told me his dad burns him with cigarettes"
_ADULTS_REPLY = "If an adult who has capacity"
_CHILDS_REPLY = "you don't need the child's consent"
_OF_THE_ONE_TOLD = [
    "do i need her consent?",
    "do i need his consent?",
    "do i need her permission?",
    "can i tell her gp without her consent",
]


@pytest.mark.parametrize(
    "asked", ["do i need consent?", "do i need their consent?", *_OF_THE_ONE_TOLD[:3]]
)
def test_with_no_signpost_every_wording_quotes_entry_4(chat: Chat, asked: str) -> None:
    assert quoted(chat.send(asked)) == [published_question(4)]


@pytest.mark.parametrize(("told", "reply"), [(_ADULT, _ADULTS_REPLY), (_CHILD, _CHILDS_REPLY)])
@pytest.mark.parametrize("asked", _OF_THE_ONE_TOLD)
def test_after_a_signpost_consent_of_the_one_told_gets_the_cases_reply(
    chat: Chat, told: str, reply: str, asked: str
) -> None:
    assert chat.send(told)[0].risk_of_harm
    replies = chat.send(asked)
    assert quoted(replies) == []
    assert reply in texts(replies), texts(replies)


@pytest.mark.parametrize(
    "asked",
    [
        "do i need consent?",
        "pharmacy student revising: when can a pharmacist share patient information without "
        "their consent?",
    ],
)
def test_after_an_adults_signpost_consent_of_no_one_named_keeps_entry_4(
    chat: Chat, asked: str
) -> None:
    assert chat.send(_ADULT)[0].risk_of_harm
    assert quoted(chat.send(asked)) == [published_question(4)]
