"""Round 42 (whom42): a harm told again is read for the person of the LAST case signposted, and
a new case told with an adult's age after a child's case starts afresh.

The case's contacts are joined across every case told since the last check began, so once a
child's and an adult's case were told, a follow-up naming no one was "a child or an adult".
Every conversation runs through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from dialogs.case_whom import whom_of
from dialogs.state import ConversationState
from tests.support.core import Chat

ADULT_SIGNPOST = "may mean an adult is at risk"
CHILD_SIGNPOST = "may mean a child is at risk"
EITHER_SIGNPOST = "may mean a child or an adult is at risk"
MASH = "children's social care"
ADULT_CARE = "Adult social care"

RESIDENT = "care home - a resident has unexplained bruising on her arms"
GIRL = "a 10 year old told me her dad hits her with a belt"
AGAIN = "and she told me he said he'd hurt her if she tells"


def test_after_an_adults_case_then_a_childs_a_follow_up_is_the_childs(chat: Chat) -> None:
    chat.send(RESIDENT)
    assert CHILD_SIGNPOST in chat.send(GIRL)[0].text
    said = chat.send(AGAIN)[0].text
    assert CHILD_SIGNPOST in said
    assert ADULT_CARE not in said


def test_after_a_childs_case_then_an_adults_a_follow_up_is_the_adults(chat: Chat) -> None:
    chat.send(GIRL)
    assert ADULT_SIGNPOST in chat.send(RESIDENT)[0].text
    said = chat.send("she says someone hurts her at night")[0].text
    assert ADULT_SIGNPOST in said
    assert MASH not in said


@pytest.mark.parametrize(
    "again",
    [
        "and she's 19, she told me someone said he'd hurt her if she tells",
        "a 22 year old told me someone said he'd hurt her if she tells",
    ],
)
def test_an_adults_age_after_a_childs_case_is_not_the_childs(chat: Chat, again: str) -> None:
    chat.send(GIRL)
    said = chat.send(again)[0].text
    assert CHILD_SIGNPOST not in said
    assert ADULT_CARE in said


@pytest.mark.parametrize(
    "again",
    [
        "she says he hit her 20 times and said he'd hurt her if she tells",
        "and her sister is 17, she told me he said he'd hurt her if she tells",
    ],
)
def test_a_number_or_a_childs_age_after_a_childs_case_stays_a_childs(
    chat: Chat, again: str
) -> None:
    chat.send(GIRL)
    said = chat.send(again)[0].text
    assert CHILD_SIGNPOST in said


def test_whom_the_last_case_concerns_wins_over_the_contacts() -> None:
    both = ("safeguarding-lead", "childrens-social-care", "adult-social-care")
    assert whom_of(both, "child") == "child"
    assert whom_of(both, "adult") == "adult"
    assert whom_of(("safeguarding-lead", "adult-social-care"), "either") is None
    assert whom_of(("safeguarding-lead", "adult-social-care")) == "adult"


def test_the_state_keeps_whom_the_last_case_concerns(chat: Chat) -> None:
    chat.send(RESIDENT)
    first = chat.state.whom
    chat.send(GIRL)
    assert (first, chat.state.whom) == ("adult", "child")
    assert ConversationState.from_json({**chat.state.to_json(), "whom": "x"}).whom is None
