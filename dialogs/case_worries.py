"""A worry typed after a signpost, read against the case signposted: its marks, its duty.

The same words ask different things after different cases: "do I have to report it?" is the
writer's own duty only after a case carrying one (FGM known in a girl under 18); "can i tell
her gp" is read as asking about the GP only after a risk to one's own life or any harm but an
allegation against someone at work; "can we tell the police?" after a threat gets the threat's
reply. `dialogs.follow_ups` asks these once it has read a worry.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.matching.text import words

if TYPE_CHECKING:
    from dialogs.state import ConversationState
    from dialogs.turn_note import TurnNote
    from dialogs.worry import Worry
    from knowledge.risk_types import RiskFinding

MARKED = {"tell-health": "own-life", "tell-online": "online", "left-now": "own-life"}
"""Worries read only after a case with a mark (a risk to one's own life; contact online): "can
i tell his gp", "do i tell his parents", "hes left now" (round 45: after other harm, "she
left" may be her leaving the one harming her); after any other, the follow-up is read without
them."""


def police_after_threat(worry: Worry | None) -> Worry | None:
    """The threat, when `worry`, read after a threat's signpost, asks about the police:
    the threat's reply then (call now), not the general one (procedures first)."""
    from dialogs.worry import Worry  # noqa: PLC0415 (only after a signpost: not `ask`)

    return Worry.THREAT if worry in (Worry.POLICE, Worry.POLICE_DOUBTED) else None


def with_duty(worry: Worry | None, state: ConversationState, note: TurnNote) -> Worry | None:
    """`worry`, read against the case signposted: whether the report is one's own ("do I have
    to report it?", "should I ring the police?") is the duty when the case carries a duty to
    report that is the writer's own (the mark "duty": FGM known in a girl under 18), and no
    worry of these replies after any other case (it gets the reply it always had)."""
    from dialogs.worry import Worry  # noqa: PLC0415 (read only after a worry is read)

    if worry not in (Worry.DUTY, Worry.POLICE):
        return worry
    if "duty" in case_marks(state, note.risk):
        return Worry.DUTY
    return None if worry is Worry.DUTY else worry


def gp_not_involved(worry: Worry, state: ConversationState, text: str) -> Worry | None:
    """The GP asked of after any harm but a risk to one's own life ("can i tell her gp", after
    an old lady's bruises): yes, as well as the procedures (round 44, follow69); None after an
    allegation against someone at work (the LADO's), where the GP may be the one accused, and
    for a choice of services ("do i tell the gp or the police": whom to tell, the lead today)."""
    from dialogs.worry import Worry  # noqa: PLC0415 (read only after a worry is read)

    if worry is not Worry.TELL_HEALTH or "lado" in (state.case() or state.contacts):
        return None
    if "or" in words(text):
        return None
    return Worry.TELL_GP


def case_marks(state: ConversationState, told: RiskFinding | None) -> tuple[str, ...]:
    """The marks of the case signposted (`state`'s, its check's) and of `told`, a harm told on
    this turn, when one is: the one reading of a case's marks (`dialogs.staff_follow_up` asks it
    too)."""
    check = state.check
    return (*state.marks, *(check.marks if check else ()), *(told.marks if told else ()))
