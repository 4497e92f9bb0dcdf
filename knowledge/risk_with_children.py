"""Someone at work, told of with a harm, who also works with children: the LADO as well.

Round 35 (r1i35, tryout35b finding 3). "one of my carers has been reported by a client's
daughter for taking money from her mums purse over several weeks. the carer also works at a
nursery on weekdays": an adult's harm, and the one accused works with children, so the LADO is
for it too (the nursery is told through the LADO, not by the writer alone). The allegation
items of the pack pair staff with what they did in one sentence; here the work with children
is told in another. When harm was found, and the message names someone at work (a word of the
pack's `accused-roles` marker) within three words before one of its `works-with` verbs, followed
within four words by one of its `child-settings`, in a clause saying "also" or "still" (its
`also-words`: "the carer also works at a nursery", not "a guitar teacher working in a school"),
the LADO is added to the contacts (whom the harm concerns is unchanged).
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.contacts_pack import ContactRole
from knowledge.risk_types import Tokens

__all__ = ["with_children"]


def with_children(
    contacts: tuple[ContactRole, ...], read: Tokens, markers: Mapping[str, frozenset[str]]
) -> tuple[ContactRole, ...]:
    """`contacts`, with the LADO added where the module docstring says.

    Args:
        contacts: the contacts of the harm found.
        read: the message as the detector read it.
        markers: the stems of the words of the pack's markers, by name.
    """
    if "lado" in contacts:
        return contacts
    words, clause_of = read.words, read.clause_of
    for i, word in enumerate(words):
        if word not in markers["works-with"]:
            continue
        clause = [j for j in range(len(words)) if clause_of[j] == clause_of[i]]
        role = any(words[j] in markers["accused-roles"] for j in range(max(0, i - 3), i))
        also = any(words[j] in markers["also-words"] for j in clause)
        setting = any(words[j] in markers["child-settings"] for j in clause if i < j <= i + 4)
        if role and also and setting:
            return (*contacts, "lado")
    return contacts
