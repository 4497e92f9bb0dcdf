"""A case told inside a frame is signposted; a frame speaking of harm in general is not.

Round 35 (r1h35): "the training said my pupil's dad is a known abuser and he hits her" had no
signpost. A `general` phrase (training, guidance, policy, leaflet, induction) made its whole
clause a general question, so a particular person's harm told inside it was hidden. A person
named with a pointing or possessive word ("my pupil's dad", "her stepdad", "this boy", "one of
our residents") with a harm in that clause is a case told; what a training or a policy says of
anyone ("dads who drink…", "any bruise on a non-mobile baby…", "a girl… if her dad…") stays
quiet. Lines written for the round, in the words practitioners type.
"""

from __future__ import annotations

import pytest

from knowledge import risk_schema, risk_schema_merge
from knowledge.risk_concern import contacts_for
from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector
BUILT_IN_PACK = builtin_knowledge().risk
CHILD = ("safeguarding-lead", "childrens-social-care")
ADULT = ("safeguarding-lead", "adult-social-care")


@pytest.mark.parametrize(
    ("message", "category", "contacts"),
    [
        (
            "the training said my pupil's dad is a known abuser and he hits her",
            "physical-abuse",
            CHILD,
        ),
        (
            "the guidance says she should be referred because her dad hits her",
            "physical-abuse",
            CHILD,
        ),
        (
            "our induction said her stepdad is banned from the site after he hit her",
            "physical-abuse",
            CHILD,
        ),
        ("the course said this boy's mum burns him with cigarettes", "physical-abuse", CHILD),
        ("our safeguarding training said my student's uncle touches her", "sexual-abuse", CHILD),
        (
            "the policy says I must refer because my pupil's stepdad punched him",
            "physical-abuse",
            CHILD,
        ),
        (
            "the leaflet says one of our residents should be referred because her son hits her",
            "physical-abuse",
            ADULT,
        ),
        ("the course said my client's husband beats her", "physical-abuse", ADULT),
    ],
)
def test_a_particular_persons_harm_told_inside_a_frame_is_signposted(
    message: str, category: str, contacts: tuple[str, ...]
) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert category in finding.categories
    assert set(contacts) <= set(finding.contacts)


@pytest.mark.parametrize(
    "message",
    [
        "the guidance says she should be referred because her dad hits her - is that right?",
        "is it against the law to tell the school her dad hits her?",
    ],
)
def test_a_case_told_inside_a_frame_in_a_question_is_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "how do I explain what sextortion is to my 12 yr old?",
        "what are the signs of grooming in my 14 year old?",
        "what does our policy say about my role when a child discloses abuse?",
        "what training do I need to support my pupil who was abused years ago?",
        "what does the guidance say about sharing my client's history of domestic abuse?",
    ],
)
def test_a_question_about_the_writers_own_with_no_case_told_is_not_signposted(
    message: str,
) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "the training session said this girl's uncle touching her is sexual abuse",
        "our training exercise said my pupil's stepdad hitting him has to be referred",
    ],
)
def test_a_case_told_inside_a_message_wide_frame_is_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "the training session said a girl whose uncle touches her may not tell anyone",
        "our training exercise said a stepdad hitting his son has to be referred",
    ],
)
def test_a_message_wide_frame_speaking_of_anyone_is_not_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "the training said dads who drink are more likely to hit their children",
        "our policy says any bruise on a non-mobile baby must be referred",
        "the guidance says a child whose dad hits her should be referred",
        "the guidance says a girl should be referred if her dad hits her",
        "the training said if someone hits his child you must refer",
        "the training said a parent who hits his son is committing assault",
        "the leaflet says if your partner hits you, call the helpline",
        "the training said children may disclose that their dad hits them",
        "our induction said staff must never hit a child",
        "the training said our staff must report any bruise on a baby",
    ],
)
def test_a_frame_speaking_of_harm_in_general_is_not_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is None


# The LADO hears allegations about people who work with children (round 35, r1h35). An adult at
# risk harmed by other staff or a volunteer is for the safeguarding lead and adult social care,
# with the note worded for the adult safeguarding process; a child harmed by staff keeps the
# LADO, and so does an adult harmed by someone who works with children.


@pytest.mark.parametrize(
    "message",
    [
        "another carer slapped an elderly client",
        "a carer slapped one of our residents",
        "a member of staff shouted at and slapped a resident",
        "a nurse on the ward was rough with a patient with dementia",
    ],
)
def test_an_adult_harmed_by_staff_is_for_adult_safeguarding_not_the_lado(message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert "allegation-against-staff" in finding.categories
    assert finding.concerns == "adult"
    assert finding.contacts == ADULT
    assert not any("LADO" in note for note in finding.notes)
    assert any("position of trust" in note for note in finding.notes)


@pytest.mark.parametrize(
    "message",
    [
        "a teacher slapped a year 5 pupil",
        "a member of staff grabbed a pupil by the arm and pushed him",
        "the foster carer smacked one of the children in placement",
    ],
)
def test_a_child_harmed_by_staff_keeps_the_lado(message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert finding.concerns == "child"
    assert {"lado", "childrens-social-care"} <= set(finding.contacts)
    assert "adult-social-care" not in finding.contacts
    assert any("LADO" in note for note in finding.notes)


def test_an_adult_harmed_by_someone_who_works_with_children_keeps_the_lado() -> None:
    finding = BUILT_IN.detect("one of our teachers hits his wife")
    assert finding is not None
    assert finding.concerns == "adult"
    assert "lado" in finding.contacts
    assert "childrens-social-care" not in finding.contacts
    assert any("LADO" in note for note in finding.notes)


def test_either_keeps_both() -> None:
    staff = BUILT_IN_PACK.category("allegation-against-staff")
    assert staff is not None
    assert {"lado", "childrens-social-care", "adult-social-care"} <= set(
        contacts_for([staff], "either")
    )
    assert "lado" not in contacts_for([staff], "adult")
    assert "lado" in contacts_for([staff], "adult", child_work=True)


def test_an_organisations_pack_rewords_the_adult_note_and_keeps_the_contacts() -> None:
    built_in = risk_schema.RiskPack.model_validate(
        {
            "kind": "risk",
            "also_names": ["sarah"],
            "children_still_note": "Children too.",
            "categories": [
                {
                    "id": "staff",
                    "name": "Staff",
                    "concerns": "either",
                    "contacts": ["safeguarding-lead", "lado"],
                    "adult_contacts": ["safeguarding-lead", "adult-social-care"],
                    "adult_note": "Tell the lead.",
                }
            ],
        }
    )
    own = risk_schema.RiskPack.model_validate(
        {"kind": "risk", "categories": [{"id": "staff", "adult_note": "Ring Jo on 123."}]}
    )
    merged, problems = risk_schema_merge.merge_risk_packs([("built-in", built_in), ("ours", own)])
    assert not problems
    (staff,) = merged.categories
    assert staff.adult_note == "Ring Jo on 123."
    assert staff.adult_contacts == ("safeguarding-lead", "adult-social-care")
