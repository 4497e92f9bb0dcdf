"""The contact roles of a signposted case are kept in the conversation state (ids only) and
joined with a later finding's (tryout37 finding 5)."""

from __future__ import annotations

from dialogs.case_joined import joined_contacts
from dialogs.state import CheckProgress, ConversationState
from knowledge.risk_types import RiskFinding

CHILD_LADO = RiskFinding(
    categories=("allegation-against-staff",),
    concerns="child",
    contacts=("safeguarding-lead", "lado", "childrens-social-care"),
)
EITHER = RiskFinding(
    categories=("worry-or-secret",),
    concerns="either",
    contacts=("safeguarding-lead", "childrens-social-care", "adult-social-care"),
)
ADULT = RiskFinding(
    categories=("domestic-abuse",),
    concerns="adult",
    contacts=("safeguarding-lead", "adult-social-care"),
)


def test_a_vague_finding_adds_nothing_to_a_case() -> None:
    case = CHILD_LADO.contacts
    assert joined_contacts(case, EITHER) == case
    assert joined_contacts((), EITHER) == EITHER.contacts


def test_a_clear_finding_adds_its_own_contacts() -> None:
    joined = joined_contacts(CHILD_LADO.contacts, ADULT)
    assert joined == (*CHILD_LADO.contacts, "adult-social-care")


def test_the_case_moves_into_the_check_and_survives_the_store() -> None:
    state = ConversationState(greeted=True).concerned(CHILD_LADO)
    assert state.contacts == CHILD_LADO.contacts
    begun = state.began(CheckProgress(run=1, step="purpose", concern=True))
    assert begun.case() == CHILD_LADO.contacts
    assert begun.contacts == ()
    again = begun.concerned(EITHER)
    assert again.case() == CHILD_LADO.contacts
    kept = ConversationState.from_json(again.to_json())
    assert kept == again


def test_no_case_without_a_concern_or_once_the_check_ended() -> None:
    state = ConversationState(greeted=True).began(CheckProgress(run=1, step="purpose"))
    assert state.case() is None
    ended = ConversationState(
        check=CheckProgress(run=1, step="x", finished=True, concern=True, contacts=("lado",))
    )
    assert ended.case() is None


def test_malformed_roles_give_a_fresh_state() -> None:
    data = ConversationState(greeted=True).concerned(CHILD_LADO).to_json()
    data["contacts"] = ["Dave Smith, scout leader"]
    assert ConversationState.from_json(data) == ConversationState()
