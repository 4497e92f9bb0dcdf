"""Round 41 (staff40, tryout39 #10, #11): a harm told again in a conversation is read for the
person of the case signposted before it, unless it names a child.

"a resident has unexplained bruising on her arms" then "and she told me one of the carers said
he'd hurt her if she tells" got "a child or an adult", the children's front door and the LADO;
"she's saying she was drunk and it's her fault" after a 19-year-old's case did too. The case's
contacts (no text) say whom it concerns. Every conversation runs through the core the terminal
door runs.
"""

from __future__ import annotations

import pytest

from dialogs.case_whom import whom_of
from tests.support.core import Chat, texts

ADULT_SIGNPOST = "may mean an adult is at risk"
CHILD_SIGNPOST = "may mean a child is at risk"
EITHER_SIGNPOST = "may mean a child or an adult is at risk"
MASH = "children's social care"
ADULT_CARE = "Adult social care"
LADO = "LADO"
ADULT_STEPS = "goes to your council's adult safeguarding team, today"

RESIDENT = "care home - a resident has unexplained bruising on her arms"
STUDENT = (
    "uni accommodation - a 19 year old student told me a man kept her in his room all night and "
    "wouldnt let her leave"
)
WOMAN = "a woman (45) told me her husband hits her"
GIRL = "a 10 year old told me her dad hits her with a belt"


@pytest.mark.parametrize(
    ("case", "again"),
    [
        (RESIDENT, "and she told me one of the carers said he'd hurt her if she tells"),
        (RESIDENT, "she says someone hurts her at night"),
        (STUDENT, "she's saying she was drunk and it's her fault"),
        (STUDENT, "and she says he filmed it and said he'd hurt her if she tells"),
        (WOMAN, "and she told me someone said he'd hurt her if she tells"),
    ],
)
def test_told_again_after_an_adults_case_it_is_the_adults(
    chat: Chat, case: str, again: str
) -> None:
    assert ADULT_SIGNPOST in chat.send(case)[0].text
    replies = chat.send(again)
    assert replies[0].risk_of_harm
    said = replies[0].text
    assert ADULT_SIGNPOST in said
    assert MASH not in said
    assert LADO not in said
    assert ADULT_CARE in said


def test_a_carer_accused_after_a_residents_case_gets_the_adult_staff_steps(chat: Chat) -> None:
    chat.send(RESIDENT)
    chat.send("and she told me one of the carers said he'd hurt her if she tells")
    said = texts(chat.send("who do i ring"))
    assert ADULT_STEPS in said
    assert "goes to the LADO" not in said


@pytest.mark.parametrize(
    ("case", "again"),
    [
        (WOMAN, "and her son (6) says he hits him too"),
        (WOMAN, "she's pregnant and he kicked her stomach"),
        (WOMAN, "and the year 3 pupil she minds says he hits him too"),
    ],
)
def test_a_child_named_is_read_on_its_own(chat: Chat, case: str, again: str) -> None:
    chat.send(case)
    said = chat.send(again)[0].text
    assert MASH in said


def test_told_again_after_a_childs_case_it_is_the_childs(chat: Chat) -> None:
    chat.send(GIRL)
    said = chat.send("she says it happens every night and he said he'd hurt her if she tells")[0]
    assert CHILD_SIGNPOST in said.text
    assert ADULT_CARE not in said.text


@pytest.mark.parametrize("again", ["his mum's carer hit him", "and he hits her mum too"])
def test_a_grown_up_named_after_a_childs_case_keeps_both(chat: Chat, again: str) -> None:
    chat.send(GIRL)
    said = chat.send(again)[0].text
    assert EITHER_SIGNPOST in said
    assert MASH in said
    assert ADULT_CARE in said


def test_with_no_case_before_it_a_message_is_read_on_its_own(chat: Chat) -> None:
    said = chat.send("and she told me one of the carers said he'd hurt her if she tells")[0].text
    assert EITHER_SIGNPOST in said


@pytest.mark.parametrize(
    ("contacts", "whom"),
    [
        (("safeguarding-lead", "adult-social-care"), "adult"),
        (("safeguarding-lead", "adult-social-care", "lado"), "adult"),
        (("safeguarding-lead", "childrens-social-care", "lado"), "child"),
        (("safeguarding-lead", "childrens-social-care", "adult-social-care"), None),
        (("safeguarding-lead",), None),
    ],
)
def test_whom_a_case_concerns_by_its_contacts(contacts: tuple[str, ...], whom: str) -> None:
    assert whom_of(contacts) == whom
