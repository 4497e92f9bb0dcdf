"""Round 41 (staff40, tryout39 #9): an adult's harm told with a care worker named as the one it
is about is an allegation against staff.

"a resident with dementia has bruises on her inner thighs and screams when the night carer does
her pad change. do I suspend him and who do I ring" got the adult signpost alone: now its
signpost carries the position-of-trust line and the allegations-against-staff steps follow
(adult safeguarding today, the police, the CQC; never the LADO), and a bare "who do I ring"
after it gets them too. A care worker harmed, told, or who saw it, and a relative caring, are
not the one accused. Every conversation runs through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from dialogs.staff_named import StaffNamed
from tests.support.core import Chat, texts
from tests.support.packs import builtin_knowledge

ADULT_STEPS = "goes to your council's adult safeguarding team, today"
LADO_STEPS = "goes to the LADO"
POSITION_OF_TRUST = "adult safeguarding process for people in a position of trust"

NIGHT_CARER = (
    "a resident with dementia has bruises on her inner thighs and screams when the night carer "
    "does her pad change"
)
ACCUSED = [
    NIGHT_CARER,
    "one of our residents has bruises on her wrists and says the agency worker was rough with "
    "her last night",
    "an elderly patient on the ward has a black eye and is frightened of the nurse on nights",
    "a resident has scratches on her back and cries whenever one of the male carers comes in to "
    "wash her",
    "a woman with dementia in our care home has a bruise on her breast and is scared of one of "
    "the care assistants",
    "a service user at our day centre has bruises on her arms and says the support worker grabs "
    "her",
]
NOT_ACCUSED = [
    # a care worker harmed by a resident
    "a resident punched one of our carers and she has a black eye",
    "a resident with dementia keeps hitting the night staff and one of the carers has bruises",
    "a resident keeps scratching the carers and one of them has a cut on her hand",
    # told, or the one who saw it
    "an elderly woman told the nurse her son takes her pension and hits her",
    "the nurse found bruises on an elderly patient's arms, her husband brought her in",
    # the writer's own role; a relative caring
    "I'm a carer and my client has bruises on her arms from her husband",
    "nursing home nurse. a resident with dementia was cared for at home by her husband for "
    "years. he visits daily and staff and visitors keep seeing them argue and it's getting "
    "physical",
]


@pytest.mark.parametrize("told", ACCUSED)
def test_asked_with_the_harm_the_staff_steps_follow_its_signpost(chat: Chat, told: str) -> None:
    replies = chat.send(f"{told}. do I suspend him and who do I ring")
    assert replies[0].risk_of_harm
    assert "an adult is at risk" in replies[0].text
    assert POSITION_OF_TRUST in replies[0].text
    said = texts(replies[1:])
    assert ADULT_STEPS in said
    assert LADO_STEPS not in texts(replies)


@pytest.mark.parametrize("told", ACCUSED)
@pytest.mark.parametrize("asked", ["who do I ring", "who do i tell", "who should i ring?"])
def test_a_bare_who_do_i_ring_after_it_gets_the_staff_steps(
    chat: Chat, told: str, asked: str
) -> None:
    assert chat.send(told)[0].risk_of_harm
    said = texts(chat.send(asked))
    assert ADULT_STEPS in said
    assert LADO_STEPS not in said


@pytest.mark.parametrize(
    "asked",
    ["who should we call?", "who do i need to tell", "who do we contact", "who do i inform"],
)
def test_whom_to_ring_in_other_words_gets_the_staff_steps(chat: Chat, asked: str) -> None:
    chat.send(NIGHT_CARER)
    said = texts(chat.send(asked))
    assert ADULT_STEPS in said
    assert LADO_STEPS not in said


@pytest.mark.parametrize("told", NOT_ACCUSED)
def test_a_care_worker_not_accused_gets_no_staff_steps(chat: Chat, told: str) -> None:
    replies = chat.send(told)
    assert replies[0].risk_of_harm
    assert POSITION_OF_TRUST not in replies[0].text
    said = texts(chat.send("who do i ring"))
    assert ADULT_STEPS not in said


def test_a_childs_case_is_read_as_it_was(chat: Chat) -> None:
    # A child's case is the LADO's: no adult's steps for a carer named in it.
    chat.send("a 10 year old told me her dad hits her with a belt")
    said = texts(chat.send("and his mum's carer hit him too. who do i ring"))
    assert ADULT_STEPS not in said


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("the night carer does her pad change", True),
        ("she is frightened of the agency worker", True),
        ("her social worker is rough with her", False),  # not a care worker by that word
        ("her husband is her carer and he is rough with her", False),
        ("a resident attacked a member of staff and bit her", False),
        ("the carer noticed her bruises", False),
        ("Ward nurse. A patient (80) has bruises", False),  # the writer's title
        ("the nurse is checking her hip now", False),
    ],
)
def test_who_is_named_as_the_one_it_is_about(text: str, named: bool) -> None:
    assert StaffNamed(builtin_knowledge().risk).named(text) is named
