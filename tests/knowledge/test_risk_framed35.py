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

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector
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
