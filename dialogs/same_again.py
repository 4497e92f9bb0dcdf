"""The same harm told of someone else, just after a signpost: round 43 (now48, voice45).

After a coach's case signposted with its LADO, "now another lad says the coach did the same to
him" names no harm of its own: the cues found nothing and the reply was "The Q&A doesn't decide
individual cases". Just after a signpost, a message telling that someone did the same to
another (a word of the risk pack's `same-verbs` just before "the same", then "to", with one of
`same-things` between: "did the same to him", "has done the same thing to her") tells the case's
harm again: the case's contacts and person, and its LADO kept (`dialogs.staff_case_kept`).
Imported only for a message the cues find nothing in just after a signpost.
"""

from __future__ import annotations

from typing import get_args

from knowledge.contacts_pack import ContactRole
from knowledge.matching.text import words
from knowledge.risk_pack import Concern, RiskPack
from knowledge.risk_types import RiskFinding

__all__ = ["told_the_same"]

_SAME, _TO = "same", "to"
_LADO: ContactRole = "lado"
_ROLES: dict[str, ContactRole] = {role: role for role in get_args(ContactRole)}
_WORRY = "worry-or-secret"  # the general worry's category, whose name the signpost gives


def told_the_same(
    text: str, case: tuple[str, ...], whom: Concern | None, pack: RiskPack
) -> RiskFinding | None:
    """The case's harm told again of someone else in `text`, or None when `text` tells no such
    thing (module docstring).

    Args:
        text: the message, as typed, in which the cues found nothing.
        case: the contact roles of the case signposted last.
        whom: whom that case concerns, if known.
        pack: the risk pack, whose markers `same-verbs` and `same-things` are read.
    """
    if not _same_done(words(text), pack):
        return None
    return RiskFinding(
        categories=(_WORRY,) if pack.category(_WORRY) is not None else (),
        concerns=whom or "either",
        # the LADO comes back with its note and mark from `staff_case_kept.kept_lado`
        contacts=tuple(_ROLES[c] for c in case if c in _ROLES and c != _LADO),
        cues=("(the same again)",),
    )


def _same_done(found: list[str], pack: RiskPack) -> bool:
    """Whether `found` holds a verb of `same-verbs`, "the same", a word of `same-things` or
    none, and "to" ("did the same to him", "done the same thing to her")."""
    verbs = frozenset(pack.markers.get("same-verbs", ()))
    things = frozenset(pack.markers.get("same-things", ()))
    for i, word in enumerate(found[:-1]):
        if word != _SAME or i < 2 or found[i - 2] not in verbs:
            continue
        after = found[i + 1 : i + 3]
        if after[:1] == [_TO] or (len(after) == 2 and after[0] in things and after[1] == _TO):
            return True
    return False
