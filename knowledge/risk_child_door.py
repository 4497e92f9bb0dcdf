"""A child named or aged keeps the children's front door in the contacts: round 39 (whom40).

tryout39 #3: "a 14 yr old came in with a man who paid cash", "a 10 yr old won't get changed
and cries if anyone comes near" found only an adult's kind of harm (a money or personal-care
cue), and named a child or an adult at risk with the designated safeguarding lead and adult
social care alone: the contacts came from the kind of harm, the child only widened the heading.
Where the finding may concern a child (child or either) and a child is named clearly (an age
under 18, or a word for a child that is neither a grown-up's relative of `grown-kin`, "son",
nor a place of `door-places`, "school"), children's social care is in the contacts, just after
the safeguarding lead. An adult's kind of harm may add adult social care; it never replaces
the children's. The LADO is added where one who works or volunteers with children is told as
doing a child's harm (`knowledge.risk_lado_doer`, round 44).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from knowledge.contacts_pack import ContactRole
from knowledge.risk_lado_doer import lado_doer
from knowledge.risk_pack import Concern
from knowledge.risk_types import Hit, Kind, Tokens

__all__ = ["child_door"]

_DOOR: ContactRole = "childrens-social-care"
_LEAD: ContactRole = "safeguarding-lead"


def child_door(
    contacts: tuple[ContactRole, ...],
    concern: Concern,
    people: list[Hit],
    read: Tokens,
    markers: Mapping[str, frozenset[str]],
    *,
    counted: Sequence[Hit] = (),
) -> tuple[ContactRole, ...]:
    """`contacts`, with children's social care and the LADO where the module docstring says.

    Args:
        contacts: the contacts of the harm found.
        concern: whom the harm concerns.
        people: the words for people found, with ages told as a child's or an adult's
            (`knowledge.risk_stated_ages.aged`).
        read: the message as the detector read it.
        markers: the stems of the words of the pack's markers, by name.
        counted: the phrases that counted as signs of the kinds of harm found.
    """
    return lado_doer(
        _with_door(contacts, concern, people, read, markers), concern, counted, read, markers
    )


def _with_door(
    contacts: tuple[ContactRole, ...],
    concern: Concern,
    people: list[Hit],
    read: Tokens,
    markers: Mapping[str, frozenset[str]],
) -> tuple[ContactRole, ...]:
    if _DOOR in contacts or concern == "adult" or not contacts:
        return contacts
    if concern == "either" and not any(_clear_child(h, read, markers) for h in people):
        return contacts
    at = contacts.index(_LEAD) + 1 if _LEAD in contacts else 0
    return (*contacts[:at], _DOOR, *contacts[at:])


def _clear_child(hit: Hit, read: Tokens, markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether `hit` names a child clearly: a word for a child, or an age under 18, that is
    not a relative who may be grown nor a place."""
    if hit.phrase.kind is not Kind.CHILD:
        return False
    said = read.words[hit.position : hit.end]
    return said[-1] not in markers["grown-kin"] and not set(said) <= markers["door-places"]
