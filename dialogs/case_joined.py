"""A case signposted already, joined with a harm signposted since: its contact roles and marks
(`dialogs.state.ConversationState.concerned`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from knowledge.risk_types import RiskFinding

HOUSEHOLD_HARM = "domestic-abuse"
"""The kind of harm whose follow-up widens a case to the household's children (round 39)."""


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
