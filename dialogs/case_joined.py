"""A case signposted already, joined with a harm signposted since: its contact roles and marks
(`dialogs.state.ConversationState.concerned`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from knowledge.risk_types import RiskFinding

HOUSEHOLD_HARM = "domestic-abuse"
"""The kind of harm whose follow-up widens a case to the household's children (round 39)."""
CARE_ROLES = ("childrens-social-care", "adult-social-care")
"""The social-care front doors a signpost names."""


def joined_contacts(case: tuple[str, ...], finding: RiskFinding | None) -> tuple[str, ...]:
    """The contact roles of a case signposted already (`case`) with those of `finding`, a harm
    signposted since: its own roles after the case's, none repeated. A finding that cannot say
    whether a child or an adult is at risk adds none to a case that has contacts: the check's
    typed answer "she begged me not to tell" reads as a secret of either, and its adult social
    care, with no LADO, is not the scout leader's case. Domestic abuse with children beside a
    woman ("her two kids were in the room when he hit her") names both, and adds them."""
    household = finding is not None and HOUSEHOLD_HARM in finding.categories
    if finding is None or (case and finding.concerns == "either" and not household):
        return case
    return case + tuple(c for c in finding.contacts if c not in case)


def joined_marks(case: tuple[str, ...], finding: RiskFinding | None) -> tuple[str, ...]:
    """The marks of a case signposted already (`case`) with those of `finding`, none repeated."""
    if finding is None:
        return case
    return case + tuple(m for m in finding.marks if m not in case)


def another_case(case: tuple[str, ...], finding: RiskFinding) -> bool:
    """Whether a harm told in the check of a signposted case (`case`, its contact roles) is
    about someone else: it names a social-care front door the case did not (a 12-year-old's
    black eye told during an elderly customer's check; tryout38 #15), so it is a separate
    concern with procedures of its own, not "part of the case you described … as above". A
    harm that may be a child's or an adult's ("she begged me not to tell") names no one else.
    Nor does domestic abuse the children saw or were there for ("the kids saw him hit her",
    round 39): the same household's case, widened to its children (`joined_contacts`)."""
    definite = finding.concerns != "either" and HOUSEHOLD_HARM not in finding.categories
    return definite and any(r in CARE_ROLES and r not in case for r in finding.contacts)
