"""Round 41 (staff41, tryout40 #10): the staff reading follows who does the harm.

"staff there told us another tenant has been taking his money and hit him once" and "volunteer
tell me her son (he is 30) take her money every week and push her" were read as allegations
against staff (the position-of-trust line, then suspend, CQC, HR policy): the staff or the
volunteer only tell the writer what another tenant or a relative did. A care worker or a
volunteer who does it is still the one accused. Every conversation runs through the core the
terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts
from tests.support.packs import builtin_knowledge

ACCUSED = "allegation-against-staff"
POSITION_OF_TRUST = "adult safeguarding process for people in a position of trust"
ADULT_STEPS = "goes to your council's adult safeguarding team, today"

DISCHARGE = (
    "discharge co-ordinator. pt 45 w learning disability going back to supported living, staff "
    "there told us another tenant has been taking his money and hit him once. ward wants him out "
    "today. do i need his consent to tell the council, can i hold the discharge, and who do i "
    "phone first"
)
VOLUNTEER = (
    "hello, i am new charity shop manager, english is my second language. volunteer tell me her "
    "son (he is 30) take her money every week and push her. she say please not tell anybody. "
    "what i do? i must tell the police or no?"
)
TELLERS = [
    DISCHARGE,
    VOLUNTEER,
    "one of our carers told me a resident keeps hitting another resident in the lounge",
    "the support worker told us his brother takes his benefits and slapped him",
    "a nurse told me the patient in bed 4 punched her mum when she visited",
    "the nurse told me that the other resident keeps hitting him",
    "our volunteer told me her husband hits her and takes her pension",
    "the teacher told me her stepdad slapped her",
    # says or reports, the writer not named
    "a volunteer at the shop says her son takes her money and pushes her",
    "staff at the home said another resident hit him and took his money",
    "our support worker said the neighbour has been taking his money and hit him",
    # done to the staff member or the volunteer
    "one of our volunteers is being hit by her son and he takes her money",
    "our carer was pushed by a resident and has a bruise",
]
DOERS = [
    "a carer at the home hit him",
    "one of our volunteers has been hitting a resident",
    # the one who tells does it too, or another member of staff is named
    "the carer told me to shut up and hit me",
    "the coach told me I was useless and grabbed me by the arm",
    "the nurse told me a carer hit him last night",
    "staff told us another resident said the carer hit her",
    "our volunteer told me the manager slapped a resident",
    "one of the staff told me the caretaker has been taking year 7 girls into the store cupboard",
    "my daughter told me her teacher hit her",
    "the carer hit him and says her son will complain",
    "the volunteer slapped her and told me her son saw it",
    "the carer was hitting him and was seen by a visitor",
]


@pytest.mark.parametrize("told", TELLERS)
def test_staff_who_tell_of_another_persons_act_are_not_accused(told: str) -> None:
    finding = builtin_knowledge().risk_detector.detect(told)
    assert finding is not None
    assert ACCUSED not in finding.categories


@pytest.mark.parametrize("told", DOERS)
def test_staff_who_do_it_are_still_accused(told: str) -> None:
    finding = builtin_knowledge().risk_detector.detect(told)
    assert finding is not None
    assert ACCUSED in finding.categories


@pytest.mark.parametrize("told", [DISCHARGE, VOLUNTEER])
def test_the_reply_carries_no_staff_steps_for_another_tenants_or_a_sons_act(
    chat: Chat, told: str
) -> None:
    said = texts(chat.send(told))
    assert "an adult is at risk" in said
    assert POSITION_OF_TRUST not in said
    assert ADULT_STEPS not in said
    assert "disciplinary" not in said


@pytest.mark.parametrize(
    ("told", "contact"),
    [
        (
            "one of our carers hit a resident with dementia yesterday. do i need her consent to "
            "tell the council and who do i phone first",
            "Adult social care at your local council",
        ),
        (
            "a resident has bruises and says the night carer slapped her. do I suspend him and "
            "who do I ring",
            "Adult social care at your local council",
        ),
        (
            "one of our teachers slapped a year 5 boy in class. do i suspend him and who do i ring",
            "The LADO (local authority designated officer)",
        ),
    ],
)
def test_the_staff_steps_beneath_a_signpost_leave_its_contacts_listed_once(
    chat: Chat, told: str, contact: str
) -> None:
    said = texts(chat.send(told))
    assert "goes to " in said  # the allegations-against-staff steps are there
    assert said.count(contact) == 1
    assert said.count("- Your designated safeguarding lead") == 1


def test_the_staff_steps_asked_next_still_list_the_contacts(chat: Chat) -> None:
    chat.send("one of our carers hit a resident with dementia yesterday")
    said = texts(chat.send("who do i ring"))
    assert ADULT_STEPS in said
    assert "Adult social care at your local council" in said
