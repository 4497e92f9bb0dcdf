"""Someone around a child with a record of harming children is a risk to that child now.

A practitioner trial (round 30) told of a mother's new partner "with a conviction for offences
against children", a lodger cautioned for indecent images, a stepdad "known to be a risk to
children", and none was signposted: the `records` setting took each for an old offence. The
`risk-from-a-person` category's cues start at the person, so the record is read as theirs; an
offence on record with no one near a child, and figures of speech of a hard day at work ("the
system is killing us"), stay ordinary.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.packs import builtin_knowledge, detector_with_risk_pack

DETECTOR = builtin_knowledge().risk_detector

TOLD = [
    "my neighbour's new boyfriend is a registered sex offender and he babysits",
    "can I let the nursery know that the children's uncle is on the sex offenders register?",
    "grandad is a schedule 1 offender and has the kids every weekend",
    "the social worker told mum her partner is a serious risk to children",
    "her boyfriend has convictions for sexual offences against children",
    "should I tell the school the lodger got a caution for child abuse images?",
    "apparently the new fella did time for child cruelty",
    "dad has previous for hurting children but he's back living there",
    # Heard as a label until round 30 (tests/knowledge/test_risk_setting.py): a father on the
    # register is a risk to the child the question is about, and "who needs to know?" is
    # answered by the signpost's safeguarding contacts.
    "A pupil's father is on the sex offenders register. Who at school needs to know?",
]

ORDINARY = [
    "the new case system is killing us, can I send the rota to the other team?",
    "this heat is killing me",
    "we all killed ourselves laughing at the leaving do",
    "how do I check whether a volunteer has a conviction?",
    "what does a schedule 1 condition mean in the Data Protection Act?",
]


@pytest.mark.parametrize("message", TOLD)
def test_a_record_of_harming_children_near_a_child_is_signposted(message: str) -> None:
    found = DETECTOR.detect(message)
    assert found is not None
    assert "risk-from-a-person" in found.categories


@pytest.mark.parametrize("message", ORDINARY)
def test_figures_of_speech_and_general_questions_are_not(message: str) -> None:
    assert DETECTOR.detect(message) is None


@pytest.mark.parametrize(
    "message",
    ["he's killing me, he won't let me see my friends", "my partner says he will kill me"],
)
def test_a_person_doing_the_killing_still_counts(message: str) -> None:
    assert DETECTOR.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "her new boyfriend was convicted of child sex offences",
        "the kids' stepdad was jailed for hurting a child before they met",
    ],
)
def test_a_record_told_as_closed_is_still_the_risk(message: str) -> None:
    # "was convicted", "was jailed" are the `closed` setting's; the category is `on_record`.
    found = DETECTOR.detect(message)
    assert found is not None and "risk-from-a-person" in found.categories


def test_an_organisations_kind_of_harm_may_say_its_record_is_the_risk(tmp_path: Path) -> None:
    category = (
        "kind: risk\ncategories:\n  - id: {id}\n    name: Banned from driving children\n"
        "    concerns: child\n    contacts: [safeguarding-lead]\n"
        "    cues: ['<family> ... banned from driving <kid>']\n{flag}"
    )
    message = "the new minibus driver's dad was convicted and banned from driving children"
    plain = detector_with_risk_pack(tmp_path, category.format(id="driving-ban", flag=""))
    assert plain.detect(message) is None  # a closed matter, as any record is
    (tmp_path / "risk.yaml").unlink()
    flagged = detector_with_risk_pack(
        tmp_path, category.format(id="driving-ban", flag="    on_record: true\n")
    )
    found = flagged.detect(message)
    assert found is not None and found.categories == ("driving-ban",)
