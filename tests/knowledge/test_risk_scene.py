"""A lesson, an essay or a training day is the scene, not the matter, of what someone told.

Disclosures often come after a lesson on the very harm: "after the assembly on grooming a year 8
girl told me her uncle touches her". A frame ("for our training day") vetoed the whole message,
and a general phrase ("a lesson on", "assembly on") made its clause a general question, so what
the girl told was hidden. From where a sentence that tells reports someone telling the writer
("told me", "came to me", "pulled me aside") after a frame or a general phrase, the frame and the
general phrase hide nothing, and the harm words before it (the lesson's topic) are no sign. A
scenario for training ("a 12 year old tells you…"), a colleague telling the writer something
ordinary after a course, or a parent telling the writer about a lesson still are not signposted.
Lines written before the rule (round 15), in the words practitioners type.
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "after the assembly on grooming a year 8 girl told me her uncle touches her",
        "during our PSHE lesson on healthy relationships a boy came to me and said his dad hits"
        " his mum",
        "we did a lesson on online safety and afterwards a year 6 girl told me a man on roblox"
        " asks her for pictures",
        "in the workshop on FGM a girl told me she is being taken abroad this summer to be cut",
        "for our training day a volunteer told me she's scared to go home because her partner"
        " hits her",
    ],
)
def test_what_someone_told_the_writer_after_a_lesson_is_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "after the assembly on grooming we handed out a leaflet with the helpline number, can we"
        " send it to parents?",
        "after the course on domestic abuse my manager told me we need a new policy. where do I"
        " start?",
        "for our lesson on knife crime the police told us they can bring in a speaker, do we"
        " need consent forms?",
        "we're doing a lesson on FGM and a parent told us she doesn't want her daughter in it."
        " can she opt out?",
    ],
)
def test_a_lesson_or_a_scenario_with_nothing_told_is_not_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is None


def test_the_lessons_topic_is_no_sign_of_its_own() -> None:
    finding = BUILT_IN.detect(
        "in the workshop on FGM a girl told me her mum drinks every night and leaves her alone"
    )
    assert finding is not None
    assert "fgm-forced-marriage-honour" not in finding.categories


@pytest.mark.parametrize(
    "message",
    [
        # Round 16: one person telling after a lesson, not only to the writer (the second and
        # third batches of docs/risk-cues.md, "Round 16"), and a lesson after "in": a time.
        "in the lesson on conflict a boy said his uncle told him he'd stab his dad if he finds him",
        "in the RSE lesson on consent a year 8 girl whispered that her uncle touches her when he"
        " babysits",
        "at the workshop about healthy relationships a boy said his dad chokes his mum when he's"
        " drunk",
        "in our PSHE lesson about wellbeing a girl said she cuts herself every night",
        "peripatetic music tutor: a year 9 student has been offloading in lessons about her mum's"
        " boyfriend shouting at her and calling her useless every night. who do I tell, the"
        " school or the hub?",
        "one of my tutees was talking in lessons about his stepdad belting him when he gets"
        " detentions",
    ],
)
def test_what_one_person_said_in_or_after_a_lesson_is_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "in the lesson on consent a boy said the video was cringe, should I speak to his parents"
        " about his attitude?",
        "in the assembly about knife crime the police officer said most young people never carry"
        " a knife",
        "in lessons about grooming we use the NSPCC PANTS video, is it ok for year 2?",
        "in our DV training people use choking and strangulation interchangeably, what's the"
        " difference?",
    ],
)
def test_a_scenario_or_a_lesson_with_nothing_told_of_someone_is_not(message: str) -> None:
    assert BUILT_IN.detect(message) is None
