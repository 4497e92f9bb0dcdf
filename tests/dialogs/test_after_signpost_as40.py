"""Round 40 (tryout39 #6, #9): what to do about the one accused, asked just after the signpost
of an allegation against someone who works with children or adults at risk.

"do I suspend him and who do I ring" (a care home manager about a night carer) got "I couldn't
find that"; "do i tell the CQC or the LADO or the GMC?" (about a GP with teenage patients) got
"professional judgement". Now each gets the allegations-against-staff steps: for a child's case
the LADO within one working day, the one accused not told before the LADO advises; for an
adult's, the council's adult safeguarding team today, the police, the CQC. The same words after
a case of another kind keep the reply they had. Every conversation runs through the core the
terminal door runs (`bot.app.build_core`).
"""

from __future__ import annotations

import pytest

from bot.app import Core
from dialogs.contract import Private
from tests.support.core import Chat, texts
from tests.support.packs import builtin_knowledge

LADO_STEPS = "goes to the LADO (the local authority designated officer), within one working day"
ADULT_STEPS = "goes to your council's adult safeguarding team, today"
JUDGEMENT = "professional judgement"

GP = (
    "one of our GPs has been seen hugging teenage patients and giving them his personal mobile "
    "number. a mum complained. what do i do"
)
TEACHER = "one of our teachers has been messaging a 13 year old pupil on snapchat"
CARER = "a carer slapped a resident"
CARE_HOME = (
    "care home manager - a resident with dementia has bruises on her inner thighs and screams "
    "when the night carer does her pad change"
)


@pytest.mark.parametrize("told", [GP, TEACHER])
@pytest.mark.parametrize(
    "asked",
    [
        "do i tell the CQC or the LADO or the GMC?",
        "do I suspend him and who do I ring",
        "who do i ring",
        "should we tell ofsted",
        "do we need to contact the lado?",
        "can he still work his next shift?",
        "should i confront him about it",
        "do i report him to the GMC",
        "do we suspend him",
    ],
)
def test_what_to_do_about_one_working_with_children_is_the_lado(
    chat: Chat, told: str, asked: str
) -> None:
    assert chat.send(told)[0].risk_of_harm
    said = texts(chat.send(asked))
    assert LADO_STEPS in said
    assert "don't tell the person accused" in said
    assert JUDGEMENT not in said


@pytest.mark.parametrize("told", [CARER, CARE_HOME])
@pytest.mark.parametrize(
    "asked",
    [
        "do I suspend him and who do I ring",
        "do we suspend her?",
        "should i take him off the rota",
        "do I need to tell HR",
        "is this a disciplinary",
    ],
)
def test_what_to_do_about_one_working_with_adults_is_adult_safeguarding(
    chat: Chat, told: str, asked: str
) -> None:
    assert chat.send(told)[0].risk_of_harm
    said = texts(chat.send(asked))
    assert ADULT_STEPS in said
    assert "the police" in said
    assert "CQC" in said
    assert LADO_STEPS not in said


@pytest.mark.parametrize(
    ("told", "asked"),
    [
        # A child harmed at home: suspending a pupil, whom to ring, the police.
        ("a 10 year old told me her dad hits her with a belt", "do we suspend him"),
        ("a 10 year old told me her dad hits her with a belt", "who do i ring"),
        ("a 10 year old told me her dad hits her with a belt", "should i ring the police?"),
        # An adult harmed by her son: whom to ring is social care's front door.
        ("a resident with dementia has bruises on her arms from her son", "who do i ring"),
        (
            "a resident with dementia has bruises on her arms from her son",
            "should i talk to the carer about it",
        ),
        ("a 10 year old told me her dad hits her with a belt", "should i let him come in tomorrow"),
        # Harm by staff: other worries keep their replies.
        (TEACHER, "should i ring the police?"),
        (TEACHER, "what if i'm wrong?"),
    ],
)
def test_the_same_words_after_another_case_keep_their_reply(
    chat: Chat, told: str, asked: str
) -> None:
    assert chat.send(told)[0].risk_of_harm
    said = texts(chat.send(asked))
    assert LADO_STEPS not in said
    assert ADULT_STEPS not in said


