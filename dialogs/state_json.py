"""The conversation state's form kept in the store, and read back: plain JSON values, ids and
flags only; a field read back is checked (`dialogs.stored_fields`) before it is trusted.
"""

from __future__ import annotations

from typing import Any, get_args

from dialogs.state import AFTER_SIGNPOST_TURNS, CheckProgress, ConversationState
from dialogs.stored_fields import (
    int_field,
    listed_field,
    place_field,
    ref_field,
    roles_field,
    step_field,
    suggested_field,
)
from knowledge.flow_pack import AnswerKey
from knowledge.risk_pack import Concern

STATE_FORMAT = 1
WRITERS = frozenset(
    {"child", "adult", "self", "family", "friend", "parent", "carer", "own_child", "partner"}
)
"""The writers `dialogs.own_voice` tells apart from a practitioner (its `Voice`): the values
`ConversationState.writer` and `said` may be read back as."""
_WHOM = frozenset(get_args(Concern))


def state_json(state: ConversationState) -> dict[str, Any]:
    """The form of `state` kept in the store (what is unset is left out)."""
    check = state.check
    return {
        "format": STATE_FORMAT,
        "greeted": state.greeted,
        "reminded": state.reminded,
        "runs": state.runs,
        "check": None
        if check is None
        else {
            "run": check.run,
            "step": check.step,
            "answers": [[s, a.value] for s, a in check.answers],
            "finished": check.finished,
            **({"concern": True} if check.concern else {}),
            **({"contacts": list(check.contacts)} if check.contacts else {}),
            **({"marks": list(check.marks)} if check.marks else {}),
        },
        **({"asked": state.asked} if state.asked else {}),
        **({"concern": True} if state.concern else {}),
        **({"contacts": list(state.contacts)} if state.contacts else {}),
        **({"marks": list(state.marks)} if state.marks else {}),
        **({"lines": list(state.lines)} if state.lines else {}),
        **({"whom": state.whom} if state.whom else {}),
        **({"offered": True} if state.offered else {}),
        **({"ended": True} if state.ended else {}),
        **({"formed": True} if state.formed else {}),
        **({"written": True} if state.written else {}),
        **({"listed": state.listed.value} if state.listed else {}),
        **({"after_signpost": state.after_signpost} if state.after_signpost else {}),
        **({"summarised": state.summarised} if state.summarised else {}),
        **({"signposted_in": state.signposted_in} if state.signposted_in else {}),
        **({"writer": state.writer} if state.writer else {}),
        **({"friend_named": True} if state.friend_named else {}),
        **({"said": state.said} if state.said else {}),
        **({"declined": state.declined} if state.declined else {}),
        **({"suggested": list(state.suggested)} if state.suggested else {}),
        **({"quoted": state.quoted} if state.quoted else {}),
        **({"alone": True} if state.alone else {}),
    }


def read_state(data: object) -> ConversationState:
    """The state kept as `data` (`state_json`'s form); ValueError, KeyError or TypeError when
    it is not one."""
    if not isinstance(data, dict) or data.get("format") != STATE_FORMAT:
        raise ValueError("unknown state format")
    raw_check = data.get("check")
    check = None
    if raw_check is not None:
        answers = tuple((step_field(s), AnswerKey(a)) for s, a in raw_check["answers"])
        check = CheckProgress(
            run=int_field(raw_check["run"]),
            step=step_field(raw_check["step"]),
            answers=answers,
            finished=bool(raw_check.get("finished", False)),
            concern=raw_check.get("concern") is True,
            contacts=roles_field(raw_check.get("contacts", ())),
            marks=roles_field(raw_check.get("marks", ())),
        )
    return ConversationState(
        greeted=bool(data.get("greeted", False)),
        reminded=bool(data.get("reminded", False)),
        runs=int_field(data.get("runs", 0)),
        check=check,
        asked=ref_field(data.get("asked")),
        concern=data.get("concern") is True,
        contacts=roles_field(data.get("contacts", ())),
        marks=roles_field(data.get("marks", ())),
        lines=roles_field(data.get("lines", ())),
        whom=data["whom"] if data.get("whom") in _WHOM else None,
        offered=data.get("offered") is True,
        ended=data.get("ended") is True,
        formed=data.get("formed") is True,
        written=data.get("written") is True,
        listed=listed_field(data.get("listed")),
        after_signpost=min(int_field(data.get("after_signpost", 0)), AFTER_SIGNPOST_TURNS),
        summarised=step_field(data["summarised"]) if "summarised" in data else None,
        signposted_in=place_field(data.get("signposted_in")),
        writer=data["writer"] if data.get("writer") in WRITERS else None,
        friend_named=data.get("friend_named") is True,
        said=data["said"] if data.get("said") in WRITERS else None,
        declined=step_field(data["declined"]) if "declined" in data else None,
        suggested=suggested_field(data.get("suggested", ())),
        quoted=int_field(data["quoted"]) if "quoted" in data else None,
        alone=data.get("alone") is True,
    )
