"""tryout39 #14: a full name typed in lower case in a channel ("chloe thompson's gp") was
answered in public with no word on deleting it, while "Chloe Thompson" went to its writer alone.
A common given name beside a common surname, or a given name and a class, now names someone in a
channel; everyday words side by side do not."""

from __future__ import annotations

import pytest

from dialogs.lower_case_names import LowerCaseNames
from dialogs.typed import simplify
from tests.support.core import Chat, texts
from tests.support.packs import builtin_knowledge


@pytest.fixture(scope="module")
def names() -> LowerCaseNames:
    risk = builtin_knowledge().risk
    return LowerCaseNames(frozenset(risk.given_names), risk.surnames)


@pytest.mark.parametrize(
    "typed",
    [
        "can i tell chloe thompson's gp that she fainted in swimming today? she's diabetic",
        "is it ok to share mohammed khan's new address with his old school",
        "can reception tell olivia wilson's husband her results are in",
        "my student yusuf ali (flat 4b) has depression, can i tell his tutor",
        "can i tell the school that amelia-rose in 3b has head lice",
        "worried about ellie-mae in 2R, can i tell her mum's health visitor",
        "tom in year 4 said his dad hits him",
    ],
)
def test_a_name_typed_in_lower_case_names_someone(names: LowerCaseNames, typed: str) -> None:
    assert names.named(simplify(typed))


@pytest.mark.parametrize(
    "typed",
    [
        "can i tell the school nurse",
        "we mark the register at nine",
        "is there a grace period for consent forms",
        "did you see will smith's film",
        "what is sarah's law",
        "is this a data protection breach",
        "we're planning black history month",
        "can i share it in 3 days",
        "chloe said she was fine",
    ],
)
def test_everyday_words_name_no_one(names: LowerCaseNames, typed: str) -> None:
    assert not names.named(simplify(typed))


def test_a_lower_case_name_in_a_private_chat_gets_no_note(chat: Chat) -> None:
    # The note on deleting is for a channel, where others read what was typed.
    assert "personal details" not in texts(chat.send("can i tell chloe thompson's gp she fainted"))