def test_with_no_signpost_before_them_the_words_get_no_staff_steps(chat: Chat) -> None:
    said = texts(chat.send("do i tell the CQC or the LADO or the GMC?"))
    assert LADO_STEPS not in said
    assert ADULT_STEPS not in said


@pytest.mark.parametrize(
    "told",
    [
        CARER,
        "another carer slapped an elderly client",
        "a care worker pushed an elderly client and shouted at him",
    ],
)
@pytest.mark.parametrize(
    "asked",
    ["who do i ring", "do i need to tell the CQC?", "should i tell the lado", "can he still work"],
)
def test_an_allegation_against_staff_working_with_adults_is_kept_for_what_follows(
    chat: Chat, told: str, asked: str
) -> None:
    # The case's mark "staff" is kept for an adult at risk (as "duty" is not): whom to ring is
    # adult safeguarding, not the front door alone, and the LADO is not for an adult.
    assert chat.send(told)[0].risk_of_harm
    said = texts(chat.send(asked))
    assert ADULT_STEPS in said
    assert LADO_STEPS not in said


def test_the_staff_mark_is_kept_for_an_adult_at_risk() -> None:
    found = builtin_knowledge().risk_detector.detect(CARER)
    assert found is not None
    assert found.concerns == "adult"
    assert "staff" in found.marks


@pytest.mark.parametrize(
    ("told", "asked", "steps"),
    [
        (TEACHER, "should i let him come in tomorrow", LADO_STEPS),
        (TEACHER, "should i speak to the teacher first", LADO_STEPS),
        (TEACHER, "does HR need to know", LADO_STEPS),
        (CARER, "can i talk to the carer about it", ADULT_STEPS),
        (CARER, "does HR need to know", ADULT_STEPS),
        (CARER, "is he ok to come into work tomorrow", ADULT_STEPS),
    ],
)
def test_the_one_accused_named_by_their_role_or_their_work(
    chat: Chat, told: str, asked: str, steps: str
) -> None:
    chat.send(told)
    assert steps in texts(chat.send(asked))


@pytest.mark.parametrize("told", [TEACHER, CARER])
def test_the_staff_steps_are_answered_to_their_writer_alone(core: Core, told: str) -> None:
    # They speak of the case signposted (an allegation against a member of staff): in a shared
    # place the door gives them to their writer alone, as it gave the signpost.
    chat = Chat(core, private=False)
    chat.send(told)
    steps = [r for r in chat.send("do we suspend him") if "An allegation against" in r.text]
    assert steps and all(r.private is Private.RISK_OF_HARM for r in steps)


@pytest.mark.parametrize(
    ("told", "steps"),
    [
        (f"{TEACHER}, do we suspend him?", LADO_STEPS),
        (f"{TEACHER}. who do i ring, the lado?", LADO_STEPS),
        (
            f"{GP.removesuffix(' what do i do')} do i tell the CQC or the LADO or the GMC?",
            LADO_STEPS,
        ),
        (f"{CARER}. do I suspend him and who do I ring", ADULT_STEPS),
    ],
)
def test_asked_with_the_allegation_the_steps_follow_its_signpost(
    chat: Chat, told: str, steps: str
) -> None:
    replies = chat.send(told)
    assert replies[0].risk_of_harm
    assert steps in texts(replies[1:])


@pytest.mark.parametrize(
    "told",
    [
        "a 10 year old told me her dad hits her with a belt, who do i ring?",
        "a 10 year old told me her dad hits her with a belt, should we suspend him from school?",
        f"{TEACHER}, should i ring the police?",
        # "suspended", "HR" the writer's own, with an adult's harm that is no allegation
        "a friend I work with says her husband will beat her. should I tell HR without asking her?",
        "I told HR I was a victim of domestic abuse and now I'm suspended, was that a breach?",
        # the writer's own disciplinary, with a case read as one against staff
        "I took notes at my manager's disciplinary and now I'm suspended for telling a colleague",
    ],
)
def test_asked_with_another_harm_the_words_get_no_staff_steps(chat: Chat, told: str) -> None:
    said = texts(chat.send(told))
    assert LADO_STEPS not in said
    assert ADULT_STEPS not in said
