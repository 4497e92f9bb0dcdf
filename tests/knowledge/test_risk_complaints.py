"""A complaint is a process: what it complains of decides, not the word "complain".

"My son's teacher shouted at the class, can I complain?", "a parent complained that the teacher
ignored her emails": the complaint tells of no harm, so the word for it is no sign of an
allegation against staff. What is complained of still counts ("a mum complained that a TA hit
her son"), and so does being punished for complaining ("she'd be put in a home if she complained
again", "they hit him if he complains"): a threat. Lines written before the rule
(tests/data/risk-brainstorm-28.yaml), in the words practitioners type.
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "my son's teacher shouted at the class, can I complain?",
        "how do I complain about a teacher who shouted at my daughter for forgetting her PE kit?",
        "our volunteer coach swore at the referee during a match, can the parents complain to the"
        " league?",
        "a parent has complained that a member of staff was rude to her in the car park. is that a"
        " safeguarding matter?",
        "a parent wants to complain that the PE teacher was too strict, do we need to involve the"
        " LADO?",
        "can I complain that my son's tutor is always late?",
        "a parent complained that the teacher ignored her emails, who handles that?",
        "a parent wants to complain that the swimming coach shouted at the squad to swim faster",
    ],
)
def test_a_complaint_that_tells_of_no_harm_is_not_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "my son's teacher grabbed him by the arm and left bruises, can I complain?",
        "a parent complained that a teacher has been messaging her daughter on snapchat",
        "can I complain about a coach who slapped my son?",
        "a mum complained that a TA hit her son",
        "a pupil told me the teacher touched her leg, can I complain?",
        "a parent complained the youth worker gave her daughter a lift home and bought her vapes",
        "a parent complained that the swimming coach keeps texting her 13 year old late at night",
        "a mum complained that a teacher kicked her son in the playground",
        "Nursery manager. A parent has complained that one of my staff pinched her son's arm hard"
        " enough to leave a mark. What do I do first?",
    ],
)
def test_what_a_complaint_complains_of_still_counts(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "resident said a carer told her she'd be put in a home if she complained again",
        "my mum's carer says she'll stop her visits if she complains",
        "the men she works for take her wages and she gets locked in when she complains",
    ],
)
def test_being_punished_for_complaining_is_a_threat(message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert "threats" in finding.categories


@pytest.mark.parametrize(
    "message",
    [
        "what happens if a parent complains about a teacher?",
        "he says he'll complain if I share his records",
        "if they complain, do we have to share the log?",
    ],
)
def test_a_question_about_complaints_is_not_a_threat(message: str) -> None:
    assert BUILT_IN.detect(message) is None
