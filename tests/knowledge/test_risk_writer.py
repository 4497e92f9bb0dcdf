"""The writer telling a harm of their own in the first person ("i want to die", "im scared to go
home tonight", "i ran away from home"): a child, a teenager or an older person typing about
themselves names no one else, so a cue after "I" had no one in particular to be about. Each
disclosure here was not signposted before `risk_subjects.writer_states`; the practitioners'
own "I" sentences stay quiet."""

from __future__ import annotations

import pytest

from tests.support.linear import grows_in_step
from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "i dont want to be here anymore",
        "i want to die",
        "i feel like ending it all",
        "i cant cope anymore and i want to end it",
        "im going to take all my pills tonight",
        "i want to disappear forever",
        "im scared to go home tonight",
        "i havent eaten in 2 days theres nothing in the house",
        "i havent eaten since yesterday theres no food at home",
        "i ran away from home last night",
        "i ran away from home and im sleeping at a mates, i cant go back",
    ],
)
def test_the_writers_own_harm_in_the_first_person_is_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "I'm a DSL and I have a question about neglect referrals",
        "I'm scared of getting it wrong and sharing too much",
        "I don't want to tell the parents before I've spoken to my manager",
        "I ran a session on county lines for year 9 last week",
        "I'm going to take the register to the office",
        "I haven't eaten lunch yet, can we talk later?",
        "I have to look after the reception desk on my own today",
        "I want to report a concern, who do I contact?",
        "I can't cope with the amount of paperwork for referrals",
        "I feel like I'm going round in circles with this consent question",
        "I'm frightened of making the wrong call on sharing",
        "I have nowhere to store the paper files securely",
        "I'm going to take all the files to the archive",
        "I cut the report down to two pages",
        "I lost my bag with a client list in it",
        "I'm worried I've breached data protection by emailing the wrong school",
    ],
)
def test_a_practitioners_own_first_person_sentence_stays_quiet(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "do i want to die if i feel sad sometimes?",  # a sentence that asks
        "what should i say if a pupil tells me they want to die?",
    ],
)
def test_the_first_person_in_a_question_is_not_a_disclosure(message: str) -> None:
    assert BUILT_IN.detect(message) is None


def test_reading_the_writer_grows_in_step_with_the_message() -> None:
    # The least of three runs in this thread's CPU time (a sum of three in process time failed
    # once on CI when one run was interrupted: 43 times the CPU for ten times the text).
    in_step, small, large = grows_in_step(
        BUILT_IN.detect, "i want to die and i ran away from home. "
    )
    assert in_step, (small, large)
